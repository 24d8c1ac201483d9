//! An event a city hosted or took part in: a summit, general assembly, forum, festival, award…

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::EventKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    /// The `slug` the record was created with, once a rename has changed it: its global id
    /// is made of this key for its whole life. NULL while it is the current `slug`.
    pub first_key: Option<String>,
    pub name_en: Option<String>,
    pub name_ko: Option<String>,
    pub kind: EventKind,
    pub host_id: Option<i32>,
    /// ISO 8601 date, possibly partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub organizer_id: Option<i32>,
    pub note: Option<String>,
    /// Bumped by every edit; writers send the version they read (optimistic concurrency).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::city::Entity",
        from = "Column::HostId",
        to = "super::city::Column::Id"
    )]
    Host,
    #[sea_orm(
        belongs_to = "super::organization::Entity",
        from = "Column::OrganizerId",
        to = "super::organization::Column::Id"
    )]
    Organizer,
    #[sea_orm(has_many = "super::citation::Entity")]
    Citation,
}

impl Related<super::city::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Host.def()
    }
}

impl Related<super::organization::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organizer.def()
    }
}

impl Related<super::citation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Citation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
