//! The exact core of the rostering: give each slot (a session's trainer or backup role)
//! at most one of the persons eligible for it, so that nobody holds two overlapping
//! slots and nobody exceeds a capacity per month; cover as many slots as possible, and
//! among those choose the assignment of least (convex) cost.
//!
//! The relaxation is a min-cost flow: source → slot → (person, overlap cluster, month)
//! → (person, month) → person → sink. The arc out of (person, cluster, month) carries
//! at most the largest number of pairwise disjoint slots of that person in that cluster
//! (1 when they all overlap, which is the common case: then the flow is exact); the
//! (person, month) and person nodes reach the sink through unit arcs whose costs are the
//! marginal costs of one more duty, non-decreasing, so the flow pays a convex cost.
//!
//! When the flow puts two overlapping slots on one person (possible only in a cluster
//! whose slots do not all overlap each other), branch and bound splits on that conflict:
//! one branch forbids the person the first slot, the other the second. Every feasible
//! assignment survives in one of the branches, and the flow of a branch bounds (covered,
//! cost) of everything below it lexicographically, so the search ends with an optimum —
//! unless it hits the node limit, which the outcome says.

use super::flow::Graph;
use jiff::civil::DateTime;
use std::collections::{BTreeMap, HashSet};

pub(crate) struct Slot {
    pub start: DateTime,
    pub end: DateTime,
    /// Slots that overlap, directly or through a chain of overlaps, share a cluster.
    pub cluster: usize,
    /// Index into the problem's months (the person's capacity is per month).
    pub month: usize,
    /// The persons who may hold this slot (local indices).
    pub eligible: Vec<usize>,
}

pub(crate) struct Problem {
    pub slots: Vec<Slot>,
    /// Per person, per month: the marginal cost of each further duty in that month,
    /// non-decreasing; the length is the capacity.
    pub month_costs: Vec<BTreeMap<usize, Vec<i64>>>,
    /// Per person: the marginal cost of each further duty over the whole problem,
    /// non-decreasing; the length is the capacity.
    pub total_costs: Vec<Vec<i64>>,
}

pub(crate) struct Outcome {
    pub chosen: Vec<Option<usize>>,
    /// False when the branch and bound stopped at its node limit.
    pub proven: bool,
    /// Branch-and-bound nodes (flow problems) solved.
    pub nodes: usize,
}

#[derive(Clone)]
struct Candidate {
    chosen: Vec<Option<usize>>,
    covered: usize,
    cost: i64,
}

fn better(a: &Candidate, b: &Candidate) -> bool {
    a.covered > b.covered || (a.covered == b.covered && a.cost < b.cost)
}

fn overlaps(a: &Slot, b: &Slot) -> bool {
    a.start < b.end && b.start < a.end
}

pub(crate) fn solve(p: &Problem, node_limit: usize) -> Outcome {
    let root = relax(p, &HashSet::new());
    let mut nodes = 1;
    if conflict(p, &root.chosen).is_none() {
        return Outcome { chosen: root.chosen, proven: true, nodes };
    }
    let mut best = repair(p, &root.chosen);
    let mut stack: Vec<(HashSet<(usize, usize)>, Candidate)> = vec![(HashSet::new(), root)];
    let mut proven = true;
    while let Some((forbidden, node)) = stack.pop() {
        if !better(&node, &best) {
            continue;
        }
        let Some((person, a, b)) = conflict(p, &node.chosen) else {
            best = node;
            continue;
        };
        if nodes >= node_limit {
            proven = false;
            break;
        }
        let mut children = Vec::with_capacity(2);
        for slot in [a, b] {
            let mut f = forbidden.clone();
            f.insert((slot, person));
            let child = relax(p, &f);
            nodes += 1;
            if !better(&child, &best) {
                continue;
            }
            if conflict(p, &child.chosen).is_none() {
                best = child;
                continue;
            }
            let fixed = repair(p, &child.chosen);
            if better(&fixed, &best) {
                best = fixed;
            }
            children.push((f, child));
        }
        // Depth first, the more promising child first.
        children.sort_by(|x, y| {
            if better(&x.1, &y.1) {
                std::cmp::Ordering::Greater
            } else if better(&y.1, &x.1) {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Equal
            }
        });
        stack.extend(children);
    }
    if !proven {
        // Stopped early: make sure at least nobody free is left idle next to a gap.
        let filled = repair(p, &best.chosen);
        if better(&filled, &best) {
            best = filled;
        }
    }
    Outcome { chosen: best.chosen, proven, nodes }
}

