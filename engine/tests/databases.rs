//! What the engine assumes of sqlx and SeaORM, pinned: that SQLite's progress handler, as sqlx
//! exposes it, interrupts a running statement and stays installed; that `pg_cancel_backend`
//! from another connection stops a PostgreSQL statement and leaves an idle backend alone; and
//! that [`Db`] built on them interrupts a statement nobody waits for, binds SeaORM's values and
//! closes with statements still running.
//!
//! PostgreSQL runs when `PARADIPLO_TEST_DATABASE_URL` names a server; without it those tests
//! are skipped, except under `CI=true`, where they fail.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use engine::db::Db;
use sea_orm::sqlx::postgres::PgConnection;
use sea_orm::sqlx::sqlite::SqliteConnection;
use sea_orm::sqlx::{self, Connection};
use sea_orm::{ConnectionTrait, Database, DatabaseBackend, Statement};

/// Counts to a number SQLite would take minutes to reach.
const ENDLESS_SQLITE: &str = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c \
                              WHERE x < 100000000000) SELECT count(*) FROM c";

const ENDLESS_POSTGRES: &str = "SELECT pg_sleep(60)";

/// How long an interrupted statement may take to stop.
const PROMPTLY: Duration = Duration::from_secs(5);

/// The PostgreSQL server of the tests, if there is one.
fn postgres_url() -> Option<String> {
    match std::env::var("PARADIPLO_TEST_DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => Some(url),
        _ if std::env::var("CI").is_ok_and(|ci| ci == "true") => {
            panic!("PARADIPLO_TEST_DATABASE_URL must name a PostgreSQL server under CI")
        }
        _ => {
            eprintln!("skipped: PARADIPLO_TEST_DATABASE_URL names no PostgreSQL server");
            None
        }
    }
}

#[tokio::test]
async fn sqlite_progress_handler_interrupts_a_running_statement_and_stays_installed() {
    let mut connection = SqliteConnection::connect("sqlite::memory:")
        .await
        .expect("an in-memory database");
    let interrupted = Arc::new(AtomicBool::new(false));
    let seen = interrupted.clone();
    connection
        .lock_handle()
        .await
        .expect("the connection's handle")
        .set_progress_handler(1_000, move || !seen.load(Ordering::Relaxed));

    let flag = interrupted.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        flag.store(true, Ordering::Relaxed);
    });
    let started = Instant::now();
    let error = tokio::time::timeout(
        PROMPTLY,
        sqlx::query(ENDLESS_SQLITE).fetch_one(&mut connection),
    )
    .await
    .expect("the statement stops once the flag is up")
    .expect_err("an interrupted statement fails");
    assert!(started.elapsed() < PROMPTLY);
    let sqlx::Error::Database(error) = error else {
        panic!("an interruption is a database error, not {error:?}");
    };
    assert_eq!(error.code().as_deref(), Some("9"), "SQLITE_INTERRUPT");

    // The handler stays installed: a long statement fails at once while the flag is up, and
    // runs to its end once it is down.
    assert!(
        sqlx::query(ENDLESS_SQLITE)
            .fetch_one(&mut connection)
            .await
            .is_err(),
        "the handler is still installed after the statement it stopped"
    );
    interrupted.store(false, Ordering::Relaxed);
    let counted: i64 = sqlx::query_scalar(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) \
         SELECT count(*) FROM c",
    )
    .fetch_one(&mut connection)
    .await
    .expect("the connection runs statements again");
    assert_eq!(counted, 100_000);
}

#[tokio::test]
async fn postgres_cancel_from_another_connection_stops_a_backend_statement() {
    let Some(url) = postgres_url() else { return };
    let mut connection = PgConnection::connect(&url).await.expect("a connection");
    let pid: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(&mut connection)
        .await
        .expect("the backend's process id");

    let cancel_url = url.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let mut other = PgConnection::connect(&cancel_url)
            .await
            .expect("a connection");
        sqlx::query("SELECT pg_cancel_backend($1)")
            .bind(pid)
            .execute(&mut other)
            .await
            .expect("a cancel request");
    });
    let error = tokio::time::timeout(
        PROMPTLY,
        sqlx::query(ENDLESS_POSTGRES).execute(&mut connection),
    )
    .await
    .expect("the statement stops once cancelled")
    .expect_err("a cancelled statement fails");
    let sqlx::Error::Database(error) = error else {
        panic!("a cancellation is a database error, not {error:?}");
    };
    assert_eq!(error.code().as_deref(), Some("57014"), "query_canceled");
    sqlx::query("SELECT 1")
        .execute(&mut connection)
        .await
        .expect("a cancelled backend runs the next statement as any other");
}

