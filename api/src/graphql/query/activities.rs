//! Root fields for policy exports, events, programs, statistics and periods.

use async_graphql::{Context, Object, Result};
use paradiplo_macros::root_lists;

use super::roots::{Aggregated, Selection, filtered};
use super::{db, wrap};
use crate::error::AppResult;
use crate::graphql::lists::{EventFilter, PolicyExportFilter, ProgramFilter, StatisticFilter};
use crate::graphql::types::{
    Event, EventKind, Period, PolicyExport, PolicyExportGroupKey, PolicyExportsAggregate,
    PolicySector, Program, ProgramKind, Statistic, wanted_parts,
};
use crate::service::{activities, diplomacy, places};

#[derive(Default)]
pub struct ActivitiesQuery;

/// Resolves an optional organization slug filter.
async fn optional_organization_id(
    ctx: &Context<'_>,
    slug: Option<String>,
) -> AppResult<Option<i32>> {
    match slug {
        Some(slug) => Ok(Some(
            diplomacy::organization(db(ctx), None, Some(&slug))
                .await?
                .id,
        )),
        None => Ok(None),
    }
}

impl Aggregated for PolicyExport {
    type GroupKey = PolicyExportGroupKey;
    type Aggregate = PolicyExportsAggregate;

    async fn aggregate(
        ctx: &Context<'_>,
        selection: Selection<Self>,
        group_by: Vec<PolicyExportGroupKey>,
    ) -> AppResult<PolicyExportsAggregate> {
        let keys: Vec<_> = group_by.into_iter().map(Into::into).collect();
        let wanted = wanted_parts(ctx);
        let (total, groups) =
            activities::policy_exports_aggregate(db(ctx), selection.matching, &keys, wanted)
                .await?;
        Ok(PolicyExportsAggregate { total, groups })
    }
}

#[root_lists]
#[Object]
impl ActivitiesQuery {
    /// The policy exports the arguments of their list, connection and aggregate select.
    #[root_list(
        items = "projects",
        list = "Policies cities exported to (shared with) other cities, ordered by slug.",
        connection = "Policy exports as a Relay connection, ordered by slug, with cursors and a \
            total count.",
        aggregate = "Policy exports summarized in total and per group (sector, mode, year, decade, partner\n\
            country or continent): counts, distinct partners and budget statistics."
    )]
    async fn policy_exports_selection(
        ctx: &Context<'_>,
        #[graphql(desc = "Only projects of this sector.")] sector: Option<PolicySector>,
        #[graphql(desc = "Only projects of this exporting city (a slug).")] exporter: Option<
            String,
        >,
        #[graphql(desc = "Only projects for this partner city (a slug).")] partner: Option<String>,
        #[graphql(desc = "Only projects matching this filter.")] filter: Option<PolicyExportFilter>,
    ) -> AppResult<Selection<PolicyExport>> {
        let exporter = places::optional_city_id(db(ctx), exporter.as_deref()).await?;
        let partner = places::optional_city_id(db(ctx), partner.as_deref()).await?;
        let matching = filtered(ctx, None, filter.as_ref())?;
        let sector = sector.map(Into::into);
        Ok(activities::policy_exports_where(matching, sector, exporter, partner).into())
    }

    /// The events the arguments of their list and connection select.
    #[root_list(
        items = "events",
        list = "Events, ordered by slug.",
        connection = "Events as a Relay connection, ordered by slug, with cursors and a total \
            count."
    )]
    async fn events_selection(
        ctx: &Context<'_>,
        #[graphql(desc = "Only events of this kind.")] kind: Option<EventKind>,
        #[graphql(desc = "Only events hosted by this city (a slug).")] host: Option<String>,
        #[graphql(desc = "Only events matching this filter.")] filter: Option<EventFilter>,
    ) -> AppResult<Selection<Event>> {
        let host = places::optional_city_id(db(ctx), host.as_deref()).await?;
        let matching = filtered(ctx, None, filter.as_ref())?;
        Ok(activities::events_where(matching, kind.map(Into::into), host).into())
    }

    /// The programs the arguments of their list and connection select.
    #[root_list(
        items = "programs",
        list = "Programs and initiatives of cities, ordered by slug.",
        connection = "Programs as a Relay connection, ordered by slug, with cursors and a total \
            count."
    )]
    async fn programs_selection(
        ctx: &Context<'_>,
        #[graphql(desc = "Only programs of this kind.")] kind: Option<ProgramKind>,
        #[graphql(desc = "Only programs of this city (a slug).")] city: Option<String>,
        #[graphql(desc = "Only programs matching this filter.")] filter: Option<ProgramFilter>,
    ) -> AppResult<Selection<Program>> {
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let matching = filtered(ctx, None, filter.as_ref())?;
        Ok(activities::programs_where(matching, kind.map(Into::into), city).into())
    }

    /// The figures the arguments of their list and connection select.
    #[root_list(
        items = "figures",
        list = "Figures the sources state, ordered by metric.",
        connection = "Figures as a Relay connection, ordered by metric, with cursors and a total \
            count."
    )]
    async fn statistics_selection(
        ctx: &Context<'_>,
        #[graphql(desc = "Only figures of this metric, such as `sister_city_count`.")]
        metric: Option<String>,
        #[graphql(desc = "Only figures about this city (a slug).")] city: Option<String>,
        #[graphql(desc = "Only figures about this organization (a slug).")] organization: Option<
            String,
        >,
        #[graphql(desc = "Only figures matching this filter.")] filter: Option<StatisticFilter>,
    ) -> AppResult<Selection<Statistic>> {
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let organization = optional_organization_id(ctx, organization).await?;
        let matching = filtered(ctx, None, filter.as_ref())?;
        Ok(activities::statistics_where(matching, metric, city, organization).into())
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
