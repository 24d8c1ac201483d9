//! Connected components, largest first.

use crate::Graph;
use crate::graph::index;

/// The connected components of a graph, numbered from 0, the largest first; components of the
/// same size are ordered by their smallest vertex.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Components {
    /// The component of each vertex.
    labels: Vec<u32>,
    /// The size of each component.
    sizes: Vec<u32>,
    /// Vertices grouped by component, ascending within each.
    members: Vec<u32>,
    /// Where each component starts in `members` (one more than the components).
    starts: Vec<u32>,
}

impl Components {
    pub fn of(graph: &Graph) -> Self {
        let n = graph.vertex_count();
        // Breadth-first from each unlabelled vertex in ascending order: a component's first
        // label goes to its smallest vertex.
        let mut first_labels = vec![u32::MAX; n];
        let mut sizes: Vec<u32> = Vec::new();
        let mut queue = Vec::new();
        for start in 0..n {
            if first_labels[start] != u32::MAX {
                continue;
            }
            let label = index(sizes.len());
            first_labels[start] = label;
            queue.clear();
            queue.push(index(start));
            let mut head = 0;
            while head < queue.len() {
                let vertex = queue[head];
                head += 1;
                for &neighbour in graph.neighbours(vertex) {
                    if first_labels[neighbour as usize] == u32::MAX {
                        first_labels[neighbour as usize] = label;
                        queue.push(neighbour);
                    }
                }
            }
            sizes.push(index(queue.len()));
        }
        // Stable sort by size, largest first: ties keep the order of their smallest vertex.
        let mut order: Vec<u32> = (0..sizes.len()).map(index).collect();
        order.sort_by_key(|&label| std::cmp::Reverse(sizes[label as usize]));
        let mut renamed = vec![0u32; sizes.len()];
        for (rank, &label) in order.iter().enumerate() {
            renamed[label as usize] = index(rank);
        }
        let labels: Vec<u32> = first_labels.iter().map(|&l| renamed[l as usize]).collect();
        let sizes: Vec<u32> = order.iter().map(|&l| sizes[l as usize]).collect();
        let mut starts = vec![0u32; sizes.len() + 1];
        for (component, &size) in sizes.iter().enumerate() {
            starts[component + 1] = starts[component] + size;
        }
        let mut fill = starts.clone();
        let mut members = vec![0u32; n];
        for (vertex, &label) in labels.iter().enumerate() {
            members[fill[label as usize] as usize] = index(vertex);
            fill[label as usize] += 1;
        }
        Self {
            labels,
            sizes,
            members,
            starts,
        }
    }

    /// How many components there are.
    pub fn count(&self) -> usize {
        self.sizes.len()
    }

    /// The component of `vertex` (0 is the largest).
    pub fn label(&self, vertex: u32) -> u32 {
        self.labels[vertex as usize]
    }

    /// The sizes of the components, largest first.
    pub fn sizes(&self) -> &[u32] {
        &self.sizes
    }

    /// The vertices of a component, ascending.
    pub fn members(&self, component: u32) -> &[u32] {
        let component = component as usize;
        &self.members[self.starts[component] as usize..self.starts[component + 1] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_first_ties_by_smallest_vertex() {
        // {0}, {1, 4}, {2, 3, 5}, {6, 7}
        let graph = Graph::new(8, [(1, 4, 0), (2, 3, 1), (3, 5, 2), (6, 7, 3)]);
        let components = Components::of(&graph);
        assert_eq!(components.sizes(), &[3, 2, 2, 1]);
        assert_eq!(components.members(0), &[2, 3, 5]);
        assert_eq!(components.members(1), &[1, 4]);
        assert_eq!(components.members(2), &[6, 7]);
        assert_eq!(components.members(3), &[0]);
        assert_eq!(components.label(7), 2);
        assert_eq!(components.count(), 4);
    }
}
