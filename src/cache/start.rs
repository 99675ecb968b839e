//! Starting from the cache: [`compile_cached`] gives the site to serve at once (baked into the
//! binary, read from the cache, or compiled on a miss) and a [`Finish`] to run on a background
//! thread, which completes it while it is served and writes the cache for the next start.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::Diagnostics;
use crate::render::RenderOptions;
use crate::server::Live;
use crate::site::Site;
use crate::source::Source;

/// What is left to do once the site from [`compile_cached`] is being served.
#[derive(Debug)]
pub struct Finish {
    key: String,
    dir: Option<PathBuf>,
    source: Source,
    opts: RenderOptions,
    /// The baked site's assets (shared, not copied) when this start is based on it: what a
    /// later day's site reuses, and writes its cache over.
    base: Option<Site>,
    /// Whether to compile again in the background (a later day than the baked one's).
    refresh: bool,
    /// Whether the site came from the cache or the binary (nothing compiled).
    pub from_cache: bool,
    /// Whether the site is the one baked into the binary (for today or, until the refresh, an
    /// earlier day).
    pub baked: bool,
    /// The compile's warnings and notes, when it compiled.
    pub diagnostics: Option<Diagnostics>,
}

/// The site for `source` rendered with `opts`, from the quickest place that has it:
///
/// 1. the site baked into the binary ([`super::baked`]), when it is this guide with these
///    options: as it is on the day it was baked; on a later day, the cached site of that day
///    if there is one, else the baked site at once and a compile in the background
///    ([`Finish::run`]) for what the date changes (the saved copies' and the card's date,
///    review-due notices), every unchanged page keeping the baked variants;
/// 2. the cache folder `dir`, if this exact guide was compiled there before (same key, see
///    [`super::key`]);
/// 3. else compiled.
///
/// Serve it at once, then call [`Finish::run`] (on a thread of its own) with the [`Live`] that
/// serves it. `dir = None` never reads or writes a cache.
pub fn compile_cached(
    source: &Source,
    opts: RenderOptions,
    dir: Option<&Path>,
) -> Result<(Site, Finish), crate::CompileError> {
    compile_over(source, opts, dir, super::baked::built_in())
}

/// [`compile_cached`] with `baked` in place of the site baked into the binary.
pub fn compile_over(
    source: &Source,
    opts: RenderOptions,
    dir: Option<&Path>,
    baked: Option<super::baked::Baked>,
) -> Result<(Site, Finish), crate::CompileError> {
    let key = super::key(source, &opts);
    let mut finish = Finish {
        key,
        dir: dir.map(Path::to_path_buf),
        source: source.clone(),
        opts,
        base: None,
        refresh: false,
        from_cache: false,
        baked: false,
        diagnostics: None,
    };
    if let Some(baked) = baked.filter(|b| b.matches(source, &finish.opts)) {
        finish.from_cache = true;
        if baked.today == finish.opts.today {
            // Nothing to cache: the next start finds it in the binary again.
            finish.dir = None;
            finish.baked = true;
            return Ok((baked.site, finish));
        }
        let base = share_assets(&baked.site);
        let day = dir.and_then(|d| super::load_over(d, &finish.key, Some(&base)));
        finish.base = Some(base);
        let site = match day {
            Some(site) => site,
            None => {
                finish.baked = true;
                finish.refresh = true;
                baked.site
            }
        };
        return Ok((site, finish));
    }
    if let Some(site) = dir.and_then(|d| super::load(d, &finish.key)) {
        finish.from_cache = true;
        return Ok((site, finish));
    }
    let (site, diags) = crate::compile(source, finish.opts.clone())?;
    finish.diagnostics = Some(diags);
    Ok((site, finish))
}

impl Finish {
    /// Completes the site `live` serves and caches it: on a later day than the baked site's,
    /// compiles today's and swaps it in (`runtime` adds the assets made per start,
    /// [`super::RUNTIME_ASSETS`]), every asset the date did not change taking the baked one's
    /// bytes and variants; then makes whatever variants are missing, gzip for every asset
    /// before brotli for any, and writes the cache after each of the two passes (a server
    /// stopped during brotli still leaves a gzip-complete cache). Errors writing the cache are
    /// logged, never fatal: the site is served either way.
    pub fn run(self, live: &Live, runtime: impl Fn(&mut Site)) {
        if self.refresh {
            match crate::compile(&self.source, self.opts.clone()) {
                Ok((mut today, _)) => {
                    if let Some(base) = &self.base {
                        reuse(&mut today, base);
                    }
                    runtime(&mut today);
                    live.store(Arc::new(today));
                }
                Err(e) => tracing::warn!("kept the built-in guide of an earlier day: {e}"),
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
        let Some(dir) = &self.dir else { return };
        let bytes = super::encode_over(site, self.base.as_ref());
        if let Err(e) = super::write(dir, &self.key, &bytes) {
            tracing::warn!(
                "could not write the cache in `{}` (the next start compiles again): {e}",
                dir.display()
            );
        }
    }
}

/// Puts `base`'s asset in place of each asset of `site` that has the same bytes.
fn reuse(site: &mut Site, base: &Site) {
    let same: Vec<(String, crate::site::Asset)> = site
        .iter()
        .filter_map(|(path, a)| {
            let b = base.get(path).filter(|b| super::same_asset(a, b))?;
            Some((path.to_string(), super::share(b)?))
        })
        .collect();
    for (path, a) in same {
        site.insert(path, a);
    }
}

/// A second site holding the same assets (their bytes shared, not copied), without the
/// per-start ones and the search.
fn share_assets(site: &Site) -> Site {
    let mut next = Site::new(site.locales.clone(), site.default_locale.clone());
    for (path, a) in site.iter() {
        if super::RUNTIME_ASSETS.contains(&path) {
            continue;
        }
        if let Some(copy) = super::share(a) {
            next.insert(path, copy);
        }
    }
    next
}
