//! Reading a query: its words, the stop words left out, and the stems each word stands for
//! (its own, the forms it begins as the reader types, close spellings of a word the guide
//! does not have).

use std::collections::BTreeSet;

use super::text::{self, Token, tokens};
use super::{COMMON, Index, MAX_PREFIX_FORMS, MAX_QUERY_CHARS, MAX_QUERY_WORDS, Outcome, stop};

/// Words shorter than this are not corrected (too many short words are one edit apart).
pub(super) const TYPO_MIN_CHARS: usize = 5;
/// From this length a word may be two edits away.
pub(super) const TYPO_TWO_CHARS: usize = 8;

impl Index {
    /// The number of a stem, if the guide has it.
    pub(super) fn stem_number(&self, stem: &str) -> Option<u32> {
        self.stems.find(stem)
    }

    /// The stem of a folded word: from the index when the guide has the word, else the stemmer's.
    pub(super) fn stem_of(&self, form: &str) -> Option<u32> {
        match self.forms.find(form) {
            Some(i) => Some(self.form_stems[i as usize]),
            None => self.stem_number(&self.analyzer.stem(form)),
        }
    }

    /// Whether a stem has postings (is in the text, not only in a title).
    fn in_text(&self, stem: u32) -> bool {
        !self.postings[stem as usize].is_empty()
    }

    /// The stems a query word stands for: its own, and — for the word being typed — those of
    /// every form it begins; for a longer word the guide does not have, those of the guide's
    /// words one edit away (two from [`TYPO_TWO_CHARS`] letters). Only stems the guide has.
    pub(super) fn stems_for(&self, word: &str, prefix: bool) -> BTreeSet<u32> {
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
        if stems.is_empty() {
            stems.extend(self.close_words(word));
        }
        stems
    }

    /// Stems of the guide's words (forms, and stems in the text) within a small edit distance
    /// of `word`, for a word of [`TYPO_MIN_CHARS`] letters or more that is not Chinese.
    fn close_words(&self, word: &str) -> Vec<u32> {
        let n = word.chars().count();
        if n < TYPO_MIN_CHARS || word.chars().any(text::is_cjk) {
            return Vec::new();
        }
        let max = if n >= TYPO_TWO_CHARS { 2 } else { 1 };
        let close =
            |f: &str| f.chars().count().abs_diff(n) <= max && strsim::levenshtein(word, f) <= max;
        let mut out: Vec<u32> = (self.forms.iter().zip(&self.form_stems))
            .filter(|(f, _)| close(f))
            .map(|(_, &s)| s)
            .take(MAX_PREFIX_FORMS)
            .collect();
        out.extend(
            (0..self.stems.len() as u32)
                .filter(|&s| self.in_text(s) && close(self.stems.get(s as usize)))
                .take(MAX_PREFIX_FORMS),
        );
        out
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
        // The words a reader types around the question ("can", "my", "mwen", "吗") are left
        // out, unless nothing else is left.
        let meaningful: Vec<&Token> = words
            .iter()
            .filter(|w| !stop::is_stop(|s| self.stop.find(s).is_some(), &w.form))
            .collect();
        let words: Vec<&Token> = if meaningful.is_empty() {
            words.iter().collect()
        } else {
            meaningful
        };
        let typing = !query.ends_with(char::is_whitespace);
        let last = words.len() - 1;
        let word_stems: Vec<BTreeSet<u32>> = words
            .iter()
            .enumerate()
            .map(|(i, w)| self.stems_for(&w.form, typing && i == last))
            .filter(|stems| !stems.is_empty())
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
        Outcome::Hits(self.rank(&word_stems))
    }
}
