//! `--update-url`: a tiny static host on 127.0.0.1 serves the bundle with an ETag; each check
//! is a conditional GET that carries nothing about readers, and only a newer bundle that
//! verified is stored and served.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use paso::server::Live;
use paso::source::bundle::folder::Follower;
use paso::source::bundle::state::Kept;
use paso::source::bundle::update::{Outcome, USER_AGENT, UpdateError, Updater};
use paso::source::bundle::{self, TrustedKey};

use crate::bundle_live::{bundle_of, guide, home, installer, key, v};
use crate::harness;

/// What the host serves now, and every request head it received.
#[derive(Default)]
struct Host {
    body: Vec<u8>,
    etag: String,
    requests: Vec<String>,
}

/// A static host on 127.0.0.1: answers 304 when If-None-Match matches, else 200 with the body.
fn static_host() -> (String, Arc<Mutex<Host>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/paso/guide.paso", listener.local_addr().unwrap());
    let host = Arc::new(Mutex::new(Host::default()));
    let h = host.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                head.push_str(&line);
            }
            let mut host = h.lock().unwrap();
            host.requests.push(head.clone());
            let matches = head.lines().any(|l| {
                l.to_ascii_lowercase().starts_with("if-none-match:") && l.contains(&host.etag)
            });
            let reply = if matches {
                format!(
                    "HTTP/1.1 304 Not Modified\r\nETag: {}\r\nConnection: close\r\n\r\n",
                    host.etag
                )
                .into_bytes()
            } else {
                let mut r = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\nETag: {}\r\nConnection: close\r\n\r\n",
                    host.body.len(),
                    host.etag
                )
                .into_bytes();
                r.extend_from_slice(&host.body);
                r
            };
            let _ = stream.write_all(&reply);
        }
    });
    (url, host)
}

fn publish(host: &Mutex<Host>, body: Vec<u8>, etag: &str) {
    let mut h = host.lock().unwrap();
    h.body = body;
    h.etag = format!("\"{etag}\"");
}

fn paso_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn updates_are_fetched_verified_stored_and_served() {
    let (_k, pk, sk) = key();
    let (_k2, _, other_sk) = key();
    let (url, host) = static_host();
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let trusted: Vec<TrustedKey> = vec![pk];
    let kept = Kept::new(cache.path(), &trusted);
    let live = Live::new(Arc::new(harness::compile(
        &guide("2030.1.1"),
        paso::render::urls::LinkStyle::Pretty,
    )));
    let follower = Follower::new(
        Some(dir.path().to_owned()),
        trusted.clone(),
        v("2030.1.1"),
        Some(kept.clone()),
        installer(&live),
    );
    let updater = Updater::new(&url).unwrap();

    // A newer bundle: verified, stored in the folder, served, recorded.
    publish(&host, bundle_of(&guide("2030.1.2"), "2030.1.2", &sk), "a");
    match follower.update_from(&updater).unwrap() {
        Outcome::Served(ver, Some(path)) => {
            assert_eq!(ver, v("2030.1.2"));
            assert_eq!(path, dir.path().join("guide-2030.1.2.paso"));
        }
        other => panic!("{other:?}"),
    }
    assert!(home(&live).contains("2030.1.2"));
    assert_eq!(
        paso_files(dir.path()),
        ["guide-2030.1.2.paso"],
        "one whole file, no leftovers"
    );
    let stored = bundle::open_file(&dir.path().join("guide-2030.1.2.paso"), &trusted).unwrap();
    assert_eq!(stored.manifest.content_version, "2030.1.2");
    assert_eq!(kept.floor(), Some(v("2030.1.2")));

    // Unchanged: a conditional request, answered 304.
    assert!(matches!(
        follower.update_from(&updater).unwrap(),
        Outcome::Unchanged
    ));
    {
        let h = host.lock().unwrap();
        assert_eq!(h.requests.len(), 2);
        for req in &h.requests {
            let first = req.lines().next().unwrap();
            assert_eq!(first, "GET /paso/guide.paso HTTP/1.1", "no query string");
            let lower = req.to_ascii_lowercase();
            assert!(
                lower.contains(&format!(
                    "user-agent: {}\r\n",
                    USER_AGENT.to_ascii_lowercase()
                )),
                "{req}"
            );
            assert!(
                !lower.contains("cookie") && !lower.contains("referer"),
                "{req}"
            );
        }
        assert!(!h.requests[0].to_ascii_lowercase().contains("if-none-match"));
        assert!(
            h.requests[1]
                .to_ascii_lowercase()
                .contains("if-none-match: \"a\""),
            "{}",
            h.requests[1]
        );
    }
    assert_eq!(USER_AGENT, concat!("Paso/", env!("CARGO_PKG_VERSION")));

    let before = live.load();
    let refused = |host: &Mutex<Host>, body: Vec<u8>, etag: &str| {
        publish(host, body, etag);
        let e = follower.update_from(&updater).expect_err("refused");
        assert!(
            Arc::ptr_eq(&before, &live.load()),
            "{e}: the served guide is untouched"
        );
        assert_eq!(
            paso_files(dir.path()),
            ["guide-2030.1.2.paso"],
            "{e}: nothing stored"
        );
        assert_eq!(follower.served(), v("2030.1.2"));
        e
    };
    // Tampered: one byte of a valid newer bundle changed.
    let mut tampered = bundle_of(&guide("2030.1.3"), "2030.1.3", &sk);
    let n = tampered.len();
    tampered[n / 2] ^= 0x20;
    let e = refused(&host, tampered, "b");
    assert!(matches!(e, UpdateError::Refused { .. }), "{e}");
    // Signed by a key that is not trusted.
    let e = refused(
        &host,
        bundle_of(&guide("2030.1.3"), "2030.1.3", &other_sk),
        "c",
    );
    assert!(e.to_string().contains("not one of the trusted keys"), "{e}");
    // Older than what is served.
    let e = refused(&host, bundle_of(&guide("2030.1.0"), "2030.1.0", &sk), "d");
    assert!(e.to_string().contains("never goes back"), "{e}");
    // Over the size limit: refused from its length, before reading it.
    let e = refused(&host, vec![0u8; (32 << 20) + 1], "e");
    assert!(matches!(e, UpdateError::TooLarge(..)), "{e}");
    // Not a bundle at all (an error page saved by a misconfigured host).
    let e = refused(&host, b"<html>Not here</html>".to_vec(), "f");
    assert!(e.to_string().contains("damaged or cut short"), "{e}");

    // The same version again: nothing to do.
    publish(&host, bundle_of(&guide("2030.1.2"), "2030.1.2", &sk), "g");
    assert!(matches!(
        follower.update_from(&updater).unwrap(),
        Outcome::NotNewer(_)
    ));

    // The next genuine version is served.
    publish(&host, bundle_of(&guide("2030.1.3"), "2030.1.3", &sk), "h");
    assert!(matches!(
        follower.update_from(&updater).unwrap(),
        Outcome::Served(..)
    ));
    assert!(home(&live).contains("2030.1.3"));
}

