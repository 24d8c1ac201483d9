//! Keyset pagination: pages that stay right while rows are inserted, because a cursor names
//! the last row seen by its sort values and id rather than by its position. Rows are ordered by
//! the sort keys (each ascending or descending, unknown values first or last) and then by id,
//! so equal sort values never make a page skip or repeat a row.
//!
//! The same [`Ordering`] cuts one list ([`page`]) or the lists of many parents at once
//! ([`pages_of`], a window function partitioned by parent).

use std::collections::HashMap;

use entity::row::ReadRow;
use sea_orm::sea_query::{
    Alias, Asterisk, Expr, ExprTrait, Func, NullOrdering, Order, OrderedStatement, OverStatement,
    Query, SelectStatement, WindowStatement,
};
use sea_orm::{Condition, ConnectionTrait, QueryResult, Value};
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::AppResult;

/// The type a sort key's values are read and compared as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortType {
    Text,
    Integer,
    Float,
}

/// One key of an ordering: an expression over the listed table. A key that is never null
/// orders without a NULLS clause, so that an index on it serves either direction.
#[derive(Debug, Clone)]
pub struct SortKey {
    pub expr: Expr,
    pub sort_type: SortType,
    pub descending: bool,
    pub nulls_first: bool,
    pub nullable: bool,
}

impl SortKey {
    fn reversed(&self) -> Self {
        Self {
            descending: !self.descending,
            nulls_first: !self.nulls_first,
            ..self.clone()
        }
    }

    fn order(&self) -> (Order, Option<NullOrdering>) {
        let nulls = match (self.nullable, self.nulls_first) {
            (false, _) => None,
            (true, true) => Some(NullOrdering::First),
            (true, false) => Some(NullOrdering::Last),
        };
        let order = if self.descending {
            Order::Desc
        } else {
            Order::Asc
        };
        (order, nulls)
    }

    fn order_by(&self, statement: &mut impl OrderedStatement) {
        match self.order() {
            (order, Some(nulls)) => {
                statement.order_by_expr_with_nulls(self.expr.clone(), order, nulls)
            }
            (order, None) => statement.order_by_expr(self.expr.clone(), order),
        };
    }

    /// Rows strictly beyond `value` on this key, in this key's order.
    fn beyond(&self, value: &SortValue) -> Condition {
        let expr = self.expr.clone();
        match value.bound() {
            None if self.nulls_first => Condition::all().add(expr.is_not_null()),
            None => Condition::any(),
            Some(bound) => {
                let compared = if self.descending {
                    expr.clone().lt(bound)
                } else {
                    expr.clone().gt(bound)
                };
                let beyond = Condition::any().add(compared);
                if self.nulls_first {
                    beyond
                } else {
                    beyond.add(expr.is_null())
                }
            }
        }
    }

    fn equal(&self, value: &SortValue) -> Expr {
        match value.bound() {
            None => self.expr.clone().is_null(),
            Some(bound) => self.expr.clone().eq(bound),
        }
    }
}

/// How a list is ordered: its keys, then the id as the tie-breaker. `signature` names the
/// ordering in cursors, so a cursor is only taken back by the ordering that gave it out.
#[derive(Debug, Clone)]
pub struct Ordering {
    pub keys: Vec<SortKey>,
    pub id: Expr,
    pub signature: String,
}

impl Ordering {
    fn reversed(&self) -> Self {
        Self {
            keys: self.keys.iter().map(SortKey::reversed).collect(),
            id: self.id.clone(),
            signature: self.signature.clone(),
        }
    }

    /// The sort types of the keys, which a cursor's values must have.
    pub fn sort_types(&self) -> Vec<SortType> {
        self.keys.iter().map(|key| key.sort_type).collect()
    }

    /// Rows after `keyset` in this ordering (the id ascending).
    fn after(&self, keyset: &Keyset, id_ascending: bool) -> Condition {
        let mut any = Condition::any();
        let mut equal_so_far = Condition::all();
        for (key, value) in self.keys.iter().zip(&keyset.values) {
            any = any.add(equal_so_far.clone().add(key.beyond(value)));
            equal_so_far = equal_so_far.add(key.equal(value));
        }
        let id = self.id.clone();
        any.add(equal_so_far.add(if id_ascending {
            id.gt(keyset.id)
        } else {
            id.lt(keyset.id)
        }))
    }

