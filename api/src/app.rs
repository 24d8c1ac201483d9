//! The application: a server you can start on any port and stop gracefully, with a deadline
//! for requests in flight, closing the database pool last. It serves each connection under its
//! timeouts ([`http::connection`]), up to a cap: beyond it, kept-alive connections idle a while
//! are closed to make room (as nginx does), and new ones wait until one closes.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::{Extension, Router};
use tokio::net::TcpListener;
use tokio::sync::{Notify, Semaphore};

use crate::config::Config;
use crate::db::Db;
use crate::http::connection::{self, Shutdown, Timeouts};
use crate::service::changes::{ChangeFeed, Listening};
use crate::{db, http, startup};

/// How often a new connection beyond the cap asks idle ones again to make room, while every
/// connection is busy.
const CROWDED_RETRY: Duration = Duration::from_millis(50);

pub struct App {
    listener: TcpListener,
    router: Router,
    db: Db,
    listening: Listening,
    shutdown_deadline: Duration,
    timeouts: Timeouts,
    max_connections: usize,
}

impl App {
    /// Connects to and prepares the configured database, then binds the listener.
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let db = db::connect(&config.database_url).await?;
        startup::prepare_with(&db, config.load_bundled.then_some(config.dataset)).await?;
        Self::with_database(config, db).await
    }

    /// Binds the listener for an already prepared database.
    pub async fn with_database(config: &Config, db: Db) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(config.bind)
            .await
            .with_context(|| format!("cannot listen on {}", config.bind))?;
        let (feed, listening) = ChangeFeed::start(&db)
            .await
            .context("cannot start the change feed")?;
        Ok(Self {
            listener,
            router: http::router(config, db.clone(), feed),
            db,
            listening,
            shutdown_deadline: config.shutdown_deadline,
            timeouts: Timeouts {
                header_read: config.header_read_timeout,
                idle: config.idle_timeout,
            },
            max_connections: config.max_connections.get(),
        })
    }

    /// The address the server listens on (the real port when the configured one was 0).
    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Serves until SIGTERM or Ctrl-C, listened for from this call on: a signal that comes as
    /// soon as the server says it serves stops it gracefully instead of killing it.
    pub fn run_until_stopped(self) -> impl Future<Output = anyhow::Result<()>> + Send {
        let stop = shutdown_signal();
        self.run_until(stop)
    }

    /// Serves until `stop` completes; then stops accepting, tells connections and WebSockets
    /// to finish, gives requests in flight the shutdown deadline, and closes the database pool.
    pub async fn run_until(
        self,
        stop: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let Self {
            listener,
            router,
            db,
            listening,
            shutdown_deadline,
            timeouts,
            max_connections,
        } = self;
        let shutdown = Shutdown::default();
        // The WebSocket endpoint closes its sockets when shutdown begins.
        let router = router.layer(Extension(shutdown.clone()));
        let places = Arc::new(Semaphore::new(max_connections));
        let crowded = Arc::new(Notify::new());
        let accepting = async {
            loop {
                let (stream, peer) = match listener.accept().await {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        // Out of file descriptors, most likely: give connections time to close.
                        tracing::error!(%error, "cannot accept a connection");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                };
                // At the cap, connections idle a while are asked to make room: kept alive, they
                // would hold every place and have new clients wait for their idle timeout. This
                // one waits for a place meanwhile, and the next ones in the listen queue.
                let place = match places.clone().try_acquire_owned() {
                    Ok(place) => place,
                    Err(_) => loop {
                        crowded.notify_waiters();
                        let wait = places.clone().acquire_owned();
                        if let Ok(Ok(place)) = tokio::time::timeout(CROWDED_RETRY, wait).await {
                            break place;
                        }
                    },
                };
                // Answers go out as soon as they are written, not held back for the client's
                // ACK of the previous segment (Nagle's algorithm), which delays the tail of
                // large answers.
                if let Err(error) = stream.set_nodelay(true) {
                    tracing::warn!(%error, "cannot turn off Nagle's algorithm on a connection");
                }
                shutdown.spawn(connection::serve(
                    stream,
                    peer,
                    place,
                    router.clone(),
                    timeouts,
                    shutdown.clone(),
                    crowded.clone(),
                ));
            }
        };
        tokio::select! {
            () = accepting => {}
            () = stop => {}
        }
        drop(listener);
        tracing::info!("shutting down: finishing requests in flight");
        shutdown.begin();
        if tokio::time::timeout(shutdown_deadline, shutdown.finished())
            .await
            .is_err()
        {
            tracing::warn!(deadline = ?shutdown_deadline, "shutdown deadline passed; dropping requests still in flight");
        }
        // The feed's connection goes back to the pool, so that closing it does not wait for it.
        listening.stop();
        db.close().await.context("cannot close the database pool")?;
        tracing::info!("stopped");
        Ok(())
    }
}

/// SIGTERM or Ctrl-C, listened for from the call on (tokio's own listeners start only when
/// first polled, and until then either signal kills the process).
fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let listeners = [SignalKind::terminate(), SignalKind::interrupt()].map(signal);
        async move {
            let waits = listeners.into_iter().map(|listener| async move {
                match listener {
                    Ok(mut listener) => {
                        listener.recv().await;
                    }
                    Err(error) => {
                        tracing::error!(%error, "cannot listen for a stop signal");
                        std::future::pending::<()>().await;
                    }
                }
            });
            futures_util::future::select_all(waits.map(Box::pin)).await;
        }
    }
    #[cfg(not(unix))]
    async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    }
}
