//! Root fields for agreements and organizations.

use async_graphql::{Context, Object, Result};
use paradiplo_macros::paged;

use entity::{agreement, organization};
use sea_orm::Condition;

use super::{connection_list, connection_query, db, page, plain_list, rows_of};
use crate::error::AppError;
use crate::graphql::connection::{self, Page, PageArgs};
use crate::graphql::lists::{
    self, AgreementFilter, AgreementOrder, AgreementOrderField, OrganizationFilter,
    OrganizationOrder, OrganizationOrderField,
};
use crate::graphql::rows::Rows;
use crate::graphql::types::{
    Agreement, AgreementGroupKey, AgreementKind, AgreementStatus, AgreementsAggregate, Date,
    Organization, OrganizationKind, TimelineEntry, wanted_parts,
};
use crate::service::diplomacy::AgreementArgs;
use crate::service::keyset::{KeysetPage, Ordering};
use crate::service::lists::{ListQuery, SeenFrom};
use crate::service::{diplomacy, places, time};
use sea_orm::sea_query::Expr;

#[derive(Default)]
pub struct DiplomacyQuery;

const AGREEMENT: &str = "agreement";
const ORGANIZATION: &str = "organization";

/// The agreements the arguments of the agreement list, its connection and its aggregate
/// select, seen from `viewer` (the id of the city they are seen from, or an expression giving it).
fn agreements_where(
    ctx: &Context<'_>,
    args: AgreementArgs,
    viewer: Option<Expr>,
    filter: Option<&AgreementFilter>,
) -> Result<Condition, AppError> {
    let matching = lists::matching(ctx, AGREEMENT, viewer.clone(), filter)?;
    Ok(args.narrow(matching, viewer))
}

