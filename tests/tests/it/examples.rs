//! The frontend kit's operations (`examples/**/*.graphql`) against the real router: each is
//! valid against the schema and answers data, with the variables of its sibling `.json` file.
//! Codegen checks them against `schema.graphql`; this checks that they run.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::common::{TestApp, on_both_databases};

on_both_databases!(every_example_operation_answers_data_without_errors);

/// Every `.graphql` file under `examples/` (its npm packages aside), in a stable order.
fn operations() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a readable folder") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                if path.file_name().is_some_and(|name| name != "node_modules") {
                    walk(&path, found);
                }
            } else if path
                .extension()
                .is_some_and(|extension| extension == "graphql")
            {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples"),
        &mut found,
    );
    found.sort();
    found
}

/// Each root field of `data` is there and holds something: not null, not an empty list.
fn empty_fields(data: &Value) -> Vec<String> {
    match data.as_object() {
        Some(fields) if !fields.is_empty() => fields
            .iter()
            .filter(|(_, value)| value.is_null() || value.as_array().is_some_and(Vec::is_empty))
            .map(|(name, _)| name.clone())
            .collect(),
        _ => vec!["data".to_owned()],
    }
}

async fn every_example_operation_answers_data_without_errors(app: &TestApp) {
    let operations = operations();
    assert!(
        operations.len() >= 5,
        "examples/ has operations: {operations:?}"
    );
    for operation in operations {
        let query = std::fs::read_to_string(&operation).expect("an operation");
        let variables = match std::fs::read_to_string(operation.with_extension("json")) {
            Ok(text) => serde_json::from_str(&text).expect("variables are JSON"),
            Err(_) => json!({}),
        };
        let answer = app.graphql(&query, variables).await;
        let name = operation.display();
        assert!(answer.get("errors").is_none(), "{name}: {answer:#}");
        let empty = empty_fields(&answer["data"]);
        assert!(empty.is_empty(), "{name}: no data in {empty:?}: {answer:#}");
    }
}
