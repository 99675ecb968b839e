//! `GET /<locale>/search/?q=…`: the only answer the server puts together per request, from
//! parts rendered at start: the search page cut in three, the locale's index, and the
//! sentences around results. The query is decoded strictly (malformed → 400), bounded, and
//! escaped wherever it appears; results are never cached and never logged.

use crate::html::escape;
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::search::Outcome;
use crate::site::{QUERY_SLOT, SearchPage, Site};

/// The locale whose search page `key` is, if it is one (`es/search/` or `es/search/index.html`).
pub(crate) fn locale_of<'a>(site: &Site, key: &'a str) -> Option<&'a str> {
    let locale = key
        .strip_suffix("/search/")
        .or_else(|| key.strip_suffix("/search/index.html"))?;
    site.search.contains_key(locale).then_some(locale)
}

/// The value of `q` in a query string: `None` when absent, `Err` when malformed.
pub(crate) fn query_param(query: &str) -> Result<Option<String>, ()> {
    for pair in query.split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if name == "q" {
            return decode_form(value).map(Some);
        }
    }
    Ok(None)
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte, UTF-8 required.
fn decode_form(s: &str) -> Result<String, ()> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s.get(i + 1..i + 3).ok_or(())?;
                out.push(u8::from_str_radix(hex, 16).map_err(|_| ())?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| ())
}

/// The search page with `query` in its box and its results, in the page's language.
pub(crate) fn respond(page: &SearchPage, query: &str, head: bool) -> Response {
    let shown: String = query
        .chars()
        .filter(|c| !c.is_control())
        .take(crate::search::MAX_QUERY_CHARS + 1)
        .collect();
    let escaped = escape(&shown);
    let sentence = |s: &str| s.replace(QUERY_SLOT, &escaped);
    let mut results = String::new();
    match page.index.search(query) {
        Outcome::Empty => push_p(&mut results, "search-summary", &page.empty),
        Outcome::TooLong => push_p(&mut results, "search-summary", &page.too_long),
        Outcome::Hits(hits) if hits.is_empty() => {
            push_p(&mut results, "search-summary", &sentence(&page.none));
            results.push_str(&suggestions(page, query));
        }
        Outcome::Hits(hits) => {
            let n = hits.len().min(page.found.len() - 1);
            push_p(&mut results, "search-summary", &sentence(&page.found[n]));
            results.push_str("<ol class=\"search-hits\">");
            for h in hits {
                let anchor = if h.anchor.is_empty() {
                    String::new()
                } else {
                    format!("#{}", escape(&h.anchor))
                };
                results.push_str(&format!(
                    "<li><a href=\"../{}/{anchor}\">{}</a>",
                    escape(&h.slug),
                    escape(&h.title)
                ));
                if !h.heading.is_empty() {
                    results.push_str(&format!(
                        " <span class=\"hit-section\">{}</span>",
                        escape(&h.heading)
                    ));
                }
                results.push_str(&format!("<p class=\"snippet\">{}</p></li>", h.snippet));
            }
            results.push_str("</ol>");
        }
    }
    let body = format!(
        "{}{}{}{}{}",
        page.parts[0],
        escape(&shown),
        page.parts[1],
        results,
        page.parts[2]
    );
    let len = body.len();
    let mut res = if head {
        Body::empty()
    } else {
        Body::from(body)
    }
    .into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // A reader's query stays between them and this server: no cache keeps it.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    *res.status_mut() = StatusCode::OK;
    res
}

/// "Did you mean: word, word": the guide's closest words, each a link that searches for it
/// (no script needed); nothing when no word is close.
fn suggestions(page: &SearchPage, query: &str) -> String {
    let words = page.index.suggestions(query);
    if words.is_empty() {
        return String::new();
    }
    let links: Vec<String> = words
        .iter()
        .map(|w| {
            let q: String = w
                .bytes()
                .map(|b| match b {
                    b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        char::from(b).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect();
            format!("<a href=\"?q={q}\">{}</a>", escape(w))
        })
        .collect();
    format!(
        "<p class=\"search-suggest\">{} {}</p>",
        escape(&page.did_you_mean),
        links.join(", ")
    )
}

fn push_p(out: &mut String, class: &str, text: &str) {
    out.push_str(&format!("<p class=\"{class}\">{text}</p>"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decoding() {
        assert_eq!(
            query_param("q=opt+out%20photo"),
            Ok(Some("opt out photo".into()))
        );
        assert_eq!(query_param("x=1&q=%C3%A9"), Ok(Some("é".into())));
        assert_eq!(query_param("x=1"), Ok(None));
        assert_eq!(query_param("q="), Ok(Some(String::new())));
        assert_eq!(query_param("q=%zz"), Err(()));
        assert_eq!(query_param("q=%ff"), Err(()));
        assert_eq!(query_param("q=%4"), Err(()));
    }
}
