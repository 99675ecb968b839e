//! Interop with the standard `minisign` command-line tool (Debian package `minisign`): a
//! manifest signed with `minisign -S` makes a bundle Paso verifies, and a Paso signature
//! verifies with `minisign -V`. Skipped, loudly, only where the tool is not installed
//! (`scripts/test.sh` installs it).

use std::path::Path;
use std::process::{Command, Output};

use paso::source::bundle::{Limits, archive, manifest};

fn minisign_present() -> bool {
    let found = Command::new("minisign").arg("-v").output().is_ok();
    if !found {
        eprintln!(
            "\n!!! SKIPPED: the `minisign` command is not installed (apt-get install minisign); \
             the interop tests did not run !!!\n"
        );
    }
    found
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().expect("the command runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn paso() -> Command {
    Command::new(env!("CARGO_BIN_EXE_paso"))
}

/// A content folder over the built-in guide that only raises the version.
fn content_dir(dir: &Path) {
    let site = paso::source::Source::embedded();
    let text = String::from_utf8(site.get("content/site.toml").unwrap().bytes.to_vec()).unwrap();
    let text: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("content_version") {
                "content_version = \"2030.1.1\"".to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::create_dir_all(dir.join("content")).unwrap();
    std::fs::write(dir.join("content/site.toml"), text.join("\n") + "\n").unwrap();
}

/// The key id minisign writes in a public key file's comment line.
fn minisign_key_id(pub_file: &Path) -> String {
    let text = std::fs::read_to_string(pub_file).unwrap();
    let first = text.lines().next().unwrap();
    first.rsplit(' ').next().unwrap().to_string()
}

#[test]
fn a_manifest_signed_with_minisign_verifies_in_paso() {
    if !minisign_present() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    content_dir(&d.join("guide"));
    run(Command::new("minisign")
        .args(["-G", "-W", "-p"])
        .arg(d.join("m.pub"))
        .arg("-s")
        .arg(d.join("m.key")));
    let manifest = d.join("manifest.json");
    run(paso()
        .args(["bundle", "--manifest-only", "--content"])
        .arg(d.join("guide"))
        .arg("--out")
        .arg(&manifest));
    run(Command::new("minisign")
        .args(["-S", "-s"])
        .arg(d.join("m.key"))
        .args(["-t", "Paso guide 2030.1.1 signed with minisign", "-m"])
        .arg(&manifest));
    let bundle = d.join("guide-2030.1.1.paso");
    run(paso()
        .args(["bundle", "--content"])
        .arg(d.join("guide"))
        .arg("--manifest")
        .arg(&manifest)
        .arg("--signature")
        .arg(d.join("manifest.json.minisig"))
        .arg("--out")
        .arg(&bundle));
    let out = run(paso()
        .arg("verify")
        .arg(&bundle)
        .arg("--trust")
        .arg(d.join("m.pub")));
    let text = String::from_utf8_lossy(&out.stdout);
    let id = minisign_key_id(&d.join("m.pub"));
    assert!(text.contains(&format!("(key {id})")), "{text}");
    assert!(
        text.contains("version 2030.1.1") && text.ends_with(": OK\n"),
        "{text}"
    );

    // Another minisign key is refused.
    run(Command::new("minisign")
        .args(["-G", "-W", "-p"])
        .arg(d.join("o.pub"))
        .arg("-s")
        .arg(d.join("o.key")));
    let out = paso()
        .arg("verify")
        .arg(&bundle)
        .arg("--trust")
        .arg(d.join("o.pub"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("not one of the trusted keys"));
}

#[test]
fn a_paso_signature_verifies_with_minisign() {
    if !minisign_present() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    content_dir(&d.join("guide"));
    run(paso()
        .args(["keygen", "--no-password", "--out"])
        .arg(d.join("p")));
    let bundle = d.join("guide.paso");
    run(paso()
        .args(["bundle", "--content"])
        .arg(d.join("guide"))
        .arg("--key")
        .arg(d.join("p.key"))
        .arg("--out")
        .arg(&bundle));
    let mut files = archive::read(&std::fs::read(&bundle).unwrap(), Limits::default()).unwrap();
    let m = files.remove(manifest::MANIFEST).unwrap();
    let sig = files.remove(manifest::SIGNATURE).unwrap();
    std::fs::write(d.join("manifest.json"), &m).unwrap();
    std::fs::write(d.join("manifest.json.minisig"), &sig).unwrap();
    let out = run(Command::new("minisign")
        .args(["-V", "-p"])
        .arg(d.join("p.pub"))
        .arg("-m")
        .arg(d.join("manifest.json")));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Signature and comment signature verified"),
        "{text}"
    );
    assert!(
        text.contains("Paso guide 2030.1.1 by"),
        "the trusted comment: {text}"
    );

    // One changed byte in the manifest, and minisign refuses it too.
    let mut changed = m.clone();
    let at = changed.iter().position(|&b| b == b'2').unwrap();
    changed[at] = b'3';
    std::fs::write(d.join("manifest.json"), &changed).unwrap();
    let out = Command::new("minisign")
        .args(["-V", "-p"])
        .arg(d.join("p.pub"))
        .arg("-m")
        .arg(d.join("manifest.json"))
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "a changed manifest fails minisign -V"
    );
}
