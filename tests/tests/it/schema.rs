//! The schema as clients see it: the published `schema.graphql`, and descriptions everywhere.

use paradiplo::config::Config;
use paradiplo::graphql::{Limits, detached_schema, sdl};
use serde_json::Value;

use crate::common::{Backend, spawn_app};

/// The schema published at the repository's root: clients' code generators read it, and it is
/// the reviewed snapshot of the server's SDL.
const PUBLISHED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql");

/// The sorted SDL must match the published schema, so every schema change is a reviewed diff.
/// After an intended change, refresh it with `UPDATE_SNAPSHOTS=1 cargo test --workspace`.
#[test]
fn the_published_schema_is_the_servers_schema() {
    let schema = detached_schema(Limits::from(&Config::with_database("unused")));
    let sdl = sdl(&schema);
    if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|update| update == "1") {
        std::fs::write(PUBLISHED, &sdl).expect("write schema.graphql");
    }
    let expected = std::fs::read_to_string(PUBLISHED).unwrap_or_default();
    assert!(
        sdl == expected,
        "the schema changed; review it and run with UPDATE_SNAPSHOTS=1 to accept:\n{sdl}"
    );
}

const INTROSPECTION: &str = r#"{ __schema { types { name kind description
    fields { name description args { name description } }
    enumValues { name description } } } }"#;

#[tokio::test]
async fn every_type_field_argument_and_enum_value_is_described() {
    let app = spawn_app(Backend::Sqlite).await.expect("SQLite");
    let data = app.data(INTROSPECTION).await;
    let mut missing = Vec::new();
    let described = |value: &Value| value.as_str().is_some_and(|text| !text.trim().is_empty());
    for ty in data["__schema"]["types"].as_array().expect("types") {
        let name = ty["name"].as_str().unwrap_or_default();
        if name.starts_with("__") || ty["kind"] == "SCALAR" {
            continue;
        }
        // async-graphql's generic Relay connection types have no type description of their
        // own (their fields do): the one exception.
        if !described(&ty["description"]) && !name.ends_with("Connection") {
            missing.push(name.to_string());
        }
        for field in ty["fields"].as_array().into_iter().flatten() {
            let field_name = format!("{name}.{}", field["name"].as_str().unwrap_or_default());
            if !described(&field["description"]) {
                missing.push(field_name.clone());
            }
            for arg in field["args"].as_array().into_iter().flatten() {
                if !described(&arg["description"]) {
                    missing.push(format!(
                        "{field_name}({})",
                        arg["name"].as_str().unwrap_or_default()
                    ));
                }
            }
        }
        for value in ty["enumValues"].as_array().into_iter().flatten() {
            if !described(&value["description"]) {
                missing.push(format!(
                    "{name}.{}",
                    value["name"].as_str().unwrap_or_default()
                ));
            }
        }
    }
    assert!(missing.is_empty(), "undescribed: {missing:?}");
}
