//! The single integration-test binary: one module per feature.

mod harness;

mod check;
mod content;
mod counts;
mod export;
mod hostile;
mod hotspot;
mod i18n;
mod offline;
mod regressions;
mod render;
mod search;
mod server;
