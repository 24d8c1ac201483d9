//! Reading the knowledge graph: nested relations, symmetric agreements, filters, and the
//! bound on SQL statements that DataLoaders guarantee.

use serde_json::{Value, json};

use crate::common::{TestApp, on_both_databases};

on_both_databases!(
    seouls_nested_query_returns_agreements_exports_and_memberships_with_sources,
    agreements_are_symmetric_and_partner_is_the_other_side,
    statements_per_request_do_not_grow_with_the_number_of_parents,
    root_lists_filter_on_their_obvious_keys,
    countries_answer_partners_in_a_country_group,
    health_and_readiness_endpoints_answer,
);

const ISSUE_QUERY: &str = r#"{ city(slug: "seoul") { nameEn nameKo
    agreements(kind: SISTER) { kind signedYear partner { nameEn country { nameEn continent } } sources { title locator } }
    policyExports { title sector partner { nameEn } }
    memberships { role joinedYear organization { acronym nameEn hostedOffices { city { nameEn } } } } } }"#;

fn names<'a>(list: &'a Value, pointer: &str) -> Vec<&'a str> {
    list.as_array()
        .expect("a list")
        .iter()
        .filter_map(|item| item.pointer(pointer).and_then(Value::as_str))
        .collect()
}

async fn seouls_nested_query_returns_agreements_exports_and_memberships_with_sources(
    app: &TestApp,
) {
    let data = app.data(ISSUE_QUERY).await;
    let seoul = &data["city"];
    assert_eq!(seoul["nameEn"], "Seoul");
    assert_eq!(seoul["nameKo"], "서울특별시");

    let agreements = seoul["agreements"].as_array().expect("agreements");
    assert_eq!(agreements.len(), 23, "Seoul has 23 sister cities");
    assert!(
        agreements
            .iter()
            .all(|agreement| agreement["kind"] == "SISTER")
    );
    assert!(
        agreements
            .iter()
            .all(|agreement| !agreement["sources"].as_array().expect("sources").is_empty())
    );
    let tokyo = agreements
        .iter()
        .find(|agreement| agreement["partner"]["nameEn"] == "Tokyo")
        .expect("Tokyo is a sister city");
    assert_eq!(tokyo["signedYear"], 1988);
    assert_eq!(
        tokyo["partner"]["country"],
        json!({ "nameEn": "Japan", "continent": "ASIA" })
    );
    assert!(
        tokyo["sources"][0]["title"]
            .as_str()
            .is_some_and(|title| title.contains("서울시의 도시외교"))
    );

    let exports = &seoul["policyExports"];
    assert!(names(exports, "/partner/nameEn").contains(&"Ulaanbaatar"));
    assert!(
        exports
            .as_array()
            .expect("exports")
            .iter()
            .any(|export| export["sector"] == "TRANSPORT")
    );

    let memberships = seoul["memberships"].as_array().expect("memberships");
    let wego_roles: Vec<&str> = memberships
        .iter()
        .filter(|membership| membership["organization"]["acronym"] == "WeGO")
        .filter_map(|membership| membership["role"].as_str())
        .collect();
    assert!(wego_roles.contains(&"SECRETARIAT_HOST"), "{wego_roles:?}");
    let c40 = memberships
        .iter()
        .find(|membership| membership["organization"]["acronym"] == "C40")
        .expect("C40 membership");
    assert_eq!(c40["joinedYear"], 2006);
    let citynet_office_cities = memberships
        .iter()
        .filter(|membership| membership["organization"]["acronym"] == "CityNet")
        .flat_map(|membership| names(&membership["organization"]["hostedOffices"], "/city/nameEn"))
        .collect::<Vec<_>>();
    assert!(
        citynet_office_cities.contains(&"Seoul"),
        "{citynet_office_cities:?}"
    );
}

async fn agreements_are_symmetric_and_partner_is_the_other_side(app: &TestApp) {
    let data = app.data(r#"{ city(slug: "tokyo") { agreements { kind city { slug } partner { slug } parties { slug } } } }"#).await;
    let seoul = data["city"]["agreements"]
        .as_array()
        .expect("agreements")
        .iter()
        .find(|agreement| agreement["partner"]["slug"] == "seoul")
        .cloned()
        .expect("Tokyo's agreements include Seoul");
    assert_eq!(seoul["kind"], "SISTER");
    assert_eq!(seoul["city"]["slug"], "tokyo");
    assert_eq!(names(&seoul["parties"], "/slug").len(), 2);

    let root = app
        .data(r#"{ agreements(city: "tokyo", kind: SISTER) { partner { slug } } }"#)
        .await;
    assert!(names(&root["agreements"], "/partner/slug").contains(&"seoul"));
}

/// A deep query with one relation field per level; each may cost one statement per level.
const DEEP_QUERY: &str = r#"query ($first: Int!) { cities(first: $first) { slug
    country { code groups { code } }
    agreements { partner { slug country { code } } sources { title } }
    memberships { organization { acronym hostedOffices { city { slug } } } }
    policyExports { partner { slug } } } }"#;

