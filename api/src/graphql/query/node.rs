//! The `node(id:)` root field: any record by its global id.

use async_graphql::{Context, ID, Object, Result};

use super::db;
use crate::db::Db;
use crate::error::AppResult;
use crate::graphql::types::{Node, NodeId, NodeKind};
use crate::service::{activities, places, records};
use entity::{city, country, event, organization, policy_export, source};

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
    // Records that editors may rename are found by the key they were created with.
    macro_rules! renameable {
        ($variant:ident, $table:ident, $key:ident, $what:literal) => {
            Node::$variant(
                records::by_id_key::<$table::Entity>(db, $table::Column::$key, key, $what)
                    .await?
                    .into(),
            )
        };
    }
    let node = match id.kind {
        NodeKind::City => renameable!(City, city, Slug, "city is identified by"),
        NodeKind::Country => renameable!(Country, country, Code, "country is identified by"),
        NodeKind::CountryGroup => Node::CountryGroup(places::country_group(db, key).await?.into()),
        NodeKind::Organization => renameable!(
            Organization,
            organization,
            Slug,
            "organization is identified by"
        ),
        NodeKind::PolicyExport => renameable!(
            PolicyExport,
            policy_export,
            Slug,
            "policy export is identified by"
        ),
        NodeKind::Event => renameable!(Event, event, Slug, "event is identified by"),
        NodeKind::Program => Node::Program(activities::program(db, key).await?.into()),
        NodeKind::Source => renameable!(Source, source, Key, "source is identified by"),
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
