//! Sources.

use entity::{SourceKind, source};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{Page, page};
use crate::error::{AppError, AppResult};

pub async fn source(db: &DatabaseConnection, key: &str) -> AppResult<source::Model> {
    source::Entity::find()
        .filter(source::Column::Key.eq(key))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no source has the key `{key}`")))
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
