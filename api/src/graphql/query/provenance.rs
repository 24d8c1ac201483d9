//! Root fields for sources.

use async_graphql::{Context, Object, Result};

use super::{db, page, wrap};
use crate::graphql::types::{Source, SourceKind};
use crate::service::provenance;

#[derive(Default)]
pub struct ProvenanceQuery;

#[Object]
impl ProvenanceQuery {
    /// One source by its key, such as `jpi-2020`.
    async fn source(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The source's key, such as `jpi-2020`.")] key: String,
    ) -> Result<Option<Source>> {
        Ok(Some(provenance::source(db(ctx), &key).await?.into()))
    }

    /// The sources facts are cited from, ordered by key.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn sources(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only sources of this kind.")] kind: Option<SourceKind>,
        #[graphql(
            default = 100,
            desc = "How many sources to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many sources to skip.")] offset: i32,
    ) -> Result<Vec<Source>> {
        let paging = page(ctx, first, offset)?;
        Ok(wrap(
            provenance::sources(db(ctx), kind.map(Into::into), paging).await?,
        ))
    }
}
