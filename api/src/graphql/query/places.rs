//! Root fields for countries and cities.

use async_graphql::{Context, Object, Result};

use super::{db, page, window, wrap};
use crate::graphql::connection::{Page, PageArgs, connection};
use crate::graphql::types::{
    CitiesAggregate, City, CityGroupKey, CityKind, Continent, Country, CountryGroup,
};
use crate::service::keyset::keyset_of;
use crate::service::places::{self, CityFilter};
use entity::city;

#[derive(Default)]
pub struct PlacesQuery;

/// The city filters, resolving the country code.
async fn city_filter(
    ctx: &Context<'_>,
    country_code: Option<String>,
    kind: Option<CityKind>,
) -> Result<CityFilter, crate::error::AppError> {
    let country = match country_code {
        Some(code) => Some(places::country(db(ctx), &code).await?.id),
        None => None,
    };
    Ok(CityFilter {
        country,
        kind: kind.map(Into::into),
    })
}

#[Object]
impl PlacesQuery {
    /// One city by its slug, such as `seoul`.
    async fn city(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The city's slug, such as `seoul`.")] slug: String,
    ) -> Result<Option<City>> {
        Ok(Some(places::city(db(ctx), &slug).await?.into()))
    }

    /// Cities, ordered by slug.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn cities(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only cities of the country with this ISO 3166-1 alpha-2 code, such as `JP`."
        )]
        country_code: Option<String>,
        #[graphql(desc = "Only cities of this kind.")] kind: Option<CityKind>,
        #[graphql(
            default = 100,
            desc = "How many cities to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many cities to skip.")] offset: i32,
    ) -> Result<Vec<City>> {
        let paging = page(ctx, first, offset)?;
        Ok(wrap(
            places::cities(
                db(ctx),
                &city_filter(ctx, country_code, kind).await?,
                &paging,
            )
            .await?,
        ))
    }

    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Cities as a Relay connection, ordered by slug, with cursors and a total count.
    async fn cities_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only cities of the country with this ISO 3166-1 alpha-2 code, such as `JP`."
        )]
        country_code: Option<String>,
        #[graphql(desc = "Only cities of this kind.")] kind: Option<CityKind>,
        #[graphql(desc = "Items after this cursor.")] after: Option<String>,
        #[graphql(desc = "Items before this cursor.")] before: Option<String>,
        #[graphql(
            desc = "The first this many items (default 100, at most the server's maximum page size)."
        )]
        first: Option<i32>,
        #[graphql(desc = "The last this many items (at most the server's maximum page size).")]
        last: Option<i32>,
        #[graphql(desc = "Items to skip after the cursor.")] offset: Option<i32>,
    ) -> Result<Page<City>> {
        let window = window(
            ctx,
            "cities",
            PageArgs {
                first,
                after,
                last,
                before,
                offset,
            },
        )?;
        let page = places::cities(
            db(ctx),
            &city_filter(ctx, country_code, kind).await?,
            &window,
        )
        .await?;
        Ok(connection("cities", page, |row| {
            keyset_of(row, city::Column::Slug, city::Column::Id)
        }))
    }

    /// Cities counted in total and per group (kind, country, continent), with the same filters
    /// as `cities`.
    async fn cities_aggregate(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only cities of the country with this ISO 3166-1 alpha-2 code, such as `JP`."
        )]
        country_code: Option<String>,
        #[graphql(desc = "Only cities of this kind.")] kind: Option<CityKind>,
        #[graphql(default, desc = "Keys to group by; none gives only the total.")] group_by: Vec<
            CityGroupKey,
        >,
    ) -> Result<CitiesAggregate> {
        let filter = city_filter(ctx, country_code, kind).await?;
        let keys: Vec<_> = group_by.into_iter().map(Into::into).collect();
        let (total, groups) = places::cities_aggregate(db(ctx), &filter, &keys).await?;
        Ok(CitiesAggregate { total, groups })
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
