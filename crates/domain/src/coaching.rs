//! Individual coaching (R1, R3, R5): counsellors with their languages, kinds, places,
//! weekly hours and absences; the appointment kinds; proposing the earliest free slots
//! (with a phone interpreter when nobody speaks the person's languages); the grid units
//! the store reserves against double booking; when the follow-up coaching is due; and
//! which languages are covered where and when.
//!
//! All times are the city's local civil time: a working day is a calendar day, so a day
//! on which the clocks change is no different from any other here.
//!
//! Internally times are whole minutes counted from 1970-01-01 00:00 (civil). Busy
//! intervals are widened to whole minutes (start rounded down, end rounded up); since
//! every proposed slot starts and ends on a whole minute, that widening never hides a
//! free slot nor lets an overlap through.

use crate::errors::FieldError;
use jiff::civil::{Date, DateTime, Time, Weekday};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use uuid::Uuid;

/// What an appointment is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentKind {
    /// First orientation after the first residence permit.
    Start,
    /// Follow-up coaching after two years of residence.
    FollowUp,
    /// A module on a special matter (recognition of foreign qualifications, …).
    IndividualModule,
    /// A follow-up at the information desk.
    DeskFollowUp,
}

impl AppointmentKind {
    pub const ALL: [AppointmentKind; 4] = [
        AppointmentKind::Start,
        AppointmentKind::FollowUp,
        AppointmentKind::IndividualModule,
        AppointmentKind::DeskFollowUp,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AppointmentKind::Start => "start",
            AppointmentKind::FollowUp => "follow_up",
            AppointmentKind::IndividualModule => "individual_module",
            AppointmentKind::DeskFollowUp => "desk_follow_up",
        }
    }

    /// The kind named by a form field or API value (`invalid_choice` otherwise).
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        AppointmentKind::ALL
            .into_iter()
            .find(|k| k.as_str() == raw.trim())
            .ok_or_else(|| FieldError::new(field, "invalid_choice"))
    }

    /// How long an appointment of this kind takes unless the coordinator says otherwise.
    pub fn default_minutes(self) -> i64 {
        match self {
            AppointmentKind::Start => 60,
            AppointmentKind::FollowUp => 45,
            AppointmentKind::IndividualModule => 60,
            AppointmentKind::DeskFollowUp => 30,
        }
    }
}

/// Shortest and longest duration the coordinator may give a kind (minutes).
pub const KIND_MINUTES: (i64, i64) = (15, 240);

/// Checks a kind's duration: 15 to 240 minutes, whole grid steps (so appointments of the
/// kind tile the 15-minute grid the database reserves).
pub fn check_kind_minutes(field: &'static str, minutes: i64) -> Result<i64, FieldError> {
    if minutes < KIND_MINUTES.0 {
        Err(FieldError::with_limit(field, "too_small", KIND_MINUTES.0))
    } else if minutes > KIND_MINUTES.1 {
        Err(FieldError::with_limit(field, "too_large", KIND_MINUTES.1))
    } else if minutes % STEP_MINUTES != 0 {
        Err(FieldError::new(field, "invalid_choice"))
    } else {
        Ok(minutes)
    }
}

/// Why a counsellor is away. Never a diagnosis: sick leave is just "sick".
pub const ABSENCE_REASONS: [&str; 3] = ["holiday", "sick", "other"];

/// A block of weekly hours as the coordinator types it: weekday 1 (Monday) to 7, from
/// and to as `HH:MM` with from before to. Errors on the fields `weekday`, `from`, `to`.
pub fn parse_hours_block(weekday: &str, from: &str, to: &str) -> Result<(i64, Time, Time), crate::Invalid> {
    let mut inv = crate::Invalid::default();
    let wd = inv.take(
        weekday
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|d| (1..=7).contains(d))
            .ok_or(FieldError::new("weekday", "invalid_choice")),
    );
    let time = |field: &'static str, raw: &str| -> Result<Time, FieldError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(FieldError::new(field, "required"));
        }
        raw.parse::<Time>().map_err(|_| FieldError::new(field, "invalid_time"))
    };
    let f = inv.take(time("from", from));
    let t = inv.take(time("to", to));
    if let (Some(f), Some(t)) = (f, t)
        && f >= t
    {
        inv.push(FieldError::new("to", "invalid_period"));
    }
    match (wd, f, t) {
        (Some(wd), Some(f), Some(t)) if inv.is_empty() => Ok((wd, f, t)),
        _ => Err(inv),
    }
}

/// An absence as typed: first and last day (`YYYY-MM-DD`, the last on or after the
/// first) and one of `ABSENCE_REASONS`. Errors on the fields `from`, `to`, `reason`.
pub fn parse_absence(from: &str, to: &str, reason: &str) -> Result<(Date, Date, &'static str), crate::Invalid> {
    let mut inv = crate::Invalid::default();
    let f = inv.take(crate::register::parse_date("from", from));
    let t = inv.take(crate::register::parse_date("to", to));
    let r = inv.take(
        ABSENCE_REASONS.into_iter().find(|r| *r == reason.trim()).ok_or(FieldError::new("reason", "invalid_choice")),
    );
    if let (Some(f), Some(t)) = (f, t)
        && t < f
    {
        inv.push(FieldError::new("to", "invalid_period"));
    }
    match (f, t, r) {
        (Some(f), Some(t), Some(r)) if inv.is_empty() => Ok((f, t, r)),
        _ => Err(inv),
    }
}

/// A counsellor's languages as typed: two lists of language codes (separated by commas
/// or spaces), those spoken natively and those spoken fluently. A language in both
/// lists counts as native. Errors on the fields `native`, `fluent`.
pub fn parse_counsellor_languages(native: &str, fluent: &str) -> Result<Vec<(String, LanguageLevel)>, crate::Invalid> {
    let mut inv = crate::Invalid::default();
    let mut out: Vec<(String, LanguageLevel)> = vec![];
    for (field, raw, level) in [("native", native, LanguageLevel::Native), ("fluent", fluent, LanguageLevel::Fluent)] {
        for code in raw.split([',', ' ', ';']).map(str::trim).filter(|c| !c.is_empty()) {
            if let Some(code) = inv.take(crate::codes::LanguageCode::parse(field, code)) {
                let code = code.as_str().to_owned();
                if !out.iter().any(|(c, _)| *c == code) {
                    out.push((code, level));
                }
            }
        }
    }
    if inv.is_empty() { Ok(out) } else { Err(inv) }
}

/// How well a counsellor speaks a language they coach in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LanguageLevel {
    Native,
    Fluent,
}

impl LanguageLevel {
    pub const ALL: [LanguageLevel; 2] = [LanguageLevel::Native, LanguageLevel::Fluent];

    pub fn as_str(self) -> &'static str {
        match self {
            LanguageLevel::Native => "native",
            LanguageLevel::Fluent => "fluent",
        }
    }

    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        LanguageLevel::ALL
            .into_iter()
            .find(|l| l.as_str() == raw.trim())
            .ok_or_else(|| FieldError::new(field, "invalid_choice"))
    }

    /// 0 for native, 1 for fluent: native speakers are proposed first.
    fn order(self) -> u8 {
        match self {
            LanguageLevel::Native => 0,
            LanguageLevel::Fluent => 1,
        }
    }
}

/// A weekly block of working time at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkBlock {
    pub weekday: Weekday,
    pub from: Time,
    pub to: Time,
    pub place: Uuid,
}

/// Days off, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Absence {
    pub from: Date,
    pub to: Date,
}

#[derive(Debug, Clone)]
pub struct Counsellor {
    pub id: Uuid,
    /// ISO 639 codes as in the register ("ar", "prs", "ti"…), with the level.
    pub languages: Vec<(String, LanguageLevel)>,
    pub kinds: Vec<AppointmentKind>,
    pub hours: Vec<WorkBlock>,
    pub absences: Vec<Absence>,
}

/// A time a counsellor or a person is already taken (local civil time of the city).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy {
    pub counsellor: Uuid,
    pub from: DateTime,
    pub to: DateTime,
}

