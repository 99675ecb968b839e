//! Tests of the site: variants, ETags, packing, search pages.

use super::*;

#[test]
fn content_types_by_extension() {
    assert_eq!(mime_for("a/b.css"), "text/css; charset=utf-8");
    assert_eq!(mime_for("x.unknown"), "application/octet-stream");
    assert_eq!(mime_for("noext"), "application/octet-stream");
}

#[test]
fn variants_and_etags() {
    let html = "<p>hello</p>".repeat(200);
    let a = Asset::new(
        html.clone(),
        "text/html; charset=utf-8",
        CachePolicy::Revalidate,
    );
    assert!(
        a.variant(Coding::Gzip).is_none(),
        "not compressed before precompress"
    );
    a.precompress();
    let gz = a.variant(Coding::Gzip).unwrap();
    let br = a.variant(Coding::Brotli).unwrap();
    assert!(gz.len() < html.len() && br.len() < html.len());
    let mut dec = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut dec).unwrap();
    assert_eq!(dec, html);
    assert_eq!(a.etag_for(Coding::Identity), a.etag.as_str());
    assert_eq!(
        a.etag_for(Coding::Gzip),
        &format!("{}-gzip\"", a.etag.trim_end_matches('"'))
    );
    assert!(
        a.etag_for(Coding::Brotli)
            .to_str()
            .unwrap()
            .ends_with("-br\"")
    );

    // Small and large files (several metablocks) round-trip.
    for len in [10, 70_000, 300_000] {
        let text: String = (0..len)
            .map(|i| char::from(b'a' + (i * 7 % 23) as u8))
            .collect();
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &brotli(text.as_bytes())[..], &mut out).unwrap();
        assert_eq!(out, text.as_bytes(), "{len}");
    }

    // A large asset keeps only its compressed variants once packed, and still has its bytes.
    let big: String = (0..100_000)
        .map(|i| char::from(b'a' + (i % 26) as u8))
        .collect();
    let a = Asset::new(
        big.clone(),
        "text/html; charset=utf-8",
        CachePolicy::Revalidate,
    );
    assert!(!a.pack(), "nothing to unpack from before compression");
    a.precompress();
    assert!(a.pack());
    assert!(a.kept().is_none(), "the bytes are dropped");
    assert_eq!(a.body(), big.as_bytes());
    assert_eq!(a.len(), big.len());
    a.precompress(); // again: nothing to redo, nothing lost
    assert!(a.has(Coding::Brotli) && a.has(Coding::Gzip));
    // A small one keeps its bytes.
    let small = Asset::new(
        html.clone(),
        "text/html; charset=utf-8",
        CachePolicy::Revalidate,
    );
    small.precompress();
    assert!(!small.pack() && small.kept().is_some());

    // The server's pass: everything compressed, the large one packed.
    let mut site = Site::new(vec!["en".into()], "en".into());
    site.insert(
        "big.html",
        Asset::new(
            big.clone(),
            "text/html; charset=utf-8",
            CachePolicy::Revalidate,
        ),
    );
    site.insert(
        "small.html",
        Asset::new(
            html.clone(),
            "text/html; charset=utf-8",
            CachePolicy::Revalidate,
        ),
    );
    assert_eq!(site.precompress_and_pack(), big.len());
    let (b, s) = (
        site.get("big.html").unwrap(),
        site.get("small.html").unwrap(),
    );
    assert!(b.kept().is_none() && s.kept().is_some());
    assert!(b.has(Coding::Brotli) && s.has(Coding::Gzip));
    assert_eq!(b.body(), big.as_bytes());

    let png = Asset::new(vec![0u8; 5000], "image/png", CachePolicy::Day);
    png.precompress();
    assert!(
        png.variant(Coding::Gzip).is_none(),
        "binary types are not compressed"
    );
}
