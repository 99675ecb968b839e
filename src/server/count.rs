//! Middleware for `--count`: after a page is served, add one to its (day, language, page).
//! Only the path of a page that exists is used (a `200` or `304` HTML answer to a `GET`), and
//! only its language and page; nothing else of the request is read.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::count::Counter;
use crate::date::Date;
use crate::server::Live;
use crate::server::routes::decode_path;

/// What the counting middleware needs.
#[derive(Clone)]
pub struct Counting {
    /// The table.
    pub counter: Arc<Counter>,
    /// The served site (for its list of languages).
    pub live: Live,
}

/// Counts the page this request was answered with, if it was one.
pub async fn layer(State(c): State<Counting>, req: Request, next: Next) -> Response {
    let page = (req.method() == Method::GET)
        .then(|| decode_path(req.uri().path()))
        .flatten();
    let res = next.run(req).await;
    let served = matches!(res.status(), StatusCode::OK | StatusCode::NOT_MODIFIED);
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if let (true, true, Some(path)) = (served, html, page) {
        let site = c.live.load();
        let rest = path.trim_start_matches('/');
        let (first, page) = rest.split_once('/').unwrap_or((rest, ""));
        let (language, page) = if site.locales.iter().any(|l| l == first) {
            (first, page.strip_suffix("index.html").unwrap_or(page))
        } else {
            ("-", rest)
        };
        c.counter.add(Date::today(), language, page);
    }
    res
}
