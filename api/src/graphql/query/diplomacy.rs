//! Root fields for agreements and organizations.

use async_graphql::{Context, Object, Result};
use entity::agreement;
use paradiplo_macros::root_lists;

use super::db;
use super::roots::{Aggregated, Listed, Selection, filtered};
use crate::error::AppResult;
use crate::graphql::lists::{AgreementFilter, AgreementOrderField, OrganizationFilter};
use crate::graphql::types::{
    Agreement, AgreementGroupKey, AgreementKind, AgreementStatus, AgreementsAggregate, Date,
    Organization, OrganizationKind, TimelineEntry, wanted_parts,
};
use crate::service::diplomacy::AgreementArgs;
use crate::service::keyset::KeysetPage;
use crate::service::lists::{ListQuery, SeenFrom};
use crate::service::{diplomacy, places, time};

#[derive(Default)]
pub struct DiplomacyQuery;

impl Listed for Agreement {
    type Entity = agreement::Entity;
    type Order = AgreementOrderField;
    const DEFAULT_ORDER: AgreementOrderField = AgreementOrderField::SignedOn;

    /// The city's id rides on the page's statement; only a page that comes back empty (no
    /// rows, no total) looks the city up on its own, to tell an unknown slug from a city
    /// without such agreements.
    async fn page(
        ctx: &Context<'_>,
        list: &ListQuery,
        city: Option<&str>,
    ) -> AppResult<KeysetPage<Self>> {
        let viewer = city.map(places::city_id_in_statement);
        let page = list
            .page_seen_from::<agreement::Entity>(db(ctx), viewer)
            .await?;
        if let Some(city) = city
            && page.rows.is_empty()
            && page.total == 0
        {
            places::city_id(db(ctx), city).await?;
        }
        Ok(page.map(Self::from))
    }
}

impl From<SeenFrom<agreement::Model>> for Agreement {
    fn from(row: SeenFrom<agreement::Model>) -> Self {
        let mut agreement = Self::from(row.model);
        if let Some(city) = row.viewer {
            agreement.see_from(city);
        }
        agreement
    }
}

impl Aggregated for Agreement {
    type GroupKey = AgreementGroupKey;
    type Aggregate = AgreementsAggregate;

    async fn aggregate(
        ctx: &Context<'_>,
        selection: Selection<Self>,
        group_by: Vec<AgreementGroupKey>,
    ) -> AppResult<AgreementsAggregate> {
        let city = places::optional_city_id(db(ctx), selection.city.as_deref()).await?;
        let keys: Vec<_> = group_by.into_iter().map(Into::into).collect();
        let wanted = wanted_parts(ctx);
        let (total, groups) =
            diplomacy::agreements_aggregate(db(ctx), selection.matching, city, &keys, wanted)
                .await?;
        Ok(AgreementsAggregate { total, groups })
    }
}

#[root_lists]
#[Object]
impl DiplomacyQuery {
    /// The agreements the arguments of their list, connection and aggregate select, each seen
    /// from `city` if given.
    #[root_list(
        items = "agreements",
        list = "Agreements between cities, ordered by signature date. With `city`, each agreement is seen\n\
            from that city, so `partner` is the other party.",
        connection = "Agreements as a Relay connection, ordered by signature date (undated last), with cursors\n\
            and a total count. With `city`, each agreement is seen from that city.",
        aggregate = "Agreements counted, with their distance statistics, in total and per group (kind, status,\n\
            year, decade, partner country or continent, pair of countries or continents, each\n\
            party's country), with the same filters as `agreements`."
    )]
    async fn agreements_selection(
        ctx: &Context<'_>,
        #[graphql(desc = "Only agreements of this kind.")] kind: Option<AgreementKind>,
        #[graphql(desc = "Only agreements with this status.")] status: Option<AgreementStatus>,
        #[graphql(
            desc = "Only agreements this city (a slug) is a party to; partners are seen from it."
        )]
        city: Option<String>,
        #[graphql(
            desc = "Only agreements in force on this day: signed on or before it, not ended before it."
        )]
        as_of: Option<Date>,
        #[graphql(desc = "Only agreements matching this filter.")] filter: Option<AgreementFilter>,
    ) -> AppResult<Selection<Agreement>> {
        let args = AgreementArgs {
            kind: kind.map(Into::into),
            status: status.map(Into::into),
            as_of: as_of.map(|day| day.0),
        };
        let viewer = city.as_deref().map(places::city_id_in_statement);
        let matching = filtered(ctx, viewer.clone(), filter.as_ref())?;
        Ok(Selection::seen_from(args.narrow(matching, viewer), city))
    }

    /// The organizations the arguments of their list and connection select.
    #[root_list(
        items = "organizations",
        list = "International city networks and organizations, ordered by slug.",
        connection = "Organizations as a Relay connection, ordered by slug, with cursors and a \
            total count."
    )]
    async fn organizations_selection(
        ctx: &Context<'_>,
        #[graphql(desc = "Only organizations of this kind.")] kind: Option<OrganizationKind>,
        #[graphql(desc = "Only organizations matching this filter.")] filter: Option<
            OrganizationFilter,
        >,
    ) -> AppResult<Selection<Organization>> {
        let matching = filtered(ctx, None, filter.as_ref())?;
        Ok(diplomacy::organizations_where(matching, kind.map(Into::into)).into())
    }

    /// A city's dated facts in order: agreements signed and ended, memberships joined and left,
    /// events hosted, policies exported and received. Undated facts are left out.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn timeline(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The city (a slug).")] city: String,
    ) -> Result<Vec<TimelineEntry>> {
        let city = places::city_id(db(ctx), &city).await?;
        let entries = time::timeline(db(ctx), city).await?;
        Ok(entries
            .into_iter()
            .map(|entry| TimelineEntry::new(entry, city))
            .collect())
    }

    /// One organization, by its acronym (case-insensitive) or its slug.
    async fn organization(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The acronym, such as `C40`.")] acronym: Option<String>,
        #[graphql(desc = "The slug, such as `c40`.")] slug: Option<String>,
    ) -> Result<Option<Organization>> {
        Ok(Some(
            diplomacy::organization(db(ctx), acronym.as_deref(), slug.as_deref())
                .await?
                .into(),
        ))
    }
}
