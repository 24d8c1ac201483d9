//! The write side, generic over record kinds: create, update, delete and restore, each in one
//! transaction that also appends to the audit log, remembers the idempotency key, and announces
//! the change to subscribers once committed.
//!
//! Records are edited as the dataset's typed records ([`RecordKind`]): a create is given the
//! new record, an update a [`Patch`] to apply to the stored one; then the same validation, the
//! same natural keys and the same references by key as `paradiplo import`, so an edit and an
//! import can never disagree about what a valid record is. Messages name fields as the file
//! format does; the API's input declarations give them their API names.

pub mod audit;
pub mod citations;
mod editable;
mod session;

use entity::{citation, deleted_record};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait,
    IdenStatic, QueryFilter, QueryOrder, SqlErr,
};
use serde::{Deserialize, Serialize};

pub use editable::{Editable, Patch, Stored};
pub use session::{Editing, Idempotency, Writer};

use crate::dataset::{CitationRecord, Mentions, Refs, load_refs_mentioned};
use crate::error::{AppError, AppResult};
use crate::service::changes::Action;
use crate::service::records::id_key;
use crate::service::search;
use session::Session;

/// Which record an edit is about: the key of its global id.
#[derive(Debug, Clone)]
pub enum Target {
    /// The first natural key (slug, code or key) of kinds that have one.
    Key(String),
    /// The row id of kinds that do not.
    Id(i32),
}

/// What a delete answers with, and what a replayed delete answers again.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Deletion {
    pub record_type: String,
    pub record_key: String,
    pub version: i32,
    pub reason: String,
    pub deleted_by: String,
    pub deleted_at: String,
}

/// Creates `record`.
pub async fn create<K: Editable>(
    editing: &Editing,
    writer: &Writer,
    record: K,
    idempotency: Option<Idempotency>,
) -> AppResult<K::Model> {
    let session = Session::begin(editing, writer, idempotency).await?;
    if let Some(replayed) = session.replayed()? {
        return Ok(replayed);
    }
    let record = record.canonical();
    let mut refs = load_refs_mentioned(session.txn(), &Mentions::of(&[&json(&record)?])).await?;
    let row = valid_row(&record, &refs)?;
    let model = K::Entity::insert(row)
        .exec_with_returning(session.txn())
        .await
        .map_err(|error| conflict::<K>(error, &record))?;
    write_beside(session.txn(), K::id(&model), &record, &mut refs).await?;
    K::after_write(session.txn(), K::id(&model)).await?;
    // Re-read: what `after_write` derives is part of the answer.
    let model = find_by_id::<K>(session.txn(), K::id(&model)).await?;
    search::refresh(session.txn(), None, K::document(&model)).await?;
    let change = session.change::<K>(Action::Create, &model, &record).await?;
    session
        .audit::<K>(Action::Create, &model, None, Some(&record), None)
        .await?;
    session.finish(model, change).await
}

