//! The HTTP surface, through the axum `Router` with `oneshot` (no sockets), plus one test on
//! a real socket for the connection loop.

use std::io::Read;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, Response, StatusCode, header};
use http_body_util::BodyExt;
use paso::site::Site;
use tower::ServiceExt;

use crate::harness;

fn site() -> Arc<Site> {
    harness::shipped_site()
}

async fn send(req: Request<Body>) -> Response<Body> {
    paso::server::app(site()).oneshot(req).await.unwrap()
}

async fn get(path: &str) -> Response<Body> {
    send(Request::get(path).body(Body::empty()).unwrap()).await
}

async fn body(res: Response<Body>) -> Vec<u8> {
    res.into_body().collect().await.unwrap().to_bytes().to_vec()
}

fn h(res: &Response<Body>, name: header::HeaderName) -> &str {
    res.headers()
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}

#[track_caller]
fn assert_security_headers(res: &Response<Body>) {
    for (name, value) in paso::server::headers::SECURITY {
        let got = res.headers().get(&name).map(|v| v.to_str().unwrap());
        if name == header::CONTENT_SECURITY_POLICY {
            // A page may carry a stricter policy of its own (the single-file copy: 'none' plus
            // the hash of its inline stylesheet); never a looser one.
            let csp = got.unwrap();
            assert!(
                csp == value || csp.starts_with("default-src 'none'; style-src 'sha256-"),
                "{csp}"
            );
            assert!(
                !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
                "{csp}"
            );
            assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        } else {
            assert_eq!(got, Some(value), "{name}");
        }
    }
    assert!(res.headers().get(header::SET_COOKIE).is_none());
}

#[tokio::test]
async fn root_negotiates_language() {
    let cases = [
        (Some("es-MX,es;q=0.9"), "es/"),
        (Some("de"), "en/"),
        (Some("en-US"), "en/"),
        (None, "en/"),
    ];
    for (accept, want) in cases {
        let mut req = Request::get("/");
        if let Some(a) = accept {
            req = req.header(header::ACCEPT_LANGUAGE, a);
        }
        let res = send(req.body(Body::empty()).unwrap()).await;
        assert_eq!(res.status(), StatusCode::FOUND, "{accept:?}");
        assert_eq!(h(&res, header::LOCATION), want, "{accept:?}");
        assert_eq!(h(&res, header::VARY), "Accept-Language");
        assert_security_headers(&res);
    }
}

#[tokio::test]
async fn every_page_of_every_locale_is_served() {
    let site = site();
    let keys: Vec<String> = site.iter().map(|(k, _)| k.to_string()).collect();
    assert!(keys.len() > 40, "{}", keys.len());
    for key in keys {
        let pretty = match key.strip_suffix("index.html") {
            Some(dir) if key != "index.html" => format!("/{dir}"),
            _ => format!("/{key}"),
        };
        let res = get(&pretty).await;
        assert_eq!(res.status(), StatusCode::OK, "{pretty}");
        assert_security_headers(&res);
        let explicit = get(&format!("/{key}")).await;
        assert_eq!(explicit.status(), StatusCode::OK, "/{key}");
    }
    for locale in &site.locales {
        let res = get(&format!("/{locale}/leaving-by-land/")).await;
        assert_eq!(h(&res, header::CONTENT_TYPE), "text/html; charset=utf-8");
        assert_eq!(h(&res, header::CACHE_CONTROL), "no-cache");
    }
}

