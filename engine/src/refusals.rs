//! What an error async-graphql raises before execution is about. It says so only in English
//! text, so the messages it writes are read here, in one place, and pinned by the engine's tests
//! against the async-graphql in use.

/// The kind of a refusal async-graphql raises before execution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The document is deeper than the schema's depth limit, or nests beyond its recursion
    /// limit (a depth limit by another name).
    TooDeep,
    /// The document costs more than the schema's complexity limit.
    TooComplex,
    /// The document is well formed, but a literal argument value or the operation name the
    /// request gives is wrong: the user's input at fault.
    BadInput,
    /// Any other rule of the specification's validation broken.
    Invalid,
}

impl Refusal {
    /// The kind of the refusal async-graphql worded as `message`.
    pub fn of(message: &str) -> Self {
        match message {
            "Query is nested too deep." => Self::TooDeep,
            "Query is too complex." => Self::TooComplex,
            message if message.starts_with("The recursion depth of the query") => Self::TooDeep,
            message
                if [
                    "Invalid value for argument",
                    "Unknown operation named",
                    "Operation name required",
                ]
                .iter()
                .any(|start| message.starts_with(start)) =>
            {
                Self::BadInput
            }
            _ => Self::Invalid,
        }
    }
}
