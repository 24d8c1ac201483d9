//! Distances between cities, and the one place that keeps `agreement.distance_km` equal to
//! the great-circle distance between the parties' coordinates. The value is derived, so the
//! dataset files never carry it: every write that can change it (an import, an edit of an
//! agreement, an edit of a city's coordinates) calls [`refresh_distances`] in its transaction.

use entity::{agreement, city};
use network::distance_km;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{Condition, ConnectionTrait, JoinType};

use crate::error::AppResult;

/// Rows updated per statement: three parameters each, under SQLite's oldest limit of 999.
const UPDATE_BATCH: usize = 300;

/// Recomputes `distance_km` of every agreement (`None`) or of those a party to which is one of
/// `cities`, writing only the rows whose value changes.
pub async fn refresh_distances<C: ConnectionTrait>(
    db: &C,
    cities: Option<&[i32]>,
) -> AppResult<()> {
    let party = |column| Expr::col((agreement::Entity, column));
    let which = match cities {
        None => Condition::all(),
        Some([]) => return Ok(()),
        Some(cities) => Condition::any()
            .add(party(agreement::Column::PartyAId).is_in(cities.iter().copied()))
            .add(party(agreement::Column::PartyBId).is_in(cities.iter().copied())),
    };
    refresh(db, which).await
}

/// Recomputes `distance_km` of one agreement, as an edit of it leaves it.
pub async fn refresh_agreement_distance<C: ConnectionTrait>(
    db: &C,
    agreement: i32,
) -> AppResult<()> {
    refresh(
        db,
        Condition::all().add(Expr::col((agreement::Entity, agreement::Column::Id)).eq(agreement)),
    )
    .await
}

/// Recomputes `distance_km` of the agreements `which` selects.
async fn refresh<C: ConnectionTrait>(db: &C, which: Condition) -> AppResult<()> {
    let (a, b) = (Alias::new("party_a"), Alias::new("party_b"));
    let col = |table: &Alias, column: city::Column| Expr::col((table.clone(), column));
    let mut query = Query::select();
    query
        .from(agreement::Entity)
        .expr_as(
            Expr::col((agreement::Entity, agreement::Column::Id)),
            Alias::new("id"),
        )
        .expr_as(
            Expr::col((agreement::Entity, agreement::Column::DistanceKm)),
            Alias::new("stored"),
        )
        .expr_as(col(&a, city::Column::Latitude), Alias::new("a_lat"))
        .expr_as(col(&a, city::Column::Longitude), Alias::new("a_lng"))
        .expr_as(col(&b, city::Column::Latitude), Alias::new("b_lat"))
        .expr_as(col(&b, city::Column::Longitude), Alias::new("b_lng"))
        .join_as(
            JoinType::InnerJoin,
            city::Entity,
            a.clone(),
            col(&a, city::Column::Id).equals((agreement::Entity, agreement::Column::PartyAId)),
        )
        .join_as(
            JoinType::InnerJoin,
            city::Entity,
            b.clone(),
            col(&b, city::Column::Id).equals((agreement::Entity, agreement::Column::PartyBId)),
        )
        .cond_where(which);
    let mut changed = Vec::new();
    for row in db.query_all(&query).await? {
        let point = |lat: &str, lng: &str| -> AppResult<Option<(f64, f64)>> {
            let lat: Option<f64> = row.try_get("", lat)?;
            let lng: Option<f64> = row.try_get("", lng)?;
            Ok(lat.zip(lng))
        };
        let distance = point("a_lat", "a_lng")?
            .zip(point("b_lat", "b_lng")?)
            .map(|(a, b)| distance_km(a, b));
        let stored: Option<f64> = row.try_get("", "stored")?;
        if stored.map(f64::to_bits) != distance.map(f64::to_bits) {
            changed.push((row.try_get::<i32>("", "id")?, distance));
        }
    }
    for batch in changed.chunks(UPDATE_BATCH) {
        let id = || Expr::col(agreement::Column::Id);
        let mut value = Expr::case(id().eq(batch[0].0), Expr::val(batch[0].1));
        for (row, distance) in &batch[1..] {
            value = value.case(id().eq(*row), Expr::val(*distance));
        }
        let update = Query::update()
            .table(agreement::Entity)
            .value(
                agreement::Column::DistanceKm,
                value.finally(Expr::col(agreement::Column::DistanceKm)),
            )
            .and_where(id().is_in(batch.iter().map(|(row, _)| *row)))
            .to_owned();
        db.execute(&update).await?;
    }
    Ok(())
}
