//! Full-text search over one locale's guide, built in the same pipeline as the pages (from the
//! parsed Markdown events, never a second parse) and queried in memory by the server; the same
//! index, serialized, drives the offline script in the static export and the single-file copy.
//!
//! 1. [`sections`] cuts each article into sections at its headings (with their anchors)
//! 2. [`Index::build`] folds, splits and stems every word ([`text`]) into postings
//!    (section, heading count, body count) and article-title postings
//! 3. [`Index::search`] matches every query word (the last one also as a prefix, as the reader
//!    types), ranks articles title > heading > body with a bonus when the words stand together,
//!    and returns each article's best section with a highlighted snippet
//!
//! Ranking (without the phrase bonus) is repeated exactly in `static/search.js`.

mod store;
pub use store::IndexCell;
pub mod text;

use crate::html::escape;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::parse::markdown::Doc;
use text::{Analyzer, Token, tokens};

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words of a query that are used.
pub const MAX_QUERY_WORDS: usize = 12;
/// Most surface forms a prefix may expand to.
const MAX_PREFIX_FORMS: usize = 40;
/// Field weights: the article's title, a section's heading, its body.
const W_TITLE: f32 = 5.0;
const W_HEADING: f32 = 3.0;
/// A word in more than this share of articles is too common to search for.
const COMMON: f32 = 0.7;
/// BM25's term-frequency saturation and length normalization.
const K1: f32 = 1.2;
const B: f32 = 0.75;

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
struct Posting {
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
    analyzer: Analyzer,
    docs: Vec<Document>,
    /// Section → (article index, index within the article).
    section_of: Box<[(u32, u32)]>,
    /// Article → its length in words (BM25's length normalization), at least 1.
    lengths: Box<[f32]>,
    /// The stems, sorted; a stem's number is its place here.
    stems: Strings,
    /// Stem → postings, sorted by section (empty for a stem only titles have).
    postings: Box<[Box<[Posting]>]>,
    /// Stem → articles whose title has it.
    titles: Box<[Box<[u32]>]>,
    /// Folded surface forms, sorted (for prefixes and the offline script) …
    forms: Strings,
    /// … and each one's stem.
    form_stems: Box<[u32]>,
    /// Section → its stems in order (for the phrase bonus).
    sequence: Box<[Box<[u32]>]>,
}

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
    pub score: f32,
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

impl Index {
    /// Indexes a locale's articles.
    pub fn build(locale: &str, docs: Vec<Document>) -> Index {
        let analyzer = Analyzer::for_locale(locale);
        // Words and stems get numbers as they are first seen (hash lookups, one allocation per
        // distinct word, not per occurrence); the stems are sorted and renumbered at the end.
        // Sized for a guide's few thousand words, so the tables do not grow step by step.
        let mut stem_seen: HashMap<String, u32> = HashMap::with_capacity(4096);
        let mut form_seen: HashMap<String, u32> = HashMap::with_capacity(4096);
        let mut stem_of = |form: &str| -> u32 {
            if let Some(&stem) = form_seen.get(form) {
                return stem;
            }
            let stem = analyzer.stem(form);
            let next = stem_seen.len() as u32;
            let id = *stem_seen.entry(stem).or_insert(next);
            form_seen.insert(form.to_string(), id);
            id
        };
        let mut section_of = Vec::new();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        let mut titles: Vec<Vec<u32>> = Vec::new();
        let mut sequence: Vec<Vec<u32>> = Vec::new();
        let mut counts: Vec<(u16, u16)> = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        for (a, doc) in docs.iter().enumerate() {
            for t in tokens(&doc.title) {
                let stem = stem_of(&t.form);
                grow(&mut titles, stem);
                let list = &mut titles[stem as usize];
                if list.last() != Some(&(a as u32)) {
                    list.push(a as u32);
                }
            }
            for (i, s) in doc.sections.iter().enumerate() {
                let id = section_of.len() as u32;
                section_of.push((a as u32, i as u32));
                let mut seq: Vec<u32> = tokens(&s.heading)
                    .iter()
                    .map(|t| stem_of(&t.form))
                    .collect();
                let heading_len = seq.len();
                seq.extend(tokens(&s.text).iter().map(|t| stem_of(&t.form)));
                // Counts per stem in this section, in a table indexed by stem (no hashing).
                for (k, &stem) in seq.iter().enumerate() {
                    if counts.len() <= stem as usize {
                        counts.resize(stem as usize + 1, (0, 0));
                    }
                    let c = &mut counts[stem as usize];
                    if *c == (0, 0) {
                        touched.push(stem);
                    }
                    if k < heading_len {
                        c.0 = c.0.saturating_add(1);
                    } else {
                        c.1 = c.1.saturating_add(1);
                    }
                }
                for stem in touched.drain(..) {
                    let (heading, body) = std::mem::take(&mut counts[stem as usize]);
                    grow(&mut postings, stem);
                    postings[stem as usize].push(Posting {
                        section: id,
                        heading,
                        body,
                    });
                }
                sequence.push(seq);
            }
        }
        // Number the stems in sorted order.
        let mut by_text: Vec<(String, u32)> = stem_seen.into_iter().collect();
        by_text.sort_unstable();
        let mut renumber = vec![0u32; by_text.len()];
        for (new, (_, old)) in by_text.iter().enumerate() {
            renumber[*old as usize] = new as u32;
        }
        let stems: Strings = by_text.iter().map(|(s, _)| s).collect();
        // Sections were numbered in order, so each stem's postings are sorted by section.
        let postings = reorder(postings, &by_text);
        let titles = reorder(titles, &by_text);
        let sequence: Box<[Box<[u32]>]> = sequence
            .into_iter()
            .map(|seq| seq.into_iter().map(|s| renumber[s as usize]).collect())
            .collect();
        let mut forms: Vec<(String, u32)> = form_seen.into_iter().collect();
        forms.sort_unstable();
        let form_stems = forms.iter().map(|(_, s)| renumber[*s as usize]).collect();
        let forms: Strings = forms.iter().map(|(f, _)| f).collect();
        let lengths = (0..docs.len() as u32)
            .map(|a| {
                section_of
                    .iter()
                    .zip(&sequence)
                    .filter(|((art, _), _)| *art == a)
                    .map(|(_, seq)| seq.len() as f32)
                    .sum::<f32>()
                    .max(1.0)
            })
            .collect();
        Index {
            analyzer,
            docs,
            section_of: section_of.into_boxed_slice(),
            lengths,
            postings,
            titles,
            forms,
            form_stems,
            sequence,
            stems,
        }
    }

