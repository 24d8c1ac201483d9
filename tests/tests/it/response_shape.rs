//! The shape of answers, as the GraphQL specification writes it and clients read it: keys in
//! the order of the query, `null` for a field that failed, the nearest nullable ancestor nulled
//! for a non-null one, and `data` whenever the request executed. Every assertion reads the
//! response's text, since parsed JSON values forget key order and cannot tell a missing key
//! from a `null`.

use async_graphql_value::ConstValue;
use serde_json::{Value, json};

use crate::common::{TestApp, on_both_databases};

on_both_databases!(
    fields_come_back_in_the_order_the_query_asks_for,
    root_fields_come_back_in_the_order_of_their_aliases,
    a_failed_field_is_null_and_keeps_its_key,
    a_failed_non_null_field_nulls_its_nearest_nullable_parent,
    a_failure_that_reaches_the_root_answers_data_null_with_status_200,
    fragments_merge_in_query_order_on_interfaces,
    union_members_no_fragment_selects_are_empty_objects,
    skip_and_include_follow_variables_and_their_defaults,
    a_request_that_never_executes_answers_without_data_and_status_400,
    a_failed_mutation_field_is_null_and_keeps_its_key,
);

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

/// The status and text of the answer to `query`, asked for as `accept`.
async fn ask(app: &TestApp, accept: &str, query: &str, variables: Value) -> (u16, String) {
    let response = app
        .client
        .post(app.url("/graphql"))
        .header("accept", accept)
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    (status, response.text().await.expect("a body"))
}

/// The `path` of every error of an answer's text.
fn error_paths(text: &str) -> Vec<Value> {
    let answer: Value = serde_json::from_str(text).expect("a JSON answer");
    answer["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|error| error["path"].clone())
        .collect()
}

async fn fields_come_back_in_the_order_the_query_asks_for(app: &TestApp) {
    let query = r#"{ city(slug: "seoul") { slug nameEn country { nameEn code } nameKo
        memberships { organization { acronym } joinedYear role } } }"#;
    let (status, text) = ask(app, GRAPHQL_RESPONSE, query, json!({})).await;
    assert_eq!(status, 200);
    assert!(
        text.starts_with(r#"{"data":{"city":{"slug":"seoul","nameEn":"Seoul","country":{"nameEn":"South Korea","code":"KR"},"nameKo":"서울특별시","memberships":[{"organization":{"acronym":"ANMC21"},"joinedYear":2001,"role":"MEMBER"},"#),
        "{text}"
    );
}

async fn root_fields_come_back_in_the_order_of_their_aliases(app: &TestApp) {
    let query = r#"{ b: city(slug: "tokyo") { nameEn } a: city(slug: "seoul") { nameKo } }"#;
    let (_, text) = ask(app, GRAPHQL_RESPONSE, query, json!({})).await;
    assert_eq!(
        text,
        r#"{"data":{"b":{"nameEn":"Tokyo"},"a":{"nameKo":"서울특별시"}}}"#
    );
}

