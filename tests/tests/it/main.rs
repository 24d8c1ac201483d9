//! Black-box integration tests: the real router on an ephemeral port, a database per test
//! (copied from a template loaded once per run), GraphQL over HTTP. Every GraphQL test runs on SQLite and on PostgreSQL; the process
//! tests run the real binary.

mod abuse;
mod aggregates;
mod assets;
mod auth;
mod authorization;
mod cli;
mod common;
mod concurrency;
mod connections;
mod dataset;
mod distances;
mod editing;
mod errors;
mod examples;
mod filters;
mod golden;
mod graph;
mod graphql;
mod hardening;
mod http_contract;
mod identity_and_time;
mod migrations;
mod nested_counts;
mod network;
mod processes;
mod readme;
mod response_shape;
mod root_lists;
mod row_reading;
mod rows;
mod scale;
mod schema;
mod search;
mod template;
mod websocket;
mod world;
mod world_data;
mod world_model;
