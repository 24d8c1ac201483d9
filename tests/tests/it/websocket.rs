//! GraphQL over WebSocket at `/graphql/ws` (graphql-transport-ws): the protocol's messages and
//! close codes, the limits of HTTP on every operation sent over a socket, the WebSocket limits
//! and what abusive sockets leave in memory; and the limits of every connection: the header-read
//! and idle timeouts and the cap on open connections. Each test ends by asking the server a
//! question over HTTP, which it must still answer.

use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::common::{
    Backend, TestApp, TestDatabase, key, loaded_database, on_both_databases, spawn_app_with,
    spawn_rate_limited,
};
use crate::processes::Server;

/// How long the server may take to answer a message or close a socket.
const ANSWER: Duration = Duration::from_secs(10);

const SEOUL: &str = r#"{ city(slug: "seoul") { slug } }"#;

const SOURCE_CHANGES: &str =
    "subscription { recordChanged(types: [SOURCE]) { action record { ... on Source { key } } } }";

const CREATE_SOURCE: &str = r#"
    mutation ($key: String!) {
        createSource(input: { key: $key, kind: WEB, title: "A page" }) { key }
    }"#;

/// A graphql-transport-ws client, raw enough to break the protocol.
struct Socket {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Socket {
    /// A socket to `app` that has negotiated graphql-transport-ws.
    async fn open(app: &TestApp) -> Self {
        Self::try_open(&app.url("/graphql/ws"), Some("graphql-transport-ws"))
            .await
            .expect("open a WebSocket")
    }

    /// A socket to `url` (`http://…/graphql/ws`) offering `protocol`, or the handshake's error.
    async fn try_open(url: &str, protocol: Option<&str>) -> Result<Self, tungstenite::Error> {
        Self::try_open_with(url, protocol, &[]).await
    }

