//! A public API under abuse: every limit refuses with its own code, the HTTP surface follows
//! the GraphQL-over-HTTP spec and refuses cross-site requests, internal errors are censored
//! but traceable, and operations have what they need (request ids, metrics, CORS, shutdown).

use std::num::NonZeroUsize;
use std::time::{Duration, Instant};

use paradiplo::app::App;
use paradiplo::config::{Config, Profile};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::common::{
    Backend, TestApp, error_code, error_message, fresh_database, loaded_database, spawn_app,
    spawn_app_with,
};

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

async fn sqlite_app() -> TestApp {
    spawn_app(Backend::Sqlite).await.expect("SQLite")
}

async fn post_raw(
    app: &TestApp,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    app.client
        .post(app.url("/graphql"))
        .header(CONTENT_TYPE, content_type)
        .header(ACCEPT, GRAPHQL_RESPONSE)
        .body(body)
        .send()
        .await
        .expect("the server answers")
}

async fn post_query(app: &TestApp, query: &str) -> (StatusCode, Value) {
    let body = json!({ "query": query }).to_string();
    let response = post_raw(app, "application/json", body).await;
    let status = response.status();
    (status, response.json().await.expect("a JSON body"))
}

pub(crate) async fn server_is_up(app: &TestApp) {
    let health = app
        .client
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(health.status(), StatusCode::OK);
}

/// A valid query `levels` selections deep: a city's agreements' partners' agreements…
fn nested(levels: usize) -> String {
    let mut query = String::from("{ city(slug: \"seoul\") ");
    for level in 0..levels {
        query.push_str(if level % 2 == 0 {
            "{ agreements "
        } else {
            "{ partner "
        });
    }
    query.push_str("{ slug }");
    query.push_str(&" }".repeat(levels + 1));
    query
}

#[tokio::test]
async fn a_query_nested_fifty_levels_is_refused_before_running() {
    let app = sqlite_app().await;
    app.reset_statement_count();
    let (status, body) = post_query(&app, &nested(50)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error_code(&body), "DEPTH_LIMIT", "{body:#}");
    assert_eq!(
        error_message(&body),
        "query nesting 52 exceeds the limit of 30 (selection sets and fragments; twice the \
         depth limit of 15)"
    );
    assert_eq!(app.statement_count(), 0, "no resolver ran");
    server_is_up(&app).await;
}

/// Issue contract: limit errors say the numbers, measured as the limit counts them.
#[tokio::test]
async fn a_query_too_deep_is_refused_saying_its_depth_and_the_limit() {
    let app = sqlite_app().await;
    let (status, body) = post_query(&app, &nested(15)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error_code(&body), "DEPTH_LIMIT", "{body:#}");
    assert_eq!(
        error_message(&body),
        "query depth 17 exceeds the limit of 15"
    );
}

/// Issue contract: the parser's recursion guard reports the configured limit, not its own.
#[tokio::test]
async fn a_document_nested_a_hundred_deep_is_refused_naming_the_configured_limit() {
    let deep = format!("{}{}", "{ a ".repeat(100), "}".repeat(100));
    let app = sqlite_app().await;
    let (status, body) = post_query(&app, &deep).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error_code(&body), "DEPTH_LIMIT", "{body:#}");
    assert_eq!(
        error_message(&body),
        "query nesting 100 exceeds the limit of 30 (selection sets and fragments; twice the \
         depth limit of 15)"
    );

    let shallow = spawn_app_with(Backend::Sqlite, |config| config.max_depth = 5)
        .await
        .expect("SQLite");
    let (_, body) = post_query(&shallow, &deep).await;
    assert_eq!(
        error_message(&body),
        "query nesting 100 exceeds the limit of 10 (selection sets and fragments; twice the \
         depth limit of 5)"
    );
    let (_, body) = post_query(&shallow, &nested(4)).await;
    assert_eq!(error_message(&body), "query depth 6 exceeds the limit of 5");
}

