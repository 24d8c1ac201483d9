//! The command line as a user runs it: `paradiplo import` and `paradiplo export`.

use clap::Parser;
use paradiplo::cli::Cli;
use paradiplo::dataset::FILES;

use crate::common::data_dir;

async fn run(args: &[&str]) -> anyhow::Result<()> {
    Cli::try_parse_from(std::iter::once("paradiplo").chain(args.iter().copied()))?
        .run()
        .await
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