#[test]
fn an_unreachable_host_is_an_error_and_changes_nothing() {
    let (_k, pk, _) = key();
    // A port nothing listens on.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let updater = Updater::new(&format!("http://127.0.0.1:{port}/guide.paso")).unwrap();
    let live = Live::new(Arc::new(harness::compile(
        &guide("2030.1.1"),
        paso::render::urls::LinkStyle::Pretty,
    )));
    let follower = Follower::new(None, vec![pk], v("2030.1.1"), None, installer(&live));
    let e = follower.update_from(&updater).unwrap_err();
    assert!(matches!(e, UpdateError::Fetch(..)), "{e}");
    assert_eq!(follower.served(), v("2030.1.1"));
    assert!(Updater::new("http://example.org/guide.paso").is_err());
}

/// `paso serve --update-url` checks at start: the newer guide is served and kept in the folder.
#[test]
fn paso_serve_updates_from_the_url() {
    let (k, _, sk) = key();
    let (url, host) = static_host();
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    // The kiosk's folder holds the published guide at 2030.1.1; the host has 2030.1.2.
    let content = paso::source::Source::embedded();
    let at = |ver: &str| {
        let files = content.files().map(|(p, f)| {
            let b = if p == "content/site.toml" {
                String::from_utf8(f.bytes.to_vec())
                    .unwrap()
                    .lines()
                    .map(|l| {
                        if l.starts_with("content_version") {
                            format!("content_version = \"{ver}\"")
                        } else {
                            l.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
                    .into_bytes()
            } else {
                f.bytes.to_vec()
            };
            (p.to_string(), b)
        });
        paso::source::Source::from_memory(files.collect::<Vec<_>>())
    };
    std::fs::write(
        dir.path().join("guide-2030.1.1.paso"),
        bundle_of(&at("2030.1.1"), "2030.1.1", &sk),
    )
    .unwrap();
    publish(&host, bundle_of(&at("2030.1.2"), "2030.1.2", &sk), "x");
    let mut child = Command::new(env!("CARGO_BIN_EXE_paso"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--update-url",
            &url,
            "--bundle",
        ])
        .arg(dir.path())
        .arg("--trust")
        .arg(k.path().join("k.pub"))
        .arg("--cache-dir")
        .arg(cache.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let addr = harness::printed_address(&mut child);
    let page = || -> String {
        let Ok(mut s) = std::net::TcpStream::connect(&addr) else {
            return String::new();
        };
        let _ = write!(
            s,
            "GET /en/ HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        );
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out
    };
    let started = Instant::now();
    let mut body = page();
    while !body.contains("2030.1.2") && started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(200));
        body = page();
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        body.contains("2030.1.2"),
        "the update is served: {}",
        body.lines().next().unwrap_or("")
    );
    assert!(
        dir.path().join("guide-2030.1.2.paso").is_file(),
        "and kept in the folder"
    );
}
