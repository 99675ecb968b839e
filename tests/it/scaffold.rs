//! `paso new` and `paso translate`, through the real binary: the skeletons pass `paso check`
//! except for what they ask to fill, and `paso check` then says how far a translation is behind.

use std::path::Path;
use std::process::Command;

fn paso(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_paso"))
        .args(args)
        .arg("--content")
        .arg(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn problems(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|l| l.contains(": error: ") || l.contains(": warning: "))
        .collect()
}

#[test]
fn new_article_passes_check_except_for_its_sources() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = paso(
        dir.path(),
        &["new", "bus-stops", "--title", "At a bus stop"],
    );
    assert_eq!(code, 0, "{out}{err}");
    let file = dir.path().join("content/en/bus-stops.md");
    let text = std::fs::read_to_string(&file).unwrap();
    let today = paso::date::Date::today();
    assert!(text.contains("title = \"At a bus stop\""));
    assert!(text.contains(&format!("updated = {today}")));
    assert!(text.contains(&format!("review_due = {}", today.add_months(6))));
    assert!(text.contains("## In short {#in-short}"));
    assert!(text.contains("## What you can do {#what-you-can-do}"));

    let (code, out, _) = paso(dir.path(), &["check"]);
    assert_eq!(code, 1, "the empty sources are errors: {out}");
    let found = problems(&out);
    assert!(!found.is_empty());
    for line in &found {
        assert!(line.contains("bus-stops.md"), "only the new file: {line}");
        assert!(line.contains("source"), "only its sources: {line}");
    }
    // Filled in, the article passes.
    let filled = text
        .replacen(
            "title = \"\"\npublisher = \"\"",
            "title = \"Rule\"\npublisher = \"Federal Register\"",
            1,
        )
        .replacen(
            "title = \"\"\npublisher = \"\"",
            "title = \"Story\"\npublisher = \"WIRED\"",
            1,
        )
        .replacen("url = \"\"", "url = \"https://www.govinfo.gov/rule\"", 1)
        .replacen("url = \"\"", "url = \"https://www.wired.com/story\"", 1);
    std::fs::write(&file, filled).unwrap();
    let (code, out, _) = paso(dir.path(), &["check"]);
    assert_eq!(code, 0, "{out}");
    assert!(problems(&out).is_empty(), "{out}");

    // A second `new` with the same name writes nothing.
    let (code, _, err) = paso(dir.path(), &["new", "bus-stops"]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    let (code, _, err) = paso(dir.path(), &["new", "Bus Stops"]);
    assert_eq!(code, 1);
    assert!(err.contains("`bus-stops`"), "{err}");
}

#[test]
fn translate_then_the_english_changes_and_check_says_how_far_behind() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content/en")).unwrap();
    let english = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic/content/en/second.md"),
    )
    .unwrap();
    std::fs::write(dir.path().join("content/en/second.md"), &english).unwrap();

    let (code, out, err) = paso(dir.path(), &["translate", "ht", "second"]);
    assert_eq!(code, 0, "{out}{err}");
    let tr = std::fs::read_to_string(dir.path().join("content/ht/second.md")).unwrap();
    let hash = paso::parse::hash_text(&english);
    assert!(
        tr.contains(&format!("translated_from = \"{hash}\"")),
        "{tr}"
    );
    assert!(
        tr.ends_with(english.split("+++").nth(2).unwrap()),
        "English text in place"
    );
    let (code, out, _) = paso(dir.path(), &["check"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("second ") && l.contains(" unreviewed")),
        "{out}"
    );

    // The English file gets a new section and a later date: the translation is behind.
    let updated = english.replace("updated = 2025-01-01", "updated = 2025-01-31")
        + "\n## New rules {#new-rules}\n\nSomething changed.\n";
    std::fs::write(dir.path().join("content/en/second.md"), updated).unwrap();
    let (_, out, _) = paso(dir.path(), &["check"]);
    assert!(
        out.contains("ht/second: 30 day(s) behind (source updated 2025-01-31, translation 2025-01-01); sections it lacks: #new-rules"),
        "{out}"
    );

    // Mistakes are refused with a hint.
    let (code, _, err) = paso(dir.path(), &["translate", "sp", "second"]);
    assert_eq!(code, 1);
    assert!(err.contains("is not in `locales`"), "{err}");
    let (code, _, err) = paso(dir.path(), &["translate", "es", "secnd"]);
    assert_eq!(code, 1);
    assert!(err.contains("did you mean `second`?"), "{err}");
    let (code, _, err) = paso(dir.path(), &["translate", "ht", "second"]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn build_and_serve_hints_repeat_the_content_folder() {
    let broken = crate::harness::fixture_dir("broken");
    let out = Command::new(env!("CARGO_BIN_EXE_paso"))
        .args(["build", "--out"])
        .arg(tempfile::tempdir().unwrap().path().join("out"))
        .arg("--content")
        .arg(&broken)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("`paso check --content {}`", broken.display())),
        "{err}"
    );
}

#[test]
fn a_local_toml_next_to_content_gets_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("local.toml"),
        "[[contacts]]\nname = \"X\"\n",
    )
    .unwrap();
    let (_, out, _) = paso(dir.path(), &["check"]);
    assert!(
        out.contains(
            "local.toml: warning: ignored: Paso reads local contacts only from `content/local.toml`"
        ),
        "{out}"
    );
}
