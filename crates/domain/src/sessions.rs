//! Group information modules (issue 5; R2, R15, R16): the rules of sessions,
//! registrations, the waiting list, attendance and the anonymous survey. Pure: the
//! store enforces the capacity in the database, this module says what is allowed.
//!
//! - A session seats 20 to 50 people ([`CAPACITY_MIN`], [`CAPACITY_MAX`]) and lasts two
//!   hours unless said otherwise ([`DEFAULT_MINUTES`]).
//! - A series is every n-th week on one weekday between two dates ([`expand_series`]):
//!   "housing in Arabic every second Saturday from 10 January to 28 March".
//! - Status: planned → published → held, and planned or published → cancelled; held
//!   and cancelled are final ([`Status::can_become`]).
//! - Waiting list: a freed seat goes to the earliest arrival whose children fit the free
//!   childcare places ([`next_to_promote`]); someone needing more childcare than is free
//!   keeps their place in the queue and is not skipped for ever: they move up as soon as
//!   places are free.

use crate::codes::LanguageCode;
use crate::errors::{FieldError, Invalid};
use crate::text::{optional_line, required_line, whole_number};
use jiff::civil::{Date, Weekday};

pub const CAPACITY_MIN: i64 = 20;
pub const CAPACITY_MAX: i64 = 50;
/// A session's default length.
pub const DEFAULT_MINUTES: i64 = 120;
/// The most children one registration books childcare for.
pub const MAX_CHILDREN: i64 = 10;
/// Days after a session that the contact details of people registered without a record
/// (and of walk-ins) are kept.
pub const CONTACT_RETENTION_DAYS: i64 = 90;
/// The longest series a coordinator creates at once (a year of weekly sessions).
pub const MAX_SERIES: usize = 60;

/// A session's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Planned,
    Published,
    Cancelled,
    Held,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Planned, Status::Published, Status::Cancelled, Status::Held];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Published => "published",
            Status::Cancelled => "cancelled",
            Status::Held => "held",
        }
    }

    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        Status::ALL
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
            .ok_or_else(|| FieldError::new(field, "invalid_choice"))
    }

    /// Whether a session in this status may move to `to`.
    pub fn can_become(self, to: Status) -> bool {
        matches!(
            (self, to),
            (Status::Planned, Status::Published)
                | (Status::Planned, Status::Cancelled)
                | (Status::Published, Status::Cancelled)
                | (Status::Published, Status::Held)
        )
    }

    /// The statuses a session may come from to reach `to` (for the store's conditional
    /// update).
    pub fn sources(to: Status) -> Vec<Status> {
        Status::ALL.into_iter().filter(|s| s.can_become(to)).collect()
    }

    /// People can register (a seat or the waiting list) only while it is published.
    pub fn open_for_registration(self) -> bool {
        self == Status::Published
    }
}

/// A registration's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    Confirmed,
    Waiting,
    Cancelled,
}

impl RegistrationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationStatus::Confirmed => "confirmed",
            RegistrationStatus::Waiting => "waiting",
            RegistrationStatus::Cancelled => "cancelled",
        }
    }
    pub fn from_db(s: &str) -> Option<Self> {
        match s {
            "confirmed" => Some(RegistrationStatus::Confirmed),
            "waiting" => Some(RegistrationStatus::Waiting),
            "cancelled" => Some(RegistrationStatus::Cancelled),
            _ => None,
        }
    }
}

/// Seats: 20 to 50.
pub fn parse_capacity(field: &'static str, raw: &str) -> Result<i64, FieldError> {
    whole_number(field, raw, CAPACITY_MIN, CAPACITY_MAX)
}

/// Length in minutes: empty means two hours; 30 minutes to 8 hours.
pub fn parse_minutes(field: &'static str, raw: &str) -> Result<i64, FieldError> {
    if raw.trim().is_empty() { Ok(DEFAULT_MINUTES) } else { whole_number(field, raw, 30, 480) }
}