/// Applies `patch` to the record at `version`.
pub async fn update<K: Editable>(
    editing: &Editing,
    writer: &Writer,
    target: Target,
    version: i32,
    patch: &impl Patch<K>,
    idempotency: Option<Idempotency>,
) -> AppResult<K::Model> {
    let session = Session::begin(editing, writer, idempotency).await?;
    if let Some(replayed) = session.replayed()? {
        return Ok(replayed);
    }
    let stored = find::<K>(session.txn(), &target).await?;
    check_version::<K>(&stored, version)?;
    let stored_json = json(&stored)?;
    let refs = load_refs_mentioned(session.txn(), &Mentions::of(&[&stored_json])).await?;
    let before = record_of::<K>(session.txn(), &stored, &refs).await?;
    let mut after = before.clone();
    patch.apply(&mut after)?;
    let mut after = after.canonical();
    // A rename changes the natural key, never the identity the record's id is made of.
    after.set_identity(before.identity());
    // What the patched record refers to may not be among what the stored one does.
    let mut refs = load_refs_mentioned(
        session.txn(),
        &Mentions::of(&[&stored_json, &json(&after)?]),
    )
    .await?;
    let mut row = valid_row(&after, &refs)?;
    let id = K::id(&stored);
    row.set(<K::Model as Stored>::VERSION, (version + 1).into());
    let updated = K::Entity::update_many()
        .set(row)
        .filter(Expr::col(K::id_column()).eq(id))
        .filter(Expr::col(<K::Model as Stored>::VERSION).eq(version))
        .exec(session.txn())
        .await
        .map_err(|error| conflict::<K>(error, &after))?;
    if updated.rows_affected == 0 {
        return Err(stale::<K>(&stored, version));
    }
    if after.citations() != before.citations() {
        write_citations::<K>(session.txn(), id, after.citations(), &refs).await?;
    }
    if let Some(map) = K::key_map(&mut refs) {
        map.insert(after.key(), id);
    }
    K::write_extra(std::slice::from_ref(&after), session.txn(), &mut refs).await?;
    K::after_write(session.txn(), id).await?;
    let model = find_by_id::<K>(session.txn(), id).await?;
    let old_document = K::document(&stored).map(|(kind, key, _)| (kind, key));
    search::refresh(session.txn(), old_document, K::document(&model)).await?;
    let change = session.change::<K>(Action::Update, &model, &after).await?;
    session
        .audit::<K>(Action::Update, &model, Some(&before), Some(&after), None)
        .await?;
    session.finish(model, change).await
}

/// Deletes the record at `version`, keeping it (with its citations) to be restored.
pub async fn delete<K: Editable>(
    editing: &Editing,
    writer: &Writer,
    target: Target,
    version: i32,
    reason: String,
    idempotency: Option<Idempotency>,
) -> AppResult<Deletion> {
    let reason = reason.trim().to_string();
    if reason.is_empty() {
        return Err(AppError::BadUserInput(
            "`reason`: say why the record is deleted".into(),
        ));
    }
    let session = Session::begin(editing, writer, idempotency).await?;
    if let Some(replayed) = session.replayed()? {
        return Ok(replayed);
    }
    let stored = find::<K>(session.txn(), &target).await?;
    check_version::<K>(&stored, version)?;
    let refs = load_refs_mentioned(session.txn(), &Mentions::of(&[&json(&stored)?])).await?;
    let record = record_of::<K>(session.txn(), &stored, &refs).await?;
    let id = K::id(&stored);
    // Named while the record and the cities it is about are all still there.
    let mut change = session
        .change::<K>(Action::Delete, &stored, &record)
        .await?;
    K::before_delete(session.txn(), id).await?;
    let deleted = K::Entity::delete_many()
        .filter(Expr::col(K::id_column()).eq(id))
        .filter(Expr::col(<K::Model as Stored>::VERSION).eq(version))
        .exec(session.txn())
        .await
        .map_err(|error| match error.sql_err() {
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => AppError::conflict(format!(
                "{} `{}` is still referred to by other records; delete or change those first",
                K::TYPE,
                K::record_key(&stored)
            )),
            _ => error.into(),
        })?;
    if deleted.rows_affected == 0 {
        return Err(stale::<K>(&stored, version));
    }
    let deletion = Deletion {
        record_type: K::TYPE.into(),
        record_key: K::record_key(&stored),
        version: version + 1,
        reason: reason.clone(),
        deleted_by: writer.actor.clone(),
        deleted_at: session.at().into(),
    };
    deleted_record::ActiveModel {
        record_type: sea_orm::Set(deletion.record_type.clone()),
        record_id: sea_orm::Set(id),
        record_key: sea_orm::Set(deletion.record_key.clone()),
        record: sea_orm::Set(serde_json::to_string(&record).map_err(internal)?),
        version: sea_orm::Set(deletion.version),
        reason: sea_orm::Set(reason.clone()),
        deleted_by: sea_orm::Set(deletion.deleted_by.clone()),
        deleted_at: sea_orm::Set(deletion.deleted_at.clone()),
        ..Default::default()
    }
    .insert(session.txn())
    .await?;
    let old_document = K::document(&stored).map(|(kind, key, _)| (kind, key));
    search::refresh(session.txn(), old_document, None).await?;
    change.version = deletion.version;
    session
        .audit::<K>(Action::Delete, &stored, Some(&record), None, Some(reason))
        .await?;
    session.finish(deletion, change).await
}

