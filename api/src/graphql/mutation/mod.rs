//! Root mutation fields, one module per domain, merged into [`Mutation`]. Every one of them
//! is guarded by a role (see [`crate::auth::guard`]).

pub mod inputs;
mod keys;
mod records;

use async_graphql::{Context, MergedObject};

use crate::auth::{Role, guard};
use crate::db::Db;
use crate::error::AppResult;
use crate::graphql::guards::RequestId;
use crate::service::editing::{Editing, Idempotency, Writer};

/// The root of every write.
#[derive(MergedObject, Default)]
pub struct Mutation(keys::KeyMutation, records::RecordMutation);

fn db<'a>(ctx: &'a Context<'_>) -> &'a Db {
    ctx.data_unchecked::<Db>()
}

fn editing<'a>(ctx: &'a Context<'_>) -> &'a Editing {
    ctx.data_unchecked::<Editing>()
}

/// The principal making the write, as the audit log records it.
fn writer(ctx: &Context<'_>) -> AppResult<Writer> {
    let principal = guard::require(ctx, Role::Editor)?;
    Ok(Writer {
        actor: principal.actor(),
        role: principal.role.as_stored().into(),
        request_id: ctx.data_opt::<RequestId>().map(|id| id.0.clone()),
    })
}

fn idempotency(key: Option<String>, request: &serde_json::Value) -> AppResult<Option<Idempotency>> {
    key.map(|key| Idempotency::new(key, request)).transpose()
}
