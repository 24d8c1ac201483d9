//! Sources.

use entity::{SourceKind, source};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{Page, page};
use crate::error::AppResult;

pub async fn source(db: &DatabaseConnection, key: &str) -> AppResult<source::Model> {
    super::records::by_key::<source::Entity>(db, source::Column::Key, key, "source has the key")
        .await
}

pub async fn sources(
    db: &DatabaseConnection,
    kind: Option<SourceKind>,
    paging: Page,
) -> AppResult<Vec<source::Model>> {
    let mut query = source::Entity::find();
    if let Some(kind) = kind {
        query = query.filter(source::Column::Kind.eq(kind));
    }
    page(db, query, source::Column::Key, source::Column::Id, paging).await
}
