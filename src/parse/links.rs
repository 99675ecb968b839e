//! What a link in an article points to. Authors write links the way mdBook and Zola authors
//! do (`other-slug.md`, `other-slug.md#heading`, `#heading`, `https://...`); this module decides
//! what each one means, for the checker (is the target there?) and the renderer (which URL?).

use crate::model::Content;

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Another site (`https://`, `mailto:`, `tel:`).
    External(String),
    /// An article of this guide, maybe a heading in it.
    Article {
        /// Its slug.
        slug: String,
        /// The heading id, if any.
        fragment: Option<String>,
    },
    /// A heading of the same article.
    Fragment(String),
}

/// The slug a local link points to (`other.md#x` → `other`), `None` for `#x` and others.
pub fn target_slug(dest: &str) -> Option<&str> {
    let path = dest.split('#').next()?;
    path.strip_suffix(".md")
        .map(|s| s.strip_prefix("./").unwrap_or(s))
        .filter(|s| !s.is_empty() && !s.contains(':'))
}

/// Resolves `dest`, written in `slug`'s text in `locale`, checking that the target exists.
pub fn resolve(dest: &str, content: &Content, locale: &str, slug: &str) -> Result<Target, String> {
    let lower = dest.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("mailto:") || lower.starts_with("tel:") {
        return Ok(Target::External(dest.to_string()));
    }
    if lower.starts_with("http://") {
        return Err(format!(
            "link `{dest}` uses `http://`: use the `https://` address, so readers are not exposed on the network"
        ));
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    let target_slug = if path.is_empty() {
        slug
    } else if let Some(s) = path
        .strip_suffix(".md")
        .map(|s| s.strip_prefix("./").unwrap_or(s))
    {
        s
    } else {
        return Err(format!(
            "link `{dest}` does not point to an article: write `other-slug.md`, `other-slug.md#heading-id`, `#heading-id` or a full `https://` address"
        ));
    };
    let Some(article) = content.article_for(target_slug, locale) else {
        return Err(format!(
            "link `{dest}` points to an article that does not exist: there is no `content/{}/{target_slug}.md`{}",
            content.config.source_locale,
            crate::parse::suggest::hint(target_slug, content.articles.keys().map(String::as_str))
        ));
    };
    if let Some(f) = fragment
        && !article.doc.has_id(f)
    {
        let ids: Vec<&str> = article.doc.headings.iter().map(|h| h.id.as_str()).collect();
        return Err(format!(
            "link `{dest}` points to a heading `#{f}` that `{}` does not have{} (its ids: {})",
            article.path,
            crate::parse::suggest::hint(f, ids.iter().copied()),
            ids.join(", ")
        ));
    }
    let fragment = fragment.map(str::to_string);
    if path.is_empty() {
        return Ok(Target::Fragment(fragment.unwrap_or_default()));
    }
    Ok(Target::Article {
        slug: target_slug.to_string(),
        fragment,
    })
}
