//! Builds sources and sites for the tests: a fixture folder laid over the shipped UI strings
//! and static files, compiled with a fixed date so output is stable.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use paso::date::Date;
use paso::render::RenderOptions;
use paso::render::urls::LinkStyle;
use paso::site::Site;
use paso::source::Source;

/// The date every test renders for.
pub(crate) fn today() -> Date {
    Date::new(2026, 11, 22).unwrap()
}

pub(crate) fn fixture_dir(case: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(case)
}

/// The shipped `locales/` and `static/` with `tests/fixtures/<case>` laid over them.
#[track_caller]
pub(crate) fn fixture(case: &str) -> Source {
    Source::embedded()
        .retain(|p| p.starts_with("locales/") || p.starts_with("static/"))
        .overlaid_with(&fixture_dir(case))
        .expect("fixture folder is readable")
}

/// The shipped guide.
pub(crate) fn shipped() -> Source {
    Source::embedded()
}

#[track_caller]
pub(crate) fn compile(source: &Source, style: LinkStyle) -> Site {
    match paso::compile(source, RenderOptions::new(style, today())) {
        Ok((site, _)) => site,
        Err(e) => {
            let lines: Vec<String> = e
                .diagnostics
                .sorted()
                .iter()
                .map(|d| d.to_string())
                .collect();
            panic!("content does not compile:\n{}", lines.join("\n"));
        }
    }
}

/// The shipped guide compiled for the server, compressed variants made (once per test run).
pub(crate) fn shipped_site() -> Arc<Site> {
    static SITE: OnceLock<Arc<Site>> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = compile(&shipped(), LinkStyle::Pretty);
        // As `paso serve` does: compress everything, then keep large files compressed only.
        site.precompress();
        assert!(site.pack() > 0, "the shipped guide has large files to pack");
        Arc::new(site)
    })
    .clone()
}

/// The diagnostics of checking `source`, one line each.
pub(crate) fn diagnostics(source: &Source) -> Vec<String> {
    paso::check(source)
        .diagnostics
        .sorted()
        .iter()
        .map(|d| d.to_string())
        .collect()
}

/// Every `href="…"` and `src="…"` value in an HTML document (attributes are always
/// double-quoted by the templates and the Markdown renderer).
pub(crate) fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            let after = &rest[i + attr.len()..];
            let end = after.find('"').expect("closed attribute");
            out.push(unescape(&after[..end]));
            rest = &after[end..];
        }
    }
    out
}

/// Every `id="…"` in an HTML document.
pub(crate) fn ids(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        let after = &rest[i + 5..];
        let end = after.find('"').expect("closed attribute");
        out.push(unescape(&after[..end]));
        rest = &after[end..];
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text of the asset at `key`, which must exist.
#[track_caller]
pub(crate) fn page(site: &Site, key: &str) -> String {
    String::from_utf8(
        site.get(key)
            .unwrap_or_else(|| panic!("no page {key}"))
            .body()
            .to_vec(),
    )
    .unwrap()
}

/// A page with asset fingerprints blanked (`static/style.3f2a9c0d.css` → `static/style.HASH.css`),
/// so an edit to CSS or JavaScript does not change HTML snapshots.
pub(crate) fn stable(html: String) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(i) = rest.find('.') {
        let (head, tail) = rest.split_at(i + 1);
        out.push_str(head);
        let hex = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        if hex == 8
            && tail[8..].starts_with('.')
            && (head.contains("static/") || head.ends_with("index."))
        {
            out.push_str("HASH");
            rest = &tail[8..];
        } else {
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// The address a spawned `paso serve` prints (`http://ADDR/`), read from its stdout; the rest of
/// its output is drained on a thread so the server never writes to a closed pipe.
pub(crate) fn printed_address(child: &mut std::process::Child) -> String {
    use std::io::{BufRead, BufReader};
    let mut lines = BufReader::new(child.stdout.take().expect("stdout is piped")).lines();
    let addr = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| {
            l.trim()
                .strip_prefix("http://")
                .map(|a| a.trim_end_matches('/').to_string())
        })
        .expect("paso prints its address");
    std::thread::spawn(move || lines.for_each(drop));
    addr
}
