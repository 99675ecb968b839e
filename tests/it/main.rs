//! The single integration-test binary: one module per feature.

mod harness;

mod check;
mod claims;
mod content;
mod export;
mod hostile;
mod i18n;
mod offline;
mod regressions;
mod render;
mod search;
mod server;
