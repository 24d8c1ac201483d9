//! Builds the schema from its dependencies: a pure function, no environment, no I/O.

use std::time::Duration;

use async_graphql::{SDLExportOptions, Schema, SchemaBuilder, ValidationMode};

use super::Limits;
use super::mutation::Mutation;
use super::query::Query;
use super::subscription::Subscription;
use crate::db::Db;
use crate::service::changes::ChangeFeed;
use crate::service::editing::Editing;
use crate::service::network::Network;

pub type AppSchema = Schema<Query, Mutation, Subscription>;

/// The schema; `validation` says which of async-graphql's rules it checks on each request.
pub fn build_schema(
    db: Db,
    editing: Editing,
    network: Network,
    limits: Limits,
    validation: ValidationMode,
) -> AppSchema {
    // No extensions: request-level steps run in `Engine`, so fields take the fast path. The
    // document guards refuse deeper or costlier documents first, saying by how much; these
    // limits are the last word all the same.
    builder(db, editing, network, limits)
        .validation_mode(validation)
        .limit_depth(limits.max_depth)
        .limit_complexity(limits.max_complexity)
        .finish()
}

fn builder(
    db: Db,
    editing: Editing,
    network: Network,
    limits: Limits,
) -> SchemaBuilder<Query, Mutation, Subscription> {
    // async-graphql counts the nesting below the operation's selection set.
    let builder = Schema::build(Query::default(), Mutation::default(), Subscription)
        .data(db)
        .data(editing)
        .data(network)
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
    let (db, editing, network) = detached();
    build_schema(db, editing, network, limits, ValidationMode::Strict)
}

/// The schema without a database, stopping once validated: the document guards run a document
/// through it to learn its depth and cost exactly as the limits count them.
pub fn measuring_schema(limits: Limits) -> AppSchema {
    let (db, editing, network) = detached();
    builder(db, editing, network, limits)
        .validation_mode(ValidationMode::Fast)
        .extension(super::guards::Measure)
        .finish()
}

fn detached() -> (Db, Editing, Network) {
    let db = Db::from(sea_orm::DatabaseConnection::default());
    let editing = Editing::new(db.clone(), ChangeFeed::default());
    let network = Network::new(db.clone(), ChangeFeed::default(), Duration::from_secs(30));
    (db, editing, network)
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
