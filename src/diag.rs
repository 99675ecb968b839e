//! Content diagnostics: what is wrong, where (`path:line`), and how bad.
//!
//! Every stage of the pipeline reports problems into one [`Diagnostics`] list instead of
//! stopping at the first one, so a volunteer with forty mistakes sees all forty in one run.

use std::fmt;

/// How serious a diagnostic is. Errors stop `build` and `serve`; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The content cannot be published as it is.
    Error,
    /// The content builds, but a person should look at it.
    Warning,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user knows it (`content/en/leaving-by-land.md`).
    pub path: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// What is wrong and how to fix it; lowercase, no trailing period.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.line {
            Some(line) => write!(f, "{}:{}: {}: {}", self.path, line, level, self.message),
            None => write!(f, "{}: {}: {}", self.path, level, self.message),
        }
    }
}

/// The collected diagnostics of one compilation.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records an error.
    pub fn error(&mut self, path: &str, line: Option<usize>, message: impl Into<String>) {
        self.push(Severity::Error, path, line, message.into());
    }

    /// Records a warning.
    pub fn warning(&mut self, path: &str, line: Option<usize>, message: impl Into<String>) {
        self.push(Severity::Warning, path, line, message.into());
    }

    fn push(&mut self, severity: Severity, path: &str, line: Option<usize>, message: String) {
        self.items.push(Diagnostic {
            severity,
            path: path.to_owned(),
            line,
            message,
        });
    }

    /// Whether any error was recorded.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// How many diagnostics of one severity there are.
    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// All diagnostics, sorted by file, line and message, so output is stable.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| {
            (&a.path, a.line, a.severity, &a.message)
                .cmp(&(&b.path, b.line, b.severity, &b.message))
        });
        v
    }

    /// Moves another list's diagnostics into this one.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }
}

/// 1-based line number of byte `offset` in `text`, plus `first_line - 1`.
pub(crate) fn line_of(text: &str, offset: usize, first_line: usize) -> usize {
    let offset = offset.min(text.len());
    first_line
        + text.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
}

/// Line numbers of byte offsets in one text, for many look-ups: [`line_of`] counts from the
/// start each time, which made parsing a long article quadratic (one look-up per Markdown event).
pub(crate) struct LineIndex {
    /// Byte offset of every `\n`.
    newlines: Vec<usize>,
    first_line: usize,
}

impl LineIndex {
    /// Indexes `text`, whose first line is line `first_line`.
    pub(crate) fn new(text: &str, first_line: usize) -> LineIndex {
        let newlines = text
            .bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .map(|(i, _)| i)
            .collect();
        LineIndex {
            newlines,
            first_line,
        }
    }

    /// The same as `line_of(text, offset, first_line)`.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.first_line + self.newlines.partition_point(|&n| n < offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_agrees_with_line_of() {
        for text in ["", "a", "a\n", "a\nb\n\nc", "\n\n", "é\nü\n"] {
            let index = LineIndex::new(text, 7);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    index.line(offset),
                    line_of(text, offset, 7),
                    "{text:?} {offset}"
                );
            }
        }
    }

    #[test]
    fn display_is_compiler_style() {
        let mut d = Diagnostics::default();
        d.error("content/en/a.md", Some(3), "unknown key `sumary`");
        d.warning("locales/es/main.ftl", None, "unused message `x`");
        let lines: Vec<String> = d.sorted().iter().map(|d| d.to_string()).collect();
        assert_eq!(
            lines,
            [
                "content/en/a.md:3: error: unknown key `sumary`",
                "locales/es/main.ftl: warning: unused message `x`"
            ]
        );
        assert!(d.has_errors());
        assert_eq!(d.count(Severity::Warning), 1);
    }

    #[test]
    fn line_of_counts_newlines() {
        assert_eq!(line_of("a\nb\nc", 0, 1), 1);
        assert_eq!(line_of("a\nb\nc", 2, 1), 2);
        assert_eq!(line_of("a\nb\nc", 4, 10), 12);
        assert_eq!(line_of("a", 99, 1), 1);
    }
}
