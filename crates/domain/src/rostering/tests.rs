use super::*;
use jiff::civil::{date, time};
use proptest::prelude::*;

fn tid(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn topic(n: u128) -> Uuid {
    Uuid::from_u128(1_000 + n)
}

/// Session `n` on `day` of March 2027, from `from` to `to` (hours).
fn session(n: u128, lang: &str, top: u128, day: i8, from: i8, to: i8) -> RosterSession {
    RosterSession {
        id: Uuid::from_u128(10_000 + n),
        language: lang.into(),
        topic: topic(top),
        start: date(2027, 3, day).at(from, 0, 0, 0),
        end: date(2027, 3, day).at(to, 0, 0, 0),
        pinned_trainer: None,
        pinned_backup: None,
    }
}

const ALL_DAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// Trainer `n`, available every day all day.
fn trainer(n: u128, langs: &[&str], topics: &[u128], max: u32) -> RosterTrainer {
    RosterTrainer {
        id: tid(n),
        languages: langs.iter().map(|l| (*l).to_owned()).collect(),
        topics: topics.iter().map(|&t| topic(t)).collect(),
        weekly: ALL_DAYS.iter().map(|&d| (d, Time::midnight(), Time::midnight())).collect(),
        absences: vec![],
        max_per_month: max,
    }
}

fn solved(sessions: &[RosterSession], trainers: &[RosterTrainer]) -> Roster {
    let r = solve(sessions, trainers, &RosterOptions::default());
    assert_eq!(check(sessions, trainers, &r), vec![], "{r:#?}");
    r
}

fn of(r: &Roster, s: &RosterSession) -> (Option<Uuid>, Option<Uuid>) {
    let a = r.assignments.iter().find(|a| a.session == s.id).unwrap();
    (a.trainer, a.backup)
}

fn reasons(r: &Roster, s: &RosterSession, role: Slot) -> Vec<Reason> {
    r.uncovered.iter().find(|u| u.session == s.id && u.role == role).map(|u| u.reasons.clone()).unwrap_or_default()
}

fn taught(r: &Roster, t: Uuid) -> usize {
    r.assignments.iter().filter(|a| a.trainer == Some(t)).count()
}

#[test]
fn rostering_covers_everything_when_the_pool_allows() {
    // Three sessions on three days, three qualified trainers: 3 trainers + 3 backups.
    let ss: Vec<_> = (1..=3).map(|n| session(n, "ar", 1, n as i8, 10, 12)).collect();
    let ts: Vec<_> = (1..=3).map(|n| trainer(n, &["ar", "de"], &[1], 4)).collect();
    let r = solved(&ss, &ts);
    assert!(r.uncovered.is_empty() && r.rejected_pins.is_empty() && r.optimal);
    // Fair: each teaches exactly one session and backs up exactly one.
    for t in &ts {
        assert_eq!(taught(&r, t.id), 1);
        assert_eq!(r.assignments.iter().filter(|a| a.backup == Some(t.id)).count(), 1);
    }
}

#[test]
fn rostering_spreads_two_and_two_not_four_and_nothing() {
    let ss: Vec<_> = (1..=4).map(|n| session(n, "uk", 1, n as i8, 10, 12)).collect();
    let ts = vec![trainer(1, &["uk"], &[1], 8), trainer(2, &["uk", "ru"], &[1], 8)];
    let r = solved(&ss, &ts);
    assert!(r.uncovered.is_empty());
    assert_eq!((taught(&r, tid(1)), taught(&r, tid(2))), (2, 2));
}

#[test]
fn rostering_finds_the_assignment_a_greedy_choice_misses() {
    // s1 could go to A or B, s2 only to A (both at the same time): A must take s2.
    let ss = vec![session(1, "fa", 1, 1, 10, 12), session(2, "fa", 2, 1, 10, 12)];
    let ts = vec![trainer(1, &["fa"], &[1, 2], 4), trainer(2, &["fa"], &[1], 4)];
    let r = solved(&ss, &ts);
    assert_eq!(of(&r, &ss[0]).0, Some(tid(2)));
    assert_eq!(of(&r, &ss[1]).0, Some(tid(1)));
    // Nobody is left for the backups: the two qualified are teaching at that time.
    assert_eq!(
        reasons(&r, &ss[0], Slot::Backup),
        vec![Reason::AllQualifiedAlreadyTaken { trainers: vec![tid(1)] }],
        "s1's backup: A teaches s2 (B is s1's own trainer and is not counted)"
    );
    // s2's backup: the only other Persian speaker does not know its topic.
    assert_eq!(reasons(&r, &ss[1], Slot::Backup), vec![Reason::NoTrainerKnowsTopic]);
}

#[test]
fn rostering_never_gives_one_person_two_sessions_at_once() {
    // Two parallel sessions and three trainers: 2 trainers + 1 backup; the other
    // backup is missing because everyone is already holding one of the two sessions.
    let ss = vec![session(1, "ar", 1, 6, 10, 12), session(2, "ar", 1, 6, 11, 13)];
    let ts: Vec<_> = (1..=3).map(|n| trainer(n, &["ar"], &[1], 4)).collect();
    let r = solved(&ss, &ts);
    let trainers = r.assignments.iter().filter(|a| a.trainer.is_some()).count();
    let backups = r.assignments.iter().filter(|a| a.backup.is_some()).count();
    assert_eq!((trainers, backups), (2, 1));
    assert_eq!(r.uncovered.len(), 1);
    let u = &r.uncovered[0];
    assert_eq!(u.role, Slot::Backup);
    assert!(matches!(&u.reasons[..], [Reason::AllQualifiedAlreadyTaken { trainers }] if trainers.len() == 2));
}

#[test]
fn rostering_resolves_a_chain_of_overlaps_exactly() {
    // 10–12, 11–13, 12–14 and one trainer: the flow alone could pick the first two
    // (they overlap); the branch and bound gives the first and the third.
    let ss = vec![session(1, "so", 1, 6, 10, 12), session(2, "so", 1, 6, 11, 13), session(3, "so", 1, 6, 12, 14)];
    let ts = vec![trainer(1, &["so"], &[1], 4)];
    let r = solved(&ss, &ts);
    assert_eq!(of(&r, &ss[0]).0, Some(tid(1)));
    assert_eq!(of(&r, &ss[1]).0, None);
    assert_eq!(of(&r, &ss[2]).0, Some(tid(1)));
    assert!(r.optimal);
    assert_eq!(reasons(&r, &ss[1], Slot::Trainer), vec![Reason::AllQualifiedAlreadyTaken { trainers: vec![tid(1)] }]);
}

#[test]
fn rostering_respects_the_monthly_limit_and_counts_only_teaching() {
    // A may teach 1 a month: of two March sessions one is covered; April is a new month.
    let mut ss = vec![session(1, "ti", 1, 1, 10, 12), session(2, "ti", 1, 2, 10, 12)];
    let mut april = session(3, "ti", 1, 1, 10, 12);
    april.start = date(2027, 4, 1).at(10, 0, 0, 0);
    april.end = date(2027, 4, 1).at(12, 0, 0, 0);
    ss.push(april);
    let ts = vec![trainer(1, &["ti"], &[1], 1), trainer(2, &["ti"], &[1], 0)];
    let r = solved(&ss, &ts);
    // One of the two March sessions (equally good) is taught by 1 and backed up by 2.
    let (covered, empty) = if of(&r, &ss[0]).0.is_some() { (&ss[0], &ss[1]) } else { (&ss[1], &ss[0]) };
    assert_eq!(of(&r, covered), (Some(tid(1)), Some(tid(2))));
    assert_eq!(of(&r, empty), (None, None));
    assert_eq!(of(&r, &ss[2]), (Some(tid(1)), Some(tid(2))));
    // Trainer 2 (max 0) backs up twice: backup duties do not count towards the limit.
    assert_eq!(
        reasons(&r, empty, Slot::Trainer),
        vec![Reason::MonthlyLimitsReached { trainers: vec![tid(1), tid(2)] }]
    );
    assert_eq!(reasons(&r, empty, Slot::Backup), vec![Reason::NoTrainerAssigned]);
}

#[test]
fn rostering_explains_what_is_missing_in_the_pool() {
    let ss = vec![
        session(1, "ti", 1, 1, 10, 12), // nobody speaks Tigrinya
        session(2, "ar", 9, 1, 13, 15), // nobody knows topic 9
        session(3, "ar", 2, 2, 10, 12), // Arabic speakers, housing experts, but not both
        session(4, "TI", 9, 3, 10, 12), // neither
    ];
    let ts = vec![trainer(1, &["ar"], &[1], 4), trainer(2, &["de"], &[2], 4)];
    let r = solved(&ss, &ts);
    assert_eq!(reasons(&r, &ss[0], Slot::Trainer), vec![Reason::NoTrainerSpeaksLanguage]);
    assert_eq!(reasons(&r, &ss[1], Slot::Trainer), vec![Reason::NoTrainerKnowsTopic]);
    assert_eq!(reasons(&r, &ss[2], Slot::Trainer), vec![Reason::NoTrainerWithLanguageAndTopic]);
    assert_eq!(reasons(&r, &ss[3], Slot::Trainer), vec![Reason::NoTrainerSpeaksLanguage, Reason::NoTrainerKnowsTopic]);
    for s in &ss {
        assert_eq!(reasons(&r, s, Slot::Backup), vec![Reason::NoTrainerAssigned]);
    }
}

#[test]
fn rostering_explains_who_is_away_or_not_working() {
    // Saturday 6 March 2027, 10–12.
    let ss = vec![session(1, "ar", 1, 6, 10, 12)];
    let mut away = trainer(1, &["ar"], &[1], 4);
    away.absences = vec![(date(2027, 3, 5), date(2027, 3, 6))];
    let mut weekdays = trainer(2, &["ar"], &[1], 4);
    weekdays.weekly = vec![(Weekday::Monday, time(9, 0, 0, 0), time(17, 0, 0, 0))];
    let mut afternoons = trainer(3, &["ar"], &[1], 4);
    afternoons.weekly = vec![(Weekday::Saturday, time(11, 0, 0, 0), time(18, 0, 0, 0))];
    let r = solved(&ss, &[away.clone(), weekdays.clone(), afternoons.clone()]);
    assert_eq!(
        reasons(&r, &ss[0], Slot::Trainer),
        vec![Reason::NobodyAvailableAtThatTime { absent: vec![tid(1)], not_working_then: vec![tid(2), tid(3)] }]
    );
    // Two adjacent blocks 09–11 and 11–13 cover 10–12; the absence ended the day before.
    let mut split = trainer(4, &["ar"], &[1], 4);
    split.weekly = vec![
        (Weekday::Saturday, time(9, 0, 0, 0), time(11, 0, 0, 0)),
        (Weekday::Saturday, time(11, 0, 0, 0), time(13, 0, 0, 0)),
    ];
    split.absences = vec![(date(2027, 3, 1), date(2027, 3, 5))];
    let r = solved(&ss, &[away, weekdays, afternoons, split]);
    assert_eq!(of(&r, &ss[0]).0, Some(tid(4)));
    assert_eq!(
        reasons(&r, &ss[0], Slot::Backup),
        vec![Reason::NobodyAvailableAtThatTime { absent: vec![tid(1)], not_working_then: vec![tid(2), tid(3)] }]
    );
}

#[test]
fn rostering_keeps_feasible_pins_and_reports_the_others() {
    let mut ss: Vec<_> = (1..=4).map(|n| session(n, "ar", 1, n as i8, 10, 12)).collect();
    ss.push(session(5, "ar", 1, 1, 11, 13)); // overlaps session 1
    let ts = vec![
        trainer(1, &["ar"], &[1], 2),
        trainer(2, &["ar"], &[1], 4),
        trainer(3, &["ar"], &[1], 4),
        trainer(4, &["fa"], &[1], 4),
        trainer(5, &["ar"], &[1], 4),
    ];
    // Fairness alone would never give trainer 1 both of sessions 1 and 2.
    ss[0].pinned_trainer = Some(tid(1));
    ss[1].pinned_trainer = Some(tid(1));
    ss[2].pinned_trainer = Some(tid(1)); // a third in March: over the limit of 2
    ss[2].pinned_backup = Some(tid(4)); // does not speak Arabic
    ss[3].pinned_trainer = Some(tid(2));
    ss[3].pinned_backup = Some(tid(2)); // the same person twice
    ss[4].pinned_trainer = Some(tid(1)); // clashes with session 1
    ss[4].pinned_backup = Some(tid(99)); // not in the pool
    let r = solved(&ss, &ts);
    assert_eq!(of(&r, &ss[0]).0, Some(tid(1)));
    assert_eq!(of(&r, &ss[1]).0, Some(tid(1)));
    assert_eq!(of(&r, &ss[3]).0, Some(tid(2)));
    let rejected: Vec<_> = r.rejected_pins.iter().map(|p| (p.session, p.role, p.trainer, p.reasons.clone())).collect();
    assert_eq!(
        rejected,
        vec![
            (ss[4].id, Slot::Trainer, tid(1), vec![Reason::PinnedClash { session: ss[0].id }]),
            (ss[4].id, Slot::Backup, tid(99), vec![Reason::PinnedUnknownTrainer]),
            (ss[2].id, Slot::Trainer, tid(1), vec![Reason::PinnedOverMonthlyLimit]),
            (ss[2].id, Slot::Backup, tid(4), vec![Reason::PinnedNotQualified]),
            (ss[3].id, Slot::Backup, tid(2), vec![Reason::PinnedSameAsTrainer]),
        ]
    );
    // The rejected roles were solved freely.
    assert!(r.uncovered.is_empty(), "{:?}", r.uncovered);
    assert_ne!(of(&r, &ss[2]).0, Some(tid(1)));
}

#[test]
fn rostering_rejects_a_pin_on_an_unavailable_trainer() {
    let mut ss = vec![session(1, "ar", 1, 6, 10, 12)];
    ss[0].pinned_trainer = Some(tid(1));
    let mut t1 = trainer(1, &["ar"], &[1], 4);
    t1.absences = vec![(date(2027, 3, 6), date(2027, 3, 6))];
    let r = solved(&ss, &[t1, trainer(2, &["ar"], &[1], 4)]);
    assert_eq!(r.rejected_pins[0].reasons, vec![Reason::PinnedUnavailable]);
    assert_eq!(of(&r, &ss[0]).0, Some(tid(2)));
}

#[test]
fn rostering_leaves_a_session_with_impossible_times_uncovered() {
    let mut s = session(1, "ar", 1, 6, 12, 10);
    s.pinned_trainer = Some(tid(1));
    let ss = vec![s];
    let r = solved(&ss, &[trainer(1, &["ar"], &[1], 4)]);
    assert_eq!(of(&r, &ss[0]), (None, None));
    assert_eq!(reasons(&r, &ss[0], Slot::Trainer), vec![Reason::InvalidSessionTimes]);
    assert_eq!(r.rejected_pins[0].reasons, vec![Reason::InvalidSessionTimes]);
}

#[test]
fn rostering_reason_codes_are_stable() {
    assert_eq!(Reason::MonthlyLimitsReached { trainers: vec![] }.code(), "monthly_limits_reached");
    assert_eq!(Reason::PinnedClash { session: tid(7) }.code(), "pinned_clash");
    assert_eq!(Slot::Backup.as_str(), "backup");
}

// --- The checker catches broken rosters (negative control) ---

fn good() -> (Vec<RosterSession>, Vec<RosterTrainer>, Roster) {
    let ss = vec![session(1, "ar", 1, 6, 10, 12), session(2, "ar", 1, 6, 11, 13), session(3, "ar", 1, 7, 10, 12)];
    let ts: Vec<_> = (1..=4).map(|n| trainer(n, &["ar"], &[1], 2)).collect();
    let r = solved(&ss, &ts);
    assert!(r.uncovered.is_empty());
    (ss, ts, r)
}

#[test]
fn rostering_check_catches_overlaps() {
    let (ss, ts, mut r) = good();
    let t = r.assignments[0].trainer;
    r.assignments[1].trainer = t;
    assert!(check(&ss, &ts, &r).iter().any(|v| matches!(v, Violation::Overlap { .. })));
    // Also across roles: the trainer of one is the backup of the overlapping other.
    let (ss, ts, mut r) = good();
    r.assignments[1].backup = r.assignments[0].trainer;
    assert!(check(&ss, &ts, &r).iter().any(|v| matches!(v, Violation::Overlap { .. })));
}

#[test]
fn rostering_check_catches_wrong_language_topic_and_time() {
    let (ss, mut ts, r) = good();
    let who = r.assignments[0].trainer.unwrap();
    let t = ts.iter_mut().find(|t| t.id == who).unwrap();
    t.languages = vec!["fa".into()];
    t.topics = vec![topic(5)];
    t.absences = vec![(date(2027, 3, 6), date(2027, 3, 6))];
    t.weekly = vec![(Weekday::Saturday, time(10, 0, 0, 0), time(11, 30, 0, 0))];
    let v = check(&ss, &ts, &r);
    for want in ["wrong_language", "wrong_topic", "absent", "not_working_then"] {
        assert!(v.iter().any(|x| code(x) == want), "{want} missing in {v:?}");
    }
}

fn code(v: &Violation) -> &'static str {
    match v {
        Violation::WrongLanguage { .. } => "wrong_language",
        Violation::WrongTopic { .. } => "wrong_topic",
        Violation::Absent { .. } => "absent",
        Violation::NotWorkingThen { .. } => "not_working_then",
        _ => "other",
    }
}