/// Brings a deleted record back, with its row id and citations, one version on.
pub async fn restore<K: Editable>(
    editing: &Editing,
    writer: &Writer,
    target: Target,
    idempotency: Option<Idempotency>,
) -> AppResult<K::Model> {
    let session = Session::begin(editing, writer, idempotency).await?;
    if let Some(replayed) = session.replayed()? {
        return Ok(replayed);
    }
    let mut query =
        deleted_record::Entity::find().filter(deleted_record::Column::RecordType.eq(K::TYPE));
    query = match &target {
        Target::Key(key) => query.filter(deleted_record::Column::RecordKey.eq(key.as_str())),
        Target::Id(id) => query.filter(deleted_record::Column::RecordId.eq(*id)),
    };
    let tombstone = query
        .order_by_desc(deleted_record::Column::Id)
        .one(session.txn())
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no deleted {} has this id", K::TYPE)))?;
    let kept: serde_json::Value = serde_json::from_str(&tombstone.record).map_err(internal)?;
    let mut refs = load_refs_mentioned(session.txn(), &Mentions::of(&[&kept])).await?;
    let record: K = serde_json::from_value(kept).map_err(internal)?;
    let mut row = record.to_row(&refs).map_err(|reason| {
        AppError::conflict(format!(
            "{} `{}` cannot be restored: {}",
            K::TYPE,
            tombstone.record_key,
            reason
        ))
    })?;
    row.set(K::id_column(), tombstone.record_id.into());
    row.set(
        <K::Model as Stored>::VERSION,
        (tombstone.version + 1).into(),
    );
    K::Entity::insert(row)
        .exec_without_returning(session.txn())
        .await
        .map_err(|error| conflict::<K>(error, &record))?;
    write_beside(session.txn(), tombstone.record_id, &record, &mut refs).await?;
    deleted_record::Entity::delete_by_id(tombstone.id)
        .exec(session.txn())
        .await?;
    K::after_write(session.txn(), tombstone.record_id).await?;
    let model = find_by_id::<K>(session.txn(), tombstone.record_id).await?;
    search::refresh(session.txn(), None, K::document(&model)).await?;
    let change = session
        .change::<K>(Action::Restore, &model, &record)
        .await?;
    session
        .audit::<K>(Action::Restore, &model, None, Some(&record), None)
        .await?;
    session.finish(model, change).await
}

/// The row of a record that passed every check, or BAD_USER_INPUT naming each fault.
fn valid_row<K: Editable>(
    record: &K,
    refs: &Refs,
) -> AppResult<<K::Entity as EntityTrait>::ActiveModel> {
    let mut problems = record.problems();
    if K::CITED_BY.is_some() && record.citations().is_empty() {
        problems.push(
            "`sources` is empty: every fact needs at least one citation (a source and a locator)"
                .into(),
        );
    }
    if !problems.is_empty() {
        return Err(AppError::BadUserInput(problems.join("; ")));
    }
    record.to_row(refs).map_err(AppError::BadUserInput)
}

/// A write refused by a unique index becomes a CONFLICT naming the natural key (or the other
/// unique field the kind says the index is on).
fn conflict<K: Editable>(error: DbErr, record: &K) -> AppError {
    let renamed = match K::key_column() {
        Some(key) => format!(
            ", or was created with it: a renamed record keeps the {} it was created with \
             as its id, and no other may take it",
            key.as_str()
        ),
        None => String::new(),
    };
    match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(message)) => {
            AppError::conflict(record.other_unique(&message).unwrap_or_else(|| {
                format!(
                    "a {} with the same {} (`{}`) already exists{renamed}",
                    K::TYPE,
                    K::UNIQUE,
                    record.key()
                )
            }))
        }
        _ => error.into(),
    }
}

