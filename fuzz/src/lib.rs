//! The fuzz targets' bodies: content sets built around one fuzzed file, the shipped site, and
//! what each run checks. Each target in `fuzz_targets/` calls one `*_one` function.
//!
//! `tests/it/regressions.rs` includes this file as a module (it needs nothing but `paso` and
//! crates `paso` already depends on), so an input fuzzing found replays there as a plain test
//! through exactly the same code.

use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{HeaderValue, Request, StatusCode, Uri, header};
use paso::server::{negotiate, routes};
use tower::ServiceExt;

use paso::date::Date;
use paso::render::RenderOptions;
use paso::render::urls::LinkStyle;
use paso::site::Site;
use paso::source::Source;

/// The day every target renders for (fixed, so a run is repeatable).
pub fn today() -> Date {
    Date::new(2026, 11, 22).expect("a valid date")
}

/// A valid second article the fuzzed one can link to (`b.md`, `b.md#details`).
pub const OTHER_ARTICLE: &str = "+++
title = \"Other\"
summary = \"The other article.\"
order = 2
updated = 2025-01-01
review_due = 2027-01-01
applies_to = [\"visa\"]

[[sources]]
title = \"Page\"
publisher = \"CBP\"
accessed = 2025-01-01
url = \"https://www.cbp.gov/page\"

[[sources]]
title = \"Other\"
publisher = \"DHS\"
date = \"2024\"
url = \"https://www.dhs.gov/other\"
+++

## In short {#in-short}

- Short.

## Details {#details}

Text.
";

/// The shipped files whose path passes `keep`, as owned pairs.
fn shipped(keep: impl Fn(&str) -> bool) -> Vec<(String, Vec<u8>)> {
    Source::embedded()
        .files()
        .filter(|(p, _)| keep(p))
        .map(|(p, f)| (p.to_string(), f.bytes.to_vec()))
        .collect()
}

/// Target `compile`: `data` is the English article `content/en/a.md` of a one-locale site
/// with the shipped English UI strings and static files.
pub fn article_source(data: &[u8]) -> Source {
    static BASE: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    let base = BASE.get_or_init(|| {
        let mut files = shipped(|p| p.starts_with("locales/en/") || p.starts_with("static/"));
        files.push(("content/site.toml".into(), site_toml(&["en"]).into_bytes()));
        files.push(("content/en/b.md".into(), OTHER_ARTICLE.as_bytes().to_vec()));
        files
    });
    let mut files = base.clone();
    files.push(("content/en/a.md".into(), data.to_vec()));
    Source::from_memory(files)
}

/// Target `fluent`: `data` is `locales/es/main.ftl` of an English + Spanish site with the
/// shipped English strings and the shipped English and Spanish "about" articles.
pub fn fluent_source(data: &[u8]) -> Source {
    static BASE: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    let base = BASE.get_or_init(|| {
        let mut files = shipped(|p| {
            p.starts_with("locales/en/")
                || p.starts_with("static/")
                || p == "content/en/about.md"
                || p == "content/es/about.md"
        });
        files.push((
            "content/site.toml".into(),
            site_toml(&["en", "es"]).into_bytes(),
        ));
        files
    });
    let mut files = base.clone();
    files.push(("locales/es/main.ftl".into(), data.to_vec()));
    Source::from_memory(files)
}

fn site_toml(locales: &[&str]) -> String {
    let list: Vec<String> = locales.iter().map(|l| format!("\"{l}\"")).collect();
    format!(
        "publisher = \"Fuzz\"\ncorrections = \"Write to the fuzz desk.\"\n\
         content_version = \"fuzz-1\"\nsource_locale = \"en\"\nlocales = [{}]\n",
        list.join(", ")
    )
}

/// Compiles `source` the way `paso serve` does; errors in the content are an expected outcome.
pub fn compile(source: &Source) -> Option<Site> {
    paso::compile(source, RenderOptions::new(LinkStyle::Pretty, today()))
        .ok()
        .map(|(site, _)| site)
}

static SITE: OnceLock<Arc<Site>> = OnceLock::new();

/// Target `request`: the shipped guide, compiled once, with its compressed variants.
pub fn shipped_site() -> Arc<Site> {
    SITE.get_or_init(|| {
        let site = compile(&Source::embedded()).expect("the shipped guide compiles");
        site.precompress();
        Arc::new(site)
    })
    .clone()
}

/// Uses `site` as the shipped site from now on, if none was made yet (the regression tests
/// share the one their harness already compressed).
pub fn use_site(site: Arc<Site>) {
    let _ = SITE.set(site);
}

/// A fuzzed request: lines of the input are the path, `Accept-Language`, `Accept-Encoding`,
/// `If-None-Match` and `Host`; a missing line means the header is absent.
#[derive(Debug)]
pub struct FuzzRequest<'a> {
    pub method: &'static str,
    pub path: &'a [u8],
    pub accept_language: Option<&'a [u8]>,
    pub accept_encoding: Option<&'a [u8]>,
    pub if_none_match: Option<&'a [u8]>,
    pub host: Option<&'a [u8]>,
}

