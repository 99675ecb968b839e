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
    json!({
        "errors": diags.count(Severity::Error),
        "warnings": diags.count(Severity::Warning),
        "diagnostics": list,
        "translations": translations,
    })
}
