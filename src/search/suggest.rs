//! "Did you mean …": when a query finds nothing, the guide's words closest to what was typed
//! (edit distance), each a link that runs that search. `static/search.js` picks the same words
//! from the same data.

use std::collections::BTreeMap;

use super::{Index, text};

/// Most words suggested.
pub(crate) const MAX_SUGGESTIONS: usize = 5;

impl Index {
    /// Whether a known word is worth showing a reader: a word of the text (a stem that is not
    /// itself a word, such as "pictur", is not shown; its words are), not a stop word.
    fn shown(&self, i: usize) -> bool {
        let listed = |s: &str| self.stop.find(s).is_some();
        self.vocab_forms[i]
            && self.known(self.vocab_stems[i])
            && !super::stop::is_stop(listed, self.vocab.get(i))
    }

    /// Up to [`MAX_SUGGESTIONS`] of the guide's words closest to the query's words (at most
    /// a third of a word's letters away, one at least), closest first.
    pub fn suggestions(&self, query: &str) -> Vec<String> {
        let Ok((words, _)) = self.query_words(query) else {
            return Vec::new();
        };
        let mut best: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for w in &words {
            let n = w.form.chars().count();
            let max = n.div_ceil(3).max(1);
            for (i, v) in self.vocab.iter().enumerate() {
                if v.chars().count().abs_diff(n) > max || v == w.form {
                    continue;
                }
                if w.form.chars().any(text::is_cjk) != v.chars().any(text::is_cjk) {
                    continue;
                }
                let d = strsim::levenshtein(&w.form, v);
                if d <= max && self.shown(i) {
                    let e = best.entry(v.to_string()).or_insert((d, i));
                    *e = (*e).min((d, i));
                }
            }
        }
        let mut list: Vec<(usize, usize, String)> =
            best.into_iter().map(|(w, (d, i))| (d, i, w)).collect();
        list.sort();
        list.into_iter()
            .take(MAX_SUGGESTIONS)
            .map(|(_, _, w)| w)
            .collect()
    }
}
