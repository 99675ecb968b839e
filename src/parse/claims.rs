//! Dated claims: a statement that depends on time carries a marker
//! `{as-of 2026-12-05 recheck 2027-03-19}` right after it. The marker is parsed here (so a
//! typo is an error with its line), checked against today by [`check_due`] (past-due and
//! due-soon warnings for editors), and rendered as "as of <date>" beside the statement.
//!
//! Inside the parsed events a marker is kept as an `Event::InlineHtml` holding its canonical
//! form: the parser turns every author-written HTML into text, so no other inline HTML exists
//! there, and the canonical form contains no `<`, so it is harmless even if printed raw.

use pulldown_cmark::{CowStr, Event};

use crate::date::Date;
use crate::diag::Diagnostics;

/// How a marker starts.
pub const OPEN: &str = "{as-of ";

/// How many days ahead `paso check` lists claims coming due.
pub const DUE_SOON_DAYS: i64 = 60;

/// A statement that must be rechecked by a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    /// Source line of the marker.
    pub line: usize,
    /// The date the statement was true on.
    pub as_of: Date,
    /// The date by which an editor must check it again.
    pub recheck: Date,
}

impl Claim {
    /// The marker as it is kept in the events (and as an editor writes it).
    pub fn canonical(&self) -> String {
        format!("{{as-of {} recheck {}}}", self.as_of, self.recheck)
    }
}

/// Parses the inside of one marker, `{as-of YYYY-MM-DD recheck YYYY-MM-DD}`.
pub fn parse_marker(marker: &str) -> Result<(Date, Date), String> {
    let hint = "write it as `{as-of 2026-12-05 recheck 2027-03-19}` (the date the statement was checked, then the date to check it again)";
    let inner = marker
        .strip_prefix('{')
        .and_then(|m| m.strip_suffix('}'))
        .ok_or_else(|| format!("dated claim `{marker}` is not closed: {hint}"))?;
    let words: Vec<&str> = inner.split_whitespace().collect();
    let [kw1, d1, kw2, d2] = words[..] else {
        return Err(format!("dated claim `{marker}`: {hint}"));
    };
    if kw1 != "as-of" || kw2 != "recheck" {
        return Err(format!("dated claim `{marker}`: {hint}"));
    }
    let as_of = Date::parse(d1)
        .ok_or_else(|| format!("dated claim `{marker}`: `{d1}` is not a date; {hint}"))?;
    let recheck = Date::parse(d2)
        .ok_or_else(|| format!("dated claim `{marker}`: `{d2}` is not a date; {hint}"))?;
    if recheck <= as_of {
        return Err(format!(
            "dated claim `{marker}`: the recheck date must come after the as-of date"
        ));
    }
    Ok((as_of, recheck))
}

/// Splits one text event of line `line` into text and marker events. Returns the events, the
/// claims found and the problems (line, message).
pub(crate) fn split_text(
    text: &str,
    line: usize,
) -> (Vec<Event<'static>>, Vec<Claim>, Vec<(usize, String)>) {
    let mut events = Vec::new();
    let mut claims = Vec::new();
    let mut problems = Vec::new();
    let mut rest = text;
    let mut line = line;
    while let Some(at) = rest.find(OPEN) {
        let before = &rest[..at];
        if !before.is_empty() {
            events.push(Event::Text(CowStr::from(before.to_string())));
        }
        line += before.matches('\n').count();
        let after = &rest[at..];
        let end = after.find('}').map(|i| i + 1).unwrap_or(after.len());
        let marker = &after[..end];
        match parse_marker(marker) {
            Ok((as_of, recheck)) => {
                let claim = Claim {
                    line,
                    as_of,
                    recheck,
                };
                events.push(Event::InlineHtml(CowStr::from(claim.canonical())));
                claims.push(claim);
            }
            Err(msg) => {
                problems.push((line, msg));
                events.push(Event::Text(CowStr::from(marker.to_string())));
            }
        }
        rest = &after[end..];
    }
    if !rest.is_empty() {
        events.push(Event::Text(CowStr::from(rest.to_string())));
    }
    (events, claims, problems)
}

/// The claim a marker event holds, if it is one.
pub fn from_event(event: &Event<'_>) -> Option<(Date, Date)> {
    match event {
        Event::InlineHtml(s) if s.starts_with(OPEN) => parse_marker(s).ok(),
        _ => None,
    }
}

/// Warns about claims whose recheck date has passed, and lists those due within
/// [`DUE_SOON_DAYS`] days of `today`.
pub fn check_due(path: &str, claims: &[Claim], today: Date, diags: &mut Diagnostics) {
    for c in claims {
        let days = c.recheck.to_days() - today.to_days();
        if days < 0 {
            diags.warning(
                path,
                Some(c.line),
                format!(
                    "dated claim past due: recheck by {} has passed; check the statement against its source, then update `{}`",
                    c.recheck,
                    c.canonical()
                ),
            );
        } else if days <= DUE_SOON_DAYS {
            diags.warning(
                path,
                Some(c.line),
                format!(
                    "dated claim due soon: recheck by {} (in {days} day(s)); `{}`",
                    c.recheck,
                    c.canonical()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_a_marker_and_keeps_the_text_around_it() {
        let (events, claims, problems) = split_text(
            "The pilot runs until March 2027 {as-of 2026-12-05 recheck 2027-03-19}. More.",
            7,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            claims,
            [Claim {
                line: 7,
                as_of: d("2026-12-05"),
                recheck: d("2027-03-19")
            }]
        );
        assert_eq!(events.len(), 3);
        assert_eq!(
            events[0],
            Event::Text("The pilot runs until March 2027 ".into())
        );
        assert_eq!(
            from_event(&events[1]),
            Some((d("2026-12-05"), d("2027-03-19")))
        );
        assert_eq!(events[2], Event::Text(". More.".into()));
    }

    #[test]
    fn bad_markers_are_problems_and_stay_as_text() {
        for bad in [
            "{as-of 2026-12-05}",
            "{as-of 2026-13-05 recheck 2027-03-19}",
            "{as-of 2026-12-05 recheck 2026-11-01}",
            "{as-of 2026-12-05 recheck 2027-03-19",
            "{as-of 2026-12-05 until 2027-03-19}",
        ] {
            let (events, claims, problems) = split_text(&format!("x {bad} y"), 3);
            assert!(claims.is_empty(), "{bad}");
            assert_eq!(problems.len(), 1, "{bad}");
            assert_eq!(problems[0].0, 3);
            assert!(problems[0].1.contains("as-of"), "{}", problems[0].1);
            assert!(events.iter().all(|e| matches!(e, Event::Text(_))));
        }
    }

    #[test]
    fn due_and_past_due_warnings() {
        let claims = [
            Claim {
                line: 1,
                as_of: d("2026-01-01"),
                recheck: d("2026-12-01"),
            },
            Claim {
                line: 2,
                as_of: d("2026-01-01"),
                recheck: d("2027-01-20"),
            },
            Claim {
                line: 3,
                as_of: d("2026-01-01"),
                recheck: d("2027-06-01"),
            },
        ];
        let mut diags = Diagnostics::default();
        check_due("a.md", &claims, d("2026-12-05"), &mut diags);
        let text = format!("{diags:?}");
        assert_eq!(diags.count(crate::diag::Severity::Warning), 2, "{text}");
        assert!(text.contains("past due"), "{text}");
        assert!(text.contains("due soon"), "{text}");
        assert!(text.contains("in 46 day(s)"), "{text}");
    }
}
