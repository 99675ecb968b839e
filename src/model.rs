//! The validated content model that parsing produces and rendering reads: site settings,
//! articles grouped by slug across locales, and the values their front matter may hold.

use std::collections::BTreeMap;

use crate::date::Date;
use crate::parse::front_matter::FrontMatter;
use crate::parse::markdown::Doc;

/// An immigration status a section or article is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// US citizens.
    UsCitizen,
    /// Lawful permanent residents.
    GreenCard,
    /// Visa holders and other visitors.
    Visa,
    /// Canadian and Mexican visitors.
    VisitorCaMx,
    /// Pending cases, parole, TPS.
    PendingOrParole,
    /// No current status.
    NoStatus,
}

impl Status {
    /// Every status, in the order the home page asks about them.
    pub const ALL: [Status; 6] = [
        Status::UsCitizen,
        Status::GreenCard,
        Status::Visa,
        Status::VisitorCaMx,
        Status::PendingOrParole,
        Status::NoStatus,
    ];

    /// The slug used in front matter, URLs and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::UsCitizen => "us-citizen",
            Status::GreenCard => "green-card",
            Status::Visa => "visa",
            Status::VisitorCaMx => "visitor-ca-mx",
            Status::PendingOrParole => "pending-or-parole",
            Status::NoStatus => "no-status",
        }
    }

    /// Parses a slug.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// All section classes, for error messages.
    pub fn class_list() -> String {
        Status::ALL
            .iter()
            .map(|s| format!("`.for-{}`", s.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// All slugs, for error messages.
    pub fn list() -> String {
        Status::ALL
            .iter()
            .map(|s| format!("`{}`", s.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The date printed on a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceDate {
    /// Only the year is known.
    Year(i32),
    /// Year and month.
    Month(i32, u8),
    /// A full date.
    Day(Date),
}

/// One source of an article's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    /// Its title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// The date on it.
    pub date: Option<SourceDate>,
    /// When an undated page was read.
    pub accessed: Option<Date>,
    /// The original's address.
    pub url: Option<String>,
    /// A copy's address.
    pub via: Option<String>,
}

/// A lawyer's review of an article.
#[derive(Debug, Clone)]
pub struct LegalReview {
    /// When.
    pub date: Date,
    /// The reviewer's role or organization.
    pub reviewer: String,
}

/// One "What changed" entry of an article: what is different in one content version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The content version it came with, dotted numbers such as `2026.12.1`.
    pub version: String,
    /// When that version was published.
    pub date: Date,
    /// One or two plain sentences.
    pub text: String,
}

/// A rights-card phrase.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// Stable id, the same in every locale.
    pub id: String,
    /// What the reader says or shows.
    pub text: String,
    /// Only for these statuses; empty means everyone.
    pub applies_to: Vec<Status>,
}

/// Who translated a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslatedBy {
    /// Machine translation.
    Machine,
    /// A person.
    Person,
}

/// A translation's record of where it came from.
#[derive(Debug, Clone)]
pub struct TranslationRecord {
    /// Hash prefix of the source-locale file it was made from.
    pub from: Option<String>,
    /// Machine or person.
    pub by: Option<TranslatedBy>,
    /// Whether a person has checked it.
    pub reviewed_by_human: bool,
    /// When an independent pass translated it back to the source language and compared the
    /// meaning (`checked_by_back_translation = 2026-12-05`).
    pub checked_by_back_translation: Option<Date>,
}

/// How far a reader can trust one locale's version of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TranslationState {
    /// The source locale itself, or a reviewed, current translation.
    Ok,
    /// Translated but not checked by a person (or no record).
    Unreviewed,
    /// The source changed after translation.
    Outdated,
    /// No translation: the source-locale text is shown.
    Missing,
}

impl TranslationState {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationState::Ok => "ok",
            TranslationState::Unreviewed => "unreviewed",
            TranslationState::Outdated => "outdated",
            TranslationState::Missing => "missing",
        }
    }
}

/// One article in one locale.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file name without `.md`.
    pub slug: String,
    /// The locale of its text.
    pub locale: String,
    /// The file, for diagnostics.
    pub path: String,
    /// Front matter.
    pub meta: FrontMatter,
    /// The parsed Markdown.
    pub doc: Doc,
    /// First 16 hex digits of the SHA-256 of the normalized file.
    pub hash: String,
}

/// Site-wide settings from `content/site.toml`.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Who publishes this copy.
    pub publisher: String,
    /// How to report a mistake.
    pub corrections: String,
    /// Content version string.
    pub content_version: String,
    /// The locale every translation starts from.
    pub source_locale: String,
    /// Shipped locales, in menu order (source locale included).
    pub locales: Vec<String>,
}

