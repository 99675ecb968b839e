//! An [`Index`] as bytes, for the start-up cache and the baked site: its arrays written as they
//! are, so reading one back is a few copies, not a second analysis of every word. What is read
//! is checked (every number within its table, every string cut at a character boundary), so a
//! damaged file is refused rather than trusted to index with.

use std::sync::OnceLock;

use bytes::Bytes;

use crate::cache::codec::{Reader, put, put_u32, put_u32s};

use super::{Document, Index, Posting, Section, Strings};

impl Index {
    /// Appends the index's bytes to `out`.
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.docs.len());
        for d in &self.docs {
            put(out, d.slug.as_bytes());
            put(out, d.title.as_bytes());
            put_u32(out, d.sections.len());
            for s in &d.sections {
                put(out, s.anchor.as_bytes());
                put(out, s.heading.as_bytes());
                put(out, s.text.as_bytes());
            }
            put_u32(out, d.questions.len());
            for q in &d.questions {
                put(out, q.as_bytes());
            }
        }
        let pairs: Vec<u32> = self.section_of.iter().flat_map(|&(a, i)| [a, i]).collect();
        put_u32s(out, &pairs);
        let lengths: Vec<u32> = self
            .lengths
            .iter()
            .flat_map(|l| {
                let b = l.to_bits();
                [b as u32, (b >> 32) as u32]
            })
            .collect();
        put_u32s(out, &lengths);
        write_strings(out, &self.stems);
        put_u32(out, self.postings.len());
        for ps in &self.postings {
            let flat: Vec<u32> = ps
                .iter()
                .flat_map(|p| [p.section, u32::from(p.heading) | u32::from(p.body) << 16])
                .collect();
            put_u32s(out, &flat);
        }
        put_lists(out, &self.titles);
        put_lists(out, &self.questions);
        write_strings(out, &self.vocab);
        put_u32s(out, &self.vocab_stems);
        let forms: Vec<u32> = self.vocab_forms.iter().map(|&f| u32::from(f)).collect();
        put_u32s(out, &forms);
        put_u32(out, self.synonyms.len());
        for group in &self.synonyms {
            put_lists(out, group);
        }
        let heading_words: Vec<u32> = self.heading_words.iter().map(|&n| n.into()).collect();
        put_u32s(out, &heading_words);
        put_lists(out, &self.sequence);
        write_strings(out, &self.stop);
    }

    /// Reads an index written by [`Index::write`]; `None` if it is damaged.
    pub(crate) fn read(r: &mut Reader) -> Option<Index> {
        let docs = (0..r.count(16)?)
            .map(|_| {
                let slug = r.string()?;
                let title = r.string()?;
                let sections = (0..r.count(12)?)
                    .map(|_| {
                        Some(Section {
                            anchor: r.string()?,
                            heading: r.string()?,
                            text: r.string()?,
                        })
                    })
                    .collect::<Option<Vec<_>>>()?;
                let questions = (0..r.count(4)?)
                    .map(|_| r.string())
                    .collect::<Option<Vec<_>>>()?;
                Some(Document {
                    slug,
                    title,
                    sections,
                    questions,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let pairs = r.u32s()?;
        (pairs.len() % 2 == 0).then_some(())?;
        let section_of: Box<[(u32, u32)]> = pairs.chunks_exact(2).map(|c| (c[0], c[1])).collect();
        let lengths = r.u32s()?;
        (lengths.len() % 2 == 0).then_some(())?;
        let lengths: Box<[f64]> = lengths
            .chunks_exact(2)
            .map(|c| f64::from_bits(u64::from(c[0]) | u64::from(c[1]) << 32))
            .collect();
        let stems = read_strings(r)?;
        let postings = (0..r.count(4)?)
            .map(|_| {
                let flat = r.u32s()?;
                (flat.len() % 2 == 0).then_some(())?;
                Some(
                    flat.chunks_exact(2)
                        .map(|c| Posting {
                            section: c[0],
                            heading: c[1] as u16,
                            body: (c[1] >> 16) as u16,
                        })
                        .collect::<Box<[Posting]>>(),
                )
            })
            .collect::<Option<Box<[_]>>>()?;
        let titles = read_lists(r)?;
        let questions = read_lists(r)?;
        let vocab = read_strings(r)?;
        let vocab_stems = r.u32s()?;
        let vocab_forms = r.u32s()?;
        let synonyms = (0..r.count(4)?)
            .map(|_| read_lists(r))
            .collect::<Option<Box<[_]>>>()?;
        let heading_words = r.u32s()?;
        let sequence = read_lists(r)?;
        let stop = read_strings(r)?;

        // Everything the queries index with must be within its table.
        let (n_docs, n_sections, n_stems) = (docs.len(), section_of.len(), stems.len());
        let stem_ok = |s: &u32| (*s as usize) < n_stems;
        let doc_ok = |a: &u32| (*a as usize) < n_docs;
        let ok = section_of.iter().all(|&(a, i)| {
            docs.get(a as usize)
                .is_some_and(|d| (i as usize) < d.sections.len())
        }) && lengths.len() == n_docs
            && postings.len() == n_stems
            && titles.len() == n_stems
            && questions.len() == n_stems
            && sequence.len() == n_sections
            && heading_words.len() == n_sections
            && vocab_stems.len() == vocab.len()
            && vocab_forms.len() == vocab.len()
            && postings
                .iter()
                .flatten()
                .all(|p| (p.section as usize) < n_sections)
            && titles.iter().flatten().all(doc_ok)
            && questions.iter().flatten().all(doc_ok)
            && vocab_stems.iter().all(stem_ok)
            && vocab_forms.iter().all(|&f| f <= 1)
            && synonyms.iter().flatten().flatten().all(stem_ok)
            && heading_words.iter().all(|&n| n <= u32::from(u16::MAX))
            && sequence.iter().flatten().all(stem_ok);
        ok.then(|| Index {
            docs,
            section_of,
            lengths,
            stems,
            postings,
            titles,
            questions,
            vocab,
            vocab_stems,
            vocab_forms: vocab_forms.iter().map(|&f| f == 1).collect(),
            synonyms,
            heading_words: heading_words.iter().map(|&n| n as u16).collect(),
            sequence,
            stop,
        })
    }
}

/// Appends lists of numbers, with their count.
fn put_lists(out: &mut Vec<u8>, lists: &[Box<[u32]>]) {
    put_u32(out, lists.len());
    for l in lists {
        put_u32s(out, l);
    }
}

/// Reads what [`put_lists`] wrote.
fn read_lists(r: &mut Reader) -> Option<Box<[Box<[u32]>]>> {
    (0..r.count(4)?).map(|_| r.u32s()).collect()
}

/// A locale's index: built by the compile, or still the bytes [`Index::write`] made (in the
/// site baked into the binary) and read at the first query. Most starts never search in most
/// languages, and seven indexes read at once would double the memory the server starts with.
pub struct IndexCell {
    index: OnceLock<Index>,
    /// The locale and the bytes, until read.
    bytes: Option<(String, Bytes)>,
}

impl From<Index> for IndexCell {
    fn from(index: Index) -> IndexCell {
        IndexCell {
            index: OnceLock::from(index),
            bytes: None,
        }
    }
}

impl std::fmt::Debug for IndexCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IndexCell")
            .field("read", &self.index.get().is_some())
            .finish()
    }
}

impl std::ops::Deref for IndexCell {
    type Target = Index;

    fn deref(&self) -> &Index {
        self.get()
    }
}

impl IndexCell {
    /// An index to read from `bytes` (made by [`Index::write`]) when first used; `locale`
    /// names it in the log should they not read.
    pub(crate) fn lazy(locale: &str, bytes: Bytes) -> IndexCell {
        IndexCell {
            index: OnceLock::new(),
            bytes: Some((locale.to_string(), bytes)),
        }
    }

    /// The index, read now if it was not yet. Bytes that do not read (only the binary's own
    /// are read lazily, so this is a bug, not a damaged file) give an empty index: searches
    /// find nothing, and the page says so.
    pub fn get(&self) -> &Index {
        self.index.get_or_init(|| {
            let (locale, bytes) = self.bytes.as_ref().expect("built or bytes");
            Index::read(&mut Reader::new(bytes.clone())).unwrap_or_else(|| {
                tracing::error!(
                    "the search index of `{locale}` does not read; searching it finds nothing"
                );
                Index::build(locale, Vec::new())
            })
        })
    }

    /// Appends the index's bytes, as [`Index::write`] does (copied as they are if not read).
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        match (self.index.get(), &self.bytes) {
            (None, Some((_, bytes))) => out.extend_from_slice(bytes),
            _ => self.get().write(out),
        }
    }
}

