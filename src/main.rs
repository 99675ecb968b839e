//! The `paso` command: parse the arguments, run one subcommand, print the whole error chain
//! once, choose the exit code.

mod bundle_cli;
mod cli;

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;

use cli::{Cli, Command, ContentArgs, Format};
use paso::date::Date;
use paso::diag::{Diagnostics, Severity};
use paso::render::urls::LinkStyle;
use paso::render::{Kiosk, RenderOptions, Share};
use paso::source::Source;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let level = match cli.verbose {
        0 => tracing::Level::INFO,
        1 => tracing::Level::DEBUG,
        _ => tracing::Level::TRACE,
    };
    tracing_subscriber::fmt()
        .with_max_level(level)
        .with_target(false)
        .with_writer(std::io::stderr)
        .without_time()
        .init();
    let result = match cli.command {
        Command::Serve(args) => serve(args),
        Command::Build(args) => build(args),
        Command::Check(args) => check(args),
        Command::Preview(args) => preview(args),
        Command::New(args) => new_article(args),
        Command::Translate(args) => translate(args),
        Command::Keygen(args) => bundle_cli::keygen(args),
        Command::Bundle(args) => bundle_cli::make(args),
        Command::Verify(args) => bundle_cli::verify(args),
        Command::Stats(args) => stats(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) fn source(args: &ContentArgs) -> anyhow::Result<Source> {
    match (&args.content, args.content_only) {
        (None, _) => Ok(Source::embedded()),
        (Some(dir), only) => {
            anyhow::ensure!(dir.is_dir(), "`{}` is not a folder", dir.display());
            let s = if only {
                Source::from_dir(dir)?
            } else {
                Source::embedded().overlaid_with(dir)?
            };
            Ok(s)
        }
    }
}

/// The `paso check` command that checks the same content the user gave.
fn check_command(args: &ContentArgs) -> String {
    match &args.content {
        None => "paso check".into(),
        Some(dir) => format!(
            "paso check --content {}{}",
            shell_quote(&dir.display().to_string()),
            if args.content_only {
                " --content-only"
            } else {
                ""
            }
        ),
    }
}

fn shell_quote(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-~".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

pub(crate) fn print_diagnostics(diags: &Diagnostics) {
    let mut err = std::io::stderr().lock();
    for d in diags.sorted() {
        let _ = writeln!(err, "{d}");
    }
}

fn compile(
    args: &ContentArgs,
    bundle: Option<&paso::source::bundle::Verified>,
    mut opts: RenderOptions,
) -> anyhow::Result<paso::site::Site> {
    let source = match bundle {
        Some(b) => {
            opts.provenance = bundle_cli::provenance(b);
            b.source.clone()
        }
        None => source(args)?,
    };
    match paso::compile(&source, opts) {
        Ok((site, diags)) => {
            let warnings = diags.count(Severity::Warning);
            if warnings > 0 {
                tracing::warn!(
                    "the content has {warnings} warning(s); run `{}` to see them",
                    check_command(args)
                );
            }
            let mut site = site;
            if let Some(b) = bundle {
                bundle_cli::add_bundle_file(&mut site, b);
            }
            Ok(site)
        }
        Err(e) => {
            print_diagnostics(&e.diagnostics);
            let errors = e.diagnostics.count(Severity::Error);
            anyhow::bail!(
                "the content has {errors} error(s); fix them (`{}` lists them again) and try again",
                check_command(args)
            )
        }
    }
}

fn serve(args: cli::ServeArgs) -> anyhow::Result<ExitCode> {
    paso::memory::tune_for_server();
    let opts = RenderOptions {
        kiosk: args.kiosk.then_some(Kiosk {
            idle_secs: args.kiosk_idle,
        }),
        share: Share {
            server_qr: true,
            wifi_ssid: args.wifi_ssid.clone(),
            loopback_only: args.addr.ip().is_loopback() && args.public_url.is_none(),
        },
        captive: args.captive.then(|| captive_address(&args)),
        counts: args.count,
        ..RenderOptions::new(LinkStyle::Pretty, Date::today())
    };
    let trusted = args.bundle.trust.keys()?;
    let bundle = match &args.bundle.bundle {
        Some(p) => Some(bundle_cli::open(p, &trusted)?),
        None => None,
    };
    if let Some(b) = &bundle {
        tracing::info!(
            "serving version {} signed by {} (key {})",
            b.manifest.content_version,
            b.signer.publisher,
            b.signer.key_id
        );
    }
    let mut site = compile(&args.content, bundle.as_ref(), opts.clone())?;
    // The compile's intermediate data is gone; give its pages back before serving.
    paso::memory::release_freed();
    let limits = paso::server::Limits {
        header_timeout: std::time::Duration::from_secs(args.header_timeout),
        max_connections: args.max_connections as usize,
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("failed to start the async runtime")?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| {
                format!(
                    "failed to listen on {}; is another server using it? try --addr 127.0.0.1:8081",
                    args.addr
                )
            })?;
        let addr = listener.local_addr()?;
        let mut urls = paso::server::addresses(addr);
        if let Some(public) = &args.public_url {
            urls.insert(0, public.clone());
        }
        paso::server::add_share_codes(
            &mut site,
            &urls,
            args.wifi_ssid.as_deref(),
            args.wifi_password.as_deref(),
        )?;
        println!("Paso is serving the guide at:");
        for url in &urls {
            println!("  {url}");
        }
        if let Some(first) = urls.first().filter(|_| !addr.ip().is_loopback())
            && let Ok(code) = paso::qr::terminal(first)
        {
            println!("\nScan to open {first}\n{code}");
        }
        println!("Press Ctrl-C to stop.");
        let site = Arc::new(site);
        // Compress in the background: the first request never waits for brotli.
        // A plain thread, not the runtime's blocking pool: shutting down never waits for it.
        // One thread, not one per core: a Raspberry Pi's four cores would hold four encoders'
        // memory at once, and the readers' requests keep a core.
        let compress = site.clone();
        std::thread::spawn(move || {
            let packed = compress.precompress_and_pack();
            paso::memory::release_freed();
            tracing::debug!(
                packed,
                "compressed every page; large ones kept compressed only"
            );
        });
        let live = paso::server::Live::new(site);
        // With a folder of bundles: follow it, and swap in a newer valid one while serving.
        let _watch = match (&args.bundle.bundle, &bundle) {
            (Some(dir), Some(b)) if dir.is_dir() => {
                let install_urls = urls.clone();
                let wifi = (args.wifi_ssid.clone(), args.wifi_password.clone());
                let target = live.clone();
                let follower = paso::source::bundle::folder::Follower::new(
                    dir.clone(),
                    trusted.clone(),
                    b.manifest.version(),
                    move |b| {
                        let mut site = compile(&ContentArgs::default(), Some(&b), opts.clone())
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
                    },
                );
                let f = follower.clone();
                Some(paso::watch::watch(
                    std::slice::from_ref(dir),
                    std::time::Duration::from_millis(500),
                    move || f.check(),
                )?)
            }
            _ => None,
        };
        let captive = args.captive.then(|| {
            let base = urls.first().cloned().unwrap_or_default();
            let c = paso::server::captive::Captive::new(&base, &urls);
            println!("Hotspot sign-in page: {}", c.portal_url());
            c
        });
        let counter = match (&args.count, &args.count_file) {
            (false, _) => None,
            (true, None) => Some(Arc::new(paso::count::Counter::new())),
            (true, Some(file)) => Some(Arc::new(paso::count::Counter::load(file)?)),
        };
        if let (Some(c), Some(file)) = (&counter, &args.count_file) {
            let (c, file) = (c.clone(), file.clone());
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
                loop {
                    tick.tick().await;
                    if let Err(e) = c.save_if_changed(&file) {
                        tracing::warn!("could not save the counts: {e}");
                    }
                }
            });
        }
        let extras = paso::server::Extras {
            captive,
            counter: counter.clone(),
        };
        let app = paso::server::app_with(live, extras);
        paso::server::run(listener, app, limits, paso::server::shutdown_signal()).await?;
        if let (Some(c), Some(file)) = (&counter, &args.count_file) {
            c.save_if_changed(file)?;
        }
        tracing::info!("stopped");
        Ok(ExitCode::SUCCESS)
    })
}

