//! Bearer tokens (JWT) signed by a trusted issuer with a shared secret. The algorithm is pinned
//! to HS256, so `alg: none` and every other algorithm are refused before any signature check;
//! `exp`, `aud`, `iss` and `sub` must be present, and audience and issuer must be ours. `exp`,
//! `nbf` and `iat` are checked with the same leeway for clocks that differ; `sub` must be one
//! printable line (it names the writer in the audit log) and `role` one of the documented
//! words, exactly.
//!
//! `jsonwebtoken` leaves its cryptography to a provider chosen at run time. Its own providers
//! bring RSA, elliptic curves and Ed25519 (or aws-lc) along; this one does HS256 with RustCrypto's
//! `hmac` and `sha2` and nothing else, and is installed for the whole process by
//! [`install_crypto`].

use hmac::{Hmac, Mac};
use jsonwebtoken::crypto::{CryptoProvider, JwtSigner, JwtVerifier, KeyUtils};
use jsonwebtoken::errors::{Error, ErrorKind};
use jsonwebtoken::signature::{Signer, Verifier};
use jsonwebtoken::{Algorithm, AlgorithmFamily, DecodingKey, EncodingKey, Validation};
use serde::Deserialize;
use sha2::Sha256;

use super::{AuthFailure, Credential, Principal, Role};

/// The claims we read; `exp`, `nbf`, `aud` and `iss` are checked by `jsonwebtoken` itself.
#[derive(Debug, Deserialize)]
struct Claims {
    sub: String,
    role: String,
    /// Issued at, in seconds since 1970 (a NumericDate may have a fraction).
    iat: Option<f64>,
}

/// Checks tokens against one secret, issuer and audience.
pub struct TokenVerifier {
    key: DecodingKey,
    validation: Validation,
}

impl std::fmt::Debug for TokenVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenVerifier")
            .field("issuer", &self.validation.iss)
            .field("audience", &self.validation.aud)
            .finish_non_exhaustive()
    }
}

impl TokenVerifier {
    pub fn new(secret: &str, issuer: &str, audience: &str) -> Self {
        install_crypto();
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_required_spec_claims(&["exp", "aud", "iss", "sub"]);
        validation.validate_nbf = true;
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[audience]);
        Self {
            key: DecodingKey::from_secret(secret.as_bytes()),
            validation,
        }
    }

    /// The principal a token speaks for, or why it is refused.
    pub fn verify(&self, token: &str) -> Result<Principal, AuthFailure> {
        let claims = jsonwebtoken::decode::<Claims>(token, &self.key, &self.validation)
            .map_err(|error| refusal(&error))?
            .claims;
        let now = jsonwebtoken::get_current_timestamp();
        if claims
            .iat
            .is_some_and(|iat| iat > (now + self.validation.leeway) as f64)
        {
            return Err(AuthFailure::InvalidToken(
                "its `iat` claim says it was issued in the future".into(),
            ));
        }
        super::check_name("its `sub` claim", &claims.sub).map_err(AuthFailure::InvalidToken)?;
        let role = Role::from_word(&claims.role).ok_or_else(|| {
            AuthFailure::InvalidToken(
                "its `role` claim must be `viewer`, `editor` or `admin`, in lower case".into(),
            )
        })?;
        Ok(Principal {
            name: claims.sub.clone(),
            role,
            credential: Credential::Token {
                subject: claims.sub,
            },
        })
    }
}

/// Why a token is refused, in words a client can act on (and nothing about our secret).
fn refusal(error: &Error) -> AuthFailure {
    let reason = match error.kind() {
        ErrorKind::ExpiredSignature => return AuthFailure::ExpiredToken,
        ErrorKind::ImmatureSignature => "it is not valid yet",
        ErrorKind::InvalidSignature => "its signature does not match",
        ErrorKind::InvalidAlgorithm | ErrorKind::UnsupportedAlgorithm => {
            "it must be signed with HS256"
        }
        ErrorKind::InvalidAudience => "it is meant for another audience",
        ErrorKind::InvalidIssuer => "it comes from another issuer",
        ErrorKind::MissingRequiredClaim(claim) => {
            return AuthFailure::InvalidToken(format!("it has no `{claim}` claim"));
        }
        ErrorKind::InvalidClaimFormat(claim) => {
            return AuthFailure::InvalidToken(format!("its `{claim}` claim is malformed"));
        }
        _ => "it is not a well-formed JWT",
    };
    AuthFailure::InvalidToken(reason.into())
}

/// Makes HS256 (and only HS256) available to `jsonwebtoken` in this process. Idempotent; the
/// verifier calls it, and so must anything that signs tokens before a verifier exists.
pub fn install_crypto() {
    // Fails only when a provider is installed already, which is what was asked for.
    let _ = HS256_ONLY.install_default();
}

static HS256_ONLY: CryptoProvider = CryptoProvider {
    signer_factory: |algorithm, key: &EncodingKey| {
        if *algorithm != Algorithm::HS256 || key.family() != AlgorithmFamily::Hmac {
            return Err(ErrorKind::InvalidAlgorithm.into());
        }
        Ok(Box::new(Hs256(hmac_for(key.as_bytes())?)))
    },
    verifier_factory: |algorithm, key: &DecodingKey| {
        if *algorithm != Algorithm::HS256 || key.family() != AlgorithmFamily::Hmac {
            return Err(ErrorKind::InvalidAlgorithm.into());
        }
        Ok(Box::new(Hs256(hmac_for(key.try_get_as_bytes()?)?)))
    },
    key_utils: KeyUtils::new_unimplemented(),
};

fn hmac_for(secret: &[u8]) -> Result<Hmac<Sha256>, Error> {
    Hmac::<Sha256>::new_from_slice(secret).map_err(|_| ErrorKind::InvalidKeyFormat.into())
}

/// HMAC-SHA256, as signer and as verifier.
struct Hs256(Hmac<Sha256>);

impl Signer<Vec<u8>> for Hs256 {
    fn try_sign(&self, message: &[u8]) -> Result<Vec<u8>, jsonwebtoken::signature::Error> {
        let mut mac = self.0.clone();
        mac.update(message);
        Ok(mac.finalize().into_bytes().to_vec())
    }
}

impl Verifier<Vec<u8>> for Hs256 {
    fn verify(
        &self,
        message: &[u8],
        signature: &Vec<u8>,
    ) -> Result<(), jsonwebtoken::signature::Error> {
        let mut mac = self.0.clone();
        mac.update(message);
        // `verify_slice` compares in constant time.
        mac.verify_slice(signature)
            .map_err(jsonwebtoken::signature::Error::from_source)
    }
}

impl JwtSigner for Hs256 {
    fn algorithm(&self) -> Algorithm {
        Algorithm::HS256
    }
}

impl JwtVerifier for Hs256 {
    fn algorithm(&self) -> Algorithm {
        Algorithm::HS256
    }
}
