//! Reading a query: its words, the stop words left out, and the stems each word stands for
//! (its own, its synonyms, the forms it begins as the reader types, close spellings of a word
//! the guide does not have). Only the index's own data is used (no stemmer at query time), so
//! `static/search.js`, which has the same data, reads a query exactly the same way.

use std::collections::BTreeSet;

use super::text::{self, Token, tokens};
use super::{Index, MAX_PREFIX_FORMS, MAX_QUERY_CHARS, MAX_QUERY_WORDS, Outcome, stop};

/// Words shorter than this are not corrected (too many short words are one edit apart).
pub(super) const TYPO_MIN_CHARS: usize = 5;
/// From this length a word may be two edits away.
pub(super) const TYPO_TWO_CHARS: usize = 8;
/// Stems this many letters apart at the end may be forms of one word …
const RELATED_ENDING: usize = 2;
/// … when the shorter one has at least this many letters.
const RELATED_MIN_CHARS: usize = 4;
/// A word the index does not know stands for its longest known beginning of at least this
/// many letters …
const HEAD_MIN_CHARS: usize = 4;
/// … and this share of the word.
const HEAD_MIN_SHARE: f64 = 0.6;

impl Index {
    /// The stem of a folded word the index knows (a form or a stem).
    pub(super) fn stem_of(&self, form: &str) -> Option<u32> {
        self.vocab.find(form).map(|i| self.vocab_stems[i as usize])
    }

    /// The stem a query word stands for: its own when the index knows it, else that of its
    /// longest known beginning ("negarme" → "negar"), standing in for a stemmer.
    pub(super) fn own_stem(&self, word: &str) -> Option<u32> {
        if let Some(stem) = self.stem_of(word) {
            return Some(stem);
        }
        if word.chars().any(text::is_cjk) {
            return None;
        }
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        let min = HEAD_MIN_CHARS.max((chars.len() as f64 * HEAD_MIN_SHARE).ceil() as usize);
        (min..chars.len())
            .rev()
            .find_map(|n| self.stem_of(&word[..chars[n].0]))
    }

    /// Whether a stem is in an article (text, title or questions), not only in the synonyms.
    pub(super) fn known(&self, stem: u32) -> bool {
        let s = stem as usize;
        !self.postings[s].is_empty() || !self.titles[s].is_empty() || !self.questions[s].is_empty()
    }

    /// The stems of the one-word entries of every synonym group one of `own` (the query's
    /// words' own stems) is in: a one-word entry when the word is typed, a longer entry when
    /// all its words are.
    fn synonyms_of(&self, own: &[Option<u32>]) -> Vec<BTreeSet<u32>> {
        let typed: BTreeSet<u32> = own.iter().flatten().copied().collect();
        own.iter()
            .map(|stem| {
                let mut out = BTreeSet::new();
                let Some(stem) = stem else { return out };
                for group in &self.synonyms {
                    let hit = group.iter().any(|entry| {
                        entry.contains(stem) && entry.iter().all(|s| typed.contains(s))
                    });
                    if hit {
                        // A phrase's words alone would match too much ("tourist card" →
                        // "card"): the group stands for its one-word entries.
                        out.extend(group.iter().filter(|e| e.len() == 1).flatten().copied());
                    }
                }
                out
            })
            .collect()
    }

    /// The stems a query word stands for: its own and its synonyms'; for one Chinese
    /// character, every known pair that has it; for the word being typed, those of every
    /// known word it begins. Only stems in the articles; when none is, those of the guide's
    /// words one edit away (two from [`TYPO_TWO_CHARS`] letters).
    fn stems_for(
        &self,
        word: &str,
        own: Option<u32>,
        synonyms: &BTreeSet<u32>,
        prefix: bool,
    ) -> BTreeSet<u32> {
        let mut stems: BTreeSet<u32> = own.into_iter().collect();
        if let Some(own) = own {
            stems.extend(self.related_stems(own));
        }
        stems.extend(synonyms);
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && text::is_cjk(c)
        {
            let pairs = (self.vocab.iter().zip(&self.vocab_stems))
                .filter(|(f, _)| f.contains(c))
                .take(MAX_PREFIX_FORMS);
            stems.extend(pairs.map(|(_, &stem)| stem));
        }
        if prefix && word.chars().count() >= 2 {
            let from = self.vocab.partition_point(word);
            stems.extend(
                (self.vocab.iter().zip(&self.vocab_stems))
                    .skip(from)
                    .take_while(|(f, _)| f.starts_with(word))
                    .take(MAX_PREFIX_FORMS)
                    .map(|(_, &stem)| stem),
            );
        }
        stems.retain(|&s| self.known(s));
        if stems.is_empty() {
            stems.extend(self.close_words(word));
        }
        stems
    }

