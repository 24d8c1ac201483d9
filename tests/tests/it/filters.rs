//! The query language of every list: typed filters with operators, `and`/`or`/`not` and
//! relations at any depth; `orderBy` on fields, to-one keys and to-many counts, with cursors
//! that page any ordering; nested connections filtered, ordered and paged in SQL; and the
//! statement bound for all of it.

use serde_json::{Value, json};

use crate::common::{TestApp, error_code, error_message, on_both_databases};

on_both_databases!(
    asian_cities_with_an_early_sister_and_c40_membership,
    operators_match_as_documented,
    logic_and_quantifiers_combine,
    bad_filters_are_refused_naming_the_problem,
    lists_order_by_fields_relations_and_counts,
    cursors_page_any_ordering_without_skipping_or_repeating,
    nested_connections_filter_order_and_page_in_sql,
    nested_lists_take_the_same_filter_and_order,
    filtered_ordered_nested_connections_keep_statements_bounded,
    aggregates_take_the_same_filter,
);

fn strings(list: &Value, pointer: &str) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|item| {
            item.pointer(pointer)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

async fn slugs(app: &TestApp, list: &str, filter: &str) -> Vec<String> {
    let data = app
        .data(&format!(
            "{{ {list}(first: 500, filter: {filter}) {{ slug }} }}"
        ))
        .await;
    strings(&data[list], "/slug")
}

async fn asian_cities_with_an_early_sister_and_c40_membership(app: &TestApp) {
    let data = app
        .data(
            r#"{ cities(filter: {
                   country: { continent: { eq: ASIA } }
                   agreements: { some: { kind: { eq: SISTER }, signedOn: { lt: "1990" } } }
                   memberships: { some: { organization: { acronym: { eq: "C40" } } } }
                 }) { slug } }"#,
        )
        .await;
    assert_eq!(strings(&data["cities"], "/slug"), ["seoul"]);
}

