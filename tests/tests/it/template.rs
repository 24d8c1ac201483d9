//! The tests' databases are copies of a template prepared once per run: a copy holds, row for
//! row, what the server's own start-up leaves in a new database.

use std::collections::BTreeMap;

use paradiplo::app::App;
use paradiplo::config::{BundledData, Config};
use paradiplo::db::Db;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::common::{Backend, fresh_database, loaded_database, world_database};

async fn a_copy_of_the_template_holds_what_the_server_s_start_up_leaves(backend: Backend) {
    for bundled in [BundledData::Seoul, BundledData::All] {
        a_copy_holds_what_the_start_up_with_the_setting_leaves(backend, bundled).await;
    }
}

/// The template of `loaded_database` (the Seoul dataset) or of `world_database` (all the
/// bundled data) against a start with `--dataset seoul` or the default setting.
async fn a_copy_holds_what_the_start_up_with_the_setting_leaves(
    backend: Backend,
    bundled: BundledData,
) {
    let copied = match bundled {
        BundledData::Seoul => loaded_database(backend).await,
        BundledData::All => world_database(backend).await,
    };
    let Some((copy, _copy)) = copied else {
        return;
    };
    let (started, database) = fresh_database(backend).await.expect("the same server");
    let mut config = Config::with_database(database.url());
    config.dataset = bundled;
    let _app = App::build(&config)
        .await
        .expect("start the server on the new database");

    let (copied, started) = (contents(&copy).await, contents(&started).await);
    assert_eq!(
        copied.keys().collect::<Vec<_>>(),
        started.keys().collect::<Vec<_>>(),
        "the same tables"
    );
    for (table, rows) in &started {
        assert!(
            copied[table] == *rows,
            "{table} differs ({bundled:?}): {} rows in the copy, {} after a start",
            copied[table].len(),
            rows.len()
        );
    }
}

#[tokio::test]
async fn a_copy_of_the_template_holds_what_the_server_s_start_up_leaves_on_sqlite() {
    a_copy_of_the_template_holds_what_the_server_s_start_up_leaves(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_copy_of_the_template_holds_what_the_server_s_start_up_leaves_on_postgres() {
    a_copy_of_the_template_holds_what_the_server_s_start_up_leaves(Backend::Postgres).await;
}

/// Every table's rows as text, sorted, by table (the search index's own tables and SQLite's
/// `sqlite_sequence` and schema included), and the sequences' positions on PostgreSQL. When
/// each migration ran is left out: that differs by nature.
async fn contents(db: &Db) -> BTreeMap<String, Vec<String>> {
    let mut contents = BTreeMap::new();
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            let tables = "SELECT name AS row FROM sqlite_schema WHERE type = 'table' \
                          UNION ALL SELECT 'sqlite_schema'";
            for table in rows(db, tables).await {
                let columns = format!(
                    "SELECT group_concat(format('quote(\"%w\")', name), ' || '','' || ') AS row \
                     FROM pragma_table_info('{table}') WHERE name <> 'applied_at'"
                );
                let row = rows(db, &columns).await.concat();
                let table_rows = rows(db, &format!("SELECT {row} AS row FROM \"{table}\"")).await;
                contents.insert(table, table_rows);
            }
        }
        _ => {
            let tables = "SELECT format('%I.%I', schemaname, tablename) AS row FROM pg_tables \
                          WHERE schemaname NOT IN ('pg_catalog', 'information_schema')";
            for table in rows(db, tables).await {
                let select =
                    format!("SELECT (to_jsonb(t) - 'applied_at')::text AS row FROM {table} t");
                contents.insert(table, rows(db, &select).await);
            }
            let sequences =
                "SELECT format('%s %s', sequencename, last_value) AS row FROM pg_sequences";
            contents.insert("sequences".into(), rows(db, sequences).await);
        }
    }
    contents
}

/// The `row` column of what `select` returns, sorted.
async fn rows(db: &Db, select: &str) -> Vec<String> {
    let statement = Statement::from_string(db.get_database_backend(), select);
    let mut rows: Vec<String> = db
        .query_all_raw(statement)
        .await
        .unwrap_or_else(|error| panic!("{select}: {error}"))
        .iter()
        .map(|row| row.try_get("", "row").expect("a text"))
        .collect();
    rows.sort();
    rows
}
