//! `agreement.distance_km`: the great-circle distance between the two parties' coordinates,
//! null when either lacks them. SQLite has no trigonometric functions, so the value is
//! computed in Rust and stored; the application keeps it up to date on every import and
//! edit (`api/src/service/distance.rs`), and this migration fills it for the rows already
//! there.

use network::distance_km;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Agreement::Table)
                    .add_column(double_null(Agreement::DistanceKm))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("agreement_distance_km")
                    .table(Agreement::Table)
                    .col(Agreement::DistanceKm)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT agreement.id AS id, a.latitude AS a_lat, a.longitude AS a_lng, \
                 b.latitude AS b_lat, b.longitude AS b_lng \
                 FROM agreement JOIN city a ON a.id = agreement.party_a_id \
                 JOIN city b ON b.id = agreement.party_b_id \
                 WHERE a.latitude IS NOT NULL AND a.longitude IS NOT NULL \
                 AND b.latitude IS NOT NULL AND b.longitude IS NOT NULL",
            ))
            .await?;
        for row in rows {
            let id: i32 = row.try_get("", "id")?;
            let point = |lat: &str, lng: &str| -> Result<(f64, f64), DbErr> {
                Ok((row.try_get("", lat)?, row.try_get("", lng)?))
            };
            let distance = distance_km(point("a_lat", "a_lng")?, point("b_lat", "b_lng")?);
            let update = Query::update()
                .table(Agreement::Table)
                .value(Agreement::DistanceKm, distance)
                .and_where(Expr::col(Agreement::Id).eq(id))
                .to_owned();
            db.execute(&update).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("agreement_distance_km")
                    .table(Agreement::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Agreement::Table)
                    .drop_column(Agreement::DistanceKm)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Agreement {
    Table,
    Id,
    DistanceKm,
}
