//! The world twinning network beside the Seoul dataset: `import-network`'s report checked
//! against counts computed here from the TSV files and the Seoul dataset's JSON, its
//! reconciliation with Seoul's agreements, its refusals with file and line, and the first
//! start that loads both datasets (or the Seoul dataset alone).

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use clap::Parser;
use paradiplo::app::App;
use paradiplo::cli::Cli;
use paradiplo::config::{BundledData, Config};
use paradiplo::dataset::{Network, NetworkError, WORLD_SOURCE, import_network};
use serde_json::{Value, json};

use crate::common::{Backend, TestApp, data_dir, error_code, loaded_database, on_both_databases};
use crate::editing::count;

fn world_file(name: &str) -> PathBuf {
    data_dir().join("world").join(name)
}

/// The rows of a TSV file of the extract, header left out.
fn tsv_rows(name: &str) -> Vec<Vec<String>> {
    std::fs::read_to_string(world_file(name))
        .expect("read the world file")
        .lines()
        .skip(1)
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

/// What the import of the world files into the Seoul dataset must report, computed from the
/// files alone: (cities matched, cities added, links matched, links added).
fn expected_counts() -> (usize, usize, usize, usize) {
    let read = |file: &str| -> Vec<Value> {
        serde_json::from_str(
            &std::fs::read_to_string(data_dir().join(file)).expect("read the dataset file"),
        )
        .expect("JSON")
    };
    let slug_of_id: HashMap<String, String> = read("cities.json")
        .iter()
        .filter_map(|city| {
            Some((
                city["wikidata_id"].as_str()?.to_owned(),
                city["slug"].as_str()?.to_owned(),
            ))
        })
        .collect();
    let agreed: HashSet<(String, String)> = read("agreements.json")
        .iter()
        .map(|agreement| {
            let parties = &agreement["parties"];
            let (a, b) = (
                parties[0].as_str().unwrap_or_default().to_owned(),
                parties[1].as_str().unwrap_or_default().to_owned(),
            );
            if a <= b { (a, b) } else { (b, a) }
        })
        .collect();
    let nodes = tsv_rows("nodes.tsv");
    let matched = nodes
        .iter()
        .filter(|node| slug_of_id.contains_key(&node[0]))
        .count();
    let links = tsv_rows("links.tsv");
    let links_matched = links
        .iter()
        .filter(
            |link| match (slug_of_id.get(&link[0]), slug_of_id.get(&link[1])) {
                (Some(a), Some(b)) => {
                    let pair = if a <= b {
                        (a.clone(), b.clone())
                    } else {
                        (b.clone(), a.clone())
                    };
                    agreed.contains(&pair)
                }
                _ => false,
            },
        )
        .count();
    (
        matched,
        nodes.len() - matched,
        links_matched,
        links.len() - links_matched,
    )
}

async fn import_network_reports_what_it_matched_and_added_and_a_second_run_changes_nothing(
    backend: Backend,
) {
    // Arrange: the Seoul dataset alone.
    let Some((db, _database)) = loaded_database(backend).await else {
        return;
    };
    let network = Network::read(&world_file("nodes.tsv"), &world_file("links.tsv"))
        .expect("the world files are valid");
    let (matched, added, links_matched, links_added) = expected_counts();

    // Act.
    let report = import_network(&db, &network, WORLD_SOURCE)
        .await
        .expect("import the world network");

    // Assert: the counts computed from the files, and none of them zero.
    assert_eq!(
        (
            report.cities_matched,
            report.cities_added,
            report.links_matched,
            report.links_added,
            report.links_present
        ),
        (matched, added, links_matched, links_added, 0),
        "{report}"
    );
    assert!(matched > 0 && links_matched > 0, "{report}");
    assert!(report.ambiguous.is_empty(), "{report}");

    // A second run finds every link cited already, and says nothing changed.
    let again = import_network(&db, &network, WORLD_SOURCE)
        .await
        .expect("import again");
    assert!(again.changed_nothing(), "{again}");
    assert_eq!(
        (again.cities_matched, again.links_present),
        (network.nodes.len(), network.links.len()),
        "{again}"
    );
    assert!(again.to_string().starts_with("nothing changed"), "{again}");
}

#[tokio::test]
async fn import_network_reports_what_it_matched_and_added_and_a_second_run_changes_nothing_on_sqlite()
 {
    import_network_reports_what_it_matched_and_added_and_a_second_run_changes_nothing(
        Backend::Sqlite,
    )
    .await;
}

#[tokio::test]
async fn import_network_reports_what_it_matched_and_added_and_a_second_run_changes_nothing_on_postgres()
 {
    import_network_reports_what_it_matched_and_added_and_a_second_run_changes_nothing(
        Backend::Postgres,
    )
    .await;
}

async fn seoul_and_tokyo_keep_one_agreement_that_now_cites_wikidata(app: &TestApp) {
    let data = app
        .data(
            r#"{ city(wikidataId: "Q8684") { slug nameKo wikidataId
                agreements(filter: { partner: { slug: { eq: "tokyo" } } }) {
                    kind signedOn sources { locator source { key } } } } }"#,
        )
        .await;
    let city = &data["city"];
    assert_eq!(
        (&city["slug"], &city["nameKo"], &city["wikidataId"]),
        (&json!("seoul"), &json!("서울특별시"), &json!("Q8684"))
    );
    let agreements = city["agreements"].as_array().expect("a list");
    assert_eq!(agreements.len(), 1, "one agreement: {agreements:#?}");
    assert_eq!(agreements[0]["kind"], "SISTER");
    assert_eq!(agreements[0]["signedOn"], "1988");
    let sources = agreements[0]["sources"].as_array().expect("a list");
    assert!(
        sources.contains(&json!({ "locator": "Q8684–Q1490", "source": { "key": WORLD_SOURCE } })),
        "the Wikidata link is cited: {sources:#?}"
    );
}

