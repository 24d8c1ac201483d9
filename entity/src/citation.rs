//! Which source, and where in it, backs which record. Each citation points at exactly one
//! record through one of its nullable foreign keys (a CHECK guards that), so every reference
//! keeps real referential integrity instead of a loose (table, id) pair.

use paradiplo_macros::ReadRow;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, ReadRow, Serialize, Deserialize)]
#[sea_orm(table_name = "citation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub source_id: i32,
    /// Where in the source: a section, table, page or row.
    pub locator: Option<String>,
    /// The in-text citation the source itself gives for the fact, verbatim.
    pub reference: Option<String>,
    pub city_id: Option<i32>,
    pub agreement_id: Option<i32>,
    pub organization_id: Option<i32>,
    pub membership_id: Option<i32>,
    pub hosted_office_id: Option<i32>,
    pub policy_export_id: Option<i32>,
    pub event_id: Option<i32>,
    pub program_id: Option<i32>,
    pub statistic_id: Option<i32>,
    pub period_id: Option<i32>,
    /// Bumped by every edit; writers send the version they read (optimistic concurrency).
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::source::Entity",
        from = "Column::SourceId",
        to = "super::source::Column::Id"
    )]
    Source,
    #[sea_orm(
        belongs_to = "super::city::Entity",
        from = "Column::CityId",
        to = "super::city::Column::Id",
        on_delete = "Cascade"
    )]
    City,
    #[sea_orm(
        belongs_to = "super::agreement::Entity",
        from = "Column::AgreementId",
        to = "super::agreement::Column::Id",
        on_delete = "Cascade"
    )]
    Agreement,
    #[sea_orm(
        belongs_to = "super::organization::Entity",
        from = "Column::OrganizationId",
        to = "super::organization::Column::Id",
        on_delete = "Cascade"
    )]
    Organization,
    #[sea_orm(
        belongs_to = "super::membership::Entity",
        from = "Column::MembershipId",
        to = "super::membership::Column::Id",
        on_delete = "Cascade"
    )]
    Membership,
    #[sea_orm(
        belongs_to = "super::hosted_office::Entity",
        from = "Column::HostedOfficeId",
        to = "super::hosted_office::Column::Id",
        on_delete = "Cascade"
    )]
    HostedOffice,
    #[sea_orm(
        belongs_to = "super::policy_export::Entity",
        from = "Column::PolicyExportId",
        to = "super::policy_export::Column::Id",
        on_delete = "Cascade"
    )]
    PolicyExport,
    #[sea_orm(
        belongs_to = "super::event::Entity",
        from = "Column::EventId",
        to = "super::event::Column::Id",
        on_delete = "Cascade"
    )]
    Event,
    #[sea_orm(
        belongs_to = "super::program::Entity",
        from = "Column::ProgramId",
        to = "super::program::Column::Id",
        on_delete = "Cascade"
    )]
    Program,
    #[sea_orm(
        belongs_to = "super::statistic::Entity",
        from = "Column::StatisticId",
        to = "super::statistic::Column::Id",
        on_delete = "Cascade"
    )]
    Statistic,
    #[sea_orm(
        belongs_to = "super::period::Entity",
        from = "Column::PeriodId",
        to = "super::period::Column::Id",
        on_delete = "Cascade"
    )]
    Period,
}

impl Related<super::source::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Source.def()
    }
}

impl Related<super::city::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::City.def()
    }
}

impl Related<super::agreement::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Agreement.def()
    }
}

impl Related<super::organization::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organization.def()
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

impl Related<super::policy_export::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::PolicyExport.def()
    }
}

impl Related<super::event::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Event.def()
    }
}

impl Related<super::program::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Program.def()
    }
}

impl Related<super::statistic::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Statistic.def()
    }
}

impl Related<super::period::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Period.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
