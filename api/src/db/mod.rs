//! Connecting to the database (SQLite by default, PostgreSQL in production), migrating it, and
//! loading the bundled dataset into it on first start. [`Db`] is the handle the application
//! passes around; it runs statements outside transactions on a pool of its own.

mod handle;
mod postgres;
mod sqlite;
mod statements;

use std::time::Duration;

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseBackend, EntityTrait, PaginatorTrait};

use crate::dataset::{self, Dataset};
use crate::service::search;

pub use handle::Db;
pub use statements::PoolState;
use statements::{StatementPool, Statements};

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
    let statements = match sea.get_database_backend() {
        DatabaseBackend::Postgres => {
            let pool = sea.get_postgres_connection_pool();
            Some(Statements::Postgres(StatementPool::new(
                (*pool.connect_options()).clone(),
                STATEMENT_CONNECTIONS,
                pool.options().get_acquire_timeout(),
                IDLE_BEFORE_PING,
            )?))
        }
        DatabaseBackend::Sqlite => {
            let pool = sea.get_sqlite_connection_pool();
            Some(Statements::Sqlite(StatementPool::new(
                (*pool.connect_options()).clone(),
                STATEMENT_CONNECTIONS,
                pool.options().get_acquire_timeout(),
                IDLE_BEFORE_PING,
            )?))
        }
        _ => None,
    };
    Ok(Db::new(sea, statements))
}

/// Brings the schema up to date and, when the database holds no data yet, loads the bundled
/// dataset with the same importer `paradiplo import` uses.
pub async fn prepare(db: &Db, load_bundled: bool) -> anyhow::Result<()> {
    Migrator::up(db.sea(), None)
        .await
        .context("cannot migrate the database")?;
    if load_bundled && entity::city::Entity::find().count(db).await? == 0 {
        let report = dataset::import(db, &Dataset::bundled()?)
            .await
            .context("cannot load the bundled dataset")?;
        tracing::info!(%report, "loaded the bundled dataset into the empty database");
    }
    search::ensure_indexed(db)
        .await
        .context("cannot build the search index")?;
    Ok(())
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
