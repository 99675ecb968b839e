//! The guide off the network: the single-file copy of a locale (every article, inline CSS, no
//! other file needed, so it opens from a messenger attachment or `file://`), the neutral page
//! quick exit goes to, and the opt-in service worker for secure contexts.

use base64::Engine;
use maud::{DOCTYPE, PreEscaped, html};
use sha2::{Digest, Sha256};

use crate::localize::direction;
use crate::render::Renderer;
use crate::render::layout::raw;
use crate::render::markdown::{Mode, Place, single_file_article_id, single_file_id, to_html};
use crate::render::pages::{contacts, meta_list, notices, source_list, with_contacts};
use crate::render::search;
use crate::render::urls::{LinkStyle, key};
use crate::site::{Asset, CachePolicy, Site, hex_prefix, mime_for};

/// The single-file copy of `locale`, and the Content-Security-Policy that lets exactly its
/// inline stylesheet apply when it is served.
pub(crate) fn single_file(r: &Renderer<'_>, locale: &str, search_index: &str) -> (String, String) {
    let cat = r.catalog;
    let config = &r.content.config;
    let k = key::single_file(locale);
    let slugs = r.content.slugs_in_order();
    let saved = cat.text_args(
        locale,
        "offline-made",
        &[
            ("publisher", &config.publisher),
            ("date", &cat.date(locale, r.today)),
            ("version", &config.content_version),
        ],
    );
    // The index, the search script and quick exit travel inside the file, as one inline script.
    let script = format!("{search_index}\n{}\n{}", r.search_js, r.site_js);
    let title = format!(
        "{} · {}",
        cat.attr(locale, "home-title"),
        cat.attr(locale, "site-name")
    );
    let doc = html! {
        (DOCTYPE)
        html lang=(locale) dir=(direction(locale)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) }
                style { (PreEscaped(&r.css)) }
            }
            body.single-file {
                // Quick exit, as on every page: without JavaScript a link to a blank page,
                // with it the file is also replaced in the tab's history.
                header.site-header {
                    a.brand href="#top" { span.brand-name { (cat.text(locale, "site-name")) } }
                    a.quick-exit href="about:blank" data-quick-exit rel="noreferrer" { (cat.text(locale, "quick-exit")) }
                }
                main #main {
                    header #top {
                        h1 { (cat.text(locale, "home-title")) }
                        p.lead { (cat.text(locale, "home-intro")) }
                        p.saved { (saved) }
                    }
                    // The organization's own contacts come first: this is what it hands out.
                    (contacts(r, &k, locale, &r.content.contacts))
                    // Search works here with JavaScript; without it the form stays hidden and
                    // the list of topics below is the way in.
                    div.single-search hidden[true] {
                        (search::form(r, locale, "#", None))
                        (search::results_box(r, locale, "single", html! {}))
                    }
                    nav.toc aria-labelledby="contents" {
                        h2 #contents { (cat.text(locale, "offline-contents")) }
                        ol {
                            @for slug in &slugs {
                                @if let Some(a) = r.content.article_for(slug, locale) {
                                    li lang=(a.locale) { a href=(format!("#{}", single_file_article_id(slug))) { (a.meta.title) } }
                                }
                            }
                        }
                    }
                    @for slug in &slugs {
                        @if let Some(a) = r.content.article_for(slug, locale) {
                            @let place = Place { locale, slug, page: &k, mode: Mode::SingleFile };
                            article.single id=(single_file_article_id(slug)) lang=(a.locale) dir=(direction(&a.locale)) {
                                h2 { (a.meta.title) }
                                p.lead { (a.meta.summary) }
                                (notices(r, None, locale, slug, r.content.translation_state(slug, locale), a))
                                (meta_list(r, locale, a))
                                @let body = to_html(r, &a.doc.events, &place);
                                div.content { (raw(with_contacts(r, &k, locale, body, &single_file_id(slug, "local-help")))) }
                                (source_list(r, &k, locale, &a.meta.sources, &format!("{slug}--paso-sources")))
                                p.back { a href="#top" { (cat.text(locale, "offline-back")) } }
                            }
                        }
                    }
                    p.disclaimer { (cat.text(locale, "not-legal-advice")) }
                    script { (PreEscaped(&script)) }
                    footer.site-footer {
                        p { (cat.text_args(locale, "footer-publisher", &[("publisher", &config.publisher)])) " "
                            (cat.text_args(locale, "footer-version", &[("version", &config.content_version)])) }
                        p { (cat.text_args(locale, "footer-corrections", &[("contact", &config.corrections)])) }
                        p { (cat.text(locale, "footer-privacy")) }
                    }
                }
            }
        }
    };
    let b64 =
        |s: &str| base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()));
    let csp = format!(
        "default-src 'none'; style-src 'sha256-{}'; script-src 'sha256-{}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        b64(&r.css),
        b64(&script)
    );
    (doc.into_string(), csp)
}