async fn a_twinning_from_the_world_data_has_no_date_and_its_new_city_no_korean_name(app: &TestApp) {
    let data = app
        .data(
            r#"{ city(wikidataId: "Q734532") { slug nameEn nameKo country { code }
                agreements(filter: { partner: { wikidataId: { eq: "Q873835" } } }) {
                    kind signedOn status sources { locator source { key } } } } }"#,
        )
        .await;
    let city = &data["city"];
    assert_eq!(
        (&city["slug"], &city["nameEn"], &city["nameKo"]),
        (&json!("fukaya"), &json!("Fukaya"), &Value::Null)
    );
    assert_eq!(city["country"]["code"], "JP");
    let twinning = &city["agreements"][0];
    assert_eq!(
        (
            &twinning["kind"],
            &twinning["signedOn"],
            &twinning["status"]
        ),
        (&json!("TWINNING"), &Value::Null, &json!("UNKNOWN"))
    );
    assert_eq!(
        twinning["sources"],
        json!([{ "locator": "Q734532–Q873835", "source": { "key": WORLD_SOURCE } }])
    );
    // Taiwan's cities are in TW (the extract's CN-TW), Namibia's in NA.
    let data = app
        .data(
            r#"{ taipei: city(wikidataId: "Q1867") { country { code nameEn } }
                 windhoek: city(wikidataId: "Q3935") { country { code nameEn continent } } }"#,
        )
        .await;
    assert_eq!(
        data["taipei"]["country"],
        json!({ "code": "TW", "nameEn": "Taiwan" })
    );
    assert_eq!(
        data["windhoek"]["country"],
        json!({ "code": "NA", "nameEn": "Namibia", "continent": "AFRICA" })
    );
}

