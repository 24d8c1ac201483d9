//! Global object identification: every type has an opaque, stable `id`, and `node(id:)` finds
//! any record by it. An id is the base64url text `Kind:key`, where the key is the record's
//! natural key (slug, code, key) where it has one, so such ids survive a re-import into another
//! database; records without a natural key use their row id. A record that editors rename keeps
//! the id of the key it was created with (its `first_key`, written to the dataset files too), so
//! an id names one record for its whole life.

use async_graphql::{ID, Interface};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::Citation;
use crate::dataset::Registered;
use crate::error::AppError;
use crate::service::editing::citations::CitationEntry;
use crate::service::records::row_id;

/// Declares [`Node`] and [`NodeKind`] from the registry of kinds, and citations.
macro_rules! nodes {
    ($($type:ident($module:ident, $file:ident: $record:ident) $cited:tt)+) => {
        /// Any record with a global id.
        #[derive(Interface)]
        #[graphql(field(
            name = "id",
            ty = "ID",
            desc = "Globally unique, opaque and stable identifier."
        ))]
        pub enum Node {
            $($type(super::$type),)+
            Citation(Citation),
        }

        /// The kinds of record a global id can name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum NodeKind {
            $($type,)+
            Citation,
        }

        impl NodeKind {
            const ALL: &[NodeKind] = &[$(NodeKind::$type,)+ NodeKind::Citation];

            /// The record's GraphQL type name.
            fn name(self) -> &'static str {
                match self {
                    $(NodeKind::$type => <crate::kinds::$record as Registered>::TYPE,)+
                    NodeKind::Citation => <CitationEntry as Registered>::TYPE,
                }
            }

            fn named(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|kind| kind.name() == name)
            }
        }
    };
}
crate::kinds::with_kinds!(all: nodes);

/// A decoded global id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeId {
    pub kind: NodeKind,
    pub key: String,
}

impl NodeId {
    pub fn new(kind: NodeKind, key: String) -> Self {
        Self { kind, key }
    }

    /// The id of a record that may be renamed: of its first key if a rename changed it, else
    /// of its natural key.
    pub fn first(kind: NodeKind, first_key: Option<&String>, key: &str) -> Self {
        Self::new(kind, first_key.map_or(key, String::as_str).to_string())
    }

    /// The id of a record of the type named `name` (such as `City`), if it is one of ours.
    pub fn named(name: &str, key: String) -> Option<Self> {
        NodeKind::named(name).map(|kind| Self { kind, key })
    }

    pub fn name(kind: NodeKind) -> &'static str {
        kind.name()
    }

    /// Reads an id a client sent; anything that is not one of ours is the client's mistake.
    pub fn parse(id: &str) -> Result<Self, AppError> {
        let invalid =
            || AppError::BadUserInput(format!("argument `id`: `{id}` is not a Paradiplo id"));
        let text = URL_SAFE_NO_PAD
            .decode(id)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .ok_or_else(invalid)?;
        let (name, key) = text.split_once(':').ok_or_else(invalid)?;
        let kind = NodeKind::named(name).ok_or_else(invalid)?;
        if key.is_empty() {
            return Err(invalid());
        }
        Ok(Self {
            kind,
            key: key.to_string(),
        })
    }

    /// The row id of a kind identified by row id.
    pub fn row_id(&self) -> Result<i32, AppError> {
        row_id(&self.key)
    }
}

impl From<NodeId> for ID {
    fn from(id: NodeId) -> Self {
        ID(URL_SAFE_NO_PAD.encode(format!("{}:{}", NodeId::name(id.kind), id.key)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_foreign_ones_are_refused() {
        let id = ID::from(NodeId::new(NodeKind::City, "seoul".into()));
        assert_eq!(
            NodeId::parse(&id).expect("ours"),
            NodeId::new(NodeKind::City, "seoul".into())
        );
        for foreign in [
            "",
            "seoul",
            "Q2l0eQ",
            &URL_SAFE_NO_PAD.encode("Planet:mars"),
        ] {
            assert!(NodeId::parse(foreign).is_err(), "{foreign}");
        }
    }
}