/// The flow relaxation with some (slot, person) pairs forbidden.
fn relax(p: &Problem, forbidden: &HashSet<(usize, usize)>) -> Candidate {
    let mut g = Graph::new();
    let src = g.add_node();
    let sink = g.add_node();
    let slot_nodes: Vec<usize> = p.slots.iter().map(|_| g.add_node()).collect();
    // (person, cluster, month) → its slots.
    let mut groups: BTreeMap<(usize, usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, s) in p.slots.iter().enumerate() {
        for &person in &s.eligible {
            if !forbidden.contains(&(i, person)) {
                groups.entry((person, s.cluster, s.month)).or_default().push(i);
            }
        }
    }
    let mut person_nodes: BTreeMap<usize, usize> = BTreeMap::new();
    let mut month_nodes: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut slot_arcs: Vec<(usize, usize, usize)> = Vec::new(); // (arc, slot, person)
    for &n in &slot_nodes {
        g.add_arc(src, n, 1, 0);
    }
    for (&(person, _, month), slots) in &groups {
        let Some(month_caps) = p.month_costs.get(person).and_then(|m| m.get(&month)) else {
            continue;
        };
        if month_caps.is_empty() {
            continue;
        }
        let pn = match person_nodes.get(&person) {
            Some(&n) => n,
            None => {
                let n = g.add_node();
                for &c in p.total_costs.get(person).map(Vec::as_slice).unwrap_or(&[]) {
                    g.add_arc(n, sink, 1, c);
                }
                person_nodes.insert(person, n);
                n
            }
        };
        let mn = match month_nodes.get(&(person, month)) {
            Some(&n) => n,
            None => {
                let n = g.add_node();
                for &c in month_caps {
                    g.add_arc(n, pn, 1, c);
                }
                month_nodes.insert((person, month), n);
                n
            }
        };
        let gn = g.add_node();
        g.add_arc(gn, mn, disjoint(p, slots) as i32, 0);
        for &i in slots {
            let a = g.add_arc(slot_nodes[i], gn, 1, 0);
            slot_arcs.push((a, i, person));
        }
    }
    let (flow, cost) = g.min_cost_max_flow(src, sink);
    let mut chosen = vec![None; p.slots.len()];
    for (a, i, person) in slot_arcs {
        if g.flow(a) > 0 {
            chosen[i] = Some(person);
        }
    }
    Candidate { chosen, covered: flow as usize, cost }
}

/// The largest number of pairwise disjoint slots among `slots` (earliest end first).
fn disjoint(p: &Problem, slots: &[usize]) -> usize {
    let mut by_end: Vec<&Slot> = slots.iter().map(|&i| &p.slots[i]).collect();
    by_end.sort_by_key(|s| s.end);
    let mut n = 0;
    let mut free_from: Option<DateTime> = None;
    for s in by_end {
        if free_from.is_none_or(|f| s.start >= f) {
            n += 1;
            free_from = Some(s.end);
        }
    }
    n
}

