//! GraphQL types, one module per domain, each wrapping the entity model it is read from.
//! Relations resolve through the request's loader, never by querying per parent.

mod access;
mod aggregate;
mod agreement;
mod audit;
mod city;
mod country;
mod date;
mod event;
mod figures;
mod graph;
mod network;
mod node;
mod organization;
mod policy_export;
mod program;
mod source;
mod timeline;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_graphql::dataloader::Loader;
use async_graphql::{Context, OutputType, Pos, Result};

pub use super::vocabulary::*;
pub use access::{ApiKey, NewApiKey, Principal, Role};
pub use aggregate::{
    AgreementGroupKey, AgreementsAggregate, CitiesAggregate, CityGroupKey, PolicyExportGroupKey,
    PolicyExportsAggregate, wanted_parts,
};
pub use agreement::Agreement;
pub use audit::{AuditAction, AuditEntry, RecordType};
pub use city::City;
pub use country::{Country, CountryGroup};
pub use date::Date;
pub use event::Event;
pub use figures::{Period, Statistic};
pub use graph::{Path, RelatedCity};
pub use network::{
    Centrality, CentralityMeasure, CityRank, Component, Components, CountryConnectivity, Near,
    PathLinkKind, PinnedSnapshot, snapshot, snapshot_with,
};
pub use node::{Node, NodeId, NodeKind};
pub use organization::{HostedOffice, Membership, Organization};
pub use policy_export::PolicyExport;
pub use program::Program;
pub use source::{Citation, Source};
pub use timeline::TimelineEntry;

use super::connection::{Page, PageArgs, connection};
use super::lists::{self, OrderBy, Relation};
use super::loaders::{
    ChildPage, Children, CitationsOf, Cited, DbLoader, Link, LoadError, PageRequest, RequestLoader,
};
use crate::service::keyset::{KeysetPage, Ordering, Parts};

/// The request's loader, through which every relation is read.
fn loader<'a>(ctx: &Context<'a>) -> &'a RequestLoader {
    ctx.data_unchecked::<Arc<RequestLoader>>()
}

