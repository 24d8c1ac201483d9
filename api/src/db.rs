//! Connecting to the database (SQLite by default, PostgreSQL in production) with the
//! application's settings. [`Db`] is the handle the application passes around; it runs
//! statements outside transactions on a pool of its own (see the `engine` crate).

use std::time::Duration;

use anyhow::Context;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database};

pub use engine::db::{Db, PoolState};

/// How long a pooled connection may sit unused before it is checked on its next checkout.
const IDLE_BEFORE_PING: Duration = Duration::from_secs(30);

/// Most connections the pool of statements opens (sqlx's default pool size). On SQLite they
/// read side by side, in WAL mode, while SeaORM's one connection writes.
const STATEMENT_CONNECTIONS: usize = 10;

pub async fn connect(database_url: &str) -> anyhow::Result<Db> {
    let mut options = ConnectOptions::new(database_url);
    // Statement logs are for debugging (`PARADIPLO_LOG=sea_orm=debug`), not for every request.
    options.sqlx_logging(false);
    // A pooled connection is pinged only once it has sat idle long enough for a proxy or the
    // server to have dropped it; a ping at every checkout adds a round trip to every statement.
    options.test_before_acquire_if_idle_for(IDLE_BEFORE_PING);
    // Write-ahead logging lets reads go on while one write commits, and FULL synchronous
    // makes every acknowledged write survive a crash or power loss.
    options.map_sqlx_sqlite_opts(|sqlite| {
        sqlite
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
    });
    let sea = Database::connect(options)
        .await
        .with_context(|| format!("cannot connect to the database at {}", redact(database_url)))?;
    Db::with_statement_pool(sea, STATEMENT_CONNECTIONS, IDLE_BEFORE_PING)
}

/// The database URL without its password, for logs and messages.
pub fn redact(database_url: &str) -> String {
    match (database_url.find("://"), database_url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &database_url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!(
                    "{}{user}:***{}",
                    &database_url[..scheme_end + 3],
                    &database_url[at..]
                ),
                None => database_url.to_string(),
            }
        }
        _ => database_url.to_string(),
    }
}

/// Where the data lives, for the start-up log: the file of an SQLite database, else the URL.
pub fn describe(database_url: &str) -> String {
    match database_url
        .strip_prefix("sqlite://")
        .or_else(|| database_url.strip_prefix("sqlite:"))
    {
        Some(rest) => {
            let file = rest.split('?').next().unwrap_or(rest);
            let path = std::path::Path::new(file);
            let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
            format!("SQLite file {}", absolute.display())
        }
        None => redact(database_url),
    }
}
