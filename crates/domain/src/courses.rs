//! The language-course catalogue and the finder (issue 12, R17). Pure rules:
//!
//! - **Visibility**: a course is in the public catalogue only while it has not started,
//!   is not full (`seats_left = 0`) and its provider confirmed it within the configured
//!   number of days (`courses.stale_after_days`, default [`DEFAULT_STALE_AFTER_DAYS`]).
//!   Providers whose newest confirmation is older are listed for the coordinator.
//! - **The finder's ranking** ([`rank`]): an additive score of named parts, every part a
//!   [`Reason`] shown to the person in plain words ("why it fits", "good to know"). A
//!   course that cannot fit (wrong level, a literacy course for someone who reads the
//!   Latin alphabet, at times the person said they cannot come, a women-only course for
//!   someone who did not ask for one) is left out, not ranked low. Ties go to the earlier
//!   start, then the title. Weights are the constants below; docs/COURSES.md explains them.

use crate::vouchers::Level;
use crate::{FieldError, Invalid};
use jiff::civil::{Date, Time};

/// Days after the provider's last confirmation before a course leaves the public view.
pub const DEFAULT_STALE_AFTER_DAYS: i64 = 60;
/// The settings key of the stale window (days).
pub const STALE_SETTING: &str = "courses.stale_after_days";
/// How many courses the finder shows.
pub const SHORT_LIST: usize = 5;

pub const W_LEVEL_NEXT: i32 = 40;
pub const W_LEVEL_SAME: i32 = 20;
pub const W_LEVEL_UNKNOWN_A1: i32 = 30;
pub const W_LEVEL_UNKNOWN_A2: i32 = 10;
pub const W_SCRIPT_MATCH: i32 = 35;
pub const W_SCRIPT_OTHER: i32 = 10;
pub const W_SCRIPT_STANDARD_PENALTY: i32 = -25;
pub const W_DISTRICT: i32 = 20;
/// A district next to the person's (the coordinator's neighbour list).
pub const W_NEAR_DISTRICT: i32 = 10;
pub const W_TIMES: i32 = 20;
pub const W_CHILDCARE: i32 = 15;
pub const W_NO_CHILDCARE: i32 = -20;
pub const W_VOUCHER: i32 = 15;
pub const W_VOUCHER_NOT: i32 = -10;
pub const W_EXPLAIN: i32 = 10;
pub const W_GROUP: i32 = 5;

/// What kind of course: a standard CEFR course, a literacy course (for people who
/// cannot yet read and write) or a course for people who read another script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CourseKind {
    Standard,
    Literacy,
    SecondScript,
}

impl CourseKind {
    pub const ALL: [CourseKind; 3] = [CourseKind::Standard, CourseKind::Literacy, CourseKind::SecondScript];
    pub fn as_str(self) -> &'static str {
        match self {
            CourseKind::Standard => "standard",
            CourseKind::Literacy => "literacy",
            CourseKind::SecondScript => "second_script",
        }
    }
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        match raw.trim() {
            "" | "standard" => Ok(CourseKind::Standard),
            "literacy" => Ok(CourseKind::Literacy),
            "second_script" => Ok(CourseKind::SecondScript),
            _ => Err(FieldError::new(field, "invalid_choice")),
        }
    }
}

/// Who a course is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    All,
    Women,
    Youth,
    Parents,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 4] = [TargetGroup::All, TargetGroup::Women, TargetGroup::Youth, TargetGroup::Parents];
    pub fn as_str(self) -> &'static str {
        match self {
            TargetGroup::All => "all",
            TargetGroup::Women => "women",
            TargetGroup::Youth => "youth",
            TargetGroup::Parents => "parents",
        }
    }
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        TargetGroup::ALL
            .into_iter()
            .find(|g| g.as_str() == raw.trim() || (raw.trim().is_empty() && *g == TargetGroup::All))
            .ok_or_else(|| FieldError::new(field, "invalid_choice"))
    }
}

/// Days of the week a course meets: bit 0 = Monday … bit 6 = Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Weekdays(pub u8);

impl Weekdays {
    /// `"135"` (ISO day numbers) → Monday, Wednesday, Friday. Commas and spaces are allowed.
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let mut bits = 0u8;
        for c in raw.chars().filter(|c| !matches!(c, ',' | ' ')) {
            match c.to_digit(10) {
                Some(d @ 1..=7) => bits |= 1 << (d - 1),
                _ => return Err(FieldError::new(field, "invalid_weekdays")),
            }
        }
        Ok(Weekdays(bits))
    }
    /// ISO day numbers as digits, in order (`"135"`).
    pub fn as_digits(self) -> String {
        (1..=7u8).filter(|d| self.has(*d)).map(|d| char::from(b'0' + d)).collect()
    }
    /// `day`: 1 = Monday … 7 = Sunday.
    pub fn has(self, day: u8) -> bool {
        (1..=7).contains(&day) && self.0 & (1 << (day - 1)) != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 & 0x7f == 0
    }
    pub fn weekend(self) -> bool {
        self.has(6) || self.has(7)
    }
    pub fn working_days(self) -> bool {
        (1..=5).any(|d| self.has(d))
    }
}

/// Part of the day a course is held, by its start time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
}

impl DayPart {
    pub fn of(t: Time) -> Self {
        if t.hour() < 12 {
            DayPart::Morning
        } else if t.hour() < 17 {
            DayPart::Afternoon
        } else {
            DayPart::Evening
        }
    }
}

/// A course as the catalogue and the finder see it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Course {
    pub id: uuid::Uuid,
    pub provider_id: uuid::Uuid,
    pub title: String,
    /// The language taught (ISO 639-1).
    pub language: String,
    pub level: Level,
    pub kind: CourseKind,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    pub weekdays: Weekdays,
    pub starts_at: Option<Time>,
    pub ends_at: Option<Time>,
    pub place: String,
    pub district: String,
    pub transit: Option<String>,
    pub price_cents: i64,
    pub voucher_accepted: bool,
    pub childcare: bool,
    pub target_group: TargetGroup,
    pub seats_left: Option<i64>,
    pub explain_languages: Vec<String>,
    pub how_to_enrol: Option<String>,
    /// The provider takes seat reservations from the service's staff for this course.
    pub reservations_allowed: bool,
    /// The day the provider last confirmed or changed the course.
    pub updated_on: Date,
}

/// Why a course is (not) in the public view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    Visible,
    Started,
    Full,
    Stale,
}

pub fn visibility(c: &Course, today: Date, stale_after_days: i64) -> Visibility {
    if c.starts_on < today {
        Visibility::Started
    } else if c.seats_left == Some(0) {
        Visibility::Full
    } else if is_stale(c.updated_on, today, stale_after_days) {
        Visibility::Stale
    } else {
        Visibility::Visible
    }
}