/// A person holding two overlapping slots, if any: (person, slot, slot).
fn conflict(p: &Problem, chosen: &[Option<usize>]) -> Option<(usize, usize, usize)> {
    let mut by_person: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, c) in chosen.iter().enumerate() {
        if let Some(person) = c {
            by_person.entry(*person).or_default().push(i);
        }
    }
    for (person, mut slots) in by_person {
        slots.sort_by_key(|&i| (p.slots[i].start, p.slots[i].end));
        let mut longest: Option<usize> = None;
        for i in slots {
            if let Some(l) = longest {
                if overlaps(&p.slots[l], &p.slots[i]) {
                    return Some((person, l, i));
                }
                if p.slots[i].end > p.slots[l].end {
                    longest = Some(i);
                }
            } else {
                longest = Some(i);
            }
        }
    }
    None
}

/// The cost of an assignment, or None when it exceeds a capacity.
fn cost_of(p: &Problem, chosen: &[Option<usize>]) -> Option<i64> {
    let mut per_month: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut per_person: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, c) in chosen.iter().enumerate() {
        if let Some(person) = c {
            *per_month.entry((*person, p.slots[i].month)).or_default() += 1;
            *per_person.entry(*person).or_default() += 1;
        }
    }
    let mut cost = 0;
    for ((person, month), n) in per_month {
        let caps = p.month_costs.get(person)?.get(&month)?;
        cost += caps.get(..n)?.iter().sum::<i64>();
    }
    for (person, n) in per_person {
        cost += p.total_costs.get(person)?.get(..n)?.iter().sum::<i64>();
    }
    Some(cost)
}

/// A feasible assignment made from a relaxed one: drop the overlaps, then give the
/// uncovered slots to whoever is still free, cheapest first.
fn repair(p: &Problem, relaxed: &[Option<usize>]) -> Candidate {
    let mut chosen = relaxed.to_vec();
    // Per person, keep the slots that end earliest without overlapping.
    let mut by_person: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, c) in chosen.iter().enumerate() {
        if let Some(person) = c {
            by_person.entry(*person).or_default().push(i);
        }
    }
    let mut held: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (person, mut slots) in by_person {
        slots.sort_by_key(|&i| (p.slots[i].end, p.slots[i].start));
        let mut kept: Vec<usize> = Vec::new();
        for i in slots {
            if kept.iter().any(|&k| overlaps(&p.slots[k], &p.slots[i])) {
                chosen[i] = None;
            } else {
                kept.push(i);
            }
        }
        held.insert(person, kept);
    }
    let mut per_month: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut per_person: BTreeMap<usize, usize> = BTreeMap::new();
    for (person, slots) in &held {
        for &i in slots {
            *per_month.entry((*person, p.slots[i].month)).or_default() += 1;
            *per_person.entry(*person).or_default() += 1;
        }
    }
    for (i, s) in p.slots.iter().enumerate() {
        if chosen[i].is_some() {
            continue;
        }
        let mut pick: Option<(i64, usize)> = None;
        for &person in &s.eligible {
            let m = per_month.get(&(person, s.month)).copied().unwrap_or(0);
            let t = per_person.get(&person).copied().unwrap_or(0);
            let (Some(mc), Some(tc)) = (
                p.month_costs.get(person).and_then(|x| x.get(&s.month)).and_then(|x| x.get(m)),
                p.total_costs.get(person).and_then(|x| x.get(t)),
            ) else {
                continue;
            };
            if held.get(&person).is_some_and(|h| h.iter().any(|&k| overlaps(&p.slots[k], s))) {
                continue;
            }
            let c = mc + tc;
            if pick.is_none_or(|(pc, _)| c < pc) {
                pick = Some((c, person));
            }
        }
        if let Some((_, person)) = pick {
            chosen[i] = Some(person);
            held.entry(person).or_default().push(i);
            *per_month.entry((person, s.month)).or_default() += 1;
            *per_person.entry(person).or_default() += 1;
        }
    }
    let covered = chosen.iter().filter(|c| c.is_some()).count();
    let cost = cost_of(p, &chosen).unwrap_or(i64::MAX);
    Candidate { chosen, covered, cost }
}
