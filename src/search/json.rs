//! The index serialized for the offline script `static/search.js`.

use std::collections::BTreeMap;

use super::{Index, Posting, text};

impl Index {
    /// The index as compact JSON for `static/search.js`. Postings are packed per stem as
    /// `delta[.heading][:body]` entries (base 36, section numbers as differences, heading 0
    /// and body 1 left out). With `excerpts`, each section carries its first 140 characters for
    /// result snippets and its heading; the single-file copy leaves both out to stay small
    /// (its script reads headings from the page). `h` is each section's count of heading words (stop words left out), `q` maps stems to the articles whose
    /// editors' questions have them, `w` is the stop word list, `y` the synonym groups (each
    /// entry the stems of its words).
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
        let questions: Vec<(&str, &[u32])> = self
            .questions
            .iter()
            .enumerate()
            .filter(|(_, articles)| !articles.is_empty())
            .map(|(stem, articles)| (self.stems.get(stem), &articles[..]))
            .collect();
        let synonyms: Vec<Vec<Vec<&str>>> = self
            .synonyms
            .iter()
            .map(|g| {
                g.iter()
                    .map(|e| e.iter().map(|&s| self.stems.get(s as usize)).collect())
                    .collect()
            })
            .collect();
        // Forms that differ from their stem; the script treats any other word as its own stem.
        // A stem that is also a word is listed among its forms when it has others (so "Did you
        // mean" can offer "photo" and never "pictur").
        let mut forms: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (form, &stem) in self.vocab.iter().zip(&self.vocab_stems) {
            let stem = self.stems.get(stem as usize);
            if form != stem {
                forms.entry(stem).or_default().push(form);
            }
        }
        for (i, form) in self.vocab.iter().enumerate() {
            if self.vocab_forms[i]
                && let Some(list) = forms.get_mut(form)
                && self.stems.get(self.vocab_stems[i] as usize) == form
            {
                list.insert(0, form);
            }
        }
        // Keys in sorted order, as a JSON object's are everywhere else in Paso.
        let json = Json {
            a: articles,
            f: forms,
            h: &self.heading_words,
            n: lengths,
            p: Pairs(postings),
            q: Pairs(questions),
            s: sections,
            t: Pairs(titles),
            w: self.stop.iter().collect(),
            y: synonyms,
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
    h: &'a [u16],
    n: Vec<usize>,
    p: Pairs<&'a str, String>,
    q: Pairs<&'a str, &'a [u32]>,
    s: Vec<JsonSection<'a>>,
    t: Pairs<&'a str, &'a [u32]>,
    w: Vec<&'a str>,
    y: Vec<Vec<Vec<&'a str>>>,
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
