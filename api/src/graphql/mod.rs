//! The GraphQL API: schema, root fields, types and the loaders behind their relations.

mod loaders;
mod query;
pub mod schema;
mod types;

pub use schema::{AppSchema, Limits, build_schema, sdl};
