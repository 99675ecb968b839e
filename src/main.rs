//! The `paso` command: parse the arguments, run one subcommand, print the whole error chain
//! once, choose the exit code.

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
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn source(args: &ContentArgs) -> anyhow::Result<Source> {
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

fn print_diagnostics(diags: &Diagnostics) {
    let mut err = std::io::stderr().lock();
    for d in diags.sorted() {
        let _ = writeln!(err, "{d}");
    }
}

fn compile(args: &ContentArgs, opts: RenderOptions) -> anyhow::Result<paso::site::Site> {
    let source = source(args)?;
    match paso::compile(&source, opts) {
        Ok((site, diags)) => {
            let warnings = diags.count(Severity::Warning);
            if warnings > 0 {
                tracing::warn!(
                    "the content has {warnings} warning(s); run `paso check` to see them"
                );
            }
            Ok(site)
        }
        Err(e) => {
            print_diagnostics(&e.diagnostics);
            Err(e.into())
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
        },
        ..RenderOptions::new(LinkStyle::Pretty, Date::today())
    };
    let source = source(&args.content)?;
    let cache_dir = match args.no_cache {
        true => None,
        false => args.cache_dir.clone().or_else(paso::cache::default_dir),
    };
    let (mut site, finish) = match paso::cache::compile_cached(&source, opts, cache_dir.as_deref())
    {
        Ok(started) => started,
        Err(e) => {
            print_diagnostics(&e.diagnostics);
            return Err(e.into());
        }
    };
    drop(source);
    if let Some(diags) = &finish.diagnostics {
        let warnings = diags.count(Severity::Warning);
        if warnings > 0 {
            tracing::warn!("the content has {warnings} warning(s); run `paso check` to see them");
        }
    }
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
        let live = paso::server::Live::new(Arc::new(site));
        // Complete the site in the background (search indexes after a cache hit, missing
        // variants, gzip before brotli) and cache it: the first request never waits.
        // A plain thread, not the runtime's blocking pool: shutting down never waits for it.
        // One thread, not one per core: a Raspberry Pi's four cores would hold four encoders'
        // memory at once, and the readers' requests keep a core.
        let background = live.clone();
        std::thread::spawn(move || {
            finish.run(&background, |site| {
                if let Err(e) = paso::server::add_share_codes(
                    site,
                    &urls,
                    args.wifi_ssid.as_deref(),
                    args.wifi_password.as_deref(),
                ) {
                    tracing::warn!("share codes left out: {e}");
                }
            });
        });
        let app = paso::server::app(live);
        paso::server::run(listener, app, limits, paso::server::shutdown_signal()).await?;
        tracing::info!("stopped");
        Ok(ExitCode::SUCCESS)
    })
}

fn build(args: cli::BuildArgs) -> anyhow::Result<ExitCode> {
    let site = compile(
        &args.content,
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
