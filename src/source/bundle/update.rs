//! Updates from a web address (`--update-url`): a kiosk asks a static host or CDN now and then
//! for the publisher's newest bundle, and serves it once it verified.
//!
//! The address is the bundle file itself (say `https://example.org/paso/guide.paso`, replaced
//! by each new version). Each check is one conditional GET (`If-None-Match` /
//! `If-Modified-Since`), so an unchanged guide costs a few hundred bytes. The request carries
//! nothing about readers: no query string, no cookie, a fixed `User-Agent: Paso/<version>`.
//! The download is size-capped and timed out, verified with the trusted keys before anything
//! else, refused when older than what is served, stored in the bundle folder (when there is
//! one, so it survives restarts and can be copied on) and swapped in like a bundle dropped
//! into the folder.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use super::folder::Follower;
use super::state::write_atomic;
use super::{BundleError, Limits, TrustedKey, Verified, Version};

/// The shortest interval between two checks.
pub const MIN_INTERVAL: Duration = Duration::from_secs(10 * 60);
/// After a failed check (offline, host down), the next one comes at most this much later.
pub const RETRY: Duration = Duration::from_secs(15 * 60);
/// The `User-Agent` of every request: the same on every device.
pub const USER_AGENT: &str = concat!("Paso/", env!("CARGO_PKG_VERSION"));

/// Why a check found nothing to serve.
#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    /// Not an address Paso fetches from.
    #[error(
        "the update address `{0}` is not accepted: give an https:// address without `?` or `#` (plain http:// only to 127.x.x.x, for tests)"
    )]
    BadUrl(String),
    /// The host could not be reached, or the transfer failed or took too long.
    #[error("could not fetch {0}: {1}")]
    Fetch(String, String),
    /// The host answered with an error.
    #[error("{0} answered HTTP {1}")]
    Status(String, u16),
    /// The download is over the bundle size limit.
    #[error("{0} is larger than the {1} bytes a bundle may have; it was not downloaded")]
    TooLarge(String, u64),
    /// The download is not a valid bundle; nothing was stored or served.
    #[error("the bundle at {url} was refused: {}", join(problems))]
    Refused {
        /// The address.
        url: String,
        /// Every broken rule.
        problems: Vec<BundleError>,
    },
    /// The download is older than what is served.
    #[error("the bundle at {0} was refused: {1}")]
    Older(String, BundleError),
    /// Verified and newer, but it could not be swapped in.
    #[error("version {0} from {1} was not served: {2}")]
    NotServed(String, String, String),
}

fn join(errors: &[BundleError]) -> String {
    let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
    list.join("; ")
}

/// What one check found.
#[derive(Debug)]
pub enum Outcome {
    /// The host says the file did not change since the last check.
    Unchanged,
    /// A valid bundle, but not newer than what is served.
    NotNewer(Version),
    /// A newer valid bundle, now served (and stored at the path, if there is a folder).
    Served(Version, Option<PathBuf>),
}

/// Whether `url` is one Paso fetches updates from: `https://HOST/...`, or `http://127.x.x.x`
/// (a loopback test server); never with a query string or fragment.
pub fn check_url(url: &str) -> Result<(), UpdateError> {
    let bad = || Err(UpdateError::BadUrl(url.to_string()));
    if url.contains(['?', '#']) || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return bad();
    }
    if let Some(rest) = url.strip_prefix("https://") {
        let host = rest.split('/').next().unwrap_or("");
        return if host.is_empty() || host.contains('@') {
            bad()
        } else {
            Ok(())
        };
    }
    if let Some(rest) = url.strip_prefix("http://") {
        let authority = rest.split('/').next().unwrap_or("");
        let host = authority.split(':').next().unwrap_or("");
        if let Ok(ip) = host.parse::<std::net::Ipv4Addr>()
            && ip.octets()[0] == 127
        {
            return Ok(());
        }
    }
    bad()
}

/// Parses an interval such as `6h`, `30m`, `1d` or `900s`; at least [`MIN_INTERVAL`].
pub fn parse_interval(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not an interval such as 6h, 30m or 1d"))?;
    let secs = match unit {
        "s" => n,
        "m" => n.saturating_mul(60),
        "h" | "" => n.saturating_mul(3600),
        "d" => n.saturating_mul(86_400),
        _ => return Err(format!("`{s}`: use s, m, h or d, as in 6h, 30m or 1d")),
    };
    let d = Duration::from_secs(secs);
    if d < MIN_INTERVAL {
        return Err(format!(
            "`{s}` is too often: check at most every {} minutes",
            MIN_INTERVAL.as_secs() / 60
        ));
    }
    Ok(d)
}

/// Fetches one address again and again, remembering the validators of the last good answer.
#[derive(Debug)]
pub struct Updater {
    url: String,
    agent: ureq::Agent,
    max_bytes: u64,
    /// (ETag, Last-Modified) of the last bundle that verified.
    validators: Mutex<(Option<String>, Option<String>)>,
}

