//! Full-text search over one locale's guide, built in the same pipeline as the pages (from the
//! parsed Markdown events, never a second parse) and queried in memory by the server; the same
//! index, serialized, drives the offline script in the static export and the single-file copy.
//!
//! 1. [`sections`] cuts each article into sections at its headings (with their anchors)
//! 2. [`Index::build`] folds, splits and stems every word ([`text`]) into postings
//!    (section, heading count, body count) and article-title postings
//! 3. [`Index::search`] leaves out the language's stop words ([`stop`]), expands each word to
//!    the stems it stands for (the last one also as a prefix, as the reader types; a longer
//!    word the guide does not have to the guide's words one or two edits away), ranks articles
//!    by how many of the words they match, then BM25 with title > heading > body, and returns
//!    each article's best section (a bonus when the words stand together) with a snippet
//!
//! Modules by concern: [`text`] (folding, splitting, stemming), [`stop`], `build` (the index),
//! `query` (a query's words and stems), `rank`, `snippet`, `json` (the offline index).
//! Ranking is repeated exactly in `static/search.js`; the phrase bonus only picks the section.

mod build;
mod json;
mod query;
pub mod questions;
mod rank;
mod snippet;
pub mod stop;
mod store;
mod strings;
mod suggest;
pub use store::IndexCell;
pub mod text;

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::parse::markdown::Doc;
use strings::Strings;

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words of a query that are used.
pub const MAX_QUERY_WORDS: usize = 12;
/// Most surface forms a prefix may expand to.
const MAX_PREFIX_FORMS: usize = 40;
/// Field weights: the article's title, a section's heading, its body.
const W_TITLE: f64 = 5.0;
const W_HEADING: f64 = 3.0;
/// Weight of a heading the query covers ("parole" for the heading "Parole"), times the share
/// of the heading's words the query has.
const W_HEADING_MATCH: f64 = 2.0;
/// Field weight of the questions an article says it answers (front matter `questions`).
const W_QUESTION: f64 = 8.0;
/// BM25's term-frequency saturation and length normalization.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// One section of an article, as indexed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Heading id (empty for the text before the first heading).
    pub anchor: String,
    /// Heading text (empty for the intro), plus the labels of the statuses it is written for.
    pub heading: String,
    /// Plain body text.
    pub text: String,
}

/// One article, as indexed.
#[derive(Debug, Clone)]
pub struct Document {
    /// Its slug.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// Its sections in order; the first is the summary and intro.
    pub sections: Vec<Section>,
    /// The questions its editors say it answers (front matter `questions`).
    pub questions: Vec<String>,
}

/// Cuts an article into sections at its `##` and `###` headings.
pub fn sections(doc: &Doc, summary: &str, status_label: impl Fn(&str) -> String) -> Vec<Section> {
    let mut out = vec![Section {
        anchor: String::new(),
        heading: String::new(),
        text: summary.to_string(),
    }];
    let mut in_heading = false;
    for event in &doc.events {
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) if (*level as u8) <= 3 => {
                in_heading = true;
                let labels: Vec<String> = classes
                    .iter()
                    .filter_map(|c| c.strip_prefix("for-"))
                    .map(&status_label)
                    .collect();
                out.push(Section {
                    anchor: id.as_deref().unwrap_or("").to_string(),
                    heading: String::new(),
                    text: String::new(),
                });
                if !labels.is_empty() {
                    let last = out.last_mut().expect("just pushed");
                    last.text.push_str(&labels.join(" · "));
                    last.text.push(' ');
                }
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(t) | Event::Code(t) => {
                let last = out.last_mut().expect("one section at least");
                if in_heading {
                    last.heading.push_str(t);
                } else {
                    last.text.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                out.last_mut().expect("one section").text.push(' ')
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::TableHead,
            ) => {
                let last = out.last_mut().expect("one section");
                if !last.text.ends_with(' ') {
                    last.text.push(' ');
                }
            }
            _ => {}
        }
    }
    for s in &mut out {
        s.text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out
}

/// A section's entry in a term's postings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Posting {
    section: u32,
    heading: u16,
    body: u16,
}

/// The search index of one locale. Stems are numbered in sorted order and everything else
/// refers to them by number: a locale has a few thousand stems but tens of thousands of
/// words, and the server keeps every locale's index for its whole life, so the index is a few
/// flat arrays rather than maps of strings.
#[derive(Debug)]
pub struct Index {
    docs: Vec<Document>,
    /// Section → (article index, index within the article).
    section_of: Box<[(u32, u32)]>,
    /// Article → its length in words (BM25's length normalization), at least 1.
    lengths: Box<[f64]>,
    /// The stems, sorted; a stem's number is its place here.
    stems: Strings,
    /// Stem → postings, sorted by section (empty for a stem only titles have).
    postings: Box<[Box<[Posting]>]>,
    /// Stem → articles whose title has it.
    titles: Box<[Box<[u32]>]>,
    /// Stem → articles whose editors' questions have it.
    questions: Box<[Box<[u32]>]>,
    /// Every word the index knows, sorted: the folded forms seen (in the articles and the
    /// synonyms) and the stems. For prefixes, close spellings, and the offline script …
    vocab: Strings,
    /// … and each one's stem (a form's own stem; a stem itself) …
    vocab_stems: Box<[u32]>,
    /// … and whether it is a word of the text (not only a stem, such as "pictur").
    vocab_forms: Box<[bool]>,
    /// Synonym groups (`content/<locale>/search.toml`): entries, each the stems of its words.
    synonyms: Box<[SynonymGroup]>,
    /// Section → how many words its heading has, stop words left out.
    heading_words: Box<[u16]>,
    /// Section → its stems in order (for the phrase bonus).
    sequence: Box<[Box<[u32]>]>,
    /// The language's stop words ([`stop`]), sorted.
    stop: Strings,
}

/// A synonym group: its entries, each the stems of its words.
type SynonymGroup = Box<[Box<[u32]>]>;

/// One search result: an article and its best section.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The article's slug.
    pub slug: String,
    /// The article's title.
    pub title: String,
    /// The best section's anchor (empty: the article's top).
    pub anchor: String,
    /// The best section's heading.
    pub heading: String,
    /// HTML: the text around the first match, escaped, matches in `<mark>`.
    pub snippet: String,
    /// The score.
    pub score: f64,
}

/// What a query came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// No words to search for.
    Empty,
    /// Longer than [`MAX_QUERY_CHARS`].
    TooLong,
    /// The hits, best first (possibly none).
    Hits(Vec<Hit>),
}

#[cfg(test)]
mod tests;
