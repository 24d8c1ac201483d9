//! A figure a source states about a city or an organization ("23 sister cities as of 2019-08").

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "statistic")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub metric: String,
    pub city_id: Option<i32>,
    pub organization_id: Option<i32>,
    pub dimension: Option<String>,
    pub value: f64,
    pub unit: String,
    /// ISO 8601 date, possibly partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub as_of: Option<String>,
    pub note: Option<String>,
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
        belongs_to = "super::organization::Entity",
        from = "Column::OrganizationId",
        to = "super::organization::Column::Id"
    )]
    Organization,
    #[sea_orm(has_many = "super::citation::Entity")]
    Citation,
}

impl Related<super::city::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::City.def()
    }
}

impl Related<super::organization::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organization.def()
    }
}

impl Related<super::citation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Citation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