#[tokio::test]
async fn postgres_cancel_of_an_idle_backend_is_ignored() {
    let Some(url) = postgres_url() else { return };
    let mut connection = PgConnection::connect(&url).await.expect("a connection");
    let pid: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(&mut connection)
        .await
        .expect("the backend's process id");
    let mut other = PgConnection::connect(&url).await.expect("a connection");
    sqlx::query("SELECT pg_cancel_backend($1)")
        .bind(pid)
        .execute(&mut other)
        .await
        .expect("a cancel request");
    tokio::time::sleep(Duration::from_millis(100)).await;
    sqlx::query("SELECT pg_sleep(0.2)")
        .execute(&mut connection)
        .await
        .expect("an idle backend's next statement runs");
}

/// A database with a statement pool of one connection, so that the statement after an
/// interrupted one runs on the same connection.
async fn single_connection_db(url: &str) -> Db {
    let sea = Database::connect(url).await.expect("a database");
    Db::with_statement_pool(sea, 1, Duration::from_secs(30)).expect("a statement pool")
}

/// The databases to check the handle on, each with a statement that runs until interrupted:
/// SQLite always, PostgreSQL when there is a server.
fn databases() -> Vec<(String, &'static str)> {
    let mut databases = vec![("sqlite::memory:".to_owned(), ENDLESS_SQLITE)];
    databases.extend(postgres_url().map(|url| (url, ENDLESS_POSTGRES)));
    databases
}

#[tokio::test]
async fn a_statement_nobody_waits_for_is_interrupted() {
    for (url, endless) in databases() {
        a_dropped_statement_is_interrupted(&url, endless).await;
    }
}

async fn a_dropped_statement_is_interrupted(url: &str, endless: &str) {
    let db = single_connection_db(url).await;
    let backend = db.get_database_backend();
    let abandoned = tokio::time::timeout(
        Duration::from_millis(200),
        db.query_one_raw(Statement::from_string(backend, endless)),
    )
    .await;
    assert!(abandoned.is_err(), "the statement was still running");
    let started = Instant::now();
    let row = db
        .query_one_raw(Statement::from_string(backend, "SELECT 1 AS one"))
        .await
        .expect("the next statement runs")
        .expect("a row");
    assert_eq!(row.try_get::<i32>("", "one").expect("one"), 1);
    assert!(started.elapsed() < PROMPTLY, "{:?}", started.elapsed());
    db.close().await.expect("closed");
}

#[tokio::test]
async fn closing_the_database_interrupts_its_running_statements() {
    for (url, endless) in databases() {
        closing_interrupts_running_statements(&url, endless).await;
    }
}

async fn closing_interrupts_running_statements(url: &str, endless: &str) {
    let db = single_connection_db(url).await;
    let backend = db.get_database_backend();
    let running = tokio::spawn({
        let db = db.clone();
        let endless = endless.to_owned();
        async move {
            db.query_one_raw(Statement::from_string(backend, endless))
                .await
        }
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    db.close().await.expect("closed");
    let outcome = tokio::time::timeout(PROMPTLY, running)
        .await
        .expect("the statement stops as the pool closes")
        .expect("the task ends");
    assert!(outcome.is_err(), "an interrupted statement fails");
}

#[tokio::test]
async fn statement_values_are_bound_as_parameters() {
    let db = single_connection_db("sqlite::memory:").await;
    let statement = Statement::from_sql_and_values(
        DatabaseBackend::Sqlite,
        "SELECT ? + ? AS sum, ? AS text",
        [2.into(), 3.into(), "Seoul".into()],
    );
    let row = db
        .query_one_raw(statement)
        .await
        .expect("the statement runs")
        .expect("a row");
    assert_eq!(row.try_get::<i32>("", "sum").expect("sum"), 5);
    assert_eq!(row.try_get::<String>("", "text").expect("text"), "Seoul");
    let refused = db
        .query_all_raw(Statement::from_string(
            DatabaseBackend::Sqlite,
            "SELECT * FROM nowhere",
        ))
        .await;
    assert!(refused.is_err());
    let after = db
        .query_all_raw(Statement::from_string(DatabaseBackend::Sqlite, "SELECT 1"))
        .await
        .expect("a refused statement leaves the connection usable");
    assert_eq!(after.len(), 1);
    assert_eq!(
        db.pool_state().size,
        2,
        "SeaORM's connection and the pool's one"
    );
}
