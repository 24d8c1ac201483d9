//! One write: its transaction, the idempotency key it may replay, its audit entry and the
//! change it announces after commit.

use std::sync::Arc;

use entity::{audit_log, city, idempotency_key};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseTransaction,
    EntityTrait, QueryFilter, Set, Statement, TransactionTrait,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use tokio::sync::{Mutex, MutexGuard};

use super::{Editable, Stored, internal};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::service::changes::{Action, ChangeFeed, RecordChange};

/// What every write needs: the database, the change feed, and on SQLite the one writer's turn.
#[derive(Clone)]
pub struct Editing {
    db: Db,
    feed: ChangeFeed,
    /// SQLite lets one transaction write at a time and fails the others with "database is
    /// locked" when a read turns into a write; on SQLite, writers of this process take turns
    /// here instead.
    turn: Arc<Mutex<()>>,
}

impl Editing {
    pub fn new(db: Db, feed: ChangeFeed) -> Self {
        Self {
            db,
            feed,
            turn: Arc::default(),
        }
    }

    pub fn feed(&self) -> &ChangeFeed {
        &self.feed
    }
}

/// Who writes, as the audit log records it.
#[derive(Debug, Clone)]
pub struct Writer {
    /// `key:<key name>` or `jwt:<token subject>` (`Principal::actor`): whose idempotency keys
    /// a write may replay, and who the audit log says wrote.
    pub actor: String,
    pub role: String,
    pub request_id: Option<String>,
}

/// A client's idempotency key and the fingerprint of the request it came with.
#[derive(Debug, Clone)]
pub struct Idempotency {
    key: String,
    fingerprint: String,
}

/// Longest idempotency key accepted.
const MAX_KEY_LENGTH: usize = 200;

impl Idempotency {
    /// `request` is everything that makes the request what it is (its field and arguments but
    /// the key), so that the same key with another request can be told apart.
    pub fn new(key: String, request: &serde_json::Value) -> AppResult<Self> {
        if key.is_empty() || key.len() > MAX_KEY_LENGTH {
            return Err(AppError::BadUserInput(format!(
                "`idempotencyKey` must be 1 to {MAX_KEY_LENGTH} characters"
            )));
        }
        let fingerprint = format!("{:x}", Sha256::digest(request.to_string().as_bytes()));
        Ok(Self { key, fingerprint })
    }
}

pub(super) struct Session<'a> {
    txn: DatabaseTransaction,
    editing: &'a Editing,
    writer: &'a Writer,
    idempotency: Option<Idempotency>,
    replay: Option<String>,
    at: String,
    _turn: Option<MutexGuard<'a, ()>>,
}

impl<'a> Session<'a> {
    pub async fn begin(
        editing: &'a Editing,
        writer: &'a Writer,
        idempotency: Option<Idempotency>,
    ) -> AppResult<Self> {
        let turn = match editing.db.get_database_backend() {
            DatabaseBackend::Sqlite => Some(editing.turn.lock().await),
            _ => None,
        };
        let txn = editing.db.begin().await?;
        let mut replay = None;
        if let Some(idempotency) = &idempotency {
            if txn.get_database_backend() == DatabaseBackend::Postgres {
                // Two requests with one key wait for each other: the second sees the first's answer.
                txn.execute_raw(Statement::from_sql_and_values(
                    DatabaseBackend::Postgres,
                    "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                    [serde_json::json!([writer.actor, idempotency.key])
                        .to_string()
                        .into()],
                ))
                .await?;
            }
            let remembered = idempotency_key::Entity::find_by_id((
                writer.actor.clone(),
                idempotency.key.clone(),
            ))
            .one(&txn)
            .await?;
            if let Some(remembered) = remembered {
                if remembered.request_hash != idempotency.fingerprint {
                    return Err(AppError::Conflict {
                        code: "IDEMPOTENCY_KEY_REUSED",
                        message: format!(
                            "the idempotency key `{}` was used for another request; use a new key for a new request",
                            idempotency.key
                        ),
                    });
                }
                replay = Some(remembered.response);
            }
        }
        Ok(Self {
            txn,
            editing,
            writer,
            idempotency,
            replay,
            at: now(),
            _turn: turn,
        })
    }

    /// The answer remembered for this idempotency key, if the request was made before.
    pub fn replayed<T: DeserializeOwned>(&self) -> AppResult<Option<T>> {
        self.replay
            .as_deref()
            .map(|response| serde_json::from_str(response).map_err(internal))
            .transpose()
    }

    pub fn txn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// When the write happens, RFC 3339 in UTC.
    pub fn at(&self) -> &str {
        &self.at
    }

    /// The change to announce. It names the cities the record is about as their ids do (by
    /// their first slugs), so that a subscriber following a city's id follows it across
    /// renames; ask while those cities are stored.
    pub async fn change<K: Editable>(
        &self,
        action: Action,
        model: &K::Model,
        record: &K,
    ) -> AppResult<RecordChange> {
        let slugs = record.cities();
        let cities = if slugs.is_empty() {
            Vec::new()
        } else {
            city::Entity::find()
                .filter(city::Column::Slug.is_in(slugs))
                .all(&self.txn)
                .await?
                .into_iter()
                .map(|city| city.first_key.unwrap_or(city.slug))
                .collect()
        };
        Ok(RecordChange {
            record_type: K::TYPE.into(),
            record_key: K::record_key(model),
            action,
            version: model.version(),
            cities,
            at: self.at.clone(),
        })
    }

    pub async fn audit<K: Editable>(
        &self,
        action: Action,
        model: &K::Model,
        before: Option<&K>,
        after: Option<&K>,
        reason: Option<String>,
    ) -> AppResult<()> {
        let json = |record: Option<&K>| {
            record
                .map(serde_json::to_string)
                .transpose()
                .map_err(internal)
        };
        audit_log::ActiveModel {
            at: Set(self.at.clone()),
            actor: Set(self.writer.actor.clone()),
            role: Set(self.writer.role.clone()),
            action: Set(action.as_str().into()),
            record_type: Set(K::TYPE.into()),
            record_id: Set(K::id(model)),
            record_key: Set(K::record_key(model)),
            before: Set(json(before)?),
            after: Set(json(after)?),
            reason: Set(reason),
            request_id: Set(self.writer.request_id.clone()),
            idempotency_key: Set(self.idempotency.as_ref().map(|key| key.key.clone())),
            ..Default::default()
        }
        .insert(&self.txn)
        .await?;
        Ok(())
    }

    /// Remembers the answer under the idempotency key, commits, and announces the change.
    pub async fn finish<T: Serialize>(self, response: T, change: RecordChange) -> AppResult<T> {
        if let Some(idempotency) = &self.idempotency {
            idempotency_key::ActiveModel {
                actor: Set(self.writer.actor.clone()),
                key: Set(idempotency.key.clone()),
                request_hash: Set(idempotency.fingerprint.clone()),
                response: Set(serde_json::to_string(&response).map_err(internal)?),
                created_at: Set(self.at.clone()),
            }
            .insert(&self.txn)
            .await?;
        }
        self.editing.feed.stage(&self.txn, &change).await?;
        self.txn.commit().await?;
        self.editing.feed.committed(change);
        Ok(response)
    }
}

/// Now, RFC 3339 in UTC with microseconds, so that entries sort as text.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}
