//! Taking the guide along: the single-file copy, the share page's QR codes, kiosk mode, quick
//! exit and the opt-in offline store.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use base64::Engine;
use http_body_util::BodyExt;
use paso::render::urls::LinkStyle;
use paso::render::{Kiosk, RenderOptions, Share};
use sha2::{Digest, Sha256};
use tower::ServiceExt;

use crate::harness;

#[test]
fn single_file_copy_needs_no_other_file() {
    let site = harness::shipped_site();
    let checked = paso::check(&harness::shipped());
    let content = checked.content.unwrap();
    for locale in &site.locales {
        let html = harness::page(&site, &format!("{locale}/paso-{locale}.html"));
        // One inline script: the packed search index and the search code, allowed by hash.
        assert_eq!(html.matches("<script").count(), 1, "{locale}");
        assert!(html.contains("<script>window.PASO_SEARCH_GZ="), "{locale}");
        assert!(
            !html.contains("<link"),
            "{locale}: no linked stylesheet or icon"
        );
        assert!(!html.contains(" src="), "{locale}: no image or frame");
        assert!(html.contains("<style>"), "{locale}: CSS is inline");
        let ids = harness::ids(&html);
        for link in harness::links(&html) {
            if let Some(anchor) = link.strip_prefix('#') {
                assert!(
                    ids.iter().any(|i| i == anchor),
                    "{locale}: #{anchor} goes nowhere"
                );
            } else {
                // Quick exit goes to a blank page, which is no file either.
                assert!(
                    link.starts_with("https://") || link == "about:blank",
                    "{locale}: {link} is another file"
                );
            }
        }
        for slug in content.slugs_in_order() {
            let a = content.article_for(slug, locale).unwrap();
            assert!(
                html.contains(&format!("id=\"a-{slug}\"")),
                "{locale}: {slug} missing"
            );
            assert!(
                html.contains(&maud::html! { (a.meta.title) }.into_string()),
                "{locale}: title of {slug}"
            );
        }
        assert!(
            html.contains(&content.config.content_version),
            "{locale}: content version"
        );
    }
    let en = paso::localize::strip_isolation(&harness::page(&site, "en/paso-en.html"));
    assert!(en.contains("made on November 22, 2026"), "build date");
    assert!(
        en.contains("Last checked against its sources"),
        "review dates"
    );
}

#[tokio::test]
async fn single_file_downloads_with_its_own_policy() {
    let site = harness::shipped_site();
    let req = Request::get("/es/paso-es.html")
        .body(Body::empty())
        .unwrap();
    let res = paso::server::app(site.clone()).oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()[header::CONTENT_DISPOSITION],
        "attachment; filename=\"paso-es.html\""
    );
    let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_string();
    let html =
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    let css = &html[html.find("<style>").unwrap() + 7..html.find("</style>").unwrap()];
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(css.as_bytes()));
    assert!(csp.contains(&format!("style-src 'sha256-{hash}'")), "{csp}");
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    // Every other page keeps the site-wide policy and offers the download.
    let page = harness::page(&site, "es/photo-opt-out/index.html");
    assert!(page.contains("href=\"../../es/paso-es.html\" download=\"paso-es.html\""));
}

/// Reads back the QR code drawn by `paso::qr::svg` (runs of dark modules, one path).
fn decode_qr(svg: &str) -> String {
    let d = &svg[svg.find(" d=\"").unwrap() + 4..];
    let d = &d[..d.find('"').unwrap()];
    let size: usize = svg["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mut dark = vec![false; size * size];
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(',').unwrap();
        let n: usize = rest.split('v').next().unwrap().parse().unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        for i in 0..n {
            dark[y * size + x + i] = true;
        }
    }
    let scale = 6;
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(size * scale, size * scale, |x, y| {
            if dark[(y / scale) * size + x / scale] {
                0
            } else {
                255
            }
        });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().unwrap().1
}

#[tokio::test]
async fn share_page_codes_decode_to_the_address_and_the_wifi_network() {
    let opts = RenderOptions {
        share: Share {
            server_qr: true,
            wifi_ssid: Some("Clinic;Wi-Fi".into()),
            loopback_only: false,
        },
        ..RenderOptions::new(LinkStyle::Pretty, harness::today())
    };
    let (mut site, _) = paso::compile(&harness::shipped(), opts).unwrap();
    let urls = [
        "http://10.0.0.1:8080/".to_string(),
        "http://192.168.1.5:8080/".to_string(),
    ];
    paso::server::add_share_codes(&mut site, &urls, Some("Clinic;Wi-Fi"), Some("pa:ss")).unwrap();
    let page = harness::page(&site, "fr/share/index.html");
    assert!(page.contains("src=\"../../qr/url.svg\""));
    assert!(page.contains("src=\"../../qr/wifi.svg\""));
    assert!(page.contains("Clinic;Wi-Fi"));
    let app = paso::server::app(std::sync::Arc::new(site));
    for (host, want) in [
        (Some("192.168.1.5:8080"), "http://192.168.1.5:8080/"),
        (Some("evil.example"), "http://10.0.0.1:8080/"),
        (None, "http://10.0.0.1:8080/"),
    ] {
        let mut req = Request::get("/qr/url.svg");
        if let Some(h) = host {
            req = req.header(header::HOST, h);
        }
        let res = app
            .clone()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.headers()[header::CONTENT_TYPE], "image/svg+xml");
        let svg = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec())
            .unwrap();
        assert_eq!(decode_qr(&svg), want, "Host {host:?}");
    }
    let res = app
        .oneshot(Request::get("/qr/wifi.svg").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let svg =
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert_eq!(decode_qr(&svg), "WIFI:T:WPA;S:Clinic\\;Wi-Fi;P:pa\\:ss;;");
}

