//! One client connection: HTTP/1.1 (upgradable to WebSocket) under two timeouts, holding its
//! place among the open connections until it closes, or giving it up when the server is full
//! and it has been idle a while; and [`Shutdown`], which ends them all.
//!
//! hyper's header-read timer starts as soon as a connection waits for a request, so on its
//! own it would close kept-alive connections as early as half-sent requests. It is set to the
//! idle timeout here, and the header-read timeout is kept by [`Activity`]: from the moment a
//! connection opens, or the first byte of a later request arrives, until its headers are read.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::Service;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::{Notify, OwnedSemaphorePermit};
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// How long a kept-alive connection must have been idle before it may be closed to make room.
/// A client reuses a connection as soon as it has another request; closing one it is about to
/// reuse would fail that request, so only connections idle longer than a client's turnaround
/// are taken.
const IDLE_BEFORE_GIVING_WAY: Duration = Duration::from_secs(1);

/// How long a client may take, and stay silent.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// To send a request's headers.
    pub header_read: Duration,
    /// To start its next request on a kept-alive connection.
    pub idle: Duration,
}

/// The end of the server, as connections and WebSockets see it: they are told to stop, and
/// the server waits for them. Request extension of the router, for the WebSocket endpoint.
#[derive(Debug, Clone, Default)]
pub struct Shutdown {
    stopping: CancellationToken,
    tasks: TaskTracker,
}

impl Shutdown {
    /// Runs `task` (a connection, a WebSocket) as one the server waits for at shutdown.
    pub fn spawn(&self, task: impl Future<Output = ()> + Send + 'static) {
        self.tasks.spawn(task);
    }

    /// `task`, counted among those the server waits for at shutdown.
    pub fn track<F: Future>(&self, task: F) -> impl Future<Output = F::Output> + use<F> {
        self.tasks.track_future(task)
    }

    /// Tells every connection and WebSocket to finish.
    pub fn begin(&self) {
        self.tasks.close();
        self.stopping.cancel();
    }

    /// Completes once shutdown has begun.
    pub async fn stopping(&self) {
        self.stopping.cancelled().await;
    }

    /// Completes once shutdown has begun and every connection and WebSocket has ended.
    pub async fn finished(&self) {
        self.tasks.wait().await;
    }
}

/// Serves one accepted connection until it closes, its client is too slow to send a request's
/// headers or stays idle too long, or shutdown begins (then the request in flight finishes and
/// the connection closes). `place` is its place among the open connections, given back when
/// the connection closes, WebSocket included; once the connection has been idle between
/// requests for a while, `crowded` asks it to close and make room for a new one.
pub async fn serve(
    stream: TcpStream,
    peer: SocketAddr,
    place: OwnedSemaphorePermit,
    router: Router,
    timeouts: Timeouts,
    shutdown: Shutdown,
    crowded: Arc<Notify>,
) {
    let activity = Arc::new(Activity::new());
    let io = Watched {
        stream,
        activity: activity.clone(),
        _place: place,
    };
    let router = TowerToHyperService::new(router.into_service::<Incoming>());
    let watched = activity.clone();
    let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
        watched.request_begun();
        // The peer's address is what anonymous callers are rate-limited by.
        request.extensions_mut().insert(ConnectInfo(peer));
        let answer = router.call(request);
        let watched = watched.clone();
        async move {
            let response = answer.await?;
            watched.answered(response.status() == StatusCode::SWITCHING_PROTOCOLS);
            Ok::<_, Infallible>(response)
        }
    });
    let connection = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(timeouts.idle)
        .serve_connection(TokioIo::new(io), service)
        .with_upgrades();
    let mut connection = std::pin::pin!(connection);
    let mut too_slow = std::pin::pin!(activity.too_slow(timeouts.header_read));
    let mut stopping = false;
    loop {
        tokio::select! {
            served = connection.as_mut() => {
                if let Err(error) = served {
                    tracing::debug!(%error, %peer, "connection ended");
                }
                return;
            }
            () = &mut too_slow => {
                tracing::debug!(%peer, timeout = ?timeouts.header_read, "closing a connection that did not send a request's headers in time");
                return;
            }
            () = shutdown.stopping(), if !stopping => {
                stopping = true;
                connection.as_mut().graceful_shutdown();
            }
            () = crowded.notified(), if !stopping => {
                if activity.idle_for(IDLE_BEFORE_GIVING_WAY) {
                    tracing::debug!(%peer, "closing an idle connection to make room for a new one");
                    stopping = true;
                    connection.as_mut().graceful_shutdown();
                }
            }
        }
    }
}

