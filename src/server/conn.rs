//! The connection loop: accept, apply the limits, hand each connection to hyper.
//!
//! Two limits keep a hotspot's open network from knocking the server over:
//!
//! 1. **Header timeout.** A connection has `header_timeout` to send each request's headers
//!    (hyper's `header_read_timeout`; it also ends idle keep-alive connections). A client
//!    that trickles its headers one byte at a time is closed when it runs out.
//! 2. **Connection cap.** At most `max_connections` are open. When a new one arrives at the
//!    cap, the loop makes room by closing the open connection that is not in the middle of a
//!    request and has waited longest: first those that have not finished a single request
//!    yet (slow or silent clients), then idle keep-alive ones, least recently used first.
//!    A connection is never closed this way within [`GRACE`] of its accept or its latest
//!    request, so a reader whose request is on its way is not pushed out by the clients that
//!    connect after it. When no connection qualifies, the new one waits for a slot.
//!    Without this, a few hundred slow clients would hold every slot until their header
//!    timeouts ran out and every real reader would queue behind them (issue 8).
//!
//! The bookkeeping is owned by the loop itself (a list of weak references); each connection
//! shares only a few atomics with it, so there is no lock.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::Request;
use axum::response::Response;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Notify, Semaphore};
use tower::ServiceExt;

/// The least time a connection is left alone after its accept or its latest request before
/// it may be closed to make room for a new one.
pub(crate) const GRACE: Duration = Duration::from_millis(250);

