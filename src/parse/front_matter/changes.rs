//! `[[changes]]`: the "What changed" entries of an article, one per content version.

use toml::Spanned;

use super::toml_date_of;
use crate::model::Change;
use crate::source::bundle::Version;

/// Checks the "What changed" entries: a dotted version, a date, a text, each version once.
/// Newest first.
pub(super) fn check<'a>(
    raw: impl Iterator<Item = &'a Spanned<super::raw::RawChange>>,
    err: &mut impl FnMut(usize, String),
) -> Vec<Change> {
    let mut out: Vec<(Version, Change)> = Vec::new();
    let mut seen = Vec::new();
    for c in raw {
        let at = c.span().start;
        let r = c.get_ref();
        let version = match Version::parse(r.version.trim()) {
            Ok(v) => Some(v),
            Err(_) => {
                err(
                    at,
                    format!(
                        "[[changes]]: `version = \"{}\"` must be the content version it came with, dotted numbers like \"2026.12.1\"",
                        r.version
                    ),
                );
                None
            }
        };
        let date = toml_date_of(&r.date);
        if date.is_none() {
            err(
                at,
                "[[changes]]: `date` must be a date like 2026-12-01, without a time".into(),
            );
        }
        if r.text.trim().is_empty() {
            err(
                at,
                format!(
                    "[[changes]] for version {}: `text` is empty; say in a sentence what changed",
                    r.version
                ),
            );
        }
        if let Some(v) = &version
            && seen.contains(v)
        {
            err(
                at,
                format!(
                    "[[changes]]: version {} is listed twice; put everything that changed in it into one entry",
                    r.version
                ),
            );
        }
        seen.extend(version.clone());
        if let (Some(v), Some(date)) = (version, date) {
            let change = Change {
                version: r.version.trim().to_string(),
                date,
                text: r.text.trim().to_string(),
            };
            out.push((v, change));
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0));
    out.into_iter().map(|(_, c)| c).collect()
}
