//! Dated claims, the translation rule for numbers, and the back-translation record: what
//! `paso check` says about them, with their lines, and what readers see.

use paso::render::urls::LinkStyle;

use crate::harness;

fn lines() -> Vec<String> {
    let prefix = format!("{}/", harness::fixture_dir("claims").display());
    harness::diagnostics(&harness::fixture("claims"))
        .into_iter()
        .map(|l| l.replace(&prefix, ""))
        .collect()
}

#[test]
fn check_reports_bad_and_past_due_claims_and_changed_numbers() {
    let lines = lines();
    let has = |needle: &str| lines.iter().any(|l| l.contains(needle));
    // A malformed marker is an error with its line, in every language.
    assert!(
        has("content/en/first.md:30: error: dated claim `{as-of 2026-11-01}`"),
        "{lines:#?}"
    );
    assert!(
        has("content/es/first.md:34: error: dated claim `{as-of 2026-11-01}`"),
        "{lines:#?}"
    );
    // The past-due claim is named once, in English, with its line; the far one is not.
    assert!(
        has("content/en/first.md:24: warning: dated claim past due: recheck by 2026-06-01"),
        "{lines:#?}"
    );
    assert!(!has("2099-03-19 ("), "{lines:#?}");
    assert_eq!(
        lines.iter().filter(|l| l.contains("past due")).count(),
        1,
        "{lines:#?}"
    );
    // The translation wrote the amount differently: both sides are named.
    assert!(
        has("content/es/first.md: warning: `2,600` (content/en/first.md:24) is missing here"),
        "{lines:#?}"
    );
    assert!(
        has("content/es/first.md:28: warning: `2.700` is not in content/en/first.md"),
        "{lines:#?}"
    );
    // Everything else (dates written in Spanish, the form, the phone, the URL) matches.
    let number_warnings: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("must be written as in English"))
        .collect();
    assert_eq!(number_warnings.len(), 2, "{number_warnings:#?}");
}

#[test]
fn readers_see_as_of_dates_and_the_back_translation_notice() {
    // The fixture has errors (the broken markers); without them it renders.
    let dir = tempfile::tempdir().unwrap();
    let src = harness::fixture_dir("claims");
    for rel in [
        "content/site.toml",
        "content/en/first.md",
        "content/es/first.md",
    ] {
        let to = dir.path().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        let text = std::fs::read_to_string(src.join(rel))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with("2. "))
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(to, text + "\n").unwrap();
    }
    // The English text changed: the translation follows it.
    let en = std::fs::read_to_string(dir.path().join("content/en/first.md")).unwrap();
    let es_path = dir.path().join("content/es/first.md");
    let es = std::fs::read_to_string(&es_path).unwrap();
    let old = es
        .lines()
        .find(|l| l.starts_with("translated_from"))
        .unwrap();
    let es = es.replace(
        old,
        &format!("translated_from = \"{}\"", paso::parse::hash_text(&en)),
    );
    std::fs::write(&es_path, es).unwrap();
    let source = paso::source::Source::embedded()
        .retain(|p| p.starts_with("locales/") || p.starts_with("static/"))
        .overlaid_with(dir.path())
        .unwrap();
    let site = harness::compile(&source, LinkStyle::Pretty);
    // Fluent isolates the date; the marks do not matter here.
    let page = |key: &str| {
        String::from_utf8(site.get(key).expect(key).body().to_vec())
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    let en = page("en/first/index.html");
    assert!(
        en.contains(
            "The payment is $2,600 <span class=\"as-of\"><time datetime=\"2026-01-21\">(as of January 21, 2026)</time></span>."
        ),
        "{en}"
    );
    assert!(!en.contains("{as-of"), "the marker itself is not shown");
    let es = page("es/first/index.html");
    assert!(es.contains("(al 21 de enero de 2026)"), "{es}");
    assert!(
        es.contains("Traducción automática, revisada con una traducción de vuelta"),
        "{es}"
    );
    assert!(!es.contains("{as-of"));
}

/// The shipped English guide (content v2): no dated claim is past due, the claims the review
/// found time-bound carry a marker, and the systems the guide exists to explain are named
/// where leavers look.
#[test]
fn shipped_guide_has_no_past_due_claims_and_names_its_systems() {
    let checked = paso::check(&harness::shipped());
    let past_due: Vec<String> = checked
        .diagnostics
        .sorted()
        .iter()
        .map(|d| d.to_string())
        .filter(|l| l.contains("past due"))
        .collect();
    assert!(past_due.is_empty(), "{past_due:#?}");
    let content = checked.content.expect("the shipped guide parses");
    let en = |slug: &str| &content.articles[slug]["en"];
    // Time-bound claims are marked: the CBP Home exit pilot ends around Mar 19, 2027.
    for slug in ["leaving-by-land", "leaving-for-good", "photo-opt-out"] {
        assert!(
            en(slug)
                .doc
                .claims
                .iter()
                .any(|c| c.recheck.to_string() == "2027-03-19"),
            "{slug}: the VSRE pilot's end is not a dated claim"
        );
    }
    let source = harness::shipped();
    let text = |slug: &str| {
        String::from_utf8_lossy(&source.get(&format!("content/en/{slug}.md")).unwrap().bytes)
            .into_owned()
    };
    for (slug, fact) in [
        ("leaving-by-land", "ImmigrationOS"),
        ("leaving-for-good", "ImmigrationOS"),
        ("what-is-kept", "ImmigrationOS"),
        ("glossary", "### ImmigrationOS"),
        ("leaving-by-land", "Parole ends when you leave"),
        ("away-from-the-border", "100 **air** miles"),
        ("glossary", "100 air miles"),
        ("leaving-for-good", "$2,600"),
        ("what-is-kept", "**ADIS**"),
        ("what-is-kept", "**BCI**"),
        ("what-is-kept", "**ATS**"),
        ("photo-opt-out", "Do not refuse a photo"),
    ] {
        assert!(
            text(slug).contains(fact),
            "content/en/{slug}.md no longer says {fact:?}"
        );
    }
    // Sources the review could not confirm are gone.
    for slug in content.articles.keys() {
        let t = text(slug);
        for gone in [
            "law-visa-usa.com/blog-usa-immigration-law-updates/category/i407d40f19a3bd",
            "trahan.house.gov/know-your-rights",
            "1612514",
            "immpolicytracking.org/policies/ice-authorizes-forceful-entries",
            "stepstojustice.ca/steps/refugee-law/2-learn-about-exceptions-to-the-stca",
            "continuity of operations",
        ] {
            assert!(
                !t.contains(gone),
                "content/en/{slug}.md still cites {gone:?}"
            );
        }
    }
}
