//! Builds the schema from its dependencies: a pure function, no environment, no I/O.

use async_graphql::{SDLExportOptions, Schema, ValidationMode};

use super::mutation::Mutation;
use super::query::Query;
use super::subscription::Subscription;
use crate::config::{Config, Profile};
use crate::db::Db;
use crate::service::changes::ChangeFeed;
use crate::service::editing::Editing;

pub type AppSchema = Schema<Query, Mutation, Subscription>;

/// What the schema enforces on every request, and what it tells about itself.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest `first` a list field accepts.
    pub max_page_size: u32,
    pub max_depth: usize,
    pub max_complexity: usize,
    pub max_aliases: usize,
    pub max_tokens: usize,
    /// Most conditions one `filter` argument may hold.
    pub max_filter_nodes: usize,
    /// Whether introspection and "did you mean" suggestions are on.
    pub introspection: bool,
}

impl From<&Config> for Limits {
    fn from(config: &Config) -> Self {
        Self {
            max_page_size: config.max_page_size,
            max_depth: config.max_depth,
            max_complexity: config.max_complexity,
            max_aliases: config.max_aliases,
            max_tokens: config.max_tokens,
            max_filter_nodes: config.max_filter_nodes,
            introspection: config.profile == Profile::Development,
        }
    }
}

/// The schema; `validation` says which of async-graphql's rules it checks on each request.
pub fn build_schema(
    db: Db,
    editing: Editing,
    limits: Limits,
    validation: ValidationMode,
) -> AppSchema {
    let mut builder = Schema::build(Query::default(), Mutation::default(), Subscription)
        .validation_mode(validation)
        .data(db)
        .data(editing)
        .data(limits)
        .limit_depth(limits.max_depth)
        // No extensions: request-level steps run in `Engine`, so fields take the fast path.
        .limit_complexity(limits.max_complexity);
    if !limits.introspection {
        builder = builder.disable_introspection().disable_suggestions();
    }
    builder.finish()
}

/// The schema without a database behind it, to print or inspect its SDL.
pub fn detached_schema(limits: Limits) -> AppSchema {
    let db = Db::from(sea_orm::DatabaseConnection::default());
    let editing = Editing::new(db.clone(), ChangeFeed::default());
    build_schema(db, editing, limits, ValidationMode::Strict)
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
