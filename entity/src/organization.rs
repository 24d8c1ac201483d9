//! An international city network, an international organization or another body.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::OrganizationKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "organization")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    /// The `slug` the record was created with, once a rename has changed it: its global id
    /// is made of this key for its whole life. NULL while it is the current `slug`.
    pub first_key: Option<String>,
    #[sea_orm(unique)]
    pub acronym: Option<String>,
    pub name_en: String,
    pub name_ko: String,
    pub kind: OrganizationKind,
    pub founded_year: Option<i32>,
    pub headquarters_id: Option<i32>,
    /// Bumped by every edit; writers send the version they read (optimistic concurrency).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::city::Entity",
        from = "Column::HeadquartersId",
        to = "super::city::Column::Id"
    )]
    Headquarters,
    #[sea_orm(has_many = "super::membership::Entity")]
    Membership,
    #[sea_orm(has_many = "super::hosted_office::Entity")]
    HostedOffice,
    #[sea_orm(has_many = "super::event::Entity")]
    Event,
    #[sea_orm(has_many = "super::citation::Entity")]
    Citation,
}

impl Related<super::city::Entity> for Entity {
    fn to() -> RelationDef {
        super::membership::Relation::City.def()
    }
    fn via() -> Option<RelationDef> {
        Some(super::membership::Relation::Organization.def().rev())
    }
}

impl Related<super::membership::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Membership.def()
    }
}

impl Related<super::hosted_office::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::HostedOffice.def()
    }
}

impl Related<super::event::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Event.def()
    }
}

impl Related<super::citation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Citation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

/// Organization → the cities hosting its offices (two hops through `hosted_office`).
pub struct OfficeCities;

impl Linked for OfficeCities {
    type FromEntity = Entity;
    type ToEntity = super::city::Entity;
    fn link(&self) -> Vec<RelationDef> {
        vec![
            super::hosted_office::Relation::Organization.def().rev(),
            super::hosted_office::Relation::City.def(),
        ]
    }
}
