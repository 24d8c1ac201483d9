//! What the importer, the exporter and the write side know of a record kind: [`RecordKind`],
//! how a kind maps between its file record (one JSON array per kind, as described in
//! `data/README.md`) and its table; and the citations and references by key records share.
//! The kinds themselves live in [`crate::kinds`].

use std::collections::{BTreeMap, HashMap};

use crate::kinds::Refs;

use entity::citation;
use sea_orm::{DatabaseTransaction, EntityTrait, IntoActiveModel};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::validate::check_text;

/// Where a fact comes from: a source, where in it, and the source's own in-text citation.
#[paradiplo_macros::optional_fields]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationRecord {
    pub source: String,
    pub locator: Option<String>,
    pub reference: Option<String>,
}

pub type Citations = Vec<CitationRecord>;

/// The id of a record that validation knows from the files but that is not stored yet.
const PENDING_ID: i32 = -1;

#[derive(Default)]
pub struct KeyMap {
    ids: HashMap<String, i32>,
    keys: HashMap<i32, String>,
}

impl KeyMap {
    pub fn insert(&mut self, key: String, id: i32) {
        self.keys.insert(id, key.clone());
        self.ids.insert(key, id);
    }

    /// The id of `key`, or a reason naming what is missing.
    pub fn id(&self, what: &str, key: &str) -> Result<i32, String> {
        self.ids
            .get(key)
            .copied()
            .ok_or_else(|| format!("unknown {what} `{key}`"))
    }

    pub fn optional_id(&self, what: &str, key: Option<&String>) -> Result<Option<i32>, String> {
        key.map(|key| self.id(what, key)).transpose()
    }

    /// Adds a key that is about to be imported, with no id yet, unless it is already stored.
    pub fn insert_pending(&mut self, key: String) {
        self.ids.entry(key).or_insert(PENDING_ID);
    }

    pub fn key(&self, id: i32) -> String {
        self.keys.get(&id).cloned().unwrap_or_default()
    }

    pub fn optional_key(&self, id: Option<i32>) -> Option<String> {
        id.map(|id| self.key(id))
    }
}

/// What the registry of kinds (`crate::kinds::with_kinds!`) says of a kind.
pub trait Registered {
    /// The record's GraphQL type, as audit entries, changes and global ids name it.
    const TYPE: &'static str;
    /// The file the records live in.
    const FILE: &'static str;
    /// The column of `citation` that points at this kind, for kinds that carry citations.
    const CITED_BY: Option<citation::Column>;
}

/// Where a kind's keys are looked up by the kinds that refer to it (generated from the
/// registry of kinds, as [`Refs`] is).
pub trait Referred {
    /// The kind's map in `refs`, for kinds other kinds refer to.
    fn key_map(refs: &mut Refs) -> Option<&mut KeyMap>;
}

pub trait RecordKind:
    Registered + Referred + Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync
{
    type Entity: EntityTrait<Model = Self::Model>;
    type Model: IntoActiveModel<<Self::Entity as EntityTrait>::ActiveModel> + Clone + Send + Sync;

    /// The natural key: unique within the kind, stable across databases.
    fn key(&self) -> String;
    /// What the record is known by for its whole life, renames included: its first natural
    /// key, of which its global id is made (kinds identified by row id have no other).
    fn identity(&self) -> String {
        self.key()
    }
    /// Makes `identity` the record's identity (see `keeps_first_key!`).
    fn set_identity(&mut self, _identity: String) {}
    /// Checks of the record on its own: keys, names, formats, ranges, required citations.
    fn check(&self) -> Vec<String>;
    /// Checks of the natural key and of the first key a rename kept, for kinds editors may
    /// rename (see `keeps_first_key!`).
    fn identity_problems(&self) -> Vec<String> {
        Vec::new()
    }
    /// Every check of the record on its own: its identity's, the kind's, and the rule for
    /// control characters in text. Imports and edits both ask this.
    fn problems(&self) -> Vec<String> {
        let mut problems = self.identity_problems();
        problems.extend(self.check());
        problems.extend(check_text(self));
        problems
    }
    /// The row to store (without its id), resolving references through `refs`.
    fn to_row(&self, refs: &Refs) -> Result<<Self::Entity as EntityTrait>::ActiveModel, String>;
    /// The record of a stored row, citations left empty.
    fn from_row(model: &Self::Model, refs: &Refs) -> Self;
    fn id(model: &Self::Model) -> i32;
    fn citations(&self) -> &[CitationRecord] {
        &[]
    }
    fn set_citations(&mut self, _citations: Citations) {}
    /// Normalizes a record as read from a file (the importer stores the normalized form).
    fn normalize(&mut self) {}
    /// The record as stored: normalized, its first key left out while it is its key.
    fn canonical(mut self) -> Self {
        self.normalize();
        let identity = self.identity();
        self.set_identity(identity);
        self
    }
    /// Writes what the kind stores beside its own table.
    fn write_extra(
        _records: &[Self],
        _txn: &DatabaseTransaction,
        _refs: &mut Refs,
    ) -> impl Future<Output = Result<(), sea_orm::DbErr>> + Send {
        async { Ok(()) }
    }
}

/// Citations of one kind's records, by record id, in the order they were stored.
pub type CitationsById = BTreeMap<i32, Citations>;
