//! The command line, as typed by a person or a kiosk's service file. Every flag an operator may
//! set also reads an environment variable.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Paso: an offline guide to your rights at the US land border.
#[derive(Debug, Parser)]
#[command(name = "paso", version, about, long_about = None)]
pub(crate) struct Cli {
    /// More log output (-v: debug). Nothing about readers is ever logged.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub(crate) verbose: u8,
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Serve the guide from memory.
    Serve(ServeArgs),
    /// Write the guide as a static folder that works from any web host and from file://.
    Build(BuildArgs),
    /// Check the content and report every problem with its file and line.
    Check(CheckArgs),
    /// Serve the content folder while you edit it: every save rebuilds, open pages reload, and
    /// mistakes show on the page.
    Preview(PreviewArgs),
    /// Start a new English article: `paso new SLUG --title "..."`.
    New(NewArgs),
    /// Start a translation of an article: `paso translate es SLUG`.
    Translate(TranslateArgs),
    /// Make a minisign key pair for signing bundles (NAME.pub, NAME.key).
    Keygen(crate::bundle_cli::KeygenArgs),
    /// Pack and sign the content as one bundle file after checking it.
    Bundle(crate::bundle_cli::BundleArgs),
    /// Check a bundle: who signed it, which version, and every problem.
    Verify(crate::bundle_cli::VerifyArgs),
    /// Print the page counts kept by `serve --count --count-file FILE`.
    Stats(StatsArgs),
}

/// A signed bundle to serve instead of a folder.
#[derive(Debug, Args)]
pub(crate) struct BundleSource {
    /// A signed bundle (guide-VERSION.paso), or a folder of them: the newest valid one is
    /// served, and a newer one dropped into the folder replaces it while serving.
    #[arg(
        long,
        env = "PASO_BUNDLE",
        value_name = "FILE|DIR",
        conflicts_with = "content"
    )]
    pub(crate) bundle: Option<PathBuf>,
    /// Trusted keys.
    #[command(flatten)]
    pub(crate) trust: crate::bundle_cli::TrustArgs,
}

/// `paso stats`.
#[derive(Debug, Args)]
pub(crate) struct StatsArgs {
    /// The count file written by `paso serve --count --count-file FILE`.
    #[arg(long, env = "PASO_COUNT_FILE", value_name = "FILE")]
    pub(crate) count_file: PathBuf,
    /// CSV for a spreadsheet instead of a table.
    #[arg(long)]
    pub(crate) csv: bool,
}

/// Where the content comes from.
#[derive(Debug, Args, Default)]
pub(crate) struct ContentArgs {
    /// A folder with `content/`, `locales/` and `static/` laid over the built-in guide: its files
    /// replace the built-in files with the same path, and new files are added.
    #[arg(long, env = "PASO_CONTENT", value_name = "DIR")]
    pub(crate) content: Option<PathBuf>,
    /// Use only the folder given with --content, not the built-in guide.
    #[arg(long, requires = "content", env = "PASO_CONTENT_ONLY")]
    pub(crate) content_only: bool,
}

/// `paso serve`.
#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// Address to listen on. The default only answers this device; use 0.0.0.0:8080 to
    /// share the guide on a hotspot or local network.
    #[arg(long, env = "PASO_ADDR", default_value = "127.0.0.1:8080")]
    pub(crate) addr: SocketAddr,
    /// Content source.
    #[command(flatten)]
    pub(crate) content: ContentArgs,
    /// Bundle source.
    #[command(flatten)]
    pub(crate) bundle: BundleSource,
    /// Seconds a client has to send its request headers before the connection is closed.
    #[arg(long, env = "PASO_HEADER_TIMEOUT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=300))]
    pub(crate) header_timeout: u64,
    /// Most connections open at once; more wait until one closes.
    #[arg(long, env = "PASO_MAX_CONNECTIONS", default_value_t = 512, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub(crate) max_connections: u64,
    /// Kiosk mode: larger type, links to other sites shown as text and QR codes, an idle reset
    /// to the language choice, no downloads.
    #[arg(long, env = "PASO_KIOSK")]
    pub(crate) kiosk: bool,
    /// Seconds without a touch before a kiosk returns to the language choice.
    #[arg(long, env = "PASO_KIOSK_IDLE", default_value_t = 120, value_parser = clap::value_parser!(u32).range(10..=3600))]
    pub(crate) kiosk_idle: u32,
    /// The address readers should open, e.g. http://10.0.0.1:8080/ (shown and drawn as a QR
    /// code); by default every address of this device.
    #[arg(long, env = "PASO_PUBLIC_URL", value_parser = parse_public_url)]
    pub(crate) public_url: Option<String>,
    /// Wi-Fi network name: the share page then also shows a QR code that joins it.
    #[arg(long, env = "PASO_WIFI_SSID")]
    pub(crate) wifi_ssid: Option<String>,
    /// Wi-Fi password (WPA) for that code; leave it out for an open network.
    #[arg(
        long,
        env = "PASO_WIFI_PASSWORD",
        requires = "wifi_ssid",
        hide_env_values = true
    )]
    pub(crate) wifi_password: Option<String>,
    /// Hotspot sign-in: answer the connectivity checks of phones and laptops (and every request
    /// for another site's name) with a redirect to a sign-in page, so joining the Wi-Fi opens
    /// the guide. Only for a hotspot whose DNS sends every name here (deploy/hotspot/).
    #[arg(long, env = "PASO_CAPTIVE")]
    pub(crate) captive: bool,
    /// Count pages served per day, language and page (nothing else); see `paso stats`.
    #[arg(long, env = "PASO_COUNT")]
    pub(crate) count: bool,
    /// Keep the counts in this file too (rewritten every minute and at shutdown).
    #[arg(long, env = "PASO_COUNT_FILE", requires = "count", value_name = "FILE")]
    pub(crate) count_file: Option<PathBuf>,
}

