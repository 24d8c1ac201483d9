//! Root subscription fields: committed edits, pushed over WebSocket (graphql-transport-ws).

use async_graphql::{Context, ID, Object, Result, Subscription};
use futures_util::Stream;
use tokio::sync::broadcast::error::RecvError;

use super::query::find_node;
use super::types::{AuditAction, Node, NodeId, NodeKind, RecordType};
use crate::db::Db;
use crate::error::AppError;
use crate::service::changes::RecordChange;
use crate::service::editing::Editing;

/// The root of every subscription: changes as they are committed.
#[derive(Default)]
pub struct Subscription;

/// The root of every subscription: changes as they are committed.
#[Subscription]
impl Subscription {
    /// Every edit once it is committed, whichever server process made it; optionally only
    /// edits of some record types, and only those about one city.
    async fn record_changed(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only changes of records of these types.")] types: Option<Vec<RecordType>>,
        #[graphql(desc = "Only changes of records about this city (its global id).")] city: Option<
            ID,
        >,
    ) -> Result<impl Stream<Item = RecordChanged> + use<>> {
        let city = match city {
            Some(id) => {
                let id = NodeId::parse(&id)?;
                if id.kind != NodeKind::City {
                    return Err(
                        AppError::BadUserInput("argument `city`: not a city's id".into()).into(),
                    );
                }
                Some(id.key)
            }
            None => None,
        };
        let types: Option<Vec<&'static str>> =
            types.map(|types| types.into_iter().map(RecordType::type_name).collect());
        let receiver = ctx.data_unchecked::<Editing>().feed().subscribe();
        let db = ctx.data_unchecked::<Db>().clone();
        let wanted = move |change: &RecordChange| {
            types
                .as_ref()
                .is_none_or(|types| types.contains(&change.record_type.as_str()))
                && city
                    .as_ref()
                    .is_none_or(|city| change.cities.contains(city))
        };
        Ok(futures_util::stream::unfold(
            receiver,
            move |mut receiver| {
                let wanted = wanted.clone();
                let db = db.clone();
                async move {
                    loop {
                        match receiver.recv().await {
                            Ok(change) if wanted(&change) => {
                                return Some((RecordChanged { change, db }, receiver));
                            }
                            // A subscriber that falls too far behind skips what it missed.
                            Ok(_) | Err(RecvError::Lagged(_)) => {}
                            Err(RecvError::Closed) => return None,
                        }
                    }
                }
            },
        ))
    }
}

/// One committed edit of one record.
pub struct RecordChanged {
    change: RecordChange,
    db: Db,
}

impl RecordChanged {
    fn node_id(&self) -> Option<NodeId> {
        NodeId::named(&self.change.record_type, self.change.record_key.clone())
    }
}

/// One committed edit of one record.
#[Object]
impl RecordChanged {
    /// The record's type, as `types:` names it.
    async fn record_type(&self) -> Result<RecordType> {
        Ok(RecordType::named(&self.change.record_type)?)
    }

    /// The record's global id.
    async fn id(&self) -> Option<ID> {
        self.node_id().map(ID::from)
    }

    /// What the edit did.
    async fn action(&self) -> AuditAction {
        self.change.action.into()
    }

    /// The record's version after the edit.
    async fn version(&self) -> i32 {
        self.change.version
    }

    /// When the edit was made, RFC 3339 in UTC.
    async fn at(&self) -> &str {
        &self.change.at
    }

    /// The record as it is now; null once it is deleted.
    async fn record(&self) -> Result<Option<Node>> {
        let Some(id) = self.node_id() else {
            return Ok(None);
        };
        match find_node(&self.db, id).await {
            Ok(node) => Ok(Some(node)),
            Err(AppError::NotFound(_)) => Ok(None),
            Err(error) => Err(error.into()),
        }
    }
}
