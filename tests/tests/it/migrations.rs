//! Every migration goes up and down cleanly, on both databases: down to zero leaves nothing,
//! and up again makes the very same schema. The audit log the migrations make is append-only.

use std::collections::BTreeSet;

use migration::{Migrator, MigratorTrait};
use paradiplo::db::Db;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

use crate::common::{Backend, fresh_database};

async fn table_count(db: &Db) -> i64 {
    let sql = match db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => {
            "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'seaql_migrations'"
        }
        _ => {
            "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'seaql_migrations'"
        }
    };
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("query")
        .expect("a row");
    row.try_get("", "n").expect("a count")
}

async fn migrations_go_up_and_down_cleanly(backend: Backend) {
    let Some((db, _database)) = fresh_database(backend).await else {
        return;
    };
    Migrator::up(db.sea(), None).await.expect("up");
    let tables = table_count(&db).await;
    assert!(
        tables >= 16,
        "the 15 tables of the model and the search index: {tables}"
    );
    Migrator::down(db.sea(), None).await.expect("down");
    assert_eq!(table_count(&db).await, 0, "down leaves no table behind");
    Migrator::up(db.sea(), None).await.expect("up again");
    assert_eq!(table_count(&db).await, tables);
}

/// The schema as the database's catalog describes it, one sorted line per object or column
/// (the migrator's own bookkeeping table left out, since down leaves it in place).
async fn schema_dump(db: &Db) -> Vec<String> {
    let backend = db.get_database_backend();
    let queries: &[&str] = match backend {
        DatabaseBackend::Sqlite => &[
            // Tables, indexes, triggers and the FTS5 shadow tables, with their SQL.
            "SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || coalesce(sql, '') AS line \
             FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
        ],
        _ => &[
            "SELECT 'relation ' || relname || ' kind ' || relkind::text AS line \
             FROM pg_class WHERE relnamespace = 'public'::regnamespace",
            "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type \
             || ' (' || udt_name || ') nullable ' || is_nullable \
             || ' default ' || coalesce(column_default, '-') \
             || ' generated ' || coalesce(generation_expression, '-') AS line \
             FROM information_schema.columns WHERE table_schema = 'public'",
            "SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ': ' \
             || pg_get_constraintdef(oid) AS line \
             FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
            "SELECT 'index ' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public'",
            "SELECT 'options ' || relname || ' ' || array_to_string(reloptions, ',') AS line \
             FROM pg_class WHERE relnamespace = 'public'::regnamespace AND reloptions IS NOT NULL",
            "SELECT 'trigger ' || pg_get_triggerdef(t.oid) AS line \
             FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid \
             WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace",
            "SELECT 'function ' || proname || '(' || pg_get_function_arguments(oid) || '): ' \
             || prosrc AS line FROM pg_proc WHERE pronamespace = 'public'::regnamespace",
            "SELECT 'sequence ' || sequence_name || ' ' || data_type || ' from ' || start_value \
             AS line FROM information_schema.sequences WHERE sequence_schema = 'public'",
            "SELECT 'type ' || typname || ' ' || typtype::text AS line FROM pg_type \
             WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'r', 'm')",
        ],
    };
    let mut lines = Vec::new();
    for sql in queries {
        for row in db
            .query_all_raw(Statement::from_string(backend, *sql))
            .await
            .expect("read the catalog")
        {
            let line: String = row.try_get("", "line").expect("a line");
            if !line.contains("seaql_migrations") {
                lines.push(line);
            }
        }
    }
    lines.sort();
    lines
}

/// Asserts two dumps are equal, naming the lines only one of them has.
fn assert_same_schema(
    what: &str,
    (left, first): (&str, &[String]),
    (right, second): (&str, &[String]),
) {
    let first_set: BTreeSet<&String> = first.iter().collect();
    let second_set: BTreeSet<&String> = second.iter().collect();
    let only_first: Vec<_> = first_set.difference(&second_set).collect();
    let only_second: Vec<_> = second_set.difference(&first_set).collect();
    assert!(
        first == second,
        "{what}\n- only {left}:\n{only_first:#?}\n+ only {right}:\n{only_second:#?}"
    );
}

