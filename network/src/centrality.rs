//! Betweenness centrality (Brandes' algorithm) and competition ranks.

use std::num::NonZeroUsize;
use std::thread;

use crate::Graph;

/// How many blocks the sources are split into. Fixed, so that the partial sums are added in the
/// same order on any machine and the figures are the same to the last bit whatever the number of
/// threads.
const BLOCKS: usize = 16;

/// The exact betweenness of every vertex of an unweighted undirected graph: for each vertex,
/// the sum over unordered pairs of other vertices of the share of their shortest paths through
/// it (parallel edges count once). Brandes' algorithm: one breadth-first search per source,
/// the sources split into [`BLOCKS`] blocks shared among the available threads; each pair is
/// seen from both ends, so the directed sum is halved.
pub fn betweenness(graph: &Graph) -> Vec<f64> {
    let n = graph.vertex_count();
    let block = n.div_ceil(BLOCKS).max(1);
    let blocks: Vec<std::ops::Range<usize>> = (0..n)
        .step_by(block)
        .map(|start| start..(start + block).min(n))
        .collect();
    let threads = thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .clamp(1, blocks.len().max(1));
    let mut partials: Vec<(usize, Vec<f64>)> = thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                let blocks = &blocks;
                scope.spawn(move || {
                    let mut work = Brandes::new(n);
                    let mut sums = Vec::new();
                    for (number, sources) in blocks.iter().enumerate().skip(worker).step_by(threads)
                    {
                        work.centrality = vec![0.0; n];
                        for source in sources.clone() {
                            work.accumulate(graph, crate::graph::index(source));
                        }
                        sums.push((number, std::mem::take(&mut work.centrality)));
                    }
                    sums
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("a betweenness worker panicked"))
            .collect()
    });
    partials.sort_by_key(|(number, _)| *number);
    let mut total = vec![0.0; n];
    for (_, partial) in partials {
        for (sum, value) in total.iter_mut().zip(partial) {
            *sum += value;
        }
    }
    for value in &mut total {
        *value /= 2.0;
    }
    total
}

/// One thread's buffers, reused from source to source.
struct Brandes {
    centrality: Vec<f64>,
    distance: Vec<u32>,
    paths: Vec<f64>,
    dependency: Vec<f64>,
    order: Vec<u32>,
}

impl Brandes {
    fn new(n: usize) -> Self {
        Self {
            centrality: vec![0.0; n],
            distance: vec![u32::MAX; n],
            paths: vec![0.0; n],
            dependency: vec![0.0; n],
            order: Vec::with_capacity(n),
        }
    }

    fn accumulate(&mut self, graph: &Graph, source: u32) {
        for &vertex in &self.order {
            self.distance[vertex as usize] = u32::MAX;
            self.paths[vertex as usize] = 0.0;
            self.dependency[vertex as usize] = 0.0;
        }
        self.order.clear();
        self.distance[source as usize] = 0;
        self.paths[source as usize] = 1.0;
        self.order.push(source);
        // The queue is `order` itself: vertices are appended in the order they are reached.
        let mut head = 0;
        while head < self.order.len() {
            let vertex = self.order[head];
            head += 1;
            let next = self.distance[vertex as usize] + 1;
            for &neighbour in graph.neighbours(vertex) {
                let seen = &mut self.distance[neighbour as usize];
                if *seen == u32::MAX {
                    *seen = next;
                    self.order.push(neighbour);
                }
                if *seen == next {
                    self.paths[neighbour as usize] += self.paths[vertex as usize];
                }
            }
        }
        // Dependencies flow back from the farthest vertices; predecessors are the neighbours
        // one step closer, so no predecessor lists are kept.
        for &vertex in self.order.iter().rev() {
            let v = vertex as usize;
            let closer = self.distance[v].wrapping_sub(1);
            let share = (1.0 + self.dependency[v]) / self.paths[v];
            for &neighbour in graph.neighbours(vertex) {
                let w = neighbour as usize;
                if self.distance[w] == closer {
                    self.dependency[w] += self.paths[w] * share;
                }
            }
            if vertex != source {
                self.centrality[v] += self.dependency[v];
            }
        }
    }
}

/// Competition ranks ("1224") of `values`, highest first: equal values share a rank, and the
/// next value's rank counts every value above it.
pub fn competition_ranks<T: PartialOrd + Copy>(values: &[T]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| {
        values[b]
            .partial_cmp(&values[a])
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut ranks = vec![0u32; values.len()];
    for (place, &vertex) in order.iter().enumerate() {
        ranks[vertex] = if place > 0 && values[order[place - 1]] == values[vertex] {
            ranks[order[place - 1]]
        } else {
            crate::graph::index(place + 1)
        };
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_share_a_rank() {
        assert_eq!(competition_ranks(&[3, 5, 5, 1, 3]), vec![3, 1, 1, 5, 3]);
        assert_eq!(competition_ranks::<f64>(&[]), Vec::<u32>::new());
    }
}
