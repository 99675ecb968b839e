//! The search page of each locale, its index for the offline script, and what the server needs
//! to answer queries (see [`crate::site::SearchPage`]).

use maud::{PreEscaped, html};
use sha2::{Digest, Sha256};

use crate::render::Renderer;
use crate::render::layout::{Frame, page};
use crate::render::pages::{article_list, frame};
use crate::render::urls::{LinkStyle, key};
use crate::search::{self, Document, Index, MAX_QUERY_CHARS};
use crate::site::{
    Asset, CachePolicy, QUERY_MARK, QUERY_SLOT, RESULTS_MARK, SearchPage, hex_prefix, mime_for,
};

/// The index of one locale: every article shown in that locale, cut into sections.
pub(crate) fn index(r: &Renderer<'_>, locale: &str) -> Index {
    let docs = r
        .content
        .slugs_in_order()
        .into_iter()
        .filter_map(|slug| r.content.article_for(slug, locale))
        .map(|a| Document {
            slug: a.slug.clone(),
            title: a.meta.title.clone(),
            sections: search::sections(&a.doc, &a.meta.summary, |status| {
                r.catalog.attr(locale, &format!("status-{status}"))
            }),
            questions: a.meta.questions.clone(),
        })
        .collect();
    let synonyms = r.content.synonyms.get(locale).map_or(&[][..], |g| &g[..]);
    Index::build_with(locale, docs, synonyms)
}

/// `window.PASO_SEARCH = {…}`: the index as a script, so it loads from `file://` too.
pub(crate) fn index_script(index: &Index, excerpts: bool) -> String {
    format!("window.PASO_SEARCH={};", index.to_json(excerpts))
}

/// The sentences around results, formatted at build time (`\u{E000}` stands for the query).
pub(crate) struct Messages {
    found: Vec<String>,
    none: String,
    empty: String,
    too_long: String,
    did_you_mean: String,
}

fn messages(r: &Renderer<'_>, locale: &str) -> Messages {
    let slot = QUERY_SLOT.to_string();
    let found = (0..=r.content.articles.len())
        .map(|n| {
            r.catalog
                .text_count(locale, "search-found", n, &[("query", &slot)])
        })
        .collect();
    Messages {
        found,
        none: r
            .catalog
            .text_args(locale, "search-none", &[("query", &slot)]),
        empty: r.catalog.text(locale, "search-empty"),
        too_long: r.catalog.text_args(
            locale,
            "search-too-long",
            &[("max", &MAX_QUERY_CHARS.to_string())],
        ),
        did_you_mean: r.catalog.text(locale, "search-did-you-mean"),
    }
}

/// The results box, carrying the sentences the offline script needs.
pub(crate) fn results_box(
    r: &Renderer<'_>,
    locale: &str,
    link: &str,
    inner: maud::Markup,
) -> maud::Markup {
    // Attributes carry no isolation marks; the script isolates the query with <bdi> instead.
    let m = messages(r, locale);
    let plain = crate::localize::strip_isolation;
    let found: Vec<String> = m.found.iter().map(|f| plain(f)).collect();
    let found = serde_json::to_string(&found).expect("strings serialize");
    let (none, empty, too_long) = (plain(&m.none), plain(&m.empty), plain(&m.too_long));
    let did_you_mean = plain(&m.did_you_mean);
    let suffix = if r.style == LinkStyle::Files {
        "index.html"
    } else {
        ""
    };
    html! {
        div #search-results aria-live="polite" data-link=(link) data-prefix="../" data-suffix=(suffix)
            data-found=(found) data-none=(none) data-empty=(empty) data-too-long=(too_long)
            data-did-you-mean=(did_you_mean) {
            (inner)
        }
    }
}

