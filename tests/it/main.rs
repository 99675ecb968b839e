//! The single integration-test binary: one module per feature.

mod harness;

mod baked;
mod bundle;
mod bundle_live;
mod cache;
mod changes;
mod check;
mod claims;
mod contacts;
mod content;
mod counts;
mod export;
mod handout;
mod hostile;
mod hotspot;
mod i18n;
mod minisign;
mod offline;
mod preview;
mod regressions;
mod render;
mod scaffold;
mod search;
mod search_steer;
mod server;
mod update;