#[derive(Debug, Clone)]
pub struct SlotQuery {
    /// The person's languages in order of preference.
    pub languages: Vec<String>,
    pub kind: AppointmentKind,
    /// Duration.
    pub minutes: i64,
    /// None: any place.
    pub place: Option<Uuid>,
    /// Earliest start (e.g. now rounded up).
    pub from: DateTime,
    /// Latest start.
    pub until: DateTime,
    /// How many slots to return.
    pub limit: usize,
    /// The person's own appointments: never overlap them.
    pub person_busy: Vec<(DateTime, DateTime)>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Slot {
    pub counsellor: Uuid,
    pub place: Uuid,
    pub start: DateTime,
    pub end: DateTime,
    /// The language the counsellor and the person share, or None when an interpreter is needed.
    pub language: Option<String>,
    pub interpreter_needed: bool,
}

/// Slot grid in minutes: starts are aligned to it, and the database reserves one unit per step.
pub const STEP_MINUTES: i64 = 15;

/// How many slots one counsellor may offer on one day (so the list offers a choice).
pub const MAX_PER_COUNSELLOR_DAY: usize = 3;

const DAY: i64 = 24 * 60;

/// Days of busy times indexed at once; each further chunk is twice as long, so a query
/// answered in the first days never looks at the rest of the year, and one that must
/// look at the whole year reads the busy list about eight times.
const FIRST_CHUNK_DAYS: i64 = 7;

/// An ISO 639 code as compared: trimmed, lower case.
fn norm(code: &str) -> String {
    code.trim().to_ascii_lowercase()
}

// ---- civil time as whole minutes -------------------------------------------------------

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (inverse of `days_from_civil`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn day_number(d: Date) -> i64 {
    days_from_civil(i64::from(d.year()), i64::from(d.month()), i64::from(d.day()))
}

fn date_of_day(day: i64) -> Option<Date> {
    let (y, m, d) = civil_from_days(day);
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
fn weekday_index(day: i64) -> usize {
    (day + 3).rem_euclid(7) as usize
}

fn has_fraction(t: Time) -> bool {
    t.second() != 0 || t.subsec_nanosecond() != 0
}

fn time_floor(t: Time) -> i64 {
    i64::from(t.hour()) * 60 + i64::from(t.minute())
}

fn time_ceil(t: Time) -> i64 {
    time_floor(t) + i64::from(has_fraction(t))
}

fn minute_floor(dt: DateTime) -> i64 {
    day_number(dt.date()) * DAY + time_floor(dt.time())
}

fn minute_ceil(dt: DateTime) -> i64 {
    day_number(dt.date()) * DAY + time_ceil(dt.time())
}

fn to_datetime(minute: i64) -> Option<DateTime> {
    let date = date_of_day(minute.div_euclid(DAY))?;
    let m = minute.rem_euclid(DAY);
    let time = Time::new(i8::try_from(m / 60).ok()?, i8::try_from(m % 60).ok()?, 0, 0).ok()?;
    Some(DateTime::from_parts(date, time))
}

fn align_up(m: i64) -> i64 {
    m + (-m).rem_euclid(STEP_MINUTES)
}

fn align_down(m: i64) -> i64 {
    m - m.rem_euclid(STEP_MINUTES)
}

/// Sorts and merges half-open intervals in place: disjoint, ascending (so their ends
/// ascend too, which the binary searches below rely on).
fn merge(v: &mut Vec<(i64, i64)>) {
    v.sort_unstable();
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(v.len());
    for &(s, e) in v.iter() {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    *v = out;
}

// ---- proposing slots --------------------------------------------------------------------

/// One counsellor as this query sees them.
struct Plan {
    id: Uuid,
    /// Position of the shared language in the person's preference; None: interpreter.
    rank: Option<usize>,
    level: u8,
    language: Option<String>,
    /// Per weekday (Monday first): (from, to) in minutes of the day and the place, only
    /// blocks at the asked place that can hold the appointment, in (from, to, place) order.
    days: [Vec<(i64, i64, Uuid)>; 7],
    /// Absences as merged inclusive day-number ranges.
    absences: Vec<(i64, i64)>,
}

impl Plan {
    fn absent(&self, day: i64) -> bool {
        let i = self.absences.partition_point(|a| a.1 < day);
        self.absences.get(i).is_some_and(|a| a.0 <= day)
    }

    /// Whether any day of [from, to) is a working day (a block, no absence).
    fn works_in(&self, from: i64, to: i64) -> bool {
        (from..to).any(|d| !self.days[weekday_index(d)].is_empty() && !self.absent(d))
    }
}

/// The counsellors who give this kind and have some block at the place long enough for
/// it; the first record wins if an id occurs twice.
fn plans(counsellors: &[Counsellor], q: &SlotQuery, person_languages: &[String]) -> Vec<Plan> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for c in counsellors {
        if !seen.insert(c.id) || !c.kinds.contains(&q.kind) {
            continue;
        }
        let mut blocks: Vec<&WorkBlock> = c
            .hours
            .iter()
            .filter(|b| q.place.is_none_or(|p| p == b.place))
            .filter(|b| time_floor(b.to) - time_ceil(b.from) >= q.minutes)
            .collect();
        if blocks.is_empty() {
            continue;
        }
        blocks.sort_by_key(|b| (b.from, b.to, b.place));
        let mut days: [Vec<(i64, i64, Uuid)>; 7] = Default::default();
        for b in blocks {
            days[b.weekday.to_monday_zero_offset() as usize].push((time_ceil(b.from), time_floor(b.to), b.place));
        }
        let mut shared = None;
        for (rank, lang) in person_languages.iter().enumerate() {
            let level = c.languages.iter().filter(|(l, _)| norm(l) == *lang).map(|(_, lv)| lv.order()).min();
            if let Some(level) = level {
                shared = Some((rank, level, lang.clone()));
                break;
            }
        }
        let mut absences: Vec<(i64, i64)> =
            c.absences.iter().filter(|a| a.from <= a.to).map(|a| (day_number(a.from), day_number(a.to) + 1)).collect();
        merge(&mut absences);
        let absences = absences.into_iter().map(|(a, b)| (a, b - 1)).collect();
        let (rank, level, language) = match shared {
            Some((r, l, lang)) => (Some(r), l, Some(lang)),
            None => (None, u8::MAX, None),
        };
        out.push(Plan { id: c.id, rank, level, language, days, absences });
    }
    out
}

/// The busy times of the active counsellors that touch one stretch of days, in minutes,
/// merged per counsellor.
#[derive(Default)]
struct BusyIndex {
    spans: Vec<(usize, i64, i64)>,
    offsets: Vec<usize>,
    merged: Vec<(i64, i64)>,
}

impl BusyIndex {
    fn fill(&mut self, busy: &[Busy], lookup: &[(Uuid, usize)], active: &[bool], lo: i64, hi: i64) {
        let lo_dt = to_datetime(lo).unwrap_or(DateTime::MIN);
        let hi_dt = to_datetime(hi).unwrap_or(DateTime::MAX);
        self.spans.clear();
        let mut last: Option<(Uuid, Option<usize>)> = None;
        for b in busy {
            if b.to <= lo_dt || b.from >= hi_dt || b.to <= b.from {
                continue;
            }
            let plan = match last {
                Some((id, p)) if id == b.counsellor => p,
                _ => {
                    let p = lookup.binary_search_by_key(&b.counsellor, |&(id, _)| id).ok().map(|i| lookup[i].1);
                    last = Some((b.counsellor, p));
                    p
                }
            };
            if let Some(p) = plan
                && active[p]
            {
                self.spans.push((p, minute_floor(b.from), minute_ceil(b.to)));
            }
        }
        self.spans.sort_unstable();
        self.offsets.clear();
        self.merged.clear();
        let mut i = 0;
        for p in 0..active.len() {
            self.offsets.push(self.merged.len());
            let first = self.merged.len();
            while let Some(&(q, s, e)) = self.spans.get(i) {
                if q != p {
                    break;
                }
                let len = self.merged.len();
                match self.merged.last_mut() {
                    Some(last) if len > first && s <= last.1 => last.1 = last.1.max(e),
                    _ => self.merged.push((s, e)),
                }
                i += 1;
            }
        }
        self.offsets.push(self.merged.len());
    }

    fn of(&self, plan: usize) -> &[(i64, i64)] {
        match (self.offsets.get(plan), self.offsets.get(plan + 1)) {
            (Some(&a), Some(&b)) => self.merged.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// The first interval of `ivs` (sorted, disjoint) that conflicts with [t, t + dur), if
/// any, starting the search at `*j` and leaving `*j` there.
fn conflict(ivs: &[(i64, i64)], j: &mut usize, t: i64, dur: i64) -> Option<i64> {
    while ivs.get(*j).is_some_and(|iv| iv.1 <= t) {
        *j += 1;
    }
    ivs.get(*j).filter(|iv| iv.0 < t + dur).map(|iv| iv.1)
}

/// The earliest free starts (at most MAX_PER_COUNSELLOR_DAY) of one counsellor on one day.
#[allow(clippy::too_many_arguments)]
fn day_starts(
    plan: &Plan,
    own: &[(i64, i64)],
    person: &[(i64, i64)],
    day: i64,
    lo: i64,
    hi: i64,
    dur: i64,
    out: &mut Vec<(i64, Uuid)>,
) {
    out.clear();
    let base = day * DAY;
    for &(from, to, place) in &plan.days[weekday_index(day)] {
        let end = base + to;
        let mut t = align_up((base + from).max(lo));
        let mut j = own.partition_point(|iv| iv.1 <= t);
        let mut k = person.partition_point(|iv| iv.1 <= t);
        let mut n = 0;
        while n < MAX_PER_COUNSELLOR_DAY && t <= hi && t + dur <= end {
            if let Some(free_at) = conflict(own, &mut j, t, dur).or_else(|| conflict(person, &mut k, t, dur)) {
                t = align_up(free_at);
                continue;
            }
            out.push((t, place));
            n += 1;
            t += STEP_MINUTES;
        }
    }
    // Overlapping blocks (at two places): keep the earliest block's place for a start.
    out.sort_by_key(|&(t, _)| t);
    out.dedup_by_key(|&mut (t, _)| t);
    out.truncate(MAX_PER_COUNSELLOR_DAY);
}

/// A found start, with what it is sorted by.
#[derive(Clone, Copy)]
struct Found {
    start: i64,
    plan: usize,
    place: Uuid,
}

/// The earliest free slots: start aligned to STEP_MINUTES, fully inside a work block of a
/// counsellor who gives this kind, at the place (if given), not on an absence day, not
/// overlapping the counsellor's busy times nor the person's. Counsellors who speak one of
/// the person's languages are proposed; only if none of them has any slot in the window,
/// slots of the other counsellors who give this kind are proposed with
/// interpreter_needed = true and language = None. Sorted by start, then by how early the
/// shared language is in the person's preference, then native before fluent, then counsellor id.
/// At most `limit` slots, and at most 3 per counsellor per day (so the list offers a choice).
///
/// Details: languages are compared trimmed and case-insensitively, and the slot names
/// the person's earliest preferred language the counsellor speaks (in lower case). A
/// start may not be before `from` nor after `until`. Busy intervals that end before they
/// begin are ignored; a busy interval may span several days. A block that ends before it
/// begins is ignored (no block crosses midnight). If a counsellor id occurs twice, the
/// first record counts. `minutes` outside 1..=1440 or `limit` 0 give no slots.
///
/// Cost: the busy list is read once per stretch of days searched (7 days, then 14, 28, …),
/// keeping only the intervals of that stretch; the days are walked from `from` and the
/// walk stops as soon as `limit` slots are certain.
pub fn propose_slots(counsellors: &[Counsellor], busy: &[Busy], q: &SlotQuery) -> Vec<Slot> {
    let dur = q.minutes;
    if q.limit == 0 || dur <= 0 || dur > DAY {
        return Vec::new();
    }
    let lo = align_up(minute_ceil(q.from));
    let hi = minute_floor(q.until);
    if hi < lo {
        return Vec::new();
    }
    let person_languages: Vec<String> = q.languages.iter().map(|l| norm(l)).filter(|l| !l.is_empty()).collect();
    let plans = plans(counsellors, q, &person_languages);
    let speakers_exist = plans.iter().any(|p| p.rank.is_some());
    let others_exist = plans.iter().any(|p| p.rank.is_none());
    let mut lookup: Vec<(Uuid, usize)> = plans.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    lookup.sort_unstable();
    let mut person: Vec<(i64, i64)> =
        q.person_busy.iter().filter(|(a, b)| a < b).map(|&(a, b)| (minute_floor(a), minute_ceil(b))).collect();
    merge(&mut person);

    let key = |f: &Found| {
        let p = &plans[f.plan];
        (f.start, p.rank.unwrap_or(usize::MAX), p.level, p.id)
    };
    let mut spoken: Vec<Found> = Vec::new();
    let mut interpreted: Vec<Found> = Vec::new();
    let mut index = BusyIndex::default();
    let mut starts: Vec<(i64, Uuid)> = Vec::new();
    let mut today: Vec<Found> = Vec::new();
    let mut day = lo.div_euclid(DAY);
    let last_day = hi.div_euclid(DAY);
    let mut chunk = FIRST_CHUNK_DAYS;
    'walk: while day <= last_day {
        // Which counsellors still matter: speakers until `limit` of their slots are found;
        // the others only while no speaker has a slot and their list is not full.
        let want_interpreted =
            |spoken: &[Found], interpreted: &[Found]| others_exist && spoken.is_empty() && interpreted.len() < q.limit;
        if !(speakers_exist || want_interpreted(&spoken, &interpreted)) {
            break;
        }
        let active: Vec<bool> =
            plans.iter().map(|p| p.rank.is_some() || want_interpreted(&spoken, &interpreted)).collect();
        let end = (day + chunk).min(last_day + 1);
        // Counsellors on long leave: no need to read the busy list for them.
        if !plans.iter().zip(&active).any(|(p, &on)| on && p.works_in(day, end)) {
            day = end;
            chunk = chunk.saturating_mul(2);
            continue;
        }
        index.fill(busy, &lookup, &active, day * DAY, end * DAY);
        for d in day..end {
            let with_others = want_interpreted(&spoken, &interpreted);
            if !speakers_exist && !with_others {
                break 'walk;
            }
            today.clear();
            for (i, p) in plans.iter().enumerate() {
                if !active[i] || (p.rank.is_none() && !with_others) || p.absent(d) {
                    continue;
                }
                day_starts(p, index.of(i), &person, d, lo, hi, dur, &mut starts);
                today.extend(starts.iter().map(|&(start, place)| Found { start, plan: i, place }));
            }
            today.sort_by_key(key);
            for f in &today {
                let list = if plans[f.plan].rank.is_some() { &mut spoken } else { &mut interpreted };
                if list.len() < q.limit {
                    list.push(*f);
                }
            }
            if spoken.len() >= q.limit {
                break 'walk;
            }
        }
        day = end;
        chunk = chunk.saturating_mul(2);
    }
    let chosen = if spoken.is_empty() { interpreted } else { spoken };
    chosen
        .into_iter()
        .filter_map(|f| {
            let p = &plans[f.plan];
            Some(Slot {
                counsellor: p.id,
                place: f.place,
                start: to_datetime(f.start)?,
                end: to_datetime(f.start + dur)?,
                language: p.language.clone(),
                interpreter_needed: p.rank.is_none(),
            })
        })
        .collect()
}

/// The grid units (starts every STEP_MINUTES) that an appointment from `start` to `end`
/// occupies; the store writes one row per unit under a unique key, so two overlapping
/// appointments of the same counsellor (or person) can never both be stored.
///
/// The units are the grid starts u with [u, u + STEP_MINUTES) meeting [start, end): from
/// `start` rounded down to the grid, while u < end. For appointments that start on the
/// grid (all proposed slots do), two appointments share a unit exactly when they
/// overlap; an appointment starting off the grid also blocks the rest of its first unit.
/// Empty when `end <= start`.
pub fn units(start: DateTime, end: DateTime) -> Vec<DateTime> {
    if end <= start {
        return Vec::new();
    }
    let last = minute_ceil(end);
    let mut u = align_down(minute_floor(start));
    let mut out = Vec::with_capacity(usize::try_from((last - u) / STEP_MINUTES + 1).unwrap_or(0));
    while u < last {
        if let Some(dt) = to_datetime(u) {
            out.push(dt);
        }
        u += STEP_MINUTES;
    }
    out
}

// ---- follow-up --------------------------------------------------------------------------

/// The day from which the follow-up coaching after two years of residence is due.
///
/// The same day and month two years after the permit was issued. A permit issued on
/// 29 February (the year two later never has one) is due on **1 March**: the first day
/// that is not before the second anniversary, so the follow-up is never offered before two
/// full years of residence. (jiff's and many libraries' "+ 2 years" would clamp to
/// 28 February.) Saturates at `Date::MAX` past year 9999.
pub fn follow_up_due(permit_issued_on: Date) -> Date {
    let p = permit_issued_on;
    let (month, day) = if p.month() == 2 && p.day() == 29 { (3, 1) } else { (p.month(), p.day()) };
    Date::new(p.year().saturating_add(2), month, day).unwrap_or(Date::MAX)
}

/// Whether the follow-up is due within `days` days from `today` (or overdue): the due
/// day is on or before `today + days`.
pub fn follow_up_due_within(permit_issued_on: Date, today: Date, days: i64) -> bool {
    day_number(follow_up_due(permit_issued_on)) - day_number(today) <= days
}

// ---- coverage ---------------------------------------------------------------------------

/// The languages spoken at one place on one weekday during one stretch of hours.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    pub place: Uuid,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    pub from: Time,
    pub to: Time,
    /// Sorted, lower case, without duplicates; empty when the counsellors working then
    /// speak none of the registered languages (interpreting only).
    pub languages: Vec<String>,
}

/// Which languages a place covers at a given time: for the coverage view ("which
/// languages are covered at which place and when"): for each weekday and place, the
/// languages spoken by counsellors working there, with the hours.
///
/// The weekly pattern only: absences and kinds are not considered. Each row is a maximal
/// stretch with the same set of languages during which at least one counsellor works
/// there; stretches nobody works are left out. Sorted by place, weekday, from.
pub fn coverage(counsellors: &[Counsellor]) -> Vec<Coverage> {
    let languages: Vec<BTreeSet<String>> = counsellors
        .iter()
        .map(|c| c.languages.iter().map(|(l, _)| norm(l)).filter(|l| !l.is_empty()).collect())
        .collect();
    // (place, weekday) → (from, to, counsellor) of the blocks worked there.
    type Blocks = Vec<(Time, Time, usize)>;
    let mut groups: BTreeMap<(Uuid, u8), Blocks> = BTreeMap::new();
    for (i, c) in counsellors.iter().enumerate() {
        for b in c.hours.iter().filter(|b| b.from < b.to) {
            let wd = b.weekday.to_monday_one_offset().unsigned_abs();
            groups.entry((b.place, wd)).or_default().push((b.from, b.to, i));
        }
    }
    let mut out = Vec::new();
    for ((place, weekday), blocks) in groups {
        let mut cuts: Vec<Time> = blocks.iter().flat_map(|&(f, t, _)| [f, t]).collect();
        cuts.sort_unstable();
        cuts.dedup();
        let mut current: Option<Coverage> = None;
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let mut staffed = false;
            let mut langs = BTreeSet::new();
            for &(f, t, i) in &blocks {
                if f <= a && b <= t {
                    staffed = true;
                    langs.extend(languages[i].iter().cloned());
                }
            }
            if !staffed {
                out.extend(current.take());
                continue;
            }
            let langs: Vec<String> = langs.into_iter().collect();
            match current.as_mut() {
                Some(c) if c.to == a && c.languages == langs => c.to = b,
                _ => {
                    out.extend(current.take());
                    current = Some(Coverage { place, weekday, from: a, to: b, languages: langs });
                }
            }
        }
        out.extend(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};
    use proptest::prelude::*;

    const HALL: Uuid = Uuid::from_u128(0xA1);
    const OFFICE: Uuid = Uuid::from_u128(0xA2);

    /// Monday 2 March 2026.
    fn monday() -> Date {
        date(2026, 3, 2)
    }

    fn at(d: Date, h: i8, m: i8) -> DateTime {
        d.at(h, m, 0, 0)
    }

    fn plus_days(d: Date, n: i64) -> Date {
        d.checked_add(jiff::Span::new().days(n)).unwrap()
    }

    fn weekdays(from: Time, to: Time, place: Uuid) -> Vec<WorkBlock> {
        [Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday]
            .into_iter()
            .map(|weekday| WorkBlock { weekday, from, to, place })
            .collect()
    }

    fn counsellor(id: u128, langs: &[(&str, LanguageLevel)], hours: Vec<WorkBlock>) -> Counsellor {
        Counsellor {
            id: Uuid::from_u128(id),
            languages: langs.iter().map(|(l, lv)| ((*l).to_owned(), *lv)).collect(),
            kinds: AppointmentKind::ALL.to_vec(),
            hours,
            absences: vec![],
        }
    }

    fn query(langs: &[&str], from: DateTime, until: DateTime) -> SlotQuery {
        SlotQuery {
            languages: langs.iter().map(|l| (*l).to_owned()).collect(),
            kind: AppointmentKind::Start,
            minutes: 60,
            place: None,
            from,
            until,
            limit: 10,
            person_busy: vec![],
        }
    }

    fn busy(id: u128, from: DateTime, to: DateTime) -> Busy {
        Busy { counsellor: Uuid::from_u128(id), from, to }
    }

    use LanguageLevel::{Fluent, Native};

    #[test]
    fn kinds_parse_and_name() {
        for k in AppointmentKind::ALL {
            assert_eq!(AppointmentKind::parse("kind", k.as_str()), Ok(k));
            assert_eq!(AppointmentKind::parse("kind", &format!(" {} ", k.as_str())), Ok(k));
        }
        assert_eq!(AppointmentKind::parse("kind", "Start"), Err(FieldError::new("kind", "invalid_choice")));
        assert_eq!(AppointmentKind::parse("kind", ""), Err(FieldError::new("kind", "invalid_choice")));
        let names: Vec<&str> = AppointmentKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names, ["start", "follow_up", "individual_module", "desk_follow_up"]);
        let minutes: Vec<i64> = AppointmentKind::ALL.iter().map(|k| k.default_minutes()).collect();
        assert_eq!(minutes, [60, 45, 60, 30]);
        for l in LanguageLevel::ALL {
            assert_eq!(LanguageLevel::parse("level", l.as_str()), Ok(l));
        }
        assert!(LanguageLevel::parse("level", "good").is_err());
    }

    #[test]
    fn minute_arithmetic_round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(day_number(date(2000, 3, 1)), 11_017);
        for d in [date(-9999, 1, 1), date(1600, 2, 29), date(1969, 12, 31), date(2024, 2, 29), date(9999, 12, 31)] {
            let n = day_number(d);
            assert_eq!(date_of_day(n), Some(d));
            assert_eq!(weekday_index(n), d.weekday().to_monday_zero_offset() as usize, "{d}");
        }
        let dt = date(2026, 3, 2).at(9, 7, 30, 5);
        assert_eq!(minute_ceil(dt) - minute_floor(dt), 1);
        assert_eq!(to_datetime(minute_floor(dt)), Some(date(2026, 3, 2).at(9, 7, 0, 0)));
        assert_eq!(align_up(-1), 0);
        assert_eq!(align_down(-1), -15);
    }

    #[test]
    fn earliest_slots_in_order_three_per_day() {
        let c = vec![counsellor(1, &[("ar", Native)], weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), HALL))];
        let q = query(&["ar"], at(monday(), 8, 0), at(plus_days(monday(), 30), 0, 0));
        let s = propose_slots(&c, &[], &q);
        assert_eq!(s.len(), 10);
        let starts: Vec<DateTime> = s.iter().map(|s| s.start).collect();
        let tuesday = plus_days(monday(), 1);
        assert_eq!(&starts[..4], &[at(monday(), 9, 0), at(monday(), 9, 15), at(monday(), 9, 30), at(tuesday, 9, 0)]);
        assert!(s.iter().all(|s| s.end == s.start.checked_add(jiff::Span::new().minutes(60)).unwrap()));
        assert!(s.iter().all(|s| s.language.as_deref() == Some("ar") && !s.interpreter_needed && s.place == HALL));
    }

