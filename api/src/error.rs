//! The one error type of the API and its mapping to GraphQL errors.
//!
//! Resolvers return `async_graphql::Result` and use `?` on `AppError`; async-graphql keeps the
//! original error as the `source` of the GraphQL error, and [`ErrorCodes`] (a schema extension)
//! turns every error of a response into what the client may see, in one place: a stable
//! `extensions.code`, and for internal failures a generic message while the cause goes to the log.
//! Errors raised by async-graphql itself (parse, validation, argument coercion) get codes there too.

use std::sync::Arc;

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextRequest};
use async_graphql::{Response, ServerError, Value};
use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The client sent something invalid; `BAD_USER_INPUT`, with the message as written here.
    #[error("{0}")]
    BadUserInput(String),
    /// The thing asked for does not exist; `NOT_FOUND`.
    #[error("{0}")]
    NotFound(String),
    /// Anything that is our fault; `INTERNAL`, with the cause logged and a generic message sent.
    #[error("database error: {0}")]
    Database(#[from] DbErr),
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::BadUserInput(_) => "BAD_USER_INPUT",
            AppError::NotFound(_) => "NOT_FOUND",
            AppError::Database(_) => "INTERNAL",
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// Gives every error of a response its `extensions.code` and censors internal ones.
pub struct ErrorCodes;

impl ExtensionFactory for ErrorCodes {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(ErrorCodesExtension)
    }
}

struct ErrorCodesExtension;

#[async_trait::async_trait]
impl Extension for ErrorCodesExtension {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut response = next.run(ctx).await;
        // No data at all means the request never ran: it failed to parse or validate.
        let rejected = matches!(response.data, Value::Null);
        for error in &mut response.errors {
            classify(error, rejected);
        }
        response
    }
}

fn classify(error: &mut ServerError, rejected: bool) {
    let code = if let Some(app_error) = error.source::<AppError>() {
        let code = app_error.code();
        if let AppError::Database(cause) = app_error {
            tracing::error!(error = %cause, path = ?error.path, "internal error while resolving");
            error.message = "internal error".into();
        }
        code
    } else if error.source.is_some() {
        // A foreign error reached a resolver boundary unmapped; never show its text.
        tracing::error!(error = %error.message, path = ?error.path, "unmapped internal error");
        error.message = "internal error".into();
        "INTERNAL"
    } else if has_code(error) {
        return;
    } else if rejected && error.path.is_empty() {
        "GRAPHQL_VALIDATION_FAILED"
    } else {
        // Argument coercion (`first: "x"`, an unknown enum value) reports without a source.
        "BAD_USER_INPUT"
    };
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code);
}

fn has_code(error: &ServerError) -> bool {
    error
        .extensions
        .as_ref()
        .is_some_and(|extensions| extensions.get("code").is_some())
}
