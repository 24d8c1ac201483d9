//! The write side: a `version` on every editable record (optimistic concurrency), the
//! append-only audit log, remembered idempotency keys, and deleted records kept restorable.

use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Every table whose rows editors change.
const VERSIONED: [&str; 13] = [
    "source",
    "country",
    "city",
    "organization",
    "agreement",
    "membership",
    "hosted_office",
    "policy_export",
    "event",
    "program",
    "statistic",
    "period",
    "citation",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in VERSIONED {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(integer(Alias::new("version")).default(1))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(pk_auto(AuditLog::Id))
                    .col(string(AuditLog::At))
                    .col(string(AuditLog::Actor))
                    .col(string(AuditLog::Role))
                    .col(string(AuditLog::Action))
                    .col(string(AuditLog::RecordType))
                    .col(integer(AuditLog::RecordId))
                    .col(string(AuditLog::RecordKey))
                    .col(text_null(AuditLog::Before))
                    .col(text_null(AuditLog::After))
                    .col(string_null(AuditLog::Reason))
                    .col(string_null(AuditLog::RequestId))
                    .col(string_null(AuditLog::IdempotencyKey))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_log_record")
                    .table(AuditLog::Table)
                    .col(AuditLog::RecordType)
                    .col(AuditLog::RecordId)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        // A statistic's natural key has optional parts; NULLs never collide in a unique index,
        // so they are compared as empty here.
        db.execute_unprepared(
            "CREATE UNIQUE INDEX statistic_natural_key ON statistic (metric, \
             COALESCE(city_id, 0), COALESCE(organization_id, 0), COALESCE(dimension, ''), \
             COALESCE(as_of, ''))",
        )
        .await?;
        // Append-only: the database itself refuses to change or remove an entry.
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for event in ["UPDATE", "DELETE"] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER audit_log_append_only_{event} BEFORE {event} ON audit_log \
                         BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
                    ))
                    .await?;
                }
            }
            _ => {
                db.execute_unprepared(
                    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS \
                     $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log \
                     FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
                )
                .await?;
                // Row triggers never see TRUNCATE; a statement trigger does.
                db.execute_unprepared(
                    "CREATE TRIGGER audit_log_not_truncated BEFORE TRUNCATE ON audit_log \
                     FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
                )
                .await?;
            }
        }
        manager
            .create_table(
                Table::create()
                    .table(IdempotencyKey::Table)
                    .col(string(IdempotencyKey::Actor))
                    .col(string(IdempotencyKey::Key))
                    .col(string(IdempotencyKey::RequestHash))
                    .col(text(IdempotencyKey::Response))
                    .col(string(IdempotencyKey::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(IdempotencyKey::Actor)
                            .col(IdempotencyKey::Key),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeletedRecord::Table)
                    .col(pk_auto(DeletedRecord::Id))
                    .col(string(DeletedRecord::RecordType))
                    .col(integer(DeletedRecord::RecordId))
                    .col(string(DeletedRecord::RecordKey))
                    .col(text(DeletedRecord::Record))
                    .col(integer(DeletedRecord::Version))
                    .col(string(DeletedRecord::Reason))
                    .col(string(DeletedRecord::DeletedBy))
                    .col(string(DeletedRecord::DeletedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("deleted_record_type_key")
                    .table(DeletedRecord::Table)
                    .col(DeletedRecord::RecordType)
                    .col(DeletedRecord::RecordKey)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DeletedRecord::Table).to_owned())
            .await?;
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX statistic_natural_key")
            .await?;
        manager
            .drop_table(Table::drop().table(IdempotencyKey::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(AuditLog::Table).to_owned())
            .await?;
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION audit_log_append_only()")
                .await?;
        }
        for table in VERSIONED {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(Alias::new("version"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    Actor,
    Role,
    Action,
    RecordType,
    RecordId,
    RecordKey,
    Before,
    After,
    Reason,
    RequestId,
    IdempotencyKey,
}

#[derive(DeriveIden)]
enum IdempotencyKey {
    Table,
    Actor,
    Key,
    RequestHash,
    Response,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DeletedRecord {
    Table,
    Id,
    RecordType,
    RecordId,
    RecordKey,
    Record,
    Version,
    Reason,
    DeletedBy,
    DeletedAt,
}