async fn a_city_is_found_by_exactly_one_of_slug_and_wikidata_id(app: &TestApp) {
    for arguments in [r#"(slug: "seoul", wikidataId: "Q8684")"#, ""] {
        let answer = app
            .graphql(&format!("{{ city{arguments} {{ slug }} }}"), json!({}))
            .await;
        assert_eq!(error_code(&answer), "BAD_USER_INPUT", "{answer}");
    }
    let answer = app
        .graphql(r#"{ city(wikidataId: "Q999999999") { slug } }"#, json!({}))
        .await;
    assert_eq!(error_code(&answer), "NOT_FOUND", "{answer}");
    // The search index holds the world's cities.
    let data = app
        .data(r#"{ search(text: "Fukaya", types: [CITY]) { node { ... on City { slug } } } }"#)
        .await;
    assert_eq!(data["search"][0]["node"]["slug"], "fukaya", "{data}");
}

/// Writes `nodes` and `links` into a temporary folder under the names given and reads them;
/// the problems name the files without the folder.
fn read_network(
    (nodes_name, nodes): (&str, &str),
    (links_name, links): (&str, &str),
) -> Result<Network, NetworkError> {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join(nodes_name), nodes).expect("write the nodes");
    std::fs::write(dir.path().join(links_name), links).expect("write the links");
    Network::read(&dir.path().join(nodes_name), &dir.path().join(links_name)).map_err(|error| {
        match error {
            NetworkError::Invalid(problems) => {
                let folder = format!("{}/", dir.path().display());
                NetworkError::Invalid(problems.iter().map(|p| p.replace(&folder, "")).collect())
            }
            error => error,
        }
    })
}

const NODES: &str = "id\tname\tlng\tlat\tcountry\tcountrycd\tcontinent\n\
                     Q1\tOne\t10\t10\tJapan\tJP\tAsia\n\
                     Q2\tTwo\t20\t91\tJapan\tJP\tAsia\n\
                     Q3\tThree\t30\t30\tJapan\t\tAsia\n\
                     Q4\tFour\t40\t40\tNowhere\tZZ\tAsia\n\
                     Q1\tOne again\t10\t10\tJapan\tJP\tAsia\n";

#[test]
fn every_problem_of_a_network_is_reported_with_its_file_and_line() {
    let links = "source\ttarget\nQ1\tQ9\nQ1\tQ1\nQ1\tQ2\nQ2\tQ1\n";
    let Err(NetworkError::Invalid(problems)) =
        read_network(("nodes.tsv", NODES), ("links.tsv", links))
    else {
        panic!("the network is refused");
    };
    let text = problems.join("\n");
    for expected in [
        "nodes.tsv:3: `lat` 91 is out of range (-90 to 90)",
        "nodes.tsv:4: `countrycd` is missing",
        "nodes.tsv:5: `countrycd`: `ZZ` is not a country code the catalogue knows",
        "nodes.tsv:6: the id `Q1` is already on line 2",
        "links.tsv:2: `target` `Q9` is not an id of",
        "links.tsv:3: a self-link: `Q1` to itself",
        "links.tsv:5: the pair `Q2`–`Q1` is already linked on line 4",
    ] {
        assert!(text.contains(expected), "no `{expected}` in:\n{text}");
    }
    assert_eq!(problems.len(), 7, "{text}");
}

#[test]
fn a_missing_column_or_an_unreadable_number_is_reported_too() {
    let Err(NetworkError::Invalid(problems)) = read_network(
        ("nodes.csv", "id,name,lng,lat\nQ1,One,x,1\n"),
        ("links.csv", "source,target\n"),
    ) else {
        panic!("the network is refused");
    };
    assert_eq!(
        problems,
        ["nodes.csv:1: the header lacks the column `countrycd` (it has: id, name, lng, lat)"]
    );
    let Err(NetworkError::Invalid(problems)) = read_network(
        ("nodes.csv", "id,name,lng,lat,countrycd\nQ1,One,x,1,JP\n"),
        ("links.csv", "source,target\n"),
    ) else {
        panic!("the network is refused");
    };
    assert_eq!(problems, ["nodes.csv:2: `lng` `x` is not a number"]);
}

#[tokio::test]
async fn import_network_on_the_command_line_reads_csv_keeping_na_as_namibia() {
    // Arrange: a database with the Seoul dataset, and two CSV files (a quoted name with a
    // comma, Namibia's `NA`, Taiwan as the extract writes it).
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    let data = data_dir();
    let run = async |args: &[&str]| -> anyhow::Result<String> {
        let mut out = Vec::new();
        let mut all = vec!["paradiplo", "--database-url", &url];
        all.extend(args);
        Cli::try_parse_from(all)?.run_to(&mut out).await?;
        Ok(String::from_utf8(out)?)
    };
    run(&["import", data.to_str().expect("UTF-8")])
        .await
        .expect("import the Seoul dataset");
    let nodes = dir.path().join("cities.csv");
    let links = dir.path().join("links.csv");
    std::fs::write(
        &nodes,
        "id,name,lng,lat,country,countrycd,continent\n\
         Q3935,\"Windhoek, Khomas\",17.08,-22.57,Namibia,NA,Africa\n\
         Q1867,Taipei,121.56,25.04,Taiwan,CN-TW,Asia\n\
         Q8684,Seoul,126.99,37.56,South Korea,KR,Asia\n\
         Q10389,Bandung,107.6,-6.9,Indonesia,ID,Asia\n",
    )
    .expect("write the nodes");
    std::fs::write(&links, "source,target\nQ3935,Q8684\nQ1867,Q8684\n").expect("write");
    let args = [
        "import-network",
        nodes.to_str().expect("UTF-8"),
        links.to_str().expect("UTF-8"),
        "--source",
        WORLD_SOURCE,
    ];

    // Act.
    let printed = run(&args).await.expect("import-network");

    // Assert: Windhoek is new, in Namibia; Taipei and Seoul are the Seoul dataset's; Seoul's
    // agreement with Taipei gains a citation, its link with Windhoek is a new twinning.
    assert!(
        printed.contains("cities: 2 matched by Wikidata id, 2 added (1 new countries)"),
        "{printed}"
    );
    // The Seoul dataset's Bandung has no Wikidata id: the new one of the same name and
    // country is listed as an ambiguous match.
    assert!(
        printed.contains("Bandung (ID): node Q10389 (line 5), city `bandung` (no Wikidata id)"),
        "{printed}"
    );
    assert!(
        printed.contains("links: 1 matched existing agreements (citation added), 1 added"),
        "{printed}"
    );
    let again = run(&args).await.expect("import-network again");
    assert!(again.contains("nothing changed"), "{again}");
    let refused = run(&[
        "import-network",
        nodes.to_str().expect("UTF-8"),
        links.to_str().expect("UTF-8"),
        "--source",
        "no-such-source",
    ])
    .await
    .expect_err("an unknown source is refused");
    assert!(
        refused
            .to_string()
            .contains("`no-such-source`: no source has this key"),
        "{refused}"
    );
}

/// Starts the server as a new user would, on an empty SQLite file, and counts its cities.
async fn cities_served_on_first_start(dataset: Option<BundledData>) -> i64 {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("first.db").display()
    );
    let mut config = Config::with_database(url);
    if let Some(dataset) = dataset {
        config.dataset = dataset;
    }
    let app = App::build(&config).await.expect("start the server");
    let endpoint = format!("http://{}/graphql", app.address());
    tokio::spawn(app.run_until_stopped());
    let answer: Value = reqwest::Client::new()
        .post(&endpoint)
        .json(&json!({ "query": "{ citiesConnection { totalCount } }" }))
        .send()
        .await
        .expect("an answer")
        .json()
        .await
        .expect("JSON");
    answer["data"]["citiesConnection"]["totalCount"]
        .as_i64()
        .unwrap_or_else(|| panic!("a count: {answer}"))
}

