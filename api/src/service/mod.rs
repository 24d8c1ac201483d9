//! Queries by domain, free of GraphQL and HTTP: each takes a connection and validated inputs
//! and returns entity models or an [`AppError`].

pub mod activities;
pub mod aggregate;
pub mod changes;
pub mod diplomacy;
pub mod distance;
pub mod editing;
pub mod filter;
pub mod graph;
pub mod keyset;
pub mod lists;
pub mod nested;
pub mod network;
pub mod places;
pub mod provenance;
pub mod records;
pub mod search;
pub mod time;

use sea_orm::sea_query::extension::postgres::PgFunc;
use sea_orm::sea_query::{Alias, ArrayType, Expr, ExprTrait, Func, Query};
use sea_orm::{DatabaseBackend, Value};

use crate::error::{AppError, AppResult};

/// A validated page request: at most `limit` rows after skipping `offset`.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    limit: u64,
    offset: u64,
}

impl Page {
    /// Checks `first` and `offset` as a client sent them, naming the argument that is wrong.
    pub fn new(first: i32, offset: i32, max_page_size: u32) -> AppResult<Self> {
        let limit = u64::try_from(first)
            .ok()
            .filter(|first| *first <= u64::from(max_page_size))
            .ok_or_else(|| {
                AppError::BadUserInput(format!(
                    "`first` must be between 0 and {max_page_size}; got {first}"
                ))
            })?;
        let offset = u64::try_from(offset).map_err(|_| {
            AppError::BadUserInput(format!("`offset` cannot be negative; got {offset}"))
        })?;
        Ok(Self { limit, offset })
    }

    pub fn limit(&self) -> u64 {
        self.limit
    }

    pub fn offset(&self) -> u64 {
        self.offset
    }
}

/// `expr` is one of `ids`, written as one statement whatever their number, so that a connection
/// prepares and plans it once: `= ANY($1)` with an array on PostgreSQL, a JSON array read by
/// `json_each` on SQLite. (`IN ($1, …, $n)` would be a new statement for every batch size.)
pub fn one_of(backend: DatabaseBackend, expr: Expr, ids: impl IntoIterator<Item = i32>) -> Expr {
    let ids: Vec<i32> = ids.into_iter().collect();
    match backend {
        DatabaseBackend::Postgres => {
            let array = ids.into_iter().map(Value::from).collect();
            expr.eq(PgFunc::any(Expr::val(Value::Array(
                ArrayType::Int,
                Some(Box::new(array)),
            ))))
        }
        _ => {
            let json = format!(
                "[{}]",
                ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
            );
            let mut each = Query::select();
            each.column(Alias::new("value"))
                .from_function(Func::cust("json_each").arg(json), Alias::new("ids"));
            expr.in_subquery(each)
        }
    }
}
