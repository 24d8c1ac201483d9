//! Root fields for countries and cities.

use std::collections::HashMap;

use async_graphql::{Context, Object, Result};
use entity::city;
use paradiplo_macros::root_lists;

use super::roots::{Aggregated, Selection, filtered};
use super::{db, page, wrap};
use crate::error::{AppError, AppResult};
use crate::graphql::lists::{CityFilter, CityOrder};
use crate::graphql::rows::Rows;
use crate::graphql::types::{
    CitiesAggregate, City, CityGroupKey, CityKind, Continent, Country, CountryGroup, Near,
    wanted_parts,
};
use crate::service::places;

#[derive(Default)]
pub struct PlacesQuery;

impl Aggregated for City {
    type GroupKey = CityGroupKey;
    type Aggregate = CitiesAggregate;

    async fn aggregate(
        ctx: &Context<'_>,
        selection: Selection<Self>,
        group_by: Vec<CityGroupKey>,
    ) -> AppResult<CitiesAggregate> {
        let keys: Vec<_> = group_by.into_iter().map(Into::into).collect();
        let wanted = wanted_parts(ctx);
        let (total, groups) =
            places::cities_aggregate(db(ctx), selection.matching, &keys, wanted).await?;
        Ok(CitiesAggregate { total, groups })
    }
}

#[root_lists]
#[Object]
impl PlacesQuery {
    /// One city by its slug, such as `seoul`, or by its Wikidata id, such as `Q8684`
    /// (exactly one of the two).
    async fn city(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The city's slug, such as `seoul`.")] slug: Option<String>,
        #[graphql(desc = "The city's Wikidata item, such as `Q8684`.")] wikidata_id: Option<String>,
    ) -> Result<Option<City>> {
        let city = places::city_by(db(ctx), slug.as_deref(), wikidata_id.as_deref()).await?;
        Ok(Some(city.into()))
    }

    /// The cities the arguments of `cities`, `citiesConnection` and `citiesAggregate` select,
    /// resolving the country code.
    #[root_list(
        connection = "Cities as a Relay connection, ordered by slug unless `orderBy` says otherwise, with cursors\n\
            and a total count.",
        aggregate = "Cities counted in total and per group (kind, country, continent), with the same filters\n\
            as `cities`."
    )]
    async fn cities_selection(
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only cities of the country with this ISO 3166-1 alpha-2 code, such as `JP`."
        )]
        country_code: Option<String>,
        #[graphql(desc = "Only cities of this kind.")] kind: Option<CityKind>,
        #[graphql(desc = "Only cities matching this filter.")] filter: Option<CityFilter>,
    ) -> AppResult<Selection<City>> {
        let country = match country_code {
            Some(code) => Some(places::country(db(ctx), &code).await?.id),
            None => None,
        };
        let matching = filtered(ctx, None, filter.as_ref())?;
        Ok(places::cities_where(matching, country, kind.map(Into::into)).into())
    }

    /// Cities, ordered by slug unless `orderBy` says otherwise.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn cities(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only cities of the country with this ISO 3166-1 alpha-2 code, such as `JP`."
        )]
        country_code: Option<String>,
        #[graphql(desc = "Only cities of this kind.")] kind: Option<CityKind>,
        #[graphql(desc = "Only cities matching this filter.")] filter: Option<CityFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            CityOrder,
        >,
        #[graphql(
            default = 100,
            desc = "How many cities to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many cities to skip.")] offset: i32,
        #[graphql(
            desc = "Only cities within this distance of a point, nearest first (then by id); not with `orderBy`."
        )]
        near: Option<Near>,
    ) -> Result<Rows<City>> {
        let paging = page(ctx, first, offset)?;
        let selection = Self::cities_selection(ctx, country_code, kind, filter).await?;
        let Some(near) = near else {
            return Ok(selection.list(ctx, &order_by, paging).await?);
        };
        if !order_by.is_empty() {
            return Err(AppError::BadUserInput(
                "`near` orders cities by distance; it cannot be given with `orderBy`".into(),
            )
            .into());
        }
        let skip = usize::try_from(paging.offset()).unwrap_or(usize::MAX);
        let take = usize::try_from(paging.limit()).unwrap_or(usize::MAX);
        let mut nearest = near.cities(ctx).await?;
        // With no other condition every city near is listed: read only the page's.
        let matching = selection.matching;
        let paged_here = matching.is_empty();
        if paged_here {
            nearest = nearest.into_iter().skip(skip).take(take).collect();
        }
        let mut found: HashMap<i32, city::Model> =
            places::cities_among(db(ctx), matching, nearest.iter().copied())
                .await?
                .into_iter()
                .map(|model| (model.id, model))
                .collect();
        let (skip, take) = if paged_here {
            (0, usize::MAX)
        } else {
            (skip, take)
        };
        Ok(nearest
            .iter()
            .filter_map(|id| found.remove(id))
            .skip(skip)
            .take(take)
            .map(City::from)
            .collect())
    }

    /// One country by its ISO 3166-1 alpha-2 code, such as `KR`.
    async fn country(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "ISO 3166-1 alpha-2 code, such as `KR`.")] code: String,
    ) -> Result<Option<Country>> {
        Ok(Some(places::country(db(ctx), &code).await?.into()))
    }

    /// Countries, ordered by code.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn countries(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only countries on this continent.")] continent: Option<Continent>,
        #[graphql(desc = "Only countries of this group, such as `ASEAN` or `CIS`.")] group: Option<
            String,
        >,
    ) -> Result<Vec<Country>> {
        Ok(wrap(
            places::countries(db(ctx), continent.map(Into::into), group.as_deref()).await?,
        ))
    }

    /// Groupings of countries, such as ASEAN and CIS.
    #[graphql(complexity = "crate::graphql::NESTED_LIST_COST * child_complexity")]
    async fn country_groups(&self, ctx: &Context<'_>) -> Result<Vec<CountryGroup>> {
        Ok(wrap(places::country_groups(db(ctx)).await?))
    }
}
