//! Stage 2, parse: [`Inputs`] → [`Content`], the validated model. Every problem is collected
//! into the diagnostics with its `path:line`; an article that cannot be used is left out, and
//! the caller decides whether errors stop the build.
//!
//! 1. `content/site.toml` → [`SiteConfig`]
//! 2. each article → front matter + Markdown ([`front_matter`], [`markdown`]), hashed for
//!    translation tracking
//! 3. articles grouped by slug; translations checked against their source
//! 4. links checked ([`links`]) and the writing lints run
//! 5. `content/local.toml` → local contacts

pub mod claims;
pub mod front_matter;
pub mod links;
mod local;
pub mod markdown;
pub mod numbers;
pub(crate) mod suggest;
mod synonyms;

use std::collections::BTreeMap;

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::diag::Diagnostics;
use crate::load::{ArticleFile, Inputs, TextFile};
use crate::model::{Article, Content, SiteConfig, TranslationState};

/// Heading ids every article must have, in every language.
pub const REQUIRED_SECTIONS: [(&str, &str); 2] = [
    ("in-short", "In short"),
    ("what-you-can-do", "What you can do"),
];

/// Ids the page around an article uses; a heading may not take them.
pub const RESERVED_IDS: [&str; 5] = [
    "main",
    "paso-toc",
    "paso-sources",
    "paso-changes",
    "paso-changes-here",
];

/// Longest sentence, in words, before a warning.
pub const MAX_SENTENCE_WORDS: usize = 30;
/// Longest paragraph, in words, before a warning.
pub const MAX_PARAGRAPH_WORDS: usize = 120;

