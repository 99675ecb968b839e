//! Issue 16, on loopback only: a real dnsmasq (the hotspot's own configuration file) answers
//! every name with Paso's loopback address; each system's connectivity probe is then sent with
//! its real `Host` by curl and must get the answer that opens the sign-in sheet; the guide is
//! unaffected; without `--captive` none of it happens. Also: the installer passes shellcheck
//! and prints every change in dry-run mode; the systemd units pass `systemd-analyze verify`.
//! Every tool is required: a missing one fails the test (scripts/test.sh installs them).

use std::net::{Ipv4Addr, SocketAddr, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use paso::render::RenderOptions;
use paso::render::urls::LinkStyle;
use paso::server::captive::Captive;
use paso::server::{Extras, Limits};

use crate::harness::{shipped, today};

/// Each system's probe: (host, path).
const PROBES: [(&str, &str); 11] = [
    ("connectivitycheck.gstatic.com", "/generate_204"),
    ("www.google.com", "/gen_204"),
    ("clients3.google.com", "/generate_204"),
    ("captive.apple.com", "/hotspot-detect.html"),
    ("www.apple.com", "/library/test/success.html"),
    ("www.msftconnecttest.com", "/connecttest.txt"),
    ("www.msftncsi.com", "/ncsi.txt"),
    ("www.msftconnecttest.com", "/redirect"),
    ("detectportal.firefox.com", "/canonical.html"),
    ("detectportal.firefox.com", "/success.txt"),
    ("example.org", "/any/page"),
];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tool(path: &str) -> &str {
    assert!(
        Path::new(path).exists(),
        "{path} is missing: run ./scripts/test.sh, which installs it"
    );
    path
}

/// Serves the shipped guide on 127.0.0.1 (a free port), with or without `--captive`.
async fn serve(captive: bool) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let opts = RenderOptions {
        captive: captive.then(|| format!("paso.lan:{}", addr.port())),
        ..RenderOptions::new(LinkStyle::Pretty, today())
    };
    let (site, _) = paso::compile(&shipped(), opts).unwrap();
    let base = format!("http://paso.lan:{}/", addr.port());
    let extras = Extras {
        captive: captive.then(|| Captive::new(&base, &[format!("http://{addr}/")])),
        counter: None,
    };
    let app = paso::server::app_with(Arc::new(site), extras);
    tokio::spawn(paso::server::run(
        listener,
        app,
        Limits::default(),
        std::future::pending(),
    ));
    addr
}

