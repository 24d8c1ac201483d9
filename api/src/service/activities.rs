//! Policy exports, events, programs, statistics and periods.

use entity::{
    EventKind, PolicySector, ProgramKind, event, period, policy_export, program, statistic,
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::{Page, page};
use crate::error::AppResult;

pub async fn policy_exports(
    db: &DatabaseConnection,
    sector: Option<PolicySector>,
    exporter: Option<i32>,
    partner: Option<i32>,
    paging: Page,
) -> AppResult<Vec<policy_export::Model>> {
    let mut query = policy_export::Entity::find();
    if let Some(sector) = sector {
        query = query.filter(policy_export::Column::Sector.eq(sector));
    }
    if let Some(exporter) = exporter {
        query = query.filter(policy_export::Column::ExporterId.eq(exporter));
    }
    if let Some(partner) = partner {
        query = query.filter(policy_export::Column::PartnerId.eq(partner));
    }
    page(
        db,
        query,
        policy_export::Column::Slug,
        policy_export::Column::Id,
        paging,
    )
    .await
}

pub async fn events(
    db: &DatabaseConnection,
    kind: Option<EventKind>,
    host: Option<i32>,
    paging: Page,
) -> AppResult<Vec<event::Model>> {
    let mut query = event::Entity::find();
    if let Some(kind) = kind {
        query = query.filter(event::Column::Kind.eq(kind));
    }
    if let Some(host) = host {
        query = query.filter(event::Column::HostId.eq(host));
    }
    page(db, query, event::Column::Slug, event::Column::Id, paging).await
}

pub async fn programs(
    db: &DatabaseConnection,
    kind: Option<ProgramKind>,
    city: Option<i32>,
    paging: Page,
) -> AppResult<Vec<program::Model>> {
    let mut query = program::Entity::find();
    if let Some(kind) = kind {
        query = query.filter(program::Column::Kind.eq(kind));
    }
    if let Some(city) = city {
        query = query.filter(program::Column::CityId.eq(city));
    }
    page(
        db,
        query,
        program::Column::Slug,
        program::Column::Id,
        paging,
    )
    .await
}

pub async fn statistics(
    db: &DatabaseConnection,
    metric: Option<&str>,
    city: Option<i32>,
    organization: Option<i32>,
    paging: Page,
) -> AppResult<Vec<statistic::Model>> {
    let mut query = statistic::Entity::find();
    if let Some(metric) = metric {
        query = query.filter(statistic::Column::Metric.eq(metric));
    }
    if let Some(city) = city {
        query = query.filter(statistic::Column::CityId.eq(city));
    }
    if let Some(organization) = organization {
        query = query.filter(statistic::Column::OrganizationId.eq(organization));
    }
    page(
        db,
        query,
        statistic::Column::Metric,
        statistic::Column::Id,
        paging,
    )
    .await
}

pub async fn periods(db: &DatabaseConnection, city: Option<i32>) -> AppResult<Vec<period::Model>> {
    let mut query = period::Entity::find()
        .order_by_asc(period::Column::CityId)
        .order_by_asc(period::Column::StartYear);
    if let Some(city) = city {
        query = query.filter(period::Column::CityId.eq(city));
    }
    Ok(query.all(db).await?)
}

pub async fn policy_export(db: &DatabaseConnection, slug: &str) -> AppResult<policy_export::Model> {
    super::records::by_key::<policy_export::Entity>(
        db,
        policy_export::Column::Slug,
        slug,
        "policy export has the slug",
    )
    .await
}

pub async fn event(db: &DatabaseConnection, slug: &str) -> AppResult<event::Model> {
    super::records::by_key::<event::Entity>(db, event::Column::Slug, slug, "event has the slug")
        .await
}

pub async fn program(db: &DatabaseConnection, slug: &str) -> AppResult<program::Model> {
    super::records::by_key::<program::Entity>(
        db,
        program::Column::Slug,
        slug,
        "program has the slug",
    )
    .await
}
