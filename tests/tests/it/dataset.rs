//! The bundled dataset: checked against the source document through GraphQL, imported
//! idempotently, exported byte for byte, and rejected whole when any record is wrong.

use paradiplo::dataset::{self, Dataset, FILES};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::common::{
    Backend, TestApp, data_dir, fresh_database, loaded_database, on_both_databases,
};

on_both_databases!(
    the_loaded_data_matches_the_facts_of_the_document,
    the_document_s_stated_totals_sit_beside_the_named_records,
);

fn statistic(data: &Value, field: &str) -> f64 {
    let values = data[field]
        .as_array()
        .unwrap_or_else(|| panic!("{field}: {data:#}"));
    assert_eq!(values.len(), 1, "{field}: {values:?}");
    values[0]["value"].as_f64().expect("a number")
}

async fn the_loaded_data_matches_the_facts_of_the_document(app: &TestApp) {
    let data = app
        .data(
            r#"{
            tokyo: agreements(city: "seoul", kind: SISTER, first: 500) { signedOn partner { slug } sources { source { key } locator } }
            moscow: agreements(city: "moscow") { kind signedOn }
            c40: organization(acronym: "C40") { memberships { role joinedYear city { slug } } }
            wego: organization(slug: "wego") { hostedOffices { kind city { slug } } }
            pmb: policyExports(partner: "pulau-muara-besar") { budgetKrw exporterShareKrw sector sources { reference } }
            meetings: statistics(metric: "international_meeting_count", city: "singapore") { value }
            honorary: statistics(metric: "honorary_citizen_count") { value asOf }
            assembly: events(kind: GENERAL_ASSEMBLY) { slug host { slug } organizer { acronym } }
            cac: events(host: "seoul", kind: CONFERENCE) { slug }
            periods(city: "seoul") { startYear endYear nameKo }
            pyongyangAreas: programs(kind: COOPERATION_AREA) { partner { slug } }
            pyongyangTasks: programs(kind: COOPERATION_TASK) { partner { slug } }
            jeju: city(slug: "jeju") { nameKo periods { startYear } }
            paper: source(key: "jpi-2020") { year publisher citationCount }
        }"#,
        )
        .await;

    let sisters = data["tokyo"].as_array().expect("sister agreements");
    let tokyo = sisters
        .iter()
        .find(|agreement| agreement["partner"]["slug"] == "tokyo")
        .expect("Tokyo");
    assert_eq!(tokyo["signedOn"], "1988");
    assert!(
        tokyo["sources"]
            .as_array()
            .expect("sources")
            .iter()
            .any(|cited| cited["source"]["key"] == "jpi-2020")
    );
    assert_eq!(
        data["moscow"],
        json!([{ "kind": "SISTER", "signedOn": "1991-07" }])
    );

    let c40 = &data["c40"]["memberships"];
    assert!(
        c40.as_array()
            .expect("members")
            .iter()
            .any(|member| member["city"]["slug"] == "seoul" && member["joinedYear"] == 2006)
    );
    assert_eq!(
        data["wego"]["hostedOffices"],
        json!([{ "kind": "SECRETARIAT", "city": { "slug": "seoul" } }])
    );

    let pmb = &data["pmb"][0];
    assert_eq!(pmb["budgetKrw"], 13_500_000_000.0);
    assert_eq!(pmb["exporterShareKrw"], 500_000_000.0);
    assert_eq!(pmb["sector"], "WATER_SUPPLY");

    assert_eq!(statistic(&data, "meetings"), 1205.0);
    assert_eq!(
        data["honorary"],
        json!([{ "value": 823.0, "asOf": "2019-01" }])
    );
    let assembly = data["assembly"]
        .as_array()
        .expect("assemblies")
        .iter()
        .find(|event| event["slug"] == "anmc21-general-assembly-2011")
        .cloned();
    assert_eq!(
        assembly.expect("the ANMC21 assembly")["host"]["slug"],
        "seoul"
    );

    let periods = data["periods"].as_array().expect("periods");
    assert_eq!(
        periods.len(),
        4,
        "the document's four phases of Seoul's diplomacy"
    );
    assert_eq!(periods[0]["startYear"], 1968);
    assert_eq!(
        periods[3]["endYear"],
        Value::Null,
        "the last phase is ongoing"
    );

    assert_eq!(
        data["pyongyangAreas"].as_array().expect("areas").len(),
        3,
        "3 areas of the Seoul–Pyongyang plan"
    );
    assert_eq!(
        data["pyongyangTasks"].as_array().expect("tasks").len(),
        10,
        "10 tasks of the Seoul–Pyongyang plan"
    );
    assert!(
        data["pyongyangTasks"]
            .as_array()
            .expect("tasks")
            .iter()
            .all(|task| task["partner"]["slug"] == "pyongyang")
    );
    assert_eq!(data["jeju"]["nameKo"], "제주특별자치도");
    assert_eq!(data["paper"]["year"], 2020);
    assert!(data["paper"]["citationCount"].as_i64().expect("a count") > 100);
}

