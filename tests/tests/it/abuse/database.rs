//! Requests that would hold the database: search texts and filters beyond their bounds are
//! refused, the most expensive search the bounds allow leaves room for everyone else, and a
//! statement nobody waits for any more stops running.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use paradiplo::service::search::{MAX_TEXT_CHARS, MAX_TEXT_WORDS};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{Value, json};

use crate::common::{
    Backend, TestApp, error_code, error_message, fresh_database, on_both_databases,
};

on_both_databases!(
    search_texts_beyond_their_bounds_are_bad_user_input_naming_text,
    a_point_lookup_answers_within_500_ms_while_the_most_expensive_search_runs,
    filters_with_more_conditions_than_the_limit_are_bad_user_input_naming_filter,
    a_filter_with_as_many_conditions_as_the_limit_is_answered,
    a_statement_nobody_waits_for_stops_running_in_the_database,
);

const SEARCH: &str = r"query ($text: String!) {
    search(text: $text, first: 500) { score node { __typename } } }";

const POINT_LOOKUP: &str = r#"{ city(slug: "seoul") { slug } }"#;

/// The default `--max-filter-nodes`.
const MAX_FILTER_NODES: usize = 200;

/// As many words as a search may have, each one letter: each matches as a prefix, so each
/// reads as much of the index as a word can.
pub(crate) fn most_expensive_search() -> String {
    ('a'..='z')
        .take(MAX_TEXT_WORDS)
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The server answers a point lookup, promptly.
async fn server_is_healthy(app: &TestApp) {
    let started = Instant::now();
    let data = app.data(POINT_LOOKUP).await;
    assert_eq!(data["city"]["slug"], "seoul");
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "a point lookup took {:?}",
        started.elapsed()
    );
}

async fn search_texts_beyond_their_bounds_are_bad_user_input_naming_text(app: &TestApp) {
    let too_many_words = "seoul ".repeat(MAX_TEXT_WORDS + 1);
    let too_long = "s".repeat(MAX_TEXT_CHARS + 1);
    // The issue's text: 3,200 times the same letter.
    let the_issues = "a ".repeat(3_200);
    for (text, complaint) in [
        (
            too_many_words.as_str(),
            format!("{} words", MAX_TEXT_WORDS + 1),
        ),
        (
            too_long.as_str(),
            format!("{} characters", MAX_TEXT_CHARS + 1),
        ),
        (the_issues.as_str(), "6400 characters".to_string()),
    ] {
        let response = app.graphql(SEARCH, json!({ "text": text })).await;
        assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response:#}");
        let message = error_message(&response);
        assert!(
            message.contains("`text`") && message.contains(&complaint),
            "{message}"
        );
    }
    server_is_healthy(app).await;
}

async fn a_point_lookup_answers_within_500_ms_while_the_most_expensive_search_runs(app: &TestApp) {
    let searching = Arc::new(AtomicBool::new(true));
    let searcher = tokio::spawn({
        let (client, url, searching) = (app.client.clone(), app.url("/graphql"), searching.clone());
        let body = json!({ "query": SEARCH, "variables": { "text": most_expensive_search() } });
        async move {
            let mut answers: Vec<Value> = Vec::new();
            while searching.load(Ordering::Relaxed) {
                let response = client.post(&url).json(&body).send().await;
                let answer = response.expect("the server answers").json().await;
                answers.push(answer.expect("a JSON answer"));
            }
            answers
        }
    });
    // Searching by now, and again as soon as each search is answered.
    tokio::time::sleep(Duration::from_millis(100)).await;
    server_is_healthy(app).await;
    searching.store(false, Ordering::Relaxed);

    let answers = tokio::time::timeout(Duration::from_secs(30), searcher)
        .await
        .expect("the searches end within their timeout")
        .expect("the searcher");
    assert!(!answers.is_empty());
    for answer in answers {
        assert!(
            answer.get("errors").is_none() || error_code(&answer) == "TIMEOUT",
            "{answer:#}"
        );
    }
}

/// A city filter of `conditions` branches of `or`, each one condition.
fn branches(conditions: usize) -> Value {
    let branches: Vec<Value> = (0..conditions)
        .map(|n| json!({ "slug": { "eq": format!("city-{n}") } }))
        .collect();
    json!({ "or": branches })
}

