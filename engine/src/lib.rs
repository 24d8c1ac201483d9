//! The execution machinery under a GraphQL API built on async-graphql and SeaORM, knowing
//! nothing of its schema, entities or errors:
//!
//! - [`db`]: a SeaORM connection whose statements outside transactions run on a pool of their
//!   own, interrupted when nobody waits for them any more;
//! - [`batching`]: a request's loads batched level by level, by the executor's rhythm;
//! - [`Execution`]: full validation once per document, the batching loader, error codes and
//!   the answer's shape around async-graphql's execution;
//! - [`shape`]: answers in query order with the specification's null propagation;
//! - [`Refusal`]: async-graphql's refusals, told apart by their messages.
//!
//! `README.md` lists what each part assumes of its dependencies and how to check it after an
//! upgrade.

pub mod batching;
pub mod db;
mod execution;
mod refusals;
pub mod shape;
mod validated;

pub use execution::{Admitted, Execution};
pub use refusals::Refusal;
