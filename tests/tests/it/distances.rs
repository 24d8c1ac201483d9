//! Great-circle distances of agreements: the value, ordering and paging by it, filtering and
//! its statistics, and how edits of agreements and cities keep it up to date.

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::common::{Backend, TestApp, loaded_database, on_both_databases};
use crate::editing::Editor;
use crate::migrations::steps_back_through;

on_both_databases!(
    seoul_tokyo_is_the_haversine_distance_between_their_coordinates,
    agreements_order_by_distance_longest_first_and_page_with_cursors,
    a_city_without_coordinates_leaves_its_agreements_without_distance,
    moving_a_city_moves_its_agreements_distances,
    a_new_agreement_answers_with_its_distance,
    distance_statistics_are_those_of_the_listed_agreements,
    agreements_are_filtered_by_distance,
);

/// The haversine formula, written here independently of the server's.
fn haversine(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (phi1, phi2) = (a.0.to_radians(), b.0.to_radians());
    let dphi = phi2 - phi1;
    let dlambda = (b.1 - a.1).to_radians();
    let h = (dphi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (dlambda / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().asin()
}

fn point(city: &Value) -> (f64, f64) {
    (
        city["latitude"].as_f64().expect("latitude"),
        city["longitude"].as_f64().expect("longitude"),
    )
}

/// Every agreement with its distance and both parties' coordinates.
async fn agreements(app: &TestApp) -> Vec<Value> {
    let data = app
        .data("{ agreements(first: 500) { id distanceKm parties { slug latitude longitude } } }")
        .await;
    data["agreements"].as_array().expect("agreements").clone()
}

fn assert_close(actual: &Value, expected: f64, what: &str) {
    let actual = actual
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: {actual}"));
    assert!(
        (actual - expected).abs() < 1e-6,
        "{what}: {actual} ≠ {expected}"
    );
}

/// The city `slug`'s global id and version.
async fn city_id_and_version(app: &TestApp, slug: &str) -> (Value, Value) {
    let data = app
        .data(&format!(r#"{{ city(slug: "{slug}") {{ id version }} }}"#))
        .await;
    (data["city"]["id"].clone(), data["city"]["version"].clone())
}

/// Sets (or clears, with nulls) the coordinates of the city `slug` by an edit.
async fn move_city(app: &TestApp, slug: &str, latitude: Value, longitude: Value) {
    let (id, version) = city_id_and_version(app, slug).await;
    let moved = Editor::new(app)
        .await
        .edit(
            r#"mutation ($id: ID!, $version: Int!, $patch: CityPatch!) {
                 updateCity(id: $id, version: $version, patch: $patch) { latitude longitude } }"#,
            json!({ "id": id, "version": version,
                    "patch": { "latitude": latitude, "longitude": longitude,
                               "sources": [{ "source": "jpi-2020", "locator": "p. 1" }] } }),
        )
        .await;
    assert!(moved["errors"].is_null(), "{moved:#}");
}

/// Seoul's agreement with Tokyo, with both cities' coordinates as the API returns them.
async fn seoul_tokyo(app: &TestApp) -> Value {
    let data = app
        .data(
            r#"{ city(slug: "seoul") { latitude longitude
                   agreements(filter: { partner: { slug: { eq: "tokyo" } } }) {
                     distanceKm partner { latitude longitude } } } }"#,
        )
        .await;
    data["city"].clone()
}

async fn seoul_tokyo_is_the_haversine_distance_between_their_coordinates(app: &TestApp) {
    let seoul = seoul_tokyo(app).await;
    let agreement = &seoul["agreements"][0];
    let expected = haversine(point(&seoul), point(&agreement["partner"]));
    assert!((1_100.0..1_200.0).contains(&expected), "{expected}");
    assert_close(&agreement["distanceKm"], expected, "Seoul–Tokyo");
    for agreement in agreements(app).await {
        let parties = &agreement["parties"];
        let expected = haversine(point(&parties[0]), point(&parties[1]));
        assert_close(&agreement["distanceKm"], expected, &agreement.to_string());
    }
}

async fn agreements_order_by_distance_longest_first_and_page_with_cursors(app: &TestApp) {
    move_city(app, "tokyo", Value::Null, Value::Null).await;
    let order = r#"orderBy: [{ field: DISTANCE_KM, direction: DESC }]"#;
    let data = app
        .data(&format!(
            "{{ agreements(first: 500, {order}) {{ id distanceKm }} }}"
        ))
        .await;
    let listed = data["agreements"].as_array().expect("agreements").clone();
    let distances: Vec<Option<f64>> = listed
        .iter()
        .map(|agreement| agreement["distanceKm"].as_f64())
        .collect();
    let known: Vec<f64> = distances.iter().flatten().copied().collect();
    let longest = known.iter().copied().fold(f64::MIN, f64::max);
    assert_eq!(distances[0], Some(longest), "the longest first");
    assert!(
        known.windows(2).all(|pair| pair[0] >= pair[1]),
        "{distances:?}"
    );
    let first_unknown = distances.iter().position(Option::is_none);
    assert!(
        first_unknown.is_some_and(|first| distances[first..].iter().all(Option::is_none)),
        "Tokyo's agreements have no distance, and come last: {distances:?}"
    );

    let mut paged = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = app
            .graphql(
                &format!(
                    "query ($after: String) {{ agreementsConnection(first: 7, after: $after, {order}) {{
                       nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}"
                ),
                json!({ "after": after }),
            )
            .await;
        let connection = &page["data"]["agreementsConnection"];
        paged.extend(
            connection["nodes"]
                .as_array()
                .unwrap_or_else(|| panic!("{page:#}"))
                .iter()
                .map(|node| node["id"].clone()),
        );
        if connection["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = connection["pageInfo"]["endCursor"].clone();
    }
    let ids: Vec<Value> = listed
        .iter()
        .map(|agreement| agreement["id"].clone())
        .collect();
    assert_eq!(
        paged, ids,
        "pages of 7 give the list, none skipped or repeated"
    );

    let nested = app
        .data(&format!(
            r#"{{ city(slug: "seoul") {{ agreements({order}) {{ distanceKm }}
                 agreementsConnection(first: 3, {order}) {{ nodes {{ distanceKm }} }} }} }}"#
        ))
        .await;
    let nested: Vec<Option<f64>> = nested["city"]["agreements"]
        .as_array()
        .expect("Seoul's agreements")
        .iter()
        .map(|agreement| agreement["distanceKm"].as_f64())
        .collect();
    let known: Vec<f64> = nested.iter().flatten().copied().collect();
    assert!(
        known.windows(2).all(|pair| pair[0] >= pair[1]),
        "{nested:?}"
    );
    assert_eq!(nested.last(), Some(&None), "Seoul–Tokyo last: {nested:?}");
}

