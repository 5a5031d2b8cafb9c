//! Trainer rostering for the group information modules (issue 5, R13): give each
//! session of a term a trainer and a backup trainer who both speak its language, know
//! its topic and are available for the whole session; nobody holds two overlapping
//! sessions (a backup must be free to step in), nobody teaches more sessions in a
//! calendar month than their maximum; the coordinator's pinned choices are kept when
//! they are feasible; the load is spread fairly. Sessions that cannot be covered are
//! explained.
//!
//! # The model
//!
//! - **Hard rules** (checked independently by [`check`]): a trainer or backup speaks
//!   the session's language (codes compared case-insensitively), knows its topic, has
//!   weekly hours covering the whole session (adjacent blocks join; a block ending at
//!   00:00 runs to midnight) and no absence on any of its dates; trainer ≠ backup;
//!   nobody is trainer or backup of two overlapping sessions (half-open intervals: a
//!   session ending at 12:00 does not overlap one starting at 12:00); the sessions a
//!   person *teaches* in a calendar month (month of the start) are at most their
//!   `max_per_month`.
//! - **Backup duties do not count towards `max_per_month`**: the limit is what a
//!   trainer agreed to teach (and is paid for); a backup keeps the time free and only
//!   teaches when the trainer falls ill, and that hand-over is decided then. Backup
//!   duties do count in the fairness cost, at `backup_load` (default half a session).
//! - **Objective**, lexicographic: (1) as many sessions with a trainer as possible,
//!   (2) then as many with a backup as possible, (3) then the least fairness cost:
//!   `month_weight · Σ load(trainer, month)² + term_weight · Σ load(trainer, term)²`,
//!   where a session taught adds `trainer_load` and a backup duty `backup_load`. The
//!   square is convex: two trainers with 2 sessions each cost less than 4 + 0.
//! - **Pins**: a pinned trainer or backup is kept when they qualify, are available and
//!   do not clash with an earlier pin (sessions taken in order of start) or exceed the
//!   monthly limit with pins alone; otherwise the pin is listed in
//!   [`Roster::rejected_pins`] with its reasons and the role is solved freely.
//! - Sessions whose end is not after their start are left uncovered
//!   ([`Reason::InvalidSessionTimes`]).
//!
//! # How it is solved, and what is optimal
//!
//! The sessions split into independent parts: two sessions are in the same part when
//! some trainer qualifies for both and they are in the same month or overlap (in the
//! benchmark term: one part per month and a few dozen single sessions). Parts are
//! solved in order of time. In each part, first the trainers, then the backups (with
//! the trainers fixed) are assigned by `assign::solve`:
//!
//! 1. A min-cost max-flow (`flow`, our own: primal–dual with blocking flows) over
//!    slot → (trainer, overlap cluster, month) → (trainer, month) → trainer → sink,
//!    whose unit arcs to the sink carry the convex marginal costs. Where the sessions a
//!    trainer could take in one cluster all overlap (a Saturday's 10:00 sessions), the
//!    cluster node passes one unit and the flow is exact. Where they form a chain
//!    (10:00–12:00, 10:30–12:30, 12:00–14:00), the node is a time line with room for one
//!    unit; the flow can then still "cheat" by letting a unit leave at an end point
//!    inside its own session, so it is a relaxation: an upper bound on the coverage
//!    and a lower bound on the cost.
//! 2. If the flow gives someone two overlapping sessions, branch and bound: the
//!    sessions of that person containing the later start all overlap, so the person
//!    holds none of those ordered before the later session, or none of the others
//!    (two children). A child is the parent's flow with arcs forbidden, re-optimised
//!    with one or two shortest paths (`Graph::forbid`), not solved anew. First the
//!    coverage (depth first, `coverage_nodes` flow problems at most), then, once it is
//!    proven, the fairness cost among rosters of that coverage (best first on the
//!    flow's bound, `fairness_nodes` more at most).
//!
//! - **Optimal** (proven, and reported as such): the number of sessions with a trainer
//!   (given the pins); the number with a backup *given those trainers*; the fairness
//!   cost of each part given the loads of the parts before it. When a budget runs out,
//!   `Roster::optimal` is false and `Roster::stats` says by how much the proven bounds
//!   could still differ (`coverage_gap` roles, `fairness_gap` cost); the roster is then
//!   still feasible and maximal (nobody free and qualified is left beside a gap). In
//!   the benchmark term (docs/BENCHMARKS.md) every search is proven but one: January's
//!   backups, 375 found where the flow's bound allows 377.
//! - **Not optimal by construction**: another choice of trainers with the same count
//!   might allow more backups (trainers and backups are solved one after the other),
//!   and the fairness over the whole term is built part by part (each part sees the
//!   loads of the parts before it, not after).
//! - Overlapping sessions with a trainer in common make the problem NP-hard in general
//!   (interval scheduling with eligibility), so no flow alone can be exact; the branch
//!   and bound is what makes it exact, and its budget is what keeps it fast.
//!
//! # Reasons
//!
//! Every uncovered role is explained from the final roster by filtering the pool: who
//! speaks the language, who knows the topic, who of those is away or not working then,
//! and for the rest what holds them (their monthly limit, or another session at the
//! same time). Because the coverage is maximal, everyone qualified is accounted for.
//! For a backup role the same filter runs over the trainers other than the session's
//! trainer.