/// Fragments nest too: spread within one another they count as levels and as often as they are
/// spread, and one that spreads itself is refused by name rather than followed.
#[tokio::test]
async fn fragments_count_towards_nesting_and_may_not_spread_themselves() {
    let app = sqlite_app().await;
    let mut chain = String::from("{ ...F0 }");
    for level in 0..40 {
        chain.push_str(&format!(
            " fragment F{level} on Query {{ ...F{} }}",
            level + 1
        ));
    }
    chain.push_str(" fragment F40 on Query { countryGroups { code } }");
    let (_, body) = post_query(&app, &chain).await;
    assert_eq!(error_code(&body), "DEPTH_LIMIT", "{body:#}");
    assert_eq!(
        error_message(&body),
        "query nesting 43 exceeds the limit of 30 (selection sets and fragments; twice the \
         depth limit of 15)"
    );

    // Each fragment spreads the next twice: 27 levels stand for half a billion selections,
    // refused without walking them.
    let mut doubling = String::from("{ ...F0 }");
    for level in 0..27 {
        let next = level + 1;
        doubling.push_str(&format!(
            " fragment F{level} on Query {{ ...F{next} ...F{next} }}"
        ));
    }
    doubling.push_str(" fragment F27 on Query { countryGroups { code } }");
    let (_, body) = post_query(&app, &doubling).await;
    assert_eq!(error_code(&body), "COMPLEXITY_LIMIT", "{body:#}");
    assert_eq!(
        error_message(&body),
        "query size (selections, fragments expanded) 536,870,911 exceeds the limit of 50,000"
    );

    let (_, body) = post_query(
        &app,
        "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
    )
    .await;
    assert_eq!(error_code(&body), "GRAPHQL_VALIDATION_FAILED", "{body:#}");
    assert_eq!(error_message(&body), "fragment `A` spreads itself");
}

#[tokio::test]
async fn a_query_nested_five_thousand_levels_is_refused_without_echo() {
    let app = sqlite_app().await;
    let query = format!("{}{}", "{ a ".repeat(5_000), "}".repeat(5_000));
    let response = post_raw(
        &app,
        "application/json",
        json!({ "query": query }).to_string(),
    )
    .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let text = response.text().await.expect("a body");
    assert!(
        text.len() < 2_048,
        "{} bytes: {}",
        text.len(),
        &text[..200.min(text.len())]
    );
    assert!(
        text.contains("_LIMIT") || text.contains("GRAPHQL_PARSE_FAILED"),
        "{text}"
    );
    server_is_up(&app).await;
}

#[tokio::test]
async fn an_expensive_query_is_refused_by_its_cost() {
    let app = sqlite_app().await;
    let (status, body) = post_query(
        &app,
        "{ cities(first: 500) { agreements { partner { agreements { partner { agreements { partner { slug } } } } } } } }",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error_code(&body), "COMPLEXITY_LIMIT", "{body:#}");
    // 500 cities × (10 agreements × (1 + 10 × (1 + 10 × (1 + 1))))
    assert_eq!(
        error_message(&body),
        "query cost 1,055,000 exceeds the limit of 50,000"
    );
}

#[tokio::test]
async fn aliases_beyond_the_cap_are_refused() {
    let app = sqlite_app().await;
    let aliases = |count: usize| {
        let fields: Vec<String> = (0..count)
            .map(|n| format!("a{n}: cities(first: 1) {{ slug }}"))
            .collect();
        format!("{{ {} }}", fields.join(" "))
    };
    let (status, body) = post_query(&app, &aliases(30)).await;
    assert_eq!(status, StatusCode::OK, "{body:#}");
    for count in [31, 1_000] {
        let (status, body) = post_query(&app, &aliases(count)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let code = error_code(&body);
        assert!(
            code == "ALIAS_LIMIT" || (count == 1_000 && code == "TOKEN_LIMIT"),
            "{count}: {body:#}"
        );
    }
    let (_, body) = post_query(&app, &aliases(31)).await;
    assert_eq!(error_code(&body), "ALIAS_LIMIT");
    assert_eq!(
        error_message(&body),
        "alias count 31 exceeds the limit of 30"
    );
}

#[tokio::test]
async fn a_query_with_too_many_tokens_is_refused() {
    let app = sqlite_app().await;
    let query = format!("{{ cities {{ {} }} }}", "slug ".repeat(6_000));
    let (status, body) = post_query(&app, &query).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error_code(&body), "TOKEN_LIMIT", "{body:#}");
    assert_eq!(
        error_message(&body),
        "token count 6,005 exceeds the limit of 5,000"
    );
}

