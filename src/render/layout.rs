//! The HTML shell every page shares: head, a one-row header (name, menu with the language
//! switcher, quick exit), footer.
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
    let kiosk = r.kiosk.is_some();
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
                @if !kiosk { link rel="manifest" href=(f.href(r, key::MANIFEST)); }
                script src=(f.href(r, &r.static_key("site.js"))) defer {}
                script src=(f.href(r, &r.static_key("listen.js"))) defer {}
                @if let Some(k) = r.kiosk {
                    script src=(f.href(r, &r.static_key("kiosk.js"))) defer data-idle=(k.idle_secs) data-home=(f.href(r, key::LANDING)) {}
                }
            }
            body class=[kiosk.then_some("kiosk")] {
                a.skip href="#main" { (cat.text(loc, "skip-to-content")) }
                // One row: the name, one menu (pages and languages) and quick exit, always at
                // the row's end, on every page, in kiosk mode too.
                header.site-header {
                    a.brand href=(f.href(r, &key::home(loc))) {
                        span.brand-name { (site_name) }
                        span.brand-tagline { (cat.text(loc, "site-tagline")) }
                    }
                    (menu(r, f))
                    a.quick-exit href=(f.href(r, key::EXIT)) data-quick-exit rel="noreferrer" { (cat.text(loc, "quick-exit")) }
                }
                main #main tabindex="-1" { (main) }
                footer.site-footer {
                    @if !kiosk {
                        p.save {
                            a href=(f.href(r, &key::single_file(loc))) download=(key::single_file_name(loc)) { (cat.text(loc, "save-offline")) }
                            " " (cat.text(loc, "save-offline-hint"))
                        }
                        p {
                            button.keep-offline type="button" hidden data-keep-offline
                                data-sw=(f.href(r, key::SERVICE_WORKER)) data-scope=(f.href(r, key::LANDING).trim_end_matches("index.html"))
                                data-list=(f.href(r, &key::offline_list(loc))) data-done=(cat.attr(loc, "offline-kept")) {
                                (cat.text(loc, "offline-keep"))
                            }
                        }
                    }
                    p { (cat.text_args(loc, "footer-publisher", &[("publisher", &config.publisher)])) " "
                        (cat.text_args(loc, "footer-version", &[("version", &config.content_version)])) }
                    (super::provenance::footer(r, loc))
                    p { (cat.text_args(loc, "footer-corrections", &[("contact", &config.corrections)])) }
                    p { (cat.text(loc, "footer-privacy")) }
                }
            }
        }
    };
    markup.into_string()
}

/// The one menu: a `<details>` that works without JavaScript, holding the pages and the
/// language switcher.
fn menu(r: &Renderer<'_>, f: &Frame<'_>) -> Markup {
    let cat = r.catalog;
    let loc = f.locale;
    html! {
        details.menu {
            summary { span.menu-icon aria-hidden="true" {} (cat.text(loc, "menu")) }
            div.menu-panel {
                nav.site-nav aria-label=(cat.attr(loc, "nav-main")) {
                    a href=(f.href(r, &key::home(loc))) { (cat.text(loc, "nav-home")) }
                    a href=(f.href(r, &key::search(loc))) { (cat.text(loc, "nav-search")) }
                    a href=(f.href(r, &key::card(loc))) { (cat.text(loc, "nav-card")) }
                    a href=(f.href(r, &key::sources(loc))) { (cat.text(loc, "nav-sources")) }
                    @if r.kiosk.is_none() { a href=(f.href(r, &key::share(loc))) { (cat.text(loc, "nav-share")) } }
                }
                (switcher(r, f))
            }
        }
    }
}

/// The language switcher, inside the menu: each language named in its own script.
fn switcher(r: &Renderer<'_>, f: &Frame<'_>) -> Markup {
    let cat = r.catalog;
    html! {
        nav.lang-switcher aria-label=(cat.attr(f.locale, "language-switcher")) {
            p.menu-heading aria-hidden="true" { (cat.text(f.locale, "language-switcher")) }
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

/// A link to another site. On a kiosk, whose readers cannot take a browser tab with them, the
/// address is shown as text with a QR code to scan instead of a link.
pub(crate) fn external(r: &Renderer<'_>, page: &str, url: &str, text: Markup) -> Markup {
    match r.kiosk {
        Some(_) => html! { span.kiosk-link { (text) (kiosk_tail(r, page, url)) } },
        None => html! { a href=(url) rel="external noopener noreferrer" dir="ltr" { (text) } },
    }
}

/// What follows an external link's text on a kiosk: the address and its QR code.
pub(crate) fn kiosk_tail(r: &Renderer<'_>, page: &str, url: &str) -> Markup {
    html! {
        " " span.kiosk-url dir="ltr" { (url) }
        @if let Some(k) = r.qr_keys.get(url) {
            img.qr src=(relative(page, k, r.style)) alt="QR" loading="lazy" width="96" height="96";
        }
    }
}

/// Trusted HTML from the Markdown renderer.
pub(crate) fn raw(html: String) -> PreEscaped<String> {
    PreEscaped(html)
}