#[test]
fn rostering_check_catches_the_monthly_limit() {
    let (ss, ts, mut r) = good();
    for a in &mut r.assignments {
        a.trainer = Some(tid(9));
        a.backup = None;
    }
    let mut ts = ts;
    let mut greedy = trainer(9, &["ar"], &[1], 1);
    greedy.weekly = ts[0].weekly.clone();
    ts.push(greedy);
    let v = check(&ss, &ts, &r);
    assert!(
        v.contains(&Violation::OverMonthlyLimit { trainer: tid(9), year: 2027, month: 3, sessions: 3, max: 1 }),
        "{v:?}"
    );
}

#[test]
fn rostering_check_catches_trainer_as_backup_and_bookkeeping() {
    let (ss, ts, mut r) = good();
    r.assignments[2].backup = r.assignments[2].trainer;
    let v = check(&ss, &ts, &r);
    assert!(v.iter().any(|x| matches!(x, Violation::TrainerIsBackup { .. })), "{v:?}");

    let (ss, ts, mut r) = good();
    r.assignments[2].backup = None; // empty but not reported
    r.assignments.remove(0); // a session missing
    r.assignments.push(Assignment { session: tid(4242), trainer: None, backup: None });
    let v = check(&ss, &ts, &r);
    assert!(v.contains(&Violation::UncoveredNotReported { session: ss[2].id, role: Slot::Backup }));
    assert!(v.contains(&Violation::MissingSession { session: ss[0].id }));
    assert!(v.contains(&Violation::UnknownSession { session: tid(4242) }));

    let (mut ss, ts, r) = good();
    let other =
        ts.iter().map(|t| t.id).find(|&t| Some(t) != r.assignments[2].trainer && Some(t) != r.assignments[2].backup);
    ss[2].pinned_trainer = other;
    assert_eq!(check(&ss, &ts, &r), vec![Violation::PinNotKept { session: ss[2].id, role: Slot::Trainer }]);
}

