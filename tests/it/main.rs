//! The single integration-test binary: one module per feature.

mod harness;

mod check;
mod content;
mod export;
mod i18n;
mod offline;
mod render;
mod search;
mod server;
