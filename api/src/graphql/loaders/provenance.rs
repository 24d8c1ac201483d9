//! Loaders of sources and of the citations that tie facts to them.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::{citation, source};
use sea_orm::EntityTrait;

use super::{DbLoader, LoadError, by_id, group_by, has_many};
pub use crate::kinds::Cited;

by_id!(
    /// A source by id.
    SourceById => source::Entity
);
has_many!(
    /// The citations of a source: the facts it backs.
    CitationsOfSource => citation::Entity, citation::Column::SourceId
);

/// The citations of one fact-bearing record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CitationsOf {
    pub record: Cited,
    pub id: i32,
}

impl Loader<CitationsOf> for DbLoader {
    type Value = Vec<citation::Model>;
    type Error = LoadError;

    /// One statement per kind of record present among the keys.
    async fn load(
        &self,
        keys: &[CitationsOf],
    ) -> Result<HashMap<CitationsOf, Self::Value>, Self::Error> {
        let mut by_kind: HashMap<Cited, Vec<i32>> = HashMap::new();
        for key in keys {
            by_kind.entry(key.record).or_default().push(key.id);
        }
        let mut loaded = HashMap::new();
        for (record, ids) in by_kind {
            let grouped = group_by(
                &self.db,
                citation::Entity::find(),
                record.column(),
                ids,
                |id| CitationsOf { record, id },
            )
            .await?;
            loaded.extend(grouped);
        }
        Ok(loaded)
    }
}
