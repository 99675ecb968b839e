//! A compiled and compressed site kept on disk, so that only the first start of a given guide
//! pays for compiling it and compressing every page.
//!
//! The file is named by a key that covers everything the served bytes depend on: the format,
//! this Paso build (version, and the executable's size and modification time, so a rebuilt
//! binary never reads a site another build rendered), every source file's path and bytes, and
//! every [`RenderOptions`] field, `today` included. The date is in the key because rendered
//! pages show it (the single-file copy's and the card's "saved on" date) and compare it
//! (review-due notices): a cache made yesterday is never served today. The first start of a
//! day recompiles; see the README's "How it works".
//!
//! What is not in the file: the search indexes (the server's `/<locale>/search/?q=` answers;
//! their format belongs to `crate::search` and is rebuilt by one compile in the background,
//! until which that address serves the static search page, whose script searches on its own),
//! and the assets that differ per start ([`RUNTIME_ASSETS`]: the QR codes of the server's own
//! address and Wi-Fi network).
//!
//! The file holds every asset's bytes (unless packed), gzip and brotli variants and headers;
//! [`load`] reads it once into one buffer and every body is a slice of it (no copy, no parse
//! of the bodies). A file that is truncated, of another format or otherwise unreadable is
//! ignored (and rewritten), never trusted: [`load`] checks every length against the buffer.

use std::io::Write;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::render::RenderOptions;
use crate::render::urls::LinkStyle;
use crate::site::{Asset, CachePolicy, Site, hex_prefix, known_mime};
use crate::source::Source;

mod start;
pub use start::{Finish, compile_cached};

/// Bumped whenever the file layout changes.
const MAGIC: &[u8; 12] = b"PASO-SITE-1\n";

/// Assets made at each start from the address the server listens on; never cached.
pub const RUNTIME_ASSETS: &[&str] = &["qr/url.svg", "qr/wifi.svg"];

/// The default cache folder: `$XDG_CACHE_HOME/paso`, else `$HOME/.cache/paso` (on Android's
/// Termux, `$HOME` is the app's own storage).
pub fn default_dir() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    xdg.or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|d| d.join("paso"))
}

/// The key of a compiled site: hex of a SHA-256 over everything its bytes depend on.
pub fn key(source: &Source, opts: &RenderOptions) -> String {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    field(MAGIC);
    field(env!("CARGO_PKG_VERSION").as_bytes());
    field(build_id().as_bytes());
    field(match opts.style {
        LinkStyle::Pretty => b"pretty",
        LinkStyle::Files => b"files",
    });
    field(opts.today.to_string().as_bytes());
    field(
        opts.kiosk
            .map_or(String::new(), |k| k.idle_secs.to_string())
            .as_bytes(),
    );
    field(&[u8::from(opts.share.server_qr)]);
    field(opts.share.wifi_ssid.as_deref().unwrap_or("\0").as_bytes());
    field(&[u8::from(opts.share.loopback_only), u8::from(opts.counts)]);
    field(opts.captive.as_deref().unwrap_or("\0").as_bytes());
    // Who signed the guide shows on every page.
    field(format!("{:?}", opts.provenance).as_bytes());
    for (path, file) in source.files() {
        field(path.as_bytes());
        field(&file.bytes);
    }
    hex_prefix(&h.finalize(), 16)
}

/// This executable's size and modification time: a rebuilt binary renders differently even
/// under the same version number.
fn build_id() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let mtime = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{}:{mtime}", m.len())
        })
        .unwrap_or_default()
}

/// The file of `key` in `dir`.
pub fn path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("site-{key}.bin"))
}

/// Writes `site` (without its search indexes and [`RUNTIME_ASSETS`]) as the file of `key`,
/// atomically (a temporary file renamed), and removes this folder's older site files beyond
/// the newest few.
pub fn store(dir: &Path, key: &str, site: &Site) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let target = path(dir, key);
    let tmp = dir.join(format!(".site-{key}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        f.write_all(&encode(site))?;
        f.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&tmp, &target)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result?;
    prune(dir, &target, 4);
    Ok(())
}

