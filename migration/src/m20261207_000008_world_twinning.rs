//! The world's twinning graph beside Seoul's record: cities carry their Wikidata id (unique,
//! NULL where none is known), a city's Korean name may be unknown (no source gives one for
//! most of the world's cities, and none is invented), and an agreement may be a `TWINNING`,
//! a twinning whose type the source does not state.
//!
//! SQLite cannot alter a column's NOT NULL or CHECK, and the usual table rebuild would
//! cascade-delete the citations of every agreement (their foreign keys say ON DELETE CASCADE,
//! and foreign keys are on in every connection of the pool). So a column is replaced in
//! place instead: renamed, a new one added with the new constraint, the values copied, the
//! old one dropped (SQLite drops a column whose only CHECK is its own). PostgreSQL alters the
//! column and its constraint directly.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The kinds of agreement before and after this migration (spelled out, as migrations do).
const KINDS_BEFORE: &[&str] = &["SISTER", "FRIENDSHIP", "PARTNERSHIP"];
const KINDS_AFTER: &[&str] = &["SISTER", "FRIENDSHIP", "PARTNERSHIP", "TWINNING"];

fn one_of(kinds: &[&str]) -> String {
    let list = kinds
        .iter()
        .map(|kind| format!("'{kind}'"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("kind IN ({list})")
}

/// Replaces SQLite column `column` of `table` by one declared `declaration` (its name left
/// out), keeping every value, and re-creates `indexes` (statements) that the old one was in.
async fn replace_sqlite_column(
    db: &impl ConnectionTrait,
    table: &str,
    column: &str,
    declaration: &str,
    indexes: (&[&str], &[&str]),
) -> Result<(), DbErr> {
    let (drop, create) = indexes;
    for name in drop {
        db.execute_unprepared(&format!("DROP INDEX {name}")).await?;
    }
    db.execute_unprepared(&format!(
        "ALTER TABLE {table} RENAME COLUMN {column} TO {column}_before"
    ))
    .await?;
    db.execute_unprepared(&format!(
        "ALTER TABLE {table} ADD COLUMN {column} {declaration}"
    ))
    .await?;
    db.execute_unprepared(&format!("UPDATE {table} SET {column} = {column}_before"))
        .await?;
    db.execute_unprepared(&format!("ALTER TABLE {table} DROP COLUMN {column}_before"))
        .await?;
    for statement in create {
        db.execute_unprepared(statement).await?;
    }
    Ok(())
}

const PAIR_KIND_INDEX: &str =
    "CREATE UNIQUE INDEX agreement_pair_kind ON agreement (party_a_id, party_b_id, kind)";

async fn count(db: &impl ConnectionTrait, sql: &str) -> Result<i64, DbErr> {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_string(backend, sql))
        .await?
        .ok_or_else(|| DbErr::Custom(format!("no answer to {sql}")))?;
    row.try_get("", "n")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared("ALTER TABLE city ADD COLUMN wikidata_id varchar NULL")
            .await?;
        db.execute_unprepared("CREATE UNIQUE INDEX city_wikidata_id ON city (wikidata_id)")
            .await?;
        match db.get_database_backend() {
            DatabaseBackend::Sqlite => {
                replace_sqlite_column(db, "city", "name_ko", "varchar NULL", (&[], &[])).await?;
                // The default only fills the rows that exist while the column is added (the
                // copy then overwrites it); it must pass the CHECK, as SQLite checks them.
                let declaration = format!(
                    "varchar NOT NULL DEFAULT 'TWINNING' CHECK ({})",
                    one_of(KINDS_AFTER)
                );
                replace_sqlite_column(
                    db,
                    "agreement",
                    "kind",
                    &declaration,
                    (&["agreement_pair_kind"], &[PAIR_KIND_INDEX]),
                )
                .await?;
            }
            _ => {
                db.execute_unprepared("ALTER TABLE city ALTER COLUMN name_ko DROP NOT NULL")
                    .await?;
                db.execute_unprepared(&format!(
                    "ALTER TABLE agreement DROP CONSTRAINT agreement_kind_check, \
                     ADD CONSTRAINT agreement_kind_check CHECK ({})",
                    one_of(KINDS_AFTER)
                ))
                .await?;
            }
        }
        Ok(())
    }

    /// Refuses, rather than deletes or invents, while the database holds what the schema
    /// before could not: agreements of kind `TWINNING` or cities without a Korean name.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let twinnings = count(
            db,
            "SELECT count(*) AS n FROM agreement WHERE kind = 'TWINNING'",
        )
        .await?;
        let unnamed = count(db, "SELECT count(*) AS n FROM city WHERE name_ko IS NULL").await?;
        if twinnings > 0 || unnamed > 0 {
            return Err(DbErr::Migration(format!(
                "cannot undo the world twinning migration: {twinnings} agreements of kind \
                 TWINNING and {unnamed} cities without a Korean name have no place in the \
                 schema before it; delete them first"
            )));
        }
        match db.get_database_backend() {
            DatabaseBackend::Sqlite => {
                let declaration = format!(
                    "varchar NOT NULL DEFAULT 'SISTER' CHECK ({})",
                    one_of(KINDS_BEFORE)
                );
                replace_sqlite_column(
                    db,
                    "agreement",
                    "kind",
                    &declaration,
                    (&["agreement_pair_kind"], &[PAIR_KIND_INDEX]),
                )
                .await?;
                replace_sqlite_column(
                    db,
                    "city",
                    "name_ko",
                    "varchar NOT NULL DEFAULT ''",
                    (&[], &[]),
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(&format!(
                    "ALTER TABLE agreement DROP CONSTRAINT agreement_kind_check, \
                     ADD CONSTRAINT agreement_kind_check CHECK ({})",
                    one_of(KINDS_BEFORE)
                ))
                .await?;
                db.execute_unprepared("ALTER TABLE city ALTER COLUMN name_ko SET NOT NULL")
                    .await?;
            }
        }
        db.execute_unprepared("DROP INDEX city_wikidata_id").await?;
        db.execute_unprepared("ALTER TABLE city DROP COLUMN wikidata_id")
            .await?;
        Ok(())
    }
}