/// The dates of a series: every `every_weeks`-th `weekday` from `from` (the first such
/// weekday on or after it) up to and including `to`. Refused when empty, when longer
/// than [`MAX_SERIES`], or when `every_weeks` is not 1 to 4.
pub fn expand_series(from: Date, to: Date, weekday: Weekday, every_weeks: i64) -> Result<Vec<Date>, Invalid> {
    let mut inv = Invalid::default();
    if !(1..=4).contains(&every_weeks) {
        inv.push(FieldError::with_limit("every_weeks", "too_large", 4));
    }
    if to < from {
        inv.push(FieldError::new("to", "before_start"));
    }
    inv.into_result()?;
    let shift = (weekday.to_monday_zero_offset() - from.weekday().to_monday_zero_offset()).rem_euclid(7);
    let mut d =
        from.checked_add(jiff::Span::new().days(i64::from(shift))).map_err(|_| Invalid::one("from", "invalid_date"))?;
    let mut out = vec![];
    while d <= to {
        out.push(d);
        if out.len() > MAX_SERIES {
            return Err(FieldError::with_limit("to", "too_many", MAX_SERIES as i64).into());
        }
        d = match d.checked_add(jiff::Span::new().days(7 * every_weeks)) {
            Ok(n) => n,
            Err(_) => break,
        };
    }
    if out.is_empty() {
        return Err(Invalid::one("to", "no_dates"));
    }
    Ok(out)
}

/// A weekday from a form: 1 = Monday … 7 = Sunday.
pub fn parse_weekday(field: &'static str, raw: &str) -> Result<Weekday, FieldError> {
    let n = whole_number(field, raw, 1, 7)?;
    Ok(Weekday::from_monday_one_offset(n as i8).unwrap_or(Weekday::Saturday))
}

/// Someone waiting, as the promotion sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    pub position: i64,
    pub children: i64,
}

/// Who gets a freed seat: the earliest arrival whose children fit the free childcare
/// places. `None` when nobody waits or nobody fits.
pub fn next_to_promote(waiting: &[Waiting], free_childcare: i64) -> Option<Waiting> {
    waiting.iter().filter(|w| w.children <= free_childcare).min_by_key(|w| w.position).copied()
}

/// Children booked with a registration: their number and ages (0–17), e.g. "3, 5".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Children {
    pub count: i64,
    /// Ages as given, normalised to "3, 5"; `None` when no children.
    pub ages: Option<String>,
}

pub fn parse_children(count_raw: &str, ages_raw: &str) -> Result<Children, Invalid> {
    let count = if count_raw.trim().is_empty() {
        0
    } else {
        whole_number("children_count", count_raw, 0, MAX_CHILDREN).map_err(Invalid::from)?
    };
    let ages: Vec<&str> =
        ages_raw.split([',', ';', ' ', '،']).map(str::trim).filter(|s| !s.is_empty()).collect::<Vec<_>>();
    let mut parsed = vec![];
    for a in &ages {
        match crate::text::ascii_digits(a).parse::<u8>() {
            Ok(n) if n <= 17 => parsed.push(n.to_string()),
            _ => return Err(Invalid::one("children_ages", "invalid_age")),
        }
    }
    if count > 0 && parsed.len() != count as usize {
        return Err(Invalid::one("children_ages", "ages_count_mismatch"));
    }
    if count == 0 && !parsed.is_empty() {
        return Err(Invalid::one("children_count", "ages_count_mismatch"));
    }
    Ok(Children { count, ages: if parsed.is_empty() { None } else { Some(parsed.join(", ")) } })
}

/// Someone without a record in the register (no passport yet): a name and a way to
/// reach them (phone, e-mail or both).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
}

