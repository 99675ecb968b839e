//! Who vouches for the guide, as every page's footer, the About page and the share page tell
//! the reader: signed by whom (the key id as minisign prints it), which version, and when; or,
//! plainly, "not signed" for a guide served from a folder.

use maud::{Markup, html};

use super::Renderer;
use super::layout::Frame;
use crate::source::bundle::Signer;

/// Where the guide being rendered came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    /// The signer of a verified bundle; `None` for an unsigned folder or the built-in guide.
    pub signer: Option<Signer>,
    /// The bundle's creation date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The bundle file offered for re-sharing: (site key and file name, size in bytes).
    pub bundle: Option<(String, u64)>,
}

fn size_text(bytes: u64) -> String {
    format!("{} KB", bytes.div_ceil(1000))
}

/// One sentence: signed by whom, version, date; or not signed.
pub(crate) fn line(r: &Renderer<'_>, loc: &str) -> String {
    let cat = r.catalog;
    let version = &r.content.config.content_version;
    let p = &r.provenance;
    match &p.signer {
        Some(s) => cat.text_args(
            loc,
            "provenance-signed",
            &[
                ("publisher", &s.publisher),
                ("key", &s.key_id),
                ("version", version),
                ("date", p.date.as_deref().unwrap_or("")),
            ],
        ),
        None => cat.text_args(loc, "provenance-unsigned", &[("version", version)]),
    }
}

/// The footer's provenance paragraph.
pub(crate) fn footer(r: &Renderer<'_>, loc: &str) -> Markup {
    html! { p.provenance { (line(r, loc)) } }
}

/// The About page's section: provenance and what to do with a copy that fails to verify.
pub(crate) fn about(r: &Renderer<'_>, loc: &str) -> Markup {
    let cat = r.catalog;
    html! {
        section.provenance aria-labelledby="paso-provenance" {
            h2 #paso-provenance { (cat.text(loc, "provenance-title")) }
            p { (line(r, loc)) }
            p { (cat.text(loc, "provenance-check")) }
        }
    }
}

/// The share page's offer of the bundle itself, when the guide came from one.
pub(crate) fn bundle_offer(r: &Renderer<'_>, f: &Frame<'_>, loc: &str) -> Markup {
    let cat = r.catalog;
    let (Some((name, size)), Some(s)) = (&r.provenance.bundle, &r.provenance.signer) else {
        return html! {};
    };
    html! {
        section.share-step aria-labelledby="share-bundle" {
            h2 #share-bundle { (cat.text(loc, "bundle-offer-title")) }
            p {
                a href=(f.href(r, name)) download=(name) { (name) }
                " " (cat.text_args(loc, "bundle-offer", &[
                    ("version", &r.content.config.content_version),
                    ("publisher", &s.publisher),
                    ("key", &s.key_id),
                    ("size", &size_text(*size)),
                ]))
            }
        }
    }
}