async fn a_city_without_coordinates_leaves_its_agreements_without_distance(app: &TestApp) {
    move_city(app, "tokyo", Value::Null, Value::Null).await;
    let seoul = seoul_tokyo(app).await;
    assert_eq!(
        seoul["agreements"][0]["distanceKm"],
        Value::Null,
        "{seoul:#}"
    );
    let unknown = app
        .data("{ agreements(filter: { distanceKm: { isNull: true } }) { parties { slug } } }")
        .await;
    let unknown = unknown["agreements"].as_array().expect("agreements");
    assert!(!unknown.is_empty());
    assert!(
        unknown
            .iter()
            .all(|agreement| agreement["parties"].to_string().contains("\"tokyo\"")),
        "{unknown:?}"
    );
}

async fn moving_a_city_moves_its_agreements_distances(app: &TestApp) {
    let before = seoul_tokyo(app).await["agreements"][0]["distanceKm"].clone();
    // Tokyo, moved to Osaka's place.
    move_city(app, "tokyo", json!(34.69), json!(135.5)).await;
    let seoul = seoul_tokyo(app).await;
    let agreement = &seoul["agreements"][0];
    assert_eq!(point(&agreement["partner"]), (34.69, 135.5));
    let expected = haversine(point(&seoul), (34.69, 135.5));
    assert_close(&agreement["distanceKm"], expected, "Seoul–Tokyo moved");
    assert_ne!(agreement["distanceKm"], before);
    for agreement in agreements(app).await {
        let parties = &agreement["parties"];
        let expected = haversine(point(&parties[0]), point(&parties[1]));
        assert_close(&agreement["distanceKm"], expected, &agreement.to_string());
    }
}

