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
