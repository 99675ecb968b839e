//! `paso check`: fixture folders with known mistakes give exactly the expected
//! `path:line` diagnostics, and the exit codes say whether there were errors.

use crate::harness;

fn relative(lines: Vec<String>, case: &str) -> Vec<String> {
    let prefix = format!("{}/", harness::fixture_dir(case).display());
    lines.into_iter().map(|l| l.replace(&prefix, "")).collect()
}

#[test]
fn broken_fixture_reports_every_mistake_with_its_line() {
    let lines = relative(harness::diagnostics(&harness::fixture("broken")), "broken");
    // Every problem of every file: a.md's five missing keys and its unknown key together,
    // and b.md's links even though its front matter has errors.
    let expected = [
        "content/en/Bad_Name.md: error: invalid file name `Bad_Name.md`: use lowercase letters a-z, digits and `-` (e.g. `bad-name.md`)",
        "content/en/a.md:2: error: missing required key `applies_to`: add it to the front matter",
        "content/en/a.md:2: error: missing required key `review_due`: add it to the front matter",
        "content/en/a.md:2: error: missing required key `sources`: add it to the front matter",
        "content/en/a.md:2: error: missing required key `summary`: add it to the front matter",
        "content/en/a.md:2: error: missing required key `updated`: add it to the front matter",
        "content/en/a.md:3: error: unknown key `sumary`: did you mean `summary`?",
        "content/en/b.md:7: error: unknown status `tourist` in `applies_to`; use one of `us-citizen`, `green-card`, `visa`, `visitor-ca-mx`, `pending-or-parole`, `no-status`",
        "content/en/b.md:9: error: source `Only one`: `url` must be a full address starting with `https://`",
        "content/en/b.md:18: error: link `c.md#nothing` points to a heading `#nothing` that `content/en/c.md` does not have (its ids: in-short, what-you-can-do)",
        "content/en/b.md:18: error: link `nope.md` points to an article that does not exist: there is no `content/en/nope.md`",
        "content/en/b.md:20: error: unknown status class `.for-tourists`: use one of `.for-us-citizen`, `.for-green-card`, `.for-visa`, `.for-visitor-ca-mx`, `.for-pending-or-parole`, `.for-no-status`",
        "content/es/c.md: warning: no translation record: add `translated_from = \"5052fdc6288b2345\"`, `translated_by` and `reviewed_by_human`; readers see \"not yet reviewed\"",
        "content/es/orphan.md: error: there is no `content/en/orphan.md`: every article must exist in the source locale `en`",
        "locales/es/main.ftl: error: missing message `not-found-home` (it is in `locales/en/main.ftl`): translate it",
        "locales/es/main.ftl:142: error: unknown message `extra-key`: it is not in `locales/en/main.ftl`",
        "locales/es/main.ftl:143: error: Fluent syntax: Expected one of \"a-zA-Z\"",
    ];
    assert_eq!(lines, expected, "\n{}", lines.join("\n"));
}

#[test]
fn links_and_lints_are_checked_once_front_matter_is_valid() {
    // b.md's front matter has errors, so it is left out; fixed, its body is checked.
    let dir = tempfile::tempdir().unwrap();
    let src = harness::fixture_dir("broken");
    let copy = |rel: &str| {
        let to = dir.path().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(src.join(rel), &to).unwrap();
    };
    copy("content/site.toml");
    copy("content/en/c.md");
    let b = std::fs::read_to_string(src.join("content/en/b.md"))
        .unwrap()
        .replace(", \"tourist\"", "")
        .replace("http://", "https://")
        .replace(".for-tourists", ".for-visa");
    std::fs::write(dir.path().join("content/en/b.md"), b).unwrap();
    let source = paso::source::Source::embedded()
        .retain(|p| {
            p.starts_with("locales/en") || p.starts_with("locales/es") || p.starts_with("static/")
        })
        .overlaid_with(dir.path())
        .unwrap();
    let prefix = format!("{}/", dir.path().display());
    let lines: Vec<String> = harness::diagnostics(&source)
        .into_iter()
        .map(|l| l.replace(&prefix, ""))
        .collect();
    let expected = [
        "content/en/b.md: warning: 1 source(s): every article needs at least two `[[sources]]`",
        "content/en/b.md: warning: no `What you can do` section: add a heading `## What you can do {#what-you-can-do}`",
        "content/en/b.md:18: error: link `c.md#nothing` points to a heading `#nothing` that `",
        "content/en/b.md:18: error: link `nope.md` points to an article that does not exist: there is no `content/en/nope.md`",
        "content/en/b.md:22: warning: sentence of 40 words (\"A very long sentence that goes …\"): shorten it (at most 30)",
    ];
    assert_eq!(lines.len(), expected.len(), "\n{}", lines.join("\n"));
    for (line, want) in lines.iter().zip(expected) {
        assert!(
            line.starts_with(want),
            "\n{line}\ndoes not start with\n{want}"
        );
    }
}

