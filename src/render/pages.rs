//! The body of each kind of page. Each function returns a complete HTML document.

use maud::{Markup, html};

use crate::localize::direction;
use crate::model::{Article, Contact, Status, TranslationState};
use crate::render::Renderer;
use crate::render::layout::{Frame, external, page, raw};
use crate::render::markdown::{Mode, Place, to_html};
use crate::render::urls::key;

pub(crate) use super::sources::{source_list, sources};

pub(crate) fn frame<'a>(
    r: &Renderer<'_>,
    key: &'a str,
    locale: &'a str,
    title: String,
    alt: impl Fn(&str) -> String,
) -> Frame<'a> {
    Frame {
        key,
        locale,
        title,
        description: None,
        alternates: r
            .content
            .config
            .locales
            .iter()
            .map(|l| (l.clone(), alt(l)))
            .collect(),
        absolute: false,
    }
}

fn status_label(r: &Renderer<'_>, locale: &str, s: Status) -> String {
    r.catalog.text(locale, &format!("status-{}", s.as_str()))
}

/// The language choice at the root.
pub(crate) fn landing(r: &Renderer<'_>) -> String {
    let cat = r.catalog;
    let source = &r.content.config.source_locale;
    let f = frame(
        r,
        key::LANDING,
        source,
        cat.attr(source, "site-name"),
        key::home,
    );
    let main = html! {
        // The heading says what the page is in every language; each language's name is
        // written in its own script, and all of them fit on a phone's first screen.
        h1.landing-heading {
            @for (i, loc) in r.content.config.locales.iter().enumerate() {
                @if i > 0 { " " span.sep aria-hidden="true" { "/" } " " }
                span lang=(loc) dir=(direction(loc)) { (cat.text(loc, "landing-title")) }
            }
        }
        ul.language-choice {
            @for loc in &r.content.config.locales {
                li lang=(loc) dir=(direction(loc)) {
                    a href=(f.href(r, &key::home(loc))) hreflang=(loc) {
                        span.language-name { (cat.attr(loc, "language-name")) }
                    }
                }
            }
        }
        @for loc in &r.content.config.locales {
            p.landing-intro lang=(loc) dir=(direction(loc)) { (cat.text(loc, "landing-intro")) }
        }
    };
    page(r, &f, main)
}

/// A locale's home page.
pub(crate) fn home(r: &Renderer<'_>, locale: &str) -> String {
    let cat = r.catalog;
    let k = key::home(locale);
    let mut f = frame(r, &k, locale, cat.attr(locale, "home-title"), key::home);
    f.description = Some(cat.attr(locale, "home-intro"));
    let main = html! {
        h1 { (cat.text(locale, "home-title")) }
        p.lead { (cat.text(locale, "home-intro")) }
        (crate::render::search::form(r, locale, &f.href(r, &key::search(locale)), None))
        section.who aria-labelledby="who" {
            h2 #who { (cat.text(locale, "home-who")) }
            p { (cat.text(locale, "home-who-intro")) }
            ul.statuses {
                @for s in Status::ALL {
                    li { a href=(f.href(r, &key::status(locale, s))) { (status_label(r, locale, s)) } }
                }
            }
        }
        section.topics aria-labelledby="topics" {
            h2 #topics { (cat.text(locale, "home-articles")) }
            (article_list(r, &f, locale, &r.content.slugs_in_order()))
        }
        (contacts(r, &k, locale, &r.content.contacts))
        p.disclaimer { (cat.text(locale, "not-legal-advice")) }
    };
    page(r, &f, main)
}

pub(crate) fn article_list(
    r: &Renderer<'_>,
    f: &Frame<'_>,
    locale: &str,
    slugs: &[&str],
) -> Markup {
    html! {
        ol.article-list {
            @for slug in slugs {
                @if let Some(a) = r.content.article_for(slug, locale) {
                    li lang=(a.locale) {
                        a href=(f.href(r, &key::article(locale, slug))) { (a.meta.title) }
                        p { (a.meta.summary) }
                    }
                }
            }
        }
    }
}

