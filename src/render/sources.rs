//! The sources of the guide: the list under each article and the page of every source.

use maud::{Markup, html};

use crate::model::{SourceDate, SourceRef};
use crate::render::Renderer;
use crate::render::layout::{external, page};
use crate::render::pages::frame;
use crate::render::urls::key;

fn source_date(r: &Renderer<'_>, locale: &str, s: &SourceRef) -> String {
    match (s.date, s.accessed) {
        (Some(SourceDate::Day(d)), _) => r.catalog.date(locale, d),
        (Some(SourceDate::Month(y, m)), _) => format!("{y}-{m:02}"),
        (Some(SourceDate::Year(y)), _) => y.to_string(),
        (None, Some(d)) => r.catalog.attr_args(
            locale,
            "source-accessed",
            &[("date", &r.catalog.date(locale, d))],
        ),
        (None, None) => String::new(),
    }
}

fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

pub(crate) fn source_list(
    r: &Renderer<'_>,
    page: &str,
    locale: &str,
    sources: &[SourceRef],
    id: &str,
) -> Markup {
    // Inside the single-file copy, articles are sections of one page: one heading level down.
    let nested = page.ends_with(".html") && !page.ends_with("index.html");
    html! {
        section.sources aria-labelledby=(id) {
            @if nested { h3 id=(id) { (r.catalog.text(locale, "sources")) } }
            @else { h2 id=(id) { (r.catalog.text(locale, "sources")) } }
            (source_list_plain(r, page, locale, sources))
        }
    }
}

/// Every source of a locale, article by article.
pub(crate) fn sources(r: &Renderer<'_>, locale: &str) -> String {
    let cat = r.catalog;
    let k = key::sources(locale);
    let f = frame(
        r,
        &k,
        locale,
        cat.attr(locale, "sources-title"),
        key::sources,
    );
    let main = html! {
        h1 { (cat.text(locale, "sources-title")) }
        p.lead { (cat.text(locale, "sources-intro")) }
        @for slug in r.content.slugs_in_order() {
            @if let Some(a) = r.content.article_for(slug, locale) {
                section.source-group lang=(a.locale) {
                    h2 { a href=(f.href(r, &key::article(locale, slug))) { (a.meta.title) } }
                    (source_list_plain(r, &k, locale, &a.meta.sources))
                }
            }
        }
    };
    page(r, &f, main)
}

fn source_list_plain(r: &Renderer<'_>, page: &str, locale: &str, sources: &[SourceRef]) -> Markup {
    let cat = r.catalog;
    html! {
        ol {
            @for s in sources {
                li {
                    cite { (s.title) } ", " (s.publisher)
                    @let date = source_date(r, locale, s);
                    @if !date.is_empty() { ", " (date) }
                    "."
                    @if let Some(u) = &s.url { " " (external(r, page, u, html! { (host(u)) })) }
                    @if let Some(v) = &s.via { " (" (external(r, page, v, html! { (cat.text(locale, "source-via")) })) ")" }
                }
            }
        }
    }
}
