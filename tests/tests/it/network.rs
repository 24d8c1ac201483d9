//! The graph questions answered by the in-memory network: `path` up to eight steps, centrality,
//! components, countries joined, `cities(near:)`, and the snapshot following edits. Expected
//! values are computed here, from the rows the test reads from the database, by plain
//! breadth-first searches and counting.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::common::{
    Backend, TestApp, error_code, error_message, on_both_databases, spawn_app_with,
};
use crate::editing::Editor;

on_both_databases!(
    paths_reach_eight_steps_and_no_further,
    paths_are_as_short_as_a_plain_search_finds,
    paths_can_be_limited_to_one_kind_of_link,
    cities_rank_by_degree_and_betweenness_as_counted,
    a_city_knows_its_centrality_and_component,
    components_are_those_a_plain_search_finds,
    countries_are_connected_when_one_component_holds_them_all,
    cities_near_a_point_come_nearest_first,
    the_network_follows_an_added_agreement,
);

/// The network as the database holds it.
struct Rows {
    /// Slug of every city by id, and its coordinates.
    cities: BTreeMap<i32, (String, Option<(f64, f64)>)>,
    /// Country code of every city by id.
    countries: HashMap<i32, String>,
    /// The two parties of every agreement.
    agreements: Vec<(i32, i32)>,
    /// The members of every organization.
    organizations: BTreeMap<i32, Vec<i32>>,
}

async fn rows(app: &TestApp) -> Rows {
    let backend = app.db.get_database_backend();
    let query = |sql: &str| {
        app.db
            .query_all_raw(Statement::from_string(backend, sql.to_string()))
    };
    let mut rows = Rows {
        cities: BTreeMap::new(),
        countries: HashMap::new(),
        agreements: Vec::new(),
        organizations: BTreeMap::new(),
    };
    let cities = query(
        "SELECT city.id, city.slug, city.latitude, city.longitude, country.code \
         FROM city JOIN country ON country.id = city.country_id",
    );
    for row in cities.await.expect("cities") {
        let id: i32 = row.try_get("", "id").unwrap();
        let latitude: Option<f64> = row.try_get("", "latitude").unwrap();
        let longitude: Option<f64> = row.try_get("", "longitude").unwrap();
        let point = latitude.zip(longitude);
        rows.cities
            .insert(id, (row.try_get("", "slug").unwrap(), point));
        rows.countries.insert(id, row.try_get("", "code").unwrap());
    }
    for row in query("SELECT party_a_id, party_b_id FROM agreement")
        .await
        .expect("agreements")
    {
        let a: i32 = row.try_get("", "party_a_id").unwrap();
        rows.agreements
            .push((a, row.try_get("", "party_b_id").unwrap()));
    }
    for row in query("SELECT organization_id, city_id FROM membership")
        .await
        .expect("memberships")
    {
        let organization: i32 = row.try_get("", "organization_id").unwrap();
        rows.organizations
            .entry(organization)
            .or_default()
            .push(row.try_get("", "city_id").unwrap());
    }
    rows
}

impl Rows {
    fn id(&self, slug: &str) -> i32 {
        *self
            .cities
            .iter()
            .find(|(_, (s, _))| s == slug)
            .expect("a city")
            .0
    }

    fn slug(&self, id: i32) -> &str {
        &self.cities[&id].0
    }

    /// Distinct neighbours through agreements, and through shared memberships if asked.
    fn neighbours(&self, memberships: bool) -> HashMap<i32, BTreeSet<i32>> {
        let mut neighbours: HashMap<i32, BTreeSet<i32>> = self
            .cities
            .keys()
            .map(|&id| (id, BTreeSet::new()))
            .collect();
        let mut link = |a: i32, b: i32| {
            if a != b {
                neighbours.get_mut(&a).unwrap().insert(b);
                neighbours.get_mut(&b).unwrap().insert(a);
            }
        };
        for &(a, b) in &self.agreements {
            link(a, b);
        }
        if memberships {
            for members in self.organizations.values() {
                for &a in members {
                    for &b in members {
                        link(a, b);
                    }
                }
            }
        }
        neighbours
    }
}

