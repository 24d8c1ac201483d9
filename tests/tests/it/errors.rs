//! Bad input gets an error a person understands, with a stable `extensions.code`.

use serde_json::json;

use crate::common::{TestApp, error_code, error_message, on_both_databases};

on_both_databases!(
    an_unknown_slug_is_not_found_and_says_which,
    a_page_size_over_the_maximum_is_bad_user_input_naming_first,
    a_value_outside_graphql_int_is_rejected_with_a_code,
    an_unknown_enum_value_is_rejected_with_a_code,
    a_malformed_query_is_rejected_with_a_code,
    an_organization_is_found_by_acronym_case_insensitively,
    a_document_that_ran_before_still_checks_its_variables_and_cost,
);

async fn an_unknown_slug_is_not_found_and_says_which(app: &TestApp) {
    let response = app
        .graphql(r#"{ city(slug: "atlantis") { nameEn } }"#, json!({}))
        .await;
    assert_eq!(error_code(&response), "NOT_FOUND");
    assert!(error_message(&response).contains("atlantis"));
    assert_eq!(response["data"]["city"], json!(null));

    let response = app
        .graphql(r#"{ agreements(city: "atlantis") { kind } }"#, json!({}))
        .await;
    assert_eq!(error_code(&response), "NOT_FOUND");
}

async fn a_page_size_over_the_maximum_is_bad_user_input_naming_first(app: &TestApp) {
    for first in [1_000_000, -1] {
        let response = app
            .graphql(
                "query ($first: Int!) { cities(first: $first) { slug } }",
                json!({ "first": first }),
            )
            .await;
        assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response:#}");
        assert!(error_message(&response).contains("`first`"), "{response:#}");
    }
    let response = app
        .graphql("{ cities(offset: -5) { slug } }", json!({}))
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
    assert!(error_message(&response).contains("`offset`"));
}

async fn a_value_outside_graphql_int_is_rejected_with_a_code(app: &TestApp) {
    let response = app
        .graphql("{ cities(first: 82580457948) { slug } }", json!({}))
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response:#}");
    assert!(error_message(&response).contains("`first`"), "{response:#}");
}

async fn an_unknown_enum_value_is_rejected_with_a_code(app: &TestApp) {
    let response = app
        .graphql("{ agreements(kind: SISTR) { kind } }", json!({}))
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response:#}");
    assert!(error_message(&response).contains("SISTR"), "{response:#}");
}

async fn a_malformed_query_is_rejected_with_a_code(app: &TestApp) {
    let response = app.graphql("{ city(slug: ", json!({})).await;
    assert_eq!(
        error_code(&response),
        "GRAPHQL_PARSE_FAILED",
        "{response:#}"
    );
    let response = app
        .graphql("{ city(slug: \"seoul\") { population } }", json!({}))
        .await;
    assert_eq!(
        error_code(&response),
        "GRAPHQL_VALIDATION_FAILED",
        "{response:#}"
    );
}

async fn an_organization_is_found_by_acronym_case_insensitively(app: &TestApp) {
    let data = app
        .data(r#"{ organization(acronym: "wego") { slug hostedOffices { kind city { slug } } } }"#)
        .await;
    assert_eq!(data["organization"]["slug"], "wego");
    let response = app
        .graphql(
            r#"{ organization(acronym: "C40", slug: "c40") { slug } }"#,
            json!({}),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
}

/// A document that ran once skips the rules that depend only on its text; what depends on its
/// variables must still be refused as on a document never seen.
async fn a_document_that_ran_before_still_checks_its_variables_and_cost(app: &TestApp) {
    let query = "query City($slug: String!) { city(slug: $slug) { nameEn } }";
    for _ in 0..2 {
        let response = app.graphql(query, json!({ "slug": "seoul" })).await;
        assert_eq!(response["data"]["city"]["nameEn"], "Seoul", "{response:#}");
    }
    // The same text with a newline after it is another document, checked by every rule.
    let unseen = format!("{query}\n");
    for variables in [json!({ "slug": 5 }), json!({ "slug": null }), json!({})] {
        let again = app.graphql(query, variables.clone()).await;
        let first_time = app.graphql(&unseen, variables.clone()).await;
        assert_eq!(
            error_code(&again),
            "BAD_USER_INPUT",
            "{variables}: {again:#}"
        );
        assert_eq!(again, first_time, "{variables}");
    }

    let costly = "query Cities($first: Int!) { cities(first: $first) { agreements { partner { \
                  agreements { partner { agreements { partner { slug } } } } } } } }";
    let response = app.graphql(costly, json!({ "first": 1 })).await;
    assert!(response.get("errors").is_none(), "{response:#}");
    let response = app.graphql(costly, json!({ "first": 500 })).await;
    assert_eq!(error_code(&response), "COMPLEXITY_LIMIT", "{response:#}");
}
