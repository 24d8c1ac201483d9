//! Nested lists paged in SQL for many parents at once: each parent gets its own keyset page
//! through a window function and its total from a grouped count, so a nested connection costs
//! at most two statements per level however many parents it is asked for (one when the client
//! reads only the totals or only the rows).

use std::collections::HashMap;

use entity::agreement;
use sea_orm::sea_query::{Alias, Expr, Query, UnionType};
use sea_orm::{ConnectionTrait, EntityTrait, Iterable, QueryFilter, QueryTrait};

use super::keyset::KeysetPage;
use super::lists::ListQuery;
use crate::db::Db;
use crate::error::AppResult;

/// The pages of the rows of `E` whose column `parent` is each of `parents`.
pub async fn children_pages<E: EntityTrait<Model: entity::row::ReadRow>>(
    db: &Db,
    parent: E::Column,
    parents: &[i32],
    list: &ListQuery,
) -> AppResult<HashMap<i32, KeysetPage<E::Model>>> {
    let query = E::find()
        .filter(super::one_of(
            db.get_database_backend(),
            Expr::col((E::default(), parent)),
            parents.iter().copied(),
        ))
        .filter(list.matching.clone())
        .into_query();
    list.pages_of(db, query, Expr::col((E::default(), parent)))
        .await
}

/// The table agreements are seen from a city in: each agreement once per party among the
/// cities, with that party as `viewer`.
pub const SEEN_AGREEMENTS: &str = "agreement";

/// The column of [`SEEN_AGREEMENTS`] naming the city an agreement is seen from.
pub fn viewer() -> Expr {
    Expr::col((Alias::new(SEEN_AGREEMENTS), Alias::new("viewer")))
}

/// The pages of the agreements of each of `cities`, seen from that city. The list's filter is
/// compiled on [`SEEN_AGREEMENTS`] with [`viewer`] as the city agreements are seen from.
pub async fn agreement_pages(
    db: &Db,
    cities: &[i32],
    list: &ListQuery,
) -> AppResult<HashMap<i32, KeysetPage<agreement::Model>>> {
    let side = |party: agreement::Column| {
        let mut side = Query::select();
        side.column((agreement::Entity, sea_orm::sea_query::Asterisk))
            .expr_as(Expr::col((agreement::Entity, party)), Alias::new("viewer"))
            .from(agreement::Entity)
            .and_where(super::one_of(
                db.get_database_backend(),
                Expr::col((agreement::Entity, party)),
                cities.iter().copied(),
            ));
        side
    };
    let mut seen = side(agreement::Column::PartyAId);
    seen.union(UnionType::All, side(agreement::Column::PartyBId));
    let table = Alias::new(SEEN_AGREEMENTS);
    let mut query = Query::select();
    query
        .columns(agreement::Column::iter().map(|column| (table.clone(), column)))
        .from_subquery(seen, table)
        .cond_where(list.matching.clone());
    list.pages_of(db, query, viewer()).await
}
