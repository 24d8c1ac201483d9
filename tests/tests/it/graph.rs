//! The graph of cities: shortest chains through agreements and shared memberships, and the
//! cities most like a city.

use serde_json::{Value, json};

use crate::common::{TestApp, error_code, on_both_databases};

on_both_databases!(
    the_shortest_path_names_each_link,
    a_path_longer_than_allowed_is_not_searched,
    related_cities_are_ranked_by_what_they_share,
);

const PATH: &str = r#"query ($from: String!, $to: String!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) { hops steps {
        from { slug } to { slug }
        via { __typename ... on Agreement { kind } ... on Organization { slug } } } } }"#;

async fn paths(app: &TestApp, from: &str, to: &str, max_hops: i64) -> Vec<Value> {
    let response = app
        .graphql(PATH, json!({ "from": from, "to": to, "maxHops": max_hops }))
        .await;
    assert!(response.get("errors").is_none(), "{response:#}");
    response["data"]["path"].as_array().expect("paths").clone()
}

async fn the_shortest_path_names_each_link(app: &TestApp) {
    // Beijing and Tokyo both belong to BESETO: one step.
    let direct = paths(app, "tokyo", "beijing", 3).await;
    assert!(!direct.is_empty());
    assert!(direct.iter().all(|path| path["hops"] == 1), "{direct:#?}");
    assert!(
        direct.iter().any(|path| path["steps"][0]["via"]
            == json!({ "__typename": "Organization", "slug": "beseto" }))
    );

    // Honolulu reaches Moscow through Seoul, both Seoul's sister cities: two agreements.
    let through_seoul = paths(app, "honolulu", "moscow", 3).await;
    assert!(
        through_seoul.iter().all(|path| path["hops"] == 2),
        "{through_seoul:#?}"
    );
    let chain = through_seoul
        .iter()
        .find(|path| path["steps"][0]["to"]["slug"] == "seoul")
        .expect("a chain through Seoul");
    assert_eq!(chain["steps"][0]["from"]["slug"], "honolulu");
    assert_eq!(
        chain["steps"][0]["via"],
        json!({ "__typename": "Agreement", "kind": "SISTER" })
    );
    assert_eq!(chain["steps"][1]["to"]["slug"], "moscow");

    assert!(
        paths(app, "honolulu", "moscow", 1).await.is_empty(),
        "no direct link"
    );
}

async fn a_path_longer_than_allowed_is_not_searched(app: &TestApp) {
    let response = app
        .graphql(
            PATH,
            json!({ "from": "seoul", "to": "tokyo", "maxHops": 9 }),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
    assert!(
        response["errors"][0]["message"]
            .as_str()
            .is_some_and(|message| message.contains("`maxHops`"))
    );
}

async fn related_cities_are_ranked_by_what_they_share(app: &TestApp) {
    let data = app
        .data(r#"{ related(city: "tokyo") { score city { slug } sharedOrganizations { slug } sharedPartners { slug } } }"#)
        .await;
    let related = data["related"].as_array().expect("related");
    let scores: Vec<i64> = related
        .iter()
        .filter_map(|entry| entry["score"].as_i64())
        .collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "{scores:?}"
    );
    let beijing = related
        .iter()
        .find(|entry| entry["city"]["slug"] == "beijing")
        .expect("Beijing is like Tokyo");
    let shared: Vec<&str> = beijing["sharedOrganizations"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|o| o["slug"].as_str())
        .collect();
    assert!(shared.contains(&"beseto"), "{shared:?}");
    let partners: Vec<&str> = beijing["sharedPartners"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|c| c["slug"].as_str())
        .collect();
    assert!(
        partners.contains(&"seoul"),
        "both are Seoul's sister cities: {partners:?}"
    );
    assert_eq!(
        beijing["score"].as_u64(),
        Some((shared.len() + partners.len()) as u64)
    );
}
