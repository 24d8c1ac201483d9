//! Root mutation fields, one module per domain, merged into [`Mutation`]. Every one of them
//! is guarded by a role (see [`crate::auth::guard`]).

mod keys;

use async_graphql::{Context, MergedObject};
use sea_orm::DatabaseConnection;

/// The root of every write.
#[derive(MergedObject, Default)]
pub struct Mutation(keys::KeyMutation);

fn db<'a>(ctx: &'a Context<'_>) -> &'a DatabaseConnection {
    ctx.data_unchecked::<DatabaseConnection>()
}
