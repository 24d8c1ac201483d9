//! create…, update…, delete… and restore… for every editable kind: thin resolvers over
//! [`crate::service::editing`], declared once for all kinds by [`record_mutations!`].

use async_graphql::{Context, ID, Object, Result, SimpleObject};
use serde_json::json;

use super::inputs::*;
use super::{db, editing, idempotency, writer};
use crate::auth::{Role, RoleGuard};
use crate::error::AppError;
use crate::graphql::types::{self, NodeId, NodeKind, RecordType};
use crate::service::editing::citations::CitationEntry;
use crate::service::editing::{self as edits, Deletion, Editable, Target};

/// A deleted record: gone from every query, kept whole to be restored.
#[derive(SimpleObject)]
pub struct DeletedRecord {
    /// The global id the record had, and gets back with `restore…`.
    id: ID,
    /// The record's type.
    record_type: RecordType,
    /// The version the deletion gave it.
    version: i32,
    /// Why it was deleted.
    reason: String,
    /// Who deleted it.
    deleted_by: String,
    /// RFC 3339, UTC.
    deleted_at: String,
}

fn deleted(deletion: Deletion, kind: NodeKind) -> Result<DeletedRecord, AppError> {
    Ok(DeletedRecord {
        id: NodeId::new(kind, deletion.record_key).into(),
        record_type: RecordType::named(&deletion.record_type)?,
        version: deletion.version,
        reason: deletion.reason,
        deleted_by: deletion.deleted_by,
        deleted_at: deletion.deleted_at,
    })
}

/// The record an `id` argument names, checked to be of `kind`.
fn target<K: Editable>(id: &ID, kind: NodeKind) -> Result<Target, AppError> {
    let id = NodeId::parse(id)?;
    if id.kind != kind {
        return Err(AppError::BadUserInput(format!(
            "argument `id`: not the id of a {}",
            K::TYPE
        )));
    }
    Ok(match K::key_column() {
        Some(_) => Target::Key(id.key),
        None => Target::Id(id.row_id()?),
    })
}

/// The mutation fields of the editable kinds: for each, `$record` is its record, `$kind` its
/// GraphQL type and node kind, then its four fields.
macro_rules! mutations_of {
    ($(($record:ty, $kind:ident, $create:ident, $update:ident, $delete:ident, $restore:ident))+) => {
        /// create…, update…, delete… and restore… of every editable kind.
        #[derive(Default)]
        pub struct RecordMutation;

        #[Object]
        impl RecordMutation {$(
            /// Creates a record; needs the editor role. Facts need at least one citation.
            /// A retry with the same `idempotencyKey` answers as the first request did.
            #[graphql(guard = "RoleGuard::new(Role::Editor)")]
            async fn $create(
                &self,
                ctx: &Context<'_>,
                #[graphql(desc = "The new record.")] input: <$record as Edited>::Input,
                #[graphql(desc = "A key of your choosing (1 to 200 characters); a retry with the same key and request answers as the first one did and writes nothing again.")] idempotency_key: Option<String>,
            ) -> Result<types::$kind> {
                let (record, request) = RecordInput::record(&input, db(ctx)).await?;
                let request = json!([stringify!($create), request]);
                let model = edits::create::<$record>(
                    editing(ctx),
                    &writer(ctx)?,
                    record,
                    idempotency(idempotency_key, &request)?,
                )
                .await
                .map_err(<$record as Edited>::in_api_terms)?;
                Ok(model.into())
            }

            /// Changes the fields given in `patch` (null clears an optional one) of the record
            /// at `version`, the version it was read at; needs the editor role.
            #[graphql(guard = "RoleGuard::new(Role::Editor)")]
            async fn $update(
                &self,
                ctx: &Context<'_>,
                #[graphql(desc = "The record's global id.")] id: ID,
                #[graphql(desc = "The version the record was read at; a stale one is a VERSION_CONFLICT.")] version: i32,
                #[graphql(desc = "The fields to change; fields left out are kept, null clears an optional one.")] patch: <$record as Edited>::Patch,
                #[graphql(desc = "A key of your choosing (1 to 200 characters); a retry with the same key and request answers as the first one did and writes nothing again.")] idempotency_key: Option<String>,
            ) -> Result<types::$kind> {
                let request = json!([stringify!($update), id.as_str(), version, patch.changes()?]);
                let model = edits::update::<$record>(
                    editing(ctx),
                    &writer(ctx)?,
                    target::<$record>(&id, NodeKind::$kind)?,
                    version,
                    &patch,
                    idempotency(idempotency_key, &request)?,
                )
                .await
                .map_err(<$record as Edited>::in_api_terms)?;
                Ok(model.into())
            }

            /// Deletes the record at `version`, saying why; it can be restored. Needs the
            /// editor role.
            #[graphql(guard = "RoleGuard::new(Role::Editor)")]
            async fn $delete(
                &self,
                ctx: &Context<'_>,
                #[graphql(desc = "The record's global id.")] id: ID,
                #[graphql(desc = "The version the record was read at; a stale one is a VERSION_CONFLICT.")] version: i32,
                #[graphql(desc = "Why the record is deleted, kept in the audit log; free text, which may hold line breaks and tabs.")] reason: String,
                #[graphql(desc = "A key of your choosing (1 to 200 characters); a retry with the same key and request answers as the first one did and writes nothing again.")] idempotency_key: Option<String>,
            ) -> Result<DeletedRecord> {
                let request = json!([stringify!($delete), id.as_str(), version, reason]);
                let deletion = edits::delete::<$record>(
                    editing(ctx),
                    &writer(ctx)?,
                    target::<$record>(&id, NodeKind::$kind)?,
                    version,
                    reason,
                    idempotency(idempotency_key, &request)?,
                )
                .await?;
                Ok(deleted(deletion, NodeKind::$kind)?)
            }

            /// Brings a deleted record back under its id, one version on; needs the editor role.
            #[graphql(guard = "RoleGuard::new(Role::Editor)")]
            async fn $restore(
                &self,
                ctx: &Context<'_>,
                #[graphql(desc = "The record's global id.")] id: ID,
                #[graphql(desc = "A key of your choosing (1 to 200 characters); a retry with the same key and request answers as the first one did and writes nothing again.")] idempotency_key: Option<String>,
            ) -> Result<types::$kind> {
                let request = json!([stringify!($restore), id.as_str()]);
                let model = edits::restore::<$record>(
                    editing(ctx),
                    &writer(ctx)?,
                    target::<$record>(&id, NodeKind::$kind)?,
                    idempotency(idempotency_key, &request)?,
                )
                .await?;
                Ok(model.into())
            }
        )+}
    };
}

/// The mutations of every kind the registry says editors change, and of citations.
macro_rules! record_mutations {
    ($($type:ident($record:ident): $create:ident, $update:ident, $delete:ident, $restore:ident)+) => {
        mutations_of! {
            $((crate::kinds::$record, $type, $create, $update, $delete, $restore))+
            (CitationEntry, Citation, create_citation, update_citation, delete_citation, restore_citation)
        }
    };
}
crate::kinds::with_kinds!(edited: record_mutations);
