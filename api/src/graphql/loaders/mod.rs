//! Loaders: every relation of the graph is loaded through one, so a request issues one
//! statement per relation field and level, however many parents it has (no N+1).
//!
//! One [`DbLoader`] implements `Loader<K>` for a key type per relation, and [`RequestLoader`]
//! batches a request's keys. Three shapes cover almost all of them: a row by its id
//! ([`by_id!`]), the children of a declared relation ([`Children`], for every relation in
//! `lists::relations`) and a page of them ([`ChildPage`]).

mod agreements;
mod pages;
mod provenance;
mod records;

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use entity::row::ReadRow;
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, EntityTrait, ModelTrait, QueryFilter, QueryOrder, Select, Value};

pub use agreements::*;
pub use pages::*;
pub use provenance::*;
pub use records::*;

use crate::db::Db;
use crate::error::AppError;
use crate::graphql::lists::Relation;

/// Loads the rows of a batch of keys, one statement per batch.
pub struct DbLoader {
    db: Db,
}

impl DbLoader {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

/// Errors are shared between every field that waited on the same batch.
pub type LoadError = Arc<AppError>;

/// Batches a request's loads through [`DbLoader`]; shared by its resolvers.
pub type RequestLoader = engine::batching::RequestLoader<DbLoader>;

fn id_of<M: ModelTrait>(model: &M, column: <M::Entity as EntityTrait>::Column) -> Option<i32> {
    match model.get(column) {
        Value::Int(Some(id)) => Some(id),
        _ => None,
    }
}

/// Rows of `query` whose `column` is one of `ids`, in id order.
async fn rows_where<E: EntityTrait<Model: ReadRow>>(
    db: &Db,
    query: Select<E>,
    column: E::Column,
    ids: impl IntoIterator<Item = i32>,
) -> Result<Vec<E::Model>, LoadError> {
    let mut ids: Vec<i32> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    let query = query
        .filter(crate::service::one_of(
            db.get_database_backend(),
            Expr::col((E::default(), column)),
            ids,
        ))
        .order_by_asc(primary_key::<E>());
    entity::row::all(query, db)
        .await
        .map_err(|error| Arc::new(AppError::from(error)))
}

/// Rows of `query` whose `column` is one of `ids`, grouped by that column, in id order.
async fn group_by<E: EntityTrait<Model: ReadRow>, K: Eq + Hash>(
    db: &Db,
    query: Select<E>,
    column: E::Column,
    ids: impl IntoIterator<Item = i32>,
    key: impl Fn(i32) -> K,
) -> Result<HashMap<K, Vec<E::Model>>, LoadError> {
    let mut grouped: HashMap<K, Vec<E::Model>> = HashMap::new();
    for row in rows_where(db, query, column, ids).await? {
        if let Some(id) = id_of(&row, column) {
            grouped.entry(key(id)).or_default().push(row);
        }
    }
    Ok(grouped)
}

/// Rows of `E` by their primary key, one per id; a large level asks for thousands at once, so
/// they are keyed directly rather than through a group each.
async fn by_primary_key<E: EntityTrait<Model: ReadRow>, K: Eq + Hash>(
    db: &Db,
    ids: impl IntoIterator<Item = i32>,
    key: impl Fn(i32) -> K,
) -> Result<HashMap<K, E::Model>, LoadError> {
    let column = primary_key::<E>();
    let rows = rows_where(db, E::find(), column, ids).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| id_of(&row, column).map(|id| (key(id), row)))
        .collect())
}

fn primary_key<E: EntityTrait>() -> E::Column {
    use sea_orm::{Iterable, PrimaryKeyToColumn};
    E::PrimaryKey::iter()
        .next()
        .map(PrimaryKeyToColumn::into_column)
        .expect("every entity has a primary key")
}

/// Declares `$key(i32)`: one row of `$entity` by its id.
macro_rules! by_id {
    ($(#[$meta:meta])* $key:ident => $entity:ty) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $key(pub i32);

        impl async_graphql::dataloader::Loader<$key> for $crate::graphql::loaders::DbLoader {
            type Value = <$entity as sea_orm::EntityTrait>::Model;
            type Error = $crate::graphql::loaders::LoadError;

            async fn load(&self, keys: &[$key]) -> Result<std::collections::HashMap<$key, Self::Value>, Self::Error> {
                $crate::graphql::loaders::by_primary_key::<$entity, _>(&self.db, keys.iter().map(|key| key.0), $key).await
            }
        }
    };
}

/// Declares `$key(i32)`: the rows of `$entity` whose `$column` points at the given id.
macro_rules! has_many {
    ($(#[$meta:meta])* $key:ident => $entity:ty, $column:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $key(pub i32);

        impl async_graphql::dataloader::Loader<$key> for $crate::graphql::loaders::DbLoader {
            type Value = Vec<<$entity as sea_orm::EntityTrait>::Model>;
            type Error = $crate::graphql::loaders::LoadError;

            async fn load(&self, keys: &[$key]) -> Result<std::collections::HashMap<$key, Self::Value>, Self::Error> {
                let query = <$entity as sea_orm::EntityTrait>::find();
                $crate::graphql::loaders::group_by(&self.db, query, $column, keys.iter().map(|key| key.0), $key).await
            }
        }
    };
}

pub(crate) use {by_id, has_many};

/// The loader key of a relation's plain list: every child of the parent `id`, in id order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Children<R> {
    pub id: i32,
    pub relation: R,
}

impl<R: Relation> async_graphql::dataloader::Loader<Children<R>> for DbLoader {
    type Value = Vec<<R::Child as EntityTrait>::Model>;
    type Error = LoadError;

    async fn load(
        &self,
        keys: &[Children<R>],
    ) -> Result<HashMap<Children<R>, Self::Value>, Self::Error> {
        let ids = keys.iter().map(|key| key.id);
        group_by(&self.db, R::Child::find(), R::link(), ids, |id| Children {
            id,
            relation: R::default(),
        })
        .await
    }
}