#[test]
fn exit_codes() {
    let bin = env!("CARGO_BIN_EXE_paso");
    let shipped = std::process::Command::new(bin)
        .arg("check")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&shipped.stdout);
    assert_eq!(shipped.status.code(), Some(0), "{out}");
    assert!(out.contains("0 error(s)"), "{out}");

    let broken = std::process::Command::new(bin)
        .args(["check", "--content"])
        .arg(harness::fixture_dir("broken"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&broken.stdout);
    assert_eq!(broken.status.code(), Some(1), "{out}");
    assert!(
        out.contains("content/en/a.md:3: error: unknown key `sumary`"),
        "{out}"
    );

    let json = std::process::Command::new(bin)
        .args(["check", "--format", "json", "--content"])
        .arg(harness::fixture_dir("broken"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(v["errors"].as_u64().unwrap() >= 9);
    assert_eq!(json.status.code(), Some(1));
}

#[test]
fn serve_refuses_to_start_on_bad_content() {
    let bin = env!("CARGO_BIN_EXE_paso");
    let res = std::process::Command::new(bin)
        .args(["serve", "--addr", "127.0.0.1:0", "--content"])
        .arg(harness::fixture_dir("broken"))
        .output()
        .unwrap();
    assert_eq!(res.status.code(), Some(1));
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(err.contains("a.md:3: error: unknown key `sumary`"), "{err}");
    assert!(err.contains("the content has"), "{err}");
}

#[test]
fn translation_report_names_missing_keys_outdated_and_missing_articles() {
    let checked = paso::check(&harness::fixture("report"));
    let expected = "\
article  en          es
first    ok          outdated
second   ok          missing
behind:
es/first: 0 day(s) behind (source updated 2026-11-01, translation 2026-11-01)
es: UI keys missing: read-original; unused: none
";
    assert_eq!(paso::report::text(&checked), expected);
    let lines = relative(harness::diagnostics(&harness::fixture("report")), "report");
    assert_eq!(
        lines,
        [
            "content/es/first.md: warning: outdated: `content/en/first.md` changed after this translation was made; update the text, then set `translated_from = \"537fb2bc50da1557\"`",
            "locales/es/main.ftl: error: missing message `read-original` (it is in `locales/en/main.ftl`): translate it",
        ]
    );
    let json = paso::report::json(&checked);
    assert_eq!(json["translations"]["es"]["first"], "outdated");
    assert_eq!(json["translations"]["es"]["second"], "missing");
    assert_eq!(json["translations"]["en"]["first"], "ok");
    assert_eq!(json["ui_keys"]["es"]["missing"][0], "read-original");
    assert_eq!(json["errors"], 1);
    assert_eq!(json["warnings"], 1);
}

#[test]
fn every_mistake_of_every_file_in_one_run() {
    let lines = relative(
        harness::diagnostics(&harness::fixture("mistakes")),
        "mistakes",
    );
    let expected = [
        "content/en/local.toml: warning: ignored: Paso reads local contacts only from `content/local.toml`: move this file there",
        "content/en/one.md:2: error: missing required key `summary`: add it to the front matter",
        "content/en/one.md:3: error: unknown key `sumary`: did you mean `summary`?",
        "content/en/one.md:4: error: `order`: invalid type: string \"first\", expected a whole number like `10`",
        "content/en/one.md:5: error: `12/05/2026` is not a date TOML can read: write dates as YYYY-MM-DD, without quotes (e.g. `2026-05-12` for 12 May 2026)",
        "content/en/one.md:7: error: unknown status `citizen` in `applies_to`: did you mean `us-citizen`?; use one of `us-citizen`, `green-card`, `visa`, `visitor-ca-mx`, `pending-or-parole`, `no-status`",
        "content/en/one.md:9: error: source `Rule`: `url` must be a full address starting with `https://`",
        "content/en/one.md:16: error: a `#` heading makes a second page title: use `##` for sections (the title comes from `title` in the front matter)",
        "content/en/one.md:20: error: link `thre.md` points to an article that does not exist: there is no `content/en/thre.md`: did you mean `three`?",
        "content/en/one.md:20: error: link `three.md#detail` points to a heading `#detail` that `content/en/three.md` does not have: did you mean `details`? (its ids: in-short, details, what-you-can-do)",
        "content/en/one.md:24: error: link `#nowhere` points to a heading this article does not have",
        "content/es/one.md: warning: not checked against `content/en/one.md`, which has errors: fix that file first",
        "content/es/three.md:3: error: unknown key `resumen`",
        "content/es/three.md:4: error: `summary`: invalid type: integer `3`, expected a string",
        "content/local.toml:1: error: unknown key `contact`: did you mean `contacts`?; `local.toml` holds `[[contacts]]` tables",
        "content/local.toml:6: error: `contacts`: unknown key `hour`: did you mean `hours`?",
    ];
    assert_eq!(lines, expected, "\n{}", lines.join("\n"));
    // The broken translation is "broken" in the report, not "missing".
    let checked = paso::check(&harness::fixture("mistakes"));
    let report = paso::report::text(&checked);
    assert!(
        report
            .lines()
            .any(|l| l.split_whitespace().eq(["three", "ok", "broken"])),
        "{report}"
    );
    assert_eq!(
        paso::report::json(&checked)["translations"]["es"]["three"],
        "broken"
    );
}