async fn the_document_s_stated_totals_sit_beside_the_named_records(app: &TestApp) {
    let data = app
        .data(
            r#"{
            sisterTotal: statistics(metric: "sister_city_count", city: "seoul") { value asOf dimension }
            friendshipTotal: statistics(metric: "friendship_city_count", city: "seoul") { value asOf dimension }
            networks: statistics(metric: "network_membership_count", city: "seoul") { value asOf }
            hosted: statistics(metric: "hosted_international_organization_count", city: "seoul") { value asOf }
            projects: statistics(metric: "policy_export_project_count", city: "seoul") { value dimension }
            budget: statistics(metric: "policy_export_total_budget", city: "seoul") { value unit asOf }
            seoul: city(slug: "seoul") {
                sisters: agreements(kind: SISTER) { kind }
                friends: agreements(kind: FRIENDSHIP) { status }
                memberships { organization { slug } }
                hostedOffices { organization { slug } }
            }
        }"#,
        )
        .await;
    let total = |field: &str, as_of: &str| -> f64 {
        data[field]
            .as_array()
            .expect("figures")
            .iter()
            .find(|figure| figure["asOf"] == as_of && figure["dimension"].is_null())
            .and_then(|figure| figure["value"].as_f64())
            .unwrap_or_else(|| panic!("{field} as of {as_of}: {data:#}"))
    };
    assert_eq!(total("sisterTotal", "2019-08"), 23.0);
    assert_eq!(total("friendshipTotal", "2019-08"), 48.0);
    assert!(
        data["networks"]
            .as_array()
            .expect("figures")
            .iter()
            .any(|figure| figure["value"] == 18.0)
    );
    assert_eq!(
        data["hosted"],
        json!([{ "value": 22.0, "asOf": "2020-06" }])
    );
    let projects = data["projects"].as_array().expect("figures");
    let by = |dimension: Value| {
        projects
            .iter()
            .find(|figure| figure["dimension"] == dimension)
            .map(|figure| figure["value"].clone())
    };
    assert_eq!(by(Value::Null), Some(json!(59.0)));
    assert_eq!(by(json!("TRANSPORT")), Some(json!(26.0)));
    assert_eq!(
        data["budget"],
        json!([{ "value": 782_900_000_000.0, "unit": "KRW", "asOf": "2018-04" }])
    );

    let seoul = &data["seoul"];
    assert_eq!(
        seoul["sisters"].as_array().expect("sisters").len(),
        23,
        "all 23 sister cities are named"
    );
    let friends = seoul["friends"].as_array().expect("friends");
    assert!(
        (22..=48).contains(
            &friends
                .iter()
                .filter(|agreement| agreement["status"] != "ENDED")
                .count()
        ),
        "{}",
        friends.len()
    );
    let hosted: Vec<&Value> = seoul["hostedOffices"]
        .as_array()
        .expect("offices")
        .iter()
        .collect();
    assert_eq!(
        hosted.len(),
        22,
        "all 22 organizations hosted in Seoul as of June 2020"
    );
}

#[tokio::test]
async fn importing_the_bundled_dataset_again_changes_nothing() {
    let (db, _database) = loaded_database(Backend::Sqlite).await.expect("SQLite");
    let again = dataset::import(&db, &Dataset::read(&data_dir()).expect("read data/"))
        .await
        .expect("second import");
    assert!(again.changed_nothing(), "{again}");
    assert!(again.unchanged > 500, "{again}");
}

