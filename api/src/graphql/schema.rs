//! Builds the schema from its dependencies: a pure function, no environment, no I/O.

use async_graphql::extensions::ExtensionFactory;
use async_graphql::{SDLExportOptions, Schema, SchemaBuilder, ValidationMode};

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

impl Limits {
    /// How deep selection sets may nest, fragments included: twice the depth limit, so that
    /// every level of fields may sit in a fragment, and at most what the parser takes.
    pub fn max_nesting(&self) -> usize {
        (2 * self.max_depth).min(MAX_PARSED_NESTING)
    }
}

/// The deepest nesting of selection sets async-graphql's parser takes; it refuses deeper
/// documents with a parse error (`MAX_RECURSION_DEPTH` in async-graphql-parser).
const MAX_PARSED_NESTING: usize = 64;

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
    // No extensions: request-level steps run in `Engine`, so fields take the fast path. The
    // document guards refuse deeper or costlier documents first, saying by how much; these
    // limits are the last word all the same.
    builder(db, editing, limits)
        .validation_mode(validation)
        .limit_depth(limits.max_depth)
        .limit_complexity(limits.max_complexity)
        .finish()
}

fn builder(
    db: Db,
    editing: Editing,
    limits: Limits,
) -> SchemaBuilder<Query, Mutation, Subscription> {
    // async-graphql counts the nesting below the operation's selection set.
    let builder = Schema::build(Query::default(), Mutation::default(), Subscription)
        .data(db)
        .data(editing)
        .data(limits)
        .limit_recursive_depth(limits.max_nesting().saturating_sub(1));
    if limits.introspection {
        builder
    } else {
        builder.disable_introspection().disable_suggestions()
    }
}

/// The schema without a database behind it, to print or inspect its SDL.
pub fn detached_schema(limits: Limits) -> AppSchema {
    let (db, editing) = detached();
    build_schema(db, editing, limits, ValidationMode::Strict)
}

/// The schema without a database or limits, with `measure`: the document guards run a document
/// through it to learn its depth and cost exactly as the limits count them.
pub fn measuring_schema(limits: Limits, measure: impl ExtensionFactory) -> AppSchema {
    let (db, editing) = detached();
    builder(db, editing, limits)
        .validation_mode(ValidationMode::Fast)
        .extension(measure)
        .finish()
}

fn detached() -> (Db, Editing) {
    let db = Db::from(sea_orm::DatabaseConnection::default());
    let editing = Editing::new(db.clone(), ChangeFeed::default());
    (db, editing)
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
