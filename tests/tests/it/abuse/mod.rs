//! The abuse suite: what a careless or hostile client sends, each refused with its code, and
//! the server healthy afterwards.

pub(crate) mod database;
mod identity;
mod inputs;
