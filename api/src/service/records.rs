//! Single records by natural key, by the key of their global id or by row id, with a
//! NOT_FOUND that says what was asked.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, IntoColumnRef, IntoCondition};
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
    one::<E>(db, column.eq(key), key, what).await
}

/// The key a record's global id is made of, for kinds that editors may rename: the natural key
/// it was created with (`first_key`, once a rename changed it), else its natural key `key`.
/// Each such table has a unique index on this very expression, which also finds records by it.
pub fn id_key(key: impl IntoColumnRef) -> Expr {
    Func::coalesce([Expr::col(Alias::new("first_key")), Expr::col(key)]).into()
}

/// The record whose global id is made of `key`, of a kind whose natural key is `column`;
/// `what` reads "no {what} `key`", e.g. "city is identified by".
pub async fn by_id_key<E: EntityTrait>(
    db: &Db,
    column: E::Column,
    key: &str,
    what: &str,
) -> AppResult<E::Model> {
    one::<E>(db, id_key(column).eq(key), key, what).await
}

async fn one<E: EntityTrait>(
    db: &Db,
    condition: impl IntoCondition,
    key: &str,
    what: &str,
) -> AppResult<E::Model> {
    E::find()
        .filter(condition)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no {what} `{key}`")))
}
