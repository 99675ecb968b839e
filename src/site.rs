//! The compiled site: a sorted map from a path (`en/leaving-by-land/index.html`) to bytes with
//! their content type, strong ETag and cache policy, plus gzip and brotli variants. The server
//! serves it and the exporter writes it; neither renders anything.
//!
//! Compressed variants are made once per asset and kept. [`Site::precompress`] fills them all
//! (the server runs it on a background thread right after start, so the first response never
//! waits for brotli); until an asset's variants exist it is served uncompressed.
//!
//! [`Site::pack`] then lets the largest files (the single-file copies, the search indexes: a
//! third of the site's bytes) keep only their compressed variants. Every browser asks for gzip;
//! the rare client that does not (`wget`, a plain `curl`) gets them unpacked per request.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{OnceLock, RwLock};

use axum::http::HeaderValue;
use bytes::Bytes;
use sha2::{Digest, Sha256};

mod mime;
pub(crate) use mime::known_mime;
pub use mime::mime_for;

/// How long a client may keep an asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CachePolicy {
    /// HTML and other pages: revalidate every time (cheap, thanks to the ETag).
    Revalidate,
    /// Fingerprinted assets whose name changes when their bytes do.
    Immutable,
    /// Unfingerprinted static files: a day.
    Day,
}

impl CachePolicy {
    /// The `Cache-Control` value.
    pub fn header_value(self) -> &'static str {
        match self {
            CachePolicy::Revalidate => "no-cache",
            CachePolicy::Immutable => "public, max-age=31536000, immutable",
            CachePolicy::Day => "public, max-age=86400",
        }
    }
}

/// Files at least this large keep only their compressed variants once [`Site::pack`] ran.
pub const PACK_FROM: usize = 64 * 1024;

/// One file of the site.
#[derive(Debug)]
pub struct Asset {
    /// The bytes, until [`Asset::pack`] leaves only the gzip variant to make them from.
    identity: RwLock<Option<Bytes>>,
    /// Their length.
    len: usize,
    /// `Content-Type` value.
    pub mime: &'static str,
    /// Strong ETag of the identity bytes, quoted.
    pub etag: String,
    /// The ETag header of each coding's variant, made once (identity, gzip, brotli).
    etag_values: [HeaderValue; 3],
    /// Cache policy.
    pub cache: CachePolicy,
    /// `Content-Disposition`, for downloads.
    pub disposition: Option<String>,
    /// A Content-Security-Policy for this asset alone (a page with its CSS inlined).
    pub csp: Option<String>,
    gzip: OnceLock<Option<Bytes>>,
    brotli: OnceLock<Option<Bytes>>,
}

/// A content coding the server can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    /// No compression.
    Identity,
    /// gzip.
    Gzip,
    /// Brotli.
    Brotli,
}

impl Coding {
    /// The `Content-Encoding` token.
    pub fn token(self) -> &'static str {
        match self {
            Coding::Identity => "identity",
            Coding::Gzip => "gzip",
            Coding::Brotli => "br",
        }
    }
}

impl Asset {
    /// An asset with an ETag computed from `body`.
    pub fn new(body: impl Into<Vec<u8>>, mime: &'static str, cache: CachePolicy) -> Asset {
        let body = exact(body.into());
        let etag = format!("\"{}\"", hex_prefix(&Sha256::digest(&body), 10));
        let etag_values = [Coding::Identity, Coding::Gzip, Coding::Brotli].map(|c| {
            HeaderValue::from_str(&variant_etag(&etag, c)).expect("quoted hex is a header value")
        });
        Asset {
            etag_values,
            len: body.len(),
            identity: RwLock::new(Some(body)),
            mime,
            etag,
            cache,
            disposition: None,
            csp: None,
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
        }
    }

    /// Whether compressing this type is worth it.
    pub fn compressible(&self) -> bool {
        self.mime.starts_with("text/")
            || self.mime.starts_with("application/javascript")
            || self.mime.starts_with("application/json")
            || self.mime.starts_with("application/manifest+json")
            || self.mime.starts_with("image/svg+xml")
    }

