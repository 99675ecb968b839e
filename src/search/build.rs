//! Building a locale's index: words folded and stemmed, stems numbered in sorted order,
//! postings per section, title postings, and each section's stem sequence.

use std::collections::{BTreeMap, HashMap};

use super::strings::Strings;
use super::text::{Analyzer, tokens};
use super::{Document, Index, Posting, stop};

impl Index {
    /// Indexes a locale's articles.
    pub fn build(locale: &str, docs: Vec<Document>) -> Index {
        Index::build_with(locale, docs, &[])
    }

    /// Indexes a locale's articles with its synonym groups: each group a list of entries, an
    /// entry a word or a few words ("face scan").
    pub fn build_with(locale: &str, docs: Vec<Document>, synonyms: &[Vec<String>]) -> Index {
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
        let mut questions: Vec<Vec<u32>> = Vec::new();
        let mut sequence: Vec<Vec<u32>> = Vec::new();
        let mut heading_words: Vec<u16> = Vec::new();
        let stop_words = stop::words(locale);
        let listed = |s: &str| stop_words.binary_search(&s).is_ok();
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
            for t in doc.questions.iter().flat_map(|q| tokens(q)) {
                let stem = stem_of(&t.form);
                grow(&mut questions, stem);
                let list = &mut questions[stem as usize];
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
                let words = tokens(&s.heading)
                    .iter()
                    .filter(|t| !stop::is_stop(listed, &t.form))
                    .count();
                heading_words.push(u16::try_from(words).unwrap_or(u16::MAX));
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
        let synonyms: Vec<Vec<Vec<u32>>> = synonyms
            .iter()
            .map(|group| {
                group
                    .iter()
                    .map(|entry| {
                        // Stop words are left out of queries, so of entries too ("a pie" → "pie").
                        let words = tokens(entry);
                        let listed = |s: &str| stop_words.binary_search(&s).is_ok();
                        let kept: Vec<_> = words
                            .iter()
                            .filter(|t| !stop::is_stop(listed, &t.form))
                            .collect();
                        let kept = if kept.is_empty() {
                            words.iter().collect()
                        } else {
                            kept
                        };
                        kept.iter().map(|t| stem_of(&t.form)).collect()
                    })
                    .filter(|e: &Vec<u32>| !e.is_empty())
                    .collect()
            })
            .collect();
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
        let questions = reorder(questions, &by_text);
        let synonyms = synonyms
            .into_iter()
            .map(|g| {
                g.into_iter()
                    .map(|e| e.into_iter().map(|s| renumber[s as usize]).collect())
                    .collect()
            })
            .collect();
        let sequence: Box<[Box<[u32]>]> = sequence
            .into_iter()
            .map(|seq| seq.into_iter().map(|s| renumber[s as usize]).collect())
            .collect();
        // The vocabulary: every form with its stem, and every stem as its own (a form's stem
        // wins where a stem is also another stem's form).
        let mut vocab: BTreeMap<&str, (u32, bool)> = BTreeMap::new();
        for (i, (stem, _)) in by_text.iter().enumerate() {
            vocab.insert(stem, (i as u32, false));
        }
        for (form, stem) in &form_seen {
            vocab.insert(form, (renumber[*stem as usize], true));
        }
        let vocab_stems = vocab.values().map(|v| v.0).collect();
        let vocab_forms = vocab.values().map(|v| v.1).collect();
        let vocab: Strings = vocab.keys().collect();
        let lengths = (0..docs.len() as u32)
            .map(|a| {
                section_of
                    .iter()
                    .zip(&sequence)
                    .filter(|((art, _), _)| *art == a)
                    .map(|(_, seq)| seq.len() as f64)
                    .sum::<f64>()
                    .max(1.0)
            })
            .collect();
        Index {
            docs,
            section_of: section_of.into_boxed_slice(),
            lengths,
            postings,
            titles,
            questions,
            vocab,
            vocab_stems,
            vocab_forms,
            heading_words: heading_words.into_boxed_slice(),
            synonyms,
            sequence,
            stems,
            stop: stop_words.into_iter().collect(),
        }
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
