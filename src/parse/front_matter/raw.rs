//! The raw front matter: every key with its TOML type, read one key at a time so that one
//! wrong key never hides the others.
//!
//! To add a key: add one line to [`RawFrontMatter`] below (`one` for a single value, `each`
//! for a list whose items are read one by one, so a bad item does not hide the good ones),
//! and, if it is required, to [`REQUIRED`]; then validate it in `front_matter::parse`.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeValue, ValueDeserializer};
use toml::value::Datetime;

/// Keys an article cannot do without.
pub(super) const REQUIRED: &[&str] = &[
    "title",
    "summary",
    "order",
    "updated",
    "review_due",
    "applies_to",
    "sources",
];

/// A type or item error: byte range in the front matter, message.
pub(crate) type Problem = (std::ops::Range<usize>, String);

macro_rules! raw_table {
    (
        $(#[$meta:meta])*
        struct $name:ident {
            one { $($one:ident : $one_ty:ty,)* }
            each { $($each:ident : $each_ty:ty,)* }
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Default)]
        pub(super) struct $name {
            $(pub(super) $one: Option<$one_ty>,)*
            $(pub(super) $each: Option<Vec<$each_ty>>,)*
        }

        impl $name {
            /// Every key, in the order they are declared.
            pub(super) const KEYS: &[&str] = &[$(stringify!($one),)* $(stringify!($each),)*];

            /// Reads one key. `None` for an unknown key; problems for a value of the wrong type
            /// (for a list, one per bad item, and the good items are kept).
            pub(super) fn set(
                &mut self,
                key: &str,
                value: Spanned<DeValue<'_>>,
            ) -> Option<Vec<Problem>> {
                match key {
                    $(stringify!($one) => {
                        let span = value.span();
                        match one::<$one_ty>(value) {
                            Ok(v) => { self.$one = Some(v); Some(Vec::new()) }
                            Err(e) => Some(vec![problem(key, span, &e)]),
                        }
                    })*
                    $(stringify!($each) => {
                        let (items, problems) = each::<$each_ty>(key, value);
                        self.$each = Some(items);
                        Some(problems)
                    })*
                    _ => None,
                }
            }
        }
    };
}

raw_table! {
    /// The front matter as typed, before its values are checked.
    struct RawFrontMatter {
        one {
            title: String,
            summary: String,
            order: i64,
            updated: Spanned<Datetime>,
            review_due: Spanned<Datetime>,
            legal_review: Spanned<RawLegalReview>,
            translated_from: Spanned<String>,
            translated_by: Spanned<String>,
            reviewed_by_human: bool,
            checked_by_back_translation: Spanned<Datetime>,
        }
        each {
            applies_to: Spanned<String>,
            sources: Spanned<RawSource>,
            phrases: Spanned<RawPhrase>,
            changes: Spanned<RawChange>,
            questions: Spanned<String>,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) title: String,
    pub(super) publisher: String,
    pub(super) date: Option<RawSourceDate>,
    pub(super) accessed: Option<Datetime>,
    pub(super) url: Option<String>,
    pub(super) via: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum RawSourceDate {
    Date(Datetime),
    Text(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLegalReview {
    pub(super) date: Datetime,
    pub(super) reviewer: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhrase {
    pub(super) id: String,
    pub(super) text: String,
    #[serde(default)]
    pub(super) applies_to: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChange {
    pub(super) version: String,
    pub(super) date: Datetime,
    pub(super) text: String,
}

fn one<T: serde::de::DeserializeOwned>(value: Spanned<DeValue<'_>>) -> Result<T, toml::de::Error> {
    T::deserialize(ValueDeserializer::from(value))
}

pub(crate) fn each<T: serde::de::DeserializeOwned>(
    key: &str,
    value: Spanned<DeValue<'_>>,
) -> (Vec<T>, Vec<Problem>) {
    let span = value.span();
    match value.into_inner() {
        DeValue::Array(items) => {
            let mut good = Vec::new();
            let mut problems = Vec::new();
            for item in items {
                let at = item.span();
                match one::<T>(item) {
                    Ok(v) => good.push(v),
                    Err(e) => problems.push(problem(key, at, &e)),
                }
            }
            (good, problems)
        }
        _ => (
            Vec::new(),
            vec![(
                span,
                format!("`{key}` must be a list, like `{key} = [\"...\", \"...\"]`"),
            )],
        ),
    }
}

/// A type error as a message that names the key and says what to write instead.
fn problem(key: &str, span: std::ops::Range<usize>, e: &toml::de::Error) -> Problem {
    let at = e.span().unwrap_or(span);
    (at, super::toml_message(e, Some(key)))
}