#[tokio::test]
async fn a_first_start_serves_both_datasets_and_the_seoul_setting_the_seoul_dataset_alone() {
    let (_, added, _, _) = expected_counts();
    assert_eq!(
        cities_served_on_first_start(None).await,
        74 + i64::try_from(added).expect("a count")
    );
    assert_eq!(
        cities_served_on_first_start(Some(BundledData::Seoul)).await,
        74
    );
}

async fn the_world_database_holds_one_citation_per_new_city_and_per_link(app: &TestApp) {
    let (_, added, _, _) = expected_counts();
    let links = tsv_rows("links.tsv").len();
    let world_citations = count(
        app,
        "citation JOIN source ON source.id = citation.source_id \
         WHERE source.key = 'wikidata-twinnings'",
    )
    .await;
    assert_eq!(
        world_citations,
        i64::try_from(added + links).expect("a count")
    );
    assert_eq!(
        count(app, "city WHERE wikidata_id IS NOT NULL").await,
        i64::try_from(tsv_rows("nodes.tsv").len()).expect("a count")
    );
}

/// A Wikidata id is set by edits like any field, unique: a second city taking one is a
/// conflict naming it, and a malformed one is bad input.
async fn editors_set_wikidata_ids_that_no_two_cities_share(app: &TestApp) {
    let editor = &crate::editing::Editor::new(app).await;
    let mut input = crate::editing::city("testville");
    input["wikidataId"] = json!("Q8684");
    input["nameKo"] = Value::Null;
    let clash = editor
        .edit(crate::editing::CREATE_CITY, json!({ "input": input }))
        .await;
    assert_eq!(error_code(&clash), "CONFLICT", "{clash:#}");
    assert!(
        crate::common::error_message(&clash).contains("Wikidata id (`Q8684`)"),
        "{clash:#}"
    );
    input["wikidataId"] = json!("8684");
    let malformed = editor
        .edit(crate::editing::CREATE_CITY, json!({ "input": input }))
        .await;
    assert_eq!(error_code(&malformed), "BAD_USER_INPUT", "{malformed:#}");
    input["wikidataId"] = json!("Q4242424242");
    let created = editor
        .edit(crate::editing::CREATE_CITY, json!({ "input": input }))
        .await;
    assert!(created.get("errors").is_none(), "{created:#}");
    let data = app
        .data(r#"{ city(wikidataId: "Q4242424242") { slug nameKo } }"#)
        .await;
    assert_eq!(data["city"], json!({ "slug": "testville", "nameKo": null }));
}

on_both_databases!(with spawn_world:
    editors_set_wikidata_ids_that_no_two_cities_share,
    seoul_and_tokyo_keep_one_agreement_that_now_cites_wikidata,
    a_twinning_from_the_world_data_has_no_date_and_its_new_city_no_korean_name,
    a_city_is_found_by_exactly_one_of_slug_and_wikidata_id,
    the_world_database_holds_one_citation_per_new_city_and_per_link,
);

/// The export of a database with the world data, imported into an empty database, gives the
/// same data: exporting that one again writes the very same files.
async fn an_export_of_the_world_data_imports_into_an_empty_database_as_it_was(backend: Backend) {
    // Arrange
    let Some((world, _world)) = crate::common::world_database(backend).await else {
        return;
    };
    let Some((empty, _empty)) = crate::common::fresh_database(backend).await else {
        return;
    };
    paradiplo::startup::prepare(&empty, false)
        .await
        .expect("migrate");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));

    // Act
    paradiplo::dataset::export(&world, &first)
        .await
        .expect("export the world data");
    let dataset = paradiplo::dataset::Dataset::read(&first).expect("read the export");
    paradiplo::dataset::import(&empty, &dataset)
        .await
        .expect("import the export");
    paradiplo::dataset::export(&empty, &second)
        .await
        .expect("export again");

    // Assert
    assert_eq!(
        dataset.cities.len(),
        74 + expected_counts().1,
        "the world's cities are exported"
    );
    for file in paradiplo::dataset::FILES {
        let (a, b) = (first.join(file), second.join(file));
        assert!(
            std::fs::read(&a).expect("exported") == std::fs::read(&b).expect("exported again"),
            "{file} differs after a round trip"
        );
    }
}

#[tokio::test]
async fn an_export_of_the_world_data_imports_into_an_empty_database_as_it_was_on_sqlite() {
    an_export_of_the_world_data_imports_into_an_empty_database_as_it_was(Backend::Sqlite).await;
}

#[tokio::test]
async fn an_export_of_the_world_data_imports_into_an_empty_database_as_it_was_on_postgres() {
    an_export_of_the_world_data_imports_into_an_empty_database_as_it_was(Backend::Postgres).await;
}

#[tokio::test]
async fn a_country_code_the_catalogue_does_not_know_is_refused_naming_file_and_record() {
    let Some((db, _database)) = crate::common::fresh_database(Backend::Sqlite).await else {
        return;
    };
    paradiplo::startup::prepare(&db, false)
        .await
        .expect("migrate");
    let mut dataset = paradiplo::dataset::Dataset::bundled().expect("the bundled dataset");
    dataset.countries[0].code = "ZZ".into();
    let error = paradiplo::dataset::import(&db, &dataset)
        .await
        .expect_err("an unknown code is refused")
        .to_string();
    assert!(
        error.contains(
            "countries.json: record `ZZ`: `code`: `ZZ` is not a country code the catalogue knows"
        ),
        "{error}"
    );
}
