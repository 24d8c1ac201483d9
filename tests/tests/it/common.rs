//! `spawn_app`: the real router on port 0 over a database of the test's own (a temporary
//! SQLite file, or a uniquely named PostgreSQL database dropped afterwards), copied from a
//! template that is migrated and loaded with the Seoul dataset once per run (`spawn_world`:
//! with the world twinning network too, from a second template); and `TestApp`, typed
//! helpers to talk to it.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use paradiplo::app::App;
use paradiplo::config::{BundledData, Config};
use paradiplo::db::{self, Db};
use sea_orm::sqlx::postgres::PgConnection;
use sea_orm::sqlx::{self, AssertSqlSafe, Connection};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{Value, json};
use tokio::sync::OnceCell;

/// The bundled dataset's folder in the repository.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
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

/// An empty database (not even migrated), or `None` when PostgreSQL is asked for but not
/// reachable outside CI (under `CI=true` that is a failure instead).
pub async fn fresh_database(backend: Backend) -> Option<(Db, TestDatabase)> {
    new_database(backend, Contents::Nothing).await
}

/// A database as the server's start-up with `--dataset seoul` leaves it (the Seoul dataset
/// alone, which every golden answer is about), copied from the run's template; `None` as for
/// [`fresh_database`].
pub async fn loaded_database(backend: Backend) -> Option<(Db, TestDatabase)> {
    new_database(backend, Contents::Bundled(BundledData::Seoul)).await
}

/// A database as the server's start-up with the default settings leaves it: the Seoul
/// dataset and the world twinning network, copied from the run's other template.
pub async fn world_database(backend: Backend) -> Option<(Db, TestDatabase)> {
    new_database(backend, Contents::Bundled(BundledData::All)).await
}

/// What a new test database holds.
#[derive(Clone, Copy)]
enum Contents {
    Nothing,
    /// The schema, bundled data and its search index: a copy of one of the run's templates.
    Bundled(BundledData),
}

async fn new_database(backend: Backend, contents: Contents) -> Option<(Db, TestDatabase)> {
    let database = match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().expect("a temporary directory");
            if let Contents::Bundled(bundled) = contents {
                std::fs::write(sqlite_file(dir.path()), sqlite_template(bundled).await)
                    .expect("copy the template");
            }
            TestDatabase::Sqlite(dir)
        }
        Backend::Postgres => {
            let (admin, admin_url) = postgres_admin().await?;
            let name = unique_database_name("test");
            let create = match contents {
                Contents::Nothing => format!("CREATE DATABASE {name}"),
                Contents::Bundled(bundled) => format!(
                    "CREATE DATABASE {name} TEMPLATE {}",
                    postgres_template(&admin_url, bundled).await.name
                ),
            };
            admin
                .execute_unprepared(&create)
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

/// A connection to the PostgreSQL server the tests use, and its URL; `None` when it is not
/// reachable outside CI.
async fn postgres_admin() -> Option<(Db, String)> {
    let admin_url = std::env::var("PARADIPLO_TEST_DATABASE_URL")
        .unwrap_or_else(|_| DEFAULT_POSTGRES_URL.into());
    match tokio::time::timeout(Duration::from_secs(5), db::connect(&admin_url)).await {
        Ok(Ok(admin)) => Some((admin, admin_url)),
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
            eprintln!("skipping a PostgreSQL test: {admin_url} is not reachable ({reason})");
            None
        }
    }
}

pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, |_| {}).await
}

/// Like [`spawn_app`], with the default configuration changed by `configure`.
pub async fn spawn_app_with(
    backend: Backend,
    configure: impl FnOnce(&mut Config),
) -> Option<TestApp> {
    let (connection, database) = loaded_database(backend).await?;
    serve(connection, database, configure).await
}

/// Like [`spawn_app`], over the Seoul dataset and the world twinning network, as a first start
/// with the default settings leaves the database.
pub async fn spawn_world(backend: Backend) -> Option<TestApp> {
    let (connection, database) = world_database(backend).await?;
    serve(connection, database, |_| {}).await
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
            TestDatabase::Sqlite(dir) => {
                format!("sqlite://{}?mode=rwc", sqlite_file(dir.path()).display())
            }
            TestDatabase::Postgres { admin_url, name } => replace_database(admin_url, name),
        }
    }
}

/// The file of the SQLite test database in `dir`.
fn sqlite_file(dir: &Path) -> PathBuf {
    dir.join("paradiplo.db")
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

// The templates. Migrating and loading the bundled dataset would be most of what a test spends
// on its database, so it happens once per run and backend, into a template that each test's
// database copies. The first test to ask prepares it while the others wait for it; it does so
// on a thread and runtime of its own (`on_own_thread`), because every test has a runtime of
// its own that ends with the test.

/// Migrates the database and loads bundled data into it as the server's start-up does: the
/// one place the tests do so.
async fn start_up(connection: &Db, bundled: BundledData) {
    paradiplo::startup::prepare_with(connection, Some(bundled))
        .await
        .expect("migrate and load the bundled data");
}

/// The template of each choice of bundled data, prepared by the first test that asks.
struct Templates<T> {
    seoul: OnceCell<T>,
    all: OnceCell<T>,
}

impl<T> Templates<T> {
    const fn new() -> Self {
        Self {
            seoul: OnceCell::const_new(),
            all: OnceCell::const_new(),
        }
    }

    fn of(&self, bundled: BundledData) -> &OnceCell<T> {
        match bundled {
            BundledData::Seoul => &self.seoul,
            BundledData::All => &self.all,
        }
    }
}

/// The SQLite template: the file of a database the start-up has prepared, held in memory. A
/// copy of the file is an exact copy of the database (ids, `sqlite_sequence`, the search
/// index and all).
async fn sqlite_template(bundled: BundledData) -> &'static [u8] {
    static TEMPLATES: Templates<Vec<u8>> = Templates::new();
    TEMPLATES
        .of(bundled)
        .get_or_init(|| on_own_thread(prepare_sqlite_template(bundled)))
        .await
}

