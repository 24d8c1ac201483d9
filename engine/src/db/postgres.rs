//! Interrupting PostgreSQL statements: each connection of the statement pool knows the process
//! id of its backend, and an interruption asks the server, over a connection of its own, to
//! cancel what that backend runs (`pg_cancel_backend`, what a protocol cancel request does;
//! sqlx sends none). A backend waiting for its client's next statement ignores it.

use std::sync::Arc;

use sea_orm::sqlx::postgres::{PgConnectOptions, PgConnection, Postgres};
use sea_orm::sqlx::{self, Connection};
use tokio::task::JoinHandle;

use super::statements::{Backend, Interrupter};

/// Cancels the statements of one backend.
pub struct Cancel {
    pid: i32,
    options: Arc<PgConnectOptions>,
}

impl Interrupter for Cancel {
    fn interrupt(&self) -> Option<JoinHandle<()>> {
        // Without a runtime the process is ending, and its connections with it.
        let runtime = tokio::runtime::Handle::try_current().ok()?;
        let (pid, options) = (self.pid, self.options.clone());
        Some(runtime.spawn(async move {
            if let Err(error) = cancel(&options, pid).await {
                tracing::warn!(%error, pid, "cannot cancel a statement nobody waits for");
            }
        }))
    }

    /// A cancelled backend runs the next statement as any other.
    fn resume(&self) {}
}

async fn cancel(options: &PgConnectOptions, pid: i32) -> Result<(), sqlx::Error> {
    let mut connection = PgConnection::connect_with(options).await?;
    sqlx::query("SELECT pg_cancel_backend($1)")
        .bind(pid)
        .execute(&mut connection)
        .await?;
    connection.close().await
}

impl Backend for Postgres {
    type Interrupter = Cancel;

    async fn open(options: &Arc<PgConnectOptions>) -> Result<(PgConnection, Cancel), sqlx::Error> {
        let mut connection = PgConnection::connect_with(options).await?;
        let pid = sqlx::query_scalar("SELECT pg_backend_pid()")
            .fetch_one(&mut connection)
            .await?;
        let cancel = Cancel {
            pid,
            options: options.clone(),
        };
        Ok((connection, cancel))
    }
}
