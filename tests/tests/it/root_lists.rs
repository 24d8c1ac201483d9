//! Root lists go through the same typed list query as nested ones: a root connection and its
//! nested twin give the same rows and total for the same arguments, and a root connection
//! reads its page and its total in one statement.

use crate::common::{TestApp, on_both_databases};
use crate::nested_counts::measured;

on_both_databases!(
    a_root_connection_and_its_nested_twin_give_the_same_page,
    the_list_question_costs_a_lookup_a_page_and_the_partners,
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

async fn the_list_question_costs_a_lookup_a_page_and_the_partners(app: &TestApp) {
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
        statements, 3,
        "the city, the page with its total, the partners"
    );
    let cursor = first["agreementsConnection"]["pageInfo"]["endCursor"]
        .as_str()
        .expect("a cursor")
        .to_string();
    let (statements, second) = measured(app, &page(&format!(r#", after: "{cursor}""#))).await;
    assert_eq!(
        statements, 3,
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
    assert_eq!(statements, 2, "no total counted when none is read");
}
