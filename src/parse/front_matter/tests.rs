use super::*;
use crate::model::{SourceDate, Status, TranslatedBy};

const VALID: &str = r#"+++
title = "Leaving by land"
summary = "What happens at the exit lane."
order = 10
updated = 2026-11-22
review_due = 2027-05-22
applies_to = ["us-citizen", "green-card"]

[[sources]]
title = "Rule"
publisher = "Federal Register"
date = 2025-10-27
url = "https://www.govinfo.gov/rule"

[[sources]]
title = "Story"
publisher = "WIRED"
date = "2025-05"
via = "https://copy.example.org/story"
+++

## In short {#in-short}
"#;

fn run(text: &str) -> (Option<FrontMatter>, Vec<String>) {
    let mut diags = Diagnostics::default();
    let split = split(text).expect("fences");
    let fm = parse(&split, "a.md", &mut diags);
    (fm, diags.sorted().iter().map(|d| d.to_string()).collect())
}

#[test]
fn valid_front_matter() {
    let (fm, msgs) = run(VALID);
    assert!(msgs.is_empty(), "{msgs:?}");
    let fm = fm.unwrap();
    assert_eq!(fm.title, "Leaving by land");
    assert_eq!(fm.order, 10);
    assert_eq!(fm.updated.to_string(), "2026-11-22");
    assert_eq!(fm.applies_to, [Status::UsCitizen, Status::GreenCard]);
    assert_eq!(fm.sources.len(), 2);
    assert_eq!(fm.sources[1].date, Some(SourceDate::Month(2025, 5)));
    assert_eq!(fm.sources[1].url, None);
    assert!(fm.legal_review.is_none());
    assert!(fm.translation.is_none());
}

#[test]
fn split_reports_body_line() {
    let s = split(VALID).unwrap();
    assert_eq!(s.front_line, 2);
    assert_eq!(s.body_line, 21);
    assert!(s.body.starts_with("\n## In short"));
    assert_eq!(split("title = 1\n").unwrap_err().0, 1);
    assert!(
        split("+++\ntitle = 1\n")
            .unwrap_err()
            .1
            .contains("not closed")
    );
}

#[test]
fn missing_field() {
    let (fm, msgs) = run(&VALID.replace("summary = \"What happens at the exit lane.\"\n", ""));
    assert!(fm.is_none());
    assert_eq!(msgs.len(), 1);
    assert!(msgs[0].starts_with("a.md:"), "{msgs:?}");
    assert!(
        msgs[0].contains("missing required key `summary`"),
        "{msgs:?}"
    );
}

#[test]
fn wrong_type_points_at_line() {
    let (fm, msgs) = run(&VALID.replace("order = 10", "order = \"ten\""));
    assert!(fm.is_none());
    assert_eq!(msgs.len(), 1);
    assert!(msgs[0].starts_with("a.md:4: error:"), "{msgs:?}");
}

#[test]
fn quoted_date_gets_a_hint() {
    let (_, msgs) = run(&VALID.replace("updated = 2026-11-22", "updated = \"2026-11-22\""));
    assert!(msgs[0].starts_with("a.md:5: error:"), "{msgs:?}");
    assert!(msgs[0].contains("without quotes"), "{msgs:?}");
}

#[test]
fn unknown_key_points_at_line() {
    let (fm, msgs) = run(&VALID.replace("order = 10", "order = 10\nsumary = \"x\""));
    assert!(fm.is_none());
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert!(
        msgs[0].starts_with("a.md:5: error: unknown key `sumary`"),
        "{msgs:?}"
    );
}

#[test]
fn semantic_errors_are_all_reported() {
    let text = VALID
        .replace("\"green-card\"]", "\"tourist\"]")
        .replace(
            "https://www.govinfo.gov/rule",
            "http://www.govinfo.gov/rule",
        )
        .replace("date = \"2025-05\"", "date = \"May 2025\"");
    let (fm, msgs) = run(&text);
    assert!(fm.is_none());
    assert_eq!(msgs.len(), 3, "{msgs:?}");
    assert!(
        msgs[0].starts_with("a.md:7: error: unknown status `tourist`"),
        "{msgs:?}"
    );
    assert!(
        msgs[1].starts_with("a.md:9: error: source `Rule`: `url` must"),
        "{msgs:?}"
    );
    assert!(
        msgs[2].starts_with("a.md:15: error: source `Story`: `date` must"),
        "{msgs:?}"
    );
}

#[test]
fn translation_record() {
    let text = VALID.replace(
        "order = 10",
        "order = 10\ntranslated_from = \"ABCDEF0123456789\"\ntranslated_by = \"machine\"\nreviewed_by_human = false",
    );
    let (fm, msgs) = run(&text);
    assert!(msgs.is_empty(), "{msgs:?}");
    let tr = fm.unwrap().translation.unwrap();
    assert_eq!(tr.from.as_deref(), Some("abcdef0123456789"));
    assert_eq!(tr.by, Some(TranslatedBy::Machine));
    assert!(!tr.reviewed_by_human);

    let (_, msgs) = run(&text.replace("\"machine\"", "\"robot\""));
    assert!(
        msgs[0].contains("use \"machine\" or \"person\""),
        "{msgs:?}"
    );
}

#[test]
fn urls() {
    assert!(is_https_url("https://www.cbp.gov/travel"));
    assert!(!is_https_url("https://"));
    assert!(!is_https_url("https://localhost/x"));
    assert!(!is_https_url("https://a.b/x y"));
    assert!(!is_https_url("ftp://a.b"));
}

#[test]
fn every_mistake_of_a_file_at_once() {
    let text = r#"+++
title = "Leaving"
sumary = "Typo in a key."
order = "ten"
updated = 12/05/2026
review_due = 2027-05-22
applies_to = ["citizen", "visa", 3]
translated_by = "robot"

[[sources]]
title = "Rule"
publisher = "Federal Register"
date = 2025-10-27
url = "http://www.govinfo.gov/rule"
+++
"#;
    let (fm, msgs) = run(text);
    assert!(fm.is_none());
    let expected = [
        "a.md:2: error: missing required key `summary`: add it to the front matter",
        "a.md:3: error: unknown key `sumary`: did you mean `summary`?",
        "a.md:4: error: `order`: invalid type: string \"ten\", expected a whole number like `10`",
        "a.md:5: error: `12/05/2026` is not a date TOML can read: write dates as YYYY-MM-DD, without quotes (e.g. `2026-05-12` for 12 May 2026)",
        "a.md:7: error: `applies_to`: invalid type: integer `3`, expected a string",
        "a.md:7: error: unknown status `citizen` in `applies_to`: did you mean `us-citizen`?; use one of `us-citizen`, `green-card`, `visa`, `visitor-ca-mx`, `pending-or-parole`, `no-status`",
        "a.md:8: error: `translated_by` is `robot`: use \"machine\" or \"person\"",
        "a.md:10: error: source `Rule`: `url` must be a full address starting with `https://`",
    ];
    assert_eq!(msgs, expected, "\n{}", msgs.join("\n"));
}
