//! The bundle file: a tar archive compressed with brotli. Reading it is the hostile part: the
//! reader trusts nothing the archive declares, enforces its own limits while it decompresses,
//! accepts only regular files with safe relative paths, and returns everything or nothing.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use super::BundleError;
use crate::source::ROOTS;

/// Limits a bundle must stay within. The shipped guide is well under 1/10 of each.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest bundle file accepted.
    pub compressed: u64,
    /// Most bytes the whole archive may decompress to.
    pub total: u64,
    /// Largest single file.
    pub entry: u64,
    /// Most entries.
    pub entries: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            compressed: 32 << 20,
            total: 128 << 20,
            entry: 16 << 20,
            entries: 20_000,
        }
    }
}

/// The files of an archive, by path, as read.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Whether `path` is a safe relative path inside the content set or the manifest itself.
pub fn check_path(path: &str) -> Result<(), BundleError> {
    let bad = || Err(BundleError::UnsafePath(path.to_string()));
    if path.is_empty()
        || path.starts_with('/')
        || path.contains('\\')
        || path.contains(':')
        || path.chars().any(char::is_control)
        || path.len() > 512
    {
        return bad();
    }
    if path
        .split('/')
        .any(|c| c.is_empty() || c == "." || c == "..")
    {
        return bad();
    }
    let root = path.split('/').next().unwrap_or_default();
    let top_level = !path.contains('/');
    if top_level {
        if path == super::manifest::MANIFEST || path == super::manifest::SIGNATURE {
            return Ok(());
        }
        return bad();
    }
    if !ROOTS.contains(&root) {
        return bad();
    }
    Ok(())
}

/// Writes `files` (manifest and signature first) as a brotli-compressed tar archive.
pub fn write(files: &[(&str, &[u8])]) -> std::io::Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    {
        let enc = brotli::CompressorWriter::with_params(&mut out, 64 << 10, &params);
        let mut tar = tar::Builder::new(enc);
        tar.mode(tar::HeaderMode::Deterministic);
        for (path, bytes) in files {
            let mut h = tar::Header::new_ustar();
            h.set_entry_type(tar::EntryType::Regular);
            h.set_size(bytes.len() as u64);
            h.set_mode(0o644);
            h.set_mtime(0);
            tar.append_data(&mut h, path, *bytes)?;
        }
        let mut enc = tar.into_inner()?;
        enc.flush()?;
    }
    Ok(out)
}

/// Counts what passes through and fails once more than `left` bytes were read.
struct Capped<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.left {
            return Err(std::io::Error::other("total limit"));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// Reads every file of a bundle, or fails on the first broken rule.
pub fn read(bytes: &[u8], limits: Limits) -> Result<Files, BundleError> {
    if bytes.len() as u64 > limits.compressed {
        return Err(BundleError::TooLarge(bytes.len() as u64, limits.compressed));
    }
    let capped = Capped {
        inner: brotli::Decompressor::new(bytes, 64 << 10),
        // One tar block of slack: the limit is on the files, not on tar's own headers.
        left: limits.total + (limits.entries as u64 + 4) * 1024,
    };
    let io = |e: std::io::Error| {
        if e.to_string().contains("total limit") {
            BundleError::TotalTooLarge(limits.total)
        } else {
            BundleError::Damaged(e.to_string())
        }
    };
    let mut archive = tar::Archive::new(capped);
    let mut files = Files::new();
    let mut total = 0u64;
    for entry in archive.entries().map_err(io)? {
        let entry = entry.map_err(io)?;
        let path = String::from_utf8(entry.path_bytes().into_owned())
            .map_err(|e| BundleError::UnsafePath(String::from_utf8_lossy(e.as_bytes()).into()))?;
        match entry.header().entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => {}
            tar::EntryType::Symlink | tar::EntryType::Link => {
                return Err(BundleError::Link(path));
            }
            _ => return Err(BundleError::NotAFile(path)),
        }
        check_path(&path)?;
        if files.len() >= limits.entries {
            return Err(BundleError::TooManyEntries(limits.entries));
        }
        let mut body = Vec::new();
        entry
            .take(limits.entry + 1)
            .read_to_end(&mut body)
            .map_err(io)?;
        if body.len() as u64 > limits.entry {
            return Err(BundleError::EntryTooLarge(path, limits.entry));
        }
        total += body.len() as u64;
        if total > limits.total {
            return Err(BundleError::TotalTooLarge(limits.total));
        }
        if files.insert(path.clone(), body).is_some() {
            return Err(BundleError::Duplicate(path));
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_must_be_safe_and_inside_the_content_set() {
        for ok in ["content/en/a.md", "static/style.css", "manifest.json"] {
            check_path(ok).unwrap();
        }
        for bad in [
            "../x",
            "/etc/passwd",
            "content/../x",
            "content//a",
            "content/./a",
            "other/a",
            "a.md",
            "content\\a",
            "C:/a",
            "",
        ] {
            assert!(check_path(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn round_trip_and_limits() {
        let data = write(&[("content/a.md", b"hello"), ("static/b", &[0u8; 5000])]).unwrap();
        let files = read(&data, Limits::default()).unwrap();
        assert_eq!(files["content/a.md"], b"hello");
        let small = Limits {
            entry: 4096,
            ..Limits::default()
        };
        assert!(matches!(
            read(&data, small),
            Err(BundleError::EntryTooLarge(..))
        ));
        assert!(read(&data[..data.len() / 2], Limits::default()).is_err());
    }
}