/// The text `field` of every object of a list.
fn strings<'a>(list: &'a Value, field: &str) -> Vec<&'a str> {
    let list = list.as_array().expect("a list");
    list.iter()
        .map(|item| item[field].as_str().expect("text"))
        .collect()
}

/// Distances from `from`, and how many shortest paths reach each city.
fn search(neighbours: &HashMap<i32, BTreeSet<i32>>, from: i32) -> HashMap<i32, (u32, f64)> {
    let mut reached = HashMap::from([(from, (0u32, 1.0f64))]);
    let mut queue = VecDeque::from([from]);
    while let Some(city) = queue.pop_front() {
        let (distance, paths) = reached[&city];
        for &next in &neighbours[&city] {
            match reached.get_mut(&next) {
                None => {
                    reached.insert(next, (distance + 1, paths));
                    queue.push_back(next);
                }
                Some((d, count)) if *d == distance + 1 => *count += paths,
                Some(_) => {}
            }
        }
    }
    reached
}

/// Betweenness by counting: σ_sv · σ_vt / σ_st over pairs s < t with v on a shortest path.
fn betweenness(neighbours: &HashMap<i32, BTreeSet<i32>>) -> HashMap<i32, f64> {
    let searches: HashMap<i32, HashMap<i32, (u32, f64)>> = neighbours
        .keys()
        .map(|&city| (city, search(neighbours, city)))
        .collect();
    let mut centrality: HashMap<i32, f64> = neighbours.keys().map(|&c| (c, 0.0)).collect();
    for (&s, from_s) in &searches {
        for (&t, &(distance, paths)) in from_s {
            if s >= t {
                continue;
            }
            for (&v, &(to_v, paths_to_v)) in from_s {
                if v == s || v == t {
                    continue;
                }
                if let Some(&(v_to_t, paths_v_t)) = searches[&v].get(&t)
                    && to_v + v_to_t == distance
                {
                    *centrality.get_mut(&v).unwrap() += paths_to_v * paths_v_t / paths;
                }
            }
        }
    }
    centrality
}

const PATH: &str = r#"query ($from: String!, $to: String!, $maxHops: Int = 3, $through: [PathLinkKind!]) {
    path(from: $from, to: $to, maxHops: $maxHops, through: $through, first: 100) { hops steps {
        from { slug } to { slug }
        via { __typename ... on Agreement { kind } ... on Organization { slug } } } } }"#;

async fn paths(app: &TestApp, variables: Value) -> Vec<Value> {
    let response = app.graphql(PATH, variables).await;
    assert!(response.get("errors").is_none(), "{response:#}");
    response["data"]["path"].as_array().expect("paths").clone()
}

async fn paths_reach_eight_steps_and_no_further(app: &TestApp) {
    let eight = paths(
        app,
        json!({ "from": "honolulu", "to": "moscow", "maxHops": 8 }),
    )
    .await;
    assert!(!eight.is_empty() && eight.iter().all(|path| path["hops"] == 2));
    for refused in [9, 0] {
        let response = app
            .graphql(
                PATH,
                json!({ "from": "seoul", "to": "tokyo", "maxHops": refused }),
            )
            .await;
        assert_eq!(error_code(&response), "BAD_USER_INPUT");
        assert_eq!(
            error_message(&response),
            format!("`maxHops` must be between 1 and 8; got {refused}")
        );
    }
}

