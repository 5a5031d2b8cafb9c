//! The trainer pool's coverage (R13, issue 5): the seed's rule of about 12 experts per
//! 10,000 newcomers, in total and per language and topic of the programme. Pure.
//!
//! - The pool as a whole: `ceil(newcomers × 12 / 10,000)` active trainers (at least one
//!   when the city expects newcomers).
//! - Per language and per topic, that total is shared out by the programme's sessions
//!   (planned or published) in that language or on that topic, rounded up — and never
//!   fewer than two for a language or topic with sessions, because every session needs a
//!   trainer and a different backup who both speak the language and know the topic.
//! - A language or topic without sessions needs nobody; trainers for it are shown.

use std::collections::BTreeMap;

/// The seed's rule: experts per 10,000 newcomers a year.
pub const EXPERTS_PER_10000: u64 = 12;
/// Trainer and backup: two people per language or topic with sessions.
pub const MIN_PER_SESSION_KIND: u64 = 2;

/// One trainer as the coverage sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolMember<K: Ord + Clone> {
    pub languages: Vec<String>,
    pub topics: Vec<K>,
    pub active: bool,
}

/// One language's or topic's line.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CoverageLine<K> {
    pub key: K,
    /// Active trainers who speak the language (or know the topic).
    pub trainers: u64,
    /// Planned or published sessions in it.
    pub sessions: u64,
    /// How many the rule asks for.
    pub target: u64,
    /// `trainers < target`.
    pub short: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Coverage<K> {
    pub active: u64,
    pub target: u64,
    pub short: bool,
    pub languages: Vec<CoverageLine<String>>,
    pub topics: Vec<CoverageLine<K>>,
}

/// The pool the rule asks for: 12 per 10,000 newcomers, rounded up.
pub fn pool_target(newcomers_per_year: u64) -> u64 {
    if newcomers_per_year == 0 {
        return 0;
    }
    let n = newcomers_per_year.min(100_000_000);
    n.saturating_mul(EXPERTS_PER_10000).div_ceil(10_000).max(1)
}

/// A share of the total by sessions, rounded up, at least two when there are sessions.
fn share(total: u64, sessions: u64, all_sessions: u64) -> u64 {
    if sessions == 0 || all_sessions == 0 {
        return 0;
    }
    total.saturating_mul(sessions).div_ceil(all_sessions).max(MIN_PER_SESSION_KIND)
}

fn lines<K: Ord + Clone>(counts: BTreeMap<K, (u64, u64)>, total: u64) -> Vec<CoverageLine<K>> {
    let all: u64 = counts.values().map(|c| c.1).sum();
    counts
        .into_iter()
        .map(|(key, (trainers, sessions))| {
            let target = share(total, sessions, all);
            CoverageLine { key, trainers, sessions, target, short: trainers < target }
        })
        .collect()
}

/// The coverage of a pool for a programme: `session_kinds` is one (language, topic)
/// pair per planned or published session.
pub fn coverage<K: Ord + Clone>(
    pool: &[PoolMember<K>],
    session_kinds: &[(String, K)],
    newcomers_per_year: u64,
) -> Coverage<K> {
    let target = pool_target(newcomers_per_year);
    let mut by_lang: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut by_topic: BTreeMap<K, (u64, u64)> = BTreeMap::new();
    let mut active = 0;
    for t in pool.iter().filter(|t| t.active) {
        active += 1;
        let mut langs = t.languages.clone();
        langs.sort();
        langs.dedup();
        for l in langs {
            by_lang.entry(l).or_default().0 += 1;
        }
        let mut topics = t.topics.clone();
        topics.sort();
        topics.dedup();
        for k in topics {
            by_topic.entry(k).or_default().0 += 1;
        }
    }
    for (l, k) in session_kinds {
        by_lang.entry(l.clone()).or_default().1 += 1;
        by_topic.entry(k.clone()).or_default().1 += 1;
    }
    Coverage {
        active,
        target,
        short: active < target,
        languages: lines(by_lang, target),
        topics: lines(by_topic, target),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(langs: &[&str], topics: &[u32], active: bool) -> PoolMember<u32> {
        PoolMember { languages: langs.iter().map(|l| (*l).to_owned()).collect(), topics: topics.to_vec(), active }
    }

    #[test]
    fn the_rule_of_twelve_per_ten_thousand() {
        assert_eq!(pool_target(0), 0);
        assert_eq!(pool_target(1), 1);
        assert_eq!(pool_target(10_000), 12);
        assert_eq!(pool_target(10_001), 13);
        assert_eq!(pool_target(2_500), 3);
        assert_eq!(pool_target(u64::MAX), 120_000, "clamped, no overflow");
    }

    #[test]
    fn shares_by_sessions_with_two_at_least() {
        // 10,000 newcomers: 12 experts; 9 sessions in Arabic, 3 in Dari (topics 1 and 2).
        let mut kinds = vec![];
        for _ in 0..9 {
            kinds.push(("ar".to_owned(), 1));
        }
        for _ in 0..3 {
            kinds.push(("fa".to_owned(), 2));
        }
        let pool = vec![
            member(&["ar", "en"], &[1, 2], true),
            member(&["ar", "ar"], &[1, 1], true),
            member(&["fa"], &[2], true),
            member(&["fa", "uk"], &[2, 3], false),
        ];
        let c = coverage(&pool, &kinds, 10_000);
        assert_eq!((c.active, c.target, c.short), (3, 12, true));
        let ar = c.languages.iter().find(|l| l.key == "ar").unwrap();
        assert_eq!((ar.trainers, ar.sessions, ar.target, ar.short), (2, 9, 9, true), "12 × 9/12, duplicates once");
        let fa = c.languages.iter().find(|l| l.key == "fa").unwrap();
        assert_eq!((fa.trainers, fa.sessions, fa.target, fa.short), (1, 3, 3, true), "inactive trainers do not count");
        let en = c.languages.iter().find(|l| l.key == "en").unwrap();
        assert_eq!((en.trainers, en.sessions, en.target, en.short), (1, 0, 0, false));
        assert!(c.languages.iter().all(|l| l.key != "uk"), "only active trainers' languages");
        let t2 = c.topics.iter().find(|l| l.key == 2).unwrap();
        assert_eq!((t2.trainers, t2.sessions, t2.target), (2, 3, 3));
        // A small city: one expert in total, but a language with sessions needs two.
        let c = coverage(&pool, &[("ar".to_owned(), 1)], 500);
        assert_eq!(c.target, 1);
        let ar = c.languages.iter().find(|l| l.key == "ar").unwrap();
        assert_eq!((ar.target, ar.short), (2, false));
        // Enough: a pool of 12 for 10,000 covers the total.
        let big: Vec<_> = (0..12).map(|_| member(&["ar"], &[1], true)).collect();
        let c = coverage(&big, &kinds, 10_000);
        assert!(!c.short);
        assert!(!c.languages.iter().find(|l| l.key == "ar").unwrap().short);
        assert!(c.languages.iter().find(|l| l.key == "fa").unwrap().short, "nobody speaks Dari");
    }
}
