//! "This page answers": the questions an article's editors say it answers (front matter
//! `questions`), near the top of the article, folded into one line so the first screen of a
//! phone still ends with "In short".

use maud::{Markup, html};

use crate::model::Article;
use crate::render::Renderer;

/// The disclosure, or nothing when the article lists no questions.
pub(crate) fn answers(r: &Renderer<'_>, locale: &str, a: &Article) -> Markup {
    html! {
        @if !a.meta.questions.is_empty() {
            details.answers {
                summary { (r.catalog.text(locale, "article-answers")) }
                ul lang=(a.locale) {
                    @for q in &a.meta.questions { li { (q) } }
                }
            }
        }
    }
}