pub fn parse_contact(name: &str, phone: &str, email: &str) -> Result<Contact, Invalid> {
    let mut inv = Invalid::default();
    let name = inv.take(required_line("name", name, 200));
    let phone = if phone.trim().is_empty() {
        Some(None)
    } else {
        inv.take(crate::settings::parse_phone("phone", phone)).map(Some)
    };
    let email = if email.trim().is_empty() {
        Some(None)
    } else {
        inv.take(crate::staff::Email::parse("email", email)).map(|e| Some(e.as_str().to_owned()))
    };
    if let (Some(None), Some(None)) = (&phone, &email) {
        inv.push(FieldError::new("phone", "phone_or_email"));
    }
    match (name, phone, email) {
        (Some(name), Some(phone), Some(email)) if inv.is_empty() => Ok(Contact { name, phone, email }),
        _ => Err(inv),
    }
}

/// The registration's own consent (purpose `modules`) when staff register someone: a
/// person of the register (`live`: whether they hold a live `modules` consent) needs one,
/// or staff tick that the person agrees now — recorded with the registration, given in
/// person, with the text in the person's document language; a caller registered by
/// contact details (`live`: `None`) agrees now, recorded on the registration itself, or
/// is not registered. `Ok(None)`: the registration rests on the record's consent. The
/// public's own registrations carry it from their form
/// (`passport::self_registration_consent`).
pub fn staff_registration_consent(
    live: Option<bool>,
    ticked: bool,
    text_language: &str,
) -> Result<Option<crate::consent::GivenConsent>, FieldError> {
    match (live, ticked) {
        (Some(true), _) => Ok(None),
        (_, false) => Err(FieldError::new("consent_modules", "consent_modules_missing")),
        (Some(false) | None, true) => Ok(Some(crate::consent::GivenConsent {
            purpose: crate::consent::Purpose::Modules,
            channel: "in_person",
            text_language: text_language.to_owned(),
        })),
    }
}

/// A language of the programme: any language a person may speak (sessions are also
/// given "in the official language in plain words", whose code is the city's).
pub fn parse_language(field: &'static str, raw: &str) -> Result<String, FieldError> {
    LanguageCode::parse(field, raw).map(|l| l.as_str().to_owned())
}

/// An anonymous survey answer, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyAnswer {
    /// 1 (not at all) to 5 (very).
    pub satisfied: i64,
    pub helped: bool,
    pub recommend: bool,
    pub missing_topic: Option<String>,
}

fn yes_no(field: &'static str, raw: &str) -> Result<bool, FieldError> {
    match raw.trim() {
        "yes" | "true" | "1" => Ok(true),
        "no" | "false" | "0" => Ok(false),
        "" => Err(FieldError::new(field, "required")),
        _ => Err(FieldError::new(field, "invalid_choice")),
    }
}

pub fn parse_survey(satisfied: &str, helped: &str, recommend: &str, missing: &str) -> Result<SurveyAnswer, Invalid> {
    let mut inv = Invalid::default();
    let s = inv.take(whole_number("satisfied", satisfied, 1, 5));
    let h = inv.take(yes_no("helped", helped));
    let r = inv.take(yes_no("recommend", recommend));
    let m = inv.take(optional_line("missing_topic", missing, 200));
    match (s, h, r, m) {
        (Some(satisfied), Some(helped), Some(recommend), Some(missing_topic)) if inv.is_empty() => {
            Ok(SurveyAnswer { satisfied, helped, recommend, missing_topic })
        }
        _ => Err(inv),
    }
}

