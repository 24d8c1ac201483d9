//! Lists whose selection is data-only (row fields and argument-free relations) are answered
//! straight from rows, and answer exactly as the general path: the same text byte for byte, the
//! same statements, the same errors with the same paths. The general path's answer is the same
//! query with fields selected twice, which the data-only path leaves to the general path and
//! which cannot change the answer. (`@include(if: true)` would not do: async-graphql removes
//! static `@skip`/`@include` before resolving.)

use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::common::{TestApp, on_both_databases};

on_both_databases!(
    data_only_lists_answer_byte_for_byte_as_the_general_path,
    data_only_lists_cost_the_statements_of_the_general_path,
    a_failing_relation_below_a_data_only_list_fails_with_the_general_path_s_error,
    a_refused_page_below_a_data_only_list_is_the_general_path_s_error,
);

/// Where a query says `$G` after a selection, the general path's version selects it twice and
/// the data-only one has as many spaces instead, so that errors give both the same locations.
fn made(query: &str, general: bool) -> String {
    let mut pieces = query.split(" $G");
    let mut made = pieces.next().unwrap_or_default().to_owned();
    for rest in pieces {
        let selection = made
            .split_whitespace()
            .last()
            .unwrap_or_default()
            .to_owned();
        let again = if general {
            selection
        } else {
            " ".repeat(selection.len())
        };
        made = format!("{made} {again}{rest}");
    }
    made
}

/// The answers to `query` on the data-only path and on the general path.
async fn both_ways(app: &TestApp, query: &str, variables: Value) -> (String, String) {
    let data_only = app
        .graphql_text(&made(query, false), variables.clone())
        .await;
    let general = app.graphql_text(&made(query, true), variables).await;
    (data_only, general)
}

/// The benchmark's deep question on Seoul, its nested question, and selections with aliases,
/// `__typename`, fragments, nulls (a partner without a Korean name, a root agreement's
/// partner), a field with arguments inside and a fragment on an interface, which the data-only
/// path leaves to the general path, and a fragment's list answered from rows both at the top
/// and below objects the general path resolves (the shaping pass takes each as it is).
const QUERIES: &[&str] = &[
    r#"query Deep($slug: String!) { city(slug: $slug) { nameEn agreements { kind $G
        partner { nameEn $G memberships { role $G organization { nameEn $G
        memberships { role $G city { nameEn $G } } } } } } } }"#,
    r#"{ cities(first: 10, orderBy: [{ field: SLUG, direction: DESC }]) { slug nameEn
        country { code $G nameEn } agreements { kind $G signedOn partner { nameEn $G } }
        memberships { role $G organization { nameEn $G } } policyExports { slug $G year sector } } }"#,
    r#"query Aliased($slug: String!) { city(slug: $slug) { treaties: agreements { __typename $G
        id since: signedYear signedOn status other: partner { ...Place $G ... on City { kind } }
        city { slug $G } } } }
        fragment Place on City { __typename name: nameEn nameKo wikidataId latitude longitude
        country { code } }"#,
    r#"{ agreements(first: 5) { id $G partner { nameEn } city { nameEn } } }"#,
    r#"query Inside($slug: String!) { city(slug: $slug) { memberships { role $G joinedYear
        leftYear note organization { slug acronym kind foundedYear headquarters { slug }
        memberships(asOf: "2010-01-01") { role } } } } }"#,
    r#"query Interface($slug: String!) { city(slug: $slug) { policyExports { slug $G title
        budgetKrw mode exporter { slug } partner { slug } ... on Node { id } } } }"#,
    r#"query Shared($slug: String!) { city(slug: $slug) { ...Members agreements { kind
        partner { distanceKm(latitude: 0, longitude: 0) ...Members } } } }
        fragment Members on City { memberships { role $G organization { nameEn } } }"#,
    r#"query Counted($slug: String!) { city(slug: $slug) { agreements { kind $G partner {
        nameEn country { nameEn } agreementsConnection(first: 1) { totalCount }
        latest: agreementsConnection(last: 2) { n: totalCount all: totalCount } } } } }"#,
];

async fn data_only_lists_answer_byte_for_byte_as_the_general_path(app: &TestApp) {
    for query in QUERIES {
        let (data_only, general) = both_ways(app, query, json!({ "slug": "seoul" })).await;
        assert!(
            data_only.starts_with(r#"{"data":{"#),
            "{query}: {data_only}"
        );
        assert!(!data_only.contains(r#""errors""#), "{query}: {data_only}");
        assert!(data_only.len() > 200, "{query}: {data_only}");
        assert_eq!(data_only, general, "{query}");
    }
}

async fn data_only_lists_cost_the_statements_of_the_general_path(app: &TestApp) {
    for query in [QUERIES[0], QUERIES[1], QUERIES[QUERIES.len() - 1]] {
        let mut counts = Vec::new();
        for general in [false, true] {
            app.reset_statement_count();
            let query = made(query, general);
            let text = app.graphql_text(&query, json!({ "slug": "seoul" })).await;
            assert!(!text.contains(r#""errors""#), "{text}");
            counts.push(app.statement_count());
        }
        assert_eq!(counts[0], counts[1], "{query}");
    }
    // The deep question: the city, then one statement per relation and level.
    app.reset_statement_count();
    app.graphql_text(&made(QUERIES[0], false), json!({ "slug": "seoul" }))
        .await;
    assert_eq!(app.statement_count(), 7);
}

async fn a_failing_relation_below_a_data_only_list_fails_with_the_general_path_s_error(
    app: &TestApp,
) {
    app.db
        .execute_unprepared("ALTER TABLE organization RENAME TO organization_gone")
        .await
        .expect("break the database");
    let query =
        r#"{ city(slug: "seoul") { nameEn memberships { role $G organization { nameEn $G } } } }"#;
    let (data_only, general) = without_request_ids(both_ways(app, query, json!({})).await);
    assert_eq!(data_only, general);
    let answer: Value = serde_json::from_str(&data_only).expect("a JSON answer");
    assert!(answer["errors"][0]["extensions"]["request_id"].is_string());
    assert_eq!(
        answer["errors"][0]["path"],
        json!(["city", "memberships", 0, "organization"])
    );
    assert_eq!(
        answer["data"]["city"]["memberships"][0]["organization"],
        Value::Null
    );
}

/// Both answers with their first error's request id (each request has its own, where an
/// error carries one) left out.
fn without_request_ids((data_only, general): (String, String)) -> (String, String) {
    let [data_only, general] = [data_only, general].map(|text| {
        let answer: Value = serde_json::from_str(&text).expect("a JSON answer");
        match answer["errors"][0]["extensions"]["request_id"].as_str() {
            Some(request_id) => text.replace(request_id, "…"),
            None => text,
        }
    });
    (data_only, general)
}

async fn a_refused_page_below_a_data_only_list_is_the_general_path_s_error(app: &TestApp) {
    let query = r#"{ city(slug: "seoul") { agreements { kind $G partner {
        agreementsConnection(first: 1, last: 1) { totalCount } } } } }"#;
    let (data_only, general) = without_request_ids(both_ways(app, query, json!({})).await);
    assert_eq!(data_only, general);
    let answer: Value = serde_json::from_str(&data_only).expect("a JSON answer");
    assert_eq!(answer["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
    assert_eq!(
        answer["errors"][0]["path"],
        json!(["city", "agreements", 0, "partner", "agreementsConnection"])
    );
}
