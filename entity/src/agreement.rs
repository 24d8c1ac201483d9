//! A sister, friendship or other partnership agreement between two cities. Stored once per
//! pair and kind; which city is `party_a` carries no meaning (the importer orders them by slug).

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{AgreementKind, AgreementStatus};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "agreement")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub party_a_id: i32,
    pub party_b_id: i32,
    pub kind: AgreementKind,
    /// ISO 8601 date, possibly partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub signed_on: Option<String>,
    /// Same form as `signed_on`.
    pub ended_on: Option<String>,
    pub status: AgreementStatus,
    pub note: Option<String>,
    /// Great-circle distance in km between the parties' coordinates; null when either lacks
    /// them. Derived, never imported: `api/src/service/distance.rs` keeps it up to date.
    pub distance_km: Option<f64>,
    /// Bumped by every edit; writers send the version they read (optimistic concurrency).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::city::Entity",
        from = "Column::PartyAId",
        to = "super::city::Column::Id"
    )]
    PartyA,
    #[sea_orm(
        belongs_to = "super::city::Entity",
        from = "Column::PartyBId",
        to = "super::city::Column::Id"
    )]
    PartyB,
    #[sea_orm(has_many = "super::citation::Entity")]
    Citation,
}

impl Related<super::citation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Citation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
