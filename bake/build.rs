//! Tells the shared library source it is being built as the bake (no embedded content set:
//! the bake reads the folders).
fn main() {
    println!("cargo::rustc-check-cfg=cfg(paso_bake)");
    println!("cargo::rustc-check-cfg=cfg(paso_baked)");
    println!("cargo::rustc-cfg=paso_bake");
}