    /// The number of a stem, if the guide has it.
    fn stem_number(&self, stem: &str) -> Option<u32> {
        self.stems.find(stem)
    }

    /// The stem of a folded word: from the index when the guide has the word, else the stemmer's.
    fn stem_of(&self, form: &str) -> Option<u32> {
        match self.forms.find(form) {
            Some(i) => Some(self.form_stems[i as usize]),
            None => self.stem_number(&self.analyzer.stem(form)),
        }
    }

    /// The stems a query word stands for: its own, and — for the word being typed — those of
    /// every form it begins. Only stems the guide has.
    fn stems_for(&self, word: &str, prefix: bool) -> BTreeSet<u32> {
        let mut stems: BTreeSet<u32> = self.stem_of(word).into_iter().collect();
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && text::is_cjk(c)
        {
            // One Chinese character: every indexed pair that has it.
            let pairs = (self.forms.iter().zip(&self.form_stems))
                .filter(|(f, _)| f.contains(c))
                .take(MAX_PREFIX_FORMS);
            stems.extend(pairs.map(|(_, &stem)| stem));
        }
        if prefix && word.chars().count() >= 2 {
            let from = self.forms.partition_point(word);
            stems.extend(
                (self.forms.iter().zip(&self.form_stems))
                    .skip(from)
                    .take_while(|(f, _)| f.starts_with(word))
                    .take(MAX_PREFIX_FORMS)
                    .map(|(_, &stem)| stem),
            );
        }
        stems
    }

    /// Runs a query.
    pub fn search(&self, query: &str) -> Outcome {
        let query: String = query.chars().filter(|c| !c.is_control()).collect();
        if query.chars().count() > MAX_QUERY_CHARS {
            return Outcome::TooLong;
        }
        let words: Vec<Token> = tokens(&query).into_iter().take(MAX_QUERY_WORDS).collect();
        if words.is_empty() {
            return Outcome::Empty;
        }
        let typing = !query.ends_with(char::is_whitespace);
        let word_stems: Vec<BTreeSet<u32>> = words
            .iter()
            .enumerate()
            .map(|(i, w)| self.stems_for(&w.form, typing && i + 1 == words.len()))
            .collect();
        // Words in most articles ("de", "the") say nothing about which one is meant: leave them
        // out, unless nothing else is left.
        let common = |stems: &BTreeSet<u32>| {
            let df = stems.iter().map(|&s| self.article_df(s)).max().unwrap_or(0);
            df as f32 > COMMON * self.docs.len() as f32
        };
        let word_stems: Vec<BTreeSet<u32>> = if word_stems.iter().all(common) {
            word_stems
        } else {
            word_stems.into_iter().filter(|w| !common(w)).collect()
        };
        // Chinese pairs overlap words, so a query's pairs are not all required.
        let all = !words.iter().any(|w| w.form.chars().any(text::is_cjk));
        let mut hits = self.rank(&word_stems, all);
        if hits.is_empty() && all {
            hits = self.rank(&word_stems, false);
        }
        Outcome::Hits(hits)
    }

