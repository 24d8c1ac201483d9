//! The issue's concurrency contracts for writers. They check correctness, not speed, so their
//! server has a generous request timeout: on SQLite, writes take turns, and a thousand queued
//! writes on a busy machine may take longer than the default 10 s.

use std::collections::HashSet;

use futures_util::future::join_all;
use serde_json::{Value, json};

use crate::common::{TestApp, error_code, on_both_databases};
use crate::editing::{CREATE_SOURCE, Editor, count};

/// Issue contract 2: 1,000 concurrent creates over 100 natural keys.
async fn concurrent_creates_of_one_key_make_one_row_and_conflicts(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let requests = (0..1000).map(|n| {
        let key = format!("concurrent-{}", n % 100);
        async move { editor.edit(CREATE_SOURCE, json!({ "key": key })).await }
    });
    let responses = join_all(requests).await;
    let created = responses
        .iter()
        .filter(|response| response.get("errors").is_none())
        .count();
    let conflicts = responses
        .iter()
        .filter(|response| response.get("errors").is_some() && error_code(response) == "CONFLICT")
        .count();
    assert_eq!((created, conflicts), (100, 900));
    assert_eq!(
        count(app, "source WHERE key LIKE 'concurrent-%'").await,
        100
    );
}

/// Issue contract 3: 50 concurrent updates from the same version.
async fn concurrent_updates_from_one_version_let_one_through(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let created = editor
        .edit(CREATE_SOURCE, json!({ "key": "contested" }))
        .await;
    let id = created["data"]["createSource"]["id"]
        .as_str()
        .expect("an id")
        .to_string();
    let requests = (0..50).map(|n| {
        let id = id.clone();
        async move {
            editor
                .edit(
                    r#"mutation ($id: ID!, $title: String!) {
                    updateSource(id: $id, version: 1, patch: { title: $title }) { version }
                }"#,
                    json!({ "id": id, "title": format!("Title {n}") }),
                )
                .await
        }
    });
    let responses = join_all(requests).await;
    let codes: Vec<&str> = responses
        .iter()
        .filter(|response| response.get("errors").is_some())
        .map(error_code)
        .collect();
    assert_eq!(codes.len(), 49, "{responses:#?}");
    assert!(
        codes.iter().all(|code| *code == "VERSION_CONFLICT"),
        "{codes:?}"
    );
    assert_eq!(
        count(app, "source WHERE key = 'contested' AND version = 2").await,
        1
    );
    assert_eq!(
        count(
            app,
            "audit_log WHERE record_type = 'Source' AND action = 'UPDATE'"
        )
        .await,
        1
    );
}

/// Issue contract 4: replaying 1,000 keyed creates.
async fn replayed_keyed_creates_write_once_and_answer_the_same(app: &TestApp) {
    let editor = &Editor::new(app).await;
    let send = |n: usize| async move {
        editor
            .edit(
                CREATE_SOURCE,
                json!({ "key": format!("replayed-{n}"), "idempotencyKey": format!("key-{n}") }),
            )
            .await
    };
    let first = join_all((0..1000).map(send)).await;
    let again = join_all((0..1000).map(send)).await;
    let failed: Vec<&Value> = first
        .iter()
        .filter(|response| response.get("errors").is_some())
        .collect();
    assert!(
        failed.is_empty(),
        "{} failed, such as {:#}",
        failed.len(),
        failed[0]
    );
    assert_eq!(first, again);
    assert_eq!(count(app, "source WHERE key LIKE 'replayed-%'").await, 1000);
    let ids: HashSet<&str> = again
        .iter()
        .filter_map(|response| response["data"]["createSource"]["id"].as_str())
        .collect();
    assert_eq!(ids.len(), 1000);
}

on_both_databases!(with spawn_patient:
    concurrent_creates_of_one_key_make_one_row_and_conflicts,
    concurrent_updates_from_one_version_let_one_through,
    replayed_keyed_creates_write_once_and_answer_the_same,
);
