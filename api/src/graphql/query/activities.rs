//! Root fields for policy exports, events, programs, statistics and periods.

use async_graphql::{Context, Object, Result};
use paradiplo_macros::paged;

use entity::{event, policy_export, program, statistic};
use sea_orm::Condition;

use super::{connection_list, db, page, plain_list, wrap};
use crate::error::AppError;
use crate::graphql::connection::{Page, PageArgs};
use crate::graphql::lists::{
    self, EventFilter, EventOrder, EventOrderField, PolicyExportFilter, PolicyExportOrder,
    PolicyExportOrderField, ProgramFilter, ProgramOrder, ProgramOrderField, StatisticFilter,
    StatisticOrder, StatisticOrderField,
};
use crate::graphql::rows::Rows;
use crate::graphql::types::{
    Event, EventKind, Period, PolicyExport, PolicyExportGroupKey, PolicyExportsAggregate,
    PolicySector, Program, ProgramKind, Statistic, wanted_parts,
};
use crate::service::{activities, diplomacy, places};

#[derive(Default)]
pub struct ActivitiesQuery;

/// The policy exports the arguments of their list, connection and aggregate select.
async fn policy_exports_where(
    ctx: &Context<'_>,
    sector: Option<PolicySector>,
    exporter: Option<String>,
    partner: Option<String>,
    filter: Option<&PolicyExportFilter>,
) -> Result<Condition, AppError> {
    let exporter = places::optional_city_id(db(ctx), exporter.as_deref()).await?;
    let partner = places::optional_city_id(db(ctx), partner.as_deref()).await?;
    let matching = lists::matching(ctx, POLICY_EXPORT, None, filter)?;
    let sector = sector.map(Into::into);
    Ok(activities::policy_exports_where(
        matching, sector, exporter, partner,
    ))
}

/// The events the arguments of their list and connection select.
async fn events_where(
    ctx: &Context<'_>,
    kind: Option<EventKind>,
    host: Option<String>,
    filter: Option<&EventFilter>,
) -> Result<Condition, AppError> {
    let host = places::optional_city_id(db(ctx), host.as_deref()).await?;
    let matching = lists::matching(ctx, EVENT, None, filter)?;
    Ok(activities::events_where(
        matching,
        kind.map(Into::into),
        host,
    ))
}

/// The programs the arguments of their list and connection select.
async fn programs_where(
    ctx: &Context<'_>,
    kind: Option<ProgramKind>,
    city: Option<String>,
    filter: Option<&ProgramFilter>,
) -> Result<Condition, AppError> {
    let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
    let matching = lists::matching(ctx, PROGRAM, None, filter)?;
    Ok(activities::programs_where(
        matching,
        kind.map(Into::into),
        city,
    ))
}

/// The figures the arguments of their list and connection select.
async fn statistics_where(
    ctx: &Context<'_>,
    metric: Option<String>,
    city: Option<String>,
    organization: Option<String>,
    filter: Option<&StatisticFilter>,
) -> Result<Condition, AppError> {
    let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
    let organization = optional_organization_id(ctx, organization).await?;
    let matching = lists::matching(ctx, STATISTIC, None, filter)?;
    Ok(activities::statistics_where(
        matching,
        metric,
        city,
        organization,
    ))
}

const POLICY_EXPORT: &str = "policy_export";
const EVENT: &str = "event";
const PROGRAM: &str = "program";
const STATISTIC: &str = "statistic";

/// Resolves an optional organization slug filter.
async fn optional_organization_id(
    ctx: &Context<'_>,
    slug: Option<String>,
) -> Result<Option<i32>, AppError> {
    match slug {
        Some(slug) => Ok(Some(
            diplomacy::organization(db(ctx), None, Some(&slug))
                .await?
                .id,
        )),
        None => Ok(None),
    }
}

