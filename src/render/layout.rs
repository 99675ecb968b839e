//! The HTML shell every page shares: head, header with the language switcher, footer.
//! Templates are maud macros, checked at compile time and escaping by default.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::localize::direction;
use crate::render::Renderer;
use crate::render::urls::{absolute, key, relative};

/// What the shell needs to know about one page.
pub(crate) struct Frame<'a> {
    /// Site key of the page.
    pub(crate) key: &'a str,
    /// Locale of the chrome.
    pub(crate) locale: &'a str,
    /// Page title, plain text (no isolation marks).
    pub(crate) title: String,
    /// Meta description, plain text.
    pub(crate) description: Option<String>,
    /// The same page in each locale: (locale, key).
    pub(crate) alternates: Vec<(String, String)>,
    /// Links from the site root, for pages served at any URL (404).
    pub(crate) absolute: bool,
}

impl Frame<'_> {
    /// A link from this page to the page or file at key `to`.
    pub(crate) fn href(&self, r: &Renderer<'_>, to: &str) -> String {
        if self.absolute {
            absolute(to, r.style)
        } else {
            relative(self.key, to, r.style)
        }
    }
}

/// Wraps `main` in the shell.
pub(crate) fn page(r: &Renderer<'_>, f: &Frame<'_>, main: Markup) -> String {
    let loc = f.locale;
    let cat = r.catalog;
    let config = &r.content.config;
    let site_name = cat.attr(loc, "site-name");
    let title = if f.title == site_name {
        site_name.clone()
    } else {
        format!("{} · {site_name}", f.title)
    };
    let markup = html! {
        (DOCTYPE)
        html lang=(loc) dir=(direction(loc)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) }
                @if let Some(d) = &f.description { meta name="description" content=(d); }
                link rel="stylesheet" href=(f.href(r, &r.static_key("style.css")));
                link rel="icon" href=(f.href(r, &r.static_key("favicon.svg"))) type="image/svg+xml";
            }
            body {
                a.skip href="#main" { (cat.text(loc, "skip-to-content")) }
                header.site-header {
                    a.brand href=(f.href(r, &key::home(loc))) {
                        span.brand-name { (site_name) }
                        span.brand-tagline { (cat.text(loc, "site-tagline")) }
                    }
                    nav.site-nav aria-label=(cat.attr(loc, "nav-home")) {
                        a href=(f.href(r, &key::home(loc))) { (cat.text(loc, "nav-home")) }
                        a href=(f.href(r, &key::sources(loc))) { (cat.text(loc, "nav-sources")) }
                    }
                    (switcher(r, f))
                }
                main #main tabindex="-1" { (main) }
                footer.site-footer {
                    p { (cat.text_args(loc, "footer-publisher", &[("publisher", &config.publisher)])) " "
                        (cat.text_args(loc, "footer-version", &[("version", &config.content_version)])) }
                    p { (cat.text_args(loc, "footer-corrections", &[("contact", &config.corrections)])) }
                    p { (cat.text(loc, "footer-privacy")) }
                }
            }
        }
    };
    markup.into_string()
}

/// The language switcher: a `<details>` menu that works without JavaScript.
fn switcher(r: &Renderer<'_>, f: &Frame<'_>) -> Markup {
    let cat = r.catalog;
    html! {
        details.lang-switcher {
            summary {
                span.visually-hidden { (cat.text(f.locale, "language-switcher")) ": " }
                (cat.attr(f.locale, "language-name"))
            }
            ul {
                @for (loc, to) in &f.alternates {
                    li {
                        @if loc == f.locale {
                            a href=(f.href(r, to)) lang=(loc) hreflang=(loc) aria-current="page" { (cat.attr(loc, "language-name")) }
                        } @else {
                            a href=(f.href(r, to)) lang=(loc) hreflang=(loc) { (cat.attr(loc, "language-name")) }
                        }
                    }
                }
                li.all-languages { a href=(f.href(r, key::LANDING)) { (cat.text(f.locale, "nav-languages")) } }
            }
        }
    }
}

/// Trusted HTML from the Markdown renderer.
pub(crate) fn raw(html: String) -> PreEscaped<String> {
    PreEscaped(html)
}