    #[test]
    fn language_preference_then_level_then_id() {
        let h = || weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), HALL);
        let c = vec![
            counsellor(1, &[("ar", Fluent)], h()),
            counsellor(2, &[("ar", Native)], h()),
            counsellor(3, &[("ti", Fluent)], h()),
            counsellor(4, &[("ar", Native)], h()),
            counsellor(5, &[("de", Native)], h()),
        ];
        let mut q = query(&["ti", "ar"], at(monday(), 9, 0), at(monday(), 9, 0));
        let s = propose_slots(&c, &[], &q);
        let ids: Vec<u128> = s.iter().map(|s| s.counsellor.as_u128()).collect();
        assert_eq!(ids, [3, 2, 4, 1]);
        assert_eq!(s[0].language.as_deref(), Some("ti"));
        assert_eq!(s[1].language.as_deref(), Some("ar"));
        // An earlier start beats a better language.
        q.from = at(monday(), 9, 0);
        q.until = at(monday(), 10, 0);
        let busy3 = [busy(3, at(monday(), 9, 0), at(monday(), 9, 30))];
        let s = propose_slots(&c, &busy3, &q);
        assert_eq!(s[0].counsellor.as_u128(), 2);
        assert_eq!(s[0].start, at(monday(), 9, 0));
        assert!(s.iter().all(|s| s.counsellor.as_u128() != 5));
    }

    #[test]
    fn shared_language_is_the_persons_earliest_and_case_insensitive() {
        let c = vec![counsellor(
            1,
            &[("AR", Native), ("prs", Fluent)],
            weekdays(time(9, 0, 0, 0), time(17, 0, 0, 0), HALL),
        )];
        let q = query(&[" Prs", "ar"], at(monday(), 9, 0), at(monday(), 9, 0));
        let s = propose_slots(&c, &[], &q);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].language.as_deref(), Some("prs"));
    }

    #[test]
    fn interpreter_only_when_nobody_speaks_it() {
        let h = || weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), HALL);
        let c = vec![counsellor(1, &[("ar", Native)], h()), counsellor(2, &[("uk", Native)], h())];
        let q = query(&["ti"], at(monday(), 9, 0), at(plus_days(monday(), 14), 0, 0));
        let s = propose_slots(&c, &[], &q);
        assert_eq!(s.len(), 10);
        assert!(s.iter().all(|s| s.interpreter_needed && s.language.is_none()));
        assert_eq!(s[0].counsellor.as_u128(), 1);
        assert_eq!(s[1].counsellor.as_u128(), 2);

        // No languages known at all: interpreter too.
        let s = propose_slots(&c, &[], &query(&[], at(monday(), 9, 0), at(monday(), 9, 0)));
        assert_eq!(s.len(), 2);
        assert!(s.iter().all(|s| s.interpreter_needed));
    }

    #[test]
    fn a_speaker_weeks_away_beats_an_interpreter_today() {
        let h = || weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), HALL);
        let mut ti = counsellor(2, &[("ti", Native)], h());
        ti.absences = vec![Absence { from: monday(), to: plus_days(monday(), 44) }];
        let c = vec![counsellor(1, &[("ar", Native)], h()), ti];
        let q = query(&["ti"], at(monday(), 9, 0), at(plus_days(monday(), 60), 0, 0));
        let s = propose_slots(&c, &[], &q);
        assert_eq!(s.len(), 10);
        assert!(s.iter().all(|s| s.counsellor.as_u128() == 2 && !s.interpreter_needed));
        assert_eq!(s[0].start, at(plus_days(monday(), 45), 9, 0)); // Monday after the absence

        // The speaker's only free time is beyond the window: interpreter.
        let q = query(&["ti"], at(monday(), 9, 0), at(plus_days(monday(), 44), 23, 0));
        let s = propose_slots(&c, &[], &q);
        assert!(!s.is_empty() && s.iter().all(|s| s.counsellor.as_u128() == 1 && s.interpreter_needed));
    }

    #[test]
    fn fully_booked_speaker_means_interpreter() {
        let h = || weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), HALL);
        let c = vec![counsellor(1, &[("ar", Native)], h()), counsellor(2, &[("ti", Native)], h())];
        let b = [busy(2, at(monday(), 0, 0), at(plus_days(monday(), 100), 0, 0))];
        let q = query(&["ti"], at(monday(), 9, 0), at(plus_days(monday(), 90), 0, 0));
        let s = propose_slots(&c, &b, &q);
        assert_eq!(s.len(), 10);
        assert!(s.iter().all(|s| s.counsellor.as_u128() == 1 && s.interpreter_needed));
        // A single free hour of the speaker in the last week of the window is enough.
        let b = [
            busy(2, at(monday(), 0, 0), at(plus_days(monday(), 88), 10, 0)),
            busy(2, at(plus_days(monday(), 88), 11, 0), at(plus_days(monday(), 100), 0, 0)),
        ];
        let s = propose_slots(&c, &b, &q);
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].counsellor.as_u128(), s[0].start), (2, at(plus_days(monday(), 88), 10, 0)));
    }

    #[test]
    fn absences_are_inclusive() {
        let mut c = counsellor(1, &[("ar", Native)], weekdays(time(9, 0, 0, 0), time(10, 0, 0, 0), HALL));
        c.absences = vec![Absence { from: monday(), to: plus_days(monday(), 1) }];
        let q = query(&["ar"], at(monday(), 0, 0), at(plus_days(monday(), 5), 0, 0));
        let s = propose_slots(&[c.clone()], &[], &q);
        let days: Vec<Date> = s.iter().map(|s| s.start.date()).collect();
        assert_eq!(days, [plus_days(monday(), 2), plus_days(monday(), 3), plus_days(monday(), 4)]);
        // An inverted absence is nothing.
        c.absences = vec![Absence { from: plus_days(monday(), 1), to: monday() }];
        assert_eq!(propose_slots(&[c], &[], &q).len(), 5);
    }

    #[test]
    fn place_filter() {
        let mut hours = weekdays(time(9, 0, 0, 0), time(10, 0, 0, 0), HALL);
        hours.extend(weekdays(time(14, 0, 0, 0), time(15, 0, 0, 0), OFFICE));
        let c = vec![counsellor(1, &[("ar", Native)], hours)];
        let mut q = query(&["ar"], at(monday(), 0, 0), at(monday(), 23, 0));
        let any: Vec<(Uuid, i8)> = propose_slots(&c, &[], &q).iter().map(|s| (s.place, s.start.hour())).collect();
        assert_eq!(any, [(HALL, 9), (OFFICE, 14)]);
        q.place = Some(OFFICE);
        let only: Vec<(Uuid, i8)> = propose_slots(&c, &[], &q).iter().map(|s| (s.place, s.start.hour())).collect();
        assert_eq!(only, [(OFFICE, 14)]);
        q.place = Some(Uuid::from_u128(0xFF));
        assert!(propose_slots(&c, &[], &q).is_empty());
    }

    #[test]
    fn speaker_at_another_place_means_interpreter_here() {
        let c = vec![
            counsellor(1, &[("ti", Native)], weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), OFFICE)),
            counsellor(2, &[("ar", Native)], weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), HALL)),
        ];
        let mut q = query(&["ti"], at(monday(), 9, 0), at(monday(), 9, 0));
        q.place = Some(HALL);
        let s = propose_slots(&c, &[], &q);
        assert_eq!(s.len(), 1);
        assert!(s[0].interpreter_needed && s[0].counsellor.as_u128() == 2 && s[0].place == HALL);
    }

    #[test]
    fn only_counsellors_who_give_the_kind() {
        let h = || weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), HALL);
        let mut ti = counsellor(1, &[("ti", Native)], h());
        ti.kinds = vec![AppointmentKind::Start];
        let mut ar = counsellor(2, &[("ar", Native)], h());
        ar.kinds = vec![AppointmentKind::FollowUp];
        let c = vec![ti, ar, counsellor(3, &[("uk", Native)], h())];
        let mut q = query(&["ti"], at(monday(), 9, 0), at(monday(), 9, 0));
        q.kind = AppointmentKind::FollowUp;
        q.minutes = 45;
        let ids: Vec<u128> = propose_slots(&c, &[], &q).iter().map(|s| s.counsellor.as_u128()).collect();
        assert_eq!(ids, [2, 3]); // interpreter: the ti speaker does not give follow-ups
        q.kind = AppointmentKind::Start;
        let ids: Vec<u128> = propose_slots(&c, &[], &q).iter().map(|s| s.counsellor.as_u128()).collect();
        assert_eq!(ids, [1]);
        q.kind = AppointmentKind::IndividualModule;
        let ids: Vec<u128> = propose_slots(&c, &[], &q).iter().map(|s| s.counsellor.as_u128()).collect();
        assert_eq!(ids, [3]);
    }

    #[test]
    fn counsellor_and_person_busy_times_are_avoided() {
        let c = vec![counsellor(1, &[("ar", Native)], weekdays(time(9, 0, 0, 0), time(13, 0, 0, 0), HALL))];
        let b = [busy(1, at(monday(), 9, 0), at(monday(), 10, 10)), busy(2, at(monday(), 10, 0), at(monday(), 13, 0))];
        let mut q = query(&["ar"], at(monday(), 9, 0), at(monday(), 23, 0));
        q.person_busy = vec![(at(monday(), 11, 30), at(monday(), 11, 45))];
        let starts: Vec<DateTime> = propose_slots(&c, &b, &q).iter().map(|s| s.start).collect();
        // 10:15 (after 10:10, aligned), 10:30 ends at 11:30 (touching the person is fine),
        // then 11:45 after the person's appointment.
        assert_eq!(starts, [at(monday(), 10, 15), at(monday(), 10, 30), at(monday(), 11, 45)]);
    }

    #[test]
    fn nested_and_overlapping_intervals_merge() {
        let mut c = counsellor(1, &[("ar", Native)], weekdays(time(9, 0, 0, 0), time(13, 0, 0, 0), HALL));
        c.absences = vec![
            Absence { from: monday(), to: plus_days(monday(), 3) },
            Absence { from: plus_days(monday(), 1), to: plus_days(monday(), 1) },
        ];
        let b = [busy(1, at(plus_days(monday(), 4), 9, 0), at(plus_days(monday(), 4), 12, 0)), {
            busy(1, at(plus_days(monday(), 4), 9, 30), at(plus_days(monday(), 4), 10, 0))
        }];
        let mut q = query(&["ar"], at(monday(), 0, 0), at(plus_days(monday(), 4), 23, 0));
        q.person_busy = vec![
            (at(plus_days(monday(), 4), 11, 0), at(plus_days(monday(), 4), 13, 0)),
            (at(plus_days(monday(), 4), 11, 15), at(plus_days(monday(), 4), 11, 30)),
        ];
        q.minutes = 15;
        assert!(propose_slots(&[c.clone()], &b, &q).is_empty());
        q.person_busy.swap(0, 1);
        assert!(propose_slots(&[c], &b, &q).is_empty());
    }

    #[test]
    fn seconds_and_multi_day_busy_times() {
        let c = vec![counsellor(1, &[("ar", Native)], weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), HALL))];
        let b = [
            Busy { counsellor: Uuid::from_u128(1), from: monday().at(8, 0, 0, 0), to: monday().at(9, 0, 0, 1) },
            busy(1, at(plus_days(monday(), 1), 11, 0), at(plus_days(monday(), 3), 9, 30)),
            // Inverted: ignored.
            busy(1, at(plus_days(monday(), 4), 12, 0), at(plus_days(monday(), 4), 9, 0)),
        ];
        let q = query(&["ar"], at(monday(), 9, 0), at(plus_days(monday(), 4), 23, 0));
        let starts: Vec<DateTime> = propose_slots(&c, &b, &q).iter().map(|s| s.start).collect();
        assert_eq!(
            starts,
            [
                at(monday(), 9, 15),
                at(monday(), 9, 30),
                at(monday(), 9, 45),
                at(plus_days(monday(), 1), 9, 0),
                at(plus_days(monday(), 1), 9, 15),
                at(plus_days(monday(), 1), 9, 30),
                at(plus_days(monday(), 3), 9, 30),
                at(plus_days(monday(), 3), 9, 45),
                at(plus_days(monday(), 3), 10, 0),
                at(plus_days(monday(), 4), 9, 0),
            ]
        );
    }

    #[test]
    fn starts_are_aligned_and_inside_the_window() {
        let c = vec![counsellor(1, &[("ar", Native)], weekdays(time(8, 50, 0, 0), time(12, 0, 0, 0), HALL))];
        let q = query(&["ar"], monday().at(9, 7, 12, 0), at(monday(), 9, 30));
        let starts: Vec<DateTime> = propose_slots(&c, &[], &q).iter().map(|s| s.start).collect();
        assert_eq!(starts, [at(monday(), 9, 15), at(monday(), 9, 30)]);
        // A block starting off the grid: the first start is the next grid point.
        let q = query(&["ar"], at(monday(), 8, 0), at(monday(), 9, 0));
        let starts: Vec<DateTime> = propose_slots(&c, &[], &q).iter().map(|s| s.start).collect();
        assert_eq!(starts, [at(monday(), 9, 0)]);
        // `from` just after a grid point, by a nanosecond.
        let q = query(&["ar"], monday().at(9, 0, 0, 1), at(monday(), 9, 15));
        let starts: Vec<DateTime> = propose_slots(&c, &[], &q).iter().map(|s| s.start).collect();
        assert_eq!(starts, [at(monday(), 9, 15)]);
    }

    #[test]
    fn a_block_ending_at_noon_takes_its_last_hour_at_eleven() {
        let c = vec![counsellor(1, &[("ar", Native)], weekdays(time(10, 0, 0, 0), time(12, 0, 0, 0), HALL))];
        let mut q = query(&["ar"], at(monday(), 10, 40), at(monday(), 23, 0));
        let starts: Vec<DateTime> = propose_slots(&c, &[], &q).iter().map(|s| s.start).collect();
        assert_eq!(starts, [at(monday(), 10, 45), at(monday(), 11, 0)]);
        q.minutes = 45;
        let last = propose_slots(&c, &[], &q).last().map(|s| s.start);
        assert_eq!(last, Some(at(monday(), 11, 15)));
        // A block shorter than the appointment offers nothing.
        q.minutes = 121;
        q.from = at(monday(), 0, 0);
        assert!(propose_slots(&c, &[], &q).is_empty());
        // A block ending at 11:59:59 cannot hold 11:00-12:00.
        let c = vec![counsellor(1, &[("ar", Native)], weekdays(time(10, 0, 0, 0), time(11, 59, 59, 0), HALL))];
        let q = query(&["ar"], at(monday(), 10, 0), at(monday(), 23, 0));
        let starts: Vec<DateTime> = propose_slots(&c, &[], &q).iter().map(|s| s.start).collect();
        assert_eq!(starts, [at(monday(), 10, 0), at(monday(), 10, 15), at(monday(), 10, 30)]);
    }

    #[test]
    fn limit_and_degenerate_queries() {
        let c = vec![
            counsellor(1, &[("ar", Native)], weekdays(time(9, 0, 0, 0), time(17, 0, 0, 0), HALL)),
            counsellor(2, &[("ar", Native)], weekdays(time(9, 0, 0, 0), time(17, 0, 0, 0), HALL)),
        ];
        let mut q = query(&["ar"], at(monday(), 9, 0), at(plus_days(monday(), 300), 0, 0));
        q.limit = 4;
        let s = propose_slots(&c, &[], &q);
        let got: Vec<(u128, i8, i8)> =
            s.iter().map(|s| (s.counsellor.as_u128(), s.start.hour(), s.start.minute())).collect();
        assert_eq!(got, [(1, 9, 0), (2, 9, 0), (1, 9, 15), (2, 9, 15)]);
        q.limit = 0;
        assert!(propose_slots(&c, &[], &q).is_empty());
        q.limit = 4;
        for m in [0, -15, 24 * 60 + 1] {
            q.minutes = m;
            assert!(propose_slots(&c, &[], &q).is_empty());
        }
        q.minutes = 60;
        q.until = at(monday(), 8, 0);
        assert!(propose_slots(&c, &[], &q).is_empty());
        assert!(propose_slots(&[], &[], &query(&["ar"], at(monday(), 9, 0), at(monday(), 12, 0))).is_empty());
        // Weekend: no blocks.
        let sat = plus_days(monday(), 5);
        assert!(propose_slots(&c, &[], &query(&["ar"], at(sat, 0, 0), at(sat, 23, 0))).is_empty());
    }

    #[test]
    fn overlapping_blocks_and_duplicate_ids() {
        let mut hours = weekdays(time(9, 0, 0, 0), time(12, 0, 0, 0), OFFICE);
        hours.extend(weekdays(time(8, 0, 0, 0), time(10, 0, 0, 0), HALL));
        let c = vec![counsellor(1, &[("ar", Native)], hours), counsellor(1, &[("ar", Native)], vec![])];
        let q = query(&["ar"], at(monday(), 8, 45), at(monday(), 23, 0));
        let got: Vec<(i8, i8, Uuid)> =
            propose_slots(&c, &[], &q).iter().map(|s| (s.start.hour(), s.start.minute(), s.place)).collect();
        assert_eq!(got, [(8, 45, HALL), (9, 0, HALL), (9, 15, OFFICE)]);
    }

    #[test]
    fn busy_of_unknown_counsellors_and_other_people_is_ignored() {
        let c = vec![counsellor(1, &[("ar", Native)], weekdays(time(9, 0, 0, 0), time(10, 0, 0, 0), HALL))];
        let b = [busy(7, at(monday(), 0, 0), at(plus_days(monday(), 9), 0, 0))];
        let s = propose_slots(&c, &b, &query(&["ar"], at(monday(), 9, 0), at(monday(), 9, 0)));
        assert_eq!(s.len(), 1);
    }

    #[test]
    fn units_cover_the_appointment() {
        let d = monday();
        assert_eq!(units(at(d, 9, 0), at(d, 10, 0)), [at(d, 9, 0), at(d, 9, 15), at(d, 9, 30), at(d, 9, 45)]);
        assert_eq!(units(at(d, 9, 0), at(d, 9, 50)), [at(d, 9, 0), at(d, 9, 15), at(d, 9, 30), at(d, 9, 45)]);
        assert_eq!(units(at(d, 9, 10), at(d, 9, 20)), [at(d, 9, 0), at(d, 9, 15)]);
        assert_eq!(units(at(d, 9, 0), d.at(9, 15, 0, 1)), [at(d, 9, 0), at(d, 9, 15)]);
        assert_eq!(units(at(d, 23, 45), at(plus_days(d, 1), 0, 15)), [at(d, 23, 45), at(plus_days(d, 1), 0, 0)]);
        assert!(units(at(d, 9, 0), at(d, 9, 0)).is_empty());
        assert!(units(at(d, 10, 0), at(d, 9, 0)).is_empty());
        // Back to back appointments share no unit; overlapping ones do.
        let a = units(at(d, 9, 0), at(d, 9, 45));
        assert!(units(at(d, 9, 45), at(d, 10, 30)).iter().all(|u| !a.contains(u)));
        assert!(units(at(d, 9, 30), at(d, 10, 30)).iter().any(|u| a.contains(u)));
    }

    #[test]
    fn follow_up_is_two_years_later() {
        assert_eq!(follow_up_due(date(2024, 5, 10)), date(2026, 5, 10));
        assert_eq!(follow_up_due(date(2024, 12, 31)), date(2026, 12, 31));
        assert_eq!(follow_up_due(date(2023, 2, 28)), date(2025, 2, 28));
        assert_eq!(follow_up_due(date(2022, 2, 28)), date(2024, 2, 28));
        assert_eq!(follow_up_due(date(2022, 3, 1)), date(2024, 3, 1));
        // 29 February: due on 1 March, never on 28 February.
        assert_eq!(follow_up_due(date(2024, 2, 29)), date(2026, 3, 1));
        assert_eq!(follow_up_due(date(2000, 2, 29)), date(2002, 3, 1));
        assert_eq!(follow_up_due(date(9998, 6, 1)), Date::MAX);
        assert_eq!(follow_up_due(date(9997, 6, 1)), date(9999, 6, 1));
    }

    #[test]
    fn follow_up_due_within_days() {
        let permit = date(2024, 5, 10);
        assert!(follow_up_due_within(permit, date(2026, 5, 10), 0));
        assert!(!follow_up_due_within(permit, date(2026, 5, 9), 0));
        assert!(follow_up_due_within(permit, date(2026, 5, 9), 1));
        assert!(follow_up_due_within(permit, date(2026, 4, 10), 30));
        assert!(!follow_up_due_within(permit, date(2026, 4, 9), 30));
        assert!(follow_up_due_within(permit, date(2027, 1, 1), 0)); // overdue
        assert!(!follow_up_due_within(permit, date(2024, 5, 10), 365));
        let leap = date(2024, 2, 29);
        assert!(!follow_up_due_within(leap, date(2026, 2, 28), 0));
        assert!(follow_up_due_within(leap, date(2026, 2, 28), 1));
    }

    #[test]
    fn coverage_by_place_weekday_and_hours() {
        let mon = |f: i8, t: i8, place| WorkBlock {
            weekday: Weekday::Monday,
            from: time(f, 0, 0, 0),
            to: time(t, 0, 0, 0),
            place,
        };
        let c = vec![
            counsellor(1, &[("ar", Native), ("EN", Fluent)], vec![mon(8, 12, HALL), mon(13, 17, HALL)]),
            counsellor(2, &[("ti", Native)], vec![mon(10, 14, HALL), mon(9, 12, OFFICE), mon(12, 9, OFFICE)]),
            counsellor(3, &[("en", Native)], vec![mon(14, 16, HALL)]),
            counsellor(4, &[], vec![WorkBlock { weekday: Weekday::Sunday, ..mon(9, 10, OFFICE) }]),
        ];
        let cov = coverage(&c);
        let row = |place, weekday, f: i8, t: i8, langs: &[&str]| Coverage {
            place,
            weekday,
            from: time(f, 0, 0, 0),
            to: time(t, 0, 0, 0),
            languages: langs.iter().map(|l| (*l).to_owned()).collect(),
        };
        assert_eq!(
            cov,
            [
                row(HALL, 1, 8, 10, &["ar", "en"]),
                row(HALL, 1, 10, 12, &["ar", "en", "ti"]),
                row(HALL, 1, 12, 13, &["ti"]),
                row(HALL, 1, 13, 14, &["ar", "en", "ti"]),
                row(HALL, 1, 14, 17, &["ar", "en"]), // counsellor 3 adds nothing new: merged
                row(OFFICE, 1, 9, 12, &["ti"]),
                row(OFFICE, 7, 9, 10, &[]),
            ]
        );
        assert!(coverage(&[]).is_empty());
    }

    // ---- properties ---------------------------------------------------------------------

    const POOL: [&str; 5] = ["ar", "ti", "uk", "prs", "AR "];

    fn scenario() -> impl Strategy<Value = (Vec<Counsellor>, Vec<Busy>, SlotQuery)> {
        let block =
            (0usize..7, 6 * 60i64..19 * 60, 0i64..300, prop::bool::weighted(0.8), 0u8..3, prop::bool::weighted(0.1))
                .prop_map(|(wd, from, len, round, place, secs)| {
                    let from = if round { from / 15 * 15 } else { from };
                    let to = (from + len).min(23 * 60 + 59);
                    let t = |m: i64| time((m / 60) as i8, (m % 60) as i8, 0, 0);
                    WorkBlock {
                        weekday: Weekday::from_monday_zero_offset(wd as i8).unwrap(),
                        from: if secs { t(from).with().second(20).build().unwrap() } else { t(from) },
                        to: t(to),
                        place: if place == 2 { OFFICE } else { HALL },
                    }
                });
        let absence = (0i64..40, 0i64..6).prop_map(|(start, len)| Absence {
            from: plus_days(monday(), start),
            to: plus_days(monday(), start + len - 1), // len 0: inverted
        });
        let counsellor = (
            prop::collection::vec((0usize..POOL.len(), prop::bool::ANY), 0..3),
            prop::collection::vec(prop::bool::weighted(0.7), 4),
            prop::collection::vec(block, 0..10),
            prop::collection::vec(absence, 0..3),
        );
        // Mostly on the grid in working hours of the first weeks, where the blocks are.
        let start = prop_oneof![0i64..40 * DAY, (0i64..16, 0i64..44).prop_map(|(d, k)| d * DAY + 8 * 60 + 15 * k)];
        let interval = (start, 1i64..240, prop::bool::weighted(0.05), prop::bool::weighted(0.1));
        let busy = (0u128..6, interval.clone());
        let query = (
            prop::collection::vec(prop::sample::select(vec!["ar", "ti", "uk", "prs", "so", " Ti"]), 0..4),
            0usize..4,
            prop::sample::select(vec![15i64, 20, 30, 45, 50, 60, 90]),
            0u8..4,
            0i64..10 * DAY,
            prop::sample::select(vec![0i64, 600, DAY, 3 * DAY, 6 * DAY, 9 * DAY, 14 * DAY, 20 * DAY, 30 * DAY]),
            0usize..14,
            prop::collection::vec(interval.clone(), 0..5),
            0i32..2,
        );
        (prop::collection::vec(counsellor, 0..6), prop::collection::vec(busy, 0..120), query).prop_map(
            |(cs, bs, (langs, kind, minutes, place, from, span, limit, person, nanos))| {
                let base = monday().at(0, 0, 0, 0);
                let dt = |m: i64| base.checked_add(jiff::Span::new().minutes(m)).unwrap();
                let iv = |(start, len, long, secs): (i64, i64, bool, bool)| {
                    let len = if long { len * 20 } else { len };
                    let a = dt(start);
                    let b = dt(start + len);
                    let b = if secs { b.checked_add(jiff::Span::new().seconds(7)).unwrap() } else { b };
                    if start % 17 == 0 { (b, a) } else { (a, b) } // some inverted
                };
                let counsellors: Vec<Counsellor> = cs
                    .into_iter()
                    .enumerate()
                    .map(|(i, (langs, kinds, hours, absences))| Counsellor {
                        id: Uuid::from_u128(i as u128 + 1),
                        languages: langs
                            .into_iter()
                            .map(|(l, native)| (POOL[l].to_owned(), if native { Native } else { Fluent }))
                            .collect(),
                        kinds: AppointmentKind::ALL
                            .into_iter()
                            .zip(kinds)
                            .filter(|(_, on)| *on)
                            .map(|(k, _)| k)
                            .collect(),
                        hours,
                        absences,
                    })
                    .collect();
                let busy = bs
                    .into_iter()
                    .map(|(c, i)| {
                        let (from, to) = iv(i);
                        Busy { counsellor: Uuid::from_u128(c), from, to }
                    })
                    .collect();
                let from = dt(from).checked_add(jiff::Span::new().nanoseconds(i64::from(nanos))).unwrap();
                let q = SlotQuery {
                    languages: langs.into_iter().map(str::to_owned).collect(),
                    kind: AppointmentKind::ALL[kind],
                    minutes,
                    place: match place {
                        0 | 1 => None,
                        2 => Some(HALL),
                        _ => Some(OFFICE),
                    },
                    from,
                    until: from.checked_add(jiff::Span::new().minutes(span)).unwrap(),
                    limit,
                    person_busy: person.into_iter().map(iv).collect(),
                };
                (counsellors, busy, q)
            },
        )
    }

    /// The rules, checked one candidate at a time with jiff's own arithmetic.
    fn reference(counsellors: &[Counsellor], busy: &[Busy], q: &SlotQuery) -> Vec<Slot> {
        if q.limit == 0 || q.minutes <= 0 || q.minutes > DAY {
            return vec![];
        }
        let dur = jiff::Span::new().minutes(q.minutes);
        let langs: Vec<String> =
            q.languages.iter().map(|l| l.trim().to_lowercase()).filter(|l| !l.is_empty()).collect();
        let overlaps = |a: DateTime, b: DateTime, s: DateTime, e: DateTime| a < b && a < e && s < b;
        let mut spoken = vec![];
        let mut interpreted = vec![];
        let mut seen = vec![];
        for c in counsellors {
            if seen.contains(&c.id) || !c.kinds.contains(&q.kind) {
                seen.push(c.id);
                continue;
            }
            seen.push(c.id);
            let shared = langs.iter().enumerate().find_map(|(i, l)| {
                let lv = c
                    .languages
                    .iter()
                    .filter(|(x, _)| x.trim().to_lowercase() == *l)
                    .map(|(_, lv)| lv.order())
                    .min()?;
                Some((i, lv, l.clone()))
            });
            let mut blocks: Vec<&WorkBlock> = c.hours.iter().filter(|b| q.place.is_none_or(|p| p == b.place)).collect();
            blocks.sort_by_key(|b| (b.from, b.to, b.place));
            let mut d = q.from.date();
            while d <= q.until.date() {
                if !c.absences.iter().any(|a| a.from <= d && d <= a.to) {
                    let mut n = 0;
                    for i in 0..96 {
                        let start = d.at(0, 0, 0, 0).checked_add(jiff::Span::new().minutes(15 * i)).unwrap();
                        let end = start.checked_add(dur).unwrap();
                        if start < q.from || start > q.until || n == MAX_PER_COUNSELLOR_DAY {
                            continue;
                        }
                        let Some(block) = blocks.iter().find(|b| {
                            b.weekday == d.weekday() && d.to_datetime(b.from) <= start && end <= d.to_datetime(b.to)
                        }) else {
                            continue;
                        };
                        if busy.iter().any(|b| b.counsellor == c.id && overlaps(b.from, b.to, start, end))
                            || q.person_busy.iter().any(|&(a, b)| overlaps(a, b, start, end))
                        {
                            continue;
                        }
                        n += 1;
                        let slot = Slot {
                            counsellor: c.id,
                            place: block.place,
                            start,
                            end,
                            language: shared.as_ref().map(|s| s.2.clone()),
                            interpreter_needed: shared.is_none(),
                        };
                        let key = (
                            start,
                            shared.as_ref().map_or(usize::MAX, |s| s.0),
                            shared.as_ref().map_or(u8::MAX, |s| s.1),
                            c.id,
                        );
                        if shared.is_some() { spoken.push((key, slot)) } else { interpreted.push((key, slot)) }
                    }
                }
                d = plus_days(d, 1);
            }
        }
        let mut chosen = if spoken.is_empty() { interpreted } else { spoken };
        chosen.sort_by_key(|a| a.0);
        chosen.into_iter().take(q.limit).map(|(_, s)| s).collect()
    }

    proptest! {
        // Failures are printed with their input; no regression files in the tree.
        #![proptest_config(ProptestConfig { failure_persistence: None, cases: 1000, ..ProptestConfig::default() })]

        #[test]
        fn proposals_equal_the_rules_checked_one_by_one((cs, busy, q) in scenario()) {
            prop_assert_eq!(propose_slots(&cs, &busy, &q), reference(&cs, &busy, &q));
        }

        #[test]
        fn proposals_keep_every_rule((cs, busy, q) in scenario()) {
            let s = propose_slots(&cs, &busy, &q);
            prop_assert!(s.len() <= q.limit);
            // Inverted intervals are empty: they block nothing.
            let overlaps = |a: DateTime, b: DateTime, s: &Slot| a < b && a < s.end && s.start < b;
            for x in &s {
                prop_assert!(x.start >= q.from && x.start <= q.until);
                prop_assert_eq!(x.start.minute() % 15, 0);
                prop_assert_eq!((x.start.second(), x.start.subsec_nanosecond()), (0, 0));
                prop_assert_eq!(x.end, x.start.checked_add(jiff::Span::new().minutes(q.minutes)).unwrap());
                prop_assert!(!busy.iter().any(|b| b.counsellor == x.counsellor && overlaps(b.from, b.to, x)));
                prop_assert!(!q.person_busy.iter().any(|&(a, b)| overlaps(a, b, x)));
                let c = cs.iter().find(|c| c.id == x.counsellor).unwrap();
                prop_assert!(c.kinds.contains(&q.kind));
                prop_assert!(q.place.is_none_or(|p| p == x.place));
                let d = x.start.date();
                prop_assert!(!c.absences.iter().any(|a| a.from <= d && d <= a.to));
                prop_assert!(c.hours.iter().any(|b| b.place == x.place
                    && b.weekday == d.weekday()
                    && d.to_datetime(b.from) <= x.start
                    && x.end <= d.to_datetime(b.to)));
                prop_assert_eq!(x.interpreter_needed, x.language.is_none());
                prop_assert_eq!(x.interpreter_needed, s[0].interpreter_needed);
                let same_day = s.iter().filter(|y| y.counsellor == x.counsellor && y.start.date() == d).count();
                prop_assert!(same_day <= MAX_PER_COUNSELLOR_DAY);
            }
            prop_assert!(s.windows(2).all(|w| w[0].start <= w[1].start));
            prop_assert!(s.windows(2).all(|w| (w[0].start, w[0].counsellor) != (w[1].start, w[1].counsellor)));
        }

        #[test]
        fn units_tile_the_appointment(start in 0i64..3 * DAY, len in -30i64..600, secs in 0i8..60) {
            let base = monday().at(0, 0, 0, 0);
            let s = base.checked_add(jiff::Span::new().minutes(start).seconds(i64::from(secs))).unwrap();
            let e = s.checked_add(jiff::Span::new().minutes(len)).unwrap();
            let u = units(s, e);
            if len <= 0 {
                prop_assert!(u.is_empty());
            } else {
                let step = jiff::Span::new().minutes(STEP_MINUTES);
                prop_assert!(u[0] <= s && s < u[0].checked_add(step).unwrap());
                let last = u[u.len() - 1];
                prop_assert!(last < e && e <= last.checked_add(step).unwrap());
                for w in u.windows(2) {
                    prop_assert_eq!(w[0].checked_add(step).unwrap(), w[1]);
                }
                for x in &u {
                    prop_assert_eq!(x.minute() % 15, 0);
                    prop_assert_eq!(x.second(), 0);
                }
            }
        }

        #[test]
        fn aligned_appointments_share_a_unit_iff_they_overlap(
            a in 0i64..200, la in 1i64..300, b in 0i64..200, lb in 1i64..300,
        ) {
            let base = monday().at(8, 0, 0, 0);
            let dt = |m: i64| base.checked_add(jiff::Span::new().minutes(m)).unwrap();
            let (sa, ea, sb, eb) = (dt(a * 15), dt(a * 15 + la), dt(b * 15), dt(b * 15 + lb));
            let ua = units(sa, ea);
            let share = units(sb, eb).iter().any(|u| ua.contains(u));
            prop_assert_eq!(share, sa < eb && sb < ea);
        }

        #[test]
        fn follow_up_is_never_early(day in 0i64..100_000, today in 0i64..100_000, within in -400i64..400) {
            let permit = plus_days(date(1900, 1, 1), day);
            let due = follow_up_due(permit);
            let two_years = permit.checked_add(jiff::Span::new().years(2)).unwrap();
            prop_assert!(due >= two_years);
            prop_assert!(due <= plus_days(two_years, 1));
            prop_assert_eq!(due.year(), permit.year() + 2);
            if (permit.month(), permit.day()) != (2, 29) {
                prop_assert_eq!((due.month(), due.day()), (permit.month(), permit.day()));
            }
            let today = plus_days(date(1900, 1, 1), today);
            let days_left = today.until(due).unwrap().get_days();
            prop_assert_eq!(follow_up_due_within(permit, today, within), i64::from(days_left) <= within);
        }

        #[test]
        fn coverage_lists_who_works_when((cs, _, _) in scenario(), place in 0u8..2, wd in 0i8..7, minute in 0i64..DAY) {
            let place = if place == 0 { HALL } else { OFFICE };
            let weekday = Weekday::from_monday_zero_offset(wd).unwrap();
            let t = time((minute / 60) as i8, (minute % 60) as i8, 30, 0);
            let cov = coverage(&cs);
            let rows: Vec<&Coverage> = cov
                .iter()
                .filter(|c| c.place == place && c.weekday == weekday.to_monday_one_offset() as u8 && c.from <= t && t < c.to)
                .collect();
            let working: Vec<&Counsellor> = cs
                .iter()
                .filter(|c| c.hours.iter().any(|b| b.place == place && b.weekday == weekday && b.from <= t && t < b.to))
                .collect();
            if working.is_empty() {
                prop_assert!(rows.is_empty());
            } else {
                prop_assert_eq!(rows.len(), 1);
                let want: BTreeSet<String> =
                    working.iter().flat_map(|c| c.languages.iter().map(|(l, _)| l.trim().to_lowercase())).collect();
                prop_assert_eq!(&rows[0].languages, &want.into_iter().collect::<Vec<_>>());
            }
            prop_assert!(cov.windows(2).all(|w| (w[0].place, w[0].weekday, w[0].from) < (w[1].place, w[1].weekday, w[1].from)));
            prop_assert!(cov.iter().all(|c| c.from < c.to));
        }
    }
}

