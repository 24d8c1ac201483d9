//! Reading the audit log: newest first, narrowed by record, actor, action and time.

use entity::audit_log;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::db::Db;
use crate::error::AppResult;
use crate::service::Page;

/// Which entries to read; every part is optional.
#[derive(Debug, Default, Clone)]
pub struct AuditQuery {
    pub record_type: Option<String>,
    pub record_key: Option<String>,
    pub actor: Option<String>,
    pub action: Option<String>,
    /// RFC 3339 bounds: entries at or after `since`, and before `until`.
    pub since: Option<String>,
    pub until: Option<String>,
}

pub async fn entries(db: &Db, query: AuditQuery, page: Page) -> AppResult<Vec<audit_log::Model>> {
    let mut select = audit_log::Entity::find();
    if let Some(record_type) = query.record_type {
        select = select.filter(audit_log::Column::RecordType.eq(record_type));
    }
    if let Some(record_key) = query.record_key {
        select = select.filter(audit_log::Column::RecordKey.eq(record_key));
    }
    if let Some(actor) = query.actor {
        select = select.filter(audit_log::Column::Actor.eq(actor));
    }
    if let Some(action) = query.action {
        select = select.filter(audit_log::Column::Action.eq(action));
    }
    if let Some(since) = query.since {
        select = select.filter(audit_log::Column::At.gte(since));
    }
    if let Some(until) = query.until {
        select = select.filter(audit_log::Column::At.lt(until));
    }
    Ok(select
        .order_by_desc(audit_log::Column::Id)
        .offset(page.offset())
        .limit(page.limit())
        .all(db)
        .await?)
}
