//! The root lists. Each kind listed at the root is declared once below (its entity and default
//! order); its fields come from one `#[root_list]` method per kind (see `paradiplo_macros`),
//! the selection its list, connection and aggregate share, and read through [`Selection`]:
//! one list query (`service::lists::ListQuery`) each.

use std::future::Future;
use std::marker::PhantomData;

use async_graphql::{Context, InputType, OutputType};
use entity::row::ReadRow;
use sea_orm::sea_query::Expr;
use sea_orm::{Condition, EntityName, EntityTrait};

use super::db;
use crate::error::AppResult;
use crate::graphql::Limits;
use crate::graphql::connection::{self, PageArgs};
use crate::graphql::lists::{self, Filter, OrderBy, OrderField};
use crate::graphql::rows::Rows;
use crate::graphql::types::connection_parts;
use crate::service::keyset::{KeysetPage, Ordering};
use crate::service::lists::ListQuery;
use crate::service::{Page, places};

/// The condition of a root field's optional `filter` on the rows it filters, seen from
/// `viewer` (agreements).
pub fn filtered<F: Filter + InputType>(
    ctx: &Context<'_>,
    viewer: Option<Expr>,
    filter: Option<&F>,
) -> AppResult<Condition> {
    let table = <F::Entity as Default>::default().table_name();
    lists::matching(ctx, table, viewer, filter)
}

/// A record type listed at the root.
pub trait Listed: OutputType + From<<Self::Entity as EntityTrait>::Model> {
    /// The rows it is read from.
    type Entity: EntityTrait<Model: Sync + ReadRow>;
    /// What its lists can be ordered by.
    type Order: OrderField + InputType;
    /// The order of its lists when `orderBy` is empty.
    const DEFAULT_ORDER: Self::Order;

    /// The page of rows `list` asks for, seen from the city `city` names if the kind has a
    /// side for it (agreements).
    fn page(
        ctx: &Context<'_>,
        list: &ListQuery,
        city: Option<&str>,
    ) -> impl Future<Output = AppResult<KeysetPage<Self>>> + Send {
        let _ = city;
        async move { Ok(list.page::<Self::Entity>(db(ctx)).await?.map(Self::from)) }
    }
}

/// Declares the kinds read the usual way, `Type: module, OrderField::Default` each.
macro_rules! listed {
    ($($node:ident: $entity:ident, $order:ident::$default:ident;)+) => {$(
        impl Listed for crate::graphql::types::$node {
            type Entity = entity::$entity::Entity;
            type Order = lists::$order;
            const DEFAULT_ORDER: lists::$order = lists::$order::$default;
        }
    )+};
}

listed! {
    City: city, CityOrderField::Slug;
    Event: event, EventOrderField::Slug;
    Organization: organization, OrganizationOrderField::Slug;
    PolicyExport: policy_export, PolicyExportOrderField::Slug;
    Program: program, ProgramOrderField::Slug;
    Source: source, SourceOrderField::Key;
    Statistic: statistic, StatisticOrderField::Metric;
}

/// A kind whose root rows are also summarized, in total and per group.
pub trait Aggregated: Listed {
    /// What its rows can be grouped by.
    type GroupKey: InputType;
    /// The summary.
    type Aggregate: OutputType;

    /// The summary of the rows `selection` keeps, grouped by `group_by`.
    fn aggregate(
        ctx: &Context<'_>,
        selection: Selection<Self>,
        group_by: Vec<Self::GroupKey>,
    ) -> impl Future<Output = AppResult<Self::Aggregate>> + Send;
}

/// The rows of `T` the simple arguments and filter of a root field keep, and the city they
/// are seen from, for a kind that has a side for it.
pub struct Selection<T> {
    pub matching: Condition,
    pub city: Option<String>,
    listed: PhantomData<fn() -> T>,
}

impl<T> From<Condition> for Selection<T> {
    fn from(matching: Condition) -> Self {
        Self::seen_from(matching, None)
    }
}

impl<T> Selection<T> {
    /// The rows `matching` keeps, seen from the city `city` names.
    pub fn seen_from(matching: Condition, city: Option<String>) -> Self {
        Self {
            matching,
            city,
            listed: PhantomData,
        }
    }

    /// The id of the city the rows are seen from, read inside the statement that uses it.
    pub fn viewer(&self) -> Option<Expr> {
        self.city.as_deref().map(places::city_id_in_statement)
    }
}

impl<T: Listed> Selection<T> {
    /// The plain list: the rows of `paging`, in `order_by`.
    pub async fn list(
        self,
        ctx: &Context<'_>,
        order_by: &[OrderBy<T::Order>],
        paging: Page,
    ) -> AppResult<Rows<T>> {
        let ordering = self.ordering(order_by)?;
        let list = ListQuery::plain(self.matching, ordering, paging);
        let page = T::page(ctx, &list, self.city.as_deref()).await?;
        Ok(page.rows.into_iter().map(|(row, _)| row).collect())
    }

    /// The connection named `name` (the list its cursors belong to), cut by the paging
    /// arguments, with only the parts the client reads.
    pub async fn connection(
        self,
        ctx: &Context<'_>,
        name: &str,
        order_by: &[OrderBy<T::Order>],
        args: PageArgs,
    ) -> AppResult<connection::Page<T>> {
        let ordering = self.ordering(order_by)?;
        let max_page_size = ctx.data_unchecked::<Limits>().max_page_size;
        let window = args.window(name, &ordering, max_page_size)?;
        let list = ListQuery {
            matching: self.matching,
            ordering,
            window,
            parts: connection_parts(ctx),
        };
        let page = T::page(ctx, &list, self.city.as_deref()).await?;
        Ok(connection::connection(name, &list.ordering, page))
    }

    fn ordering(&self, order_by: &[OrderBy<T::Order>]) -> AppResult<Ordering> {
        let table = T::Entity::default().table_name();
        lists::ordering(table, self.viewer(), order_by, T::DEFAULT_ORDER)
    }
}
