//! "Did you mean …?": the closest known word to a near-miss (a key, a slug, a status).

/// The candidate closest to `word`, if it is close enough to be a typo.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_l = word.to_lowercase();
    candidates
        .into_iter()
        .filter(|c| *c != word)
        .map(|c| (strsim::jaro_winkler(&word_l, &c.to_lowercase()), c))
        .filter(|(score, c)| {
            let max_edits = if word_l.chars().count() <= 3 { 1 } else { 2 };
            *score >= 0.85 || strsim::damerau_levenshtein(&word_l, &c.to_lowercase()) <= max_edits
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// " (did you mean `x`?)" or "".
pub(crate) fn hint<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, candidates)
        .map(|c| format!(": did you mean `{c}`?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses() {
        let keys = ["title", "summary", "order", "updated", "review_due"];
        assert_eq!(closest("sumary", keys), Some("summary"));
        assert_eq!(closest("reviewdue", keys), Some("review_due"));
        assert_eq!(closest("Title", keys), Some("title"));
        assert_eq!(closest("banana", keys), None);
        assert_eq!(closest("xx", ["en", "es"]), None);
        assert_eq!(closest("esp", ["en", "es"]), Some("es"));
        assert_eq!(
            closest("citizen", ["us-citizen", "visa"]),
            Some("us-citizen")
        );
    }
}
