//! Minimum-cost maximum flow with non-negative integer costs.
//!
//! Primal–dual: Dijkstra with node potentials (reduced costs stay non-negative) finds
//! the length of the shortest augmenting path; then a blocking flow (Dinic) on the arcs
//! of reduced cost zero pushes every shortest path of that length at once. The result
//! is a maximum flow of minimum cost among maximum flows (successive shortest paths).
//!
//! After a solve the graph keeps its potentials, so an arc can be forbidden afterwards
//! and the optimum restored with one or two shortest paths instead of a new solve
//! ([`Graph::forbid`]): the branch and bound's children cost little.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

const INF: i64 = i64::MAX / 4;
const NONE: u32 = u32::MAX;

#[derive(Clone)]
pub(crate) struct Graph {
    adj: Vec<Vec<u32>>,
    to: Vec<u32>,
    cost: Vec<i64>,
    cap: Vec<i32>,
    /// Node potentials: every residual arc has cost + pi[u] − pi[v] ≥ 0.
    pi: Vec<i64>,
    value: i64,
}

/// What a solve changes (residual capacities, potentials, value): saved and restored
/// by the branch and bound, the structure stays.
#[derive(Clone)]
pub(crate) struct State {
    cap: Vec<i32>,
    pi: Vec<i64>,
    value: i64,
}

impl Graph {
    pub fn new() -> Self {
        Graph { adj: Vec::new(), to: Vec::new(), cost: Vec::new(), cap: Vec::new(), pi: Vec::new(), value: 0 }
    }

    pub fn save(&self) -> State {
        State { cap: self.cap.clone(), pi: self.pi.clone(), value: self.value }
    }

    pub fn restore(&mut self, s: &State) {
        self.cap.clone_from(&s.cap);
        self.pi.clone_from(&s.pi);
        self.value = s.value;
    }

    pub fn add_node(&mut self) -> usize {
        self.adj.push(Vec::new());
        self.pi.push(0);
        self.adj.len() - 1
    }

    /// An arc u → v; returns its index (the reverse arc is `index ^ 1`). `cost` ≥ 0.
    /// Arcs are added before the first solve.
    pub fn add_arc(&mut self, u: usize, v: usize, cap: i32, cost: i64) -> usize {
        debug_assert!(cost >= 0);
        let a = self.to.len();
        self.to.push(v as u32);
        self.cap.push(cap);
        self.cost.push(cost);
        self.adj[u].push(a as u32);
        self.to.push(u as u32);
        self.cap.push(0);
        self.cost.push(-cost);
        self.adj[v].push(a as u32 + 1);
        a
    }

    /// The flow on arc `a` (as returned by `add_arc`).
    pub fn flow(&self, a: usize) -> i32 {
        self.cap[a ^ 1]
    }

    /// The flow value from the source.
    pub fn value(&self) -> i64 {
        self.value
    }

    /// The total cost of the current flow.
    pub fn cost(&self) -> i64 {
        (0..self.to.len()).step_by(2).map(|a| self.cost[a] * i64::from(self.cap[a + 1])).sum()
    }

    fn reduced(&self, a: usize, u: usize) -> i64 {
        self.cost[a] + self.pi[u] - self.pi[self.to[a] as usize]
    }

    /// Dijkstra in reduced costs from `from`, stopping once `to` is settled; fills
    /// `dist` (exact up to `to`'s distance, larger for the nodes not settled) and `pred`
    /// (the arc into a node). [`Graph::settle`] caps at `to`'s distance, so the
    /// distances past it need not be exact.
    fn dijkstra(
        &self,
        from: usize,
        to: usize,
        dist: &mut [i64],
        pred: &mut [u32],
        heap: &mut BinaryHeap<Reverse<(i64, u32)>>,
    ) {
        dist.iter_mut().for_each(|d| *d = INF);
        pred.iter_mut().for_each(|p| *p = NONE);
        dist[from] = 0;
        heap.clear();
        heap.push(Reverse((0, from as u32)));
        while let Some(Reverse((d, u))) = heap.pop() {
            let u = u as usize;
            if d > dist[u] {
                continue;
            }
            if u == to {
                break;
            }
            for &a in &self.adj[u] {
                let a = a as usize;
                if self.cap[a] > 0 {
                    let v = self.to[a] as usize;
                    let nd = d + self.reduced(a, u);
                    if nd < dist[v] {
                        dist[v] = nd;
                        pred[v] = a as u32;
                        heap.push(Reverse((nd, v as u32)));
                    }
                }
            }
        }
    }

