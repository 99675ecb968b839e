//! Reports of a check: the machine-readable form of the diagnostics and the translation state
//! of every article in every locale.

use serde_json::{Value, json};

use crate::Checked;
use crate::diag::Severity;
use crate::model::{Content, TranslationState};

fn has_file(checked: &Checked, locale: &str, slug: &str) -> bool {
    checked
        .inputs
        .articles
        .iter()
        .any(|a| a.locale == locale && a.slug == slug)
}

/// How far one translation is behind its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Behind {
    /// The article.
    pub slug: String,
    /// The translation's locale.
    pub locale: String,
    /// Days between the translation's `updated` and the source's (0 if not earlier).
    pub days: i64,
    /// The source's and the translation's `updated` dates.
    pub updated: (crate::date::Date, crate::date::Date),
    /// Section ids of the source the translation does not have.
    pub missing_sections: Vec<String>,
}

/// Every outdated translation, with how far behind it is: in days of `updated`, and in
/// sections the source has and it lacks.
pub fn behind(content: &Content) -> Vec<Behind> {
    let mut out = Vec::new();
    for slug in content.slugs_in_order() {
        let Some(source) = content.source_article(slug) else {
            continue;
        };
        for (locale, tr) in &content.articles[slug] {
            if content.translation_state(slug, locale) != TranslationState::Outdated {
                continue;
            }
            let days = (source.meta.updated.to_days() - tr.meta.updated.to_days()).max(0);
            let missing_sections = source
                .doc
                .headings
                .iter()
                .filter(|h| !tr.doc.has_id(&h.id))
                .map(|h| h.id.clone())
                .collect();
            out.push(Behind {
                slug: slug.to_string(),
                locale: locale.clone(),
                days,
                updated: (source.meta.updated, tr.meta.updated),
                missing_sections,
            });
        }
    }
    out
}

/// One line per outdated translation:
/// "es/first: 42 day(s) behind (source updated …, translation …); sections it lacks: #a".
pub fn behind_text(content: &Content) -> String {
    let mut out = String::new();
    for b in behind(content) {
        out.push_str(&format!(
            "{}/{}: {} day(s) behind (source updated {}, translation {})",
            b.locale, b.slug, b.days, b.updated.0, b.updated.1
        ));
        if !b.missing_sections.is_empty() {
            out.push_str(&format!(
                "; sections it lacks: {}",
                b.missing_sections
                    .iter()
                    .map(|s| format!("#{s}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out.push('\n');
    }
    out
}

/// Translation state per locale and article: `(locale, [(slug, state)])`, in menu and reading order.
pub fn translation_table(checked: &Checked) -> Vec<(String, Vec<(String, &'static str)>)> {
    let Some(content) = &checked.content else {
        return Vec::new();
    };
    let slugs = content.slugs_in_order();
    content
        .config
        .locales
        .iter()
        .map(|loc| {
            let row = slugs
                .iter()
                .map(|s| {
                    let state = content.translation_state(s, loc);
                    // A file that is there but has errors is broken, not missing.
                    let word = if state == TranslationState::Missing && has_file(checked, loc, s) {
                        "broken"
                    } else {
                        state.as_str()
                    };
                    (s.to_string(), word)
                })
                .collect();
            (loc.clone(), row)
        })
        .collect()
}

/// The translation report as text: a locale × article table, then the UI keys each locale
/// misses or has in excess.
pub fn text(checked: &Checked) -> String {
    let table = translation_table(checked);
    let Some((_, first)) = table.first() else {
        return String::new();
    };
    let slugs: Vec<&str> = first.iter().map(|(s, _)| s.as_str()).collect();
    let width = slugs
        .iter()
        .map(|s| s.len())
        .max()
        .unwrap_or(0)
        .max("article".len());
    let col = table
        .iter()
        .map(|(l, _)| l.len())
        .max()
        .unwrap_or(0)
        .max("unreviewed".len());
    let mut out = format!("{:width$}", "article");
    for (loc, _) in &table {
        out.push_str(&format!("  {loc:col$}"));
    }
    out = out.trim_end().to_string();
    out.push('\n');
    for (i, slug) in slugs.iter().enumerate() {
        let mut line = format!("{slug:width$}");
        for (_, row) in &table {
            line.push_str(&format!("  {:col$}", row[i].1));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if let Some(content) = &checked.content {
        let behind = behind_text(content);
        if !behind.is_empty() {
            out.push_str("behind:\n");
            out.push_str(&behind);
        }
    }
    if let Some(cat) = &checked.catalog {
        for (loc, _) in &table {
            let (missing, unused) = (cat.missing_keys(loc), cat.unused_keys(loc));
            if missing.is_empty() && unused.is_empty() {
                continue;
            }
            out.push_str(&format!(
                "{loc}: UI keys missing: {}; unused: {}\n",
                list(&missing),
                list(&unused)
            ));
        }
    }
    out
}

fn list(keys: &[String]) -> String {
    if keys.is_empty() {
        "none".into()
    } else {
        keys.join(", ")
    }
}

/// The whole check as one JSON value.
pub fn json(checked: &Checked) -> Value {
    let diags = &checked.diagnostics;
    let list: Vec<Value> = diags
        .sorted()
        .iter()
        .map(|d| {
            json!({
                "severity": if d.severity == Severity::Error { "error" } else { "warning" },
                "path": d.path,
                "line": d.line,
                "message": d.message,
            })
        })
        .collect();
    let translations: serde_json::Map<String, Value> = translation_table(checked)
        .into_iter()
        .map(|(loc, row)| {
            let row: serde_json::Map<String, Value> = row
                .into_iter()
                .map(|(s, st)| (s, Value::from(st)))
                .collect();
            (loc, Value::Object(row))
        })
        .collect();
    let keys: serde_json::Map<String, Value> = match (&checked.catalog, &checked.content) {
        (Some(cat), Some(content)) => content
            .config
            .locales
            .iter()
            .map(|l| {
                (
                    l.clone(),
                    json!({ "missing": cat.missing_keys(l), "unused": cat.unused_keys(l) }),
                )
            })
            .collect(),
        _ => serde_json::Map::new(),
    };
    json!({
        "ui_keys": keys,
        "errors": diags.count(Severity::Error),
        "warnings": diags.count(Severity::Warning),
        "diagnostics": list,
        "translations": translations,
        "behind": checked.content.as_ref().map(|c| behind(c).into_iter().map(|b| json!({
            "slug": b.slug,
            "locale": b.locale,
            "days": b.days,
            "missing_sections": b.missing_sections,
        })).collect::<Vec<_>>()).unwrap_or_default(),
    })
}
