//! Interrupting SQLite statements: each connection of the statement pool checks a flag of its
//! own every few thousand virtual-machine steps (SQLite's progress handler) and stops its
//! statement with `SQLITE_INTERRUPT` once the flag is up.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use sea_orm::sqlx::sqlite::{Sqlite, SqliteConnectOptions, SqliteConnection};
use sea_orm::sqlx::{self, Connection};
use tokio::task::JoinHandle;

use super::statements::{Backend, Interrupter};

/// Virtual-machine steps between two looks at the flag: some microseconds of work, so that a
/// statement stops at once, and the look costs nothing beside them.
const STEPS_BETWEEN_CHECKS: i32 = 1_000;

/// The flag a connection's progress handler looks at.
pub struct Flag(Arc<AtomicBool>);

impl Interrupter for Flag {
    fn interrupt(&self) -> Option<JoinHandle<()>> {
        self.0.store(true, Ordering::Relaxed);
        None
    }

    fn resume(&self) {
        self.0.store(false, Ordering::Relaxed);
    }
}

impl Backend for Sqlite {
    type Interrupter = Flag;

    async fn open(
        options: &Arc<SqliteConnectOptions>,
    ) -> Result<(SqliteConnection, Flag), sqlx::Error> {
        let mut connection = SqliteConnection::connect_with(options).await?;
        let interrupted = Arc::new(AtomicBool::new(false));
        let seen = interrupted.clone();
        connection
            .lock_handle()
            .await?
            .set_progress_handler(STEPS_BETWEEN_CHECKS, move || !seen.load(Ordering::Relaxed));
        Ok((connection, Flag(interrupted)))
    }
}
