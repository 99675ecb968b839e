//! The one request handler. Each request goes through these steps:
//!
//! 1. method: GET and HEAD only, else 405 with `Allow`
//! 2. body: a GET or HEAD with a body is refused (400)
//! 3. path: percent-decoded strictly; `..`, backslashes, NUL and empty segments are 400
//! 4. `/`: redirect to the best locale for `Accept-Language`
//! 5. lookup: `dir/` → `dir/index.html`; `dir` → redirect to `dir/`; else the locale's 404
//! 6. reply: encoding by `Accept-Encoding`, ETag and `If-None-Match` → 304, cache headers

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::server::{Live, negotiate, search};
use crate::site::{Asset, Coding, Site};

/// Longest accepted path, in bytes.
pub const MAX_PATH: usize = 1024;

/// Handles every request.
pub async fn handle(State(live): State<Live>, req: Request) -> Response {
    respond(&live.load(), &req)
}

fn respond(site: &Site, req: &Request) -> Response {
    let method = req.method();
    if method != Method::GET && method != Method::HEAD {
        let mut r = plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    if has_body(req.headers()) {
        return plain(StatusCode::BAD_REQUEST, "a GET request has no body\n");
    }
    let head = method == Method::HEAD;
    let raw = req.uri().path();
    if raw.len() > MAX_PATH {
        return plain(StatusCode::URI_TOO_LONG, "address too long\n");
    }
    let Some(path) = decode_path(raw) else {
        return plain(StatusCode::BAD_REQUEST, "bad address\n");
    };
    if path == "/" {
        let accept = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let locale = negotiate::language(accept, &site.locales, &site.default_locale);
        let mut r = redirect(StatusCode::FOUND, &format!("{locale}/"));
        r.headers_mut()
            .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
        r.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return r;
    }
    let key = &path[1..];
    if let Some(locale) = search::locale_of(site, key) {
        match search::query_param(req.uri().query().unwrap_or("")) {
            Ok(Some(q)) => return search::respond(&site.search[locale], &q, head),
            Ok(None) => {}
            Err(()) => {
                return plain(
                    StatusCode::BAD_REQUEST,
                    "bad search: the address is malformed\n",
                );
            }
        }
    }
    let lookup = if key.is_empty() || key.ends_with('/') {
        format!("{key}index.html")
    } else {
        key.to_string()
    };
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok());
    if let Some(asset) = site.get_for_host(host, &lookup) {
        return reply(asset, req.headers(), head, StatusCode::OK);
    }
    if !key.ends_with('/') && site.get(&format!("{key}/index.html")).is_some() {
        let last = key.rsplit('/').next().unwrap_or(key);
        return redirect(StatusCode::PERMANENT_REDIRECT, &format!("{last}/"));
    }
    let first = key.split('/').next().unwrap_or("");
    let not_found = site
        .locales
        .iter()
        .find(|l| l.as_str() == first)
        .and_then(|l| site.get(&format!("{l}/404.html")))
        .or_else(|| site.get("404.html"));
    match not_found {
        Some(asset) => reply(asset, req.headers(), head, StatusCode::NOT_FOUND),
        None => plain(StatusCode::NOT_FOUND, "not found\n"),
    }
}

fn has_body(headers: &HeaderMap) -> bool {
    headers.contains_key(header::TRANSFER_ENCODING)
        || headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim() != "0")
}

/// Strict percent-decoding of a path. `None` for anything that could address something other
/// than a page: invalid escapes or UTF-8, NUL or control bytes, backslashes, `.`/`..` or empty
/// segments.
pub fn decode_path(raw: &str) -> Option<String> {
    if !raw.starts_with('/') {
        return None;
    }
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = raw.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let s = String::from_utf8(out).ok()?;
    if s.chars().any(|c| c.is_control() || c == '\\') {
        return None;
    }
    let segments: Vec<&str> = s[1..].split('/').collect();
    let last = segments.len() - 1;
    for (i, seg) in segments.iter().enumerate() {
        let empty_inside = seg.is_empty() && i != last;
        if empty_inside || *seg == "." || *seg == ".." {
            return None;
        }
    }
    Some(s)
}

fn reply(asset: &Asset, req: &HeaderMap, head: bool, status: StatusCode) -> Response {
    let accept = req
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok());
    let coding = negotiate::coding(accept, asset.has(Coding::Brotli), asset.has(Coding::Gzip));
    let etag = asset.etag_for(coding);
    // Room for these and the security headers, so the map never grows.
    let mut headers = HeaderMap::with_capacity(16);
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.mime));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(asset.cache.header_value()),
    );
    headers.insert(header::ETAG, etag.clone());
    if asset.compressible() {
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    if let Some(d) = asset
        .disposition
        .as_deref()
        .and_then(|d| HeaderValue::from_str(d).ok())
    {
        headers.insert(header::CONTENT_DISPOSITION, d);
    }
    if let Some(c) = asset
        .csp
        .as_deref()
        .and_then(|c| HeaderValue::from_str(c).ok())
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, c);
    }
    if status == StatusCode::OK && matches_etag(req, etag) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    if coding != Coding::Identity {
        headers.insert(
            header::CONTENT_ENCODING,
            HeaderValue::from_static(coding.token()),
        );
    }
    let (len, body) = match (head, coding) {
        // A HEAD of a packed asset does not unpack it.
        (true, Coding::Identity) => (asset.len(), Body::empty()),
        (head, coding) => {
            let bytes = asset
                .variant(coding)
                .expect("negotiated among existing variants");
            let len = bytes.len();
            (
                len,
                if head {
                    Body::empty()
                } else {
                    Body::from(bytes)
                },
            )
        }
    };
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    (status, headers, body).into_response()
}

/// `If-None-Match` uses the weak comparison: `W/"x"` matches `"x"`.
fn matches_etag(req: &HeaderMap, etag: &HeaderValue) -> bool {
    let etag = etag.as_bytes();
    req.get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| {
            v.split(',')
                .map(str::trim)
                .any(|t| t == "*" || t.strip_prefix("W/").unwrap_or(t).as_bytes() == etag)
        })
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    let mut r = (status, text).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn redirect(status: StatusCode, location: &str) -> Response {
    let mut r = status.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_decoding() {
        assert_eq!(decode_path("/en/about/").as_deref(), Some("/en/about/"));
        assert_eq!(decode_path("/").as_deref(), Some("/"));
        assert_eq!(
            decode_path("/zh-Hans/%E5%87%BA").as_deref(),
            Some("/zh-Hans/出")
        );
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/x",
            "/a/%2E%2E/b",
            "/a%5cb",
            "/a\\b",
            "/a%00",
            "/a//b",
            "/%zz",
            "/%ff",
            "/./a",
            "x",
            "/a/%",
        ] {
            assert_eq!(decode_path(bad), None, "{bad}");
        }
    }
}
