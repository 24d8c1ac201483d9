//! The GraphQL side of authorization: [`RoleGuard`] for fields, and [`require`] / [`current`]
//! for resolvers that need to know who is asking (to record it, say).
//!
//! ```ignore
//! #[graphql(guard = "RoleGuard::new(Role::Editor)")]
//! async fn update_city(&self, ctx: &Context<'_>, …) -> Result<City> { … }
//! ```
//!
//! Refusals are `UNAUTHENTICATED` (no credential, or a bad one: the message says which) and
//! `FORBIDDEN` (a valid credential whose role is too low).

use async_graphql::{Context, Guard};

use super::{Authentication, Principal, Role, forbidden_message, sign_in_message};
use crate::error::{AppError, AppResult};

/// Lets a field resolve only for principals with at least `role`.
#[derive(Debug, Clone, Copy)]
pub struct RoleGuard {
    role: Role,
}

impl RoleGuard {
    pub fn new(role: Role) -> Self {
        Self { role }
    }
}

impl Guard for RoleGuard {
    async fn check(&self, ctx: &Context<'_>) -> async_graphql::Result<()> {
        require(ctx, self.role)?;
        Ok(())
    }
}

/// The principal of this request, `None` when anonymous, or the error a bad credential earns.
pub fn current<'a>(ctx: &'a Context<'_>) -> AppResult<Option<&'a Principal>> {
    match ctx.data_opt::<Authentication>() {
        // A schema executed outside the HTTP endpoint (the SDL export, tests) is anonymous.
        None => Ok(None),
        Some(Authentication(Ok(principal))) => Ok(principal.as_ref()),
        Some(Authentication(Err(failure))) => Err(AppError::from(failure.clone())),
    }
}

/// The principal of this request if it has at least `role`; else why not.
pub fn require<'a>(ctx: &'a Context<'_>, role: Role) -> AppResult<&'a Principal> {
    match current(ctx)? {
        None => Err(AppError::Unauthenticated(sign_in_message(role))),
        Some(principal) if principal.role < role => {
            Err(AppError::Forbidden(forbidden_message(principal, role)))
        }
        Some(principal) => Ok(principal),
    }
}
