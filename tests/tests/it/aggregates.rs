//! Group-by aggregates beside the lists: counts, distinct counts and budget statistics.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::common::{TestApp, error_code, on_both_databases};

on_both_databases!(
    policy_exports_are_summed_by_sector,
    agreements_are_counted_by_kind_and_decade,
    seoul_s_partner_cities_are_counted_by_continent,
    grouping_by_partner_needs_a_city,
    cities_are_counted_by_continent_and_country,
    an_aggregate_reads_only_the_parts_it_is_asked_for,
    agreements_are_counted_by_pair_of_countries_and_of_continents,
    agreements_are_counted_under_each_party_s_country,
    the_country_with_the_most_international_agreements_is_one_query,
    groups_are_ordered_by_count_and_limited,
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

/// Every agreement's parties' country codes and continents, from the list.
async fn parties_places(app: &TestApp, filter: &str) -> Vec<[(String, String); 2]> {
    let data = app
        .data(&format!(
            "{{ agreements(first: 500{filter}) {{ parties {{ country {{ code continent }} }} }} }}"
        ))
        .await;
    data["agreements"]
        .as_array()
        .expect("agreements")
        .iter()
        .map(|agreement| {
            let place = |index: usize| {
                let country = &agreement["parties"][index]["country"];
                (
                    country["code"].as_str().expect("code").to_string(),
                    country["continent"]
                        .as_str()
                        .expect("continent")
                        .to_string(),
                )
            };
            [place(0), place(1)]
        })
        .collect()
}

/// Counts of a list of keys.
fn tally<K: Ord>(keys: impl IntoIterator<Item = K>) -> BTreeMap<K, i64> {
    let mut counts = BTreeMap::new();
    for key in keys {
        *counts.entry(key).or_default() += 1;
    }
    counts
}

/// The strings of a JSON list, each through `text`.
fn texts(list: &Value, text: impl Fn(&Value) -> Option<&str>) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("a list: {list}"))
        .iter()
        .map(|item| text(item).expect("a text").to_string())
        .collect()
}

async fn agreements_are_counted_by_pair_of_countries_and_of_continents(app: &TestApp) {
    let places = parties_places(app, "").await;
    let sorted = |mut pair: Vec<String>| {
        pair.sort();
        pair
    };
    let by_country = tally(
        places
            .iter()
            .map(|[a, b]| sorted(vec![a.0.clone(), b.0.clone()])),
    );
    let by_continent = tally(
        places
            .iter()
            .map(|[a, b]| sorted(vec![a.1.clone(), b.1.clone()])),
    );
    let data = app
        .data(
            "{ countries: agreementsAggregate(groupBy: [COUNTRY_PAIR]) {
                 total { count } groups { countryPair { code } count } }
               continents: agreementsAggregate(groupBy: [CONTINENT_PAIR]) {
                 total { count } groups { continentPair count } } }",
        )
        .await;
    counts_add_up(&data, "countries");
    counts_add_up(&data, "continents");
    let answered = |field: &str, pair: &str, text: fn(&Value) -> Option<&str>| {
        tally_of(&groups(&data, field), |group| texts(&group[pair], text))
    };
    assert_eq!(
        answered("countries", "countryPair", |country| country["code"]
            .as_str()),
        by_country
    );
    assert_eq!(
        answered("continents", "continentPair", Value::as_str),
        by_continent
    );
    assert!(
        by_country.contains_key(&vec!["JP".to_string(), "KR".to_string()]),
        "Seoul–Tokyo: {by_country:?}"
    );
}

/// The count of each group, by the key `key` reads from it.
fn tally_of<K: Ord>(groups: &[Value], key: impl Fn(&Value) -> K) -> BTreeMap<K, i64> {
    groups
        .iter()
        .map(|group| (key(group), group["count"].as_i64().expect("count")))
        .collect()
}

async fn agreements_are_counted_under_each_party_s_country(app: &TestApp) {
    let places = parties_places(app, "").await;
    let expected = tally(
        places
            .iter()
            .flat_map(|[a, b]| BTreeSet::from([a.0.clone(), b.0.clone()]).into_iter()),
    );
    let data = app
        .data(
            "{ agreementsAggregate(groupBy: [PARTY_COUNTRY]) {
                 total { count } groups { partyCountry { code } count } } }",
        )
        .await;
    let answered = tally_of(&groups(&data, "agreementsAggregate"), |group| {
        group["partyCountry"]["code"]
            .as_str()
            .expect("code")
            .to_string()
    });
    assert_eq!(answered, expected);
    assert_eq!(
        data["agreementsAggregate"]["total"]["count"].as_u64(),
        Some(places.len() as u64),
        "the total counts each agreement once"
    );
}

async fn the_country_with_the_most_international_agreements_is_one_query(app: &TestApp) {
    let international = parties_places(app, ", filter: { international: true }").await;
    let domestic = parties_places(app, ", filter: { international: false }").await;
    assert!(international.iter().all(|[a, b]| a.0 != b.0));
    assert!(domestic.iter().all(|[a, b]| a.0 == b.0));
    assert_eq!(
        international.len() + domestic.len(),
        parties_places(app, "").await.len()
    );
    let counts = tally(
        international
            .iter()
            .flat_map(|[a, b]| [a.0.clone(), b.0.clone()]),
    );
    let most = counts
        .values()
        .copied()
        .max()
        .expect("international agreements");
    let leaders: Vec<&String> = counts
        .iter()
        .filter(|(_, count)| **count == most)
        .map(|(code, _)| code)
        .collect();
    let data = app
        .data(
            "{ agreementsAggregate(filter: { international: true }, groupBy: [PARTY_COUNTRY]) {
                 groups(orderBy: COUNT_DESC, first: 1) { partyCountry { code } count } } }",
        )
        .await;
    let top = groups(&data, "agreementsAggregate");
    assert_eq!(top.len(), 1, "{top:?}");
    assert_eq!(top[0]["count"], most);
    assert_eq!(
        leaders,
        [top[0]["partyCountry"]["code"].as_str().expect("code")]
    );
    assert_eq!(leaders, ["KR"], "Seoul's own country: {counts:?}");
}

async fn groups_are_ordered_by_count_and_limited(app: &TestApp) {
    let data = app
        .data(
            "{ agreementsAggregate(groupBy: [DECADE]) {
                 byKey: groups { decade count }
                 largest: groups(orderBy: COUNT_DESC, first: 3) { decade count }
                 smallest: groups(orderBy: COUNT_ASC) { decade count } }
               citiesAggregate(groupBy: [CONTINENT]) { groups(orderBy: COUNT_DESC, first: 1) { continent } } }",
        )
        .await;
    let aggregate = &data["agreementsAggregate"];
    let counts = |field: &str| -> Vec<i64> { group_counts(&aggregate[field]) };
    let mut by_count = counts("byKey");
    by_count.sort_by(|a, b| b.cmp(a));
    assert_eq!(counts("largest"), by_count[..3]);
    by_count.reverse();
    assert_eq!(counts("smallest"), by_count);
    assert_eq!(data["citiesAggregate"]["groups"][0]["continent"], "ASIA");

    let negative = app
        .graphql(
            "{ agreementsAggregate(groupBy: [KIND]) { groups(first: -1) { count } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&negative), "BAD_USER_INPUT", "{negative:#}");
}

/// The counts of a list of groups, in order.
fn group_counts(groups: &Value) -> Vec<i64> {
    groups
        .as_array()
        .unwrap_or_else(|| panic!("groups: {groups}"))
        .iter()
        .map(|group| group["count"].as_i64().expect("count"))
        .collect()
}