/// Loads the value behind `key`, if any.
async fn load<K, V>(ctx: &Context<'_>, key: K) -> Result<Option<V>>
where
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    DbLoader: Loader<K, Value = V, Error = LoadError>,
    V: Send + Sync + Clone + 'static,
{
    Ok(loader(ctx).load_one(key).await?)
}

/// Loads the rows behind a to-many `key` and wraps each in its GraphQL type.
async fn load_many<K, M, T>(ctx: &Context<'_>, key: K) -> Result<Vec<T>>
where
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    DbLoader: Loader<K, Value = Vec<M>, Error = LoadError>,
    M: Send + Sync + Clone + 'static,
    T: From<M>,
{
    Ok(load(ctx, key)
        .await?
        .unwrap_or_default()
        .into_iter()
        .map(T::from)
        .collect())
}

/// The compiled arguments of the request's nested lists, by the field that gives them and the
/// list: every parent reached through one field of the document asks the same (its arguments
/// are the same text and the request's variables), so the first parent compiles them and the
/// rest share them.
#[derive(Default)]
pub struct PageRequests(Mutex<HashMap<(Pos, &'static str), Arc<PageRequest>>>);

/// The compiled arguments of a nested connection named `list`, which every parent reached
/// through this field of the document shares: its condition and ordering (from `compile`, run
/// by the first parent only), its window and the parts of the page the field reads.
fn page_request(
    ctx: &Context<'_>,
    list: &'static str,
    page: PageArgs,
    parts: Parts,
    compile: impl FnOnce() -> Result<(sea_orm::Condition, Ordering)>,
) -> Result<Arc<PageRequest>> {
    let field = ctx.item.pos;
    let requests = ctx.data_opt::<PageRequests>();
    let compiled = |requests: &PageRequests| requests.0.lock().ok()?.get(&(field, list)).cloned();
    if let Some(request) = requests.and_then(compiled) {
        return Ok(request);
    }
    let max_page_size = ctx.data_unchecked::<crate::graphql::Limits>().max_page_size;
    let request = PageRequest::new(field, list, compile()?, page, parts, max_page_size)?;
    if let Some(PageRequests(requests)) = requests
        && let Ok(mut requests) = requests.lock()
    {
        requests.insert((field, list), request.clone());
    }
    Ok(request)
}

/// The parts of a page the connection field of `ctx` selects: its `totalCount`, its rows
/// (`edges`, `nodes` and `pageInfo` read them), or both.
pub(crate) fn connection_parts(ctx: &Context<'_>) -> Parts {
    let selection = ctx.look_ahead();
    Parts {
        total: selection.field("totalCount").exists(),
        rows: ["edges", "nodes", "pageInfo"]
            .into_iter()
            .any(|field| selection.field(field).exists()),
    }
}

/// The first page of a connection, as large as the server allows: what a plain list returns.
fn largest_page(ctx: &Context<'_>) -> PageArgs {
    let max_page_size = ctx.data_unchecked::<crate::graphql::Limits>().max_page_size;
    PageArgs {
        first: i32::try_from(max_page_size).ok(),
        after: None,
        last: None,
        before: None,
        offset: None,
    }
}

/// The plain list of the children of `id` through relation `R`: its loader's rows without a
/// filter or ordering; with them, the connection's rows, as many as the server's maximum page
/// size.
pub(crate) async fn relation_list<R: Relation, Node>(
    ctx: &Context<'_>,
    id: i32,
    filter: Option<Box<R::Filter>>,
    order_by: Vec<OrderBy<R::Order>>,
) -> Result<Vec<Node>>
where
    Node: OutputType + From<<R::Child as sea_orm::EntityTrait>::Model>,
{
    if filter.is_none() && order_by.is_empty() {
        let relation = R::default();
        return load_many(ctx, Children { id, relation }).await;
    }
    // Boxed: held inline, the filtered path would grow every plain list's future too.
    let page = largest_page(ctx);
    let page = children_page::<R, Node>(ctx, id, filter, order_by, page, Parts::ROWS);
    let page = Box::pin(page).await?;
    Ok(page.edges.into_iter().map(|edge| edge.node).collect())
}

/// The connection of the children of `id` through relation `R`: filtered, ordered and paged
/// in SQL, for every parent of the request at once.
pub(crate) async fn relation_page<R: Relation, Node>(
    ctx: &Context<'_>,
    id: i32,
    filter: Option<Box<R::Filter>>,
    order_by: Vec<OrderBy<R::Order>>,
    page: PageArgs,
) -> Result<Page<Node>>
where
    Node: OutputType + From<<R::Child as sea_orm::EntityTrait>::Model>,
{
    let parts = connection_parts(ctx);
    children_page::<R, Node>(ctx, id, filter, order_by, page, parts).await
}

/// The `parts` of a page of the children of `id` through relation `R`.
async fn children_page<R: Relation, Node>(
    ctx: &Context<'_>,
    id: i32,
    filter: Option<Box<R::Filter>>,
    order_by: Vec<OrderBy<R::Order>>,
    page: PageArgs,
    parts: Parts,
) -> Result<Page<Node>>
where
    Node: OutputType + From<<R::Child as sea_orm::EntityTrait>::Model>,
{
    let request = page_request(ctx, R::LIST, page, parts, || {
        let table = sea_orm::EntityName::table_name(&R::Child::default());
        let matching = lists::matching(ctx, table, None, filter.as_ref())?;
        Ok((
            matching,
            lists::ordering(table, None, &order_by, R::DEFAULT_ORDER)?,
        ))
    })?;
    let key = ChildPage {
        parent: Link::<R::Child>(R::link()),
        id,
        request: request.clone(),
    };
    let page = load(ctx, key).await?.unwrap_or_else(KeysetPage::empty);
    Ok(connection(R::LIST, &request.query.ordering, page))
}

/// The citations of a record: where its facts come from.
async fn citations(ctx: &Context<'_>, record: Cited, id: i32) -> Result<Vec<Citation>> {
    load_many(ctx, CitationsOf { record, id }).await
}

/// The memberships held on `day`, or all of them. Filtered here rather than in SQL: a city has
/// a few dozen memberships at most, and the loader's batch serves every `asOf` at once.
fn held_on(memberships: Vec<Membership>, day: Option<Date>) -> Result<Vec<Membership>> {
    Ok(match day {
        Some(Date(day)) => memberships
            .into_iter()
            .filter(|membership| crate::service::time::membership_in_force(&membership.0, &day))
            .collect(),
        None => memberships,
    })
}

/// A name in English, else in Korean: for records whose sources give only one of them.
fn either(english: &Option<String>, korean: &Option<String>) -> String {
    english
        .clone()
        .or_else(|| korean.clone())
        .unwrap_or_default()
}

/// The year of an ISO 8601 date of any precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
fn year_of(date: &Option<String>) -> Option<i32> {
    date.as_deref()
        .and_then(|date| date.get(..4))
        .and_then(|year| year.parse().ok())
}
