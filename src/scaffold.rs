//! `paso new` and `paso translate`: start an article or a translation from a command instead
//! of copying a file by hand.
//!
//! - [`new_article`] writes `content/en/<slug>.md`: front matter with today's date and a review
//!   date six months on, the required sections, and two source entries to fill in. It passes
//!   `paso check` except for the sources it asks for.
//! - [`translate`] writes `content/<locale>/<slug>.md`: the English file with its text in place
//!   to translate, and `translated_from` set to the English file's hash, so `paso check` can
//!   tell when the English text changes after the translation.

use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::parse::REQUIRED_SECTIONS;
use crate::source::Source;

/// Why a skeleton was not written.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// The slug is not a valid file name.
    #[error(
        "`{0}` is not a valid article name: use lowercase letters a-z, digits and `-` (e.g. `{1}`)"
    )]
    BadSlug(String, String),
    /// The file is already there; nothing is overwritten.
    #[error("`{}` already exists: edit it, or choose another name", .0.display())]
    Exists(PathBuf),
    /// No English article with that slug.
    #[error("there is no `content/{locale}/{slug}.md` to translate{hint}")]
    NoSource {
        /// The source locale.
        locale: String,
        /// The slug asked for.
        slug: String,
        /// " (did you mean …?)" or empty.
        hint: String,
    },
    /// The locale is not shipped.
    #[error("`{locale}` is not in `locales` in content/site.toml ({list}){hint}")]
    UnknownLocale {
        /// The locale asked for.
        locale: String,
        /// The shipped locales.
        list: String,
        /// " (did you mean …?)" or empty.
        hint: String,
    },
    /// Translating into the source locale makes no sense.
    #[error("`{0}` is the source language: use `paso new` to start an article in it")]
    SourceLocale(String),
    /// Writing failed.
    #[error("failed to write `{}`", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

/// Writes `DIR/content/en/<slug>.md` and returns its path.
pub fn new_article(
    dir: &Path,
    slug: &str,
    title: Option<&str>,
    today: Date,
) -> Result<PathBuf, ScaffoldError> {
    if !crate::load::is_valid_slug(slug) {
        return Err(ScaffoldError::BadSlug(
            slug.into(),
            crate::load::suggest_slug(slug),
        ));
    }
    let base = Source::embedded()
        .overlaid_with(dir)
        .unwrap_or_else(|_| Source::embedded());
    let (source_locale, _) = locales(&base);
    let path = dir
        .join("content")
        .join(&source_locale)
        .join(format!("{slug}.md"));
    if path.exists()
        || base
            .get(&format!("content/{source_locale}/{slug}.md"))
            .is_some()
    {
        return Err(ScaffoldError::Exists(path));
    }
    let title = title.map(str::to_string).unwrap_or_else(|| title_of(slug));
    let text = skeleton(&title, next_order(&base, &source_locale), today);
    write_new(&path, &text)?;
    Ok(path)
}

/// The text of a new article.
pub fn skeleton(title: &str, order: i64, today: Date) -> String {
    let title = title.replace('\\', "\\\\").replace('"', "\\\"");
    let statuses: Vec<String> = crate::model::Status::ALL
        .iter()
        .map(|s| format!("\"{}\"", s.as_str()))
        .collect();
    let mut out = format!(
        "+++\n\
         title = \"{title}\"\n\
         summary = \"One sentence: what a reader learns on this page.\"\n\
         order = {order}\n\
         updated = {today}\n\
         review_due = {review}\n\
         # Keep only the people this page concerns.\n\
         applies_to = [{statuses}]\n\
         \n\
         # Every fact needs a source. Fill in at least two, then run `paso check`.\n\
         # `url` is the original page (https://…); `date` is the date printed on it, or give\n\
         # `accessed = YYYY-MM-DD` for an undated page.\n",
        review = today.add_months(6),
        statuses = statuses.join(", "),
    );
    for _ in 0..2 {
        out.push_str(&format!(
            "[[sources]]\ntitle = \"\"\npublisher = \"\"\naccessed = {today}\nurl = \"\"\n\n"
        ));
    }
    out.truncate(out.len() - 1);
    out.push_str("+++\n\n");
    let texts = [
        "- The most important fact, in one short sentence.\n- What a reader should do first.\n",
        "1. A first step, in plain words.\n2. A second step.\n",
    ];
    for ((id, name), text) in REQUIRED_SECTIONS.iter().zip(texts) {
        out.push_str(&format!("## {name} {{#{id}}}\n\n{text}\n"));
    }
    out
}