/// An article page (a translation, or the source text with a notice).
pub(crate) fn article(
    r: &Renderer<'_>,
    locale: &str,
    slug: &str,
    prev: Option<&str>,
    next: Option<&str>,
) -> String {
    let cat = r.catalog;
    let a = r
        .content
        .article_for(slug, locale)
        .expect("slug comes from the content");
    let k = key::article(locale, slug);
    let mut f = frame(r, &k, locale, a.meta.title.clone(), |l| {
        key::article(l, slug)
    });
    f.description = Some(a.meta.summary.clone());
    let place = Place {
        locale,
        slug,
        page: &k,
        mode: Mode::Article,
    };
    let body = with_contacts(
        r,
        &k,
        locale,
        to_html(r, &a.doc.events, &place),
        "local-help",
    );
    let state = r.content.translation_state(slug, locale);
    let toc: Vec<_> = a
        .doc
        .headings
        .iter()
        .filter(|h| h.level == 2 || h.level == 3)
        .collect();
    let main = html! {
        article lang=(a.locale) dir=(direction(&a.locale)) {
            // The first screen answers: title, summary, one short line about the page, then
            // "In short". The details of that line and the contents wait behind disclosures.
            header.article-head {
                h1 { (a.meta.title) }
                p.lead { (a.meta.summary) }
                @if r.counts && slug == "about" { p.counts-notice { (cat.text(locale, "about-counts")) } }
                (notices(r, Some(&f), locale, slug, state, a))
                (meta_line(r, locale, a))
                // One row of page tools: read aloud, about this page, contents.
                div.article-tools {
                    (listen_control(r, locale))
                    (meta_details(r, &f, locale, a))
                    (crate::render::answers::answers(r, locale, a))
                    @if toc.len() > 1 {
                        nav.toc aria-labelledby="paso-toc" {
                            details {
                                summary #paso-toc { (cat.text(locale, "toc")) }
                                ol {
                                    @for h in &toc {
                                        li class=(format!("toc-h{}", h.level)) { a href=(format!("#{}", h.id)) { (h.text) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            div.content { (raw(body)) }
            (super::changes::article(r, &f, locale, slug))
            @if slug == "about" {
                (super::provenance::about(r, locale))
                (super::changes::about(r, &f, locale))
            }
            (source_list(r, &k, locale, &a.meta.sources, "paso-sources"))
            p.disclaimer { (cat.text(locale, "not-legal-advice")) }
        }
        nav.pager {
            @if let Some(p) = prev.and_then(|s| r.content.article_for(s, locale)) {
                a.prev href=(f.href(r, &key::article(locale, &p.slug))) rel="prev" {
                    span.pager-label { (cat.text(locale, "previous")) } " " span lang=(p.locale) { (p.meta.title) }
                }
            }
            @if let Some(n) = next.and_then(|s| r.content.article_for(s, locale)) {
                a.next href=(f.href(r, &key::article(locale, &n.slug))) rel="next" {
                    span.pager-label { (cat.text(locale, "next")) } " " span lang=(n.locale) { (n.meta.title) }
                }
            }
        }
    };
    page(r, &f, main)
}

/// One short line under the summary: when the page was checked, whether a lawyer reviewed
/// it, and for whom it is.
fn meta_line(r: &Renderer<'_>, locale: &str, a: &Article) -> Markup {
    let cat = r.catalog;
    let review = if a.meta.legal_review.is_some() {
        "meta-review-done"
    } else {
        "meta-review-none"
    };
    let applies = if Status::ALL.iter().all(|s| a.meta.applies_to.contains(s)) {
        cat.text(locale, "meta-applies-all")
    } else {
        cat.text_count(locale, "meta-applies-some", a.meta.applies_to.len(), &[])
    };
    html! {
        p.meta-line {
            (cat.text_args(locale, "meta-checked", &[("date", &cat.date(locale, a.meta.updated))]))
            " · " (cat.text(locale, review)) " · " (applies)
        }
    }
}

/// The details behind the short line: dates, review, and the groups the page applies to.
fn meta_details(r: &Renderer<'_>, f: &Frame<'_>, locale: &str, a: &Article) -> Markup {
    let cat = r.catalog;
    html! {
        details.page-details {
            summary { (cat.text(locale, "meta-details")) }
            (meta_list(r, locale, a))
            p.applies { (cat.text(locale, "applies-to")) }
            ul.applies-list {
                @for s in &a.meta.applies_to {
                    li { a.status-tag href=(f.href(r, &key::status(locale, *s))) { (status_label(r, locale, *s)) } }
                }
            }
        }
    }
}

/// When the article was checked against its sources, and whether a lawyer reviewed it.
pub(crate) fn meta_list(r: &Renderer<'_>, locale: &str, a: &Article) -> Markup {
    let cat = r.catalog;
    html! {
        ul.meta {
            li { (cat.text_args(locale, "last-checked", &[("date", &cat.date(locale, a.meta.updated))])) }
            li {
                @match &a.meta.legal_review {
                    Some(lr) => (cat.text_args(locale, "legal-review-done", &[("reviewer", &lr.reviewer), ("date", &cat.date(locale, lr.date))])),
                    None => (cat.text(locale, "legal-review-none")),
                }
            }
        }
    }
}

/// Notices about trust: translation state and review date. None when none applies. With a
/// frame, the notices link the source-language original; the single-file copy has none to link.
pub(crate) fn notices(
    r: &Renderer<'_>,
    f: Option<&Frame<'_>>,
    locale: &str,
    slug: &str,
    state: TranslationState,
    a: &Article,
) -> Markup {
    let cat = r.catalog;
    let source = &r.content.config.source_locale;
    let original = f.map(|f| f.href(r, &key::article(source, slug)));
    let language = cat.attr(locale, "language-name");
    html! {
        @match state {
            TranslationState::Ok => {},
            TranslationState::Missing => p.notice.notice-missing role="note" lang=(locale) dir=(direction(locale)) {
                (cat.text_args(locale, "translation-missing", &[("language", &language)]))
            },
            TranslationState::Unreviewed => p.notice.notice-unreviewed role="note" {
                @if a.meta.translation.as_ref().is_some_and(|t| t.checked_by_back_translation.is_some()) {
                    (cat.text(locale, "translation-back-checked"))
                } @else {
                    (cat.text(locale, "translation-unreviewed"))
                }
                @if let Some(o) = &original { " " a href=(o) hreflang=(source) { (cat.text(locale, "read-original")) } }
            },
            TranslationState::Outdated => p.notice.notice-outdated role="note" {
                (cat.text(locale, "translation-outdated"))
                @if let Some(o) = &original { " " a href=(o) hreflang=(source) { (cat.text(locale, "read-original")) } }
            },
        }
        @if a.meta.review_due < r.today {
            p.notice.notice-review role="note" {
                (cat.text_args(locale, "review-due-passed", &[("date", &cat.date(locale, a.meta.review_due))]))
            }
        }
    }
}

/// Local contacts go right after the heading `{#local-help}` (whose id is `heading_id` on this
/// page), where an article has one.
pub(crate) fn with_contacts(
    r: &Renderer<'_>,
    page: &str,
    locale: &str,
    body: String,
    heading_id: &str,
) -> String {
    let marker = format!("id=\"{heading_id}\"");
    let Some(at) = body.find(&marker) else {
        return body;
    };
    let Some(close) = body[at..]
        .find("</h")
        .and_then(|i| body[at + i..].find('>').map(|j| at + i + j + 1))
    else {
        return body;
    };
    let block = contact_items(r, page, locale, &r.content.contacts).into_string();
    format!("{}{}{}", &body[..close], block, &body[close..])
}

pub(crate) fn contacts(r: &Renderer<'_>, page: &str, locale: &str, list: &[Contact]) -> Markup {
    html! {
        @if !list.is_empty() {
            section.contacts aria-labelledby="local-contacts" {
                h2 #local-contacts { (r.catalog.text(locale, "local-help")) }
                (contact_items(r, page, locale, list))
            }
        }
    }
}

fn contact_items(r: &Renderer<'_>, page: &str, locale: &str, list: &[Contact]) -> Markup {
    let cat = r.catalog;
    html! {
        @if !list.is_empty() {
            ul.contact-list {
                @for c in list {
                    li {
                        strong { (c.name) }
                        @if let Some(p) = &c.phone { br; (cat.text(locale, "local-phone")) " " a href=(format!("tel:{}", p.replace(' ', ""))) dir="ltr" { (p) } }
                        @if let Some(h) = c.hours_in(locale) { br; (cat.text(locale, "local-hours")) " " (h) }
                        @if let Some(ad) = &c.address { br; (cat.text(locale, "local-address")) " " (ad) }
                        @if !c.languages.is_empty() {
                            br; (cat.text(locale, "local-languages")) " "
                            (c.languages.iter().map(|l| r.catalog.attr(l, "language-name")).collect::<Vec<_>>().join(", "))
                        }
                        @if let Some(u) = &c.url { br; (external(r, page, u, html! { (u) })) }
                        @if let Some(n) = c.note_in(locale) { br; (n) }
                    }
                }
            }
        }
    }
}

/// The sections of the guide written for one status.
pub(crate) fn status(r: &Renderer<'_>, locale: &str, status: Status) -> String {
    let cat = r.catalog;
    let k = key::status(locale, status);
    let label = cat.attr(locale, &format!("status-{}", status.as_str()));
    let title = cat.attr_args(locale, "for-title", &[("status", &label)]);
    let f = frame(r, &k, locale, title.clone(), |l| key::status(l, status));
    let slugs = r.content.slugs_in_order();
    let mut with_sections = Vec::new();
    let mut general = Vec::new();
    for slug in &slugs {
        let Some(a) = r.content.article_for(slug, locale) else {
            continue;
        };
        let sections: Vec<_> = a
            .doc
            .sections
            .iter()
            .filter(|s| a.doc.headings[s.heading].statuses.contains(&status))
            .collect();
        if !sections.is_empty() {
            with_sections.push((*slug, a, sections));
        } else if a.meta.applies_to.contains(&status) {
            general.push(*slug);
        }
    }
    let main = html! {
        h1 { (cat.text_args(locale, "for-title", &[("status", &status_label(r, locale, status))])) }
        p.lead { (cat.text(locale, if with_sections.is_empty() { "for-none" } else { "for-intro" })) }
        @for (slug, a, sections) in &with_sections {
            section.for-article lang=(a.locale) dir=(direction(&a.locale)) {
                h2 { a href=(f.href(r, &key::article(locale, slug))) { (a.meta.title) } }
                @for s in sections {
                    @let h = &a.doc.headings[s.heading];
                    @let place = Place { locale, slug, page: &k, mode: Mode::Excerpt };
                    div.for-section {
                        (raw(to_html(r, &a.doc.events[s.events.clone()], &place)))
                        p.read-more { a href=(format!("{}#{}", f.href(r, &key::article(locale, slug)), h.id)) { (cat.text(locale, "for-read-more")) } }
                    }
                }
            }
        }
        @if !general.is_empty() {
            section aria-labelledby="for-also" {
                h2 #for-also { (cat.text(locale, "for-also")) }
                (article_list(r, &f, locale, &general))
            }
        }
        p.disclaimer { (cat.text(locale, "not-legal-advice")) }
    };
    page(r, &f, main)
}

/// A 404 page. It is served at any URL, so its links start at the site root.
pub(crate) fn not_found(r: &Renderer<'_>, locale: &str, k: &str) -> String {
    let cat = r.catalog;
    let mut f = frame(r, k, locale, cat.attr(locale, "not-found-title"), key::home);
    f.absolute = true;
    let main = html! {
        h1 { (cat.text(locale, "not-found-title")) }
        p { (cat.text(locale, "not-found-text")) }
        p.not-found-home { a href=(f.href(r, &key::home(locale))) { (cat.text(locale, "not-found-home")) } }
    };
    page(r, &f, main)
}

/// The "Listen" control: hidden until `static/listen.js` finds a voice for the page's language.
fn listen_control(r: &Renderer<'_>, locale: &str) -> maud::Markup {
    let cat = r.catalog;
    html! {
        div.listen hidden data-listen data-pause=(cat.attr(locale, "listen-pause")) data-resume=(cat.attr(locale, "listen-resume")) data-play=(cat.attr(locale, "listen")) {
            button.listen-play type="button" aria-pressed="false" { (cat.text(locale, "listen")) }
            button.listen-stop type="button" hidden { (cat.text(locale, "listen-stop")) }
        }
    }
}
