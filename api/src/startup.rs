//! Start-up of the application's database: the schema brought up to date, the bundled dataset
//! loaded on first start, and the search index built. Every command that opens the database
//! (serving, import, export, keys) goes through [`prepare`] first.

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::dataset::{self, Dataset};
use crate::db::Db;
use crate::service::search;

/// Brings the schema up to date and, when the database holds no data yet, loads the bundled
/// dataset with the same importer `paradiplo import` uses.
pub async fn prepare(db: &Db, load_bundled: bool) -> anyhow::Result<()> {
    Migrator::up(db.sea(), None)
        .await
        .context("cannot migrate the database")?;
    if load_bundled && entity::city::Entity::find().count(db).await? == 0 {
        let report = dataset::import(db, &Dataset::bundled()?)
            .await
            .context("cannot load the bundled dataset")?;
        tracing::info!(%report, "loaded the bundled dataset into the empty database");
    }
    search::ensure_indexed(db)
        .await
        .context("cannot build the search index")?;
    Ok(())
}