/// The key under which a missing topic is counted: lower case, letters and digits of
/// any script, single spaces ("Driving licence!" and "driving  licence" count as one).
pub fn request_key(text: &str) -> String {
    let cleaned: String =
        text.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect::<String>().to_lowercase();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key that makes a walk-in count once per session: the name's tokens (any
/// script, any order, as the register normalises names) and the phone's digits.
pub fn walk_in_key(name: &str, phone: Option<&str>) -> String {
    let mut tokens = crate::names::normalize_tokens(name);
    tokens.sort();
    let digits: String = phone.map(|p| p.chars().filter(char::is_ascii_digit).collect()).unwrap_or_default();
    format!("{}|{}", tokens.join(" "), digits)
}

/// What the passport and the vouchers need to know about one attendance (the contract
/// with the passport module: built by the store's check-in in the same transaction,
/// right after the attendance row is newly inserted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceFacts {
    pub person_id: String,
    pub session_id: String,
    /// YYYY-MM-DD, the session's date in the city's time zone.
    pub attended_on: String,
    pub topic_id: String,
    pub language: String,
    pub venue_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_registrations_carry_the_modules_consent() {
        use crate::consent::Purpose;
        // A person who agreed before: nothing more to record, ticked or not.
        assert_eq!(staff_registration_consent(Some(true), false, "ar"), Ok(None));
        assert_eq!(staff_registration_consent(Some(true), true, "ar"), Ok(None));
        // A person who has not: refused unless staff tick it; then recorded in person.
        let e = staff_registration_consent(Some(false), false, "ar").unwrap_err();
        assert_eq!((e.field, e.code), ("consent_modules", "consent_modules_missing"));
        let c = staff_registration_consent(Some(false), true, "ti").unwrap().unwrap();
        assert_eq!((c.purpose, c.channel, c.text_language.as_str()), (Purpose::Modules, "in_person", "ti"));
        // A caller by contact details: ticked (kept on the registration) or refused.
        assert!(staff_registration_consent(None, false, "en").is_err());
        let c = staff_registration_consent(None, true, "en").unwrap().unwrap();
        assert_eq!((c.purpose, c.channel), (Purpose::Modules, "in_person"));
    }
    use jiff::civil::date;

    #[test]
    fn capacity_bounds() {
        assert_eq!(parse_capacity("capacity", "20"), Ok(20));
        assert_eq!(parse_capacity("capacity", "50"), Ok(50));
        assert_eq!(parse_capacity("capacity", "19").unwrap_err().code, "too_small");
        assert_eq!(parse_capacity("capacity", "51").unwrap_err().code, "too_large");
        assert_eq!(parse_capacity("capacity", "").unwrap_err().code, "required");
        assert_eq!(parse_minutes("minutes", ""), Ok(120));
        assert_eq!(parse_minutes("minutes", "90"), Ok(90));
    }

    #[test]
    fn every_second_saturday() {
        // 2027-01-06 is a Wednesday: the first Saturday is the 9th.
        let d = expand_series(date(2027, 1, 6), date(2027, 3, 20), Weekday::Saturday, 2).unwrap();
        assert_eq!(
            d,
            vec![
                date(2027, 1, 9),
                date(2027, 1, 23),
                date(2027, 2, 6),
                date(2027, 2, 20),
                date(2027, 3, 6),
                date(2027, 3, 20)
            ]
        );
        assert!(d.iter().all(|x| x.weekday() == Weekday::Saturday));
        // Starting on the weekday itself includes that day.
        let d = expand_series(date(2027, 1, 9), date(2027, 1, 9), Weekday::Saturday, 1).unwrap();
        assert_eq!(d, vec![date(2027, 1, 9)]);
        // Refusals.
        assert!(expand_series(date(2027, 1, 10), date(2027, 1, 9), Weekday::Saturday, 1).is_err());
        assert_eq!(
            expand_series(date(2027, 1, 4), date(2027, 1, 7), Weekday::Saturday, 1).unwrap_err().errors[0].code,
            "no_dates"
        );
        assert!(expand_series(date(2027, 1, 1), date(2027, 12, 31), Weekday::Saturday, 5).is_err());
        assert_eq!(
            expand_series(date(2027, 1, 1), date(2029, 12, 31), Weekday::Monday, 1).unwrap_err().errors[0].code,
            "too_many"
        );
    }

    #[test]
    fn status_transitions() {
        use Status::*;
        assert!(Planned.can_become(Published));
        assert!(Published.can_become(Held));
        assert!(Published.can_become(Cancelled));
        assert!(Planned.can_become(Cancelled));
        assert!(!Planned.can_become(Held));
        assert!(!Held.can_become(Cancelled));
        assert!(!Cancelled.can_become(Published));
        assert!(!Published.can_become(Planned));
        assert_eq!(Status::sources(Cancelled), vec![Planned, Published]);
        assert!(Published.open_for_registration());
        assert!(!Planned.open_for_registration());
    }

    #[test]
    fn promotion_order() {
        let w = [
            Waiting { position: 35, children: 0 },
            Waiting { position: 31, children: 2 },
            Waiting { position: 33, children: 1 },
        ];
        assert_eq!(next_to_promote(&w, 5), Some(w[1]));
        // Only one childcare place free: the first who fits.
        assert_eq!(next_to_promote(&w, 1), Some(w[2]));
        assert_eq!(next_to_promote(&w, 0), Some(w[0]));
        assert_eq!(next_to_promote(&[], 3), None);
    }

    #[test]
    fn children_and_contacts() {
        assert_eq!(parse_children("", ""), Ok(Children::default()));
        assert_eq!(parse_children("2", "3, ٥"), Ok(Children { count: 2, ages: Some("3, 5".into()) }));
        assert_eq!(parse_children("2", "3").unwrap_err().errors[0].code, "ages_count_mismatch");
        assert_eq!(parse_children("1", "19").unwrap_err().errors[0].code, "invalid_age");
        assert_eq!(parse_children("11", "").unwrap_err().errors[0].code, "too_large");
        let c = parse_contact("Amina Yusuf", "+46 70 111 22 33", "").unwrap();
        assert_eq!(c.phone.as_deref(), Some("+46 70 111 22 33"));
        assert_eq!(parse_contact("Amina", "", "").unwrap_err().errors[0].code, "phone_or_email");
        assert_eq!(parse_contact("", "+46 70 111 22 33", "").unwrap_err().errors[0].code, "required");
    }

    #[test]
    fn survey_and_keys() {
        let a = parse_survey("4", "yes", "no", "  Driving licence ").unwrap();
        assert_eq!(
            a,
            SurveyAnswer {
                satisfied: 4,
                helped: true,
                recommend: false,
                missing_topic: Some("Driving licence".into())
            }
        );
        let e = parse_survey("6", "", "maybe", "").unwrap_err();
        let codes: Vec<_> = e.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(codes, vec![("satisfied", "too_large"), ("helped", "required"), ("recommend", "invalid_choice")]);
        assert_eq!(request_key("Driving  licence!"), request_key("driving licence"));
        assert_eq!(request_key("  السكن   والإيجار؟ "), "السكن والإيجار");
        assert_eq!(walk_in_key("Yusuf Amina", Some("+46 70")), walk_in_key("amina  YUSUF", Some("+4670")));
        assert_ne!(walk_in_key("Amina", None), walk_in_key("Amina", Some("+4670")));
    }
}

