//! Rendered pages: snapshots of the HTML, and the behaviour each page promises.

use paso::render::urls::LinkStyle;
use paso::site::Site;

use crate::harness;

fn basic() -> Site {
    harness::compile(&harness::fixture("basic"), LinkStyle::Pretty)
}

/// The part of a page between two markers.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start}"));
    let to = html[from..].find(end).map_or(html.len(), |i| from + i);
    &html[from..to]
}

#[test]
fn article_page_snapshot() {
    let site = basic();
    insta::assert_snapshot!(
        "article_en",
        harness::stable(harness::page(&site, "en/first/index.html"))
    );
    insta::assert_snapshot!(
        "article_es_unreviewed",
        harness::stable(harness::page(&site, "es/first/index.html"))
    );
}

#[test]
fn markdown_features() {
    let html = harness::page(&basic(), "en/first/index.html");
    assert!(html.contains(
        "<aside class=\"alert alert-warning\" role=\"note\"><p class=\"alert-title\">Warning</p>"
    ));
    assert!(html.contains("<div class=\"table-wrap cards\" tabindex=\"0\"><table>"));
    // On a phone each row is a card: every body cell is labelled with its column's header.
    let body = between(&html, "<tbody>", "</tbody>");
    assert!(body.contains("<td data-label=\""), "{body}");
    assert_eq!(
        body.matches("<td").count(),
        body.matches("<td data-label=").count()
    );
    assert!(html.contains("class=\"footnote-reference\""));
    assert!(html.contains("<h2 id=\"if-you-are-a-us-citizen\" class=\"for-us-citizen\">"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "raw HTML is shown as text"
    );
    assert_eq!(
        html.matches("<script").count(),
        html.matches("<script src=").count(),
        "no inline script"
    );
    assert!(html.contains("<a href=\"../../en/second/#details\">the second</a>"));
    assert!(html.contains("<a href=\"#what-you-can-do\">"));
    assert!(
        html.contains(
            "<a href=\"https://www.cbp.gov/travel\" rel=\"external noopener noreferrer\">"
        )
    );
}

#[test]
fn links_for_files_name_index_html() {
    let site = harness::compile(&harness::fixture("basic"), LinkStyle::Files);
    let html = harness::page(&site, "en/first/index.html");
    assert!(
        html.contains("<a href=\"../../en/second/index.html#details\">"),
        "{html}"
    );
}

#[test]
fn article_shows_dates_review_state_sources_and_statuses() {
    let html = harness::page(&basic(), "en/first/index.html");
    assert!(html.contains("Last checked against its sources: \u{2068}November 1, 2026\u{2069}"));
    assert!(html.contains("No lawyer has reviewed this page yet."));
    assert!(html.contains("not legal advice"));
    assert!(
        html.contains("<a class=\"status-tag\" href=\"../../en/for/us-citizen/\">US citizen</a>")
    );
    let sources = between(&html, "<section class=\"sources\"", "</section>");
    assert!(
        sources.contains("<cite>Rule</cite>, Federal Register, October 27, 2025."),
        "{sources}"
    );
    assert!(sources.contains("2025-05"));
    assert!(sources.contains("href=\"https://copy.example.org/story\""));
    // The table of contents lists the article's headings.
    let toc = between(&html, "<nav class=\"toc\"", "</nav>");
    assert!(toc.contains("href=\"#in-short\""));
}

#[test]
fn notices_appear_exactly_when_they_apply() {
    let site = basic();
    let en_first = harness::page(&site, "en/first/index.html");
    assert!(
        !en_first.contains("class=\"notice"),
        "a current source article has no notice"
    );
    let en_second = harness::page(&site, "en/second/index.html");
    assert!(
        en_second.contains("notice-review"),
        "review_due 2025-06-01 has passed"
    );
    assert!(en_second.contains("June 1, 2025"));
    let es_first = harness::page(&site, "es/first/index.html");
    assert!(es_first.contains("notice-unreviewed"));
    assert!(es_first.contains("Esta traducción todavía no la ha revisado una persona."));
    assert!(
        es_first.contains("href=\"../../en/first/\" hreflang=\"en\""),
        "links the original"
    );
    assert!(!es_first.contains("notice-outdated") && !es_first.contains("notice-missing"));
    let es_second = harness::page(&site, "es/second/index.html");
    assert!(es_second.contains("notice-missing"));
    assert!(es_second.contains("Esta página todavía no está disponible en"));
    assert!(
        es_second.contains("<article lang=\"en\""),
        "the English text is marked as English"
    );
    assert!(
        es_second.contains("<html lang=\"es\""),
        "the chrome stays Spanish"
    );
}

#[test]
fn outdated_translation_is_flagged() {
    let source = harness::fixture("basic");
    let en = String::from_utf8(source.get("content/en/first.md").unwrap().bytes.to_vec()).unwrap();
    let changed =
        paso::source::Source::from_memory([("content/en/first.md", en + "\nOne more line.\n")]);
    let dir = tempfile::tempdir().unwrap();
    for (p, f) in changed.files() {
        let to = dir.path().join(p);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(to, &f.bytes).unwrap();
    }
    let source = source.overlaid_with(dir.path()).unwrap();
    let lines = harness::diagnostics(&source);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("es/first.md: warning: outdated")),
        "{lines:#?}"
    );
    let site = harness::compile(&source, LinkStyle::Pretty);
    let es_first = harness::page(&site, "es/first/index.html");
    assert!(es_first.contains("notice-outdated"));
    assert!(es_first.contains("El texto en inglés cambió"));
}