/// Whether a confirmation made on `updated_on` is older than the window.
pub fn is_stale(updated_on: Date, today: Date, stale_after_days: i64) -> bool {
    stale_cutoff(today, stale_after_days) > updated_on
}

/// The oldest confirmation day still counted as current.
pub fn stale_cutoff(today: Date, stale_after_days: i64) -> Date {
    today.checked_sub(jiff::Span::new().days(stale_after_days.clamp(0, 3650))).unwrap_or(today)
}

/// The stale window from the settings' text value (default when missing or bad).
pub fn stale_days_from_setting(raw: Option<&str>) -> i64 {
    raw.and_then(|r| r.trim().parse::<i64>().ok())
        .filter(|d| (1..=3650).contains(d))
        .unwrap_or(DEFAULT_STALE_AFTER_DAYS)
}

/// The stale window as the coordinator types it on the settings page: whole days,
/// 1 to 3650 (the same bounds [`stale_days_from_setting`] accepts when reading it back).
pub fn parse_stale_days(field: &'static str, raw: &str) -> Result<i64, crate::errors::FieldError> {
    crate::text::whole_number(field, raw, 1, 3650)
}

/// The person's level now, as answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum LevelNow {
    /// "I don't know".
    Unknown,
    /// No knowledge of the language yet (profile `a0`).
    Beginner,
    /// Has reached this level.
    Reached(Level),
}

impl LevelNow {
    /// From a form or profile value: `""`/`unknown`, `a0`, `a1` … `c2` (any case).
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "" | "unknown" => Ok(LevelNow::Unknown),
            "a0" | "none" => Ok(LevelNow::Beginner),
            other => Level::parse(field, other).map(LevelNow::Reached),
        }
    }
    /// The level of the course that brings the person on; `None` after C2.
    pub fn next(self) -> Option<Level> {
        match self {
            LevelNow::Unknown | LevelNow::Beginner => Some(Level::A1),
            LevelNow::Reached(l) => {
                Level::ALL.iter().position(|x| *x == l).and_then(|i| Level::ALL.get(i + 1)).copied()
            }
        }
    }
}

/// The answer to "can you read the Latin alphabet?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Script {
    /// Not answered.
    Unknown,
    Latin,
    /// Reads and writes another script (Arabic, Cyrillic, Ge'ez …).
    OtherScript,
    /// Is still learning to read and write.
    LearningToRead,
}

impl Script {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        match raw.trim() {
            "" | "unknown" => Ok(Script::Unknown),
            "latin" | "yes" => Ok(Script::Latin),
            "other_script" => Ok(Script::OtherScript),
            "learning" => Ok(Script::LearningToRead),
            _ => Err(FieldError::new(field, "invalid_choice")),
        }
    }
}

/// When the person can attend. All false = not answered (no time filter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Availability {
    pub mornings: bool,
    pub afternoons: bool,
    pub evenings: bool,
    pub weekends: bool,
}

impl Availability {
    pub fn answered(self) -> bool {
        self.mornings || self.afternoons || self.evenings || self.weekends
    }
    fn part(self, p: DayPart) -> bool {
        match p {
            DayPart::Morning => self.mornings,
            DayPart::Afternoon => self.afternoons,
            DayPart::Evening => self.evenings,
        }
    }
}

/// A voucher the person holds, with its rules: it pays only courses within its levels
/// that start inside its window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct VoucherTerms {
    pub level_min: Level,
    pub level_max: Level,
    pub earliest_start: Date,
    pub expires_on: Date,
}

impl VoucherTerms {
    pub fn covers(&self, c: &Course) -> bool {
        c.voucher_accepted
            && c.level >= self.level_min
            && c.level <= self.level_max
            && c.starts_on >= self.earliest_start
            && c.starts_on <= self.expires_on
    }
}

/// The finder's questions, answered by the person (public) or filled from the register
/// (staff: consented profile only).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Needs {
    /// The language to learn (ISO 639-1); `None`: any.
    pub language: Option<String>,
    pub level: LevelNow,
    pub script: Script,
    pub district: Option<String>,
    /// The districts neighbouring `district` (names, from the coordinator's list via
    /// `districts::neighbours_of`; empty when the district is not in the list).
    pub near_districts: Vec<String>,
    pub availability: Availability,
    pub childcare: bool,
    pub has_voucher: bool,
    /// Known only to staff (the register's voucher and its rule).
    pub voucher: Option<VoucherTerms>,
    /// Target groups the person belongs to / asked for (women-only courses, …).
    pub groups: Vec<TargetGroup>,
    /// Languages the person speaks (for "the teacher can explain in …").
    pub speaks: Vec<String>,
}

impl Default for Needs {
    fn default() -> Self {
        Needs {
            language: None,
            level: LevelNow::Unknown,
            script: Script::Unknown,
            district: None,
            near_districts: Vec::new(),
            availability: Availability::default(),
            childcare: false,
            has_voucher: false,
            voucher: None,
            groups: Vec::new(),
            speaks: Vec::new(),
        }
    }
}

/// One named part of a course's score, shown in plain words.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// The level right after the person's.
    LevelNext {
        level: Level,
    },
    /// The person's own level again (to consolidate).
    LevelSame {
        level: Level,
    },
    /// "I don't know": a beginners' course; the provider checks the level.
    LevelUnknownStart,
    /// "I don't know": A2, in case the person knows some already.
    LevelUnknownA2,
    /// A literacy course for someone learning to read and write.
    LiteracyFits,
    /// A course for people who read another script.
    SecondScriptFits,
    /// A literacy or second-script course that is close to what the person needs.
    ScriptNear,
    /// A standard course assumes the Latin alphabet.
    AssumesLatin,
    InDistrict {
        district: String,
    },
    /// In a district next to the person's.
    NearDistrict {
        district: String,
    },
    TimesFit,
    Childcare,
    NoChildcare,
    VoucherPays,
    /// The voucher does not pay this course (not accepted, level or start window).
    VoucherDoesNotPay,
    ExplainsIn {
        language: String,
    },
    ForGroup {
        group: TargetGroup,
    },
    /// A warning only: few seats left.
    FewSeats {
        seats: i64,
    },
}

