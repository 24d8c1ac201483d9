//! API keys: who may write. A key is looked up by its public prefix and checked against the
//! SHA-256 of its secret; the secret itself is never stored. Revoked keys keep their row, so the
//! list of keys stays a record of who could write and when that ended.
//!
//! Times are RFC 3339 text in UTC (`2026-11-25T12:00:00Z`): the same on SQLite and PostgreSQL,
//! and ordered as text.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ApiKey::Table)
                    .col(pk_auto(ApiKey::Id))
                    .col(string_uniq(ApiKey::Prefix))
                    .col(string(ApiKey::SecretHash))
                    .col(text(ApiKey::Name))
                    .col(
                        string(ApiKey::Role)
                            .check(Expr::cust("role IN ('VIEWER', 'EDITOR', 'ADMIN')")),
                    )
                    .col(string(ApiKey::CreatedAt))
                    .col(string_null(ApiKey::RevokedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ApiKey::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ApiKey {
    Table,
    Id,
    Prefix,
    SecretHash,
    Name,
    Role,
    CreatedAt,
    RevokedAt,
}