#[test]
fn export_share_page_explains_instead_of_a_code() {
    let site = harness::compile(&harness::shipped(), LinkStyle::Files);
    let page = harness::page(&site, "en/share/index.html");
    assert!(!page.contains("qr/url.svg"));
    assert!(page.contains("a set of files, not a server"));
}

#[test]
fn kiosk_links_are_not_clickable_and_the_idle_reset_is_only_on_kiosks() {
    let opts = RenderOptions {
        kiosk: Some(Kiosk { idle_secs: 90 }),
        ..RenderOptions::new(LinkStyle::Pretty, harness::today())
    };
    let (kiosk, _) = paso::compile(&harness::shipped(), opts).unwrap();
    let mut pages = 0;
    for (key, asset) in kiosk.iter() {
        if !key.ends_with(".html") {
            continue;
        }
        let body = asset.body();
        let html = std::str::from_utf8(&body).unwrap();
        assert!(
            !html.contains("href=\"https://") && !html.contains("href=\"http://"),
            "{key} links off the site"
        );
        assert!(!html.contains(" download="), "{key} offers a download");
        if key != "exit.html" {
            assert!(html.contains("data-idle=\"90\""), "{key} has no idle reset");
            pages += 1;
        }
    }
    assert!(pages > 100);
    let article = harness::page(&kiosk, "en/photo-opt-out/index.html");
    assert!(article.contains("<span class=\"kiosk-url\" dir=\"ltr\">https://"));
    let qr = article
        .split("<img class=\"qr\" src=\"../../")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(kiosk.get(qr).is_some(), "QR image {qr} exists");
    assert!(
        kiosk.get("en/paso-en.html").is_none(),
        "no file to save on a kiosk"
    );
    assert!(article.contains("<body class=\"kiosk\">"));

    let normal = harness::shipped_site();
    for (key, asset) in normal.iter() {
        if key.ends_with(".html") {
            assert!(
                !std::str::from_utf8(&asset.body())
                    .unwrap()
                    .contains("kiosk.js"),
                "{key}"
            );
        }
    }
}

#[test]
fn quick_exit_on_every_page_and_a_neutral_exit() {
    let site = harness::shipped_site();
    for (key, asset) in site.iter() {
        let single = key.ends_with(".html") && key.contains("/paso-");
        if !key.ends_with(".html") || key == "exit.html" || single {
            continue;
        }
        let body = asset.body();
        let html = std::str::from_utf8(&body).unwrap();
        assert!(html.contains("class=\"quick-exit\""), "{key}");
        assert!(html.contains("exit.html\" data-quick-exit"), "{key}");
    }
    let exit = harness::page(&site, "exit.html");
    assert!(
        !exit.to_lowercase().contains("paso")
            && !exit.contains("rights")
            && !exit.contains("border")
    );
    assert!(exit.len() < 400);
}

#[test]
fn offline_store_is_opt_in_and_lists_real_pages() {
    let site = harness::shipped_site();
    let manifest: serde_json::Value =
        serde_json::from_slice(&site.get("manifest.webmanifest").unwrap().body()).unwrap();
    assert_eq!(manifest["start_url"], "./index.html");
    let sw = harness::page(&site, "sw.js");
    assert!(
        sw.contains("addEventListener(\"message\""),
        "stores only when asked"
    );
    let list: Vec<String> =
        serde_json::from_slice(&site.get("ar/offline.json").unwrap().body()).unwrap();
    assert!(list.contains(&"ar/photo-opt-out/".to_string()));
    assert!(
        !list.iter().any(|p| p.starts_with("en/")),
        "only the reader's locale"
    );
    for path in &list {
        let k = if path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.clone()
        };
        assert!(site.get(&k).is_some(), "{path} is not in the site");
    }
    let page = harness::page(&site, "ar/index.html");
    assert!(
        page.contains("data-keep-offline") && page.contains(" hidden "),
        "button hidden until JS finds a secure context"
    );
}
