//! The `auditLog` root field: every write, newest first, for any signed-in role.

use async_graphql::{Context, ID, InputObject, Object, Result};

use super::{db, page};
use crate::auth::{Role, RoleGuard};
use crate::graphql::renamed::either;
use crate::graphql::types::{AuditAction, AuditEntry, NodeId, RecordType};
use crate::service::changes::Action;
use crate::service::editing::audit::{self, AuditQuery};

/// Which audit entries to read; every field narrows the list.
#[derive(InputObject, Default)]
pub struct AuditLogFilter {
    /// Only writes to records of this type.
    record_type: Option<RecordType>,
    /// Only writes to the record with this global id.
    record_id: Option<ID>,
    #[graphql(deprecation = "Use `recordId`, as `AuditEntry` names it.")]
    record: Option<ID>,
    /// Only writes by this actor: `key:<API key name>` or `jwt:<token subject>`.
    actor: Option<String>,
    /// Only writes of this kind.
    action: Option<AuditAction>,
    /// Only writes at or after this time (RFC 3339, or a prefix such as `2026-11`).
    since: Option<String>,
    /// Only writes before this time.
    until: Option<String>,
}

#[derive(Default)]
pub struct AuditQueryRoot;

#[Object]
impl AuditQueryRoot {
    /// The append-only log of every write, newest first; needs the viewer role.
    #[graphql(guard = "RoleGuard::new(Role::Viewer)")]
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        #[graphql(default, desc = "Which entries to read.")] filter: AuditLogFilter,
        #[graphql(default = 50, desc = "How many entries to return at most.")] first: i32,
        #[graphql(default = 0, desc = "How many entries to skip.")] offset: i32,
    ) -> Result<Vec<AuditEntry>> {
        let mut query = AuditQuery {
            record_type: filter.record_type.map(|kind| kind.type_name().into()),
            actor: filter.actor,
            action: filter
                .action
                .map(|action| Action::from(action).as_str().into()),
            since: filter.since,
            until: filter.until,
            ..Default::default()
        };
        let record = either("record_id", &filter.record_id, "record", &filter.record)?;
        if let Some(record) = record {
            let id = NodeId::parse(record)?;
            query.record_type = Some(NodeId::name(id.kind).into());
            query.record_key = Some(id.key);
        }
        let entries = audit::entries(db(ctx), query, page(ctx, first, offset)?).await?;
        Ok(entries.into_iter().map(AuditEntry).collect())
    }
}
