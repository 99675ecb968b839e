//! Ranking: BM25 over whole articles with the title, the headings and the editors' questions
//! weighted up, times the share of the query matched; each hit links its best
//! section.

use std::collections::{BTreeMap, BTreeSet};

use super::{B, Hit, Index, K1, W_HEADING, W_HEADING_MATCH, W_QUESTION, W_TITLE};

impl Index {
    /// In how many places `stem` is: sections, titles and question lists. A guide has a dozen
    /// articles and a word like "Canada" is in most of them, but in few of their sections:
    /// counted by section, the word that names a page's subject keeps its weight.
    pub(super) fn places(&self, stem: u32) -> usize {
        let s = stem as usize;
        self.postings[s].len() + self.titles[s].len() + self.questions[s].len()
    }

    /// A word's document frequency: that of its most common stem (as a search engine blends
    /// synonyms), so a rare synonym or completion does not outweigh the word itself.
    pub(super) fn word_df(&self, stems: &BTreeSet<u32>) -> usize {
        stems.iter().map(|&s| self.places(s)).max().unwrap_or(0)
    }

    /// BM25 inverse document frequency over places (sections, titles, question lists): near
    /// zero for words that are everywhere.
    fn idf(&self, df: usize) -> f64 {
        let n = (self.section_of.len() + 2 * self.docs.len()) as f64;
        let df = df as f64;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Scores every article. A query word counts as one term however many stems it stands
    /// for (its own, synonyms, the words it begins): BM25 over the whole article with the
    /// title and the editors' questions added, summed over the words, times the share of
    /// the query (by weight) the article matches, so an article that answers every word
    /// comes first unless a partial match is much stronger. Each hit links its best section.
    pub(super) fn rank(&self, word_stems: &[BTreeSet<u32>]) -> Vec<Hit> {
        let lengths = &self.lengths;
        let avg = lengths.iter().sum::<f64>() / lengths.len().max(1) as f64;
        // Article → (score, matched weight, heading bonus).
        let mut scores: BTreeMap<u32, (f64, f64, f64)> = BTreeMap::new();
        let mut section_scores: BTreeMap<u32, f64> = BTreeMap::new();
        // Section → (idf of the query words in its heading, how many of them).
        let mut in_heading: BTreeMap<u32, (f64, f64)> = BTreeMap::new();
        let mut total = 0.0;
        for stems in word_stems {
            let idf = self.idf(self.word_df(stems));
            total += idf;
            // Article → (weighted count in the text, in the title, in the questions).
            let mut tf: BTreeMap<u32, (f64, bool, bool)> = BTreeMap::new();
            let mut word_section: BTreeMap<u32, f64> = BTreeMap::new();
            let mut word_heading: BTreeSet<u32> = BTreeSet::new();
            for &stem in stems {
                for p in &self.postings[stem as usize] {
                    let a = self.section_of[p.section as usize].0;
                    let (h, b) = (f64::from(p.heading), f64::from(p.body));
                    tf.entry(a).or_default().0 += W_HEADING * h + b;
                    *word_section.entry(p.section).or_insert(0.0) += W_HEADING * h + b;
                    if p.heading > 0 {
                        word_heading.insert(p.section);
                    }
                }
                for &a in &self.titles[stem as usize] {
                    tf.entry(a).or_default().1 = true;
                }
                for &a in &self.questions[stem as usize] {
                    tf.entry(a).or_default().2 = true;
                }
            }
            for (a, (t, title, asked)) in tf {
                let norm = K1 * (1.0 - B + B * lengths[a as usize] / avg);
                let body = if t > 0.0 {
                    t * (K1 + 1.0) / (t + norm)
                } else {
                    0.0
                };
                let title = if title { W_TITLE } else { 0.0 };
                let asked = if asked { W_QUESTION } else { 0.0 };
                let e = scores.entry(a).or_insert((0.0, 0.0, 0.0));
                e.0 += idf * (title + asked + body);
                e.1 += idf;
            }
            for (s, t) in word_section {
                *section_scores.entry(s).or_insert(0.0) += idf * saturate(t);
            }
            for s in word_heading {
                let e = in_heading.entry(s).or_insert((0.0, 0.0));
                e.0 += idf;
                e.1 += 1.0;
            }
        }
        // A heading the query covers: the section is about what was asked ("parole" for the
        // glossary's "Parole", not for "If you have parole or TPS").
        for (s, (idf, n)) in in_heading {
            let words = f64::from(self.heading_words[s as usize]).max(1.0);
            let bonus = W_HEADING_MATCH * idf * (n / words).min(1.0);
            let a = self.section_of[s as usize].0;
            if let Some(e) = scores.get_mut(&a) {
                e.2 = e.2.max(bonus);
            }
        }
        let phrase: Vec<&BTreeSet<u32>> = word_stems.iter().collect();
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .map(|(a, (score, matched, heading))| {
                let doc = &self.docs[a as usize];
                // The best section: highest score plus the phrase bonus; the first on ties.
                let mut best = (self.first_section(a), f64::MIN);
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
                let (_, i) = self.section_of[best.0 as usize];
                let section = &doc.sections[i as usize];
                let coverage = if total > 0.0 { matched / total } else { 1.0 };
                Hit {
                    slug: doc.slug.clone(),
                    title: doc.title.clone(),
                    anchor: section.anchor.clone(),
                    heading: section.heading.clone(),
                    snippet: self.snippet(best.0, section, &phrase),
                    score: (score + heading) * coverage,
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

    pub(super) fn first_section(&self, article: u32) -> u32 {
        self.section_of
            .iter()
            .position(|(a, _)| *a == article)
            .unwrap_or(0) as u32
    }

    /// A bonus when the query's words stand next to each other, in order, in the section.
    pub(super) fn phrase_bonus(&self, section: u32, words: &[&BTreeSet<u32>]) -> f64 {
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
            2.0 * (best - 1) as f64
        } else {
            0.0
        }
    }
}

/// Term-frequency saturation, as in BM25 (k1 = 1.2), without length normalization.
fn saturate(tf: f64) -> f64 {
    if tf == 0.0 {
        0.0
    } else {
        tf * (K1 + 1.0) / (tf + K1)
    }
}
