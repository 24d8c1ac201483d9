//! The full-text search index: one document per searchable record (its kind, its natural key,
//! and its names folded to lower case without accents). SQLite keeps it in an FTS5 table;
//! PostgreSQL in a table with a generated `tsvector` and a GIN index. The application fills it
//! (see `paradiplo::service::search`), so both engines index exactly the same text.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE search_document USING fts5(\
                     kind UNINDEXED, record_key UNINDEXED, text, \
                     tokenize = 'unicode61 remove_diacritics 2')",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "CREATE TABLE search_document (\
                     kind TEXT NOT NULL, record_key TEXT NOT NULL, text TEXT NOT NULL, \
                     document TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED, \
                     PRIMARY KEY (kind, record_key))",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE INDEX search_document_document ON search_document USING GIN (document)",
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE search_document")
            .await?;
        Ok(())
    }
}