mod assign;
mod flow;
#[cfg(test)]
mod tests;

use jiff::civil::{Date, DateTime, Time, Weekday};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// A session to roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterSession {
    pub id: Uuid,
    pub language: String,
    pub topic: Uuid,
    /// City civil time.
    pub start: DateTime,
    pub end: DateTime,
    pub pinned_trainer: Option<Uuid>,
    pub pinned_backup: Option<Uuid>,
}

/// A trainer of the pool, as the rostering sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterTrainer {
    pub id: Uuid,
    pub languages: Vec<String>,
    pub topics: Vec<Uuid>,
    /// When they can work: (weekday, from, to); `to` = 00:00 means until midnight.
    pub weekly: Vec<(Weekday, Time, Time)>,
    /// Days away, both ends included.
    pub absences: Vec<(Date, Date)>,
    /// The most sessions they teach in a calendar month (backup duties do not count).
    pub max_per_month: u32,
}

/// Weights of the fairness cost and the search limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RosterOptions {
    /// Load of one session taught (default 2).
    pub trainer_load: u32,
    /// Load of one backup duty (default 1: half a session taught).
    pub backup_load: u32,
    /// Weight of Σ load(trainer, month)²: spreads each month's sessions (default 1).
    pub month_weight: u32,
    /// Weight of Σ load(trainer, term)²: spreads the term (default 1).
    pub term_weight: u32,
    /// Flow problems the branch and bound may solve per part and role to prove the
    /// coverage maximal (then the best found is kept: feasible, and maximal in the
    /// sense that nobody free is left beside a gap).
    pub coverage_nodes: usize,
    /// Flow problems it may solve after that to prove the fairness cost least (then the
    /// best found is kept and the distance to the lower bound is reported).
    pub fairness_nodes: usize,
}

impl Default for RosterOptions {
    fn default() -> Self {
        RosterOptions {
            trainer_load: 2,
            backup_load: 1,
            month_weight: 1,
            term_weight: 1,
            coverage_nodes: 200,
            fairness_nodes: 200,
        }
    }
}

/// The result: one assignment per session (in the order given), the uncovered roles
/// with their reasons, and the pins that could not be kept.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Roster {
    pub assignments: Vec<Assignment>,
    pub uncovered: Vec<Uncovered>,
    pub rejected_pins: Vec<RejectedPin>,
    /// True when every part was solved to proven optimality (see the module docs).
    pub optimal: bool,
    pub stats: RosterStats,
}

/// How the search went (for benchmarks and logs).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RosterStats {
    /// Independent parts the term split into.
    pub parts: usize,
    /// Sessions in the largest part.
    pub largest_part: usize,
    /// Flow problems solved (one per part and role when the flow is already exact, more
    /// when the branch and bound had to split overlaps).
    pub flow_problems: usize,
    /// Every part's coverage (trainers, then backups given the trainers) is proven
    /// maximal.
    pub coverage_proven: bool,
    /// Roles the flow's upper bounds leave room for beyond those filled, where the
    /// coverage is not proven (0 when it is).
    pub coverage_gap: usize,
    /// The fairness cost the parts added, and how far above their proven lower bounds
    /// it may be (0 when every part's fairness is proven least).
    pub fairness_cost: i64,
    pub fairness_gap: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Assignment {
    pub session: Uuid,
    pub trainer: Option<Uuid>,
    pub backup: Option<Uuid>,
}

/// A role left empty, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Uncovered {
    pub session: Uuid,
    pub role: Slot,
    pub reasons: Vec<Reason>,
}

/// A pin that was not kept, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RejectedPin {
    pub session: Uuid,
    pub role: Slot,
    pub trainer: Uuid,
    pub reasons: Vec<Reason>,
}

/// The two roles of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Slot {
    Trainer,
    Backup,
}

impl Slot {
    pub fn as_str(self) -> &'static str {
        match self {
            Slot::Trainer => "trainer",
            Slot::Backup => "backup",
        }
    }
}

/// Why a role is empty or a pin was not kept. For a backup role, "trainer" means the
/// trainers other than the session's own trainer. Lists of trainers are sorted by id.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// Nobody in the pool speaks the session's language.
    NoTrainerSpeaksLanguage,
    /// Nobody in the pool knows the session's topic.
    NoTrainerKnowsTopic,
    /// Some speak the language and some know the topic, but nobody both.
    NoTrainerWithLanguageAndTopic,
    /// Everyone who speaks the language and knows the topic is away that day or does
    /// not work at that time.
    NobodyAvailableAtThatTime { absent: Vec<Uuid>, not_working_then: Vec<Uuid> },
    /// Of those qualified, these are away or do not work then (the others are held by
    /// the reasons given beside this one).
    SomeAwayOrNotWorking { absent: Vec<Uuid>, not_working_then: Vec<Uuid> },
    /// These qualified and available trainers already teach their monthly maximum.
    MonthlyLimitsReached { trainers: Vec<Uuid> },
    /// These qualified and available trainers hold another session at the same time
    /// (as trainer or backup); giving them this one would leave another uncovered.
    AllQualifiedAlreadyTaken { trainers: Vec<Uuid> },
    /// The backup role waits for a trainer.
    NoTrainerAssigned,
    /// The session's end is not after its start.
    InvalidSessionTimes,
    /// The pinned trainer is not in the pool.
    PinnedUnknownTrainer,
    /// The pinned trainer does not speak the language or know the topic.
    PinnedNotQualified,
    /// The pinned trainer is away or does not work at that time.
    PinnedUnavailable,
    /// The pinned trainer is pinned to this overlapping session (an earlier pin wins).
    PinnedClash { session: Uuid },
    /// The pinned trainer's pins alone would exceed their monthly maximum.
    PinnedOverMonthlyLimit,
    /// The pinned backup is the session's trainer.
    PinnedSameAsTrainer,
}