    /// Known stems that differ from `stem` only by a short ending (at most [`RELATED_ENDING`]
    /// letters, the shorter one at least [`RELATED_MIN_CHARS`] long): a stemmer leaves some
    /// forms of one word apart ("significa" → "signif", "significan" → "signific").
    fn related_stems(&self, stem: u32) -> Vec<u32> {
        let s = self.stems.get(stem as usize);
        let n = s.chars().count();
        if n < RELATED_MIN_CHARS || s.chars().any(text::is_cjk) {
            return Vec::new();
        }
        let mut out: Vec<u32> = (self.stems.partition_point(s)..self.stems.len())
            .take_while(|&i| self.stems.get(i).starts_with(s))
            .filter(|&i| self.stems.get(i).chars().count() - n <= RELATED_ENDING)
            .map(|i| i as u32)
            .collect();
        let ends: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
        for cut in 1..=RELATED_ENDING {
            if n - cut >= RELATED_MIN_CHARS {
                out.extend(self.stems.find(&s[..ends[n - cut]]));
            }
        }
        out.retain(|&t| t != stem && self.known(t));
        out
    }

    /// Stems (in the articles) of the known words within a small edit distance of `word`, for
    /// a word of [`TYPO_MIN_CHARS`] letters or more that is not Chinese.
    pub(super) fn close_words(&self, word: &str) -> Vec<u32> {
        let n = word.chars().count();
        if n < TYPO_MIN_CHARS || word.chars().any(text::is_cjk) {
            return Vec::new();
        }
        let max = if n >= TYPO_TWO_CHARS { 2 } else { 1 };
        let chars: Vec<char> = word.chars().collect();
        (self.vocab.iter().zip(&self.vocab_stems))
            .filter(|(f, s)| {
                f.chars().count().abs_diff(n) <= max && self.known(**s) && within(&chars, f, max)
            })
            .map(|(_, &s)| s)
            .take(MAX_PREFIX_FORMS)
            .collect()
    }

    /// A query's words after the stop words are left out (all of them if nothing else is
    /// left), and whether the last one is still being typed.
    pub(super) fn query_words(&self, query: &str) -> Result<(Vec<Token>, bool), Outcome> {
        let query: String = query.chars().filter(|c| !c.is_control()).collect();
        if query.chars().count() > MAX_QUERY_CHARS {
            return Err(Outcome::TooLong);
        }
        let words: Vec<Token> = tokens(&query).into_iter().take(MAX_QUERY_WORDS).collect();
        if words.is_empty() {
            return Err(Outcome::Empty);
        }
        // The words a reader types around the question ("can", "my", "mwen", "吗") are left
        // out, unless nothing else is left.
        let listed = |s: &str| self.stop.find(s).is_some();
        let meaningful: Vec<Token> = words
            .iter()
            .filter(|w| !stop::is_stop(listed, &w.form))
            .cloned()
            .collect();
        let typing = !query.ends_with(char::is_whitespace);
        Ok((
            if meaningful.is_empty() {
                words
            } else {
                meaningful
            },
            typing,
        ))
    }

    /// Runs a query.
    pub fn search(&self, query: &str) -> Outcome {
        let (words, typing) = match self.query_words(query) {
            Ok(w) => w,
            Err(outcome) => return outcome,
        };
        let own: Vec<Option<u32>> = words.iter().map(|w| self.own_stem(&w.form)).collect();
        let synonyms = self.synonyms_of(&own);
        let last = words.len() - 1;
        let word_stems: Vec<BTreeSet<u32>> = words
            .iter()
            .enumerate()
            .map(|(i, w)| self.stems_for(&w.form, own[i], &synonyms[i], typing && i == last))
            .filter(|stems| !stems.is_empty())
            .collect();
        // Words in most articles ("de", "the") weigh next to nothing (their BM25 idf).
        Outcome::Hits(self.rank(&word_stems))
    }
}

/// Whether `b` is at most `max` edits (Levenshtein) from the word `a`: the same answer as
/// `strsim::levenshtein(a, b) <= max`, without allocating and stopping as soon as a row of
/// the table is past `max` (the query's typo check runs over the whole vocabulary).
fn within(a: &[char], b: &str, max: usize) -> bool {
    const LONGEST: usize = 64;
    if a.len() >= LONGEST {
        return strsim::levenshtein(&a.iter().collect::<String>(), b) <= max;
    }
    let mut prev = [0usize; LONGEST];
    let mut cur = [0usize; LONGEST];
    for (j, p) in prev.iter_mut().enumerate().take(a.len() + 1) {
        *p = j;
    }
    for (i, cb) in b.chars().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for j in 1..=a.len() {
            let cost = usize::from(a[j - 1] != cb);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[a.len()] <= max
}

#[cfg(test)]
mod tests {
    #[test]
    fn bounded_edit_distance_agrees_with_levenshtein() {
        let words = [
            "photo",
            "phtoo",
            "fotos",
            "",
            "a",
            "retencion",
            "retenciones",
            "صورة",
            "صوره",
            "données",
        ];
        for a in words {
            for b in words {
                let chars: Vec<char> = a.chars().collect();
                for max in 0..4 {
                    assert_eq!(
                        super::within(&chars, b, max),
                        strsim::levenshtein(a, b) <= max,
                        "{a} {b} {max}"
                    );
                }
            }
        }
    }
}
