//! Content types by file extension.

/// Content type by file extension. Sorted by extension (a test checks), searched by binary search.
const MIME_TYPES: &[(&str, &str)] = &[
    ("css", "text/css; charset=utf-8"),
    ("html", "text/html; charset=utf-8"),
    ("ico", "image/x-icon"),
    ("jpg", "image/jpeg"),
    ("js", "application/javascript; charset=utf-8"),
    ("json", "application/json"),
    ("png", "image/png"),
    ("svg", "image/svg+xml"),
    ("txt", "text/plain; charset=utf-8"),
    ("webmanifest", "application/manifest+json"),
    ("woff2", "font/woff2"),
];

/// The `'static` form of a content type read back from a cache.
pub(crate) fn known_mime(mime: &str) -> &'static str {
    MIME_TYPES
        .iter()
        .map(|(_, m)| *m)
        .find(|m| *m == mime)
        .unwrap_or("application/octet-stream")
}

/// The content type of a path, by its extension.
pub fn mime_for(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    MIME_TYPES
        .binary_search_by(|(e, _)| e.cmp(&ext))
        .map_or("application/octet-stream", |i| MIME_TYPES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mime_table_is_sorted() {
        assert!(MIME_TYPES.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
