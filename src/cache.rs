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
//! The file holds the server's search too (each locale's index, written by
//! `crate::search`'s own `write`, and its search page cut in three), so a start from the cache
//! compiles nothing. What is not in it: the assets that differ per start ([`RUNTIME_ASSETS`]:
//! the QR codes of the server's own address and Wi-Fi network).
//!
//! The file holds every asset's gzip and brotli variants and headers, and its bytes unless it
//! is large ([`crate::site::PACK_FROM`]) and has a gzip variant to unpack them from;
//! [`load`] reads it once into one buffer and every body is a slice of it (no copy, no parse
//! of the bodies). A file that is truncated, of another format or otherwise unreadable is
//! ignored (and rewritten), never trusted: [`load`] checks every length against the buffer.

use std::io::Write;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::render::RenderOptions;
use crate::render::urls::LinkStyle;
use crate::search::IndexCell;
use crate::site::{Asset, CachePolicy, Coding, SearchPage, Site, hex_prefix, known_mime};
use crate::source::Source;
use codec::{Reader, put, put_opt, put_u32};

pub mod baked;
pub(crate) mod codec;
mod start;
pub use start::{Finish, compile_cached, compile_over};

/// Bumped whenever the file layout changes.
const MAGIC: &[u8; 12] = b"PASO-SITE-3\n";

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
    hash(source, opts, true)
}

/// The hash behind [`key`]; `this_build` adds the executable's size and modification time
/// (left out for the site baked into the binary: that one is this build by construction).
pub(crate) fn hash(source: &Source, opts: &RenderOptions, this_build: bool) -> String {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    field(MAGIC);
    field(env!("CARGO_PKG_VERSION").as_bytes());
    if this_build {
        field(build_id().as_bytes());
    }
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

/// Writes `site` (without [`RUNTIME_ASSETS`]) as the file of `key`, atomically (a temporary
/// file renamed), and removes this folder's older site files beyond the newest few.
pub fn store(dir: &Path, key: &str, site: &Site) -> std::io::Result<()> {
    write(dir, key, &encode(site))
}

/// [`store`] of bytes already encoded.
pub(crate) fn write(dir: &Path, key: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let target = path(dir, key);
    let tmp = dir.join(format!(".site-{key}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        f.write_all(bytes)?;
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

/// The site stored under `key`, if there is a readable one.
pub fn load(dir: &Path, key: &str) -> Option<Site> {
    load_over(dir, key, None)
}

/// [`load`] of a file written over `base` (see [`encode_over`]).
pub(crate) fn load_over(dir: &Path, key: &str, base: Option<&Site>) -> Option<Site> {
    let bytes = std::fs::read(path(dir, key)).ok()?;
    decode_over(Bytes::from(bytes), base, false)
}

/// The file's bytes for `site`.
pub fn encode(site: &Site) -> Vec<u8> {
    encode_over(site, None)
}

/// Whether `a` is `b` with no variant more: the same bytes (their ETag is their hash), the
/// same headers.
fn same_asset(a: &Asset, b: &Asset) -> bool {
    a.etag == b.etag
        && (a.mime, a.cache, &a.disposition, &a.csp) == (b.mime, b.cache, &b.disposition, &b.csp)
        && [Coding::Gzip, Coding::Brotli]
            .iter()
            .all(|&c| a.has(c) <= b.has(c))
}

/// The file's bytes for `site`, naming only the path of each asset that `base` has the same
/// (a later day's site over the baked one: only what the date changed is written).
pub(crate) fn encode_over(site: &Site, base: Option<&Site>) -> Vec<u8> {
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
        if base
            .and_then(|b| b.get(path))
            .is_some_and(|b| same_asset(a, b))
        {
            out.push(1);
            continue;
        }
        out.push(0);
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
        // Large files once: where a gzip variant exists, their bytes are unpacked from it for
        // the rare client that does not take gzip. Smaller pages keep their bytes: unpacking
        // them per request made identity answers 3× slower than nginx's (bench/serve.sh).
        let identity =
            identity.filter(|_| a.len() < crate::site::PACK_FROM || !matches!(gzip, Some(Some(_))));
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
    put_u32(&mut out, site.search.len());
    for (locale, page) in &site.search {
        put(&mut out, locale.as_bytes());
        let mut index = Vec::new();
        page.index.write(&mut index);
        put(&mut out, &index);
        for part in &page.parts {
            put(&mut out, part.as_bytes());
        }
        put_u32(&mut out, page.found.len());
        for f in &page.found {
            put(&mut out, f.as_bytes());
        }
        for s in [&page.none, &page.empty, &page.too_long, &page.did_you_mean] {
            put(&mut out, s.as_bytes());
        }
    }
    out
}

/// Reads a file made by [`encode`]; `None` if it is not one, whole.
pub fn decode(buf: Bytes) -> Option<Site> {
    decode_over(buf, None, false)
}

/// Reads a file made by [`encode_over`] with the same `base`. With `lazy_search` (only for
/// the binary's own bytes) each search index is read at its first query, else now, and the
/// file refused if one does not read.
pub(crate) fn decode_over(buf: Bytes, base: Option<&Site>, lazy_search: bool) -> Option<Site> {
    let mut r = Reader::new(buf);
    if r.take(MAGIC.len())? != MAGIC[..] {
        return None;
    }
    let default_locale = r.string()?;
    let locales = (0..r.count(4)?)
        .map(|_| r.string())
        .collect::<Option<Vec<_>>>()?;
    let mut site = Site::new(locales, default_locale);
    for _ in 0..r.count(4)? {
        let path = r.string()?;
        match r.byte()? {
            0 => {}
            1 => {
                let a = share(base?.get(&path)?)?;
                site.insert(path, a);
                continue;
            }
            _ => return None,
        }
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
        let len = usize::try_from(r.u64()?).ok()?;
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
    for _ in 0..r.count(4)? {
        let locale = r.string()?;
        let bytes = r.bytes()?;
        let index = match lazy_search {
            true => IndexCell::lazy(&locale, bytes),
            false => {
                let mut r = Reader::new(bytes);
                let index = crate::search::Index::read(&mut r)?;
                r.done().then_some(index)?.into()
            }
        };
        let parts = [r.string()?, r.string()?, r.string()?];
        let found = (0..r.count(4)?)
            .map(|_| r.string())
            .collect::<Option<Vec<_>>>()?;
        let page = SearchPage {
            index,
            parts,
            found,
            none: r.string()?,
            empty: r.string()?,
            too_long: r.string()?,
            did_you_mean: r.string()?,
        };
        site.search.insert(locale, page);
    }
    r.done().then_some(site)
}

/// A second asset holding the same bytes as `a` (shared, not copied).
pub(crate) fn share(a: &Asset) -> Option<Asset> {
    let (identity, gzip, brotli) = a.parts();
    let mut copy = Asset::from_parts(
        identity,
        a.len(),
        a.mime,
        a.etag.clone(),
        a.cache,
        gzip,
        brotli,
    )?;
    copy.disposition = a.disposition.clone();
    copy.csp = a.csp.clone();
    Some(copy)
}