/// What a counsellor records after an appointment, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// `held` or `no_show`.
    pub status: &'static str,
    pub topics: Option<String>,
    pub handed_out: Option<String>,
    pub referrals: Option<String>,
    pub childcare_needed: bool,
    pub notes: Option<String>,
}

impl Outcome {
    /// Checks the outcome form or API body; every problem is reported.
    pub fn parse(
        status: &str,
        topics: &str,
        handed_out: &str,
        referrals: &str,
        notes: &str,
        childcare_needed: bool,
    ) -> Result<Self, crate::Invalid> {
        use crate::text::optional_text;
        let mut inv = crate::Invalid::default();
        let status = match status.trim() {
            "held" => Some("held"),
            "no_show" => Some("no_show"),
            _ => {
                inv.push(crate::FieldError::new("status", "invalid_choice"));
                None
            }
        };
        let topics = inv.take(optional_text("topics", topics, 2000));
        let handed_out = inv.take(optional_text("handed_out", handed_out, 1000));
        let referrals = inv.take(optional_text("referrals", referrals, 2000));
        let notes = inv.take(optional_text("notes", notes, 5000));
        match (status, topics, handed_out, referrals, notes) {
            (Some(status), Some(topics), Some(handed_out), Some(referrals), Some(notes)) if inv.is_empty() => {
                Ok(Self { status, topics, handed_out, referrals, childcare_needed, notes })
            }
            _ => Err(inv),
        }
    }
}