/// Writes `DIR/content/<locale>/<slug>.md` from the source-locale article in `base` and
/// returns its path.
pub fn translate(
    base: &Source,
    dir: &Path,
    locale: &str,
    slug: &str,
) -> Result<PathBuf, ScaffoldError> {
    let (source_locale, shipped) = locales(base);
    if locale == source_locale {
        return Err(ScaffoldError::SourceLocale(locale.into()));
    }
    if !shipped.iter().any(|l| l == locale) {
        return Err(ScaffoldError::UnknownLocale {
            locale: locale.into(),
            list: shipped.join(", "),
            hint: did_you_mean(locale, shipped.iter().map(String::as_str)),
        });
    }
    let prefix = format!("content/{source_locale}/");
    let Some(file) = base.get(&format!("{prefix}{slug}.md")) else {
        let slugs = base
            .files()
            .filter_map(|(p, _)| p.strip_prefix(&prefix)?.strip_suffix(".md"));
        return Err(ScaffoldError::NoSource {
            locale: source_locale,
            slug: slug.into(),
            hint: did_you_mean(slug, slugs),
        });
    };
    let path = dir.join("content").join(locale).join(format!("{slug}.md"));
    if path.exists() {
        return Err(ScaffoldError::Exists(path));
    }
    let bytes = file
        .bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&file.bytes);
    let english = String::from_utf8_lossy(bytes).replace("\r\n", "\n");
    let hash = crate::parse::hash_text(&english);
    write_new(&path, &translation_of(&english, &hash))?;
    Ok(path)
}

/// The English text with a translation record added to its front matter, before the first
/// table (`[[sources]]`), where top-level keys must be.
pub fn translation_of(english: &str, hash: &str) -> String {
    let record = format!(
        "# Translate the text, keep the ids in {{#…}} and the links. The record below tells\n\
         # `paso check` which English text this is; update it when you update the translation.\n\
         translated_from = \"{hash}\"\n\
         translated_by = \"person\"\n\
         reviewed_by_human = false\n"
    );
    let Some(rest) = english.strip_prefix("+++\n") else {
        return format!("+++\n{record}+++\n\n{english}");
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with('[') || line.trim_end() == "+++" {
            break;
        }
        offset += line.len();
    }
    let (head, tail) = rest.split_at(offset);
    let sep = if head.ends_with("\n\n") || head.is_empty() {
        ""
    } else {
        "\n"
    };
    format!("+++\n{head}{record}{sep}{tail}")
}

/// " (did you mean `x`?)" for the closest candidate, or "".
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    crate::parse::suggest::closest(word, candidates)
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

fn write_new(path: &Path, text: &str) -> Result<(), ScaffoldError> {
    let io = |source| ScaffoldError::Io {
        path: path.to_owned(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                ScaffoldError::Exists(path.to_owned())
            } else {
                io(e)
            }
        })?;
    std::io::Write::write_all(&mut f, text.as_bytes()).map_err(io)
}

/// `(source_locale, locales)` from `content/site.toml`, or English alone if it is unreadable.
fn locales(base: &Source) -> (String, Vec<String>) {
    #[derive(serde::Deserialize)]
    struct Site {
        source_locale: String,
        locales: Vec<String>,
    }
    base.get("content/site.toml")
        .and_then(|f| std::str::from_utf8(&f.bytes).ok())
        .and_then(|t| {
            let v: toml::Table = toml::from_str(t).ok()?;
            let s: Site = v.try_into().ok()?;
            Some((s.source_locale, s.locales))
        })
        .unwrap_or_else(|| ("en".into(), vec!["en".into()]))
}

/// Ten more than the highest `order` of the source-locale articles.
fn next_order(base: &Source, source_locale: &str) -> i64 {
    let prefix = format!("content/{source_locale}/");
    base.files()
        .filter(|(p, _)| p.starts_with(&prefix) && p.ends_with(".md"))
        .filter_map(|(_, f)| {
            let text = std::str::from_utf8(&f.bytes).ok()?;
            text.lines()
                .find_map(|l| l.strip_prefix("order = ")?.trim().parse::<i64>().ok())
        })
        .max()
        .map_or(10, |m| m + 10)
}

fn title_of(slug: &str) -> String {
    let words = slug.replace('-', " ");
    let mut c = words.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translation_record_goes_before_the_first_table() {
        let en = "+++\ntitle = \"A\"\n\n[[sources]]\ntitle = \"s\"\n+++\n\nBody\n";
        let out = translation_of(en, "abcdef0123456789");
        let record = out.find("translated_from = \"abcdef0123456789\"").unwrap();
        assert!(record < out.find("[[sources]]").unwrap(), "{out}");
        assert!(out.ends_with("+++\n\nBody\n"));
    }

    #[test]
    fn titles_from_slugs() {
        assert_eq!(title_of("bus-stops"), "Bus stops");
    }
}
