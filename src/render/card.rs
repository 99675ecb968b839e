//! The rights card (a screen to show an officer and a wallet card to print) and the share page
//! (QR codes of this server's address and of its Wi-Fi network).

use maud::{Markup, html};

use crate::localize::direction;
use crate::model::Phrase;
use crate::render::Renderer;
use crate::render::layout::{Frame, page};
use crate::render::pages;
use crate::render::urls::key;

/// The phrases in English and in `locale`, paired by id, in the English order.
fn phrases<'a>(r: &'a Renderer<'_>, locale: &str) -> Vec<(&'a Phrase, &'a Phrase)> {
    let Some(slug) = r.content.card_slug() else {
        return Vec::new();
    };
    let Some(en) = r.content.source_article(slug) else {
        return Vec::new();
    };
    let local = r.content.article_for(slug, locale).unwrap_or(en);
    en.meta
        .phrases
        .iter()
        .map(|p| {
            (
                local
                    .meta
                    .phrases
                    .iter()
                    .find(|q| q.id == p.id)
                    .unwrap_or(p),
                p,
            )
        })
        .collect()
}

fn frame<'a>(
    r: &Renderer<'_>,
    k: &'a str,
    locale: &'a str,
    title_key: &str,
    alt: impl Fn(&str) -> String,
) -> Frame<'a> {
    pages::frame(r, k, locale, r.catalog.attr(locale, title_key), alt)
}

fn only_for(r: &Renderer<'_>, locale: &str, p: &Phrase) -> Markup {
    let labels: Vec<String> = p
        .applies_to
        .iter()
        .map(|s| r.catalog.attr(locale, &format!("status-{}", s.as_str())))
        .collect();
    html! {
        @if !labels.is_empty() {
            p.phrase-who { (r.catalog.text_args(locale, "card-only-for", &[("who", &labels.join(&r.catalog.attr(locale, "list-separator")))])) }
        }
    }
}

/// "Show the officer": large type, the reader's language and English side by side.
pub(crate) fn show(r: &Renderer<'_>, locale: &str) -> String {
    let cat = r.catalog;
    let source = &r.content.config.source_locale;
    let k = key::card(locale);
    let f = frame(r, &k, locale, "card-title", key::card);
    let bilingual = locale != source;
    let main = html! {
        h1 { (cat.text(locale, "card-title")) }
        p.lead { (cat.text(locale, "card-intro")) }
        ol.phrases.show-officer {
            @for (mine, en) in phrases(r, locale) {
                li.phrase {
                    p.phrase-mine lang=(locale) dir=(direction(locale)) { (mine.text) }
                    @if bilingual { p.phrase-officer lang=(source) dir=(direction(source)) { (en.text) } }
                    (only_for(r, locale, en))
                }
            }
        }
        p.card-links {
            a href=(f.href(r, &key::card_print(locale))) { (cat.text(locale, "card-print")) }
            @if let Some(slug) = r.content.card_slug() {
                @if let Some(a) = r.content.article_for(slug, locale) {
                    " · " a href=(f.href(r, &key::article(locale, slug))) { (a.meta.title) }
                }
            }
        }
        p.disclaimer { (cat.text(locale, "not-legal-advice")) }
    };
    page(r, &f, main)
}

/// A two-sided, wallet-sized card to print: the reader's language on the front, English for the
/// officer on the back, with the content version and date.
pub(crate) fn print(r: &Renderer<'_>, locale: &str) -> String {
    let cat = r.catalog;
    let source = &r.content.config.source_locale;
    let k = key::card_print(locale);
    let f = frame(r, &k, locale, "card-print-title", key::card_print);
    let version = &r.content.config.content_version;
    let foot = |loc: &str| {
        cat.text_args(
            loc,
            "card-version",
            &[("version", version), ("date", &cat.date(loc, r.today))],
        )
    };
    let pairs = phrases(r, locale);
    let main = html! {
        h1.print-hint { (cat.text(locale, "card-print-title")) }
        p.print-hint { (cat.text(locale, "card-print-hint")) }
        div.wallet-card {
            section.card-side.card-front lang=(locale) dir=(direction(locale)) {
                h2 { (cat.text(locale, "card-title")) }
                ul { @for (mine, _) in &pairs { li { (mine.text) } } }
                (card_contacts(r, locale))
                p.card-foot { (foot(locale)) }
            }
            section.card-side.card-back lang=(source) dir=(direction(source)) {
                h2 { (cat.text(source, "card-to-officer")) }
                ul { @for (_, en) in &pairs { li { (en.text) } } }
                p.card-foot { (foot(source)) }
            }
        }
    };
    page(r, &f, main)
}