    /// The bytes (unpacked from the gzip variant if [`Asset::pack`] dropped them).
    pub fn body(&self) -> Bytes {
        if let Some(body) = self.kept() {
            return body;
        }
        let gzip = self
            .variant(Coding::Gzip)
            .expect("only assets with gzip are packed");
        let mut out = Vec::with_capacity(self.len);
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gzip[..]), &mut out)
            .expect("our own gzip stream");
        Bytes::from(out)
    }

    /// The length of the bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the asset is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The bytes, if they are kept as they are.
    fn kept(&self) -> Option<Bytes> {
        self.identity
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The variant for `coding`, if it exists yet (and, compressed, is smaller than the bytes).
    pub fn variant(&self, coding: Coding) -> Option<Bytes> {
        match coding {
            Coding::Identity => Some(self.body()),
            Coding::Gzip => self.gzip.get()?.clone(),
            Coding::Brotli => self.brotli.get()?.clone(),
        }
    }

    /// Whether `coding`'s variant exists yet.
    pub fn has(&self, coding: Coding) -> bool {
        match coding {
            Coding::Identity => true,
            Coding::Gzip => self.gzip.get().is_some_and(Option::is_some),
            Coding::Brotli => self.brotli.get().is_some_and(Option::is_some),
        }
    }

    /// Keeps only the compressed variants of a large asset ([`PACK_FROM`] bytes or more) once
    /// they exist; returns whether it did.
    pub fn pack(&self) -> bool {
        if self.len < PACK_FROM || !self.has(Coding::Gzip) {
            return false;
        }
        let mut identity = self.identity.write().unwrap_or_else(|e| e.into_inner());
        identity.take().is_some()
    }

    /// The ETag of one variant: strong ETags must differ between encodings.
    pub fn etag_for(&self, coding: Coding) -> &HeaderValue {
        &self.etag_values[coding as usize]
    }

    /// Makes the compressed variants (once).
    pub fn precompress(&self) {
        self.precompress_gzip();
        self.precompress_brotli();
    }

    /// Makes the gzip variant (once): what every browser asks for, fast to make.
    pub fn precompress_gzip(&self) {
        if !self.compressible() {
            let _ = self.gzip.set(None);
            return;
        }
        if self.gzip.get().is_some() {
            return;
        }
        let body = self.body();
        self.gzip
            .get_or_init(|| worth(&body, gzip(&body)).map(Bytes::from));
    }

    /// Makes the brotli variant (once): only for clients that offer `br` (browsers do so to
    /// localhost and HTTPS only), and 20–50 times slower to make than gzip.
    pub fn precompress_brotli(&self) {
        if !self.compressible() {
            let _ = self.brotli.set(None);
            return;
        }
        if self.brotli.get().is_some() {
            return;
        }
        let body = self.body();
        self.brotli
            .get_or_init(|| worth(&body, brotli(&body)).map(Bytes::from));
    }

    /// An asset put back together from a cache (see `crate::cache`): the variants are `None`
    /// where not made yet, `Some(None)` where not worth keeping.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn from_parts(
        identity: Option<Bytes>,
        len: usize,
        mime: &'static str,
        etag: String,
        cache: CachePolicy,
        gzip: Option<Option<Bytes>>,
        brotli: Option<Option<Bytes>>,
    ) -> Option<Asset> {
        let etag_values = [Coding::Identity, Coding::Gzip, Coding::Brotli]
            .map(|c| HeaderValue::from_str(&variant_etag(&etag, c)).ok());
        let [Some(a), Some(b), Some(c)] = etag_values else {
            return None;
        };
        if identity.is_none() && !matches!(gzip, Some(Some(_))) {
            return None; // nothing to make the bytes from
        }
        let cell = |v: Option<Option<Bytes>>| {
            let c = OnceLock::new();
            if let Some(v) = v {
                let _ = c.set(v);
            }
            c
        };
        Some(Asset {
            identity: RwLock::new(identity),
            len,
            mime,
            etag,
            etag_values: [a, b, c],
            cache,
            disposition: None,
            csp: None,
            gzip: cell(gzip),
            brotli: cell(brotli),
        })
    }

    /// What a cache keeps of this asset: the bytes if kept, and each variant as in
    /// [`Asset::from_parts`].
    pub(crate) fn parts(&self) -> (Option<Bytes>, Option<Option<Bytes>>, Option<Option<Bytes>>) {
        (
            self.kept(),
            self.gzip.get().cloned(),
            self.brotli.get().cloned(),
        )
    }
}

