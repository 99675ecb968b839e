//! Stage 6b, export: write a [`Site`] to a folder. The new export is written next to the target
//! and renamed into place, so a failed build never leaves a half-written folder, and an
//! existing export stays untouched until the new one is complete.

use std::path::{Path, PathBuf};

use crate::site::Site;

/// The file that marks a folder as a Paso export (so `build` may replace it).
pub const MARKER: &str = ".paso-export";

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The target exists and is not an earlier export.
    #[error("refusing to replace `{}`: it is not empty and not a Paso export (no `{MARKER}` file); choose another folder or pass --force", .0.display())]
    NotAnExport(PathBuf),
    /// The target is a file.
    #[error("`{}` is a file, not a folder", .0.display())]
    NotADir(PathBuf),
    /// Any I/O failure.
    #[error("failed to write `{}`", .path.display())]
    Io {
        /// What was being written.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |source| ExportError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Writes `site` to `out`, replacing an earlier export there.
pub fn write(site: &Site, out: &Path, force: bool) -> Result<(), ExportError> {
    if out.exists() {
        if !out.is_dir() {
            return Err(ExportError::NotADir(out.to_owned()));
        }
        let empty = std::fs::read_dir(out).map_err(io(out))?.next().is_none();
        if !empty && !force && !out.join(MARKER).is_file() {
            return Err(ExportError::NotAnExport(out.to_owned()));
        }
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let name = out
        .file_name()
        .map_or("export".into(), |n| n.to_string_lossy().into_owned());
    let tmp = parent.join(format!(".{name}.paso-new-{}", std::process::id()));
    let old = parent.join(format!(".{name}.paso-old-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let result = write_all(site, &tmp);
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if out.exists() {
        std::fs::rename(out, &old).map_err(io(out))?;
        if let Err(e) = std::fs::rename(&tmp, out) {
            // Put the previous export back.
            let _ = std::fs::rename(&old, out);
            return Err(io(out)(e));
        }
        let _ = std::fs::remove_dir_all(&old);
    } else {
        std::fs::rename(&tmp, out).map_err(io(out))?;
    }
    Ok(())
}

fn write_all(site: &Site, dir: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    for (key, asset) in site.iter() {
        let path = dir.join(key);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p).map_err(io(p))?;
        }
        std::fs::write(&path, asset.body()).map_err(io(&path))?;
    }
    let marker = dir.join(MARKER);
    std::fs::write(&marker, "This folder was written by `paso build`.\n").map_err(io(&marker))
}