async fn paths_are_as_short_as_a_plain_search_finds(app: &TestApp) {
    let rows = rows(app).await;
    let neighbours = rows.neighbours(true);
    let from = rows.id("honolulu");
    let reached = search(&neighbours, from);
    let mut checked = 0;
    for (&to, &(distance, count)) in &reached {
        if to == from || checked >= 12 {
            continue;
        }
        checked += 1;
        let found = paths(
            app,
            json!({ "from": "honolulu", "to": rows.slug(to), "maxHops": 8 }),
        )
        .await;
        assert!(
            found.iter().all(|path| path["hops"] == distance),
            "{found:#?}"
        );
        // At least one path per chain of cities (more where two cities share several links).
        assert!(found.len() as f64 >= count.min(100.0), "{found:#?}");
        for path in &found {
            let steps = path["steps"].as_array().unwrap();
            assert_eq!(steps[0]["from"]["slug"], "honolulu");
            assert_eq!(steps[steps.len() - 1]["to"]["slug"], rows.slug(to));
            for pair in steps.windows(2) {
                assert_eq!(pair[0]["to"], pair[1]["from"]);
            }
        }
    }
    assert_eq!(checked, 12);
}

async fn paths_can_be_limited_to_one_kind_of_link(app: &TestApp) {
    let agreements = paths(
        app,
        json!({ "from": "tokyo", "to": "beijing", "through": ["AGREEMENTS"] }),
    )
    .await;
    assert!(!agreements.is_empty());
    for path in &agreements {
        for step in path["steps"].as_array().unwrap() {
            assert_eq!(step["via"]["__typename"], "Agreement", "{path:#}");
        }
    }
    let memberships = paths(
        app,
        json!({ "from": "tokyo", "to": "beijing", "through": ["MEMBERSHIPS"] }),
    )
    .await;
    assert!(memberships.iter().any(|path| path["hops"] == 1
        && path["steps"][0]["via"] == json!({ "__typename": "Organization", "slug": "beseto" })));
    let none = app
        .graphql(
            PATH,
            json!({ "from": "tokyo", "to": "beijing", "through": [] }),
        )
        .await;
    assert_eq!(error_code(&none), "BAD_USER_INPUT");
}

/// Competition rank of `value` among `values`, highest first.
fn rank_of(values: &HashMap<i32, f64>, value: f64) -> usize {
    1 + values
        .values()
        .filter(|&&other| other > value + 1e-9)
        .count()
}

async fn cities_rank_by_degree_and_betweenness_as_counted(app: &TestApp) {
    let rows = rows(app).await;
    let neighbours = rows.neighbours(false);
    let degrees: HashMap<i32, f64> = neighbours
        .iter()
        .map(|(&city, next)| (city, next.len() as f64))
        .collect();
    let between = betweenness(&neighbours);
    for (by, values) in [("DEGREE", &degrees), ("BETWEENNESS", &between)] {
        let data = app
            .data(&format!(
                "{{ cityRanking(by: {by}, first: 15) {{ rank degree betweenness city {{ slug }} }} }}"
            ))
            .await;
        let ranking = data["cityRanking"].as_array().expect("a ranking");
        assert_eq!(ranking.len(), 15);
        // Highest first, ties by id, as counted here.
        let mut expected: Vec<i32> = values.keys().copied().collect();
        expected.sort_by(|a, b| values[b].total_cmp(&values[a]).then(a.cmp(b)));
        for (entry, &city) in ranking.iter().zip(&expected) {
            assert_eq!(entry["city"]["slug"], rows.slug(city), "{by}: {ranking:#?}");
            assert_eq!(entry["rank"], rank_of(values, values[&city]), "{by}");
            assert_eq!(entry["degree"], degrees[&city]);
            let found = entry["betweenness"].as_f64().unwrap();
            assert!(
                (found - between[&city]).abs() < 1e-6,
                "{found} vs {}",
                between[&city]
            );
        }
    }
    // Seoul's record: it is the most connected city of its own dataset.
    let top = app
        .data("{ cityRanking(first: 1) { rank city { slug } } }")
        .await;
    assert_eq!(
        top["cityRanking"][0],
        json!({ "rank": 1, "city": { "slug": "seoul" } })
    );

    // Filters choose the cities, ranks stay global.
    let japan = app
        .data("{ cityRanking(country: \"JP\", first: 100) { rank degree city { slug } } }")
        .await;
    let japan = japan["cityRanking"].as_array().unwrap();
    let japanese = rows.countries.values().filter(|code| *code == "JP").count();
    assert_eq!(japan.len(), japanese);
    for entry in japan {
        let city = rows.id(entry["city"]["slug"].as_str().unwrap());
        assert_eq!(rows.countries[&city], "JP");
        assert_eq!(entry["rank"], rank_of(&degrees, degrees[&city]));
    }
    let asia = app
        .data("{ cityRanking(continent: EUROPE, first: 3, offset: 1) { rank } }")
        .await;
    assert_eq!(asia["cityRanking"].as_array().unwrap().len(), 3);
    let unknown = app
        .graphql("{ cityRanking(country: \"ZZ\") { rank } }", json!({}))
        .await;
    assert_eq!(error_code(&unknown), "NOT_FOUND");
}

