//! Models read by position (`entity::row`) are the models SeaORM reads by name: every table of
//! the bundled data, nulls included, on both engines; a statement whose columns come in another
//! order is read by name; a null where the model has no `Option` is an error, not a panic.

use std::fmt::Debug;

use entity::row::{self, ReadRow};
use entity::*;
use paradiplo::db::Db;
use sea_orm::{ConnectionTrait, EntityTrait, Iterable, QuerySelect, QueryTrait, Statement};

use crate::common::{Backend, world_database};

/// The table's models read both ways; how many there are.
async fn read_alike<E>(db: &Db) -> usize
where
    E: EntityTrait<Model: ReadRow + PartialEq + Debug>,
{
    let table = E::default().table_name();
    let rows = db
        .query_all_raw(E::find().build(db.get_database_backend()))
        .await
        .expect("the rows");
    assert!(
        rows.first().is_none_or(E::Model::fits),
        "{table}: the select's columns are the model's, by name and type"
    );
    let by_name = E::find().all(db).await.expect("read by name");
    let by_position = row::all(E::find(), db).await.expect("read by position");
    assert_eq!(by_position, by_name, "{table}");
    by_name.len()
}

async fn every_table_reads_alike_by_position_and_by_name(backend: Backend) {
    let Some((db, _database)) = world_database(backend).await else {
        return;
    };
    let counts = [
        read_alike::<agreement::Entity>(&db).await,
        read_alike::<api_key::Entity>(&db).await,
        read_alike::<audit_log::Entity>(&db).await,
        read_alike::<citation::Entity>(&db).await,
        read_alike::<city::Entity>(&db).await,
        read_alike::<country::Entity>(&db).await,
        read_alike::<country_group::Entity>(&db).await,
        read_alike::<country_group_member::Entity>(&db).await,
        read_alike::<deleted_record::Entity>(&db).await,
        read_alike::<event::Entity>(&db).await,
        read_alike::<hosted_office::Entity>(&db).await,
        read_alike::<idempotency_key::Entity>(&db).await,
        read_alike::<membership::Entity>(&db).await,
        read_alike::<organization::Entity>(&db).await,
        read_alike::<period::Entity>(&db).await,
        read_alike::<policy_export::Entity>(&db).await,
        read_alike::<program::Entity>(&db).await,
        read_alike::<source::Entity>(&db).await,
        read_alike::<statistic::Entity>(&db).await,
    ];
    assert!(
        counts[4] > 5_000,
        "the world's cities, most without a Korean name: {counts:?}"
    );

    // The columns in reverse: not the model's order, so read by name.
    let reversed = city::Entity::find()
        .select_only()
        .columns(city::Column::iter().collect::<Vec<_>>().into_iter().rev());
    let rows = db
        .query_all_raw(reversed.build(db.get_database_backend()))
        .await
        .expect("the reversed columns");
    let read: Vec<city::Model> = row::read_rows(&rows).expect("read by name");
    assert_eq!(
        read,
        city::Entity::find().all(&db).await.expect("the cities")
    );

    let null_name = Statement::from_string(
        db.get_database_backend(),
        "SELECT id, slug, first_key, NULL AS name_en, name_ko, kind, country_id, latitude, \
         longitude, wikidata_id, version FROM city",
    );
    let rows = db.query_all_raw(null_name).await.expect("the rows");
    let error = row::read_rows::<city::Model>(&rows).expect_err("a null English name");
    assert!(
        error
            .to_string()
            .contains("column 3 is null where a value is required"),
        "{error}"
    );
}

#[tokio::test]
async fn every_table_reads_alike_by_position_and_by_name_on_sqlite() {
    every_table_reads_alike_by_position_and_by_name(Backend::Sqlite).await;
}

#[tokio::test]
async fn every_table_reads_alike_by_position_and_by_name_on_postgres() {
    every_table_reads_alike_by_position_and_by_name(Backend::Postgres).await;
}
