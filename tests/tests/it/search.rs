//! Full-text search across kinds, in English and Korean, ignoring case and accents.

use serde_json::{Value, json};

use crate::common::{TestApp, error_code, on_both_databases};

on_both_databases!(
    search_ignores_case_and_accents_and_matches_korean_and_acronyms,
    search_results_are_typed_and_filtered_by_kind,
    search_without_words_is_bad_user_input,
    repeated_words_and_words_a_longer_one_starts_change_nothing,
);

const SEARCH: &str = r#"query ($text: String!, $types: [SearchType!]) {
    search(text: $text, types: $types) { score node {
        __typename
        ... on City { slug }
        ... on Country { code }
        ... on Organization { slug acronym }
        ... on Event { slug }
        ... on PolicyExport { slug }
        ... on Source { key } } } }"#;

async fn search(app: &TestApp, text: &str, types: Value) -> Vec<Value> {
    let response = app
        .graphql(SEARCH, json!({ "text": text, "types": types }))
        .await;
    assert!(response.get("errors").is_none(), "{response:#}");
    response["data"]["search"].as_array().expect("hits").clone()
}

fn first_key(hits: &[Value], field: &str) -> Option<String> {
    hits.first()
        .and_then(|hit| hit["node"][field].as_str())
        .map(String::from)
}

async fn search_ignores_case_and_accents_and_matches_korean_and_acronyms(app: &TestApp) {
    for text in ["sao paulo", "SÃO PAULO", "são"] {
        let hits = search(app, text, json!(["CITY"])).await;
        assert_eq!(
            first_key(&hits, "slug").as_deref(),
            Some("sao-paulo"),
            "{text}: {hits:?}"
        );
    }
    let hits = search(app, "서울", json!(["CITY"])).await;
    assert_eq!(
        first_key(&hits, "slug").as_deref(),
        Some("seoul"),
        "{hits:?}"
    );
    let hits = search(app, "c40", Value::Null).await;
    assert!(
        hits.iter().any(|hit| hit["node"]["acronym"] == "C40"),
        "{hits:?}"
    );
    let hits = search(app, "도쿄", Value::Null).await;
    assert!(
        hits.iter().any(|hit| hit["node"]["slug"] == "tokyo"),
        "{hits:?}"
    );
    let scores: Vec<f64> = search(app, "seoul", Value::Null)
        .await
        .iter()
        .filter_map(|hit| hit["score"].as_f64())
        .collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "ranked best first: {scores:?}"
    );
}

async fn search_results_are_typed_and_filtered_by_kind(app: &TestApp) {
    let everything = search(app, "jeju", Value::Null).await;
    let kinds: std::collections::HashSet<&str> = everything
        .iter()
        .filter_map(|hit| hit["node"]["__typename"].as_str())
        .collect();
    assert!(
        kinds.len() >= 2,
        "jeju is a city, events, sources…: {kinds:?}"
    );
    let events = search(app, "jeju", json!(["EVENT"])).await;
    assert!(
        !events.is_empty()
            && events
                .iter()
                .all(|hit| hit["node"]["__typename"] == "Event"),
        "{events:?}"
    );
    app.reset_statement_count();
    let countries = search(app, "japan", json!(["COUNTRY"])).await;
    assert_eq!(first_key(&countries, "code").as_deref(), Some("JP"));
    assert_eq!(
        app.statement_count(),
        2,
        "the search, then one read of the only kind it found"
    );
}

async fn search_without_words_is_bad_user_input(app: &TestApp) {
    let response = app.graphql(SEARCH, json!({ "text": " -- " })).await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
}

/// Every word matches as a prefix, so a word said twice, or one that a longer word starts,
/// asks nothing more: the search runs without it.
async fn repeated_words_and_words_a_longer_one_starts_change_nothing(app: &TestApp) {
    let plain = search(app, "sao paulo", Value::Null).await;
    let padded = search(app, "Sao sao s PAULO pa são", Value::Null).await;
    assert!(!plain.is_empty());
    assert_eq!(padded, plain);
}
