//! What the write side needs to know of each editable kind beyond its file format; each kind
//! says it in its module of [`crate::kinds`].

use sea_orm::{DatabaseTransaction, EntityTrait, ModelTrait};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::AppResult;
use crate::service::records::{IdKey, Identified};
use crate::service::search::Document;

pub trait Editable:
    Identified<Model: Serialize + DeserializeOwned + Stored + ModelTrait<Entity = Self::Entity>>
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

    /// The key of the record's global id: its first natural key, or its row id.
    fn record_key(model: &Self::Model) -> String {
        model
            .first_key()
            .unwrap_or_else(|| Self::id(model).to_string())
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

/// What the write side reads of an editable kind's stored row, in the row's own fields (see
/// `identified!` in [`crate::kinds`]), so that a renamed column fails to compile.
pub trait Stored: ModelTrait {
    /// The column of the version, which every write moves on by one.
    const VERSION: <Self::Entity as EntityTrait>::Column;

    /// The version the row is at.
    fn version(&self) -> i32;
    /// The first natural key, of which the global id is made, for kinds identified by one
    /// (kept in `first_key` once a rename has changed the key); `None` for the others.
    fn first_key(&self) -> Option<String>;
}

/// The changes an update makes to a record of kind `K`, typed field by field.
pub trait Patch<K>: Sync {
    /// Sets the fields the patch gives on `record`, clearing those it gives as `null`.
    fn apply(&self, record: &mut K) -> AppResult<()>;
}