impl Reason {
    /// A stable snake_case code (for Fluent keys `rostering-reason-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::NoTrainerSpeaksLanguage => "no_trainer_speaks_language",
            Reason::NoTrainerKnowsTopic => "no_trainer_knows_topic",
            Reason::NoTrainerWithLanguageAndTopic => "no_trainer_with_language_and_topic",
            Reason::NobodyAvailableAtThatTime { .. } => "nobody_available_at_that_time",
            Reason::SomeAwayOrNotWorking { .. } => "some_away_or_not_working",
            Reason::MonthlyLimitsReached { .. } => "monthly_limits_reached",
            Reason::AllQualifiedAlreadyTaken { .. } => "all_qualified_already_taken",
            Reason::NoTrainerAssigned => "no_trainer_assigned",
            Reason::InvalidSessionTimes => "invalid_session_times",
            Reason::PinnedUnknownTrainer => "pinned_unknown_trainer",
            Reason::PinnedNotQualified => "pinned_not_qualified",
            Reason::PinnedUnavailable => "pinned_unavailable",
            Reason::PinnedClash { .. } => "pinned_clash",
            Reason::PinnedOverMonthlyLimit => "pinned_over_monthly_limit",
            Reason::PinnedSameAsTrainer => "pinned_same_as_trainer",
        }
    }
}

/// A broken rule found by [`check`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Violation {
    /// A session has no assignment entry.
    MissingSession {
        session: Uuid,
    },
    /// An assignment names a session that is not given.
    UnknownSession {
        session: Uuid,
    },
    /// A session has more than one assignment entry.
    DuplicateAssignment {
        session: Uuid,
    },
    UnknownTrainer {
        session: Uuid,
        trainer: Uuid,
    },
    /// Someone is assigned to a session whose end is not after its start.
    InvalidSessionAssigned {
        session: Uuid,
    },
    WrongLanguage {
        session: Uuid,
        role: Slot,
        trainer: Uuid,
    },
    WrongTopic {
        session: Uuid,
        role: Slot,
        trainer: Uuid,
    },
    Absent {
        session: Uuid,
        role: Slot,
        trainer: Uuid,
    },
    NotWorkingThen {
        session: Uuid,
        role: Slot,
        trainer: Uuid,
    },
    TrainerIsBackup {
        session: Uuid,
        trainer: Uuid,
    },
    Overlap {
        trainer: Uuid,
        first: Uuid,
        second: Uuid,
    },
    OverMonthlyLimit {
        trainer: Uuid,
        year: i16,
        month: i8,
        sessions: u32,
        max: u32,
    },
    /// A pin neither kept nor reported as rejected.
    PinNotKept {
        session: Uuid,
        role: Slot,
    },
    /// A pin reported as rejected although it fits the roster as it stands.
    PinRejectedWithoutCause {
        session: Uuid,
        role: Slot,
    },
    /// An empty role missing from `uncovered`.
    UncoveredNotReported {
        session: Uuid,
        role: Slot,
    },
    /// A filled role listed in `uncovered`, or listed twice.
    WronglyReportedUncovered {
        session: Uuid,
        role: Slot,
    },
    /// An uncovered role without any reason.
    NoReasonGiven {
        session: Uuid,
        role: Slot,
    },
}

// ---------------------------------------------------------------------------------
// The solver
// ---------------------------------------------------------------------------------

const DAY_NANOS: i64 = 86_400_000_000_000;

fn nanos_of_day(t: Time) -> i64 {
    ((i64::from(t.hour()) * 60 + i64::from(t.minute())) * 60 + i64::from(t.second())) * 1_000_000_000
        + i64::from(t.subsec_nanosecond())
}

fn lang_key(s: &str) -> String {
    s.trim().to_lowercase()
}

/// The dates a valid session touches: its first and last (an end at exactly midnight
/// does not touch the next day).
fn session_dates(start: DateTime, end: DateTime) -> Option<(Date, Date)> {
    let last = if end.time() == Time::midnight() { end.date().yesterday().ok()? } else { end.date() };
    Some((start.date(), last.max(start.date())))
}

struct Prepared<'a> {
    sessions: &'a [RosterSession],
    trainers: Vec<&'a RosterTrainer>,
    by_id: HashMap<Uuid, usize>,
    /// Interned language of each session.
    lang: Vec<u32>,
    /// Interned languages of each trainer, sorted.
    speaks: Vec<Vec<u32>>,
    /// Merged weekly blocks per trainer and weekday (Monday = 0), in nanoseconds of day.
    blocks: Vec<[Vec<(i64, i64)>; 7]>,
    valid: Vec<bool>,
    month: Vec<usize>,
    /// Trainers qualified and available for each session.
    cands: Vec<Vec<usize>>,
}

