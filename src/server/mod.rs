//! Stage 6a, serve: answer HTTP requests from a compiled [`Site`] held in memory.
//!
//! The server never renders and never touches the disk. It logs no client address and no
//! requested path. Each connection has a deadline for its request headers (a client that
//! sends them one byte at a time is dropped), and the number of open connections is capped
//! without letting slow clients lock readers out (see `server/conn.rs`).

pub mod captive;
mod conn;
pub mod count;
pub mod headers;
mod live;
pub mod negotiate;
pub mod preview;
pub mod routes;
mod search;

pub use conn::{Limits, run};
pub use live::Live;

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::http::Response;

use crate::site::Site;

/// Longest time one request may take (every answer is in memory, so this only bites on a stall).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The router: one fallback handler, security headers on every response. Pass a [`Live`] to
/// replace the site while serving, or an `Arc<Site>` for a fixed one.
pub fn app(site: impl Into<Live>) -> Router {
    app_with(site, Extras::default())
}

/// Optional behaviour of [`app_with`], all off by default.
#[derive(Default)]
pub struct Extras {
    /// `--captive`: answer connectivity checks so phones open the sign-in sheet.
    pub captive: Option<captive::Captive>,
    /// `--count`: count pages served per day, language and page.
    pub counter: Option<std::sync::Arc<crate::count::Counter>>,
}

/// [`app`] with the optional behaviours in `extras`.
pub fn app_with(site: impl Into<Live>, extras: Extras) -> Router {
    let live: Live = site.into();
    let mut router = Router::new()
        .fallback(routes::handle)
        .with_state(live.clone());
    if let Some(counter) = extras.counter {
        router = router.layer(axum::middleware::from_fn_with_state(
            count::Counting { counter, live },
            count::layer,
        ));
    }
    if let Some(c) = extras.captive {
        router = router.layer(axum::middleware::from_fn_with_state(
            std::sync::Arc::new(c),
            captive::layer,
        ));
    }
    // Layers wrap from the inside out: the timeout's 408 also gets the security headers.
    router
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(axum::middleware::map_response(secure))
}

async fn secure<B>(mut res: Response<B>) -> Response<B> {
    headers::add_security(res.headers_mut());
    res
}

/// Every `http://` address the server can be reached at: each interface's address when it
/// listens on all of them (loopback last), else the one it is bound to.
pub fn addresses(bound: SocketAddr) -> Vec<String> {
    let port = bound.port();
    let url = |ip: std::net::IpAddr| match ip {
        std::net::IpAddr::V4(v4) => format!("http://{v4}:{port}/"),
        std::net::IpAddr::V6(v6) => format!("http://[{v6}]:{port}/"),
    };
    if !bound.ip().is_unspecified() {
        return vec![url(bound.ip())];
    }
    let mut ips: Vec<std::net::IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .map(|i| i.ip())
        .filter(|ip| bound.is_ipv6() || ip.is_ipv4())
        .filter(|ip| match ip {
            // Link-local IPv6 addresses need a zone id no phone will type.
            std::net::IpAddr::V6(v6) => (v6.segments()[0] & 0xffc0) != 0xfe80,
            std::net::IpAddr::V4(_) => true,
        })
        .collect();
    ips.sort_by_key(|ip| (ip.is_loopback(), ip.is_ipv6(), *ip));
    ips.dedup();
    ips.into_iter().map(url).collect()
}

/// Draws, at start, the QR codes the share page shows: this server's address for each address
/// it answers on (picked by the request's `Host`, never drawn from it), and the Wi-Fi code.
pub fn add_share_codes(
    site: &mut Site,
    urls: &[String],
    wifi_ssid: Option<&str>,
    wifi_password: Option<&str>,
) -> Result<(), crate::qr::QrError> {
    use crate::site::{Asset, CachePolicy};
    let svg = |text: &str, caption: &str| -> Result<Asset, crate::qr::QrError> {
        Ok(Asset::new(
            crate::qr::svg(text, Some(caption))?,
            "image/svg+xml",
            CachePolicy::Revalidate,
        ))
    };
    for (i, url) in urls.iter().enumerate() {
        if i == 0 {
            site.insert("qr/url.svg", svg(url, url)?);
        }
        let host = url
            .split("://")
            .nth(1)
            .and_then(|r| r.split('/').next())
            .unwrap_or("");
        site.insert_for_host(host, "qr/url.svg", svg(url, url)?);
    }
    if let Some(ssid) = wifi_ssid {
        site.insert(
            "qr/wifi.svg",
            svg(&crate::qr::wifi_payload(ssid, wifi_password), ssid)?,
        );
    }
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