/// dnsmasq on 127.0.0.77 and a free high port, with the hotspot's configuration file
/// answering every name with 127.0.0.1.
struct Dns {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Dns {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const DNS_IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 77);

fn dnsmasq() -> Dns {
    let dir = tempfile::tempdir().unwrap();
    let conf = std::fs::read_to_string(repo().join("deploy/hotspot/dnsmasq-paso.conf"))
        .unwrap()
        .replace("@ADDRESS@", "127.0.0.1")
        .replace("@NAME@", "paso.lan");
    let conf_path = dir.path().join("paso.conf");
    std::fs::write(&conf_path, conf).unwrap();
    // A free UDP port on that address (dnsmasq gets it right after; a clash fails loudly).
    let port = UdpSocket::bind((DNS_IP, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(tool("/usr/sbin/dnsmasq"))
        .args([
            "--keep-in-foreground",
            "--no-resolv",
            "--no-hosts",
            "--bind-interfaces",
        ])
        .arg("--conf-file=/dev/null")
        .arg(format!("--conf-file={}", conf_path.display()))
        .arg(format!("--listen-address={DNS_IP}"))
        .arg(format!("--port={port}"))
        .arg("--user=")
        .arg(format!("--pid-file={}", dir.path().join("pid").display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("dnsmasq starts");
    Dns {
        child,
        port,
        _dir: dir,
    }
}

/// Asks the DNS server for the A record of `name`; retries while it starts.
fn resolve(port: u16, name: &str) -> Ipv4Addr {
    let mut q = vec![0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0];
    for label in name.split('.') {
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.extend_from_slice(&[0, 0, 1, 0, 1]);
    let sock = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    sock.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    for _ in 0..50 {
        sock.send_to(&q, (DNS_IP, port)).unwrap();
        let mut buf = [0u8; 512];
        if let Ok((n, _)) = sock.recv_from(&mut buf) {
            let answers = u16::from_be_bytes([buf[6], buf[7]]);
            assert_eq!(answers, 1, "one answer for {name}");
            // The answer is the last record: its 4 data bytes end the packet.
            assert_eq!(&buf[n - 6..n - 4], &[0, 4], "an IPv4 address for {name}");
            return Ipv4Addr::new(buf[n - 4], buf[n - 3], buf[n - 2], buf[n - 1]);
        }
    }
    panic!("dnsmasq on {DNS_IP}:{port} did not answer");
}

/// `curl --resolve host:port:ip http://host:port/path`: (status, Location, body length).
fn curl(host: &str, ip: Ipv4Addr, port: u16, path: &str) -> (u16, String, usize) {
    assert!(ip.is_loopback(), "tests never leave 127.0.0.0/8");
    let out = Command::new(tool("/usr/bin/curl"))
        .args([
            "-s",
            "-o",
            "/dev/null",
            "--max-time",
            "10",
            "--noproxy",
            "*",
        ])
        .args(["-w", "%{http_code} %{size_download} %{redirect_url}"])
        .arg("--resolve")
        .arg(format!("{host}:{port}:{ip}"))
        .arg(format!("http://{host}:{port}{path}"))
        .output()
        .expect("curl runs");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut parts = text.splitn(3, ' ');
    let status = parts.next().unwrap().parse().unwrap();
    let size = parts.next().unwrap().parse().unwrap();
    (status, parts.next().unwrap_or("").to_string(), size)
}

#[tokio::test(flavor = "multi_thread")]
async fn every_probe_opens_the_sign_in_page_only_with_captive() {
    let captive = serve(true).await;
    let plain = serve(false).await;
    let dns = dnsmasq();
    let port = dns.port;
    tokio::task::spawn_blocking(move || {
        let portal = format!("http://paso.lan:{}/hotspot.html", captive.port());
        for (host, path) in PROBES {
            let ip = resolve(port, host);
            assert_eq!(ip, Ipv4Addr::LOCALHOST, "dnsmasq sends {host} to Paso");
            let (status, location, size) = curl(host, ip, captive.port(), path);
            assert_eq!(
                (status, location.as_str(), size),
                (302, portal.as_str(), 0),
                "{host}{path}"
            );
            // Without --captive: the ordinary answer (the guide's 404), never a redirect.
            let (status, location, _) = curl(host, ip, plain.port(), path);
            assert_eq!(
                (status, location.as_str()),
                (404, ""),
                "{host}{path} without --captive"
            );
        }
        // The short name is Paso's own: the guide and the sign-in page are served as usual.
        let ip = resolve(port, "paso.lan");
        let (status, _, size) = curl("paso.lan", ip, captive.port(), "/hotspot.html");
        assert_eq!(status, 200);
        assert!(size < 8_000, "the sign-in page is small: {size} bytes");
        assert_eq!(curl("paso.lan", ip, captive.port(), "/en/").0, 200);
        assert_eq!(curl("127.0.0.1", ip, captive.port(), "/en/").0, 200);
        assert_eq!(
            curl("paso.lan", ip, captive.port(), "/en/no-such-page").0,
            404
        );
        // The RFC 8908 API, on Paso's own name only.
        assert_eq!(
            curl("paso.lan", ip, captive.port(), "/captive-portal/api").0,
            200
        );
        assert_eq!(
            curl("paso.lan", ip, plain.port(), "/captive-portal/api").0,
            404
        );
        assert_eq!(curl("paso.lan", ip, plain.port(), "/hotspot.html").0, 404);
    })
    .await
    .unwrap();
    drop(dns);
}

#[tokio::test]
async fn sign_in_page_offers_every_language_and_no_script() {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;
    let opts = RenderOptions {
        captive: Some("paso.lan".into()),
        ..RenderOptions::new(LinkStyle::Pretty, today())
    };
    let (site, _) = paso::compile(&shipped(), opts).unwrap();
    let locales = site.locales.clone();
    let captive = Captive::new("http://paso.lan/", &[]);
    let app = paso::server::app_with(
        Arc::new(site),
        Extras {
            captive: Some(captive),
            counter: None,
        },
    );
    let res = app
        .oneshot(
            Request::get("/hotspot.html")
                .header("host", "paso.lan")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body = axum::body::to_bytes(res.into_body(), 1 << 20)
        .await
        .unwrap();
    let html = String::from_utf8(body.to_vec()).unwrap();
    assert!(!html.contains("<script"), "no script on the sign-in page");
    for loc in &locales {
        assert!(html.contains(&format!("href=\"/{loc}/\"")), "link to {loc}");
    }
    assert_eq!(html.matches("paso.lan").count(), locales.len());
}

fn shell(script: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new("bash")
        .arg(repo().join("deploy/hotspot").join(script))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn hotspot_scripts_pass_shellcheck() {
    let dir = repo().join("deploy/hotspot");
    let out = Command::new(tool("/usr/bin/shellcheck"))
        .arg(dir.join("install.sh"))
        .arg(dir.join("uninstall.sh"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn dry_run_prints_every_change_and_makes_none() {
    let (ok, out) = shell(
        "install.sh",
        &["--dry-run", "--ssid", "Casa 100% guide", "--kiosk"],
    );
    assert!(ok, "{out}");
    for change in [
        "+ write /etc/systemd/system/paso.service (mode 644)",
        "+ write /etc/systemd/system/paso.service.d/hotspot.conf (mode 644)",
        "+ write /etc/NetworkManager/dnsmasq-shared.d/paso.conf (mode 644)",
        "address=/#/10.42.0.1",
        "dhcp-option=114,\"http://paso.lan/captive-portal/api\"",
        "Environment=\"PASO_WIFI_SSID=Casa 100%% guide\"",
        "Environment=PASO_CAPTIVE=true",
        "Environment=PASO_KIOSK=true",
        "+ nmcli connection add type wifi ifname wlan0 con-name paso-hotspot autoconnect yes ssid Casa\\ 100%\\ guide",
        "+ systemctl enable paso.service",
    ] {
        assert!(out.contains(change), "missing {change:?} in:\n{out}");
    }
    assert!(!out.contains("@NAME@") && !out.contains("@SSID@"), "{out}");
    let (ok, out) = shell("uninstall.sh", &["--dry-run", "--purge"]);
    assert!(ok, "{out}");
    for change in [
        "+ nmcli connection delete paso-hotspot",
        "+ rm -f /etc/NetworkManager/dnsmasq-shared.d/paso.conf",
        "+ rm -f /etc/systemd/system/paso.service.d/hotspot.conf",
        "+ systemctl disable --now paso.service",
        "+ rm -f /etc/systemd/system/paso.service",
        "+ rm -rf /etc/paso /var/lib/paso /var/lib/private/paso",
    ] {
        assert!(out.contains(change), "missing {change:?} in:\n{out}");
    }
    // Bad input is refused before anything happens.
    let (ok, out) = shell("install.sh", &["--dry-run", "--ssid", "a\"b"]);
    assert!(!ok && out.contains("--ssid may not contain"), "{out}");
    let (ok, _) = shell("install.sh", &["--dry-run", "--ssid", &"x".repeat(33)]);
    assert!(!ok);
}

/// `systemd-analyze verify` of a unit folder: (exit ok, everything it printed).
fn verify(dir: &Path, unit: &str) -> (bool, String) {
    let out = Command::new(tool("/usr/bin/systemd-analyze"))
        .arg("verify")
        .arg(dir.join(unit))
        .env("SYSTEMD_UNIT_PATH", format!("{}:", dir.display()))
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn systemd_units_verify_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_paso");
    // The binary is not installed here: point the unit at the one just built.
    let unit = std::fs::read_to_string(repo().join("deploy/paso.service"))
        .unwrap()
        .replace("/usr/local/bin/paso", bin);
    assert!(unit.contains("EnvironmentFile=-/etc/paso/paso.env"));
    assert!(unit.contains("StateDirectory=paso"));
    std::fs::write(dir.path().join("paso.service"), &unit).unwrap();
    let (ok, out) = verify(dir.path(), "paso.service");
    assert!(ok && out.trim().is_empty(), "paso.service:\n{out}");
    // With the hotspot drop-in, filled as the installer fills it.
    let dropin = std::fs::read_to_string(repo().join("deploy/hotspot/paso-hotspot.conf"))
        .unwrap()
        .replace("@NAME@", "paso.lan")
        .replace("@KIOSK@", "false")
        .replace("@SSID@", "Casa 100%% guide");
    std::fs::create_dir(dir.path().join("paso.service.d")).unwrap();
    std::fs::write(dir.path().join("paso.service.d/hotspot.conf"), &dropin).unwrap();
    let (ok, out) = verify(dir.path(), "paso.service");
    assert!(
        ok && out.trim().is_empty(),
        "paso.service + hotspot.conf:\n{out}"
    );
    // The check sees the drop-in: a broken one is reported.
    std::fs::write(
        dir.path().join("paso.service.d/hotspot.conf"),
        dropin + "Bogus=1\n",
    )
    .unwrap();
    let (_, out) = verify(dir.path(), "paso.service");
    assert!(out.contains("Unknown key 'Bogus'"), "{out}");
}

#[test]
fn the_environment_file_documents_every_place() {
    let env = std::fs::read_to_string(repo().join("deploy/paso.env")).unwrap();
    for line in [
        "#PASO_CONTENT=/etc/paso/content",
        "#PASO_BUNDLE=/var/lib/paso/bundles",
        "#PASO_COUNT_FILE=/var/lib/paso/counts.csv",
    ] {
        assert!(env.contains(line), "{line}");
    }
}
