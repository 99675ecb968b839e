//! Paso compiles a localized Markdown guide into a site and serves it from memory or writes it
//! to a folder. The pipeline, one module per stage:
//!
//! 1. [`source`]: where bytes come from (embedded, a folder laid over it, memory)
//! 2. [`load`]: sort files into settings, articles, UI strings, static assets; decode text
//! 3. [`parse`]: front matter + Markdown → the validated [`model::Content`]; links checked
//! 4. [`localize`]: Fluent bundles per locale, checked against the keys the pages use
//! 5. [`render`]: every page of every locale → a [`site::Site`] (path → bytes)
//! 6. [`server`] serves a `Site`; [`export`] writes one
//!
//! Stages 2–4 report problems into one [`diag::Diagnostics`] list; [`check`] stops there,
//! [`compile`] renders when there is no error.

pub mod count;
pub mod date;
pub mod diag;
pub mod export;
mod html;
pub mod load;
pub mod localize;
pub mod memory;
pub mod model;
mod parallel;
pub mod parse;
pub mod preview;
pub mod qr;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod search;
pub mod server;
pub mod site;
pub mod source;
pub mod watch;

use diag::{Diagnostics, Severity};
use model::Content;
use render::RenderOptions;
use site::Site;
use source::Source;

/// The outcome of checking a content set.
#[derive(Debug)]
pub struct Checked {
    /// Everything found, errors and warnings.
    pub diagnostics: Diagnostics,
    /// The validated content, unless the site settings were unusable.
    pub content: Option<Content>,
    /// The UI strings, when the site settings were usable.
    pub catalog: Option<localize::Catalog>,
    inputs: load::Inputs,
}

/// A content set with errors cannot be compiled.
#[derive(Debug, thiserror::Error)]
#[error("the content has {} error(s); fix them and try again", .diagnostics.count(Severity::Error))]
pub struct CompileError {
    /// All diagnostics, errors first in each file.
    pub diagnostics: Diagnostics,
}

/// Runs stages 2–4: everything `paso check` reports.
pub fn check(source: &Source) -> Checked {
    let mut diagnostics = Diagnostics::default();
    let inputs = load::load(source, &mut diagnostics);
    let content = parse::parse(&inputs, &mut diagnostics);
    for slug in content.iter().flat_map(|c| c.articles.keys()) {
        if render::urls::RESERVED_SLUGS.contains(&slug.as_str()) {
            diagnostics.error(
                &format!("content/*/{slug}.md"),
                None,
                format!("`{slug}` is a reserved address: rename the file"),
            );
        }
    }
    let catalog = content
        .as_ref()
        .map(|c| localize::build(&inputs.ftl, &c.config, &mut diagnostics));
    Checked {
        diagnostics,
        content,
        catalog,
        inputs,
    }
}

/// Runs the whole pipeline; fails with every diagnostic if there is any error.
pub fn compile(source: &Source, opts: RenderOptions) -> Result<(Site, Diagnostics), CompileError> {
    compile_with_catalog(source, opts).map(|(site, diags, _)| (site, diags))
}

/// [`compile`], also returning the UI strings (the preview labels its problems panel with them).
pub fn compile_with_catalog(
    source: &Source,
    opts: RenderOptions,
) -> Result<(Site, Diagnostics, localize::Catalog), CompileError> {
    let checked = check(source);
    // The Markdown and Fluent texts are parsed: only the static files are read from here on,
    // and the site is at its largest while it renders.
    let statics = checked.inputs.statics;
    match (checked.content, checked.catalog) {
        (Some(content), Some(catalog)) if !checked.diagnostics.has_errors() => {
            let site = render::render(&content, &catalog, &statics, opts);
            Ok((site, checked.diagnostics, catalog))
        }
        _ => Err(CompileError {
            diagnostics: checked.diagnostics,
        }),
    }
}