/// A compressed variant, if it saves enough to be worth a second copy.
fn worth(body: &[u8], c: Vec<u8>) -> Option<Box<[u8]>> {
    (c.len() + 64 < body.len()).then(|| c.into_boxed_slice())
}

/// `"abc"` → `"abc-gzip"`: strong ETags must differ between encodings.
fn variant_etag(etag: &str, coding: Coding) -> String {
    match coding {
        Coding::Identity => etag.to_string(),
        c => format!("{}-{}\"", &etag[..etag.len() - 1], c.token()),
    }
}

/// Bytes that hold no spare capacity: a page rendered into a growing `String` may have
/// allocated up to twice its length, and the site keeps every page for the life of the server.
fn exact(bytes: Vec<u8>) -> Bytes {
    Bytes::from(bytes.into_boxed_slice())
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).expect("writing to a Vec cannot fail");
    enc.finish().expect("writing to a Vec cannot fail")
}

fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    // A window no larger than the file, and at most 18 bits (256 KB): the encoder's tables grow
    // with the window (at 22 bits, its default, it needs about 46 MB for a 350 KB page; at 18
    // bits, 8.4 MB, for 0.1% more bytes), and a window past the end of the file finds nothing.
    let lgwin = (10..18)
        .find(|bits| (1usize << bits) - 16 >= data.len())
        .unwrap_or(18);
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin,
        // Metablocks of 64 KB instead of up to 16 MB: half the encoder's memory on the largest
        // pages (the single-file copies, about 300 KB) for 0.1% more bytes.
        lgblock: 16,
        size_hint: data.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("in-memory brotli");
    out
}

/// Hex of the first `n` bytes.
pub(crate) fn hex_prefix(bytes: &[u8], n: usize) -> String {
    bytes.iter().take(n).map(|b| format!("{b:02x}")).collect()
}

/// What the server needs to answer `/<locale>/search/?q=…` without rendering a page: the
/// locale's index, the search page cut where the query and the results go, and the sentences
/// around results, formatted at build time (`\u{E000}` stands for the query).
#[derive(Debug)]
pub struct SearchPage {
    /// The index.
    pub index: crate::search::IndexCell,
    /// The page before the query's place in the search box, between it and the results, after.
    pub parts: [String; 3],
    /// "N results for …", by number of results (index = count).
    pub found: Vec<String>,
    /// "Nothing found for …".
    pub none: String,
    /// "Type a word to search."
    pub empty: String,
    /// "That search is too long …".
    pub too_long: String,
    /// "Did you mean:", before suggested words when nothing is found.
    pub did_you_mean: String,
}

/// Marks where the query goes in a rendered search page.
pub const QUERY_MARK: char = '\u{E001}';
/// Marks where the results go in a rendered search page.
pub const RESULTS_MARK: char = '\u{E002}';
/// Stands for the query in the formatted sentences of a [`SearchPage`].
pub const QUERY_SLOT: char = '\u{E000}';

/// The whole site.
#[derive(Debug, Default)]
pub struct Site {
    /// Per locale, what `/<locale>/search/?q=` needs.
    pub search: BTreeMap<String, SearchPage>,
    assets: BTreeMap<String, Asset>,
    /// Assets that differ by the `Host` a request names (the QR code of the server's own
    /// address): host → path → asset. Built at start, never from a request.
    by_host: BTreeMap<String, BTreeMap<String, Asset>>,
    /// Shipped locales, in menu order.
    pub locales: Vec<String>,
    /// The locale to fall back to.
    pub default_locale: String,
}

impl Site {
    /// An empty site for these locales.
    pub fn new(locales: Vec<String>, default_locale: String) -> Site {
        Site {
            search: BTreeMap::new(),
            assets: BTreeMap::new(),
            by_host: BTreeMap::new(),
            locales,
            default_locale,
        }
    }

    /// Adds or replaces an asset.
    pub fn insert(&mut self, path: impl Into<String>, asset: Asset) {
        self.assets.insert(path.into(), asset);
    }