    /// How many articles have `stem` anywhere (title or text).
    fn article_df(&self, stem: u32) -> usize {
        let mut articles: BTreeSet<u32> = self.titles[stem as usize].iter().copied().collect();
        for p in &self.postings[stem as usize] {
            articles.insert(self.section_of[p.section as usize].0);
        }
        articles.len()
    }

    /// BM25 inverse document frequency over articles: near zero for words every article has.
    fn idf(&self, stem: u32) -> f32 {
        let n = self.docs.len() as f32;
        let df = self.article_df(stem) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Scores every article, BM25 over whole articles with the title and headings weighted up;
    /// with `all`, an article must match every word. Each hit links its best section.
    fn rank(&self, word_stems: &[BTreeSet<u32>], all: bool) -> Vec<Hit> {
        let lengths = &self.lengths;
        let avg = lengths.iter().sum::<f32>() / lengths.len().max(1) as f32;
        let mut scores: BTreeMap<u32, (f32, usize)> = BTreeMap::new();
        let mut section_scores: BTreeMap<u32, f32> = BTreeMap::new();
        for stems in word_stems {
            let mut word_article: BTreeMap<u32, f32> = BTreeMap::new();
            let mut word_section: BTreeMap<u32, f32> = BTreeMap::new();
            for &stem in stems {
                let idf = self.idf(stem);
                let titles = &self.titles[stem as usize];
                let mut tf: BTreeMap<u32, f32> = BTreeMap::new();
                for p in &self.postings[stem as usize] {
                    let a = self.section_of[p.section as usize].0;
                    let weighted = W_HEADING * f32::from(p.heading) + f32::from(p.body);
                    *tf.entry(a).or_insert(0.0) += weighted;
                    let v = idf * (W_HEADING * f32::from(p.heading) + saturate(f32::from(p.body)));
                    let e = word_section.entry(p.section).or_insert(0.0);
                    *e = e.max(v);
                }
                for &a in titles {
                    tf.entry(a).or_insert(0.0);
                }
                for (a, t) in tf {
                    let in_title = titles.contains(&a);
                    let norm = K1 * (1.0 - B + B * lengths[a as usize] / avg);
                    let body = if t > 0.0 {
                        t * (K1 + 1.0) / (t + norm)
                    } else {
                        0.0
                    };
                    let v = idf * (if in_title { W_TITLE } else { 0.0 } + body);
                    let e = word_article.entry(a).or_insert(0.0);
                    *e = e.max(v);
                }
            }
            for (a, v) in word_article {
                let e = scores.entry(a).or_insert((0.0, 0));
                e.0 += v;
                e.1 += 1;
            }
            for (s, v) in word_section {
                *section_scores.entry(s).or_insert(0.0) += v;
            }
        }
        let phrase: Vec<&BTreeSet<u32>> = word_stems.iter().collect();
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .filter(|(_, (_, matched))| !all || *matched == word_stems.len())
            .map(|(a, (score, _))| {
                let doc = &self.docs[a as usize];
                // The best section: highest score plus the phrase bonus; the first on ties.
                let mut best = (self.first_section(a), f32::MIN);
                for (s, (art, _)) in self.section_of.iter().enumerate() {
                    let s = s as u32;
                    if *art != a {
                        continue;
                    }
                    if let Some(v) = section_scores.get(&s) {
                        let v = v + self.phrase_bonus(s, &phrase);
                        if v > best.1 {
                            best = (s, v);
                        }
                    }
                }
                let bonus = self.phrase_bonus(best.0, &phrase);
                let (_, i) = self.section_of[best.0 as usize];
                let section = &doc.sections[i as usize];
                Hit {
                    slug: doc.slug.clone(),
                    title: doc.title.clone(),
                    anchor: section.anchor.clone(),
                    heading: section.heading.clone(),
                    snippet: self.snippet(section, &phrase),
                    score: score + bonus,
                }
            })
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.slug.cmp(&b.slug))
        });
        hits
    }

    fn first_section(&self, article: u32) -> u32 {
        self.section_of
            .iter()
            .position(|(a, _)| *a == article)
            .unwrap_or(0) as u32
    }

    /// A bonus when the query's words stand next to each other, in order, in the section.
    fn phrase_bonus(&self, section: u32, words: &[&BTreeSet<u32>]) -> f32 {
        if words.len() < 2 {
            return 0.0;
        }
        let seq = &self.sequence[section as usize];
        let mut best = 0usize;
        for start in 0..seq.len() {
            let run = words
                .iter()
                .zip(&seq[start..])
                .take_while(|(w, s)| w.contains(*s))
                .count();
            best = best.max(run);
        }
        if best >= 2 {
            2.0 * (best - 1) as f32
        } else {
            0.0
        }
    }

    /// About 160 characters of the section around its first matching word, matches marked.
    fn snippet(&self, section: &Section, words: &[&BTreeSet<u32>]) -> String {
        let text = &section.text;
        let toks = tokens(text);
        let matches = |t: &Token| {
            self.stem_of(&t.form)
                .is_some_and(|stem| words.iter().any(|w| w.contains(&stem)))
        };
        let first = toks.iter().position(&matches).unwrap_or(0);
        let start_byte = toks
            .get(first.saturating_sub(6))
            .map_or(0, |t| t.span.start);
        let mut end_byte = text.len();
        let mut budget = 160usize;
        for (i, c) in text[start_byte..].char_indices() {
            if budget == 0 {
                end_byte = start_byte + i;
                break;
            }
            let _ = c;
            budget -= 1;
        }
        // Marked ranges, merged where Chinese bigrams overlap.
        let mut marks: Vec<std::ops::Range<usize>> = Vec::new();
        for t in toks
            .iter()
            .filter(|t| t.span.start >= start_byte && t.span.end <= end_byte)
        {
            if matches(t) {
                match marks.last_mut() {
                    Some(last) if t.span.start <= last.end => last.end = last.end.max(t.span.end),
                    _ => marks.push(t.span.clone()),
                }
            }
        }
        let mut out = String::new();
        if start_byte > 0 {
            out.push('…');
        }
        let mut at = start_byte;
        for m in marks {
            out.push_str(&escape(&text[at..m.start]));
            out.push_str("<mark>");
            out.push_str(&escape(&text[m.clone()]));
            out.push_str("</mark>");
            at = m.end;
        }
        out.push_str(&escape(&text[at..end_byte]));
        if end_byte < text.len() {
            out.push('…');
        }
        out
    }

    /// The index as compact JSON for `static/search.js`. Postings are packed per stem as
    /// `delta[.heading][:body]` entries (base 36, section numbers as differences, heading 0
    /// and body 1 left out). With `excerpts`, each section carries its first 140 characters for
    /// result snippets and its heading; the single-file copy leaves both out to stay small
    /// (its script reads headings from the page).
    pub fn to_json(&self, excerpts: bool) -> String {
        let articles: Vec<(&str, &str)> = self
            .docs
            .iter()
            .map(|d| (d.slug.as_str(), d.title.as_str()))
            .collect();
        let lengths: Vec<usize> = self.sequence.iter().map(|seq| seq.len()).collect();
        let sections: Vec<JsonSection<'_>> = self
            .section_of
            .iter()
            .map(|&(a, i)| {
                let s = &self.docs[a as usize].sections[i as usize];
                if excerpts {
                    let excerpt: String = s.text.chars().take(140).collect();
                    JsonSection::Full(a, &s.anchor, &s.heading, excerpt)
                } else {
                    // The single-file copy has the headings on the page already.
                    JsonSection::Anchor(a, &s.anchor)
                }
            })
            .collect();
        // The compact index leaves out Chinese character pairs seen only once in body text: most
        // are pairs across two words, and they would double the index of a Chinese guide.
        let once = |stem: usize, ps: &[Posting]| {
            !excerpts
                && self.stems.get(stem).chars().any(text::is_cjk)
                && self.titles[stem].is_empty()
                && ps.len() == 1
                && ps[0].heading == 0
                && ps[0].body == 1
        };
        let postings: Vec<(&str, String)> = self
            .postings
            .iter()
            .enumerate()
            .filter(|(stem, ps)| !ps.is_empty() && !once(*stem, ps))
            .map(|(stem, ps)| {
                let mut packed = String::new();
                let mut prev = 0;
                for p in ps {
                    if !packed.is_empty() {
                        packed.push(',');
                    }
                    packed.push_str(&base36(p.section - prev));
                    prev = p.section;
                    if p.heading != 0 {
                        packed.push('.');
                        packed.push_str(&base36(u32::from(p.heading)));
                    }
                    if p.body != 1 {
                        packed.push(':');
                        packed.push_str(&base36(u32::from(p.body)));
                    }
                }
                (self.stems.get(stem), packed)
            })
            .collect();
        let titles: Vec<(&str, &[u32])> = self
            .titles
            .iter()
            .enumerate()
            .filter(|(_, articles)| !articles.is_empty())
            .map(|(stem, articles)| (self.stems.get(stem), &articles[..]))
            .collect();
        // Only forms that differ from their stem; the script treats any other form as its own stem.
        let mut forms: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (form, &stem) in self.forms.iter().zip(&self.form_stems) {
            let stem = self.stems.get(stem as usize);
            if form != stem {
                forms.entry(stem).or_default().push(form);
            }
        }
        // Keys in sorted order, as a JSON object's are everywhere else in Paso.
        let json = Json {
            a: articles,
            f: forms,
            n: lengths,
            p: Pairs(postings),
            s: sections,
            t: Pairs(titles),
        };
        serde_json::to_string(&json).expect("the index serializes")
    }
}