    /// Orders `statement` by the keys, then by id in `id_order`.
    pub fn order_by(&self, statement: &mut SelectStatement, id_order: Order) {
        for key in &self.keys {
            key.order_by(statement);
        }
        statement.order_by_expr(self.id.clone(), id_order);
    }

    fn select_keys(&self, statement: &mut SelectStatement) {
        for (index, key) in self.keys.iter().enumerate() {
            // Integers are read as 64-bit on every engine (PostgreSQL's are 32-bit columns).
            let expr = match key.sort_type {
                SortType::Text => key.expr.clone(),
                SortType::Integer => key.expr.clone().cast_as("BIGINT"),
                SortType::Float => key.expr.clone().cast_as("DOUBLE PRECISION"),
            };
            statement.expr_as(expr, sort_alias(index));
        }
        statement.expr_as(self.id.clone(), Alias::new("sort_id"));
    }

    fn read(&self, row: &QueryResult) -> AppResult<Keyset> {
        let mut values = Vec::with_capacity(self.keys.len());
        for (index, key) in self.keys.iter().enumerate() {
            let column = format!("sort_{index}");
            values.push(match key.sort_type {
                SortType::Text => row
                    .try_get::<Option<String>>("", &column)?
                    .map_or(SortValue::Null, SortValue::Text),
                SortType::Integer => row
                    .try_get::<Option<i64>>("", &column)?
                    .map_or(SortValue::Null, SortValue::Integer),
                SortType::Float => row
                    .try_get::<Option<f64>>("", &column)?
                    .map_or(SortValue::Null, SortValue::float),
            });
        }
        Ok(Keyset {
            values,
            id: row.try_get("", "sort_id")?,
        })
    }
}

fn sort_alias(index: usize) -> Alias {
    Alias::new(format!("sort_{index}"))
}

/// A sort value of a row, as a cursor carries it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SortValue {
    Null,
    Integer(i64),
    /// A float by its bits, so keysets can be compared and hashed.
    Float(FloatBits),
    Text(String),
}

/// An `f64` stored by its bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FloatBits(u64);

impl Serialize for FloatBits {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(f64::from_bits(self.0))
    }
}

impl<'de> Deserialize<'de> for FloatBits {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        f64::deserialize(deserializer).map(|value| Self(value.to_bits()))
    }
}

impl SortValue {
    fn float(value: f64) -> Self {
        Self::Float(FloatBits(value.to_bits()))
    }

    fn bound(&self) -> Option<Value> {
        match self {
            Self::Null => None,
            Self::Integer(value) => Some(Value::from(*value)),
            Self::Float(bits) => Some(Value::from(f64::from_bits(bits.0))),
            Self::Text(value) => Some(Value::from(value.as_str())),
        }
    }

    /// Whether a key of `sort_type` can hold this value.
    pub fn fits(&self, sort_type: SortType) -> bool {
        matches!(
            (self, sort_type),
            (Self::Null, _)
                | (Self::Text(_), SortType::Text)
                | (Self::Integer(_), SortType::Integer)
                | (Self::Float(_), SortType::Float)
        )
    }
}

/// A row's place in an ordering: its sort values and its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Keyset {
    pub values: Vec<SortValue>,
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

impl Window {
    fn backwards(&self) -> bool {
        self.first.is_none() && self.last.is_some()
    }

    fn limit(&self) -> u64 {
        self.first.or(self.last).unwrap_or_default()
    }

    /// Restricts `statement` to the rows between the cursors.
    fn between_cursors(&self, statement: &mut SelectStatement, ordering: &Ordering) {
        if let Some(key) = &self.after {
            statement.cond_where(ordering.after(key, true));
        }
        if let Some(key) = &self.before {
            statement.cond_where(ordering.reversed().after(key, false));
        }
    }