/// Whether a staff member may open a session's lists and check-in page: trainers only
/// their own sessions (as trainer or backup; `mine` are the pool entries linked to
/// their account), every other role that reaches the page any session.
pub fn may_open_session(
    role: crate::Role,
    mine: &[uuid::Uuid],
    trainer: Option<uuid::Uuid>,
    backup: Option<uuid::Uuid>,
) -> bool {
    if role != crate::Role::Trainer {
        return true;
    }
    [trainer, backup].into_iter().flatten().any(|t| mine.contains(&t))
}

#[cfg(test)]
mod open_tests {
    use super::may_open_session;
    use crate::Role;

    #[test]
    fn trainers_open_only_their_own_sessions() {
        let me = uuid::Uuid::from_u128(1);
        let other = uuid::Uuid::from_u128(2);
        assert!(may_open_session(Role::Trainer, &[me], Some(me), None));
        assert!(may_open_session(Role::Trainer, &[me], Some(other), Some(me)), "the backup too");
        assert!(!may_open_session(Role::Trainer, &[me], Some(other), None));
        assert!(!may_open_session(Role::Trainer, &[me], None, None));
        assert!(!may_open_session(Role::Trainer, &[], Some(other), Some(other)));
        assert!(may_open_session(Role::Desk, &[], Some(other), None));
        assert!(may_open_session(Role::Coordinator, &[], None, None));
    }
}

/// What staff typed to find someone for a session: a passport number (anything with a
/// digit — names have none) or a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Passport(crate::passport::PassportNumber),
    Name(String),
}

