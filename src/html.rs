//! HTML escaping, in one place: text and double-quoted attribute values.

/// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe in text and in any quoted attribute.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    pulldown_cmark_escape::escape_html(&mut out, s).expect("writing to a String cannot fail");
    out.replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_everything_that_matters() {
        assert_eq!(
            super::escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