    /// The ordering rows are fetched in: reversed when paging backwards.
    fn fetch_order(&self, ordering: &Ordering) -> (Ordering, Order) {
        if self.backwards() {
            (ordering.reversed(), Order::Desc)
        } else {
            (ordering.clone(), Order::Asc)
        }
    }

    /// Cuts the fetched rows (one more than the page, to see if more follow) into the page.
    fn finish<M>(&self, mut rows: Vec<(M, Keyset)>, total: u64) -> KeysetPage<M> {
        let limit = self.limit();
        let more = rows.len() as u64 > limit;
        rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let (has_previous, has_next) = if self.backwards() {
            rows.reverse();
            (more, self.before.is_some())
        } else {
            (self.after.is_some() || self.offset > 0, more)
        };
        KeysetPage {
            rows,
            has_previous,
            has_next,
            total,
        }
    }
}

/// A page of rows with their keysets, and what lies around it.
#[derive(Debug, Clone)]
pub struct KeysetPage<M> {
    pub rows: Vec<(M, Keyset)>,
    pub has_previous: bool,
    pub has_next: bool,
    /// Rows the filters select, ignoring the cursors.
    pub total: u64,
}

impl<M> KeysetPage<M> {
    pub fn empty() -> Self {
        Self {
            rows: Vec::new(),
            has_previous: false,
            has_next: false,
            total: 0,
        }
    }

    /// The same page, each row turned into `N`.
    pub fn map<N>(self, row: impl Fn(M) -> N) -> KeysetPage<N> {
        KeysetPage {
            rows: self
                .rows
                .into_iter()
                .map(|(model, keyset)| (row(model), keyset))
                .collect(),
            has_previous: self.has_previous,
            has_next: self.has_next,
            total: self.total,
        }
    }
}

async fn fetch(db: &Db, statement: &SelectStatement) -> AppResult<Vec<QueryResult>> {
    Ok(db
        .query_all_raw(db.get_database_backend().build(statement))
        .await?)
}

/// The column a page's rows carry their list's total in.
const LIST_TOTAL: &str = "list_total";

/// The statement counting the rows `query` selects.
fn counting(query: &SelectStatement) -> SelectStatement {
    let mut counted = Query::select();
    counted
        .expr_as(Func::count(Expr::col(Asterisk)), Alias::new("total"))
        .from_subquery(query.clone(), Alias::new("counted"));
    counted
}

/// The count in `column` of `row`.
fn total_of(row: &QueryResult, column: &str) -> AppResult<u64> {
    let total: i64 = row.try_get("", column)?;
    Ok(u64::try_from(total).unwrap_or_default())
}

/// How many rows `query` selects.
async fn count(db: &Db, query: &SelectStatement) -> AppResult<u64> {
    match fetch(db, &counting(query)).await?.first() {
        Some(row) => total_of(row, "total"),
        None => Ok(0),
    }
}

/// One page of `query` (a statement selecting a table's columns, with its filters) in
/// `ordering`, with the `parts` a client reads. The total rides on the page's statement as a
/// scalar subquery, which both databases evaluate once (a window over the rows would read them
/// all in order, and lose the sort's early stop); only a page that comes back empty past the
/// start counts in a statement of its own.
pub async fn page<M: ReadRow>(
    db: &Db,
    query: SelectStatement,
    ordering: &Ordering,
    window: &Window,
    parts: Parts,
) -> AppResult<KeysetPage<M>> {
    if !parts.rows {
        return Ok(window.finish(Vec::new(), count(db, &query).await?));
    }
    let mut statement = query.clone();
    window.between_cursors(&mut statement, ordering);
    let (order, id_order) = window.fetch_order(ordering);
    order.select_keys(&mut statement);
    if parts.total {
        let counted = Box::new(counting(&query).into());
        statement.expr_as(Expr::SubQuery(None, counted), Alias::new(LIST_TOTAL));
    }
    order.order_by(&mut statement, id_order);
    statement.offset(window.offset).limit(window.limit() + 1);
    let fetched = fetch(db, &statement).await?;
    let total = match fetched.first() {
        _ if !parts.total => 0,
        Some(row) => total_of(row, LIST_TOTAL)?,
        None if window.offset == 0 && window.after.is_none() && window.before.is_none() => 0,
        None => count(db, &query).await?,
    };
    let mut rows = Vec::with_capacity(fetched.len());
    let read = entity::row::reader::<M>(fetched.first());
    for row in fetched {
        rows.push((read(&row)?, ordering.read(&row)?));
    }
    Ok(window.finish(rows, total))
}

