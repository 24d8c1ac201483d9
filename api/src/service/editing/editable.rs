//! What the write side needs to know of each editable kind beyond its file format; each kind
//! says it in its module of [`crate::kinds`].

use sea_orm::{DatabaseTransaction, EntityTrait, IdenStatic, Iterable, ModelTrait, Value};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::AppResult;
use crate::service::records::{IdKey, Identified};
use crate::service::search::Document;

pub trait Editable:
    Identified<Model: Serialize + DeserializeOwned + ModelTrait<Entity = Self::Entity>>
{
    /// What no two records of the kind may share, for conflict messages.
    const UNIQUE: &'static str;

    /// The conflict message for a write a unique index other than the natural key's refused,
    /// given the database's message (which names the index or column); `None` for the key's.
    fn other_unique(&self, _database_message: &str) -> Option<String> {
        None
    }

    /// The column of the natural key, for kinds whose global id is made of it (of the first
    /// one, kept in `first_key` across renames); the others are identified by row id.
    fn key_column() -> Option<<Self::Entity as EntityTrait>::Column> {
        match Self::ID_KEY {
            IdKey::FirstKey(column) => Some(column),
            IdKey::Key(_) | IdKey::RowId => None,
        }
    }

    /// The version the stored record is at.
    fn version(model: &Self::Model) -> i32 {
        model.get(column::<Self>("version")).unwrap::<i32>()
    }
    /// The key of the record's global id: its first natural key, or its row id.
    fn record_key(model: &Self::Model) -> String {
        match Self::key_column() {
            Some(key) => match model.get(column::<Self>("first_key")) {
                Value::String(Some(first_key)) => first_key,
                _ => model.get(key).unwrap::<String>(),
            },
            None => Self::id(model).to_string(),
        }
    }
    /// Slugs of the cities the record is about, for subscribers that follow a city.
    fn cities(&self) -> Vec<String> {
        Vec::new()
    }
    /// The record's document in the search index, for searchable kinds.
    fn document(_model: &Self::Model) -> Option<Document> {
        None
    }
    /// Brings what is derived from record `id` up to date once its row is written (created,
    /// updated or restored), in the edit's transaction.
    fn after_write(
        _txn: &DatabaseTransaction,
        _id: i32,
    ) -> impl Future<Output = AppResult<()>> + Send {
        async { Ok(()) }
    }
    /// Checks that the row may go, and removes what the kind keeps beside it.
    fn before_delete(
        _txn: &DatabaseTransaction,
        _id: i32,
    ) -> impl Future<Output = AppResult<()>> + Send {
        async { Ok(()) }
    }
}

/// The column of `K`'s table named `name`.
pub fn column<K: Editable>(name: &str) -> <K::Entity as EntityTrait>::Column {
    <K::Entity as EntityTrait>::Column::iter()
        .find(|column| column.as_str() == name)
        .unwrap_or_else(|| panic!("{} has a column `{name}`", K::TYPE))
}
