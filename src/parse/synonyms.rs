//! `content/<locale>/search.toml`: words readers use that the guide should treat as the same
//! in search, per language, kept by editors in content rather than in code:
//!
//! ```toml
//! groups = [
//!   ["photo", "picture", "pic", "face scan"],
//!   ["phone", "cell", "cellphone"],
//! ]
//! ```
//!
//! A reader who types one entry of a group finds the articles that use any other (an entry of
//! several words counts when all its words are typed). Every problem is reported in one run,
//! each at its line.

use std::collections::BTreeMap;

use toml::Spanned;
use toml::de::DeTable;

use super::front_matter::raw::each;
use super::suggest;
use crate::diag::{Diagnostics, line_of};
use crate::load::TextFile;
use crate::model::SiteConfig;

/// Top-level keys of `search.toml`.
const KEYS: &[&str] = &["groups"];
/// Most words in one entry.
const MAX_ENTRY_WORDS: usize = 4;

/// Parses every locale's `search.toml`: locale → groups (each a list of entries). Groups with
/// errors are left out.
pub(super) fn parse(
    files: &BTreeMap<String, TextFile>,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> BTreeMap<String, Vec<Vec<String>>> {
    let mut out = BTreeMap::new();
    for (locale, file) in files {
        if !config.locales.contains(locale) {
            diags.warning(
                &file.display,
                None,
                format!(
                    "ignored: `{locale}` is not one of the locales in `content/site.toml` ({})",
                    config.locales.join(", ")
                ),
            );
            continue;
        }
        out.insert(locale.clone(), parse_one(file, diags));
    }
    out
}

fn parse_one(file: &TextFile, diags: &mut Diagnostics) -> Vec<Vec<String>> {
    let path = &file.display;
    let line = |offset: usize| Some(line_of(&file.text, offset, 1));
    let (table, syntax) = DeTable::parse_recoverable(&file.text);
    for e in &syntax {
        let first = e.message().lines().next().unwrap_or("").trim().to_string();
        diags.error(path, e.span().and_then(|s| line(s.start)), first);
    }
    let mut raw: Vec<Spanned<Vec<Spanned<String>>>> = Vec::new();
    for (key, value) in table.into_inner() {
        let at = key.span().start;
        match key.get_ref().as_ref() {
            "groups" => {
                let (good, problems) = each::<Spanned<Vec<Spanned<String>>>>("groups", value);
                for (span, msg) in problems {
                    diags.error(
                        path,
                        line(span.start),
                        format!(
                            "{msg}; each group is a list of words, like `[\"photo\", \"picture\"]`"
                        ),
                    );
                }
                raw = good;
            }
            other => diags.error(
                path,
                line(at),
                format!(
                    "unknown key `{other}`{}; `search.toml` holds `groups = [[\"photo\", \"picture\"], …]`",
                    suggest::hint(other, KEYS.iter().copied())
                ),
            ),
        }
    }
    // Folded entry → the line of the group it is in first.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut groups = Vec::new();
    for group in raw {
        let at = line(group.span().start);
        let mut ok = true;
        let mut entries: Vec<String> = Vec::new();
        for entry in group.get_ref() {
            let at = line(entry.span().start);
            let text = entry.get_ref().trim();
            let words = crate::search::text::tokens(text);
            let folded = words
                .iter()
                .map(|t| t.form.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let mut error = |msg: String| {
                diags.error(path, at, msg);
                ok = false;
            };
            if words.is_empty() {
                error("an entry is empty (or has no letters): remove it or write a word".into());
            } else if words.len() > MAX_ENTRY_WORDS {
                error(format!(
                    "\"{text}\" has more than {MAX_ENTRY_WORDS} words: synonyms are words or short phrases"
                ));
            } else if entries.contains(&folded) {
                error(format!("\"{text}\" is listed twice in this group"));
            } else if let Some(first) = seen.get(&folded) {
                error(format!(
                    "\"{text}\" is already in the group on line {first}: put the words in one group"
                ));
            } else {
                entries.push(folded);
            }
        }
        if entries.len() + usize::from(!ok) < 2 {
            diags.error(
                path,
                at,
                "a group needs two entries or more (the words that mean the same)",
            );
            ok = false;
        }
        if ok {
            for e in &entries {
                seen.insert(e.clone(), at.unwrap_or(1));
            }
            groups.push(entries);
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Vec<Vec<String>>, Vec<String>) {
        let mut diags = Diagnostics::default();
        let file = TextFile {
            display: "content/en/search.toml".into(),
            text: text.into(),
        };
        let groups = parse_one(&file, &mut diags);
        let msgs = diags.sorted().iter().map(|d| d.to_string()).collect();
        (groups, msgs)
    }

    #[test]
    fn groups_are_read_and_folded() {
        let (g, msgs) = run(
            "groups = [\n  [\"Photo\", \"picture\", \"face scan\"],\n  [\"cell\", \"phone\"],\n]\n",
        );
        assert!(msgs.is_empty(), "{msgs:?}");
        assert_eq!(
            g,
            [vec!["photo", "picture", "face scan"], vec!["cell", "phone"]]
        );
    }

    #[test]
    fn every_problem_is_reported_at_its_line() {
        let text = "grups = []\ngroups = [\n  [\"photo\"],\n  [\"cell\", \"\"],\n  [\"phone\", \"cell\"],\n  [\"a\", \"photo\", \"photo\"],\n  \"pic\",\n]\n";
        let (g, msgs) = run(text);
        let all = msgs.join("\n");
        assert!(
            all.contains("search.toml:1") && all.contains("did you mean `groups`"),
            "{all}"
        );
        assert!(
            all.contains("search.toml:3") && all.contains("two entries or more"),
            "{all}"
        );
        assert!(
            all.contains("search.toml:4") && all.contains("an entry is empty"),
            "{all}"
        );
        assert!(
            all.contains("search.toml:6") && all.contains("listed twice"),
            "{all}"
        );
        assert!(
            all.contains("search.toml:7") && all.contains("each group is a list"),
            "{all}"
        );
        // "cell" on line 5 is not also in line 4's group: that group had an error and is out.
        assert_eq!(g, [vec!["phone", "cell"]]);
    }

    #[test]
    fn a_word_in_two_groups_is_an_error() {
        let (_, msgs) = run("groups = [[\"cell\", \"phone\"],\n[\"mobile\", \"cell\"]]\n");
        assert!(
            msgs.iter()
                .any(|m| m.contains(":2") && m.contains("already in the group on line 1")),
            "{msgs:?}"
        );
    }
}
