//! The compact undirected graph: CSR adjacency over dense vertex indices.

/// An undirected graph with links on its edges, built once and read many times.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    /// Where each vertex's neighbours start in `neighbours` (`n + 1` entries).
    offsets: Vec<u32>,
    /// The distinct neighbours of each vertex, ascending.
    neighbours: Vec<u32>,
    /// Where the links of each adjacency slot start in `links` (one more than the slots).
    link_offsets: Vec<u32>,
    /// The links of each adjacency slot, ascending.
    links: Vec<u32>,
}

impl Graph {
    /// A graph of `vertices` vertices and the given edges `(a, b, link)`; self-loops are
    /// ignored, the same link given twice is kept once.
    ///
    /// # Panics
    /// When an edge names a vertex out of range.
    pub fn new(vertices: usize, edges: impl IntoIterator<Item = (u32, u32, u32)>) -> Self {
        let mut arcs: Vec<(u32, u32, u32)> = Vec::new();
        for (a, b, link) in edges {
            assert!(
                (a as usize) < vertices && (b as usize) < vertices,
                "edge ({a}, {b}) out of range"
            );
            if a != b {
                arcs.push((a, b, link));
                arcs.push((b, a, link));
            }
        }
        arcs.sort_unstable();
        arcs.dedup();
        let mut offsets = vec![0u32; vertices + 1];
        let mut neighbours = Vec::new();
        let mut link_offsets = Vec::new();
        let mut links = Vec::with_capacity(arcs.len());
        let mut previous: Option<(u32, u32)> = None;
        for &(a, b, link) in &arcs {
            if previous != Some((a, b)) {
                neighbours.push(b);
                link_offsets.push(index(links.len()));
                offsets[a as usize + 1] += 1;
                previous = Some((a, b));
            }
            links.push(link);
        }
        link_offsets.push(index(links.len()));
        for vertex in 0..vertices {
            offsets[vertex + 1] += offsets[vertex];
        }
        Self {
            offsets,
            neighbours,
            link_offsets,
            links,
        }
    }

    /// How many vertices the graph has.
    pub fn vertex_count(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// How many distinct pairs of neighbours it has (parallel edges counted once).
    pub fn edge_count(&self) -> usize {
        self.neighbours.len() / 2
    }

    /// The distinct neighbours of `vertex`, ascending.
    pub fn neighbours(&self, vertex: u32) -> &[u32] {
        let (start, end) = self.slots(vertex);
        &self.neighbours[start..end]
    }

    /// How many distinct neighbours `vertex` has.
    pub fn degree(&self, vertex: u32) -> u32 {
        let (start, end) = self.slots(vertex);
        index(end - start)
    }

    /// The links between `vertex` and its `nth` neighbour (as `neighbours` lists them).
    pub(crate) fn links_of_slot(&self, vertex: u32, nth: usize) -> &[u32] {
        let slot = self.slots(vertex).0 + nth;
        &self.links[self.link_offsets[slot] as usize..self.link_offsets[slot + 1] as usize]
    }

    /// The links between two vertices, ascending; empty when they are not neighbours.
    pub fn links_between(&self, a: u32, b: u32) -> &[u32] {
        match self.neighbours(a).binary_search(&b) {
            Ok(nth) => self.links_of_slot(a, nth),
            Err(_) => &[],
        }
    }

    fn slots(&self, vertex: u32) -> (usize, usize) {
        let vertex = vertex as usize;
        (
            self.offsets[vertex] as usize,
            self.offsets[vertex + 1] as usize,
        )
    }
}

/// A position as a `u32`: the graph holds fewer than 2³² adjacency entries.
pub(crate) fn index(position: usize) -> u32 {
    u32::try_from(position).expect("the graph holds fewer than 2^32 entries")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_edges_collapse_and_keep_their_links() {
        let graph = Graph::new(3, [(0, 1, 7), (1, 0, 3), (1, 2, 5), (2, 2, 9), (0, 1, 7)]);
        assert_eq!(graph.neighbours(1), &[0, 2]);
        assert_eq!(graph.degree(0), 1);
        assert_eq!(graph.links_between(0, 1), &[3, 7]);
        assert_eq!(graph.links_between(1, 0), &[3, 7]);
        assert!(graph.links_between(0, 2).is_empty());
        assert_eq!(graph.edge_count(), 2);
    }
}