/// The serialized index (see [`Index::to_json`]); stems are already sorted, so their maps are
/// written from lists.
#[derive(serde::Serialize)]
struct Json<'a> {
    a: Vec<(&'a str, &'a str)>,
    f: BTreeMap<&'a str, Vec<&'a str>>,
    n: Vec<usize>,
    p: Pairs<&'a str, String>,
    s: Vec<JsonSection<'a>>,
    t: Pairs<&'a str, &'a [u32]>,
}

/// A section in the serialized index: `[article, anchor, heading, excerpt]` or `[article, anchor]`.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum JsonSection<'a> {
    Full(u32, &'a str, &'a str, String),
    Anchor(u32, &'a str),
}

/// Key–value pairs, in order, written as a JSON object.
struct Pairs<K, V>(Vec<(K, V)>);

impl<K: serde::Serialize, V: serde::Serialize> serde::Serialize for Pairs<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// Makes room in a list indexed by stem number.
fn grow<T>(v: &mut Vec<Vec<T>>, stem: u32) {
    if v.len() <= stem as usize {
        v.resize_with(stem as usize + 1, Vec::new);
    }
}

/// A list indexed by first-seen stem number, in sorted stem order (`order`: text, old number).
fn reorder<T>(mut v: Vec<Vec<T>>, order: &[(String, u32)]) -> Box<[Box<[T]>]> {
    v.resize_with(order.len(), Vec::new);
    order
        .iter()
        .map(|(_, old)| std::mem::take(&mut v[*old as usize]).into_boxed_slice())
        .collect()
}