/// Keeps the `keep` most recently written site files (and `current`).
fn prune(dir: &Path, current: &Path, keep: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|e| {
            let n = e.file_name();
            let n = n.to_string_lossy();
            n.starts_with("site-") && n.ends_with(".bin")
        })
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, p) in files.into_iter().skip(keep) {
        if p != current {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// The site stored under `key`, if there is a readable one. Its `search` map is empty.
pub fn load(dir: &Path, key: &str) -> Option<Site> {
    let bytes = std::fs::read(path(dir, key)).ok()?;
    decode(Bytes::from(bytes))
}

/// The file's bytes for `site`.
pub fn encode(site: &Site) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    put(&mut out, site.default_locale.as_bytes());
    put_u32(&mut out, site.locales.len());
    for l in &site.locales {
        put(&mut out, l.as_bytes());
    }
    let assets: Vec<(&str, &Asset)> = site
        .iter()
        .filter(|(p, _)| !RUNTIME_ASSETS.contains(p))
        .collect();
    put_u32(&mut out, assets.len());
    for (path, a) in assets {
        put(&mut out, path.as_bytes());
        put(&mut out, a.mime.as_bytes());
        out.push(match a.cache {
            CachePolicy::Revalidate => 0,
            CachePolicy::Immutable => 1,
            CachePolicy::Day => 2,
        });
        put(&mut out, a.etag.as_bytes());
        put_opt(&mut out, a.disposition.as_deref().map(str::as_bytes));
        put_opt(&mut out, a.csp.as_deref().map(str::as_bytes));
        out.extend_from_slice(&(a.len() as u64).to_le_bytes());
        let (identity, gzip, brotli) = a.parts();
        put_opt(&mut out, identity.as_deref());
        for v in [gzip, brotli] {
            match v {
                None => out.push(0),
                Some(None) => out.push(1),
                Some(Some(b)) => {
                    out.push(2);
                    put(&mut out, &b);
                }
            }
        }
    }
    out
}

fn put_u32(out: &mut Vec<u8>, n: usize) {
    let n = u32::try_from(n).expect("a site part under 4 GiB");
    out.extend_from_slice(&n.to_le_bytes());
}

fn put(out: &mut Vec<u8>, bytes: &[u8]) {
    put_u32(out, bytes.len());
    out.extend_from_slice(bytes);
}

fn put_opt(out: &mut Vec<u8>, bytes: Option<&[u8]>) {
    match bytes {
        None => out.push(0),
        Some(b) => {
            out.push(1);
            put(out, b);
        }
    }
}

/// Reads a file made by [`encode`]; `None` if it is not one, whole.
pub fn decode(buf: Bytes) -> Option<Site> {
    let mut r = Reader { buf, at: 0 };
    if r.take(MAGIC.len())? != MAGIC[..] {
        return None;
    }
    let default_locale = r.string()?;
    let locales = (0..r.u32()?)
        .map(|_| r.string())
        .collect::<Option<Vec<_>>>()?;
    let mut site = Site::new(locales, default_locale);
    for _ in 0..r.u32()? {
        let path = r.string()?;
        let mime = known_mime(&r.string()?);
        let cache = match r.byte()? {
            0 => CachePolicy::Revalidate,
            1 => CachePolicy::Immutable,
            2 => CachePolicy::Day,
            _ => return None,
        };
        let etag = r.string()?;
        let disposition = r.opt_string()?;
        let csp = r.opt_string()?;
        let len = usize::try_from(u64::from_le_bytes(r.take(8)?.as_ref().try_into().ok()?)).ok()?;
        let identity = r.opt()?;
        if identity.as_ref().is_some_and(|b| b.len() != len) {
            return None;
        }
        let mut variant = || -> Option<Option<Option<Bytes>>> {
            Some(match r.byte()? {
                0 => None,
                1 => Some(None),
                2 => Some(Some(r.bytes()?)),
                _ => return None,
            })
        };
        let gzip = variant()?;
        let brotli = variant()?;
        let mut asset = Asset::from_parts(identity, len, mime, etag, cache, gzip, brotli)?;
        asset.disposition = disposition;
        asset.csp = csp;
        site.insert(path, asset);
    }
    (r.at == r.buf.len()).then_some(site)
}

fn utf8(b: Bytes) -> Option<String> {
    String::from_utf8(b.to_vec()).ok()
}

struct Reader {
    buf: Bytes,
    at: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> Option<Bytes> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.buf.len())?;
        let b = self.buf.slice(self.at..end);
        self.at = end;
        Some(b)
    }
    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<usize> {
        let b = self.take(4)?;
        usize::try_from(u32::from_le_bytes(b.as_ref().try_into().ok()?)).ok()
    }
    fn bytes(&mut self) -> Option<Bytes> {
        let n = self.u32()?;
        self.take(n)
    }
    fn string(&mut self) -> Option<String> {
        utf8(self.bytes()?)
    }
    fn opt_string(&mut self) -> Option<Option<String>> {
        match self.opt()? {
            None => Some(None),
            Some(b) => Some(Some(utf8(b)?)),
        }
    }
    fn opt(&mut self) -> Option<Option<Bytes>> {
        match self.byte()? {
            0 => Some(None),
            1 => Some(Some(self.bytes()?)),
            _ => None,
        }
    }
}
