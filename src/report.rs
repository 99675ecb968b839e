//! Reports of a check: the machine-readable form of the diagnostics and the translation state
//! of every article in every locale.

use serde_json::{Value, json};

use crate::Checked;
use crate::diag::Severity;

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
                .map(|s| (s.to_string(), content.translation_state(s, loc).as_str()))
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
    })
}
