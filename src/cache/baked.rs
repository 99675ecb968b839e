//! The built-in guide, compiled and compressed when the binary is built: `build.rs` runs
//! [`bake`] (through the `paso-bake` build dependency, this same library) over `content/`,
//! `locales/` and `static/`, and the binary carries the result. [`built_in`] reads it in place:
//! every page is a slice of the binary's own read-only data, mapped by the kernel and never
//! copied to the heap, so a start does no rendering and no compression, and only the pages
//! readers ask for are ever read from storage.
//!
//! What is baked: the site `paso serve` renders with its defaults (pretty links, this device
//! only, no kiosk, captive portal, counts, signature or Wi-Fi code), on the day of the build,
//! with gzip for every page (and brotli too in a release build). A start whose guide or
//! options differ (`--content`, a bundle, `--kiosk`, another address …) does not use it; one
//! on a later day uses it at once and refreshes what depends on the date (see
//! [`super::compile_cached`]).

use bytes::Bytes;

use crate::date::Date;
use crate::render::urls::LinkStyle;
use crate::render::{RenderOptions, Share};
use crate::site::Site;
use crate::source::Source;

use super::codec::{Reader, put};

/// Bumped whenever the layout changes (the site inside has its own format tag).
const MAGIC: &[u8; 12] = b"PASO-BAKE-1\n";

#[cfg(paso_baked)]
static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/site.bin"));

/// A site compiled when the binary was built.
#[derive(Debug)]
pub struct Baked {
    /// [`super::hash`] of the guide and the options it was rendered with (not of this build).
    pub key: String,
    /// The day it was rendered for.
    pub today: Date,
    /// The site, its bodies slices of the bytes it was read from.
    pub site: Site,
}

impl Baked {
    /// Whether this is the site `source` rendered with `opts` on the day it was baked: the
    /// same guide and options, whatever the date.
    pub fn matches(&self, source: &Source, opts: &RenderOptions) -> bool {
        let mut same_day = opts.clone();
        same_day.today = self.today;
        super::hash(source, &same_day, false) == self.key
    }
}

/// The options of the baked site: those of `paso serve` without any option, on `today`.
pub fn options(today: Date) -> RenderOptions {
    RenderOptions {
        share: Share {
            server_qr: true,
            wifi_ssid: None,
            loopback_only: true,
        },
        ..RenderOptions::new(LinkStyle::Pretty, today)
    }
}

/// Compiles `source` with [`options`] for `today`, compresses every page (gzip; brotli too with
/// `brotli`), and returns the bytes [`decode`] reads.
pub fn bake(source: &Source, today: Date, brotli: bool) -> Result<Vec<u8>, crate::CompileError> {
    let opts = options(today);
    let (site, _) = crate::compile(source, opts.clone())?;
    site.precompress_parallel(brotli);
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    put(&mut out, super::hash(source, &opts, false).as_bytes());
    put(&mut out, today.to_string().as_bytes());
    out.extend_from_slice(&super::encode(&site));
    Ok(out)
}

/// Reads bytes made by [`bake`]; `None` if they are not.
pub fn decode(bytes: Bytes) -> Option<Baked> {
    let mut r = Reader::new(bytes);
    if r.take(MAGIC.len())? != MAGIC[..] {
        return None;
    }
    let key = r.string()?;
    let today = Date::parse(&r.string()?)?;
    // The binary's own bytes: each search index is read at its first query.
    let site = super::decode_over(r.rest(), None, true)?;
    Some(Baked { key, today, site })
}

/// The site baked into this binary, if the build baked one (a build whose content had errors
/// does not; `PASO_BAKE=0` at build time turns it off).
pub fn built_in() -> Option<Baked> {
    #[cfg(paso_baked)]
    {
        decode(Bytes::from_static(BAKED))
    }
    #[cfg(not(paso_baked))]
    {
        None
    }
}
