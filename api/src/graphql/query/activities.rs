//! Root fields for policy exports, events, programs, statistics and periods.

use async_graphql::{Context, Object, Result};
use paradiplo_macros::paged;

use super::{db, page, window, wrap};
use crate::error::AppError;
use crate::graphql::connection::{Page, PageArgs, connection};
use crate::graphql::lists::{
    self, EventFilter, EventOrder, EventOrderField, PolicyExportFilter, PolicyExportOrder,
    PolicyExportOrderField, ProgramFilter, ProgramOrder, ProgramOrderField, StatisticFilter,
    StatisticOrder, StatisticOrderField,
};
use crate::graphql::types::{
    Event, EventKind, Period, PolicyExport, PolicyExportGroupKey, PolicyExportsAggregate,
    PolicySector, Program, ProgramKind, Statistic, wanted_parts,
};
use crate::service::activities::PolicyExportSelection;
use crate::service::{activities, diplomacy, places};

#[derive(Default)]
pub struct ActivitiesQuery;

/// The rows of the policy-export list, its connection and its aggregate.
async fn policy_export_selection(
    ctx: &Context<'_>,
    sector: Option<PolicySector>,
    exporter: Option<String>,
    partner: Option<String>,
    filter: Option<&PolicyExportFilter>,
) -> Result<PolicyExportSelection, AppError> {
    Ok(PolicyExportSelection {
        sector: sector.map(Into::into),
        exporter: places::optional_city_id(db(ctx), exporter.as_deref()).await?,
        partner: places::optional_city_id(db(ctx), partner.as_deref()).await?,
        matching: lists::matching(ctx, POLICY_EXPORT, None, filter)?,
    })
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
    ) -> Result<Vec<PolicyExport>> {
        let paging = page(ctx, first, offset)?;
        let selection =
            policy_export_selection(ctx, sector, exporter, partner, filter.as_ref()).await?;
        let ordering =
            lists::ordering(POLICY_EXPORT, None, &order_by, PolicyExportOrderField::Slug)?;
        Ok(wrap(
            activities::policy_exports(db(ctx), &selection, &ordering, &paging).await?,
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
        #[graphql(desc = "Only projects matching this filter.")] filter: Option<PolicyExportFilter>,
        #[graphql(default, desc = "Keys to group by; none gives only the total.")] group_by: Vec<
            PolicyExportGroupKey,
        >,
    ) -> Result<PolicyExportsAggregate> {
        let selection =
            policy_export_selection(ctx, sector, exporter, partner, filter.as_ref()).await?;
        let keys: Vec<_> = group_by.into_iter().map(Into::into).collect();
        let (total, groups) =
            activities::policy_exports_aggregate(db(ctx), &selection, &keys, wanted_parts(ctx))
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
        let window = window(ctx, "policyExports", &ordering, page)?;
        let selection =
            policy_export_selection(ctx, sector, exporter, partner, filter.as_ref()).await?;
        let page = activities::policy_exports(db(ctx), &selection, &ordering, &window).await?;
        Ok(connection("policyExports", &ordering, page))
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
    ) -> Result<Vec<Event>> {
        let paging = page(ctx, first, offset)?;
        let host = places::optional_city_id(db(ctx), host.as_deref()).await?;
        let matching = lists::matching(ctx, EVENT, None, filter.as_ref())?;
        let ordering = lists::ordering(EVENT, None, &order_by, EventOrderField::Slug)?;
        let events = activities::events(
            db(ctx),
            kind.map(Into::into),
            host,
            matching,
            &ordering,
            &paging,
        )
        .await?;
        Ok(wrap(events))
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
        let window = window(ctx, "events", &ordering, page)?;
        let host = places::optional_city_id(db(ctx), host.as_deref()).await?;
        let matching = lists::matching(ctx, EVENT, None, filter.as_ref())?;
        let page = activities::events(
            db(ctx),
            kind.map(Into::into),
            host,
            matching,
            &ordering,
            &window,
        )
        .await?;
        Ok(connection("events", &ordering, page))
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
    ) -> Result<Vec<Program>> {
        let paging = page(ctx, first, offset)?;
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let matching = lists::matching(ctx, PROGRAM, None, filter.as_ref())?;
        let ordering = lists::ordering(PROGRAM, None, &order_by, ProgramOrderField::Slug)?;
        let programs = activities::programs(
            db(ctx),
            kind.map(Into::into),
            city,
            matching,
            &ordering,
            &paging,
        )
        .await?;
        Ok(wrap(programs))
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
        let window = window(ctx, "programs", &ordering, page)?;
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let matching = lists::matching(ctx, PROGRAM, None, filter.as_ref())?;
        let page = activities::programs(
            db(ctx),
            kind.map(Into::into),
            city,
            matching,
            &ordering,
            &window,
        )
        .await?;
        Ok(connection("programs", &ordering, page))
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
    ) -> Result<Vec<Statistic>> {
        let paging = page(ctx, first, offset)?;
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let organization = optional_organization_id(ctx, organization).await?;
        let matching = lists::matching(ctx, STATISTIC, None, filter.as_ref())?;
        let ordering = lists::ordering(STATISTIC, None, &order_by, StatisticOrderField::Metric)?;
        let subjects = (city, organization);
        Ok(wrap(
            activities::statistics(
                db(ctx),
                metric.as_deref(),
                subjects,
                matching,
                &ordering,
                &paging,
            )
            .await?,
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
        #[graphql(desc = "Only figures matching this filter.")] filter: Option<StatisticFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            StatisticOrder,
        >,
        page: PageArgs,
    ) -> Result<Page<Statistic>> {
        let ordering = lists::ordering(STATISTIC, None, &order_by, StatisticOrderField::Metric)?;
        let window = window(ctx, "statistics", &ordering, page)?;
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let organization = optional_organization_id(ctx, organization).await?;
        let matching = lists::matching(ctx, STATISTIC, None, filter.as_ref())?;
        let subjects = (city, organization);
        let page = activities::statistics(
            db(ctx),
            metric.as_deref(),
            subjects,
            matching,
            &ordering,
            &window,
        )
        .await?;
        Ok(connection("statistics", &ordering, page))
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
