//! What a clinic hands out carries its own contacts: the single-file copy, the static export
//! and the printed card name the organization's local contacts (`content/local.toml`, laid
//! over the guide with `--content`), the single file has quick exit, and the share page says
//! when the address in its code works only on this device.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use paso::render::urls::LinkStyle;
use paso::render::{RenderOptions, Share};

use crate::harness;

const LOCAL: &str = r#"[[contacts]]
name = "Frontera Handout Clinic"
phone = "+1 555 0199"
hours = "Tue 10-14"
"#;

/// A folder an organization would pass to `--content`: only its `content/local.toml`.
fn overlay() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    std::fs::write(dir.path().join("content/local.toml"), LOCAL).unwrap();
    dir
}

fn read(dir: &Path, key: &str) -> String {
    std::fs::read_to_string(dir.join(key)).unwrap_or_else(|e| panic!("{key}: {e}"))
}

#[test]
fn the_export_single_file_and_printed_card_carry_the_local_contacts() {
    let local = overlay();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let res = Command::new(env!("CARGO_BIN_EXE_paso"))
        .args(["build", "--content"])
        .arg(local.path())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    for locale in ["en", "ar", "zh-Hans"] {
        let single = read(&out, &format!("{locale}/paso-{locale}.html"));
        // Near the top, and again under the "Local help" heading of "Getting help".
        assert_eq!(
            single.matches("Frontera Handout Clinic").count(),
            2,
            "{locale}: the single file names the clinic at the top and under Local help"
        );
        assert!(single.contains("href=\"tel:+15550199\""), "{locale}");
        let top = single.find("Frontera Handout Clinic").unwrap();
        let first_article = single.find("class=\"single\"").unwrap();
        assert!(
            top < first_article,
            "{locale}: the contacts come before the articles"
        );
        let help = single.find("id=\"getting-help--local-help\"").unwrap();
        assert!(
            single[help..].contains("Frontera Handout Clinic"),
            "{locale}: under Local help"
        );
        // The export's own pages and the printed card.
        assert!(read(&out, &format!("{locale}/index.html")).contains("Frontera Handout Clinic"));
        assert!(
            read(&out, &format!("{locale}/getting-help/index.html"))
                .contains("Frontera Handout Clinic")
        );
        let card = read(&out, &format!("{locale}/card/print/index.html"));
        let front = card
            .split("card-front")
            .nth(1)
            .and_then(|s| s.split("card-back").next())
            .unwrap();
        assert!(
            front.contains("Frontera Handout Clinic"),
            "{locale}: card front"
        );
        assert!(front.contains("+1 555 0199"), "{locale}: card front");
    }
}

#[test]
fn without_local_contacts_nothing_is_invented() {
    let site = harness::shipped_site();
    let single = harness::page(&site, "en/paso-en.html");
    assert!(!single.contains("local-contacts"));
    assert!(!single.contains("tel:"));
    let card = harness::page(&site, "en/card/print/index.html");
    assert!(!card.contains("card-help"));
}

#[test]
fn the_single_file_has_quick_exit() {
    let site = harness::shipped_site();
    for locale in &site.locales {
        let html = harness::page(&site, &format!("{locale}/paso-{locale}.html"));
        let header = html.split("<main").next().unwrap();
        assert!(
            header.contains("class=\"quick-exit\" href=\"about:blank\" data-quick-exit"),
            "{locale}: quick exit in the header, before the guide"
        );
        // With JavaScript it replaces the page in the history, as on every page; the script
        // is the one inline script, allowed by its hash.
        let script = html
            .split("<script>")
            .nth(1)
            .and_then(|s| s.split("</script>").next())
            .unwrap();
        assert!(script.contains("a[data-quick-exit]") && script.contains("location.replace"));
    }
}

fn share_page(loopback_only: bool) -> String {
    let opts = RenderOptions {
        share: Share {
            server_qr: true,
            wifi_ssid: None,
            loopback_only,
        },
        ..RenderOptions::new(LinkStyle::Pretty, harness::today())
    };
    let (site, _) = paso::compile(&harness::shipped(), opts).unwrap();
    harness::page(&site, "es/share/index.html")
}

#[test]
fn the_share_page_says_when_its_code_works_only_on_this_device() {
    let local = share_page(true);
    let notice = local.split("share-loopback").nth(1).expect("a notice");
    assert!(
        notice.contains("paso serve --addr 0.0.0.0:8080"),
        "{notice}"
    );
    assert!(
        notice.contains("solo funciona en este dispositivo"),
        "{notice}"
    );
    // Before the code, so a reader sees it first.
    assert!(local.find("share-loopback").unwrap() < local.find("qr/url.svg").unwrap());
    assert!(!share_page(false).contains("share-loopback"));
}

/// `paso serve` on 127.0.0.1 shows the notice; the request goes over a real loopback socket.
#[test]
fn paso_serve_on_loopback_shows_the_notice() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_paso"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let addr = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| {
            l.trim()
                .strip_prefix("http://")
                .map(|a| a.trim_end_matches('/').to_string())
        })
        .expect("paso prints its address");
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        stream,
        "GET /en/share/ HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut body = String::new();
    stream.read_to_string(&mut body).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(body.starts_with("HTTP/1.1 200"), "{body}");
    assert!(body.contains("share-loopback"), "the notice is on the page");
    assert!(body.contains("only works on this device"));
    assert!(body.contains("paso serve --addr 0.0.0.0:8080"));
}
