//! A city or region: the actor of city diplomacy.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::CityKind;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "city")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    /// The `slug` the record was created with, once a rename has changed it: its global id
    /// is made of this key for its whole life. NULL while it is the current `slug`.
    pub first_key: Option<String>,
    pub name_en: String,
    /// NULL where no source gives a Korean name (most of the world's cities).
    pub name_ko: Option<String>,
    pub kind: CityKind,
    pub country_id: i32,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// The city's Wikidata item (`Q8684`), unique; NULL where none is known.
    #[sea_orm(unique)]
    pub wikidata_id: Option<String>,
    /// Bumped by every edit; writers send the version they read (optimistic concurrency).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::country::Entity",
        from = "Column::CountryId",
        to = "super::country::Column::Id"
    )]
    Country,
    #[sea_orm(has_many = "super::membership::Entity")]
    Membership,
    #[sea_orm(has_many = "super::period::Entity")]
    Period,
    #[sea_orm(has_many = "super::hosted_office::Entity")]
    HostedOffice,
    #[sea_orm(has_many = "super::citation::Entity")]
    Citation,
}

impl Related<super::country::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Country.def()
    }
}

impl Related<super::membership::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Membership.def()
    }
}

impl Related<super::period::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Period.def()
    }
}

impl Related<super::hosted_office::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::HostedOffice.def()
    }
}

impl Related<super::organization::Entity> for Entity {
    fn to() -> RelationDef {
        super::membership::Relation::Organization.def()
    }
    fn via() -> Option<RelationDef> {
        Some(super::membership::Relation::City.def().rev())
    }
}

impl Related<super::citation::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Citation.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

/// City → the cities it has an agreement with as first party (two hops through `agreement`).
pub struct PartnersAsPartyA;

impl Linked for PartnersAsPartyA {
    type FromEntity = Entity;
    type ToEntity = Entity;
    fn link(&self) -> Vec<RelationDef> {
        vec![
            super::agreement::Relation::PartyA.def().rev(),
            super::agreement::Relation::PartyB.def(),
        ]
    }
}