/// Reads the search field: a number with a wrong check character is a typo
/// (`code_check_digit`), a number of the wrong shape `code_malformed`, both on `field`.
pub fn parse_lookup(field: &'static str, raw: &str) -> Result<Option<Lookup>, FieldError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.chars().any(|c| c.is_ascii_digit()) {
        return crate::passport::PassportNumber::parse(s)
            .map(|n| Some(Lookup::Passport(n)))
            .map_err(|e| FieldError::new(field, e.code()));
    }
    if s.chars().count() > 200 {
        return Err(FieldError::with_limit(field, "too_long", 200));
    }
    Ok(Some(Lookup::Name(s.to_owned())))
}

#[cfg(test)]
mod lookup_tests {
    use super::{Lookup, parse_lookup};
    use crate::passport::PassportNumber;

    #[test]
    fn numbers_and_names() {
        let n = PassportNumber::generate(|b| b.iter_mut().enumerate().for_each(|(i, x)| *x = i as u8));
        assert_eq!(parse_lookup("q", &n.display()).unwrap(), Some(Lookup::Passport(n.clone())));
        assert_eq!(parse_lookup("q", &n.as_str().to_lowercase()).unwrap(), Some(Lookup::Passport(n.clone())));
        // One character changed: the check character catches the typo.
        let mut typo: Vec<char> = n.as_str().chars().collect();
        typo[2] = if typo[2] == '7' { '8' } else { '7' };
        let typo: String = typo.into_iter().collect();
        assert_eq!(parse_lookup("q", &typo).unwrap_err().code, "code_check_digit");
        assert_eq!(parse_lookup("q", "12").unwrap_err().code, "code_malformed");
        assert_eq!(parse_lookup("q", " Amal Haddad ").unwrap(), Some(Lookup::Name("Amal Haddad".to_owned())));
        assert_eq!(parse_lookup("q", "  ").unwrap(), None);
    }
}

/// The most rooms one venue lists.
pub const MAX_ROOMS: usize = 50;

/// A room of a venue as the coordinator describes it. `id` names an existing room (kept,
/// renamed or resized); without it the room is new.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    pub id: Option<uuid::Uuid>,
    pub name: String,
    pub capacity: i64,
}

/// A venue as the coordinator describes it, checked: where it is, how to get there by
/// public transport, step-free access, whether childcare is possible, and its rooms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Venue {
    pub name: String,
    pub address: String,
    pub district: String,
    pub transit_advice: String,
    pub step_free: bool,
    pub childcare_possible: bool,
    pub rooms: Vec<Room>,
}

/// A venue as typed, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct VenueInput<'a> {
    pub name: &'a str,
    pub address: &'a str,
    pub district: &'a str,
    pub transit_advice: &'a str,
    pub step_free: bool,
    pub childcare_possible: bool,
    /// (existing room, name, capacity as typed); rows with neither name nor capacity are
    /// skipped (the empty lines of a form).
    pub rooms: Vec<(Option<uuid::Uuid>, &'a str, &'a str)>,
}

