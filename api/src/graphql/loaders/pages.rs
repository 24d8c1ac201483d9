//! Loaders of nested connections: one page per parent, for every parent of a request at once.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use async_graphql::Pos;
use async_graphql::dataloader::Loader;
use entity::agreement;
use sea_orm::{Condition, EntityTrait, IdenStatic};

use super::{DbLoader, LoadError};
use crate::db::Db;
use crate::error::AppResult;
use crate::graphql::connection::PageArgs;
use crate::service::keyset::{KeysetPage, Ordering, Parts};
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

impl PageRequest {
    /// The request of the nested list `list` whose arguments are given on the field at `field`:
    /// the rows `matching` keeps, in `ordering`, the window `page` cuts from them (checked
    /// against the largest page the server gives) and the `parts` of it the field reads.
    pub fn new(
        field: Pos,
        list: &str,
        (matching, ordering): (Condition, Ordering),
        page: PageArgs,
        parts: Parts,
        max_page_size: u32,
    ) -> AppResult<Arc<Self>> {
        let window = page.window(list, &ordering, max_page_size)?;
        Ok(Arc::new(Self {
            field,
            query: ListQuery {
                matching,
                ordering,
                window,
                parts,
            },
        }))
    }
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

/// Where the pages of a nested list come from, for many parents at once.
pub trait PageSource: Copy + Send + Sync + 'static {
    type Model: Send + Sync + Clone + 'static;

    /// Names the source in keys.
    fn name(&self) -> &'static str;

    /// The page `list` asks for of each of `parents` (pages without rows may be missing).
    fn pages(
        &self,
        db: &Db,
        parents: &[i32],
        list: &ListQuery,
    ) -> impl Future<Output = AppResult<HashMap<i32, KeysetPage<Self::Model>>>> + Send;
}

/// The rows of `E` whose column (the one held) names their parent.
#[derive(Debug)]
pub struct Link<E: EntityTrait>(pub E::Column);

impl<E: EntityTrait> Clone for Link<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: EntityTrait> Copy for Link<E> {}

impl<E: EntityTrait> PageSource for Link<E>
where
    E::Model: Send + Sync + Clone + entity::row::ReadRow,
{
    type Model = E::Model;

    fn name(&self) -> &'static str {
        self.0.as_str()
    }

    fn pages(
        &self,
        db: &Db,
        parents: &[i32],
        list: &ListQuery,
    ) -> impl Future<Output = AppResult<HashMap<i32, KeysetPage<Self::Model>>>> + Send {
        nested::children_pages::<E>(db, self.0, parents, list)
    }
}

/// A city's agreements, seen from it.
#[derive(Debug, Clone, Copy)]
pub struct SeenAgreements;

impl PageSource for SeenAgreements {
    type Model = agreement::Model;

    fn name(&self) -> &'static str {
        "agreements of a city"
    }

    fn pages(
        &self,
        db: &Db,
        parents: &[i32],
        list: &ListQuery,
    ) -> impl Future<Output = AppResult<HashMap<i32, KeysetPage<Self::Model>>>> + Send {
        nested::agreement_pages(db, parents, list)
    }
}

/// A page of the children `parent` gives of the parent `id`.
#[derive(Debug, Clone)]
pub struct ChildPage<S: PageSource> {
    pub parent: S,
    pub id: i32,
    pub request: Arc<PageRequest>,
}

impl<S: PageSource> PartialEq for ChildPage<S> {
    fn eq(&self, other: &Self) -> bool {
        self.parent.name() == other.parent.name()
            && self.id == other.id
            && self.request == other.request
    }
}

impl<S: PageSource> Eq for ChildPage<S> {}

impl<S: PageSource> Hash for ChildPage<S> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.parent.name().hash(state);
        self.id.hash(state);
        self.request.hash(state);
    }
}

/// A source and the parents asked of it.
type Parents<S> = (S, Vec<i32>);

impl<S: PageSource> Loader<ChildPage<S>> for DbLoader {
    type Value = KeysetPage<S::Model>;
    type Error = LoadError;

    /// Up to two statements per distinct source and request among the keys.
    async fn load(
        &self,
        keys: &[ChildPage<S>],
    ) -> Result<HashMap<ChildPage<S>, Self::Value>, Self::Error> {
        let mut groups: HashMap<(&str, Arc<PageRequest>), Parents<S>> = HashMap::new();
        for key in keys {
            groups
                .entry((key.parent.name(), key.request.clone()))
                .or_insert_with(|| (key.parent, Vec::new()))
                .1
                .push(key.id);
        }
        let mut loaded = HashMap::new();
        for ((_, request), (parent, ids)) in groups {
            let mut pages = parent
                .pages(&self.db, &ids, &request.query)
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
