//! The exact core of the rostering: give each slot (a session's trainer or backup role)
//! at most one of the persons eligible for it, so that nobody holds two overlapping
//! slots and nobody exceeds a capacity per month; cover as many slots as possible, and
//! among those choose the assignment of least (convex) cost.
//!
//! The relaxation is a min-cost flow: source → slot → (person, overlap cluster, month)
//! → (person, month) → person → sink. When a person's slots in a cluster all overlap
//! each other (the common case), the (person, cluster, month) node passes one unit and
//! the flow is exact. Otherwise it is a time line of that person's start and end points
//! with room for one unit at a time: a slot enters at its start and leaves at an end
//! point after it; a unit can only cheat by leaving at an end that lies inside its own
//! slot. The (person, month) and person nodes reach the sink through unit arcs whose
//! costs are the marginal costs of one more duty, non-decreasing, so the flow pays a
//! convex cost.
//!
//! When the flow puts two overlapping slots on one person (possible only through that
//! cheat), branch and bound splits on that conflict: the person's slots that contain
//! the later slot's start all overlap, so the person holds at most one of them; one
//! branch forbids the person those ordered before the later slot, the other the rest.
//! Every feasible assignment survives in one of the branches, and the flow of a branch
//! bounds (covered, cost) of everything below it, so the search ends with an optimum —
//! first of the coverage, then of the cost — unless it runs out of its budget, which
//! the outcome says, with the distance to the bounds.

use super::flow::{Graph, State};
use jiff::civil::DateTime;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet};

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
    /// The number of slots covered is proven maximal.
    pub coverage_proven: bool,
    /// How many more slots the flow's upper bound leaves room for (0 when proven).
    pub coverage_gap: usize,
    /// The cost is proven least among the assignments of maximal coverage.
    pub cost_proven: bool,
    /// The cost, and how far it may be above the least (0 when proven; meaningful
    /// only when the coverage is proven).
    pub cost: i64,
    pub gap: i64,
    /// Flow problems solved (the root and one per branch).
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