async fn up_down_to_zero_and_up_again_makes_the_same_schema(backend: Backend) {
    let Some((db, _database)) = fresh_database(backend).await else {
        return;
    };
    Migrator::up(db.sea(), None).await.expect("up");
    let first = schema_dump(&db).await;
    assert!(
        first
            .iter()
            .any(|line| line.contains("audit_log_append_only")),
        "the dump includes triggers: {first:#?}"
    );

    Migrator::down(db.sea(), None).await.expect("down to zero");
    assert_same_schema(
        "down to zero leaves nothing behind",
        ("after down", &schema_dump(&db).await),
        ("in an empty database", &[]),
    );

    Migrator::up(db.sea(), None).await.expect("up again");
    assert_same_schema(
        "up again makes the same schema",
        ("after the first up", &first),
        ("after up again", &schema_dump(&db).await),
    );
}

#[tokio::test]
async fn up_down_to_zero_and_up_again_makes_the_same_schema_on_sqlite() {
    up_down_to_zero_and_up_again_makes_the_same_schema(Backend::Sqlite).await;
}

#[tokio::test]
async fn up_down_to_zero_and_up_again_makes_the_same_schema_on_postgres() {
    up_down_to_zero_and_up_again_makes_the_same_schema(Backend::Postgres).await;
}

async fn audit_entries(db: &Db) -> Vec<String> {
    let backend = db.get_database_backend();
    db.query_all_raw(Statement::from_string(
        backend,
        "SELECT actor FROM audit_log ORDER BY id",
    ))
    .await
    .expect("read the audit log")
    .into_iter()
    .map(|row| row.try_get("", "actor").expect("an actor"))
    .collect()
}

async fn the_audit_log_refuses_updates_and_deletes(backend: Backend) {
    // Arrange: an entry, written the way the application writes one.
    let Some((db, _database)) = fresh_database(backend).await else {
        return;
    };
    Migrator::up(db.sea(), None).await.expect("up");
    db.execute_unprepared(
        "INSERT INTO audit_log (at, actor, role, action, record_type, record_id, record_key) \
         VALUES ('2026-11-25T12:00:00Z', 'ada', 'EDITOR', 'CREATE', 'City', 1, 'testville')",
    )
    .await
    .expect("an entry can be added");

    // Act and assert: neither a change nor a removal gets through, whole-table or by row
    // (SQLite has no TRUNCATE; its `DELETE FROM` without WHERE is covered).
    let mut tampering = vec![
        "UPDATE audit_log SET actor = 'mallory'",
        "UPDATE audit_log SET reason = 'tampered' WHERE actor = 'ada'",
        "DELETE FROM audit_log",
        "DELETE FROM audit_log WHERE actor = 'ada'",
    ];
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        tampering.push("TRUNCATE audit_log");
    }
    for sql in tampering {
        let error = db
            .execute_unprepared(sql)
            .await
            .expect_err(&format!("{sql} must fail"));
        assert!(
            error.to_string().contains("the audit log is append-only"),
            "{sql}: {error}"
        );
    }
    assert_eq!(audit_entries(&db).await, ["ada"], "the entry is as written");
}

#[tokio::test]
async fn the_audit_log_refuses_updates_and_deletes_on_sqlite() {
    the_audit_log_refuses_updates_and_deletes(Backend::Sqlite).await;
}

#[tokio::test]
async fn the_audit_log_refuses_updates_and_deletes_on_postgres() {
    the_audit_log_refuses_updates_and_deletes(Backend::Postgres).await;
}

#[tokio::test]
async fn migrations_go_up_and_down_cleanly_on_sqlite() {
    migrations_go_up_and_down_cleanly(Backend::Sqlite).await;
}