/// An organization's own contact (from `content/local.toml`).
#[derive(Debug, Clone, Default)]
pub struct Contact {
    /// Name of the organization or line.
    pub name: String,
    /// Phone number as dialled.
    pub phone: Option<String>,
    /// Opening hours.
    pub hours: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// Website.
    pub url: Option<String>,
    /// Languages spoken.
    pub languages: Vec<String>,
    /// Anything else.
    pub note: Option<String>,
    /// `hours` in other languages (`hours = { en = "...", es = "..." }`), by locale.
    pub hours_by_locale: std::collections::BTreeMap<String, String>,
    /// `note` in other languages, by locale.
    pub note_by_locale: std::collections::BTreeMap<String, String>,
}

impl Contact {
    /// The hours to show on a `locale` page: its own language's, else the plain or
    /// source-language text.
    pub fn hours_in(&self, locale: &str) -> Option<&str> {
        self.hours_by_locale
            .get(locale)
            .or(self.hours.as_ref())
            .map(String::as_str)
    }

    /// The note to show on a `locale` page, like [`Contact::hours_in`].
    pub fn note_in(&self, locale: &str) -> Option<&str> {
        self.note_by_locale
            .get(locale)
            .or(self.note.as_ref())
            .map(String::as_str)
    }
}

/// The whole validated content set.
#[derive(Debug, Clone)]
pub struct Content {
    /// Site settings.
    pub config: SiteConfig,
    /// slug → locale → article. Every slug has a source-locale article.
    pub articles: BTreeMap<String, BTreeMap<String, Article>>,
    /// Local contacts.
    pub contacts: Vec<Contact>,
    /// Per locale, search synonym groups (`content/<locale>/search.toml`), each a list of
    /// folded entries.
    pub synonyms: BTreeMap<String, Vec<Vec<String>>>,
}

impl Content {
    /// Slugs in reading order (by the source article's `order`, then slug).
    pub fn slugs_in_order(&self) -> Vec<&str> {
        let mut v: Vec<(&str, i64)> = self
            .articles
            .iter()
            .filter_map(|(slug, by_locale)| {
                by_locale
                    .get(&self.config.source_locale)
                    .map(|a| (slug.as_str(), a.meta.order))
            })
            .collect();
        v.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(b.0)));
        v.into_iter().map(|(s, _)| s).collect()
    }

    /// Every external address the guide links to (text links, sources, contacts).
    pub fn external_urls(&self) -> std::collections::BTreeSet<String> {
        let mut urls = std::collections::BTreeSet::new();
        for a in self.articles.values().flat_map(|set| set.values()) {
            for l in &a.doc.links {
                if l.dest.starts_with("https://") {
                    urls.insert(l.dest.clone());
                }
            }
            for s in &a.meta.sources {
                urls.extend(s.url.iter().chain(&s.via).cloned());
            }
        }
        urls.extend(self.contacts.iter().filter_map(|c| c.url.clone()));
        urls
    }

    /// The article whose front matter carries the rights-card phrases, if any.
    pub fn card_slug(&self) -> Option<&str> {
        self.slugs_in_order().into_iter().find(|s| {
            self.source_article(s)
                .is_some_and(|a| !a.meta.phrases.is_empty())
        })
    }

    /// The source-locale article for `slug`.
    pub fn source_article(&self, slug: &str) -> Option<&Article> {
        self.articles.get(slug)?.get(&self.config.source_locale)
    }

    /// The article to show for `slug` in `locale` (the translation, else the source).
    pub fn article_for(&self, slug: &str, locale: &str) -> Option<&Article> {
        let set = self.articles.get(slug)?;
        set.get(locale)
            .or_else(|| set.get(&self.config.source_locale))
    }

    /// How far `locale`'s version of `slug` can be trusted.
    pub fn translation_state(&self, slug: &str, locale: &str) -> TranslationState {
        if locale == self.config.source_locale {
            return TranslationState::Ok;
        }
        let (Some(source), Some(tr)) = (
            self.source_article(slug),
            self.articles.get(slug).and_then(|s| s.get(locale)),
        ) else {
            return TranslationState::Missing;
        };
        match &tr.meta.translation {
            Some(rec)
                if rec
                    .from
                    .as_deref()
                    .is_some_and(|h| !source.hash.starts_with(h)) =>
            {
                TranslationState::Outdated
            }
            Some(rec) if rec.reviewed_by_human && rec.from.is_some() => TranslationState::Ok,
            _ => TranslationState::Unreviewed,
        }
    }
}
