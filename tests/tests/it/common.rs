//! `spawn_app`: a fresh database (a temporary SQLite file, or a uniquely named PostgreSQL
//! database dropped afterwards), migrated and loaded with the bundled dataset, behind the real
//! router on port 0; and `TestApp`, typed helpers to talk to it.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use paradiplo::app::App;
use paradiplo::config::Config;
use paradiplo::db::{self, Db};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

/// The bundled dataset's folder in the repository.
pub fn data_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
}

/// Where the PostgreSQL tests create their databases (any database of the server will do).
const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

#[derive(Debug, Clone, Copy)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub address: SocketAddr,
    pub client: reqwest::Client,
    pub db: Db,
    statements: Arc<Mutex<Vec<Statement>>>,
    _database: TestDatabase,
}

/// Runs `$test(&TestApp)` once on SQLite and once on PostgreSQL, as two tests, on the bundled
/// dataset or (`with spawn_generated:`) on another spawner's.
macro_rules! on_both_databases {
    ($($test:ident),+ $(,)?) => {
        $crate::common::on_both_databases!(with spawn_app: $($test),+);
    };
    (with $spawn:ident: $($test:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $test() {
                    let app = $crate::common::$spawn($crate::common::Backend::Sqlite).await.expect("SQLite is always available");
                    super::$test(&app).await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $test() {
                    if let Some(app) = $crate::common::$spawn($crate::common::Backend::Postgres).await {
                        super::$test(&app).await;
                    }
                }
            )+
        }
    };
}
pub(crate) use on_both_databases;

/// A migrated database loaded with the bundled dataset, or `None` when PostgreSQL is asked
/// for but not reachable outside CI (under `CI=true` that is a failure instead).
pub async fn fresh_database(backend: Backend) -> Option<(Db, TestDatabase)> {
    let database = match backend {
        Backend::Sqlite => {
            TestDatabase::Sqlite(tempfile::tempdir().expect("a temporary directory"))
        }
        Backend::Postgres => {
            let admin_url = std::env::var("PARADIPLO_TEST_DATABASE_URL")
                .unwrap_or_else(|_| DEFAULT_POSTGRES_URL.into());
            let admin = match tokio::time::timeout(Duration::from_secs(5), db::connect(&admin_url))
                .await
            {
                Ok(Ok(admin)) => admin,
                failure => {
                    let reason = match failure {
                        Ok(Err(error)) => format!("{error:#}"),
                        _ => "timed out".into(),
                    };
                    if std::env::var("CI").is_ok_and(|ci| ci == "true") {
                        panic!(
                            "PostgreSQL is required under CI but {admin_url} is not reachable: {reason}"
                        );
                    }
                    eprintln!(
                        "skipping a PostgreSQL test: {admin_url} is not reachable ({reason})"
                    );
                    return None;
                }
            };
            let name = unique_database_name();
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create the test database");
            TestDatabase::Postgres { admin_url, name }
        }
    };
    let connection = db::connect(&database.url())
        .await
        .expect("connect to the test database");
    Some((connection, database))
}

pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, |_| {}).await
}

/// Like [`spawn_app`], with the default configuration changed by `configure`.
pub async fn spawn_app_with(
    backend: Backend,
    configure: impl FnOnce(&mut Config),
) -> Option<TestApp> {
    let (connection, database) = fresh_database(backend).await?;
    paradiplo::startup::prepare(&connection, true)
        .await
        .expect("migrate and load the bundled dataset");
    serve(connection, database, configure).await
}

/// Like [`spawn_app`], with a request timeout of two minutes, for tests that queue many writes.
pub async fn spawn_patient(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, |config| {
        config.request_timeout = Duration::from_secs(120);
    })
    .await
}

/// How many agreements [`spawn_generated`] makes: enough for the planner to prefer indexes.
pub const GENERATED_SCALE: usize = 20_000;

/// Like [`spawn_app`], on the benchmark's synthetic graph instead of the bundled dataset.
pub async fn spawn_generated(backend: Backend) -> Option<TestApp> {
    let (connection, database) = fresh_database(backend).await?;
    paradiplo_bench::generate(&connection, GENERATED_SCALE, 1)
        .await
        .expect("generate the synthetic graph");
    serve(connection, database, |_| {}).await
}

/// The real router on port 0 over `connection`, recording the statements it issues.
async fn serve(
    mut connection: Db,
    database: TestDatabase,
    configure: impl FnOnce(&mut Config),
) -> Option<TestApp> {
    let statements = Arc::new(Mutex::new(Vec::new()));
    let recorded = statements.clone();
    connection.set_metric_callback(move |info| {
        if let Ok(mut statements) = recorded.lock() {
            statements.push(info.statement.clone());
        }
    });
    let mut config = Config::with_database("unused: connection given");
    // Tests fire many requests from one address; the tests of the limits turn them back on.
    config.rate_limit_anonymous = 0;
    config.rate_limit_authenticated = 0;
    configure(&mut config);
    let app = App::with_database(&config, connection.clone())
        .await
        .expect("bind the test server");
    let address = app.address();
    tokio::spawn(app.run_until_stopped());
    Some(TestApp {
        address,
        client: reqwest::Client::new(),
        db: connection,
        statements,
        _database: database,
    })
}

