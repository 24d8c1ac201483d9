//! Root fields over the graph of cities: `path`, `related`, and the network questions
//! (`cityRanking`, `components`, `countriesConnected`) answered by the in-memory snapshot.

use async_graphql::{Context, Object, Result};

use super::{db, page};
use crate::error::AppError;
use crate::graphql::types::{
    Centrality, CentralityMeasure, CityRank, Components, Continent, CountryConnectivity, Path,
    PathLinkKind, RelatedCity, snapshot,
};
use crate::service::network::MAX_HOPS;
use crate::service::{graph, places};

/// The most countries `countriesConnected` takes (there are fewer than 250).
const MAX_COUNTRIES: usize = 300;

#[derive(Default)]
pub struct GraphQuery;

#[Object]
impl GraphQuery {
    /// The shortest chains between two cities through agreements and shared memberships, each
    /// step naming what links it. Empty when no chain of at most `maxHops` steps exists.
    /// Answered by a bidirectional breadth-first search over the in-memory network.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn path(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The city to start from (a slug).")] from: String,
        #[graphql(desc = "The city to reach (a slug).")] to: String,
        #[graphql(default = 3, desc = "The longest chain to look for, 1 to 8 steps.")]
        max_hops: i32,
        #[graphql(
            default = 10,
            desc = "How many chains of the shortest length to return at most; they come in the order of the cities' ids along the chain, agreements before organizations."
        )]
        first: i32,
        #[graphql(
            desc = "The kinds of link a step may take (default: agreements and shared memberships)."
        )]
        through: Option<Vec<PathLinkKind>>,
    ) -> Result<Vec<Path>> {
        let paging = page(ctx, first, 0)?;
        if !(1..=MAX_HOPS).contains(&max_hops) {
            return Err(AppError::BadUserInput(format!(
                "`maxHops` must be between 1 and {MAX_HOPS}; got {max_hops}"
            ))
            .into());
        }
        let from = places::city_id(db(ctx), &from).await?;
        let to = places::city_id(db(ctx), &to).await?;
        let snapshot = snapshot(ctx).await?;
        let through = PathLinkKind::allowed(through.as_deref());
        let paths = snapshot.shortest_paths(from, to, through, max_hops, paging.limit())?;
        Ok(paths.into_iter().map(Path).collect())
    }

    /// Cities sharing the most organizations and agreement partners with a city, best first.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn related(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The city to compare with (a slug).")] city: String,
        #[graphql(default = 10, desc = "How many cities to return at most.")] first: i32,
    ) -> Result<Vec<RelatedCity>> {
        let paging = page(ctx, first, 0)?;
        let city = places::city_id(db(ctx), &city).await?;
        let limit = usize::try_from(paging.limit()).unwrap_or(usize::MAX);
        Ok(graph::related(db(ctx), city, limit)
            .await?
            .into_iter()
            .map(RelatedCity)
            .collect())
    }

    /// Cities ranked by their centrality in the network of agreements, highest first (ties by
    /// id). Filters choose which cities are listed, not how they rank: `rank` is always the
    /// city's rank among all cities.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn city_ranking(
        &self,
        ctx: &Context<'_>,
        #[graphql(default_with = "CentralityMeasure::Degree", desc = "What to rank by.")]
        by: CentralityMeasure,
        #[graphql(
            desc = "Only cities of the country with this ISO 3166-1 alpha-2 code, such as `JP`."
        )]
        country: Option<String>,
        #[graphql(desc = "Only cities on this continent.")] continent: Option<Continent>,
        #[graphql(default = 20, desc = "How many cities to return at most.")] first: i32,
        #[graphql(default, desc = "How many cities to skip.")] offset: i32,
    ) -> Result<Vec<CityRank>> {
        let paging = page(ctx, first, offset)?;
        let country = match country {
            Some(code) => Some(places::country(db(ctx), &code).await?.id),
            None => None,
        };
        let snapshot = snapshot(ctx).await?;
        let betweenness = match by {
            CentralityMeasure::Betweenness => Some(snapshot.betweenness().await?),
            CentralityMeasure::Degree => None,
        };
        let ranked = snapshot.ranking(
            by.into(),
            betweenness.as_deref(),
            country,
            continent.map(Into::into),
        );
        let skip = usize::try_from(paging.offset()).unwrap_or(usize::MAX);
        let take = usize::try_from(paging.limit()).unwrap_or(usize::MAX);
        Ok(ranked
            .into_iter()
            .skip(skip)
            .take(take)
            .map(|vertex| CityRank {
                centrality: Centrality {
                    snapshot: snapshot.clone(),
                    vertex,
                },
                by,
            })
            .collect())
    }

    /// The connected components of the network of agreements.
    async fn components(&self, ctx: &Context<'_>) -> Result<Components> {
        Ok(Components(snapshot(ctx).await?))
    }

    /// Whether countries are joined through chains of agreements: connected when one
    /// component of the network holds a city of every one of them (a country without cities
    /// is never connected).
    async fn countries_connected(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "ISO 3166-1 alpha-2 codes of the countries (default: every country with a city)."
        )]
        countries: Option<Vec<String>>,
    ) -> Result<CountryConnectivity> {
        let snapshot = snapshot(ctx).await?;
        let mut ids = match countries {
            None => snapshot.countries(),
            Some(codes) if codes.is_empty() => {
                return Err(AppError::BadUserInput(
                    "`countries` must name at least one country".into(),
                )
                .into());
            }
            Some(codes) if codes.len() > MAX_COUNTRIES => {
                return Err(AppError::BadUserInput(format!(
                    "`countries` names at most {MAX_COUNTRIES} countries; got {}",
                    codes.len()
                ))
                .into());
            }
            Some(codes) => {
                let mut ids = Vec::with_capacity(codes.len());
                for code in codes {
                    ids.push(places::country(db(ctx), &code).await?.id);
                }
                ids
            }
        };
        ids.sort_unstable();
        ids.dedup();
        Ok(CountryConnectivity {
            connectivity: snapshot.connectivity(&ids),
            countries: ids,
        })
    }
}
