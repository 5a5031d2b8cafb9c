//! The rostering benchmark (issue 5): a reproducible term of group-module sessions and a
//! trainer pool, solved by `welcomedesk_domain::rostering::solve` and verified by its
//! independent `check`.
//!
//! The term runs 21 weeks from Monday 6 September 2027. Session languages follow a
//! large European city's newcomer mix; 45 % of the sessions are on Saturdays, in
//! clusters of parallel sessions at 10:00, 10:30, 12:00, 13:00 and 14:00 (two hours
//! each, so 10:30–12:30 chains 10:00–12:00 to 12:00–14:00); 45 % on weekday evenings
//! (17:30 or 18:00) and 10 % on weekday mornings. Trainers speak one language of the
//! mix (chosen in the same proportions), often a related second one, German and
//! English sometimes; they know 3–6 of 8 topics, work weekday evenings, Saturdays
//! and/or weekday daytimes, are away 0–2 times for 2–14 days, and teach at most 3–10
//! sessions a month. 1.5 % of the sessions come with a pinned trainer (some of whom do
//! not fit, to exercise the rejected pins).

use crate::rng::Rng;
use jiff::civil::{Date, DateTime, Weekday, date, time};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use uuid::Uuid;
use welcomedesk_domain::rostering::{Roster, RosterOptions, RosterSession, RosterTrainer, Slot, check, solve};

/// Languages of the sessions, with weights (per mille, roughly).
pub const SESSION_MIX: &[(&str, u32)] = &[
    ("ar", 240),
    ("uk", 160),
    ("prs", 100),
    ("ru", 70),
    ("tr", 60),
    ("ti", 60),
    ("de", 60),
    ("so", 50),
    ("fa", 50),
    ("ckb", 30),
    ("kmr", 30),
    ("ps", 30),
    ("pl", 30),
    ("en", 20),
    ("fr", 10),
];

/// A second language a speaker of the first often also speaks.
fn related(lang: &str) -> &'static [&'static str] {
    match lang {
        "uk" => &["ru"],
        "ru" => &["uk"],
        "ar" => &["fr", "en", "ckb"],
        "prs" => &["fa", "ps"],
        "fa" => &["prs"],
        "ps" => &["prs"],
        "tr" => &["kmr"],
        "kmr" => &["tr"],
        "ckb" => &["ar"],
        "ti" => &["ar", "en"],
        "so" => &["en", "ar"],
        "pl" => &["uk", "ru"],
        _ => &["en"],
    }
}

pub const TOPICS: usize = 8;

pub fn topic(i: usize) -> Uuid {
    Uuid::from_u128(0x7000 + i as u128)
}

