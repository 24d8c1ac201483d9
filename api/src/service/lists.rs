//! One typed query for every list: the rows it keeps (the typed filter with the simple
//! arguments folded in), their ordering, the window cut from them and the parts a client reads.
//! Root lists, nested lists and connections all compile to SQL through it; a plain list is a
//! window of `first` rows after `offset`, read without its total.

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, SelectStatement};
use sea_orm::{Condition, EntityTrait, FromQueryResult, QueryFilter, QueryTrait};

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
        E::Model: Sync,
    {
        let query = E::find().filter(self.matching.clone()).into_query();
        keyset::page(db, query, &self.ordering, &self.window, self.parts).await
    }

    /// Its page of `query` for each parent `parent` names (see [`keyset::pages_of`]).
    pub(super) async fn pages_of<M: FromQueryResult>(
        &self,
        db: &Db,
        query: SelectStatement,
        parent: Expr,
    ) -> AppResult<HashMap<i32, KeysetPage<M>>> {
        keyset::pages_of(db, query, parent, &self.ordering, &self.window, self.parts).await
    }
}
