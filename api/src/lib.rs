//! Paradiplo: a GraphQL knowledge API about city diplomacy.
//!
//! A request flows one way: HTTP ([`app`]) → schema ([`graphql`]) → root field → [`service`] →
//! SQL, with relations batched level by level by the request's loader. The dataset ([`dataset`]) is imported and
//! exported through the same entities.

pub mod app;
pub mod auth;
pub mod cli;
pub mod config;
pub mod dataset;
pub mod db;
pub mod error;
pub mod graphql;
mod http;
pub mod kinds;
pub mod service;
pub mod startup;
