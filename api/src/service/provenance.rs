//! Sources.

use entity::{SourceKind, source};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, Select};

use super::Pager;
use super::keyset::Ordering;
use crate::db::Db;
use crate::error::AppResult;

pub async fn source(db: &Db, key: &str) -> AppResult<source::Model> {
    super::records::by_key::<source::Entity>(db, source::Column::Key, key, "source has the key")
        .await
}

pub async fn sources<P: Pager>(
    db: &Db,
    kind: Option<SourceKind>,
    matching: Condition,
    ordering: &Ordering,
    paging: &P,
) -> AppResult<P::Output<source::Model>> {
    paging
        .fetch(db, sources_select(kind, matching), ordering)
        .await
}

fn sources_select(kind: Option<SourceKind>, matching: Condition) -> Select<source::Entity> {
    let query = source::Entity::find().filter(matching);
    match kind {
        Some(kind) => query.filter(source::Column::Kind.eq(kind)),
        None => query,
    }
}
