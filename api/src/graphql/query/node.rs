//! The `node(id:)` root field: any record by its global id.

use async_graphql::{Context, ID, Object, Result};

use super::db;
use crate::db::Db;
use crate::error::AppResult;
use crate::graphql::types::{Node, NodeId, NodeKind};
use crate::service::editing::citations::CitationEntry;
use crate::service::records::Identified;

#[derive(Default)]
pub struct NodeQuery;

#[Object]
impl NodeQuery {
    /// Any record by its global `id` (Relay's object identification).
    async fn node(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A global id, as any type's `id` field gives it.")] id: ID,
    ) -> Result<Option<Node>> {
        Ok(Some(find_node(db(ctx), NodeId::parse(&id)?).await?))
    }
}

/// Declares [`find_node`] from the registry of kinds, and citations.
macro_rules! find_nodes {
    ($($type:ident($module:ident, $file:ident: $record:ident) $cited:tt)+) => {
        /// The record a global id names.
        pub async fn find_node(db: &Db, id: NodeId) -> AppResult<Node> {
            let key = id.key.as_str();
            Ok(match id.kind {
                $(NodeKind::$type => {
                    Node::$type(<crate::kinds::$record as Identified>::find(db, key).await?.into())
                })+
                NodeKind::Citation => {
                    Node::Citation(<CitationEntry as Identified>::find(db, key).await?.into())
                }
            })
        }
    };
}
crate::kinds::with_kinds!(all: find_nodes);
