//! Models read from their rows by position.
//!
//! SeaORM's derived reading finds every column by its name (a hash of the name per column and
//! row), checks its type on every row and, for every null, formats the column's name into an
//! error that it then discards; on the thousands of rows of a large answer that is most of the
//! time spent decoding them. A model deriving `ReadRow` reads the columns of its entity's select
//! — `Entity::find()` lists them in the model's field order — by position, and a null as `None`.
//! A statement's first row says whether its columns are the model's, by name and type; on
//! PostgreSQL, where a column has one type for all rows, the rest are then decoded without a
//! check each (SQLite checks every value, whose type may change from row to row). A statement
//! whose columns do not fit is read by name, as SeaORM reads it.

use sea_orm::sqlx::{Column, Decode, Postgres, Row, Sqlite, Type};
use sea_orm::{
    ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryResult, QueryTrait, Select,
};

/// A model read from a row by position; derived with `#[derive(ReadRow)]`.
pub trait ReadRow: FromQueryResult {
    /// The model's columns, in the order its entity selects them.
    const COLUMNS: &'static [&'static str];

    /// Whether the columns of `row` begin with the model's, of types its fields read.
    fn fits(row: &QueryResult) -> bool;

    /// The model in `row`, of a statement whose first row [`fits`](Self::fits).
    fn read_fitted(row: &QueryResult) -> Result<Self, DbErr>;
}

/// A value of a model's field, read from the column at a position.
pub trait Cell: Sized {
    /// Whether the column at `index` holds values of this type.
    fn fits(row: &QueryResult, index: usize) -> bool;

    /// The value at `index`, of a column that [`fits`](Self::fits).
    fn read(row: &QueryResult, index: usize) -> Result<Self, DbErr>;
}

/// The models of a statement's rows: by position where its columns begin with the model's,
/// by name otherwise.
pub fn read_rows<M: ReadRow>(rows: &[QueryResult]) -> Result<Vec<M>, DbErr> {
    let read = reader::<M>(rows.first());
    rows.iter().map(read).collect()
}

/// How to read the models of a statement whose first row is `first`: by position where its
/// columns begin with the model's, by name otherwise.
pub fn reader<M: ReadRow>(first: Option<&QueryResult>) -> fn(&QueryResult) -> Result<M, DbErr> {
    match first.is_none_or(M::fits) {
        true => M::read_fitted,
        false => |row| M::from_query_result(row, ""),
    }
}

/// The models `query` selects, read by position.
pub async fn all<E, C>(query: Select<E>, db: &C) -> Result<Vec<E::Model>, DbErr>
where
    E: EntityTrait<Model: ReadRow>,
    C: ConnectionTrait,
{
    let rows = db
        .query_all_raw(query.build(db.get_database_backend()))
        .await?;
    read_rows(&rows)
}

/// Whether the columns of `row` begin with `names`.
pub fn columns_begin_with(row: &QueryResult, names: &[&str]) -> bool {
    let columns = row.column_names();
    columns.len() >= names.len()
        && columns
            .iter()
            .zip(names)
            .all(|(column, name)| column == name)
}

/// Whether the column at `index` holds values of `T`: on PostgreSQL, its declared type; on
/// SQLite, every value is checked as it is read.
pub fn fits<T: Type<Postgres>>(row: &QueryResult, index: usize) -> bool {
    match row.try_as_pg_row() {
        Some(row) => {
            (row.columns().get(index)).is_some_and(|column| T::compatible(column.type_info()))
        }
        None => row.try_as_sqlite_row().is_some(),
    }
}

/// The value at `index`, `None` for a null.
pub fn nullable<T>(row: &QueryResult, index: usize) -> Result<Option<T>, DbErr>
where
    T: for<'r> Decode<'r, Postgres> + for<'r> Decode<'r, Sqlite> + Type<Sqlite>,
{
    let read = if let Some(row) = row.try_as_pg_row() {
        row.try_get_unchecked::<Option<T>, _>(index)
    } else if let Some(row) = row.try_as_sqlite_row() {
        row.try_get::<Option<T>, _>(index)
    } else {
        return Err(DbErr::Type(
            "rows are read by position on PostgreSQL and SQLite only".to_owned(),
        ));
    };
    read.map_err(|error| DbErr::Type(error.to_string()))
}

/// The error of a null where the model has no `Option`.
pub fn null_at(index: usize) -> DbErr {
    DbErr::Type(format!("column {index} is null where a value is required"))
}

/// Implements [`Cell`] for `$type` and `Option<$type>`, stored as `$stored` and made into
/// `$type` by `$convert`.
macro_rules! cell {
    ($type:ty as $stored:ty, $convert:expr) => {
        impl $crate::row::Cell for $type {
            fn fits(row: &sea_orm::QueryResult, index: usize) -> bool {
                $crate::row::fits::<$stored>(row, index)
            }

            fn read(row: &sea_orm::QueryResult, index: usize) -> Result<Self, sea_orm::DbErr> {
                let value = $crate::row::nullable::<$stored>(row, index)?
                    .ok_or_else(|| $crate::row::null_at(index))?;
                ($convert)(value)
            }
        }

        impl $crate::row::Cell for Option<$type> {
            fn fits(row: &sea_orm::QueryResult, index: usize) -> bool {
                $crate::row::fits::<$stored>(row, index)
            }

            fn read(row: &sea_orm::QueryResult, index: usize) -> Result<Self, sea_orm::DbErr> {
                $crate::row::nullable::<$stored>(row, index)?
                    .map($convert)
                    .transpose()
            }
        }
    };
}
pub(crate) use cell;

cell!(i32 as i32, Ok);
cell!(i64 as i64, Ok);
cell!(f64 as f64, Ok);
cell!(String as String, Ok);