// --- Properties on random instances ---

#[derive(Debug, Clone)]
struct Instance {
    sessions: Vec<RosterSession>,
    trainers: Vec<RosterTrainer>,
}

const LANGS: [&str; 2] = ["ar", "ti"];

/// (languages as bits, topics as bits, weekly (weekday, block kind), absence (day, length), max per month)
type GenTrainer = (u8, u8, Vec<(u8, u8)>, Option<(u8, u8)>, u32);
/// (language, topic, day, start in half hours from 9:00, duration in half hours)
type GenSession = (u8, u8, u8, u8, u8);

fn trainer_strategy() -> impl Strategy<Value = GenTrainer> {
    (
        1u8..4,                                         // languages (bits)
        1u8..4,                                         // topics (bits)
        prop::collection::vec((0u8..7, 0u8..3), 0..6),  // (weekday, block kind)
        prop::option::weighted(0.3, (1u8..20, 0u8..3)), // absence
        0u32..4,                                        // max per month
    )
}

fn session_strategy() -> impl Strategy<Value = GenSession> {
    // (language, topic, day, start in half hours from 9:00, duration in half hours)
    (0u8..2, 0u8..2, 0u8..12, 0u8..16, 2u8..7)
}

fn build(trainers: Vec<GenTrainer>, sessions: Vec<GenSession>, first_day: Date) -> Instance {
    let trainers = trainers
        .into_iter()
        .enumerate()
        .map(|(i, (langs, topics, weekly, absence, max))| RosterTrainer {
            id: tid(i as u128 + 1),
            languages: (0..2).filter(|b| langs & (1 << b) != 0).map(|b| LANGS[b].to_owned()).collect(),
            topics: (0..2).filter(|b| topics & (1 << b) != 0).map(|b| topic(b as u128)).collect(),
            weekly: weekly
                .into_iter()
                .map(|(d, kind)| {
                    let (a, b) = match kind {
                        0 => (Time::midnight(), Time::midnight()),
                        1 => (time(9, 0, 0, 0), time(13, 0, 0, 0)),
                        _ => (time(12, 0, 0, 0), time(18, 0, 0, 0)),
                    };
                    (ALL_DAYS[d as usize], a, b)
                })
                .collect(),
            absences: absence
                .map(|(d, len)| {
                    let a = first_day.checked_add(jiff::Span::new().days(i64::from(d))).unwrap();
                    vec![(a, a.checked_add(jiff::Span::new().days(i64::from(len))).unwrap())]
                })
                .unwrap_or_default(),
            max_per_month: max,
        })
        .collect();
    let sessions = sessions
        .into_iter()
        .enumerate()
        .map(|(i, (l, t, day, start, len))| {
            let d = first_day.checked_add(jiff::Span::new().days(i64::from(day))).unwrap();
            let start = d.at(9, 0, 0, 0).checked_add(jiff::Span::new().minutes(30 * i64::from(start))).unwrap();
            RosterSession {
                id: Uuid::from_u128(10_000 + i as u128),
                language: LANGS[l as usize].into(),
                topic: topic(u128::from(t)),
                start,
                end: start.checked_add(jiff::Span::new().minutes(30 * i64::from(len))).unwrap(),
                pinned_trainer: None,
                pinned_backup: None,
            }
        })
        .collect();
    Instance { sessions, trainers }
}