    /// Raises the potentials by the distances, capped at the target's: reduced costs
    /// stay non-negative and the shortest paths to the target get reduced cost zero.
    fn settle(&mut self, dist: &[i64], target: usize) {
        let dt = dist[target];
        for (p, d) in self.pi.iter_mut().zip(dist) {
            *p += (*d).min(dt);
        }
    }

    /// Pushes one unit along the `pred` path ending at `to`.
    fn augment(&mut self, from: usize, to: usize, pred: &[u32]) {
        let mut v = to;
        while v != from {
            let a = pred[v] as usize;
            self.cap[a] -= 1;
            self.cap[a ^ 1] += 1;
            v = self.to[a ^ 1] as usize;
        }
    }

    /// Pushes as much flow as possible from `s` to `t` at the least cost.
    pub fn min_cost_max_flow(&mut self, s: usize, t: usize) {
        let n = self.adj.len();
        let mut dist = vec![INF; n];
        let mut pred = vec![NONE; n];
        let mut level = vec![u32::MAX; n];
        let mut next = vec![0usize; n];
        let mut heap = BinaryHeap::new();
        let mut queue = Vec::with_capacity(n);
        loop {
            self.dijkstra(s, t, &mut dist, &mut pred, &mut heap);
            if dist[t] >= INF {
                break;
            }
            self.settle(&dist, t);
            // Blocking flows on the admissible arcs (residual, reduced cost zero).
            loop {
                level.iter_mut().for_each(|l| *l = u32::MAX);
                level[s] = 0;
                queue.clear();
                queue.push(s);
                let mut head = 0;
                while head < queue.len() {
                    let u = queue[head];
                    head += 1;
                    for &a in &self.adj[u] {
                        let a = a as usize;
                        let v = self.to[a] as usize;
                        if self.cap[a] > 0 && level[v] == u32::MAX && self.reduced(a, u) == 0 {
                            level[v] = level[u] + 1;
                            queue.push(v);
                        }
                    }
                }
                if level[t] == u32::MAX {
                    break;
                }
                next.iter_mut().for_each(|x| *x = 0);
                loop {
                    let f = self.push(s, t, i32::MAX, &level, &mut next);
                    if f == 0 {
                        break;
                    }
                    self.value += i64::from(f);
                }
            }
        }
    }

    fn push(&mut self, u: usize, t: usize, limit: i32, level: &[u32], next: &mut [usize]) -> i32 {
        if u == t {
            return limit;
        }
        while next[u] < self.adj[u].len() {
            let a = self.adj[u][next[u]] as usize;
            let v = self.to[a] as usize;
            if self.cap[a] > 0 && level[v] == level[u] + 1 && self.reduced(a, u) == 0 {
                let f = self.push(v, t, limit.min(self.cap[a]), level, next);
                if f > 0 {
                    self.cap[a] -= f;
                    self.cap[a ^ 1] += f;
                    return f;
                }
            }
            next[u] += 1;
        }
        0
    }

