//! Records by row id, for the kinds that have no natural key.

use sea_orm::{DatabaseConnection, EntityTrait, PrimaryKeyTrait};

use crate::error::{AppError, AppResult};

pub async fn by_id<E>(db: &DatabaseConnection, id: i32, what: &str) -> AppResult<E::Model>
where
    E: EntityTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i32>,
{
    E::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no {what} has the id {id}")))
}