/// The relation fields of `DEEP_QUERY` (country, groups, agreements, partner, partner's country,
/// sources, their titles, memberships, organization, hostedOffices, their city, policyExports,
/// their partner) plus the root list. Loads are batched by level, not by a time window, so this
/// is a bound with no slack, however slow the machine: a query per parent (N+1), or a level
/// split over several statements, would exceed it.
const DEEP_QUERY_STATEMENT_BOUND: usize = 13 + 1;

async fn statements_per_request_do_not_grow_with_the_number_of_parents(app: &TestApp) {
    let mut counts = Vec::new();
    for parents in [1, 50] {
        app.reset_statement_count();
        let response = app.graphql(DEEP_QUERY, json!({ "first": parents })).await;
        assert!(response.get("errors").is_none(), "{response:#}");
        assert_eq!(
            response["data"]["cities"].as_array().expect("cities").len(),
            parents
        );
        counts.push(app.statement_count());
    }
    assert!(
        counts
            .iter()
            .all(|count| *count <= DEEP_QUERY_STATEMENT_BOUND),
        "statements for 1 and 50 parents: {counts:?}"
    );
}

async fn root_lists_filter_on_their_obvious_keys(app: &TestApp) {
    let data = app
        .data(
            r#"{ sisters: agreements(kind: SISTER, first: 500) { kind }
                 japan: cities(countryCode: "JP") { slug country { code } }
                 transport: policyExports(sector: TRANSPORT) { sector }
                 assemblies: events(kind: GENERAL_ASSEMBLY) { slug host { slug } }
                 meetings: statistics(metric: "international_meeting_count", city: "seoul") { value asOf }
                 seoulPeriods: periods(city: "seoul") { startYear }
                 documents: sources(kind: DOCUMENT) { key } }"#,
        )
        .await;
    assert_eq!(data["sisters"].as_array().expect("sisters").len(), 23);
    let japan = data["japan"].as_array().expect("japan");
    assert!(!japan.is_empty() && japan.iter().all(|city| city["country"]["code"] == "JP"));
    assert!(
        data["transport"]
            .as_array()
            .expect("exports")
            .iter()
            .all(|export| export["sector"] == "TRANSPORT")
    );
    assert!(names(&data["assemblies"], "/slug").contains(&"anmc21-general-assembly-2011"));
    assert_eq!(
        data["meetings"],
        json!([{ "value": 609.0, "asOf": "2019" }])
    );
    assert_eq!(data["seoulPeriods"][0]["startYear"], 1968);
    assert_eq!(names(&data["documents"], "/key"), vec!["jpi-2020"]);

    let page = app
        .data(r#"{ first: cities(first: 2) { slug } next: cities(first: 2, offset: 2) { slug } }"#)
        .await;
    let (first, next) = (
        names(&page["first"], "/slug"),
        names(&page["next"], "/slug"),
    );
    assert_eq!((first.len(), next.len()), (2, 2));
    assert!(
        first.iter().all(|slug| !next.contains(slug)),
        "pages overlap: {first:?} {next:?}"
    );
}

async fn countries_answer_partners_in_a_country_group(app: &TestApp) {
    let data = app
        .data(r#"{ countries(group: "ASEAN") { code groups { code } cities { slug } } }"#)
        .await;
    let countries = data["countries"].as_array().expect("countries");
    let codes: Vec<&str> = countries
        .iter()
        .filter_map(|country| country["code"].as_str())
        .collect();
    for code in ["ID", "TH", "VN"] {
        assert!(codes.contains(&code), "{code} is in ASEAN: {codes:?}");
    }
    assert!(
        countries
            .iter()
            .all(|country| names(&country["groups"], "/code").contains(&"ASEAN"))
    );
    let cities: Vec<&str> = countries
        .iter()
        .flat_map(|country| names(&country["cities"], "/slug"))
        .collect();
    assert!(
        cities.contains(&"jakarta") && cities.contains(&"bangkok"),
        "{cities:?}"
    );
}

async fn health_and_readiness_endpoints_answer(app: &TestApp) {
    for path in ["/healthz", "/readyz"] {
        let response = app
            .client
            .get(app.url(path))
            .send()
            .await
            .expect("the server answers");
        assert_eq!(response.status(), 200, "{path}");
    }
    let graphiql = app
        .client
        .get(app.url("/"))
        .send()
        .await
        .expect("the server answers");
    assert!(graphiql.text().await.expect("a page").contains("graphiql"));
}
