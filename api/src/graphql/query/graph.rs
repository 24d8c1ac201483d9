//! Root fields over the graph of cities: `path` and `related`.

use async_graphql::{Context, Object, Result};

use super::{db, page};
use crate::graphql::types::{Path, RelatedCity};
use crate::service::{graph, places};

#[derive(Default)]
pub struct GraphQuery;

#[Object]
impl GraphQuery {
    /// The shortest chains between two cities through agreements and shared memberships, each
    /// step naming what links it. Empty when no chain of at most `maxHops` steps exists.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn path(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The city to start from (a slug).")] from: String,
        #[graphql(desc = "The city to reach (a slug).")] to: String,
        #[graphql(default = 3, desc = "The longest chain to look for, 1 to 4 steps.")]
        max_hops: i32,
        #[graphql(
            default = 10,
            desc = "How many chains of the shortest length to return at most."
        )]
        first: i32,
    ) -> Result<Vec<Path>> {
        let paging = page(ctx, first, 0)?;
        let from = places::city_id(db(ctx), &from).await?;
        let to = places::city_id(db(ctx), &to).await?;
        let paths = graph::shortest_paths(db(ctx), from, to, max_hops, paging.limit()).await?;
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
}
