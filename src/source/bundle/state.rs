//! No going back, even across restarts: the highest version ever served is written down, with
//! a copy of its bundle, so that a restart never serves an older guide (an old USB stick put
//! back, a stale download) and can always serve the newest genuine one it had.
//!
//! The state lives in its own folder per set of trusted keys (`served-<hash>/` in the cache
//! folder): `version` (one line) and `guide.paso` (the bundle). Both are replaced atomically.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{BundleError, TrustedKey, Verified, Version, folder};

/// The record of what was served for one set of trusted keys.
#[derive(Debug, Clone)]
pub struct Kept {
    dir: PathBuf,
}

impl Kept {
    /// The record under `root` for the deployment that trusts `trusted`.
    pub fn new(root: &Path, trusted: &[TrustedKey]) -> Kept {
        let mut ids: Vec<&str> = trusted.iter().map(|k| k.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        let hash = Sha256::digest(ids.join(",").as_bytes());
        let short: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
        Kept {
            dir: root.join(format!("served-{short}")),
        }
    }

    /// The folder the record is in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The copy of the newest bundle served.
    pub fn bundle_path(&self) -> PathBuf {
        self.dir.join("guide.paso")
    }

    /// The highest version served so far, if one was recorded.
    pub fn floor(&self) -> Option<Version> {
        let text = std::fs::read_to_string(self.dir.join("version")).ok()?;
        Version::parse(text.trim()).ok()
    }

    /// Records `b` as served: its bundle, then its version (never lowers the recorded version).
    pub fn record(&self, b: &Verified) -> std::io::Result<()> {
        let v = b.manifest.version();
        if self.floor().is_some_and(|f| f >= v) {
            return Ok(());
        }
        std::fs::create_dir_all(&self.dir)?;
        write_atomic(&self.bundle_path(), &b.bytes)?;
        write_atomic(&self.dir.join("version"), format!("{v}\n").as_bytes())
    }
}

/// Writes `bytes` to a hidden temporary file next to `path`, then renames it over `path`, so a
/// reader (or a folder watcher) never sees half a file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = path.with_file_name(format!(".{name}.part"));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// What to serve at start.
#[derive(Debug)]
pub struct Start {
    /// The newest valid bundle not older than the floor, if any.
    pub chosen: Option<Verified>,
    /// Every bundle refused, with its reasons.
    pub refused: Vec<(PathBuf, Vec<BundleError>)>,
    /// The lowest version that may be served: the built-in guide's, or the highest served.
    pub floor: Version,
}

/// Picks the guide to serve at start from the bundle `given` (a file or a folder of bundles)
/// and the kept copy of the newest one served before: the newest valid one, never one older
/// than `baseline` (the built-in guide) or than what was served before.
pub fn start(
    given: Option<&Path>,
    trusted: &[TrustedKey],
    kept: Option<&Kept>,
    baseline: Version,
) -> std::io::Result<Start> {
    let floor = match kept.and_then(Kept::floor) {
        Some(f) if f > baseline => f,
        _ => baseline,
    };
    let mut start = Start {
        chosen: None,
        refused: Vec::new(),
        floor: floor.clone(),
    };
    let mut consider = |path: PathBuf, found: Result<Verified, Vec<BundleError>>| match found {
        Ok(b) if b.manifest.version() < floor => {
            let e = BundleError::Older(b.manifest.content_version.clone(), floor.to_string());
            start.refused.push((path, vec![e]));
        }
        Ok(b) => {
            let newer = start
                .chosen
                .as_ref()
                .is_none_or(|c| b.manifest.version() > c.manifest.version());
            if newer {
                start.chosen = Some(b);
            }
        }
        Err(e) => start.refused.push((path, e)),
    };
    match given {
        Some(dir) if dir.is_dir() => {
            for path in folder::bundle_files(dir)? {
                let found = super::open_file(&path, trusted);
                consider(path, found);
            }
        }
        Some(file) => consider(file.to_owned(), super::open_file(file, trusted)),
        None => {}
    }
    if let Some(k) = kept {
        let path = k.bundle_path();
        if path.is_file() {
            let found = super::open_file(&path, trusted);
            consider(path, found);
        }
    }
    Ok(start)
}
