//! Ids that survive renames. A record's global id is made of its natural key (slug, key or
//! code); `first_key` keeps the key it was created with once a rename changes it, so the id
//! stays. It is NULL until then, so the ids of existing records do not change, and a unique
//! index on `COALESCE(first_key, <key>)` keeps two records from ever sharing an id (it is
//! also the index that finds a record by its id).

use sea_orm_migration::sea_orm::ConnectionTrait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables whose records editors may rename, and their natural key.
const RENAMEABLE: [(&str, &str); 6] = [
    ("source", "key"),
    ("country", "code"),
    ("city", "slug"),
    ("organization", "slug"),
    ("policy_export", "slug"),
    ("event", "slug"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, key) in RENAMEABLE {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(string_null(Alias::new("first_key")))
                        .to_owned(),
                )
                .await?;
            manager
                .get_connection()
                .execute_unprepared(&format!(
                    "CREATE UNIQUE INDEX {table}_id_key ON {table} (COALESCE(first_key, {key}))"
                ))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, _) in RENAMEABLE {
            manager
                .get_connection()
                .execute_unprepared(&format!("DROP INDEX {table}_id_key"))
                .await?;
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(Alias::new("first_key"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
