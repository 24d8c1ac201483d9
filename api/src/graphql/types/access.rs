//! Who may do what: roles, API keys (never their secret) and the caller as the server sees it.

use async_graphql::{Enum, ID, Object, SimpleObject};

use crate::auth::{self, Credential, keys};

/// What a key or token may do; each role may do everything the roles below it may.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
#[graphql(remote = "crate::auth::Role")]
pub enum Role {
    /// Reads what is not public, such as the audit log.
    Viewer,
    /// Writes the knowledge graph.
    Editor,
    /// Manages API keys, and may do all an editor may.
    Admin,
}

/// An API key, as its holder and admins may see it: everything but its secret.
pub struct ApiKey(pub keys::ApiKey);

impl From<keys::ApiKey> for ApiKey {
    fn from(key: keys::ApiKey) -> Self {
        Self(key)
    }
}

/// An API key, as its holder and admins may see it: everything but its secret.
#[Object]
impl ApiKey {
    /// The key's number; `revokeApiKey(id:)` takes it.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// Who or what holds the key.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// What the key may do.
    async fn role(&self) -> Role {
        self.0.role.into()
    }

    /// The public part of the key, `pdk_<prefix>_…`; it names the key in logs and on the
    /// command line (`paradiplo keys revoke <prefix>`).
    async fn prefix(&self) -> &str {
        &self.0.prefix
    }

    /// When the key was made, RFC 3339 in UTC.
    async fn created_at(&self) -> &str {
        &self.0.created_at
    }

    /// When the key was revoked, RFC 3339 in UTC; null while it is valid.
    async fn revoked_at(&self) -> Option<&str> {
        self.0.revoked_at.as_deref()
    }
}

/// A key just made.
#[derive(SimpleObject)]
pub struct NewApiKey {
    /// The whole key, `pdk_<prefix>_<secret>`, to send as `Authorization: Bearer <key>`. Shown
    /// this once: the server keeps only a hash of the secret.
    pub key: String,
    /// What the server keeps of the key.
    pub api_key: ApiKey,
}

impl From<keys::IssuedKey> for NewApiKey {
    fn from(issued: keys::IssuedKey) -> Self {
        Self {
            key: issued.key,
            api_key: issued.api_key.into(),
        }
    }
}

/// The caller, as authenticated by its API key or token.
pub struct Principal(pub auth::Principal);

/// The caller, as authenticated by its API key or token.
#[Object]
impl Principal {
    /// The key's name, or the token's subject.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// What the caller may do.
    async fn role(&self) -> Role {
        self.0.role.into()
    }

    /// The prefix of the API key used; null for a token.
    async fn api_key_prefix(&self) -> Option<&str> {
        match &self.0.credential {
            Credential::ApiKey { prefix, .. } => Some(prefix),
            Credential::Token { .. } => None,
        }
    }
}
