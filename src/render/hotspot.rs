//! The sign-in page a phone shows when it joins a Paso hotspot (`paso serve --captive`): the
//! language choice and, in each language, how to keep reading in the real browser (the
//! sign-in sheet is a bare browser that keeps no downloads and closes when the reader leaves).
//! No script, one small stylesheet; every link is absolute so it works from any address.

use maud::{DOCTYPE, html};

use crate::localize::direction;
use crate::render::Renderer;
use crate::render::urls::{absolute, key};

/// The page, for readers told to type `address` (e.g. `paso.lan`).
pub(crate) fn page(r: &Renderer<'_>, address: &str) -> String {
    let cat = r.catalog;
    let source = &r.content.config.source_locale;
    let locales = &r.content.config.locales;
    html! {
        (DOCTYPE)
        html lang=(source) dir=(direction(source)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (cat.attr(source, "site-name")) }
                link rel="stylesheet" href=(absolute(&r.static_key("style.css"), r.style));
            }
            body.hotspot {
                main #main {
                    h1 { (cat.text(source, "site-name")) }
                    p { (cat.text(source, "captive-choose")) }
                    ul.language-choice {
                        @for loc in locales {
                            li lang=(loc) dir=(direction(loc)) {
                                a href=(absolute(&key::home(loc), r.style)) hreflang=(loc) {
                                    span.language-name { (cat.attr(loc, "language-name")) }
                                    span.language-intro { (cat.text(loc, "captive-title")) }
                                }
                            }
                        }
                    }
                    @for loc in locales {
                        section.hotspot-help lang=(loc) dir=(direction(loc)) {
                            p { (cat.text(loc, "captive-no-internet")) }
                            p { (cat.text_args(loc, "captive-open-browser", &[("address", address)])) }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}