/// Small instances within one month (few days, so sessions overlap often).
fn small() -> impl Strategy<Value = Instance> {
    (prop::collection::vec(trainer_strategy(), 1..5), prop::collection::vec(session_strategy(), 1..7)).prop_map(
        |(t, s)| build(t, s.into_iter().map(|(a, b, d, e, f)| (a, b, d % 3, e, f)).collect(), date(2027, 3, 5)),
    )
}

/// One busy day: many sessions overlapping in chains, the case where the flow alone is
/// not exact and the branch and bound has to work.
fn dense() -> impl Strategy<Value = Instance> {
    (
        prop::collection::vec((1u8..4, 1u8..4, Just(vec![(5u8, 0u8)]), Just(None), 1u32..4), 1..5),
        prop::collection::vec((0u8..2, 0u8..2, Just(1u8), 0u8..8, 2u8..5), 1..8),
    )
        .prop_map(|(t, s)| build(t, s, date(2027, 3, 5)))
}

/// Larger instances across two months (28 Feb to 11 March), with random pins.
fn larger() -> impl Strategy<Value = Instance> {
    (
        prop::collection::vec(trainer_strategy(), 1..9),
        prop::collection::vec(session_strategy(), 1..25),
        prop::collection::vec((0usize..30, 0u128..10, 0u128..10), 0..6),
    )
        .prop_map(|(t, s, pins)| {
            let mut inst = build(t, s, date(2027, 2, 28));
            let n = inst.sessions.len();
            for (i, a, b) in pins {
                let s = &mut inst.sessions[i % n];
                s.pinned_trainer = (a < 9).then(|| tid(a));
                s.pinned_backup = (b < 9).then(|| tid(b));
            }
            inst
        })
}