#[tokio::test]
async fn import_then_export_reproduces_the_dataset_files_byte_for_byte() {
    let (db, _database) = fresh_database(Backend::Sqlite).await.expect("SQLite");
    paradiplo::startup::prepare(&db, false)
        .await
        .expect("migrate");
    dataset::import(&db, &Dataset::read(&data_dir()).expect("read data/"))
        .await
        .expect("import");
    let out = tempfile::tempdir().expect("a temporary directory");
    dataset::export(&db, out.path()).await.expect("export");
    for file in FILES {
        let original = std::fs::read_to_string(data_dir().join(file)).expect("the bundled file");
        let exported = std::fs::read_to_string(out.path().join(file)).expect("the exported file");
        assert!(
            original == exported,
            "{file} differs after import and export; run `paradiplo export data/` to see how"
        );
    }
}

#[tokio::test]
async fn the_embedded_dataset_is_the_data_folder() {
    assert_eq!(
        Dataset::bundled().expect("embedded"),
        Dataset::read(&data_dir()).expect("read data/")
    );
}

#[tokio::test]
async fn an_invalid_dataset_is_reported_record_by_record_and_nothing_is_written() {
    let (db, _database) = fresh_database(Backend::Sqlite).await.expect("SQLite");
    paradiplo::startup::prepare(&db, false)
        .await
        .expect("migrate");
    let mut broken = Dataset::bundled().expect("embedded");
    broken.agreements[0].parties[1] = "atlantis".into();
    let duplicate = broken.cities[0].clone();
    broken.cities.push(duplicate);
    broken.countries[0].code = "kor".into();
    broken.memberships[0].joined_year = Some(20011);
    broken.events[0].start = Some("2011-13".into());

    let error = dataset::import(&db, &broken)
        .await
        .expect_err("the broken dataset is refused")
        .to_string();
    for expected in [
        "agreements.json: record",
        "unknown city `atlantis`",
        "cities.json: record",
        "appears more than once",
        "countries.json: record `kor`",
        "not an ISO 3166-1 alpha-2 code",
        "memberships.json: record",
        "`joined_year` 20011",
        "events.json: record",
        "`start` `2011-13`",
    ] {
        assert!(
            error.contains(expected),
            "missing `{expected}` in:\n{error}"
        );
    }
    let report = dataset::import(&db, &Dataset::default())
        .await
        .expect("an empty import");
    assert!(report.changed_nothing());
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        entity::city::Entity::find()
            .count(&db)
            .await
            .expect("count"),
        0,
        "nothing was half-loaded"
    );
    assert_eq!(
        entity::source::Entity::find()
            .count(&db)
            .await
            .expect("count"),
        0,
        "nothing was half-loaded"
    );
}

#[tokio::test]
async fn a_single_file_imports_against_what_the_database_already_holds() {
    let (db, _database) = loaded_database(Backend::Sqlite).await.expect("SQLite");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut agreements: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(data_dir().join("agreements.json")).expect("read"),
    )
    .expect("json");
    agreements[0]["note"] = json!("corrected by an editor");
    let file = dir.path().join("agreements.json");
    std::fs::write(
        &file,
        serde_json::to_string_pretty(&agreements).expect("json"),
    )
    .expect("write");

    let report = dataset::import(&db, &Dataset::read(&file).expect("read one file"))
        .await
        .expect("import");
    assert_eq!((report.inserted, report.updated), (0, 1), "{report}");
    let versions = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT max(version) AS newest, min(version) AS oldest FROM agreement",
        ))
        .await
        .expect("versions")
        .expect("a row");
    let newest: i32 = versions.try_get("", "newest").expect("newest");
    let oldest: i32 = versions.try_get("", "oldest").expect("oldest");
    assert_eq!(
        (oldest, newest),
        (1, 2),
        "the corrected agreement is a new version"
    );

    let unknown = dir.path().join("notes.json");
    std::fs::write(&unknown, "[]").expect("write");
    let error = Dataset::read(&unknown)
        .expect_err("not a dataset file")
        .to_string();
    assert!(error.contains("not a dataset file"), "{error}");
}
