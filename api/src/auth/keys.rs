//! API keys: `pdk_<prefix>_<secret>`. The prefix (10 base32 characters) is public and names the
//! key; the secret (32 random bytes, base64url) is shown once when the key is made and never
//! stored: the table keeps its SHA-256, compared in constant time. A plain hash is enough because
//! the secret is random and long, not a password a person chose.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use entity::api_key;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::{AuthFailure, Credential, Principal, Role};
use crate::error::{AppError, AppResult};

/// What every API key starts with, so that it is recognisable (and greppable in leaked text).
pub const KEY_START: &str = "pdk_";
const PREFIX_LEN: usize = 10;
const SECRET_BYTES: usize = 32;

/// An API key as it may be shown: everything but its secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    pub id: i32,
    pub prefix: String,
    pub name: String,
    pub role: Role,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// A key just made: the whole key, to be handed over once, and what is kept of it.
#[derive(Debug, Clone)]
pub struct IssuedKey {
    /// `pdk_<prefix>_<secret>`, the bearer credential. Not recoverable later.
    pub key: String,
    pub api_key: ApiKey,
}

impl TryFrom<api_key::Model> for ApiKey {
    type Error = AppError;

    fn try_from(model: api_key::Model) -> AppResult<Self> {
        let role = model.role.parse().map_err(|_| {
            AppError::Database(sea_orm::DbErr::Type(format!(
                "api_key {} has the unknown role {:?}",
                model.id, model.role
            )))
        })?;
        Ok(Self {
            id: model.id,
            prefix: model.prefix,
            name: model.name,
            role,
            created_at: model.created_at,
            revoked_at: model.revoked_at,
        })
    }
}

/// Makes a key for `name` with `role` and stores its hash.
pub async fn create(db: &impl ConnectionTrait, name: &str, role: Role) -> AppResult<IssuedKey> {
    let name = name.trim();
    super::check_name("a key's name", name).map_err(AppError::BadUserInput)?;
    let prefix = random_prefix()?;
    let secret = URL_SAFE_NO_PAD.encode(random_bytes::<SECRET_BYTES>()?);
    let model = api_key::ActiveModel {
        prefix: Set(prefix.clone()),
        secret_hash: Set(hash(&secret)),
        name: Set(name.to_string()),
        role: Set(role.as_stored().to_string()),
        created_at: Set(now_rfc3339()),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(IssuedKey {
        key: format!("{KEY_START}{prefix}_{secret}"),
        api_key: ApiKey::try_from(model)?,
    })
}

/// Every key, revoked ones included, oldest first.
pub async fn list(db: &impl ConnectionTrait) -> AppResult<Vec<ApiKey>> {
    api_key::Entity::find()
        .order_by_asc(api_key::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(ApiKey::try_from)
        .collect()
}

/// Revokes the key with this id; revoking a revoked key changes nothing.
pub async fn revoke(db: &impl ConnectionTrait, id: i32) -> AppResult<ApiKey> {
    let model = api_key::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("there is no API key with id {id}")))?;
    revoke_model(db, model).await
}

/// Revokes the key with this prefix (the part after `pdk_`); revoking twice changes nothing.
pub async fn revoke_by_prefix(db: &impl ConnectionTrait, prefix: &str) -> AppResult<ApiKey> {
    let model = api_key::Entity::find()
        .filter(api_key::Column::Prefix.eq(prefix))
        .one(db)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("there is no API key with prefix {prefix}")))?;
    revoke_model(db, model).await
}

async fn revoke_model(db: &impl ConnectionTrait, model: api_key::Model) -> AppResult<ApiKey> {
    if model.revoked_at.is_some() {
        return ApiKey::try_from(model);
    }
    let mut active = model.into_active_model();
    active.revoked_at = Set(Some(now_rfc3339()));
    ApiKey::try_from(active.update(db).await?)
}

/// The principal a presented key speaks for, or why it is refused.
pub async fn authenticate(db: &impl ConnectionTrait, key: &str) -> Result<Principal, AuthFailure> {
    let (prefix, secret) = key
        .strip_prefix(KEY_START)
        .and_then(|rest| rest.split_once('_'))
        .filter(|(prefix, secret)| prefix.len() == PREFIX_LEN && !secret.is_empty())
        .ok_or(AuthFailure::InvalidKey)?;
    let model = api_key::Entity::find()
        .filter(api_key::Column::Prefix.eq(prefix))
        .one(db)
        .await
        .map_err(|error| {
            tracing::error!(%error, "cannot read the API keys");
            AuthFailure::Unavailable(error.to_string())
        })?
        .ok_or(AuthFailure::InvalidKey)?;
    let matches: bool = hash(secret)
        .as_bytes()
        .ct_eq(model.secret_hash.as_bytes())
        .into();
    if !matches {
        return Err(AuthFailure::InvalidKey);
    }
    // Only a holder of the secret learns that the key was revoked.
    if model.revoked_at.is_some() {
        return Err(AuthFailure::RevokedKey);
    }
    let key =
        ApiKey::try_from(model).map_err(|error| AuthFailure::Unavailable(error.to_string()))?;
    Ok(Principal {
        name: key.name,
        role: key.role,
        credential: Credential::ApiKey {
            id: key.id,
            prefix: key.prefix,
        },
    })
}

/// Lower-case hex SHA-256, as stored.
fn hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn random_bytes<const N: usize>() -> AppResult<[u8; N]> {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes).map_err(|error| {
        AppError::Database(sea_orm::DbErr::Custom(format!(
            "the operating system gave no random bytes: {error}"
        )))
    })?;
    Ok(bytes)
}

/// Ten characters of RFC 4648 base32, lower case: no `_` (the separator), easy to read out.
fn random_prefix() -> AppResult<String> {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    Ok(random_bytes::<PREFIX_LEN>()?
        .iter()
        .map(|byte| char::from(ALPHABET[usize::from(byte & 31)]))
        .collect())
}

/// The current time as RFC 3339 in UTC to the second, e.g. `2026-11-25T12:00:00Z`.
pub fn now_rfc3339() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    rfc3339(seconds)
}

/// Seconds since 1970-01-01T00:00:00Z as RFC 3339 in UTC.
fn rfc3339(seconds: u64) -> String {
    let (days, time) = (seconds / 86_400, seconds % 86_400);
    // The civil date of a day count (Howard Hinnant's `civil_from_days`), for days after 1970.
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        time / 3600,
        time % 3600 / 60,
        time % 60
    )
}

#[cfg(test)]
mod tests {
    use super::rfc3339;

    #[test]
    fn times_are_written_as_rfc_3339_in_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_798_761_599), "2026-12-31T23:59:59Z");
        assert_eq!(rfc3339(4_107_542_400), "2100-03-01T00:00:00Z");
    }
}
