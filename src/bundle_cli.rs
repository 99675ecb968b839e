//! `paso keygen`, `paso bundle`, `paso verify`, and reading `--bundle`/`--trust` for `serve`
//! and `build`.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Args;

use paso::date::Date;
use paso::diag::Severity;
use paso::source::Source;
use paso::source::bundle::{self, Manifest, TrustedKey, Verified, keys};

/// The environment variable a script gives a key's password in.
const PASSWORD_ENV: &str = "PASO_KEY_PASSWORD";

/// Which keys a deployment trusts.
#[derive(Debug, Args, Default)]
pub(crate) struct TrustArgs {
    /// A publisher's minisign public key (the .pub file, or its base64 line) whose bundles are
    /// trusted; repeat for more. PASO_TRUST may hold several, separated by commas.
    #[arg(long, env = "PASO_TRUST", value_delimiter = ',', value_name = "PUBKEY")]
    pub(crate) trust: Vec<String>,
    /// A file of trusted public keys, one base64 line each (`#` comments allowed).
    #[arg(long, env = "PASO_TRUST_FILE", value_name = "FILE")]
    pub(crate) trust_file: Option<PathBuf>,
}

impl TrustArgs {
    pub(crate) fn keys(&self) -> anyhow::Result<Vec<TrustedKey>> {
        let mut out = Vec::new();
        for k in self.trust.iter().filter(|k| !k.trim().is_empty()) {
            out.push(TrustedKey::parse(k)?);
        }
        if let Some(f) = &self.trust_file {
            out.extend(TrustedKey::parse_file(f)?);
        }
        Ok(out)
    }
}

/// `paso keygen`.
#[derive(Debug, Args)]
pub(crate) struct KeygenArgs {
    /// Where to write the key pair: NAME.pub (give it out) and NAME.key (keep it secret).
    #[arg(long, default_value = "paso")]
    pub(crate) out: PathBuf,
    /// Do not protect the secret key with a password (for throwaway keys and tests).
    #[arg(long)]
    pub(crate) no_password: bool,
}

/// `paso bundle`.
#[derive(Debug, Args)]
pub(crate) struct BundleArgs {
    /// Content source.
    #[command(flatten)]
    pub(crate) content: crate::cli::ContentArgs,
    /// The minisign secret key to sign with (password from PASO_KEY_PASSWORD or asked for).
    #[arg(long, value_name = "SECRET.key", conflicts_with_all = ["signature", "manifest_only"])]
    pub(crate) key: Option<PathBuf>,
    /// Write only the manifest to --out, to sign it with the minisign tool
    /// (`minisign -S -s KEY -m manifest.json`).
    #[arg(long)]
    pub(crate) manifest_only: bool,
    /// A manifest written with --manifest-only, signed elsewhere; use with --signature.
    #[arg(long, requires = "signature", value_name = "manifest.json")]
    pub(crate) manifest: Option<PathBuf>,
    /// The minisign signature of that manifest (manifest.json.minisig).
    #[arg(long, requires = "manifest", value_name = "FILE")]
    pub(crate) signature: Option<PathBuf>,
    /// The file to write, e.g. guide-2026.11.1.paso.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: PathBuf,
}

/// `paso verify`.
#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// The bundle to check.
    pub(crate) file: PathBuf,
    /// Trusted keys.
    #[command(flatten)]
    pub(crate) trust: TrustArgs,
}

fn password_from_env_or_stdin(confirm: bool) -> anyhow::Result<String> {
    if let Ok(p) = std::env::var(PASSWORD_ENV) {
        return Ok(p);
    }
    eprint!("Password for the secret key: ");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let p = line.trim_end_matches(['\r', '\n']).to_string();
    if confirm {
        eprint!("Again: ");
        let mut again = String::new();
        std::io::stdin().lock().read_line(&mut again)?;
        anyhow::ensure!(
            again.trim_end_matches(['\r', '\n']) == p,
            "the passwords differ"
        );
    }
    anyhow::ensure!(
        !p.is_empty(),
        "an empty password; use --no-password for a throwaway key"
    );
    Ok(p)
}

