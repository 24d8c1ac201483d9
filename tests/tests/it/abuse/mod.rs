//! The abuse suite: each misbehaviour a client can try, refused with its code while the server stays responsive.

pub(crate) mod database;