/// Solves the problem: first the coverage (branch and bound depth first, at most
/// `coverage_nodes` flow problems), then, when the coverage is proven, the cost among
/// the assignments of that coverage (best first on the flow's lower bound, at most
/// `cost_nodes` more).
pub(crate) fn solve(p: &Problem, coverage_nodes: usize, cost_nodes: usize) -> Outcome {
    let mut net = build(p);
    net.g.min_cost_max_flow(net.src, net.sink);
    let root = read(p, &net, &net.g);
    let root_state = net.g.save();
    let mut nodes = 1;
    if conflict(p, &root.chosen).is_none() {
        let cost = root.cost;
        return Outcome {
            chosen: root.chosen,
            coverage_proven: true,
            coverage_gap: 0,
            cost_proven: true,
            cost,
            gap: 0,
            nodes,
        };
    }
    let mut best = repair(p, &root.chosen);

    // 1. Coverage: only branches that could cover more than the best found are worth it.
    let mut coverage_proven = true;
    let mut stack = vec![(root_state.clone(), root.clone())];
    while let Some((state, node)) = stack.pop() {
        if node.covered <= best.covered {
            continue;
        }
        let Some((person, a, b)) = conflict(p, &node.chosen) else {
            best = node;
            continue;
        };
        if nodes >= coverage_nodes {
            coverage_proven = false;
            break;
        }
        let mut children = Vec::new();
        for (child_state, child) in expand(p, &mut net, &state, person, [a, b]) {
            nodes += 1;
            if child.covered <= best.covered {
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
            children.push((child_state, child));
        }
        // Depth first, the more promising child last (popped first).
        children.sort_by(|x, y| match (better(&x.1, &y.1), better(&y.1, &x.1)) {
            (true, _) => std::cmp::Ordering::Greater,
            (_, true) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Equal,
        });
        stack.extend(children);
    }
    if !coverage_proven {
        let filled = repair(p, &best.chosen);
        if better(&filled, &best) {
            best = filled;
        }
        let (cost, coverage_gap) = (best.cost, root.covered.saturating_sub(best.covered));
        return Outcome { chosen: best.chosen, coverage_proven, coverage_gap, cost_proven: false, cost, gap: 0, nodes };
    }

    // 2. Cost among the assignments of that coverage: best first, so the smallest open
    // bound is the lower bound when the budget runs out.
    let budget = nodes.saturating_add(cost_nodes);
    let mut open: Vec<Option<(State, Candidate)>> = vec![Some((root_state, root))];
    let mut heap: BinaryHeap<Reverse<(i64, usize)>> = BinaryHeap::new();
    if let Some(Some((_, r))) = open.first()
        && r.covered == best.covered
        && r.cost < best.cost
    {
        heap.push(Reverse((r.cost, 0)));
    }
    let mut lower = best.cost;
    while let Some(Reverse((bound, id))) = heap.pop() {
        if bound >= best.cost {
            break;
        }
        let Some((state, node)) = open.get_mut(id).and_then(Option::take) else { continue };
        let Some((person, a, b)) = conflict(p, &node.chosen) else {
            best = node;
            continue;
        };
        if nodes >= budget {
            lower = bound;
            break;
        }
        for (child_state, child) in expand(p, &mut net, &state, person, [a, b]) {
            nodes += 1;
            if child.covered < best.covered || child.cost >= best.cost {
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
            heap.push(Reverse((child.cost, open.len())));
            open.push(Some((child_state, child)));
        }
    }
    let gap = (best.cost - lower).max(0);
    let cost = best.cost;
    Outcome { chosen: best.chosen, coverage_proven, coverage_gap: 0, cost_proven: gap == 0, cost, gap, nodes }
}

/// The two children of a conflict between two of a person's slots (see inside).
fn expand(p: &Problem, net: &mut Net, state: &State, person: usize, slots: [usize; 2]) -> Vec<(State, Candidate)> {
    // The person's slots that contain the moment the later of the two starts: they all
    // overlap, so the person holds at most one of them — either none of those ordered
    // before the later slot, or none of the others.
    let [a, b] = slots;
    let (first, second) =
        if (p.slots[a].start, p.slots[a].end, a) < (p.slots[b].start, p.slots[b].end, b) { (a, b) } else { (b, a) };
    let moment = p.slots[second].start;
    let key = |i: usize| (p.slots[i].start, p.slots[i].end, i);
    let clique: Vec<usize> = net
        .by_person
        .get(&person)
        .map(|v| {
            v.iter()
                .copied()
                .filter(|&i| p.slots[i].cluster == p.slots[first].cluster)
                .filter(|&i| p.slots[i].start <= moment && moment < p.slots[i].end)
                .collect()
        })
        .unwrap_or_default();
    let (before, rest): (Vec<usize>, Vec<usize>) = clique.into_iter().partition(|&i| key(i) < key(second));
    let mut out = Vec::with_capacity(2);
    for side in [before, rest] {
        net.g.restore(state);
        for i in side {
            if let Some(&arc) = net.arc_of.get(&(i, person)) {
                net.g.forbid(arc, net.src, net.sink);
            }
        }
        out.push((net.g.save(), read(p, net, &net.g)));
    }
    out
}

/// The relaxation's network, built once; branches forbid arcs of a copy.
struct Net {
    g: Graph,
    src: usize,
    sink: usize,
    /// (arc, slot, person) for every slot → person arc.
    slot_arcs: Vec<(usize, usize, usize)>,
    arc_of: HashMap<(usize, usize), usize>,
    /// Each person's slots (in slot order).
    by_person: HashMap<usize, Vec<usize>>,
}

fn read(p: &Problem, net: &Net, g: &Graph) -> Candidate {
    let mut chosen = vec![None; p.slots.len()];
    for &(a, i, person) in &net.slot_arcs {
        if g.flow(a) > 0 {
            chosen[i] = Some(person);
        }
    }
    Candidate { chosen, covered: g.value() as usize, cost: g.cost() }
}

fn build(p: &Problem) -> Net {
    let mut g = Graph::new();
    let src = g.add_node();
    let sink = g.add_node();
    let slot_nodes: Vec<usize> = p.slots.iter().map(|_| g.add_node()).collect();
    // (person, cluster, month) → its slots.
    let mut groups: BTreeMap<(usize, usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, s) in p.slots.iter().enumerate() {
        for &person in &s.eligible {
            groups.entry((person, s.cluster, s.month)).or_default().push(i);
        }
    }
    let mut person_nodes: BTreeMap<usize, usize> = BTreeMap::new();
    let mut month_nodes: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut slot_arcs: Vec<(usize, usize, usize)> = Vec::new();
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
        let latest_start = slots.iter().map(|&i| p.slots[i].start).max();
        let earliest_end = slots.iter().map(|&i| p.slots[i].end).min();
        if latest_start < earliest_end {
            // All overlap each other (they share a moment): one at most.
            let gn = g.add_node();
            g.add_arc(gn, mn, 1, 0);
            for &i in slots {
                let a = g.add_arc(slot_nodes[i], gn, 1, 0);
                slot_arcs.push((a, i, person));
            }
        } else {
            // A time line with room for one: a slot enters at its start and leaves at an
            // end point after it. Overlapping slots then compete for the same stretch,
            // except when a unit leaves at an end inside its own slot: the conflict the
            // branch and bound resolves.
            let mut points: Vec<DateTime> = slots.iter().flat_map(|&i| [p.slots[i].start, p.slots[i].end]).collect();
            points.sort_unstable();
            points.dedup();
            let ends: HashSet<DateTime> = slots.iter().map(|&i| p.slots[i].end).collect();
            // Per point: a node where units leave, then a node where units enter.
            let nodes: Vec<(usize, usize)> = points.iter().map(|_| (g.add_node(), g.add_node())).collect();
            for (k, &(leave, enter)) in nodes.iter().enumerate() {
                g.add_arc(leave, enter, 1, 0);
                if let Some(&(next_leave, _)) = nodes.get(k + 1) {
                    g.add_arc(enter, next_leave, 1, 0);
                }
                if ends.contains(&points[k]) {
                    g.add_arc(leave, mn, 1, 0);
                }
            }
            for &i in slots {
                let Ok(k) = points.binary_search(&p.slots[i].start) else { continue };
                let a = g.add_arc(slot_nodes[i], nodes[k].1, 1, 0);
                slot_arcs.push((a, i, person));
            }
        }
    }
    let arc_of = slot_arcs.iter().map(|&(a, i, person)| ((i, person), a)).collect();
    let mut by_person: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(_, i, person) in &slot_arcs {
        by_person.entry(person).or_default().push(i);
    }
    for v in by_person.values_mut() {
        v.sort_unstable();
    }
    Net { g, src, sink, slot_arcs, arc_of, by_person }
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
