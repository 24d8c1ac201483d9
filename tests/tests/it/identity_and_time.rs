//! Global ids (`node(id:)`), the state of things on a given day (`asOf`), and a city's
//! `timeline`.

use serde_json::{Value, json};

use crate::common::{TestApp, error_code, on_both_databases};

on_both_databases!(
    every_record_is_found_again_by_its_global_id,
    a_foreign_or_unknown_id_is_refused_with_a_code,
    agreements_and_memberships_answer_as_of_a_day,
    a_city_s_timeline_lists_its_dated_facts_in_order,
);

async fn every_record_is_found_again_by_its_global_id(app: &TestApp) {
    let data = app
        .data(
            r#"{ city(slug: "seoul") { id
                   country { id groups { id } }
                   agreements(kind: SISTER) { id sources { id } }
                   memberships { id organization { id } }
                   hostedOffices { id } policyExports { id } hostedEvents { id } programs { id }
                   statistics { id } periods { id } }
                 source(key: "jpi-2020") { id } }"#,
        )
        .await;
    let seoul = &data["city"];
    let ids: Vec<&str> = [
        &seoul["id"],
        &seoul["country"]["id"],
        &seoul["agreements"][0]["id"],
        &seoul["agreements"][0]["sources"][0]["id"],
        &seoul["memberships"][0]["id"],
        &seoul["memberships"][0]["organization"]["id"],
        &seoul["hostedOffices"][0]["id"],
        &seoul["policyExports"][0]["id"],
        &seoul["hostedEvents"][0]["id"],
        &seoul["programs"][0]["id"],
        &seoul["statistics"][0]["id"],
        &seoul["periods"][0]["id"],
        &data["source"]["id"],
    ]
    .into_iter()
    .map(|id| id.as_str().unwrap_or_else(|| panic!("an id: {data:#}")))
    .collect();
    for id in ids {
        let found = app
            .graphql(
                "query ($id: ID!) { node(id: $id) { id __typename } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(found["data"]["node"]["id"], id, "{found:#}");
    }
    let seoul_id = seoul["id"].as_str().expect("an id");
    let found = app
        .graphql(
            "query ($id: ID!) { node(id: $id) { ... on City { slug nameKo } } }",
            json!({ "id": seoul_id }),
        )
        .await;
    assert_eq!(
        found["data"]["node"],
        json!({ "slug": "seoul", "nameKo": "서울특별시" })
    );
}

async fn a_foreign_or_unknown_id_is_refused_with_a_code(app: &TestApp) {
    let response = app
        .graphql(r#"{ node(id: "not-an-id") { id } }"#, json!({}))
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
    assert!(
        response["errors"][0]["message"]
            .as_str()
            .is_some_and(|message| message.contains("`id`"))
    );
    // "City:atlantis" in the id alphabet: well-formed, but no such city.
    let response = app
        .graphql(r#"{ node(id: "Q2l0eTphdGxhbnRpcw") { id } }"#, json!({}))
        .await;
    assert_eq!(error_code(&response), "NOT_FOUND");
}

fn partners(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("a list")
        .iter()
        .filter_map(|item| item["partner"]["slug"].as_str())
        .collect()
}

async fn agreements_and_memberships_answer_as_of_a_day(app: &TestApp) {
    let data = app
        .data(
            r#"{ seoul: city(slug: "seoul") {
                   in1990: agreements(kind: SISTER, asOf: "1990-01-01") { partner { slug } }
                   friends2008: agreements(kind: FRIENDSHIP, asOf: "2008-06-01") { partner { slug } }
                   friends2011: agreements(kind: FRIENDSHIP, asOf: "2011-01-01") { partner { slug } }
                   sameDay: agreements(kind: SISTER, asOf: "2010-07-02") { partner { slug } }
                   networks2005: memberships(asOf: "2005-06-01") { organization { slug } }
                   networks2007: memberships(asOf: "2007-06-01") { organization { slug } } }
                 root: agreements(city: "seoul", kind: SISTER, asOf: "1990-01-01", first: 500) { partner { slug } } }"#,
        )
        .await;
    let seoul = &data["seoul"];
    let in1990 = partners(&seoul["in1990"]);
    assert!(
        in1990.contains(&"tokyo") && !in1990.contains(&"moscow"),
        "{in1990:?}"
    );
    assert_eq!(partners(&data["root"]).len(), in1990.len());
    assert!(
        partners(&seoul["friends2008"]).contains(&"tashkent"),
        "a friendship city from 2006-03 until 2010-07-02"
    );
    assert!(!partners(&seoul["friends2011"]).contains(&"tashkent"));
    assert!(
        partners(&seoul["sameDay"]).contains(&"tashkent"),
        "a sister city from 2010-07-02"
    );
    let organizations = |field: &str| -> Vec<String> {
        seoul[field]
            .as_array()
            .expect("a list")
            .iter()
            .filter_map(|m| m["organization"]["slug"].as_str().map(String::from))
            .collect()
    };
    assert!(!organizations("networks2005").contains(&"c40".to_string()));
    assert!(organizations("networks2007").contains(&"c40".to_string()));

    let response = app
        .graphql(r#"{ agreements(asOf: "1990-13-01") { kind } }"#, json!({}))
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response:#}");
}

async fn a_city_s_timeline_lists_its_dated_facts_in_order(app: &TestApp) {
    let data = app
        .data(
            r#"{ timeline(city: "seoul") { date year kind record {
                   __typename
                   ... on Agreement { kind partner { slug } }
                   ... on Membership { organization { slug } }
                   ... on Event { slug }
                   ... on PolicyExport { slug } } } }"#,
        )
        .await;
    let entries = data["timeline"].as_array().expect("entries");
    let dates: Vec<&str> = entries
        .iter()
        .filter_map(|entry| entry["date"].as_str())
        .collect();
    assert_eq!(dates.len(), entries.len());
    assert!(
        dates.windows(2).all(|pair| pair[0] <= pair[1]),
        "in order: {dates:?}"
    );
    let has = |kind: &str, pointer: &str, value: &str| {
        entries.iter().any(|entry| {
            entry["kind"] == kind && entry.pointer(pointer).and_then(Value::as_str) == Some(value)
        })
    };
    assert!(has("AGREEMENT_SIGNED", "/record/partner/slug", "tokyo"));
    assert!(has("AGREEMENT_ENDED", "/record/partner/slug", "tashkent"));
    assert!(has("MEMBERSHIP_JOINED", "/record/organization/slug", "c40"));
    assert!(has("EVENT_HOSTED", "/record/slug", "seoul-olympics-1988"));
    assert!(
        entries
            .iter()
            .any(|entry| entry["kind"] == "POLICY_EXPORTED")
    );
    let tokyo = entries
        .iter()
        .find(|entry| entry.pointer("/record/partner/slug") == Some(&json!("tokyo")))
        .expect("Tokyo");
    assert_eq!(tokyo["year"], 1988);
}
