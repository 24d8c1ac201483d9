//! The algorithms against plain, obviously correct ones: breadth-first search from each end,
//! all-pairs shortest-path counting, union-find; on the world's twinning graph
//! (`data/world/`) and on small graphs.

use std::collections::{BTreeSet, HashMap, VecDeque};

use network::{Components, Graph, betweenness, shortest_paths};

/// The world's twinning graph: vertices in file order, link `i` the `i`-th line of links.
fn world() -> Graph {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/world/");
    let nodes = std::fs::read_to_string(format!("{root}nodes.tsv")).expect("nodes.tsv");
    let links = std::fs::read_to_string(format!("{root}links.tsv")).expect("links.tsv");
    let index: HashMap<&str, u32> = nodes
        .lines()
        .skip(1)
        .enumerate()
        .map(|(i, line)| (line.split('\t').next().expect("id"), i as u32))
        .collect();
    let edges: Vec<(u32, u32, u32)> = links
        .lines()
        .skip(1)
        .enumerate()
        .map(|(i, line)| {
            let (a, b) = line.split_once('\t').expect("two columns");
            (index[a], index[b.trim()], i as u32)
        })
        .collect();
    assert!(edges.len() > 10_000 && index.len() > 5_000);
    Graph::new(index.len(), edges)
}

/// A small deterministic generator (xorshift), enough to pick pairs.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}

fn distances(graph: &Graph, from: u32) -> Vec<u32> {
    let mut distance = vec![u32::MAX; graph.vertex_count()];
    distance[from as usize] = 0;
    let mut queue = VecDeque::from([from]);
    while let Some(vertex) = queue.pop_front() {
        for &neighbour in graph.neighbours(vertex) {
            if distance[neighbour as usize] == u32::MAX {
                distance[neighbour as usize] = distance[vertex as usize] + 1;
                queue.push_back(neighbour);
            }
        }
    }
    distance
}

/// Every shortest path as (vertices, links), by plain BFS from both ends, or `None` past `cap`.
fn plain_shortest_paths(
    graph: &Graph,
    from: u32,
    to: u32,
    cap: usize,
) -> Option<Vec<(Vec<u32>, Vec<u32>)>> {
    let (source, target) = (distances(graph, from), distances(graph, to));
    let length = source[to as usize];
    let mut found = Vec::new();
    if length == u32::MAX {
        return Some(found);
    }
    fn walk(
        graph: &Graph,
        source: &[u32],
        target: &[u32],
        length: u32,
        path: &mut (Vec<u32>, Vec<u32>),
        found: &mut Vec<(Vec<u32>, Vec<u32>)>,
        cap: usize,
    ) -> bool {
        let vertex = *path.0.last().unwrap();
        if target[vertex as usize] == 0 {
            found.push(path.clone());
            return found.len() <= cap;
        }
        for &next in graph.neighbours(vertex) {
            if source[next as usize] == source[vertex as usize] + 1
                && source[next as usize] + target[next as usize] == length
            {
                for &link in graph.links_between(vertex, next) {
                    path.0.push(next);
                    path.1.push(link);
                    let going = walk(graph, source, target, length, path, found, cap);
                    path.0.pop();
                    path.1.pop();
                    if !going {
                        return false;
                    }
                }
            }
        }
        true
    }
    let mut path = (vec![from], Vec::new());
    walk(graph, &source, &target, length, &mut path, &mut found, cap).then_some(found)
}

#[test]
fn bidirectional_search_finds_what_plain_search_finds_on_the_world() {
    let graph = world();
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let n = graph.vertex_count();
    let mut compared = 0;
    for _ in 0..300 {
        let (from, to) = (random.below(n) as u32, random.below(n) as u32);
        let expected = plain_shortest_paths(&graph, from, to, 500);
        let found = shortest_paths(&graph, from, to, 64, 501);
        let plain_length = distances(&graph, from)[to as usize];
        match found.first() {
            Some(path) => assert_eq!(path.hops() as u32, plain_length, "{from} → {to}"),
            None => assert_eq!(plain_length, u32::MAX, "{from} → {to}"),
        }
        assert!(found.iter().all(|path| path.hops() == found[0].hops()));
        if let Some(expected) = expected {
            // The same paths, in lexicographic order.
            let found: Vec<(Vec<u32>, Vec<u32>)> =
                found.into_iter().map(|p| (p.vertices, p.links)).collect();
            assert_eq!(found, expected, "{from} → {to}");
            compared += 1;
        }
        // Bounded by hops: one short of the distance finds nothing.
        if plain_length != u32::MAX && plain_length > 1 {
            assert!(shortest_paths(&graph, from, to, plain_length - 1, 10).is_empty());
            assert!(!shortest_paths(&graph, from, to, plain_length, 10).is_empty());
        }
    }
    assert!(
        compared > 200,
        "only {compared} pairs compared path for path"
    );
}

