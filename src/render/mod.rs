//! Stage 4, render: [`Content`] + [`Catalog`] → [`Site`]. Every page of every locale is
//! rendered here, once; nothing is rendered per request.
//!
//! 1. static files: CSS and JS get a fingerprint in their name (cached forever)
//! 2. the landing page (language choice) and the site-wide 404
//! 3. per locale: home, every article (a translation, or the source text with a notice),
//!    the sources page, one page per status, and a localized 404

mod layout;
pub(crate) mod markdown;
mod pages;
pub mod urls;

use std::collections::BTreeMap;

use crate::date::Date;
use crate::localize::Catalog;
use crate::model::{Content, Status};
use crate::site::{Asset, CachePolicy, Site, hex_prefix, mime_for};
use urls::{LinkStyle, key};

/// What varies between one rendering and another.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    /// Pretty links for the server, explicit `index.html` for an export.
    pub style: LinkStyle,
    /// The day "review due" notices are computed for.
    pub today: Date,
}

/// Shared state of one rendering.
pub(crate) struct Renderer<'a> {
    pub(crate) content: &'a Content,
    pub(crate) catalog: &'a Catalog,
    pub(crate) style: LinkStyle,
    pub(crate) today: Date,
    /// Static file name → its key in the site (fingerprinted for CSS and JS).
    pub(crate) statics: BTreeMap<String, String>,
}

impl Renderer<'_> {
    /// The site key of a static file, e.g. `style.css` → `static/style.3f2a9c0d.css`.
    pub(crate) fn static_key(&self, name: &str) -> String {
        self.statics
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("static/{name}"))
    }
}

/// Renders the whole site.
pub fn render(
    content: &Content,
    catalog: &Catalog,
    statics: &BTreeMap<String, Vec<u8>>,
    opts: RenderOptions,
) -> Site {
    let mut site = Site::new(
        content.config.locales.clone(),
        content.config.source_locale.clone(),
    );
    let mut names = BTreeMap::new();
    for (name, bytes) in statics {
        let (site_key, cache) = fingerprint(name, bytes);
        names.insert(name.clone(), site_key.clone());
        site.insert(site_key, Asset::new(bytes.clone(), mime_for(name), cache));
    }
    let r = Renderer {
        content,
        catalog,
        style: opts.style,
        today: opts.today,
        statics: names,
    };
    let html = |s: String| Asset::new(s, mime_for(".html"), CachePolicy::Revalidate);
    site.insert(key::LANDING, html(pages::landing(&r)));
    let source = &content.config.source_locale;
    site.insert(
        key::NOT_FOUND,
        html(pages::not_found(&r, source, key::NOT_FOUND)),
    );
    let slugs = content.slugs_in_order();
    for locale in &content.config.locales {
        site.insert(key::home(locale), html(pages::home(&r, locale)));
        for (i, slug) in slugs.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| slugs[j]);
            let next = slugs.get(i + 1).copied();
            let page = pages::article(&r, locale, slug, prev, next);
            site.insert(key::article(locale, slug), html(page));
        }
        site.insert(key::sources(locale), html(pages::sources(&r, locale)));
        for status in Status::ALL {
            site.insert(
                key::status(locale, status),
                html(pages::status(&r, locale, status)),
            );
        }
        let nf = key::not_found(locale);
        site.insert(nf.clone(), html(pages::not_found(&r, locale, &nf)));
    }
    site
}

/// CSS and JS get their hash in the name, so they can be cached forever.
fn fingerprint(name: &str, bytes: &[u8]) -> (String, CachePolicy) {
    use sha2::{Digest, Sha256};
    match name.rsplit_once('.') {
        Some((stem, ext)) if ext == "css" || ext == "js" => {
            let h = hex_prefix(&Sha256::digest(bytes), 4);
            (format!("static/{stem}.{h}.{ext}"), CachePolicy::Immutable)
        }
        _ => (format!("static/{name}"), CachePolicy::Day),
    }
}
