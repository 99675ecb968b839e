//! The HTTP side of `paso preview`: the normal routes plus a reload event stream, its script,
//! and a problems panel on every page. None of this exists outside preview: [`crate::server::app`]
//! and the export never carry it.
//!
//! - `GET /__paso/events`: a Server-Sent Events stream that sends the build number on connect and
//!   after every rebuild; the page reloads when it differs from the number it was served with.
//! - `GET /__paso/reload.js`, `/__paso/preview.css`: the script and the panel's style (files,
//!   not inline: the strict CSP stays as it is).
//! - every HTML page gets, right after `<body>`, a panel with the content's problems (when the
//!   last rebuild failed) in the page's language, and the script tag. Pages are sent
//!   uncompressed and `no-store`, so a reload always shows the latest build.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::stream::Stream;
use maud::{Markup, html};

use crate::diag::{Diagnostic, Severity};
use crate::localize::Catalog;
use crate::server::{Live, routes};

/// Where the preview's own files live; no content slug can take it (it starts with `_`).
pub const PREFIX: &str = "/__paso/";

const SCRIPT: &str = include_str!("preview.js");
const STYLE: &str = include_str!("preview.css");

/// What the last rebuild found.
#[derive(Default)]
pub struct Problems {
    /// Errors and warnings, sorted; empty when the last rebuild succeeded.
    pub diagnostics: Vec<Diagnostic>,
    /// The UI strings of the last good build, for the panel's labels.
    pub catalog: Option<Arc<Catalog>>,
}

/// The state shared by the rebuild loop and the preview routes.
pub struct Status {
    build: tokio::sync::watch::Sender<u64>,
    problems: ArcSwap<Problems>,
}

impl std::fmt::Debug for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Status")
            .field("build", &*self.build.borrow())
            .finish()
    }
}

impl Default for Status {
    fn default() -> Status {
        Status {
            build: tokio::sync::watch::Sender::new(0),
            problems: ArcSwap::from_pointee(Problems::default()),
        }
    }
}

impl Status {
    /// Records a rebuild's outcome and tells every open page to reload.
    pub fn rebuilt(&self, problems: Problems) {
        self.problems.store(Arc::new(problems));
        self.build.send_modify(|n| *n += 1);
    }

    /// The number of the current build.
    pub fn build(&self) -> u64 {
        *self.build.borrow()
    }

    /// What the last rebuild found.
    pub fn problems(&self) -> Arc<Problems> {
        self.problems.load_full()
    }
}

#[derive(Clone)]
struct PreviewState {
    live: Live,
    status: Arc<Status>,
}

/// The preview router: the normal site from `live`, plus the reload stream and the panel.
pub fn app(live: Live, status: Arc<Status>) -> Router {
    let state = PreviewState { live, status };
    Router::new()
        .route("/__paso/events", get(events))
        .route("/__paso/reload.js", get(|| file(SCRIPT, "text/javascript")))
        .route("/__paso/preview.css", get(|| file(STYLE, "text/css")))
        .fallback(page)
        .with_state(state)
        .layer(axum::middleware::map_response(secure))
}

async fn secure<B>(mut res: Response<B>) -> Response<B> {
    crate::server::headers::add_security(res.headers_mut());
    res
}

async fn file(body: &'static str, mime: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

async fn events(
    State(state): State<PreviewState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let rx = state.status.build.subscribe();
    // The first item is the build on connect, then one per rebuild.
    let stream = futures_util::stream::unfold((rx, true), |(mut rx, first)| async move {
        if !first && rx.changed().await.is_err() {
            return None;
        }
        let n = *rx.borrow_and_update();
        Some((Ok(Event::default().data(n.to_string())), (rx, false)))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

async fn page(State(state): State<PreviewState>, mut req: Request) -> Response {
    // Identity encoding and no conditional answers: the panel changes while ETags do not.
    req.headers_mut().remove(header::ACCEPT_ENCODING);
    req.headers_mut().remove(header::IF_NONE_MATCH);
    let res = routes::handle(State(state.live.clone()), req).await;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let (mut parts, body) = res.into_parts();
    parts.headers.remove(header::ETAG);
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if !is_html {
        return Response::from_parts(parts, body);
    }
    let Ok(bytes) = axum::body::to_bytes(body, 16 << 20).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let html = String::from_utf8_lossy(&bytes);
    let out = inject(&html, &state.status);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(out))
}

/// The page with the panel and the reload script added right after its `<body …>` tag.
pub fn inject(html: &str, status: &Status) -> String {
    let problems = status.problems();
    let lang = page_lang(html);
    let extra = html! {
        link rel="stylesheet" href="/__paso/preview.css";
        @if !problems.diagnostics.is_empty() {
            (panel(&problems, &lang))
        }
        script src="/__paso/reload.js" data-build=(status.build()) defer {}
    };
    let at = html
        .find("<body")
        .and_then(|i| html[i..].find('>').map(|j| i + j + 1))
        .unwrap_or(html.len());
    let mut out = String::with_capacity(html.len() + 4096);
    out.push_str(&html[..at]);
    out.push_str(&extra.into_string());
    out.push_str(&html[at..]);
    out
}

fn page_lang(html: &str) -> String {
    html.find("<html lang=\"")
        .map(|i| &html[i + 12..])
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("en")
        .to_string()
}

/// The problems panel, labelled in `lang`.
pub fn panel(problems: &Problems, lang: &str) -> Markup {
    let diags = &problems.diagnostics;
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let count = errors.to_string();
    let t = |key: &str, fallback: &str| match &problems.catalog {
        Some(c) => c.text(lang, key),
        None => fallback.to_string(),
    };
    let title = match &problems.catalog {
        Some(c) => c.text_count(lang, "preview-problems-title", errors, &[]),
        None => format!("The content has {count} error(s)"),
    };
    html! {
        section #paso-preview-problems role="alert" aria-labelledby="paso-preview-title" {
            h2 #paso-preview-title { (title) }
            p { (t("preview-problems-intro", "The guide still shows the last version without errors. Save a fix and this page reloads by itself.")) }
            ol {
                @for d in diags {
                    li class=(if d.severity == Severity::Error { "paso-error" } else { "paso-warning" }) {
                        strong {
                            @if d.severity == Severity::Error {
                                (t("preview-error", "Error"))
                            } @else {
                                (t("preview-warning", "Warning"))
                            }
                        }
                        " "
                        code dir="ltr" {
                            (d.path)
                            @if let Some(line) = d.line { ":" (line) }
                        }
                        " "
                        span dir="ltr" lang="en" { (d.message) }
                    }
                }
            }
        }
    }
}