impl Updater {
    /// An updater for `url` (see [`check_url`]).
    pub fn new(url: &str) -> Result<Updater, UpdateError> {
        check_url(url)?;
        let https = url.starts_with("https://");
        let mut config = ureq::Agent::config_builder()
            .user_agent(USER_AGENT)
            .http_status_as_error(false)
            .https_only(https)
            .timeout_connect(Some(Duration::from_secs(20)))
            .timeout_global(Some(Duration::from_secs(180)))
            .max_redirects(if https { 5 } else { 0 });
        if !https {
            // A loopback address is never sent through a proxy.
            config = config.proxy(None);
        }
        Ok(Updater {
            url: url.to_string(),
            agent: config.build().into(),
            max_bytes: Limits::default().compressed,
            validators: Mutex::new((None, None)),
        })
    }

    /// The address checked.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Downloads the bundle unless the host says it did not change; verifies it.
    pub fn fetch(&self, trusted: &[TrustedKey]) -> Result<Option<Verified>, UpdateError> {
        let fetch_err = |e: ureq::Error| UpdateError::Fetch(self.url.clone(), e.to_string());
        let mut req = self.agent.get(&self.url);
        {
            let v = self.validators.lock().expect("not poisoned");
            if let Some(etag) = &v.0 {
                req = req.header("If-None-Match", etag);
            }
            if let Some(date) = &v.1 {
                req = req.header("If-Modified-Since", date);
            }
        }
        let mut res = req.call().map_err(fetch_err)?;
        let status = res.status().as_u16();
        if status == 304 {
            return Ok(None);
        }
        if status != 200 {
            return Err(UpdateError::Status(self.url.clone(), status));
        }
        let header = |name: &str| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let validators = (header("etag"), header("last-modified"));
        let length = header("content-length").and_then(|l| l.parse::<u64>().ok());
        if length.is_some_and(|l| l > self.max_bytes) {
            return Err(UpdateError::TooLarge(self.url.clone(), self.max_bytes));
        }
        let bytes = res
            .body_mut()
            .with_config()
            .limit(self.max_bytes)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => {
                    UpdateError::TooLarge(self.url.clone(), self.max_bytes)
                }
                e => fetch_err(e),
            })?;
        let b = super::open(bytes, trusted).map_err(|problems| UpdateError::Refused {
            url: self.url.clone(),
            problems,
        })?;
        *self.validators.lock().expect("not poisoned") = validators;
        Ok(Some(b))
    }
}

impl<F> Follower<F>
where
    F: Fn(&Verified) -> Result<(), String> + Send + Sync + 'static,
{
    /// One check of `updater`: a newer verified bundle is stored in the followed folder (if
    /// any) and served.
    pub fn update_from(&self, updater: &Updater) -> Result<Outcome, UpdateError> {
        let Some(b) = updater.fetch(self.trusted())? else {
            return Ok(Outcome::Unchanged);
        };
        let version = b.manifest.version();
        let served = self.served();
        if version < served {
            let e = BundleError::Older(b.manifest.content_version.clone(), served.to_string());
            return Err(UpdateError::Older(updater.url.clone(), e));
        }
        if version == served {
            return Ok(Outcome::NotNewer(version));
        }
        let stored = match self.dir() {
            Some(dir) => match store(dir, &b) {
                Ok(p) => Some(p),
                Err(e) => {
                    tracing::warn!("could not store the update in {}: {e}", dir.display());
                    None
                }
            },
            None => None,
        };
        match self.offer(&b) {
            Ok(true) => Ok(Outcome::Served(version, stored)),
            Ok(false) => Ok(Outcome::NotNewer(version)),
            Err(e) => Err(UpdateError::NotServed(
                version.to_string(),
                updater.url.clone(),
                e,
            )),
        }
    }
}

/// Writes `b` into `dir` as `guide-<version>.paso` (atomically: a watcher sees a whole file).
pub fn store(dir: &Path, b: &Verified) -> std::io::Result<PathBuf> {
    let path = dir.join(b.file_name());
    write_atomic(&path, &b.bytes)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http_without_a_query() {
        for ok in [
            "https://example.org/paso/guide.paso",
            "https://example.org",
            "http://127.0.0.1:8123/guide.paso",
            "http://127.1.2.3/g.paso",
        ] {
            assert!(check_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://example.org/guide.paso",
            "http://localhost/guide.paso",
            "http://10.0.0.1/guide.paso",
            "http://[::1]/guide.paso",
            "https://example.org/guide.paso?reader=1",
            "https://example.org/guide.paso#x",
            "https://user@example.org/guide.paso",
            "https:///guide.paso",
            "ftp://example.org/guide.paso",
            "file:///tmp/guide.paso",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn intervals_have_units_and_a_minimum() {
        assert_eq!(parse_interval("6h").unwrap(), Duration::from_secs(6 * 3600));
        assert_eq!(parse_interval("30m").unwrap(), Duration::from_secs(1800));
        assert_eq!(parse_interval("1d").unwrap(), Duration::from_secs(86_400));
        assert_eq!(parse_interval("2").unwrap(), Duration::from_secs(7200));
        assert!(parse_interval("5m").unwrap_err().contains("too often"));
        assert!(parse_interval("59s").is_err());
        assert!(parse_interval("6x").is_err());
        assert!(parse_interval("h").is_err());
    }
}
