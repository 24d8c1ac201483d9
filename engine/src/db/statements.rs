//! The pool that runs statements outside transactions, on either database, and interrupts the
//! statements nobody waits for any more.
//!
//! A request that times out, or whose client goes away, drops its futures and the statements
//! they wait on. Left alone, such a statement goes on running in the database — on SQLite in a
//! thread of its connection, on PostgreSQL in its backend — holding a connection and a core
//! long after its request was answered. This pool interrupts it as it is dropped (how depends
//! on the database: see [`Backend`]) and waits for it to end before its connection runs
//! another statement; closing the pool interrupts every statement still running, so that a
//! server shutting down need not wait for them.
//!
//! sqlx's pool, under SeaORM, pings every connection it takes back: one more round trip to the
//! server, and one more task, for every statement. This pool takes a connection back as it is
//! and pings it before its next use only when there is a reason to: its statement was
//! interrupted or failed on the way, or it sat idle long enough for the server or a proxy to
//! have dropped it. A connection whose statement is still running after [`SETTLE_TIMEOUT`] is
//! replaced rather than waited for.

use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;

use deadpool::Runtime;
use deadpool::managed::{self, Metrics, PoolError, RecycleError, RecycleResult};
use futures_util::future::join_all;
use sea_orm::sea_query::Values;
use sea_orm::sqlx::postgres::Postgres;
use sea_orm::sqlx::sqlite::Sqlite;
use sea_orm::sqlx::{self, Connection, Executor, IntoArguments};
use sea_orm::{ConnAcquireErr, DbErr, ExecResult, QueryResult, RuntimeErr, Statement};
use sea_query_sqlx::SqlxValues;
use tokio::task::JoinHandle;

/// How long a connection may live before it is replaced (sqlx's default too), so that memory
/// the server holds for it, such as prepared statements, is given back now and then.
const MAX_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// How long a checkout waits for the ping of a connection it checks; past it, the connection
/// is replaced (an interrupted statement may still be running on it).
const SETTLE_TIMEOUT: Duration = Duration::from_millis(100);

/// How long a checkout, or closing the pool, waits for an interruption to be delivered.
const INTERRUPT_TIMEOUT: Duration = Duration::from_secs(2);

/// A database whose statements this pool can interrupt.
pub trait Backend: sqlx::Database {
    /// Interrupts the statements of one connection.
    type Interrupter: Interrupter;

    /// Opens a connection and what interrupts its statements.
    fn open(
        options: &Arc<ConnectOptions<Self>>,
    ) -> impl Future<Output = Result<(Self::Connection, Self::Interrupter), sqlx::Error>> + Send;
}

type ConnectOptions<D> = <<D as sqlx::Database>::Connection as Connection>::Options;

/// Interrupts the statements of one connection.
pub trait Interrupter: Send + Sync + 'static {
    /// Interrupts the statement the connection is running, if any, and every statement it
    /// starts until [`Interrupter::resume`]; the handle, if any, ends once the interruption
    /// has been delivered.
    fn interrupt(&self) -> Option<JoinHandle<()>>;

    /// Lets the connection run statements again, once the interrupted one has ended.
    fn resume(&self);
}

pub struct StatementPool<D: Backend> {
    pool: managed::Pool<Manager<D>>,
}

impl<D: Backend> std::fmt::Debug for StatementPool<D> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StatementPool")
            .field("status", &self.pool.status())
            .finish()
    }
}

impl<D: Backend> Clone for StatementPool<D> {
    fn clone(&self) -> Self {
        Self {
            pool: self.pool.clone(),
        }
    }
}

struct Manager<D: Backend> {
    options: Arc<ConnectOptions<D>>,
    idle_before_ping: Duration,
    /// What interrupts each open connection, for closing the pool.
    open: Mutex<Vec<Weak<D::Interrupter>>>,
}