#[cfg(test)]
mod kind_minutes_tests {
    #[test]
    fn kind_minutes_are_grid_steps_within_bounds() {
        use super::check_kind_minutes as c;
        assert_eq!(c("m", 15), Ok(15));
        assert_eq!(c("m", 240), Ok(240));
        assert_eq!(c("m", 45), Ok(45));
        assert_eq!(c("m", 0).unwrap_err().code, "too_small");
        assert_eq!(c("m", 255).unwrap_err().code, "too_large");
        assert_eq!(c("m", 50).unwrap_err().code, "invalid_choice");
    }
}

#[cfg(test)]
mod outcome_tests {
    #[test]
    fn outcomes_are_checked() {
        let o = super::Outcome::parse("held", " housing ", "", "", "", true).unwrap();
        assert_eq!(o.topics.as_deref(), Some("housing"));
        let e = super::Outcome::parse("maybe", &"x".repeat(3000), "", "", "", false).unwrap_err();
        let fields: Vec<_> = e.errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["status", "topics"]);
    }
}

#[cfg(test)]
mod setup_tests {
    use super::{LanguageLevel, parse_absence, parse_counsellor_languages, parse_hours_block};
    use jiff::civil::{date, time};

    fn fields(e: crate::Invalid) -> Vec<(&'static str, &'static str)> {
        e.errors.iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn hours_blocks_are_checked_field_by_field() {
        assert_eq!(parse_hours_block("1", "08:00", "12:30"), Ok((1, time(8, 0, 0, 0), time(12, 30, 0, 0))));
        assert_eq!(fields(parse_hours_block("8", "08:00", "12:00").unwrap_err()), [("weekday", "invalid_choice")]);
        assert_eq!(
            fields(parse_hours_block("1", "", "8 am").unwrap_err()),
            [("from", "required"), ("to", "invalid_time")]
        );
        assert_eq!(fields(parse_hours_block("7", "12:00", "12:00").unwrap_err()), [("to", "invalid_period")]);
    }

    #[test]
    fn absences_need_an_order_and_a_reason_never_a_diagnosis() {
        assert_eq!(
            parse_absence("2027-03-15", "2027-03-15", "sick"),
            Ok((date(2027, 3, 15), date(2027, 3, 15), "sick"))
        );
        assert_eq!(
            fields(parse_absence("2027-03-15", "2027-03-14", "flu").unwrap_err()),
            [("reason", "invalid_choice"), ("to", "invalid_period")]
        );
        assert_eq!(fields(parse_absence("", "2027-02-30", "holiday").unwrap_err())[0], ("from", "required"));
    }

    #[test]
    fn languages_native_first_and_once() {
        let l = parse_counsellor_languages(" so, AR ", "en ar;ti").unwrap();
        assert_eq!(
            l,
            [
                ("so".to_owned(), LanguageLevel::Native),
                ("ar".to_owned(), LanguageLevel::Native),
                ("en".to_owned(), LanguageLevel::Fluent),
                ("ti".to_owned(), LanguageLevel::Fluent),
            ]
        );
        assert!(parse_counsellor_languages("", "").unwrap().is_empty());
        assert_eq!(fields(parse_counsellor_languages("so", "xx").unwrap_err())[0].0, "fluent");
    }
}

/// How many days the childcare planning list covers at most.
pub const CHILDCARE_MAX_DAYS: i64 = 62;

/// The period of the childcare planning list as typed: the first day (`YYYY-MM-DD`;
/// empty: `today`) and a number of days (empty: 14; 1 to `CHILDCARE_MAX_DAYS`). Errors
/// on the fields `from`, `days`.
pub fn parse_childcare_period(from: &str, days: &str, today: Date) -> Result<(Date, i64), crate::Invalid> {
    let mut inv = crate::Invalid::default();
    let f = if from.trim().is_empty() { Some(today) } else { inv.take(crate::register::parse_date("from", from)) };
    let d = if days.trim().is_empty() {
        Some(14)
    } else {
        inv.take(crate::text::whole_number("days", days, 1, CHILDCARE_MAX_DAYS))
    };
    match (f, d) {
        (Some(f), Some(d)) if inv.is_empty() => Ok((f, d)),
        _ => Err(inv),
    }
}

/// The most children in care at the same time, from (start, end, children) of the
/// appointments of one day and place: overlapping appointments add up, one ending when
/// the next starts does not.
pub fn most_at_once(slots: &[(jiff::civil::Time, jiff::civil::Time, i64)]) -> i64 {
    slots
        .iter()
        .map(|(start, _, _)| slots.iter().filter(|(s, e, _)| s <= start && start < e).map(|(_, _, n)| *n).sum::<i64>())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod childcare_tests {
    use super::most_at_once;
    use jiff::civil::time;

    #[test]
    fn overlapping_appointments_add_up_and_back_to_back_ones_do_not() {
        assert_eq!(most_at_once(&[]), 0);
        let nine = (time(9, 0, 0, 0), time(10, 0, 0, 0), 2);
        let half_past = (time(9, 30, 0, 0), time(10, 30, 0, 0), 3);
        let ten = (time(10, 0, 0, 0), time(11, 0, 0, 0), 1);
        assert_eq!(most_at_once(&[nine]), 2);
        assert_eq!(most_at_once(&[nine, half_past]), 5);
        assert_eq!(most_at_once(&[nine, ten]), 2);
        assert_eq!(most_at_once(&[nine, half_past, ten]), 5);
        assert_eq!(most_at_once(&[(time(14, 0, 0, 0), time(15, 0, 0, 0), 1), ten]), 1);
    }

    #[test]
    fn the_planning_period_defaults_to_two_weeks_from_today_and_refuses_nonsense() {
        use super::parse_childcare_period as p;
        let today = jiff::civil::date(2026, 12, 6);
        assert_eq!(p("", "", today), Ok((today, 14)));
        assert_eq!(p("2026-12-24", "3", today), Ok((jiff::civil::date(2026, 12, 24), 3)));
        let bad = p("24.12.", "0", today).unwrap_err();
        let fields: Vec<_> = bad.errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["from", "days"]);
        assert!(p("", "63", today).is_err());
    }
}

// ---- the coordinator's lists: matters of individual modules, topics covered ----------

/// Which of the coordinator's two lists an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemList {
    /// The matters of individual modules (recognition of foreign qualifications, …).
    Matter,
    /// The topics a coaching covers (housing, work, health, …).
    Topic,
}