/// The address hotspot readers are told to type: the host of --public-url, else `paso.lan`.
fn captive_address(args: &cli::ServeArgs) -> String {
    args.public_url
        .as_deref()
        .and_then(|u| u.split("://").nth(1))
        .map(|r| r.trim_end_matches('/').to_string())
        .unwrap_or_else(|| "paso.lan".into())
}

fn stats(args: &cli::StatsArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        args.count_file.is_file(),
        "`{}` does not exist yet: it is written by `paso serve --count --count-file FILE` every minute and at shutdown",
        args.count_file.display()
    );
    let table = paso::count::read(&args.count_file)?;
    if args.csv {
        print!("{}", paso::count::to_csv(&table));
    } else {
        print!("{}", paso::count::to_text(&table));
    }
    Ok(ExitCode::SUCCESS)
}

fn build(args: cli::BuildArgs) -> anyhow::Result<ExitCode> {
    let trusted = args.bundle.trust.keys()?;
    let bundle = match &args.bundle.bundle {
        Some(p) => Some(bundle_cli::open(p, &trusted)?),
        None => None,
    };
    let site = compile(
        &args.content,
        bundle.as_ref(),
        RenderOptions::new(LinkStyle::Files, Date::today()),
    )?;
    paso::export::write(&site, &args.out, args.force)?;
    println!("wrote {} files to {}", site.len(), args.out.display());
    Ok(ExitCode::SUCCESS)
}

