//! One typed query for every list: the rows it keeps (the typed filter with the simple
//! arguments folded in), their ordering, the window cut from them and the parts a client reads.
//! Root lists, nested lists and connections all compile to SQL through it; a plain list is a
//! window of `first` rows after `offset`, read without its total.

use std::collections::HashMap;

use entity::row::ReadRow;
use sea_orm::sea_query::{Alias, Expr, SelectStatement};
use sea_orm::{
    Condition, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryResult, QueryTrait, Value,
};

use super::Page;
use super::keyset::{self, KeysetPage, Ordering, Parts, Window};
use crate::db::Db;
use crate::error::AppResult;

/// A list as a client asked for it, validated and compiled.
#[derive(Debug)]
pub struct ListQuery {
    pub matching: Condition,
    pub ordering: Ordering,
    pub window: Window,
    pub parts: Parts,
}

impl ListQuery {
    /// A plain list: the rows of `page`, without their total.
    pub fn plain(matching: Condition, ordering: Ordering, page: Page) -> Self {
        Self {
            matching,
            ordering,
            window: Window {
                first: Some(page.limit()),
                offset: page.offset(),
                ..Window::default()
            },
            parts: Parts::ROWS,
        }
    }

    /// The page of the rows of `E` it asks for.
    pub async fn page<E: EntityTrait>(&self, db: &Db) -> AppResult<KeysetPage<E::Model>>
    where
        E::Model: Sync + ReadRow,
    {
        self.page_of(db, self.rows_of::<E>()).await
    }

    /// The page of the rows of `E` it asks for, each with the id of the city `viewer` gives
    /// (if any), read in the page's own statement.
    pub async fn page_seen_from<E: EntityTrait>(
        &self,
        db: &Db,
        viewer: Option<Expr>,
    ) -> AppResult<KeysetPage<SeenFrom<E::Model>>>
    where
        E::Model: Sync + ReadRow,
    {
        let mut query = self.rows_of::<E>();
        let viewer = viewer.unwrap_or_else(|| Expr::val(Value::Int(None)));
        query.expr_as(viewer, Alias::new(SEEN_FROM));
        self.page_of(db, query).await
    }

    /// The rows of `E` it keeps, before ordering and cutting.
    fn rows_of<E: EntityTrait>(&self) -> SelectStatement {
        E::find().filter(self.matching.clone()).into_query()
    }

    async fn page_of<M: ReadRow>(
        &self,
        db: &Db,
        query: SelectStatement,
    ) -> AppResult<KeysetPage<M>> {
        keyset::page(db, query, &self.ordering, &self.window, self.parts).await
    }

    /// Its page of `query` for each parent `parent` names (see [`keyset::pages_of`]).
    pub(super) async fn pages_of<M: ReadRow>(
        &self,
        db: &Db,
        query: SelectStatement,
        parent: Expr,
    ) -> AppResult<HashMap<i32, KeysetPage<M>>> {
        keyset::pages_of(db, query, parent, &self.ordering, &self.window, self.parts).await
    }
}

/// The column a row seen from a city carries that city's id in.
const SEEN_FROM: &str = "seen_from";

/// A row of a list seen from a city, with that city's id when there is one.
pub struct SeenFrom<M> {
    pub model: M,
    pub viewer: Option<i32>,
}

impl<M: FromQueryResult> FromQueryResult for SeenFrom<M> {
    fn from_query_result(row: &QueryResult, prefix: &str) -> Result<Self, DbErr> {
        Ok(Self {
            model: M::from_query_result(row, prefix)?,
            viewer: row.try_get(prefix, SEEN_FROM)?,
        })
    }
}

/// The model's columns come first, by position; the viewer after them, by name.
impl<M: ReadRow> ReadRow for SeenFrom<M> {
    const COLUMNS: &'static [&'static str] = M::COLUMNS;

    fn fits(row: &QueryResult) -> bool {
        M::fits(row)
    }

    fn read_fitted(row: &QueryResult) -> Result<Self, DbErr> {
        Ok(Self {
            model: M::read_fitted(row)?,
            viewer: row.try_get("", SEEN_FROM)?,
        })
    }
}
