//! Admission, over HTTP and WebSocket alike: a caller is authenticated from its `Authorization`
//! value (a request's header, or a socket's `connection_init`), and each operation it sends is
//! counted against its rate limit — the principal's when the credential is valid, the client
//! address's otherwise.

use std::net::SocketAddr;
use std::time::Duration;

use super::AppState;
use super::rate_limit::Caller;
use crate::auth::Authentication;

/// Authenticates `authorization` and counts one request against the caller's limit. `Err` is
/// the wait before retrying.
pub async fn admit(
    state: &AppState,
    authorization: Option<&str>,
    peer: SocketAddr,
) -> Result<Authentication, Duration> {
    let authentication = state.authenticator.authenticate(authorization).await;
    count(state, &authentication, peer)?;
    Ok(authentication)
}

/// Counts one more operation of an authenticated caller; `Err` is the wait before retrying.
pub fn count(
    state: &AppState,
    authentication: &Authentication,
    peer: SocketAddr,
) -> Result<(), Duration> {
    let identity = match &authentication.0 {
        Ok(Some(principal)) => Some(principal.identity()),
        _ => None,
    };
    let caller = match &identity {
        Some(identity) => Caller::Principal(identity),
        None => Caller::Anonymous(peer.ip()),
    };
    state.rate_limits.check(caller)
}
