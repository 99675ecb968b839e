//! The built-in guide baked into the binary at build time (`build.rs`, `paso::cache::baked`):
//! it is exactly what compiling at run time gives (every path, header and variant, byte for
//! byte), a start uses it without compiling and answers gzip clients compressed from the first
//! request, and on a later day the site swapped in is that day's, byte for byte, reusing the
//! baked variants of every page the date did not change.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, header};
use http_body_util::BodyExt;
use paso::cache::baked::{self, Baked};
use paso::date::Date;
use paso::server::Live;
use paso::site::{Coding, Site};
use paso::source::Source;
use tower::ServiceExt;

use crate::harness;

/// Status, sorted headers and body of `GET path` with `Accept-Encoding: enc`.
async fn answer(site: Arc<Site>, path: &str, enc: &str) -> (u16, Vec<String>, Vec<u8>) {
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

fn address(path: &str) -> String {
    format!("/{}", path.strip_suffix("index.html").unwrap_or(path))
}

fn compiled(source: &Source, today: Date) -> Site {
    paso::compile(source, baked::options(today)).unwrap().0
}

fn next_day(d: Date) -> Date {
    Date::from_days(d.to_days() + 1)
}

#[tokio::test]
async fn the_baked_guide_is_the_runtime_compile_byte_for_byte() {
    let built_in = baked::built_in().expect("the build baked the built-in guide");
    let source = harness::shipped();
    let opts = baked::options(built_in.today);
    assert!(
        built_in.matches(&source, &opts),
        "baked from this very guide"
    );
    let baked = Arc::new(built_in.site);
    let runtime = compiled(&source, built_in.today);
    runtime.precompress_parallel(false);
    let runtime = Arc::new(runtime);

    let want: Vec<&str> = runtime
        .iter()
        .map(|(p, _)| p)
        .filter(|p| !paso::cache::RUNTIME_ASSETS.contains(p))
        .collect();
    let got: Vec<&str> = baked.iter().map(|(p, _)| p).collect();
    assert_eq!(want, got, "the same paths");
    assert!(got.len() > 200, "{}", got.len());
    for path in want {
        let (a, b) = (runtime.get(path).unwrap(), baked.get(path).unwrap());
        for c in [Coding::Identity, Coding::Gzip] {
            assert_eq!(a.variant(c), b.variant(c), "{path} {c:?}");
            assert_eq!(a.etag_for(c), b.etag_for(c), "{path} {c:?}");
        }
        // Every answer a reader can get: none, gzip (a hotspot's Chromium), gzip or brotli.
        let at = address(path);
        for enc in ["", "gzip, deflate"] {
            assert_eq!(
                answer(runtime.clone(), &at, enc).await,
                answer(baked.clone(), &at, enc).await,
                "{at} with `{enc}`"
            );
        }
    }
    // Brotli: baked in a release build; a debug build makes it at run time, the same bytes.
    for path in ["en/", "es/search/", "ar/index.html", "static/site.css"] {
        let (Some(a), Some(b)) = (runtime.get(path), baked.get(path)) else {
            continue;
        };
        a.precompress_brotli();
        b.precompress_brotli();
        assert_eq!(
            a.variant(Coding::Brotli),
            b.variant(Coding::Brotli),
            "{path}"
        );
        let at = address(path);
        assert_eq!(
            answer(runtime.clone(), &at, "gzip, deflate, br").await,
            answer(baked.clone(), &at, "gzip, deflate, br").await,
        );
    }
    // The server's search, from the first request.
    assert_eq!(runtime.search.len(), baked.search.len());
    for locale in runtime.search.keys() {
        for q in ["photo", "opt+out", "fort", "zzzz", ""] {
            let at = format!("/{locale}/search/?q={q}");
            assert_eq!(
                answer(runtime.clone(), &at, "gzip").await,
                answer(baked.clone(), &at, "gzip").await,
                "{at}"
            );
        }
    }
}

#[tokio::test]
async fn a_start_with_the_defaults_serves_the_baked_guide_compressed_from_the_first_answer() {
    let today = baked::built_in().unwrap().today;
    let source = harness::shipped();
    let (site, finish) = paso::cache::compile_cached(&source, baked::options(today), None).unwrap();
    assert!(finish.baked && finish.from_cache && finish.diagnostics.is_none());
    let site = Arc::new(site);
    // Every compressible page answers a gzip client compressed, from the first request.
    let mut compressed = 0;
    for (path, a) in site.iter() {
        if !a.compressible() || !a.has(Coding::Gzip) {
            assert!(!a.compressible() || a.len() < 2048, "{path} has no gzip");
            continue;
        }
        let (status, heads, _) = answer(site.clone(), &address(path), "gzip, deflate").await;
        if status != 200 {
            assert_eq!(path, "index.html", "only the language choice redirects");
            continue;
        }
        assert!(
            heads.contains(&"content-encoding: gzip".to_string()),
            "{path}: {heads:?}"
        );
        compressed += 1;
    }
    assert!(compressed > 200, "{compressed}");

    // Other options: not the baked site.
    let mut kiosk = baked::options(today);
    kiosk.kiosk = Some(paso::render::Kiosk { idle_secs: 60 });
    let (_, finish) = paso::cache::compile_cached(&source, kiosk, None).unwrap();
    assert!(!finish.baked && !finish.from_cache);
}

/// A small guide baked as `build.rs` bakes the built-in one.
fn bake(source: &Source, day: Date) -> (Baked, usize) {
    let bytes = baked::bake(source, day, true).unwrap();
    let len = bytes.len();
    (baked::decode(bytes.into()).unwrap(), len)
}

#[tokio::test]
async fn on_a_later_day_the_baked_site_serves_at_once_and_that_days_site_replaces_it() {
    let source = harness::fixture("basic");
    let day = harness::today();
    let later = next_day(day);
    let dir = tempfile::tempdir().unwrap();

    // The day it was baked: served as it is.
    let (site, finish) = paso::cache::compile_over(
        &source,
        baked::options(day),
        Some(dir.path()),
        Some(bake(&source, day).0),
    )
    .unwrap();
    assert!(finish.baked && site.fully_compressed());
    let site = Arc::new(site);
    let live = Live::new(site.clone());
    finish.run(&live, |_| panic!("nothing is swapped in"));
    assert!(Arc::ptr_eq(&live.load(), &site));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing cached: the next start finds it in the binary"
    );

    // A later day: the baked site at once, then that day's swapped in and cached.
    let (base, baked_len) = bake(&source, day);
    let base_site = Arc::new(
        baked::decode(baked::bake(&source, day, true).unwrap().into())
            .unwrap()
            .site,
    );
    let (site, finish) =
        paso::cache::compile_over(&source, baked::options(later), Some(dir.path()), Some(base))
            .unwrap();
    assert!(finish.baked && finish.diagnostics.is_none());
    let first = Arc::new(site);
    let live = Live::new(first.clone());
    finish.run(&live, |site| {
        site.insert(
            "qr/url.svg",
            paso::site::Asset::new(
                "<svg/>",
                "image/svg+xml",
                paso::site::CachePolicy::Revalidate,
            ),
        )
    });
    let swapped = live.load();
    assert!(!Arc::ptr_eq(&swapped, &first), "that day's site swapped in");
    assert!(
        swapped.get("qr/url.svg").is_some(),
        "per-start assets added"
    );
    assert!(swapped.fully_compressed());

    let want = compiled(&source, later);
    want.precompress();
    let want = Arc::new(want);
    let (mut changed, mut kept) = (0, 0);
    for (path, a) in want.iter() {
        let b = swapped.get(path).unwrap();
        for c in [Coding::Identity, Coding::Gzip, Coding::Brotli] {
            assert_eq!(a.variant(c), b.variant(c), "{path} {c:?}");
        }
        for enc in ["", "gzip, deflate", "gzip, deflate, br"] {
            let at = address(path);
            assert_eq!(
                answer(want.clone(), &at, enc).await,
                answer(swapped.clone(), &at, enc).await,
                "{at} `{enc}`"
            );
        }
        match base_site.get(path) {
            Some(old) if old.etag == a.etag => kept += 1,
            _ => changed += 1,
        }
    }
    assert!(
        changed > 0,
        "the date shows somewhere (the card, the saved copy)"
    );
    assert!(
        kept > changed * 5,
        "most pages do not depend on the date: {kept} / {changed}"
    );

    // The cache of that day holds only what the date changed, and the next start uses it.
    let key = paso::cache::key(&source, &baked::options(later));
    let file = std::fs::metadata(paso::cache::path(dir.path(), &key))
        .unwrap()
        .len() as usize;
    assert!(file * 2 < baked_len, "{file} vs {baked_len}");
    let (again, finish) = paso::cache::compile_over(
        &source,
        baked::options(later),
        Some(dir.path()),
        Some(bake(&source, day).0),
    )
    .unwrap();
    assert!(finish.from_cache && !finish.baked && finish.diagnostics.is_none());
    let again = Arc::new(again);
    for (path, _) in want.iter() {
        let at = address(path);
        for enc in ["", "gzip, deflate, br"] {
            assert_eq!(
                answer(want.clone(), &at, enc).await,
                answer(again.clone(), &at, enc).await,
                "{at} `{enc}`"
            );
        }
    }
    let at = format!("/{}/search/?q=phone", want.default_locale);
    assert_eq!(
        answer(want.clone(), &at, "gzip").await,
        answer(again, &at, "gzip").await
    );
}