async fn a_city_knows_its_centrality_and_component(app: &TestApp) {
    let rows = rows(app).await;
    let neighbours = rows.neighbours(false);
    let between = betweenness(&neighbours);
    let data = app
        .data(
            "{ city(slug: \"tokyo\") { centrality { degree degreeRank betweenness betweennessRank } \
               component { rank size } } }",
        )
        .await;
    let tokyo = rows.id("tokyo");
    let centrality = &data["city"]["centrality"];
    assert_eq!(centrality["degree"], neighbours[&tokyo].len());
    let degrees: HashMap<i32, f64> = neighbours
        .iter()
        .map(|(&c, n)| (c, n.len() as f64))
        .collect();
    assert_eq!(centrality["degreeRank"], rank_of(&degrees, degrees[&tokyo]));
    assert!((centrality["betweenness"].as_f64().unwrap() - between[&tokyo]).abs() < 1e-6);
    assert_eq!(
        centrality["betweennessRank"],
        rank_of(&between, between[&tokyo])
    );
    let reached = search(&neighbours, tokyo).len();
    assert_eq!(data["city"]["component"]["size"], reached);
    assert_eq!(
        data["city"]["component"]["rank"], 1,
        "Tokyo is in the largest"
    );
}

async fn components_are_those_a_plain_search_finds(app: &TestApp) {
    let rows = rows(app).await;
    let neighbours = rows.neighbours(false);
    let mut seen = BTreeSet::new();
    let mut components: Vec<(usize, i32, Vec<i32>)> = Vec::new();
    for &city in rows.cities.keys() {
        if seen.contains(&city) {
            continue;
        }
        let mut members: Vec<i32> = search(&neighbours, city).into_keys().collect();
        members.sort_unstable();
        seen.extend(members.iter().copied());
        components.push((members.len(), city, members));
    }
    components.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let data = app
        .data(
            "{ components { count sizes(first: 500) list(first: 3) { rank size cities(first: 500) { slug } } } }",
        )
        .await;
    let found = &data["components"];
    assert_eq!(found["count"], components.len());
    let sizes: Vec<usize> = components.iter().map(|c| c.0).collect();
    assert_eq!(found["sizes"], json!(sizes));
    for (nth, component) in found["list"].as_array().unwrap().iter().enumerate() {
        assert_eq!(component["rank"], nth + 1);
        let slugs: Vec<&str> = components[nth].2.iter().map(|&c| rows.slug(c)).collect();
        assert_eq!(strings(&component["cities"], "slug"), slugs);
    }
    let paged = app
        .data("{ components { sizes(first: 2) list(first: 1, offset: 1) { rank cities(first: 1) { slug } } } }")
        .await;
    assert_eq!(paged["components"]["sizes"], json!(sizes[..2]));
    assert_eq!(paged["components"]["list"][0]["rank"], 2);
    assert_eq!(
        paged["components"]["list"][0]["cities"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

async fn countries_are_connected_when_one_component_holds_them_all(app: &TestApp) {
    let rows = rows(app).await;
    let neighbours = rows.neighbours(false);
    let seoul = search(&neighbours, rows.id("seoul"));
    let joined: BTreeSet<&str> = seoul.keys().map(|c| rows.countries[c].as_str()).collect();
    let all: BTreeSet<&str> = rows.countries.values().map(String::as_str).collect();
    // Korea and Japan, named twice: joined through Seoul, and some of their cities lie apart.
    let components_of = |countries: &[&str]| {
        let mut seen = BTreeSet::new();
        let mut count = 0;
        for (&city, code) in &rows.countries {
            if countries.contains(&code.as_str()) && !seen.contains(&city) {
                seen.extend(search(&neighbours, city).into_keys());
                count += 1;
            }
        }
        count
    };
    let data = app
        .data("{ countriesConnected(countries: [\"KR\", \"JP\", \"jp\"]) { connected componentCount countries { code } unreached { code } } }")
        .await;
    assert_eq!(
        data["countriesConnected"],
        json!({ "connected": true, "componentCount": components_of(&["KR", "JP"]),
                "countries": [{ "code": "JP" }, { "code": "KR" }], "unreached": [] })
    );
    // Every country: connected exactly when Seoul's component reaches them all.
    let data = app
        .data("{ countriesConnected { connected componentCount countries { code } unreached { code } } }")
        .await;
    let answer = &data["countriesConnected"];
    assert_eq!(
        answer["componentCount"],
        components_of(&Vec::from_iter(all.iter().copied()))
    );
    assert_eq!(answer["countries"].as_array().unwrap().len(), all.len());
    let unreached: Vec<&str> = all.difference(&joined).copied().collect();
    assert_eq!(answer["connected"], unreached.is_empty());
    assert_eq!(strings(&answer["unreached"], "code"), unreached);
    for (query, code) in [
        (
            "{ countriesConnected(countries: []) { connected } }",
            "BAD_USER_INPUT",
        ),
        (
            "{ countriesConnected(countries: [\"ZZ\"]) { connected } }",
            "NOT_FOUND",
        ),
    ] {
        assert_eq!(error_code(&app.graphql(query, json!({})).await), code);
    }
}

/// The haversine distance, written out here as the test's own reference.
fn kilometres(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (p1, p2) = (a.0.to_radians(), b.0.to_radians());
    let dp = p2 - p1;
    let dl = (b.1 - a.1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().asin()
}

async fn cities_near_a_point_come_nearest_first(app: &TestApp) {
    let rows = rows(app).await;
    let seoul = rows.cities[&rows.id("seoul")]
        .1
        .expect("Seoul's coordinates");
    let mut expected: Vec<(f64, i32)> = rows
        .cities
        .iter()
        .filter_map(|(&id, (_, point))| Some((kilometres(seoul, (*point)?), id)))
        .filter(|(distance, _)| *distance <= 1500.0)
        .collect();
    expected.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    assert!(expected.len() > 3, "{expected:?}");
    let query = r#"query ($near: Near!, $kind: CityKind, $first: Int = 100, $offset: Int = 0) {
        cities(near: $near, kind: $kind, first: $first, offset: $offset) {
            slug kind distanceKm(latitude: 37.5665, longitude: 126.978) } }"#;
    let near = json!({ "latitude": seoul.0, "longitude": seoul.1, "radiusKm": 1500.0 });
    let response = app.graphql(query, json!({ "near": near })).await;
    let found = &response["data"]["cities"];
    let slugs = strings(found, "slug");
    let wanted: Vec<&str> = expected.iter().map(|(_, id)| rows.slug(*id)).collect();
    assert_eq!(slugs, wanted);
    assert!(found[0]["distanceKm"].as_f64().unwrap() < 5.0, "{found:#?}");
    // Combined with the other arguments and paged.
    let response = app
        .graphql(query, json!({ "near": near, "first": 2, "offset": 1 }))
        .await;
    assert_eq!(strings(&response["data"]["cities"], "slug"), wanted[1..3]);
    let response = app
        .graphql(query, json!({ "near": near, "kind": "CITY" }))
        .await;
    assert!(
        response["data"]["cities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["kind"] == "CITY" && slugs.contains(&c["slug"].as_str().unwrap()))
    );

    for (arguments, named) in [
        (
            "near: { latitude: 91, longitude: 0, radiusKm: 10 }",
            "`latitude`",
        ),
        (
            "near: { latitude: 0, longitude: -181, radiusKm: 10 }",
            "`longitude`",
        ),
        (
            "near: { latitude: 0, longitude: 0, radiusKm: -1 }",
            "`radiusKm`",
        ),
        (
            "near: { latitude: 0, longitude: 0, radiusKm: 10 }, orderBy: [{ field: NAME_EN }]",
            "`orderBy`",
        ),
    ] {
        let response = app
            .graphql(&format!("{{ cities({arguments}) {{ slug }} }}"), json!({}))
            .await;
        assert_eq!(error_code(&response), "BAD_USER_INPUT", "{arguments}");
        assert!(error_message(&response).contains(named), "{response:#}");
    }
    let far = app
        .graphql(
            "{ city(slug: \"seoul\") { distanceKm(latitude: 100, longitude: 0) } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&far), "BAD_USER_INPUT");
}

async fn the_network_follows_an_added_agreement(app: &TestApp) {
    const SEOUL_TO_JEJU: &str = r#"{
        city(slug: "jeju") { centrality { degree } }
        path(from: "seoul", to: "jeju", through: [AGREEMENTS], maxHops: 8) { hops } }"#;
    let before = app.data(SEOUL_TO_JEJU).await;
    let degree = before["city"]["centrality"]["degree"].as_u64().unwrap();
    assert_ne!(before["path"][0]["hops"], 1, "{before:#}");
    let editor = Editor::new(app).await;
    let created = editor
        .edit(
            r#"mutation ($input: AgreementInput!) { createAgreement(input: $input) { id } }"#,
            json!({ "input": {
                "parties": ["seoul", "jeju"], "kind": "FRIENDSHIP", "status": "ACTIVE",
                "sources": [{ "source": "jpi-2020", "locator": "p. 1" }] } }),
        )
        .await;
    assert!(created.get("errors").is_none(), "{created:#}");
    // Rebuilt off the request path: the old snapshot answers until the new one is in.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let after = app.data(SEOUL_TO_JEJU).await;
        if after["path"][0]["hops"] == 1 {
            assert_eq!(after["city"]["centrality"]["degree"], degree + 1);
            break;
        }
        assert!(Instant::now() < deadline, "not rebuilt: {after:#}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// An agreement written straight into the database, as an import beside a live server writes:
/// no edit announces it, and the snapshot's fingerprint check finds it.
async fn the_network_finds_a_write_no_edit_announced(backend: Backend) {
    let Some(app) = spawn_app_with(backend, |config| {
        config.network_check_interval = Duration::from_millis(100);
    })
    .await
    else {
        return;
    };
    let app = &app;
    const SEOUL_TO_JEJU: &str =
        r#"{ path(from: "seoul", to: "jeju", through: [AGREEMENTS], maxHops: 8) { hops } }"#;
    let before = app.data(SEOUL_TO_JEJU).await;
    assert_ne!(before["path"][0]["hops"], 1, "{before:#}");
    let rows = rows(app).await;
    let insert = format!(
        "INSERT INTO agreement (party_a_id, party_b_id, kind, status, version) \
         VALUES ({}, {}, 'FRIENDSHIP', 'ACTIVE', 1)",
        rows.id("jeju"),
        rows.id("seoul")
    );
    app.db
        .execute_raw(Statement::from_string(
            app.db.get_database_backend(),
            insert,
        ))
        .await
        .expect("an agreement written directly");
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.data(SEOUL_TO_JEJU).await["path"][0]["hops"] != 1 {
        assert!(
            Instant::now() < deadline,
            "the snapshot never saw the write"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_network_finds_a_write_no_edit_announced_on_sqlite() {
    the_network_finds_a_write_no_edit_announced(Backend::Sqlite).await;
}

#[tokio::test]
async fn the_network_finds_a_write_no_edit_announced_on_postgres() {
    the_network_finds_a_write_no_edit_announced(Backend::Postgres).await;
}
