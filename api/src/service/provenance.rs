//! Sources.

use entity::{SourceKind, source};
use sea_orm::{ColumnTrait, Condition};

use crate::db::Db;
use crate::error::AppResult;

pub async fn source(db: &Db, key: &str) -> AppResult<source::Model> {
    super::records::by_key::<source::Entity>(db, source::Column::Key, key, "source has the key")
        .await
}

/// `matching` narrowed by the simple arguments of the source lists.
pub fn sources_where(matching: Condition, kind: Option<SourceKind>) -> Condition {
    matching.add_option(kind.map(|kind| source::Column::Kind.eq(kind)))
}
