//! The one error type of the API and its mapping to GraphQL errors.
//!
//! Resolvers return `async_graphql::Result` and use `?` on `AppError`; async-graphql keeps the
//! original error as the `source` of the GraphQL error, and [`with_codes`] turns every error of
//! a response into what the client may see, in one place: a stable
//! `extensions.code`, and for internal failures a generic message while the cause goes to the log.
//! Errors raised by async-graphql itself (parse, validation, argument coercion) get codes there too:
//! `GRAPHQL_PARSE_FAILED`, `GRAPHQL_VALIDATION_FAILED`, `BAD_USER_INPUT`.

use std::sync::Arc;

use async_graphql::{Response, ServerError, Value};
use engine::Refusal;
use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The client sent something invalid; `BAD_USER_INPUT`, with the message as written here.
    #[error("{0}")]
    BadUserInput(String),
    /// The thing asked for does not exist; `NOT_FOUND`.
    #[error("{0}")]
    NotFound(String),
    /// No credential where one is needed, or one that is malformed, unknown, expired or
    /// revoked; `UNAUTHENTICATED`, with a message saying which.
    #[error("{0}")]
    Unauthenticated(String),
    /// A valid credential whose role is too low; `FORBIDDEN`.
    #[error("{0}")]
    Forbidden(String),
    /// The write cannot be made as asked: a natural key taken (`CONFLICT`), a stale version
    /// (`VERSION_CONFLICT`), an idempotency key sent again with another request
    /// (`IDEMPOTENCY_KEY_REUSED`). Nothing was written.
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
    /// Anything that is our fault; `INTERNAL`, with the cause logged and a generic message sent.
    #[error("database error: {0}")]
    Database(#[from] DbErr),
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::BadUserInput(_) => "BAD_USER_INPUT",
            AppError::NotFound(_) => "NOT_FOUND",
            AppError::Unauthenticated(_) => "UNAUTHENTICATED",
            AppError::Forbidden(_) => "FORBIDDEN",
            AppError::Conflict { code, .. } => code,
            AppError::Database(_) => "INTERNAL",
        }
    }
}

impl AppError {
    pub fn conflict(message: impl Into<String>) -> Self {
        AppError::Conflict {
            code: "CONFLICT",
            message: message.into(),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// Longest parse-error message sent back; the parser quotes the query around the fault.
const MAX_PARSE_MESSAGE: usize = 300;

/// A parse error, coded: parse errors quote the query around the fault, and a huge query must
/// not echo back.
pub fn parse_failure(mut error: ServerError) -> ServerError {
    if error.message.len() > MAX_PARSE_MESSAGE {
        let cut = error.message.floor_char_boundary(MAX_PARSE_MESSAGE);
        error.message = format!("{}…", &error.message[..cut]);
    }
    set_code(&mut error, "GRAPHQL_PARSE_FAILED");
    error
}

/// Longest quoted value a message repeats: a client's slug or operation name of any length
/// comes back as its first characters.
const MAX_QUOTED: usize = 64;

/// `message` with every quoted value (in backticks or double quotes) longer than
/// [`MAX_QUOTED`] characters cut to its start.
fn quoting_briefly(message: &str) -> String {
    let mut brief = String::with_capacity(message.len().min(1024));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = rest[open..].chars().next().unwrap_or('"');
        brief.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let Some(close) = rest.find(quote) else {
            break;
        };
        let quoted = &rest[..close];
        if quoted.chars().count() > MAX_QUOTED {
            brief.extend(quoted.chars().take(MAX_QUOTED));
            brief.push('…');
        } else {
            brief.push_str(quoted);
        }
        brief.push(quote);
        rest = &rest[close + 1..];
    }
    if rest.chars().count() > MAX_QUOTED * 4 {
        brief.extend(rest.chars().take(MAX_QUOTED * 4));
        brief.push('…');
    } else {
        brief.push_str(rest);
    }
    brief
}

/// Gives every error of a response its `extensions.code` and censors internal ones.
pub fn with_codes(mut response: Response) -> Response {
    // No data: the request never ran, and its errors are async-graphql's own refusals.
    let refused = matches!(response.data, Value::Null);
    for error in &mut response.errors {
        if error.message.len() > MAX_QUOTED {
            error.message = quoting_briefly(&error.message);
        }
        if refused && error.path.is_empty() && error.source.is_none() && !has_code(error) {
            let code = refusal_code(&error.message);
            set_code(error, code);
        } else {
            classify(error);
        }
    }
    response
}

/// The code of an error async-graphql raises before execution (see [`Refusal`]).
/// The document guards refuse documents beyond the depth, nesting and cost limits before
/// async-graphql sees them, saying by how much; the limits' arms here code what they let by.
fn refusal_code(message: &str) -> &'static str {
    match Refusal::of(message) {
        Refusal::TooDeep => "DEPTH_LIMIT",
        Refusal::TooComplex => "COMPLEXITY_LIMIT",
        Refusal::BadInput => "BAD_USER_INPUT",
        Refusal::Invalid => "GRAPHQL_VALIDATION_FAILED",
    }
}

/// Codes an error raised while resolving, from the error it was made of.
fn classify(error: &mut ServerError) {
    if has_code(error) {
        return;
    }
    let app_error = error
        .source::<AppError>()
        .or_else(|| error.source::<Arc<AppError>>().map(AsRef::as_ref));
    let code = match app_error {
        Some(AppError::Database(cause)) => {
            tracing::error!(error = %cause, path = ?error.path, "internal error while resolving");
            "INTERNAL"
        }
        Some(app_error) => app_error.code(),
        // A foreign error reached a resolver boundary unmapped: its text is not for clients.
        None if error.source.is_some() => {
            tracing::error!(error = %error.message, path = ?error.path, "unmapped internal error");
            "INTERNAL"
        }
        // Errors async-graphql raises itself while coercing input values.
        None => "BAD_USER_INPUT",
    };
    if code == "INTERNAL" {
        error.message = "internal error".into();
    }
    set_code(error, code);
}

fn set_code(error: &mut ServerError, code: &str) {
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

/// `61000` as `61,000`.
pub fn thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::quoting_briefly;

    #[test]
    fn long_quoted_values_are_cut_to_their_start() {
        let slug = "x".repeat(60_000);
        let brief = quoting_briefly(&format!("no city has the slug `{slug}`"));
        assert_eq!(brief, format!("no city has the slug `{}…`", "x".repeat(64)));
        let name = "y".repeat(50_000);
        let brief = quoting_briefly(&format!(r#"Unknown operation named "{name}"."#));
        assert_eq!(
            brief,
            format!(r#"Unknown operation named "{}…"."#, "y".repeat(64))
        );
    }

    #[test]
    fn short_messages_stay_as_they_are() {
        let message = "no city has the slug `atlantis`; did you mean \"athens\"?";
        assert_eq!(quoting_briefly(message), message);
    }
}
