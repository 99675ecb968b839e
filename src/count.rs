//! Counts that reveal no one (`paso serve --count`): how many pages were served, per day, per
//! language, per page. A [`Key`] is all that is ever kept — no address, no time finer than a
//! day, no order of pages, no identifier of a reader — and the table is sorted by key, so not
//! even the order of arrival survives. Counts under [`THRESHOLD`] are shown as "fewer than 5".
//!
//! The table lives in memory and, with `--count-file`, in one small CSV file
//! (`day,language,page,count`) that is replaced atomically (write a temporary file beside it,
//! then rename) every minute when something changed and at shutdown.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::date::Date;

/// Counts below this are shown as "fewer than 5".
pub const THRESHOLD: u64 = 5;

/// Most distinct keys kept: bounds memory and the file (a year of 7 languages × 100 pages is
/// about 255,000). Past it, new keys are not counted; existing ones still are.
pub const MAX_KEYS: usize = 500_000;

/// The only things a count is kept under.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// The day, UTC.
    pub day: Date,
    /// The page's language (`-` for the language choice).
    pub language: String,
    /// The page within its language, e.g. `photo-opt-out/`.
    pub page: String,
}

/// Errors reading or writing the count file.
#[derive(Debug, thiserror::Error)]
pub enum CountError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A line is not `day,language,page,count`.
    #[error(
        "{path}:{line}: not a count line (want day,language,page,count); fix or delete the line"
    )]
    Malformed {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
    },
}

/// The table of counts, shared by every request.
#[derive(Debug, Default)]
pub struct Counter {
    table: Mutex<BTreeMap<Key, u64>>,
    dirty: std::sync::atomic::AtomicBool,
}

impl Counter {
    /// An empty table.
    pub fn new() -> Counter {
        Counter::default()
    }

    /// A table starting from the counts in `path` (empty if the file does not exist yet).
    pub fn load(path: &Path) -> Result<Counter, CountError> {
        let c = Counter::new();
        *c.table.lock().expect("not poisoned") = read(path)?;
        Ok(c)
    }

    /// Counts one page served on `day`.
    pub fn add(&self, day: Date, language: &str, page: &str) {
        let key = Key {
            day,
            language: language.to_string(),
            page: page.to_string(),
        };
        let mut t = self.table.lock().expect("not poisoned");
        if let Some(n) = t.get_mut(&key) {
            *n += 1;
        } else if t.len() < MAX_KEYS {
            t.insert(key, 1);
        } else {
            return;
        }
        self.dirty.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// A copy of the whole table.
    pub fn snapshot(&self) -> BTreeMap<Key, u64> {
        self.table.lock().expect("not poisoned").clone()
    }

    /// Writes the table to `path` if it changed since the last write.
    pub fn save_if_changed(&self, path: &Path) -> Result<(), CountError> {
        if self.dirty.swap(false, std::sync::atomic::Ordering::Relaxed)
            && let Err(e) = write(path, &self.snapshot())
        {
            self.dirty.store(true, std::sync::atomic::Ordering::Relaxed);
            return Err(e);
        }
        Ok(())
    }
}

/// Reads a count file; a missing file is an empty table.
pub fn read(path: &Path) -> Result<BTreeMap<Key, u64>, CountError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(source) => {
            return Err(CountError::Io {
                path: path.into(),
                source,
            });
        }
    };
    let mut table = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if i == 0 && line == HEADER || line.is_empty() {
            continue;
        }
        let bad = || CountError::Malformed {
            path: path.into(),
            line: i + 1,
        };
        let mut f = line.split(',');
        let (Some(day), Some(language), Some(page), Some(n), None) =
            (f.next(), f.next(), f.next(), f.next(), f.next())
        else {
            return Err(bad());
        };
        let day = Date::parse(day).ok_or_else(bad)?;
        let n: u64 = n.parse().map_err(|_| bad())?;
        let key = Key {
            day,
            language: language.to_string(),
            page: page.to_string(),
        };
        *table.entry(key).or_insert(0) += n;
    }
    Ok(table)
}

const HEADER: &str = "day,language,page,count";

/// Exact counts, one `day,language,page,count` line each, for the file.
pub fn to_file_csv(table: &BTreeMap<Key, u64>) -> String {
    let mut s = format!("{HEADER}\n");
    for (k, n) in table {
        let _ = writeln!(s, "{},{},{},{n}", k.day, k.language, k.page);
    }
    s
}

/// Writes `table` to `path` atomically: a reader sees the old file or the new one, never half.
pub fn write(path: &Path, table: &BTreeMap<Key, u64>) -> Result<(), CountError> {
    let io = |source| CountError::Io {
        path: path.into(),
        source,
    };
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, to_file_csv(table)).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}

/// A count as shown to people: the number, or "fewer than 5".
pub fn shown(n: u64) -> String {
    if n < THRESHOLD {
        format!("fewer than {THRESHOLD}")
    } else {
        n.to_string()
    }
}

/// The table for people: one line per day, language and page, counts under 5 hidden.
pub fn to_text(table: &BTreeMap<Key, u64>) -> String {
    if table.is_empty() {
        return "no pages counted yet\n".into();
    }
    let mut s = String::new();
    let total: u64 = table.values().sum();
    for (k, n) in table {
        let _ = writeln!(
            s,
            "{}  {:<8} {:<40} {}",
            k.day,
            k.language,
            k.page,
            shown(*n)
        );
    }
    let _ = writeln!(s, "total pages served: {}", shown(total));
    s
}

/// The table as CSV for a spreadsheet, counts under 5 shown as "fewer than 5".
pub fn to_csv(table: &BTreeMap<Key, u64>) -> String {
    let mut s = format!("{HEADER}\n");
    for (k, n) in table {
        let _ = writeln!(s, "{},{},{},{}", k.day, k.language, k.page, shown(*n));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_round_trip_and_hide_small_numbers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("counts.csv");
        let c = Counter::new();
        let day = Date::new(2026, 12, 5).unwrap();
        for _ in 0..7 {
            c.add(day, "es", "photo-opt-out/");
        }
        c.add(day, "en", "");
        c.save_if_changed(&path).unwrap();
        let back = Counter::load(&path).unwrap().snapshot();
        assert_eq!(back, c.snapshot());
        let csv = to_csv(&back);
        assert!(csv.contains("2026-12-05,es,photo-opt-out/,7\n"), "{csv}");
        assert!(csv.contains("2026-12-05,en,,fewer than 5\n"), "{csv}");
        assert!(!dir.path().join("counts.tmp").exists());
        std::fs::write(&path, "day,language,page,count\n2026-12-05,es,x\n").unwrap();
        let err = Counter::load(&path).unwrap_err().to_string();
        assert!(
            err.ends_with(
                ":2: not a count line (want day,language,page,count); fix or delete the line"
            ),
            "{err}"
        );
    }
}
