//! Shortest paths between two vertices by bidirectional breadth-first search.
//!
//! The search grows a ball around each end, one whole layer at a time, always the side whose
//! frontier has fewer edges to follow, until the balls touch or their radii add up to
//! `max_hops`. It then marks the vertices that lie on some shortest path (walking back from
//! where the balls met) and enumerates paths over those only, so every branch it takes reaches
//! the target: the cost is the two balls plus the paths it returns, never the trails.

use crate::Graph;

const UNSEEN: u32 = u32::MAX;

/// A path: its vertices from the first to the last, and the link used at each step
/// (`links[i]` joins `vertices[i]` and `vertices[i + 1]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Path {
    pub vertices: Vec<u32>,
    pub links: Vec<u32>,
}

impl Path {
    /// How many steps the path takes.
    pub fn hops(&self) -> usize {
        self.links.len()
    }
}

/// Up to `limit` shortest paths from `from` to `to` of at most `max_hops` steps, all of the
/// same (minimal) length; empty when there is none. Two paths differing only in the link of
/// a step (an agreement and a shared organization between the same two cities) are two paths.
/// Paths come in lexicographic order of (second vertex, its link, third vertex, its link, …),
/// vertices by index and links by value. From a vertex to itself: one path of no steps.
pub fn shortest_paths(graph: &Graph, from: u32, to: u32, max_hops: u32, limit: usize) -> Vec<Path> {
    if limit == 0 {
        return Vec::new();
    }
    if from == to {
        return vec![Path {
            vertices: vec![from],
            links: Vec::new(),
        }];
    }
    let Some(search) = Search::meet(graph, from, to, max_hops) else {
        return Vec::new();
    };
    let position = search.positions(graph);
    let mut paths = Vec::new();
    let mut walk = Path {
        vertices: vec![from],
        links: Vec::new(),
    };
    enumerate(
        graph,
        &position,
        search.length,
        &mut walk,
        limit,
        &mut paths,
    );
    paths
}

/// The two balls once they touched.
struct Search {
    /// Distance from the source, known within `forward_radius`.
    from_source: Vec<u32>,
    /// Distance to the target, known within `backward_radius`.
    to_target: Vec<u32>,
    forward_radius: u32,
    /// The length of the shortest paths.
    length: u32,
}

impl Search {
    fn meet(graph: &Graph, from: u32, to: u32, max_hops: u32) -> Option<Self> {
        let n = graph.vertex_count();
        let mut from_source = vec![UNSEEN; n];
        let mut to_target = vec![UNSEEN; n];
        from_source[from as usize] = 0;
        to_target[to as usize] = 0;
        let (mut forward, mut backward) = (vec![from], vec![to]);
        let (mut forward_radius, mut backward_radius) = (0u32, 0u32);
        let work = |frontier: &[u32]| -> usize {
            frontier.iter().map(|&v| graph.degree(v) as usize).sum()
        };
        loop {
            if forward_radius + backward_radius >= max_hops
                || forward.is_empty()
                || backward.is_empty()
            {
                return None;
            }
            let grow_forward = work(&forward) <= work(&backward);
            let (frontier, seen, other, radius) = if grow_forward {
                (
                    &mut forward,
                    &mut from_source,
                    &to_target,
                    &mut forward_radius,
                )
            } else {
                (
                    &mut backward,
                    &mut to_target,
                    &from_source,
                    &mut backward_radius,
                )
            };
            let mut next = Vec::new();
            let mut length = UNSEEN;
            for &vertex in frontier.iter() {
                for &neighbour in graph.neighbours(vertex) {
                    if seen[neighbour as usize] == UNSEEN {
                        seen[neighbour as usize] = *radius + 1;
                        next.push(neighbour);
                        let beyond = other[neighbour as usize];
                        if beyond != UNSEEN {
                            length = length.min(*radius + 1 + beyond);
                        }
                    }
                }
            }
            *radius += 1;
            *frontier = next;
            if length != UNSEEN {
                return Some(Self {
                    from_source,
                    to_target,
                    forward_radius,
                    length,
                });
            }
        }
    }