    /// Adds every asset and search page of `other` (a part rendered on its own).
    pub fn merge(&mut self, other: Site) {
        self.assets.extend(other.assets);
        self.search.extend(other.search);
        for (host, assets) in other.by_host {
            self.by_host.entry(host).or_default().extend(assets);
        }
    }

    /// The asset at `path` (no leading slash).
    pub fn get(&self, path: &str) -> Option<&Asset> {
        self.assets.get(path)
    }

    /// Adds an asset served instead of `path` to requests for `host` (`192.168.1.5:8080`).
    pub fn insert_for_host(&mut self, host: &str, path: impl Into<String>, asset: Asset) {
        let host = host.to_ascii_lowercase();
        self.by_host
            .entry(host)
            .or_default()
            .insert(path.into(), asset);
    }

    /// The asset at `path` for a request naming `host`: the host's own, else the common one.
    pub fn get_for_host(&self, host: Option<&str>, path: &str) -> Option<&Asset> {
        host.and_then(|h| self.by_host.get(&h.to_ascii_lowercase()))
            .and_then(|m| m.get(path))
            .or_else(|| self.assets.get(path))
    }

    /// All assets in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Asset)> {
        self.assets.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Number of assets.
    pub fn len(&self) -> usize {
        self.assets.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.assets.is_empty()
    }

    /// Every asset, the per-host ones included.
    fn all_assets(&self) -> impl Iterator<Item = &Asset> {
        self.assets
            .values()
            .chain(self.by_host.values().flat_map(|m| m.values()))
    }

    /// What the server does in the background, where memory matters more than finishing
    /// early: compresses every asset on the calling thread (one brotli encoder at a time, not
    /// one per core: 6–8 MB each, on a Raspberry Pi's four cores), the largest first, and keeps
    /// each large one compressed only ([`Asset::pack`]) as soon as it is, so each encoder
    /// starts with less in memory. Returns the bytes packed.
    pub fn precompress_and_pack(&self) -> usize {
        self.precompress_gzip_and_pack() + self.precompress_brotli()
    }

    /// The first half of [`Site::precompress_and_pack`]: gzip for every asset, smallest first
    /// (the pages readers open; the large single-file copies last), each large one packed as
    /// soon as its gzip exists. Returns the bytes packed.
    pub fn precompress_gzip_and_pack(&self) -> usize {
        let mut assets: Vec<&Asset> = self.all_assets().collect();
        assets.sort_by_key(|a| a.len());
        let mut packed = 0;
        for a in assets {
            a.precompress_gzip();
            if a.pack() {
                packed += a.len();
            }
        }
        packed
    }

    /// The second half: brotli for every asset, the largest first; returns 0 (nothing more to
    /// pack) so the two halves add up to what [`Site::precompress_and_pack`] returns.
    pub fn precompress_brotli(&self) -> usize {
        let mut assets: Vec<&Asset> = self.all_assets().collect();
        assets.sort_by_key(|a| std::cmp::Reverse(a.len()));
        for a in assets {
            a.precompress_brotli();
        }
        0
    }

    /// Whether every asset has all the variants it will ever have.
    pub fn fully_compressed(&self) -> bool {
        self.all_assets()
            .all(|a| a.gzip.get().is_some() && a.brotli.get().is_some())
    }

    /// Drops the bytes of every large asset whose compressed variants exist ([`Asset::pack`]);
    /// returns how many bytes that freed.
    pub fn pack(&self) -> usize {
        self.all_assets().filter(|a| a.pack()).map(Asset::len).sum()
    }

    /// Compresses every asset, spread over the available cores.
    pub fn precompress(&self) {
        self.precompress_parallel(true);
    }

    /// Makes every asset's gzip variant, and with `brotli` its brotli one, spread over the
    /// available cores.
    pub fn precompress_parallel(&self, brotli: bool) {
        let assets: Vec<&Asset> = self.all_assets().collect();
        crate::parallel::map(&assets, |a| {
            a.precompress_gzip();
            if brotli {
                a.precompress_brotli();
            }
        });
    }
}

#[cfg(test)]
mod tests;