#[tokio::test]
async fn migrations_go_up_and_down_cleanly_on_postgres() {
    migrations_go_up_and_down_cleanly(Backend::Postgres).await;
}

/// A GIN pending list is scanned in full by every search until a vacuum merges it: the search
/// index has none, so a search right after an import is as fast as any other.
#[tokio::test]
async fn the_search_index_keeps_no_pending_list_on_postgres() {
    let Some((db, _database)) = fresh_database(Backend::Postgres).await else {
        return;
    };
    Migrator::up(db.sea(), None).await.expect("up");
    let options: Option<String> = db
        .query_one_raw(Statement::from_string(
            DatabaseBackend::Postgres,
            "SELECT array_to_string(reloptions, ',') AS options FROM pg_class \
             WHERE relname = 'search_document_document'",
        ))
        .await
        .expect("read the index's options")
        .and_then(|row| row.try_get("", "options").ok());
    assert_eq!(options.as_deref(), Some("fastupdate=off"));
}

/// How many steps `Migrator::down` takes to undo the migration `name` and every one after it.
pub fn steps_back_through(name: &str) -> u32 {
    let migrations = Migrator::migrations();
    let position = migrations
        .iter()
        .position(|migration| migration.name() == name)
        .unwrap_or_else(|| panic!("no migration {name}"));
    u32::try_from(migrations.len() - position).expect("a few migrations")
}

async fn counts(db: &Db) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in ["city", "agreement", "citation", "country"] {
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                format!("SELECT count(*) AS n FROM {table}"),
            ))
            .await
            .expect("count")
            .expect("a row");
        counts.push(row.try_get("", "n").expect("a count"));
    }
    counts
}

/// The world twinning migration replaces SQLite columns in place rather than rebuilding
/// tables (which would cascade-delete citations): down and up again keep every row, and
/// down refuses while rows exist that the schema before it cannot hold.
async fn the_world_twinning_migration_goes_down_and_up_keeping_the_data(backend: Backend) {
    // Arrange: the Seoul dataset, migrated to the latest schema.
    let Some((db, _database)) = crate::common::loaded_database(backend).await else {
        return;
    };
    let before = counts(&db).await;
    assert!(before.iter().all(|count| *count > 0), "{before:?}");

    // Act and assert: down to before it, then up again, keeping everything.
    let steps = steps_back_through("m20261207_000008_world_twinning");
    Migrator::down(db.sea(), Some(steps))
        .await
        .expect("down to before it");
    assert_eq!(counts(&db).await, before, "down keeps the data");
    let twinning = db
        .execute_unprepared(
            "UPDATE agreement SET kind = 'TWINNING' WHERE id = (SELECT min(id) FROM agreement)",
        )
        .await;
    assert!(twinning.is_err(), "the schema before knows no TWINNING");
    Migrator::up(db.sea(), None).await.expect("up again");
    assert_eq!(counts(&db).await, before, "up again keeps the data");
    db.execute_unprepared("UPDATE city SET name_ko = NULL WHERE slug = 'bandung'")
        .await
        .expect("a Korean name may be unknown");

    let refused = Migrator::down(db.sea(), Some(steps))
        .await
        .expect_err("down refuses a city without a Korean name");
    assert!(
        refused
            .to_string()
            .contains("1 cities without a Korean name"),
        "{refused}"
    );
    assert_eq!(counts(&db).await, before, "a refused down changes nothing");
}

#[tokio::test]
async fn the_world_twinning_migration_goes_down_and_up_keeping_the_data_on_sqlite() {
    the_world_twinning_migration_goes_down_and_up_keeping_the_data(Backend::Sqlite).await;
}

#[tokio::test]
async fn the_world_twinning_migration_goes_down_and_up_keeping_the_data_on_postgres() {
    the_world_twinning_migration_goes_down_and_up_keeping_the_data(Backend::Postgres).await;
}
