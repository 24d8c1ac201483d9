//! The `node(id:)` root field: any record by its global id.

use async_graphql::{Context, ID, Object, Result};

use super::db;
use crate::db::Db;
use crate::error::AppResult;
use crate::graphql::types::{Node, NodeId, NodeKind};
use crate::service::{activities, diplomacy, places, provenance, records};

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

/// The record a global id names.
pub async fn find_node(db: &Db, id: NodeId) -> AppResult<Node> {
    let key = id.key.as_str();
    let node = match id.kind {
        NodeKind::City => Node::City(places::city(db, key).await?.into()),
        NodeKind::Country => Node::Country(places::country(db, key).await?.into()),
        NodeKind::CountryGroup => Node::CountryGroup(places::country_group(db, key).await?.into()),
        NodeKind::Organization => {
            Node::Organization(diplomacy::organization(db, None, Some(key)).await?.into())
        }
        NodeKind::PolicyExport => {
            Node::PolicyExport(activities::policy_export(db, key).await?.into())
        }
        NodeKind::Event => Node::Event(activities::event(db, key).await?.into()),
        NodeKind::Program => Node::Program(activities::program(db, key).await?.into()),
        NodeKind::Source => Node::Source(provenance::source(db, key).await?.into()),
        NodeKind::Agreement => Node::Agreement(
            records::by_id::<entity::agreement::Entity>(db, id.row_id()?, "agreement")
                .await?
                .into(),
        ),
        NodeKind::Membership => Node::Membership(
            records::by_id::<entity::membership::Entity>(db, id.row_id()?, "membership")
                .await?
                .into(),
        ),
        NodeKind::HostedOffice => Node::HostedOffice(
            records::by_id::<entity::hosted_office::Entity>(db, id.row_id()?, "hosted office")
                .await?
                .into(),
        ),
        NodeKind::Statistic => Node::Statistic(
            records::by_id::<entity::statistic::Entity>(db, id.row_id()?, "statistic")
                .await?
                .into(),
        ),
        NodeKind::Period => Node::Period(
            records::by_id::<entity::period::Entity>(db, id.row_id()?, "period")
                .await?
                .into(),
        ),
        NodeKind::Citation => Node::Citation(
            records::by_id::<entity::citation::Entity>(db, id.row_id()?, "citation")
                .await?
                .into(),
        ),
    };
    Ok(node)
}
