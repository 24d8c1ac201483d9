//! The audit log as editors read it: `AuditEntry`, and the record types edits are about.

use async_graphql::resolver_utils::EnumType;
use async_graphql::{Context, Enum, ID, Json, Object, Result};
use entity::audit_log;

use super::Role;
use super::node::NodeId;
use crate::dataset::Registered;
use crate::error::AppError;
use crate::service::Page;
use crate::service::editing::audit::{self, AuditQuery};
use crate::service::editing::citations::CitationEntry;

/// The kinds of record editors change.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum RecordType {
    /// A source.
    Source,
    /// A country.
    Country,
    /// A city or region.
    City,
    /// An organization.
    Organization,
    /// An agreement between two cities.
    Agreement,
    /// A city's membership in an organization.
    Membership,
    /// An office an organization keeps in a city.
    HostedOffice,
    /// A policy export.
    PolicyExport,
    /// An event.
    Event,
    /// A statistic.
    Statistic,
    /// A citation.
    Citation,
}

/// Names each [`RecordType`] after its kind; a kind the registry says editors change and
/// that `RecordType` leaves out, or the reverse, does not compile.
macro_rules! record_type_names {
    ($($type:ident($record:ident): $create:ident, $update:ident, $delete:ident, $restore:ident)+) => {
        impl RecordType {
            /// The record's GraphQL type name, as stored in the log.
            pub fn type_name(self) -> &'static str {
                match self {
                    $(RecordType::$type => <crate::kinds::$record as Registered>::TYPE,)+
                    RecordType::Citation => <CitationEntry as Registered>::TYPE,
                }
            }
        }
    };
}
crate::kinds::with_kinds!(edited: record_type_names);

impl RecordType {
    /// The record type whose GraphQL type is named `name`, as the log and the change feed
    /// store it.
    pub fn named(name: &str) -> Result<Self, AppError> {
        Self::items()
            .iter()
            .map(|item| item.value)
            .find(|kind| kind.type_name() == name)
            .ok_or_else(|| stored_unknown("record type", name))
    }
}

/// A stored value that no longer names anything the API knows: the database is at fault.
fn stored_unknown(what: &str, value: &str) -> AppError {
    AppError::Database(sea_orm::DbErr::Type(format!(
        "the audit log holds the unknown {what} {value:?}"
    )))
}

/// What an edit did to its record.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "crate::service::changes::Action")]
pub enum AuditAction {
    /// The record was created.
    Create,
    /// Some of its fields changed.
    Update,
    /// It was deleted (it can be restored).
    Delete,
    /// It was restored after a deletion.
    Restore,
}

/// One write, as the append-only audit log keeps it.
pub struct AuditEntry(pub audit_log::Model);

/// One write, as the append-only audit log keeps it.
#[Object]
impl AuditEntry {
    /// The entry's number; later entries have higher numbers.
    async fn sequence(&self) -> i32 {
        self.0.id
    }

    /// When, RFC 3339 in UTC.
    async fn at(&self) -> &str {
        &self.0.at
    }

    /// Who wrote: `key:` and the name of the API key, or `jwt:` and the subject of the token
    /// (entries written before writers were named so keep the bare name).
    async fn actor(&self) -> &str {
        &self.0.actor
    }

    /// The writer's role at the time.
    async fn role(&self) -> Result<Role> {
        let role: crate::auth::Role = self
            .0
            .role
            .parse()
            .map_err(|_| stored_unknown("role", &self.0.role))?;
        Ok(role.into())
    }

    /// What the write did.
    async fn action(&self) -> Result<AuditAction> {
        Ok(AuditAction::items()
            .iter()
            .find(|item| item.name == self.0.action)
            .map(|item| item.value)
            .ok_or_else(|| stored_unknown("action", &self.0.action))?)
    }

    /// The record's type, as `auditLog(filter: { recordType })` and `recordChanged(types:)`
    /// name it.
    async fn record_type(&self) -> Result<RecordType> {
        Ok(RecordType::named(&self.0.record_type)?)
    }

    /// The record's global id.
    async fn record_id(&self) -> Option<ID> {
        NodeId::named(&self.0.record_type, self.0.record_key.clone()).map(ID::from)
    }

    /// The record before the write, in the dataset's file format; null for a creation.
    async fn before(&self) -> Option<Json<serde_json::Value>> {
        json(self.0.before.as_deref())
    }

    /// The record after the write; null for a deletion.
    async fn after(&self) -> Option<Json<serde_json::Value>> {
        json(self.0.after.as_deref())
    }

    /// Why the record was deleted, for deletions.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }

    /// The `x-request-id` of the request that wrote.
    async fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// The idempotency key the write came with, if any.
    async fn idempotency_key(&self) -> Option<&str> {
        self.0.idempotency_key.as_deref()
    }
}

fn json(text: Option<&str>) -> Option<Json<serde_json::Value>> {
    text.and_then(|text| serde_json::from_str(text).ok())
        .map(Json)
}

/// Most entries a `history` field returns.
const HISTORY: i32 = 100;

/// The latest writes to the record with global id `id`, newest first.
pub async fn history(ctx: &Context<'_>, id: ID) -> Result<Vec<AuditEntry>> {
    // Boxed: every field of an editable type pays for the largest one's future, leaf fields
    // of large answers included, and this is the largest.
    Box::pin(read_history(ctx, id)).await
}

async fn read_history(ctx: &Context<'_>, id: ID) -> Result<Vec<AuditEntry>> {
    let id = NodeId::parse(&id)?;
    let db = ctx.data_unchecked::<crate::db::Db>();
    let query = AuditQuery {
        record_type: Some(NodeId::name(id.kind).into()),
        record_key: Some(id.key),
        ..Default::default()
    };
    let entries = audit::entries(db, query, Page::new(HISTORY, 0, HISTORY as u32)?).await?;
    Ok(entries.into_iter().map(AuditEntry).collect())
}