fn write_strings(out: &mut Vec<u8>, s: &Strings) {
    put(out, s.text.as_bytes());
    put_u32s(out, &s.ends);
}

/// Strings whose ends rise, stay within the text and fall on character boundaries.
fn read_strings(r: &mut Reader) -> Option<Strings> {
    let text = r.string()?;
    let ends = r.u32s()?;
    let mut last = 0;
    for &e in &ends {
        let e = e as usize;
        if e < last || !text.is_char_boundary(e) {
            return None;
        }
        last = e;
    }
    Some(Strings {
        text: text.into_boxed_str(),
        ends,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;

    fn doc(slug: &str, title: &str, body: &str) -> Document {
        Document {
            slug: slug.into(),
            title: title.into(),
            sections: vec![
                Section {
                    anchor: String::new(),
                    heading: String::new(),
                    text: body.into(),
                },
                Section {
                    anchor: "more".into(),
                    heading: "Más sobre fotos".into(),
                    text: format!("{body} otra vez"),
                },
            ],
            questions: vec![format!("¿{title}?")],
        }
    }

    #[test]
    fn an_index_read_back_answers_every_query_the_same() {
        let index = Index::build(
            "es",
            vec![
                doc("fotos", "Fotos en la frontera", "Puede negarse a la foto."),
                doc(
                    "ayuda",
                    "Dónde pedir ayuda",
                    "Llame a una organización local.",
                ),
            ],
        );
        let mut bytes = Vec::new();
        index.write(&mut bytes);
        let back = Index::read(&mut Reader::new(Bytes::from(bytes.clone()))).unwrap();
        for q in ["foto", "fotos frontera", "ayu", "organizacion", "nada", ""] {
            assert_eq!(index.search(q), back.search(q), "{q}");
        }
        assert_eq!(index.to_json(true), back.to_json(true));
        // Read at the first query, the same answers; written back as the same bytes.
        let lazy = IndexCell::lazy("es", Bytes::from(bytes.clone()));
        let mut again = Vec::new();
        lazy.write(&mut again);
        assert_eq!(again, bytes, "copied unread");
        assert_eq!(lazy.search("fotos"), index.search("fotos"));
        let mut again = Vec::new();
        lazy.write(&mut again);
        assert_eq!(again, bytes, "written from the index read");
        // Cut anywhere: refused, never a panic.
        for cut in 0..bytes.len() {
            let mut r = Reader::new(Bytes::from(bytes[..cut].to_vec()));
            assert!(Index::read(&mut r).is_none(), "{cut}");
        }
        // A stem number out of its table: refused.
        let mut wrong = bytes.clone();
        let at = bytes.len() - 4;
        wrong[at..].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(Index::read(&mut Reader::new(Bytes::from(wrong))).is_none());
    }
}
