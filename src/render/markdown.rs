//! Article events → HTML for one page. Links between articles become relative URLs for the
//! page being rendered; external links are marked; alerts get a localized title; tables get a
//! wrapper and their cells a `data-label`, so on a narrow phone each row reads as a card.

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, HeadingLevel, Tag, TagEnd, html};

use crate::html::escape;
use crate::parse::links::{self, Target};
use crate::render::Renderer;
use crate::render::layout::kiosk_tail;
use crate::render::urls::{key, relative};

/// What kind of page the events are rendered into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// The article's own page.
    Article,
    /// An excerpt on another page (the status pages): no ids, fragment links go to the article.
    Excerpt,
    /// One section of the single-file copy: ids prefixed with the slug, headings one level
    /// down, links between articles turned into in-page anchors.
    SingleFile,
}

/// Where the events are being rendered.
pub(crate) struct Place<'a> {
    /// The locale of the page.
    pub(crate) locale: &'a str,
    /// The article the events come from.
    pub(crate) slug: &'a str,
    /// Site key of the page being rendered.
    pub(crate) page: &'a str,
    /// The kind of page.
    pub(crate) mode: Mode,
}

/// The id of an article's section in the single-file copy.
pub(crate) fn single_file_article_id(slug: &str) -> String {
    format!("a-{slug}")
}

/// The id of a heading (or footnote) in the single-file copy.
pub(crate) fn single_file_id(slug: &str, id: &str) -> String {
    format!("{slug}--{id}")
}

/// Where the renderer is inside a table: body cells are labelled with their column's header.
#[derive(Default)]
struct TableState {
    in_head: bool,
    labels: Vec<String>,
    column: usize,
}

