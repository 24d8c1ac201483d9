//! Policy exports, events, programs, statistics and periods.

use entity::{
    EventKind, PolicySector, ProgramKind, event, period, policy_export, program, statistic,
};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QueryTrait};

use super::aggregate::{
    Aggregation, Bucket, Wanted, join_partner_country, partner_continent, partner_country,
    total_and_groups,
};
use crate::db::Db;
use crate::error::AppResult;

/// `matching` narrowed by the simple arguments of the policy-export lists and their aggregate.
pub fn policy_exports_where(
    matching: Condition,
    sector: Option<PolicySector>,
    exporter: Option<i32>,
    partner: Option<i32>,
) -> Condition {
    matching
        .add_option(sector.map(|sector| policy_export::Column::Sector.eq(sector)))
        .add_option(exporter.map(|city| policy_export::Column::ExporterId.eq(city)))
        .add_option(partner.map(|city| policy_export::Column::PartnerId.eq(city)))
}

/// Keys policy exports can be grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyExportKey {
    Sector,
    Mode,
    Year,
    Decade,
    PartnerCountry,
    PartnerContinent,
}

/// Counts, distinct partners, and budget statistics, in total and per group.
pub async fn policy_exports_aggregate(
    db: &Db,
    matching: Condition,
    group_by: &[PolicyExportKey],
    wanted: Wanted,
) -> AppResult<(Bucket, Vec<Bucket>)> {
    let column = |column: policy_export::Column| Expr::col((policy_export::Entity, column));
    let mut query = policy_export::Entity::find().filter(matching).into_query();
    if group_by.iter().any(|key| {
        matches!(
            key,
            PolicyExportKey::PartnerCountry | PolicyExportKey::PartnerContinent
        )
    }) {
        join_partner_country(&mut query, column(policy_export::Column::PartnerId));
    }
    let keys = group_by
        .iter()
        .map(|key| match key {
            PolicyExportKey::Sector => ("sector", column(policy_export::Column::Sector)),
            PolicyExportKey::Mode => ("mode", column(policy_export::Column::Mode)),
            PolicyExportKey::Year => ("year", column(policy_export::Column::Year)),
            PolicyExportKey::Decade => (
                "decade",
                column(policy_export::Column::Year).div(10).mul(10),
            ),
            PolicyExportKey::PartnerCountry => ("partner_country", partner_country()),
            PolicyExportKey::PartnerContinent => ("partner_continent", partner_continent()),
        })
        .collect();
    let distinct = vec![("partners", column(policy_export::Column::PartnerId))];
    let numbers = vec![
        ("budget_krw", column(policy_export::Column::BudgetKrw)),
        (
            "exporter_share_krw",
            column(policy_export::Column::ExporterShareKrw),
        ),
    ];
    total_and_groups(
        db,
        query,
        Aggregation {
            keys,
            distinct,
            numbers,
        },
        wanted,
    )
    .await
}

/// `matching` narrowed by the simple arguments of the event lists.
pub fn events_where(matching: Condition, kind: Option<EventKind>, host: Option<i32>) -> Condition {
    matching
        .add_option(kind.map(|kind| event::Column::Kind.eq(kind)))
        .add_option(host.map(|city| event::Column::HostId.eq(city)))
}

/// `matching` narrowed by the simple arguments of the program lists.
pub fn programs_where(
    matching: Condition,
    kind: Option<ProgramKind>,
    city: Option<i32>,
) -> Condition {
    matching
        .add_option(kind.map(|kind| program::Column::Kind.eq(kind)))
        .add_option(city.map(|city| program::Column::CityId.eq(city)))
}

/// `matching` narrowed by the simple arguments of the statistic lists: a metric and its
/// subjects.
pub fn statistics_where(
    matching: Condition,
    metric: Option<String>,
    city: Option<i32>,
    organization: Option<i32>,
) -> Condition {
    matching
        .add_option(metric.map(|metric| statistic::Column::Metric.eq(metric)))
        .add_option(city.map(|city| statistic::Column::CityId.eq(city)))
        .add_option(
            organization.map(|organization| statistic::Column::OrganizationId.eq(organization)),
        )
}

pub async fn periods(db: &Db, city: Option<i32>) -> AppResult<Vec<period::Model>> {
    let mut query = period::Entity::find()
        .order_by_asc(period::Column::CityId)
        .order_by_asc(period::Column::StartYear);
    if let Some(city) = city {
        query = query.filter(period::Column::CityId.eq(city));
    }
    Ok(query.all(db).await?)
}

pub async fn program(db: &Db, slug: &str) -> AppResult<program::Model> {
    super::records::by_key::<program::Entity>(
        db,
        program::Column::Slug,
        slug,
        "program has the slug",
    )
    .await
}
