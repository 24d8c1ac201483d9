//! Group-by aggregates beside the lists: counts, distinct counts and budget statistics.

use serde_json::{Value, json};

use crate::common::{TestApp, error_code, on_both_databases};

on_both_databases!(
    policy_exports_are_summed_by_sector,
    agreements_are_counted_by_kind_and_decade,
    seoul_s_partner_cities_are_counted_by_continent,
    grouping_by_partner_needs_a_city,
    cities_are_counted_by_continent_and_country,
    an_aggregate_reads_only_the_parts_it_is_asked_for,
);

fn groups(data: &Value, field: &str) -> Vec<Value> {
    data[field]["groups"]
        .as_array()
        .unwrap_or_else(|| panic!("{field}: {data:#}"))
        .clone()
}

fn counts_add_up(data: &Value, field: &str) {
    let sum: i64 = groups(data, field)
        .iter()
        .filter_map(|group| group["count"].as_i64())
        .sum();
    assert_eq!(
        Some(sum),
        data[field]["total"]["count"].as_i64(),
        "{field}: the groups add up to the total"
    );
}

async fn policy_exports_are_summed_by_sector(app: &TestApp) {
    let data = app
        .data(
            r#"{ policyExportsAggregate(groupBy: [SECTOR]) {
                   total { count countDistinctPartners budgetKrw { sum max } }
                   groups { sector count budgetKrw { sum avg min max } exporterShareKrw { sum } } } }"#,
        )
        .await;
    counts_add_up(&data, "policyExportsAggregate");
    let total = &data["policyExportsAggregate"]["total"];
    assert_eq!(total["count"], 20);
    assert!(
        total["countDistinctPartners"]
            .as_i64()
            .is_some_and(|partners| partners > 5)
    );
    assert_eq!(
        total["budgetKrw"]["max"], 13_500_000_000.0,
        "the Brunei PMB project is the largest"
    );
    let water = groups(&data, "policyExportsAggregate")
        .into_iter()
        .find(|group| group["sector"] == "WATER_SUPPLY")
        .expect("water supply");
    assert!(
        water["budgetKrw"]["sum"]
            .as_f64()
            .is_some_and(|sum| sum >= 13_500_000_000.0),
        "{water:#}"
    );
    assert_eq!(water["exporterShareKrw"]["sum"], 500_000_000.0);
}

async fn agreements_are_counted_by_kind_and_decade(app: &TestApp) {
    let data = app.data("{ agreementsAggregate(groupBy: [KIND, DECADE]) { total { count } groups { kind decade count } } }").await;
    counts_add_up(&data, "agreementsAggregate");
    let sister_1980s = groups(&data, "agreementsAggregate")
        .into_iter()
        .find(|group| group["kind"] == "SISTER" && group["decade"] == 1980)
        .expect("sister cities of the 1980s");
    assert!(
        sister_1980s["count"]
            .as_i64()
            .is_some_and(|count| count >= 2),
        "Jakarta (1984), Tokyo (1988): {sister_1980s}"
    );
    let undated = groups(&data, "agreementsAggregate")
        .into_iter()
        .filter(|group| group["decade"].is_null())
        .count();
    assert!(
        undated >= 1,
        "agreements with no known year form their own group"
    );
}

async fn seoul_s_partner_cities_are_counted_by_continent(app: &TestApp) {
    let data = app
        .data(
            r#"{ agreementsAggregate(city: "seoul", groupBy: [PARTNER_CONTINENT]) {
                   total { countDistinctPartners } groups { partnerContinent count countDistinctPartners } } }"#,
        )
        .await;
    let by_continent: std::collections::HashMap<String, i64> = groups(&data, "agreementsAggregate")
        .iter()
        .filter_map(|group| {
            Some((
                group["partnerContinent"].as_str()?.to_string(),
                group["countDistinctPartners"].as_i64()?,
            ))
        })
        .collect();
    assert_eq!(
        by_continent.get("AFRICA"),
        Some(&5),
        "the document: Cairo, Addis Ababa, Maputo, Tshwane, Kampala: {by_continent:?}"
    );
    assert!(
        by_continent.get("ASIA").is_some_and(|asia| *asia > 10),
        "{by_continent:?}"
    );
    let total: i64 = by_continent.values().sum();
    assert_eq!(
        Some(total),
        data["agreementsAggregate"]["total"]["countDistinctPartners"].as_i64()
    );
}

async fn grouping_by_partner_needs_a_city(app: &TestApp) {
    let response = app
        .graphql(
            "{ agreementsAggregate(groupBy: [PARTNER_COUNTRY]) { total { count } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT");
}

async fn cities_are_counted_by_continent_and_country(app: &TestApp) {
    let data = app
        .data(
            r#"{ all: citiesAggregate(groupBy: [CONTINENT]) { total { count } groups { continent count } }
                 japan: citiesAggregate(countryCode: "JP", groupBy: [COUNTRY, KIND]) { total { count } groups { country { code } kind count } } }"#,
        )
        .await;
    counts_add_up(&data, "all");
    counts_add_up(&data, "japan");
    let cities = app.data("{ cities(first: 500) { slug } }").await;
    assert_eq!(
        data["all"]["total"]["count"].as_u64(),
        cities["cities"].as_array().map(|list| list.len() as u64)
    );
    assert!(
        groups(&data, "all")
            .iter()
            .any(|group| group["continent"] == "ASIA")
    );
    assert!(
        groups(&data, "japan")
            .iter()
            .all(|group| group["country"]["code"] == "JP")
    );
}

/// The total and the groups are a scan each: a query that selects one of them runs only its
/// statement, and one that selects both gets both.
async fn an_aggregate_reads_only_the_parts_it_is_asked_for(app: &TestApp) {
    let mut statements = Vec::new();
    for selection in [
        "groups { kind count }",
        "total { count }",
        "total { count } groups { kind count }",
    ] {
        app.reset_statement_count();
        let query = format!("{{ agreementsAggregate(groupBy: [KIND]) {{ {selection} }} }}");
        let data = app.data(&query).await;
        assert!(data["agreementsAggregate"].is_object(), "{data:#}");
        statements.push(app.statement_count());
    }
    assert_eq!(statements, [1, 1, 2], "statements for groups, total, both");
}