impl ItemList {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemList::Matter => "matter",
            ItemList::Topic => "topic",
        }
    }
}

/// The languages an item's title may be written in, with the form field of each (the
/// shipped languages; English first, required). A web test keeps it equal to the
/// catalogue's list.
pub const TITLE_FIELDS: [(&str, &str); 12] = [
    ("en", "title_en"),
    ("sv", "title_sv"),
    ("de", "title_de"),
    ("ar", "title_ar"),
    ("fa", "title_fa"),
    ("uk", "title_uk"),
    ("ru", "title_ru"),
    ("tr", "title_tr"),
    ("so", "title_so"),
    ("ti", "title_ti"),
    ("es", "title_es"),
    ("fr", "title_fr"),
];

/// The longest title of an item.
pub const ITEM_TITLE_MAX: usize = 120;

/// An item of one of the lists as typed, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemInput {
    /// Small letters, digits and hyphens; `None` when not given (an update keeps it).
    pub slug: Option<String>,
    /// (language, title), English first; languages left empty are not here (they fall
    /// back to English).
    pub titles: Vec<(&'static str, String)>,
    pub active: bool,
    /// Where it comes in the list (smaller first), 0 to 9999.
    pub sort: i64,
}

/// Checks an item: the slug (required when `slug_required`, for a new item), the titles
/// per language (English required; each at most `ITEM_TITLE_MAX` characters on one line;
/// a language not shipped is refused on the field `titles`), and the place in the list.
/// `titles` are (language, raw title) pairs as the form or the API sends them.
pub fn parse_item(
    slug: &str,
    slug_required: bool,
    titles: &[(String, String)],
    active: bool,
    sort: &str,
) -> Result<ItemInput, crate::Invalid> {
    let mut inv = crate::Invalid::default();
    let slug = slug.trim();
    let slug = if slug.is_empty() && !slug_required {
        None
    } else if (2..=60).contains(&slug.len())
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
    {
        Some(slug.to_owned())
    } else {
        inv.push(FieldError::new("slug", "invalid_slug"));
        None
    };
    for (lang, _) in titles {
        if !TITLE_FIELDS.iter().any(|(l, _)| l == lang) {
            inv.push(FieldError::new("titles", "invalid_language"));
        }
    }
    let mut out = vec![];
    for (lang, field) in TITLE_FIELDS {
        let raw = titles.iter().find(|(l, _)| l == lang).map(|(_, t)| t.as_str()).unwrap_or("");
        if raw.trim().is_empty() {
            if lang == "en" {
                inv.push(FieldError::new(field, "required"));
            }
            continue;
        }
        if let Some(t) = inv.take(crate::text::required_line(field, raw, ITEM_TITLE_MAX)) {
            out.push((lang, t));
        }
    }
    let sort =
        if sort.trim().is_empty() { Some(0) } else { inv.take(crate::text::whole_number("sort", sort, 0, 9999)) };
    match sort {
        Some(sort) if inv.is_empty() => Ok(ItemInput { slug, titles: out, active, sort }),
        _ => Err(inv),
    }
}