/// Parses and validates everything; `None` if the site settings are unusable.
pub fn parse(inputs: &Inputs, diags: &mut Diagnostics) -> Option<Content> {
    let config = parse_site_config(inputs.site.as_ref(), diags)?;
    let mut shipped = Vec::new();
    for file in &inputs.articles {
        if config.locales.contains(&file.locale) {
            shipped.push(file);
        } else {
            diags.warning(
                &file.file.display,
                None,
                format!(
                    "ignored: locale `{}` is not in `locales` in content/site.toml",
                    file.locale
                ),
            );
        }
    }
    // Articles parse in parallel, each with its own diagnostics (shown sorted anyway).
    let parsed = crate::parallel::map(&shipped, |file| {
        let mut found = Diagnostics::default();
        let article = parse_article(&file.file, &file.locale, &file.slug, &mut found);
        (article, found)
    });
    let mut articles: BTreeMap<String, BTreeMap<String, Article>> = BTreeMap::new();
    // Files whose front matter has errors: their links are still checked.
    let mut broken: Vec<(&ArticleFile, markdown::Doc)> = Vec::new();
    for (file, ((article, doc), found)) in shipped.iter().zip(parsed) {
        diags.extend(found);
        match (article, doc) {
            (Some(article), _) => {
                articles
                    .entry(file.slug.clone())
                    .or_default()
                    .insert(file.locale.clone(), article);
            }
            (None, Some(doc)) => broken.push((file, doc)),
            (None, None) => {}
        }
    }
    let broken_slugs: Vec<&str> = shipped
        .iter()
        .filter(|f| f.locale == config.source_locale)
        .filter(|f| {
            !articles
                .get(&f.slug)
                .is_some_and(|s| s.contains_key(&f.locale))
        })
        .map(|f| f.slug.as_str())
        .collect();
    articles.retain(|slug, set| {
        if set.contains_key(&config.source_locale) {
            return true;
        }
        if broken_slugs.contains(&slug.as_str()) {
            for a in set.values() {
                diags.warning(
                    &a.path,
                    None,
                    format!(
                        "not checked against `content/{}/{slug}.md`, which has errors: fix that file first",
                        config.source_locale
                    ),
                );
            }
            return false;
        }
        for a in set.values() {
            diags.error(
                &a.path,
                None,
                format!(
                    "there is no `content/{}/{slug}.md`: every article must exist in the source locale `{}`",
                    config.source_locale, config.source_locale
                ),
            );
        }
        false
    });
    let contacts = local::parse(inputs.local.as_ref(), &config, diags);
    let synonyms = synonyms::parse(&inputs.search, &config, diags);
    let content = Content {
        config,
        articles,
        contacts,
        synonyms,
    };
    check_articles(&content, &broken_slugs, diags);
    for (file, doc) in &broken {
        check_links(
            &content,
            &broken_slugs,
            &file.file.display,
            &file.locale,
            &file.slug,
            doc,
            diags,
        );
    }
    Some(content)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSiteConfig {
    publisher: String,
    corrections: String,
    content_version: String,
    source_locale: String,
    locales: Vec<String>,
}

fn parse_site_config(file: Option<&TextFile>, diags: &mut Diagnostics) -> Option<SiteConfig> {
    let Some(file) = file else {
        diags.error(
            "content/site.toml",
            None,
            "missing: every content set needs `content/site.toml` (see content/README.md)",
        );
        return None;
    };
    let raw: RawSiteConfig = match toml::from_str(&file.text) {
        Ok(r) => r,
        Err(e) => {
            let line = e
                .span()
                .map(|s| crate::diag::line_of(&file.text, s.start, 1));
            diags.error(&file.display, line, e.message().trim());
            return None;
        }
    };
    let mut ok = true;
    for l in &raw.locales {
        if l.parse::<unic_langid::LanguageIdentifier>().is_err() || l.contains('_') || l.is_empty()
        {
            diags.error(
                &file.display,
                None,
                format!("`{l}` is not a language tag like `es` or `pt-BR`"),
            );
            ok = false;
        }
    }
    if !raw.locales.contains(&raw.source_locale) {
        diags.error(
            &file.display,
            None,
            format!(
                "`source_locale = \"{}\"` must also be listed in `locales`",
                raw.source_locale
            ),
        );
        ok = false;
    }
    ok.then_some(SiteConfig {
        publisher: raw.publisher,
        corrections: raw.corrections,
        content_version: raw.content_version,
        source_locale: raw.source_locale,
        locales: raw.locales,
    })
}

/// The article, or, when its front matter has errors, its Markdown alone (for the link check).
fn parse_article(
    file: &TextFile,
    locale: &str,
    slug: &str,
    diags: &mut Diagnostics,
) -> (Option<Article>, Option<markdown::Doc>) {
    let path = &file.display;
    let split = match front_matter::split(&file.text) {
        Ok(s) => s,
        Err((line, msg)) => {
            diags.error(path, Some(line), msg);
            return (None, None);
        }
    };
    let meta = front_matter::parse(&split, path, diags);
    let (mut doc, problems) = markdown::parse(split.body, split.body_line);
    doc.tokens = numbers::tokens(split.body, split.body_line);
    for (line, msg, is_error) in problems {
        if is_error {
            diags.error(path, Some(line), msg);
        } else {
            diags.warning(path, Some(line), msg);
        }
    }
    for h in &doc.headings {
        if RESERVED_IDS.contains(&h.id.as_str()) {
            diags.error(
                path,
                Some(h.line),
                format!(
                    "heading id `{}` is reserved for the page around the article: choose another",
                    h.id
                ),
            );
        }
    }
    let Some(meta) = meta else {
        return (None, Some(doc));
    };
    let article = Article {
        slug: slug.to_string(),
        locale: locale.to_string(),
        path: path.clone(),
        meta,
        doc,
        hash: hash_text(&file.text),
    };
    (Some(article), None)
}

/// First 16 hex digits of the SHA-256 of a (decoded, normalized) file: what
/// `sha256sum FILE | cut -c1-16` prints for a UTF-8 file with LF line ends.
pub fn hash_text(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks every link of one article. Links into an article whose front matter has errors
/// (`broken`) cannot be checked and are not reported as missing.
fn check_links(
    content: &Content,
    broken: &[&str],
    path: &str,
    locale: &str,
    slug: &str,
    doc: &markdown::Doc,
    diags: &mut Diagnostics,
) {
    for link in &doc.links {
        let target = links::target_slug(&link.dest).unwrap_or(slug);
        if target == slug && !content.articles.contains_key(slug) {
            // This article is itself broken: check `#heading` links against its own headings.
            if let Some((_, f)) = link.dest.split_once('#')
                && link.dest.starts_with('#')
                && !doc.has_id(f)
            {
                diags.error(
                    path,
                    Some(link.line),
                    format!(
                        "link `{}` points to a heading this article does not have",
                        link.dest
                    ),
                );
            }
            if link.dest.starts_with('#') {
                continue;
            }
        }
        if broken.contains(&target) {
            continue;
        }
        if let Err(msg) = links::resolve(&link.dest, content, locale, slug) {
            diags.error(path, Some(link.line), msg);
        }
    }
}

fn check_articles(content: &Content, broken: &[&str], diags: &mut Diagnostics) {
    let source_locale = &content.config.source_locale;
    for (slug, set) in &content.articles {
        let source = &set[source_locale];
        for (locale, article) in set {
            let path = &article.path;
            check_links(content, broken, path, locale, slug, &article.doc, diags);
            for (id, name) in REQUIRED_SECTIONS {
                if !article.doc.headings.iter().any(|h| h.id == id) {
                    diags.warning(
                        path,
                        None,
                        format!("no `{name}` section: add a heading `## {name} {{#{id}}}`"),
                    );
                }
            }
            if article.meta.sources.len() < 2 {
                diags.warning(
                    path,
                    None,
                    format!(
                        "{} source(s): every article needs at least two `[[sources]]`",
                        article.meta.sources.len()
                    ),
                );
            }
            if article.meta.review_due > article.meta.updated.add_months(6) {
                diags.warning(
                    path,
                    None,
                    "`review_due` is more than 6 months after `updated`",
                );
            }
            check_changes(content, article, diags);
            if locale == source_locale {
                lint_prose(article, diags);
                claims::check_due(path, &article.doc.claims, crate::date::Date::today(), diags);
                continue;
            }
            check_translation(content, source, article, diags);
        }
    }
}

/// A "What changed" entry for a version newer than the guide's own is a version not yet made:
/// most likely `content_version` in site.toml was not raised.
fn check_changes(content: &Content, article: &Article, diags: &mut Diagnostics) {
    use crate::source::bundle::Version;
    let Ok(current) = Version::parse(&content.config.content_version) else {
        return;
    };
    for c in &article.meta.changes {
        if Version::parse(&c.version).is_ok_and(|v| v > current) {
            diags.warning(
                &article.path,
                None,
                format!(
                    "[[changes]] for version {} is newer than the guide's content_version {current}: raise content_version in content/site.toml",
                    c.version
                ),
            );
        }
    }
}

fn check_translation(
    content: &Content,
    source: &Article,
    article: &Article,
    diags: &mut Diagnostics,
) {
    let path = &article.path;
    match content.translation_state(&article.slug, &article.locale) {
        TranslationState::Outdated => diags.warning(
            path,
            None,
            format!(
                "outdated: `{}` changed after this translation was made; update the text, then set `translated_from = \"{}\"`",
                source.path, source.hash
            ),
        ),
        TranslationState::Unreviewed if article.meta.translation.is_none() => diags.warning(
            path,
            None,
            format!(
                "no translation record: add `translated_from = \"{}\"`, `translated_by` and `reviewed_by_human`; readers see \"not yet reviewed\"",
                source.hash
            ),
        ),
        _ => {}
    }
    // Against an English text that changed, the outdated warning says enough.
    if content.translation_state(&article.slug, &article.locale) != TranslationState::Outdated {
        numbers::check(
            &source.path,
            &source.doc.tokens,
            path,
            &article.doc.tokens,
            diags,
        );
    }
    for p in &article.meta.phrases {
        if !source.meta.phrases.iter().any(|q| q.id == p.id) {
            diags.error(
                path,
                None,
                format!(
                    "phrase id `{}` is not in `{}`: keep the English ids",
                    p.id, source.path
                ),
            );
        }
    }
}

/// Warns about sentences and paragraphs too long for a stressed reader.
fn lint_prose(article: &Article, diags: &mut Diagnostics) {
    for block in &article.doc.prose {
        let words = block.text.split_whitespace().count();
        if words > MAX_PARAGRAPH_WORDS {
            diags.warning(
                &article.path,
                Some(block.line),
                format!("paragraph of {words} words: split it (at most {MAX_PARAGRAPH_WORDS})"),
            );
        }
        for sentence in sentences(&block.text) {
            let n = sentence.split_whitespace().count();
            if n > MAX_SENTENCE_WORDS {
                let start: String = sentence
                    .split_whitespace()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join(" ");
                diags.warning(
                    &article.path,
                    Some(block.line),
                    format!("sentence of {n} words (\"{start} …\"): shorten it (at most {MAX_SENTENCE_WORDS})"),
                );
            }
        }
    }
}

/// Splits text into sentences at `.`, `!`, `?` (and their CJK and Arabic forms) followed by a
/// space or the end; abbreviations like "U.S." stay whole because no space follows the inner dot.
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '؟')
            && chars.peek().is_none_or(|(_, n)| n.is_whitespace())
            && !(c == '.' && is_abbreviation(&text[start..i]));
        if end {
            let s = text[start..i + c.len_utf8()].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = i + c.len_utf8();
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Whether the word before a dot is an abbreviation ("U.S", "e.g", "A") rather than a sentence end.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    word.contains('.') || word.chars().count() == 1
}

#[cfg(test)]
mod tests;
