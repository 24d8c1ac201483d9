//! Nested connections read only what the client selects: their `totalCount` is one grouped
//! count for every parent of a level, their rows one statement, and a connection asked for one
//! of the two costs only that one — with the same answers as when both are asked.

use serde_json::Value;

use crate::common::{TestApp, on_both_databases};

on_both_databases!(
    a_nested_total_count_over_many_parents_costs_one_statement,
    a_connection_answers_the_same_whatever_else_is_selected,
    connections_with_different_arguments_on_one_level_keep_their_own_pages,
);

/// The statements `query` costs, and its data.
pub(crate) async fn measured(app: &TestApp, query: &str) -> (usize, Value) {
    app.reset_statement_count();
    let data = app.data(query).await;
    (app.statement_count(), data)
}

fn items<'a>(value: &'a Value, what: &str) -> &'a Vec<Value> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("{what}: {value:#}"))
}

async fn a_nested_total_count_over_many_parents_costs_one_statement(app: &TestApp) {
    let counted = r#"{ city(slug: "seoul") { agreements { partner { slug
        agreementsConnection(first: 1) { totalCount } } } } }"#;
    let listed = r#"{ city(slug: "seoul") { agreements { partner { slug agreements { id } } } } }"#;
    let without = r#"{ city(slug: "seoul") { agreements { partner { slug } } } }"#;
    let (counted_statements, counted) = measured(app, counted).await;
    let (_, listed) = measured(app, listed).await;
    let (without_statements, _) = measured(app, without).await;
    let partners = items(&counted["city"]["agreements"], "agreements");
    assert!(partners.len() > 10, "Seoul has many partners");
    assert_eq!(
        counted_statements,
        without_statements + 1,
        "the partners' totals are one statement"
    );
    let listed = items(&listed["city"]["agreements"], "agreements");
    for (counted, listed) in partners.iter().zip(listed) {
        let agreements = items(&listed["partner"]["agreements"], "a partner's agreements");
        assert_eq!(
            counted["partner"]["agreementsConnection"]["totalCount"].as_u64(),
            Some(agreements.len() as u64),
            "{}",
            counted["partner"]["slug"]
        );
    }

    // The generic relations (every relation but agreements) count the same way.
    let counted = "{ cities(first: 50) { slug membershipsConnection(first: 1) { totalCount } } }";
    let (counted_statements, _) = measured(app, counted).await;
    let (without_statements, _) = measured(app, "{ cities(first: 50) { slug } }").await;
    assert_eq!(counted_statements, without_statements + 1);
}

async fn a_connection_answers_the_same_whatever_else_is_selected(app: &TestApp) {
    let page = |selection: &str| {
        let connections = format!(
            "agreementsConnection(first: 2) {{ {selection} }}
             membershipsConnection(last: 2) {{ {selection} }}"
        );
        format!(
            r#"{{ city(slug: "seoul") {{ {connections} agreements {{ partner {{ {connections} }} }} }} }}"#
        )
    };
    // Seoul, then each of its partners.
    let cities = |data: &Value| -> Vec<Value> {
        let seoul = &data["city"];
        let partners = items(&seoul["agreements"], "agreements");
        std::iter::once(seoul.clone())
            .chain(
                partners
                    .iter()
                    .map(|agreement| agreement["partner"].clone()),
            )
            .collect()
    };
    let rows = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id }";
    let (both_statements, both) = measured(app, &page(&format!("totalCount {rows}"))).await;
    let (total_statements, totals) = measured(app, &page("totalCount")).await;
    let (rows_statements, rows) = measured(app, &page(rows)).await;
    // Two connections on two levels, a statement each saved.
    assert_eq!(
        total_statements,
        both_statements - 4,
        "no rows read for totals"
    );
    assert_eq!(
        rows_statements,
        both_statements - 4,
        "no totals counted for rows"
    );
    let (both, totals, rows) = (cities(&both), cities(&totals), cities(&rows));
    assert!(both.len() > 10, "Seoul has many partners");
    for ((whole, totals), rows) in both.iter().zip(&totals).zip(&rows) {
        for connection in ["agreementsConnection", "membershipsConnection"] {
            assert_eq!(
                totals[connection]["totalCount"],
                whole[connection]["totalCount"]
            );
            for part in ["pageInfo", "edges", "nodes"] {
                assert_eq!(rows[connection][part], whole[connection][part]);
            }
        }
    }
    for connection in ["agreementsConnection", "membershipsConnection"] {
        assert!(
            both[0][connection]["totalCount"].as_u64() > Some(2),
            "Seoul's {connection} has more than a page"
        );
    }
}

async fn connections_with_different_arguments_on_one_level_keep_their_own_pages(app: &TestApp) {
    let data = app
        .data(
            r#"{ cities(first: 50) {
                sister: agreementsConnection(first: 1, kind: SISTER) { totalCount nodes { kind } }
                all: agreementsConnection(first: 1) { totalCount }
                agreements { kind } } }"#,
        )
        .await;
    for city in items(&data["cities"], "cities") {
        let agreements = items(&city["agreements"], "agreements");
        let sister = agreements
            .iter()
            .filter(|agreement| agreement["kind"] == "SISTER")
            .count();
        assert_eq!(city["sister"]["totalCount"].as_u64(), Some(sister as u64));
        assert_eq!(
            city["all"]["totalCount"].as_u64(),
            Some(agreements.len() as u64)
        );
        for node in items(&city["sister"]["nodes"], "nodes") {
            assert_eq!(node["kind"], "SISTER");
        }
    }
}
