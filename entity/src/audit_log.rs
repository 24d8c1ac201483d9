//! One entry of the append-only audit log: who changed which record, when, and how.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    pub role: String,
    /// CREATE, UPDATE, DELETE or RESTORE.
    pub action: String,
    /// The GraphQL type of the record, such as `City`.
    pub record_type: String,
    pub record_id: i32,
    /// The key of the record's global id (its natural key, or its row id).
    pub record_key: String,
    /// The record before and after, as JSON in the dataset's file format.
    #[sea_orm(column_type = "Text", nullable)]
    pub before: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub after: Option<String>,
    pub reason: Option<String>,
    pub request_id: Option<String>,
    pub idempotency_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
