//! Markdown → [`Doc`]: the event stream of one article, parsed once and kept, with what later
//! stages need to know about it (headings and their ids, links to check, sections written for
//! one status, plain text for lints). Pure: no I/O, no knowledge of other articles.
//!
//! Rendering to HTML happens later (`render::markdown`), once every article is known, because
//! links between articles can only be checked and rewritten then.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diag::LineIndex;
use crate::model::Status;

/// Markdown extensions Paso supports: GitHub tables, footnotes, alerts and heading attributes.
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// A heading of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1–6.
    pub level: u8,
    /// Its id (given as `{#id}` or made from the text).
    pub id: String,
    /// Its plain text.
    pub text: String,
    /// Source line.
    pub line: usize,
    /// Statuses from `{.for-...}` classes.
    pub statuses: Vec<Status>,
    /// Index of its `Start` event in [`Doc::events`].
    pub event: usize,
}

/// A link in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    /// As written.
    pub dest: String,
    /// Source line.
    pub line: usize,
}

/// A section written for one or more statuses: a heading and everything up to the next
/// heading of the same or a higher level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusSection {
    /// Index into [`Doc::headings`].
    pub heading: usize,
    /// Event range.
    pub events: std::ops::Range<usize>,
}

/// A block of prose, for the length lints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prose {
    /// Source line where it starts.
    pub line: usize,
    /// Its text.
    pub text: String,
}

/// A parsed article body.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// The events, with heading ids filled in and raw HTML turned into text.
    pub events: Vec<Event<'static>>,
    /// Headings in order.
    pub headings: Vec<Heading>,
    /// Links in order.
    pub links: Vec<LinkRef>,
    /// Status sections in order.
    pub sections: Vec<StatusSection>,
    /// Paragraphs and list items.
    pub prose: Vec<Prose>,
}

impl Doc {
    /// Whether a heading with this id exists.
    pub fn has_id(&self, id: &str) -> bool {
        self.headings.iter().any(|h| h.id == id)
            || self.events.iter().any(
                |e| matches!(e, Event::Start(Tag::FootnoteDefinition(name)) if name.as_ref() == id),
            )
    }
}

/// A problem found while parsing: line and message.
pub(crate) type Problem = (usize, String, bool);

/// Parses `body`, whose first line is line `first_line` of the file.
/// Problems are `(line, message, is_error)`.
pub(crate) fn parse(body: &str, first_line: usize) -> (Doc, Vec<Problem>) {
    let mut doc = Doc::default();
    let mut problems = Vec::new();
    let mut open_heading: Option<(usize, usize)> = None; // (event index, line)
    let mut heading_text = String::new();
    let mut prose_stack: Vec<(usize, String)> = Vec::new();
    let mut explicit_ids: Vec<String> = Vec::new();

    let lines = LineIndex::new(body, first_line);
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let line = lines.line(range.start);
        let event = match event {
            // Raw HTML is shown as text: content stays safe and light.
            Event::Html(s) | Event::InlineHtml(s) => Event::Text(s),
            e => e,
        };
        match &event {
            Event::Start(Tag::Heading { .. }) => {
                open_heading = Some((doc.events.len(), line));
                heading_text.clear();
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((index, line)) = open_heading.take() {
                    finish_heading(
                        &mut doc,
                        index,
                        line,
                        *level,
                        &heading_text,
                        &mut explicit_ids,
                        &mut problems,
                    );
                }
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                doc.links.push(LinkRef {
                    dest: dest_url.to_string(),
                    line,
                });
            }
            Event::Start(Tag::Paragraph | Tag::Item) => prose_stack.push((line, String::new())),
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                if let Some((line, text)) = prose_stack.pop()
                    && !text.trim().is_empty()
                {
                    doc.prose.push(Prose {
                        line,
                        text: text.trim().to_string(),
                    });
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if open_heading.is_some() {
                    heading_text.push_str(t);
                } else if let Some((_, text)) = prose_stack.last_mut() {
                    text.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, text)) = prose_stack.last_mut() {
                    text.push(' ');
                }
            }
            _ => {}
        }
        doc.events.push(event.into_static());
    }
    doc.sections = status_sections(&doc);
    (doc, problems)
}

