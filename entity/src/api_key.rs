//! An API key: its public prefix, the SHA-256 of its secret (never the secret), who holds it
//! and with which role, and when it was created and revoked (RFC 3339 text, UTC).

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow)]
#[sea_orm(table_name = "api_key")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The key-id part of the key, `pdk_<prefix>_…`, by which it is looked up.
    #[sea_orm(unique)]
    pub prefix: String,
    /// Lower-case hex SHA-256 of the secret part.
    pub secret_hash: String,
    pub name: String,
    /// `VIEWER`, `EDITOR` or `ADMIN`.
    pub role: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