async fn prepare_sqlite_template(bundled: BundledData) -> Vec<u8> {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = sqlite_file(dir.path());
    let template = TestDatabase::Sqlite(dir);
    let connection = db::connect(&template.url())
        .await
        .expect("create the template");
    start_up(&connection, bundled).await;
    // The file alone must hold everything: what the write-ahead log holds goes into it first.
    // (Closing the connections does that only when one of them finds itself the last, which
    // connections closing together may all miss.)
    let checkpoint =
        Statement::from_string(DatabaseBackend::Sqlite, "PRAGMA wal_checkpoint(TRUNCATE)");
    let outcome = connection
        .query_one_raw(checkpoint)
        .await
        .expect("checkpoint the template")
        .expect("the checkpoint's outcome");
    let busy: i32 = outcome
        .try_get("", "busy")
        .expect("whether it was kept from finishing");
    assert_eq!(busy, 0, "nothing else uses the template");
    connection.close().await.expect("close the template");
    std::fs::read(&file).expect("read the template")
}

/// The PostgreSQL template: a database of the server, named for this run, that the start-up
/// has prepared. `CREATE DATABASE … TEMPLATE` copies it whole, sequences and search index
/// included.
struct PostgresTemplate {
    name: String,
    /// A session holding an advisory lock named after the template for as long as the
    /// process lives: a later run that can take the lock knows this run is over and drops
    /// the template (a test process ends without running destructors).
    _in_use: PgConnection,
}

/// The name the PostgreSQL templates share, after `paradiplo_`.
const TEMPLATE_KIND: &str = "template";

async fn postgres_template(admin_url: &str, bundled: BundledData) -> &'static PostgresTemplate {
    static TEMPLATES: Templates<PostgresTemplate> = Templates::new();
    TEMPLATES
        .of(bundled)
        .get_or_init(|| on_own_thread(prepare_postgres_template(admin_url.to_owned(), bundled)))
        .await
}

async fn prepare_postgres_template(admin_url: String, bundled: BundledData) -> PostgresTemplate {
    let name = unique_database_name(TEMPLATE_KIND);
    let mut session = PgConnection::connect(&admin_url)
        .await
        .expect("connect to PostgreSQL");
    assert!(lock(&mut session, &name).await, "a new name is nobody's");
    drop_templates_of_ended_runs(&mut session).await;
    run(&mut session, format!("CREATE DATABASE {name}")).await;
    let connection = db::connect(&replace_database(&admin_url, &name))
        .await
        .expect("connect to the template");
    start_up(&connection, bundled).await;
    connection.close().await.expect("close the template");
    // PostgreSQL copies a database only while no other session is connected to it; from now
    // on none can be, autovacuum included. Copies made at once do not stand in each other's
    // way, and the sessions just closed are waited for (up to five seconds).
    run(
        &mut session,
        format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"),
    )
    .await;
    PostgresTemplate {
        name,
        _in_use: session,
    }
}

/// Drops the templates whose run has ended: those whose lock is free.
async fn drop_templates_of_ended_runs(session: &mut PgConnection) {
    let templates: Vec<String> =
        sqlx::query_scalar("SELECT datname FROM pg_database WHERE starts_with(datname, $1)")
            .bind(format!("paradiplo_{TEMPLATE_KIND}_"))
            .fetch_all(&mut *session)
            .await
            .expect("list the templates");
    for template in templates {
        if lock(session, &template).await {
            // At best: a template another user made is theirs to drop.
            let drop = format!("DROP DATABASE IF EXISTS {template}");
            let _ = sqlx::raw_sql(AssertSqlSafe(drop))
                .execute(&mut *session)
                .await;
        }
    }
}

/// Takes the advisory lock named after `template` for the rest of the session, unless
/// another session holds it.
async fn lock(session: &mut PgConnection, template: &str) -> bool {
    sqlx::query_scalar("SELECT pg_try_advisory_lock(hashtext($1))")
        .bind(template)
        .fetch_one(session)
        .await
        .expect("try the template's lock")
}

/// Runs a statement made of names, which cannot be bound as parameters.
async fn run(session: &mut PgConnection, statement: String) {
    if let Err(error) = sqlx::raw_sql(AssertSqlSafe(statement.clone()))
        .execute(session)
        .await
    {
        panic!("{statement}: {error}");
    }
}

/// Runs `task` on a thread and runtime of its own and keeps both until the process ends, so
/// that what `task` opened (the session marking the PostgreSQL template as in use) stays open
/// when the test that asked first is over.
async fn on_own_thread<T: Send + 'static>(task: impl Future<Output = T> + Send + 'static) -> T {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime")
            .block_on(async move {
                let _ = sender.send(task.await);
                std::future::pending::<()>().await;
            });
    });
    receiver.await.expect("the template was prepared")
}

/// `paradiplo_<kind>_…`, unique to this process and call.
fn unique_database_name(kind: &str) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|time| time.subsec_nanos())
        .unwrap_or_default();
    format!(
        "paradiplo_{kind}_{}_{}_{nanos}",
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