#[tokio::test]
async fn int_arguments_beyond_32_bits_are_bad_user_input_naming_the_argument() {
    let app = sqlite_app().await;
    let (_, body) = post_query(&app, "{ cities(first: 82580457948) { slug } }").await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert!(error_message(&body).contains("`first`"), "{body:#}");
    let body = app
        .graphql(
            "query ($n: Int!) { cities(first: $n) { slug } }",
            json!({ "n": 82_580_457_948_u64 }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert!(error_message(&body).contains("`$n`"), "{body:#}");
}

#[tokio::test]
async fn a_document_parsed_once_is_checked_again_every_time() {
    let app = sqlite_app().await;
    let query = "query ($first: Int) { cities(first: $first) { slug } }";
    let fine = app.graphql(query, json!({ "first": 2 })).await;
    assert_eq!(
        fine["data"]["cities"].as_array().map(Vec::len),
        Some(2),
        "{fine:#}"
    );
    for variables in [
        json!({ "first": 4_294_967_296_i64 }),
        json!({ "first": 100_000 }),
    ] {
        let refused = app.graphql(query, variables.clone()).await;
        assert_eq!(
            crate::common::error_code(&refused),
            "BAD_USER_INPUT",
            "{variables}: {refused:#}"
        );
    }
    let again = app.graphql(query, json!({ "first": 3 })).await;
    assert_eq!(
        again["data"]["cities"].as_array().map(Vec::len),
        Some(3),
        "{again:#}"
    );
}

#[tokio::test]
async fn batches_are_refused_by_default_and_capped_when_allowed() {
    let app = sqlite_app().await;
    let one = json!({ "query": "{ countryGroups { code } }" });
    let response = post_raw(&app, "application/json", json!([one, one]).to_string()).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_code(&response.json().await.expect("json")),
        "BATCHING_DISABLED"
    );

    let app = spawn_app_with(Backend::Sqlite, |config| config.max_batch = 2)
        .await
        .expect("SQLite");
    let response = post_raw(&app, "application/json", json!([one, one]).to_string()).await;
    assert_eq!(response.status(), StatusCode::OK);
    let answers: Value = response.json().await.expect("json");
    assert_eq!(answers.as_array().map(Vec::len), Some(2));
    let response = post_raw(&app, "application/json", json!([one, one, one]).to_string()).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        error_code(&response.json().await.expect("json")),
        "BATCH_LIMIT"
    );
}

#[tokio::test]
async fn only_json_posts_are_accepted_against_cross_site_requests() {
    let app = sqlite_app().await;
    let query = r#"{"query":"{ countryGroups { code } }"}"#;
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ] {
        let response = post_raw(&app, content_type, query).await;
        assert_eq!(
            response.status(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type}"
        );
    }
    for content_type in [
        "application/json",
        "application/json; charset=utf-8",
        GRAPHQL_RESPONSE,
    ] {
        let response = post_raw(&app, content_type, query).await;
        assert_eq!(response.status(), StatusCode::OK, "{content_type}");
    }
}

#[tokio::test]
async fn get_runs_queries_but_not_mutations() {
    let app = sqlite_app().await;
    let get = |query: &str| {
        let url = reqwest::Url::parse_with_params(&app.url("/graphql"), &[("query", query)])
            .expect("a URL");
        app.client.get(url).header(ACCEPT, GRAPHQL_RESPONSE).send()
    };
    let response = get("{ countryGroups { code } }")
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::OK);
    let response = get("mutation { __typename }")
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        error_code(&response.json().await.expect("json")),
        "METHOD_NOT_ALLOWED"
    );
}

