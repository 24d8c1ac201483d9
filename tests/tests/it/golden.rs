//! Golden files: each folder of `tests/golden` holds an analyst's question as a query
//! (`query.graphql`) and its reviewed answer (`response.json`). Every case runs on SQLite and on
//! PostgreSQL and must give the same answer on both, key for key in the order of the query: the
//! answer's text is compared, pretty-printed in its own order. A case runs on the Seoul dataset,
//! or, when its folder holds a file `world`, on the Seoul dataset and the world twinning network
//! as a first start loads them. After an intended change, refresh the answers with
//! `UPDATE_SNAPSHOTS=1 cargo test --workspace` and review the diff.

use std::path::{Path, PathBuf};

use async_graphql_value::ConstValue;
use serde_json::json;

use crate::common::{TestApp, on_both_databases};

on_both_databases!(every_cookbook_question_gets_its_reviewed_answer);

mod world {
    use crate::common::{TestApp, on_both_databases};

    on_both_databases!(with spawn_world: every_world_question_gets_its_reviewed_answer);

    async fn every_world_question_gets_its_reviewed_answer(app: &TestApp) {
        super::answers_are_reviewed(app, true).await;
    }
}

/// The cases, of the world network's (`world`) or of the Seoul dataset's.
fn cases(world: bool) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("golden");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/golden")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.join("query.graphql").exists() && path.join("world").exists() == world)
        .collect();
    cases.sort();
    cases
}

async fn every_cookbook_question_gets_its_reviewed_answer(app: &TestApp) {
    answers_are_reviewed(app, false).await;
}

async fn answers_are_reviewed(app: &TestApp, world: bool) {
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|update| update == "1");
    let mut failures = Vec::new();
    for case in cases(world) {
        let query = std::fs::read_to_string(case.join("query.graphql")).expect("a query");
        let text = app.graphql_text(&query, json!({})).await;
        assert!(!text.contains(r#""errors":"#), "{}: {text}", case.display());
        // An order-keeping value: its pretty text is the answer's, key for key.
        let answer: ConstValue = serde_json::from_str(&text).expect("a JSON answer");
        let answer = serde_json::to_string_pretty(&answer).expect("json") + "\n";
        let expected_file = case.join("response.json");
        if update {
            std::fs::write(&expected_file, &answer).expect("write the answer");
        }
        let expected = std::fs::read_to_string(&expected_file).unwrap_or_default();
        if answer != expected {
            failures.push(
                case.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
    assert!(
        failures.is_empty(),
        "answers changed for {failures:?}; review, then refresh with UPDATE_SNAPSHOTS=1"
    );
}