#[tokio::test]
async fn folder_without_slash_redirects() {
    let res = get("/en/photo-opt-out").await;
    assert_eq!(res.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(h(&res, header::LOCATION), "photo-opt-out/");
    let res = get("/es").await;
    assert_eq!(h(&res, header::LOCATION), "es/");
}

#[tokio::test]
async fn etag_and_304() {
    let res = get("/en/").await;
    let etag = h(&res, header::ETAG).to_string();
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    for inm in [
        etag.clone(),
        format!("W/{etag}"),
        format!("\"nope\", {etag}"),
        "*".into(),
    ] {
        let res = send(
            Request::get("/en/")
                .header(header::IF_NONE_MATCH, &inm)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(res.status(), StatusCode::NOT_MODIFIED, "{inm}");
        assert_eq!(h(&res, header::ETAG), etag);
        assert_security_headers(&res);
        assert!(body(res).await.is_empty());
    }
    let res = send(
        Request::get("/en/")
            .header(header::IF_NONE_MATCH, "\"other\"")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn each_encoding() {
    let identity = body(get("/en/leaving-by-land/").await).await;
    let mut etags = Vec::new();
    for (accept, coding) in [
        ("gzip", "gzip"),
        ("gzip;q=0.5, br", "br"),
        ("br;q=0, gzip", "gzip"),
        ("identity", ""),
    ] {
        let res = send(
            Request::get("/en/leaving-by-land/")
                .header(header::ACCEPT_ENCODING, accept)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(h(&res, header::CONTENT_ENCODING), coding, "{accept}");
        assert_eq!(h(&res, header::VARY), "Accept-Encoding");
        etags.push(h(&res, header::ETAG).to_string());
        let len: usize = h(&res, header::CONTENT_LENGTH).parse().unwrap();
        let bytes = body(res).await;
        assert_eq!(bytes.len(), len);
        let mut decoded = Vec::new();
        match coding {
            "gzip" => {
                flate2::read::GzDecoder::new(&bytes[..])
                    .read_to_end(&mut decoded)
                    .unwrap();
            }
            "br" => {
                brotli::Decompressor::new(&bytes[..], 4096)
                    .read_to_end(&mut decoded)
                    .unwrap();
            }
            _ => decoded = bytes.clone(),
        }
        assert_eq!(decoded, identity, "{accept}");
        if !coding.is_empty() {
            assert!(
                bytes.len() < identity.len() / 2,
                "{accept}: {} of {}",
                bytes.len(),
                identity.len()
            );
        }
    }
    etags.dedup();
    assert_eq!(etags.len(), 4, "each variant has its own ETag: {etags:?}");
}

#[tokio::test]
async fn head_has_headers_and_no_body() {
    let get_res = get("/es/").await;
    let get_len = h(&get_res, header::CONTENT_LENGTH).to_string();
    let res = send(Request::head("/es/").body(Body::empty()).unwrap()).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(h(&res, header::CONTENT_LENGTH), get_len);
    assert_security_headers(&res);
    assert!(body(res).await.is_empty());
}

#[tokio::test]
async fn localized_404() {
    let res = get("/es/no-existe/").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_security_headers(&res);
    let html = String::from_utf8(body(res).await).unwrap();
    assert!(html.contains("Página no encontrada"), "{html}");
    assert!(html.contains("lang=\"es\""));
    // Served at any depth, so its links start at the root.
    assert!(html.contains("href=\"/es/\""), "{html}");

    let res = get("/nowhere").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let html = String::from_utf8(body(res).await).unwrap();
    assert!(html.contains("Page not found"));
}

#[tokio::test]
async fn other_methods_are_405() {
    for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"] {
        let res = send(
            Request::builder()
                .method(method)
                .uri("/en/")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED, "{method}");
        assert_eq!(h(&res, header::ALLOW), "GET, HEAD");
        assert_security_headers(&res);
    }
}

#[tokio::test]
async fn get_with_body_is_400() {
    let res = send(
        Request::get("/en/")
            .header(header::CONTENT_LENGTH, "5")
            .body(Body::from("hello"))
            .unwrap(),
    )
    .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn traversal_attempts_never_return_a_file() {
    let attempts = [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/static/..%2fCargo.toml",
        "/static/%2e%2e%2fcontent%2fsite.toml",
        "/en/..%5c..%5cCargo.toml",
        "/static/a%00.css",
        "/static//style.css",
        "/content/site.toml",
        "/locales/en/main.ftl",
        "/src/main.rs",
        "/.paso-export",
        "/%ff",
    ];
    for path in attempts {
        let res = get(path).await;
        assert!(
            res.status() == StatusCode::BAD_REQUEST || res.status() == StatusCode::NOT_FOUND,
            "{path}: {}",
            res.status()
        );
        assert_security_headers(&res);
        let text = String::from_utf8_lossy(&body(res).await).to_string();
        assert!(
            !text.contains("[package]")
                && !text.contains("source_locale")
                && !text.contains("fn main"),
            "{path}"
        );
    }
    // A raw backslash cannot even be sent in a URI; the decoded one is refused.
    assert_eq!(paso::server::routes::decode_path("/a%5Cb"), None);
}

#[tokio::test]
async fn static_assets_are_fingerprinted_and_immutable() {
    let html = String::from_utf8(body(get("/en/").await).await).unwrap();
    let css = harness::links(&html)
        .into_iter()
        .find(|l| l.ends_with(".css"))
        .unwrap();
    assert!(
        css.starts_with("../static/style.") && css.len() > "../static/style.css".len(),
        "{css}"
    );
    let res = get(&format!("/{}", css.trim_start_matches("../"))).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        h(&res, header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(h(&res, header::CONTENT_TYPE), "text/css; charset=utf-8");
}

#[tokio::test]
async fn real_socket_serves_and_shuts_down() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(paso::server::run(
        listener,
        paso::server::app(site()),
        paso::server::Limits::default(),
        async {
            let _ = stop_rx.await;
        },
    ));
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    stream
        .write_all(b"GET /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let text = String::from_utf8_lossy(&response);
    assert!(text.starts_with("HTTP/1.1 200 OK"), "{text}");
    assert!(text.contains("content-security-policy"));
    stop_tx.send(()).unwrap();
    server.await.unwrap().unwrap();
}

/// The server keeps its largest files (single-file copies, search indexes) compressed only.
/// Every coding still answers with the same bytes, length and ETag as an unpacked site.
#[tokio::test]
async fn packed_large_files_answer_every_coding() {
    let unpacked = harness::compile(&harness::shipped(), paso::render::urls::LinkStyle::Pretty);
    assert_eq!(site().pack(), 0, "the server's site is packed already");
    let large: Vec<(&str, &paso::site::Asset)> = unpacked
        .iter()
        .filter(|(_, a)| a.len() >= paso::site::PACK_FROM && a.compressible())
        .collect();
    assert!(
        large.iter().any(|(k, _)| k.ends_with("/paso-en.html")),
        "the single-file copies are large"
    );
    for (key, original) in large {
        let path = format!("/{key}");
        // No Accept-Encoding (wget, a plain curl): unpacked per request.
        let res = get(&path).await;
        assert_eq!(res.status(), StatusCode::OK, "{key}");
        assert!(h(&res, header::CONTENT_ENCODING).is_empty(), "{key}");
        assert_eq!(h(&res, header::ETAG), original.etag, "{key}");
        assert_eq!(
            h(&res, header::CONTENT_LENGTH),
            original.len().to_string(),
            "{key}"
        );
        assert!(body(res).await == original.body(), "{key}: same bytes");
        // HEAD: the length, no body.
        let res = send(Request::head(&path).body(Body::empty()).unwrap()).await;
        assert_eq!(h(&res, header::CONTENT_LENGTH), original.len().to_string());
        assert!(body(res).await.is_empty());
        // gzip: the stored variant, which unpacks to the same bytes.
        let res = send(
            Request::get(&path)
                .header(header::ACCEPT_ENCODING, "gzip")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(h(&res, header::CONTENT_ENCODING), "gzip", "{key}");
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&body(res).await[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert!(
            unzipped == original.body(),
            "{key}: gzip unpacks to the same bytes"
        );
    }
}
