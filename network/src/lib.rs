//! Graph algorithms over the network of cities, apart from any database or runtime.
//!
//! Vertices are dense `u32` indices (`0..n`); the caller keeps what they stand for. An edge
//! carries a link, an opaque `u32` the caller maps back to what joins the two vertices (an
//! agreement, a shared organization). [`Graph`] keeps the adjacency compact (CSR): the distinct
//! neighbours of each vertex in ascending order, and for each neighbour the links to it, so
//! parallel edges count once for degree, betweenness and components while paths can still
//! name every link.

mod centrality;
mod components;
mod distance;
mod graph;
mod paths;

pub use centrality::{betweenness, competition_ranks};
pub use components::Components;
pub use distance::{EARTH_RADIUS_KM, distance_km};
pub use graph::Graph;
pub use paths::{Path, shortest_paths};
