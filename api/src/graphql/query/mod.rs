//! Root query fields, one module per domain, merged into [`Query`].

mod activities;
mod audit;
mod diplomacy;
mod graph;
mod keys;
mod node;
pub use node::find_node;
mod places;
mod provenance;
mod search;

use async_graphql::{Context, MergedObject, OutputType};
use sea_orm::{Condition, EntityTrait};

use crate::db::Db;
use crate::error::AppResult;
use crate::graphql::Limits;
use crate::graphql::connection::{self, PageArgs};
use crate::graphql::types::connection_parts;
use crate::service::Page;
use crate::service::keyset::{KeysetPage, Ordering};
use crate::service::lists::ListQuery;

/// The root of every read.
#[derive(MergedObject, Default)]
pub struct Query(
    places::PlacesQuery,
    diplomacy::DiplomacyQuery,
    activities::ActivitiesQuery,
    provenance::ProvenanceQuery,
    node::NodeQuery,
    search::SearchQuery,
    graph::GraphQuery,
    keys::KeysQuery,
    audit::AuditQueryRoot,
);

fn db<'a>(ctx: &'a Context<'_>) -> &'a Db {
    ctx.data_unchecked::<Db>()
}

fn page(ctx: &Context<'_>, first: i32, offset: i32) -> AppResult<Page> {
    Page::new(first, offset, ctx.data_unchecked::<Limits>().max_page_size)
}

/// A root plain list: the rows of `E` that `matching` keeps, in `ordering`, cut by `page`.
async fn plain_list<E: EntityTrait, T: From<E::Model>, C: FromIterator<T>>(
    ctx: &Context<'_>,
    matching: Condition,
    ordering: Ordering,
    page: Page,
) -> AppResult<C>
where
    E::Model: Sync + entity::row::ReadRow,
{
    let list = ListQuery::plain(matching, ordering, page);
    Ok(rows_of(list.page::<E>(db(ctx)).await?))
}

/// The rows of a plain list's page, each wrapped in its GraphQL type.
fn rows_of<M, T: From<M>, C: FromIterator<T>>(page: KeysetPage<M>) -> C {
    page.rows.into_iter().map(|(row, _)| row.into()).collect()
}

/// A root connection named `list` (the name its cursors carry): the rows of `E` that `matching`
/// keeps, in `ordering`, cut by the paging arguments, with only the parts the client reads.
async fn connection_list<E: EntityTrait, T: OutputType + From<E::Model>>(
    ctx: &Context<'_>,
    list: &str,
    matching: Condition,
    ordering: Ordering,
    args: PageArgs,
) -> AppResult<connection::Page<T>>
where
    E::Model: Sync + entity::row::ReadRow,
{
    let query = connection_query(ctx, list, matching, ordering, args)?;
    let page = query.page::<E>(db(ctx)).await?;
    Ok(connection::connection(list, &query.ordering, page))
}

/// The list query of a root connection named `list`: the rows `matching` keeps, in
/// `ordering`, cut by the paging arguments, with only the parts the client reads.
fn connection_query(
    ctx: &Context<'_>,
    list: &str,
    matching: Condition,
    ordering: Ordering,
    args: PageArgs,
) -> AppResult<ListQuery> {
    let max_page_size = ctx.data_unchecked::<Limits>().max_page_size;
    let window = args.window(list, &ordering, max_page_size)?;
    Ok(ListQuery {
        matching,
        ordering,
        window,
        parts: connection_parts(ctx),
    })
}

/// Wraps each model in its GraphQL type.
fn wrap<M, T: From<M>>(models: Vec<M>) -> Vec<T> {
    models.into_iter().map(T::from).collect()
}