impl Reason {
    /// The points of this reason.
    pub fn points(&self) -> i32 {
        match self {
            Reason::LevelNext { .. } => W_LEVEL_NEXT,
            Reason::LevelSame { .. } => W_LEVEL_SAME,
            Reason::LevelUnknownStart => W_LEVEL_UNKNOWN_A1,
            Reason::LevelUnknownA2 => W_LEVEL_UNKNOWN_A2,
            Reason::LiteracyFits | Reason::SecondScriptFits => W_SCRIPT_MATCH,
            Reason::ScriptNear => W_SCRIPT_OTHER,
            Reason::AssumesLatin => W_SCRIPT_STANDARD_PENALTY,
            Reason::InDistrict { .. } => W_DISTRICT,
            Reason::NearDistrict { .. } => W_NEAR_DISTRICT,
            Reason::TimesFit => W_TIMES,
            Reason::Childcare => W_CHILDCARE,
            Reason::NoChildcare => W_NO_CHILDCARE,
            Reason::VoucherPays => W_VOUCHER,
            Reason::VoucherDoesNotPay => W_VOUCHER_NOT,
            Reason::ExplainsIn { .. } => W_EXPLAIN,
            Reason::ForGroup { .. } => W_GROUP,
            Reason::FewSeats { .. } => 0,
        }
    }
    /// Whether the reason speaks for the course (else it is a "good to know").
    pub fn is_positive(&self) -> bool {
        self.points() > 0
    }
    /// The stable code (the Fluent key's tail, the API's `code`).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::LevelNext { .. } => "level_next",
            Reason::LevelSame { .. } => "level_same",
            Reason::LevelUnknownStart => "level_unknown_start",
            Reason::LevelUnknownA2 => "level_unknown_a2",
            Reason::LiteracyFits => "literacy_fits",
            Reason::SecondScriptFits => "second_script_fits",
            Reason::ScriptNear => "script_near",
            Reason::AssumesLatin => "assumes_latin",
            Reason::InDistrict { .. } => "in_district",
            Reason::NearDistrict { .. } => "near_district",
            Reason::TimesFit => "times_fit",
            Reason::Childcare => "childcare",
            Reason::NoChildcare => "no_childcare",
            Reason::VoucherPays => "voucher_pays",
            Reason::VoucherDoesNotPay => "voucher_does_not_pay",
            Reason::ExplainsIn { .. } => "explains_in",
            Reason::ForGroup { .. } => "for_group",
            Reason::FewSeats { .. } => "few_seats",
        }
    }
}

/// Why a course was left out (for tests and the staff view's "not shown").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    NotVisible(Visibility),
    Language,
    Level,
    /// A literacy/second-script course for someone who reads the Latin alphabet.
    NotForLatinReaders,
    Times,
    Group,
}

/// A ranked course: its score is the sum of its reasons' points.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Match<'a> {
    pub course: &'a Course,
    pub score: i32,
    pub reasons: Vec<Reason>,
}

fn level_index(l: Level) -> usize {
    Level::ALL.iter().position(|x| *x == l).unwrap_or(0)
}

/// Scores one course for the person, or says why it cannot fit.
pub fn assess(c: &Course, needs: &Needs, today: Date, stale_after_days: i64) -> Result<Vec<Reason>, Exclusion> {
    let vis = visibility(c, today, stale_after_days);
    if vis != Visibility::Visible {
        return Err(Exclusion::NotVisible(vis));
    }
    if let Some(lang) = &needs.language
        && !lang.eq_ignore_ascii_case(&c.language)
    {
        return Err(Exclusion::Language);
    }
    let mut reasons = Vec::new();
    // Level and script.
    let beginner = matches!(needs.level, LevelNow::Unknown | LevelNow::Beginner | LevelNow::Reached(Level::A1));
    match c.kind {
        CourseKind::Literacy | CourseKind::SecondScript => {
            if needs.script == Script::Latin {
                return Err(Exclusion::NotForLatinReaders);
            }
            if !beginner {
                return Err(Exclusion::Level);
            }
            let fits = match (c.kind, needs.script) {
                (CourseKind::Literacy, Script::LearningToRead) => Some(Reason::LiteracyFits),
                (CourseKind::SecondScript, Script::OtherScript) => Some(Reason::SecondScriptFits),
                (_, Script::Unknown) => None,
                _ => Some(Reason::ScriptNear),
            };
            match fits {
                Some(r) => reasons.push(r),
                // Script not asked: only a "don't know"/beginner sees them, ranked as A1.
                None if needs.level != LevelNow::Reached(Level::A1) => reasons.push(Reason::LevelUnknownStart),
                None => return Err(Exclusion::Level),
            }
        }
        CourseKind::Standard => {
            match needs.level {
                LevelNow::Unknown => match c.level {
                    Level::A1 => reasons.push(Reason::LevelUnknownStart),
                    Level::A2 => reasons.push(Reason::LevelUnknownA2),
                    _ => return Err(Exclusion::Level),
                },
                now => {
                    let next = now.next().ok_or(Exclusion::Level)?;
                    if c.level == next {
                        reasons.push(Reason::LevelNext { level: c.level });
                    } else if let LevelNow::Reached(l) = now
                        && l == c.level
                    {
                        reasons.push(Reason::LevelSame { level: c.level });
                    } else {
                        return Err(Exclusion::Level);
                    }
                }
            }
            if matches!(needs.script, Script::OtherScript | Script::LearningToRead) && level_index(c.level) <= 1 {
                reasons.push(Reason::AssumesLatin);
            }
        }
    }
    // Who the course is for.
    if c.target_group != TargetGroup::All {
        if needs.groups.contains(&c.target_group) {
            reasons.push(Reason::ForGroup { group: c.target_group });
        } else {
            return Err(Exclusion::Group);
        }
    }
    // Times.
    if needs.availability.answered() {
        let a = needs.availability;
        // Weekend days need "weekends" (any time of day); working days need the part
        // of the day the course starts in.
        let days_ok = (!c.weekdays.weekend() || a.weekends)
            && (!c.weekdays.working_days() || c.starts_at.is_none_or(|t| a.part(DayPart::of(t))));
        let known = !c.weekdays.is_empty() && c.starts_at.is_some();
        if !days_ok {
            return Err(Exclusion::Times);
        }
        if known {
            reasons.push(Reason::TimesFit);
        }
    }
    // Distance: the person's own district, else a neighbouring one, else nothing.
    if let Some(d) = &needs.district {
        let here = c.district.trim();
        if crate::districts::same(here, d) {
            reasons.push(Reason::InDistrict { district: here.to_owned() });
        } else if needs.near_districts.iter().any(|n| crate::districts::same(here, n)) {
            reasons.push(Reason::NearDistrict { district: here.to_owned() });
        }
    }
    // Childcare.
    if needs.childcare {
        reasons.push(if c.childcare { Reason::Childcare } else { Reason::NoChildcare });
    }
    // Voucher.
    if let Some(v) = needs.voucher {
        reasons.push(if v.covers(c) { Reason::VoucherPays } else { Reason::VoucherDoesNotPay });
    } else if needs.has_voucher {
        reasons.push(if c.voucher_accepted { Reason::VoucherPays } else { Reason::VoucherDoesNotPay });
    }
    // The teacher's languages.
    if let Some(l) = needs.speaks.iter().find(|s| c.explain_languages.iter().any(|e| e.eq_ignore_ascii_case(s))) {
        reasons.push(Reason::ExplainsIn { language: l.clone() });
    }
    if let Some(n) = c.seats_left
        && (1..=3).contains(&n)
    {
        reasons.push(Reason::FewSeats { seats: n });
    }
    Ok(reasons)
}

