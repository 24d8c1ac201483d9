//! The command line as a user runs it: `paradiplo import`, `paradiplo export`, `paradiplo keys`.

use clap::Parser;
use paradiplo::app::App;
use paradiplo::cli::Cli;
use paradiplo::config::Config;
use paradiplo::dataset::FILES;
use serde_json::{Value, json};

use crate::common::data_dir;

async fn run(args: &[&str]) -> anyhow::Result<()> {
    run_to(args).await.map(|_| ())
}

/// Runs a command and returns what it printed on standard output.
async fn run_to(args: &[&str]) -> anyhow::Result<String> {
    let mut out = Vec::new();
    Cli::try_parse_from(std::iter::once("paradiplo").chain(args.iter().copied()))?
        .run_to(&mut out)
        .await?;
    Ok(String::from_utf8(out)?)
}

#[tokio::test]
async fn import_then_export_on_the_command_line_round_trips_the_data_folder() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    let folder = data_dir();
    let data = folder.to_str().expect("a UTF-8 path");
    run(&["--database-url", &url, "import", data])
        .await
        .expect("import");
    run(&["--database-url", &url, "import", data])
        .await
        .expect("importing again is harmless");
    let out = dir.path().join("out");
    run(&[
        "--database-url",
        &url,
        "export",
        out.to_str().expect("a UTF-8 path"),
    ])
    .await
    .expect("export");
    for file in FILES {
        let original = std::fs::read(folder.join(file)).expect("the bundled file");
        assert!(
            original == std::fs::read(out.join(file)).expect("the exported file"),
            "{file} differs"
        );
    }
}

#[tokio::test]
async fn importing_a_file_that_is_not_part_of_a_dataset_fails_with_a_message() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    let stray = dir.path().join("notes.json");
    std::fs::write(&stray, "[]").expect("write");
    let error = run(&[
        "--database-url",
        &url,
        "import",
        stray.to_str().expect("a UTF-8 path"),
    ])
    .await
    .expect_err("refused");
    assert!(
        error.to_string().contains("not a dataset file"),
        "{error:#}"
    );
}

#[tokio::test]
async fn a_key_made_on_the_command_line_authenticates_until_it_is_revoked() {
    // Arrange: a key made on the command line, and a server on the same database.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cli.db").display());
    let printed = run_to(&[
        "--database-url",
        &url,
        "keys",
        "create",
        "--role",
        "editor",
        "--name",
        "Jane",
    ])
    .await
    .expect("keys create");
    let key = printed.trim();
    assert_eq!(
        printed.lines().count(),
        1,
        "only the key is printed: {printed}"
    );
    assert!(key.starts_with("pdk_"), "{printed}");
    let prefix = key.split('_').nth(1).expect("pdk_<prefix>_<secret>");

    let mut config = Config::with_database(url.clone());
    config.load_bundled = false;
    let app = App::build(&config).await.expect("start the server");
    let endpoint = format!("http://{}/graphql", app.address());
    tokio::spawn(app.run_until_stopped());
    let me = async || -> Value {
        reqwest::Client::new()
            .post(&endpoint)
            .bearer_auth(key)
            .json(&json!({ "query": "{ me { name role } }" }))
            .send()
            .await
            .expect("an answer")
            .json()
            .await
            .expect("JSON")
    };

    // Act and assert: the key works, is listed, and is refused once revoked.
    assert_eq!(
        me().await["data"]["me"],
        json!({ "name": "Jane", "role": "EDITOR" })
    );
    let listed = run_to(&["--database-url", &url, "keys", "list"])
        .await
        .expect("keys list");
    let line = listed
        .lines()
        .find(|line| line.starts_with(prefix))
        .unwrap_or_else(|| panic!("the key is listed: {listed}"));
    assert!(line.contains("editor") && line.ends_with("Jane"), "{line}");
    assert!(!listed.contains(key), "the list holds no secret");
    run_to(&["--database-url", &url, "keys", "revoke", prefix])
        .await
        .expect("keys revoke");
    let refused = me().await;
    assert_eq!(
        refused["errors"][0]["extensions"]["code"], "UNAUTHENTICATED",
        "{refused:#}"
    );
}