/// Can t take session s at all (the checker's rules for one duty)?
fn fits(t: &RosterTrainer, s: &RosterSession) -> bool {
    s.start < s.end && speaks_plain(t, s) && t.topics.contains(&s.topic) && !check_absent(t, s) && check_works(t, s)
}

fn overlap(a: &RosterSession, b: &RosterSession) -> bool {
    a.start < b.end && b.start < a.end
}

/// Brute force over every trainer assignment: (most sessions taught, least cost of
/// the trainer loads) with the default weights, all in one month.
fn best_trainers(inst: &Instance) -> (usize, i64) {
    let opts = RosterOptions::default();
    let n = inst.sessions.len();
    let mut choice: Vec<Option<usize>> = vec![None; n];
    let mut best = (0usize, i64::MAX);
    fn cost(inst: &Instance, choice: &[Option<usize>], o: &RosterOptions) -> i64 {
        let mut per: BTreeMap<(usize, (i16, i8)), i64> = BTreeMap::new();
        let mut term: BTreeMap<usize, i64> = BTreeMap::new();
        for (i, c) in choice.iter().enumerate() {
            if let Some(t) = c {
                let s = &inst.sessions[i];
                *per.entry((*t, (s.start.year(), s.start.month()))).or_default() += i64::from(o.trainer_load);
                *term.entry(*t).or_default() += i64::from(o.trainer_load);
            }
        }
        per.values().map(|x| x * x * i64::from(o.month_weight)).sum::<i64>()
            + term.values().map(|x| x * x * i64::from(o.term_weight)).sum::<i64>()
    }
    fn go(inst: &Instance, i: usize, choice: &mut Vec<Option<usize>>, best: &mut (usize, i64), o: &RosterOptions) {
        if i == inst.sessions.len() {
            let covered = choice.iter().filter(|c| c.is_some()).count();
            let c = cost(inst, choice, o);
            if covered > best.0 || (covered == best.0 && c < best.1) {
                *best = (covered, c);
            }
            return;
        }
        choice[i] = None;
        go(inst, i + 1, choice, best, o);
        let s = &inst.sessions[i];
        for (t, tr) in inst.trainers.iter().enumerate() {
            if !fits(tr, s) {
                continue;
            }
            let mine: Vec<usize> = (0..i).filter(|&j| choice[j] == Some(t)).collect();
            if mine.iter().any(|&j| overlap(&inst.sessions[j], s)) {
                continue;
            }
            let month = |x: &RosterSession| (x.start.year(), x.start.month());
            if mine.iter().filter(|&&j| month(&inst.sessions[j]) == month(s)).count() as u32 >= tr.max_per_month {
                continue;
            }
            choice[i] = Some(t);
            go(inst, i + 1, choice, best, o);
            choice[i] = None;
        }
    }
    go(inst, 0, &mut choice, &mut best, &opts);
    if best.1 == i64::MAX {
        best.1 = 0;
    }
    best
}

