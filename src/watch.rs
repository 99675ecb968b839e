//! A generic folder watcher: calls back once after a burst of changes has settled.
//!
//! Editors save a file as several events (write a temporary file, rename it over the old one,
//! touch its metadata); [`watch`] waits until `debounce` has passed without a new event, then
//! calls `on_change` once. Reads (access events) and hidden files (editor swap files, `.git`)
//! are ignored. Dropping the [`Watcher`] stops watching and ends the debounce thread.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher as _};

/// A running watch; drop it to stop.
pub struct Watcher {
    _inner: notify::RecommendedWatcher,
}

impl std::fmt::Debug for Watcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Watcher")
    }
}

/// Watching could not start.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// No path given exists.
    #[error("nothing to watch: none of the folders exists ({0})")]
    NothingToWatch(String),
    /// The operating system refused (e.g. too many inotify watches).
    #[error("failed to watch `{}`", path.display())]
    Notify {
        /// The folder.
        path: PathBuf,
        /// Why.
        #[source]
        source: notify::Error,
    },
}

/// Watches `paths` (folders recursively, or files) and calls `on_change` once per burst of
/// changes, `debounce` after the last one. Paths that do not exist are skipped; at least one
/// must exist.
pub fn watch(
    paths: &[PathBuf],
    debounce: Duration,
    on_change: impl Fn() + Send + 'static,
) -> Result<Watcher, WatchError> {
    let (tx, rx) = mpsc::channel::<()>();
    let mut inner = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(event) = res
            && is_change(&event)
        {
            // The receiver is gone only when the watcher is being dropped.
            let _ = tx.send(());
        }
    })
    .map_err(|source| WatchError::Notify {
        path: paths.first().cloned().unwrap_or_default(),
        source,
    })?;
    let mut watched = 0;
    for path in paths.iter().filter(|p| p.exists()) {
        inner
            .watch(path, RecursiveMode::Recursive)
            .map_err(|source| WatchError::Notify {
                path: path.clone(),
                source,
            })?;
        watched += 1;
    }
    if watched == 0 {
        let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(WatchError::NothingToWatch(list.join(", ")));
    }
    std::thread::Builder::new()
        .name("paso-watch".into())
        .spawn(move || {
            // Each outer receive is the first event of a burst; the inner loop waits for quiet.
            while rx.recv().is_ok() {
                loop {
                    match rx.recv_timeout(debounce) {
                        Ok(()) => continue,
                        Err(mpsc::RecvTimeoutError::Timeout) => break,
                        Err(mpsc::RecvTimeoutError::Disconnected) => return,
                    }
                }
                on_change();
            }
        })
        .expect("failed to start the watch thread");
    Ok(Watcher { _inner: inner })
}

/// Whether an event may change what is built: not a read, not a hidden file.
fn is_change(event: &notify::Event) -> bool {
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.is_empty() || event.paths.iter().any(|p| !is_hidden(p))
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') || n.ends_with('~'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn wait_for(count: &AtomicUsize, at_least: usize) -> usize {
        for _ in 0..200 {
            let n = count.load(Ordering::SeqCst);
            if n >= at_least {
                return n;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        count.load(Ordering::SeqCst)
    }

    #[test]
    fn a_burst_of_writes_is_one_call_and_drop_stops() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("content/en");
        std::fs::create_dir_all(&sub).unwrap();
        let count = Arc::new(AtomicUsize::new(0));
        let c = count.clone();
        let w = watch(
            &[dir.path().join("content"), dir.path().join("missing")],
            Duration::from_millis(150),
            move || {
                c.fetch_add(1, Ordering::SeqCst);
            },
        )
        .unwrap();
        // Five quick writes in a nested folder: one burst.
        for i in 0..5 {
            std::fs::write(sub.join("a.md"), format!("v{i}")).unwrap();
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(wait_for(&count, 1), 1);
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(count.load(Ordering::SeqCst), 1, "the burst was one change");
        // A hidden swap file is not a change.
        std::fs::write(sub.join(".a.md.swp"), "x").unwrap();
        std::thread::sleep(Duration::from_millis(400));
        assert_eq!(count.load(Ordering::SeqCst), 1, "hidden files are ignored");
        // A new file later is a second change.
        std::fs::write(sub.join("b.md"), "new").unwrap();
        assert_eq!(wait_for(&count, 2), 2);
        drop(w);
        std::thread::sleep(Duration::from_millis(50));
        std::fs::write(sub.join("c.md"), "after").unwrap();
        std::thread::sleep(Duration::from_millis(400));
        assert_eq!(count.load(Ordering::SeqCst), 2, "no call after drop");
    }

    #[test]
    fn nothing_to_watch_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = watch(&[dir.path().join("nope")], Duration::from_millis(10), || {}).unwrap_err();
        assert!(err.to_string().contains("nothing to watch"), "{err}");
    }
}
