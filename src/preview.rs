//! The rebuild loop of `paso preview`: read the content, compile it, and either swap the
//! served site ([`Live::store`]) or keep the last good one and publish the problems. The HTTP
//! side (reload stream, problems panel) is in [`crate::server::preview`].

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::diag::Diagnostic;
use crate::render::RenderOptions;
use crate::server::Live;
use crate::server::preview::{Problems, Status};
use crate::site::Site;
use crate::source::Source;

/// How long the watcher waits for an editor to finish saving before rebuilding.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// Reads the content again (from disk) for each rebuild.
pub type Reader = dyn Fn() -> Result<Source, String> + Send + Sync;

/// Called on each good site before it is served (e.g. to add the share page's QR codes).
pub type Finish = dyn Fn(&mut Site) + Send + Sync;

/// One preview: what it reads, how it renders, where it publishes.
pub struct Session {
    /// The served site.
    pub live: Live,
    /// Build number and problems, for the preview routes.
    pub status: Arc<Status>,
    read: Box<Reader>,
    opts: RenderOptions,
    finish: Box<Finish>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

/// What one rebuild did.
#[derive(Debug)]
pub struct Outcome {
    /// Whether the new site is being served (false: the last good one is kept).
    pub ok: bool,
    /// Errors and warnings found.
    pub diagnostics: Vec<Diagnostic>,
    /// Time from reading the files to the new site (or the problems) being published.
    pub elapsed: Duration,
}

impl Session {
    /// Builds once. If that fails and there is a `fallback` (the built-in guide), the
    /// fallback is served with the problems on every page until a save fixes them; without
    /// one, the problems are returned.
    pub fn start(
        read: Box<Reader>,
        opts: RenderOptions,
        finish: Box<Finish>,
        fallback: Option<Source>,
    ) -> Result<Session, Vec<Diagnostic>> {
        let first = read()
            .map_err(|e| vec![read_error(e)])
            .and_then(|source| compile(&source, &opts));
        let (mut site, catalog, diagnostics) = match (first, fallback) {
            (Ok((site, catalog)), _) => (site, catalog, Vec::new()),
            (Err(problems), Some(fallback)) => {
                let (site, catalog) = compile(&fallback, &opts)?;
                (site, catalog, problems)
            }
            (Err(problems), None) => return Err(problems),
        };
        finish(&mut site);
        let status = Arc::new(Status::default());
        status.rebuilt(Problems {
            diagnostics,
            catalog: Some(Arc::new(catalog)),
        });
        Ok(Session {
            live: Live::new(Arc::new(site)),
            status,
            read,
            opts,
            finish,
        })
    }

    /// Reads and compiles again; serves the new site if it has no error, else keeps the last
    /// good one and shows the problems. Every open page reloads either way.
    pub fn rebuild(&self) -> Outcome {
        let started = Instant::now();
        let last_catalog = self.status.problems().catalog.clone();
        let (ok, diagnostics, catalog) = match (self.read)()
            .map_err(|e| vec![read_error(e)])
            .and_then(|source| compile(&source, &self.opts))
        {
            Ok((mut site, catalog)) => {
                (self.finish)(&mut site);
                self.live.store(Arc::new(site));
                (true, Vec::new(), Some(Arc::new(catalog)))
            }
            Err(list) => (false, list, last_catalog),
        };
        self.status.rebuilt(Problems {
            diagnostics: diagnostics.clone(),
            catalog,
        });
        Outcome {
            ok,
            diagnostics,
            elapsed: started.elapsed(),
        }
    }
}

fn compile(
    source: &Source,
    opts: &RenderOptions,
) -> Result<(Site, crate::localize::Catalog), Vec<Diagnostic>> {
    crate::compile_with_catalog(source, opts.clone())
        .map(|(site, _, catalog)| (site, catalog))
        .map_err(|e| e.diagnostics.sorted().into_iter().cloned().collect())
}

fn read_error(message: String) -> Diagnostic {
    Diagnostic {
        severity: crate::diag::Severity::Error,
        path: "--content".into(),
        line: None,
        message,
    }
}
