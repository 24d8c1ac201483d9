//! A city's program or initiative: honorary citizenship, training of foreign officials,
//! festivals, plans, institutions, cooperation areas and tasks with a partner city.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::ProgramKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "program")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub city_id: i32,
    pub partner_id: Option<i32>,
    pub name_en: Option<String>,
    pub name_ko: Option<String>,
    pub kind: ProgramKind,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    pub summary: Option<String>,
    /// Bumped by every edit; writers send the version they read (optimistic concurrency).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::city::Entity",
        from = "Column::CityId",
        to = "super::city::Column::Id"
    )]
    City,
    #[sea_orm(
        belongs_to = "super::city::Entity",
        from = "Column::PartnerId",
        to = "super::city::Column::Id"
    )]
    Partner,
    #[sea_orm(has_many = "super::citation::Entity")]
    Citation,
}

impl Related<super::citation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Citation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