/// Checks a venue: name, address and district required; transit advice optional; each
/// room a name (unique within the venue, case-insensitively) and 1 to 1,000 seats. The
/// rooms' errors are reported on the field `rooms`.
pub fn parse_venue(v: &VenueInput<'_>) -> Result<Venue, Invalid> {
    let mut inv = Invalid::default();
    let name = inv.take(required_line("name", v.name, 120));
    let address = inv.take(required_line("address", v.address, 300));
    let district = inv.take(required_line("district", v.district, 120));
    let transit = inv.take(crate::text::optional_text("transit_advice", v.transit_advice, 1000));
    let mut rooms: Vec<Room> = vec![];
    let mut rooms_ok = true;
    for (id, n, c) in &v.rooms {
        if id.is_none() && n.trim().is_empty() && c.trim().is_empty() {
            continue;
        }
        let n = inv.take(required_line("rooms", n, 60));
        let c = inv.take(whole_number("rooms", c, 1, 1000));
        match (n, c) {
            (Some(name), Some(capacity)) => {
                if rooms.iter().any(|r| r.name.to_lowercase() == name.to_lowercase())
                    || id.is_some() && rooms.iter().any(|r| r.id == *id)
                {
                    inv.push(FieldError::new("rooms", "room_twice"));
                    rooms_ok = false;
                }
                rooms.push(Room { id: *id, name, capacity });
            }
            _ => rooms_ok = false,
        }
    }
    if rooms.len() > MAX_ROOMS {
        inv.push(FieldError::with_limit("rooms", "too_many", MAX_ROOMS as i64));
    }
    match (name, address, district, transit) {
        (Some(name), Some(address), Some(district), Some(transit)) if inv.is_empty() && rooms_ok => Ok(Venue {
            name,
            address,
            district,
            transit_advice: transit.unwrap_or_default(),
            step_free: v.step_free,
            childcare_possible: v.childcare_possible,
            rooms,
        }),
        _ => Err(inv),
    }
}

/// Rooms as one line each, `name: seats` ("Hall: 40"), the way the back office's form
/// shows them; the name may itself hold colons (the last one separates the seats).
pub fn parse_room_lines(raw: &str) -> Result<Vec<(String, String)>, FieldError> {
    let mut out = vec![];
    for line in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (name, seats) = line.rsplit_once([':', '：']).ok_or_else(|| FieldError::new("rooms", "invalid_rooms"))?;
        out.push((name.trim().to_owned(), crate::text::ascii_digits(seats)));
    }
    Ok(out)
}

#[cfg(test)]
mod venue_tests {
    use super::*;

    fn input<'a>(rooms: Vec<(Option<uuid::Uuid>, &'a str, &'a str)>) -> VenueInput<'a> {
        VenueInput {
            name: " East Hall ",
            address: "East Street 1",
            district: "East",
            transit_advice: "Bus 7\r\nthen walk",
            step_free: true,
            childcare_possible: false,
            rooms,
        }
    }

    #[test]
    fn a_venue_is_checked_field_by_field() {
        let v = parse_venue(&input(vec![(None, "Hall", "40"), (None, "", ""), (None, "Small room", "12")])).unwrap();
        assert_eq!(v.name, "East Hall");
        assert_eq!(v.transit_advice, "Bus 7\nthen walk");
        assert_eq!(v.rooms.len(), 2, "empty rows are skipped");
        assert_eq!((v.rooms[1].name.as_str(), v.rooms[1].capacity), ("Small room", 12));

        let bad = parse_venue(&VenueInput { name: "", address: "", district: "x", ..Default::default() }).unwrap_err();
        let fields: Vec<_> = bad.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(fields, vec![("name", "required"), ("address", "required")]);

        let e = parse_venue(&input(vec![(None, "Hall", "0")])).unwrap_err();
        assert_eq!((e.errors[0].field, e.errors[0].code), ("rooms", "too_small"));
        let e = parse_venue(&input(vec![(None, "Hall", "40"), (None, "hall", "20")])).unwrap_err();
        assert_eq!(e.errors[0].code, "room_twice");
        let e = parse_venue(&input(vec![(None, "", "20")])).unwrap_err();
        assert_eq!((e.errors[0].field, e.errors[0].code), ("rooms", "required"));
        let id = Some(uuid::Uuid::nil());
        let e = parse_venue(&input(vec![(id, "A", "20"), (id, "B", "20")])).unwrap_err();
        assert_eq!(e.errors[0].code, "room_twice", "one existing room given twice");
    }

    #[test]
    fn room_lines() {
        assert_eq!(
            parse_room_lines("Hall: 40\n\n Room 2:B : ٢٥ \r\n").unwrap(),
            vec![("Hall".to_owned(), "40".to_owned()), ("Room 2:B".to_owned(), "25".to_owned())]
        );
        assert_eq!(parse_room_lines("Hall 40").unwrap_err().code, "invalid_rooms");
        assert!(parse_room_lines("").unwrap().is_empty());
    }
}