fn parse_public_url(s: &str) -> Result<String, String> {
    let ok = (s.starts_with("http://") || s.starts_with("https://"))
        && s.split("://").nth(1).is_some_and(|rest| !rest.is_empty())
        && !s.chars().any(|c| c.is_whitespace() || c.is_control());
    if !ok {
        return Err("give a full address such as http://10.0.0.1:8080/".into());
    }
    Ok(if s.ends_with('/') {
        s.to_string()
    } else {
        format!("{s}/")
    })
}

/// `paso build`.
#[derive(Debug, Args)]
pub(crate) struct BuildArgs {
    /// The folder to write. An earlier export there is replaced only once the new one is complete.
    #[arg(long, env = "PASO_OUT", value_name = "DIR")]
    pub(crate) out: PathBuf,
    /// Content source.
    #[command(flatten)]
    pub(crate) content: ContentArgs,
    /// Bundle source.
    #[command(flatten)]
    pub(crate) bundle: BundleSource,
    /// Replace DIR even if it is not an earlier Paso export.
    #[arg(long)]
    pub(crate) force: bool,
}

/// `paso preview`.
#[derive(Debug, Args)]
pub(crate) struct PreviewArgs {
    /// Address to listen on; only this device by default.
    #[arg(long, env = "PASO_PREVIEW_ADDR", default_value = "127.0.0.1:8080")]
    pub(crate) addr: SocketAddr,
    /// The folder you edit (with `content/`, `locales/`, `static/`); by default the current
    /// folder, laid over the built-in guide.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub(crate) content: PathBuf,
    /// Use only that folder, not the built-in guide.
    #[arg(long)]
    pub(crate) content_only: bool,
}

/// `paso new`.
#[derive(Debug, Args)]
pub(crate) struct NewArgs {
    /// The article's address and file name: lowercase letters, digits and `-`.
    pub(crate) slug: String,
    /// The title (by default made from the slug).
    #[arg(long)]
    pub(crate) title: Option<String>,
    /// The folder with `content/` to write into.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub(crate) content: PathBuf,
}

/// `paso translate`.
#[derive(Debug, Args)]
pub(crate) struct TranslateArgs {
    /// The language to translate into, as in `content/site.toml` (`es`, `pt-BR`).
    pub(crate) locale: String,
    /// The article to translate (its English file name without `.md`).
    pub(crate) slug: String,
    /// The folder with `content/` to write into (the English file is read from there, or from
    /// the built-in guide).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub(crate) content: PathBuf,
}

/// `paso check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Content source.
    #[command(flatten)]
    pub(crate) content: ContentArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// `path:line: error: message`, like a compiler.
    Text,
    /// One JSON object, for tools.
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn serve_defaults_to_loopback() {
        let cli = Cli::try_parse_from(["paso", "serve"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve")
        };
        assert!(args.addr.ip().is_loopback());
        assert!(Cli::try_parse_from(["paso", "serve", "--header-timeout", "0"]).is_err());
        assert!(Cli::try_parse_from(["paso", "serve", "--content-only"]).is_err());
        assert!(Cli::try_parse_from(["paso", "serve", "--wifi-password", "x"]).is_err());
        assert!(Cli::try_parse_from(["paso", "serve", "--public-url", "10.0.0.1"]).is_err());
        assert!(Cli::try_parse_from(["paso", "serve", "--kiosk-idle", "5"]).is_err());
        let cli =
            Cli::try_parse_from(["paso", "serve", "--public-url", "http://10.0.0.1:8080"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve")
        };
        assert_eq!(args.public_url.as_deref(), Some("http://10.0.0.1:8080/"));
    }

    #[test]
    fn preview_defaults_to_loopback_and_the_current_folder() {
        let cli = Cli::try_parse_from(["paso", "preview"]).unwrap();
        let Command::Preview(args) = cli.command else {
            panic!("not preview")
        };
        assert!(args.addr.ip().is_loopback());
        assert_eq!(args.content, PathBuf::from("."));
        let cli = Cli::try_parse_from(["paso", "translate", "es", "a-b"]).unwrap();
        assert!(
            matches!(cli.command, Command::Translate(t) if t.locale == "es" && t.slug == "a-b")
        );
    }
}