#[tokio::test]
async fn responses_follow_the_accept_header() {
    let app = sqlite_app().await;
    let body = r#"{"query":"{"}"#;
    for (accept, status, media) in [
        (GRAPHQL_RESPONSE, StatusCode::BAD_REQUEST, GRAPHQL_RESPONSE),
        ("application/json", StatusCode::OK, "application/json"),
    ] {
        let response = app
            .client
            .post(app.url("/graphql"))
            .header(CONTENT_TYPE, "application/json")
            .header(ACCEPT, accept)
            .body(body)
            .send()
            .await
            .expect("the server answers");
        assert_eq!(response.status(), status, "{accept}");
        let content_type = response.headers()[CONTENT_TYPE]
            .to_str()
            .expect("text")
            .to_string();
        assert!(content_type.starts_with(media), "{accept}: {content_type}");
        let answer: Value = response.json().await.expect("json");
        assert!(
            answer.get("data").is_none(),
            "a request that never ran has no data: {answer:#}"
        );
        assert_eq!(error_code(&answer), "GRAPHQL_PARSE_FAILED");
    }
}

#[tokio::test]
async fn an_oversized_body_is_refused_with_413() {
    let app = sqlite_app().await;
    let query = format!(
        r#"{{"query":"{{ countryGroups {{ code }} }}","padding":"{}"}}"#,
        "x".repeat(70 * 1024)
    );
    let response = post_raw(&app, "application/json", query).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

/// The request waits behind a table lock, so it outlasts the timeout however fast the machine.
/// The lock is PostgreSQL's: SQLite's readers never wait in write-ahead-log mode.
#[tokio::test]
async fn a_request_stuck_on_the_database_times_out_with_a_clear_error_while_health_stays_fast() {
    let Some(app) = spawn_app_with(Backend::Postgres, |config| {
        // Long enough for the unhindered question on a loaded machine; the stuck one waits
        // for it in full whatever its length.
        config.request_timeout = Duration::from_secs(2)
    })
    .await
    else {
        return;
    };
    let query = "{ cities(first: 100) { agreements { partner { slug } } } }";
    let (status, unhindered) = post_query(&app, query).await;
    assert_eq!(status, StatusCode::OK, "{unhindered:#}");

    let lock = app.db.begin().await.expect("a transaction");
    lock.execute_unprepared("LOCK TABLE city IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("lock the city table");
    let (status, body) = tokio::time::timeout(Duration::from_secs(30), post_query(&app, query))
        .await
        .expect("the server answers before the lock is released");
    assert_eq!(status, StatusCode::GATEWAY_TIMEOUT, "{body:#}");
    assert_eq!(error_code(&body), "TIMEOUT");
    assert!(error_message(&body).contains("2000 ms"), "{body:#}");
    server_is_up(&app).await;

    // The abandoned statement gives its connection back: once the lock is gone, the same
    // question is answered in full.
    lock.rollback().await.expect("release the lock");
    let (status, body) = post_query(&app, query).await;
    assert_eq!(status, StatusCode::OK, "{body:#}");
    assert_eq!(body, unhindered);
}

/// One turn to execute: a second operation waits for the first, which is stuck behind a lock,
/// although it needs no locked table; it is answered only once the first has timed out.
#[tokio::test]
async fn operations_beyond_the_concurrency_limit_wait_their_turn() {
    let timeout = Duration::from_secs(2);
    let Some(app) = spawn_app_with(Backend::Postgres, |config| {
        config.max_concurrent_operations = NonZeroUsize::MIN;
        config.request_timeout = timeout;
    })
    .await
    else {
        return;
    };
    let lock = app.db.begin().await.expect("a transaction");
    lock.execute_unprepared("LOCK TABLE city IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("lock the city table");

    let started = Instant::now();
    let stuck = post_query(&app, "{ cities(first: 5) { slug } }");
    let waiting = async {
        wait_for_a_lock_wait(&app).await;
        // Its own timeout runs from here: late enough that time is left when its turn comes.
        tokio::time::sleep(timeout / 4).await;
        post_query(&app, "{ countryGroups { code } }").await
    };
    let ((stuck_status, stuck), (status, body)) = tokio::join!(stuck, waiting);
    let answered_after = started.elapsed();
    lock.rollback().await.expect("release the lock");

    assert_eq!(stuck_status, StatusCode::GATEWAY_TIMEOUT, "{stuck:#}");
    assert_eq!(error_code(&stuck), "TIMEOUT");
    assert_eq!(status, StatusCode::OK, "{body:#}");
    assert!(
        body["data"]["countryGroups"]
            .as_array()
            .is_some_and(|groups| !groups.is_empty())
    );
    assert!(
        answered_after >= timeout,
        "answered after {answered_after:?}, before the first operation gave up its turn"
    );
}

/// Returns once a statement of the app waits for a lock.
async fn wait_for_a_lock_wait(app: &TestApp) {
    for _ in 0..200 {
        let waiting = app
            .db
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                "SELECT count(*) AS waiting FROM pg_stat_activity \
                 WHERE datname = current_database() AND wait_event_type = 'Lock'",
            ))
            .await
            .expect("read pg_stat_activity")
            .and_then(|row| row.try_get::<i64>("", "waiting").ok())
            .unwrap_or(0);
        if waiting > 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("no statement ever waited for the lock");
}

/// A checkout from the pool is not a round trip to the database: connections are pinged only
/// after sitting idle (sea-orm's default pings at every checkout).
#[tokio::test]
async fn pooled_connections_are_not_pinged_at_every_checkout() {
    let (sqlite, _file) = fresh_database(Backend::Sqlite).await.expect("SQLite");
    let pool = sqlite.sea().get_sqlite_connection_pool();
    assert!(!pool.options().get_test_before_acquire());
    if let Some((postgres, _database)) = fresh_database(Backend::Postgres).await {
        let pool = postgres.sea().get_postgres_connection_pool();
        assert!(!pool.options().get_test_before_acquire());
    }
}

/// A statement whose request gave up leaves its connection busy on the server; the pool
/// replaces that connection instead of making the next request wait for the statement.
#[tokio::test]
async fn a_statement_cut_short_does_not_hold_up_the_next_ones() {
    let Some((postgres, _database)) = fresh_database(Backend::Postgres).await else {
        return;
    };
    let sleep = Statement::from_string(DbBackend::Postgres, "SELECT pg_sleep(60)");
    let cut_short =
        tokio::time::timeout(Duration::from_millis(200), postgres.query_one_raw(sleep)).await;
    assert!(cut_short.is_err(), "the sleep outlives its deadline");

    // As many statements at once as the pool has connections: one of them gets the abandoned
    // connection's slot.
    let pool_size = postgres
        .sea()
        .get_postgres_connection_pool()
        .options()
        .get_max_connections();
    let statements = (0..pool_size).map(|n| {
        let postgres = postgres.clone();
        async move {
            let select = Statement::from_string(DbBackend::Postgres, format!("SELECT {n} AS n"));
            let row = postgres.query_one_raw(select).await.expect("a row");
            row.expect("one row").try_get::<i32>("", "n").expect("n")
        }
    });
    let answers = tokio::time::timeout(
        Duration::from_secs(30),
        futures_util::future::join_all(statements),
    )
    .await
    .expect("no statement waits for the abandoned one");
    assert_eq!(answers, (0..).take(answers.len()).collect::<Vec<i32>>());
    postgres.close().await.expect("close the pools");
}

#[tokio::test]
async fn production_mode_hides_the_schema_suggestions_and_graphiql() {
    let app = spawn_app_with(Backend::Sqlite, |config| {
        config.profile = Profile::Production
    })
    .await
    .expect("SQLite");
    let (_, body) = post_query(&app, "{ __schema { types { name } } }").await;
    assert!(
        body["data"]["__schema"].is_null(),
        "introspection is off: {body:#}"
    );
    let (_, body) = post_query(&app, r#"{ city(slug: "seoul") { nameE } }"#).await;
    assert!(!error_message(&body).contains("Did you mean"), "{body:#}");
    let graphiql = app
        .client
        .get(app.url("/"))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(graphiql.status(), StatusCode::NOT_FOUND);

    let app = spawn_app_with(Backend::Sqlite, |config| {
        config.profile = Profile::Production;
        config.graphiql = Some(true);
    })
    .await
    .expect("SQLite");
    let graphiql = app
        .client
        .get(app.url("/"))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(graphiql.status(), StatusCode::OK);
}

async fn internal_errors_are_censored_and_carry_the_request_id(app: &TestApp) {
    app.db
        .execute_unprepared("ALTER TABLE period RENAME TO period_gone")
        .await
        .expect("break the database");
    let response = post_raw(
        app,
        "application/json",
        r#"{"query":"{ periods { startYear } }"}"#,
    )
    .await;
    let request_id = response.headers()["x-request-id"]
        .to_str()
        .expect("text")
        .to_string();
    let body: Value = response.json().await.expect("json");
    assert_eq!(error_code(&body), "INTERNAL");
    assert_eq!(error_message(&body), "internal error");
    assert_eq!(
        body["errors"][0]["extensions"]["request_id"],
        request_id.as_str()
    );
    let mut error = body["errors"][0].clone();
    error
        .as_object_mut()
        .expect("an error object")
        .remove("path");
    let text = error.to_string().to_lowercase();
    for leak in [
        "period", "select", "sqlite", "postgres", "sqlx", "relation", "table", "database",
    ] {
        assert!(!text.contains(leak), "`{leak}` leaked: {text}");
    }
}

crate::common::on_both_databases!(internal_errors_are_censored_and_carry_the_request_id);

#[tokio::test]
async fn every_response_has_a_request_id_and_metrics_count_operations_and_errors() {
    let app = sqlite_app().await;
    for path in ["/healthz", "/graphql?query=%7B__typename%7D", "/metrics"] {
        let response = app
            .client
            .get(app.url(path))
            .send()
            .await
            .expect("the server answers");
        assert!(response.headers().contains_key("x-request-id"), "{path}");
    }
    let named = json!({ "query": "query SeoulName { city(slug: \"seoul\") { nameEn } }", "operationName": "SeoulName" });
    post_raw(&app, "application/json", named.to_string()).await;
    post_query(&app, r#"{ city(slug: "atlantis") { nameEn } }"#).await;
    let metrics = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .expect("the server answers")
        .text()
        .await
        .expect("text");
    for expected in [
        r#"paradiplo_graphql_requests_total{operation="SeoulName"} 1"#,
        r#"paradiplo_graphql_request_duration_seconds_count{operation="SeoulName"} 1"#,
        r#"paradiplo_graphql_errors_total{code="NOT_FOUND"} 1"#,
        r#"paradiplo_db_pool_connections{state="idle"}"#,
    ] {
        assert!(
            metrics.contains(expected),
            "missing {expected} in:\n{metrics}"
        );
    }
}

#[tokio::test]
async fn cors_allows_only_the_configured_origins() {
    let app = spawn_app_with(Backend::Sqlite, |config| {
        config.cors_origins = vec!["https://atlas.example".into()]
    })
    .await
    .expect("SQLite");
    for (origin, allowed) in [
        ("https://atlas.example", true),
        ("https://evil.example", false),
    ] {
        let response = app
            .client
            .request(reqwest::Method::OPTIONS, app.url("/graphql"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "content-type")
            .send()
            .await
            .expect("the server answers");
        let granted = response
            .headers()
            .get("access-control-allow-origin")
            .and_then(|value| value.to_str().ok());
        assert_eq!(granted == Some(origin), allowed, "{origin}: {granted:?}");
    }
}

#[tokio::test]
async fn responses_are_compressed_when_the_client_accepts_it() {
    let app = sqlite_app().await;
    let response = app
        .client
        .post(app.url("/graphql"))
        .header(CONTENT_TYPE, "application/json")
        .header("accept-encoding", "gzip")
        .body(r#"{"query":"{ cities(first: 100) { slug nameEn nameKo } }"}"#)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(
        response
            .headers()
            .get("content-encoding")
            .and_then(|value| value.to_str().ok()),
        Some("gzip")
    );
}

#[tokio::test]
async fn persisted_queries_answer_short_cacheable_gets() {
    let app = sqlite_app().await;
    let query = "{ countryGroups { code } }";
    let hash = format!("{:x}", Sha256::digest(query.as_bytes()));
    let extensions = json!({ "persistedQuery": { "version": 1, "sha256Hash": hash } }).to_string();
    let get = || {
        let url = reqwest::Url::parse_with_params(
            &app.url("/graphql"),
            &[("extensions", extensions.as_str())],
        )
        .expect("a URL");
        app.client.get(url).send()
    };
    let unknown: Value = get()
        .await
        .expect("the server answers")
        .json()
        .await
        .expect("json");
    assert_eq!(
        error_message(&unknown),
        "PersistedQueryNotFound",
        "{unknown:#}"
    );

    let register = json!({ "query": query, "extensions": { "persistedQuery": { "version": 1, "sha256Hash": hash } } });
    let registered = post_raw(&app, "application/json", register.to_string()).await;
    assert_eq!(registered.status(), StatusCode::OK);

    let response = get().await.expect("the server answers");
    assert_eq!(
        response
            .headers()
            .get("cache-control")
            .and_then(|value| value.to_str().ok()),
        Some("public, max-age=60")
    );
    let answer: Value = response.json().await.expect("json");
    assert!(
        answer["data"]["countryGroups"]
            .as_array()
            .is_some_and(|groups| !groups.is_empty()),
        "{answer:#}"
    );
}

#[tokio::test]
async fn each_persisted_query_answers_with_its_own_document() {
    let app = sqlite_app().await;
    let queries = [
        "{ countryGroups { code } }",
        r#"{ city(slug: "seoul") { slug } }"#,
    ];
    let persisted = |query: &str| {
        let hash = format!("{:x}", Sha256::digest(query.as_bytes()));
        json!({ "persistedQuery": { "version": 1, "sha256Hash": hash } })
    };
    for query in queries {
        let register = json!({ "query": query, "extensions": persisted(query) });
        let registered = post_raw(&app, "application/json", register.to_string()).await;
        assert_eq!(registered.status(), StatusCode::OK);
    }
    // By hash alone, in turn: each answers its own query, however the server caches them.
    let app = &app;
    let by_hash = |query: &str| {
        let body = json!({ "extensions": persisted(query) }).to_string();
        async move {
            let response = post_raw(app, "application/json", body).await;
            response.json::<Value>().await.expect("json")
        }
    };
    for _ in 0..2 {
        let groups = by_hash(queries[0]).await;
        assert!(groups["data"]["countryGroups"].is_array(), "{groups:#}");
        let city = by_hash(queries[1]).await;
        assert_eq!(city["data"]["city"]["slug"], "seoul", "{city:#}");
    }
}

#[tokio::test]
async fn shutdown_lets_a_request_in_flight_finish() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let (db, _database) = loaded_database(Backend::Sqlite).await.expect("SQLite");
    let app = App::with_database(&Config::with_database("unused: connection given"), db)
        .await
        .expect("bind");
    let address = app.address();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));

    // A request whose body is still on its way when the shutdown begins.
    let body = r#"{"query":"{ countryGroups { code } }"}"#;
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect");
    let head = format!(
        "POST /graphql HTTP/1.1\r\nhost: {address}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .await
        .expect("send the head");
    stream
        .write_all(&body.as_bytes()[..10])
        .await
        .expect("send part of the body");
    tokio::time::sleep(Duration::from_millis(50)).await;
    stop.send(()).expect("the server waits");
    tokio::time::sleep(Duration::from_millis(50)).await;
    stream
        .write_all(&body.as_bytes()[10..])
        .await
        .expect("send the rest");

    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.expect("an answer");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("ASEAN"), "{answer}");
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("stops")
        .expect("joins")
        .expect("clean stop");
}

#[tokio::test]
async fn shutdown_finishes_in_time_and_closes_the_pool() {
    let (db, _database) = fresh_database(Backend::Sqlite).await.expect("SQLite");
    paradiplo::startup::prepare(&db, false)
        .await
        .expect("migrate");
    let mut config = Config::with_database("unused: connection given");
    config.shutdown_deadline = Duration::from_millis(200);
    let app = App::with_database(&config, db.clone()).await.expect("bind");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    stop.send(()).expect("the server waits");
    tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("stops in time")
        .expect("joins")
        .expect("clean stop");
    assert!(db.ping().await.is_err(), "the pool is closed");
}
