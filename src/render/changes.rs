//! "What changed": each article shows its latest entries near its end, and the About page
//! lists every version's changes across the guide, newest first, so that a reader holding an
//! older single-file copy or printed card (both say their version) sees what is different now.

use maud::{Markup, html};

use super::Renderer;
use super::layout::Frame;
use super::urls::key;
use crate::model::Change;
use crate::source::bundle::Version;

/// How many entries an article shows; the About page has the rest.
pub(crate) const ON_ARTICLE: usize = 2;

/// The entries for `slug` in `locale`, and the language they are written in: the translation's
/// own, or the source article's while the translation has none.
fn entries<'a>(r: &'a Renderer<'_>, slug: &str, locale: &'a str) -> (&'a [Change], &'a str) {
    let Some(set) = r.content.articles.get(slug) else {
        return (&[], locale);
    };
    let own = set.get(locale).filter(|a| !a.meta.changes.is_empty());
    let source = set.get(&r.content.config.source_locale);
    match own.or(source) {
        Some(a) => (&a.meta.changes, &a.locale),
        None => (&[], locale),
    }
}

fn heading(r: &Renderer<'_>, locale: &str, c: &Change) -> String {
    let date = r.catalog.date(locale, c.date);
    r.catalog.text_args(
        locale,
        "changes-entry",
        &[("version", &c.version), ("date", &date)],
    )
}

/// The article's section: its latest entries, and a link to the full list on the About page.
pub(crate) fn article(r: &Renderer<'_>, f: &Frame<'_>, locale: &str, slug: &str) -> Markup {
    let (list, lang) = entries(r, slug, locale);
    if list.is_empty() || slug == "about" {
        return html! {};
    }
    let cat = r.catalog;
    let about = r
        .content
        .articles
        .contains_key("about")
        .then(|| format!("{}#paso-changes", f.href(r, &key::article(locale, "about"))));
    html! {
        section.changes aria-labelledby="paso-changes-here" {
            h2 #paso-changes-here { (cat.text(locale, "changes-title")) }
            ul {
                @for c in list.iter().take(ON_ARTICLE) {
                    li {
                        strong { (heading(r, locale, c)) } " "
                        span lang=(lang) { (c.text) }
                    }
                }
            }
            @if let Some(href) = about {
                p { a href=(href) { (cat.text(locale, "changes-all")) } }
            }
        }
    }
}

/// One article's entry under a version: (slug, title, language of the text, text).
type Item<'a> = (&'a str, &'a str, &'a str, &'a str);

/// The About page's section: every version, newest first, each article's entry under it.
pub(crate) fn about(r: &Renderer<'_>, f: &Frame<'_>, locale: &str) -> Markup {
    let mut versions: Vec<(Version, &Change, Vec<Item<'_>>)> = Vec::new();
    for slug in r.content.slugs_in_order() {
        let (list, lang) = entries(r, slug, locale);
        let Some(a) = r.content.article_for(slug, locale) else {
            continue;
        };
        for c in list {
            let Ok(v) = Version::parse(&c.version) else {
                continue;
            };
            let item = (slug, a.meta.title.as_str(), lang, c.text.as_str());
            match versions.iter_mut().find(|(w, _, _)| *w == v) {
                Some((_, _, items)) => items.push(item),
                None => versions.push((v, c, vec![item])),
            }
        }
    }
    if versions.is_empty() {
        return html! {};
    }
    versions.sort_by(|a, b| b.0.cmp(&a.0));
    let cat = r.catalog;
    html! {
        section.changes aria-labelledby="paso-changes" {
            h2 #paso-changes { (cat.text(locale, "changes-about-title")) }
            p { (cat.text_args(locale, "changes-about-intro", &[("version", &r.content.config.content_version)])) }
            @for (_, first, items) in &versions {
                h3 { (heading(r, locale, first)) }
                ul {
                    @for (slug, title, lang, text) in items {
                        li {
                            a href=(f.href(r, &key::article(locale, slug))) { (title) } ": "
                            span lang=(lang) { (text) }
                        }
                    }
                }
            }
        }
    }
}