/// Brute force: the most backups given the trainers of `r`.
fn best_backups(inst: &Instance, r: &Roster) -> usize {
    let idx = |id: Uuid| inst.trainers.iter().position(|t| t.id == id);
    let trainer_of: Vec<Option<usize>> = inst
        .sessions
        .iter()
        .map(|s| r.assignments.iter().find(|a| a.session == s.id).and_then(|a| a.trainer).and_then(idx))
        .collect();
    fn go(inst: &Instance, tr: &[Option<usize>], i: usize, b: &mut Vec<Option<usize>>) -> usize {
        if i == inst.sessions.len() {
            return b.iter().filter(|x| x.is_some()).count();
        }
        let mut best = go(inst, tr, i + 1, b);
        let Some(own) = tr[i] else { return best };
        let s = &inst.sessions[i];
        for (t, x) in inst.trainers.iter().enumerate() {
            if t == own || !fits(x, s) {
                continue;
            }
            let busy = (0..inst.sessions.len())
                .any(|j| j != i && (tr[j] == Some(t) || (j < i && b[j] == Some(t))) && overlap(&inst.sessions[j], s));
            if busy {
                continue;
            }
            b[i] = Some(t);
            best = best.max(go(inst, tr, i + 1, b));
            b[i] = None;
        }
        best
    }
    go(inst, &trainer_of, 0, &mut vec![None; inst.sessions.len()])
}

