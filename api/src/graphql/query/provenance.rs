//! Root fields for sources.

use async_graphql::{Context, Object, Result};
use paradiplo_macros::root_lists;

use super::db;
use super::roots::{Selection, filtered};
use crate::error::AppResult;
use crate::graphql::lists::SourceFilter;
use crate::graphql::types::{Source, SourceKind};
use crate::service::provenance;

#[derive(Default)]
pub struct ProvenanceQuery;

#[root_lists]
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

    /// The sources the arguments of the source list and its connection select.
    #[root_list(
        items = "sources",
        list = "The sources facts are cited from, ordered by key.",
        connection = "Sources as a Relay connection, ordered by key, with cursors and a total \
            count."
    )]
    async fn sources_selection(
        ctx: &Context<'_>,
        #[graphql(desc = "Only sources of this kind.")] kind: Option<SourceKind>,
        #[graphql(desc = "Only sources matching this filter.")] filter: Option<SourceFilter>,
    ) -> AppResult<Selection<Source>> {
        let matching = filtered(ctx, None, filter.as_ref())?;
        Ok(provenance::sources_where(matching, kind.map(Into::into)).into())
    }
}
