//! Minimum-cost maximum flow with non-negative integer costs.
//!
//! Primal–dual: Dijkstra with node potentials (reduced costs stay non-negative) finds
//! the length of the shortest augmenting path; then a blocking flow (Dinic) on the arcs
//! of reduced cost zero pushes every shortest path of that length at once. The result
//! is a maximum flow of minimum cost among maximum flows (successive shortest paths).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

const INF: i64 = i64::MAX / 4;

pub(crate) struct Graph {
    adj: Vec<Vec<u32>>,
    to: Vec<u32>,
    cap: Vec<i32>,
    cost: Vec<i64>,
}

impl Graph {
    pub fn new() -> Self {
        Graph { adj: Vec::new(), to: Vec::new(), cap: Vec::new(), cost: Vec::new() }
    }

    pub fn add_node(&mut self) -> usize {
        self.adj.push(Vec::new());
        self.adj.len() - 1
    }

    /// An arc u → v; returns its index (the reverse arc is `index ^ 1`). `cost` ≥ 0.
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

    /// Pushes as much flow as possible from `s` to `t` at the least cost; returns
    /// (flow, cost).
    pub fn min_cost_max_flow(&mut self, s: usize, t: usize) -> (i64, i64) {
        let n = self.adj.len();
        let mut pi = vec![0i64; n];
        let mut dist = vec![INF; n];
        let mut level = vec![u32::MAX; n];
        let mut next = vec![0usize; n];
        let mut heap = BinaryHeap::new();
        let mut queue = Vec::with_capacity(n);
        let mut total_flow = 0i64;
        loop {
            // Shortest distances in reduced costs.
            dist.iter_mut().for_each(|d| *d = INF);
            dist[s] = 0;
            heap.push(Reverse((0i64, s as u32)));
            while let Some(Reverse((d, u))) = heap.pop() {
                let u = u as usize;
                if d > dist[u] {
                    continue;
                }
                for &a in &self.adj[u] {
                    let a = a as usize;
                    if self.cap[a] > 0 {
                        let v = self.to[a] as usize;
                        let nd = d + self.cost[a] + pi[u] - pi[v];
                        if nd < dist[v] {
                            dist[v] = nd;
                            heap.push(Reverse((nd, v as u32)));
                        }
                    }
                }
            }
            if dist[t] >= INF {
                break;
            }
            let dt = dist[t];
            for v in 0..n {
                pi[v] += dist[v].min(dt);
            }
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
                        if self.cap[a] > 0 && level[v] == u32::MAX && self.cost[a] + pi[u] - pi[v] == 0 {
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
                    let f = self.push(s, t, i32::MAX, &level, &mut next, &pi);
                    if f == 0 {
                        break;
                    }
                    total_flow += i64::from(f);
                }
            }
        }
        let mut total_cost = 0i64;
        for a in (0..self.to.len()).step_by(2) {
            total_cost += self.cost[a] * i64::from(self.cap[a + 1]);
        }
        (total_flow, total_cost)
    }

    fn push(&mut self, u: usize, t: usize, limit: i32, level: &[u32], next: &mut [usize], pi: &[i64]) -> i32 {
        if u == t {
            return limit;
        }
        while next[u] < self.adj[u].len() {
            let a = self.adj[u][next[u]] as usize;
            let v = self.to[a] as usize;
            if self.cap[a] > 0 && level[v] == level[u] + 1 && self.cost[a] + pi[u] - pi[v] == 0 {
                let f = self.push(v, t, limit.min(self.cap[a]), level, next, pi);
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
        assert_eq!(g.min_cost_max_flow(s, t), (2, 6));
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
        assert_eq!(g.min_cost_max_flow(s, t), (2, 3));
    }
}