/// Betweenness by counting: for every pair s < t and every v, σ_st(v) / σ_st, where
/// σ_st(v) = σ_sv · σ_vt when d(s, v) + d(v, t) = d(s, t).
fn naive_betweenness(graph: &Graph) -> Vec<f64> {
    let n = graph.vertex_count();
    let all: Vec<Vec<u32>> = (0..n as u32).map(|v| distances(graph, v)).collect();
    let counts: Vec<Vec<f64>> = (0..n as u32)
        .map(|s| {
            let d = &all[s as usize];
            let mut order: Vec<u32> = (0..n as u32)
                .filter(|&v| d[v as usize] != u32::MAX)
                .collect();
            order.sort_by_key(|&v| d[v as usize]);
            let mut sigma = vec![0.0; n];
            sigma[s as usize] = 1.0;
            for &v in &order {
                for &w in graph.neighbours(v) {
                    if d[w as usize] == d[v as usize] + 1 {
                        sigma[w as usize] += sigma[v as usize];
                    }
                }
            }
            sigma
        })
        .collect();
    let mut centrality = vec![0.0; n];
    for s in 0..n {
        for t in s + 1..n {
            let dst = all[s][t];
            if dst == u32::MAX {
                continue;
            }
            for v in 0..n {
                if v != s
                    && v != t
                    && all[s][v] != u32::MAX
                    && all[v][t] != u32::MAX
                    && all[s][v] + all[v][t] == dst
                {
                    centrality[v] += counts[s][v] * counts[v][t] / counts[s][t];
                }
            }
        }
    }
    centrality
}

fn assert_close(found: &[f64], expected: &[f64]) {
    assert_eq!(found.len(), expected.len());
    for (v, (a, b)) in found.iter().zip(expected).enumerate() {
        assert!(
            (a - b).abs() < 1e-9 * b.abs().max(1.0),
            "vertex {v}: {a} ≠ {b}"
        );
    }
}

fn edges(pairs: &[(u32, u32)]) -> Vec<(u32, u32, u32)> {
    pairs
        .iter()
        .enumerate()
        .map(|(i, &(a, b))| (a, b, i as u32))
        .collect()
}

#[test]
fn brandes_equals_counting_on_small_graphs() {
    let path = Graph::new(5, edges(&[(0, 1), (1, 2), (2, 3), (3, 4)]));
    assert_close(&betweenness(&path), &[0.0, 3.0, 4.0, 3.0, 0.0]);
    let star = Graph::new(5, edges(&[(0, 1), (0, 2), (0, 3), (0, 4)]));
    assert_close(&betweenness(&star), &[6.0, 0.0, 0.0, 0.0, 0.0]);
    let cycle = Graph::new(6, edges(&[(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0)]));
    assert_close(&betweenness(&cycle), &[2.0; 6]);
    // Two triangles joined by the edge 2–3, and a second link 0–1 that changes nothing.
    let joined = Graph::new(
        6,
        edges(&[
            (0, 1),
            (1, 2),
            (2, 0),
            (2, 3),
            (3, 4),
            (4, 5),
            (5, 3),
            (1, 0),
        ]),
    );
    assert_close(&betweenness(&joined), &[0.0, 0.0, 6.0, 6.0, 0.0, 0.0]);
    for graph in [&path, &star, &cycle, &joined] {
        assert_close(&betweenness(graph), &naive_betweenness(graph));
    }
    // An empty graph and a lonely vertex.
    assert!(betweenness(&Graph::new(0, [])).is_empty());
    assert_close(&betweenness(&Graph::new(1, [])), &[0.0]);
}

