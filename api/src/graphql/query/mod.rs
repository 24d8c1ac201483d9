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
mod roots;
mod search;

use async_graphql::{Context, MergedObject};

use crate::db::Db;
use crate::error::AppResult;
use crate::graphql::Limits;
use crate::service::Page;

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

/// Wraps each model in its GraphQL type.
fn wrap<M, T: From<M>>(models: Vec<M>) -> Vec<T> {
    models.into_iter().map(T::from).collect()
}