fn trainer_cost(inst: &Instance, r: &Roster) -> i64 {
    let o = RosterOptions::default();
    let mut per: BTreeMap<(Uuid, (i16, i8)), i64> = BTreeMap::new();
    let mut term: BTreeMap<Uuid, i64> = BTreeMap::new();
    for a in &r.assignments {
        if let Some(t) = a.trainer {
            let s = inst.sessions.iter().find(|s| s.id == a.session).unwrap();
            *per.entry((t, (s.start.year(), s.start.month()))).or_default() += i64::from(o.trainer_load);
            *term.entry(t).or_default() += i64::from(o.trainer_load);
        }
    }
    per.values().map(|x| x * x).sum::<i64>() + term.values().map(|x| x * x).sum::<i64>()
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn rostering_small_instances_match_brute_force(inst in small()) {
        let r = solve(&inst.sessions, &inst.trainers, &RosterOptions::default());
        prop_assert_eq!(check(&inst.sessions, &inst.trainers, &r), vec![]);
        prop_assert!(r.optimal);
        let taught = r.assignments.iter().filter(|a| a.trainer.is_some()).count();
        let (best, best_cost) = best_trainers(&inst);
        prop_assert_eq!(taught, best, "sessions with a trainer");
        // One month and no pins: the fairness of the trainers' loads is optimal too.
        prop_assert_eq!(trainer_cost(&inst, &r), best_cost, "fairness cost of the trainers");
        let backups = r.assignments.iter().filter(|a| a.backup.is_some()).count();
        prop_assert_eq!(backups, best_backups(&inst, &r), "backups given the trainers");
    }

    #[test]
    fn rostering_dense_days_match_brute_force(inst in dense()) {
        let r = solve(&inst.sessions, &inst.trainers, &RosterOptions::default());
        prop_assert_eq!(check(&inst.sessions, &inst.trainers, &r), vec![]);
        prop_assert!(r.optimal);
        let taught = r.assignments.iter().filter(|a| a.trainer.is_some()).count();
        let (best, best_cost) = best_trainers(&inst);
        prop_assert_eq!(taught, best, "sessions with a trainer");
        prop_assert_eq!(trainer_cost(&inst, &r), best_cost, "fairness cost of the trainers");
        let backups = r.assignments.iter().filter(|a| a.backup.is_some()).count();
        prop_assert_eq!(backups, best_backups(&inst, &r), "backups given the trainers");
    }

    #[test]
    fn rostering_output_always_passes_the_checker(inst in larger()) {
        let r = solve(&inst.sessions, &inst.trainers, &RosterOptions::default());
        prop_assert_eq!(check(&inst.sessions, &inst.trainers, &r), vec![], "{:?} {:?}", r, inst.sessions.iter().map(|s| (s.id, s.pinned_trainer, s.pinned_backup)).collect::<Vec<_>>());
        // Maximal: nobody who fits and is free (and under the limit, to teach) is left
        // beside an empty role.
        for u in &r.uncovered {
            let s = inst.sessions.iter().find(|s| s.id == u.session).unwrap();
            let a = r.assignments.iter().find(|a| a.session == s.id).unwrap();
            if u.role == Slot::Backup && a.trainer.is_none() {
                continue;
            }
            for t in inst.trainers.iter().filter(|t| fits(t, s) && Some(t.id) != a.trainer) {
                let busy = r.assignments.iter().any(|b| {
                    let o = inst.sessions.iter().find(|x| x.id == b.session).unwrap();
                    (b.trainer == Some(t.id) || b.backup == Some(t.id)) && overlap(o, s)
                });
                let month = r.assignments.iter().filter(|b| {
                    let o = inst.sessions.iter().find(|x| x.id == b.session).unwrap();
                    b.trainer == Some(t.id) && (o.start.year(), o.start.month()) == (s.start.year(), s.start.month())
                }).count() as u32;
                let held = busy || (u.role == Slot::Trainer && month >= t.max_per_month);
                prop_assert!(held, "{} could take {:?} of {}", t.id, u.role, s.id);
            }
        }
    }
}
