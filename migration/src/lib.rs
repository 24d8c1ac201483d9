//! Database migrations of Paradiplo, portable between SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m20261125_000001_knowledge_model;
mod m20261125_000002_search_index;
mod m20261125_000003_editing;
mod m20261125_000004_api_keys;
mod m20261201_000005_search_index_without_pending_list;
mod m20261207_000008_world_twinning;
mod m20261207_000009_agreement_distance;
mod m20261210_000006_first_keys;
mod m20261210_000007_actors_by_credential;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_knowledge_model::Migration),
            Box::new(m20261125_000002_search_index::Migration),
            Box::new(m20261125_000003_editing::Migration),
            Box::new(m20261125_000004_api_keys::Migration),
            Box::new(m20261201_000005_search_index_without_pending_list::Migration),
            Box::new(m20261210_000006_first_keys::Migration),
            Box::new(m20261210_000007_actors_by_credential::Migration),
            Box::new(m20261207_000008_world_twinning::Migration),
            Box::new(m20261207_000009_agreement_distance::Migration),
        ]
    }
}
