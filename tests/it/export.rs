//! The static export: every link resolves to a file under `file://` rules, and a failed or
//! refused build leaves the previous export alone.

use std::path::{Path, PathBuf};

use paso::render::urls::LinkStyle;

use crate::harness;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn every_link_resolves_to_a_file() {
    let site = harness::compile(&harness::shipped(), LinkStyle::Files);
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    paso::export::write(&site, &out, false).unwrap();
    let mut files = Vec::new();
    walk(&out, &mut files);
    let html: Vec<&PathBuf> = files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert!(html.len() > 40, "{}", html.len());
    let mut checked = 0;
    for file in html {
        let text = std::fs::read_to_string(file).unwrap();
        // The 404 page is served at any depth, so it links from the root; skip it here.
        if file.file_name().unwrap() == "404.html" {
            continue;
        }
        for link in harness::links(&text) {
            if link.starts_with("https://")
                || link.starts_with("mailto:")
                || link.starts_with("tel:")
                // Quick exit in the single-file copy: a blank page, no file.
                || link == "about:blank"
            {
                continue;
            }
            assert!(
                !link.starts_with('/') && !link.contains("://"),
                "{}: absolute link {link}",
                file.display()
            );
            let (path, fragment) = link
                .split_once('#')
                .map_or((link.as_str(), None), |(p, f)| (p, Some(f)));
            let target = if path.is_empty() {
                file.clone()
            } else {
                file.parent().unwrap().join(path)
            };
            assert!(
                !path.ends_with('/'),
                "{}: `{link}` needs index.html for file://",
                file.display()
            );
            let target = target
                .canonicalize()
                .unwrap_or_else(|_| panic!("{}: broken link {link}", file.display()));
            assert!(
                target.starts_with(out.canonicalize().unwrap()),
                "{link} leaves the export"
            );
            assert!(target.is_file(), "{}: {link} is not a file", file.display());
            if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                let target_text = std::fs::read_to_string(&target).unwrap();
                assert!(
                    harness::ids(&target_text).iter().any(|id| id == f),
                    "{}: no #{f} in {}",
                    file.display(),
                    target.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} links checked");
    assert!(out.join(paso::export::MARKER).is_file());
}

#[test]
fn replaces_an_earlier_export_and_refuses_other_folders() {
    let site = harness::compile(&harness::shipped(), LinkStyle::Files);
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    paso::export::write(&site, &out, false).unwrap();
    std::fs::write(out.join("stale.html"), "old").unwrap();
    paso::export::write(&site, &out, false).unwrap();
    assert!(
        !out.join("stale.html").exists(),
        "the new export replaces the old one whole"
    );
    assert!(out.join("index.html").is_file());

    let precious = tmp.path().join("precious");
    std::fs::create_dir(&precious).unwrap();
    std::fs::write(precious.join("thesis.txt"), "mine").unwrap();
    let err = paso::export::write(&site, &precious, false).unwrap_err();
    assert!(err.to_string().contains("not a Paso export"), "{err}");
    assert_eq!(
        std::fs::read_to_string(precious.join("thesis.txt")).unwrap(),
        "mine"
    );
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "no temporary folders left behind: {leftovers:?}"
    );
}

#[test]
fn failed_build_leaves_the_export_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let bin = env!("CARGO_BIN_EXE_paso");
    let ok = std::process::Command::new(bin)
        .args(["build", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let before = snapshot(&out);
    let broken = harness::fixture_dir("broken");
    let res = std::process::Command::new(bin)
        .args(["build", "--content-only", "--content"])
        .arg(&broken)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(res.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert!(stderr.contains("error:"), "{stderr}");
    assert_eq!(snapshot(&out), before);
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    walk(dir, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(p).unwrap()))
        .collect()
}