/// The HS256 secret of the apps [`spawn_with_tokens`] makes.
pub const TEST_JWT_SECRET: &str = "a test secret that is long enough for HS256 tokens";

/// Like [`spawn_app`], accepting tokens signed with [`TEST_JWT_SECRET`] (issuer and audience
/// `paradiplo`, the defaults).
pub async fn spawn_with_tokens(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, |config| {
        config.jwt_secret = Some(TEST_JWT_SECRET.into());
    })
    .await
}

/// How many requests a minute [`spawn_rate_limited`] allows a caller.
pub const TEST_RATE_LIMIT: u32 = 3;

/// Like [`spawn_app`], with both rate limits at [`TEST_RATE_LIMIT`] requests a minute.
pub async fn spawn_rate_limited(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, |config| {
        config.rate_limit_anonymous = TEST_RATE_LIMIT;
        config.rate_limit_authenticated = TEST_RATE_LIMIT;
    })
    .await
}

/// A new API key with `role` (`viewer`, `editor` or `admin`), made directly through the
/// library: the whole key, to send as a bearer credential.
pub async fn key(app: &TestApp, role: &str) -> String {
    let role: paradiplo::auth::Role = role.parse().expect("viewer, editor or admin");
    paradiplo::auth::keys::create(&app.db, &format!("test {role}"), role)
        .await
        .expect("create an API key")
        .key
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// Sends a GraphQL request as the holder of `credential` (an API key or a token) and
    /// returns the whole response body.
    pub async fn graphql_as(&self, credential: &str, query: &str, variables: Value) -> Value {
        self.post_graphql(Some(&format!("Bearer {credential}")), query, variables)
            .await
            .json()
            .await
            .expect("a JSON response")
    }

    /// Sends a GraphQL request with this `Authorization` header (or none) and returns the
    /// HTTP response, for tests of status codes and headers.
    pub async fn post_graphql(
        &self,
        authorization: Option<&str>,
        query: &str,
        variables: Value,
    ) -> reqwest::Response {
        let mut request = self
            .client
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(authorization) = authorization {
            request = request.header("authorization", authorization);
        }
        request.send().await.expect("the server answers")
    }

    /// Sends a GraphQL request and returns the whole response body.
    pub async fn graphql(&self, query: &str, variables: Value) -> Value {
        self.client
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await
            .expect("the server answers")
            .json()
            .await
            .expect("a JSON response")
    }

    /// Sends a GraphQL request and returns the response's text, as the client reads it.
    pub async fn graphql_text(&self, query: &str, variables: Value) -> String {
        self.post_graphql(None, query, variables)
            .await
            .text()
            .await
            .expect("a response body")
    }

    /// Sends a query that must succeed and returns its `data`.
    pub async fn data(&self, query: &str) -> Value {
        let response = self.graphql(query, json!({})).await;
        assert!(
            response.get("errors").is_none(),
            "unexpected errors: {response:#}"
        );
        response["data"].clone()
    }

    /// Counts the SQL statements issued from now on.
    pub fn reset_statement_count(&self) {
        self.statements.lock().expect("statements").clear();
    }

    pub fn statement_count(&self) -> usize {
        self.statements.lock().expect("statements").len()
    }

    /// The SQL statements issued since the count was last reset.
    pub fn statements(&self) -> Vec<Statement> {
        self.statements.lock().expect("statements").clone()
    }
}

/// The `extensions.code` of a response's only error.
pub fn error_code(response: &Value) -> &str {
    let errors = response["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("expected an error: {response:#}"));
    assert_eq!(errors.len(), 1, "expected exactly one error: {response:#}");
    errors[0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("error without a code: {response:#}"))
}

pub fn error_message(response: &Value) -> &str {
    response["errors"][0]["message"]
        .as_str()
        .unwrap_or_default()
}

/// A test database that is removed when the test ends, pass or fail.
pub enum TestDatabase {
    Sqlite(tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl TestDatabase {
    /// The database's URL, for another connection to it (such as a server process's).
    pub fn url(&self) -> String {
        match self {
            TestDatabase::Sqlite(dir) => format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("paradiplo.db").display()
            ),
            TestDatabase::Postgres { admin_url, name } => replace_database(admin_url, name),
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let TestDatabase::Postgres { admin_url, name } = self {
            let (admin_url, name) = (admin_url.clone(), name.clone());
            // Drop runs inside the test's runtime, which cannot block: use a runtime of its own.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("a runtime");
                runtime.block_on(async {
                    if let Ok(admin) = db::connect(&admin_url).await {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await;
                    }
                });
            })
            .join();
        }
    }
}

fn unique_database_name() -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|time| time.subsec_nanos())
        .unwrap_or_default();
    format!(
        "paradiplo_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

fn replace_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(base, query)| (base, Some(query)));
    let server = base.rsplit_once('/').map_or(base, |(server, _)| server);
    match query {
        Some(query) => format!("{server}/{name}?{query}"),
        None => format!("{server}/{name}"),
    }
}
