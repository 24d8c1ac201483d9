//! GraphQL types, one module per domain, each wrapping the entity model it is read from.
//! Relations resolve through the request's loader, never by querying per parent.

mod access;
mod aggregate;
mod agreement;
mod audit;
mod city;
mod country;
mod date;
mod enums;
mod event;
mod figures;
mod graph;
mod node;
mod organization;
mod policy_export;
mod program;
mod source;
mod timeline;

use std::sync::Arc;

use async_graphql::dataloader::Loader;
use async_graphql::{Context, InputType, OutputType, Result};

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
pub use enums::*;
pub use event::Event;
pub use figures::{Period, Statistic};
pub use graph::{Path, RelatedCity};
pub use node::{Node, NodeId, NodeKind};
pub use organization::{HostedOffice, Membership, Organization};
pub use policy_export::PolicyExport;
pub use program::Program;
pub use source::{Citation, Source};
pub use timeline::TimelineEntry;

use super::connection::{Page, PageArgs, connection};
use super::lists::{self, Filter, OrderBy, OrderField};
use super::loaders::{
    ChildPage, CitationsOf, Cited, DbLoader, LoadError, PageRequest, RequestLoader,
};
use crate::service::keyset::{KeysetPage, Ordering};

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

/// The compiled arguments of a nested connection named `list`, which every parent asking the
/// same shares; `arguments` identifies them.
fn page_request(
    ctx: &Context<'_>,
    list: &str,
    arguments: String,
    matching: sea_orm::Condition,
    ordering: Ordering,
    page: PageArgs,
) -> Result<Arc<PageRequest>> {
    let max_page_size = ctx.data_unchecked::<crate::graphql::Limits>().max_page_size;
    let window = page.window(list, &ordering, max_page_size)?;
    Ok(Arc::new(PageRequest {
        arguments: format!("{list} {arguments}"),
        matching,
        ordering,
        window,
    }))
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

/// The `filter` and `orderBy` arguments of a nested list or connection named `list`, and the
/// order it takes when `orderBy` is empty.
struct Filtered<F, O: InputType> {
    list: &'static str,
    filter: Option<F>,
    order_by: Vec<OrderBy<O>>,
    default: O,
}

impl<F: Filter + InputType + std::fmt::Debug, O: OrderField + InputType> Filtered<F, O> {
    /// The connection of the rows of `E` whose column `parent` is `id`: filtered, ordered and
    /// paged in SQL, for every parent of the request at once.
    async fn connection<E, Node>(
        self,
        ctx: &Context<'_>,
        parent: E::Column,
        id: i32,
        page: PageArgs,
    ) -> Result<Page<Node>>
    where
        E: sea_orm::EntityTrait,
        E::Model: Send + Sync + Clone,
        Node: OutputType + From<E::Model>,
    {
        let table = E::default().table_name();
        let matching = lists::matching(ctx, table, None, self.filter.as_ref())?;
        let ordering = lists::ordering(table, None, &self.order_by, self.default)?;
        let arguments = format!("{:?} {:?}", self.filter, self.order_by);
        let request = page_request(ctx, self.list, arguments, matching, ordering, page)?;
        let key = ChildPage::<E> {
            parent,
            id,
            request: request.clone(),
        };
        let page = load(ctx, key).await?.unwrap_or_else(KeysetPage::empty);
        Ok(connection(self.list, &request.ordering, page))
    }

    /// The plain list of the rows of `E` whose column `parent` is `id`: `all` (the relation's
    /// loader) without a filter or ordering; with them, the connection's rows, as many as the
    /// server's maximum page size.
    async fn children<E, Node>(
        self,
        ctx: &Context<'_>,
        parent: E::Column,
        id: i32,
        all: impl Future<Output = Result<Vec<Node>>>,
    ) -> Result<Vec<Node>>
    where
        E: sea_orm::EntityTrait,
        E::Model: Send + Sync + Clone,
        Node: OutputType + From<E::Model>,
    {
        if self.filter.is_none() && self.order_by.is_empty() {
            return all.await;
        }
        // Boxed: held inline, the filtered path would grow every plain list's future too.
        let page = Box::pin(self.connection::<E, Node>(ctx, parent, id, largest_page(ctx))).await?;
        Ok(page.edges.into_iter().map(|edge| edge.node).collect())
    }
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
