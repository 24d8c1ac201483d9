//! Start-up of the application's database: the schema brought up to date, the bundled data
//! loaded on first start, and the search index built. Every command that opens the database
//! (serving, import, export, keys) goes through [`prepare`] or [`prepare_with`] first.

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::config::BundledData;
use crate::dataset::{self, Dataset, Network, WORLD_SOURCE};
use crate::db::Db;
use crate::service::search;

/// Brings the schema up to date and, when `load_bundled` and the database holds no data yet,
/// loads all the bundled data (see [`prepare_with`]).
pub async fn prepare(db: &Db, load_bundled: bool) -> anyhow::Result<()> {
    prepare_with(db, load_bundled.then_some(BundledData::All)).await
}

/// Brings the schema up to date and, when the database holds no data yet, loads `bundled`:
/// the Seoul dataset with the importer `paradiplo import` uses, then (for `All`) the world
/// twinning network with the one `paradiplo import-network` uses.
pub async fn prepare_with(db: &Db, bundled: Option<BundledData>) -> anyhow::Result<()> {
    Migrator::up(db.sea(), None)
        .await
        .context("cannot migrate the database")?;
    if let Some(bundled) = bundled
        && entity::city::Entity::find().count(db).await? == 0
    {
        let report = dataset::import(db, &Dataset::bundled()?)
            .await
            .context("cannot load the bundled dataset")?;
        tracing::info!(%report, "loaded the bundled dataset into the empty database");
        if bundled == BundledData::All {
            let report = dataset::import_network(db, &Network::bundled()?, WORLD_SOURCE)
                .await
                .context("cannot load the bundled world twinning network")?;
            tracing::info!(%report, "loaded the world twinning network");
        }
    }
    search::ensure_indexed(db)
        .await
        .context("cannot build the search index")?;
    Ok(())
}