fn weighted(rng: &mut Rng, mix: &[(&'static str, u32)]) -> &'static str {
    let total: u32 = mix.iter().map(|m| m.1).sum();
    let mut x = rng.below(total as usize) as u32;
    for (l, w) in mix {
        if x < *w {
            return l;
        }
        x -= w;
    }
    mix[0].0
}

fn plus_days(d: Date, n: i64) -> anyhow::Result<Date> {
    Ok(d.checked_add(jiff::Span::new().days(n))?)
}

fn at(d: Date, h: i8, m: i8) -> DateTime {
    d.at(h, m, 0, 0)
}

pub fn term_start() -> Date {
    date(2027, 9, 6)
}

pub const WEEKS: i64 = 21;

/// The term: `sessions` sessions and `trainers` trainers from `seed`.
pub fn term(seed: u64, sessions: usize, trainers: usize) -> anyhow::Result<(Vec<RosterSession>, Vec<RosterTrainer>)> {
    let mut rng = Rng::new(seed ^ 0x0057_E500);
    let start = term_start();
    let weekdays = [Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday];
    let mut pool = Vec::with_capacity(trainers);
    for i in 0..trainers {
        let first = weighted(&mut rng, SESSION_MIX);
        let mut languages = vec![first.to_owned()];
        if rng.chance(0.5) {
            let second = *rng.pick(related(first));
            if !languages.iter().any(|l| l == second) {
                languages.push(second.to_owned());
            }
        }
        for (extra, p) in [("de", 0.5), ("en", 0.3)] {
            if rng.chance(p) && !languages.iter().any(|l| l == extra) {
                languages.push(extra.to_owned());
            }
        }
        let mut topics: Vec<Uuid> = Vec::new();
        let want = 3 + rng.below(4);
        while topics.len() < want {
            let t = topic(rng.below(TOPICS));
            if !topics.contains(&t) {
                topics.push(t);
            }
        }
        let mut weekly = Vec::new();
        let (evenings, saturdays, days) = loop {
            let e = rng.chance(0.55);
            let s = rng.chance(0.6);
            let d = rng.chance(0.35);
            if e || s || d {
                break (e, s, d);
            }
        };
        if evenings {
            for wd in weekdays {
                if rng.chance(0.7) {
                    weekly.push((wd, time(16, 30, 0, 0), time(21, 0, 0, 0)));
                }
            }
        }
        if saturdays {
            weekly.push((Weekday::Saturday, time(9, 0, 0, 0), time(17, 0, 0, 0)));
        }
        if days {
            for wd in weekdays {
                if rng.chance(0.5) {
                    weekly.push((wd, time(9, 0, 0, 0), time(15, 0, 0, 0)));
                }
            }
        }
        let mut absences = Vec::new();
        for _ in 0..rng.below(3) {
            let from = plus_days(start, rng.below((WEEKS * 7) as usize) as i64)?;
            absences.push((from, plus_days(from, 1 + rng.below(13) as i64)?));
        }
        pool.push(RosterTrainer {
            id: Uuid::from_u128(0x7_0000_0000 + i as u128),
            languages,
            topics,
            weekly,
            absences,
            max_per_month: 3 + rng.below(8) as u32,
        });
    }
    let mut list = Vec::with_capacity(sessions);
    for i in 0..sessions {
        let week = rng.below(WEEKS as usize) as i64;
        let monday = plus_days(start, week * 7)?;
        let kind = rng.below(20);
        let (day, h, m) = if kind < 9 {
            let (h, m) = *rng.pick(&[(10, 0), (10, 0), (10, 30), (12, 0), (13, 0), (14, 0)]);
            (plus_days(monday, 5)?, h, m)
        } else if kind < 18 {
            let (h, m) = *rng.pick(&[(17, 30), (18, 0)]);
            (plus_days(monday, rng.below(5) as i64)?, h, m)
        } else {
            (plus_days(monday, rng.below(5) as i64)?, 10, 0)
        };
        let language = weighted(&mut rng, SESSION_MIX).to_owned();
        let begin = at(day, h, m);
        let pinned_trainer = if rng.chance(0.015) {
            let speakers: Vec<&RosterTrainer> = pool.iter().filter(|t| t.languages.contains(&language)).collect();
            (!speakers.is_empty()).then(|| rng.pick(&speakers).id)
        } else {
            None
        };
        list.push(RosterSession {
            id: Uuid::from_u128(0x5_0000_0000 + i as u128),
            language,
            topic: topic(rng.below(TOPICS)),
            start: begin,
            end: begin.checked_add(jiff::Span::new().hours(2))?,
            pinned_trainer,
            pinned_backup: None,
        });
    }
    list.sort_by_key(|s| (s.start, s.id));
    Ok((list, pool))
}

/// CPU time of this thread (Linux), to read figures on a shared machine.
fn cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(s.split_whitespace().next()?.parse().ok()?))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn spread(values: &[f64]) -> (f64, f64, f64, f64) {
    if values.is_empty() {
        return (0.0, 0.0, 0.0, 0.0);
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n;
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (min, max, mean, var.sqrt())
}

/// Generates the term, solves it `runs` times (one core), checks the roster and prints
/// the figures.
pub fn run(seed: u64, sessions: usize, trainers: usize, runs: usize) -> anyhow::Result<()> {
    let built = Instant::now();
    let (ss, ts) = term(seed, sessions, trainers)?;
    let saturday = ss.iter().filter(|s| s.start.weekday() == Weekday::Saturday).count();
    println!(
        "rostering: {} sessions ({} on Saturdays), {} trainers, {} weeks from {}, seed {seed} (built in {:.1} ms)",
        ss.len(),
        saturday,
        ts.len(),
        WEEKS,
        term_start(),
        ms(built.elapsed())
    );
    let opts = RosterOptions::default();
    let mut times = Vec::with_capacity(runs.max(1));
    let mut cpu = Vec::with_capacity(runs.max(1));
    let mut roster: Option<Roster> = None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let c = cpu_time();
        let r = std::hint::black_box(solve(&ss, &ts, &opts));
        times.push(t.elapsed());
        if let (Some(a), Some(b)) = (c, cpu_time()) {
            cpu.push(b.saturating_sub(a));
        }
        if let Some(prev) = &roster {
            anyhow::ensure!(prev == &r, "the solver is not deterministic");
        }
        roster = Some(r);
    }
    let r = roster.ok_or_else(|| anyhow::anyhow!("no run"))?;
    times.sort();
    cpu.sort();
    println!(
        "  solve (release, one thread, {} runs): wall min {:.1} ms, median {:.1} ms, max {:.1} ms; \
         CPU median {:.1} ms",
        times.len(),
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        cpu.get(cpu.len() / 2).copied().map(ms).unwrap_or(f64::NAN)
    );
    println!(
        "  {} independent parts (largest {} sessions), {} flow problems; coverage proven maximal: {} \
         (upper bounds leave room for {} more roles); fairness cost {} (gap to the lower bound {}, {:.3} %); \
         all proven optimal: {}",
        r.stats.parts,
        r.stats.largest_part,
        r.stats.flow_problems,
        r.stats.coverage_proven,
        r.stats.coverage_gap,
        r.stats.fairness_cost,
        r.stats.fairness_gap,
        100.0 * r.stats.fairness_gap as f64 / r.stats.fairness_cost.max(1) as f64,
        r.optimal
    );
    let t = Instant::now();
    let violations = check(&ss, &ts, &r);
    println!("  check: {} violations ({:.1} ms)", violations.len(), ms(t.elapsed()));
    anyhow::ensure!(violations.is_empty(), "the roster breaks rules: {:?}", &violations[..violations.len().min(5)]);

    let taught = r.assignments.iter().filter(|a| a.trainer.is_some()).count();
    let backed = r.assignments.iter().filter(|a| a.backup.is_some()).count();
    let n = ss.len().max(1) as f64;
    println!(
        "  covered: {taught} with a trainer ({:.1} %), {backed} with a backup ({:.1} %); uncovered roles: {} trainer, {} backup",
        100.0 * taught as f64 / n,
        100.0 * backed as f64 / n,
        ss.len() - taught,
        ss.len() - backed
    );
    for role in [Slot::Trainer, Slot::Backup] {
        let mut by_reason: BTreeMap<&'static str, usize> = BTreeMap::new();
        for u in r.uncovered.iter().filter(|u| u.role == role) {
            for reason in &u.reasons {
                *by_reason.entry(reason.code()).or_default() += 1;
            }
        }
        let list: Vec<String> = by_reason.iter().map(|(k, v)| format!("{k} {v}")).collect();
        println!("    reasons ({}): {}", role.as_str(), list.join(", "));
    }
    let mut pins: BTreeMap<&'static str, usize> = BTreeMap::new();
    for p in &r.rejected_pins {
        for reason in &p.reasons {
            *pins.entry(reason.code()).or_default() += 1;
        }
    }
    let pinned = ss.iter().filter(|s| s.pinned_trainer.is_some()).count();
    let list: Vec<String> = pins.iter().map(|(k, v)| format!("{k} {v}")).collect();
    println!("  pins: {pinned} pinned, {} kept, rejected: {}", pinned - r.rejected_pins.len(), list.join(", "));

    // Load spread per trainer over the term.
    let mut teach: BTreeMap<Uuid, f64> = ts.iter().map(|t| (t.id, 0.0)).collect();
    let mut backup: BTreeMap<Uuid, f64> = ts.iter().map(|t| (t.id, 0.0)).collect();
    let mut per_month: BTreeMap<(Uuid, i8), u32> = BTreeMap::new();
    let month_of: BTreeMap<Uuid, i8> = ss.iter().map(|s| (s.id, s.start.month())).collect();
    for a in &r.assignments {
        if let Some(t) = a.trainer {
            *teach.entry(t).or_default() += 1.0;
            *per_month.entry((t, month_of.get(&a.session).copied().unwrap_or(0))).or_default() += 1;
        }
        if let Some(t) = a.backup {
            *backup.entry(t).or_default() += 1.0;
        }
    }
    let teach: Vec<f64> = teach.into_values().collect();
    let backup: Vec<f64> = backup.into_values().collect();
    let (a, b, c, d) = spread(&teach);
    println!("  sessions taught per trainer (term): min {a:.0}, max {b:.0}, mean {c:.1}, stddev {d:.2}");
    let (a, b, c, d) = spread(&backup);
    println!("  backup duties per trainer (term):   min {a:.0}, max {b:.0}, mean {c:.1}, stddev {d:.2}");
    let max_of: BTreeMap<Uuid, u32> = ts.iter().map(|t| (t.id, t.max_per_month)).collect();
    let at_limit = per_month.iter().filter(|((t, _), n)| max_of.get(t).is_some_and(|m| **n >= *m)).count();
    let ratio: Vec<f64> = per_month
        .iter()
        .filter_map(|((t, _), n)| max_of.get(t).filter(|m| **m > 0).map(|m| f64::from(*n) / f64::from(*m)))
        .collect();
    let (_, _, c, _) = spread(&ratio);
    println!(
        "  trainer-months with sessions: {}, at their limit: {at_limit}; mean use of the monthly limit {:.0} %",
        per_month.len(),
        100.0 * c
    );
    Ok(())
}
