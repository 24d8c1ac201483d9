//! Single records by natural key or by row id, with a NOT_FOUND that says what was asked.

use sea_orm::{ColumnTrait, EntityTrait, PrimaryKeyTrait, QueryFilter};

use crate::db::Db;
use crate::error::{AppError, AppResult};

pub async fn by_id<E>(db: &Db, id: i32, what: &str) -> AppResult<E::Model>
where
    E: EntityTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i32>,
{
    E::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no {what} has the id {id}")))
}

/// The record whose `column` equals `key`; `what` reads "no {what} `key`", e.g. "city has the slug".
pub async fn by_key<E: EntityTrait>(
    db: &Db,
    column: E::Column,
    key: &str,
    what: &str,
) -> AppResult<E::Model> {
    E::find()
        .filter(column.eq(key))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no {what} `{key}`")))
}