    /// The position on a shortest path of every vertex that lies on one (`UNSEEN` elsewhere).
    fn positions(&self, graph: &Graph) -> Vec<u32> {
        let length = self.length;
        // Vertices at this position have both distances known.
        let split = self.forward_radius.min(length);
        let mut position = vec![UNSEEN; graph.vertex_count()];
        let middle: Vec<u32> = (0..graph.vertex_count())
            .map(crate::graph::index)
            .filter(|&v| {
                self.from_source[v as usize] == split
                    && self.to_target[v as usize] == length - split
            })
            .collect();
        for &vertex in &middle {
            position[vertex as usize] = split;
        }
        // Towards the source, then towards the target, layer by layer.
        for (distances, toward_source) in [(&self.from_source, true), (&self.to_target, false)] {
            let mut layer = middle.clone();
            let mut distance = if toward_source { split } else { length - split };
            while distance > 0 {
                let mut next = Vec::new();
                for &vertex in &layer {
                    for &neighbour in graph.neighbours(vertex) {
                        if distances[neighbour as usize] == distance - 1
                            && position[neighbour as usize] == UNSEEN
                        {
                            position[neighbour as usize] = if toward_source {
                                distance - 1
                            } else {
                                length - (distance - 1)
                            };
                            next.push(neighbour);
                        }
                    }
                }
                layer = next;
                distance -= 1;
            }
        }
        position
    }
}

fn enumerate(
    graph: &Graph,
    position: &[u32],
    length: u32,
    walk: &mut Path,
    limit: usize,
    paths: &mut Vec<Path>,
) {
    let vertex = *walk.vertices.last().expect("a walk has a vertex");
    let here = crate::graph::index(walk.links.len());
    if here == length {
        paths.push(walk.clone());
        return;
    }
    for (nth, &neighbour) in graph.neighbours(vertex).iter().enumerate() {
        if position[neighbour as usize] != here + 1 {
            continue;
        }
        for &link in graph.links_of_slot(vertex, nth) {
            walk.vertices.push(neighbour);
            walk.links.push(link);
            enumerate(graph, position, length, walk, limit, paths);
            walk.vertices.pop();
            walk.links.pop();
            if paths.len() >= limit {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square_with_tail() -> Graph {
        // 0 - 1 - 3 - 4, 0 - 2 - 3, and a second link between 2 and 3.
        Graph::new(
            5,
            [
                (0, 1, 10),
                (1, 3, 11),
                (0, 2, 12),
                (2, 3, 13),
                (2, 3, 14),
                (3, 4, 15),
            ],
        )
    }

    #[test]
    fn every_shortest_path_in_order_with_its_links() {
        let paths = shortest_paths(&square_with_tail(), 0, 4, 8, 10);
        let listed: Vec<(Vec<u32>, Vec<u32>)> = paths
            .into_iter()
            .map(|path| (path.vertices, path.links))
            .collect();
        assert_eq!(
            listed,
            vec![
                (vec![0, 1, 3, 4], vec![10, 11, 15]),
                (vec![0, 2, 3, 4], vec![12, 13, 15]),
                (vec![0, 2, 3, 4], vec![12, 14, 15]),
            ]
        );
    }

    #[test]
    fn bounded_by_hops_and_limit() {
        let graph = square_with_tail();
        assert!(shortest_paths(&graph, 0, 4, 2, 10).is_empty());
        assert_eq!(shortest_paths(&graph, 0, 4, 3, 10).len(), 3);
        assert_eq!(shortest_paths(&graph, 0, 4, 3, 2).len(), 2);
        assert!(shortest_paths(&graph, 0, 4, 3, 0).is_empty());
        let itself = shortest_paths(&graph, 2, 2, 1, 10);
        assert_eq!(itself.len(), 1);
        assert_eq!(itself[0].hops(), 0);
        let apart = Graph::new(3, [(0, 1, 0)]);
        assert!(shortest_paths(&apart, 0, 2, 8, 10).is_empty());
    }
}