async fn a_failed_field_is_null_and_keeps_its_key(app: &TestApp) {
    let query = r#"{ a: city(slug: "atlantis") { nameEn } b: city(slug: "seoul") { nameEn } }"#;
    let (status, text) = ask(app, GRAPHQL_RESPONSE, query, json!({})).await;
    assert_eq!(status, 200);
    assert!(
        text.starts_with(r#"{"data":{"a":null,"b":{"nameEn":"Seoul"}},"errors":["#),
        "{text}"
    );
    assert_eq!(error_paths(&text), [json!(["a"])]);
}

async fn a_failed_non_null_field_nulls_its_nearest_nullable_parent(app: &TestApp) {
    // `history` is non-null and needs a viewer: anonymously it fails, and `city` is nulled.
    let query = r#"{ city(slug: "seoul") { nameEn history { actor } } other: city(slug: "tokyo") { nameEn } }"#;
    let (status, text) = ask(app, GRAPHQL_RESPONSE, query, json!({})).await;
    assert_eq!(status, 200);
    assert!(
        text.starts_with(r#"{"data":{"city":null,"other":{"nameEn":"Tokyo"}},"errors":["#),
        "{text}"
    );
    assert_eq!(error_paths(&text), [json!(["city", "history"])]);
}

async fn a_failure_that_reaches_the_root_answers_data_null_with_status_200(app: &TestApp) {
    // A bad filter fails `agreements` (non-null) of each city, each city (non-null items),
    // the list, and `cities` (non-null): nothing is left but `data: null`.
    let query = r#"{ cities(first: 2) { slug agreements(filter: { signedOn: { gt: "not a date" } }) { kind } } }"#;
    let (status, text) = ask(app, GRAPHQL_RESPONSE, query, json!({})).await;
    assert_eq!(status, 200, "execution started: {text}");
    assert!(text.starts_with(r#"{"data":null,"errors":["#), "{text}");
    assert_eq!(
        error_paths(&text),
        [
            json!(["cities", 0, "agreements"]),
            json!(["cities", 1, "agreements"])
        ]
    );
}

async fn fragments_merge_in_query_order_on_interfaces(app: &TestApp) {
    let query = r#"query($id: ID!) { node(id: $id) { id ... on City { nameEn ...Place } __typename } }
        fragment Place on City { slug nameEn country { code } }"#;
    let seoul = "Q2l0eTpzZW91bA";
    let (_, text) = ask(app, GRAPHQL_RESPONSE, query, json!({ "id": seoul })).await;
    assert_eq!(
        text,
        r#"{"data":{"node":{"id":"Q2l0eTpzZW91bA","nameEn":"Seoul","slug":"seoul","country":{"code":"KR"},"__typename":"City"}}}"#
    );
}

async fn union_members_no_fragment_selects_are_empty_objects(app: &TestApp) {
    let query = r#"{ search(text: "seoul", first: 20) { node { ... on Organization { acronym } ... on City { nameEn slug } } } }"#;
    let (_, text) = ask(app, GRAPHQL_RESPONSE, query, json!({})).await;
    assert!(text.starts_with(r#"{"data":{"search":[{"node":"#), "{text}");
    // An order-keeping value, to read each hit's keys in the order they came.
    let answer: ConstValue = serde_json::from_str(&text).expect("JSON");
    let ConstValue::Object(data) = answer else {
        panic!("{text}")
    };
    let Some(ConstValue::Object(search)) = data.get("data") else {
        panic!("{text}")
    };
    let Some(ConstValue::List(hits)) = search.get("search") else {
        panic!("{text}")
    };
    let shapes: Vec<Vec<String>> = hits
        .iter()
        .map(|hit| match hit {
            ConstValue::Object(hit) => match hit.get("node") {
                Some(ConstValue::Object(node)) => node.keys().map(|key| key.to_string()).collect(),
                other => panic!("a node object, not {other:?}"),
            },
            other => panic!("a hit object, not {other:?}"),
        })
        .collect();
    let city = vec!["nameEn".to_owned(), "slug".to_owned()];
    assert!(shapes.contains(&city), "{text}");
    assert!(shapes.contains(&Vec::new()), "{text}");
    for shape in &shapes {
        assert!(
            shape.is_empty() || *shape == city || *shape == ["acronym"],
            "{text}"
        );
    }
    assert!(text.contains(r#"{"node":{"nameEn":"Seoul","slug":"seoul"}}"#));
}

async fn skip_and_include_follow_variables_and_their_defaults(app: &TestApp) {
    let query = r#"query($yes: Boolean = true, $no: Boolean!) {
        city(slug: "seoul") { nameEn @skip(if: $yes) slug @include(if: $yes) nameKo @include(if: $no) code: slug @skip(if: $no) } }"#;
    let (_, text) = ask(app, GRAPHQL_RESPONSE, query, json!({ "no": false })).await;
    assert_eq!(text, r#"{"data":{"city":{"slug":"seoul","code":"seoul"}}}"#);
}

async fn a_request_that_never_executes_answers_without_data_and_status_400(app: &TestApp) {
    let (status, text) = ask(app, GRAPHQL_RESPONSE, "{ nope }", json!({})).await;
    assert_eq!(status, 400);
    assert!(text.starts_with(r#"{"errors":["#), "{text}");
    assert!(!text.contains(r#""data""#), "{text}");
    // Legacy JSON clients get the same body with 200.
    let (status, legacy) = ask(app, "application/json", "{ nope }", json!({})).await;
    assert_eq!((status, legacy), (200, text));
}

async fn a_failed_mutation_field_is_null_and_keeps_its_key(app: &TestApp) {
    let query = r#"mutation { gone: deleteCity(id: "Q2l0eTpzZW91bA", version: 1, reason: "test") { deletedAt } }"#;
    let (status, text) = ask(app, GRAPHQL_RESPONSE, query, json!({})).await;
    assert_eq!(status, 200, "{text}");
    assert!(text.starts_with(r#"{"data":"#), "{text}");
    assert_eq!(error_paths(&text), [json!(["gone"])]);
    let answer: Value = serde_json::from_str(&text).expect("JSON");
    assert!(answer["data"].is_null() || answer["data"]["gone"].is_null());
}
