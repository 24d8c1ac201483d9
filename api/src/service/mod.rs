//! Queries by domain, free of GraphQL and HTTP: each takes a connection and validated inputs
//! and returns entity models or an [`AppError`].

pub mod activities;
pub mod aggregate;
pub mod diplomacy;
pub mod filter;
pub mod graph;
pub mod keyset;
pub mod nested;
pub mod places;
pub mod provenance;
pub mod records;
pub mod search;
pub mod time;

use sea_orm::sea_query::Order;
use sea_orm::{DatabaseConnection, EntityTrait, QuerySelect, QueryTrait, Select};

use keyset::Ordering;

use crate::error::{AppError, AppResult};

/// A validated page request: at most `limit` rows after skipping `offset`.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    limit: u64,
    offset: u64,
}

impl Page {
    /// Checks `first` and `offset` as a client sent them, naming the argument that is wrong.
    pub fn new(first: i32, offset: i32, max_page_size: u32) -> AppResult<Self> {
        let limit = u64::try_from(first)
            .ok()
            .filter(|first| *first <= u64::from(max_page_size))
            .ok_or_else(|| {
                AppError::BadUserInput(format!(
                    "`first` must be between 0 and {max_page_size}; got {first}"
                ))
            })?;
        let offset = u64::try_from(offset).map_err(|_| {
            AppError::BadUserInput(format!("`offset` cannot be negative; got {offset}"))
        })?;
        Ok(Self { limit, offset })
    }

    pub fn limit(&self) -> u64 {
        self.limit
    }
}

/// How a list is cut into pages: by offset ([`Page`], for plain lists) or by keyset
/// ([`keyset::Window`], for connections). List queries are written once, generic over it.
pub trait Pager: Sync {
    type Output<M>;

    fn fetch<E: EntityTrait>(
        &self,
        db: &DatabaseConnection,
        query: Select<E>,
        ordering: &Ordering,
    ) -> impl Future<Output = AppResult<Self::Output<E::Model>>> + Send
    where
        E::Model: Sync;
}

impl Pager for Page {
    type Output<M> = Vec<M>;

    async fn fetch<E: EntityTrait>(
        &self,
        db: &DatabaseConnection,
        mut query: Select<E>,
        ordering: &Ordering,
    ) -> AppResult<Vec<E::Model>>
    where
        E::Model: Sync,
    {
        ordering.order_by(QueryTrait::query(&mut query), Order::Asc);
        Ok(query.limit(self.limit).offset(self.offset).all(db).await?)
    }
}

impl Pager for keyset::Window {
    type Output<M> = keyset::KeysetPage<M>;

    async fn fetch<E: EntityTrait>(
        &self,
        db: &DatabaseConnection,
        query: Select<E>,
        ordering: &Ordering,
    ) -> AppResult<keyset::KeysetPage<E::Model>>
    where
        E::Model: Sync,
    {
        keyset::page(db, query.into_query(), ordering, self).await
    }
}