/// The compact index, gzipped and in base 64, for the single-file copy: about a third of the
/// plain JSON. The script unpacks it with the browser's `DecompressionStream`; a browser
/// without one keeps the search box hidden, and the list of topics remains.
pub(crate) fn packed_index_script(index: &Index) -> String {
    use base64::Engine;
    use std::io::Write;
    let json = index.to_json(false);
    // The default level: level 9 would save 0.5% of these bytes for three times the time,
    // about 100 ms of every start.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(json.as_bytes())
        .expect("writing to a Vec cannot fail");
    let bytes = gz.finish().expect("writing to a Vec cannot fail");
    format!(
        "window.PASO_SEARCH_GZ=\"{}\";",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// Adds the locale's search page and index script to the site, and what the server needs;
/// returns the index script for the single-file copy.
pub(crate) fn add(r: &Renderer<'_>, site: &mut crate::site::Site, locale: &str) -> String {
    let idx = index(r, locale);
    let script = index_script(&idx, true);
    let compact = packed_index_script(&idx);
    let script_key = format!(
        "{locale}/search/index.{}.js",
        hex_prefix(&Sha256::digest(script.as_bytes()), 4)
    );
    site.insert(
        script_key.clone(),
        Asset::new(script.clone(), mime_for(".js"), CachePolicy::Immutable),
    );
    let k = key::search(locale);
    let mut f = frame(
        r,
        &k,
        locale,
        r.catalog.attr(locale, "search-title"),
        key::search,
    );
    f.description = Some(r.catalog.attr(locale, "search-description"));
    let rendered = page_html(r, &f, locale, &script_key);
    let (before, rest) = rendered
        .split_once(QUERY_MARK)
        .expect("the page has the query mark");
    let (middle, after) = rest
        .split_once(RESULTS_MARK)
        .expect("the page has the results mark");
    let parts = [before.to_string(), middle.to_string(), after.to_string()];
    site.insert(
        k,
        Asset::new(parts.concat(), mime_for(".html"), CachePolicy::Revalidate),
    );
    let m = messages(r, locale);
    site.search.insert(
        locale.to_string(),
        SearchPage {
            index: idx.into(),
            parts,
            found: m.found,
            none: m.none,
            empty: m.empty,
            too_long: m.too_long,
            did_you_mean: m.did_you_mean,
        },
    );
    compact
}

fn page_html(r: &Renderer<'_>, f: &Frame<'_>, locale: &str, script_key: &str) -> String {
    let cat = r.catalog;
    let action = match r.style {
        LinkStyle::Pretty => "./",
        LinkStyle::Files => "index.html",
    };
    let main = html! {
        h1 { (cat.text(locale, "search-title")) }
        (form(r, locale, action, Some(QUERY_MARK)))
        (results_box(r, locale, "page", html! { (PreEscaped(RESULTS_MARK.to_string())) }))
        @if r.style == LinkStyle::Files {
            // Shown until the search script starts (a <noscript> would not cover a script
            // that cannot run, such as an old browser's).
            p.search-hint { (cat.text(locale, "search-noscript")) }
        }
        section aria-labelledby="all-topics" {
            h2 #all-topics { (cat.text(locale, "home-articles")) }
            (article_list(r, f, locale, &r.content.slugs_in_order()))
        }
        script src=(f.href(r, script_key)) {}
        script src=(f.href(r, &r.static_key("search.js"))) {}
    };
    page(r, f, main)
}

/// The search form; `value` is the query to show (the server's mark on the search page).
pub(crate) fn form(
    r: &Renderer<'_>,
    locale: &str,
    action: &str,
    value: Option<char>,
) -> maud::Markup {
    let cat = r.catalog;
    html! {
        form.search-form role="search" action=(action) method="get" {
            label for="q" { (cat.text(locale, "search-label")) }
            span.search-row {
                input #q type="search" name="q" maxlength=(MAX_QUERY_CHARS) autocomplete="off"
                    value=[value.map(|c| c.to_string())];
                button type="submit" { (cat.text(locale, "search-button")) }
            }
        }
    }
}
