//! What the schema enforces on every request, from the configuration.

use crate::config::{Config, Profile};

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
