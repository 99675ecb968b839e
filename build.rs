//! Bakes the built-in guide into the binary: compiles `content/`, `locales/` and `static/` with
//! the same library (the `paso-bake` build dependency, `bake/`), compresses every page, and
//! leaves the result in `$OUT_DIR/site.bin` for `src/cache/baked.rs` to include. A release
//! build makes gzip and brotli variants; a debug build (the tests') gzip only, to stay quick.
//!
//! Content with errors is not baked (a warning says so): the binary then compiles at start
//! and `paso check` reports the errors as usual. `PASO_BAKE=0` turns baking off;
//! `SOURCE_DATE_EPOCH` sets the day the guide is rendered for (reproducible builds).

use std::path::PathBuf;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(paso_baked)");
    println!("cargo::rustc-check-cfg=cfg(paso_bake)");
    for dir in ["content", "locales", "static"] {
        println!("cargo::rerun-if-changed={dir}");
    }
    println!("cargo::rerun-if-env-changed=PASO_BAKE");
    println!("cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH");
    if std::env::var("PASO_BAKE").as_deref() == Ok("0") {
        return;
    }
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("site.bin");
    let today = match std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        Some(secs) => paso_bake::date::Date::from_days(secs.div_euclid(86_400)),
        None => paso_bake::date::Date::today(),
    };
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    let source = match paso_bake::source::Source::from_dir(&root) {
        Ok(s) => s,
        Err(e) => {
            println!("cargo::warning=the built-in guide is not baked: {e}");
            return;
        }
    };
    match paso_bake::cache::baked::bake(&source, today, release) {
        Ok(bytes) => {
            std::fs::write(&out, bytes).expect("writing to OUT_DIR");
            println!("cargo::rustc-cfg=paso_baked");
        }
        Err(e) => println!(
            "cargo::warning=the built-in guide is not baked ({e}): `paso serve` compiles it at start; run `paso check` to see the errors"
        ),
    }
}
