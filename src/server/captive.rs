//! Captive-portal answers (`paso serve --captive`), for a hotspot whose DNS answers every name
//! with this server's address (see `deploy/hotspot/`).
//!
//! Every phone and laptop checks a well-known address when it joins a Wi-Fi network and expects
//! a fixed answer; anything else makes it show its "sign in to network" sheet:
//!
//! | System | Probe (plain HTTP) | Expected when online |
//! |---|---|---|
//! | Android, ChromeOS | `connectivitycheck.gstatic.com/generate_204`, `…/gen_204` | `204` |
//! | Apple iOS, macOS | `captive.apple.com/hotspot-detect.html`, `www.apple.com/library/test/success.html` | `Success` page |
//! | Windows | `www.msftconnecttest.com/connecttest.txt`, `www.msftncsi.com/ncsi.txt`; opens `…/redirect` | `Microsoft Connect Test` |
//! | Firefox | `detectportal.firefox.com/canonical.html`, `…/success.txt` | `success` |
//!
//! The answer that works on all of them, and the one nodogsplash, openNDS and the Kiwix hotspot
//! give, is a `302 Found` to the portal page on the box's own name: each system then opens that
//! page in its sign-in sheet. The answer has no body and no script, and says `no-store` so no
//! probe answer outlives the network. Requests for this server's own names are left alone, so
//! the guide itself is never redirected. RFC 8908's API (`/captive-portal/api`, announced by
//! DHCP option 114, RFC 8910) says the network is captive and names the same page.
//!
//! Without `--captive` none of this exists: on a normal network Paso never pretends to be
//! another site.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// Site key of the sign-in page (rendered when the render options ask for it).
pub const PORTAL_PAGE: &str = "hotspot.html";

/// Path of the RFC 8908 captive-portal API on this server's own name.
pub const API_PATH: &str = "/captive-portal/api";

/// The probe paths of the systems above. A request for one of them is answered with the
/// redirect whatever its `Host` (some systems probe an address, not a name).
pub const PROBES: [&str; 9] = [
    "/generate_204",
    "/gen_204",
    "/hotspot-detect.html",
    "/library/test/success.html",
    "/connecttest.txt",
    "/ncsi.txt",
    "/redirect",
    "/canonical.html",
    "/success.txt",
];

/// What `--captive` needs to know: this server's own host names and where the portal page is.
#[derive(Debug, Clone)]
pub struct Captive {
    own: Vec<String>,
    portal: HeaderValue,
    api: String,
}

impl Captive {
    /// `base` is the address readers are sent to (e.g. `http://paso.lan/`); `urls` are the
    /// other addresses this server answers on. Their hosts, `localhost` and loopback addresses
    /// count as this server's own.
    pub fn new(base: &str, urls: &[String]) -> Captive {
        let base = if base.ends_with('/') {
            base.to_string()
        } else {
            format!("{base}/")
        };
        let mut own: Vec<String> = std::iter::once(base.as_str())
            .chain(urls.iter().map(String::as_str))
            .filter_map(url_host)
            .chain(["localhost".to_string()])
            .collect();
        own.sort();
        own.dedup();
        let portal = HeaderValue::from_str(&format!("{base}{PORTAL_PAGE}"))
            .unwrap_or(HeaderValue::from_static("/hotspot.html"));
        let api = format!(
            "{{\"captive\":true,\"user-portal-url\":\"{}\"}}\n",
            portal.to_str().unwrap_or("/hotspot.html")
        );
        Captive { own, portal, api }
    }

    /// The address of the sign-in page.
    pub fn portal_url(&self) -> &str {
        self.portal.to_str().unwrap_or("")
    }

    /// Whether `host` (a `Host` header, port included or not) names this server. A request
    /// without `Host` (HTTP/1.0) is taken as meant for it.
    pub fn is_own(&self, host: Option<&str>) -> bool {
        let Some(host) = host else { return true };
        let name = host_name(host);
        if name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
        {
            return true;
        }
        self.own.contains(&name)
    }

    /// The captive answer for this request, or `None` to serve it normally.
    pub fn answer(&self, req: &Request) -> Option<Response> {
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|v| v.to_str().ok());
        let path = req.uri().path();
        let own = self.is_own(host);
        if own && path == API_PATH {
            let mut r = (StatusCode::OK, self.api.clone()).into_response();
            let h = r.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/captive+json"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            return Some(r);
        }
        if own && !PROBES.contains(&path) {
            return None;
        }
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::FOUND;
        let h = r.headers_mut();
        h.insert(header::LOCATION, self.portal.clone());
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        h.insert(header::CONTENT_LENGTH, HeaderValue::from(0));
        Some(r)
    }
}

/// Middleware: the captive answer when there is one, else the normal handler.
pub async fn layer(State(captive): State<Arc<Captive>>, req: Request, next: Next) -> Response {
    match captive.answer(&req) {
        Some(r) => r,
        None => next.run(req).await,
    }
}

/// `http://Name:8080/x` → `name`.
fn url_host(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let authority = rest.split('/').next()?;
    (!authority.is_empty()).then(|| host_name(authority))
}

/// `Name:8080` → `name`; `[::1]:8080` → `::1`; trailing dot removed.
fn host_name(authority: &str) -> String {
    let name = if let Some(v6) = authority.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        authority.rsplit_once(':').map_or(authority, |(h, _)| h)
    };
    name.trim_end_matches('.').to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn captive() -> Captive {
        Captive::new(
            "http://paso.lan",
            &[
                "http://10.42.0.1:80/".into(),
                "http://127.0.0.1:8080/".into(),
            ],
        )
    }

    fn req(host: Option<&str>, path: &str) -> Request {
        let mut b = Request::builder().uri(path);
        if let Some(h) = host {
            b = b.header(header::HOST, h);
        }
        b.body(Body::empty()).unwrap()
    }

    #[test]
    fn own_names() {
        let c = captive();
        for own in [
            "paso.lan",
            "PASO.LAN.",
            "paso.lan:80",
            "10.42.0.1",
            "localhost:8080",
            "127.0.0.5",
            "[::1]:8080",
        ] {
            assert!(c.is_own(Some(own)), "{own}");
        }
        assert!(c.is_own(None));
        for other in [
            "captive.apple.com",
            "10.42.0.2",
            "paso.lan.evil",
            "[fe80::1]",
        ] {
            assert!(!c.is_own(Some(other)), "{other}");
        }
    }

    #[test]
    fn answers() {
        let c = captive();
        let r = c
            .answer(&req(Some("connectivitycheck.gstatic.com"), "/generate_204"))
            .unwrap();
        assert_eq!(r.status(), StatusCode::FOUND);
        assert_eq!(
            r.headers()[header::LOCATION],
            "http://paso.lan/hotspot.html"
        );
        assert!(c.answer(&req(Some("example.org"), "/any/page")).is_some());
        assert!(c.answer(&req(Some("10.42.0.1"), "/generate_204")).is_some());
        assert!(c.answer(&req(Some("paso.lan"), "/en/")).is_none());
        let api = c.answer(&req(Some("paso.lan"), API_PATH)).unwrap();
        assert_eq!(
            api.headers()[header::CONTENT_TYPE],
            "application/captive+json"
        );
        // Someone else's name never gets the API.
        let other = c.answer(&req(Some("example.org"), API_PATH)).unwrap();
        assert_eq!(other.status(), StatusCode::FOUND);
    }
}
