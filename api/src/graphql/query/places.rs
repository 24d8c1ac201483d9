//! Root fields for countries and cities.

use async_graphql::{Context, Object, Result};

use super::{db, page, wrap};
use crate::graphql::types::{City, CityKind, Continent, Country, CountryGroup};
use crate::service::places;

#[derive(Default)]
pub struct PlacesQuery;

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
                country_code.as_deref(),
                kind.map(Into::into),
                paging,
            )
            .await?,
        ))
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
