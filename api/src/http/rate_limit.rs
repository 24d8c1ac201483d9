//! Requests per minute, per caller: a principal (API key or token subject) has its own budget,
//! and callers without a valid credential share one per client address. GCRA (`governor`): a
//! caller may spend the whole minute's budget at once, then earns one request back every
//! `60 / limit` seconds.
//!
//! The address is the TCP peer's. Behind a proxy every client has the proxy's address, so there
//! the anonymous limit is one shared budget: raise it, or limit at the proxy.

use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

type Keyed<K> = RateLimiter<K, DefaultKeyedStateStore<K>, DefaultClock>;

/// Checks between two sweeps of callers whose budget is full again (and need no entry).
const SWEEP_EVERY: u64 = 4096;

/// Whom a request is counted against.
#[derive(Debug, Clone, Copy)]
pub enum Caller<'a> {
    Anonymous(IpAddr),
    /// [`crate::auth::Principal::identity`].
    Principal(&'a str),
}

pub struct RateLimits {
    anonymous: Option<Keyed<IpAddr>>,
    authenticated: Option<Keyed<String>>,
    checks: AtomicU64,
}

impl RateLimits {
    /// Limits in requests per minute; 0 turns one off.
    pub fn new(anonymous_per_minute: u32, authenticated_per_minute: u32) -> Self {
        let quota = |per_minute| NonZeroU32::new(per_minute).map(Quota::per_minute);
        Self {
            anonymous: quota(anonymous_per_minute).map(RateLimiter::keyed),
            authenticated: quota(authenticated_per_minute).map(RateLimiter::keyed),
            checks: AtomicU64::new(0),
        }
    }

    /// Counts one request; `Err` holds how long the caller must wait.
    pub fn check(&self, caller: Caller<'_>) -> Result<(), Duration> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.sweep();
        }
        match caller {
            Caller::Anonymous(address) => match &self.anonymous {
                Some(limiter) => wait(limiter, &client(address)),
                None => Ok(()),
            },
            Caller::Principal(identity) => match &self.authenticated {
                Some(limiter) => wait(limiter, &identity.to_string()),
                None => Ok(()),
            },
        }
    }

    fn sweep(&self) {
        if let Some(limiter) = &self.anonymous {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        if let Some(limiter) = &self.authenticated {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

fn wait<K: Clone + Eq + std::hash::Hash>(limiter: &Keyed<K>, key: &K) -> Result<(), Duration> {
    limiter
        .check_key(key)
        .map_err(|not_until| not_until.wait_time_from(limiter.clock().now()))
}

/// The budget an address draws on: IPv4 addresses (also mapped into IPv6) one by one, IPv6 by
/// /64, the block one host usually has to itself.
pub fn client(address: IpAddr) -> IpAddr {
    match address.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & (u128::MAX << 64))),
        v4 => v4,
    }
}

/// A wait as whole seconds for `Retry-After`: rounded up, at least 1.
/// What a caller over its limit is told: the whole seconds to wait, and the message saying so.
pub fn over_the_limit(wait: Duration) -> (u64, String) {
    let seconds = retry_after_seconds(wait);
    (seconds, format!("too many requests; retry in {seconds} s"))
}

fn retry_after_seconds(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}
