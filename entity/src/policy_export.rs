//! An urban policy one city shared with (exported to) another: a policy-sharing project.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{DeliveryMode, PolicySector};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "policy_export")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    /// The `slug` the record was created with, once a rename has changed it: its global id
    /// is made of this key for its whole life. NULL while it is the current `slug`.
    pub first_key: Option<String>,
    pub exporter_id: i32,
    pub partner_id: Option<i32>,
    pub title_en: Option<String>,
    pub title_ko: Option<String>,
    pub sector: PolicySector,
    pub subsector: Option<String>,
    pub mode: Option<DeliveryMode>,
    pub year: Option<i32>,
    pub budget_krw: Option<i64>,
    pub exporter_share_krw: Option<i64>,
    pub note: Option<String>,
    /// Bumped by every edit; writers send the version they read (optimistic concurrency).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::city::Entity",
        from = "Column::ExporterId",
        to = "super::city::Column::Id"
    )]
    Exporter,
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
