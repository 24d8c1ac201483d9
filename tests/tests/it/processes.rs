//! The real `paradiplo` binary as separate processes: acknowledged writes survive `kill -9`
//! and replay as they were answered; two processes on one PostgreSQL database tell each
//! other's subscribers about their edits. And subscriptions within one server, over WebSocket
//! (graphql-transport-ws), on both databases.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt, stream};
use paradiplo::auth::{Role, keys};
use paradiplo::db::Db;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::net::TcpStream;
use tokio::process::{Child, Command};
use tokio::sync::Notify;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::abuse::database::most_expensive_search;
use crate::common::{Backend, TestApp, key, loaded_database, on_both_databases};

/// How long a subscriber may wait for a change it is owed.
const DELIVERY: Duration = Duration::from_secs(10);

const CREATE_SOURCE: &str = r#"
    mutation ($key: String!, $idempotencyKey: String) {
        createSource(input: { key: $key, kind: WEB, title: "A page" }, idempotencyKey: $idempotencyKey) {
            id key version
        }
    }"#;

const SOURCE_CHANGES: &str = r#"
    subscription {
        recordChanged(types: [SOURCE]) { recordType id action version record { ... on Source { key title } } }
    }"#;

/// The `paradiplo` binary, built once per test run. Cargo builds the tests crate's
/// dependencies only, and a library dependency brings no binaries of its package along, so
/// the tests build it themselves, into the target directory they run from.
fn binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        // This test binary is `<target>/<profile>/deps/it-<hash>`.
        let exe = std::env::current_exe().expect("the test binary's path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("the test binary lives in <target>/<profile>/deps");
        let target_dir = profile_dir.parent().expect("a target directory");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut build = std::process::Command::new(cargo);
        build
            .args([
                "build",
                "--quiet",
                "--package",
                "paradiplo",
                "--bin",
                "paradiplo",
            ])
            .arg("--target-dir")
            .arg(target_dir)
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        match profile_dir.file_name().and_then(|name| name.to_str()) {
            Some("debug") => {}
            Some("release") => {
                build.arg("--release");
            }
            Some(profile) => {
                build.args(["--profile", profile]);
            }
            None => panic!("no profile directory in {}", exe.display()),
        }
        let status = build.status().expect("run cargo");
        assert!(status.success(), "cannot build the paradiplo binary");
        profile_dir.join(format!("paradiplo{}", std::env::consts::EXE_SUFFIX))
    })
}

/// A `paradiplo serve` process of its own on port 0, killed if the test ends without
/// stopping it.
pub(crate) struct Server {
    pub(crate) child: Child,
    address: SocketAddr,
    client: reqwest::Client,
    /// Everything the process logged, for failure messages.
    log: Arc<Mutex<String>>,
}

impl Server {
    /// Starts a server on `database_url` (migrated already) with the rate limits off, and
    /// waits until it serves.
    async fn start(database_url: &str) -> Self {
        Self::start_with(database_url, &[]).await
    }

