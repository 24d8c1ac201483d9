//! The change feed: every committed edit, announced to this process's subscribers.
//!
//! On PostgreSQL an edit is announced with `NOTIFY` inside its transaction, so it is delivered
//! only if and when the transaction commits, and every API process (each LISTENs on its own
//! connection) delivers it to its subscribers, whichever process made the edit. On SQLite there
//! is one process, and the edit is announced in-process after commit.

use sea_orm::sqlx::postgres::PgListener;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseTransaction, DbErr, Statement};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

use crate::db::Db;

/// The PostgreSQL notification channel of the feed.
const CHANNEL: &str = "paradiplo_changes";
/// Changes a slow subscriber may fall behind by before it misses some.
const BACKLOG: usize = 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Action {
    Create,
    Update,
    Delete,
    Restore,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "CREATE",
            Action::Update => "UPDATE",
            Action::Delete => "DELETE",
            Action::Restore => "RESTORE",
        }
    }
}

/// One committed edit of one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordChange {
    /// The GraphQL type of the record, such as `City`.
    pub record_type: String,
    /// The key of the record's global id.
    pub record_key: String,
    pub action: Action,
    /// The record's version after the edit.
    pub version: i32,
    /// The cities the record is about (a city itself, an agreement's parties, …), by the key
    /// of their global ids (their first slugs).
    pub cities: Vec<String>,
    pub at: String,
}

#[derive(Clone)]
pub struct ChangeFeed {
    sender: broadcast::Sender<RecordChange>,
    /// Whether changes go through PostgreSQL's NOTIFY rather than straight to subscribers.
    notifies: bool,
}

impl Default for ChangeFeed {
    /// A feed within this process only.
    fn default() -> Self {
        Self {
            sender: broadcast::channel(BACKLOG).0,
            notifies: false,
        }
    }
}

/// The task that LISTENs on PostgreSQL; stopping it gives its connection back to the pool.
pub struct Listening(Option<JoinHandle<()>>);

impl Listening {
    pub fn stop(&self) {
        if let Some(task) = &self.0 {
            task.abort();
        }
    }
}

impl ChangeFeed {
    /// The feed of `db`; on PostgreSQL this starts listening for every process's changes.
    pub async fn start(db: &Db) -> Result<(Self, Listening), DbErr> {
        if db.get_database_backend() != DatabaseBackend::Postgres {
            return Ok((Self::default(), Listening(None)));
        }
        let feed = Self {
            notifies: true,
            ..Self::default()
        };
        let mut listener = PgListener::connect_with(db.sea().get_postgres_connection_pool())
            .await
            .map_err(|error| DbErr::Custom(format!("cannot listen for changes: {error}")))?;
        listener
            .listen(CHANNEL)
            .await
            .map_err(|error| DbErr::Custom(format!("cannot listen for changes: {error}")))?;
        let sender = feed.sender.clone();
        let task = tokio::spawn(async move {
            loop {
                // `recv` reconnects and listens again by itself when the connection drops.
                match listener.recv().await {
                    Ok(notification) => {
                        match serde_json::from_str::<RecordChange>(notification.payload()) {
                            Ok(change) => {
                                let _ = sender.send(change);
                            }
                            Err(error) => tracing::warn!(%error, "unreadable change notification"),
                        }
                    }
                    Err(error) => {
                        tracing::warn!(%error, "lost the change feed's connection; retrying");
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok((feed, Listening(Some(task))))
    }

    /// Queues `change` in the transaction that makes it (PostgreSQL delivers it on commit).
    pub async fn stage(
        &self,
        txn: &DatabaseTransaction,
        change: &RecordChange,
    ) -> Result<(), DbErr> {
        if !self.notifies {
            return Ok(());
        }
        let payload = serde_json::to_string(change)
            .map_err(|error| DbErr::Custom(format!("cannot encode a change: {error}")))?;
        txn.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT pg_notify($1, $2)",
            [CHANNEL.into(), payload.into()],
        ))
        .await?;
        Ok(())
    }

    /// Announces a committed change where the database does not.
    pub fn committed(&self, change: RecordChange) {
        if !self.notifies {
            let _ = self.sender.send(change);
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<RecordChange> {
        self.sender.subscribe()
    }
}