impl<D: Backend> Manager<D> {
    fn interrupters(&self) -> Vec<Arc<D::Interrupter>> {
        let open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        open.iter().filter_map(Weak::upgrade).collect()
    }
}

struct PooledConnection<D: Backend> {
    connection: D::Connection,
    interrupter: Arc<D::Interrupter>,
    /// Its last statement was interrupted, or failed on the way to or from the server rather
    /// than being refused by the database: it is checked before its next use.
    unsettled: bool,
    /// The interruption of its last statement, on its way.
    interrupting: Option<JoinHandle<()>>,
}

impl<D: Backend> managed::Manager for Manager<D> {
    type Type = PooledConnection<D>;
    type Error = sqlx::Error;

    async fn create(&self) -> Result<PooledConnection<D>, sqlx::Error> {
        let (connection, interrupter) = D::open(&self.options).await?;
        let interrupter = Arc::new(interrupter);
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        open.retain(|open| open.strong_count() > 0);
        open.push(Arc::downgrade(&interrupter));
        Ok(PooledConnection {
            connection,
            interrupter,
            unsettled: false,
            interrupting: None,
        })
    }

    async fn recycle(
        &self,
        pooled: &mut PooledConnection<D>,
        metrics: &Metrics,
    ) -> RecycleResult<sqlx::Error> {
        if metrics.age() >= MAX_LIFETIME {
            return Err(RecycleError::message("the connection reached its lifetime"));
        }
        if let Some(interrupting) = pooled.interrupting.take() {
            tokio::time::timeout(INTERRUPT_TIMEOUT, interrupting)
                .await
                .map_err(|_| RecycleError::message("its statement could not be interrupted"))?
                .map_err(|_| RecycleError::message("the interruption of its statement failed"))?;
        }
        if pooled.unsettled || metrics.last_used() >= self.idle_before_ping {
            // The ping waits behind the statement the connection may still be running.
            tokio::time::timeout(SETTLE_TIMEOUT, pooled.connection.ping())
                .await
                .map_err(|_| RecycleError::message("its last statement is still running"))??;
            pooled.interrupter.resume();
            pooled.unsettled = false;
        }
        Ok(())
    }
}

/// A connection running a statement; dropped before [`Running::finish`], it interrupts it.
struct Running<D: Backend> {
    pooled: managed::Object<Manager<D>>,
    finished: bool,
}

impl<D: Backend> Running<D> {
    fn connection(&mut self) -> &mut D::Connection {
        &mut self.pooled.connection
    }

    /// The statement's outcome; a connection whose statement failed on the way (rather than
    /// being refused by the database) is checked before its next use.
    fn finish<T>(mut self, result: Result<T, sqlx::Error>) -> Result<T, RuntimeErr> {
        self.finished = true;
        self.pooled.unsettled =
            matches!(&result, Err(error) if !matches!(error, sqlx::Error::Database(_)));
        result.map_err(|error| RuntimeErr::SqlxError(Arc::new(error)))
    }
}

impl<D: Backend> Drop for Running<D> {
    fn drop(&mut self) {
        if !self.finished {
            self.pooled.unsettled = true;
            self.pooled.interrupting = self.pooled.interrupter.interrupt();
        }
    }
}

/// What a pool knows of its connections, for the metrics.
#[derive(Debug, Clone, Copy)]
pub struct PoolState {
    pub size: usize,
    pub idle: usize,
}

