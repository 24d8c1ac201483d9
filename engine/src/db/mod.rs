//! [`Db`], a handle on the database that runs statements outside transactions on a pool of its
//! own (see [`statements`]), which interrupts those nobody waits for any more, and SeaORM's pool
//! for the rest.

mod postgres;
mod sqlite;
mod statements;

use std::sync::Arc;
use std::time::{Duration, Instant};

use sea_orm::metric::Info;
use sea_orm::{
    AccessMode, ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr,
    ExecResult, IsolationLevel, QueryResult, Statement, TransactionError, TransactionOptions,
    TransactionTrait,
};

pub use statements::PoolState;
use statements::{StatementPool, Statements};

/// Told about every statement once it has run, with its text and duration.
type StatementObserver = Arc<dyn Fn(&Info<'_>) + Send + Sync>;

/// The database. Statements outside a transaction run on a pool of statements
/// (see [`statements`]) that interrupts those nobody waits for any more and spares each
/// one sqlx's ping on release; on SQLite its connections read side by side. Transactions,
/// migrations and change notifications use SeaORM's pool, which on SQLite is the one writer.
#[derive(Clone)]
pub struct Db {
    sea: DatabaseConnection,
    statements: Option<Statements>,
    observer: Option<StatementObserver>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("sea", &self.sea)
            .field("statements", &self.statements)
            .finish_non_exhaustive()
    }
}

/// A database without a pool of statements of its own, such as a disconnected one.
impl From<DatabaseConnection> for Db {
    fn from(sea: DatabaseConnection) -> Self {
        Self::new(sea, None)
    }
}

impl Db {
    fn new(sea: DatabaseConnection, statements: Option<Statements>) -> Self {
        Self {
            sea,
            statements,
            observer: None,
        }
    }

    /// `sea` with a pool of statements beside it, opening up to `connections` connections with
    /// the options of `sea`'s pool as they are needed; a connection idle for `idle_before_ping`
    /// is pinged before its next use. A connection other than SQLite or PostgreSQL gets none.
    pub fn with_statement_pool(
        sea: DatabaseConnection,
        connections: usize,
        idle_before_ping: Duration,
    ) -> anyhow::Result<Self> {
        let statements = match sea.get_database_backend() {
            DatabaseBackend::Postgres => Some(Statements::Postgres(StatementPool::beside(
                sea.get_postgres_connection_pool(),
                connections,
                idle_before_ping,
            )?)),
            DatabaseBackend::Sqlite => Some(Statements::Sqlite(StatementPool::beside(
                sea.get_sqlite_connection_pool(),
                connections,
                idle_before_ping,
            )?)),
            _ => None,
        };
        Ok(Self::new(sea, statements))
    }

    /// SeaORM's connection, for what needs it itself: migrations and listening for changes.
    pub fn sea(&self) -> &DatabaseConnection {
        &self.sea
    }