/// The course levels that can fit the person at all (so the store need not read the
/// others): the level now and the next one; A1 and A2 for "I don't know".
pub fn candidate_levels(needs: &Needs) -> Vec<Level> {
    match needs.level {
        LevelNow::Unknown | LevelNow::Beginner => vec![Level::A1, Level::A2],
        LevelNow::Reached(l) => {
            let mut v = vec![l];
            v.extend(needs.level.next());
            v
        }
    }
}

/// Ranks the courses for the person: best first, at most `limit`. Takes any sequence of
/// course references (a slice, or the in-memory catalogue filtered without copying).
pub fn rank<'a>(
    courses: impl IntoIterator<Item = &'a Course>,
    needs: &Needs,
    today: Date,
    stale_after_days: i64,
    limit: usize,
) -> Vec<Match<'a>> {
    let mut out: Vec<Match<'a>> = courses
        .into_iter()
        .filter_map(|c| {
            let reasons = assess(c, needs, today, stale_after_days).ok()?;
            let score = reasons.iter().map(Reason::points).sum();
            Some(Match { course: c, score, reasons })
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.course.starts_on.cmp(&b.course.starts_on))
            .then(a.course.title.cmp(&b.course.title))
            .then(a.course.id.cmp(&b.course.id))
    });
    out.truncate(limit);
    out
}

/// A provider's newest confirmation, for the coordinator's stale list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProviderFreshness {
    pub provider_id: uuid::Uuid,
    pub name: String,
    /// `None`: the provider has no course at all.
    pub last_update: Option<Date>,
}

/// Providers whose data is stale (no course, or none confirmed within the window),
/// the longest silent first.
pub fn stale_providers(all: &[ProviderFreshness], today: Date, stale_after_days: i64) -> Vec<&ProviderFreshness> {
    let mut v: Vec<&ProviderFreshness> =
        all.iter().filter(|p| p.last_update.is_none_or(|d| is_stale(d, today, stale_after_days))).collect();
    v.sort_by(|a, b| a.last_update.cmp(&b.last_update).then(a.name.cmp(&b.name)));
    v
}

/// A course as entered (form or API), before parsing.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct CourseInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub weekdays: String,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub transit: String,
    #[serde(default)]
    pub price: String,
    #[serde(default)]
    pub voucher_accepted: bool,
    #[serde(default)]
    pub childcare: bool,
    #[serde(default)]
    pub target_group: String,
    #[serde(default)]
    pub seats_left: String,
    #[serde(default)]
    pub explain_languages: String,
    #[serde(default)]
    pub how_to_enrol: String,
    #[serde(default)]
    pub reservations_allowed: bool,
}

/// A parsed course, ready for the store (ids and the confirmation day come from there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseData {
    pub title: String,
    pub language: String,
    pub level: Level,
    pub kind: CourseKind,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    pub weekdays: Weekdays,
    pub starts_at: Option<Time>,
    pub ends_at: Option<Time>,
    pub place: String,
    pub district: String,
    pub transit: Option<String>,
    pub price_cents: i64,
    pub voucher_accepted: bool,
    pub childcare: bool,
    pub target_group: TargetGroup,
    pub seats_left: Option<i64>,
    pub explain_languages: Vec<String>,
    pub how_to_enrol: Option<String>,
    pub reservations_allowed: bool,
}

fn parse_time(field: &'static str, raw: &str) -> Result<Option<Time>, FieldError> {
    let r = raw.trim();
    if r.is_empty() {
        return Ok(None);
    }
    let (h, m) = r.split_once(':').ok_or_else(|| FieldError::new(field, "invalid_time"))?;
    let h: i8 = h.parse().map_err(|_| FieldError::new(field, "invalid_time"))?;
    let m: i8 = m.parse().map_err(|_| FieldError::new(field, "invalid_time"))?;
    Time::new(h, m, 0, 0).map(Some).map_err(|_| FieldError::new(field, "invalid_time"))
}

fn parse_cents(field: &'static str, raw: &str) -> Result<i64, FieldError> {
    let r = raw.trim().replace(',', ".");
    if r.is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    let (whole, frac) = r.split_once('.').unwrap_or((r.as_str(), ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 9 || frac.len() > 2 {
        return Err(FieldError::new(field, "invalid_amount"));
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::new(field, "invalid_amount"));
    }
    let w: i64 = whole.parse().map_err(|_| FieldError::new(field, "invalid_amount"))?;
    let f: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<2}").parse().map_err(|_| FieldError::new(field, "invalid_amount"))?
    };
    Ok(w * 100 + f)
}