pub(crate) fn keygen(args: KeygenArgs) -> anyhow::Result<ExitCode> {
    let (pub_path, key_path) = (
        args.out.with_extension("pub"),
        args.out.with_extension("key"),
    );
    for p in [&pub_path, &key_path] {
        anyhow::ensure!(
            !p.exists(),
            "`{}` exists already; choose another --out",
            p.display()
        );
    }
    let password = if args.no_password {
        None
    } else {
        Some(password_from_env_or_stdin(true)?)
    };
    let (pk, sk, id) = keys::generate(password)?;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    opts.open(&key_path)
        .and_then(|mut f| f.write_all(sk.as_bytes()))
        .with_context(|| format!("failed to write `{}`", key_path.display()))?;
    std::fs::write(&pub_path, pk)
        .with_context(|| format!("failed to write `{}`", pub_path.display()))?;
    println!("key id {id}");
    println!(
        "public key (give it out, pin it with --trust): {}",
        pub_path.display()
    );
    println!(
        "secret key (keep it secret, never commit it): {}",
        key_path.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let day = Date::from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{day}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// The manifest of a content set that passes every `paso check` rule.
fn checked_manifest(source: &Source) -> anyhow::Result<Manifest> {
    let checked = paso::check(source);
    if checked.diagnostics.has_errors() {
        crate::print_diagnostics(&checked.diagnostics);
        bail!(
            "the content has {} error(s); a bundle is made only of content without errors",
            checked.diagnostics.count(Severity::Error)
        );
    }
    let config = &checked
        .content
        .context("the content has no usable site.toml")?
        .config;
    bundle::Version::parse(&config.content_version)?;
    Ok(Manifest::describe(
        source,
        &config.publisher,
        &config.content_version,
        &utc_now(),
    ))
}

pub(crate) fn make(args: BundleArgs) -> anyhow::Result<ExitCode> {
    let source = crate::source(&args.content)?;
    let write = |bytes: &[u8]| {
        std::fs::write(&args.out, bytes)
            .with_context(|| format!("failed to write `{}`", args.out.display()))
    };
    if args.manifest_only {
        write(&checked_manifest(&source)?.to_bytes())?;
        println!(
            "wrote the manifest to {}; sign it with minisign -S -s KEY -m {0}",
            args.out.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let (manifest, signature) = match (&args.key, &args.manifest, &args.signature) {
        (Some(key), _, _) => {
            let m = checked_manifest(&source)?;
            let bytes = m.to_bytes();
            let comment = format!("Paso guide {} by {}", m.content_version, m.publisher);
            let password = std::env::var(PASSWORD_ENV).ok();
            let sig = keys::sign(&bytes, key, password, &comment)?;
            (bytes, sig)
        }
        (None, Some(manifest), Some(sig)) => {
            let bytes = std::fs::read(manifest)
                .with_context(|| format!("failed to read `{}`", manifest.display()))?;
            let m = Manifest::parse(&bytes)?;
            let files = source
                .files()
                .map(|(p, f)| (p.to_string(), f.bytes.to_vec()))
                .collect();
            let problems = m.check_files(&files);
            if !problems.is_empty() {
                for p in &problems {
                    eprintln!("error: {p}");
                }
                bail!(
                    "the manifest does not describe this content; write it again with --manifest-only"
                );
            }
            let sig = std::fs::read(sig)
                .with_context(|| format!("failed to read `{}`", sig.display()))?;
            (bytes, sig)
        }
        _ => bail!("give --key SECRET.key, or --manifest and --signature, or --manifest-only"),
    };
    let packed = bundle::pack(&source, &manifest, &signature)?;
    write(&packed)?;
    let m = Manifest::parse(&manifest)?;
    println!(
        "wrote {} ({} bytes): version {} by {}, {} files",
        args.out.display(),
        packed.len(),
        m.content_version,
        m.publisher,
        m.files.len()
    );
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn verify(args: VerifyArgs) -> anyhow::Result<ExitCode> {
    let trusted = args.trust.keys()?;
    let started = std::time::Instant::now();
    match bundle::open_file(&args.file, &trusted) {
        Ok(b) => {
            tracing::debug!("verified in {:?}", started.elapsed());
            println!(
                "{}: signed by {} (key {}), version {}, made {} with Paso {}, {} files: OK",
                args.file.display(),
                b.signer.publisher,
                b.signer.key_id,
                b.manifest.content_version,
                b.manifest.created,
                b.manifest.paso_version,
                b.manifest.files.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            println!("{}: REFUSED", args.file.display());
            for p in &problems {
                println!("  {p}");
            }
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Opens `--bundle FILE` (or the newest valid bundle in a folder), refusing one older than the
/// built-in guide.
pub(crate) fn open(path: &Path, trusted: &[TrustedKey]) -> anyhow::Result<Verified> {
    let floor = baseline();
    if path.is_dir() {
        let scan = bundle::folder::scan(path, trusted, &floor)
            .with_context(|| format!("failed to read `{}`", path.display()))?;
        for (p, problems) in &scan.refused {
            for e in problems {
                tracing::warn!("ignored {}: {e}", p.display());
            }
        }
        return scan.newest.with_context(|| {
            format!(
                "`{}` has no valid bundle (see the warnings above)",
                path.display()
            )
        });
    }
    match bundle::open_file(path, trusted) {
        Ok(b) if b.manifest.version() < floor => {
            Err(bundle::BundleError::Older(b.manifest.content_version, floor.to_string()).into())
        }
        Ok(b) => Ok(b),
        Err(problems) => {
            for p in &problems {
                eprintln!("error: {}: {p}", path.display());
            }
            bail!("`{}` was refused", path.display())
        }
    }
}

/// The built-in guide's version: no bundle older than it is served.
pub(crate) fn baseline() -> bundle::Version {
    let s = Source::embedded();
    let text = s
        .get("content/site.toml")
        .map(|f| String::from_utf8_lossy(&f.bytes).into_owned())
        .unwrap_or_default();
    text.lines()
        .find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == "content_version").then(|| v.trim().trim_matches('"').to_string())
        })
        .and_then(|v| bundle::Version::parse(&v).ok())
        .unwrap_or_else(|| bundle::Version::parse("0").expect("a version"))
}

/// Where the guide came from, for the pages.
pub(crate) fn provenance(b: &Verified) -> paso::render::provenance::Provenance {
    paso::render::provenance::Provenance {
        signer: Some(b.signer.clone()),
        date: Some(b.manifest.created.chars().take(10).collect()),
        bundle: Some((b.file_name(), b.bytes.len() as u64)),
    }
}

/// Adds the bundle file itself to the site, for re-sharing.
pub(crate) fn add_bundle_file(site: &mut paso::site::Site, b: &Verified) {
    site.insert(
        b.file_name(),
        paso::site::Asset::new(
            b.bytes.clone(),
            "application/octet-stream",
            paso::site::CachePolicy::Revalidate,
        ),
    );
}
