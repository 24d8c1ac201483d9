//! The application: a server you can start on any port and stop gracefully, with a deadline
//! for requests in flight, closing the database pool last.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use axum::serve::ListenerExt;
use tokio::net::TcpListener;

use crate::config::Config;
use crate::db::Db;
use crate::service::changes::{ChangeFeed, Listening};
use crate::{db, http};

pub struct App {
    listener: TcpListener,
    router: Router,
    db: Db,
    listening: Listening,
    shutdown_deadline: Duration,
}

impl App {
    /// Connects to and prepares the configured database, then binds the listener.
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let db = db::connect(&config.database_url).await?;
        db::prepare(&db, config.load_bundled).await?;
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
        })
    }

    /// The address the server listens on (the real port when the configured one was 0).
    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Serves until SIGTERM or Ctrl-C.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `stop` completes; then stops accepting, gives requests in flight the
    /// shutdown deadline to finish, and closes the database pool.
    pub async fn run_until(
        self,
        stop: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stopping, mut stopped) = tokio::sync::watch::channel(false);
        // The peer's address is what anonymous callers are rate-limited by.
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        // Answers go out as soon as they are written, not held back for the client's ACK of
        // the previous segment (Nagle's algorithm), which delays the tail of large answers.
        let listener = self.listener.tap_io(|stream| {
            if let Err(error) = stream.set_nodelay(true) {
                tracing::warn!(%error, "cannot turn off Nagle's algorithm on a connection");
            }
        });
        let server = axum::serve(listener, service).with_graceful_shutdown(async move {
            stop.await;
            tracing::info!("shutting down: finishing requests in flight");
            let _ = stopping.send(true);
        });
        let deadline = self.shutdown_deadline;
        let expired = async move {
            if stopped.wait_for(|stopping| *stopping).await.is_ok() {
                tokio::time::sleep(deadline).await;
            } else {
                std::future::pending::<()>().await;
            }
        };
        tokio::select! {
            served = server => served.context("the server failed")?,
            () = expired => tracing::warn!(?deadline, "shutdown deadline passed; dropping requests still in flight"),
        }
        // The feed's connection goes back to the pool, so that closing it does not wait for it.
        self.listening.stop();
        self.db
            .close()
            .await
            .context("cannot close the database pool")?;
        tracing::info!("stopped");
        Ok(())
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
