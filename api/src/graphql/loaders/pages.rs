//! Loaders of nested connections: one page per parent, for every parent of a request at once.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use async_graphql::Pos;
use async_graphql::dataloader::Loader;
use entity::agreement;
use sea_orm::{EntityTrait, IdenStatic};

use super::{DbLoader, LoadError};
use crate::service::keyset::KeysetPage;
use crate::service::lists::ListQuery;
use crate::service::nested;

/// What a nested list asks of every parent: its [`ListQuery`]. Every parent reached through one
/// field of the document asks the same (its arguments are the same text and the request's
/// variables), so the field's place in the document identifies the request.
#[derive(Debug)]
pub struct PageRequest {
    pub field: Pos,
    pub query: ListQuery,
}

impl PartialEq for PageRequest {
    fn eq(&self, other: &Self) -> bool {
        self.field == other.field
    }
}

impl Eq for PageRequest {}

impl Hash for PageRequest {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.field.hash(state);
    }
}

/// A page of the rows of `E` whose column `parent` is `id`.
#[derive(Debug)]
pub struct ChildPage<E: EntityTrait> {
    pub parent: E::Column,
    pub id: i32,
    pub request: Arc<PageRequest>,
}

impl<E: EntityTrait> Clone for ChildPage<E> {
    fn clone(&self) -> Self {
        Self {
            parent: self.parent,
            id: self.id,
            request: self.request.clone(),
        }
    }
}

impl<E: EntityTrait> PartialEq for ChildPage<E> {
    fn eq(&self, other: &Self) -> bool {
        self.parent.as_str() == other.parent.as_str()
            && self.id == other.id
            && self.request == other.request
    }
}

impl<E: EntityTrait> Eq for ChildPage<E> {}

impl<E: EntityTrait> Hash for ChildPage<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.parent.as_str().hash(state);
        self.id.hash(state);
        self.request.hash(state);
    }
}

/// A parent column and the ids asked for through it.
type Parents<E> = (<E as EntityTrait>::Column, Vec<i32>);

impl<E: EntityTrait> Loader<ChildPage<E>> for DbLoader
where
    E::Model: Send + Sync + Clone,
{
    type Value = KeysetPage<E::Model>;
    type Error = LoadError;

    /// Up to two statements per distinct parent column and request among the keys.
    async fn load(
        &self,
        keys: &[ChildPage<E>],
    ) -> Result<HashMap<ChildPage<E>, Self::Value>, Self::Error> {
        let mut groups: HashMap<(&str, Arc<PageRequest>), Parents<E>> = HashMap::new();
        for key in keys {
            groups
                .entry((key.parent.as_str(), key.request.clone()))
                .or_insert_with(|| (key.parent, Vec::new()))
                .1
                .push(key.id);
        }
        let mut loaded = HashMap::new();
        for ((_, request), (parent, ids)) in groups {
            let mut pages = nested::children_pages::<E>(&self.db, parent, &ids, &request.query)
                .await
                .map_err(Arc::new)?;
            for id in ids {
                let page = pages.remove(&id).unwrap_or_else(KeysetPage::empty);
                let key = ChildPage {
                    parent,
                    id,
                    request: request.clone(),
                };
                loaded.insert(key, page);
            }
        }
        Ok(loaded)
    }
}

/// A page of a city's agreements, seen from it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AgreementPageOfCity {
    pub city: i32,
    pub request: Arc<PageRequest>,
}

impl Loader<AgreementPageOfCity> for DbLoader {
    type Value = KeysetPage<agreement::Model>;
    type Error = LoadError;

    /// Up to two statements per distinct request among the keys.
    async fn load(
        &self,
        keys: &[AgreementPageOfCity],
    ) -> Result<HashMap<AgreementPageOfCity, Self::Value>, Self::Error> {
        let mut groups: HashMap<Arc<PageRequest>, Vec<i32>> = HashMap::new();
        for key in keys {
            groups
                .entry(key.request.clone())
                .or_default()
                .push(key.city);
        }
        let mut loaded = HashMap::new();
        for (request, cities) in groups {
            let mut pages = nested::agreement_pages(&self.db, &cities, &request.query)
                .await
                .map_err(Arc::new)?;
            for city in cities {
                let page = pages.remove(&city).unwrap_or_else(KeysetPage::empty);
                let key = AgreementPageOfCity {
                    city,
                    request: request.clone(),
                };
                loaded.insert(key, page);
            }
        }
        Ok(loaded)
    }
}