    /// Forbids arc `x` (capacity 1) after a solve and restores a min-cost maximum flow
    /// of the smaller network. Removing the arc's unit leaves a pseudo-flow whose
    /// residual arcs all keep non-negative reduced costs — so it is optimal for its
    /// imbalances — with one unit too many at the arc's tail and one too few at its
    /// head. The shortest path from tail to head reroutes the unit at the least cost;
    /// when there is none, the maximum flow is one less: the tail's unit goes back to
    /// the source and the head's is taken back from the sink, each by a shortest path.
    pub fn forbid(&mut self, x: usize, s: usize, t: usize) {
        if self.cap[x ^ 1] == 0 {
            self.cap[x] = 0;
            return;
        }
        self.cap[x] = 0;
        self.cap[x ^ 1] = 0;
        let (tail, head) = (self.to[x ^ 1] as usize, self.to[x] as usize);
        let n = self.adj.len();
        let mut dist = vec![INF; n];
        let mut pred = vec![NONE; n];
        let mut heap = BinaryHeap::new();
        self.dijkstra(tail, head, &mut dist, &mut pred, &mut heap);
        if dist[head] < INF {
            self.settle(&dist, head);
            self.augment(tail, head, &pred);
            return;
        }
        // The source is reachable from the tail through the reversed arc that fed it,
        // and the head from the sink through the reversed arcs its unit went on by.
        for (from, to) in [(tail, s), (t, head)] {
            self.dijkstra(from, to, &mut dist, &mut pred, &mut heap);
            if dist[to] < INF {
                self.settle(&dist, to);
                self.augment(from, to, &pred);
            }
        }
        self.value -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rostering_flow_prefers_the_cheaper_route_and_saturates() {
        // Two units from s to t: one via a (cost 1), one via b (cost 5); a third cannot pass.
        let mut g = Graph::new();
        let (s, a, b, t) = (g.add_node(), g.add_node(), g.add_node(), g.add_node());
        g.add_arc(s, a, 2, 0);
        g.add_arc(s, b, 1, 0);
        let at = g.add_arc(a, t, 1, 1);
        let bt = g.add_arc(b, t, 1, 5);
        g.min_cost_max_flow(s, t);
        assert_eq!((g.value(), g.cost()), (2, 6));
        assert_eq!((g.flow(at), g.flow(bt)), (1, 1));
    }

    #[test]
    fn rostering_flow_reroutes_through_reverse_arcs() {
        // Classic: the greedy first path must be undone to reach the maximum flow of 2.
        let mut g = Graph::new();
        let n: Vec<usize> = (0..6).map(|_| g.add_node()).collect();
        let (s, x1, x2, y1, y2, t) = (n[0], n[1], n[2], n[3], n[4], n[5]);
        g.add_arc(s, x1, 1, 0);
        g.add_arc(s, x2, 1, 0);
        g.add_arc(x1, y1, 1, 0);
        g.add_arc(x1, y2, 1, 3);
        g.add_arc(x2, y1, 1, 0);
        g.add_arc(y1, t, 1, 0);
        g.add_arc(y2, t, 1, 0);
        g.min_cost_max_flow(s, t);
        assert_eq!((g.value(), g.cost()), (2, 3));
    }

    /// A random bipartite network: (graph, source, sink, the middle arcs).
    fn random_net(seed: u64) -> (Graph, usize, usize, Vec<usize>) {
        let mut x = seed;
        let mut next = move |n: u64| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 33) % n
        };
        let mut g = Graph::new();
        let (s, t) = (g.add_node(), g.add_node());
        let left: Vec<usize> = (0..6).map(|_| g.add_node()).collect();
        let right: Vec<usize> = (0..4).map(|_| g.add_node()).collect();
        for &l in &left {
            g.add_arc(s, l, 1, 0);
        }
        let mut middle = vec![];
        for &l in &left {
            for &r in &right {
                if next(2) == 0 {
                    middle.push(g.add_arc(l, r, 1, next(5) as i64));
                }
            }
        }
        for &r in &right {
            // Convex: parallel unit arcs of rising cost.
            for k in 0..next(3) + 1 {
                g.add_arc(r, t, 1, (2 * k + 1) as i64);
            }
        }
        (g, s, t, middle)
    }

    #[test]
    fn rostering_flow_forbid_equals_a_fresh_solve() {
        for seed in 0..300 {
            let (mut g, s, t, middle) = random_net(seed);
            let mut fresh = g.clone();
            g.min_cost_max_flow(s, t);
            // Forbid up to three arcs one after the other, compare with a fresh solve.
            for (k, &x) in middle.iter().enumerate().filter(|(k, _)| k % 3 == seed as usize % 3).take(3) {
                g.forbid(x, s, t);
                fresh.cap[x] = 0;
                let mut f = fresh.clone();
                f.min_cost_max_flow(s, t);
                assert_eq!((g.value(), g.cost()), (f.value(), f.cost()), "seed {seed}, step {k}");
                assert_eq!(g.flow(x), 0);
            }
        }
    }
}