/// The page of agreements `list` asks for, seen from the city `city` names if any. The city's id
/// rides on the page's statement; only a page that comes back empty (no rows, no total) looks
/// the city up on its own, to tell an unknown slug from a city without such agreements.
async fn agreements_page(
    ctx: &Context<'_>,
    list: &ListQuery,
    city: Option<&str>,
) -> Result<KeysetPage<SeenFrom<agreement::Model>>, AppError> {
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
    Ok(page)
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

/// The simple arguments every list of agreements takes.
fn agreement_args(
    kind: Option<AgreementKind>,
    status: Option<AgreementStatus>,
    as_of: Option<Date>,
) -> AgreementArgs {
    AgreementArgs {
        kind: kind.map(Into::into),
        status: status.map(Into::into),
        as_of: as_of.map(|day| day.0),
    }
}

/// The ordering of agreements seen from `viewer`: by signature date unless `orderBy` says
/// otherwise.
fn agreement_ordering(
    viewer: Option<Expr>,
    order_by: &[AgreementOrder],
) -> Result<Ordering, AppError> {
    lists::ordering(AGREEMENT, viewer, order_by, AgreementOrderField::SignedOn)
}

/// The organizations the arguments of the organization list and its connection select.
fn organizations_where(
    ctx: &Context<'_>,
    kind: Option<OrganizationKind>,
    filter: Option<&OrganizationFilter>,
) -> Result<Condition, AppError> {
    let matching = lists::matching(ctx, ORGANIZATION, None, filter)?;
    Ok(diplomacy::organizations_where(
        matching,
        kind.map(Into::into),
    ))
}

#[paged]
#[Object]
impl DiplomacyQuery {
    /// Agreements between cities, ordered by signature date. With `city`, each agreement is seen
    /// from that city, so `partner` is the other party.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn agreements(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only agreements of this kind.")] kind: Option<AgreementKind>,
        #[graphql(desc = "Only agreements with this status.")] status: Option<AgreementStatus>,
        #[graphql(desc = "Only agreements this city (a slug) is a party to.")] city: Option<String>,
        #[graphql(
            desc = "Only agreements in force on this day: signed on or before it, not ended before it."
        )]
        as_of: Option<Date>,
        #[graphql(desc = "Only agreements matching this filter.")] filter: Option<AgreementFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            AgreementOrder,
        >,
        #[graphql(
            default = 100,
            desc = "How many agreements to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many agreements to skip.")] offset: i32,
    ) -> Result<Rows<Agreement>> {
        let paging = page(ctx, first, offset)?;
        let viewer = city.as_deref().map(places::city_id_in_statement);
        let args = agreement_args(kind, status, as_of);
        let matching = agreements_where(ctx, args, viewer.clone(), filter.as_ref())?;
        let ordering = agreement_ordering(viewer, &order_by)?;
        let list = ListQuery::plain(matching, ordering, paging);
        Ok(rows_of(agreements_page(ctx, &list, city.as_deref()).await?))
    }

    /// Agreements counted, with their distance statistics, in total and per group (kind, status,
    /// year, decade, partner country or continent, pair of countries or continents, each
    /// party's country), with the same filters as `agreements`.
    async fn agreements_aggregate(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only agreements of this kind.")] kind: Option<AgreementKind>,
        #[graphql(desc = "Only agreements with this status.")] status: Option<AgreementStatus>,
        #[graphql(
            desc = "Only agreements this city (a slug) is a party to; partners are seen from it."
        )]
        city: Option<String>,
        #[graphql(desc = "Only agreements in force on this day.")] as_of: Option<Date>,
        #[graphql(desc = "Only agreements matching this filter.")] filter: Option<AgreementFilter>,
        #[graphql(default, desc = "Keys to group by; none gives only the total.")] group_by: Vec<
            AgreementGroupKey,
        >,
    ) -> Result<AgreementsAggregate> {
        let city = places::optional_city_id(db(ctx), city.as_deref()).await?;
        let args = agreement_args(kind, status, as_of);
        let matching = agreements_where(ctx, args, city.map(Expr::val), filter.as_ref())?;
        let keys: Vec<_> = group_by.into_iter().map(Into::into).collect();
        let wanted = wanted_parts(ctx);
        let (total, groups) =
            diplomacy::agreements_aggregate(db(ctx), matching, city, &keys, wanted).await?;
        Ok(AgreementsAggregate { total, groups })
    }

    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Organizations as a Relay connection, ordered by slug, with cursors and a total count.
    async fn organizations_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only organizations of this kind.")] kind: Option<OrganizationKind>,
        #[graphql(desc = "Only organizations matching this filter.")] filter: Option<
            OrganizationFilter,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            OrganizationOrder,
        >,
        page: PageArgs,
    ) -> Result<Page<Organization>> {
        let ordering =
            lists::ordering(ORGANIZATION, None, &order_by, OrganizationOrderField::Slug)?;
        let matching = organizations_where(ctx, kind, filter.as_ref())?;
        let list = "organizations";
        Ok(connection_list::<organization::Entity, _>(ctx, list, matching, ordering, page).await?)
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

    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Agreements as a Relay connection, ordered by signature date (undated last), with cursors
    /// and a total count. With `city`, each agreement is seen from that city.
    async fn agreements_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only agreements of this kind.")] kind: Option<AgreementKind>,
        #[graphql(desc = "Only agreements with this status.")] status: Option<AgreementStatus>,
        #[graphql(desc = "Only agreements this city (a slug) is a party to.")] city: Option<String>,
        #[graphql(desc = "Only agreements in force on this day.")] as_of: Option<Date>,
        #[graphql(desc = "Only agreements matching this filter.")] filter: Option<AgreementFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            AgreementOrder,
        >,
        page: PageArgs,
    ) -> Result<Page<Agreement>> {
        let viewer = city.as_deref().map(places::city_id_in_statement);
        let args = agreement_args(kind, status, as_of);
        let matching = agreements_where(ctx, args, viewer.clone(), filter.as_ref())?;
        let ordering = agreement_ordering(viewer, &order_by)?;
        let name = "agreements";
        let list = connection_query(ctx, name, matching, ordering, page)?;
        let page = agreements_page(ctx, &list, city.as_deref()).await?;
        Ok(connection::connection(name, &list.ordering, page))
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

    /// International city networks and organizations, ordered by slug.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn organizations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only organizations of this kind.")] kind: Option<OrganizationKind>,
        #[graphql(desc = "Only organizations matching this filter.")] filter: Option<
            OrganizationFilter,
        >,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            OrganizationOrder,
        >,
        #[graphql(
            default = 100,
            desc = "How many organizations to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many organizations to skip.")] offset: i32,
    ) -> Result<Rows<Organization>> {
        let paging = page(ctx, first, offset)?;
        let matching = organizations_where(ctx, kind, filter.as_ref())?;
        let ordering =
            lists::ordering(ORGANIZATION, None, &order_by, OrganizationOrderField::Slug)?;
        Ok(plain_list::<organization::Entity, _, _>(ctx, matching, ordering, paging).await?)
    }
}
