//! Filters and orders of policy exports, events, programs, hosted offices and statistics.

use async_graphql::Enum;
use entity::{city, event, hosted_office, organization, policy_export, program, statistic};
use paradiplo_macros::{Filter, filter_input};
use sea_orm::sea_query::Expr;

use super::Key;
use super::{
    CityFilter, DateFilter, EnumFilter, FloatFilter, IntFilter, OrderField, OrganizationFilter,
    StringFilter, float, integer, text,
};
use crate::error::AppResult;
use crate::graphql::vocabulary::{DeliveryMode, EventKind, OfficeKind, PolicySector, ProgramKind};
use crate::service::filter::Scope;

/// The English name of the city `key` names, as a sort key.
fn city_name(scope: &Scope, key: Expr) -> AppResult<Key> {
    Ok(text(scope.lookup::<city::Entity>(
        key,
        city::Column::Id,
        city::Column::NameEn,
    )?))
}

/// The English name of the organization `key` names, as a sort key.
fn organization_name(scope: &Scope, key: Expr) -> AppResult<Key> {
    Ok(text(scope.lookup::<organization::Entity>(
        key,
        organization::Column::Id,
        organization::Column::NameEn,
    )?))
}

/// Conditions on policy exports; every condition given must hold.
#[filter_input(table = policy_export, list = "policy exports")]
pub struct PolicyExportFilter {
    /// The slug.
    pub slug: Option<StringFilter>,
    /// The English title.
    pub title_en: Option<StringFilter>,
    /// The Korean title.
    pub title_ko: Option<StringFilter>,
    /// The policy sector.
    pub sector: Option<EnumFilter<PolicySector>>,
    /// The subsector.
    pub subsector: Option<StringFilter>,
    /// How the policy was delivered.
    pub mode: Option<EnumFilter<DeliveryMode>>,
    /// The year.
    pub year: Option<IntFilter>,
    /// The whole budget in KRW.
    pub budget_krw: Option<FloatFilter>,
    /// The exporting city's share of the budget in KRW.
    pub exporter_share_krw: Option<FloatFilter>,
    /// The exporting city.
    #[filter(to_one = ExporterId)]
    pub exporter: Option<Box<CityFilter>>,
    /// The receiving city.
    #[filter(to_one = PartnerId)]
    pub partner: Option<Box<CityFilter>>,
}

/// What policy exports can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum PolicyExportOrderField {
    /// The slug.
    Slug,
    /// The English title.
    TitleEn,
    /// The year.
    Year,
    /// The sector.
    Sector,
    /// The whole budget.
    BudgetKrw,
    /// The exporting city's English name.
    ExporterName,
    /// The receiving city's English name.
    PartnerName,
}

impl OrderField for PolicyExportOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        let column = |column: policy_export::Column| scope.col(column);
        Ok(match self {
            Self::Slug => text(column(policy_export::Column::Slug)).not_null(),
            Self::TitleEn => text(column(policy_export::Column::TitleEn)),
            Self::Year => integer(column(policy_export::Column::Year)),
            Self::Sector => text(column(policy_export::Column::Sector)).not_null(),
            Self::BudgetKrw => integer(column(policy_export::Column::BudgetKrw)),
            Self::ExporterName => city_name(scope, column(policy_export::Column::ExporterId))?,
            Self::PartnerName => city_name(scope, column(policy_export::Column::PartnerId))?,
        })
    }
}

/// Conditions on events; every condition given must hold.
#[filter_input(table = event, list = "events")]
pub struct EventFilter {
    /// The slug.
    pub slug: Option<StringFilter>,
    /// The English name.
    pub name_en: Option<StringFilter>,
    /// The Korean name.
    pub name_ko: Option<StringFilter>,
    /// The kind of event.
    pub kind: Option<EnumFilter<EventKind>>,
    /// The day, month or year it started.
    pub starts_on: Option<DateFilter>,
    /// The day, month or year it ended.
    pub ends_on: Option<DateFilter>,
    /// The host city.
    #[filter(to_one = HostId)]
    pub host: Option<Box<CityFilter>>,
    /// The organizing organization.
    #[filter(to_one = OrganizerId)]
    pub organizer: Option<Box<OrganizationFilter>>,
}

/// What events can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum EventOrderField {
    /// The slug.
    Slug,
    /// The English name.
    NameEn,
    /// The kind.
    Kind,
    /// The start date.
    StartsOn,
    /// The host city's English name.
    HostName,
    /// The organizer's English name.
    OrganizerName,
}

impl OrderField for EventOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        Ok(match self {
            Self::Slug => text(scope.col(event::Column::Slug)).not_null(),
            Self::NameEn => text(scope.col(event::Column::NameEn)),
            Self::Kind => text(scope.col(event::Column::Kind)).not_null(),
            Self::StartsOn => text(scope.col(event::Column::StartsOn)),
            Self::HostName => city_name(scope, scope.col(event::Column::HostId))?,
            Self::OrganizerName => organization_name(scope, scope.col(event::Column::OrganizerId))?,
        })
    }
}