/// Limits for the connection loop.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Time a client has to send a request's headers.
    pub header_timeout: Duration,
    /// Open connections at most; at the cap, the longest-waiting idle one is closed to make room.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(10),
            max_connections: 512,
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests finish
/// (for at most 5 seconds).
pub async fn run(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(16 * 1024);
    let clock = Instant::now();
    let mut open = Registry::default();
    tokio::pin!(shutdown);
    'accept: loop {
        let stream = tokio::select! {
            r = listener.accept() => match r {
                Ok((stream, _addr)) => stream,
                Err(e) => {
                    // Out of file descriptors and similar: wait a moment instead of spinning.
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break 'accept,
        };
        // At the cap: make room, or wait until a connection closes or becomes old enough to
        // be closed.
        let permit = match permits.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => loop {
                open.evict_one(clock.elapsed());
                tokio::select! {
                    p = permits.clone().acquire_owned() => break p.expect("semaphore is never closed"),
                    () = tokio::time::sleep(GRACE / 2) => continue,
                    () = &mut shutdown => break 'accept,
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let state = Arc::new(ConnState::new(clock));
        open.add(&state);
        let service = Tracked {
            app: app.clone(),
            state: state.clone(),
        };
        let conn = http.serve_connection(TokioIo::new(stream), service);
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            tokio::select! {
                _ = conn => {},
                () = state.evicted.notified() => {},
            }
            drop(permit);
        });
    }
    tokio::select! {
        () = graceful.shutdown() => {},
        () = tokio::time::sleep(Duration::from_secs(5)) => {},
    }
    Ok(())
}

/// What the loop knows about one open connection.
#[derive(Debug)]
struct ConnState {
    clock: Instant,
    /// A request is between its headers and its response.
    in_request: AtomicBool,
    /// At least one request has come in.
    served: AtomicBool,
    /// Milliseconds after `clock` of the accept or the latest request.
    last_active: AtomicU64,
    /// Chosen to close to make room (so it is not chosen twice).
    evicting: AtomicBool,
    /// Told to close to make room.
    evicted: Notify,
}

impl ConnState {
    fn new(clock: Instant) -> ConnState {
        let state = ConnState {
            clock,
            in_request: AtomicBool::new(false),
            served: AtomicBool::new(false),
            last_active: AtomicU64::new(0),
            evicting: AtomicBool::new(false),
            evicted: Notify::new(),
        };
        state.touch();
        state
    }

    fn touch(&self) {
        let ms = u64::try_from(self.clock.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_active.store(ms, Ordering::Relaxed);
    }

    /// Lower is closed first: never served before served, then least recently active. `None`
    /// for a connection inside a request, already told to close, or active within [`GRACE`]
    /// of `now` (time since `clock`).
    fn eviction_rank(&self, now: Duration) -> Option<(bool, u64)> {
        let last = self.last_active.load(Ordering::Relaxed);
        let idle = u64::try_from(now.as_millis())
            .unwrap_or(u64::MAX)
            .saturating_sub(last);
        let busy = self.in_request.load(Ordering::Relaxed) || self.evicting.load(Ordering::Relaxed);
        if busy || u128::from(idle) < GRACE.as_millis() {
            return None;
        }
        Some((self.served.load(Ordering::Relaxed), last))
    }
}

/// The open connections, in accept order. Only the accept loop touches it.
#[derive(Debug, Default)]
struct Registry {
    conns: Vec<Weak<ConnState>>,
}

impl Registry {
    fn add(&mut self, state: &Arc<ConnState>) {
        // Forget closed connections now and then, so the list stays about as long as the cap.
        if self.conns.len() >= 64 && self.conns.len().is_power_of_two() {
            self.conns.retain(|w| w.strong_count() > 0);
        }
        self.conns.push(Arc::downgrade(state));
    }

    /// Tells the open connection that has waited longest outside a request to close.
    fn evict_one(&mut self, now: Duration) {
        self.conns.retain(|w| w.strong_count() > 0);
        let victim = self
            .conns
            .iter()
            .filter_map(|w| w.upgrade())
            .filter_map(|s| s.eviction_rank(now).map(|rank| (rank, s)))
            .min_by_key(|(rank, _)| *rank);
        if let Some((_, state)) = victim {
            state.evicting.store(true, Ordering::Relaxed);
            // `notify_one` keeps the wake-up if the task is not waiting yet.
            state.evicted.notify_one();
        }
    }
}

/// The router, marking the connection as inside a request while it answers.
#[derive(Clone)]
struct Tracked {
    app: Router,
    state: Arc<ConnState>,
}

/// Clears `in_request` when the answer is ready (or the request is dropped).
struct InRequest(Arc<ConnState>);

impl Drop for InRequest {
    fn drop(&mut self) {
        self.0.touch();
        self.0.in_request.store(false, Ordering::Relaxed);
    }
}

impl hyper::service::Service<Request<Incoming>> for Tracked {
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn call(&self, req: Request<Incoming>) -> Self::Future {
        self.state.in_request.store(true, Ordering::Relaxed);
        self.state.served.store(true, Ordering::Relaxed);
        self.state.touch();
        let guard = InRequest(self.state.clone());
        let answer = self.app.clone().oneshot(req);
        Box::pin(async move {
            let res = answer.await;
            drop(guard);
            res
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn(clock: Instant, last_active: u64, served: bool) -> Arc<ConnState> {
        let s = Arc::new(ConnState::new(clock));
        s.last_active.store(last_active, Ordering::Relaxed);
        s.served.store(served, Ordering::Relaxed);
        s
    }

    #[test]
    fn eviction_prefers_never_served_then_least_recently_active() {
        let clock = Instant::now();
        let now = Duration::from_secs(10);
        let busy = conn(clock, 0, true);
        busy.in_request.store(true, Ordering::Relaxed);
        let idle_keepalive = conn(clock, 100, true);
        let slow = conn(clock, 5_000, false);
        let older_slow = conn(clock, 1_000, false);
        let just_connected = conn(clock, 9_900, false);
        let rank = |s: &Arc<ConnState>| s.eviction_rank(now);
        assert_eq!(rank(&busy), None);
        assert_eq!(rank(&just_connected), None, "within the grace period");
        assert!(rank(&older_slow) < rank(&slow));
        assert!(rank(&slow) < rank(&idle_keepalive));

        let mut reg = Registry::default();
        for s in [&busy, &idle_keepalive, &slow, &older_slow, &just_connected] {
            reg.add(s);
        }
        reg.evict_one(now);
        assert!(older_slow.evicting.load(Ordering::Relaxed));
        // The wake-up is stored: the victim's `notified()` completes at once.
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        rt.block_on(async {
            tokio::time::timeout(Duration::from_secs(1), older_slow.evicted.notified())
                .await
                .expect("the oldest never-served connection is told to close");
        });
        // Closed connections are forgotten; one already told to close is not chosen again.
        drop(older_slow);
        reg.evict_one(now);
        assert_eq!(reg.conns.len(), 4);
        assert!(slow.evicting.load(Ordering::Relaxed));
    }
}
