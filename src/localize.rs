//! Stage 3, localize: the UI strings of every shipped locale as Fluent bundles, checked
//! against the keys the templates use, plus what depends on a locale alone (text direction,
//! date format).
//!
//! Fluent wraps every placeable in Unicode isolation marks (U+2068 … U+2069) so that, say, a
//! Latin name inside Arabic text keeps its order. That is right in HTML body text and wrong
//! everywhere else, so there are two accessors: [`Catalog::text`] keeps the marks, and
//! [`Catalog::attr`] (for `<title>`, attributes, search text) removes them.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::date::Date;
use crate::diag::{Diagnostics, line_of};
use crate::load::TextFile;
use crate::model::SiteConfig;

/// Every message the templates use. `locales/<source>/main.ftl` must define each of them.
pub const KEYS: &[&str] = &[
    "language-name",
    "site-name",
    "site-tagline",
    "skip-to-content",
    "nav-home",
    "nav-sources",
    "nav-languages",
    "language-switcher",
    "landing-title",
    "landing-intro",
    "home-title",
    "home-intro",
    "home-who",
    "home-who-intro",
    "home-articles",
    "status-us-citizen",
    "status-green-card",
    "status-visa",
    "status-visitor-ca-mx",
    "status-pending-or-parole",
    "status-no-status",
    "for-title",
    "for-intro",
    "for-none",
    "for-also",
    "for-read-more",
    "for-from-article",
    "applies-to",
    "toc",
    "last-checked",
    "review-due-passed",
    "legal-review-none",
    "legal-review-done",
    "not-legal-advice",
    "sources",
    "source-via",
    "source-accessed",
    "sources-title",
    "sources-intro",
    "previous",
    "next",
    "translation-unreviewed",
    "translation-outdated",
    "translation-missing",
    "read-original",
    "not-found-title",
    "not-found-text",
    "not-found-home",
    "footer-publisher",
    "footer-version",
    "footer-corrections",
    "footer-privacy",
    "provenance-signed",
    "provenance-unsigned",
    "provenance-title",
    "provenance-check",
    "bundle-offer-title",
    "bundle-offer",
    "changes-title",
    "changes-entry",
    "changes-all",
    "changes-about-title",
    "changes-about-intro",
    "local-help",
    "local-phone",
    "local-hours",
    "local-address",
    "local-languages",
    "alert-note",
    "alert-tip",
    "alert-important",
    "alert-warning",
    "alert-caution",
    "external-link",
    "date-format",
    "month-1",
    "month-2",
    "month-3",
    "month-4",
    "month-5",
    "month-6",
    "month-7",
    "month-8",
    "month-9",
    "month-10",
    "month-11",
    "month-12",
    "nav-main",
    "nav-breadcrumb",
    "nav-card",
    "nav-share",
    "list-separator",
    "quick-exit",
    "save-offline",
    "save-offline-hint",
    "offline-keep",
    "offline-kept",
    "offline-made",
    "offline-contents",
    "offline-back",
    "card-title",
    "card-intro",
    "card-print",
    "card-print-title",
    "card-print-hint",
    "card-to-officer",
    "card-version",
    "card-only-for",
    "share-title",
    "share-url-title",
    "share-intro",
    "share-qr-alt",
    "share-wifi-title",
    "share-wifi",
    "share-none",
    "nav-search",
    "search-title",
    "search-label",
    "search-button",
    "search-found",
    "search-none",
    "search-empty",
    "search-too-long",
    "search-noscript",
    // Issue 14: phone-first layout, share notice, search description.
    "menu",
    "meta-checked",
    "meta-review-none",
    "meta-review-done",
    "meta-applies-all",
    "meta-applies-some",
    "meta-details",
    "share-loopback",
    "share-hotspot",
    "search-description",
    // paso preview only (issue 17): the problems panel.
    "preview-problems-title",
    "preview-problems-intro",
    "preview-error",
    "preview-warning",
    // Issue 16: the hotspot sign-in page, reading aloud, counts.
    "captive-title",
    "captive-no-internet",
    "captive-choose",
    "captive-open-browser",
    "listen",
    "listen-pause",
    "listen-resume",
    "listen-stop",
    "about-counts",
    "claim-as-of",
    "translation-back-checked",
    // Issue 15: "This page answers", "Did you mean".
    "article-answers",
    "search-did-you-mean",
];

