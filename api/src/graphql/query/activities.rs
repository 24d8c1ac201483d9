//! Root fields for policy exports, events, programs, statistics and periods.

use async_graphql::{Context, Object, Result};

use super::{db, page, window, wrap};
use crate::error::AppError;
use crate::graphql::connection::{Page, PageArgs, connection};
use crate::graphql::types::{
    Event, EventKind, Period, PolicyExport, PolicyExportGroupKey, PolicyExportsAggregate,
    PolicySector, Program, ProgramKind, Statistic,
};
use crate::service::activities::PolicyExportFilter;
use crate::service::keyset::keyset_of;
use crate::service::{activities, diplomacy, places};
use entity::{event, policy_export, program, statistic};

#[derive(Default)]
pub struct ActivitiesQuery;

/// The policy-export filters shared by the list, its connection and its aggregate.
async fn policy_export_filter(
    ctx: &Context<'_>,
    sector: Option<PolicySector>,
    exporter: Option<String>,
    partner: Option<String>,
) -> Result<PolicyExportFilter, AppError> {
    Ok(PolicyExportFilter {
        sector: sector.map(Into::into),
        exporter: places::optional_city_id(db(ctx), exporter.as_deref()).await?,
        partner: places::optional_city_id(db(ctx), partner.as_deref()).await?,
    })
}

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
        #[graphql(
            default = 100,
            desc = "How many projects to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many projects to skip.")] offset: i32,
    ) -> Result<Vec<PolicyExport>> {
        let paging = page(ctx, first, offset)?;
        let filter = policy_export_filter(ctx, sector, exporter, partner).await?;
        Ok(wrap(
            activities::policy_exports(db(ctx), &filter, &paging).await?,
        ))
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
        #[graphql(default, desc = "Keys to group by; none gives only the total.")] group_by: Vec<
            PolicyExportGroupKey,
        >,
    ) -> Result<PolicyExportsAggregate> {
        let filter = policy_export_filter(ctx, sector, exporter, partner).await?;
        let keys: Vec<_> = group_by.into_iter().map(Into::into).collect();
        let (total, groups) = activities::policy_exports_aggregate(db(ctx), &filter, &keys).await?;
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
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(
            desc = "The first this many items (default 100, at most the server's maximum page size)."
        )]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    ) -> Result<Page<PolicyExport>> {
        let window = window(
            ctx,
            "policyExports",
            PageArgs {
                first,
                after,
                last,
                before,
                offset,
            },
        )?;
        let filter = policy_export_filter(ctx, sector, exporter, partner).await?;
        let page = activities::policy_exports(db(ctx), &filter, &window).await?;
        Ok(connection("policyExports", page, |row| {
            keyset_of(row, policy_export::Column::Slug, policy_export::Column::Id)
        }))
    }

    /// Events, ordered by slug.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only events of this kind.")] kind: Option<EventKind>,
        #[graphql(desc = "Only events hosted by this city (a slug).")] host: Option<String>,
        #[graphql(
            default = 100,
            desc = "How many events to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many events to skip.")] offset: i32,
    ) -> Result<Vec<Event>> {
        let paging = page(ctx, first, offset)?;
        let host = places::optional_city_id(db(ctx), host.as_deref()).await?;
        Ok(wrap(
            activities::events(db(ctx), kind.map(Into::into), host, &paging).await?,
        ))
    }

    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Events as a Relay connection, ordered by slug, with cursors and a total count.
    async fn events_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only events of this kind.")] kind: Option<EventKind>,
        #[graphql(desc = "Only events hosted by this city (a slug).")] host: Option<String>,
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(
            desc = "The first this many items (default 100, at most the server's maximum page size)."
        )]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    ) -> Result<Page<Event>> {
        let window = window(
            ctx,
            "events",
            PageArgs {
                first,
                after,
                last,
                before,
                offset,
            },
        )?;
        let host = places::optional_city_id(db(ctx), host.as_deref()).await?;
        let page = activities::events(db(ctx), kind.map(Into::into), host, &window).await?;
        Ok(connection("events", page, |row| {
            keyset_of(row, event::Column::Slug, event::Column::Id)
        }))
    }

    /// Programs and initiatives of cities, ordered by slug.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn programs(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only programs of this kind.")] kind: Option<ProgramKind>,
        #[graphql(desc = "Only programs of this city (a slug).")] city: Option<String>,
        #[graphql(
            default = 100,
            desc = "How many programs to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many programs to skip.")] offset: i32,
    ) -> Result<Vec<Program>> {
        let paging = page(ctx, first, offset)?;
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        Ok(wrap(
            activities::programs(db(ctx), kind.map(Into::into), city, &paging).await?,
        ))
    }

    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Programs as a Relay connection, ordered by slug, with cursors and a total count.
    async fn programs_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only programs of this kind.")] kind: Option<ProgramKind>,
        #[graphql(desc = "Only programs of this city (a slug).")] city: Option<String>,
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(
            desc = "The first this many items (default 100, at most the server's maximum page size)."
        )]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    ) -> Result<Page<Program>> {
        let window = window(
            ctx,
            "programs",
            PageArgs {
                first,
                after,
                last,
                before,
                offset,
            },
        )?;
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let page = activities::programs(db(ctx), kind.map(Into::into), city, &window).await?;
        Ok(connection("programs", page, |row| {
            keyset_of(row, program::Column::Slug, program::Column::Id)
        }))
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
        #[graphql(
            default = 100,
            desc = "How many figures to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many figures to skip.")] offset: i32,
    ) -> Result<Vec<Statistic>> {
        let paging = page(ctx, first, offset)?;
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let organization = optional_organization_id(ctx, organization).await?;
        Ok(wrap(
            activities::statistics(db(ctx), metric.as_deref(), city, organization, &paging).await?,
        ))
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
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(
            desc = "The first this many items (default 100, at most the server's maximum page size)."
        )]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    ) -> Result<Page<Statistic>> {
        let window = window(
            ctx,
            "statistics",
            PageArgs {
                first,
                after,
                last,
                before,
                offset,
            },
        )?;
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let organization = optional_organization_id(ctx, organization).await?;
        let page =
            activities::statistics(db(ctx), metric.as_deref(), city, organization, &window).await?;
        Ok(connection("statistics", page, |row| {
            keyset_of(row, statistic::Column::Metric, statistic::Column::Id)
        }))
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
