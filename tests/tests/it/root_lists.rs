//! Root lists go through the same typed list query as nested ones: a root connection and its
//! nested twin give the same rows and total for the same arguments, and a root connection
//! reads its page, its total and the city it is seen from in one statement.

use serde_json::json;

use crate::common::{TestApp, on_both_databases};
use crate::nested_counts::measured;

on_both_databases!(
    a_root_connection_and_its_nested_twin_give_the_same_page,
    the_list_question_costs_a_page_and_the_partners,
    an_unknown_city_on_a_root_list_is_the_lookup_error_and_an_empty_page_is_not,
);

const ARGUMENTS: &str = r#"first: 3, kind: SISTER, asOf: "2020-01-01",
    filter: { signedOn: { gte: "1970" } }, orderBy: [{ field: SIGNED_ON, direction: DESC }]"#;
const SELECTION: &str =
    "totalCount pageInfo { hasNextPage endCursor } nodes { id kind signedOn partner { slug } }";

async fn a_root_connection_and_its_nested_twin_give_the_same_page(app: &TestApp) {
    let root = app
        .data(&format!(
            r#"{{ agreementsConnection(city: "seoul", {ARGUMENTS}) {{ {SELECTION} }} }}"#
        ))
        .await;
    let nested = app
        .data(&format!(
            r#"{{ city(slug: "seoul") {{ agreementsConnection({ARGUMENTS}) {{ {SELECTION} }} }} }}"#
        ))
        .await;
    let (root, nested) = (
        &root["agreementsConnection"],
        &nested["city"]["agreementsConnection"],
    );
    assert!(root["totalCount"].as_u64() > Some(3), "{root:#}");
    assert_eq!(root["totalCount"], nested["totalCount"]);
    assert_eq!(root["nodes"], nested["nodes"]);
    assert_eq!(
        root["pageInfo"]["hasNextPage"],
        nested["pageInfo"]["hasNextPage"]
    );
}

async fn the_list_question_costs_a_page_and_the_partners(app: &TestApp) {
    let page = |after: &str| {
        format!(
            r#"{{ agreementsConnection(city: "seoul", first: 2{after},
                orderBy: [{{ field: SIGNED_ON, direction: DESC }}]) {{
                totalCount pageInfo {{ hasNextPage endCursor }}
                nodes {{ kind status signedOn partner {{ nameEn }} }} }} }}"#
        )
    };
    let (statements, first) = measured(app, &page("")).await;
    assert_eq!(
        statements, 2,
        "the page with its total and its city, the partners"
    );
    let cursor = first["agreementsConnection"]["pageInfo"]["endCursor"]
        .as_str()
        .expect("a cursor")
        .to_string();
    let (statements, second) = measured(app, &page(&format!(r#", after: "{cursor}""#))).await;
    assert_eq!(
        statements, 2,
        "a later page counts its list in the same statement"
    );
    assert_eq!(
        first["agreementsConnection"]["totalCount"],
        second["agreementsConnection"]["totalCount"]
    );
    assert_ne!(
        first["agreementsConnection"]["nodes"],
        second["agreementsConnection"]["nodes"]
    );
    let (statements, _) = measured(
        app,
        r#"{ agreementsConnection(city: "seoul", first: 2) { nodes { kind } } }"#,
    )
    .await;
    assert_eq!(statements, 1, "no total counted when none is read");
    let (statements, _) = measured(
        app,
        r#"{ agreements(city: "seoul", first: 2) { kind partner { slug } } }"#,
    )
    .await;
    assert_eq!(
        statements, 2,
        "the plain list: the page with its city, the partners"
    );
}

async fn an_unknown_city_on_a_root_list_is_the_lookup_error_and_an_empty_page_is_not(
    app: &TestApp,
) {
    let looked_up = app
        .graphql(
            r#"{ agreementsAggregate(city: "atlantis") { total { count } } }"#,
            json!({}),
        )
        .await;
    let lookup_error = &looked_up["errors"][0];
    assert_eq!(
        lookup_error["extensions"]["code"], "NOT_FOUND",
        "{looked_up:#}"
    );
    for (field, selection) in [
        ("agreements", "kind"),
        ("agreementsConnection", "nodes { kind }"),
        ("agreementsConnection", "totalCount"),
        ("agreementsConnection", "pageInfo { hasNextPage }"),
    ] {
        let response = app
            .graphql(
                &format!(r#"{{ {field}(city: "atlantis") {{ {selection} }} }}"#),
                json!({}),
            )
            .await;
        assert_eq!(response["data"], json!(null), "{response:#}");
        let error = &response["errors"][0];
        assert_eq!(error["message"], lookup_error["message"], "{response:#}");
        assert_eq!(
            error["extensions"], lookup_error["extensions"],
            "{response:#}"
        );
        assert_eq!(error["path"], json!([field]), "{response:#}");
    }
    let empty = app
        .data(
            r#"{ agreements(city: "seoul", asOf: "1000-01-01") { kind }
                agreementsConnection(city: "seoul", asOf: "1000-01-01") { totalCount nodes { kind } } }"#,
        )
        .await;
    assert_eq!(empty["agreements"], json!([]));
    assert_eq!(empty["agreementsConnection"]["totalCount"], 0);
}
