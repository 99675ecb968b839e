//! A folder of bundles (a kiosk's folder, a USB stick): the newest valid one wins, and a newer
//! one dropped in later replaces what is served, never an older one.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::state::Kept;
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
/// is strictly newer, and only once it compiled. Bundles come from a watched folder
/// ([`Follower::check`]) or from anywhere else, such as a download ([`Follower::offer`]).
pub struct Follower<F> {
    dir: Option<PathBuf>,
    trusted: Vec<TrustedKey>,
    served: Mutex<Version>,
    kept: Option<Kept>,
    install: F,
}

impl<F> Follower<F>
where
    F: Fn(&Verified) -> Result<(), String> + Send + Sync + 'static,
{
    /// Follows the folder `dir` (if any); `served` is the version being served now. `install`
    /// compiles a bundle and swaps it in (or says why it could not). Each version served is
    /// recorded in `kept`, so that a restart never goes back.
    pub fn new(
        dir: Option<PathBuf>,
        trusted: Vec<TrustedKey>,
        served: Version,
        kept: Option<Kept>,
        install: F,
    ) -> Arc<Self> {
        Arc::new(Follower {
            dir,
            trusted,
            served: Mutex::new(served),
            kept,
            install,
        })
    }

    /// The version being served.
    pub fn served(&self) -> Version {
        self.served.lock().expect("not poisoned").clone()
    }

    /// The keys bundles must be signed with.
    pub fn trusted(&self) -> &[TrustedKey] {
        &self.trusted
    }

    /// The folder followed, if any.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Looks at the folder once; serves a newer valid bundle if there is one. Refused bundles
    /// and older versions are logged and ignored.
    pub fn check(&self) {
        let Some(dir) = &self.dir else { return };
        // Holding the lock from scan to swap: a download offered meanwhile waits its turn.
        let mut served = self.served.lock().expect("not poisoned");
        let scan = match scan(dir, &self.trusted, &served) {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!("cannot read the bundle folder {}: {e}", dir.display());
                return;
            }
        };
        for (path, problems) in &scan.refused {
            for p in problems {
                tracing::warn!("ignored {}: {p}", path.display());
            }
        }
        if let Some(b) = scan.newest {
            let _ = self.install_if_newer(&mut served, &b);
        }
    }

    /// Serves `b` if it is newer than what is served. `Ok(true)` when it was swapped in,
    /// `Ok(false)` when it is not newer; an error when it is older or did not compile.
    pub fn offer(&self, b: &Verified) -> Result<bool, String> {
        let mut served = self.served.lock().expect("not poisoned");
        if b.manifest.version() < *served {
            let e = BundleError::Older(b.manifest.content_version.clone(), served.to_string());
            return Err(e.to_string());
        }
        self.install_if_newer(&mut served, b)
    }

    fn install_if_newer(&self, served: &mut Version, b: &Verified) -> Result<bool, String> {
        let version = b.manifest.version();
        if version <= *served {
            return Ok(false);
        }
        match (self.install)(b) {
            Ok(()) => {
                tracing::info!("now serving version {version}");
                *served = version;
                if let Some(k) = &self.kept
                    && let Err(e) = k.record(b)
                {
                    tracing::warn!(
                        "could not record version {} in {}: {e}",
                        b.manifest.content_version,
                        k.dir().display()
                    );
                }
                Ok(true)
            }
            Err(e) => {
                tracing::warn!("version {version} was not served: {e}");
                Err(e)
            }
        }
    }
}