impl CourseData {
    pub fn parse(i: &CourseInput) -> Result<Self, Invalid> {
        let mut inv = Invalid::default();
        let line = |inv: &mut Invalid, f: &'static str, s: &str, required: bool, max: usize| -> Option<String> {
            let t = s.trim();
            if t.is_empty() {
                if required {
                    inv.push(FieldError::new(f, "required"));
                }
                None
            } else if t.chars().count() > max {
                inv.push(FieldError::with_limit(f, "too_long", max as i64));
                None
            } else {
                Some(t.to_owned())
            }
        };
        let title = line(&mut inv, "title", &i.title, true, 200);
        let place = line(&mut inv, "place", &i.place, true, 200);
        let district = line(&mut inv, "district", &i.district, false, 100);
        let transit = line(&mut inv, "transit", &i.transit, false, 500);
        let how = line(&mut inv, "how_to_enrol", &i.how_to_enrol, false, 1000);
        let language = inv.take(crate::codes::LanguageCode::parse("language", &i.language));
        let level = inv.take(Level::parse("level", &i.level));
        let kind = inv.take(CourseKind::parse("kind", &i.kind));
        let starts_on = inv.take(crate::register::parse_date("starts_on", &i.starts_on));
        let ends_on = if i.ends_on.trim().is_empty() {
            None
        } else {
            inv.take(crate::register::parse_date("ends_on", &i.ends_on))
        };
        if let (Some(s), Some(e)) = (starts_on, ends_on)
            && e < s
        {
            inv.push(FieldError::new("ends_on", "ends_before_start"));
        }
        let weekdays = inv.take(Weekdays::parse("weekdays", &i.weekdays));
        let starts_at = inv.take(parse_time("starts_at", &i.starts_at)).flatten();
        let ends_at = inv.take(parse_time("ends_at", &i.ends_at)).flatten();
        if let (Some(s), Some(e)) = (starts_at, ends_at)
            && e <= s
        {
            inv.push(FieldError::new("ends_at", "ends_before_start"));
        }
        let price = inv.take(parse_cents("price", &i.price));
        let target_group = inv.take(TargetGroup::parse("target_group", &i.target_group));
        let seats_left = match i.seats_left.trim() {
            "" => None,
            s => match s.parse::<i64>() {
                Ok(n) if (0..=10_000).contains(&n) => Some(n),
                _ => {
                    inv.push(FieldError::new("seats_left", "not_a_number"));
                    None
                }
            },
        };
        let mut explain = Vec::new();
        for part in i.explain_languages.split([',', ' ']).filter(|p| !p.trim().is_empty()) {
            if let Some(l) = inv.take(crate::codes::LanguageCode::parse("explain_languages", part)) {
                let s = l.as_str().to_owned();
                if !explain.contains(&s) {
                    explain.push(s);
                }
            }
        }
        // Reservations count seats: the provider must say how many there are.
        if i.reservations_allowed && i.seats_left.trim().is_empty() {
            inv.push(FieldError::new("seats_left", "required_for_reservations"));
        }
        if kind.is_some_and(|k| k != CourseKind::Standard) && level.is_some_and(|l| l != Level::A1) {
            inv.push(FieldError::new("level", "literacy_is_a1"));
        }
        inv.into_result()?;
        match (title, place, language, level, kind, starts_on, weekdays, price, target_group) {
            (
                Some(title),
                Some(place),
                Some(language),
                Some(level),
                Some(kind),
                Some(starts_on),
                Some(weekdays),
                Some(price_cents),
                Some(target_group),
            ) => Ok(CourseData {
                title,
                language: language.as_str().to_owned(),
                level,
                kind,
                starts_on,
                ends_on,
                weekdays,
                starts_at,
                ends_at,
                place,
                district: district.unwrap_or_default(),
                transit,
                price_cents,
                voucher_accepted: i.voucher_accepted,
                childcare: i.childcare,
                target_group,
                seats_left,
                explain_languages: explain,
                how_to_enrol: how,
                reservations_allowed: i.reservations_allowed,
            }),
            _ => Err(Invalid::one("title", "required")),
        }
    }
}

// --- seat reservations ------------------------------------------------------------------

/// A seat reservation's state (issue 12): the counsellor asks (`requested`), the provider
/// answers (`confirmed` or `declined`), the counsellor can withdraw an open one
/// (`cancelled`). An open reservation (requested or confirmed) holds a seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReservationStatus {
    Requested,
    Confirmed,
    Declined,
    Cancelled,
}

impl ReservationStatus {
    pub const ALL: [ReservationStatus; 4] = [Self::Requested, Self::Confirmed, Self::Declined, Self::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requested => "requested",
            Self::Confirmed => "confirmed",
            Self::Declined => "declined",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw.trim()).ok_or_else(|| FieldError::new(field, "invalid_choice"))
    }

    /// Holds a seat.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Requested | Self::Confirmed)
    }
}

/// Who changes a reservation's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReservationActor {
    /// The course's provider (its portal or the API).
    Provider,
    /// The service's staff (counsellor, coordinator).
    Staff,
}

/// In which capacity an account moves a reservation to `to`: a provider account answers
/// for its provider, a counsellor cancels for the service, the coordinator does either
/// (answers on a provider's behalf, cancels for the service). Other roles: `None`.
pub fn reservation_actor(role: crate::Role, to: ReservationStatus) -> Option<ReservationActor> {
    match role {
        crate::Role::Provider => Some(ReservationActor::Provider),
        crate::Role::Counsellor => Some(ReservationActor::Staff),
        crate::Role::Coordinator if to == ReservationStatus::Cancelled => Some(ReservationActor::Staff),
        crate::Role::Coordinator => Some(ReservationActor::Provider),
        _ => None,
    }
}

/// The allowed moves: the provider answers a request (confirmed or declined) and may
/// still decline a confirmed seat it cannot keep; the staff cancel an open reservation.
/// Anything else is the conflict code returned.
pub fn reservation_move(
    who: ReservationActor,
    from: ReservationStatus,
    to: ReservationStatus,
) -> Result<(), &'static str> {
    use ReservationStatus::*;
    match (who, from, to) {
        (ReservationActor::Provider, Requested, Confirmed | Declined) => Ok(()),
        (ReservationActor::Provider, Confirmed, Declined) => Ok(()),
        (ReservationActor::Staff, Requested | Confirmed, Cancelled) => Ok(()),
        _ => Err("reservation_state"),
    }
}

/// Whether the staff may ask the provider for a seat on this course for a person: the
/// person consented to the profile (the finder's purpose), the provider allows
/// reservations on the course, it has not started, and a seat is left. The seat itself
/// is taken by the store's conditional update, which is what holds under concurrency;
/// this is the check that explains a refusal.
pub fn may_reserve(c: &Course, today: Date, profile_consent: bool) -> Result<(), &'static str> {
    if !profile_consent {
        return Err("no_profile_consent");
    }
    if !c.reservations_allowed {
        return Err("reservations_not_allowed");
    }
    if c.starts_on < today {
        return Err("course_started");
    }
    match c.seats_left {
        Some(n) if n > 0 => Ok(()),
        _ => Err("course_full"),
    }
}

#[cfg(test)]
mod reservation_tests {
    use super::*;
    use ReservationStatus::*;