fn random_graph(vertices: usize, edge_count: usize, seed: u64) -> Graph {
    let mut random = Random(seed);
    let pairs: Vec<(u32, u32)> = (0..edge_count)
        .map(|_| (random.below(vertices) as u32, random.below(vertices) as u32))
        .collect();
    Graph::new(vertices, edges(&pairs))
}

#[test]
fn brandes_equals_counting_on_a_random_graph() {
    // Sparse enough to leave several components and many ties.
    let graph = random_graph(200, 260, 7);
    assert_close(&betweenness(&graph), &naive_betweenness(&graph));
}

/// Components by union-find.
fn union_find(graph: &Graph) -> Vec<usize> {
    let n = graph.vertex_count();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut v: usize) -> usize {
        while parent[v] != v {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        v
    }
    for v in 0..n {
        for &w in graph.neighbours(v as u32) {
            let (a, b) = (root(&mut parent, v), root(&mut parent, w as usize));
            parent[a.max(b)] = a.min(b);
        }
    }
    (0..n).map(|v| root(&mut parent, v)).collect()
}

#[test]
fn components_equal_union_find() {
    for graph in [world(), random_graph(200, 150, 11), Graph::new(3, [])] {
        let components = Components::of(&graph);
        let roots = union_find(&graph);
        let n = graph.vertex_count();
        // Same partition: two vertices share a component exactly when they share a root.
        let mut sets: HashMap<usize, BTreeSet<u32>> = HashMap::new();
        for (v, &root) in roots.iter().enumerate() {
            sets.entry(root).or_default().insert(v as u32);
        }
        assert_eq!(components.count(), sets.len());
        let mut expected: Vec<(usize, u32)> = sets
            .values()
            .map(|s| (s.len(), *s.first().unwrap()))
            .collect();
        expected.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (label, (size, smallest)) in expected.iter().enumerate() {
            let members = components.members(label as u32);
            assert_eq!(members.len(), *size);
            assert_eq!(members[0], *smallest);
            let set = &sets[&roots[*smallest as usize]];
            assert!(
                members
                    .iter()
                    .all(|v| set.contains(v) && components.label(*v) == label as u32)
            );
        }
        assert_eq!(
            components
                .sizes()
                .iter()
                .map(|&s| s as usize)
                .sum::<usize>(),
            n
        );
    }
}

#[test]
fn betweenness_of_the_world_is_quick_and_consistent() {
    let graph = world();
    let started = std::time::Instant::now();
    let values = betweenness(&graph);
    let took = started.elapsed();
    eprintln!("betweenness of {} cities: {took:?}", graph.vertex_count());
    assert!(took.as_secs() < 20, "{took:?}");
    // Every value is a share of the pairs of the other vertices.
    let n = graph.vertex_count() as f64;
    assert!(
        values
            .iter()
            .all(|&v| (0.0..=(n - 1.0) * (n - 2.0) / 2.0).contains(&v))
    );
    // A vertex of degree one lies between no pair.
    let leaf = (0..graph.vertex_count() as u32)
        .find(|&v| graph.degree(v) == 1)
        .unwrap();
    assert_eq!(values[leaf as usize], 0.0);
}

#[test]
fn paths_between_hubs_cost_their_balls_not_their_trails() {
    // The busiest cities, where a walk of every trail explodes: eight hops allowed.
    let graph = world();
    let mut hubs: Vec<u32> = (0..graph.vertex_count() as u32).collect();
    hubs.sort_by_key(|&v| std::cmp::Reverse(graph.degree(v)));
    hubs.truncate(12);
    let started = std::time::Instant::now();
    let mut searched = 0;
    for &from in &hubs {
        for &to in &hubs {
            let paths = shortest_paths(&graph, from, to, 8, 10);
            assert!(paths.len() <= 10);
            if from != to && !paths.is_empty() {
                let plain = distances(&graph, from)[to as usize];
                assert_eq!(paths[0].hops() as u32, plain);
            }
            searched += 1;
        }
    }
    let took = started.elapsed();
    eprintln!("{searched} searches between hubs: {took:?}");
    assert!(
        took.as_secs_f64() < 2.0,
        "{searched} searches took {took:?}"
    );
}
