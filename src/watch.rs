//! Watching folders for changes: one debounced callback after a burst of file events (a copy
//! to a USB stick writes a file in many steps). Shared by bundle folders and the preview.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher as _};

/// A running watch; drop it to stop.
pub struct Watcher {
    _inner: notify::RecommendedWatcher,
    _thread: std::thread::JoinHandle<()>,
}

impl std::fmt::Debug for Watcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Watcher")
    }
}

/// A folder could not be watched.
#[derive(Debug, thiserror::Error)]
#[error("cannot watch `{path}` for changes: {source}")]
pub struct WatchError {
    path: String,
    #[source]
    source: notify::Error,
}

/// Calls `on_change` once things have been quiet for `debounce` after any change under `paths`.
pub fn watch(
    paths: &[PathBuf],
    debounce: Duration,
    on_change: impl Fn() + Send + 'static,
) -> Result<Watcher, WatchError> {
    let (tx, rx) = mpsc::channel::<()>();
    let mut inner = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        if ev.is_ok_and(|e| !e.kind.is_access()) {
            let _ = tx.send(());
        }
    })
    .map_err(|source| WatchError {
        path: String::new(),
        source,
    })?;
    for path in paths {
        inner
            .watch(path, RecursiveMode::Recursive)
            .map_err(|source| WatchError {
                path: path.display().to_string(),
                source,
            })?;
    }
    // The thread ends when the watcher (and with it the sender) is dropped.
    let thread = std::thread::spawn(move || {
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
    });
    Ok(Watcher {
        _inner: inner,
        _thread: thread,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_burst_of_changes_calls_back() {
        let dir = tempfile::tempdir().unwrap();
        let n = Arc::new(AtomicUsize::new(0));
        let seen = n.clone();
        let w = watch(
            &[dir.path().to_owned()],
            Duration::from_millis(100),
            move || {
                seen.fetch_add(1, Ordering::SeqCst);
            },
        )
        .unwrap();
        for i in 0..5 {
            std::fs::write(dir.path().join(format!("{i}")), "x").unwrap();
        }
        let t = std::time::Instant::now();
        while n.load(Ordering::SeqCst) == 0 && t.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(n.load(Ordering::SeqCst) >= 1);
        drop(w);
    }
}