/// Where a connection is between its requests: reading one's headers, in a request, or idle.
/// Reads and the service report to it; [`Activity::too_slow`] and [`Activity::idle_for`] watch
/// it.
struct Activity {
    opened: Instant,
    /// When the headers being read began (milliseconds after `opened`, plus one); 0 when none
    /// are being read.
    head_began: AtomicU64,
    in_request: AtomicBool,
    /// When the last answer went out (milliseconds after `opened`, plus one); 0 before the
    /// first.
    answered_at: AtomicU64,
    /// Switched to another protocol: no more requests, no header timeout.
    upgraded: AtomicBool,
    changed: Notify,
}

impl Activity {
    fn new() -> Self {
        Self {
            opened: Instant::now(),
            // A new connection owes its first request's headers from the start.
            head_began: AtomicU64::new(1),
            in_request: AtomicBool::new(false),
            answered_at: AtomicU64::new(0),
            upgraded: AtomicBool::new(false),
            changed: Notify::new(),
        }
    }

    /// Bytes arrived: outside a request, they begin the next one's headers.
    fn bytes_read(&self) {
        if !self.in_request.load(Ordering::Relaxed) && self.head_began.load(Ordering::Relaxed) == 0
        {
            self.head_began.store(self.now(), Ordering::Relaxed);
            self.changed.notify_one();
        }
    }

    /// Milliseconds since the connection opened, plus one (so that 0 can mean never).
    fn now(&self) -> u64 {
        u64::try_from(self.opened.elapsed().as_millis()).map_or(u64::MAX, |since| since + 1)
    }

    /// The headers are read and the request goes to the router.
    fn request_begun(&self) {
        self.in_request.store(true, Ordering::Relaxed);
        self.head_began.store(0, Ordering::Relaxed);
    }

    fn answered(&self, upgraded: bool) {
        if upgraded {
            self.upgraded.store(true, Ordering::Relaxed);
        }
        self.answered_at.store(self.now(), Ordering::Relaxed);
        self.in_request.store(false, Ordering::Relaxed);
    }

    /// Between requests for at least `time`, with no byte of the next one read.
    fn idle_for(&self, time: Duration) -> bool {
        let answered_at = self.answered_at.load(Ordering::Relaxed);
        !self.upgraded.load(Ordering::Relaxed)
            && !self.in_request.load(Ordering::Relaxed)
            && self.head_began.load(Ordering::Relaxed) == 0
            && answered_at != 0
            && self.now().saturating_sub(answered_at)
                >= u64::try_from(time.as_millis()).unwrap_or(u64::MAX)
    }

    /// Completes when headers being read have taken longer than `timeout`.
    async fn too_slow(&self, timeout: Duration) {
        loop {
            if self.upgraded.load(Ordering::Relaxed) {
                return std::future::pending().await;
            }
            let began = self.head_began.load(Ordering::Relaxed);
            if began == 0 || self.in_request.load(Ordering::Relaxed) {
                self.changed.notified().await;
                continue;
            }
            tokio::time::sleep_until(self.opened + Duration::from_millis(began - 1) + timeout)
                .await;
            if self.head_began.load(Ordering::Relaxed) == began
                && !self.in_request.load(Ordering::Relaxed)
            {
                return;
            }
        }
    }
}

/// A connection's stream, reporting what it reads to its [`Activity`].
struct Watched {
    stream: TcpStream,
    activity: Arc<Activity>,
    _place: OwnedSemaphorePermit,
}

impl AsyncRead for Watched {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let read = Pin::new(&mut this.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            this.activity.bytes_read();
        }
        read
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}