fn finish_heading(
    doc: &mut Doc,
    index: usize,
    line: usize,
    level: HeadingLevel,
    text: &str,
    explicit_ids: &mut Vec<String>,
    problems: &mut Vec<Problem>,
) {
    let Event::Start(Tag::Heading { id, classes, .. }) = &mut doc.events[index] else {
        return;
    };
    let mut statuses = Vec::new();
    for class in classes.iter() {
        if let Some(name) = class.strip_prefix("for-") {
            match Status::parse(name) {
                Some(s) => statuses.push(s),
                None => problems.push((
                    line,
                    format!(
                        "unknown status class `.{class}`: use one of {}",
                        Status::class_list()
                    ),
                    true,
                )),
            }
        }
    }
    let final_id = match id {
        Some(given) => {
            let given = given.to_string();
            if explicit_ids.contains(&given) || doc.headings.iter().any(|h| h.id == given) {
                problems.push((
                    line,
                    format!("heading id `{given}` is used twice in this article"),
                    true,
                ));
            }
            explicit_ids.push(given.clone());
            given
        }
        None => {
            let base = slugify(text);
            let mut candidate = base.clone();
            let mut n = 1;
            while doc.headings.iter().any(|h| h.id == candidate)
                || explicit_ids.contains(&candidate)
            {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            candidate
        }
    };
    *id = Some(CowStr::from(final_id.clone()));
    let level = level as u8;
    if level == 1 {
        problems.push((
            line,
            "a `#` heading makes a second page title: use `##` for sections (the title comes from `title` in the front matter)".into(),
            true,
        ));
    }
    doc.headings.push(Heading {
        level,
        id: final_id,
        text: text.trim().to_string(),
        line,
        statuses,
        event: index,
    });
}

fn status_sections(doc: &Doc) -> Vec<StatusSection> {
    let mut out = Vec::new();
    for (i, h) in doc.headings.iter().enumerate() {
        if h.statuses.is_empty() {
            continue;
        }
        let end = doc.headings[i + 1..]
            .iter()
            .find(|next| next.level <= h.level)
            .map_or(doc.events.len(), |next| next.event);
        out.push(StatusSection {
            heading: i,
            events: h.event..end,
        });
    }
    out
}

/// A heading id from its text: lowercase, letters and digits of any script kept, spaces and
/// dashes folded into one `-` (like GitHub's, so ids written by hand are easy to guess).
pub(crate) fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !out.ends_with('-')
            && !out.is_empty()
        {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_ids_classes_and_lines() {
        let md = "## In short {#in-short}\n\ntext\n\n## If you have a green card {.for-green-card}\n\nmore\n\n### Detail\n\nx\n\n## Same\n\n## Same\n";
        let (doc, problems) = parse(md, 10);
        assert!(problems.is_empty(), "{problems:?}");
        let ids: Vec<&str> = doc.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "in-short",
                "if-you-have-a-green-card",
                "detail",
                "same",
                "same-1"
            ]
        );
        assert_eq!(doc.headings[1].line, 14);
        assert_eq!(doc.headings[1].statuses, [Status::GreenCard]);
        // The status section runs over its ### child up to the next ##.
        assert_eq!(doc.sections.len(), 1);
        let s = &doc.sections[0];
        assert_eq!(s.events.start, doc.headings[1].event);
        assert_eq!(s.events.end, doc.headings[3].event);
    }

    #[test]
    fn unknown_status_class_and_duplicate_id_are_errors() {
        let (_, problems) = parse("## A {.for-tourist}\n\n## B {#x}\n\n## C {#x}\n", 1);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].0, 1);
        assert!(
            problems[0].1.contains("`.for-tourist`"),
            "{}",
            problems[0].1
        );
        assert!(
            problems[0].1.contains("`.for-green-card`"),
            "{}",
            problems[0].1
        );
        assert_eq!((problems[1].0, problems[1].2), (5, true));
    }

    #[test]
    fn links_prose_and_raw_html() {
        let (doc, _) = parse(
            "Para with [a](other.md#x) and <b>bold</b>.\n\n- item one\n- item [b](https://example.org)\n",
            3,
        );
        assert_eq!(
            doc.links,
            [
                LinkRef {
                    dest: "other.md#x".into(),
                    line: 3
                },
                LinkRef {
                    dest: "https://example.org".into(),
                    line: 6
                }
            ]
        );
        assert_eq!(doc.prose[0].text, "Para with a and <b>bold</b>.");
        assert_eq!(doc.prose.len(), 3);
        assert!(
            !doc.events
                .iter()
                .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
        );
    }

    #[test]
    fn unicode_slugs() {
        assert_eq!(
            slugify("¿Qué pasa en la frontera?"),
            "qué-pasa-en-la-frontera"
        );
        assert_eq!(slugify("ما الذي يحدث"), "ما-الذي-يحدث");
        assert_eq!(slugify("出境时"), "出境时");
        assert_eq!(slugify("!!!"), "section");
    }
}
