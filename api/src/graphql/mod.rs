//! The GraphQL API: schema, root fields, types and the loaders behind their relations.

pub mod connection;
mod engine;
pub mod guards;
mod limits;
mod lists;
mod loaders;
pub mod mutation;
mod query;
mod renamed;
mod rows;
pub mod schema;
mod subscription;
mod types;
mod vocabulary;

pub use engine::Engine;
pub use limits::Limits;
pub use schema::{AppSchema, build_schema, detached_schema, sdl};

/// Estimated rows of a list field without a page size, for the complexity limit.
pub const NESTED_LIST_COST: usize = 10;

/// Complexity of a paginated list: its page size times the cost of one item.
pub fn page_cost(first: i32, child_complexity: usize) -> usize {
    usize::try_from(first)
        .unwrap_or(0)
        .max(1)
        .saturating_mul(child_complexity)
}

/// Complexity of a connection: its page size (`first` or `last`, else the default) times the
/// cost of one item.
pub fn connection_cost(first: Option<i32>, last: Option<i32>, child_complexity: usize) -> usize {
    page_cost(first.or(last).unwrap_or(100), child_complexity)
}
