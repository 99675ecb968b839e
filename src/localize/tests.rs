//! Tests of the catalog: keys, fallbacks, directions.

use super::*;

fn config(locales: &[&str]) -> SiteConfig {
    SiteConfig {
        publisher: "P".into(),
        corrections: "C".into(),
        content_version: "1".into(),
        source_locale: "en".into(),
        locales: locales.iter().map(|s| s.to_string()).collect(),
    }
}

fn file(name: &str, text: &str) -> TextFile {
    TextFile {
        display: name.into(),
        text: text.into(),
    }
}

fn en_file() -> TextFile {
    file(
        "locales/en/main.ftl",
        include_str!("../../locales/en/main.ftl"),
    )
}

#[test]
fn keys_list_matches_the_english_file() {
    let mut ftl = BTreeMap::new();
    ftl.insert("en".to_string(), vec![en_file()]);
    let mut diags = Diagnostics::default();
    build(&ftl, &config(&["en"]), &mut diags);
    let msgs: Vec<String> = diags.sorted().iter().map(|d| d.to_string()).collect();
    assert!(msgs.is_empty(), "{msgs:?}");
}

#[test]
fn missing_unknown_and_syntax_errors_with_lines() {
    let mut ftl = BTreeMap::new();
    ftl.insert("en".to_string(), vec![en_file()]);
    ftl.insert(
        "es".to_string(),
        vec![file(
            "locales/es/main.ftl",
            "language-name = Español\nextra = x\nbroken = { $\n",
        )],
    );
    let mut diags = Diagnostics::default();
    build(&ftl, &config(&["en", "es"]), &mut diags);
    let msgs: Vec<String> = diags.sorted().iter().map(|d| d.to_string()).collect();
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("locales/es/main.ftl:2: error: unknown message `extra`")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("locales/es/main.ftl:3: error: Fluent syntax")),
        "{msgs:?}"
    );
    let missing = msgs
        .iter()
        .filter(|m| m.contains("missing message"))
        .count();
    assert_eq!(missing, KEYS.len() - 1, "{msgs:?}");
}

#[test]
fn isolation_marks_only_in_body_text_and_dates_localized() {
    let mut ftl = BTreeMap::new();
    ftl.insert("en".to_string(), vec![en_file()]);
    let mut diags = Diagnostics::default();
    let cat = build(&ftl, &config(&["en"]), &mut diags);
    let body = cat.text_args("en", "footer-version", &[("version", "1.2")]);
    assert!(body.contains('\u{2068}'));
    let attr = cat.attr_args("en", "footer-version", &[("version", "1.2")]);
    assert_eq!(attr, "Content version 1.2.");
    let d = cat.date("en", Date::new(2026, 11, 22).unwrap());
    assert_eq!(d, "November 22, 2026");
    // Falls back to the source locale for a locale without a bundle.
    assert_eq!(cat.attr("xx", "nav-home"), "Home");
}

#[test]
fn rtl() {
    assert_eq!(direction("ar"), "rtl");
    assert_eq!(direction("ar-EG"), "rtl");
    assert_eq!(direction("zh-Hans"), "ltr");
}