/// Conditions on programs; every condition given must hold.
#[filter_input(table = program, list = "programs")]
pub struct ProgramFilter {
    /// The slug.
    pub slug: Option<StringFilter>,
    /// The English name.
    pub name_en: Option<StringFilter>,
    /// The Korean name.
    pub name_ko: Option<StringFilter>,
    /// The kind of program.
    pub kind: Option<EnumFilter<ProgramKind>>,
    /// The year it started.
    pub start_year: Option<IntFilter>,
    /// The year it ended.
    pub end_year: Option<IntFilter>,
    /// The city running it.
    #[filter(to_one = CityId)]
    pub city: Option<Box<CityFilter>>,
    /// The partner city.
    #[filter(to_one = PartnerId)]
    pub partner: Option<Box<CityFilter>>,
}

/// What programs can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum ProgramOrderField {
    /// The slug.
    Slug,
    /// The English name.
    NameEn,
    /// The kind.
    Kind,
    /// The year it started.
    StartYear,
    /// The year it ended.
    EndYear,
    /// The running city's English name.
    CityName,
    /// The partner city's English name.
    PartnerName,
}

impl OrderField for ProgramOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        Ok(match self {
            Self::Slug => text(scope.col(program::Column::Slug)).not_null(),
            Self::NameEn => text(scope.col(program::Column::NameEn)),
            Self::Kind => text(scope.col(program::Column::Kind)).not_null(),
            Self::StartYear => integer(scope.col(program::Column::StartYear)),
            Self::EndYear => integer(scope.col(program::Column::EndYear)),
            Self::CityName => city_name(scope, scope.col(program::Column::CityId))?,
            Self::PartnerName => city_name(scope, scope.col(program::Column::PartnerId))?,
        })
    }
}

/// Conditions on organizations' offices in cities; every condition given must hold.
#[filter_input(table = hosted_office, list = "hosted offices")]
pub struct HostedOfficeFilter {
    /// The kind of office.
    pub kind: Option<EnumFilter<OfficeKind>>,
    /// The office's English name.
    pub name_en: Option<StringFilter>,
    /// The office's Korean name.
    pub name_ko: Option<StringFilter>,
    /// The year it opened.
    pub opened_year: Option<IntFilter>,
    /// The host city.
    #[filter(to_one = CityId)]
    pub city: Option<Box<CityFilter>>,
    /// The organization.
    #[filter(to_one = OrganizationId)]
    pub organization: Option<Box<OrganizationFilter>>,
}

/// What hosted offices can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum HostedOfficeOrderField {
    /// The year it opened.
    OpenedYear,
    /// The kind.
    Kind,
    /// The host city's English name.
    CityName,
    /// The organization's English name.
    OrganizationName,
}

impl OrderField for HostedOfficeOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        Ok(match self {
            Self::OpenedYear => integer(scope.col(hosted_office::Column::OpenedYear)),
            Self::Kind => text(scope.col(hosted_office::Column::Kind)).not_null(),
            Self::CityName => city_name(scope, scope.col(hosted_office::Column::CityId))?,
            Self::OrganizationName => {
                organization_name(scope, scope.col(hosted_office::Column::OrganizationId))?
            }
        })
    }
}

/// Conditions on statistics; every condition given must hold.
#[filter_input(table = statistic, list = "statistics")]
pub struct StatisticFilter {
    /// What is measured, such as `sister_cities`.
    pub metric: Option<StringFilter>,
    /// The breakdown, such as a continent.
    pub dimension: Option<StringFilter>,
    /// The value.
    pub value: Option<FloatFilter>,
    /// The unit.
    pub unit: Option<StringFilter>,
    /// The day, month or year the figure is as of.
    pub as_of: Option<DateFilter>,
    /// The city it is about.
    #[filter(to_one = CityId)]
    pub city: Option<Box<CityFilter>>,
    /// The organization it is about.
    #[filter(to_one = OrganizationId)]
    pub organization: Option<Box<OrganizationFilter>>,
}

/// What statistics can be ordered by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum StatisticOrderField {
    /// What is measured.
    Metric,
    /// The breakdown.
    Dimension,
    /// The value.
    Value,
    /// The date it is as of.
    AsOf,
}

impl OrderField for StatisticOrderField {
    fn key(self, scope: &Scope) -> AppResult<Key> {
        Ok(match self {
            Self::Metric => text(scope.col(statistic::Column::Metric)).not_null(),
            Self::Dimension => text(scope.col(statistic::Column::Dimension)),
            Self::Value => float(scope.col(statistic::Column::Value)).not_null(),
            Self::AsOf => text(scope.col(statistic::Column::AsOf)),
        })
    }
}
