//! Root fields for sources.

use async_graphql::{Context, Object, Result};
use paradiplo_macros::paged;

use entity::source;
use sea_orm::Condition;

use super::{connection_list, db, page, plain_list};
use crate::error::AppResult;
use crate::graphql::connection::{Page, PageArgs};
use crate::graphql::lists::{self, SourceFilter, SourceOrder, SourceOrderField};
use crate::graphql::types::{Source, SourceKind};
use crate::service::provenance;

const SOURCE: &str = "source";

#[derive(Default)]
pub struct ProvenanceQuery;

/// The sources the arguments of the source list and its connection select.
fn sources_where(
    ctx: &Context<'_>,
    kind: Option<SourceKind>,
    filter: Option<&SourceFilter>,
) -> AppResult<Condition> {
    let matching = lists::matching(ctx, SOURCE, None, filter)?;
    Ok(provenance::sources_where(matching, kind.map(Into::into)))
}

#[paged]
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
        #[graphql(desc = "Only sources matching this filter.")] filter: Option<SourceFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            SourceOrder,
        >,
        #[graphql(
            default = 100,
            desc = "How many sources to return at most (up to the server's maximum page size)."
        )]
        first: i32,
        #[graphql(default, desc = "How many sources to skip.")] offset: i32,
    ) -> Result<Vec<Source>> {
        let paging = page(ctx, first, offset)?;
        let matching = sources_where(ctx, kind, filter.as_ref())?;
        let ordering = lists::ordering(SOURCE, None, &order_by, SourceOrderField::Key)?;
        Ok(plain_list::<source::Entity, _, _>(ctx, matching, ordering, paging).await?)
    }
    #[graphql(complexity = "crate::graphql::connection_cost(first, last, child_complexity)")]
    /// Sources as a Relay connection, ordered by key, with cursors and a total count.
    async fn sources_connection(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only sources of this kind.")] kind: Option<SourceKind>,
        #[graphql(desc = "Only sources matching this filter.")] filter: Option<SourceFilter>,
        #[graphql(default, desc = "Keys to order by, in turn; the id breaks ties.")] order_by: Vec<
            SourceOrder,
        >,
        page: PageArgs,
    ) -> Result<Page<Source>> {
        let matching = sources_where(ctx, kind, filter.as_ref())?;
        let ordering = lists::ordering(SOURCE, None, &order_by, SourceOrderField::Key)?;
        Ok(connection_list::<source::Entity, _>(ctx, "sources", matching, ordering, page).await?)
    }
}