    #[test]
    fn moves() {
        assert_eq!(reservation_move(ReservationActor::Provider, Requested, Confirmed), Ok(()));
        assert_eq!(reservation_move(ReservationActor::Provider, Requested, Declined), Ok(()));
        assert_eq!(reservation_move(ReservationActor::Provider, Confirmed, Declined), Ok(()));
        assert_eq!(reservation_move(ReservationActor::Provider, Declined, Confirmed), Err("reservation_state"));
        assert_eq!(reservation_move(ReservationActor::Provider, Requested, Cancelled), Err("reservation_state"));
        assert_eq!(reservation_move(ReservationActor::Staff, Confirmed, Cancelled), Ok(()));
        assert_eq!(reservation_move(ReservationActor::Staff, Requested, Confirmed), Err("reservation_state"));
        assert_eq!(reservation_move(ReservationActor::Staff, Cancelled, Cancelled), Err("reservation_state"));
        assert!(Requested.is_open() && Confirmed.is_open() && !Declined.is_open() && !Cancelled.is_open());
        for s in ReservationStatus::ALL {
            assert_eq!(ReservationStatus::parse("s", s.as_str()), Ok(s));
        }
        assert!(ReservationStatus::parse("s", "maybe").is_err());
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use jiff::civil::{date, time};
    use proptest::prelude::*;

    const TODAY: Date = date(2027, 1, 10);

    fn course(title: &str, level: Level) -> Course {
        Course {
            id: uuid::Uuid::now_v7(),
            provider_id: uuid::Uuid::nil(),
            title: title.into(),
            language: "de".into(),
            level,
            kind: CourseKind::Standard,
            starts_on: date(2027, 2, 1),
            ends_on: Some(date(2027, 5, 1)),
            weekdays: Weekdays::parse("w", "13").unwrap(),
            starts_at: Some(time(9, 0, 0, 0)),
            ends_at: Some(time(12, 0, 0, 0)),
            place: "Volkshochschule".into(),
            district: "Mitte".into(),
            transit: None,
            price_cents: 20_000,
            voucher_accepted: true,
            childcare: false,
            target_group: TargetGroup::All,
            seats_left: Some(10),
            explain_languages: vec![],
            how_to_enrol: None,
            reservations_allowed: false,
            updated_on: date(2027, 1, 1),
        }
    }

    #[test]
    fn reservations_need_consent_flag_start_and_a_seat() {
        let mut c = course("Deutsch A1", Level::A1);
        assert_eq!(may_reserve(&c, TODAY, true), Err("reservations_not_allowed"));
        c.reservations_allowed = true;
        assert_eq!(may_reserve(&c, TODAY, false), Err("no_profile_consent"));
        assert_eq!(may_reserve(&c, TODAY, true), Ok(()));
        c.seats_left = Some(0);
        assert_eq!(may_reserve(&c, TODAY, true), Err("course_full"));
        c.seats_left = None;
        assert_eq!(may_reserve(&c, TODAY, true), Err("course_full"));
        c.seats_left = Some(1);
        assert_eq!(may_reserve(&c, date(2027, 2, 2), true), Err("course_started"));
        let i = CourseInput {
            title: "x".into(),
            language: "de".into(),
            level: "A1".into(),
            starts_on: "2027-02-01".into(),
            place: "VHS".into(),
            price: "100".into(),
            reservations_allowed: true,
            ..CourseInput::default()
        };
        let e = CourseData::parse(&i).unwrap_err();
        assert!(e.errors.iter().any(|e| e.field == "seats_left" && e.code == "required_for_reservations"));
        assert!(CourseData::parse(&CourseInput { seats_left: "3".into(), ..i }).unwrap().reservations_allowed);
    }

    fn titles(m: &[Match<'_>]) -> Vec<String> {
        m.iter().map(|m| m.course.title.clone()).collect()
    }

    #[test]
    fn visibility_drops_started_full_and_stale() {
        let mut c = course("x", Level::A1);
        assert_eq!(visibility(&c, TODAY, 60), Visibility::Visible);
        c.starts_on = date(2027, 1, 9);
        assert_eq!(visibility(&c, TODAY, 60), Visibility::Started);
        c.starts_on = TODAY;
        assert_eq!(visibility(&c, TODAY, 60), Visibility::Visible, "starting today is still open");
        c.seats_left = Some(0);
        assert_eq!(visibility(&c, TODAY, 60), Visibility::Full);
        c.seats_left = None;
        c.updated_on = date(2026, 11, 11); // 60 days before 2027-01-10
        assert_eq!(visibility(&c, TODAY, 60), Visibility::Visible, "exactly the window is current");
        c.updated_on = date(2026, 11, 10);
        assert_eq!(visibility(&c, TODAY, 60), Visibility::Stale);
        assert_eq!(visibility(&c, TODAY, 90), Visibility::Visible, "the window is configurable");
    }

    #[test]
    fn setting_parses_with_default() {
        assert_eq!(stale_days_from_setting(None), DEFAULT_STALE_AFTER_DAYS);
        assert_eq!(stale_days_from_setting(Some("x")), DEFAULT_STALE_AFTER_DAYS);
        assert_eq!(stale_days_from_setting(Some("0")), DEFAULT_STALE_AFTER_DAYS);
        assert_eq!(stale_days_from_setting(Some(" 30 ")), 30);
    }

    #[test]
    fn next_level_course_ranks_over_same_level_and_others_left_out() {
        let cs =
            vec![course("A1", Level::A1), course("A2", Level::A2), course("B1", Level::B1), course("B2", Level::B2)];
        let needs = Needs { level: LevelNow::Reached(Level::A2), ..Needs::default() };
        let m = rank(&cs, &needs, TODAY, 60, 10);
        assert_eq!(titles(&m), vec!["B1", "A2"]);
        assert_eq!(m[0].reasons[0], Reason::LevelNext { level: Level::B1 });
        assert_eq!(m[0].score, W_LEVEL_NEXT);
        assert_eq!(m[1].reasons[0], Reason::LevelSame { level: Level::A2 });
        let c2 = Needs { level: LevelNow::Reached(Level::C2), ..Needs::default() };
        assert_eq!(titles(&rank(&cs, &c2, TODAY, 60, 10)).len(), 0);
    }

    #[test]
    fn candidate_levels_cover_every_course_that_can_fit() {
        assert_eq!(candidate_levels(&Needs::default()), vec![Level::A1, Level::A2]);
        let b1 = Needs { level: LevelNow::Reached(Level::B1), ..Needs::default() };
        assert_eq!(candidate_levels(&b1), vec![Level::B1, Level::B2]);
        let c2 = Needs { level: LevelNow::Reached(Level::C2), ..Needs::default() };
        assert_eq!(candidate_levels(&c2), vec![Level::C2]);
        // Every course `assess` lets through has one of these levels.
        for lvl in [LevelNow::Unknown, LevelNow::Beginner, LevelNow::Reached(Level::A1), LevelNow::Reached(Level::B2)] {
            let needs = Needs { level: lvl, script: Script::OtherScript, ..Needs::default() };
            for l in Level::ALL {
                // Literacy and second-script courses are A1 (`CourseData::parse`).
                for k in CourseKind::ALL.into_iter().filter(|k| *k == CourseKind::Standard || l == Level::A1) {
                    let mut c = course("x", l);
                    c.kind = k;
                    if assess(&c, &needs, TODAY, 60).is_ok() {
                        assert!(candidate_levels(&needs).contains(&l), "{lvl:?} {l:?} {k:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn dont_know_gets_beginners_courses_a1_first() {
        let cs = vec![course("B1", Level::B1), course("A2", Level::A2), course("A1", Level::A1)];
        let m = rank(&cs, &Needs::default(), TODAY, 60, 10);
        assert_eq!(titles(&m), vec!["A1", "A2"]);
        assert_eq!(m[0].reasons, vec![Reason::LevelUnknownStart]);
    }

    #[test]
    fn latin_alphabet_question_brings_literacy_and_second_script_courses() {
        let mut lit = course("Alpha", Level::A1);
        lit.kind = CourseKind::Literacy;
        let mut second = course("Zweitschrift", Level::A1);
        second.kind = CourseKind::SecondScript;
        let std_a1 = course("A1", Level::A1);
        let cs = vec![std_a1, lit, second];
        // Reads Arabic: the second-script course first; a standard A1 course (which
        // assumes the Latin alphabet) before a literacy course (made for people who do
        // not read at all).
        let other = Needs { level: LevelNow::Beginner, script: Script::OtherScript, ..Needs::default() };
        let m = rank(&cs, &other, TODAY, 60, 10);
        assert_eq!(titles(&m), vec!["Zweitschrift", "A1", "Alpha"]);
        assert_eq!(m[0].score, W_SCRIPT_MATCH);
        assert_eq!(m[1].score, W_LEVEL_NEXT + W_SCRIPT_STANDARD_PENALTY);
        assert_eq!(m[2].reasons, vec![Reason::ScriptNear]);
        // Learning to read: literacy first.
        let learning = Needs { script: Script::LearningToRead, ..Needs::default() };
        assert_eq!(titles(&rank(&cs, &learning, TODAY, 60, 10))[0], "Alpha");
        // Reads Latin: neither special course.
        let latin = Needs { level: LevelNow::Beginner, script: Script::Latin, ..Needs::default() };
        assert_eq!(titles(&rank(&cs, &latin, TODAY, 60, 10)), vec!["A1"]);
        // Someone at B1 never gets a literacy course.
        let b1 = Needs { level: LevelNow::Reached(Level::B1), script: Script::LearningToRead, ..Needs::default() };
        assert_eq!(assess(&cs[1], &b1, TODAY, 60), Err(Exclusion::Level));
    }

    #[test]
    fn times_work_and_childcare() {
        let morning = course("Morning", Level::A1);
        let mut evening = course("Evening", Level::A1);
        evening.starts_at = Some(time(18, 0, 0, 0));
        let mut saturday = course("Saturday", Level::A1);
        saturday.weekdays = Weekdays::parse("w", "6").unwrap();
        saturday.childcare = true;
        let cs = vec![morning, evening, saturday];
        // Works days: evenings and weekends only.
        let worker = Needs {
            level: LevelNow::Beginner,
            availability: Availability { evenings: true, weekends: true, ..Availability::default() },
            ..Needs::default()
        };
        let m = rank(&cs, &worker, TODAY, 60, 10);
        assert_eq!(titles(&m).len(), 2);
        assert!(!titles(&m).contains(&"Morning".to_owned()));
        assert!(m.iter().all(|m| m.reasons.contains(&Reason::TimesFit)));
        // With children: the Saturday course with childcare wins.
        let parent = Needs { childcare: true, ..worker };
        let m = rank(&cs, &parent, TODAY, 60, 10);
        assert_eq!(titles(&m), vec!["Saturday", "Evening"]);
        assert!(m[1].reasons.contains(&Reason::NoChildcare));
        assert_eq!(m[0].score - m[1].score, W_CHILDCARE - W_NO_CHILDCARE);
    }

    #[test]
    fn district_voucher_and_teacher_languages_add_up() {
        let far = course("Far", Level::A1);
        let mut near = course("Near", Level::A1);
        near.district = "Norra".into();
        near.voucher_accepted = false;
        let mut near_paid = course("NearPaid", Level::A1);
        near_paid.district = "norra ".into();
        near_paid.explain_languages = vec!["ar".into()];
        let cs = vec![far, near, near_paid];
        let needs = Needs {
            level: LevelNow::Beginner,
            district: Some("Norra".into()),
            has_voucher: true,
            speaks: vec!["ar".into()],
            ..Needs::default()
        };
        let m = rank(&cs, &needs, TODAY, 60, 10);
        assert_eq!(titles(&m), vec!["NearPaid", "Far", "Near"]);
        assert_eq!(m[0].score, W_LEVEL_NEXT + W_DISTRICT + W_VOUCHER + W_EXPLAIN);
        assert_eq!(m[1].score, W_LEVEL_NEXT + W_VOUCHER);
        assert_eq!(m[2].score, W_LEVEL_NEXT + W_DISTRICT + W_VOUCHER_NOT);
    }

    #[test]
    fn neighbouring_district_ranks_between_own_and_elsewhere() {
        let mut own = course("Own", Level::A1);
        own.district = "Norra".into();
        let mut next = course("Next", Level::A1);
        next.district = "mitte".into();
        let mut far = course("Far", Level::A1);
        far.district = "Süd".into();
        // Listed far first, neighbour second: only the distance orders them.
        let cs = vec![far.clone(), next.clone(), own];
        let needs = Needs {
            level: LevelNow::Beginner,
            district: Some("Norra".into()),
            near_districts: vec!["Mitte".into()],
            ..Needs::default()
        };
        let m = rank(&cs, &needs, TODAY, 60, 10);
        assert_eq!(titles(&m), vec!["Own", "Next", "Far"]);
        assert_eq!(
            m[0].reasons,
            vec![Reason::LevelNext { level: Level::A1 }, Reason::InDistrict { district: "Norra".into() }]
        );
        assert_eq!(
            m[1].reasons,
            vec![Reason::LevelNext { level: Level::A1 }, Reason::NearDistrict { district: "mitte".into() }]
        );
        assert_eq!(m[1].score, W_LEVEL_NEXT + W_NEAR_DISTRICT);
        assert_eq!(m[2].score, W_LEVEL_NEXT);
        // The neighbour decides between two otherwise equal courses even against the
        // start date: the far course starts a week earlier and still comes second.
        let mut early_far = far;
        early_far.starts_on = date(2027, 1, 25);
        let cs = vec![early_far, next];
        assert_eq!(titles(&rank(&cs, &needs, TODAY, 60, 10)), vec!["Next", "Far"]);
        // Without the neighbour list the early course wins (the tie goes to the start).
        let alone = Needs { near_districts: vec![], ..needs.clone() };
        assert_eq!(titles(&rank(&cs, &alone, TODAY, 60, 10)), vec!["Far", "Next"]);
        // A neighbour never outranks the own district: childcare (+15) at the neighbour
        // against none (−20) at home turns it around — each reason stays visible.
        let mut home = course("Home", Level::A1);
        home.district = "Norra".into();
        let mut near_cc = course("NearCare", Level::A1);
        near_cc.district = "Mitte".into();
        near_cc.childcare = true;
        let parent = Needs { childcare: true, ..needs };
        let cs = vec![home, near_cc];
        let m = rank(&cs, &parent, TODAY, 60, 10);
        assert_eq!(titles(&m), vec!["NearCare", "Home"]);
        assert_eq!(m[0].score, W_LEVEL_NEXT + W_NEAR_DISTRICT + W_CHILDCARE);
        assert_eq!(m[1].score, W_LEVEL_NEXT + W_DISTRICT + W_NO_CHILDCARE);
    }

    #[test]
    fn voucher_terms_pay_only_within_levels_and_start_window() {
        let a1 = course("A1", Level::A1);
        let mut late = course("Late", Level::A1);
        late.starts_on = date(2027, 9, 1);
        let terms = VoucherTerms {
            level_min: Level::A1,
            level_max: Level::B1,
            earliest_start: date(2027, 1, 1),
            expires_on: date(2027, 6, 30),
        };
        assert!(terms.covers(&a1));
        assert!(!terms.covers(&late));
        let needs = Needs { level: LevelNow::Beginner, voucher: Some(terms), ..Needs::default() };
        let cs = [late.clone(), a1.clone()];
        let m = rank(&cs, &needs, TODAY, 60, 10);
        assert_eq!(titles(&m), vec!["A1", "Late"]);
        assert!(m[1].reasons.contains(&Reason::VoucherDoesNotPay));
    }

    #[test]
    fn women_only_courses_only_when_asked() {
        let mut w = course("Frauenkurs", Level::A1);
        w.target_group = TargetGroup::Women;
        let needs = Needs { level: LevelNow::Beginner, ..Needs::default() };
        assert_eq!(assess(&w, &needs, TODAY, 60), Err(Exclusion::Group));
        let asked = Needs { groups: vec![TargetGroup::Women], ..needs };
        assert!(assess(&w, &asked, TODAY, 60).unwrap().contains(&Reason::ForGroup { group: TargetGroup::Women }));
    }

    #[test]
    fn stale_providers_listed_oldest_first() {
        let p = |n: &str, d: Option<Date>| ProviderFreshness {
            provider_id: uuid::Uuid::now_v7(),
            name: n.into(),
            last_update: d,
        };
        let all = vec![p("Fresh", Some(date(2027, 1, 5))), p("Old", Some(date(2026, 10, 1))), p("Empty", None)];
        let s: Vec<&str> = stale_providers(&all, TODAY, 60).iter().map(|p| p.name.as_str()).collect();
        assert_eq!(s, vec!["Empty", "Old"]);
    }

    #[test]
    fn course_input_parses_and_refuses() {
        let i = CourseInput {
            title: " Deutsch A1 am Abend ".into(),
            language: "de".into(),
            level: "a1".into(),
            kind: "literacy".into(),
            starts_on: "2027-02-01".into(),
            weekdays: "1,3".into(),
            starts_at: "18:00".into(),
            ends_at: "20:30".into(),
            place: "VHS".into(),
            price: "150,50".into(),
            explain_languages: "ar, fa,ar".into(),
            seats_left: "4".into(),
            ..CourseInput::default()
        };
        let c = CourseData::parse(&i).unwrap();
        assert_eq!(c.title, "Deutsch A1 am Abend");
        assert_eq!(c.price_cents, 15_050);
        assert_eq!(c.weekdays.as_digits(), "13");
        assert_eq!(c.explain_languages, vec!["ar", "fa"]);
        assert_eq!(c.seats_left, Some(4));
        let bad =
            CourseInput { level: "B1".into(), ends_at: "17:00".into(), weekdays: "8".into(), price: "abc".into(), ..i };
        let e = CourseData::parse(&bad).unwrap_err();
        let fields: Vec<&str> = e.errors.iter().map(|f| f.field).collect();
        for f in ["weekdays", "ends_at", "price", "level"] {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
    }

    fn arb_course() -> impl Strategy<Value = Course> {
        (
            0usize..6,
            0usize..3,
            0u8..128,
            6i8..21,
            any::<bool>(),
            any::<bool>(),
            0i64..40,
            prop::option::of(0i64..5),
            0usize..3,
        )
            .prop_map(|(l, k, days, h, v, cc, start, seats, d)| {
                let mut c = course("c", Level::ALL[l]);
                c.kind = CourseKind::ALL[k];
                c.weekdays = Weekdays(days);
                c.starts_at = Some(time(h, 0, 0, 0));
                c.voucher_accepted = v;
                c.childcare = cc;
                c.starts_on = TODAY.checked_add(jiff::Span::new().days(start - 5)).unwrap();
                c.seats_left = seats;
                c.district = ["Mitte", "Norra", "Süd"][d].into();
                c
            })
    }

    proptest! {
        /// The score is exactly the sum of the reasons shown; the list is sorted and
        /// never holds a course outside the public view.
        #[test]
        fn score_is_the_sum_of_reasons(cs in prop::collection::vec(arb_course(), 0..40), lvl in 0usize..7, eve in any::<bool>(), cc in any::<bool>()) {
            let level = if lvl == 0 { LevelNow::Unknown } else { LevelNow::Reached(Level::ALL[lvl - 1]) };
            let needs = Needs { level, childcare: cc, district: Some("Norra".into()),
                near_districts: vec!["Mitte".into()], has_voucher: true,
                availability: Availability { evenings: eve, ..Availability::default() }, ..Needs::default() };
            let m = rank(&cs, &needs, TODAY, 60, 100);
            for w in m.windows(2) {
                prop_assert!(w[0].score >= w[1].score);
            }
            for x in &m {
                prop_assert_eq!(x.score, x.reasons.iter().map(Reason::points).sum::<i32>());
                prop_assert_eq!(visibility(x.course, TODAY, 60), Visibility::Visible);
                // The distance is one named reason at most, by the course's district.
                let own = x.reasons.iter().any(|r| matches!(r, Reason::InDistrict { .. }));
                let near = x.reasons.iter().any(|r| matches!(r, Reason::NearDistrict { .. }));
                prop_assert!(!(own && near));
                prop_assert_eq!(own, x.course.district == "Norra");
                prop_assert_eq!(near, x.course.district == "Mitte");
            }
        }

        /// Among triplets equal but for the district, the person's own district ranks
        /// first, the neighbouring one second, elsewhere last — whatever the titles.
        #[test]
        fn district_triplet_ranks_own_near_far(c in arb_course(), order in 0usize..6) {
            let mut own = c.clone();
            own.district = "Hier".into();
            own.title = "c-own".into();
            let mut near = c.clone();
            near.district = "Nebenan".into();
            near.title = "b-near".into();
            let mut far = c;
            far.district = "Dort".into();
            far.title = "a-far".into();
            let needs = Needs { district: Some("hier".into()), near_districts: vec!["nebenan".into()], ..Needs::default() };
            let mut cs = vec![far, near, own];
            cs.rotate_left(order % 3);
            if order >= 3 { cs.reverse(); }
            let m = rank(&cs, &needs, TODAY, 60, 10);
            if !m.is_empty() {
                prop_assert_eq!(titles(&m), vec!["c-own", "b-near", "a-far"]);
            }
        }
    }
}
