//! Builds the schema from its dependencies: a pure function, no environment, no I/O.

use async_graphql::dataloader::DataLoader;
use async_graphql::{EmptyMutation, EmptySubscription, SDLExportOptions, Schema};
use sea_orm::DatabaseConnection;

use super::loaders::DbLoader;
use super::query::Query;
use crate::error::ErrorCodes;

pub type AppSchema = Schema<Query, EmptyMutation, EmptySubscription>;

/// Limits the schema enforces on every request.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest `first` a list field accepts.
    pub max_page_size: u32,
}

pub fn build_schema(db: DatabaseConnection, limits: Limits) -> AppSchema {
    // The loader has no cache: it batches the loads of one moment, and never serves stale rows.
    let loader = DataLoader::new(DbLoader::new(db.clone()), tokio::spawn);
    Schema::build(Query::default(), EmptyMutation, EmptySubscription)
        .data(db)
        .data(loader)
        .data(limits)
        .extension(ErrorCodes)
        .finish()
}

/// The schema in SDL, sorted so that a diff shows only real changes.
pub fn sdl(schema: &AppSchema) -> String {
    schema.sdl_with_options(
        SDLExportOptions::new()
            .sorted_fields()
            .sorted_arguments()
            .sorted_enum_items(),
    )
}
