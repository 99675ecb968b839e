//! Stage 1, load: sort the source files into what they are (site settings, articles, UI
//! strings, static assets) and decode text. Decoding strips a UTF-8 byte-order mark and turns
//! CRLF into LF, so a file saved by any editor hashes and parses the same.

use std::collections::BTreeMap;

use crate::diag::Diagnostics;
use crate::source::Source;

/// A decoded text file.
#[derive(Debug, Clone)]
pub struct TextFile {
    /// The path shown in diagnostics.
    pub display: String,
    /// The text, without BOM, with `\n` line ends.
    pub text: String,
}

/// One article file in one locale.
#[derive(Debug, Clone)]
pub struct ArticleFile {
    /// The locale folder it is in (`es`).
    pub locale: String,
    /// The file name without `.md`.
    pub slug: String,
    /// Its text.
    pub file: TextFile,
}

/// Everything the later stages read.
#[derive(Debug, Default)]
pub struct Inputs {
    /// `content/site.toml`.
    pub site: Option<TextFile>,
    /// `content/local.toml`, an organization's own contacts.
    pub local: Option<TextFile>,
    /// `content/<locale>/search.toml`, each locale's search synonyms, by locale.
    pub search: BTreeMap<String, TextFile>,
    /// `content/<locale>/<slug>.md`, sorted by locale then slug.
    pub articles: Vec<ArticleFile>,
    /// `locales/<locale>/*.ftl`, by locale.
    pub ftl: BTreeMap<String, Vec<TextFile>>,
    /// `static/**`: path below `static/` → bytes.
    pub statics: BTreeMap<String, Vec<u8>>,
}

/// Sorts `source` into [`Inputs`], reporting undecodable or misplaced files.
pub fn load(source: &Source, diags: &mut Diagnostics) -> Inputs {
    let mut inputs = Inputs::default();
    let mut seen_slugs: BTreeMap<(String, String), String> = BTreeMap::new();
    for (path, file) in source.files() {
        let parts: Vec<&str> = path.split('/').collect();
        let text = |diags: &mut Diagnostics| decode(&file.bytes, &file.display, diags);
        match parts.as_slice() {
            ["content", "site.toml"] => inputs.site = text_file(&file.display, text(diags)),
            ["content", "local.toml"] => inputs.local = text_file(&file.display, text(diags)),
            ["content", name] if name.ends_with(".md") => {} // documentation for editors
            ["content", locale, "search.toml"] => {
                if let Some(file) = text_file(&file.display, text(diags)) {
                    inputs.search.insert(locale.to_string(), file);
                }
            }
            ["content", locale, name] if name.ends_with(".md") => {
                let stem = &name[..name.len() - 3];
                if !is_valid_slug(stem) {
                    diags.error(
                        &file.display,
                        None,
                        format!(
                            "invalid file name `{name}`: use lowercase letters a-z, digits and `-` (e.g. `{}.md`)",
                            suggest_slug(stem)
                        ),
                    );
                    continue;
                }
                let key = (locale.to_string(), stem.to_ascii_lowercase());
                if let Some(first) = seen_slugs.insert(key, file.display.clone()) {
                    diags.error(
                        &file.display,
                        None,
                        format!("duplicate slug `{stem}`: `{first}` has the same name"),
                    );
                    continue;
                }
                if let Some(file) = text_file(&file.display, text(diags)) {
                    inputs.articles.push(ArticleFile {
                        locale: locale.to_string(),
                        slug: stem.to_string(),
                        file,
                    });
                }
            }
            ["locales", locale, name] if name.ends_with(".ftl") => {
                if let Some(file) = text_file(&file.display, text(diags)) {
                    inputs.ftl.entry(locale.to_string()).or_default().push(file);
                }
            }
            ["static", rest @ ..] if !rest.is_empty() => {
                inputs.statics.insert(rest.join("/"), file.bytes.to_vec());
            }
            [.., "local.toml"] => diags.warning(
                &file.display,
                None,
                "ignored: Paso reads local contacts only from `content/local.toml`: move this file there",
            ),
            ["content" | "locales", ..] => diags.warning(
                &file.display,
                None,
                "ignored: articles go in `content/<locale>/<slug>.md`, UI strings in `locales/<locale>/<name>.ftl`",
            ),
            _ => {}
        }
    }
    inputs
}

fn text_file(display: &str, text: Option<String>) -> Option<TextFile> {
    text.map(|text| TextFile {
        display: display.to_owned(),
        text,
    })
}

/// UTF-8 without BOM, LF line ends.
fn decode(bytes: &[u8], display: &str, diags: &mut Diagnostics) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) if s.contains('\r') => Some(s.replace("\r\n", "\n").replace('\r', "\n")),
        Ok(s) => Some(s.to_owned()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            diags.error(
                display,
                Some(line),
                "the file is not valid UTF-8: save it as UTF-8 in your editor",
            );
            None
        }
    }
}

/// Whether `s` is a slug: non-empty ASCII lowercase letters, digits and inner `-`.
pub(crate) fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(crate) fn suggest_slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "article".into()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_files_and_strips_bom_and_crlf() {
        let source = Source::from_memory([
            ("content/site.toml", &b"\xEF\xBB\xBFa = 1\r\n"[..]),
            ("content/README.md", b"docs"),
            ("content/en/about.md", b"x"),
            ("content/en/Bad Name.md", b"x"),
            ("content/en/bad.md", b"\xff\xfe"),
            ("locales/en/main.ftl", b"k = v"),
            ("static/css/style.css", b"body{}"),
            ("content/en/notes.txt", b"?"),
        ]);
        let mut diags = Diagnostics::default();
        let inputs = load(&source, &mut diags);
        assert_eq!(inputs.site.unwrap().text, "a = 1\n");
        assert_eq!(inputs.articles.len(), 1);
        assert_eq!(inputs.articles[0].slug, "about");
        assert_eq!(inputs.ftl["en"].len(), 1);
        assert!(inputs.statics.contains_key("css/style.css"));
        let msgs: Vec<String> = diags.sorted().iter().map(|d| d.to_string()).collect();
        assert_eq!(msgs.len(), 3, "{msgs:?}");
        assert!(msgs[0].starts_with("content/en/Bad Name.md: error: invalid file name"));
        assert!(msgs[0].contains("`bad-name.md`"));
        assert!(msgs[1].starts_with("content/en/bad.md:1: error: the file is not valid UTF-8"));
        assert!(msgs[2].starts_with("content/en/notes.txt: warning: ignored"));
    }

    #[test]
    fn slugs() {
        assert!(is_valid_slug("leaving-by-land"));
        assert!(is_valid_slug("i-94"));
        assert!(!is_valid_slug("Leaving"));
        assert!(!is_valid_slug("-x"));
        assert!(!is_valid_slug("a_b"));
        assert!(!is_valid_slug(""));
        assert!(!is_valid_slug("café"));
    }
}