/// The matter of a booking: an individual module must name one of the `active` matters
/// (`required` on the field `matter` when none is given, `invalid_choice` when it is not
/// an active matter); the other kinds have none (`invalid_choice` when one is given).
pub fn check_matter(kind: AppointmentKind, matter: Option<Uuid>, active: &[Uuid]) -> Result<Option<Uuid>, FieldError> {
    match (kind, matter) {
        (AppointmentKind::IndividualModule, None) => Err(FieldError::new("matter", "matter_required")),
        (AppointmentKind::IndividualModule, Some(m)) if active.contains(&m) => Ok(Some(m)),
        (AppointmentKind::IndividualModule, Some(_)) => Err(FieldError::new("matter", "invalid_choice")),
        (_, None) => Ok(None),
        (_, Some(_)) => Err(FieldError::new("matter", "invalid_choice")),
    }
}

/// The topics covered as chosen: each one of the `known` topics (`invalid_choice` on the
/// field `topic_ids` otherwise), each once, in the order given.
pub fn check_topics(chosen: &[String], known: &[Uuid]) -> Result<Vec<Uuid>, FieldError> {
    let mut out: Vec<Uuid> = vec![];
    for raw in chosen {
        let id = Uuid::parse_str(raw.trim()).map_err(|_| FieldError::new("topic_ids", "invalid_choice"))?;
        if !known.contains(&id) {
            return Err(FieldError::new("topic_ids", "invalid_choice"));
        }
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod list_tests {
    use super::*;

    fn t(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(l, t)| ((*l).to_owned(), (*t).to_owned())).collect()
    }

    #[test]
    fn items_need_english_and_a_good_slug() {
        let i = parse_item(
            " tax-return ",
            true,
            &t(&[("en", " Tax return "), ("de", "Steuererklärung"), ("sv", " ")]),
            true,
            "",
        )
        .unwrap();
        assert_eq!(i.slug.as_deref(), Some("tax-return"));
        assert_eq!(i.titles, [("en", "Tax return".to_owned()), ("de", "Steuererklärung".to_owned())]);
        assert_eq!(i.sort, 0);
        let e = parse_item("Tax Return", true, &t(&[("de", "x"), ("xx", "y")]), true, "-1").unwrap_err();
        let fields: Vec<_> = e.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [("slug", "invalid_slug"), ("titles", "invalid_language"), ("title_en", "required"), ("sort", "too_small")]
        );
        // An update may leave the slug out; a title too long is refused on its own field.
        let e = parse_item("", false, &t(&[("en", "ok"), ("fr", &"x".repeat(121))]), false, "5").unwrap_err();
        assert_eq!(e.errors[0].field, "title_fr");
        assert_eq!(parse_item("", false, &t(&[("en", "ok")]), false, "5").unwrap().slug, None);
    }

    #[test]
    fn only_individual_modules_have_a_matter_and_it_must_be_active() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let k = AppointmentKind::IndividualModule;
        assert_eq!(check_matter(k, Some(a), &[a]), Ok(Some(a)));
        assert_eq!(check_matter(k, None, &[a]).unwrap_err().code, "matter_required");
        assert_eq!(check_matter(k, Some(b), &[a]).unwrap_err().code, "invalid_choice");
        assert_eq!(check_matter(AppointmentKind::Start, None, &[a]), Ok(None));
        assert_eq!(check_matter(AppointmentKind::Start, Some(a), &[a]).unwrap_err().code, "invalid_choice");
    }

    #[test]
    fn topics_are_known_and_once() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        assert_eq!(check_topics(&[a.to_string(), b.to_string(), a.to_string()], &[a, b]), Ok(vec![a, b]));
        assert!(check_topics(&["nope".into()], &[a]).is_err());
        assert!(check_topics(&[Uuid::from_u128(3).to_string()], &[a]).is_err());
    }
}
