//! Editors steer search: `questions` in front matter show as "This page answers" and weigh in
//! ranking, `content/<locale>/search.toml` synonyms expand a reader's words (and `paso check`
//! reports a bad file at its line), and a search that finds nothing suggests close words.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use paso::render::urls::LinkStyle;
use paso::search::Outcome;
use paso::source::Source;
use tower::ServiceExt;

use crate::harness;

/// The shipped guide with extra files laid over it.
fn overlaid(files: &[(&str, &str)]) -> (tempfile::TempDir, Source) {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let to = dir.path().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(to, text).unwrap();
    }
    let source = Source::embedded().overlaid_with(dir.path()).unwrap();
    (dir, source)
}

fn shipped_text(path: &str) -> String {
    String::from_utf8(Source::embedded().get(path).unwrap().bytes.to_vec()).unwrap()
}

fn first(site: &paso::site::Site, locale: &str, q: &str) -> Vec<String> {
    match site.search[locale].index.search(q) {
        Outcome::Hits(h) => h.into_iter().map(|h| h.slug).collect(),
        other => panic!("{q:?}: {other:?}"),
    }
}

#[test]
fn questions_show_near_the_top_in_every_locale() {
    let site = harness::shipped_site();
    for locale in &site.locales {
        let html = harness::page(&site, &format!("{locale}/photo-opt-out/index.html"));
        let answers = html
            .split("<details class=\"answers\">")
            .nth(1)
            .unwrap_or_else(|| panic!("{locale}: no \"This page answers\""));
        assert!(
            answers.contains("<li>"),
            "{locale}: the questions are listed"
        );
        // Before the article's text ("In short").
        assert!(
            html.find("class=\"answers\"").unwrap() < html.find("id=\"in-short\"").unwrap(),
            "{locale}: the questions come before \"In short\""
        );
    }
    let html = harness::page(&site, "en/photo-opt-out/index.html");
    assert!(html.contains("<summary>This page answers</summary>"));
}

#[test]
fn a_word_only_in_an_articles_questions_finds_it() {
    // A made-up word no article uses, given to one article's questions.
    let path = "content/en/glossary.md";
    let text = shipped_text(path);
    let text = text.replacen(
        "questions = [",
        "questions = [\"What is a quokkaphone?\", ",
        1,
    );
    let (_dir, source) = overlaid(&[(path, &text)]);
    let site = harness::compile(&source, LinkStyle::Pretty);
    assert_eq!(first(&site, "en", "quokkaphone")[0], "glossary");
    // And the shipped guide, without it, finds nothing for it.
    assert!(first(&harness::shipped_site(), "en", "quokkaphone ").is_empty());
}

#[test]
fn synonyms_expand_a_readers_words() {
    let toml =
        "groups = [\n  [\"zorblat\", \"fingerprints\"],\n  [\"blorf quux\", \"passport\"],\n]\n";
    let (_dir, source) = overlaid(&[("content/en/search.toml", toml)]);
    let site = harness::compile(&source, LinkStyle::Pretty);
    let shipped = harness::shipped_site();
    assert!(first(&shipped, "en", "zorblat ").is_empty());
    let with = first(&site, "en", "zorblat ");
    assert_eq!(
        with,
        first(&site, "en", "fingerprints "),
        "a synonym finds what its group's word finds"
    );
    // A phrase counts when all its words are typed, and only then.
    assert_eq!(
        first(&site, "en", "blorf quux "),
        first(&site, "en", "passport ")
    );
    assert!(first(&site, "en", "blorf ").is_empty());
    // The offline index carries the groups.
    let json = site.search["en"].index.to_json(true);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["y"].to_string().contains("zorblat"), "{}", v["y"]);
}

#[test]
fn check_reports_a_bad_search_toml_at_its_lines() {
    let toml = "grups = 1\ngroups = [\n  [\"photo\"],\n  [\"cell\", \"phone\"],\n  [\"mobile\", \"cell\"],\n]\n";
    let (dir, source) = overlaid(&[("content/en/search.toml", toml)]);
    let prefix = format!("{}/", dir.path().display());
    let lines: Vec<String> = harness::diagnostics(&source)
        .into_iter()
        .map(|l| l.replace(&prefix, ""))
        .filter(|l| l.contains("search.toml"))
        .collect();
    assert_eq!(
        lines,
        [
            "content/en/search.toml:1: error: unknown key `grups`: did you mean `groups`?; `search.toml` holds `groups = [[\"photo\", \"picture\"], …]`",
            "content/en/search.toml:3: error: a group needs two entries or more (the words that mean the same)",
            "content/en/search.toml:5: error: \"cell\" is already in the group on line 4: put the words in one group",
        ],
        "\n{}",
        lines.join("\n")
    );
}

#[test]
fn check_reports_bad_questions() {
    let path = "content/en/glossary.md";
    let text = shipped_text(path);
    let text = text.replacen(
        "questions = [",
        "questions = [\"\", \"Same?\", \"Same?\", ",
        1,
    );
    let (dir, source) = overlaid(&[(path, &text)]);
    let prefix = format!("{}/", dir.path().display());
    let lines: Vec<String> = harness::diagnostics(&source)
        .into_iter()
        .map(|l| l.replace(&prefix, ""))
        .filter(|l| l.contains("questions"))
        .collect();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines[0].starts_with("content/en/glossary.md:4: error: a question in `questions` is empty")
    );
    assert!(lines[1].contains("\"Same?\" is listed twice"));
}

#[tokio::test]
async fn nothing_found_suggests_close_words_as_links() {
    let res = paso::server::app(harness::shipped_site())
        .oneshot(
            Request::get("/en/search/?q=phtoo")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let html =
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    let suggest = html
        .split("<p class=\"search-suggest\">")
        .nth(1)
        .expect("a did-you-mean line")
        .split("</p>")
        .next()
        .unwrap();
    assert!(suggest.starts_with("Did you mean:"), "{suggest}");
    assert!(
        suggest.contains("<a href=\"?q=photo\">photo</a>"),
        "{suggest}"
    );
    // The topics are still listed below.
    assert!(html.contains("id=\"all-topics\""));
    // Without a close word, no suggestion line, and still the topics.
    let res = paso::server::app(harness::shipped_site())
        .oneshot(
            Request::get("/en/search/?q=xqzvwk")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let html =
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(!html.contains("search-suggest"));
    assert!(html.contains("id=\"all-topics\""));
}