impl<D: Backend> StatementPool<D>
where
    for<'c> &'c mut D::Connection: Executor<'c, Database = D>,
    SqlxValues: IntoArguments<D>,
    QueryResult: From<D::Row>,
    ExecResult: From<D::QueryResult>,
{
    /// A pool beside `sqlx_pool` that opens up to `max_size` connections as it does, as they
    /// are needed, and waits for one as long.
    pub fn beside(
        sqlx_pool: &sqlx::Pool<D>,
        max_size: usize,
        idle_before_ping: Duration,
    ) -> anyhow::Result<Self> {
        let acquire_timeout = sqlx_pool.options().get_acquire_timeout();
        let manager = Manager {
            options: Arc::new((*sqlx_pool.connect_options()).clone()),
            idle_before_ping,
            open: Mutex::default(),
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
        let mut running = self.checkout().await?;
        let result = bind(statement).execute(running.connection()).await;
        running
            .finish(result)
            .map(ExecResult::from)
            .map_err(DbErr::Exec)
    }

    pub async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        let mut running = self.checkout().await?;
        let result = running
            .connection()
            .execute(sqlx::AssertSqlSafe(sql.to_owned()))
            .await;
        running
            .finish(result)
            .map(ExecResult::from)
            .map_err(DbErr::Exec)
    }

    pub async fn query_one(&self, statement: &Statement) -> Result<Option<QueryResult>, DbErr> {
        let mut running = self.checkout().await?;
        let result = bind(statement).fetch_optional(running.connection()).await;
        let row = running.finish(result).map_err(DbErr::Query)?;
        Ok(row.map(QueryResult::from))
    }

    pub async fn query_all(&self, statement: &Statement) -> Result<Vec<QueryResult>, DbErr> {
        let mut running = self.checkout().await?;
        let result = bind(statement).fetch_all(running.connection()).await;
        let rows = running.finish(result).map_err(DbErr::Query)?;
        Ok(rows.into_iter().map(QueryResult::from).collect())
    }

    async fn checkout(&self) -> Result<Running<D>, DbErr> {
        let pooled = self.pool.get().await.map_err(acquire_error)?;
        Ok(Running {
            pooled,
            finished: false,
        })
    }

    pub fn state(&self) -> PoolState {
        let status = self.pool.status();
        PoolState {
            size: status.size,
            idle: status.available,
        }
    }

    /// Stops handing out connections, interrupts the statements still running, and says
    /// goodbye to the server on the idle connections; the others are dropped as they come back.
    pub async fn close(&self) {
        self.pool.close();
        for pooled in self.pool.retain(|_, _| false).removed {
            let _ = pooled.connection.close().await;
        }
        // Only the connections in use are left.
        let interrupting = self
            .pool
            .manager()
            .interrupters()
            .iter()
            .filter_map(|interrupter| interrupter.interrupt())
            .collect::<Vec<_>>();
        let _ = tokio::time::timeout(INTERRUPT_TIMEOUT, join_all(interrupting)).await;
    }
}

fn bind<D: sqlx::Database>(statement: &Statement) -> sqlx::query::Query<'_, D, SqlxValues>
where
    SqlxValues: IntoArguments<D>,
{
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

/// The statement pool of the database in use.
#[derive(Debug, Clone)]
pub enum Statements {
    Sqlite(StatementPool<Sqlite>),
    Postgres(StatementPool<Postgres>),
}

/// Runs `$run` on the pool of `$statements`, whichever database it is on.
macro_rules! on_either {
    ($statements:expr, $pool:ident => $run:expr) => {
        match $statements {
            Statements::Sqlite($pool) => $run,
            Statements::Postgres($pool) => $run,
        }
    };
}

impl Statements {
    pub async fn execute(&self, statement: &Statement) -> Result<ExecResult, DbErr> {
        on_either!(self, pool => pool.execute(statement).await)
    }

    pub async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        on_either!(self, pool => pool.execute_unprepared(sql).await)
    }

    pub async fn query_one(&self, statement: &Statement) -> Result<Option<QueryResult>, DbErr> {
        on_either!(self, pool => pool.query_one(statement).await)
    }

    pub async fn query_all(&self, statement: &Statement) -> Result<Vec<QueryResult>, DbErr> {
        on_either!(self, pool => pool.query_all(statement).await)
    }

    pub fn state(&self) -> PoolState {
        on_either!(self, pool => pool.state())
    }

    pub async fn close(&self) {
        on_either!(self, pool => pool.close().await);
    }
}
