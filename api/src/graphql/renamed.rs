//! Input fields renamed to the names the output types use for the same facts, whose former
//! names are kept, deprecated, for clients written against them: [`either`] reads a field and
//! its former name as one.

use async_graphql::MaybeUndefined;
use heck::ToLowerCamelCase;

use crate::error::{AppError, AppResult};

/// The API's name of a field named `name` in Rust: camelCase, as async-graphql names fields.
pub fn graphql_name(name: &str) -> String {
    name.to_lower_camel_case()
}

/// Whether an input field was given a value (or, in a patch, `null`).
pub trait Given: PartialEq {
    fn given(&self) -> bool;
}

impl<T: PartialEq> Given for Option<T> {
    fn given(&self) -> bool {
        self.is_some()
    }
}

impl<T: PartialEq> Given for MaybeUndefined<T> {
    fn given(&self) -> bool {
        !self.is_undefined()
    }
}

/// The value of the input field `name`, or of `former` (its former name) when only that is
/// given; both given with different values is the client's mistake. Names are as in Rust
/// (`signed_on`); the message gives them as the API does (`signedOn`).
pub fn either<'a, T: Given>(
    name: &str,
    value: &'a T,
    former: &str,
    former_value: &'a T,
) -> AppResult<&'a T> {
    if !former_value.given() || value == former_value {
        Ok(value)
    } else if !value.given() {
        Ok(former_value)
    } else {
        let (name, former) = (graphql_name(name), graphql_name(former));
        Err(AppError::BadUserInput(format!(
            "`{name}` and `{former}` (its former name) are both given, with different values; \
             send only `{name}`"
        )))
    }
}
