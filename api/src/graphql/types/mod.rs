//! GraphQL types, one module per domain, each wrapping the entity model it is read from.
//! Relations resolve through the DataLoader, never by querying per parent.

mod aggregate;
mod agreement;
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

use async_graphql::dataloader::{DataLoader, Loader};
use async_graphql::{Context, Result};

pub use aggregate::{
    AgreementGroupKey, AgreementsAggregate, CitiesAggregate, CityGroupKey, PolicyExportGroupKey,
    PolicyExportsAggregate,
};
pub use agreement::Agreement;
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
use super::loaders::{ChildPage, CitationsOf, Cited, DbLoader, LoadError, PageRequest};
use crate::service::keyset::{KeysetPage, Ordering};

/// Loads the value behind `key`, if any.
async fn load<K, V>(ctx: &Context<'_>, key: K) -> Result<Option<V>>
where
    K: Send + Sync + std::hash::Hash + Eq + Clone + 'static,
    DbLoader: Loader<K, Value = V, Error = LoadError>,
    V: Send + Sync + Clone + 'static,
{
    Ok(ctx
        .data_unchecked::<DataLoader<DbLoader>>()
        .load_one(key)
        .await?)
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

/// The connection of the rows of `E` whose column `parent` is `id`: filtered, ordered and
/// paged in SQL, for every parent of the request at once.
async fn child_connection<E, Node, F, O>(
    ctx: &Context<'_>,
    list: &str,
    parent: E::Column,
    id: i32,
    filter: Option<F>,
    order_by: Vec<OrderBy<O>>,
    default: O,
    page: PageArgs,
) -> Result<Page<Node>>
where
    E: sea_orm::EntityTrait,
    E::Model: Send + Sync + Clone,
    Node: async_graphql::OutputType + From<E::Model>,
    F: Filter + std::fmt::Debug,
    O: OrderField + async_graphql::InputType,
{
    let table = E::default().table_name();
    let matching = lists::matching(table, None, filter.as_ref())?;
    let ordering = lists::ordering(table, None, &order_by, default)?;
    let arguments = format!("{filter:?} {order_by:?}");
    let request = page_request(ctx, list, arguments, matching, ordering, page)?;
    let key = ChildPage::<E> {
        parent,
        id,
        request: request.clone(),
    };
    let page = load(ctx, key).await?.unwrap_or_else(KeysetPage::empty);
    Ok(connection(list, &request.ordering, page))
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