/// The parts of a page a client reads. Each is a statement of its own for many parents, so a
/// connection asked only for its `totalCount` costs one grouped count and no rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Parts {
    pub total: bool,
    pub rows: bool,
}

impl Parts {
    /// What a plain list reads: the rows, without their total.
    pub const ROWS: Self = Self {
        total: false,
        rows: true,
    };

    /// What a connection asked only for its `totalCount` reads.
    pub const TOTAL: Self = Self {
        total: true,
        rows: false,
    };
}

/// One page of `query` per parent, for many parents in up to two statements: the totals,
/// grouped by parent, and the rows, numbered within each parent by a window function — each
/// only if `parts` asks for it. `parent` is the expression naming a row's parent; `query` must
/// already keep only rows of `parents`.
pub async fn pages_of<M: ReadRow>(
    db: &Db,
    query: SelectStatement,
    parent: Expr,
    ordering: &Ordering,
    window: &Window,
    parts: Parts,
) -> AppResult<HashMap<i32, KeysetPage<M>>> {
    let mut pages: HashMap<i32, (Vec<(M, Keyset)>, u64)> = HashMap::new();
    if parts.total {
        let mut totals = query.clone();
        totals
            .clear_selects()
            .expr_as(parent.clone(), Alias::new("parent_key"))
            .expr_as(Func::count(Expr::col(Asterisk)), Alias::new("total"))
            .add_group_by([parent.clone()]);
        for row in fetch(db, &totals).await? {
            let total: i64 = row.try_get("", "total")?;
            pages.insert(
                row.try_get("", "parent_key")?,
                (Vec::new(), u64::try_from(total).unwrap_or_default()),
            );
        }
    }
    if !parts.rows {
        return Ok(finish_all(pages, window));
    }
    let mut numbered = query;
    window.between_cursors(&mut numbered, ordering);
    let (order, id_order) = window.fetch_order(ordering);
    order.select_keys(&mut numbered);
    numbered.expr_as(parent.clone(), Alias::new("parent_key"));
    let mut partition = WindowStatement::new();
    partition.add_partition_by(parent);
    for key in &order.keys {
        key.order_by(&mut partition);
    }
    partition.order_by_expr(order.id.clone(), id_order);
    numbered.expr_window_as(
        Expr::cust("ROW_NUMBER()"),
        partition,
        Alias::new("position"),
    );
    let (from, to) = (window.offset, window.offset + window.limit() + 1);
    let mut statement = Query::select();
    statement
        .column(Asterisk)
        .from_subquery(numbered, Alias::new("numbered"))
        .and_where(Expr::col(Alias::new("position")).gt(from))
        .and_where(Expr::col(Alias::new("position")).lte(to))
        .order_by(Alias::new("parent_key"), Order::Asc)
        .order_by(Alias::new("position"), Order::Asc);
    let fetched = fetch(db, &statement).await?;
    let read = entity::row::reader::<M>(fetched.first());
    for row in fetched {
        let parent: i32 = row.try_get("", "parent_key")?;
        let (rows, _) = pages.entry(parent).or_default();
        rows.push((read(&row)?, ordering.read(&row)?));
    }
    Ok(finish_all(pages, window))
}

fn finish_all<M>(
    pages: HashMap<i32, (Vec<(M, Keyset)>, u64)>,
    window: &Window,
) -> HashMap<i32, KeysetPage<M>> {
    pages
        .into_iter()
        .map(|(parent, (rows, total))| (parent, window.finish(rows, total)))
        .collect()
}