#[paged]
#[Object]
impl ActivitiesQuery {
    /// Policies cities exported to (shared with) other cities, ordered by slug.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn policy_exports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only projects of this sector.")] sector: Option<PolicySector>,
        #[graphql(desc = "Only projects of this exporting city (a slug).")] exporter: Option<
            String,
        >,
        #[graphql(desc = "Only projects for this partner city (a slug).")] partner: Option<String>,
        #[graphql(desc = "Only projects matching this filter.")] filter: Option<PolicyExportFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            PolicyExportOrder,
        >,
        #[graphql(
            default = 100,
            desc = "How many projects to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many projects to skip.")] offset: i32,
    ) -> Result<Rows<PolicyExport>> {
        let paging = page(ctx, first, offset)?;
        let matching =
            policy_exports_where(ctx, sector, exporter, partner, filter.as_ref()).await?;
        let ordering =
            lists::ordering(POLICY_EXPORT, None, &order_by, PolicyExportOrderField::Slug)?;
        Ok(plain_list::<policy_export::Entity, _, _>(ctx, matching, ordering, paging).await?)
    }

    /// Policy exports summarized in total and per group (sector, mode, year, decade, partner
    /// country or continent): counts, distinct partners and budget statistics.
    async fn policy_exports_aggregate(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only projects of this sector.")] sector: Option<PolicySector>,
        #[graphql(desc = "Only projects of this exporting city (a slug).")] exporter: Option<
            String,
        >,
        #[graphql(desc = "Only projects for this partner city (a slug).")] partner: Option<String>,
        #[graphql(desc = "Only projects matching this filter.")] filter: Option<PolicyExportFilter>,
        #[graphql(default, desc = "Keys to group by; none gives only the total.")] group_by: Vec<
            PolicyExportGroupKey,
        >,
    ) -> Result<PolicyExportsAggregate> {
        let matching =
            policy_exports_where(ctx, sector, exporter, partner, filter.as_ref()).await?;
        let keys: Vec<_> = group_by.into_iter().map(Into::into).collect();
        let (total, groups) =
            activities::policy_exports_aggregate(db(ctx), matching, &keys, wanted_parts(ctx))
                .await?;
        Ok(PolicyExportsAggregate { total, groups })
    }

    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Policy exports as a Relay connection, ordered by slug, with cursors and a total count.
    async fn policy_exports_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only projects of this sector.")] sector: Option<PolicySector>,
        #[graphql(desc = "Only projects of this exporting city (a slug).")] exporter: Option<
            String,
        >,
        #[graphql(desc = "Only projects for this partner city (a slug).")] partner: Option<String>,
        #[graphql(desc = "Only projects matching this filter.")] filter: Option<PolicyExportFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            PolicyExportOrder,
        >,
        page: PageArgs,
    ) -> Result<Page<PolicyExport>> {
        let ordering =
            lists::ordering(POLICY_EXPORT, None, &order_by, PolicyExportOrderField::Slug)?;
        let matching =
            policy_exports_where(ctx, sector, exporter, partner, filter.as_ref()).await?;
        let list = "policyExports";
        Ok(
            connection_list::<policy_export::Entity, _>(ctx, list, matching, ordering, page)
                .await?,
        )
    }

    /// Events, ordered by slug.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only events of this kind.")] kind: Option<EventKind>,
        #[graphql(desc = "Only events hosted by this city (a slug).")] host: Option<String>,
        #[graphql(desc = "Only events matching this filter.")] filter: Option<EventFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            EventOrder,
        >,
        #[graphql(
            default = 100,
            desc = "How many events to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many events to skip.")] offset: i32,
    ) -> Result<Rows<Event>> {
        let paging = page(ctx, first, offset)?;
        let matching = events_where(ctx, kind, host, filter.as_ref()).await?;
        let ordering = lists::ordering(EVENT, None, &order_by, EventOrderField::Slug)?;
        Ok(plain_list::<event::Entity, _, _>(ctx, matching, ordering, paging).await?)
    }

    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Events as a Relay connection, ordered by slug, with cursors and a total count.
    async fn events_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only events of this kind.")] kind: Option<EventKind>,
        #[graphql(desc = "Only events hosted by this city (a slug).")] host: Option<String>,
        #[graphql(desc = "Only events matching this filter.")] filter: Option<EventFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            EventOrder,
        >,
        page: PageArgs,
    ) -> Result<Page<Event>> {
        let ordering = lists::ordering(EVENT, None, &order_by, EventOrderField::Slug)?;
        let matching = events_where(ctx, kind, host, filter.as_ref()).await?;
        Ok(connection_list::<event::Entity, _>(ctx, "events", matching, ordering, page).await?)
    }

    /// Programs and initiatives of cities, ordered by slug.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn programs(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only programs of this kind.")] kind: Option<ProgramKind>,
        #[graphql(desc = "Only programs of this city (a slug).")] city: Option<String>,
        #[graphql(desc = "Only programs matching this filter.")] filter: Option<ProgramFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            ProgramOrder,
        >,
        #[graphql(
            default = 100,
            desc = "How many programs to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many programs to skip.")] offset: i32,
    ) -> Result<Rows<Program>> {
        let paging = page(ctx, first, offset)?;
        let matching = programs_where(ctx, kind, city, filter.as_ref()).await?;
        let ordering = lists::ordering(PROGRAM, None, &order_by, ProgramOrderField::Slug)?;
        Ok(plain_list::<program::Entity, _, _>(ctx, matching, ordering, paging).await?)
    }

    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Programs as a Relay connection, ordered by slug, with cursors and a total count.
    async fn programs_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only programs of this kind.")] kind: Option<ProgramKind>,
        #[graphql(desc = "Only programs of this city (a slug).")] city: Option<String>,
        #[graphql(desc = "Only programs matching this filter.")] filter: Option<ProgramFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            ProgramOrder,
        >,
        page: PageArgs,
    ) -> Result<Page<Program>> {
        let ordering = lists::ordering(PROGRAM, None, &order_by, ProgramOrderField::Slug)?;
        let matching = programs_where(ctx, kind, city, filter.as_ref()).await?;
        Ok(
            connection_list::<program::Entity, _>(ctx, "programs", matching, ordering, page)
                .await?,
        )
    }

    /// Figures the sources state, ordered by metric.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn statistics(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only figures of this metric, such as `sister_city_count`.")]
        metric: Option<String>,
        #[graphql(desc = "Only figures about this city (a slug).")] city: Option<String>,
        #[graphql(desc = "Only figures about this organization (a slug).")] organization: Option<
            String,
        >,
        #[graphql(desc = "Only figures matching this filter.")] filter: Option<StatisticFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            StatisticOrder,
        >,
        #[graphql(
            default = 100,
            desc = "How many figures to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many figures to skip.")] offset: i32,
    ) -> Result<Rows<Statistic>> {
        let paging = page(ctx, first, offset)?;
        let matching = statistics_where(ctx, metric, city, organization, filter.as_ref()).await?;
        let ordering = lists::ordering(STATISTIC, None, &order_by, StatisticOrderField::Metric)?;
        Ok(plain_list::<statistic::Entity, _, _>(ctx, matching, ordering, paging).await?)
    }

    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Figures as a Relay connection, ordered by metric, with cursors and a total count.
    async fn statistics_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only figures of this metric, such as `sister_city_count`.")]
        metric: Option<String>,
        #[graphql(desc = "Only figures about this city (a slug).")] city: Option<String>,
        #[graphql(desc = "Only figures about this organization (a slug).")] organization: Option<
            String,
        >,
        #[graphql(desc = "Only figures matching this filter.")] filter: Option<StatisticFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            StatisticOrder,
        >,
        page: PageArgs,
    ) -> Result<Page<Statistic>> {
        let ordering = lists::ordering(STATISTIC, None, &order_by, StatisticOrderField::Metric)?;
        let matching = statistics_where(ctx, metric, city, organization, filter.as_ref()).await?;
        let list = "statistics";
        Ok(connection_list::<statistic::Entity, _>(ctx, list, matching, ordering, page).await?)
    }

    /// Phases of cities' diplomacy, by city and start year.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn periods(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only phases of this city (a slug).")] city: Option<String>,
    ) -> Result<Vec<Period>> {
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        Ok(wrap(activities::periods(db(ctx), city).await?))
    }
}
