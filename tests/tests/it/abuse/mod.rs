//! The abuse suite: what a careless or hostile client sends, each refused with its code, and
//! the server healthy afterwards.

mod identity;
mod inputs;
