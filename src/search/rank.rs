//! Ranking: BM25 over whole articles with the title and headings weighted up; articles that
//! match more of the query's words come first; each hit links its best section.

use std::collections::{BTreeMap, BTreeSet};

use super::{B, Hit, Index, K1, W_HEADING, W_TITLE};

impl Index {
    /// How many articles have `stem` anywhere (title or text).
    pub(super) fn article_df(&self, stem: u32) -> usize {
        let mut articles: BTreeSet<u32> = self.titles[stem as usize].iter().copied().collect();
        for p in &self.postings[stem as usize] {
            articles.insert(self.section_of[p.section as usize].0);
        }
        articles.len()
    }

    /// BM25 inverse document frequency over articles: near zero for words every article has.
    pub(super) fn idf(&self, stem: u32) -> f32 {
        let n = self.docs.len() as f32;
        let df = self.article_df(stem) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Scores every article, BM25 over whole articles with the title and headings weighted up;
    /// articles that match more of the words come first (all of them, then the best partial
    /// matches). Each hit links its best section.
    pub(super) fn rank(&self, word_stems: &[BTreeSet<u32>]) -> Vec<Hit> {
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
        let mut hits: Vec<(usize, Hit)> = scores
            .into_iter()
            .map(|(a, (score, matched))| {
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
                let (_, i) = self.section_of[best.0 as usize];
                let section = &doc.sections[i as usize];
                (
                    matched,
                    Hit {
                        slug: doc.slug.clone(),
                        title: doc.title.clone(),
                        anchor: section.anchor.clone(),
                        heading: section.heading.clone(),
                        snippet: self.snippet(section, &phrase),
                        score,
                    },
                )
            })
            .collect();
        hits.sort_by(|(ma, a), (mb, b)| {
            mb.cmp(ma)
                .then_with(|| b.score.total_cmp(&a.score))
                .then_with(|| a.slug.cmp(&b.slug))
        });
        hits.into_iter().map(|(_, h)| h).collect()
    }

    pub(super) fn first_section(&self, article: u32) -> u32 {
        self.section_of
            .iter()
            .position(|(a, _)| *a == article)
            .unwrap_or(0) as u32
    }

    /// A bonus when the query's words stand next to each other, in order, in the section.
    pub(super) fn phrase_bonus(&self, section: u32, words: &[&BTreeSet<u32>]) -> f32 {
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
}

/// Term-frequency saturation, as in BM25 (k1 = 1.2), without length normalization.
fn saturate(tf: f32) -> f32 {
    if tf == 0.0 {
        0.0
    } else {
        tf * (K1 + 1.0) / (tf + K1)
    }
}