async fn filters_with_more_conditions_than_the_limit_are_bad_user_input_naming_filter(
    app: &TestApp,
) {
    let cities = "query ($filter: CityFilter) { cities(filter: $filter) { slug } }";
    let organizations =
        "query ($filter: OrganizationFilter) { organizations(filter: $filter) { slug } }";
    // The issue's filter, with SQLite's expression depth in reach; then one condition too many,
    // spread over relations: organizations whose member cities' agreements' partners…
    let spread = json!({
        "slug": { "ne": "c40" },
        "memberships": { "some": { "city": {
            "agreements": { "every": { "partner": branches(MAX_FILTER_NODES) } }
        } } }
    });
    for (query, filter, count) in [
        (cities, branches(1_024), "1,024"),
        (organizations, spread, "201"),
    ] {
        let response = app.graphql(query, json!({ "filter": filter })).await;
        assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response:#}");
        assert_eq!(
            error_message(&response),
            format!("`filter` has {count} conditions; the limit is {MAX_FILTER_NODES}")
        );
    }
    server_is_healthy(app).await;
}

async fn a_filter_with_as_many_conditions_as_the_limit_is_answered(app: &TestApp) {
    let mut filter = branches(MAX_FILTER_NODES - 1);
    filter["or"][0] = json!({ "slug": { "eq": "seoul" } });
    filter["or"][1] =
        json!({ "and": [{ "slug": { "eq": "tokyo" } }, { "nameEn": { "startsWith": "T" } }] });
    let response = app
        .graphql(
            "query ($filter: CityFilter) { cities(filter: $filter) { slug } }",
            json!({ "filter": filter }),
        )
        .await;
    assert!(response.get("errors").is_none(), "{response:#}");
    assert_eq!(
        response["data"]["cities"],
        json!([{ "slug": "seoul" }, { "slug": "tokyo" }])
    );
}

/// A statement that never ends by itself, reading a table all along.
fn endless(backend: DatabaseBackend) -> Statement {
    Statement::from_string(
        backend,
        "WITH RECURSIVE endless(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM endless) \
         SELECT count(*) AS n FROM endless WHERE n = (SELECT count(*) FROM city)",
    )
}

/// Whether the database still runs [`endless`]. PostgreSQL lists what its backends run; on
/// SQLite, a statement still running keeps the snapshot it started from, and a checkpoint
/// cannot fold the write-ahead log back into the database while anyone reads an older one.
async fn endless_still_runs(app: &TestApp) -> bool {
    let db = &app.db;
    let backend = db.get_database_backend();
    let (probe, column) = match backend {
        DatabaseBackend::Postgres => (
            "SELECT count(*) AS running FROM pg_stat_activity WHERE datname = current_database() \
             AND state = 'active' AND query LIKE '%endless%' AND pid <> pg_backend_pid()",
            "running",
        ),
        _ => {
            db.execute_unprepared("CREATE TABLE IF NOT EXISTS probe (n INTEGER)")
                .await
                .expect("a table to write to");
            db.execute_unprepared("INSERT INTO probe VALUES (1)")
                .await
                .expect("a write after the statement's snapshot");
            ("PRAGMA wal_checkpoint(TRUNCATE)", "busy")
        }
    };
    let row = db
        .query_one_raw(Statement::from_string(backend, probe))
        .await
        .expect("the probe")
        .expect("a row");
    row.try_get::<i64>("", column).expect("a count") > 0
}

async fn a_statement_nobody_waits_for_stops_running_in_the_database(app: &TestApp) {
    let statement = endless(app.db.get_database_backend());
    let abandoned =
        tokio::time::timeout(Duration::from_millis(300), app.db.query_one_raw(statement)).await;
    assert!(abandoned.is_err(), "the statement never ends by itself");
    let mut still_runs = true;
    for _ in 0..10 {
        still_runs = endless_still_runs(app).await;
        if !still_runs {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!still_runs, "the abandoned statement still runs");
    server_is_healthy(app).await;
}

/// What a server does last at shutdown, once its requests have had their time.
async fn closing_the_database_interrupts_the_statements_still_running(backend: Backend) {
    let Some((db, _database)) = fresh_database(backend).await else {
        return;
    };
    paradiplo::startup::prepare(&db, false)
        .await
        .expect("migrate");
    let running = tokio::spawn({
        let db = db.clone();
        async move { db.query_one_raw(endless(db.get_database_backend())).await }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let closing = Instant::now();
    db.close().await.expect("close the database");
    let ended = tokio::time::timeout(Duration::from_secs(2), running)
        .await
        .expect("the statement ends once the database closes")
        .expect("the statement's task");
    assert!(ended.is_err(), "interrupted, not finished: {ended:?}");
    assert!(
        closing.elapsed() < Duration::from_secs(1),
        "closing took {:?}",
        closing.elapsed()
    );
}

#[tokio::test]
async fn closing_the_database_interrupts_the_statements_still_running_on_sqlite() {
    closing_the_database_interrupts_the_statements_still_running(Backend::Sqlite).await;
}

#[tokio::test]
async fn closing_the_database_interrupts_the_statements_still_running_on_postgres() {
    closing_the_database_interrupts_the_statements_still_running(Backend::Postgres).await;
}
