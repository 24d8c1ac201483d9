//! Who is asking: API keys and bearer tokens turned into a [`Principal`] with a [`Role`].
//!
//! Reads are public; a credential only matters to the fields that ask for a role. So the HTTP
//! layer authenticates once per request and hands the outcome ([`Authentication`]) to GraphQL
//! as request data: a bad credential does not break public reads, it fails the guarded fields
//! (see [`guard`]). Everything here but [`guard`] is free of GraphQL and HTTP.

pub mod guard;
pub mod jwt;
pub mod keys;

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use sea_orm::DbErr;

pub use guard::RoleGuard;

use crate::config::{Config, Secret};
use crate::db::Db;
use crate::error::AppError;

/// What a principal may do; each role may do everything the roles below it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Reads what is not public, such as the audit log.
    Viewer,
    /// Writes the knowledge graph.
    Editor,
    /// Manages API keys.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Viewer, Role::Editor, Role::Admin];

    /// The database's spelling: `VIEWER`, `EDITOR`, `ADMIN`.
    pub fn as_stored(self) -> &'static str {
        match self {
            Role::Viewer => "VIEWER",
            Role::Editor => "EDITOR",
            Role::Admin => "ADMIN",
        }
    }

    /// The word for messages and the command line: `viewer`, `editor`, `admin`.
    pub fn as_word(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    /// "a viewer's", "an editor's", "an admin's".
    fn possessive(self) -> &'static str {
        match self {
            Role::Viewer => "a viewer's",
            Role::Editor => "an editor's",
            Role::Admin => "an admin's",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_word())
    }
}

impl Role {
    /// The role spelled exactly as documented (`viewer`, `editor`, `admin`), as tokens must.
    pub fn from_word(word: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_word() == word)
    }
}

/// Reads `viewer`, `editor`, `admin` in any case.
impl FromStr for Role {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_word().eq_ignore_ascii_case(text))
            .ok_or_else(|| format!("`{text}` is not a role; use viewer, editor or admin"))
    }
}

/// Someone who presented a valid credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The key's name, or the token's subject.
    pub name: String,
    pub role: Role,
    pub credential: Credential,
}

/// What the principal presented.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    ApiKey { id: i32, prefix: String },
    Token { subject: String },
}

impl Principal {
    /// Stable identity for per-principal limits: the key, or the token's subject.
    pub fn identity(&self) -> String {
        match &self.credential {
            Credential::ApiKey { id, .. } => format!("key:{id}"),
            Credential::Token { subject } => format!("token:{subject}"),
        }
    }

    /// Who writes, as the audit log and idempotency keys name them: `key:<key name>` or
    /// `jwt:<token subject>`. The prefix keeps the two apart: a token whose subject is an API
    /// key's name is someone else, who neither replays the key's writes nor shares its entries.
    pub fn actor(&self) -> String {
        match &self.credential {
            Credential::ApiKey { .. } => format!("key:{}", self.name),
            Credential::Token { subject } => format!("jwt:{subject}"),
        }
    }

    fn credential_word(&self) -> &'static str {
        match self.credential {
            Credential::ApiKey { .. } => "key",
            Credential::Token { .. } => "token",
        }
    }
}

/// Why a presented credential is refused. The messages are what the client reads.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthFailure {
    #[error("the Authorization header must be `Bearer <API key or token>`")]
    MalformedHeader,
    #[error("the API key is not valid")]
    InvalidKey,
    #[error("the API key has been revoked")]
    RevokedKey,
    #[error("the token has expired")]
    ExpiredToken,
    #[error("the token is not valid: {0}")]
    InvalidToken(String),
    #[error("this server does not accept tokens; use an API key")]
    TokensDisabled,
    /// The keys could not be read; the cause is logged, the client sees an internal error.
    #[error("cannot check the credential: {0}")]
    Unavailable(String),
}

impl From<AuthFailure> for AppError {
    fn from(failure: AuthFailure) -> Self {
        match failure {
            AuthFailure::Unavailable(cause) => AppError::Database(DbErr::Custom(cause)),
            failure => AppError::Unauthenticated(failure.to_string()),
        }
    }
}

/// The outcome of authenticating one request: `Ok(None)` is anonymous. Request data for
/// GraphQL, read by [`guard`].
#[derive(Debug, Clone)]
pub struct Authentication(pub Result<Option<Principal>, AuthFailure>);

/// Where the settings for tokens come from (see `Config`).
#[derive(Debug, Clone, Default)]
pub struct TokenSettings {
    /// Shared HS256 secret; tokens are refused without one.
    pub secret: Option<Secret>,
    pub issuer: String,
    pub audience: String,
}

impl From<&Config> for TokenSettings {
    fn from(config: &Config) -> Self {
        Self {
            secret: config.jwt_secret.clone(),
            issuer: config.jwt_issuer.clone(),
            audience: config.jwt_audience.clone(),
        }
    }
}

/// Turns an `Authorization` header into an [`Authentication`].
#[derive(Debug, Clone)]
pub struct Authenticator {
    db: Db,
    tokens: Option<Arc<jwt::TokenVerifier>>,
}

impl Authenticator {
    pub fn new(db: Db, settings: &TokenSettings) -> Self {
        let tokens = settings
            .secret
            .as_ref()
            .map(Secret::expose)
            .filter(|secret| !secret.is_empty())
            .map(|secret| {
                if secret.len() < 32 {
                    tracing::warn!("the JWT secret is shorter than 32 bytes; tokens signed with it can be guessed");
                }
                Arc::new(jwt::TokenVerifier::new(
                    secret,
                    &settings.issuer,
                    &settings.audience,
                ))
            });
        Self { db, tokens }
    }

    /// Authenticates the value of an `Authorization` header; no header is anonymous.
    /// `Bearer pdk_…` is an API key, any other bearer credential a token.
    pub async fn authenticate(&self, authorization: Option<&str>) -> Authentication {
        let Some(authorization) = authorization else {
            return Authentication(Ok(None));
        };
        let credential = authorization
            .split_once(' ')
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, credential)| credential.trim())
            .filter(|credential| !credential.is_empty());
        let outcome = match credential {
            None => Err(AuthFailure::MalformedHeader),
            Some(key) if key.starts_with(keys::KEY_START) => {
                keys::authenticate(&self.db, key).await
            }
            Some(token) => match &self.tokens {
                Some(verifier) => verifier.verify(token),
                None => Err(AuthFailure::TokensDisabled),
            },
        };
        Authentication(outcome.map(Some))
    }
}

/// Longest name of a principal: an API key's name or a token's subject.
const MAX_NAME_LEN: usize = 200;

/// A principal's name (`what` is "a key's name" or "the `sub` claim") is what the audit log
/// shows: one printable line of 1 to [`MAX_NAME_LEN`] characters.
pub fn check_name(what: &str, name: &str) -> Result<(), String> {
    if name.trim().is_empty() || name.chars().count() > MAX_NAME_LEN {
        Err(format!(
            "{what} must have between 1 and {MAX_NAME_LEN} characters"
        ))
    } else if name.chars().any(char::is_control) {
        Err(format!("{what} must not contain control characters"))
    } else {
        Ok(())
    }
}

/// The message for an anonymous caller of a field that needs `role`.
fn sign_in_message(role: Role) -> String {
    format!(
        "sign in: this field needs {} API key or token",
        role.possessive()
    )
}

/// The message for a principal whose role is below `role`.
fn forbidden_message(principal: &Principal, role: Role) -> String {
    format!(
        "this needs the {role} role; your {} has {}",
        principal.credential_word(),
        principal.role
    )
}
