//! A folder of bundles (a kiosk's folder, a USB stick): the newest valid one wins, and a newer
//! one dropped in later replaces what is served, never an older one.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::{BundleError, TrustedKey, Verified, Version};

/// What a scan of a folder found.
#[derive(Debug, Default)]
pub struct Scan {
    /// The newest valid bundle, if any.
    pub newest: Option<Verified>,
    /// Every bundle that was refused, with its reasons.
    pub refused: Vec<(PathBuf, Vec<BundleError>)>,
}

/// Every `*.paso` file in `dir`, in name order.
pub fn bundle_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "paso") && p.is_file())
        .collect();
    out.sort();
    Ok(out)
}

/// Checks every bundle in `dir`; the newest valid one that is not older than `floor`.
pub fn scan(dir: &Path, trusted: &[TrustedKey], floor: &Version) -> std::io::Result<Scan> {
    let mut scan = Scan::default();
    for path in bundle_files(dir)? {
        match super::open_file(&path, trusted) {
            Ok(b) if b.manifest.version() < *floor => {
                let e = BundleError::Older(b.manifest.content_version.clone(), floor.to_string());
                scan.refused.push((path, vec![e]));
            }
            Ok(b) => {
                let newer = scan
                    .newest
                    .as_ref()
                    .is_none_or(|n| b.manifest.version() > n.manifest.version());
                if newer {
                    scan.newest = Some(b);
                }
            }
            Err(e) => scan.refused.push((path, e)),
        }
    }
    Ok(scan)
}

/// Keeps the served guide at the newest genuine version seen: a bundle replaces it only when it
/// is strictly newer, and only once it compiled.
pub struct Follower<F> {
    dir: PathBuf,
    trusted: Vec<TrustedKey>,
    served: Mutex<Version>,
    install: F,
}

impl<F> Follower<F>
where
    F: Fn(Verified) -> Result<(), String> + Send + Sync + 'static,
{
    /// Follows `dir`; `served` is the version being served now. `install` compiles a bundle and
    /// swaps it in (or says why it could not).
    pub fn new(dir: PathBuf, trusted: Vec<TrustedKey>, served: Version, install: F) -> Arc<Self> {
        Arc::new(Follower {
            dir,
            trusted,
            served: Mutex::new(served),
            install,
        })
    }

    /// The version being served.
    pub fn served(&self) -> Version {
        self.served.lock().expect("not poisoned").clone()
    }

    /// Looks at the folder once; serves a newer valid bundle if there is one. Refused bundles
    /// and older versions are logged and ignored.
    pub fn check(&self) {
        let mut served = self.served.lock().expect("not poisoned");
        let scan = match scan(&self.dir, &self.trusted, &served) {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!("cannot read the bundle folder {}: {e}", self.dir.display());
                return;
            }
        };
        for (path, problems) in &scan.refused {
            for p in problems {
                tracing::warn!("ignored {}: {p}", path.display());
            }
        }
        let Some(b) = scan.newest.filter(|b| b.manifest.version() > *served) else {
            return;
        };
        let version = b.manifest.version();
        match (self.install)(b) {
            Ok(()) => {
                tracing::info!("now serving version {version}");
                *served = version;
            }
            Err(e) => tracing::warn!("version {version} was not served: {e}"),
        }
    }
}