async fn operators_match_as_documented(app: &TestApp) {
    // Text matching ignores case and takes LIKE's wildcards literally.
    assert_eq!(
        slugs(app, "cities", r#"{ nameEn: { contains: "PAULO" } }"#).await,
        ["sao-paulo"]
    );
    assert_eq!(
        slugs(app, "cities", r#"{ nameEn: { startsWith: "seo" } }"#).await,
        ["seoul"]
    );
    assert!(
        slugs(app, "cities", r#"{ nameEn: { endsWith: "PEST" } }"#)
            .await
            .contains(&"budapest".to_string())
    );
    assert!(
        slugs(app, "cities", r#"{ nameEn: { contains: "%" } }"#)
            .await
            .is_empty()
    );
    assert!(
        slugs(app, "cities", r#"{ slug: { contains: "_" } }"#)
            .await
            .is_empty()
    );
    assert_eq!(
        slugs(app, "cities", r#"{ nameKo: { startsWith: "서울" } }"#).await,
        ["seoul"]
    );
    assert_eq!(
        slugs(
            app,
            "cities",
            r#"{ slug: { in: ["tokyo", "seoul", "nowhere"] } }"#
        )
        .await,
        ["seoul", "tokyo"]
    );
    let all = slugs(app, "cities", "{}").await;
    let not_in = slugs(
        app,
        "cities",
        r#"{ slug: { notIn: ["seoul"], ne: "tokyo" } }"#,
    )
    .await;
    assert_eq!(not_in.len(), all.len() - 2);

    // Dates compare as ISO text at any precision.
    let data = app
        .data(
            r#"{ early: agreements(first: 500, filter: { signedOn: { lt: "1970" } }) { signedOn }
                 undated: agreements(first: 500, filter: { signedOn: { isNull: true } }) { signedOn }
                 nineties: agreements(first: 500, filter: { signedOn: { gte: "1990", lt: "2000" } }) { signedOn } }"#,
        )
        .await;
    let early = strings(&data["early"], "/signedOn");
    assert!(
        !early.is_empty() && early.iter().all(|day| day.as_str() < "1970"),
        "{early:?}"
    );
    assert!(
        data["undated"]
            .as_array()
            .expect("list")
            .iter()
            .all(|a| a["signedOn"].is_null())
    );
    let nineties = strings(&data["nineties"], "/signedOn");
    assert!(!nineties.is_empty() && nineties.iter().all(|day| day.starts_with("199")));

    // Numbers and enums.
    let data = app
        .data(
            r#"{ founded: organizations(filter: { foundedYear: { gte: 1990, lte: 1995 } }) { foundedYear }
                 notSister: agreements(first: 500, filter: { kind: { ne: SISTER } }) { kind }
                 kinds: agreements(first: 500, filter: { kind: { in: [SISTER] } }) { kind }
                 big: policyExports(filter: { budgetKrw: { gt: 1000000000 } }) { budgetKrw } }"#,
        )
        .await;
    let founded = data["founded"].as_array().expect("list");
    assert!(!founded.is_empty());
    assert!(
        founded
            .iter()
            .all(|o| o["foundedYear"].as_i64() == Some(1995))
    );
    assert!(
        data["notSister"]
            .as_array()
            .expect("list")
            .iter()
            .all(|a| a["kind"] != "SISTER")
    );
    assert_eq!(data["kinds"].as_array().expect("list").len(), 23);
    let big = data["big"].as_array().expect("list");
    assert!(!big.is_empty() && big.iter().all(|p| p["budgetKrw"].as_f64() > Some(1e9)));
}

async fn logic_and_quantifiers_combine(app: &TestApp) {
    let either = slugs(
        app,
        "cities",
        r#"{ or: [{ slug: { eq: "seoul" } }, { slug: { eq: "tokyo" } }] }"#,
    )
    .await;
    assert_eq!(either, ["seoul", "tokyo"]);
    let both = slugs(
        app,
        "cities",
        r#"{ and: [{ nameEn: { contains: "o" } }, { nameEn: { contains: "s" } }], not: { slug: { eq: "seoul" } } }"#,
    )
    .await;
    assert!(!both.is_empty() && !both.contains(&"seoul".to_string()));
    assert!(slugs(app, "cities", "{ or: [] }").await.is_empty());

    // some / every / none through a to-many relation, against the lists themselves.
    let data = app
        .data(r#"{ cities(first: 500) { slug agreements { kind } } }"#)
        .await;
    let cities = data["cities"].as_array().expect("cities");
    let expect = |test: &dyn Fn(&[Value]) -> bool| -> Vec<String> {
        cities
            .iter()
            .filter(|city| test(city["agreements"].as_array().expect("agreements")))
            .map(|city| city["slug"].as_str().expect("slug").to_string())
            .collect()
    };
    let sister = |a: &Value| a["kind"] == "SISTER";
    assert_eq!(
        slugs(
            app,
            "cities",
            r#"{ agreements: { some: { kind: { eq: SISTER } } } }"#
        )
        .await,
        expect(&|list| list.iter().any(sister))
    );
    assert_eq!(
        slugs(
            app,
            "cities",
            r#"{ agreements: { every: { kind: { eq: SISTER } } } }"#
        )
        .await,
        expect(&|list| list.iter().all(sister))
    );
    assert_eq!(
        slugs(
            app,
            "cities",
            r#"{ agreements: { none: { kind: { eq: SISTER } } } }"#
        )
        .await,
        expect(&|list| !list.iter().any(sister))
    );

    // Relations at depth: organizations with a member city in Japan; agreements whose partner
    // is in Europe, seen from Seoul.
    let data = app
        .data(
            r#"{ organizations(filter: { memberships: { some: { city: { country: { code: { eq: "JP" } } } } } }) { acronym }
                 agreements(city: "seoul", first: 500, filter: { partner: { country: { continent: { eq: EUROPE } } } }) {
                   partner { country { continent } } } }"#,
        )
        .await;
    let europe = data["agreements"].as_array().expect("list");
    assert!(!europe.is_empty());
    assert!(
        europe
            .iter()
            .all(|a| a["partner"]["country"]["continent"] == "EUROPE")
    );
    assert!(data["organizations"].as_array().is_some());
}

async fn bad_filters_are_refused_naming_the_problem(app: &TestApp) {
    let refused = [
        (
            r#"{ agreements(filter: { partner: { slug: { eq: "tokyo" } } }) { kind } }"#,
            "partner",
        ),
        (
            r#"{ agreements(filter: { signedOn: { lt: "nineteen" } }) { kind } }"#,
            "nineteen",
        ),
        (
            r#"{ cities(orderBy: [{field: SLUG}, {field: SLUG}, {field: SLUG}, {field: SLUG}, {field: SLUG}, {field: SLUG}]) { slug } }"#,
            "orderBy",
        ),
        (
            r#"{ agreements(orderBy: [{ field: PARTNER_NAME }]) { kind } }"#,
            "partner",
        ),
    ];
    for (query, named) in refused {
        let response = app.graphql(query, json!({})).await;
        assert_eq!(
            error_code(&response),
            "BAD_USER_INPUT",
            "{query}: {response:#}"
        );
        assert!(
            error_message(&response).contains(named),
            "{query}: {response:#}"
        );
    }
    let deep = (0..14).fold(r#"{ slug: { eq: "seoul" } }"#.to_string(), |inner, _| {
        format!("{{ not: {{ not: {inner} }} }}")
    });
    let response = app
        .graphql(
            &format!("{{ cities(filter: {deep}) {{ slug }} }}"),
            json!({}),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response:#}");
    assert!(error_message(&response).contains("filter"), "{response:#}");
    let response = app
        .graphql(
            r#"{ cities(filter: { nameEn: { eq: 5 } }) { slug } }"#,
            json!({}),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response:#}");
    assert!(
        error_message(&response).contains("filter.nameEn.eq"),
        "{response:#}"
    );
}

async fn lists_order_by_fields_relations_and_counts(app: &TestApp) {
    // By a to-one relation's key: partner country name, then signature date (latest first).
    let data = app
        .data(
            r#"{ agreements(city: "seoul", first: 500, orderBy: [{ field: PARTNER_COUNTRY_NAME }, { field: SIGNED_ON, direction: DESC }]) {
                   signedOn partner { country { nameEn } } } }"#,
        )
        .await;
    let rows = data["agreements"].as_array().expect("list");
    let keys: Vec<(String, String)> = rows
        .iter()
        .map(|row| {
            (
                row["partner"]["country"]["nameEn"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                row["signedOn"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    for pair in keys.windows(2) {
        assert!(
            pair[0].0 < pair[1].0 || (pair[0].0 == pair[1].0 && pair[0].1 >= pair[1].1),
            "{pair:?}"
        );
    }

    // By a to-many count: cities by number of agreements, most first.
    let data = app
        .data(
            r#"{ cities(first: 10, orderBy: [{ field: AGREEMENT_COUNT, direction: DESC }]) {
                   slug agreementsConnection(first: 0) { totalCount } } }"#,
        )
        .await;
    let cities = data["cities"].as_array().expect("list");
    assert_eq!(cities[0]["slug"], "seoul");
    let counts: Vec<u64> = cities
        .iter()
        .map(|c| {
            c["agreementsConnection"]["totalCount"]
                .as_u64()
                .expect("count")
        })
        .collect();
    assert!(
        counts.windows(2).all(|pair| pair[0] >= pair[1]),
        "{counts:?}"
    );

    // Unknown values last by default, first on request, on both engines.
    let data = app
        .data(
            r#"{ last: organizations(orderBy: [{ field: FOUNDED_YEAR }]) { foundedYear }
                 first: organizations(orderBy: [{ field: FOUNDED_YEAR, direction: DESC, nulls: FIRST }]) { foundedYear } }"#,
        )
        .await;
    let years = |list: &Value| -> Vec<Option<i64>> {
        list.as_array()
            .expect("list")
            .iter()
            .map(|o| o["foundedYear"].as_i64())
            .collect()
    };
    let last = years(&data["last"]);
    let first = years(&data["first"]);
    assert!(
        last.contains(&None),
        "the dataset has organizations of unknown founding"
    );
    let known = last.iter().take_while(|year| year.is_some()).count();
    assert!(last[known..].iter().all(Option::is_none));
    assert!(last[..known].windows(2).all(|pair| pair[0] <= pair[1]));
    let unknown = first.iter().take_while(|year| year.is_none()).count();
    assert_eq!(unknown, last.len() - known);
    assert!(first[unknown..].windows(2).all(|pair| pair[0] >= pair[1]));
}

const ORDERED_PAGE: &str = r#"query ($first: Int, $after: String, $last: Int, $before: String) {
    citiesConnection(first: $first, after: $after, last: $last, before: $before,
                     orderBy: [{ field: CONTINENT, nulls: FIRST }, { field: AGREEMENT_COUNT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { slug } } }"#;

async fn cursors_page_any_ordering_without_skipping_or_repeating(app: &TestApp) {
    let whole = app.graphql(ORDERED_PAGE, json!({ "first": 500 })).await;
    let expected = strings(&whole["data"]["citiesConnection"]["nodes"], "/slug");
    assert_eq!(expected.len(), 74);

    let mut forward = Vec::new();
    let mut after = Value::Null;
    loop {
        let response = app
            .graphql(ORDERED_PAGE, json!({ "first": 6, "after": after }))
            .await;
        let page = &response["data"]["citiesConnection"];
        forward.extend(strings(&page["nodes"], "/slug"));
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(forward, expected);

    let mut backward = Vec::new();
    let mut before = Value::Null;
    loop {
        let response = app
            .graphql(ORDERED_PAGE, json!({ "last": 11, "before": before }))
            .await;
        let page = &response["data"]["citiesConnection"];
        let mut slugs = strings(&page["nodes"], "/slug");
        slugs.extend(backward);
        backward = slugs;
        if page["pageInfo"]["hasPreviousPage"] != true {
            break;
        }
        before = page["pageInfo"]["startCursor"].clone();
    }
    assert_eq!(backward, expected);

    // A cursor belongs to its ordering.
    let cursor = app.graphql(ORDERED_PAGE, json!({ "first": 1 })).await["data"]["citiesConnection"]
        ["pageInfo"]["endCursor"]
        .clone();
    let response = app
        .graphql(
            "query ($after: String) { citiesConnection(after: $after) { totalCount } }",
            json!({ "after": cursor }),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response:#}");
    assert!(error_message(&response).contains("orderBy"), "{response:#}");
}

async fn nested_connections_filter_order_and_page_in_sql(app: &TestApp) {
    let data = app
        .data(
            r#"{ city(slug: "seoul") {
                   memberships { joinedYear organization { acronym } }
                   membershipsConnection(first: 3, orderBy: [{ field: JOINED_YEAR, direction: DESC }], filter: { joinedYear: { isNull: false } }) {
                     totalCount pageInfo { hasNextPage } nodes { joinedYear } }
                   policyExportsConnection(first: 2, filter: { sector: { eq: TRANSPORT } }) { totalCount nodes { sector } }
                   policyImportsConnection { totalCount }
                   hostedEventsConnection(orderBy: [{ field: STARTS_ON }]) { totalCount nodes { startsOn } }
                   hostedOfficesConnection(filter: { organization: { acronym: { eq: "ICLEI" } } }) { nodes { organization { acronym } } }
                   programsConnection(first: 1) { totalCount nodes { slug } }
                   statisticsConnection(filter: { metric: { startsWith: "sister" } }) { nodes { metric } }
                   agreementsConnection(first: 3, kind: SISTER, filter: { signedOn: { lt: "1990" } }, orderBy: [{ field: PARTNER_NAME }]) {
                     totalCount nodes { kind signedOn partner { nameEn } } } }
                 organization(acronym: "C40") {
                   membershipsConnection { totalCount nodes { city { slug } } }
                   eventsConnection { totalCount } hostedOfficesConnection { totalCount } statisticsConnection { totalCount } }
                 country(code: "CN") { citiesConnection(orderBy: [{ field: NAME_EN, direction: DESC }]) { totalCount nodes { nameEn } } } }"#,
        )
        .await;
    let seoul = &data["city"];
    let known = seoul["memberships"]
        .as_array()
        .expect("list")
        .iter()
        .filter(|m| !m["joinedYear"].is_null())
        .count();
    let page = &seoul["membershipsConnection"];
    assert_eq!(page["totalCount"].as_u64(), Some(known as u64));
    let years: Vec<i64> = page["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|m| m["joinedYear"].as_i64().expect("year"))
        .collect();
    assert!(years.windows(2).all(|pair| pair[0] >= pair[1]), "{years:?}");
    assert_eq!(page["pageInfo"]["hasNextPage"], known > 3);
    for export in seoul["policyExportsConnection"]["nodes"]
        .as_array()
        .expect("nodes")
    {
        assert_eq!(export["sector"], "TRANSPORT");
    }
    let events = strings(&seoul["hostedEventsConnection"]["nodes"], "/startsOn");
    let dated: Vec<&String> = events.iter().filter(|day| !day.is_empty()).collect();
    assert!(
        dated.windows(2).all(|pair| pair[0] <= pair[1]),
        "{events:?}"
    );
    for office in seoul["hostedOfficesConnection"]["nodes"]
        .as_array()
        .expect("nodes")
    {
        assert_eq!(office["organization"]["acronym"], "ICLEI");
    }
    assert!(seoul["programsConnection"]["totalCount"].as_u64() > Some(1));
    for figure in strings(&seoul["statisticsConnection"]["nodes"], "/metric") {
        assert!(figure.starts_with("sister"), "{figure}");
    }
    let agreements = &seoul["agreementsConnection"];
    let partners = strings(&agreements["nodes"], "/partner/nameEn");
    assert_eq!(partners.len(), 3);
    assert!(
        partners.windows(2).all(|pair| pair[0] <= pair[1]),
        "{partners:?}"
    );
    for agreement in agreements["nodes"].as_array().expect("nodes") {
        assert_eq!(agreement["kind"], "SISTER");
        assert!(agreement["signedOn"].as_str().expect("date") < "1990");
    }
    let c40 = &data["organization"]["membershipsConnection"];
    assert!(strings(&c40["nodes"], "/city/slug").contains(&"seoul".to_string()));
    let china = strings(&data["country"]["citiesConnection"]["nodes"], "/nameEn");
    assert!(china.len() > 1);
    assert!(china.windows(2).all(|pair| pair[0] >= pair[1]), "{china:?}");
}

async fn nested_lists_take_the_same_filter_and_order(app: &TestApp) {
    let data = app
        .data(
            r#"{ city(slug: "seoul") {
                   agreements(kind: SISTER, filter: { partner: { country: { continent: { eq: EUROPE } } } }, orderBy: [{ field: PARTNER_NAME, direction: DESC }]) {
                     partner { nameEn country { continent } } }
                   memberships(orderBy: [{ field: ORGANIZATION_ACRONYM }]) { organization { acronym } }
                   hostedOffices(filter: { kind: { isNull: false } }, orderBy: [{ field: ORGANIZATION_NAME }]) { organization { nameEn } }
                   policyExports(filter: { year: { gte: 2015 } }) { year }
                   policyImports(filter: { year: { gte: 2015 } }) { year }
                   hostedEvents(orderBy: [{ field: STARTS_ON, direction: DESC }]) { startsOn }
                   programs(filter: { kind: { ne: HONORARY_CITIZENSHIP } }) { kind }
                   partnerPrograms(filter: { slug: { contains: "seoul" } }) { slug }
                   statistics(filter: { value: { gte: 0 } }, orderBy: [{ field: VALUE, direction: DESC }]) { value } }
                 organization(acronym: "C40") {
                   memberships(filter: { city: { slug: { eq: "seoul" } } }) { city { slug } }
                   hostedOffices(orderBy: [{ field: CITY_NAME }]) { city { nameEn } }
                   events(filter: { kind: { isNull: false } }) { kind }
                   statistics(orderBy: [{ field: METRIC }]) { metric } }
                 country(code: "JP") { cities(orderBy: [{ field: NAME_EN, direction: DESC }]) { nameEn } } }"#,
        )
        .await;
    let seoul = &data["city"];
    let partners = strings(&seoul["agreements"], "/partner/nameEn");
    assert!(!partners.is_empty());
    assert!(
        partners.windows(2).all(|pair| pair[0] >= pair[1]),
        "{partners:?}"
    );
    for agreement in seoul["agreements"].as_array().expect("list") {
        assert_eq!(agreement["partner"]["country"]["continent"], "EUROPE");
    }
    let acronyms = strings(&seoul["memberships"], "/organization/acronym");
    assert!(
        acronyms.windows(2).all(|pair| pair[0] <= pair[1]),
        "{acronyms:?}"
    );
    for export in seoul["policyExports"].as_array().expect("list") {
        assert!(export["year"].as_i64() >= Some(2015));
    }
    let values: Vec<f64> = seoul["statistics"]
        .as_array()
        .expect("list")
        .iter()
        .map(|s| s["value"].as_f64().expect("value"))
        .collect();
    assert!(values.windows(2).all(|pair| pair[0] >= pair[1]));
    let members = strings(&data["organization"]["memberships"], "/city/slug");
    assert_eq!(members, ["seoul"]);
    let japan = strings(&data["country"]["cities"], "/nameEn");
    assert_eq!(japan, ["Tokyo", "Hokkaido"]);
}

async fn filtered_ordered_nested_connections_keep_statements_bounded(app: &TestApp) {
    let query = r#"query ($first: Int!) { citiesConnection(first: $first, orderBy: [{ field: COUNTRY_NAME }],
          filter: { country: { continent: { ne: AFRICA } } }) { nodes { slug
        agreementsConnection(first: 2, filter: { partner: { kind: { ne: PROVINCE } } }, orderBy: [{ field: PARTNER_COUNTRY_NAME }]) {
          totalCount nodes { partner { slug country { code } } } }
        membershipsConnection(first: 2, orderBy: [{ field: ORGANIZATION_NAME }], filter: { organization: { kind: { isNull: false } } }) {
          totalCount nodes { organization { acronym membershipsConnection(first: 1) { totalCount } } } }
        policyExportsConnection(first: 1, orderBy: [{ field: YEAR, direction: DESC }]) { nodes { partner { slug } } } } } }"#;
    // The root page and its total; per nested connection its pages and totals; the partners,
    // their countries, the organizations, their memberships (pages and totals) and the export
    // partners: 14, with no slack, as loads are batched by level rather than by a time window.
    // A statement per parent would cost more than fifty.
    let bound = 2 + 3 * 2 + 1 + 1 + 1 + 2 + 1;
    for parents in [1, 50] {
        app.reset_statement_count();
        let response = app.graphql(query, json!({ "first": parents })).await;
        assert!(response.get("errors").is_none(), "{response:#}");
        let nodes = response["data"]["citiesConnection"]["nodes"]
            .as_array()
            .expect("nodes")
            .len();
        assert_eq!(nodes, parents);
        assert!(
            app.statement_count() <= bound,
            "{parents} parents took {} statements",
            app.statement_count()
        );
    }
}

async fn aggregates_take_the_same_filter(app: &TestApp) {
    let data = app
        .data(
            r#"{ agreementsAggregate(city: "seoul", groupBy: [PARTNER_CONTINENT], filter: { signedOn: { lt: "1990" } }) {
                   total { count } }
                 early: agreements(city: "seoul", first: 500, filter: { signedOn: { lt: "1990" } }) { kind }
                 citiesAggregate(filter: { memberships: { some: { organization: { acronym: { eq: "C40" } } } } }) { total { count } }
                 policyExportsAggregate(filter: { exporter: { slug: { eq: "seoul" } } }) { total { count } } }"#,
        )
        .await;
    assert_eq!(
        data["agreementsAggregate"]["total"]["count"].as_u64(),
        Some(data["early"].as_array().expect("list").len() as u64)
    );
    assert!(data["citiesAggregate"]["total"]["count"].as_u64() >= Some(1));
    assert_eq!(data["policyExportsAggregate"]["total"]["count"], 20);
}