    /// Like [`Server::start`], with more settings in the environment.
    pub(crate) async fn start_with(database_url: &str, settings: &[(&str, &str)]) -> Self {
        let mut child = Command::new(binary())
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("PARADIPLO_BIND", "127.0.0.1:0")
            .env("PARADIPLO_RATE_LIMIT_ANONYMOUS", "0")
            .env("PARADIPLO_RATE_LIMIT_AUTHENTICATED", "0")
            // A thousand writes queue for SQLite's one writer: none may time out waiting.
            .env("PARADIPLO_REQUEST_TIMEOUT", "120s")
            .env("PARADIPLO_LOG", "info")
            .env("NO_COLOR", "1")
            .envs(settings.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("start the paradiplo binary");
        let mut lines =
            BufReader::new(child.stderr.take().expect("a piped standard error")).lines();
        let log = Arc::new(Mutex::new(String::new()));
        let serving = tokio::time::timeout(Duration::from_secs(60), async {
            while let Ok(Some(line)) = lines.next_line().await {
                let address = serving_address(&line);
                remember(&log, &line);
                if address.is_some() {
                    return address;
                }
            }
            None
        })
        .await;
        let Ok(Some(address)) = serving else {
            panic!(
                "the server did not start:\n{}",
                log.lock().expect("the log")
            );
        };
        // Keep reading: a server whose pipe is full would block on its next log line.
        let kept = log.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                remember(&kept, &line);
            }
        });
        Self {
            child,
            address,
            client: reqwest::Client::new(),
            log,
        }
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// An editor's client of this server, to send from anywhere.
    fn editor(&self, key: &str) -> Editor {
        Editor {
            client: self.client.clone(),
            endpoint: self.url("/graphql"),
            key: key.into(),
        }
    }

    /// Sends a query that must succeed and returns its `data`.
    async fn data(&self, query: &str) -> Value {
        let response: Value = self
            .client
            .post(self.url("/graphql"))
            .json(&json!({ "query": query }))
            .send()
            .await
            .expect("the server answers")
            .json()
            .await
            .expect("a JSON response");
        assert!(response.get("errors").is_none(), "{response:#}");
        response["data"].clone()
    }

    /// How many of the process's threads bear `name`.
    fn threads_named(&self, name: &str) -> usize {
        let pid = self.child.id().expect("a running server");
        std::fs::read_dir(format!("/proc/{pid}/task"))
            .expect("the process's threads")
            .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
            .filter(|comm| comm.trim_end() == name)
            .count()
    }

    /// `kill -9`: the process gets no chance to finish anything.
    async fn kill(mut self) {
        self.child.kill().await.expect("kill the server");
    }

    /// Stops the server as an orchestrator would (SIGTERM), waiting for it to exit.
    pub(crate) async fn stop(mut self) {
        let pid = self.child.id().expect("a running server").to_string();
        let status = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .await
            .expect("run kill");
        assert!(status.success(), "cannot signal the server");
        let exited = tokio::time::timeout(Duration::from_secs(30), self.child.wait())
            .await
            .expect("the server stops within 30 s")
            .expect("the server's exit status");
        assert!(
            exited.success(),
            "the server stopped with {exited}:\n{}",
            self.log.lock().expect("the log")
        );
    }
}

/// The address in the line a server logs once it serves:
/// "Paradiplo is serving GraphiQL at http://ADDR/ and GraphQL at …".
fn serving_address(line: &str) -> Option<SocketAddr> {
    let (_, rest) = line.split_once("is serving GraphiQL at http://")?;
    rest.split('/').next()?.parse().ok()
}

fn remember(log: &Mutex<String>, line: &str) {
    if let Ok(mut log) = log.lock() {
        log.push_str(line);
        log.push('\n');
    }
}

/// Sends mutations to one server with an editor's API key.
#[derive(Clone)]
struct Editor {
    client: reqwest::Client,
    endpoint: String,
    key: String,
}

impl Editor {
    /// The whole response body, or the transport's error (a killed server answers nothing).
    async fn send(&self, query: &str, variables: Value) -> reqwest::Result<Value> {
        self.client
            .post(&self.endpoint)
            .bearer_auth(&self.key)
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await
    }

    /// Sends a mutation that must succeed and returns its root field's answer.
    async fn edit(&self, query: &str, variables: Value) -> Value {
        let response = self
            .send(query, variables)
            .await
            .expect("the server answers");
        successful(&response)
            .unwrap_or_else(|| panic!("the edit failed: {response:#}"))
            .clone()
    }

    /// Keyed create number `n` of the crash test: its answer if it was acknowledged.
    async fn keyed_create(&self, n: usize) -> Option<Value> {
        let variables =
            json!({ "key": format!("crash-{n}"), "idempotencyKey": format!("crash-key-{n}") });
        let response = self.send(CREATE_SOURCE, variables).await.ok()?;
        successful(&response).cloned()
    }
}

/// The answer of a one-field mutation that succeeded.
fn successful(response: &Value) -> Option<&Value> {
    if response.get("errors").is_some() {
        return None;
    }
    let data = response["data"].as_object()?;
    data.values().next().filter(|answer| !answer.is_null())
}

/// How many keyed creates the crash test sends at once.
const WRITES: usize = 1000;
/// How many of them must be acknowledged before the server is killed.
const ACKNOWLEDGED_BEFORE_KILL: usize = 100;

