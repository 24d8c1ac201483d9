//! Managing API keys; admins only.

use async_graphql::{Context, ID, Object, Result};

use super::db;
use crate::auth::{Role as AuthRole, RoleGuard, keys};
use crate::error::AppError;
use crate::graphql::types::{ApiKey, NewApiKey, Role};

#[derive(Default)]
pub struct KeyMutation;

#[Object]
impl KeyMutation {
    /// Makes an API key. The whole key is in the answer and nowhere else afterwards.
    #[graphql(guard = "RoleGuard::new(AuthRole::Admin)")]
    async fn create_api_key(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Who or what will hold the key, such as `Jane Doe` or `atlas importer`.")]
        name: String,
        #[graphql(desc = "What the key may do.")] role: Role,
    ) -> Result<NewApiKey> {
        Ok(keys::create(db(ctx), &name, role.into()).await?.into())
    }

    /// Revokes an API key: from now on it is refused. Revoking a revoked key changes nothing.
    #[graphql(guard = "RoleGuard::new(AuthRole::Admin)")]
    async fn revoke_api_key(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The key's `id`.")] id: ID,
    ) -> Result<ApiKey> {
        let id = id
            .parse::<i32>()
            .map_err(|_| AppError::NotFound(format!("there is no API key with id {}", *id)))?;
        Ok(keys::revoke(db(ctx), id).await?.into())
    }
}