/// How to start Paso so that phones on the same hotspot or Wi-Fi can reach it.
pub(crate) const HOTSPOT_COMMAND: &str = "paso serve --addr 0.0.0.0:8080";

/// "Start it again with `paso serve --addr 0.0.0.0:8080`", the command set as code.
fn hotspot_hint(r: &Renderer<'_>, locale: &str) -> maud::PreEscaped<String> {
    const SLOT: &str = "\u{E001}";
    let text = r
        .catalog
        .text_args(locale, "share-hotspot", &[("command", SLOT)]);
    let code = format!("<code dir=\"ltr\">{HOTSPOT_COMMAND}</code>");
    maud::PreEscaped(crate::html::escape(&text).replace(SLOT, &code))
}

/// The share page: a QR code of this server's address (drawn at start for each address it
/// answers on), a Wi-Fi code when the operator gave one, and the single-file copy.
pub(crate) fn share(r: &Renderer<'_>, locale: &str) -> String {
    let cat = r.catalog;
    let k = key::share(locale);
    let f = frame(r, &k, locale, "share-title", key::share);
    let main = html! {
        h1 { (cat.text(locale, "share-title")) }
        @if r.share.server_qr {
            @if let Some(ssid) = &r.share.wifi_ssid {
                section.share-step aria-labelledby="share-wifi" {
                    h2 #share-wifi { (cat.text(locale, "share-wifi-title")) }
                    p { (cat.text_args(locale, "share-wifi", &[("ssid", ssid)])) }
                    img.share-qr src=(f.href(r, "qr/wifi.svg")) alt=(cat.attr_args(locale, "share-wifi", &[("ssid", ssid)])) width="280" height="280";
                }
            }
            section.share-step aria-labelledby="share-url" {
                h2 #share-url { (cat.text(locale, "share-url-title")) }
                @if r.share.loopback_only {
                    // Plainly, before the code: this address works on no other phone.
                    div.notice.share-loopback role="note" {
                        p { (cat.text(locale, "share-loopback")) }
                        p { (hotspot_hint(r, locale)) }
                    }
                }
                p { (cat.text(locale, "share-intro")) }
                img.share-qr src=(f.href(r, "qr/url.svg")) alt=(cat.attr(locale, "share-qr-alt")) width="280" height="300";
            }
        } @else {
            p { (cat.text(locale, "share-none")) }
        }
        @if r.kiosk.is_none() {
            (super::provenance::bundle_offer(r, &f, locale))
            p.save {
                a href=(f.href(r, &key::single_file(locale))) download=(key::single_file_name(locale)) { (cat.text(locale, "save-offline")) }
                " " (cat.text(locale, "save-offline-hint"))
            }
        }
    };
    page(r, &f, main)
}

/// The organization's own contacts on the printed card: name and phone, one line each, so the
/// card a clinic hands out names that clinic.
fn card_contacts(r: &Renderer<'_>, locale: &str) -> Markup {
    let list = &r.content.contacts;
    html! {
        @if !list.is_empty() {
            p.card-help {
                strong { (r.catalog.text(locale, "local-help")) ": " }
                @for (i, c) in list.iter().enumerate() {
                    @if i > 0 { " · " }
                    (c.name)
                    @if let Some(p) = &c.phone { " " span dir="ltr" { (p) } }
                }
            }
        }
    }
}
