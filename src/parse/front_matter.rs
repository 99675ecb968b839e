//! Front matter: the TOML between the `+++` fences at the top of an article.
//!
//! It is read twice over: each key is read on its own into `raw::RawFrontMatter` (syntax,
//! unknown keys, types, required keys), then [`parse`] checks the values into [`FrontMatter`]
//! (allowed values, URLs, dates). One mistake never hides another: every problem of a file is
//! reported in one run. Spans are kept so that every message points at the line to fix.

mod changes;
pub(crate) mod raw;

use toml::Spanned;
use toml::de::DeTable;
use toml::value::Datetime;

use raw::{REQUIRED, RawFrontMatter, RawSource, RawSourceDate};

use super::suggest;

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
    /// "What changed", newest version first.
    pub changes: Vec<crate::model::Change>,
    /// Questions the article answers, as readers would ask them: they weigh in search, and
    /// the page lists them under "This page answers".
    pub questions: Vec<String>,
}

/// Parses and validates front matter; `None` when it cannot be used. Every problem is
/// reported, not only the first: syntax errors, unknown keys, wrong types, missing keys and bad
/// values, each at its line.
pub(crate) fn parse(split: &Split<'_>, path: &str, diags: &mut Diagnostics) -> Option<FrontMatter> {
    let line = |offset: usize| line_of(split.front, offset, split.front_line);
    let before = diags.count(crate::diag::Severity::Error);
    let (table, syntax) = DeTable::parse_recoverable(split.front);
    // Keys on a line TOML could not read are not also reported as missing.
    let mut seen: Vec<String> = Vec::new();
    let mut unreadable: Vec<String> = Vec::new();
    for e in &syntax {
        let at = e.span().map_or(0, |s| s.start);
        let text_line = split.front[..at.min(split.front.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let whole = split.front[text_line..].lines().next().unwrap_or("");
        if let Some((key, _)) = whole.split_once('=') {
            unreadable.push(key.trim().to_string());
        }
        diags.error(path, Some(line(at)), syntax_message(e, whole));
    }
    let mut raw = RawFrontMatter::default();
    for (key, value) in table.into_inner() {
        let span = key.span();
        let key = key.into_inner();
        if unreadable.iter().any(|k| *k == key) {
            continue; // already reported, and TOML's guess at its value would be misleading
        }
        match raw.set(&key, value) {
            Some(problems) => {
                for (at, msg) in problems {
                    diags.error(path, Some(line(at.start)), msg);
                }
            }
            None => diags.error(
                path,
                Some(line(span.start)),
                format!(
                    "unknown key `{key}`{}",
                    suggest::hint(&key, RawFrontMatter::KEYS.iter().copied())
                ),
            ),
        }
        seen.push(key.into_owned());
    }
    for key in REQUIRED {
        if !seen.iter().chain(&unreadable).any(|k| k == key) {
            diags.error(
                path,
                Some(split.front_line),
                format!("missing required key `{key}`: add it to the front matter"),
            );
        }
    }
    let mut err = |offset: usize, msg: String| diags.error(path, Some(line(offset)), msg);

    let mut date = |d: &Option<Spanned<Datetime>>, key: &str, example: &str| {
        d.as_ref().and_then(|d| {
            let v = toml_date(d);
            if v.is_none() {
                err(
                    d.span().start,
                    format!("`{key}` must be a date like {example}, without a time"),
                );
            }
            v
        })
    };
    let updated = date(&raw.updated, "updated", "2026-11-22");
    let review_due = date(&raw.review_due, "review_due", "2027-05-22");
    if let (Some(u), Some(r), Some(rd)) = (updated, review_due, &raw.review_due)
        && r < u
    {
        err(rd.span().start, "`review_due` is before `updated`".into());
    }
    let mut applies_to = Vec::new();
    for s in raw.applies_to.iter().flatten() {
        match Status::parse(s.get_ref()) {
            Some(st) if !applies_to.contains(&st) => applies_to.push(st),
            Some(_) => err(
                s.span().start,
                format!("`{}` is listed twice in `applies_to`", s.get_ref()),
            ),
            None => err(s.span().start, unknown_status(s.get_ref(), "`applies_to`")),
        }
    }
    if raw.applies_to.as_ref().is_some_and(|v| v.is_empty()) {
        err(
            0,
            format!(
                "`applies_to` is empty: list who the article concerns ({})",
                Status::list()
            ),
        );
    }
    let mut sources = Vec::new();
    for s in raw.sources.iter().flatten() {
        let at = s.span().start;
        sources.push(source(s.get_ref(), &mut |msg| err(at, msg)));
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
    for p in raw.phrases.iter().flatten() {
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
                    format!("phrase `{}`: {}", r.id, unknown_status(s, "`applies_to`")),
                ),
            }
        }
        phrases.push(Phrase {
            id: r.id.clone(),
            text: r.text.clone(),
            applies_to: statuses,
        });
    }
    let questions =
        crate::search::questions::check(raw.questions.iter().flatten(), &mut |at, m| err(at, m));
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
    let changes = changes::check(raw.changes.iter().flatten(), &mut err);
    if raw.title.as_ref().is_some_and(|t| t.trim().is_empty()) {
        diags.error(path, Some(split.front_line), "`title` is empty");
    }
    if diags.count(crate::diag::Severity::Error) > before {
        return None;
    }
    Some(FrontMatter {
        title: raw.title?,
        summary: raw.summary?,
        order: raw.order?,
        updated: updated?,
        review_due: review_due?,
        applies_to,
        sources,
        legal_review,
        phrases,
        translation,
        changes,
        questions,
    })
}

