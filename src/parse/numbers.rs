//! The translation rule for facts that must not change in translation: every number, date,
//! amount, form or statute number, URL and phone number of the English text must appear,
//! written the same way, in each translation.
//!
//! What counts as a token (in the article body, not the front matter):
//! - a web address (`http://` or `https://` up to a space, `)`, `]`, `>` or a quote);
//! - any other run of ASCII letters, digits and `$ % . , / - + :` that contains a digit:
//!   `I-407`, `8`, `1357`, `$2,600`, `1-800-375-5283`, `2026-12-05`, `3340-049B`.
//!
//! Normalized so that ordinary translation does not trip the rule: `$` and `%` are dropped
//! (`2,600 美元` keeps `2,600`), leading and trailing `. , : / - +` are trimmed, English
//! ordinal endings are dropped (`26th` → `26`) and a lowercase word joined by a hyphen is
//! dropped (`30-day` → `30`). Month names are words, so "Dec 26, 2025" and "26 de diciembre
//! de 2025" both give `26` and `2025`.
//!
//! The rule warns twice over: an English token missing from a translation (named with its
//! English line), and a translation token that English does not have (named with the
//! translation's line), except the numbers 1 to 12, which some languages write for months
//! ("2025 年 12 月 26 日").

use std::collections::BTreeMap;

use crate::diag::Diagnostics;

/// A token that must be the same in every translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Its text, as written (normalized as described above).
    pub text: String,
    /// What is compared: the text with digit-group separators removed, so `10,000`,
    /// `10.000` and `10 000` (with a no-break space) are the same amount.
    pub key: String,
    /// Source line.
    pub line: usize,
}

/// The tokens of an article body whose first line is `first_line`.
pub fn tokens(body: &str, first_line: usize) -> Vec<Token> {
    let mut out = Vec::new();
    for (i, line) in body.lines().enumerate() {
        let line_no = first_line + i;
        let mut rest = String::with_capacity(line.len());
        let mut s = line;
        // Web addresses first, whole; the rest of the line is scanned for numbers.
        while let Some(at) = find_url(s) {
            rest.push_str(&s[..at]);
            rest.push(' ');
            let url = &s[at..];
            let end = url
                .find(|c: char| {
                    c.is_whitespace() || matches!(c, ')' | ']' | '>' | '"' | '\'' | '<')
                })
                .unwrap_or(url.len());
            let text = url[..end].trim_end_matches(['.', ',', ';', ':']);
            out.push(Token {
                text: text.to_string(),
                key: text.to_string(),
                line: line_no,
            });
            s = &url[end..];
        }
        rest.push_str(s);
        let rest = join_groups(&rest);
        for raw in rest.split(|c: char| !(c.is_ascii_alphanumeric() || "$%.,/-+:".contains(c))) {
            if let Some(text) = normalize(raw) {
                out.push(Token {
                    key: group_key(&text),
                    text,
                    line: line_no,
                });
            }
        }
    }
    out
}

/// A no-break space between digits groups them (French `10 000`): it becomes a comma.
fn join_groups(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if matches!(c, '\u{a0}' | '\u{202f}') && between_digits {
            out.push(',');
        } else {
            out.push(c);
        }
    }
    out
}

/// `2,600` and `2.600` → `2600`: a number in groups of three digits, whatever the separator.
fn group_key(text: &str) -> String {
    let bytes = text.as_bytes();
    let Some(first) = text.find([',', '.']) else {
        return text.to_string();
    };
    let grouped = (1..=3).contains(&first) && bytes[..first].iter().all(u8::is_ascii_digit) && {
        let sep = bytes[first];
        let groups: Vec<&str> = text[first + 1..].split(sep as char).collect();
        groups
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
    };
    if grouped {
        text.chars().filter(char::is_ascii_digit).collect()
    } else {
        text.to_string()
    }
}