/// Where quick exit lands: a blank page that says nothing about this guide.
pub(crate) fn exit_page() -> String {
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
     <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
     <meta name=\"referrer\" content=\"no-referrer\"><title>New Tab</title></head><body></body></html>"
        .to_string()
}

/// The web app manifest, the service worker and each locale's list of pages to store. The
/// service worker does nothing until the reader presses "Keep this guide on this device" on
/// a secure (HTTPS or localhost) page; plain-HTTP hotspots never see it act.
pub(crate) fn progressive(r: &Renderer<'_>, site: &mut Site) {
    let manifest = serde_json::json!({
        "name": r.catalog.attr(&r.content.config.source_locale, "site-name"),
        "short_name": "Paso",
        "start_url": "./index.html",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5394",
        "icons": [{ "src": r.static_key("favicon.svg"), "sizes": "any", "type": "image/svg+xml" }],
    });
    site.insert(
        key::MANIFEST,
        Asset::new(
            manifest.to_string(),
            mime_for(".webmanifest"),
            CachePolicy::Revalidate,
        ),
    );
    let pretty = |k: &str| match r.style {
        LinkStyle::Pretty if k != key::LANDING => {
            k.strip_suffix("index.html").unwrap_or(k).to_string()
        }
        _ => k.to_string(),
    };
    let mut fingerprint = Sha256::new();
    for locale in &r.content.config.locales {
        let prefix = format!("{locale}/");
        let list: Vec<String> = site
            .iter()
            .map(|(k, _)| k)
            .filter(|k| {
                (k.starts_with(&prefix)
                    && k.ends_with(".html")
                    && !k.ends_with(&key::single_file_name(locale)))
                    || k.starts_with("static/")
                    || *k == key::LANDING
                    || *k == key::EXIT
            })
            .map(pretty)
            .collect();
        let body = serde_json::to_string(&list).expect("a list of strings serializes");
        fingerprint.update(body.as_bytes());
        site.insert(
            key::offline_list(locale),
            Asset::new(body, mime_for(".json"), CachePolicy::Revalidate),
        );
    }
    for (k, a) in site.iter() {
        fingerprint.update(k.as_bytes());
        fingerprint.update(a.etag.as_bytes());
    }
    let version = hex_prefix(&fingerprint.finalize(), 6);
    let sw = SERVICE_WORKER.replace("__VERSION__", &version);
    site.insert(
        key::SERVICE_WORKER,
        Asset::new(sw, mime_for(".js"), CachePolicy::Revalidate),
    );
}

/// The service worker. It stores pages only when a page asks it to (after the reader chose to),
/// answers from that store first, and drops stores of older versions of the guide.
const SERVICE_WORKER: &str = r#"// Paso offline store. Version __VERSION__.
const STORE = "paso-__VERSION__";
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("paso-") && k !== STORE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});
self.addEventListener("message", (event) => {
  const list = event.data && event.data.store;
  if (typeof list !== "string") return;
  const url = new URL(list, self.registration.scope);
  if (url.origin !== self.location.origin) return;
  event.waitUntil(
    fetch(url).then((r) => r.json())
      .then((paths) => caches.open(STORE).then((cache) => cache.addAll(paths.map((p) => new URL(p, self.registration.scope).href))))
      .then(() => event.source && event.source.postMessage({ stored: true }),
            () => event.source && event.source.postMessage({ stored: false })));
});
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request)));
});
"#;
