//! Keyset pagination: pages that stay right while rows are inserted, because a cursor names
//! the last row seen by its sort value and id rather than by its position. Rows are ordered by
//! the sort column (unknown values last) and then by id, so equal sort values never make a page
//! skip or repeat a row.

use sea_orm::sea_query::{Expr, ExprTrait, NullOrdering, Order};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, ModelTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Select, Value,
};

use crate::error::AppResult;

/// A row's place in the order: its sort value (as text; null when unknown) and its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Keyset {
    pub sort: Option<String>,
    pub id: i32,
}

/// Which rows a page holds, as a client asked for them (already validated).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Window {
    pub first: Option<u64>,
    pub last: Option<u64>,
    pub after: Option<Keyset>,
    pub before: Option<Keyset>,
    pub offset: u64,
}

/// A page of rows, with what lies around it.
#[derive(Debug, Clone)]
pub struct KeysetPage<M> {
    pub rows: Vec<M>,
    pub has_previous: bool,
    pub has_next: bool,
    /// Rows the filters select, ignoring the cursors.
    pub total: u64,
}

/// The sort key of a row.
pub fn keyset_of<M: ModelTrait>(
    model: &M,
    sort: <M::Entity as EntityTrait>::Column,
    id: <M::Entity as EntityTrait>::Column,
) -> Keyset {
    let sort = match model.get(sort) {
        Value::String(Some(text)) => Some(text.to_string()),
        _ => None,
    };
    let id = match model.get(id) {
        Value::Int(Some(id)) => id,
        _ => 0,
    };
    Keyset { sort, id }
}

/// Rows after `key` in (sort nulls last, id) order.
fn after<C: ColumnTrait>(sort: C, id: C, key: &Keyset) -> Condition {
    match &key.sort {
        Some(value) => Condition::any()
            .add(Expr::col(sort).gt(value.as_str()))
            .add(
                Condition::all()
                    .add(Expr::col(sort).eq(value.as_str()))
                    .add(Expr::col(id).gt(key.id)),
            )
            .add(sort.is_null()),
        None => Condition::all()
            .add(sort.is_null())
            .add(Expr::col(id).gt(key.id)),
    }
}

/// Rows before `key` in (sort nulls last, id) order.
fn before<C: ColumnTrait>(sort: C, id: C, key: &Keyset) -> Condition {
    match &key.sort {
        Some(value) => Condition::any()
            .add(Expr::col(sort).lt(value.as_str()))
            .add(
                Condition::all()
                    .add(Expr::col(sort).eq(value.as_str()))
                    .add(Expr::col(id).lt(key.id)),
            ),
        None => Condition::any().add(sort.is_not_null()).add(
            Condition::all()
                .add(sort.is_null())
                .add(Expr::col(id).lt(key.id)),
        ),
    }
}

/// One page of `query`, by `sort` then `id`.
pub async fn page<E: EntityTrait>(
    db: &DatabaseConnection,
    query: Select<E>,
    sort: E::Column,
    id: E::Column,
    window: &Window,
) -> AppResult<KeysetPage<E::Model>>
where
    E::Model: Sync,
{
    let total = query.clone().count(db).await?;
    let mut query = query;
    if let Some(key) = &window.after {
        query = query.filter(after(sort, id, key));
    }
    if let Some(key) = &window.before {
        query = query.filter(before(sort, id, key));
    }
    let backwards = window.first.is_none() && window.last.is_some();
    let limit = window.first.or(window.last).unwrap_or_default();
    query = if backwards {
        query
            .order_by_with_nulls(sort, Order::Desc, NullOrdering::First)
            .order_by(id, Order::Desc)
    } else {
        query
            .order_by_with_nulls(sort, Order::Asc, NullOrdering::Last)
            .order_by(id, Order::Asc)
    };
    let mut rows = query.offset(window.offset).limit(limit + 1).all(db).await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let (has_previous, has_next) = if backwards {
        rows.reverse();
        (more, window.before.is_some())
    } else {
        (window.after.is_some() || window.offset > 0, more)
    };
    Ok(KeysetPage {
        rows,
        has_previous,
        has_next,
        total,
    })
}
