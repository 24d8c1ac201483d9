//! SeaORM entities of the Paradiplo knowledge model: one module per table, with the relations
//! between them. Pure ORM: the GraphQL types live in the `paradiplo` crate and convert from these.

pub mod agreement;
pub mod api_key;
pub mod audit_log;
pub mod citation;
pub mod city;
pub mod country;
pub mod country_group;
pub mod country_group_member;
pub mod deleted_record;
pub mod enums;
pub mod event;
pub mod hosted_office;
pub mod idempotency_key;
pub mod membership;
pub mod organization;
pub mod period;
pub mod policy_export;
pub mod program;
pub mod row;
pub mod source;
pub mod statistic;

pub use enums::*;
