//! Stage 4, render: [`Content`] + [`Catalog`] → [`Site`]. Every page of every locale is
//! rendered here, once; nothing is rendered per request.
//!
//! 1. static files: CSS and JS get a fingerprint in their name (cached forever)
//! 2. the landing page (language choice) and the site-wide 404
//! 3. per locale: home, every article (a translation, or the source text with a notice),
//!    the sources page, one page per status, and a localized 404

mod answers;
mod card;
pub(crate) mod changes;
mod hotspot;
mod layout;
pub(crate) mod markdown;
mod offline;
mod pack;
mod pages;
pub mod provenance;
pub(crate) mod search;
mod sources;
pub mod urls;

use std::collections::BTreeMap;

use crate::date::Date;
use crate::localize::Catalog;
use crate::model::{Content, Status};
use crate::site::{Asset, CachePolicy, Site, hex_prefix, mime_for};
use urls::{LinkStyle, key};

/// What varies between one rendering and another.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Pretty links for the server, explicit `index.html` for an export.
    pub style: LinkStyle,
    /// The day "review due" notices are computed for, and the build date of saved copies.
    pub today: Date,
    /// Kiosk mode: larger type, no clickable links off the site, an idle reset, no downloads.
    pub kiosk: Option<Kiosk>,
    /// What the share page offers.
    pub share: Share,
    /// Who signed the guide, its date, and the bundle offered for re-sharing.
    pub provenance: provenance::Provenance,
    /// `--captive`: render the hotspot sign-in page, telling readers to type this address.
    pub captive: Option<String>,
    /// `--count`: the About page says that this copy counts pages served.
    pub counts: bool,
}

impl RenderOptions {
    /// Plain options: no kiosk, a share page without a server address.
    pub fn new(style: LinkStyle, today: Date) -> RenderOptions {
        RenderOptions {
            style,
            today,
            kiosk: None,
            share: Share::default(),
            provenance: provenance::Provenance::default(),
            captive: None,
            counts: false,
        }
    }
}

/// Kiosk settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without a touch before the kiosk returns to the language choice.
    pub idle_secs: u32,
}

/// What the share page shows.
#[derive(Debug, Clone, Default)]
pub struct Share {
    /// Whether a server answers `qr/url.svg` with the code of its own address.
    pub server_qr: bool,
    /// The Wi-Fi network whose code `qr/wifi.svg` holds, if any.
    pub wifi_ssid: Option<String>,
    /// Whether the server listens only on this device's own (loopback) address, so the
    /// address in the code works on no other phone; the page then says so, and how to share.
    pub loopback_only: bool,
}

/// Shared state of one rendering.
pub(crate) struct Renderer<'a> {
    pub(crate) content: &'a Content,
    pub(crate) catalog: &'a Catalog,
    pub(crate) style: LinkStyle,
    pub(crate) today: Date,
    pub(crate) kiosk: Option<Kiosk>,
    pub(crate) share: Share,
    pub(crate) provenance: provenance::Provenance,
    /// Whether the About page says that this copy counts pages served.
    pub(crate) counts: bool,
    /// Static file name → its key in the site (fingerprinted for CSS and JS).
    pub(crate) statics: BTreeMap<String, String>,
    /// The stylesheet's text, inlined into the single-file copy.
    pub(crate) css: String,
    /// The offline search script's text, inlined into the single-file copy.
    pub(crate) search_js: String,
    /// The page script's text (quick exit), inlined into the single-file copy.
    pub(crate) site_js: String,
    /// External URL → key of its QR code image (kiosk mode only).
    pub(crate) qr_keys: BTreeMap<String, String>,
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
    let qr_keys = match opts.kiosk {
        Some(_) => kiosk_qr_codes(content, &mut site),
        None => BTreeMap::new(),
    };
    let r = Renderer {
        content,
        catalog,
        style: opts.style,
        today: opts.today,
        kiosk: opts.kiosk,
        share: opts.share,
        provenance: opts.provenance,
        counts: opts.counts,
        statics: names,
        css: statics
            .get("style.css")
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default(),
        search_js: statics
            .get("search.js")
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default(),
        site_js: statics
            .get("site.js")
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default(),
        qr_keys,
    };
    let html = |s: String| Asset::new(s, mime_for(".html"), CachePolicy::Revalidate);
    site.insert(key::LANDING, html(pages::landing(&r)));
    site.insert(key::EXIT, html(offline::exit_page()));
    if let Some(address) = &opts.captive {
        site.insert(
            crate::server::captive::PORTAL_PAGE,
            html(hotspot::page(&r, address)),
        );
    }
    let source = &content.config.source_locale;
    site.insert(
        key::NOT_FOUND,
        html(pages::not_found(&r, source, key::NOT_FOUND)),
    );
    // Locales render in parallel, each into a site of its own, merged in locale order.
    let parts = crate::parallel::map(&content.config.locales, |locale| render_locale(&r, locale));
    for part in parts {
        site.merge(part);
    }
    offline::progressive(&r, &mut site);
    site
}

/// Every page of one locale, into a site of its own.
fn render_locale(r: &Renderer<'_>, locale: &str) -> Site {
    let content = r.content;
    let mut site = Site::new(Vec::new(), String::new());
    let html = |s: String| Asset::new(s, mime_for(".html"), CachePolicy::Revalidate);
    let slugs = content.slugs_in_order();
    site.insert(key::home(locale), html(pages::home(r, locale)));
    for (i, slug) in slugs.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| slugs[j]);
        let next = slugs.get(i + 1).copied();
        let page = pages::article(r, locale, slug, prev, next);
        site.insert(key::article(locale, slug), html(page));
    }
    site.insert(key::sources(locale), html(pages::sources(r, locale)));
    for status in Status::ALL {
        site.insert(
            key::status(locale, status),
            html(pages::status(r, locale, status)),
        );
    }
    let nf = key::not_found(locale);
    site.insert(nf.clone(), html(pages::not_found(r, locale, &nf)));
    site.insert(key::card(locale), html(card::show(r, locale)));
    site.insert(key::card_print(locale), html(card::print(r, locale)));
    site.insert(key::share(locale), html(card::share(r, locale)));
    let search_script = search::add(r, &mut site, locale);
    // A kiosk offers no downloads: they would land on the kiosk itself.
    if r.kiosk.is_none() {
        let (single, csp) = offline::single_file(r, locale, &search_script);
        let mut asset = html(single);
        asset.disposition = Some(format!(
            "attachment; filename=\"{}\"",
            key::single_file_name(locale)
        ));
        asset.csp = Some(csp);
        site.insert(key::single_file(locale), asset);
    }
    site
}

/// One QR code image per external address, for kiosks (whose readers cannot follow links).
fn kiosk_qr_codes(content: &Content, site: &mut Site) -> BTreeMap<String, String> {
    use sha2::{Digest, Sha256};
    let mut keys = BTreeMap::new();
    for url in content.external_urls() {
        let Ok(svg) = crate::qr::svg(&url, None) else {
            continue;
        };
        let k = format!("qr/{}.svg", hex_prefix(&Sha256::digest(url.as_bytes()), 8));
        site.insert(
            k.clone(),
            Asset::new(svg, mime_for(".svg"), CachePolicy::Day),
        );
        keys.insert(url, k);
    }
    keys
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
