//! The bundle's manifest: who published which version, when, with what, and the SHA-256 of
//! every file. The signature covers exactly these bytes, so the manifest alone decides what a
//! bundle may contain.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::BundleError;
use crate::source::Source;

/// The file name of the manifest inside a bundle.
pub const MANIFEST: &str = "manifest.json";
/// The file name of its detached minisign signature (what `minisign -S -m manifest.json` writes).
pub const SIGNATURE: &str = "manifest.json.minisig";
/// The manifest format this Paso writes and reads.
pub const FORMAT: u32 = 1;

/// One file's expected size and hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Size in bytes.
    pub size: u64,
    /// Lowercase hex SHA-256.
    pub sha256: String,
}

/// What a bundle says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Manifest format; always [`FORMAT`].
    pub format: u32,
    /// Who publishes the guide (from `content/site.toml`).
    pub publisher: String,
    /// The guide's version, dotted numbers such as `2026.11.1`.
    pub content_version: String,
    /// When the bundle was made, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created: String,
    /// The Paso version that made it.
    pub paso_version: String,
    /// Every file, by its path in the content set.
    pub files: BTreeMap<String, FileEntry>,
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Manifest {
    /// The manifest of `source`, for `publisher`'s `version`, made at `created`.
    pub fn describe(source: &Source, publisher: &str, version: &str, created: &str) -> Manifest {
        let files = source
            .files()
            .map(|(path, f)| {
                let entry = FileEntry {
                    size: f.bytes.len() as u64,
                    sha256: sha256_hex(&f.bytes),
                };
                (path.to_string(), entry)
            })
            .collect();
        Manifest {
            format: FORMAT,
            publisher: publisher.to_string(),
            content_version: version.to_string(),
            created: created.to_string(),
            paso_version: env!("CARGO_PKG_VERSION").to_string(),
            files,
        }
    }

    /// The exact bytes that are signed and stored.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut s = serde_json::to_vec_pretty(self).expect("a manifest serializes");
        s.push(b'\n');
        s
    }

    /// Reads and checks a manifest's own fields (not yet the files).
    pub fn parse(bytes: &[u8]) -> Result<Manifest, BundleError> {
        let m: Manifest =
            serde_json::from_slice(bytes).map_err(|e| BundleError::BadManifest(e.to_string()))?;
        if m.format != FORMAT {
            return Err(BundleError::BadManifest(format!(
                "format {} is not the format {FORMAT} this Paso reads; use a newer Paso",
                m.format
            )));
        }
        Version::parse(&m.content_version)?;
        for path in m.files.keys() {
            super::archive::check_path(path)?;
        }
        Ok(m)
    }

    /// The content version, parsed.
    pub fn version(&self) -> Version {
        Version::parse(&self.content_version).expect("checked when parsed")
    }

    /// Every difference between the manifest and the files found, in one list.
    pub fn check_files(&self, files: &BTreeMap<String, Vec<u8>>) -> Vec<BundleError> {
        let mut problems = Vec::new();
        for (path, want) in &self.files {
            match files.get(path) {
                None => problems.push(BundleError::Missing(path.clone())),
                Some(bytes) => {
                    if bytes.len() as u64 != want.size || sha256_hex(bytes) != want.sha256 {
                        problems.push(BundleError::Altered(path.clone()));
                    }
                }
            }
        }
        for path in files.keys() {
            if !self.files.contains_key(path) {
                problems.push(BundleError::Extra(path.clone()));
            }
        }
        problems
    }
}

/// A content version: dotted numbers compared number by number (`2026.11.10` > `2026.11.9`).
#[derive(Debug, Clone)]
pub struct Version(Vec<u64>);

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Version {}

impl Version {
    /// Parses `2026.11.1`; anything but dotted numbers is refused.
    pub fn parse(s: &str) -> Result<Version, BundleError> {
        let parts: Option<Vec<u64>> = s
            .split('.')
            .map(|p| {
                (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| p.parse().ok())
                    .flatten()
            })
            .collect();
        match parts {
            Some(p) if !p.is_empty() => Ok(Version(p)),
            _ => Err(BundleError::BadVersion(s.to_string())),
        }
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        let n = self.0.len().max(other.0.len());
        let at = |v: &Version, i: usize| v.0.get(i).copied().unwrap_or(0);
        (0..n)
            .map(|i| at(self, i).cmp(&at(other, i)))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(u64::to_string).collect();
        f.write_str(&parts.join("."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_as_numbers() {
        let v = |s| Version::parse(s).unwrap();
        assert!(v("2026.11.10") > v("2026.11.9"));
        assert!(v("2027.1") > v("2026.12.31"));
        assert_eq!(v("2026.11"), v("2026.11.0"));
        assert!(Version::parse("2026.x").is_err());
        assert!(Version::parse("").is_err());
        assert!(Version::parse("1..2").is_err());
        assert!(Version::parse("+1").is_err());
    }

    #[test]
    fn manifest_round_trips_and_finds_every_difference() {
        let src = Source::from_memory([("content/a.md", "a"), ("content/b.md", "b")]);
        let m = Manifest::describe(&src, "Org", "1.2", "2026-01-01T00:00:00Z");
        assert_eq!(Manifest::parse(&m.to_bytes()).unwrap(), m);
        let mut files = BTreeMap::new();
        files.insert("content/a.md".to_string(), b"A".to_vec());
        files.insert("content/c.md".to_string(), b"c".to_vec());
        let problems: Vec<String> = m
            .check_files(&files)
            .iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
    }
}
