//! Relay connections: keyset cursors that never skip or repeat a row, backwards paging,
//! totals, offsets, and clear refusals of bad paging arguments.

use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::common::{TestApp, error_code, on_both_databases};

on_both_databases!(
    paging_forward_and_backward_visits_every_row_once,
    cursors_stay_valid_when_rows_are_inserted,
    totals_and_offsets_follow_the_filters,
    bad_paging_arguments_are_refused_naming_the_argument,
    a_city_s_agreements_are_paged_in_sql_for_many_cities_at_once,
);

const PAGE: &str = r#"query ($first: Int, $after: String, $last: Int, $before: String, $offset: Int, $kind: AgreementKind) {
    agreementsConnection(first: $first, after: $after, last: $last, before: $before, offset: $offset, kind: $kind) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id signedOn } }
        nodes { id } } }"#;

async fn page(app: &TestApp, variables: Value) -> Value {
    let response = app.graphql(PAGE, variables).await;
    assert!(response.get("errors").is_none(), "{response:#}");
    response["data"]["agreementsConnection"].clone()
}

fn ids(page: &Value) -> Vec<String> {
    page["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter_map(|edge| edge["node"]["id"].as_str().map(String::from))
        .collect()
}

async fn all_ids(app: &TestApp) -> Vec<String> {
    let data = app.data("{ agreements(first: 500) { id } }").await;
    data["agreements"]
        .as_array()
        .expect("agreements")
        .iter()
        .filter_map(|a| a["id"].as_str().map(String::from))
        .collect()
}

async fn paging_forward_and_backward_visits_every_row_once(app: &TestApp) {
    let expected = all_ids(app).await;
    let mut forward = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = page(app, json!({ "first": 7, "after": after })).await;
        assert_eq!(page["totalCount"].as_u64(), Some(expected.len() as u64));
        let ids = ids(&page);
        assert_eq!(
            ids,
            page["nodes"]
                .as_array()
                .expect("nodes")
                .iter()
                .filter_map(|n| n["id"].as_str().map(String::from))
                .collect::<Vec<_>>()
        );
        forward.extend(ids);
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(
        forward, expected,
        "forward pages are the list, in order, each row once"
    );

    let mut backward = Vec::new();
    let mut before = Value::Null;
    loop {
        let page = page(app, json!({ "last": 9, "before": before })).await;
        let mut ids = ids(&page);
        ids.extend(backward);
        backward = ids;
        if page["pageInfo"]["hasPreviousPage"] != true {
            break;
        }
        before = page["pageInfo"]["startCursor"].clone();
    }
    assert_eq!(backward, expected, "backward pages are the list too");
}

async fn cursors_stay_valid_when_rows_are_inserted(app: &TestApp) {
    let expected = all_ids(app).await;
    let first = page(app, json!({ "first": 10 })).await;
    let cursor = first["pageInfo"]["endCursor"].clone();
    // One agreement sorts before the cursor, one after it (undated: last).
    for (pair, signed) in [
        (("jeju", "pyongyang"), "'1900'"),
        (("jeju", "tokyo"), "NULL"),
    ] {
        app.db
            .execute_unprepared(&format!(
                "INSERT INTO agreement (party_a_id, party_b_id, kind, signed_on, status) \
                 SELECT a.id, b.id, 'PARTNERSHIP', {signed}, 'ACTIVE' FROM city a, city b WHERE a.slug = '{}' AND b.slug = '{}'",
                pair.0, pair.1
            ))
            .await
            .expect("insert an agreement");
    }
    let mut seen = ids(&first);
    let mut after = cursor;
    loop {
        let page = page(app, json!({ "first": 10, "after": after })).await;
        seen.extend(ids(&page));
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    let original: Vec<&String> = seen.iter().filter(|id| expected.contains(id)).collect();
    assert_eq!(
        original,
        expected.iter().collect::<Vec<_>>(),
        "no original row skipped or repeated"
    );
    assert_eq!(
        seen.len(),
        expected.len() + 1,
        "the row inserted after the cursor is reached; the one before is not"
    );
}

async fn totals_and_offsets_follow_the_filters(app: &TestApp) {
    let sisters = page(app, json!({ "kind": "SISTER", "first": 5 })).await;
    assert_eq!(sisters["totalCount"], 23);
    let all = ids(&page(app, json!({ "first": 10 })).await);
    let skipped = page(app, json!({ "first": 5, "offset": 5 })).await;
    assert_eq!(ids(&skipped), all[5..10].to_vec());
    assert_eq!(skipped["pageInfo"]["hasPreviousPage"], true);

    let data = app.data(r#"{ citiesConnection(countryCode: "JP", first: 1) { totalCount nodes { slug country { code } } } }"#).await;
    let japan = &data["citiesConnection"];
    assert!(japan["totalCount"].as_u64().is_some_and(|total| total >= 1));
    assert_eq!(japan["nodes"][0]["country"]["code"], "JP");
    for field in [
        "organizationsConnection",
        "policyExportsConnection",
        "eventsConnection",
        "programsConnection",
        "statisticsConnection",
        "sourcesConnection",
    ] {
        let data = app.data(&format!("{{ {field}(first: 2) {{ totalCount edges {{ cursor }} pageInfo {{ hasNextPage }} }} }}")).await;
        assert_eq!(
            data[field]["edges"].as_array().map(Vec::len),
            Some(2),
            "{field}"
        );
        assert_eq!(data[field]["pageInfo"]["hasNextPage"], true, "{field}");
    }
}

async fn bad_paging_arguments_are_refused_naming_the_argument(app: &TestApp) {
    let cities = app
        .data("{ citiesConnection(first: 1) { pageInfo { endCursor } } }")
        .await;
    let city_cursor = cities["citiesConnection"]["pageInfo"]["endCursor"].clone();
    for (variables, argument) in [
        (json!({ "after": "garbage" }), "`after`"),
        (json!({ "before": "garbage" }), "`before`"),
        (json!({ "after": city_cursor }), "`after`"),
        (json!({ "first": 1000 }), "`first`"),
        (json!({ "last": -1 }), "`last`"),
        (json!({ "first": 1, "last": 1 }), "`first`"),
        (json!({ "offset": -3 }), "`offset`"),
    ] {
        let response = app.graphql(PAGE, variables.clone()).await;
        assert_eq!(
            error_code(&response),
            "BAD_USER_INPUT",
            "{variables}: {response:#}"
        );
        let message = response["errors"][0]["message"]
            .as_str()
            .unwrap_or_default();
        assert!(message.contains(argument), "{variables}: {message}");
    }
}

async fn a_city_s_agreements_are_paged_in_sql_for_many_cities_at_once(app: &TestApp) {
    let root = app
        .data(r#"{ agreements(city: "seoul", first: 500) { id partner { slug } } }"#)
        .await;
    let expected: Vec<String> = root["agreements"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|a| a["id"].as_str().map(String::from))
        .collect();
    let query = r#"query ($after: String) { city(slug: "seoul") { agreementsConnection(first: 8, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id partner { slug } city { slug } } } } } }"#;
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let response = app.graphql(query, json!({ "after": after })).await;
        assert!(response.get("errors").is_none(), "{response:#}");
        let page = &response["data"]["city"]["agreementsConnection"];
        assert_eq!(page["totalCount"].as_u64(), Some(expected.len() as u64));
        for edge in page["edges"].as_array().expect("edges") {
            assert_eq!(edge["node"]["city"]["slug"], "seoul");
            assert_ne!(edge["node"]["partner"]["slug"], "seoul");
            seen.push(edge["node"]["id"].as_str().expect("id").to_string());
        }
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(
        seen, expected,
        "nested pages are the city's agreements, in order, each once"
    );

    app.reset_statement_count();
    let data = app
        .data(
            r#"{ cities(first: 50) { slug agreements { id }
                   agreementsConnection(first: 2, kind: SISTER) { totalCount edges { node { partner { slug } } } } } }"#,
        )
        .await;
    // Root list, the plain agreements, the pages and their totals, the partners.
    assert!(
        app.statement_count() <= 1 + 1 + 2 + 1,
        "statements: {}",
        app.statement_count()
    );
    for city in data["cities"].as_array().expect("cities") {
        let page = &city["agreementsConnection"];
        assert!(page["edges"].as_array().expect("edges").len() <= 2);
        let total = page["totalCount"].as_u64().expect("a total");
        assert!(
            total as usize <= city["agreements"].as_array().expect("list").len(),
            "{city:#}"
        );
    }
    let seoul = data["cities"]
        .as_array()
        .expect("cities")
        .iter()
        .find(|city| city["slug"] == "seoul")
        .cloned();
    if let Some(seoul) = seoul {
        assert_eq!(seoul["agreementsConnection"]["totalCount"], 23);
    }
}
