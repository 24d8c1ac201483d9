//! Policy exports, events, programs, statistics and periods.

use entity::{
    EventKind, PolicySector, ProgramKind, event, period, policy_export, program, statistic,
};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QueryTrait, Select};

use super::Pager;
use super::aggregate::{
    Aggregation, Bucket, Wanted, join_partner_country, partner_continent, partner_country,
    total_and_groups,
};
use super::keyset::Ordering;
use crate::db::Db;
use crate::error::AppResult;

/// The rows of the policy-export list, its connection and its aggregate: the simple arguments
/// and the typed filter's condition.
#[derive(Debug, Clone)]
pub struct PolicyExportSelection {
    pub sector: Option<PolicySector>,
    pub exporter: Option<i32>,
    pub partner: Option<i32>,
    pub matching: Condition,
}

impl PolicyExportSelection {
    fn select(&self) -> Select<policy_export::Entity> {
        let mut query = policy_export::Entity::find().filter(self.matching.clone());
        if let Some(sector) = self.sector {
            query = query.filter(policy_export::Column::Sector.eq(sector));
        }
        if let Some(exporter) = self.exporter {
            query = query.filter(policy_export::Column::ExporterId.eq(exporter));
        }
        if let Some(partner) = self.partner {
            query = query.filter(policy_export::Column::PartnerId.eq(partner));
        }
        query
    }
}

pub async fn policy_exports<P: Pager>(
    db: &Db,
    selection: &PolicyExportSelection,
    ordering: &Ordering,
    paging: &P,
) -> AppResult<P::Output<policy_export::Model>> {
    paging.fetch(db, selection.select(), ordering).await
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
    selection: &PolicyExportSelection,
    group_by: &[PolicyExportKey],
    wanted: Wanted,
) -> AppResult<(Bucket, Vec<Bucket>)> {
    let column = |column: policy_export::Column| Expr::col((policy_export::Entity, column));
    let mut query = selection.select().into_query();
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

pub async fn events<P: Pager>(
    db: &Db,
    kind: Option<EventKind>,
    host: Option<i32>,
    matching: Condition,
    ordering: &Ordering,
    paging: &P,
) -> AppResult<P::Output<event::Model>> {
    let mut query = event::Entity::find().filter(matching);
    if let Some(kind) = kind {
        query = query.filter(event::Column::Kind.eq(kind));
    }
    if let Some(host) = host {
        query = query.filter(event::Column::HostId.eq(host));
    }
    paging.fetch(db, query, ordering).await
}

pub async fn programs<P: Pager>(
    db: &Db,
    kind: Option<ProgramKind>,
    city: Option<i32>,
    matching: Condition,
    ordering: &Ordering,
    paging: &P,
) -> AppResult<P::Output<program::Model>> {
    let mut query = program::Entity::find().filter(matching);
    if let Some(kind) = kind {
        query = query.filter(program::Column::Kind.eq(kind));
    }
    if let Some(city) = city {
        query = query.filter(program::Column::CityId.eq(city));
    }
    paging.fetch(db, query, ordering).await
}

pub async fn statistics<P: Pager>(
    db: &Db,
    metric: Option<&str>,
    (city, organization): (Option<i32>, Option<i32>),
    matching: Condition,
    ordering: &Ordering,
    paging: &P,
) -> AppResult<P::Output<statistic::Model>> {
    let mut query = statistic::Entity::find().filter(matching);
    if let Some(metric) = metric {
        query = query.filter(statistic::Column::Metric.eq(metric));
    }
    if let Some(city) = city {
        query = query.filter(statistic::Column::CityId.eq(city));
    }
    if let Some(organization) = organization {
        query = query.filter(statistic::Column::OrganizationId.eq(organization));
    }
    paging.fetch(db, query, ordering).await
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
