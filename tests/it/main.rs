//! The single integration-test binary: one module per feature.

mod harness;

mod check;
mod content;
mod export;
mod render;
mod server;
