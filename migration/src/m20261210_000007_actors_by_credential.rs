//! Writers are named with the kind of credential they wrote with, `key:<key name>` or
//! `jwt:<token subject>`, so that a token whose subject is a key's name is someone else.
//!
//! Remembered idempotency keys and deleted records named writers bare. A bare name becomes
//! `key:` when an API key has that name (keys are never removed, only revoked), else `jwt:`.
//! The audit log keeps its entries as written: it is append-only, and rewriting it on a guess
//! is what it is there to prevent.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables and columns that name writers.
const WRITERS: [(&str, &str); 2] = [
    ("idempotency_key", "actor"),
    ("deleted_record", "deleted_by"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in WRITERS {
            manager
                .get_connection()
                .execute_unprepared(&format!(
                    "UPDATE {table} SET {column} = CASE \
                     WHEN EXISTS (SELECT 1 FROM api_key WHERE api_key.name = {table}.{column}) \
                     THEN 'key:' || {column} ELSE 'jwt:' || {column} END"
                ))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in WRITERS {
            manager
                .get_connection()
                .execute_unprepared(&format!(
                    "UPDATE {table} SET {column} = substr({column}, 5) \
                     WHERE {column} LIKE 'key:%' OR {column} LIKE 'jwt:%'"
                ))
                .await?;
        }
        Ok(())
    }
}