/// Checks one source; reports each problem through `err`.
fn source(r: &RawSource, err: &mut dyn FnMut(String)) -> SourceRef {
    for (key, value) in [("url", &r.url), ("via", &r.via)] {
        if let Some(v) = value
            && !is_https_url(v)
        {
            err(format!(
                "source `{}`: `{key}` must be a full address starting with `https://`",
                r.title
            ));
        }
    }
    if r.url.is_none() && r.via.is_none() {
        err(format!(
            "source `{}` has no address: give `url` (the original) or `via` (a copy), or both",
            r.title
        ));
    }
    let date = match &r.date {
        None => None,
        Some(d) => match parse_source_date(d) {
            Some(d) => Some(d),
            None => {
                err(format!(
                    "source `{}`: `date` must be 2025-10-27, \"2025-10\" or \"2025\"",
                    r.title
                ));
                None
            }
        },
    };
    let accessed = r.accessed.as_ref().and_then(toml_date_of);
    if r.accessed.is_some() && accessed.is_none() {
        err(format!(
            "source `{}`: `accessed` must be a date like 2026-11-22",
            r.title
        ));
    }
    if date.is_none() && accessed.is_none() && r.date.is_none() {
        err(format!(
            "source `{}` has no date: give `date`, or `accessed` for an undated page",
            r.title
        ));
    }
    if r.title.trim().is_empty() || r.publisher.trim().is_empty() {
        err("a source needs a non-empty `title` and `publisher`".into());
    }
    SourceRef {
        title: r.title.clone(),
        publisher: r.publisher.clone(),
        date,
        accessed,
        url: r.url.clone(),
        via: r.via.clone(),
    }
}

/// "unknown status `citizen` in `applies_to`: did you mean `us-citizen`?; use one of …".
fn unknown_status(value: &str, place: &str) -> String {
    let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
    format!(
        "unknown status `{value}` in {place}{}; use one of {}",
        suggest::hint(value, names),
        Status::list()
    )
}

/// A TOML syntax error, with the usual mistakes turned into what to write instead.
fn syntax_message(e: &toml::de::Error, line: &str) -> String {
    let value = line.split_once('=').map_or("", |(_, v)| v.trim());
    let looks_like_date = value.len() >= 6
        && value.chars().next().is_some_and(|c| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || "/.-".contains(c))
        && value.chars().any(|c| "/.-".contains(c));
    if looks_like_date {
        return format!(
            "`{value}` is not a date TOML can read: write dates as YYYY-MM-DD, without quotes (e.g. `2026-05-12` for 12 May 2026)"
        );
    }
    let msg = e.message().trim();
    let first = msg.lines().next().unwrap_or(msg);
    if first.contains("string values must be quoted") || first.contains("invalid string") {
        return format!(
            "front matter: {first}: put text in double quotes, like `title = \"Leaving by land\"`"
        );
    }
    format!("front matter: {first}")
}

/// The first line of a TOML type error, with serde's jargon turned into a hint; `key` is the
/// front-matter key it belongs to.
pub(super) fn toml_message(e: &toml::de::Error, key: Option<&str>) -> String {
    let msg = e.message().trim().to_string();
    let key_part = key.map(|k| format!("`{k}`: ")).unwrap_or_default();
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let name = rest.split('`').nth(1).unwrap_or("");
        let expected: Vec<&str> = rest.split('`').skip(3).step_by(2).collect();
        return format!(
            "{key_part}unknown key `{name}`{}",
            suggest::hint(name, expected.iter().copied())
        );
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return format!("{key_part}missing required key {rest}");
    }
    if msg.contains("expected a TOML datetime") || msg.contains("expected a datetime") {
        return format!(
            "{key_part}{msg}: write dates as YYYY-MM-DD without quotes, like `updated = 2026-11-22`"
        );
    }
    let msg = msg
        .replace("expected i64", "expected a whole number like `10`")
        .replace("expected a boolean", "expected `true` or `false`");
    format!("{key_part}{msg}")
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
