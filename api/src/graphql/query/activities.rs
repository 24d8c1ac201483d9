//! Root fields for policy exports, events, programs, statistics and periods.

use async_graphql::{Context, Object, Result};

use super::{db, page, wrap};
use crate::graphql::types::{
    Event, EventKind, Period, PolicyExport, PolicyExportGroupKey, PolicyExportsAggregate,
    PolicySector, Program, ProgramKind, Statistic,
};
use crate::service::activities::PolicyExportFilter;
use crate::service::{activities, diplomacy, places};

#[derive(Default)]
pub struct ActivitiesQuery;

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
        let exporter = places::optional_city_id(db(ctx), exporter.as_deref()).await?;
        let partner = places::optional_city_id(db(ctx), partner.as_deref()).await?;
        Ok(wrap(
            activities::policy_exports(
                db(ctx),
                &PolicyExportFilter {
                    sector: sector.map(Into::into),
                    exporter,
                    partner,
                },
                paging,
            )
            .await?,
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
        let exporter = places::optional_city_id(db(ctx), exporter.as_deref()).await?;
        let partner = places::optional_city_id(db(ctx), partner.as_deref()).await?;
        let filter = PolicyExportFilter {
            sector: sector.map(Into::into),
            exporter,
            partner,
        };
        let keys: Vec<_> = group_by.into_iter().map(Into::into).collect();
        let (total, groups) = activities::policy_exports_aggregate(db(ctx), &filter, &keys).await?;
        Ok(PolicyExportsAggregate { total, groups })
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
            activities::events(db(ctx), kind.map(Into::into), host, paging).await?,
        ))
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
            activities::programs(db(ctx), kind.map(Into::into), city, paging).await?,
        ))
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
        let organization = match organization {
            Some(slug) => Some(
                diplomacy::organization(db(ctx), None, Some(&slug))
                    .await?
                    .id,
            ),
            None => None,
        };
        Ok(wrap(
            activities::statistics(db(ctx), metric.as_deref(), city, organization, paging).await?,
        ))
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