impl<'a> Prepared<'a> {
    fn new(sessions: &'a [RosterSession], all_trainers: &'a [RosterTrainer]) -> Self {
        let mut by_id = HashMap::new();
        let mut trainers = Vec::new();
        for t in all_trainers {
            if let std::collections::hash_map::Entry::Vacant(e) = by_id.entry(t.id) {
                e.insert(trainers.len());
                trainers.push(t);
            }
        }
        let mut interned: HashMap<String, u32> = HashMap::new();
        let mut intern = |s: &str| {
            let n = interned.len() as u32;
            *interned.entry(lang_key(s)).or_insert(n)
        };
        let lang: Vec<u32> = sessions.iter().map(|s| intern(&s.language)).collect();
        let speaks: Vec<Vec<u32>> = trainers
            .iter()
            .map(|t| {
                let mut v: Vec<u32> = t.languages.iter().map(|l| intern(l)).collect();
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect();
        let blocks = trainers.iter().map(|t| merged_blocks(&t.weekly)).collect();
        let valid: Vec<bool> = sessions.iter().map(|s| s.start < s.end).collect();
        let mut month_ix: BTreeMap<(i16, i8), usize> = BTreeMap::new();
        for s in sessions {
            month_ix.entry((s.start.year(), s.start.month())).or_insert(0);
        }
        for (i, v) in month_ix.values_mut().enumerate() {
            *v = i;
        }
        let month =
            sessions.iter().map(|s| month_ix.get(&(s.start.year(), s.start.month())).copied().unwrap_or(0)).collect();
        let mut p = Prepared { sessions, trainers, by_id, lang, speaks, blocks, valid, month, cands: Vec::new() };
        p.cands = (0..sessions.len())
            .map(|s| (0..p.trainers.len()).filter(|&t| p.valid[s] && p.fit(s, t) == Fit::Ok).collect())
            .collect();
        p
    }

    fn speaks(&self, s: usize, t: usize) -> bool {
        self.speaks[t].binary_search(&self.lang[s]).is_ok()
    }

    fn knows(&self, s: usize, t: usize) -> bool {
        self.trainers[t].topics.contains(&self.sessions[s].topic)
    }

    fn absent(&self, s: usize, t: usize) -> bool {
        let ses = &self.sessions[s];
        let Some((first, last)) = session_dates(ses.start, ses.end) else { return true };
        self.trainers[t].absences.iter().any(|&(a, b)| a <= last && first <= b)
    }

    fn works_then(&self, s: usize, t: usize) -> bool {
        let ses = &self.sessions[s];
        let Some((first, last)) = session_dates(ses.start, ses.end) else { return false };
        let mut day = first;
        for _ in 0..400 {
            let from = if day == ses.start.date() { nanos_of_day(ses.start.time()) } else { 0 };
            let to = if day == ses.end.date() { nanos_of_day(ses.end.time()) } else { DAY_NANOS };
            let wd = day.weekday().to_monday_zero_offset() as usize;
            if !self.blocks[t][wd].iter().any(|&(a, b)| a <= from && to <= b) {
                return false;
            }
            if day >= last {
                return true;
            }
            match day.tomorrow() {
                Ok(d) => day = d,
                Err(_) => return false,
            }
        }
        false
    }

    fn fit(&self, s: usize, t: usize) -> Fit {
        if !self.speaks(s, t) || !self.knows(s, t) {
            Fit::NotQualified
        } else if self.absent(s, t) {
            Fit::Absent
        } else if !self.works_then(s, t) {
            Fit::NotWorking
        } else {
            Fit::Ok
        }
    }

    fn overlap(&self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.sessions[a], &self.sessions[b]);
        x.start < y.end && y.start < x.end
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    Ok,
    NotQualified,
    Absent,
    NotWorking,
}

fn merged_blocks(weekly: &[(Weekday, Time, Time)]) -> [Vec<(i64, i64)>; 7] {
    let mut out: [Vec<(i64, i64)>; 7] = Default::default();
    for &(wd, from, to) in weekly {
        let a = nanos_of_day(from);
        let b = if to == Time::midnight() { DAY_NANOS } else { nanos_of_day(to) };
        if a < b {
            out[wd.to_monday_zero_offset() as usize].push((a, b));
        }
    }
    for day in &mut out {
        day.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::with_capacity(day.len());
        for &(a, b) in day.iter() {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        *day = merged;
    }
    out
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// The state of the roster while it is built.
struct Book {
    trainer_of: Vec<Option<usize>>,
    backup_of: Vec<Option<usize>>,
    /// Sessions each trainer holds in either role.
    duties: Vec<Vec<usize>>,
    /// Sessions taught per (trainer, month).
    taught: HashMap<(usize, usize), u32>,
    /// Load per (trainer, month) and per trainer over the term.
    month_load: HashMap<(usize, usize), i64>,
    term_load: Vec<i64>,
}

impl Book {
    fn busy(&self, p: &Prepared, t: usize, s: usize) -> Option<usize> {
        self.duties[t].iter().copied().find(|&d| p.overlap(d, s))
    }

    fn taught(&self, t: usize, m: usize) -> u32 {
        self.taught.get(&(t, m)).copied().unwrap_or(0)
    }

    fn give(&mut self, p: &Prepared, opts: &RosterOptions, s: usize, t: usize, role: Slot) {
        let m = p.month[s];
        let load = match role {
            Slot::Trainer => {
                self.trainer_of[s] = Some(t);
                *self.taught.entry((t, m)).or_default() += 1;
                i64::from(opts.trainer_load)
            }
            Slot::Backup => {
                self.backup_of[s] = Some(t);
                i64::from(opts.backup_load)
            }
        };
        self.duties[t].push(s);
        *self.month_load.entry((t, m)).or_default() += load;
        self.term_load[t] += load;
    }
}

/// Marginal costs of `n` further duties of `unit` on top of `base`, weight `w`:
/// w·((base + unit·(k+1))² − (base + unit·k)²), non-decreasing in k.
fn marginals(w: u32, base: i64, unit: u32, n: usize) -> Vec<i64> {
    let (w, u) = (i64::from(w), i64::from(unit));
    (0..n as i64)
        .map(|k| {
            let (a, b) = (base + u * k, base + u * (k + 1));
            w * (b * b - a * a)
        })
        .collect()
}

/// Rosters the sessions. See the module documentation for the model and what is optimal.
pub fn solve(sessions: &[RosterSession], trainers: &[RosterTrainer], opts: &RosterOptions) -> Roster {
    let p = Prepared::new(sessions, trainers);
    let n = sessions.len();
    let mut book = Book {
        trainer_of: vec![None; n],
        backup_of: vec![None; n],
        duties: vec![Vec::new(); p.trainers.len()],
        taught: HashMap::new(),
        month_load: HashMap::new(),
        term_load: vec![0; p.trainers.len()],
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&s| (sessions[s].start, sessions[s].end, s));

    let rejected_pins = apply_pins(&p, opts, &order, &mut book);

    // Overlap clusters over all valid sessions.
    let mut cluster = vec![usize::MAX; n];
    {
        let mut current = 0;
        let mut reach: Option<DateTime> = None;
        for &s in order.iter().filter(|&&s| p.valid[s]) {
            if reach.is_some_and(|r| sessions[s].start < r) {
                reach = reach.max(Some(sessions[s].end));
            } else {
                current = s;
                reach = Some(sessions[s].end);
            }
            cluster[s] = current;
        }
    }
    // Independent parts: sessions sharing a qualified trainer in a month or a cluster.
    let mut uf = UnionFind((0..n).collect());
    {
        let mut first: HashMap<(usize, usize, bool), usize> = HashMap::new();
        for (s, cands) in p.cands.iter().enumerate() {
            for &t in cands {
                for key in [(t, p.month[s], false), (t, cluster[s], true)] {
                    match first.get(&key) {
                        Some(&f) => uf.union(f, s),
                        None => {
                            first.insert(key, s);
                        }
                    }
                }
            }
        }
    }
    let mut parts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &s in order.iter().filter(|&&s| p.valid[s]) {
        parts.entry(uf.find(s)).or_default().push(s);
    }
    let mut parts: Vec<Vec<usize>> = parts.into_values().collect();
    parts.sort_by_key(|part| part.first().map(|&s| (sessions[s].start, s)));

    let mut optimal = true;
    let mut stats = RosterStats {
        parts: parts.len(),
        largest_part: parts.iter().map(Vec::len).max().unwrap_or(0),
        flow_problems: 0,
        coverage_proven: true,
        coverage_gap: 0,
        fairness_cost: 0,
        fairness_gap: 0,
    };
    for part in &parts {
        for role in [Slot::Trainer, Slot::Backup] {
            if let Some(out) = solve_part(&p, opts, part, &cluster, role, &mut book) {
                optimal &= out.coverage_proven && out.cost_proven;
                stats.coverage_proven &= out.coverage_proven;
                stats.coverage_gap += out.coverage_gap;
                stats.flow_problems += out.nodes;
                stats.fairness_cost += out.cost;
                stats.fairness_gap += out.gap;
            }
        }
    }

    let assignments = (0..n)
        .map(|s| Assignment {
            session: sessions[s].id,
            trainer: book.trainer_of[s].map(|t| p.trainers[t].id),
            backup: book.backup_of[s].map(|t| p.trainers[t].id),
        })
        .collect();
    let mut uncovered = Vec::new();
    for &s in &order {
        let id = sessions[s].id;
        if !p.valid[s] {
            if book.trainer_of[s].is_none() {
                uncovered.push(Uncovered {
                    session: id,
                    role: Slot::Trainer,
                    reasons: vec![Reason::InvalidSessionTimes],
                });
            }
            if book.backup_of[s].is_none() {
                uncovered.push(Uncovered {
                    session: id,
                    role: Slot::Backup,
                    reasons: vec![Reason::InvalidSessionTimes],
                });
            }
            continue;
        }
        if book.trainer_of[s].is_none() {
            uncovered.push(Uncovered {
                session: id,
                role: Slot::Trainer,
                reasons: explain(&p, &book, s, Slot::Trainer),
            });
        }
        if book.backup_of[s].is_none() {
            let reasons = if book.trainer_of[s].is_none() {
                vec![Reason::NoTrainerAssigned]
            } else {
                explain(&p, &book, s, Slot::Backup)
            };
            uncovered.push(Uncovered { session: id, role: Slot::Backup, reasons });
        }
    }
    Roster { assignments, uncovered, rejected_pins, optimal, stats }
}

/// Keeps the feasible pins, in order of the sessions' start; returns the rejected ones.
fn apply_pins(p: &Prepared, opts: &RosterOptions, order: &[usize], book: &mut Book) -> Vec<RejectedPin> {
    let mut rejected = Vec::new();
    for &s in order {
        let ses = &p.sessions[s];
        for (role, pin) in [(Slot::Trainer, ses.pinned_trainer), (Slot::Backup, ses.pinned_backup)] {
            let Some(id) = pin else { continue };
            let reason = if !p.valid[s] {
                Some(Reason::InvalidSessionTimes)
            } else if let Some(&t) = p.by_id.get(&id) {
                match p.fit(s, t) {
                    Fit::NotQualified => Some(Reason::PinnedNotQualified),
                    Fit::Absent | Fit::NotWorking => Some(Reason::PinnedUnavailable),
                    Fit::Ok => {
                        if role == Slot::Backup && book.trainer_of[s] == Some(t) {
                            Some(Reason::PinnedSameAsTrainer)
                        } else if let Some(other) = book.busy(p, t, s) {
                            Some(Reason::PinnedClash { session: p.sessions[other].id })
                        } else if role == Slot::Trainer && book.taught(t, p.month[s]) >= p.trainers[t].max_per_month {
                            Some(Reason::PinnedOverMonthlyLimit)
                        } else {
                            book.give(p, opts, s, t, role);
                            None
                        }
                    }
                }
            } else {
                Some(Reason::PinnedUnknownTrainer)
            };
            if let Some(r) = reason {
                rejected.push(RejectedPin { session: ses.id, role, trainer: id, reasons: vec![r] });
            }
        }
    }
    rejected
}

/// Fills one role of every session of a part that still lacks it; returns how the
/// search went (None when there was nothing to fill).
fn solve_part(
    p: &Prepared,
    opts: &RosterOptions,
    part: &[usize],
    cluster: &[usize],
    role: Slot,
    book: &mut Book,
) -> Option<assign::Outcome> {
    let mut local_person: BTreeMap<usize, usize> = BTreeMap::new();
    let mut persons: Vec<usize> = Vec::new();
    let mut local_month: BTreeMap<usize, usize> = BTreeMap::new();
    let mut slots = Vec::new();
    let mut slot_session = Vec::new();
    // Eligible slots per (trainer, month), to bound the number of marginal arcs.
    let mut demand: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for &s in part {
        let open = match role {
            Slot::Trainer => book.trainer_of[s].is_none(),
            Slot::Backup => book.trainer_of[s].is_some() && book.backup_of[s].is_none(),
        };
        if !open {
            continue;
        }
        let m = p.month[s];
        let mut eligible = Vec::new();
        for &t in &p.cands[s] {
            if book.trainer_of[s] == Some(t) || book.busy(p, t, s).is_some() {
                continue;
            }
            if role == Slot::Trainer && book.taught(t, m) >= p.trainers[t].max_per_month {
                continue;
            }
            let next = persons.len();
            let l = *local_person.entry(t).or_insert(next);
            if l == next {
                persons.push(t);
            }
            eligible.push(l);
            *demand.entry((t, m)).or_default() += 1;
        }
        let next = local_month.len();
        let lm = *local_month.entry(m).or_insert(next);
        let ses = &p.sessions[s];
        slots.push(assign::Slot { start: ses.start, end: ses.end, cluster: cluster[s], month: lm, eligible });
        slot_session.push(s);
    }
    if slots.is_empty() {
        return None;
    }
    let unit = match role {
        Slot::Trainer => opts.trainer_load,
        Slot::Backup => opts.backup_load,
    };
    let mut month_costs = vec![BTreeMap::new(); persons.len()];
    let mut total_costs = Vec::with_capacity(persons.len());
    for (l, &t) in persons.iter().enumerate() {
        let mut total = 0;
        for (&m, &lm) in &local_month {
            let Some(&d) = demand.get(&(t, m)) else { continue };
            let cap = match role {
                Slot::Trainer => (p.trainers[t].max_per_month.saturating_sub(book.taught(t, m)) as usize).min(d),
                Slot::Backup => d,
            };
            let base = book.month_load.get(&(t, m)).copied().unwrap_or(0);
            month_costs[l].insert(lm, marginals(opts.month_weight, base, unit, cap));
            total += cap;
        }
        total_costs.push(marginals(opts.term_weight, book.term_load[t], unit, total));
    }
    let problem = assign::Problem { slots, month_costs, total_costs };
    let out = assign::solve(&problem, opts.coverage_nodes.max(1), opts.fairness_nodes);
    for (i, c) in out.chosen.iter().enumerate() {
        if let Some(l) = c {
            book.give(p, opts, slot_session[i], persons[*l], role);
        }
    }
    Some(out)
}

/// Why a role of a valid session is empty, read from the final roster.
fn explain(p: &Prepared, book: &Book, s: usize, role: Slot) -> Vec<Reason> {
    let own = match role {
        Slot::Trainer => None,
        Slot::Backup => book.trainer_of[s],
    };
    let pool: Vec<usize> = (0..p.trainers.len()).filter(|&t| Some(t) != own).collect();
    let speakers = pool.iter().filter(|&&t| p.speaks(s, t)).count();
    let experts = pool.iter().filter(|&&t| p.knows(s, t)).count();
    let qualified: Vec<usize> = pool.iter().copied().filter(|&t| p.speaks(s, t) && p.knows(s, t)).collect();
    let mut reasons = Vec::new();
    if qualified.is_empty() {
        if speakers == 0 {
            reasons.push(Reason::NoTrainerSpeaksLanguage);
        }
        if experts == 0 {
            reasons.push(Reason::NoTrainerKnowsTopic);
        }
        if speakers > 0 && experts > 0 {
            reasons.push(Reason::NoTrainerWithLanguageAndTopic);
        }
        return reasons;
    }
    let ids = |v: Vec<usize>| {
        let mut v: Vec<Uuid> = v.into_iter().map(|t| p.trainers[t].id).collect();
        v.sort();
        v
    };
    let (mut absent, mut off, mut limit, mut busy) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for t in qualified {
        match p.fit(s, t) {
            Fit::Absent => absent.push(t),
            Fit::NotWorking => off.push(t),
            Fit::NotQualified => {}
            Fit::Ok => {
                if role == Slot::Trainer && book.taught(t, p.month[s]) >= p.trainers[t].max_per_month {
                    limit.push(t);
                } else if book.busy(p, t, s).is_some() {
                    busy.push(t);
                }
            }
        }
    }
    let held = !limit.is_empty() || !busy.is_empty();
    if !absent.is_empty() || !off.is_empty() {
        let (absent, not_working_then) = (ids(absent), ids(off));
        reasons.push(if held {
            Reason::SomeAwayOrNotWorking { absent, not_working_then }
        } else {
            Reason::NobodyAvailableAtThatTime { absent, not_working_then }
        });
    }
    if !limit.is_empty() {
        reasons.push(Reason::MonthlyLimitsReached { trainers: ids(limit) });
    }
    if !busy.is_empty() {
        reasons.push(Reason::AllQualifiedAlreadyTaken { trainers: ids(busy) });
    }
    reasons
}

// ---------------------------------------------------------------------------------
// The independent checker
// ---------------------------------------------------------------------------------

/// Checks a roster against the rules, independently of the solver: every rule is
/// tested directly on the sessions, trainers and roster given (all pairs of duties for
/// overlaps, a plain walk over the weekly blocks for availability), sharing no code
/// with [`solve`]. An empty list means the roster keeps every rule.
pub fn check(sessions: &[RosterSession], trainers: &[RosterTrainer], roster: &Roster) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut session_by_id: HashMap<Uuid, &RosterSession> = HashMap::new();
    for s in sessions {
        session_by_id.entry(s.id).or_insert(s);
    }
    let mut trainer_by_id: HashMap<Uuid, &RosterTrainer> = HashMap::new();
    for t in trainers {
        trainer_by_id.entry(t.id).or_insert(t);
    }
    // Each session exactly once.
    let mut seen: HashMap<Uuid, &Assignment> = HashMap::new();
    for a in &roster.assignments {
        if !session_by_id.contains_key(&a.session) {
            out.push(Violation::UnknownSession { session: a.session });
        } else if seen.insert(a.session, a).is_some() {
            out.push(Violation::DuplicateAssignment { session: a.session });
        }
    }
    for s in session_by_id.keys() {
        if !seen.contains_key(s) {
            out.push(Violation::MissingSession { session: *s });
        }
    }
    // Each duty on its own.
    let mut duties: HashMap<Uuid, Vec<(&RosterSession, Slot)>> = HashMap::new();
    let mut assignments: Vec<&Assignment> = seen.values().copied().collect();
    assignments.sort_by_key(|a| a.session);
    for a in &assignments {
        let Some(s) = session_by_id.get(&a.session).copied() else { continue };
        if let Some(t) = a.trainer.filter(|_| a.trainer == a.backup) {
            out.push(Violation::TrainerIsBackup { session: s.id, trainer: t });
        }
        if (a.trainer.is_some() || a.backup.is_some()) && s.end <= s.start {
            out.push(Violation::InvalidSessionAssigned { session: s.id });
        }
        for (role, who) in [(Slot::Trainer, a.trainer), (Slot::Backup, a.backup)] {
            let Some(tid) = who else { continue };
            let Some(t) = trainer_by_id.get(&tid).copied() else {
                out.push(Violation::UnknownTrainer { session: s.id, trainer: tid });
                continue;
            };
            if !speaks_plain(t, s) {
                out.push(Violation::WrongLanguage { session: s.id, role, trainer: tid });
            }
            if !t.topics.contains(&s.topic) {
                out.push(Violation::WrongTopic { session: s.id, role, trainer: tid });
            }
            if check_absent(t, s) {
                out.push(Violation::Absent { session: s.id, role, trainer: tid });
            }
            if !check_works(t, s) {
                out.push(Violation::NotWorkingThen { session: s.id, role, trainer: tid });
            }
            duties.entry(tid).or_default().push((s, role));
        }
    }
    // Overlaps (all pairs) and monthly limits.
    let mut ids: Vec<Uuid> = duties.keys().copied().collect();
    ids.sort();
    for tid in ids {
        let list = &duties[&tid];
        for i in 0..list.len() {
            for j in i + 1..list.len() {
                let (a, b) = (list[i].0, list[j].0);
                if a.id != b.id && a.start < b.end && b.start < a.end {
                    out.push(Violation::Overlap { trainer: tid, first: a.id, second: b.id });
                }
            }
        }
        if let Some(t) = trainer_by_id.get(&tid) {
            let mut per_month: BTreeMap<(i16, i8), u32> = BTreeMap::new();
            for (s, role) in list {
                if *role == Slot::Trainer {
                    *per_month.entry((s.start.year(), s.start.month())).or_default() += 1;
                }
            }
            for ((year, month), n) in per_month {
                if n > t.max_per_month {
                    out.push(Violation::OverMonthlyLimit {
                        trainer: tid,
                        year,
                        month,
                        sessions: n,
                        max: t.max_per_month,
                    });
                }
            }
        }
    }
    // Pins: kept, or rejected for a cause that holds in this roster.
    for s in sessions {
        let Some(a) = seen.get(&s.id) else { continue };
        for (role, pin, got) in
            [(Slot::Trainer, s.pinned_trainer, a.trainer), (Slot::Backup, s.pinned_backup, a.backup)]
        {
            let Some(pin) = pin else { continue };
            if got == Some(pin) {
                continue;
            }
            if !roster.rejected_pins.iter().any(|r| r.session == s.id && r.role == role && r.trainer == pin) {
                out.push(Violation::PinNotKept { session: s.id, role });
                continue;
            }
            let cause = match trainer_by_id.get(&pin) {
                None => true,
                Some(t) => {
                    s.end <= s.start
                        || !speaks_plain(t, s)
                        || !t.topics.contains(&s.topic)
                        || check_absent(t, s)
                        || !check_works(t, s)
                        || (role == Slot::Backup && a.trainer == Some(pin))
                        || duties
                            .get(&pin)
                            .is_some_and(|d| d.iter().any(|(o, _)| o.id != s.id && o.start < s.end && s.start < o.end))
                        || (role == Slot::Trainer && {
                            let taught = duties.get(&pin).map_or(0, |d| {
                                d.iter()
                                    .filter(|(o, r)| {
                                        *r == Slot::Trainer
                                            && o.start.year() == s.start.year()
                                            && o.start.month() == s.start.month()
                                    })
                                    .count()
                            });
                            taught as u32 >= t.max_per_month
                        })
                }
            };
            if !cause {
                out.push(Violation::PinRejectedWithoutCause { session: s.id, role });
            }
        }
    }
    // Uncovered roles: exactly the empty ones, each once, each with a reason.
    let mut listed: HashMap<(Uuid, Slot), u32> = HashMap::new();
    for u in &roster.uncovered {
        *listed.entry((u.session, u.role)).or_default() += 1;
        if u.reasons.is_empty() {
            out.push(Violation::NoReasonGiven { session: u.session, role: u.role });
        }
    }
    for a in &assignments {
        for (role, who) in [(Slot::Trainer, a.trainer), (Slot::Backup, a.backup)] {
            let n = listed.get(&(a.session, role)).copied().unwrap_or(0);
            match (who, n) {
                (None, 0) => out.push(Violation::UncoveredNotReported { session: a.session, role }),
                (None, 1) | (Some(_), 0) => {}
                _ => out.push(Violation::WronglyReportedUncovered { session: a.session, role }),
            }
        }
    }
    out
}

fn speaks_plain(t: &RosterTrainer, s: &RosterSession) -> bool {
    t.languages.iter().any(|l| l.trim().to_lowercase() == s.language.trim().to_lowercase())
}

/// Away on any day the session touches (both ends of an absence included).
fn check_absent(t: &RosterTrainer, s: &RosterSession) -> bool {
    let mut day = s.start.date();
    loop {
        if t.absences.iter().any(|&(from, to)| from <= day && day <= to) {
            return true;
        }
        match day.tomorrow() {
            Ok(next) if next.to_datetime(Time::midnight()) < s.end => day = next,
            _ => return false,
        }
    }
}

/// The weekly blocks cover every moment of the session: walk from its start, each
/// step jumping to the end of a block that contains the current moment.
fn check_works(t: &RosterTrainer, s: &RosterSession) -> bool {
    let mut now = s.start;
    while now < s.end {
        let day = now.date();
        let reach = t
            .weekly
            .iter()
            .filter(|(wd, _, _)| *wd == day.weekday())
            .filter_map(|&(_, from, to)| {
                let from = day.to_datetime(from);
                let to = if to == Time::midnight() {
                    day.tomorrow().ok()?.to_datetime(Time::midnight())
                } else {
                    day.to_datetime(to)
                };
                (from <= now && now < to).then_some(to)
            })
            .max();
        match reach {
            Some(r) => now = r,
            None => return false,
        }
    }
    true
}
