//! A mutation's idempotency key, remembered with the request it came with and the answer it got.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow)]
#[sea_orm(table_name = "idempotency_key")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub actor: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// SHA-256 of the mutation's name and arguments.
    pub request_hash: String,
    /// The stored row the mutation answered with, as JSON.
    #[sea_orm(column_type = "Text")]
    pub response: String,
    pub created_at: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
