//! `paso preview`: real file writes in a temp folder, the watcher, the rebuild, the reload
//! stream over a real loopback socket, and the problems panel; and neither the normal server
//! nor the export carries any of it.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use paso::render::RenderOptions;
use paso::render::urls::LinkStyle;
use paso::source::Source;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

use crate::harness;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let dest = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), dest).unwrap();
        }
    }
}

async fn page(app: &axum::Router, path: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let req = Request::get(path)
        .header(header::ACCEPT_ENCODING, "br, gzip")
        .body(Body::empty())
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (
        parts.status,
        parts.headers,
        paso::localize::strip_isolation(&String::from_utf8_lossy(&bytes)),
    )
}

/// Reads the event stream until it carries `data: {build}`; returns when it did.
async fn wait_for_build(stream: &mut tokio::net::TcpStream, seen: &mut String, build: u64) {
    let want = format!("data: {build}\n");
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut buf = [0u8; 4096];
    while !seen.contains(&want) {
        let left = deadline.saturating_duration_since(Instant::now());
        let n = tokio::time::timeout(left, stream.read(&mut buf))
            .await
            .unwrap_or_else(|_| panic!("no `{want}` on the event stream; got:\n{seen}"))
            .unwrap();
        assert!(n > 0, "the event stream closed; got:\n{seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edit_reload_break_panel_fix() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&harness::fixture_dir("basic"), dir.path());
    let root = dir.path().to_path_buf();
    let read = Box::new(move || {
        Source::embedded()
            .retain(|p| p.starts_with("locales/") || p.starts_with("static/"))
            .overlaid_with(&root)
            .map_err(|e| e.to_string())
    });
    let opts = RenderOptions::new(LinkStyle::Pretty, harness::today());
    let session = Arc::new(
        paso::preview::Session::start(read, opts, Box::new(|_| {}), None)
            .expect("fixture compiles"),
    );
    let looping = session.clone();
    let _watcher = paso::watch::watch(
        &[dir.path().join("content"), dir.path().join("locales")],
        paso::preview::DEBOUNCE,
        move || {
            looping.rebuild();
        },
    )
    .unwrap();
    let app = paso::server::preview::app(session.live.clone(), session.status.clone());

    // A real loopback socket for the event stream.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(paso::server::run(
        listener,
        app.clone(),
        paso::server::Limits::default(),
        async {
            let _ = stopped.await;
        },
    ));
    let mut events = tokio::net::TcpStream::connect(addr).await.unwrap();
    events
        .write_all(
            b"GET /__paso/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n",
        )
        .await
        .unwrap();
    let mut seen = String::new();
    wait_for_build(&mut events, &mut seen, 1).await;
    assert!(seen.starts_with("HTTP/1.1 200"), "{seen}");
    assert!(seen.contains("content-type: text/event-stream"), "{seen}");

    // Every page carries the reload script (a file: the CSP stays strict) and no panel.
    let (status, headers, html) = page(&app, "/en/first/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"<script src="/__paso/reload.js" data-build="1" defer></script>"#));
    assert!(!html.contains("paso-preview-problems"));
    assert!(
        headers.get(header::CONTENT_ENCODING).is_none(),
        "sent plain"
    );
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(headers.get(header::ETAG).is_none());
    assert!(
        headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("script-src 'self';")
    );
    let (status, headers, js) = page(&app, "/__paso/reload.js").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/javascript");
    assert!(js.contains("new EventSource(\"/__paso/events\")"));

    // Save an edit: the stream announces build 2 and the page has the new text.
    let first = dir.path().join("content/en/first.md");
    let original = std::fs::read_to_string(&first).unwrap();
    let saved = Instant::now();
    std::fs::write(
        &first,
        original.replace("First article", "First article, edited"),
    )
    .unwrap();
    wait_for_build(&mut events, &mut seen, 2).await;
    eprintln!(
        "debug build: save to reload event in {} ms",
        saved.elapsed().as_millis()
    );
    let (_, _, html) = page(&app, "/en/first/").await;
    assert!(html.contains("First article, edited"));
    assert!(html.contains(r#"data-build="2""#));

    // Save a mistake: the last good site keeps serving, every page shows the problems, in the
    // page's language.
    std::fs::write(
        &first,
        original
            .replace("First article", "First article, broken")
            .replace("summary =", "sumary ="),
    )
    .unwrap();
    wait_for_build(&mut events, &mut seen, 3).await;
    let (status, _, html) = page(&app, "/es/first/").await;
    assert_eq!(status, StatusCode::OK, "still serving");
    assert!(html.contains("paso-preview-problems"), "{html}");
    assert!(html.contains("El contenido tiene"), "Spanish panel: {html}");
    assert!(html.contains("content/en/first.md:"));
    assert!(html.contains("unknown key `sumary`: did you mean `summary`?"));
    assert!(html.contains("/__paso/preview.css"));
    let (_, _, html) = page(&app, "/en/first/").await;
    assert!(html.contains("The content has 2 errors"), "{html}");
    assert!(html.contains("First article, edited"), "the last good site");
    assert!(!html.contains("First article, broken"));

    // Save the fix: the panel is gone.
    std::fs::write(
        &first,
        original.replace("First article", "First article, fixed"),
    )
    .unwrap();
    wait_for_build(&mut events, &mut seen, 4).await;
    let (_, _, html) = page(&app, "/en/first/").await;
    assert!(!html.contains("paso-preview-problems"));
    assert!(html.contains("First article, fixed"));

    drop(events);
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}

#[tokio::test]
async fn the_normal_server_and_the_export_carry_no_preview() {
    let site = harness::compile(&harness::fixture("basic"), LinkStyle::Pretty);
    let app = paso::server::app(site);
    for path in ["/__paso/events", "/__paso/reload.js", "/__paso/preview.css"] {
        let (status, _, _) = page(&app, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let export = harness::compile(&harness::shipped(), LinkStyle::Files);
    for (path, asset) in export.iter() {
        let body = asset.body();
        let text = String::from_utf8_lossy(&body);
        assert!(!text.contains("__paso"), "{path} mentions the preview");
        assert!(
            !text.contains("paso-preview"),
            "{path} mentions the preview"
        );
    }
}

#[test]
fn the_panel_lists_every_problem_in_the_page_language() {
    let checked = paso::check(&harness::fixture("mistakes"));
    let (_, _, catalog) = paso::compile_with_catalog(
        &harness::fixture("basic"),
        RenderOptions::new(LinkStyle::Pretty, harness::today()),
    )
    .unwrap();
    let problems = paso::server::preview::Problems {
        diagnostics: checked.diagnostics.sorted().into_iter().cloned().collect(),
        catalog: Some(Arc::new(catalog)),
    };
    let html = paso::server::preview::panel(&problems, "es").into_string();
    let html = paso::localize::strip_isolation(&html);
    let errors = checked.diagnostics.count(paso::diag::Severity::Error);
    assert!(
        html.contains(&format!("El contenido tiene {errors} errores")),
        "{html}"
    );
    assert_eq!(
        html.matches("<li ").count(),
        checked.diagnostics.sorted().len(),
        "one item per problem"
    );
    assert!(html.contains("one.md:5"));
    assert!(html.contains("write dates as YYYY-MM-DD"));
    assert!(html.contains("<strong>Error</strong>"));
    assert!(html.contains("<strong>Aviso</strong>"));
}

#[test]
fn broken_at_start_serves_the_fallback_with_the_problems() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&harness::fixture_dir("basic"), dir.path());
    let first = dir.path().join("content/en/first.md");
    let text = std::fs::read_to_string(&first).unwrap();
    std::fs::write(&first, text.replace("order = 1", "order = \"one\"")).unwrap();
    let reader = || {
        let root = dir.path().to_path_buf();
        Box::new(move || {
            Source::embedded()
                .retain(|p| p.starts_with("locales/") || p.starts_with("static/"))
                .overlaid_with(&root)
                .map_err(|e| e.to_string())
        })
    };
    let opts = || RenderOptions::new(LinkStyle::Pretty, harness::today());
    let session = paso::preview::Session::start(
        reader(),
        opts(),
        Box::new(|_| {}),
        Some(harness::fixture("i18n")),
    )
    .expect("the fallback compiles");
    let problems = session.status.problems();
    assert_eq!(problems.diagnostics.len(), 2, "{:?}", problems.diagnostics);
    assert!(
        problems.diagnostics[0]
            .to_string()
            .contains("first.md:4: error: `order`")
    );
    assert!(
        session.live.load().get("en/index.html").is_some(),
        "the fallback is served"
    );
    // Without a fallback, the problems come back.
    let err = paso::preview::Session::start(reader(), opts(), Box::new(|_| {}), None).unwrap_err();
    assert_eq!(err.len(), 2);
    // Fixed, the next rebuild serves it and clears the problems.
    std::fs::write(&first, text).unwrap();
    let out = session.rebuild();
    assert!(out.ok, "{:?}", out.diagnostics);
    assert!(session.status.problems().diagnostics.is_empty());
    assert_eq!(session.status.build(), 2);
}
