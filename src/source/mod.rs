//! Where the content's bytes come from: the set embedded in the binary, a folder on disk laid
//! over it, or (in tests) files in memory. The rest of the pipeline sees only a sorted map from
//! a relative path (`content/en/about.md`) to bytes, so it never touches the filesystem.
//!
//! An organization adds its own contacts or articles by laying a folder over the embedded
//! guide (`--content DIR`): a file in `DIR` replaces the embedded file with the same relative
//! path, and new files are added. That way the organization keeps every update of the guide
//! that ships with the binary and only maintains what is its own. `--content-only` replaces
//! the embedded set instead, for a completely different guide.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[cfg(not(paso_bake))]
use rust_embed::Embed;

pub mod bundle;

#[cfg(not(paso_bake))]
#[derive(Embed)]
#[folder = "content/"]
#[prefix = "content/"]
struct EmbeddedContent;

#[cfg(not(paso_bake))]
#[derive(Embed)]
#[folder = "locales/"]
#[prefix = "locales/"]
struct EmbeddedLocales;

#[cfg(not(paso_bake))]
#[derive(Embed)]
#[folder = "static/"]
#[prefix = "static/"]
struct EmbeddedStatic;

/// The top-level folders a content set is made of.
pub const ROOTS: [&str; 3] = ["content", "locales", "static"];

/// One input file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path shown in diagnostics: relative for embedded files, as given for disk files.
    pub display: String,
    /// The file's bytes.
    pub bytes: Cow<'static, [u8]>,
}

/// A failure to read a content folder.
#[derive(Debug, thiserror::Error)]
#[error("failed to read `{}`", path.display())]
pub struct SourceError {
    path: PathBuf,
    #[source]
    source: std::io::Error,
}

/// All input files, keyed by their path relative to the content set's root.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub(crate) files: BTreeMap<String, SourceFile>,
}

impl Source {
    /// The content set compiled into this binary (none in the build-time bake, which reads
    /// the folders with [`Source::from_dir`]).
    #[cfg(paso_bake)]
    pub fn embedded() -> Source {
        Source::default()
    }

    /// The content set compiled into this binary.
    #[cfg(not(paso_bake))]
    pub fn embedded() -> Source {
        let mut files = BTreeMap::new();
        let all = EmbeddedContent::iter()
            .map(|p| (p.clone(), EmbeddedContent::get(&p)))
            .chain(EmbeddedLocales::iter().map(|p| (p.clone(), EmbeddedLocales::get(&p))))
            .chain(EmbeddedStatic::iter().map(|p| (p.clone(), EmbeddedStatic::get(&p))));
        for (path, file) in all {
            if let Some(file) = file {
                let path = path.into_owned();
                files.insert(
                    path.clone(),
                    SourceFile {
                        display: path,
                        bytes: file.data,
                    },
                );
            }
        }
        Source { files }
    }

    /// Files held in memory, for tests and tools.
    pub fn from_memory<P: Into<String>, B: Into<Vec<u8>>>(
        files: impl IntoIterator<Item = (P, B)>,
    ) -> Source {
        let files = files
            .into_iter()
            .map(|(p, b)| {
                let p = p.into();
                let file = SourceFile {
                    display: p.clone(),
                    bytes: Cow::Owned(b.into()),
                };
                (p, file)
            })
            .collect();
        Source { files }
    }

    /// Only the files under `dir` (its `content/`, `locales/` and `static/` folders).
    pub fn from_dir(dir: &Path) -> Result<Source, SourceError> {
        let mut source = Source::default();
        for root in ROOTS {
            let base = dir.join(root);
            if base.is_dir() {
                walk(&base, root, &mut source.files)?;
            }
        }
        // A `local.toml` next to `content/` is a common slip; it is kept so the check can
        // say where it belongs (nothing else outside the three folders is read).
        let stray = dir.join("local.toml");
        if stray.is_file() {
            let bytes = std::fs::read(&stray).map_err(|source| SourceError {
                path: stray.clone(),
                source,
            })?;
            source.files.insert(
                "local.toml".into(),
                SourceFile {
                    display: stray.display().to_string(),
                    bytes: Cow::Owned(bytes),
                },
            );
        }
        Ok(source)
    }

    /// This set with the files under `dir` laid over it (a file in `dir` wins).
    pub fn overlaid_with(mut self, dir: &Path) -> Result<Source, SourceError> {
        let top = Source::from_dir(dir)?;
        self.files.extend(top.files);
        Ok(self)
    }

    /// Keeps only the files whose relative path passes `keep`.
    pub fn retain(mut self, keep: impl Fn(&str) -> bool) -> Source {
        self.files.retain(|path, _| keep(path));
        self
    }

    /// Every file, in path order.
    pub fn files(&self) -> impl Iterator<Item = (&str, &SourceFile)> {
        self.files.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// One file by its relative path.
    pub fn get(&self, path: &str) -> Option<&SourceFile> {
        self.files.get(path)
    }

    /// Whether the set has no file at all.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Collects regular files below `dir`, skipping hidden entries (editor swap files, `.git`).
fn walk(dir: &Path, rel: &str, out: &mut BTreeMap<String, SourceFile>) -> Result<(), SourceError> {
    let err = |source| SourceError {
        path: dir.to_owned(),
        source,
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(err)?
        .collect::<Result<_, _>>()
        .map_err(err)?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let rel = format!("{rel}/{name}");
        if path.is_dir() {
            walk(&path, &rel, out)?;
        } else if path.is_file() {
            let bytes = std::fs::read(&path).map_err(|source| SourceError {
                path: path.clone(),
                source,
            })?;
            let file = SourceFile {
                display: path.display().to_string(),
                bytes: Cow::Owned(bytes),
            };
            out.insert(rel, file);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_set_has_site_settings_and_ui_strings() {
        let s = Source::embedded();
        assert!(s.get("content/site.toml").is_some());
        assert!(s.get("locales/en/main.ftl").is_some());
        assert!(s.get("static/style.css").is_some());
    }

    #[test]
    fn overlay_replaces_and_adds() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/en")).unwrap();
        std::fs::write(dir.path().join("content/local.toml"), "x").unwrap();
        std::fs::write(dir.path().join("content/en/.swp"), "hidden").unwrap();
        let base = Source::from_memory([("content/local.toml", "old"), ("content/site.toml", "s")]);
        let s = base.overlaid_with(dir.path()).unwrap();
        assert_eq!(&*s.get("content/local.toml").unwrap().bytes, b"x");
        assert!(s.get("content/site.toml").is_some());
        assert!(s.get("content/en/.swp").is_none());
        assert!(
            s.get("content/local.toml")
                .unwrap()
                .display
                .ends_with("content/local.toml")
        );
    }
}