#[test]
fn local_contacts_follow_the_local_help_heading_and_the_home_page() {
    let site = basic();
    let html = harness::page(&site, "en/first/index.html");
    let after = between(&html, "id=\"local-help\"", "id=\"what-you-can-do\"");
    assert!(
        after.contains("Test Clinic") && after.contains("href=\"tel:+15550100\""),
        "{after}"
    );
    assert!(after.contains("English, Español"));
    assert!(harness::page(&site, "es/index.html").contains("Test Clinic"));
}

#[test]
fn language_switcher_links_the_same_page_in_each_language() {
    let site = basic();
    let html = harness::page(&site, "es/second/index.html");
    let switcher = between(&html, "<nav class=\"lang-switcher\"", "</nav>");
    assert!(
        switcher.contains("<a href=\"../../en/second/\" lang=\"en\" hreflang=\"en\">English</a>"),
        "{switcher}"
    );
    assert!(switcher.contains("aria-current=\"page\">Español</a>"));
    assert!(
        switcher.contains("href=\"../../index.html\""),
        "the full language choice is one tap away"
    );
}

#[test]
fn no_isolation_marks_outside_body_text() {
    let site = harness::shipped_site();
    for (key, asset) in site.iter() {
        if !key.ends_with(".html") {
            continue;
        }
        let body = asset.body();
        let html = std::str::from_utf8(&body).unwrap();
        let title = between(html, "<title>", "</title>");
        assert!(!title.contains(['\u{2068}', '\u{2069}']), "{key}: {title}");
        let head = between(html, "<head>", "</head>");
        assert!(!head.contains(['\u{2068}', '\u{2069}']), "{key}");
        // Attribute values are the quoted parts of the markup (inline scripts set aside).
        let markup = match (html.find("<script>"), html.find("</script>")) {
            (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b..]),
            _ => html.to_string(),
        };
        for part in markup.split('"').skip(1).step_by(2) {
            assert!(
                !part.contains(['\u{2068}', '\u{2069}']),
                "{key}: attribute {part}"
            );
        }
    }
}

#[test]
fn status_page_collects_sections() {
    let site = basic();
    let html = harness::page(&site, "en/for/us-citizen/index.html");
    assert!(html.contains("You may ask for a manual check."));
    assert!(
        !html.contains("id=\"if-you-are-a-us-citizen\""),
        "ids are dropped outside the article"
    );
    assert!(html.contains("href=\"../../../en/first/#if-you-are-a-us-citizen\""));
    let visa = harness::page(&site, "en/for/visa/index.html");
    assert!(
        visa.contains("Second article"),
        "articles that apply in general are listed"
    );
}
