//! The pool that runs PostgreSQL statements outside transactions.
//!
//! sqlx's pool, under SeaORM, pings every connection it takes back: one more round trip to the
//! server, and one more task, for every statement. This pool takes a connection back as it is
//! and pings it before its next use only when there is a reason to: its statement was cut short
//! (its request was cancelled) or failed on the way, or it sat idle long enough for the server
//! or a proxy to have dropped it. A connection whose cut-short statement is still running after
//! [`SETTLE_TIMEOUT`] is replaced rather than waited for.

use std::sync::Arc;
use std::time::Duration;

use deadpool::Runtime;
use deadpool::managed::{self, Metrics, PoolError, RecycleError, RecycleResult};
use sea_orm::sea_query::Values;
use sea_orm::sqlx::postgres::{PgConnectOptions, PgConnection};
use sea_orm::sqlx::{self, Connection, Executor};
use sea_orm::{ConnAcquireErr, DbErr, ExecResult, QueryResult, RuntimeErr, Statement};
use sea_query_sqlx::SqlxValues;

/// How long a connection may live before it is replaced (sqlx's default too), so that memory
/// the server holds for it, such as prepared statements, is given back now and then.
const MAX_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// How long a checkout waits for the ping of a connection it checks; past it, the connection
/// is replaced (a cut-short statement may still be running on it).
const SETTLE_TIMEOUT: Duration = Duration::from_millis(100);

#[derive(Clone, Debug)]
pub struct StatementPool {
    pool: managed::Pool<Manager>,
}

#[derive(Debug)]
struct Manager {
    options: PgConnectOptions,
    idle_before_ping: Duration,
}

#[derive(Debug)]
struct PooledConnection {
    connection: PgConnection,
    /// Its last statement never completed (its future was dropped mid-way), or failed on the
    /// way to or from the server rather than being refused by the database.
    unsettled: bool,
}

impl PooledConnection {
    fn settle<T>(&mut self, result: Result<T, sqlx::Error>) -> Result<T, RuntimeErr> {
        self.unsettled =
            matches!(&result, Err(error) if !matches!(error, sqlx::Error::Database(_)));
        result.map_err(|error| RuntimeErr::SqlxError(Arc::new(error)))
    }
}

impl managed::Manager for Manager {
    type Type = PooledConnection;
    type Error = sqlx::Error;

    async fn create(&self) -> Result<PooledConnection, sqlx::Error> {
        Ok(PooledConnection {
            connection: PgConnection::connect_with(&self.options).await?,
            unsettled: false,
        })
    }

    async fn recycle(
        &self,
        pooled: &mut PooledConnection,
        metrics: &Metrics,
    ) -> RecycleResult<sqlx::Error> {
        if metrics.age() >= MAX_LIFETIME {
            return Err(RecycleError::message("the connection reached its lifetime"));
        }
        if pooled.unsettled || metrics.last_used() >= self.idle_before_ping {
            tokio::time::timeout(SETTLE_TIMEOUT, pooled.connection.ping())
                .await
                .map_err(|_| RecycleError::message("its last statement is still running"))??;
            pooled.unsettled = false;
        }
        Ok(())
    }
}

/// What a pool knows of its connections, for the metrics.
#[derive(Debug, Clone, Copy)]
pub struct PoolState {
    pub size: usize,
    pub idle: usize,
}

impl StatementPool {
    /// A pool that opens up to `max_size` connections, as they are needed.
    pub fn new(
        options: PgConnectOptions,
        max_size: usize,
        acquire_timeout: Duration,
        idle_before_ping: Duration,
    ) -> anyhow::Result<Self> {
        let manager = Manager {
            options,
            idle_before_ping,
        };
        let pool = managed::Pool::builder(manager)
            .max_size(max_size)
            .wait_timeout(Some(acquire_timeout))
            .create_timeout(Some(acquire_timeout))
            .runtime(Runtime::Tokio1)
            .build()?;
        Ok(Self { pool })
    }

    pub async fn execute(&self, statement: &Statement) -> Result<ExecResult, DbErr> {
        let mut pooled = self.checkout().await?;
        let result = bind(statement).execute(&mut pooled.connection).await;
        pooled
            .settle(result)
            .map(ExecResult::from)
            .map_err(DbErr::Exec)
    }

    pub async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        let mut pooled = self.checkout().await?;
        let result = pooled
            .connection
            .execute(sqlx::AssertSqlSafe(sql.to_owned()))
            .await;
        pooled
            .settle(result)
            .map(ExecResult::from)
            .map_err(DbErr::Exec)
    }

    pub async fn query_one(&self, statement: &Statement) -> Result<Option<QueryResult>, DbErr> {
        let mut pooled = self.checkout().await?;
        let result = bind(statement).fetch_optional(&mut pooled.connection).await;
        let row = pooled.settle(result).map_err(DbErr::Query)?;
        Ok(row.map(QueryResult::from))
    }

    pub async fn query_all(&self, statement: &Statement) -> Result<Vec<QueryResult>, DbErr> {
        let mut pooled = self.checkout().await?;
        let result = bind(statement).fetch_all(&mut pooled.connection).await;
        let rows = pooled.settle(result).map_err(DbErr::Query)?;
        Ok(rows.into_iter().map(QueryResult::from).collect())
    }

    /// A connection marked unsettled until its statement settles it, so that a checkout
    /// dropped mid-statement goes back to the pool marked.
    async fn checkout(&self) -> Result<managed::Object<Manager>, DbErr> {
        let mut pooled = self.pool.get().await.map_err(acquire_error)?;
        pooled.unsettled = true;
        Ok(pooled)
    }

    pub fn state(&self) -> PoolState {
        let status = self.pool.status();
        PoolState {
            size: status.size,
            idle: status.available,
        }
    }

    /// Stops handing out connections and says goodbye to the server on the idle ones; the
    /// ones in use are dropped when they come back.
    pub async fn close(&self) {
        let idle = self.pool.retain(|_, _| false).removed;
        self.pool.close();
        for pooled in idle {
            let _ = pooled.connection.close().await;
        }
    }
}

fn bind(statement: &Statement) -> sqlx::query::Query<'_, sqlx::Postgres, SqlxValues> {
    let values = statement.values.clone().unwrap_or(Values(Vec::new()));
    sqlx::query_with(
        sqlx::AssertSqlSafe(statement.sql.as_str()),
        SqlxValues(values),
    )
}

fn acquire_error(error: PoolError<sqlx::Error>) -> DbErr {
    match error {
        PoolError::Timeout(_) => DbErr::ConnectionAcquire(ConnAcquireErr::Timeout),
        PoolError::Closed => DbErr::ConnectionAcquire(ConnAcquireErr::ConnectionClosed),
        PoolError::Backend(error) => DbErr::Conn(RuntimeErr::SqlxError(Arc::new(error))),
        other => DbErr::Conn(RuntimeErr::Internal(other.to_string())),
    }
}
