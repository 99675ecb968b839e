//! Front matter: the TOML between the `+++` fences at the top of an article.
//!
//! It is read twice over: serde turns the text into [`RawFrontMatter`] (types, required keys,
//! unknown keys), then [`validate`] turns that into [`FrontMatter`] (allowed values, URLs,
//! dates). Spans are kept so that every message points at the line to fix.

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::date::Date;
use crate::diag::{Diagnostics, line_of};
use crate::model::{
    LegalReview, Phrase, SourceDate, SourceRef, Status, TranslatedBy, TranslationRecord,
};

/// An article split at its fences.
#[derive(Debug)]
pub(crate) struct Split<'a> {
    /// The TOML text.
    pub(crate) front: &'a str,
    /// Line number of the first TOML line.
    pub(crate) front_line: usize,
    /// The Markdown text.
    pub(crate) body: &'a str,
    /// Line number of the first Markdown line.
    pub(crate) body_line: usize,
}

/// Splits `text` at its `+++` fences.
pub(crate) fn split(text: &str) -> Result<Split<'_>, (usize, String)> {
    let Some(rest) = text.strip_prefix("+++\n") else {
        return Err((
            1,
            "missing front matter: an article starts with a line `+++`, then TOML such as \
             `title = \"...\"`, then another line `+++`"
                .into(),
        ));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let front_lines = front.matches('\n').count();
            return Ok(Split {
                front,
                front_line: 2,
                body,
                body_line: 3 + front_lines,
            });
        }
        offset += line.len();
    }
    Err((
        1,
        "the front matter is not closed: add a line `+++` after the last TOML line".into(),
    ))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: String,
    summary: String,
    order: i64,
    updated: Spanned<Datetime>,
    review_due: Spanned<Datetime>,
    applies_to: Vec<Spanned<String>>,
    sources: Spanned<Vec<Spanned<RawSource>>>,
    legal_review: Option<Spanned<RawLegalReview>>,
    #[serde(default)]
    phrases: Vec<Spanned<RawPhrase>>,
    translated_from: Option<Spanned<String>>,
    translated_by: Option<Spanned<String>>,
    reviewed_by_human: Option<bool>,
    checked_by_back_translation: Option<Spanned<Datetime>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    title: String,
    publisher: String,
    date: Option<RawSourceDate>,
    accessed: Option<Datetime>,
    url: Option<String>,
    via: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawSourceDate {
    Date(Datetime),
    Text(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLegalReview {
    date: Datetime,
    reviewer: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhrase {
    id: String,
    text: String,
    #[serde(default)]
    applies_to: Vec<String>,
}

/// Validated front matter.
#[derive(Debug, Clone)]
pub struct FrontMatter {
    /// The title.
    pub title: String,
    /// One-sentence summary.
    pub summary: String,
    /// Position on the home page.
    pub order: i64,
    /// When the text was last checked against its sources.
    pub updated: Date,
    /// After this date readers see a "may be out of date" notice.
    pub review_due: Date,
    /// Who the article concerns.
    pub applies_to: Vec<Status>,
    /// The sources of its facts.
    pub sources: Vec<SourceRef>,
    /// A lawyer's review, if there was one.
    pub legal_review: Option<LegalReview>,
    /// Rights-card phrases.
    pub phrases: Vec<Phrase>,
    /// The translation record; `None` in the source locale or when it is missing.
    pub translation: Option<TranslationRecord>,
}

/// Parses and validates front matter; `None` when it cannot be used at all.
pub(crate) fn parse(split: &Split<'_>, path: &str, diags: &mut Diagnostics) -> Option<FrontMatter> {
    let line = |offset: usize| line_of(split.front, offset, split.front_line);
    let raw: RawFrontMatter = match toml::from_str(split.front) {
        Ok(raw) => raw,
        Err(e) => {
            let at = e.span().map(|s| line(s.start)).unwrap_or(split.front_line);
            diags.error(path, Some(at), toml_message(&e));
            return None;
        }
    };
    let before = diags.count(crate::diag::Severity::Error);
    let mut err = |offset: usize, msg: String| diags.error(path, Some(line(offset)), msg);

    let updated = toml_date(&raw.updated).unwrap_or_else(|| {
        err(
            raw.updated.span().start,
            "`updated` must be a date like 2026-11-22".into(),
        );
        Date::from_days(0)
    });
    let review_due = toml_date(&raw.review_due).unwrap_or_else(|| {
        err(
            raw.review_due.span().start,
            "`review_due` must be a date like 2027-05-22".into(),
        );
        Date::from_days(0)
    });
    if review_due < updated {
        err(
            raw.review_due.span().start,
            "`review_due` is before `updated`".into(),
        );
    }
    let mut applies_to = Vec::new();
    for s in &raw.applies_to {
        match Status::parse(s.get_ref()) {
            Some(st) if !applies_to.contains(&st) => applies_to.push(st),
            Some(_) => err(
                s.span().start,
                format!("`{}` is listed twice in `applies_to`", s.get_ref()),
            ),
            None => err(
                s.span().start,
                format!(
                    "unknown status `{}` in `applies_to`: use one of {}",
                    s.get_ref(),
                    Status::list()
                ),
            ),
        }
    }
    if applies_to.is_empty() {
        err(
            0,
            format!(
                "`applies_to` is empty: list who the article concerns ({})",
                Status::list()
            ),
        );
    }
    let mut sources = Vec::new();
    for s in raw.sources.get_ref() {
        let at = s.span().start;
        let r = s.get_ref();
        for (key, value) in [("url", &r.url), ("via", &r.via)] {
            if let Some(v) = value
                && !is_https_url(v)
            {
                err(
                    at,
                    format!(
                        "source `{}`: `{key}` must be a full address starting with `https://`",
                        r.title
                    ),
                );
            }
        }
        if r.url.is_none() && r.via.is_none() {
            err(
                at,
                format!(
                    "source `{}` has no address: give `url` (the original) or `via` (a copy), or both",
                    r.title
                ),
            );
        }
        let date = match &r.date {
            None => None,
            Some(d) => match parse_source_date(d) {
                Some(d) => Some(d),
                None => {
                    err(
                        at,
                        format!(
                            "source `{}`: `date` must be 2025-10-27, \"2025-10\" or \"2025\"",
                            r.title
                        ),
                    );
                    None
                }
            },
        };
        let accessed = r.accessed.as_ref().and_then(toml_date_of);
        if r.accessed.is_some() && accessed.is_none() {
            err(
                at,
                format!(
                    "source `{}`: `accessed` must be a date like 2026-11-22",
                    r.title
                ),
            );
        }
        if date.is_none() && accessed.is_none() && r.date.is_none() {
            err(
                at,
                format!(
                    "source `{}` has no date: give `date`, or `accessed` for an undated page",
                    r.title
                ),
            );
        }
        if r.title.trim().is_empty() || r.publisher.trim().is_empty() {
            err(
                at,
                "a source needs a non-empty `title` and `publisher`".into(),
            );
        }
        sources.push(SourceRef {
            title: r.title.clone(),
            publisher: r.publisher.clone(),
            date,
            accessed,
            url: r.url.clone(),
            via: r.via.clone(),
        });
    }
    let legal_review = raw.legal_review.as_ref().and_then(|lr| {
        let at = lr.span().start;
        let r = lr.get_ref();
        match toml_date_of(&r.date) {
            Some(date) => Some(LegalReview {
                date,
                reviewer: r.reviewer.clone(),
            }),
            None => {
                err(
                    at,
                    "`legal_review.date` must be a date like 2026-11-22".into(),
                );
                None
            }
        }
    });
    let mut phrases: Vec<Phrase> = Vec::new();
    for p in &raw.phrases {
        let at = p.span().start;
        let r = p.get_ref();
        if !crate::load::is_valid_slug(&r.id) {
            err(
                at,
                format!(
                    "phrase id `{}`: use lowercase letters, digits and `-`",
                    r.id
                ),
            );
        }
        if phrases.iter().any(|q| q.id == r.id) {
            err(at, format!("phrase id `{}` is used twice", r.id));
        }
        let mut statuses = Vec::new();
        for s in &r.applies_to {
            match Status::parse(s) {
                Some(st) => statuses.push(st),
                None => err(
                    at,
                    format!(
                        "phrase `{}`: unknown status `{s}`: use one of {}",
                        r.id,
                        Status::list()
                    ),
                ),
            }
        }
        phrases.push(Phrase {
            id: r.id.clone(),
            text: r.text.clone(),
            applies_to: statuses,
        });
    }
    let translation = if raw.translated_from.is_some()
        || raw.translated_by.is_some()
        || raw.reviewed_by_human.is_some()
        || raw.checked_by_back_translation.is_some()
    {
        let back = raw.checked_by_back_translation.as_ref().and_then(|d| {
            let date = toml_date(d);
            if date.is_none() {
                err(
                    d.span().start,
                    "`checked_by_back_translation` must be a date like 2026-12-05".into(),
                );
            }
            date
        });
        let by = match &raw.translated_by {
            None => None,
            Some(s) => match s.get_ref().as_str() {
                "machine" => Some(TranslatedBy::Machine),
                "person" => Some(TranslatedBy::Person),
                other => {
                    err(
                        s.span().start,
                        format!("`translated_by` is `{other}`: use \"machine\" or \"person\""),
                    );
                    None
                }
            },
        };
        if let Some(h) = &raw.translated_from {
            let v = h.get_ref();
            if v.len() < 8 || !v.bytes().all(|b| b.is_ascii_hexdigit()) {
                err(h.span().start, "`translated_from` must be the hex SHA-256 of the source file (`sha256sum FILE | cut -c1-16`)".into());
            }
        }
        Some(TranslationRecord {
            from: raw
                .translated_from
                .as_ref()
                .map(|h| h.get_ref().to_ascii_lowercase()),
            by,
            reviewed_by_human: raw.reviewed_by_human.unwrap_or(false),
            checked_by_back_translation: back,
        })
    } else {
        None
    };
    if raw.title.trim().is_empty() {
        diags.error(path, Some(split.front_line), "`title` is empty");
    }
    if diags.count(crate::diag::Severity::Error) > before {
        return None;
    }
    Some(FrontMatter {
        title: raw.title,
        summary: raw.summary,
        order: raw.order,
        updated,
        review_due,
        applies_to,
        sources,
        legal_review,
        phrases,
        translation,
    })
}

/// The first line of a TOML error, with serde's jargon turned into a hint.
fn toml_message(e: &toml::de::Error) -> String {
    let msg = e.message().trim().to_string();
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        return format!("unknown key {rest}");
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return format!("missing required key {rest}");
    }
    if msg.contains("expected a TOML datetime") || msg.contains("expected a datetime") {
        return format!("{msg}: write dates without quotes, like `updated = 2026-11-22`");
    }
    format!("front matter: {msg}")
}

fn toml_date(d: &Spanned<Datetime>) -> Option<Date> {
    toml_date_of(d.get_ref())
}

fn toml_date_of(d: &Datetime) -> Option<Date> {
    if d.time.is_some() || d.offset.is_some() {
        return None;
    }
    let date = d.date?;
    Date::new(i32::from(date.year), date.month, date.day)
}

fn parse_source_date(d: &RawSourceDate) -> Option<SourceDate> {
    match d {
        RawSourceDate::Date(d) => toml_date_of(d).map(SourceDate::Day),
        RawSourceDate::Text(s) => {
            let parts: Vec<&str> = s.split('-').collect();
            let year = |y: &str| (y.len() == 4).then(|| y.parse::<i32>().ok()).flatten();
            match parts.as_slice() {
                [y] => year(y).map(SourceDate::Year),
                [y, m] if m.len() == 2 => {
                    let m: u8 = m.parse().ok()?;
                    (1..=12).contains(&m).then_some(())?;
                    year(y).map(|y| SourceDate::Month(y, m))
                }
                [_, _, _] => Date::parse(s).map(SourceDate::Day),
                _ => None,
            }
        }
    }
}

/// Whether `s` is an absolute `https://` URL with a host and no spaces.
pub(crate) fn is_https_url(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
            && host.contains('.')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

#[cfg(test)]
mod tests;