/// Sorted strings in one allocation: string `i` is `text[ends[i - 1]..ends[i]]`. Thousands of
/// short words as separate `String`s would cost more in allocator overhead than in text.
#[derive(Debug, Default)]
struct Strings {
    text: Box<str>,
    ends: Box<[u32]>,
}

impl Strings {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.text[start..self.ends[i] as usize]
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The number of the first string not less than `s`.
    fn partition_point(&self, s: &str) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.get(mid) < s {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The number of `s`, if it is here.
    fn find(&self, s: &str) -> Option<u32> {
        let i = self.partition_point(s);
        (i < self.len() && self.get(i) == s).then_some(i as u32)
    }
}

impl<S: AsRef<str>> FromIterator<S> for Strings {
    /// From strings in strictly increasing order.
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Strings {
        let (mut text, mut ends) = (String::new(), Vec::new());
        let mut last = 0;
        for s in iter {
            let s = s.as_ref();
            assert!(ends.is_empty() || s > &text[last..], "strings out of order");
            last = text.len();
            text.push_str(s);
            ends.push(u32::try_from(text.len()).expect("an index under 4 GB"));
        }
        Strings {
            text: text.into_boxed_str(),
            ends: ends.into_boxed_slice(),
        }
    }
}

fn base36(mut n: u32) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

/// Term-frequency saturation, as in BM25 (k1 = 1.2), without length normalization.
fn saturate(tf: f32) -> f32 {
    if tf == 0.0 {
        0.0
    } else {
        tf * (K1 + 1.0) / (tf + K1)
    }
}

#[cfg(test)]
mod tests;
