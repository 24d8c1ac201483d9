//! Single records by natural key, by the key of their global id or by row id, with a
//! NOT_FOUND that says what was asked; and what each kind's global id is made of.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, IntoColumnRef, IntoCondition};
use sea_orm::{
    ColumnTrait, EntityTrait, FromQueryResult, IdenStatic, Iterable, PrimaryKeyToColumn,
    PrimaryKeyTrait, QueryFilter,
};

use crate::dataset::RecordKind;
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

/// What the key of a record's global id is, for a kind whose table's columns are `C`.
#[derive(Debug, Clone, Copy)]
pub enum IdKey<C> {
    /// The natural key in this column, or the one the record was created with (`first_key`)
    /// once editors renamed it.
    FirstKey(C),
    /// The natural key in this column, which never changes.
    Key(C),
    /// The row id: the kind has no natural key of its own.
    RowId,
}

/// The key of a row's global id, as its kind's [`IdKey`] says (written by `identified!`).
pub trait NodeKey {
    fn node_key(&self) -> String;
}

/// How a kind's records are found by the key of their global id.
pub trait Identified: RecordKind<Model: FromQueryResult> {
    const ID_KEY: IdKey<<Self::Entity as EntityTrait>::Column>;
    /// What a record of the kind is called in messages, such as `hosted office`.
    const WHAT: &'static str;

    /// The record whose global id has `key`.
    fn find(
        db: &Db,
        key: &str,
    ) -> impl Future<Output = AppResult<<Self::Entity as EntityTrait>::Model>> + Send {
        async move {
            match Self::ID_KEY {
                IdKey::FirstKey(column) => {
                    let what = format!("{} is identified by", Self::WHAT);
                    one::<Self::Entity>(db, id_key(column).eq(key), key, &what).await
                }
                IdKey::Key(column) => {
                    let what = format!("{} has the {}", Self::WHAT, column.as_str());
                    one::<Self::Entity>(db, Expr::col(column).eq(key), key, &what).await
                }
                IdKey::RowId => {
                    by_row_id::<Self::Entity>(db, Self::id_column(), row_id(key)?, Self::WHAT).await
                }
            }
        }
    }

    /// The column of the table's row id.
    fn id_column() -> <Self::Entity as EntityTrait>::Column {
        <Self::Entity as EntityTrait>::PrimaryKey::iter()
            .next()
            .map(PrimaryKeyToColumn::into_column)
            .expect("every table has a primary key")
    }
}

/// The record whose row id, in `column`, is `id`; `what` reads "no {what} has the id {id}".
async fn by_row_id<E: EntityTrait>(
    db: &Db,
    column: E::Column,
    id: i32,
    what: &str,
) -> AppResult<E::Model> {
    E::find()
        .filter(Expr::col(column).eq(id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no {what} has the id {id}")))
}

/// The row id a global id's key holds, for kinds identified by row id.
pub fn row_id(key: &str) -> AppResult<i32> {
    key.parse()
        .map_err(|_| AppError::BadUserInput("argument `id` is not a Paradiplo id".into()))
}