    /// Calls `observer` after every statement, with its text and duration.
    pub fn set_metric_callback(&mut self, observer: impl Fn(&Info<'_>) + Send + Sync + 'static) {
        let observer = Arc::new(observer);
        let on_sea = observer.clone();
        self.sea.set_metric_callback(move |info| on_sea(info));
        self.observer = Some(observer);
    }

    pub async fn ping(&self) -> Result<(), DbErr> {
        self.sea.ping().await
    }

    /// Interrupts the statements still running and closes the pools; call it once requests
    /// in flight have had their time, so that the process need not wait for their statements.
    pub async fn close(self) -> Result<(), DbErr> {
        if let Some(statements) = &self.statements {
            statements.close().await;
        }
        self.sea.close().await
    }

    /// How many connections are open and how many of them idle, over both pools.
    pub fn pool_state(&self) -> PoolState {
        let (size, idle) = match self.sea.get_database_backend() {
            DatabaseBackend::Postgres => {
                let pool = self.sea.get_postgres_connection_pool();
                (pool.size(), pool.num_idle())
            }
            DatabaseBackend::Sqlite => {
                let pool = self.sea.get_sqlite_connection_pool();
                (pool.size(), pool.num_idle())
            }
            _ => (0, 0),
        };
        let sea = PoolState {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            idle,
        };
        match &self.statements {
            Some(statements) => {
                let own = statements.state();
                PoolState {
                    size: sea.size + own.size,
                    idle: sea.idle + own.idle,
                }
            }
            None => sea,
        }
    }

    /// Runs `statement` on the pool of statements, telling the observer about it.
    async fn observed<T>(
        &self,
        statement: &Statement,
        run: impl Future<Output = Result<T, DbErr>>,
    ) -> Result<T, DbErr> {
        let Some(observer) = &self.observer else {
            return run.await;
        };
        let start = Instant::now();
        let result = run.await;
        observer(&Info {
            elapsed: start.elapsed(),
            statement,
            failed: result.is_err(),
        });
        result
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for Db {
    fn get_database_backend(&self) -> DatabaseBackend {
        self.sea.get_database_backend()
    }

    async fn execute_raw(&self, statement: Statement) -> Result<ExecResult, DbErr> {
        match &self.statements {
            Some(pool) => self.observed(&statement, pool.execute(&statement)).await,
            None => self.sea.execute_raw(statement).await,
        }
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        match &self.statements {
            Some(pool) => {
                let statement = Statement::from_string(self.get_database_backend(), sql);
                self.observed(&statement, pool.execute_unprepared(sql))
                    .await
            }
            None => self.sea.execute_unprepared(sql).await,
        }
    }

    async fn query_one_raw(&self, statement: Statement) -> Result<Option<QueryResult>, DbErr> {
        match &self.statements {
            Some(pool) => self.observed(&statement, pool.query_one(&statement)).await,
            None => self.sea.query_one_raw(statement).await,
        }
    }

    async fn query_all_raw(&self, statement: Statement) -> Result<Vec<QueryResult>, DbErr> {
        match &self.statements {
            Some(pool) => self.observed(&statement, pool.query_all(&statement)).await,
            None => self.sea.query_all_raw(statement).await,
        }
    }

    fn support_returning(&self) -> bool {
        self.sea.support_returning()
    }
}

#[async_trait::async_trait]
impl TransactionTrait for Db {
    type Transaction = DatabaseTransaction;

    async fn begin(&self) -> Result<DatabaseTransaction, DbErr> {
        self.sea.begin().await
    }

    async fn begin_with_config(
        &self,
        isolation_level: Option<IsolationLevel>,
        access_mode: Option<AccessMode>,
    ) -> Result<DatabaseTransaction, DbErr> {
        self.sea
            .begin_with_config(isolation_level, access_mode)
            .await
    }

    async fn begin_with_options(
        &self,
        options: TransactionOptions,
    ) -> Result<DatabaseTransaction, DbErr> {
        self.sea.begin_with_options(options).await
    }

    async fn transaction<F, T, E>(&self, callback: F) -> Result<T, TransactionError<E>>
    where
        F: for<'c> FnOnce(
                &'c DatabaseTransaction,
            )
                -> std::pin::Pin<Box<dyn Future<Output = Result<T, E>> + Send + 'c>>
            + Send,
        T: Send,
        E: std::fmt::Display + std::fmt::Debug + Send,
    {
        self.sea.transaction(callback).await
    }

    async fn transaction_with_config<F, T, E>(
        &self,
        callback: F,
        isolation_level: Option<IsolationLevel>,
        access_mode: Option<AccessMode>,
    ) -> Result<T, TransactionError<E>>
    where
        F: for<'c> FnOnce(
                &'c DatabaseTransaction,
            )
                -> std::pin::Pin<Box<dyn Future<Output = Result<T, E>> + Send + 'c>>
            + Send,
        T: Send,
        E: std::fmt::Display + std::fmt::Debug + Send,
    {
        self.sea
            .transaction_with_config(callback, isolation_level, access_mode)
            .await
    }
}
