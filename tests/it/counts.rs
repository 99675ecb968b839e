//! Issue 16: `--count` keeps (day, language, page) → number, and nothing else of a request.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Body;
use axum::http::Request;
use paso::count::{Counter, Key};
use paso::date::Date;
use paso::render::RenderOptions;
use paso::render::urls::LinkStyle;
use paso::server::Extras;
use tower::ServiceExt;

use crate::harness::{shipped, shipped_site, today};

async fn get(app: &axum::Router, req: Request<Body>) -> u16 {
    app.clone().oneshot(req).await.unwrap().status().as_u16()
}

#[tokio::test]
async fn only_day_language_and_page_are_kept() {
    let counter = Arc::new(Counter::new());
    let app = paso::server::app_with(
        shipped_site(),
        Extras {
            captive: None,
            counter: Some(counter.clone()),
        },
    );
    let secret = "203.0.113.9-SECRET";
    let page = |path: &str| {
        Request::get(path)
            .header("x-forwarded-for", secret)
            .header("user-agent", format!("Agent {secret}"))
            .header("cookie", format!("id={secret}"))
            .header("referer", format!("http://{secret}/"))
            .header("accept-language", "es")
            .body(Body::empty())
            .unwrap()
    };
    assert_eq!(get(&app, page("/es/photo-opt-out/")).await, 200);
    assert_eq!(get(&app, page("/es/photo-opt-out/")).await, 200);
    assert_eq!(get(&app, page("/en/")).await, 200);
    assert_eq!(
        get(&app, page(&format!("/es/search/?q={secret}"))).await,
        200
    );
    // Not pages served: a redirect, a 404, a HEAD, a stylesheet, a bad address.
    assert_eq!(get(&app, page("/")).await, 302);
    assert_eq!(get(&app, page(&format!("/es/{secret}"))).await, 404);
    let head = Request::head("/en/").body(Body::empty()).unwrap();
    assert_eq!(get(&app, head).await, 200);
    let css = shipped_site()
        .iter()
        .map(|(k, _)| k.to_string())
        .find(|k| k.ends_with(".css"))
        .unwrap();
    assert_eq!(get(&app, page(&format!("/{css}"))).await, 200);
    assert_eq!(get(&app, page("/a/../b")).await, 400);

    let day = Date::today();
    let key = |language: &str, page: &str| Key {
        day,
        language: language.into(),
        page: page.into(),
    };
    let want = BTreeMap::from([
        (key("es", "photo-opt-out/"), 2),
        (key("en", ""), 1),
        (key("es", "search/"), 1),
    ]);
    let got = counter.snapshot();
    assert_eq!(got, want);
    // A key has exactly these three fields: adding one fails to compile here.
    for k in got.keys() {
        let Key {
            day: _,
            language: _,
            page: _,
        } = k;
    }
    // The file holds the same and nothing more: no address, agent, cookie, query or time.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("counts.csv");
    counter.save_if_changed(&file).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        text,
        format!(
            "day,language,page,count\n{day},en,,1\n{day},es,photo-opt-out/,2\n{day},es,search/,1\n"
        )
    );
    assert!(!text.contains("SECRET") && !text.contains(':'));
}

#[test]
fn stats_hide_small_numbers() {
    let counter = Counter::new();
    let day = Date::new(2026, 12, 5).unwrap();
    for _ in 0..4 {
        counter.add(day, "fr", "");
    }
    for _ in 0..5 {
        counter.add(day, "ar", "what-is-kept/");
    }
    let csv = paso::count::to_csv(&counter.snapshot());
    assert_eq!(
        csv,
        "day,language,page,count\n2026-12-05,ar,what-is-kept/,5\n2026-12-05,fr,,fewer than 5\n"
    );
    let text = paso::count::to_text(&counter.snapshot());
    assert!(
        text.contains("fewer than 5") && text.contains("total pages served: 9"),
        "{text}"
    );
}

#[test]
fn about_page_says_when_a_copy_counts() {
    let render = |counts: bool| {
        let opts = RenderOptions {
            counts,
            ..RenderOptions::new(LinkStyle::Pretty, today())
        };
        paso::compile(&shipped(), opts).unwrap().0
    };
    let (on, off) = (render(true), render(false));
    for loc in on.locales.clone() {
        let html = |site: &paso::site::Site| {
            String::from_utf8(
                site.get(&format!("{loc}/about/index.html"))
                    .unwrap()
                    .body()
                    .to_vec(),
            )
            .unwrap()
        };
        assert!(html(&on).contains("class=\"counts-notice\""), "{loc}");
        assert!(!html(&off).contains("counts-notice"), "{loc}");
    }
}

#[test]
fn stats_command_reads_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("counts.csv");
    std::fs::write(
        &file,
        "day,language,page,count\n2026-12-05,es,,12\n2026-12-05,en,x/,2\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_paso"))
            .arg("stats")
            .arg("--count-file")
            .arg(&file)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(
        run(&["--csv"]),
        "day,language,page,count\n2026-12-05,en,x/,fewer than 5\n2026-12-05,es,,12\n"
    );
    assert!(run(&[]).contains("total pages served: 14"));
}
