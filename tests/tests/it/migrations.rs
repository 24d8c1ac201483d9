//! Every migration goes up and down cleanly, on both databases.

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};

use crate::common::{Backend, fresh_database};

async fn table_count(db: &DatabaseConnection) -> i64 {
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
    Migrator::up(&db, None).await.expect("up");
    let tables = table_count(&db).await;
    assert!(
        tables >= 16,
        "the 15 tables of the model and the search index: {tables}"
    );
    Migrator::down(&db, None).await.expect("down");
    assert_eq!(table_count(&db).await, 0, "down leaves no table behind");
    Migrator::up(&db, None).await.expect("up again");
    assert_eq!(table_count(&db).await, tables);
}

#[tokio::test]
async fn migrations_go_up_and_down_cleanly_on_sqlite() {
    migrations_go_up_and_down_cleanly(Backend::Sqlite).await;
}

#[tokio::test]
async fn migrations_go_up_and_down_cleanly_on_postgres() {
    migrations_go_up_and_down_cleanly(Backend::Postgres).await;
}
