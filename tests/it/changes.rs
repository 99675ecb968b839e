//! "What changed" (`[[changes]]` in an article's front matter): the article shows its latest
//! two entries after its text, the About page lists every version's changes, translations
//! show their own entries or the source's, and `paso check` accepts the form editors use.

use paso::render::urls::LinkStyle;
use paso::source::Source;

use crate::harness;

/// Two texts from `CHANGES-2026.12.1.toml` (issue 13), in the front-matter form editors write.
const LEAVING: &str = "Now starts with what happens at the exit lane today and what to carry. Adds that parole ends when you leave, and explains ICE's ImmigrationOS. The history of CBP's exit-photo plans is shorter and comes last.";
const PHOTO: &str = "Tells non-citizens first: do not refuse the photo. Says the rule has covered Canadian visitors since December 26, 2025, and when the CBP Home exit pilot ends.";

fn entry(version: &str, date: &str, text: &str) -> String {
    format!("\n[[changes]]\nversion = \"{version}\"\ndate = {date}\ntext = \"{text}\"\n")
}

/// `text` without the `[[changes]]` entries in its front matter (the shipped articles have
/// their own; the tests below add theirs to a guide without any).
fn without_changes(text: String) -> String {
    if !text.starts_with("+++\n") {
        return text;
    }
    let Some(end) = text[4..].find("\n+++\n").map(|i| i + 4) else {
        return text;
    };
    let mut front = String::new();
    let mut skipping = false;
    for line in text[..end].split_inclusive('\n') {
        let t = line.trim();
        if t == "[[changes]]" {
            skipping = true;
            continue;
        }
        if skipping && t.starts_with('[') {
            skipping = false;
        }
        if !skipping {
            front.push_str(line);
        }
    }
    let front = front.trim_end().to_string();
    front + &text[end..]
}

/// The shipped guide at 2026.12.1 without its "What changed" entries, with `extra` appended
/// to the front matter of some files.
fn guide(extra: &[(&str, String)]) -> Source {
    let files: Vec<(String, Vec<u8>)> = Source::embedded()
        .files()
        .map(|(p, f)| {
            let mut text = String::from_utf8(f.bytes.to_vec()).unwrap();
            if p.ends_with(".md") {
                text = without_changes(text);
            }
            if p == "content/site.toml" {
                text = text.replace(
                    "content_version = \"2026.11.1\"",
                    "content_version = \"2026.12.1\"",
                );
            }
            for (path, add) in extra {
                if p == *path {
                    let end = text[4..].find("\n+++\n").unwrap() + 4;
                    text.insert_str(end, add.trim_end());
                }
            }
            (p.to_string(), text.into_bytes())
        })
        .collect();
    Source::from_memory(files)
}

fn page(site: &paso::site::Site, key: &str) -> String {
    String::from_utf8(
        site.get(key)
            .unwrap_or_else(|| panic!("{key}"))
            .body()
            .to_vec(),
    )
    .unwrap()
    // Without Fluent's isolation marks around arguments.
    .replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn articles_show_their_latest_changes_and_about_lists_every_version() {
    let source = guide(&[
        (
            "content/en/leaving-by-land.md",
            entry("2026.12.1", "2026-12-01", LEAVING)
                + &entry("2026.11.1", "2026-11-01", "The November text.")
                + &entry("2026.10.1", "2026-10-01", "The October text."),
        ),
        (
            "content/en/photo-opt-out.md",
            entry("2026.12.1", "2026-12-01", PHOTO),
        ),
        (
            "content/es/leaving-by-land.md",
            entry(
                "2026.12.1",
                "2026-12-01",
                "Ahora empieza por lo que pasa hoy en el carril de salida.",
            ),
        ),
    ]);
    let diags = harness::diagnostics(&source);
    assert!(
        !diags
            .iter()
            .any(|d| d.contains("changes") || d.contains("error")),
        "{diags:#?}"
    );
    let site = harness::compile(&source, LinkStyle::Pretty);

    let en = page(&site, "en/leaving-by-land/index.html");
    let section = &en[en
        .find("<section class=\"changes\"")
        .expect("a What changed section")..];
    let section = &section[..section.find("</section>").unwrap()];
    assert!(section.contains("What changed"), "{section}");
    assert!(section.contains("Version 2026.12.1"), "{section}");
    assert!(section.contains("ImmigrationOS"), "{section}");
    assert!(section.contains("The November text."), "{section}");
    assert!(
        !section.contains("The October text."),
        "only the latest two: {section}"
    );
    assert!(
        section.find("2026.12.1").unwrap() < section.find("November").unwrap(),
        "newest first"
    );
    assert!(section.contains("/en/about/#paso-changes\""), "{section}");
    // After the text: the first screen still ends with "In short".
    assert!(en.find("id=\"in-short\"").unwrap() < en.find("class=\"changes\"").unwrap());

    // A translation with its own entry shows it; one without shows the source's, marked English.
    let es = page(&site, "es/leaving-by-land/index.html");
    assert!(es.contains("Qué cambió"), "translated heading");
    assert!(es.contains("Ahora empieza por lo que pasa hoy"));
    assert!(!es.contains("ImmigrationOS. The history"));
    let es_photo = page(&site, "es/photo-opt-out/index.html");
    assert!(
        es_photo.contains(&format!(
            "<span lang=\"en\">{}</span>",
            PHOTO.replace('\'', "&#39;").replace('"', "&quot;")
        )) || es_photo.contains("<span lang=\"en\">Tells non-citizens first"),
        "the English entry, marked as English"
    );

    // An article without entries has no section.
    let other = page(&site, "en/glossary/index.html");
    assert!(!other.contains("class=\"changes\""));

    // The About page: every version, newest first, each article's entry under it.
    let about = page(&site, "en/about/index.html");
    let list = &about[about.find("id=\"paso-changes\"").expect("the About list")..];
    assert!(list.contains("This is version 2026.12.1."), "{list}");
    let dec = list.find("Version 2026.12.1").unwrap();
    let nov = list.find("Version 2026.11.1").unwrap();
    let oct = list.find("Version 2026.10.1").unwrap();
    assert!(dec < nov && nov < oct, "newest first");
    let december = &list[dec..nov];
    assert!(
        december.contains("Leaving") && december.contains("ImmigrationOS"),
        "{december}"
    );
    assert!(
        december.contains("CBP Home exit pilot"),
        "both articles under 2026.12.1: {december}"
    );
    assert!(list[oct..].contains("The October text."));
    // The single-file copy and the printed card carry the version they were made from.
    let card = page(&site, "en/card/print/index.html");
    assert!(
        card.contains("Paso 2026.12.1 ·"),
        "the printed card's version line"
    );
    let single = page(&site, "en/paso-en.html");
    assert!(
        single.contains("Content version 2026.12.1."),
        "the single-file copy's version"
    );
}

#[test]
fn a_change_for_a_version_not_yet_made_is_a_warning() {
    let source = guide(&[(
        "content/en/glossary.md",
        entry("2027.1.1", "2027-01-05", "Later."),
    )]);
    let diags = harness::diagnostics(&source);
    assert!(
        diags.iter().any(|d| d.contains("glossary.md")
            && d.contains("warning")
            && d.contains("newer than the guide's content_version 2026.12.1")),
        "{diags:#?}"
    );
}