impl<'a> FuzzRequest<'a> {
    /// Splits `data` into a request. The first byte picks the method.
    pub fn parse(data: &'a [u8]) -> FuzzRequest<'a> {
        let (method, rest) = match data.split_first() {
            Some((b, rest)) => (["GET", "HEAD", "POST"][usize::from(*b) % 3], rest),
            None => ("GET", data),
        };
        let mut lines = rest.split(|b| *b == b'\n');
        FuzzRequest {
            method,
            path: lines.next().unwrap_or_default(),
            accept_language: lines.next(),
            accept_encoding: lines.next(),
            if_none_match: lines.next(),
            host: lines.next(),
        }
    }
}

/// Target `compile`: one article through the whole pipeline.
pub fn compile_one(data: &[u8]) {
    if let Some(site) = compile(&article_source(data)) {
        // A page that compiled is served as-is: it must at least be valid UTF-8 HTML.
        for (path, asset) in site.iter() {
            if path.ends_with(".html") {
                assert!(std::str::from_utf8(&asset.body()).is_ok(), "{path}");
            }
        }
    }
}

/// Target `fluent`: one Fluent file through the whole pipeline.
pub fn fluent_one(data: &[u8]) {
    let _ = compile(&fluent_source(data));
}

/// A single-threaded runtime for the router, made once.
pub fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime")
    })
}

/// Target `request`: one request through the pure functions and the router.
pub fn request_one(data: &[u8]) {
    let site = shipped_site();
    let req = FuzzRequest::parse(data);

    // The pure functions take any text.
    let path_text = String::from_utf8_lossy(req.path);
    if let Some(decoded) = routes::decode_path(&path_text) {
        assert!(decoded.starts_with('/'));
        assert!(!decoded.contains('\\') && !decoded.chars().any(char::is_control));
        assert!(!decoded.split('/').any(|s| s == ".." || s == "."));
    }
    let al = req.accept_language.map(String::from_utf8_lossy);
    let locale = negotiate::language(al.as_deref(), &site.locales, &site.default_locale);
    assert!(site.locales.iter().any(|l| l == locale));
    let ae = req.accept_encoding.map(String::from_utf8_lossy);
    let _ = negotiate::coding(ae.as_deref(), true, true);

    // The router sees only what hyper would let through: a parseable URI and valid header values.
    let Ok(uri) = Uri::try_from(req.path) else {
        return;
    };
    let mut builder = Request::builder().method(req.method).uri(uri);
    for (name, value) in [
        (header::ACCEPT_LANGUAGE, req.accept_language),
        (header::ACCEPT_ENCODING, req.accept_encoding),
        (header::IF_NONE_MATCH, req.if_none_match),
        (header::HOST, req.host),
    ] {
        if let Some(v) = value {
            let Ok(v) = HeaderValue::from_bytes(v) else {
                return;
            };
            builder = builder.header(name, v);
        }
    }
    let Ok(request) = builder.body(Body::empty()) else {
        return;
    };
    let res = runtime()
        .block_on(paso::server::app(site).oneshot(request))
        .expect("the router is infallible");
    let expected = [
        StatusCode::OK,
        StatusCode::FOUND,
        StatusCode::NOT_MODIFIED,
        StatusCode::PERMANENT_REDIRECT,
        StatusCode::BAD_REQUEST,
        StatusCode::NOT_FOUND,
        StatusCode::METHOD_NOT_ALLOWED,
        StatusCode::URI_TOO_LONG,
    ];
    assert!(expected.contains(&res.status()), "{}", res.status());
    assert!(res.headers().contains_key(header::CONTENT_SECURITY_POLICY));
}

