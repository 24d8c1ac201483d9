//! Root fields about access: the caller (`me`) and, for admins, the API keys.

use async_graphql::{Context, Object, Result};

use super::{db, wrap};
use crate::auth::guard::current;
use crate::auth::{Role as AuthRole, RoleGuard, keys};
use crate::graphql::types::{ApiKey, Principal};

#[derive(Default)]
pub struct KeysQuery;

#[Object]
impl KeysQuery {
    /// The caller, as its API key or token authenticates it; null without a credential. An
    /// invalid credential is an `UNAUTHENTICATED` error here: a way to check a key or token.
    async fn me(&self, ctx: &Context<'_>) -> Result<Option<Principal>> {
        Ok(current(ctx)?.cloned().map(Principal))
    }

    /// Every API key, revoked ones included, oldest first; admins only.
    #[graphql(guard = "RoleGuard::new(AuthRole::Admin)")]
    async fn api_keys(&self, ctx: &Context<'_>) -> Result<Vec<ApiKey>> {
        Ok(wrap(keys::list(db(ctx)).await?))
    }
}
