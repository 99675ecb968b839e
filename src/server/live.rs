//! The site being served, swappable while the server runs.
//!
//! A [`Live`] handle is shared by every request and by whoever may replace the site (a newer
//! signed bundle, a preview rebuild). Each request takes one snapshot with [`Live::load`] and
//! answers from it alone, so a swap never mixes two versions in one answer and never waits for
//! a request to finish: requests already under way keep the old site until they are done.

use std::sync::Arc;

use arc_swap::ArcSwap;

use crate::site::Site;

/// A shared, atomically replaceable [`Site`].
#[derive(Debug, Clone)]
pub struct Live(Arc<ArcSwap<Site>>);

impl Live {
    /// Starts serving `site`.
    pub fn new(site: Arc<Site>) -> Live {
        Live(Arc::new(ArcSwap::new(site)))
    }

    /// The site as it is now; keep it for the whole request.
    pub fn load(&self) -> Arc<Site> {
        self.0.load_full()
    }

    /// Serves `site` from the next request on.
    pub fn store(&self, site: Arc<Site>) {
        self.0.store(site);
    }
}

impl From<Arc<Site>> for Live {
    fn from(site: Arc<Site>) -> Live {
        Live::new(site)
    }
}

impl From<Site> for Live {
    fn from(site: Site) -> Live {
        Live::new(Arc::new(site))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::{Asset, CachePolicy};

    fn site_with(body: &str) -> Site {
        let mut s = Site::default();
        s.insert(
            "a.txt",
            Asset::new(body, "text/plain", CachePolicy::Revalidate),
        );
        s
    }

    #[test]
    fn a_snapshot_outlives_a_swap() {
        let live = Live::from(site_with("one"));
        let before = live.load();
        live.clone().store(Arc::new(site_with("two")));
        assert_eq!(before.get("a.txt").unwrap().len(), 3);
        assert_ne!(
            before.get("a.txt").unwrap().etag,
            live.load().get("a.txt").unwrap().etag
        );
    }
}