fn check(args: cli::CheckArgs) -> anyhow::Result<ExitCode> {
    let source = source(&args.content)?;
    let checked = paso::check(&source);
    let diags = &checked.diagnostics;
    let (errors, warnings) = (diags.count(Severity::Error), diags.count(Severity::Warning));
    match args.format {
        Format::Text => {
            let mut out = std::io::stdout().lock();
            for d in diags.sorted() {
                writeln!(out, "{d}")?;
            }
            let report = paso::report::text(&checked);
            if !report.is_empty() {
                writeln!(out, "\ntranslations:\n{report}")?;
            }
            writeln!(out, "{errors} error(s), {warnings} warning(s)")?;
        }
        Format::Json => {
            println!("{}", paso::report::json(&checked));
        }
    }
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn preview(args: cli::PreviewArgs) -> anyhow::Result<ExitCode> {
    let content = ContentArgs {
        content: Some(args.content.clone()),
        content_only: args.content_only,
    };
    let dir = args.content.clone();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("failed to start the async runtime")?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| {
                format!(
                    "failed to listen on {}; is another server using it? try --addr 127.0.0.1:8081",
                    args.addr
                )
            })?;
        let addr = listener.local_addr()?;
        let urls = paso::server::addresses(addr);
        let opts = RenderOptions {
            share: Share {
                server_qr: true,
                wifi_ssid: None,
                loopback_only: args.addr.ip().is_loopback(),
            },
            ..RenderOptions::new(LinkStyle::Pretty, Date::today())
        };
        let read = Box::new(move || source(&content).map_err(|e| format!("{e:#}")));
        let finish_urls = urls.clone();
        let finish = Box::new(move |site: &mut paso::site::Site| {
            let _ = paso::server::add_share_codes(site, &finish_urls, None, None);
        });
        // With errors at start, the built-in guide is served (with the problems on every
        // page) until a save fixes them.
        let fallback = (!args.content_only).then(Source::embedded);
        let session = match paso::preview::Session::start(read, opts, finish, fallback) {
            Ok(s) => Arc::new(s),
            Err(diags) => {
                let mut err = std::io::stderr().lock();
                for d in &diags {
                    let _ = writeln!(err, "{d}");
                }
                anyhow::bail!(
                    "the content has errors; fix them (run `paso check --content {}`) and start the preview again",
                    dir.display()
                );
            }
        };
        let watched: Vec<std::path::PathBuf> = paso::source::ROOTS
            .iter()
            .map(|r| dir.join(r))
            .collect();
        let looping = session.clone();
        let _watcher = paso::watch::watch(&watched, paso::preview::DEBOUNCE, move || {
            let out = looping.rebuild();
            let ms = out.elapsed.as_millis();
            if out.ok {
                println!("rebuilt in {ms} ms; open pages reload");
            } else {
                let mut err = std::io::stderr().lock();
                for d in &out.diagnostics {
                    let _ = writeln!(err, "{d}");
                }
                let _ = writeln!(
                    err,
                    "{} problem(s) found in {ms} ms; still serving the last good version, the pages show the problems",
                    out.diagnostics.len()
                );
            }
        })?;
        let problems = session.status.problems().diagnostics.len();
        if problems > 0 {
            let mut err = std::io::stderr().lock();
            for d in &session.status.problems().diagnostics {
                let _ = writeln!(err, "{d}");
            }
            let _ = writeln!(
                err,
                "{problems} problem(s): serving the built-in guide with the problems on every page until you fix them"
            );
        }
        println!("Paso preview of {} at:", dir.display());
        for url in &urls {
            println!("  {url}");
        }
        println!("Edit and save any file: open pages reload by themselves. Press Ctrl-C to stop.");
        let app = paso::server::preview::app(session.live.clone(), session.status.clone());
        paso::server::run(
            listener,
            app,
            paso::server::Limits::default(),
            paso::server::shutdown_signal(),
        )
        .await?;
        Ok(ExitCode::SUCCESS)
    })
}

fn new_article(args: cli::NewArgs) -> anyhow::Result<ExitCode> {
    let path = paso::scaffold::new_article(
        &args.content,
        &args.slug,
        args.title.as_deref(),
        Date::today(),
    )?;
    println!(
        "wrote {}\nfill in the summary, the text and the sources, then run `paso check --content {}`",
        path.display(),
        args.content.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn translate(args: cli::TranslateArgs) -> anyhow::Result<ExitCode> {
    let base = Source::embedded().overlaid_with(&args.content)?;
    let path = paso::scaffold::translate(&base, &args.content, &args.locale, &args.slug)?;
    println!(
        "wrote {}\ntranslate the text below the front matter, then run `paso check --content {}`",
        path.display(),
        args.content.display()
    );
    Ok(ExitCode::SUCCESS)
}
