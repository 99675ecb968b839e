//! The URL scheme, in one place. Pages are keyed by the file they would be in an export
//! (`es/leaving-by-land/index.html`), and every link between pages is relative, so the same
//! site works at the root of a server, under a sub-path of a static host, and from `file://`.
//!
//! The only difference between serving and exporting is how a link to a folder's page looks:
//! a server answers `../about/`, while `file://` needs `../about/index.html`.

use crate::model::Status;

/// How links to `index.html` pages are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkStyle {
    /// `../about/` — for the server.
    Pretty,
    /// `../about/index.html` — for a static export opened from disk.
    Files,
}

/// Site keys of every kind of page.
pub(crate) mod key {
    use super::Status;

    /// The language choice.
    pub(crate) const LANDING: &str = "index.html";
    /// The site-wide 404 page.
    pub(crate) const NOT_FOUND: &str = "404.html";

    pub(crate) fn home(locale: &str) -> String {
        format!("{locale}/index.html")
    }
    pub(crate) fn article(locale: &str, slug: &str) -> String {
        format!("{locale}/{slug}/index.html")
    }
    pub(crate) fn sources(locale: &str) -> String {
        format!("{locale}/sources/index.html")
    }
    pub(crate) fn status(locale: &str, status: Status) -> String {
        format!("{locale}/for/{}/index.html", status.as_str())
    }
    pub(crate) fn not_found(locale: &str) -> String {
        format!("{locale}/404.html")
    }
    /// The neutral page quick exit goes to.
    pub(crate) const EXIT: &str = "exit.html";
    /// The web app manifest.
    pub(crate) const MANIFEST: &str = "manifest.webmanifest";
    /// The service worker; at the root so its scope is the whole site.
    pub(crate) const SERVICE_WORKER: &str = "sw.js";
    pub(crate) fn card(locale: &str) -> String {
        format!("{locale}/card/index.html")
    }
    pub(crate) fn card_print(locale: &str) -> String {
        format!("{locale}/card/print/index.html")
    }
    pub(crate) fn search(locale: &str) -> String {
        format!("{locale}/search/index.html")
    }
    pub(crate) fn share(locale: &str) -> String {
        format!("{locale}/share/index.html")
    }
    pub(crate) fn single_file_name(locale: &str) -> String {
        format!("paso-{locale}.html")
    }
    pub(crate) fn single_file(locale: &str) -> String {
        format!("{locale}/{}", single_file_name(locale))
    }
    /// The list of URLs the service worker stores for a locale.
    pub(crate) fn offline_list(locale: &str) -> String {
        format!("{locale}/offline.json")
    }
}

/// Slugs an article may not take, because other pages live there.
pub const RESERVED_SLUGS: [&str; 7] = ["sources", "for", "static", "card", "share", "qr", "search"];

/// A relative link from the page at key `from` to the page or file at key `to`.
pub(crate) fn relative(from: &str, to: &str, style: LinkStyle) -> String {
    let depth = from.matches('/').count();
    let mut out = "../".repeat(depth);
    let target = match style {
        // The landing page is always linked by name: `/` on a server negotiates a language.
        LinkStyle::Pretty if to != key::LANDING => to.strip_suffix("index.html").unwrap_or(to),
        _ => to,
    };
    out.push_str(target);
    if out.is_empty() {
        out.push_str("./");
    }
    out
}

/// An absolute path from the site's root, for pages served at any URL (the 404 page).
pub(crate) fn absolute(to: &str, style: LinkStyle) -> String {
    let target = match style {
        LinkStyle::Pretty if to != key::LANDING => to.strip_suffix("index.html").unwrap_or(to),
        _ => to,
    };
    format!("/{target}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links() {
        let from = "es/leaving-by-land/index.html";
        assert_eq!(
            relative(from, "es/about/index.html", LinkStyle::Pretty),
            "../../es/about/"
        );
        assert_eq!(
            relative(from, "es/about/index.html", LinkStyle::Files),
            "../../es/about/index.html"
        );
        assert_eq!(
            relative(from, "index.html", LinkStyle::Pretty),
            "../../index.html"
        );
        assert_eq!(
            relative("index.html", "en/index.html", LinkStyle::Pretty),
            "en/"
        );
        assert_eq!(
            relative("es/index.html", "static/s.css", LinkStyle::Files),
            "../static/s.css"
        );
        assert_eq!(
            relative("404.html", "index.html", LinkStyle::Pretty),
            "index.html"
        );
        assert_eq!(absolute("en/index.html", LinkStyle::Pretty), "/en/");
    }
}