/// Issue contract: kill -9 under 1,000 concurrent keyed creates, restart, replay them all.
async fn acknowledged_writes_survive_kill_9_and_replay_as_answered(backend: Backend) {
    let Some((connection, database)) = loaded_database(backend).await else {
        return;
    };
    let key = keys::create(&connection, "crash test", Role::Editor)
        .await
        .expect("an editor's key")
        .key;
    // The servers are the only ones to use the database until they are gone.
    connection.close().await.expect("close our connection");
    let url = database.url();

    let server = Server::start(&url).await;
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let enough = Arc::new(Notify::new());
    let writes = tokio::spawn({
        let editor = server.editor(&key);
        let (acknowledged, enough) = (acknowledged.clone(), enough.clone());
        async move {
            stream::iter(0..WRITES)
                .map(|n| {
                    let (editor, acknowledged, enough) =
                        (editor.clone(), acknowledged.clone(), enough.clone());
                    async move {
                        let answer = editor.keyed_create(n).await;
                        if answer.is_some()
                            && acknowledged.fetch_add(1, Ordering::SeqCst) + 1
                                == ACKNOWLEDGED_BEFORE_KILL
                        {
                            enough.notify_one();
                        }
                        (n, answer)
                    }
                })
                .buffer_unordered(200)
                .collect::<Vec<_>>()
                .await
        }
    });
    if tokio::time::timeout(Duration::from_secs(120), enough.notified())
        .await
        .is_err()
    {
        panic!(
            "only {} writes were acknowledged:\n{}",
            acknowledged.load(Ordering::SeqCst),
            server.log.lock().expect("the log")
        );
    }
    server.kill().await;
    let first: HashMap<usize, Value> = writes
        .await
        .expect("the writes")
        .into_iter()
        .filter_map(|(n, answer)| Some((n, answer?)))
        .collect();
    assert!(
        first.len() >= ACKNOWLEDGED_BEFORE_KILL && first.len() < WRITES,
        "the kill should land with writes in flight: {} of {WRITES} acknowledged",
        first.len()
    );

    let server = Server::start(&url).await;
    let editor = server.editor(&key);
    let replayed: HashMap<usize, Option<Value>> = stream::iter(0..WRITES)
        .map(|n| {
            let editor = editor.clone();
            async move { (n, editor.keyed_create(n).await) }
        })
        .buffer_unordered(200)
        .collect()
        .await;
    server.stop().await;

    let mut ids = HashSet::new();
    for n in 0..WRITES {
        let replay = replayed[&n]
            .as_ref()
            .unwrap_or_else(|| panic!("the replay of write {n} failed"));
        assert_eq!(replay["key"], format!("crash-{n}"), "{replay:#}");
        assert_eq!(replay["version"], 1, "{replay:#}");
        assert!(ids.insert(replay["id"].clone()), "a shared id: {replay:#}");
        if let Some(answer) = first.get(&n) {
            assert_eq!(
                replay, answer,
                "write {n} was acknowledged with another answer"
            );
        }
    }

    let db = paradiplo::db::connect(&url).await.expect("connect again");
    let expected = i64::try_from(WRITES).expect("a small count");
    assert_eq!(
        counts(&db, "key", "source WHERE key LIKE 'crash-%'").await,
        (expected, expected),
        "each source once"
    );
    assert_eq!(
        counts(
            &db,
            "record_key",
            "audit_log WHERE record_type = 'Source' AND record_key LIKE 'crash-%'"
        )
        .await,
        (expected, expected),
        "one audit entry per source"
    );
    assert_eq!(
        counts(
            &db,
            "record_key",
            "audit_log WHERE record_type = 'Source' AND action = 'CREATE' AND record_key LIKE 'crash-%'"
        )
        .await,
        (expected, expected),
        "and it is its creation"
    );
    assert_eq!(
        counts(&db, "key", "idempotency_key WHERE key LIKE 'crash-key-%'").await,
        (expected, expected),
        "one remembered answer per key"
    );
    db.close().await.expect("close the connection");
}

/// The rows of `from` (a table and its condition), and how many distinct values of `column`
/// they hold.
async fn counts(db: &Db, column: &str, from: &str) -> (i64, i64) {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT count(*) AS n, count(DISTINCT {column}) AS d FROM {from}"),
        ))
        .await
        .expect("count")
        .expect("a row");
    (
        row.try_get("", "n").expect("a count"),
        row.try_get("", "d").expect("a count"),
    )
}

#[tokio::test]
async fn acknowledged_writes_survive_kill_9_and_replay_as_answered_on_sqlite() {
    acknowledged_writes_survive_kill_9_and_replay_as_answered(Backend::Sqlite).await;
}

#[tokio::test]
async fn acknowledged_writes_survive_kill_9_and_replay_as_answered_on_postgres() {
    acknowledged_writes_survive_kill_9_and_replay_as_answered(Backend::Postgres).await;
}

