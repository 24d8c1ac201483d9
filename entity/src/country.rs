//! A country, identified by its ISO 3166-1 alpha-2 code.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::Continent;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "country")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub code: String,
    /// The `code` the record was created with, once a rename has changed it: its global id
    /// is made of this key for its whole life. NULL while it is the current `code`.
    pub first_key: Option<String>,
    pub name_en: String,
    pub name_ko: String,
    pub continent: Continent,
    /// Bumped by every edit; writers send the version they read (optimistic concurrency).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::city::Entity")]
    City,
    #[sea_orm(has_many = "super::country_group_member::Entity")]
    GroupMember,
}

impl Related<super::city::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::City.def()
    }
}

impl Related<super::country_group::Entity> for Entity {
    fn to() -> RelationDef {
        super::country_group_member::Relation::CountryGroup.def()
    }
    fn via() -> Option<RelationDef> {
        Some(super::country_group_member::Relation::Country.def().rev())
    }
}

impl ActiveModelBehavior for ActiveModel {}