    /// Like [`Socket::try_open`], with more headers on the upgrade request.
    async fn try_open_with(
        url: &str,
        protocol: Option<&str>,
        headers: &[(&'static str, &str)],
    ) -> Result<Self, tungstenite::Error> {
        let mut request = url
            .replacen("http://", "ws://", 1)
            .into_client_request()
            .expect("a WebSocket request");
        let protocol = protocol.map(|protocol| ("sec-websocket-protocol", protocol));
        for (name, value) in headers.iter().copied().chain(protocol) {
            request
                .headers_mut()
                .insert(name, HeaderValue::from_str(value).expect("a header value"));
        }
        let (socket, _) = tokio_tungstenite::connect_async(request).await?;
        Ok(Self { socket })
    }

    /// A socket to `app` whose connection is acknowledged, anonymously.
    async fn acknowledged(app: &TestApp) -> Self {
        let mut socket = Self::open(app).await;
        socket.init(json!({})).await;
        socket
    }

    /// Sends `connection_init` with `payload` and expects `connection_ack`.
    async fn init(&mut self, payload: Value) {
        self.send(json!({ "type": "connection_init", "payload": payload }))
            .await;
        let ack = self.message().await;
        assert_eq!(ack["type"], "connection_ack", "{ack:#}");
    }

    async fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        self.send(json!({
            "id": id,
            "type": "subscribe",
            "payload": { "query": query, "variables": variables },
        }))
        .await;
    }

    async fn send(&mut self, message: Value) {
        self.send_text(message.to_string()).await;
    }

    async fn send_text(&mut self, text: String) {
        self.socket
            .send(Message::text(text))
            .await
            .expect("send on the WebSocket");
    }

    /// The next protocol message.
    async fn message(&mut self) -> Value {
        match self.frame().await {
            Message::Text(text) => serde_json::from_str(&text).expect("a JSON message"),
            other => panic!("expected a message, got {other:?}"),
        }
    }

    /// The next protocol message's text, as the client reads it.
    async fn text(&mut self) -> String {
        match self.frame().await {
            Message::Text(text) => text.to_string(),
            other => panic!("expected a message, got {other:?}"),
        }
    }

    /// The close code and reason the server closes the socket with.
    async fn closed(&mut self) -> (u16, String) {
        match self.frame().await {
            Message::Close(Some(frame)) => (frame.code.into(), frame.reason.to_string()),
            other => panic!("expected the socket to close, got {other:?}"),
        }
    }

    /// The next frame that is not a ping or pong, within [`ANSWER`].
    async fn frame(&mut self) -> Message {
        loop {
            let frame = tokio::time::timeout(ANSWER, self.socket.next())
                .await
                .unwrap_or_else(|_| panic!("nothing from the server within {ANSWER:?}"))
                .expect("the WebSocket stays open until its close frame")
                .expect("a WebSocket frame");
            if !matches!(frame, Message::Ping(_) | Message::Pong(_)) {
                return frame;
            }
        }
    }

    /// Sends a `ping` and waits for its `pong`: the server has handled every earlier message.
    async fn round_trip(&mut self) {
        self.send(json!({ "type": "ping" })).await;
        let pong = self.message().await;
        assert_eq!(pong, json!({ "type": "pong" }));
    }
}

/// The server answers a question over HTTP.
async fn healthy(app: &TestApp) {
    assert_eq!(app.data(SEOUL).await["city"]["slug"], "seoul");
}

/// The `extensions.code` of every error of an `error` message for operation `id`.
fn refusal_codes(message: &Value, id: &str) -> Vec<String> {
    assert_eq!(message["type"], "error", "{message:#}");
    assert_eq!(message["id"], id, "{message:#}");
    message["payload"]
        .as_array()
        .unwrap_or_else(|| panic!("the payload is the errors: {message:#}"))
        .iter()
        .map(|error| {
            error["extensions"]["code"]
                .as_str()
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}

async fn sqlite_app_with(configure: impl FnOnce(&mut paradiplo::config::Config)) -> TestApp {
    spawn_app_with(Backend::Sqlite, configure)
        .await
        .expect("SQLite is always available")
}

async fn sqlite_app() -> TestApp {
    sqlite_app_with(|_| {}).await
}

// The protocol.

on_both_databases!(
    answers_over_the_socket_are_shaped_as_over_http,
    a_query_over_the_socket_answers_one_next_then_complete,
    a_key_in_connection_init_authenticates_the_operations_of_its_socket,
    a_subscription_delivers_changes_until_the_client_completes_it,
);

async fn answers_over_the_socket_are_shaped_as_over_http(app: &TestApp) {
    let mut socket = Socket::acknowledged(app).await;
    let query =
        r#"{ b: city(slug: "seoul") { slug nameEn } a: city(slug: "atlantis") { nameEn } }"#;
    socket.subscribe("shape", query, json!({})).await;
    let next = socket.text().await;
    assert!(
        next.starts_with(
            r#"{"type":"next","id":"shape","payload":{"data":{"b":{"slug":"seoul","nameEn":"Seoul"},"a":null},"errors":["#
        ),
        "{next}"
    );
    // A failure that reaches the root is `data: null`, in `next`: the operation ran.
    let failing =
        r#"{ cities(first: 1) { agreements(filter: { signedOn: { gt: "no date" } }) { kind } } }"#;
    socket.subscribe("root", failing, json!({})).await;
    assert_eq!(socket.message().await["type"], "complete");
    let next = socket.text().await;
    assert!(
        next.starts_with(r#"{"type":"next","id":"root","payload":{"data":null,"errors":["#),
        "{next}"
    );
    healthy(app).await;
}

async fn a_query_over_the_socket_answers_one_next_then_complete(app: &TestApp) {
    let mut socket = Socket::acknowledged(app).await;
    socket.subscribe("seoul", SEOUL, json!({})).await;
    assert_eq!(
        socket.message().await,
        json!({ "type": "next", "id": "seoul", "payload": { "data": { "city": { "slug": "seoul" } } } })
    );
    assert_eq!(
        socket.message().await,
        json!({ "type": "complete", "id": "seoul" })
    );
    healthy(app).await;
}

async fn a_key_in_connection_init_authenticates_the_operations_of_its_socket(app: &TestApp) {
    let editor = key(app, "editor").await;
    let mut socket = Socket::open(app).await;
    socket
        .init(json!({ "Authorization": format!("Bearer {editor}") }))
        .await;
    socket
        .subscribe("create", CREATE_SOURCE, json!({ "key": "over-a-socket" }))
        .await;
    let created = socket.message().await;
    assert_eq!(created["type"], "next", "{created:#}");
    assert_eq!(
        created["payload"],
        json!({ "data": { "createSource": { "key": "over-a-socket" } } })
    );
    assert_eq!(socket.message().await["type"], "complete");

    // Clients that may set headers can authenticate the upgrade request instead.
    let bearer = format!("Bearer {editor}");
    let mut by_header = Socket::try_open_with(
        &app.url("/graphql/ws"),
        Some("graphql-transport-ws"),
        &[("authorization", &bearer)],
    )
    .await
    .expect("open a WebSocket");
    by_header.init(json!({})).await;
    by_header
        .subscribe("create", CREATE_SOURCE, json!({ "key": "by-header" }))
        .await;
    assert_eq!(
        by_header.message().await["payload"],
        json!({ "data": { "createSource": { "key": "by-header" } } })
    );

    // Without a credential the mutation runs and is refused field by field, as over HTTP.
    let mut anonymous = Socket::acknowledged(app).await;
    anonymous
        .subscribe("create", CREATE_SOURCE, json!({ "key": "anonymous" }))
        .await;
    let refused = anonymous.message().await;
    assert_eq!(refused["type"], "next", "{refused:#}");
    assert_eq!(
        refused["payload"]["errors"][0]["extensions"]["code"], "UNAUTHENTICATED",
        "{refused:#}"
    );
    assert_eq!(anonymous.message().await["type"], "complete");
    healthy(app).await;
}

async fn a_subscription_delivers_changes_until_the_client_completes_it(app: &TestApp) {
    let editor = key(app, "editor").await;
    let mut socket = Socket::acknowledged(app).await;
    socket.subscribe("changes", SOURCE_CHANGES, json!({})).await;
    // The protocol does not acknowledge a subscription: give the server a moment to start it.
    tokio::time::sleep(Duration::from_secs(1)).await;

    app.graphql_as(&editor, CREATE_SOURCE, json!({ "key": "heard" }))
        .await;
    assert_eq!(
        socket.message().await,
        json!({ "type": "next", "id": "changes", "payload": { "data": {
            "recordChanged": { "action": "CREATE", "record": { "key": "heard" } }
        } } })
    );

    socket
        .send(json!({ "type": "complete", "id": "changes" }))
        .await;
    socket.round_trip().await;
    app.graphql_as(&editor, CREATE_SOURCE, json!({ "key": "unheard" }))
        .await;
    // Ample time for a change to arrive, were the subscription still running.
    tokio::time::sleep(Duration::from_secs(1)).await;
    socket.round_trip().await;

    // Its id is free again.
    socket.subscribe("changes", SEOUL, json!({})).await;
    assert_eq!(socket.message().await["type"], "next");
    healthy(app).await;
}

#[tokio::test]
async fn a_validation_error_answers_an_error_message_and_the_socket_goes_on() {
    let app = sqlite_app().await;
    let mut socket = Socket::acknowledged(&app).await;
    socket.subscribe("query", "{ nope }", json!({})).await;
    assert_eq!(
        refusal_codes(&socket.message().await, "query"),
        ["GRAPHQL_VALIDATION_FAILED"]
    );
    socket
        .subscribe("subscription", "subscription { nope }", json!({}))
        .await;
    assert_eq!(
        refusal_codes(&socket.message().await, "subscription"),
        ["GRAPHQL_VALIDATION_FAILED"]
    );
    socket.subscribe("parse", "{ city(", json!({})).await;
    assert_eq!(
        refusal_codes(&socket.message().await, "parse"),
        ["GRAPHQL_PARSE_FAILED"]
    );

    socket.subscribe("seoul", SEOUL, json!({})).await;
    assert_eq!(socket.message().await["type"], "next");
    healthy(&app).await;
}

#[tokio::test]
async fn execution_errors_come_in_the_next_payload() {
    let app = sqlite_app().await;
    let mut socket = Socket::acknowledged(&app).await;
    socket
        .subscribe("query", r#"{ city(slug: "atlantis") { slug } }"#, json!({}))
        .await;
    let answer = socket.message().await;
    assert_eq!(answer["type"], "next", "{answer:#}");
    assert_eq!(
        answer["payload"]["errors"][0]["extensions"]["code"], "NOT_FOUND",
        "{answer:#}"
    );
    assert_eq!(socket.message().await["type"], "complete");

    socket
        .subscribe(
            "subscription",
            r#"subscription { recordChanged(city: "not an id") { action } }"#,
            json!({}),
        )
        .await;
    let event = socket.message().await;
    assert_eq!(event["type"], "next", "{event:#}");
    assert_eq!(
        event["payload"]["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
        "{event:#}"
    );
    healthy(&app).await;
}

#[tokio::test]
async fn a_ping_is_answered_with_a_pong_carrying_its_payload() {
    let app = sqlite_app().await;
    let mut socket = Socket::open(&app).await;
    // Before `connection_init` too.
    socket
        .send(json!({ "type": "ping", "payload": { "at": 1 } }))
        .await;
    assert_eq!(
        socket.message().await,
        json!({ "type": "pong", "payload": { "at": 1 } })
    );
    socket.init(json!({})).await;
    socket.round_trip().await;
    healthy(&app).await;
}

#[tokio::test]
async fn subscribing_before_connection_init_closes_with_4401() {
    let app = sqlite_app().await;
    let mut socket = Socket::open(&app).await;
    socket.subscribe("early", SEOUL, json!({})).await;
    assert_eq!(socket.closed().await.0, 4401);
    healthy(&app).await;
}

#[tokio::test]
async fn a_duplicate_operation_id_closes_with_4409() {
    let app = sqlite_app().await;
    let mut socket = Socket::acknowledged(&app).await;
    socket.subscribe("same", SOURCE_CHANGES, json!({})).await;
    socket.subscribe("same", SOURCE_CHANGES, json!({})).await;
    let (code, reason) = socket.closed().await;
    assert_eq!(code, 4409);
    assert_eq!(reason, "Subscriber for same already exists");
    healthy(&app).await;
}

#[tokio::test]
async fn an_invalid_message_closes_with_4400() {
    let app = sqlite_app().await;
    let invalid = [
        Message::text("not JSON"),
        Message::text(r#"{ "type": "subscribe_to_everything" }"#),
        Message::text(
            r#"{ "type": "subscribe", "payload": { "query": "{ countryGroups { code } }" } }"#,
        ),
        Message::text(
            r#"{ "type": "subscribe", "id": "", "payload": { "query": "{ countryGroups { code } }" } }"#,
        ),
        Message::text(r#"{ "type": "connection_init", "payload": "not an object" }"#),
        Message::binary(b"{}".to_vec()),
    ];
    for message in invalid {
        let mut socket = Socket::open(&app).await;
        socket.socket.send(message.clone()).await.expect("send");
        let (code, reason) = socket.closed().await;
        assert_eq!(code, 4400, "{message:?} closed with {code} {reason}");
        assert!(reason.starts_with("Invalid message received"), "{reason}");
    }
    healthy(&app).await;
}

#[tokio::test]
async fn a_second_connection_init_closes_with_4429() {
    let app = sqlite_app().await;
    let mut socket = Socket::acknowledged(&app).await;
    socket.send(json!({ "type": "connection_init" })).await;
    assert_eq!(socket.closed().await.0, 4429);
    healthy(&app).await;
}

#[tokio::test]
async fn a_bad_credential_in_connection_init_closes_with_4403() {
    let app = sqlite_app().await;
    let mut socket = Socket::open(&app).await;
    socket
        .send(json!({ "type": "connection_init", "payload": { "Authorization": "Bearer pdk_nope_nope" } }))
        .await;
    let (code, reason) = socket.closed().await;
    assert_eq!(code, 4403);
    assert_eq!(reason, "the API key is not valid");
    healthy(&app).await;
}

#[tokio::test]
async fn a_page_of_an_origin_cors_does_not_list_may_not_open_a_socket() {
    let app = sqlite_app_with(|config| {
        config.cors_origins = vec!["https://atlas.example".into()];
    })
    .await;
    let url = app.url("/graphql/ws");
    let refused = Socket::try_open_with(
        &url,
        Some("graphql-transport-ws"),
        &[("origin", "https://evil.example")],
    )
    .await;
    match refused {
        Err(tungstenite::Error::Http(response)) => assert_eq!(response.status(), 403),
        other => panic!("expected HTTP 403, got {:?}", other.map(|_| "a socket")),
    }
    let mut allowed = Socket::try_open_with(
        &url,
        Some("graphql-transport-ws"),
        &[("origin", "https://atlas.example")],
    )
    .await
    .expect("an allowed origin opens a socket");
    allowed.init(json!({})).await;
    // A page of the server's own origin (GraphiQL) is always let in.
    let own = url.replace("/graphql/ws", "");
    let mut same = Socket::try_open_with(&url, Some("graphql-transport-ws"), &[("origin", &own)])
        .await
        .expect("the server's own origin opens a socket");
    same.init(json!({})).await;
    healthy(&app).await;
}

#[tokio::test]
async fn a_socket_without_the_subprotocol_closes_with_4406() {
    let app = sqlite_app().await;
    let mut socket = Socket::try_open(&app.url("/graphql/ws"), None)
        .await
        .expect("open a WebSocket");
    assert_eq!(socket.closed().await.0, 4406);
    healthy(&app).await;
}

#[tokio::test]
async fn a_request_that_is_no_websocket_upgrade_gets_a_coded_error() {
    let app = sqlite_app().await;
    let response = app
        .client
        .get(app.url("/graphql/ws"))
        .send()
        .await
        .expect("the server answers");
    assert!(response.status().is_client_error(), "{response:?}");
    let body: Value = response.json().await.expect("a JSON body");
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "BAD_REQUEST",
        "{body:#}"
    );
    healthy(&app).await;
}

#[tokio::test]
async fn no_connection_init_within_the_timeout_closes_with_4408() {
    let app = sqlite_app_with(|config| config.ws_init_timeout = Duration::from_millis(500)).await;
    let opened = Instant::now();
    let mut socket = Socket::open(&app).await;
    assert_eq!(socket.closed().await.0, 4408);
    assert!(opened.elapsed() >= Duration::from_millis(500));
    healthy(&app).await;
}

// The limits of HTTP, over a socket.

#[tokio::test]
async fn operations_over_a_socket_count_against_the_rate_limit_of_http() {
    let app = spawn_rate_limited(Backend::Sqlite).await.expect("SQLite");
    // The limit is 3 a minute: `connection_init` and two queries spend it.
    let mut socket = Socket::acknowledged(&app).await;
    for id in ["first", "second"] {
        socket.subscribe(id, SEOUL, json!({})).await;
        assert_eq!(socket.message().await["type"], "next");
        assert_eq!(socket.message().await["type"], "complete");
    }
    socket.subscribe("third", SEOUL, json!({})).await;
    let refused = socket.message().await;
    assert_eq!(refusal_codes(&refused, "third"), ["RATE_LIMITED"]);
    assert!(
        refused["payload"][0]["message"]
            .as_str()
            .is_some_and(|message| message.contains("retry in")),
        "{refused:#}"
    );
    // One budget per address, whichever way the requests come.
    let over_http = app.post_graphql(None, SEOUL, json!({})).await;
    assert_eq!(over_http.status(), reqwest::StatusCode::TOO_MANY_REQUESTS);

    // A key has a budget of its own.
    let viewer = key(&app, "viewer").await;
    let answer = app.graphql_as(&viewer, SEOUL, json!({})).await;
    assert_eq!(answer["data"]["city"]["slug"], "seoul", "{answer:#}");
}

#[tokio::test]
async fn query_limits_apply_over_a_socket() {
    let app = sqlite_app_with(|config| {
        config.max_depth = 3;
        config.max_aliases = 2;
        config.max_tokens = 50;
    })
    .await;
    let mut socket = Socket::acknowledged(&app).await;
    let cases = [
        (
            "depth",
            r#"{ city(slug: "seoul") { agreements { partner { agreements { partner { slug } } } } } }"#
                .to_owned(),
            "DEPTH_LIMIT",
        ),
        (
            "aliases",
            "{ a: countryGroups { code } b: countryGroups { code } c: countryGroups { code } }"
                .to_owned(),
            "ALIAS_LIMIT",
        ),
        (
            "tokens",
            format!("{{ {} }}", "countryGroups { code } ".repeat(20)),
            "TOKEN_LIMIT",
        ),
    ];
    for (id, query, code) in cases {
        socket.subscribe(id, &query, json!({})).await;
        assert_eq!(refusal_codes(&socket.message().await, id), [code]);
    }
    healthy(&app).await;
}

/// The query waits behind a table lock, so it outlasts the timeout however fast the machine;
/// the lock is PostgreSQL's (SQLite's readers never wait).
#[tokio::test]
async fn a_query_over_a_socket_past_the_request_timeout_answers_timeout() {
    let Some(app) = spawn_app_with(Backend::Postgres, |config| {
        config.request_timeout = Duration::from_secs(2);
    })
    .await
    else {
        return;
    };
    let mut socket = Socket::acknowledged(&app).await;
    let lock = app.db.begin().await.expect("a transaction");
    lock.execute_unprepared("LOCK TABLE city IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("lock the city table");
    socket.subscribe("stuck", SEOUL, json!({})).await;
    let refused = socket.message().await;
    lock.rollback().await.expect("release the lock");
    assert_eq!(refusal_codes(&refused, "stuck"), ["TIMEOUT"]);
    assert!(
        refused["payload"][0]["message"]
            .as_str()
            .is_some_and(|message| message.contains("2000 ms")),
        "{refused:#}"
    );
    healthy(&app).await;
}

#[tokio::test]
async fn a_message_beyond_the_size_limit_closes_with_1009() {
    let app = sqlite_app_with(|config| config.ws_max_message_bytes = Some(1024)).await;
    let mut socket = Socket::acknowledged(&app).await;
    let padding = " ".repeat(2048);
    socket
        .subscribe(
            "big",
            &format!("{{ countryGroups {{ code }} {padding}}}"),
            json!({}),
        )
        .await;
    let (code, reason) = socket.closed().await;
    assert_eq!(code, 1009);
    assert_eq!(reason, "a message may have at most 1024 bytes");
    healthy(&app).await;
}

#[tokio::test]
async fn the_message_size_limit_is_the_body_limit_by_default() {
    let app = sqlite_app_with(|config| config.max_body_bytes = 2048).await;
    let mut socket = Socket::acknowledged(&app).await;
    socket
        .send_text(json!({ "type": "ping", "payload": { "pad": "x".repeat(4096) } }).to_string())
        .await;
    assert_eq!(socket.closed().await.0, 1009);
    healthy(&app).await;
}

#[tokio::test]
async fn a_socket_runs_at_most_the_configured_operations_at_once() {
    let app = sqlite_app_with(|config| config.ws_max_subscriptions = 2).await;
    let mut socket = Socket::acknowledged(&app).await;
    socket.subscribe("one", SOURCE_CHANGES, json!({})).await;
    socket.subscribe("two", SOURCE_CHANGES, json!({})).await;
    socket.subscribe("three", SOURCE_CHANGES, json!({})).await;
    assert_eq!(
        refusal_codes(&socket.message().await, "three"),
        ["SUBSCRIPTION_LIMIT"]
    );

    socket
        .send(json!({ "type": "complete", "id": "one" }))
        .await;
    socket.subscribe("three", SEOUL, json!({})).await;
    assert_eq!(socket.message().await["type"], "next");
    healthy(&app).await;
}

#[tokio::test]
async fn a_client_holds_at_most_the_configured_sockets_at_once() {
    let app = sqlite_app_with(|config| config.ws_max_sockets_per_client = 2).await;
    let url = app.url("/graphql/ws");
    let mut first = Socket::acknowledged(&app).await;
    let _second = Socket::acknowledged(&app).await;

    let refused = Socket::try_open(&url, Some("graphql-transport-ws")).await;
    let Err(tungstenite::Error::Http(response)) = refused else {
        panic!("a third socket should be refused");
    };
    assert_eq!(response.status(), 429);
    let body: Value =
        serde_json::from_slice(response.body().as_deref().unwrap_or_default()).expect("JSON");
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "SOCKET_LIMIT",
        "{body:#}"
    );

    // Closing one gives its place back.
    first.socket.close(None).await.expect("close the socket");
    let mut third = None;
    for _ in 0..50 {
        if let Ok(socket) = Socket::try_open(&url, Some("graphql-transport-ws")).await {
            third = Some(socket);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    third
        .expect("a place once a socket has closed")
        .init(json!({}))
        .await;
    healthy(&app).await;
}

#[tokio::test]
async fn a_socket_whose_client_stops_answering_pings_is_closed() {
    let app = sqlite_app_with(|config| {
        config.idle_timeout = Duration::from_secs(1);
        // Nor does the header-read timeout of HTTP apply to a socket.
        config.header_read_timeout = Duration::from_secs(1);
    })
    .await;
    let mut attentive = Socket::acknowledged(&app).await;
    let mut absent = Socket::acknowledged(&app).await;
    let opened = Instant::now();

    // Reading answers the server's pings, though nothing else comes.
    let listening = async {
        loop {
            match attentive.socket.next().await {
                Some(Ok(Message::Ping(_))) => {}
                other => return other,
            }
        }
    };
    let nothing = tokio::time::timeout(Duration::from_secs(3), listening).await;
    assert!(nothing.is_err(), "{nothing:?}");
    attentive.round_trip().await;

    // The other one has not read its pings, let alone answered them.
    assert_eq!(absent.closed().await.0, 1000);
    assert!(opened.elapsed() >= Duration::from_secs(2));
    healthy(&app).await;
}

// The real binary.

/// The `paradiplo` binary on a fresh SQLite database with the bundled dataset, which lives as
/// long as the second half.
async fn binary_server() -> (Server, TestDatabase) {
    let (connection, database) = loaded_database(Backend::Sqlite).await.expect("SQLite");
    connection.close().await.expect("close our connection");
    (Server::start_with(&database.url(), &[]).await, database)
}

#[tokio::test]
async fn sockets_close_with_1001_when_the_server_stops() {
    let (server, _database) = binary_server().await;
    let url = server.url("/graphql/ws");
    let mut socket = Socket::try_open(&url, Some("graphql-transport-ws"))
        .await
        .expect("open a WebSocket");
    socket.init(json!({})).await;
    socket.subscribe("changes", SOURCE_CHANGES, json!({})).await;
    socket.round_trip().await;

    let stopping = Instant::now();
    let (closed, ()) = tokio::join!(socket.closed(), server.stop());
    assert_eq!(closed.0, 1001);
    // Well within the shutdown deadline (10 s): the server does not wait for the socket.
    assert!(
        stopping.elapsed() < Duration::from_secs(5),
        "{:?}",
        stopping.elapsed()
    );
}

/// Issue contract: four 15 MB frames took the server from 113 MB to 457 MB, kept after the
/// sockets closed. Frames beyond the message limit are refused at their header now, and what
/// sockets at the limit allocate is given back when they close.
#[tokio::test]
async fn memory_returns_to_its_baseline_after_abusive_sockets_close() {
    let (server, _database) = binary_server().await;
    let url = server.url("/graphql/ws");
    let pid = server.child.id().expect("a running server");
    let open = || async {
        let mut socket = Socket::try_open(&url, Some("graphql-transport-ws"))
            .await
            .expect("open a WebSocket");
        socket.init(json!({})).await;
        socket
    };

    // What a socket's life allocates once (caches, buffers the allocator keeps) is no leak.
    let warm_up = |_| async {
        let mut socket = open().await;
        socket.subscribe("seoul", SEOUL, json!({})).await;
        socket.message().await;
        socket.message().await;
    };
    futures_util::future::join_all((0..4).map(warm_up)).await;
    let baseline = resident_kib(pid);

    let sixteen_megabytes = |_| async {
        let mut socket = open().await;
        // The server closes after the frame's header; the rest of it may not go out.
        let _ = socket
            .socket
            .send(Message::text("x".repeat(16 << 20)))
            .await;
        let _ = tokio::time::timeout(ANSWER, socket.socket.next()).await;
    };
    let at_the_limit = |_| async {
        let mut socket = open().await;
        // Pings echoed back, and documents past the token limit, as large as a message may be.
        let padding = "x".repeat(60 * 1024);
        for _ in 0..10 {
            socket
                .send(json!({ "type": "ping", "payload": { "padding": padding } }))
                .await;
            socket.message().await;
        }
        let query = format!("{{ {} }}", "a ".repeat(30_000));
        socket.subscribe("tokens", &query, json!({})).await;
        socket.message().await;
    };
    for _ in 0..4 {
        futures_util::future::join_all((0..4).map(sixteen_megabytes)).await;
        futures_util::future::join_all((0..8).map(at_the_limit)).await;
    }
    // Sockets linger a second for their clients' close frames.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after = resident_kib(pid);
    server.stop().await;
    assert!(
        after < baseline + 24 * 1024,
        "resident memory went from {baseline} KiB to {after} KiB"
    );
}

/// The resident memory of process `pid`, in KiB.
fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc");
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS in /proc/PID/status")
}

// Every connection.

const HEALTH_REQUEST: &[u8] = b"GET /healthz HTTP/1.1\r\nHost: paradiplo\r\n\r\n";

/// Sends a whole request for `/healthz` on `stream` and reads its answer.
async fn ask_health(stream: &mut TcpStream) {
    stream
        .write_all(HEALTH_REQUEST)
        .await
        .expect("send a request");
    health_answer(stream).await;
}

/// Reads the answer of a request for `/healthz`.
async fn health_answer(stream: &mut TcpStream) {
    let mut answer = Vec::new();
    let mut buffer = [0; 1024];
    // `/healthz` answers "ok", the last two bytes of the response.
    while !answer.ends_with(b"\r\n\r\nok") {
        let read = tokio::time::timeout(ANSWER, stream.read(&mut buffer))
            .await
            .expect("an answer in time")
            .expect("read the answer");
        assert!(read > 0, "the connection closed before the answer");
        answer.extend_from_slice(&buffer[..read]);
    }
    assert!(answer.starts_with(b"HTTP/1.1 200"), "{answer:?}");
}

/// How long until the server closes `stream`, reading whatever comes.
async fn time_to_close(stream: &mut TcpStream) -> Duration {
    let start = Instant::now();
    let mut buffer = [0; 1024];
    loop {
        match tokio::time::timeout(ANSWER, stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => return start.elapsed(),
            Ok(Ok(_)) => {}
            Err(_) => panic!("the connection is still open after {ANSWER:?}"),
        }
    }
}

async fn connect(app: &TestApp) -> TcpStream {
    TcpStream::connect(app.address)
        .await
        .expect("connect to the server")
}

#[tokio::test]
async fn a_half_sent_request_is_closed_after_the_header_read_timeout() {
    let app = sqlite_app_with(|config| {
        config.header_read_timeout = Duration::from_secs(1);
        config.idle_timeout = Duration::from_secs(30);
    })
    .await;
    let mut silent = connect(&app).await;
    let mut half_sent = connect(&app).await;
    half_sent
        .write_all(b"GET /healthz HTT")
        .await
        .expect("send half a request line");
    let waited = time_to_close(&mut half_sent).await;
    assert!(waited >= Duration::from_millis(900), "{waited:?}");
    // A connection that sends nothing owes its headers from the start.
    time_to_close(&mut silent).await;

    // So does a later request on a kept-alive connection, from its first byte.
    let mut kept = connect(&app).await;
    ask_health(&mut kept).await;
    kept.write_all(b"GET /")
        .await
        .expect("send a request's start");
    let waited = time_to_close(&mut kept).await;
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_secs(5),
        "{waited:?}"
    );
    healthy(&app).await;
}

#[tokio::test]
async fn a_kept_alive_connection_is_closed_after_the_idle_timeout() {
    let app = sqlite_app_with(|config| {
        config.header_read_timeout = Duration::from_secs(1);
        config.idle_timeout = Duration::from_secs(3);
    })
    .await;
    let mut kept = connect(&app).await;
    ask_health(&mut kept).await;
    // Idle longer than the header-read timeout, within the idle one: still open.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    ask_health(&mut kept).await;
    let waited = time_to_close(&mut kept).await;
    assert!(
        waited >= Duration::from_millis(2500) && waited < Duration::from_secs(8),
        "{waited:?}"
    );
    healthy(&app).await;
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_until_a_busy_one_closes() {
    let app = sqlite_app_with(|config| {
        config.max_connections = std::num::NonZeroUsize::new(2).expect("two");
    })
    .await;
    // A WebSocket holds its place, and so does a request on its way.
    let mut socket = Socket::acknowledged(&app).await;
    let mut sending = connect(&app).await;
    sending
        .write_all(b"GET /healthz HTTP/1.1\r\n")
        .await
        .expect("send a request line");

    let mut waiting = connect(&app).await;
    waiting
        .write_all(HEALTH_REQUEST)
        .await
        .expect("send a request");
    let mut byte = [0; 1];
    let served = tokio::time::timeout(Duration::from_millis(500), waiting.read(&mut byte)).await;
    assert!(served.is_err(), "served beyond the cap: {served:?}");

    // Served once a place is free.
    socket.socket.close(None).await.expect("close the socket");
    health_answer(&mut waiting).await;
    drop((sending, waiting));
    healthy(&app).await;
}

#[tokio::test]
async fn at_the_cap_idle_kept_alive_connections_make_room_for_a_new_one() {
    let app = sqlite_app_with(|config| {
        config.max_connections = std::num::NonZeroUsize::new(2).expect("two");
    })
    .await;
    let mut idle = [connect(&app).await, connect(&app).await];
    for connection in &mut idle {
        ask_health(connection).await;
    }

    let mut new = connect(&app).await;
    ask_health(&mut new).await;
    for connection in &mut idle {
        time_to_close(connection).await;
    }
    drop((idle, new));
    healthy(&app).await;
}
