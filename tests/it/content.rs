//! The shipped guide: it checks clean, keeps its key facts, and every topic is within two
//! clicks of each home page.

use paso::diag::Severity;

use crate::harness;

#[test]
fn shipped_content_has_no_errors_and_no_quality_warnings() {
    let checked = paso::check(&harness::shipped());
    let lines: Vec<String> = checked
        .diagnostics
        .sorted()
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(checked.diagnostics.count(Severity::Error), 0, "{lines:#?}");
    // Writing rules from the content issue: every article has two sources and both sections,
    // no over-long sentences or paragraphs in the source language.
    let quality: Vec<&String> = lines
        .iter()
        .filter(|l| {
            l.contains("source(s)")
                || l.contains("section:")
                || l.contains("sentence of")
                || l.contains("paragraph of")
        })
        .collect();
    assert!(quality.is_empty(), "{quality:#?}");
}

#[test]
fn english_guide_covers_every_topic() {
    let checked = paso::check(&harness::shipped());
    let content = checked.content.unwrap();
    for slug in [
        "leaving-by-land",
        "photo-opt-out",
        "what-is-kept",
        "away-from-the-border",
        "phones-and-devices",
        "leaving-for-good",
        "records-and-complaints",
        "getting-help",
        "arriving-in-canada",
        "arriving-in-mexico",
        "rights-card",
        "glossary",
        "about",
    ] {
        let a = content
            .source_article(slug)
            .unwrap_or_else(|| panic!("missing article {slug}"));
        assert!(a.meta.sources.len() >= 2, "{slug}");
        assert!(a.meta.sources.iter().all(|s| {
            s.url
                .iter()
                .chain(&s.via)
                .all(|u| u.starts_with("https://"))
        }));
        assert!(
            a.meta.legal_review.is_none(),
            "{slug}: no lawyer has reviewed it yet"
        );
        assert!(a.meta.review_due <= a.meta.updated.add_months(6), "{slug}");
    }
}

/// The facts a later edit must not silently drop, with the article that must state them.
#[test]
fn key_facts_are_present() {
    let facts = [
        ("photo-opt-out", "12 hours"),
        ("what-is-kept", "12 hours"),
        ("what-is-kept", "15 years"),
        ("what-is-kept", "75 years"),
        ("away-from-the-border", "15 years"),
        ("leaving-by-land", "December 26, 2025"),
        ("photo-opt-out", "December 26, 2025"),
        ("leaving-by-land", "$10,000"),
        ("leaving-for-good", "I-407"),
        ("away-from-the-border", "administrative"),
        ("rights-card", "remain silent"),
    ];
    let source = harness::shipped();
    for (slug, fact) in facts {
        let file = source.get(&format!("content/en/{slug}.md")).unwrap();
        let text = String::from_utf8_lossy(&file.bytes);
        assert!(
            text.contains(fact),
            "content/en/{slug}.md no longer says {fact:?}"
        );
    }
}

#[test]
fn every_topic_is_within_two_clicks_of_home() {
    let site = harness::shipped_site();
    for locale in &site.locales {
        let home = String::from_utf8(
            site.get(&format!("{locale}/index.html"))
                .unwrap()
                .body()
                .to_vec(),
        )
        .unwrap();
        let links = harness::links(&home);
        for (key, _) in site.iter() {
            let Some(rest) = key.strip_prefix(&format!("{locale}/")) else {
                continue;
            };
            let Some(slug) = rest.strip_suffix("/index.html") else {
                continue;
            };
            if slug.contains('/') || slug == "sources" {
                continue;
            }
            assert!(
                links.iter().any(|l| l == &format!("../{locale}/{slug}/")),
                "{locale}: home does not link {slug}"
            );
        }
        for status in [
            "us-citizen",
            "green-card",
            "visa",
            "visitor-ca-mx",
            "pending-or-parole",
            "no-status",
        ] {
            assert!(
                links
                    .iter()
                    .any(|l| l == &format!("../{locale}/for/{status}/")),
                "{locale}: no link to {status}"
            );
        }
    }
}

#[test]
fn status_pages_gather_sections_for_that_status() {
    let site = harness::shipped_site();
    let page = String::from_utf8(
        site.get("en/for/green-card/index.html")
            .unwrap()
            .body()
            .to_vec(),
    )
    .unwrap();
    assert!(
        page.contains("class=\"for-section\""),
        "no status sections gathered"
    );
    assert!(page.contains("for-green-card"));
    assert!(
        !page.contains("class=\"for-us-citizen\""),
        "another status's section leaked in"
    );
    // Each gathered section links back to its place in the full article.
    assert!(
        page.contains("../../../en/photo-opt-out/#"),
        "no link back to the article"
    );
}