fn stale<K: Editable>(stored: &K::Model, version: i32) -> AppError {
    AppError::Conflict {
        code: "VERSION_CONFLICT",
        message: format!(
            "{} `{}` has changed since version {version} was read; read it again and retry",
            K::TYPE,
            K::record_key(stored)
        ),
    }
}

fn check_version<K: Editable>(stored: &K::Model, version: i32) -> AppResult<()> {
    if stored.version() == version {
        Ok(())
    } else {
        Err(stale::<K>(stored, version))
    }
}

/// A stored row as JSON, for what it mentions.
fn json(model: &impl Serialize) -> AppResult<serde_json::Value> {
    serde_json::to_value(model).map_err(internal)
}

fn internal(error: serde_json::Error) -> AppError {
    AppError::Database(DbErr::Custom(format!("record (de)serialization: {error}")))
}

async fn find_by_id<K: Editable>(db: &impl ConnectionTrait, id: i32) -> AppResult<K::Model> {
    K::Entity::find()
        .filter(Expr::col(K::id_column()).eq(id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no {} has the id {id}", K::TYPE)))
}

async fn find<K: Editable>(db: &impl ConnectionTrait, target: &Target) -> AppResult<K::Model> {
    match (target, K::key_column()) {
        (Target::Id(id), None) => find_by_id::<K>(db, *id).await,
        (Target::Key(key), Some(column)) => K::Entity::find()
            .filter(id_key(column).eq(key.as_str()))
            .one(db)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("no {} `{key}`", K::TYPE))),
        _ => Err(AppError::BadUserInput(format!(
            "argument `id` is not the id of a {}",
            K::TYPE
        ))),
    }
}

/// The stored record in the file format, with its citations.
async fn record_of<K: Editable>(
    db: &impl ConnectionTrait,
    model: &K::Model,
    refs: &Refs,
) -> AppResult<K> {
    let mut record = K::from_row(model, refs);
    if let Some(column) = K::CITED_BY {
        let citations = citation::Entity::find()
            .filter(column.eq(K::id(model)))
            .order_by_asc(citation::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(|cited| CitationRecord {
                source: refs.sources.key(cited.source_id),
                locator: cited.locator,
                reference: cited.reference,
            })
            .collect();
        record.set_citations(citations);
    }
    Ok(record)
}

/// Writes what a new record `id` keeps beside its row: citations, and the kind's extras.
async fn write_beside<K: Editable>(
    txn: &DatabaseTransaction,
    id: i32,
    record: &K,
    refs: &mut Refs,
) -> AppResult<()> {
    write_citations::<K>(txn, id, record.citations(), refs).await?;
    if let Some(map) = K::key_map(refs) {
        map.insert(record.key(), id);
    }
    K::write_extra(std::slice::from_ref(record), txn, refs).await?;
    Ok(())
}

/// Replaces the citations of record `id` with `citations`.
async fn write_citations<K: Editable>(
    db: &impl ConnectionTrait,
    id: i32,
    citations: &[CitationRecord],
    refs: &Refs,
) -> AppResult<()> {
    let Some(column) = K::CITED_BY else {
        return Ok(());
    };
    citation::Entity::delete_many()
        .filter(column.eq(id))
        .exec(db)
        .await?;
    for cited in citations {
        let source_id = refs
            .sources
            .id("source", &cited.source)
            .map_err(|reason| AppError::BadUserInput(format!("`sources`: {reason}")))?;
        let mut row = citation::ActiveModel {
            source_id: sea_orm::Set(source_id),
            locator: sea_orm::Set(cited.locator.clone()),
            reference: sea_orm::Set(cited.reference.clone()),
            ..Default::default()
        };
        row.set(column, id.into());
        citation::Entity::insert(row)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}
