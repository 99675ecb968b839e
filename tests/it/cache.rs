//! The start-up cache (`paso::cache`): a site read back from the cache answers every request
//! exactly as the compiled one (identity, gzip and brotli, byte for byte, same headers, the
//! server's search answers included, with nothing compiled), and a damaged or foreign file is
//! never used.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, header};
use http_body_util::BodyExt;
use paso::render::RenderOptions;
use paso::render::urls::LinkStyle;
use paso::server::Live;
use paso::site::{Coding, Site};
use tower::ServiceExt;

use crate::harness;

fn opts() -> RenderOptions {
    RenderOptions::new(LinkStyle::Pretty, harness::today())
}

/// Status, the headers that matter and the body of `GET path` with `Accept-Encoding: enc`.
async fn answer(site: impl Into<Live>, path: &str, enc: &str) -> (u16, Vec<String>, Vec<u8>) {
    let req = Request::get(path)
        .header(header::ACCEPT_ENCODING, enc)
        .body(Body::empty())
        .unwrap();
    let res = paso::server::app(site).oneshot(req).await.unwrap();
    let mut heads: Vec<String> = res
        .headers()
        .iter()
        .map(|(k, v)| format!("{k}: {}", v.to_str().unwrap()))
        .collect();
    heads.sort();
    let status = res.status().as_u16();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, heads, body)
}

fn paths(site: &Site) -> Vec<String> {
    site.iter()
        .map(|(p, _)| format!("/{}", p.strip_suffix("index.html").unwrap_or(p)))
        .collect()
}

#[tokio::test]
async fn a_cached_site_answers_exactly_like_the_compiled_one() {
    let dir = tempfile::tempdir().unwrap();
    let source = harness::fixture("basic");

    // First start: a miss, compiled; the background pass compresses and writes the cache.
    let (site, finish) = paso::cache::compile_cached(&source, opts(), Some(dir.path())).unwrap();
    assert!(!finish.from_cache && finish.diagnostics.is_some());
    assert!(!site.search.is_empty(), "the fixture has server search");
    let live = Live::new(Arc::new(site));
    finish.run(&live, |_| {});
    let compiled = live.load();
    assert!(compiled.fully_compressed());
    let key = paso::cache::key(&source, &opts());
    assert!(paso::cache::path(dir.path(), &key).is_file());

    // Second start: a hit, no compile; same answers in every encoding.
    let (cached, finish) = paso::cache::compile_cached(&source, opts(), Some(dir.path())).unwrap();
    assert!(finish.from_cache && finish.diagnostics.is_none());
    assert!(cached.fully_compressed());
    assert_eq!(
        cached.search.keys().collect::<Vec<_>>(),
        compiled.search.keys().collect::<Vec<_>>(),
        "the server's search is in the cache"
    );
    let cached = Arc::new(cached);
    let all = paths(&compiled);
    assert!(all.len() > 20, "{}", all.len());
    for path in &all {
        for enc in ["", "gzip", "gzip, deflate, br"] {
            let want = answer(compiled.clone(), path, enc).await;
            let got = answer(cached.clone(), path, enc).await;
            assert_eq!(want, got, "{path} with `{enc}`");
        }
    }
    // Each variant, byte for byte, including the large assets kept compressed only.
    for (path, a) in compiled.iter() {
        let b = cached.get(path).unwrap();
        for c in [Coding::Identity, Coding::Gzip, Coding::Brotli] {
            assert_eq!(a.variant(c), b.variant(c), "{path} {c:?}");
            assert_eq!(a.etag_for(c), b.etag_for(c), "{path} {c:?}");
        }
        assert_eq!(
            (a.mime, a.cache, &a.disposition, &a.csp),
            (b.mime, b.cache, &b.disposition, &b.csp)
        );
    }

    // Search answers from the first request on: results, none, prefixes, too long, empty.
    let long = "x".repeat(300);
    for locale in compiled.search.keys() {
        for q in ["phone", "photo", "pho", "nothingmatches", long.as_str(), ""] {
            let query = format!("/{locale}/search/?q={q}");
            let want = answer(compiled.clone(), &query, "gzip").await;
            assert_eq!(want.0, 200, "{query}");
            assert_eq!(
                want,
                answer(cached.clone(), &query, "gzip").await,
                "{query}"
            );
        }
    }
    let query = format!("/{}/search/?q=phone", compiled.default_locale);
    let with_results = answer(cached.clone(), &query, "").await;
    let page = answer(
        cached.clone(),
        &format!("/{}/search/", compiled.default_locale),
        "",
    )
    .await;
    assert_ne!(with_results.2, page.2, "the results are in the page");

    // The background pass of a complete cached site changes nothing.
    let live = Live::new(cached.clone());
    finish.run(&live, |_| panic!("nothing is swapped in"));
    assert!(Arc::ptr_eq(&live.load(), &cached));
}

#[test]
fn the_key_covers_the_date_the_options_and_every_source_byte() {
    let source = harness::fixture("basic");
    let k = paso::cache::key(&source, &opts());
    assert_eq!(k, paso::cache::key(&source, &opts()), "stable");
    let next_day = RenderOptions::new(
        LinkStyle::Pretty,
        paso::date::Date::new(2026, 11, 23).unwrap(),
    );
    assert_ne!(k, paso::cache::key(&source, &next_day));
    assert_ne!(
        k,
        paso::cache::key(
            &source,
            &RenderOptions::new(LinkStyle::Files, harness::today())
        )
    );
    let mut kiosk = opts();
    kiosk.kiosk = Some(paso::render::Kiosk { idle_secs: 60 });
    assert_ne!(k, paso::cache::key(&source, &kiosk));
    let mut wifi = opts();
    wifi.share.wifi_ssid = Some("Library".into());
    assert_ne!(k, paso::cache::key(&source, &wifi));
    let (first, _) = source.files().next().unwrap();
    let first = first.to_string();
    let edited = paso::source::Source::from_memory(source.files().map(|(p, f)| {
        let mut b = f.bytes.to_vec();
        if p == first {
            b.push(b' ');
        }
        (p.to_string(), b)
    }));
    assert_ne!(k, paso::cache::key(&edited, &opts()));
}

#[test]
fn a_damaged_or_foreign_file_is_never_used() {
    let source = harness::fixture("basic");
    let site = harness::compile(&source, LinkStyle::Pretty);
    site.precompress();
    let bytes = paso::cache::encode(&site);
    assert!(paso::cache::decode(bytes.clone().into()).is_some());
    // Every cut, and a byte too many.
    for cut in (0..bytes.len()).step_by(97).chain([bytes.len() - 1]) {
        assert!(
            paso::cache::decode(bytes[..cut].to_vec().into()).is_none(),
            "{cut}"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(paso::cache::decode(longer.into()).is_none());
    let mut other = bytes.clone();
    other[5] ^= 1; // another format's magic
    assert!(paso::cache::decode(other.into()).is_none());

    // A damaged file in the folder: compiled again, and the cache rewritten.
    let dir = tempfile::tempdir().unwrap();
    let key = paso::cache::key(&source, &opts());
    std::fs::write(
        paso::cache::path(dir.path(), &key),
        &bytes[..bytes.len() / 2],
    )
    .unwrap();
    let (_, finish) = paso::cache::compile_cached(&source, opts(), Some(dir.path())).unwrap();
    assert!(!finish.from_cache);
    // Without a folder: nothing read, nothing written.
    let (_, finish) = paso::cache::compile_cached(&source, opts(), None).unwrap();
    assert!(!finish.from_cache);
}