fn find_url(s: &str) -> Option<usize> {
    match (s.find("https://"), s.find("http://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn normalize(raw: &str) -> Option<String> {
    if !raw.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let t: String = raw.chars().filter(|c| !matches!(c, '$' | '%')).collect();
    // `30-day` → `30`: a lowercase word joined by a hyphen is language, not a number.
    let kept: Vec<&str> = t
        .split('-')
        .filter(|part| part.is_empty() || !part.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    let t = kept.join("-");
    let t = t.trim_matches(['.', ',', ':', '/', '-', '+']);
    let t = strip_ordinal(t);
    (!t.is_empty() && t.bytes().any(|b| b.is_ascii_digit())).then(|| t.to_string())
}

fn strip_ordinal(t: &str) -> &str {
    for suffix in ["st", "nd", "rd", "th", "s"] {
        if let Some(head) = t.strip_suffix(suffix)
            && head.bytes().last().is_some_and(|b| b.is_ascii_digit())
            && head.bytes().all(|b| b.is_ascii_digit())
        {
            return head;
        }
    }
    t
}

#[cfg(test)]
#[test]
fn group_keys() {
    assert_eq!(group_key("2,600"), "2600");
    assert_eq!(group_key("2.600"), "2600");
    assert_eq!(group_key("1,000,000"), "1000000");
    assert_eq!(group_key("1.2"), "1.2");
    assert_eq!(group_key("2026-12-05"), "2026-12-05");
    assert_eq!(group_key("8.1"), "8.1");
    assert_eq!(group_key("10,00"), "10,00");
}

/// Whether a token may appear in a translation without being in English (month numbers).
fn may_be_added(text: &str) -> bool {
    text.parse::<u32>().is_ok_and(|n| (1..=12).contains(&n)) && !text.starts_with('0')
}

/// Compares a translation's tokens with the English ones; warnings go to the translation.
pub fn check(
    source_path: &str,
    source: &[Token],
    path: &str,
    translation: &[Token],
    diags: &mut Diagnostics,
) {
    let mut english: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    for t in source {
        english.entry(&t.key).or_insert((&t.text, t.line));
    }
    let mut here: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    for t in translation {
        here.entry(&t.key).or_insert((&t.text, t.line));
    }
    for (key, (text, line)) in &english {
        if !here.contains_key(key) {
            diags.warning(
                path,
                None,
                format!(
                    "`{text}` ({source_path}:{line}) is missing here: numbers, dates, amounts, form and statute numbers, URLs and phone numbers must be written as in English"
                ),
            );
        }
    }
    for (key, (text, line)) in &here {
        if !english.contains_key(key) && !may_be_added(key) {
            diags.warning(
                path,
                Some(*line),
                format!(
                    "`{text}` is not in {source_path}: numbers, dates, amounts, form and statute numbers, URLs and phone numbers must be written as in English"
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<String> {
        tokens(body, 1).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn finds_numbers_forms_amounts_urls_and_phones() {
        assert_eq!(
            texts(
                "Do not sign Form I-407. It costs $2,600 (since Jan 21st, 2026), for 30-day stays.\nCall 1-800-375-5283 or see [this](https://www.cbp.gov/a/b-1). Under 8 U.S.C. 1357, 100 air miles."
            ),
            [
                "I-407",
                "2,600",
                "21",
                "2026",
                "30",
                "https://www.cbp.gov/a/b-1",
                "1-800-375-5283",
                "8",
                "1357",
                "100"
            ]
        );
        // The line of each token.
        let t = tokens("a\nb 12\n", 5);
        assert_eq!(t[0].line, 6);
    }

    #[test]
    fn translated_dates_and_amounts_keep_their_digits() {
        assert_eq!(texts("26 de diciembre de 2025"), ["26", "2025"]);
        assert_eq!(
            texts("2025 年 12 月 26 日，2,600 美元"),
            ["2025", "12", "26", "2,600"]
        );
        assert_eq!(
            texts("{as-of 2026-12-05 recheck 2027-03-19}"),
            ["2026-12-05", "2027-03-19"]
        );
    }

    #[test]
    fn check_names_missing_and_changed_tokens() {
        let en = tokens("Line one $2,600.\nForm I-407, Dec 26, 2025.\n", 10);
        let ok = tokens("2,600 美元。\nI-407 表，2025 年 12 月 26 日。\n", 20);
        let mut diags = Diagnostics::default();
        check("en/a.md", &en, "zh/a.md", &ok, &mut diags);
        assert_eq!(diags.count(crate::diag::Severity::Warning), 0, "{diags:?}");

        // Grouping written the local way is the same amount.
        let local = tokens(
            "2.600 dólares.\nFormulario I-407, 26 de diciembre de 2025.\n",
            20,
        );
        let mut diags = Diagnostics::default();
        check("en/a.md", &en, "es/a.md", &local, &mut diags);
        assert_eq!(diags.count(crate::diag::Severity::Warning), 0, "{diags:?}");
        let fr = tokens(
            "2\u{a0}600\u{a0}$.\nFormulaire I-407, 26 décembre 2025.\n",
            20,
        );
        let mut diags = Diagnostics::default();
        check("en/a.md", &en, "fr/a.md", &fr, &mut diags);
        assert_eq!(diags.count(crate::diag::Severity::Warning), 0, "{diags:?}");

        let bad = tokens(
            "2.700 dólares.\nFormulario I-407, 26 de diciembre de 2025.\n",
            20,
        );
        let mut diags = Diagnostics::default();
        check("en/a.md", &en, "es/a.md", &bad, &mut diags);
        let text = format!("{diags:?}");
        assert_eq!(diags.count(crate::diag::Severity::Warning), 2, "{text}");
        assert!(
            text.contains("`2,600` (en/a.md:10) is missing here"),
            "{text}"
        );
        assert!(text.contains("`2.700` is not in en/a.md"), "{text}");
        assert!(text.contains("line: Some(20)"), "{text}");
    }
}
