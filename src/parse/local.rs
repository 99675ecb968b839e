//! `content/local.toml`: an organization's own contacts. Every problem is reported in one run
//! (each contact is read on its own), unknown keys get a "did you mean", and `hours` and
//! `note` may be given per language:
//!
//! ```toml
//! [[contacts]]
//! name = "Border Rights Line"
//! hours = { en = "Mon–Fri 9–5", es = "lun–vie 9–17" }   # or one text for every language
//! note = "Walk-ins welcome."
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;
use toml::de::DeTable;

use super::front_matter::raw::each;
use super::suggest;
use crate::diag::{Diagnostics, line_of};
use crate::load::TextFile;
use crate::model::{Contact, SiteConfig};

/// Top-level keys of `local.toml`.
const KEYS: &[&str] = &["contacts"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    name: String,
    phone: Option<String>,
    hours: Option<PerLanguage>,
    address: Option<String>,
    url: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    note: Option<PerLanguage>,
}

/// One text for every language, or one per language.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum PerLanguage {
    All(String),
    ByLocale(BTreeMap<String, String>),
}

/// Parses `content/local.toml`; contacts with errors are left out.
pub(super) fn parse(
    file: Option<&TextFile>,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Vec<Contact> {
    let Some(file) = file else { return Vec::new() };
    let path = &file.display;
    let line = |offset: usize| Some(line_of(&file.text, offset, 1));
    let (table, syntax) = DeTable::parse_recoverable(&file.text);
    for e in &syntax {
        let first = e.message().lines().next().unwrap_or("").trim().to_string();
        diags.error(path, e.span().and_then(|s| line(s.start)), first);
    }
    let mut raw: Vec<Spanned<RawContact>> = Vec::new();
    for (key, value) in table.into_inner() {
        let at = key.span().start;
        match key.get_ref().as_ref() {
            "contacts" => {
                let (good, problems) = each::<Spanned<RawContact>>("contacts", value);
                for (span, msg) in problems {
                    diags.error(path, line(span.start), msg);
                }
                raw = good;
            }
            other => diags.error(
                path,
                line(at),
                format!(
                    "unknown key `{other}`{}; `local.toml` holds `[[contacts]]` tables",
                    suggest::hint(other, KEYS.iter().copied())
                ),
            ),
        }
    }
    let mut out = Vec::new();
    for c in raw {
        let at = line(c.span().start);
        let c = c.into_inner();
        let mut ok = true;
        let mut error = |msg: String| {
            diags.error(path, at, msg);
            ok = false;
        };
        if let Some(url) = &c.url
            && !super::front_matter::is_https_url(url)
        {
            error(format!(
                "contact `{}`: `url` must start with `https://`",
                c.name
            ));
        }
        let (hours, hours_by_locale) = per_language(c.hours, "hours", &c.name, config, &mut error);
        let (note, note_by_locale) = per_language(c.note, "note", &c.name, config, &mut error);
        if ok {
            out.push(Contact {
                name: c.name,
                phone: c.phone,
                hours,
                address: c.address,
                url: c.url,
                languages: c.languages,
                note,
                hours_by_locale,
                note_by_locale,
            });
        }
    }
    out
}

/// `(text for every page, text per locale)`; a per-language table must name shipped locales
/// and include the source locale (shown where a language has none).
fn per_language(
    value: Option<PerLanguage>,
    key: &str,
    name: &str,
    config: &SiteConfig,
    error: &mut dyn FnMut(String),
) -> (Option<String>, BTreeMap<String, String>) {
    match value {
        None => (None, BTreeMap::new()),
        Some(PerLanguage::All(s)) => (Some(s), BTreeMap::new()),
        Some(PerLanguage::ByLocale(map)) => {
            for l in map.keys() {
                if !config.locales.contains(l) {
                    error(format!(
                        "contact `{name}`: `{key}.{l}`: `{l}` is not a language of this guide{}; use one of {}",
                        suggest::hint(l, config.locales.iter().map(String::as_str)),
                        config.locales.join(", ")
                    ));
                }
            }
            let default = map.get(&config.source_locale).cloned();
            if default.is_none() {
                error(format!(
                    "contact `{name}`: `{key}` has no `{}` text: add it (pages in other languages show it)",
                    config.source_locale
                ));
            }
            (default, map)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> SiteConfig {
        SiteConfig {
            publisher: String::new(),
            corrections: String::new(),
            content_version: String::new(),
            source_locale: "en".into(),
            locales: vec!["en".into(), "es".into()],
        }
    }

    fn run(text: &str) -> (Vec<Contact>, Vec<String>) {
        let mut d = Diagnostics::default();
        let file = TextFile {
            display: "content/local.toml".into(),
            text: text.into(),
        };
        let c = parse(Some(&file), &config(), &mut d);
        (c, d.sorted().iter().map(|d| d.to_string()).collect())
    }

    #[test]
    fn hours_and_notes_per_language_or_for_all() {
        let (c, msgs) = run(
            "[[contacts]]\nname = \"A\"\nhours = { en = \"Mon-Fri\", es = \"lun-vie\" }\nnote = \"Walk-ins.\"\n",
        );
        assert!(msgs.is_empty(), "{msgs:?}");
        assert_eq!(c[0].hours_in("es"), Some("lun-vie"));
        assert_eq!(c[0].hours_in("fr"), Some("Mon-Fri"));
        assert_eq!(c[0].note_in("es"), Some("Walk-ins."));
    }

    #[test]
    fn every_mistake_in_local_toml() {
        let (c, msgs) = run(
            "contact = 1\n\n[[contacts]]\nname = \"A\"\nhour = \"9-5\"\n\n[[contacts]]\nname = \"B\"\nurl = \"http://b.org\"\nnote = { es = \"solo\", xx = \"?\" }\n\n[[contacts]]\nname = \"C\"\n",
        );
        assert_eq!(c.len(), 1, "only C is usable");
        assert_eq!(
            msgs,
            [
                "content/local.toml:1: error: unknown key `contact`: did you mean `contacts`?; `local.toml` holds `[[contacts]]` tables",
                "content/local.toml:5: error: `contacts`: unknown key `hour`: did you mean `hours`?",
                "content/local.toml:7: error: contact `B`: `note.xx`: `xx` is not a language of this guide; use one of en, es",
                "content/local.toml:7: error: contact `B`: `note` has no `en` text: add it (pages in other languages show it)",
                "content/local.toml:7: error: contact `B`: `url` must start with `https://`",
            ]
        );
    }
}
