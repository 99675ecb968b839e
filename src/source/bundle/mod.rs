//! A signed bundle: one file (`guide-<version>.paso`) that carries a whole content set, a
//! manifest with the SHA-256 of every file, and a detached minisign signature over the
//! manifest. A bundle is used only when every rule holds; [`open`] returns every file or none.
//!
//! - [`archive`]: the tar + brotli file, read with limits
//! - [`manifest`]: what a bundle says about itself; version order
//! - [`keys`]: minisign keys, signing, verifying, key ids
//! - [`folder`]: the newest valid bundle in a folder

pub mod archive;
pub mod folder;
pub mod keys;
pub mod manifest;

use std::borrow::Cow;
use std::path::Path;

pub use archive::Limits;
pub use keys::TrustedKey;
pub use manifest::{Manifest, Version};

use super::{Source, SourceFile};

/// One broken rule, in one plain sentence.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    /// Reading the file failed.
    #[error("the bundle could not be read: {0}")]
    Io(String),
    /// The compressed file is over the limit.
    #[error("the bundle is {0} bytes, more than the {1} bytes a bundle may have")]
    TooLarge(u64, u64),
    /// Decompressing went over the total limit (a decompression bomb, or a huge guide).
    #[error(
        "the bundle unpacks to more than {0} bytes; it is refused as a possible decompression bomb"
    )]
    TotalTooLarge(u64),
    /// One file is over the per-file limit.
    #[error("the file `{0}` in the bundle is larger than the {1} bytes one file may have")]
    EntryTooLarge(String, u64),
    /// Too many entries.
    #[error("the bundle has more than {0} files")]
    TooManyEntries(usize),
    /// Not a readable archive (truncated, corrupted, not a bundle at all).
    #[error("the bundle is damaged or cut short and cannot be unpacked ({0})")]
    Damaged(String),
    /// An unsafe path.
    #[error(
        "the bundle has a file at an unsafe path `{0}` (only relative paths under content/, locales/ and static/ are allowed)"
    )]
    UnsafePath(String),
    /// A symbolic or hard link.
    #[error("the bundle has a link at `{0}`; bundles may hold only plain files")]
    Link(String),
    /// A device, folder entry or other special entry.
    #[error("the bundle has `{0}`, which is not a plain file")]
    NotAFile(String),
    /// The same path twice.
    #[error("the bundle has the file `{0}` twice")]
    Duplicate(String),
    /// No manifest.
    #[error("the bundle has no manifest.json, so it is not a Paso bundle")]
    NoManifest,
    /// No signature.
    #[error("the bundle is not signed (it has no manifest.json.minisig)")]
    NoSignature,
    /// The signature file is not a minisign signature.
    #[error("the bundle's signature file is not a minisign signature")]
    BadSignatureFile,
    /// No key to check against.
    #[error("the bundle is signed with key {0}, but no trusted key was given (use --trust)")]
    NoTrustedKey(String),
    /// Signed by a key that is not trusted.
    #[error("the bundle is signed with key {0}, which is not one of the trusted keys")]
    UntrustedKey(String),
    /// The signature does not match the manifest.
    #[error(
        "the signature by key {0} does not match the manifest: the manifest was changed after signing"
    )]
    BadSignature(String),
    /// The manifest does not parse or is of another format.
    #[error("the manifest is not valid: {0}")]
    BadManifest(String),
    /// Not a dotted-number version.
    #[error("the content version `{0}` is not dotted numbers such as 2026.11.1")]
    BadVersion(String),
    /// A file listed in the manifest is missing.
    #[error("the file `{0}` listed in the manifest is missing from the bundle")]
    Missing(String),
    /// A file is not listed in the manifest.
    #[error("the file `{0}` is in the bundle but not in the manifest")]
    Extra(String),
    /// A file's bytes do not match its hash.
    #[error("the file `{0}` does not match its hash in the manifest: it was changed")]
    Altered(String),
    /// Older than what is served.
    #[error(
        "the bundle's version {0} is older than version {1}, which is being served; Paso never goes back to an older version"
    )]
    Older(String, String),
}

/// Who vouches for a guide, as readers are told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    /// The publisher named in the signed manifest.
    pub publisher: String,
    /// The key id as minisign prints it.
    pub key_id: String,
}

/// A bundle whose every rule held.
#[derive(Debug, Clone)]
pub struct Verified {
    /// Its manifest.
    pub manifest: Manifest,
    /// Who signed it.
    pub signer: Signer,
    /// Its files, as a content set.
    pub source: Source,
    /// The bundle file's own bytes, offered on the share page for re-sharing.
    pub bytes: Vec<u8>,
}

impl Verified {
    /// `guide-<version>.paso`.
    pub fn file_name(&self) -> String {
        format!("guide-{}.paso", self.manifest.content_version)
    }
}

/// Checks a bundle against the trusted keys: every problem found, or the verified bundle.
pub fn open(bytes: Vec<u8>, trusted: &[TrustedKey]) -> Result<Verified, Vec<BundleError>> {
    let mut files = archive::read(&bytes, Limits::default()).map_err(|e| vec![e])?;
    let manifest_bytes = files
        .remove(manifest::MANIFEST)
        .ok_or(vec![BundleError::NoManifest])?;
    let sig = files.remove(manifest::SIGNATURE);
    let mut problems = Vec::new();
    let key_id = match &sig {
        None => {
            problems.push(BundleError::NoSignature);
            None
        }
        Some(sig) => keys::verify(&manifest_bytes, sig, trusted)
            .map_err(|e| problems.push(e))
            .ok(),
    };
    let manifest = match Manifest::parse(&manifest_bytes) {
        Ok(m) => m,
        Err(e) => {
            problems.push(e);
            return Err(problems);
        }
    };
    problems.extend(manifest.check_files(&files));
    match key_id {
        Some(key_id) if problems.is_empty() => {
            let source = Source {
                files: files
                    .into_iter()
                    .map(|(path, bytes)| {
                        let file = SourceFile {
                            display: format!("bundle:{path}"),
                            bytes: Cow::Owned(bytes),
                        };
                        (path, file)
                    })
                    .collect(),
            };
            Ok(Verified {
                signer: Signer {
                    publisher: manifest.publisher.clone(),
                    key_id,
                },
                manifest,
                source,
                bytes,
            })
        }
        _ => Err(problems),
    }
}

/// Reads and checks the bundle file at `path`.
pub fn open_file(path: &Path, trusted: &[TrustedKey]) -> Result<Verified, Vec<BundleError>> {
    let len = std::fs::metadata(path)
        .map_err(|e| vec![BundleError::Io(e.to_string())])?
        .len();
    let max = Limits::default().compressed;
    if len > max {
        return Err(vec![BundleError::TooLarge(len, max)]);
    }
    let bytes = std::fs::read(path).map_err(|e| vec![BundleError::Io(e.to_string())])?;
    open(bytes, trusted)
}

/// Packs `source` with its manifest and the manifest's signature into a bundle file.
pub fn pack(source: &Source, manifest: &[u8], signature: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut files: Vec<(&str, &[u8])> = vec![
        (manifest::MANIFEST, manifest),
        (manifest::SIGNATURE, signature),
    ];
    files.extend(source.files().map(|(p, f)| (p, &*f.bytes)));
    archive::write(&files)
}