/// Renders `events` for `place`.
pub(crate) fn to_html(r: &Renderer<'_>, events: &[Event<'static>], place: &Place<'_>) -> String {
    let mut out = Vec::with_capacity(events.len() + 8);
    // On a kiosk an external link becomes text; its address and QR code follow the text.
    let mut kiosk_link: Option<String> = None;
    let mut table = TableState::default();
    for event in events {
        match event {
            Event::Start(Tag::Link { dest_url, .. })
                if r.kiosk.is_some() && dest_url.starts_with("https://") =>
            {
                kiosk_link = Some(dest_url.to_string());
                out.push(Event::Html("<span class=\"kiosk-link\">".into()));
            }
            Event::End(TagEnd::Link) if kiosk_link.is_some() => {
                let url = kiosk_link.take().unwrap_or_default();
                let tail = kiosk_tail(r, place.page, &url).into_string();
                out.push(Event::Html(format!("{tail}</span>").into()));
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                out.push(Event::Html(link_open(r, dest_url, place).into()));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                // Images from other sites would leak the reader; only the alt text is shown.
                let _ = dest_url;
                out.push(Event::Html("<span class=\"img-alt\">".into()));
            }
            Event::End(TagEnd::Image) => out.push(Event::Html("</span>".into())),
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let (class, label) = alert(*kind);
                let title = r.catalog.text(place.locale, label);
                out.push(Event::Html(
                    format!(
                        "<aside class=\"alert alert-{class}\" role=\"note\"><p class=\"alert-title\">{}</p>\n",
                        escape(&title)
                    )
                    .into(),
                ));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => out.push(Event::Html("</aside>\n".into())),
            Event::Start(Tag::Table(_)) => {
                // On a phone the table becomes one card per row (CSS); each cell carries its
                // column's header as a label.
                table.labels.clear();
                out.push(Event::Html(
                    "<div class=\"table-wrap cards\" tabindex=\"0\">".into(),
                ));
                out.push(event.clone());
            }
            Event::Start(Tag::TableHead) => {
                table.in_head = true;
                out.push(event.clone());
            }
            Event::End(TagEnd::TableHead) => {
                table.in_head = false;
                out.push(event.clone());
            }
            Event::Start(Tag::TableRow) => {
                table.column = 0;
                out.push(event.clone());
            }
            Event::Start(Tag::TableCell) if table.in_head => {
                table.labels.push(String::new());
                out.push(event.clone());
            }
            Event::Text(t) | Event::Code(t) if table.in_head => {
                if let Some(label) = table.labels.last_mut() {
                    label.push_str(t);
                }
                out.push(event.clone());
            }
            Event::Start(Tag::TableCell) => {
                let label = table.labels.get(table.column).map(|l| l.trim());
                table.column += 1;
                out.push(Event::Html(
                    match label.filter(|l| !l.is_empty()) {
                        Some(l) => format!("<td data-label=\"{}\">", escape(l)),
                        None => "<td>".to_string(),
                    }
                    .into(),
                ));
            }
            Event::End(TagEnd::TableCell) if !table.in_head => {
                out.push(Event::Html("</td>".into()));
            }
            Event::End(TagEnd::Table) => {
                out.push(event.clone());
                out.push(Event::Html("</div>\n".into()));
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) if place.mode == Mode::Excerpt => {
                // Outside the article's page its ids would clash with other articles' ids.
                let _ = id;
                out.push(Event::Start(Tag::Heading {
                    level: *level,
                    id: None,
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) if place.mode == Mode::SingleFile => {
                out.push(Event::Start(Tag::Heading {
                    level: demote(*level),
                    id: id.as_ref().map(|id| single_file_id(place.slug, id).into()),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
            }
            Event::End(TagEnd::Heading(level)) if place.mode == Mode::SingleFile => {
                out.push(Event::End(TagEnd::Heading(demote(*level))));
            }
            Event::FootnoteReference(name) if place.mode == Mode::SingleFile => {
                out.push(Event::FootnoteReference(
                    single_file_id(place.slug, name).into(),
                ));
            }
            Event::Start(Tag::FootnoteDefinition(name)) if place.mode == Mode::SingleFile => {
                out.push(Event::Start(Tag::FootnoteDefinition(
                    single_file_id(place.slug, name).into(),
                )));
            }
            other => out.push(other.clone()),
        }
    }
    let mut s = String::new();
    html::push_html(&mut s, out.into_iter());
    s
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    HeadingLevel::try_from(level as usize + 1).unwrap_or(HeadingLevel::H6)
}

fn link_open(r: &Renderer<'_>, dest: &CowStr<'_>, place: &Place<'_>) -> String {
    let target = links::resolve(dest, r.content, place.locale, place.slug);
    if place.mode == Mode::SingleFile {
        let anchor = match &target {
            Ok(Target::Fragment(id)) => Some(single_file_id(place.slug, id)),
            Ok(Target::Article {
                slug,
                fragment: Some(f),
            }) => Some(single_file_id(slug, f)),
            Ok(Target::Article {
                slug,
                fragment: None,
            }) => Some(single_file_article_id(slug)),
            _ => None,
        };
        if let Some(a) = anchor {
            return format!("<a href=\"#{}\">", escape(&a));
        }
    }
    match target {
        Ok(Target::External(url)) => format!(
            "<a href=\"{}\" rel=\"external noopener noreferrer\">",
            escape(&url)
        ),
        Ok(Target::Fragment(id)) if place.mode == Mode::Article => {
            format!("<a href=\"#{}\">", escape(&id))
        }
        Ok(Target::Fragment(id)) => {
            let to = key::article(place.locale, place.slug);
            format!(
                "<a href=\"{}#{}\">",
                escape(&relative(place.page, &to, r.style)),
                escape(&id)
            )
        }
        Ok(Target::Article { slug, fragment }) => {
            let to = key::article(place.locale, &slug);
            let mut href = relative(place.page, &to, r.style);
            if let Some(f) = fragment {
                href.push('#');
                href.push_str(&f);
            }
            format!("<a href=\"{}\">", escape(&href))
        }
        // Reported by the checker; a broken link is rendered harmless.
        Err(_) => "<a>".to_string(),
    }
}

fn alert(kind: BlockQuoteKind) -> (&'static str, &'static str) {
    match kind {
        BlockQuoteKind::Note => ("note", "alert-note"),
        BlockQuoteKind::Tip => ("tip", "alert-tip"),
        BlockQuoteKind::Important => ("important", "alert-important"),
        BlockQuoteKind::Warning => ("warning", "alert-warning"),
        BlockQuoteKind::Caution => ("caution", "alert-caution"),
    }
}
