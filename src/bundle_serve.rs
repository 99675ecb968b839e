//! `paso serve` with bundles: which one to serve at start (never older than what was served
//! before), following a folder of bundles, and updates from `--update-url`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::Args;

use paso::render::RenderOptions;
use paso::source::bundle::folder::Follower;
use paso::source::bundle::state::{self, Kept};
use paso::source::bundle::update::{self, Outcome, Updater};
use paso::source::bundle::{TrustedKey, Verified, Version};

use crate::cli::{ContentArgs, ServeArgs};

/// Updates from the publisher's web address.
#[derive(Debug, Args)]
pub(crate) struct UpdateArgs {
    /// Check this address for a newer signed bundle (the .paso file the publisher replaces with
    /// each version) and serve it once it verified with a --trust key; it is also stored in the
    /// --bundle folder. Only https:// (plain http:// only to 127.x.x.x, for tests). Nothing
    /// about readers is sent. Off by default.
    #[arg(long, env = "PASO_UPDATE_URL", value_name = "HTTPS-URL", value_parser = parse_update_url)]
    pub(crate) update_url: Option<String>,
    /// How often to check --update-url: 30m, 6h, 1d (at least 10m).
    #[arg(long, env = "PASO_UPDATE_EVERY", value_name = "INTERVAL", default_value = "6h", value_parser = update::parse_interval, requires = "update_url")]
    pub(crate) update_every: Duration,
}

fn parse_update_url(s: &str) -> Result<String, String> {
    update::check_url(s).map_err(|e| e.to_string())?;
    Ok(s.to_string())
}

/// The record of the newest version served, for bundles and updates: in the cache folder.
pub(crate) fn kept(args: &ServeArgs, trusted: &[TrustedKey]) -> anyhow::Result<Option<Kept>> {
    if args.bundle.bundle.is_none() && args.update.update_url.is_none() {
        return Ok(None);
    }
    if args.update.update_url.is_some() && trusted.is_empty() {
        bail!(
            "--update-url needs the publisher's public key: give --trust PUBKEY (or PASO_TRUST) so downloads can be verified"
        );
    }
    let root = args.cache_dir.clone().or_else(paso::cache::default_dir);
    if root.is_none() {
        tracing::warn!(
            "no cache folder (set --cache-dir): the version served is not recorded, so a restart could serve an older bundle"
        );
    }
    Ok(root.map(|r| Kept::new(&r, trusted)))
}

/// The bundle to serve at start, and the version served (the floor when no bundle is).
pub(crate) fn start(
    args: &ServeArgs,
    trusted: &[TrustedKey],
    kept: Option<&Kept>,
) -> anyhow::Result<(Option<Verified>, Version)> {
    let given = args.bundle.bundle.as_deref();
    if given.is_none() && kept.is_none() {
        return Ok((None, crate::bundle_cli::baseline()));
    }
    let found =
        state::start(given, trusted, kept, crate::bundle_cli::baseline()).with_context(|| {
            match given {
                Some(p) => format!("failed to read `{}`", p.display()),
                None => "failed to read the kept copy of the guide".into(),
            }
        })?;
    for (p, problems) in &found.refused {
        for e in problems {
            tracing::warn!("ignored {}: {e}", p.display());
        }
    }
    match (given, found.chosen) {
        (Some(path), None) => bail!(
            "`{}` has no valid bundle of version {} or newer (see the warnings above); nothing was served",
            path.display(),
            found.floor
        ),
        (_, Some(b)) => {
            if let Some(k) = kept
                && let Err(e) = k.record(&b)
            {
                tracing::warn!("could not record the version served: {e}");
            }
            let v = b.manifest.version();
            Ok((Some(b), v))
        }
        (None, None) => Ok((None, found.floor)),
    }
}

/// A running follower (folder watch and update checks); drop it to stop watching.
pub(crate) struct Following {
    _watch: Option<paso::watch::Watcher>,
}

/// Follows the `--bundle` folder and `--update-url`, swapping newer valid bundles into `live`.
pub(crate) fn follow(
    args: &ServeArgs,
    served: Version,
    trusted: Vec<TrustedKey>,
    kept: Option<Kept>,
    live: &paso::server::Live,
    urls: &[String],
    opts: RenderOptions,
) -> anyhow::Result<Following> {
    let dir = args.bundle.bundle.clone().filter(|p| p.is_dir());
    if dir.is_none() && args.update.update_url.is_none() {
        return Ok(Following { _watch: None });
    }
    let install_urls = urls.to_vec();
    let wifi = (args.wifi_ssid.clone(), args.wifi_password.clone());
    let target = live.clone();
    let follower = Follower::new(dir.clone(), trusted, served, kept, move |b: &Verified| {
        let mut site = crate::compile(&ContentArgs::default(), Some(b), opts.clone())
            .map_err(|e| format!("{e:#}"))?;
        paso::server::add_share_codes(
            &mut site,
            &install_urls,
            wifi.0.as_deref(),
            wifi.1.as_deref(),
        )
        .map_err(|e| format!("{e:#}"))?;
        let site = Arc::new(site);
        target.store(site.clone());
        std::thread::spawn(move || site.precompress_and_pack());
        Ok(())
    });
    let watch = match &dir {
        Some(dir) => {
            let f = follower.clone();
            Some(paso::watch::watch(
                std::slice::from_ref(dir),
                Duration::from_millis(500),
                move || f.check(),
            )?)
        }
        None => None,
    };
    if let Some(url) = &args.update.update_url {
        let updater = Updater::new(url)?;
        let every = args.update.update_every;
        println!(
            "Checking {url} for a newer guide every {} minutes.",
            every.as_secs() / 60
        );
        std::thread::Builder::new()
            .name("paso-update".into())
            .spawn(move || update_loop(&updater, &follower, every))
            .context("failed to start the update thread")?;
    }
    Ok(Following { _watch: watch })
}

/// Checks at start, then every `every` (sooner again after a failure, e.g. while offline).
fn update_loop<F>(updater: &Updater, follower: &Follower<F>, every: Duration)
where
    F: Fn(&Verified) -> Result<(), String> + Send + Sync + 'static,
{
    let mut failing = false;
    loop {
        let wait = match follower.update_from(updater) {
            Ok(outcome) => {
                failing = false;
                match outcome {
                    Outcome::Served(v, stored) => {
                        let at = stored.map(|p: PathBuf| format!(", stored as {}", p.display()));
                        tracing::info!(
                            "updated to version {v} from {}{}",
                            updater.url(),
                            at.unwrap_or_default()
                        );
                    }
                    Outcome::NotNewer(v) => {
                        tracing::debug!("{} has version {v}, no newer", updater.url());
                    }
                    Outcome::Unchanged => tracing::debug!("{} is unchanged", updater.url()),
                }
                every
            }
            Err(e) => {
                // Offline is the normal state of many devices: say it once, not every time.
                if !failing {
                    tracing::warn!("update check: {e}");
                } else {
                    tracing::debug!("update check: {e}");
                }
                failing = true;
                every.min(update::RETRY)
            }
        };
        std::thread::sleep(wait);
    }
}
