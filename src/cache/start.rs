//! Starting from the cache: [`compile_cached`] gives the site to serve at once (read from the
//! cache, or compiled on a miss) and a [`Finish`] to run on a background thread, which completes
//! it while it is served and writes the cache for the next start.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::Diagnostics;
use crate::render::RenderOptions;
use crate::server::Live;
use crate::site::{Asset, Site};
use crate::source::Source;

/// What is left to do once the site from [`compile_cached`] is being served.
#[derive(Debug)]
pub struct Finish {
    key: String,
    dir: Option<PathBuf>,
    source: Source,
    opts: RenderOptions,
    /// Whether the site came from the cache (no search indexes yet).
    pub from_cache: bool,
    /// The compile's warnings and notes, when it compiled.
    pub diagnostics: Option<Diagnostics>,
}

/// The site for `source` rendered with `opts`: read from the cache folder `dir` if this exact
/// guide was compiled there before (same key, see [`super::key`]), else compiled. Serve it at
/// once, then call [`Finish::run`] (on a thread of its own) with the [`Live`] that serves it.
/// `dir = None` never reads or writes a cache.
pub fn compile_cached(
    source: &Source,
    opts: RenderOptions,
    dir: Option<&Path>,
) -> Result<(Site, Finish), crate::CompileError> {
    let key = super::key(source, &opts);
    let cached = dir.and_then(|d| super::load(d, &key));
    let (site, from_cache, diagnostics) = match cached {
        Some(site) => (site, true, None),
        None => {
            let (site, diags) = crate::compile(source, opts.clone())?;
            (site, false, Some(diags))
        }
    };
    let finish = Finish {
        key,
        dir: dir.map(Path::to_path_buf),
        source: source.clone(),
        opts,
        from_cache,
        diagnostics,
    };
    Ok((site, finish))
}

impl Finish {
    /// Completes the site `live` serves and caches it: from the cache, compiles once more for
    /// the search indexes and swaps in the site with them (`runtime` adds the assets made per
    /// start, [`super::RUNTIME_ASSETS`]); then makes whatever variants are missing, gzip for
    /// every asset before brotli for any, and writes the cache after each of the two passes
    /// (a server stopped during brotli still leaves a gzip-complete cache). Errors writing the
    /// cache are logged, never fatal: the site is served either way.
    pub fn run(self, live: &Live, runtime: impl Fn(&mut Site)) {
        if self.from_cache {
            match crate::compile(&self.source, self.opts.clone()) {
                Ok((compiled, _)) => {
                    let search = compiled.search;
                    let mut next = share_assets(&live.load());
                    next.search = search;
                    runtime(&mut next);
                    live.store(Arc::new(next));
                }
                Err(e) => tracing::warn!("search left out: {e}"),
            }
            crate::memory::release_freed();
        }
        let site = live.load();
        if site.fully_compressed() {
            return;
        }
        site.precompress_gzip_and_pack();
        self.store(&site);
        crate::memory::release_freed();
        site.precompress_brotli();
        self.store(&site);
        crate::memory::release_freed();
        tracing::debug!("compressed every page");
    }

    fn store(&self, site: &Site) {
        if let Some(dir) = &self.dir
            && let Err(e) = super::store(dir, &self.key, site)
        {
            tracing::warn!(
                "could not write the cache in `{}` (the next start compiles again): {e}",
                dir.display()
            );
        }
    }
}

/// A second site holding the same assets (their bytes shared, not copied), without the
/// per-start ones.
fn share_assets(site: &Site) -> Site {
    let mut next = Site::new(site.locales.clone(), site.default_locale.clone());
    for (path, a) in site.iter() {
        if super::RUNTIME_ASSETS.contains(&path) {
            continue;
        }
        let (identity, gzip, brotli) = a.parts();
        let Some(mut copy) = Asset::from_parts(
            identity,
            a.len(),
            a.mime,
            a.etag.clone(),
            a.cache,
            gzip,
            brotli,
        ) else {
            continue;
        };
        copy.disposition = a.disposition.clone();
        copy.csp = a.csp.clone();
        next.insert(path, copy);
    }
    next
}
