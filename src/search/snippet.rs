//! Result snippets: the text around a section's first match, escaped, matches marked.

use std::collections::BTreeSet;

use super::text::{Token, spans, tokens};
use super::{Index, Section};
use crate::html::escape;

impl Index {
    /// About 160 characters of the section around its first matching word, matches marked.
    /// `id` is the section's number: its stem sequence (heading, then text) says which words
    /// match without folding the text again.
    pub(super) fn snippet(&self, id: u32, section: &Section, words: &[&BTreeSet<u32>]) -> String {
        let text = &section.text;
        let seq = &self.sequence[id as usize];
        let heading = tokens(&section.heading).len();
        let toks = spans(text);
        let hit = |stem: u32| words.iter().any(|w| w.contains(&stem));
        // Token k of the text is stem `seq[heading + k]`; should the two ever differ in length,
        // each token is folded and looked up instead.
        let by_place: Option<Vec<bool>> = (seq.len() == heading + toks.len())
            .then(|| seq[heading..].iter().map(|&s| hit(s)).collect());
        let toks: Vec<(usize, Token)> = match by_place {
            Some(_) => toks.into_iter().enumerate().collect(),
            None => tokens(text).into_iter().enumerate().collect(),
        };
        let matches = |(k, t): &(usize, Token)| match &by_place {
            Some(v) => v[*k],
            None => self.stem_of(&t.form).is_some_and(hit),
        };
        let first = toks.iter().position(&matches).unwrap_or(0);
        let start_byte = toks
            .get(first.saturating_sub(6))
            .map_or(0, |(_, t)| t.span.start);
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
            .filter(|(_, t)| t.span.start >= start_byte && t.span.end <= end_byte)
        {
            if matches(t) {
                let t = &t.1;
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
}
