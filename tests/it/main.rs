//! The single integration-test binary: one module per feature.

mod harness;

mod baked;
mod bundle;
mod cache;
mod check;
mod contacts;
mod content;
mod counts;
mod export;
mod handout;
mod hostile;
mod hotspot;
mod i18n;
mod offline;
mod preview;
mod regressions;
mod render;
mod scaffold;
mod search;
mod server;
