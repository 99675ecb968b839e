//! Content negotiation: which language for `/`, which encoding for a response. Both parse
//! headers a hostile client controls, so both are bounded and never fail: a header that makes
//! no sense yields the default.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::site::Coding;

/// At most this many entries of a header are read.
const MAX_ENTRIES: usize = 32;

/// `(token, q)` pairs of a header like `Accept-Language` or `Accept-Encoding`, in header order.
/// Entries with a malformed q-value count as q=0 (RFC 9110 says to ignore them).
fn weighted(header: &str) -> Vec<(&str, f32)> {
    header
        .split(',')
        .take(MAX_ENTRIES)
        .filter_map(|part| {
            let mut it = part.split(';');
            let token = it.next()?.trim();
            if token.is_empty() {
                return None;
            }
            let mut q = 1.0;
            for param in it {
                if let Some(v) = param
                    .trim()
                    .strip_prefix("q=")
                    .or_else(|| param.trim().strip_prefix("Q="))
                {
                    q = v
                        .trim()
                        .parse::<f32>()
                        .ok()
                        .filter(|q| (0.0..=1.0).contains(q))
                        .unwrap_or(0.0);
                }
            }
            Some((token, q))
        })
        .collect()
}

/// The best of `available` locales for an `Accept-Language` header, else `default`.
///
/// Requested tags are taken in order of q-value; for each, fluent-langneg's matching
/// (`es-MX` → `es`, `pt` → `pt-BR`, `zh-CN` → `zh-Hans`) is tried, then the bare language
/// (`zh-TW` → `zh-Hans`: a Chinese reader is better served by Chinese than by English).
pub fn language<'a>(header: Option<&str>, available: &'a [String], default: &'a str) -> &'a str {
    let Some(header) = header else { return default };
    let mut requested = weighted(header);
    requested.retain(|(_, q)| *q > 0.0);
    requested.sort_by(|a, b| b.1.total_cmp(&a.1));
    let avail: Vec<LanguageIdentifier> = available.iter().filter_map(|s| s.parse().ok()).collect();
    for (tag, _) in requested {
        if tag == "*" {
            return default;
        }
        let Ok(req) = tag.parse::<LanguageIdentifier>() else {
            continue;
        };
        let found = negotiate_languages(
            std::slice::from_ref(&req),
            &avail,
            None,
            NegotiationStrategy::Lookup,
        );
        if let Some(best) = found.first() {
            let best = best.to_string();
            if let Some(s) = available.iter().find(|a| **a == best) {
                return s;
            }
        }
        if let Some(s) = available
            .iter()
            .zip(&avail)
            .find(|(_, a)| a.language == req.language)
            .map(|(s, _)| s)
        {
            return s;
        }
    }
    default
}

/// The coding to send, given the header and which variants exist.
pub fn coding(header: Option<&str>, has_brotli: bool, has_gzip: bool) -> Coding {
    let Some(header) = header else {
        return Coding::Identity;
    };
    let entries = weighted(header);
    let q_of = |names: &[&str]| -> Option<f32> {
        entries
            .iter()
            .find(|(t, _)| names.iter().any(|n| t.eq_ignore_ascii_case(n)))
            .map(|(_, q)| *q)
    };
    let star = q_of(&["*"]);
    let q_br = q_of(&["br"]).or(star).unwrap_or(0.0);
    let q_gz = q_of(&["gzip", "x-gzip"]).or(star).unwrap_or(0.0);
    let mut best = (Coding::Identity, 0.0);
    if has_brotli && q_br > best.1 {
        best = (Coding::Brotli, q_br);
    }
    if has_gzip && q_gz > best.1 {
        best = (Coding::Gzip, q_gz);
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> Vec<String> {
        ["en", "es", "fr", "ht", "pt-BR", "ar", "zh-Hans"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn accept_language_table() {
        let av = locales();
        let cases = [
            (Some("es-MX,es;q=0.9,en;q=0.8"), "es"),
            (Some("pt"), "pt-BR"),
            (Some("pt-PT"), "pt-BR"),
            (Some("zh-CN"), "zh-Hans"),
            (Some("zh"), "zh-Hans"),
            (Some("zh-TW"), "zh-Hans"),
            (Some("fr-CA"), "fr"),
            (Some("ar-EG,ar;q=0.9"), "ar"),
            (Some("ht-HT"), "ht"),
            (Some("de-DE"), "en"),
            (Some("en;q=0.5, es;q=0.9"), "es"),
            (Some("es;q=0, fr"), "fr"),
            (Some("*"), "en"),
            (Some(""), "en"),
            (Some(";;;,,,q=,é"), "en"),
            (None, "en"),
        ];
        for (header, want) in cases {
            assert_eq!(
                language(header, &av, "en"),
                want,
                "Accept-Language: {header:?}"
            );
        }
    }

    #[test]
    fn long_header_is_bounded() {
        let header = "xx,".repeat(10_000) + "es";
        assert_eq!(language(Some(&header), &locales(), "en"), "en");
    }

    #[test]
    fn accept_encoding_table() {
        let cases = [
            (None, Coding::Identity),
            (Some("gzip, deflate, br"), Coding::Brotli),
            (Some("gzip"), Coding::Gzip),
            (Some("br;q=0.5, gzip;q=0.8"), Coding::Gzip),
            (Some("br;q=0, gzip;q=0"), Coding::Identity),
            (Some("*"), Coding::Brotli),
            (Some("*;q=0.1, br;q=0"), Coding::Gzip),
            (Some("identity"), Coding::Identity),
            (Some("GZIP"), Coding::Gzip),
            (Some("br;q=abc, gzip"), Coding::Gzip),
        ];
        for (header, want) in cases {
            assert_eq!(
                coding(header, true, true),
                want,
                "Accept-Encoding: {header:?}"
            );
        }
        assert_eq!(coding(Some("br"), false, true), Coding::Identity);
        assert_eq!(coding(Some("br, gzip"), false, true), Coding::Gzip);
    }
}
