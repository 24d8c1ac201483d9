//! A bibliographic reference that backs facts through citations.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::SourceKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "source")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub key: String,
    /// The `key` the record was created with, once a rename has changed it: its global id
    /// is made of this key for its whole life. NULL while it is the current `key`.
    pub first_key: Option<String>,
    pub kind: SourceKind,
    pub title: String,
    pub authors: Option<String>,
    pub year: Option<i32>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    /// Bumped by every edit; writers send the version they read (optimistic concurrency).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::citation::Entity")]
    Citation,
}

impl Related<super::citation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Citation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
