//! Slow and hostile clients against the real connection loop on 127.0.0.1 (issue 8): clients
//! that trickle their headers and never finish must neither starve normal readers nor stay
//! open past the header timeout, and malformed requests get a 4xx, never a panic.
//!
//! Timing is used only as an upper bound (`tokio::time::timeout`), never as a sleep the
//! outcome depends on, except the lower bound that a timeout cannot fire early.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio::time::timeout;

use paso::render::urls::LinkStyle;
use paso::server::Limits;
use paso::site::Site;

use crate::harness;

/// A small site (compiled once): these tests are about connections, not pages.
fn site() -> Arc<Site> {
    static SITE: OnceLock<Arc<Site>> = OnceLock::new();
    SITE.get_or_init(|| {
        Arc::new(harness::compile(
            &harness::fixture("basic"),
            LinkStyle::Pretty,
        ))
    })
    .clone()
}

/// A server on a free loopback port; stops when dropped.
struct Server {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl Server {
    async fn start(limits: Limits) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let app = paso::server::app(site());
        let task = tokio::spawn(paso::server::run(listener, app, limits, async {
            let _ = stopped.await;
        }));
        Server {
            addr,
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// Stops the server and checks that its loop ended cleanly.
    async fn stop(mut self) {
        let _ = self.stop.take().unwrap().send(());
        let task = self.task.take().unwrap();
        let ended = timeout(Duration::from_secs(10), task).await;
        ended
            .expect("server stops within its grace period")
            .expect("server loop did not panic")
            .unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(task) = &self.task {
            task.abort();
        }
    }
}

/// Sends `raw` on a new connection and reads until the server closes it.
async fn exchange(addr: SocketAddr, raw: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    // The server may answer and close before it has read everything (oversized requests).
    let _ = stream.write_all(raw).await;
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response).await;
    response
}

/// The status code of a raw response, or `None` if the server closed without one.
fn status(response: &[u8]) -> Option<u16> {
    let text = String::from_utf8_lossy(response);
    let line = text.lines().next()?;
    line.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

async fn get(addr: SocketAddr, path: &str) -> Option<u16> {
    let raw = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    status(&exchange(addr, raw.as_bytes()).await)
}

/// A client that sends a request one byte every 100 ms and never finishes it. Returns how long
/// after connecting the server closed the connection.
async fn trickle(addr: SocketAddr) -> Duration {
    let start = Instant::now();
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let head = b"GET /en/ HTTP/1.1\r\nHost: x\r\nX-Slow: ";
    let mut buf = [0u8; 1024];
    for i in 0.. {
        let byte = head.get(i).copied().unwrap_or(b'a');
        tokio::select! {
            // EOF, a reset, or any answer (hyper may say 408): the server let go of us.
            _ = stream.read(&mut buf) => return start.elapsed(),
            () = tokio::time::sleep(Duration::from_millis(100)) => {
                if stream.write_all(&[byte]).await.is_err() {
                    return start.elapsed();
                }
            }
        }
    }
    unreachable!()
}

const HEADER_TIMEOUT: Duration = Duration::from_secs(3);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_do_not_starve_normal_requests() {
    // More slow clients than connections allowed: without a way to make room, every new
    // reader would queue behind them until their header timeouts ran out.
    let limits = Limits {
        header_timeout: HEADER_TIMEOUT,
        max_connections: 64,
    };
    let server = Server::start(limits).await;
    let addr = server.addr;
    let slow: Vec<JoinHandle<Duration>> = (0..300).map(|_| tokio::spawn(trickle(addr))).collect();
    // Let the slow clients connect and start trickling (not needed for correctness: the
    // normal requests below must succeed whatever the order).
    tokio::task::yield_now().await;
    for i in 0..20 {
        let started = Instant::now();
        let got = timeout(HEADER_TIMEOUT / 2, get(addr, "/en/first/")).await;
        assert_eq!(
            got,
            Ok(Some(200)),
            "normal request {i} did not succeed within {:?} (took {:?})",
            HEADER_TIMEOUT / 2,
            started.elapsed()
        );
    }
    // Every slow connection is closed, at the latest shortly after its header timeout.
    for (i, client) in slow.into_iter().enumerate() {
        let closed_after = timeout(HEADER_TIMEOUT * 3, client)
            .await
            .unwrap_or_else(|_| {
                panic!(
                    "slow client {i} was still open after {:?}",
                    HEADER_TIMEOUT * 3
                )
            })
            .unwrap();
        assert!(closed_after <= HEADER_TIMEOUT * 3, "{i}: {closed_after:?}");
    }
    assert_eq!(get(addr, "/en/").await, Some(200));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_connections_are_closed_after_the_header_timeout() {
    // Room for all of them: only the header timeout closes these.
    let limits = Limits {
        header_timeout: Duration::from_secs(1),
        max_connections: 512,
    };
    let server = Server::start(limits).await;
    let addr = server.addr;
    let slow: Vec<JoinHandle<Duration>> = (0..50).map(|_| tokio::spawn(trickle(addr))).collect();
    for client in slow {
        let closed_after = timeout(Duration::from_secs(5), client)
            .await
            .expect("closed within the header timeout and a margin")
            .unwrap();
        // A timeout cannot fire early (the clock starts once the server reads, after connect).
        assert!(
            closed_after >= Duration::from_millis(900),
            "{closed_after:?}"
        );
    }
    // A connection that sends nothing at all is closed too.
    let mut idle = TcpStream::connect(addr).await.unwrap();
    let mut buf = [0u8; 64];
    let n = timeout(Duration::from_secs(5), idle.read(&mut buf))
        .await
        .expect("an idle connection is closed");
    assert!(matches!(n, Ok(0) | Err(_)) || status(&buf).is_some());
    server.stop().await;
}

#[tokio::test]
async fn malformed_requests_get_4xx() {
    let server = Server::start(Limits::default()).await;
    let addr = server.addr;
    let long_path = format!("/en/{}", "a".repeat(2000));
    let huge_header = format!(
        "GET /en/ HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "b".repeat(64 * 1024)
    );
    let many_headers = format!(
        "GET /en/ HTTP/1.1\r\nHost: x\r\n{}\r\n",
        "X-A: b\r\n".repeat(500)
    );
    let cases: Vec<(&str, Vec<u8>, &[u16])> = vec![
        (
            "path over 1024 bytes",
            format!("GET {long_path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").into(),
            &[414],
        ),
        (
            "path of 20 KB",
            format!(
                "GET /{} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "a".repeat(20 * 1024)
            )
            .into(),
            // Past the 16 KB read buffer, hyper refuses the whole head.
            &[414, 431],
        ),
        ("header of 64 KB", huge_header.into(), &[431]),
        ("500 headers", many_headers.into(), &[431]),
        (
            "body on GET",
            b"GET /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"
                .to_vec(),
            &[400],
        ),
        (
            "chunked body on GET",
            b"GET /en/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
                .to_vec(),
            &[400],
        ),
        (
            "raw invalid UTF-8 in the path",
            b"GET /en/\xff\xfe/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec(),
            &[400],
        ),
        (
            "escaped invalid UTF-8",
            b"GET /en/%ff%fe/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec(),
            &[400],
        ),
        (
            "bad escape",
            b"GET /en/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec(),
            &[400],
        ),
        (
            "truncated escape",
            b"GET /en/% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec(),
            &[400],
        ),
        (
            "escaped NUL",
            b"GET /en/%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec(),
            &[400],
        ),
        (
            "escaped traversal",
            b"GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .to_vec(),
            &[400],
        ),
        (
            "garbage request line",
            b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n".to_vec(),
            &[400],
        ),
        (
            "unknown method",
            b"BREW /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec(),
            &[405],
        ),
    ];
    for (name, raw, allowed) in cases {
        let response = timeout(Duration::from_secs(10), exchange(addr, &raw))
            .await
            .unwrap_or_else(|_| panic!("{name}: no answer and no close within 10 s"));
        match status(&response) {
            Some(code) => assert!(
                allowed.contains(&code),
                "{name}: got {code}, want one of {allowed:?}"
            ),
            None => panic!("{name}: connection closed without an answer"),
        }
        // The server is still answering.
        assert_eq!(get(addr, "/en/").await, Some(200), "after {name}");
    }
    server.stop().await;
}