/// Locales written right to left.
const RTL_LANGUAGES: [&str; 5] = ["ar", "fa", "he", "ps", "ur"];

/// The isolation marks Fluent inserts around placeables.
const ISOLATION_MARKS: [char; 3] = ['\u{2068}', '\u{2069}', '\u{2066}'];

/// One bundle per shipped locale. The bundles are the thread-safe kind: locales render in
/// parallel.
pub struct Catalog {
    source: String,
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    ids: BTreeMap<String, BTreeSet<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.bundles.keys())
            .finish()
    }
}

/// Builds the catalog, reporting syntax errors and missing, unknown and unused messages.
pub fn build(
    ftl: &BTreeMap<String, Vec<TextFile>>,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Catalog {
    let mut bundles = BTreeMap::new();
    let mut keys: BTreeMap<String, BTreeMap<String, (String, usize)>> = BTreeMap::new();
    for locale in &config.locales {
        let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(true);
        let files = ftl.get(locale).map(Vec::as_slice).unwrap_or_default();
        if files.is_empty() {
            diags.error(
                &format!("locales/{locale}"),
                None,
                format!(
                    "no UI strings for shipped locale `{locale}`: add `locales/{locale}/main.ftl`"
                ),
            );
        }
        let locale_keys = keys.entry(locale.clone()).or_default();
        for file in files {
            let resource = match FluentResource::try_new(file.text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        diags.error(
                            &file.display,
                            Some(line_of(&file.text, e.pos.start, 1)),
                            format!("Fluent syntax: {}", e.kind),
                        );
                    }
                    r
                }
            };
            for id in message_ids(&resource) {
                let line = message_line(&file.text, &id);
                if let Some((other, _)) = locale_keys.get(&id) {
                    diags.error(
                        &file.display,
                        Some(line),
                        format!("message `{id}` is defined twice (also in `{other}`)"),
                    );
                }
                locale_keys.insert(id, (file.display.clone(), line));
            }
            // Duplicates were reported above; keep the first definition.
            let _ = bundle.add_resource(resource);
        }
        bundles.insert(locale.clone(), bundle);
    }
    check_keys(&keys, config, diags);
    let ids = keys
        .into_iter()
        .map(|(locale, k)| (locale, k.into_keys().collect()))
        .collect();
    Catalog {
        source: config.source_locale.clone(),
        bundles,
        ids,
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn message_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

fn check_keys(
    keys: &BTreeMap<String, BTreeMap<String, (String, usize)>>,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) {
    let source = &config.source_locale;
    let empty = BTreeMap::new();
    let source_keys = keys.get(source).unwrap_or(&empty);
    let source_file = format!("locales/{source}/main.ftl");
    if source_keys.is_empty() {
        // Already reported as "no UI strings"; listing every key again helps nobody.
        return;
    }
    for key in KEYS {
        if !source_keys.contains_key(*key) {
            diags.error(
                &source_file,
                None,
                format!("missing message `{key}`: the pages use it"),
            );
        }
    }
    let used: BTreeSet<&str> = KEYS.iter().copied().collect();
    for (key, (file, line)) in source_keys {
        if !used.contains(key.as_str()) {
            diags.warning(
                file,
                Some(*line),
                format!("unused message `{key}`: no page uses it"),
            );
        }
    }
    for (locale, locale_keys) in keys {
        if locale == source {
            continue;
        }
        let file = locale_keys
            .values()
            .next()
            .map_or(format!("locales/{locale}/main.ftl"), |(f, _)| f.clone());
        for key in source_keys.keys() {
            if !locale_keys.contains_key(key) {
                diags.error(
                    &file,
                    None,
                    format!("missing message `{key}` (it is in `{source_file}`): translate it"),
                );
            }
        }
        for (key, (f, line)) in locale_keys {
            if !source_keys.contains_key(key) {
                diags.error(
                    f,
                    Some(*line),
                    format!("unknown message `{key}`: it is not in `{source_file}`"),
                );
            }
        }
    }
}

impl Catalog {
    /// Messages the source locale has and `locale` lacks.
    pub fn missing_keys(&self, locale: &str) -> Vec<String> {
        let empty = BTreeSet::new();
        let have = self.ids.get(locale).unwrap_or(&empty);
        let source = self.ids.get(&self.source).unwrap_or(&empty);
        source.difference(have).cloned().collect()
    }

    /// Messages `locale` has that nothing uses: for the source locale, keys no page uses; for
    /// a translation, keys the source locale does not have.
    pub fn unused_keys(&self, locale: &str) -> Vec<String> {
        let empty = BTreeSet::new();
        let have = self.ids.get(locale).unwrap_or(&empty);
        if locale == self.source {
            return have
                .iter()
                .filter(|k| !KEYS.contains(&k.as_str()))
                .cloned()
                .collect();
        }
        let source = self.ids.get(&self.source).unwrap_or(&empty);
        have.difference(source).cloned().collect()
    }

    /// A message for HTML body text (isolation marks kept).
    pub fn text(&self, locale: &str, key: &str) -> String {
        self.format(locale, key, None)
    }

    /// A message with arguments for HTML body text.
    pub fn text_args(&self, locale: &str, key: &str, args: &[(&str, &str)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        self.format(locale, key, Some(&fargs))
    }

    /// A message with a number `$count` (plural forms select on it) and other arguments.
    pub fn text_count(
        &self,
        locale: &str,
        key: &str,
        count: usize,
        args: &[(&str, &str)],
    ) -> String {
        let mut fargs = FluentArgs::new();
        fargs.set("count", FluentValue::from(count as f64));
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        self.format(locale, key, Some(&fargs))
    }

    /// A message for attributes, `<title>` and search text: no isolation marks.
    pub fn attr(&self, locale: &str, key: &str) -> String {
        strip_isolation(&self.text(locale, key))
    }

    /// A message with arguments for attributes, `<title>` and search text.
    pub fn attr_args(&self, locale: &str, key: &str, args: &[(&str, &str)]) -> String {
        strip_isolation(&self.text_args(locale, key, args))
    }

    /// A date in the locale's own format, e.g. "November 22, 2026" or "22 de noviembre de 2026".
    pub fn date(&self, locale: &str, date: Date) -> String {
        let month = self.attr(locale, &format!("month-{}", date.month));
        let mut args = FluentArgs::new();
        // The day is a number so a locale can select on it (French "1er"); the year is a
        // string so Fluent does not group it as "2,026".
        args.set("day", FluentValue::from(date.day));
        args.set("month", FluentValue::from(month));
        args.set("year", FluentValue::from(date.year.to_string()));
        strip_isolation(&self.format(locale, "date-format", Some(&args)))
    }

    fn format(&self, locale: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        debug_assert!(
            KEYS.contains(&key),
            "message `{key}` is not in localize::KEYS"
        );
        for candidate in [locale, self.source.as_str()] {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        key.to_string()
    }
}

/// Removes Fluent's isolation marks.
pub fn strip_isolation(s: &str) -> String {
    s.chars().filter(|c| !ISOLATION_MARKS.contains(c)).collect()
}

/// `rtl` or `ltr` for a locale tag.
pub fn direction(locale: &str) -> &'static str {
    let lang = locale.split('-').next().unwrap_or(locale);
    if RTL_LANGUAGES.contains(&lang) {
        "rtl"
    } else {
        "ltr"
    }
}

#[cfg(test)]
mod tests;