async fn a_new_agreement_answers_with_its_distance(app: &TestApp) {
    let created = Editor::new(app)
        .await
        .edit(
            r#"mutation ($input: AgreementInput!) {
                 createAgreement(input: $input) { distanceKm parties { latitude longitude } } }"#,
            json!({ "input": {
                "parties": ["seoul", "jeju"], "kind": "FRIENDSHIP", "status": "ACTIVE",
                "sources": [{ "source": "jpi-2020", "locator": "p. 1" }] } }),
        )
        .await;
    let created = &created["data"]["createAgreement"];
    let parties = &created["parties"];
    let expected = haversine(point(&parties[0]), point(&parties[1]));
    assert_close(&created["distanceKm"], expected, &created.to_string());
}

async fn distance_statistics_are_those_of_the_listed_agreements(app: &TestApp) {
    let distances: Vec<f64> = agreements(app)
        .await
        .iter()
        .filter_map(|agreement| agreement["distanceKm"].as_f64())
        .collect();
    let data = app
        .data(
            "{ agreementsAggregate(groupBy: [KIND]) {
                 total { count distanceKm { sum avg min max } }
                 groups { kind distanceKm { max } } } }",
        )
        .await;
    let stats = &data["agreementsAggregate"]["total"]["distanceKm"];
    let sum: f64 = distances.iter().sum();
    assert_close(&stats["sum"], sum, "sum");
    assert_close(&stats["avg"], sum / distances.len() as f64, "avg");
    let min = distances.iter().copied().fold(f64::MAX, f64::min);
    let max = distances.iter().copied().fold(f64::MIN, f64::max);
    assert_close(&stats["min"], min, "min");
    assert_close(&stats["max"], max, "max");
    let group_max = data["agreementsAggregate"]["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter_map(|group| group["distanceKm"]["max"].as_f64())
        .fold(f64::MIN, f64::max);
    assert_close(&json!(group_max), max, "the longest of the groups");
}

async fn agreements_are_filtered_by_distance(app: &TestApp) {
    let all = agreements(app).await;
    let data = app
        .data("{ agreements(first: 500, filter: { distanceKm: { gte: 5000 } }) { id distanceKm } }")
        .await;
    let far: Vec<&Value> = data["agreements"].as_array().expect("far").iter().collect();
    let expected = all
        .iter()
        .filter(|agreement| {
            agreement["distanceKm"]
                .as_f64()
                .is_some_and(|km| km >= 5000.0)
        })
        .count();
    assert!(expected > 0);
    assert_eq!(far.len(), expected, "{far:?}");
}

/// Every agreement's id and distance as stored, and both parties' coordinates.
async fn stored_distances(db: &paradiplo::db::Db) -> Vec<(i32, Option<f64>, f64)> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT agreement.id AS id, agreement.distance_km AS km, a.latitude AS a_lat, \
             a.longitude AS a_lng, b.latitude AS b_lat, b.longitude AS b_lng FROM agreement \
             JOIN city a ON a.id = party_a_id JOIN city b ON b.id = party_b_id ORDER BY agreement.id",
        ))
        .await
        .expect("agreements");
    rows.iter()
        .map(|row| {
            let number = |column: &str| row.try_get::<f64>("", column).expect(column);
            (
                row.try_get("", "id").expect("id"),
                row.try_get("", "km").expect("km"),
                haversine(
                    (number("a_lat"), number("a_lng")),
                    (number("b_lat"), number("b_lng")),
                ),
            )
        })
        .collect()
}

/// The migration that adds `distance_km` fills it for the agreements already stored.
async fn the_migration_fills_the_distances_of_stored_agreements(backend: Backend) {
    let Some((db, _database)) = loaded_database(backend).await else {
        return;
    };
    let steps = steps_back_through("m20261207_000009_agreement_distance");
    Migrator::down(db.sea(), Some(steps)).await.expect("down");
    Migrator::up(db.sea(), None).await.expect("up");
    let stored = stored_distances(&db).await;
    assert!(stored.len() > 50, "{stored:?}");
    for (id, km, expected) in stored {
        let km = km.unwrap_or_else(|| panic!("agreement {id} has no distance"));
        assert!(
            (km - expected).abs() < 1e-6,
            "agreement {id}: {km} ≠ {expected}"
        );
    }
}

#[tokio::test]
async fn the_migration_fills_the_distances_of_stored_agreements_on_sqlite() {
    the_migration_fills_the_distances_of_stored_agreements(Backend::Sqlite).await;
}

#[tokio::test]
async fn the_migration_fills_the_distances_of_stored_agreements_on_postgres() {
    the_migration_fills_the_distances_of_stored_agreements(Backend::Postgres).await;
}
