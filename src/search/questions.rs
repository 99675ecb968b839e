//! The questions an article answers (front matter `questions = ["…", …]`), written by its
//! editors as readers would ask them: they weigh in ranking ([`super::W_QUESTION`]) and the
//! article lists them under "This page answers".

use toml::Spanned;

/// Most questions an article may list (the list sits near the top of the page).
pub const MAX_QUESTIONS: usize = 6;

/// Checks the questions of one article; reports each problem through `err` (byte offset in
/// the front matter, message) and returns the good ones, trimmed.
pub(crate) fn check<'a>(
    items: impl Iterator<Item = &'a Spanned<String>>,
    err: &mut dyn FnMut(usize, String),
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, q) in items.enumerate() {
        let at = q.span().start;
        let text = q.get_ref().trim();
        if i == MAX_QUESTIONS {
            err(
                at,
                format!(
                    "`questions` lists more than {MAX_QUESTIONS}: keep the ones readers ask most"
                ),
            );
        }
        if text.is_empty() {
            err(
                at,
                "a question in `questions` is empty: write it as a reader would ask it".into(),
            );
        } else if text.chars().count() > super::MAX_QUERY_CHARS {
            err(
                at,
                format!(
                    "a question in `questions` is longer than {} characters: shorten it",
                    super::MAX_QUERY_CHARS
                ),
            );
        } else if out.iter().any(|o| o == text) {
            err(
                at,
                format!("the question \"{text}\" is listed twice in `questions`"),
            );
        } else if i < MAX_QUESTIONS {
            out.push(text.to_string());
        }
    }
    out
}
