//! Localization: right-to-left Arabic, Chinese, dates in each locale's format, negotiation
//! over every shipped locale, and the notices of the shipped translations.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use paso::render::urls::LinkStyle;
use paso::site::Site;
use tower::ServiceExt;

use crate::harness;

fn i18n() -> Site {
    harness::compile(&harness::fixture("i18n"), LinkStyle::Pretty)
}

#[test]
fn arabic_is_right_to_left() {
    let site = i18n();
    let html = harness::page(&site, "ar/first/index.html");
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<article lang=\"ar\" dir=\"rtl\">"));
    // An English fallback inside the Arabic chrome is marked left-to-right.
    let fallback = harness::page(&site, "ar/second/index.html");
    assert!(fallback.contains("<article lang=\"en\" dir=\"ltr\">"));
    assert!(fallback.contains("notice-missing"));
    // Source addresses are isolated left-to-right runs.
    assert!(html.contains("rel=\"external noopener noreferrer\" dir=\"ltr\">www.govinfo.gov</a>"));
    insta::assert_snapshot!("article_ar", harness::stable(html));
}

#[test]
fn chinese_page_and_dates() {
    let site = i18n();
    let html = harness::page(&site, "zh-Hans/first/index.html");
    assert!(html.contains("<html lang=\"zh-Hans\" dir=\"ltr\">"));
    assert!(html.contains("2026年11月1日"), "a Chinese date");
    assert!(
        !html.contains("class=\"notice"),
        "a reviewed, current translation has no notice"
    );
    insta::assert_snapshot!("article_zh_hans", harness::stable(html));
}

#[test]
fn each_locale_formats_dates_its_own_way() {
    let site = harness::shipped_site();
    let cases = [
        ("en", "November 22, 2026"),
        ("es", "22 de noviembre de 2026"),
        ("zh-Hans", "2026年11月22日"),
    ];
    for (locale, date) in cases {
        let html = harness::page(&site, &format!("{locale}/leaving-by-land/index.html"));
        assert!(html.contains(date), "{locale}: {date}");
    }
}

#[tokio::test]
async fn negotiation_over_the_shipped_locales() {
    let site = harness::shipped_site();
    assert_eq!(
        site.locales,
        ["en", "es", "fr", "ht", "pt-BR", "ar", "zh-Hans"]
    );
    let cases = [
        ("es-MX", "es/"),
        ("pt", "pt-BR/"),
        ("pt-PT", "pt-BR/"),
        ("zh-CN", "zh-Hans/"),
        ("zh", "zh-Hans/"),
        ("fr-CA", "fr/"),
        ("ar-SA", "ar/"),
        ("ht", "ht/"),
        ("ru", "en/"),
    ];
    for (accept, want) in cases {
        let req = Request::get("/")
            .header(header::ACCEPT_LANGUAGE, accept)
            .body(Body::empty())
            .unwrap();
        let res = paso::server::app(site.clone()).oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::FOUND);
        assert_eq!(res.headers()[header::LOCATION], want, "{accept}");
    }
}

#[test]
fn shipped_translations_are_complete_and_say_they_are_unreviewed() {
    let checked = paso::check(&harness::shipped());
    let table = paso::report::translation_table(&checked);
    assert_eq!(table.len(), 7);
    for (locale, row) in &table {
        for (slug, state) in row {
            let want = if locale == "en" { "ok" } else { "unreviewed" };
            assert_eq!(*state, want, "{locale}/{slug}");
        }
    }
    let cat = checked.catalog.as_ref().unwrap();
    for (locale, _) in &table {
        assert!(
            cat.missing_keys(locale).is_empty(),
            "{locale}: {:?}",
            cat.missing_keys(locale)
        );
        assert!(
            cat.unused_keys(locale).is_empty(),
            "{locale}: {:?}",
            cat.unused_keys(locale)
        );
    }
    let site = harness::shipped_site();
    let ar = harness::page(&site, "ar/photo-opt-out/index.html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("notice-unreviewed"));
    assert!(
        harness::page(&site, "en/photo-opt-out/index.html")
            .find("class=\"notice")
            .is_none()
    );
}

#[test]
fn language_switcher_names_each_language_in_itself() {
    let site = harness::shipped_site();
    let html = harness::page(&site, "ht/index.html");
    for name in [
        "English",
        "Español",
        "Français",
        "Kreyòl ayisyen",
        "Português (Brasil)",
        "العربية",
        "简体中文",
    ] {
        assert!(html.contains(&format!(">{name}</a>")), "{name}");
    }
}