/// Target `bundle`: a throwaway key pair made once per run (never stored anywhere but a
/// temporary file): the key the reader trusts, and the secret key file mode 2 signs with.
pub fn bundle_key() -> &'static (paso::source::bundle::TrustedKey, std::path::PathBuf) {
    static KEY: OnceLock<(paso::source::bundle::TrustedKey, std::path::PathBuf)> = OnceLock::new();
    KEY.get_or_init(|| {
        let (pk, sk, _) = paso::source::bundle::keys::generate(None).expect("a key pair");
        let path = std::env::temp_dir().join(format!("paso-fuzz-{}.key", std::process::id()));
        std::fs::write(&path, sk).expect("a temporary key file");
        let pk = paso::source::bundle::TrustedKey::parse(&pk).expect("the new key reads");
        (pk, path)
    })
}

/// The files mode 2 packs next to its fuzzed manifest.
pub const BUNDLE_FILES: [(&str, &[u8]); 2] =
    [("content/en/a.md", b"alpha"), ("static/s.css", b"body{}")];

/// Target `bundle`: the first byte picks what the rest is.
/// - 0: a whole bundle file (brotli, tar, manifest, signature, hashes);
/// - 1: the tar archive inside one, compressed here, so the fuzzer works on the entries;
/// - 2: a manifest, signed here with the trusted key and packed with [`BUNDLE_FILES`], so
///   inputs get past the signature to the manifest's own rules and the hash checks.
///
/// Whatever comes in, the reader answers without a panic, and a bundle it accepts holds
/// exactly the files its signed manifest lists, at safe paths, with matching hashes.
pub fn bundle_one(data: &[u8]) {
    use paso::source::bundle::{self, archive, keys, manifest};
    let (pk, sk) = bundle_key();
    let Some((mode, rest)) = data.split_first() else {
        let _ = bundle::open(Vec::new(), std::slice::from_ref(pk));
        return;
    };
    // Brotli at quality 1 here: the bundle writer's quality 11 would take most of each run.
    let compress = |tar: &[u8]| {
        let mut out = Vec::new();
        {
            let mut w = brotli::CompressorWriter::new(&mut out, 4096, 1, 22);
            std::io::Write::write_all(&mut w, tar).expect("writing to memory");
        }
        out
    };
    let bytes = match mode % 3 {
        0 => rest.to_vec(),
        1 => compress(rest),
        _ => {
            let sig = keys::sign(rest, sk, None, "fuzz").expect("signing works");
            let mut files: Vec<(&str, &[u8])> =
                vec![(manifest::MANIFEST, rest), (manifest::SIGNATURE, &sig)];
            files.extend(BUNDLE_FILES);
            let mut tar = tar::Builder::new(Vec::new());
            for (path, body) in files {
                let mut h = tar::Header::new_ustar();
                h.set_size(body.len() as u64);
                h.set_mode(0o644);
                tar.append_data(&mut h, path, body).expect("packing works");
            }
            compress(&tar.into_inner().expect("packing works"))
        }
    };
    if let Ok(b) = bundle::open(bytes, std::slice::from_ref(pk)) {
        assert_eq!(b.signer.key_id, pk.id);
        let paths: Vec<&str> = b.source.files().map(|(p, _)| p).collect();
        let listed: Vec<&str> = b.manifest.files.keys().map(String::as_str).collect();
        assert_eq!(paths, listed, "exactly the files the manifest lists");
        for (path, f) in b.source.files() {
            assert!(archive::check_path(path).is_ok(), "{path}");
            let want = &b.manifest.files[path];
            assert_eq!(manifest::sha256_hex(&f.bytes), want.sha256, "{path}");
        }
        assert!(bundle::Version::parse(&b.manifest.content_version).is_ok());
    }
}