/// Issue 18: SIGTERM while the most expensive search the limits allow runs, back to back on
/// several connections; the process exits within its shutdown deadline.
async fn the_server_exits_within_its_deadline_while_the_most_expensive_search_runs(
    backend: Backend,
) {
    let Some((connection, database)) = loaded_database(backend).await else {
        return;
    };
    connection.close().await.expect("close our connection");
    let deadline = Duration::from_secs(2);
    let server = Server::start_with(
        &database.url(),
        &[(
            "PARADIPLO_SHUTDOWN_DEADLINE",
            &format!("{}s", deadline.as_secs()),
        )],
    )
    .await;
    let body = json!({
        "query": "query ($text: String!) { search(text: $text, first: 500) { score } }",
        "variables": { "text": most_expensive_search() },
    });
    let searchers: Vec<_> = (0..4)
        .map(|_| {
            let (client, url, body) = (server.client.clone(), server.url("/graphql"), body.clone());
            tokio::spawn(async move {
                let mut answered = 0;
                // Until the server goes away.
                while let Ok(response) = client.post(&url).json(&body).send().await {
                    let answer: Value = response.json().await.unwrap_or_default();
                    assert!(answer.get("errors").is_none(), "{answer:#}");
                    answered += 1;
                }
                answered
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let stopping = Instant::now();
    server.stop().await;
    let took = stopping.elapsed();
    assert!(
        took < deadline + Duration::from_secs(1),
        "the server took {took:?} to stop"
    );
    for searcher in searchers {
        assert!(searcher.await.expect("a searcher") > 0, "searches ran");
    }
}

#[tokio::test]
async fn the_server_exits_within_its_deadline_while_the_most_expensive_search_runs_on_sqlite() {
    the_server_exits_within_its_deadline_while_the_most_expensive_search_runs(Backend::Sqlite)
        .await;
}

#[tokio::test]
async fn the_server_exits_within_its_deadline_while_the_most_expensive_search_runs_on_postgres() {
    the_server_exits_within_its_deadline_while_the_most_expensive_search_runs(Backend::Postgres)
        .await;
}

/// `--threads` (`PARADIPLO_THREADS`) is how many threads execute requests.
#[tokio::test]
async fn requests_execute_on_as_many_threads_as_configured() {
    let (_connection, database) = loaded_database(Backend::Sqlite).await.expect("SQLite");
    for threads in [1, 3] {
        let server = Server::start_with(
            &database.url(),
            &[("PARADIPLO_THREADS", &threads.to_string())],
        )
        .await;
        let data = server.data(r#"{ city(slug: "seoul") { slug } }"#).await;
        assert_eq!(data["city"]["slug"], "seoul");
        assert_eq!(server.threads_named("request-worker"), threads);
        server.stop().await;
    }
}

/// Issue contract: two API processes, one PostgreSQL; an edit through one reaches the
/// subscribers of the other, as their filters allow.
#[tokio::test]
async fn subscribers_of_one_process_hear_of_edits_made_through_another() {
    let Some((connection, database)) = loaded_database(Backend::Postgres).await else {
        return;
    };
    let key = keys::create(&connection, "fan-out test", Role::Editor)
        .await
        .expect("an editor's key")
        .key;
    connection.close().await.expect("close our connection");
    let url = database.url();
    let (a, b) = (Server::start(&url).await, Server::start(&url).await);
    let editor = a.editor(&key);
    let seoul = a.data(r#"{ city(slug: "seoul") { id version } }"#).await["city"].clone();

    let mut sources = Subscription::open(&b.url("/graphql/ws"), SOURCE_CHANGES, json!({})).await;
    let mut seoul_changes = Subscription::open(
        &b.url("/graphql/ws"),
        r"subscription ($city: ID!) {
            recordChanged(city: $city) { recordType id action version record { ... on City { slug nameEn } } }
        }",
        json!({ "city": seoul["id"] }),
    )
    .await;

    let created = editor
        .edit(CREATE_SOURCE, json!({ "key": "fan-out" }))
        .await;
    let change = sources.next().await;
    assert_eq!(change["action"], "CREATE", "{change:#}");
    assert_eq!(change["recordType"], "SOURCE");
    assert_eq!(change["id"], created["id"]);
    assert_eq!(change["version"], 1);
    assert_eq!(change["record"]["key"], "fan-out");

    editor
        .edit(
            r#"mutation ($id: ID!) { updateSource(id: $id, version: 1, patch: { title: "Another page" }) { version } }"#,
            json!({ "id": created["id"] }),
        )
        .await;
    let change = sources.next().await;
    assert_eq!(change["action"], "UPDATE", "{change:#}");
    assert_eq!(change["id"], created["id"]);
    assert_eq!(change["version"], 2);
    assert_eq!(change["record"]["title"], "Another page");

    // The bundled cities cite nothing yet, and an edit must leave its record cited.
    let updated = editor
        .edit(
            r#"mutation ($id: ID!, $version: Int!) {
                updateCity(id: $id, version: $version, patch: {
                    nameEn: "Seoul", sources: [{ source: "jpi-2020", locator: "p. 1" }]
                }) { version }
            }"#,
            json!({ "id": seoul["id"], "version": seoul["version"] }),
        )
        .await;
    // The feed is one ordered stream: had the Source changes passed the city's filter, they
    // would have come first.
    let change = seoul_changes.next().await;
    assert_eq!(change["recordType"], "CITY", "{change:#}");
    assert_eq!(change["action"], "UPDATE");
    assert_eq!(change["id"], seoul["id"]);
    assert_eq!(change["version"], updated["version"]);
    assert_eq!(change["record"]["slug"], "seoul");

    a.stop().await;
    b.stop().await;
}

on_both_databases!(a_subscriber_hears_of_creates_and_deletes_made_through_its_server);

async fn a_subscriber_hears_of_creates_and_deletes_made_through_its_server(app: &TestApp) {
    let editor = key(app, "editor").await;
    let mut changes = Subscription::open(&app.url("/graphql/ws"), SOURCE_CHANGES, json!({})).await;

    let created = app
        .graphql_as(&editor, CREATE_SOURCE, json!({ "key": "subscribed" }))
        .await;
    let created = successful(&created)
        .unwrap_or_else(|| panic!("{created:#}"))
        .clone();
    let change = changes.next().await;
    assert_eq!(change["action"], "CREATE", "{change:#}");
    assert_eq!(change["recordType"], "SOURCE");
    assert_eq!(change["id"], created["id"]);
    assert_eq!(change["record"]["key"], "subscribed");

    let deleted = app
        .graphql_as(
            &editor,
            r#"mutation ($id: ID!) { deleteSource(id: $id, version: 1, reason: "a test") { id } }"#,
            json!({ "id": created["id"] }),
        )
        .await;
    assert!(successful(&deleted).is_some(), "{deleted:#}");
    let change = changes.next().await;
    assert_eq!(change["action"], "DELETE", "{change:#}");
    assert_eq!(change["id"], created["id"]);
    assert_eq!(change["version"], 2);
    assert!(change["record"].is_null(), "{change:#}");
}

/// One subscription over graphql-transport-ws, on a WebSocket of its own.
pub(crate) struct Subscription {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Subscription {
    /// Connects to `url` (an `http://…/graphql/ws` address), has the connection acknowledged
    /// and subscribes with `query`.
    pub(crate) async fn open(url: &str, query: &str, variables: Value) -> Self {
        let mut request = url
            .replacen("http://", "ws://", 1)
            .into_client_request()
            .expect("a WebSocket request");
        request.headers_mut().insert(
            "sec-websocket-protocol",
            HeaderValue::from_static("graphql-transport-ws"),
        );
        let (socket, _) = tokio_tungstenite::connect_async(request)
            .await
            .expect("open a WebSocket");
        let mut subscription = Self { socket };
        subscription
            .send(json!({ "type": "connection_init" }))
            .await;
        let ack = subscription.message().await;
        assert_eq!(ack["type"], "connection_ack", "{ack:#}");
        subscription
            .send(json!({
                "id": "1",
                "type": "subscribe",
                "payload": { "query": query, "variables": variables },
            }))
            .await;
        // The protocol does not acknowledge a subscription: give the server a moment (ample on
        // a loaded machine) to start it, so that the test's next edit is not made before anyone
        // listens.
        tokio::time::sleep(Duration::from_secs(1)).await;
        subscription
    }

    /// The next change delivered, which must come within [`DELIVERY`].
    pub(crate) async fn next(&mut self) -> Value {
        let message = tokio::time::timeout(DELIVERY, self.message())
            .await
            .unwrap_or_else(|_| panic!("no change delivered within {DELIVERY:?}"));
        assert_eq!(message["type"], "next", "{message:#}");
        assert!(message["payload"].get("errors").is_none(), "{message:#}");
        message["payload"]["data"]["recordChanged"].clone()
    }

    async fn send(&mut self, message: Value) {
        self.socket
            .send(Message::text(message.to_string()))
            .await
            .expect("send on the WebSocket");
    }

    /// The next protocol message, answering pings on the way.
    async fn message(&mut self) -> Value {
        loop {
            let frame = self
                .socket
                .next()
                .await
                .expect("the WebSocket stays open")
                .expect("a WebSocket frame");
            let Message::Text(text) = frame else {
                continue;
            };
            let message: Value = serde_json::from_str(&text).expect("a JSON message");
            if message["type"] == "ping" {
                self.send(json!({ "type": "pong" })).await;
                continue;
            }
            return message;
        }
    }
}
