//! The information desk and hotline (R4, R15): the contact log, the walk-in queue,
//! interpreting requests, and the desk lead's figures.
//!
//! A contact is anonymous unless the person agreed to have it linked to their record
//! (`link_consent`). Ticket numbers are handed out by the database (unique per day);
//! here is only what a ticket's day is and how long the wait probably is.

use crate::errors::{FieldError, Invalid};
use crate::text;

/// How a person reached the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    WalkIn,
    Phone,
    Email,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::WalkIn, Channel::Phone, Channel::Email];
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::WalkIn => "walk_in",
            Channel::Phone => "phone",
            Channel::Email => "email",
        }
    }
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        Self::ALL.into_iter().find(|c| c.as_str() == raw.trim()).ok_or_else(|| FieldError::new(field, "invalid_choice"))
    }
}

/// Whether an interpreter was needed, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interpreter {
    None,
    OnSite,
    Phone,
}

impl Interpreter {
    pub const ALL: [Interpreter; 3] = [Interpreter::None, Interpreter::OnSite, Interpreter::Phone];
    pub fn as_str(self) -> &'static str {
        match self {
            Interpreter::None => "none",
            Interpreter::OnSite => "on_site",
            Interpreter::Phone => "phone",
        }
    }
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(Interpreter::None);
        }
        Self::ALL.into_iter().find(|c| c.as_str() == raw).ok_or_else(|| FieldError::new(field, "invalid_choice"))
    }
}

/// The most topics, articles or referrals one contact records.
pub const MAX_ITEMS: usize = 12;
/// The longest contact: 8 hours.
pub const MAX_DURATION_SECONDS: i64 = 8 * 3600;

/// A language code as the desk records it: ISO 639 (two or three lower-case letters).
/// The desk may speak languages the website has no translation for (e.g. `pl`, `ps`).
pub fn language(field: &'static str, raw: &str) -> Result<String, FieldError> {
    let v = raw.trim().to_ascii_lowercase();
    if v.is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    if (2..=3).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(v)
    } else {
        Err(FieldError::new(field, "invalid_language"))
    }
}

/// Topic codes, separated by commas or spaces (`housing, health`): lower-case letters,
/// digits, `-` and `_`, each at most 40 characters; duplicates dropped, order kept.
pub fn topics(field: &'static str, raw: &str) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = vec![];
    for t in raw.split([',', ' ', '\n', ';']).map(str::trim).filter(|t| !t.is_empty()) {
        let t = t.to_lowercase();
        let ok = t.chars().count() <= 40
            && t.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            && t.chars().next().is_some_and(char::is_alphanumeric);
        if !ok {
            return Err(FieldError::new(field, "invalid_topic"));
        }
        if !out.contains(&t) {
            out.push(t);
        }
    }
    if out.len() > MAX_ITEMS {
        return Err(FieldError::with_limit(field, "too_many", MAX_ITEMS as i64));
    }
    Ok(out)
}

/// A contact as typed in the form or sent to the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ContactInput {
    pub channel: String,
    pub language: String,
    pub interpreter: String,
    /// Topic codes, comma-separated.
    pub topics: String,
    /// The knowledge-base articles the answer came from.
    pub article_ids: Vec<String>,
    /// Directory entries the person was referred to (ids).
    pub referral_ids: Vec<String>,
    pub appointment_booked: bool,
    /// Whole minutes (the form), or…
    pub duration_minutes: String,
    /// …seconds (the API); seconds win when both are given.
    pub duration_seconds: Option<i64>,
    /// The person, only when they agreed to have this contact linked to their record.
    pub person_id: String,
    pub link_consent: bool,
}

/// A checked contact.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Contact {
    pub channel: Channel,
    pub language: String,
    pub interpreter: Interpreter,
    pub topics: Vec<String>,
    pub article_ids: Vec<uuid::Uuid>,
    pub referral_ids: Vec<uuid::Uuid>,
    pub appointment_booked: bool,
    pub duration_seconds: i64,
    pub person_id: Option<uuid::Uuid>,
}

fn ids(inv: &mut Invalid, field: &'static str, raw: &[String]) -> Vec<uuid::Uuid> {
    let mut out = vec![];
    for r in raw.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        match uuid::Uuid::parse_str(r) {
            Ok(u) if !out.contains(&u) => out.push(u),
            Ok(_) => {}
            Err(_) => {
                inv.push(FieldError::new(field, "invalid_id"));
                return vec![];
            }
        }
    }
    if out.len() > MAX_ITEMS {
        inv.push(FieldError::with_limit(field, "too_many", MAX_ITEMS as i64));
    }
    out
}

impl Contact {
    pub fn parse(i: &ContactInput) -> Result<Contact, Invalid> {
        let mut inv = Invalid::default();
        let channel = inv.take(Channel::parse("channel", &i.channel));
        let language = inv.take(language("language", &i.language));
        let interpreter = inv.take(Interpreter::parse("interpreter", &i.interpreter));
        let topics = inv.take(topics("topics", &i.topics));
        let article_ids = ids(&mut inv, "article_ids", &i.article_ids);
        let referral_ids = ids(&mut inv, "referral_ids", &i.referral_ids);
        let duration = match i.duration_seconds {
            Some(s) if (0..=MAX_DURATION_SECONDS).contains(&s) => Some(s),
            Some(s) if s < 0 => inv.take(Err(FieldError::with_limit("duration", "too_small", 0))),
            Some(_) => inv.take(Err(FieldError::with_limit("duration", "too_large", MAX_DURATION_SECONDS / 60))),
            None => inv
                .take(text::whole_number(
                    "duration",
                    &text::ascii_digits(&i.duration_minutes),
                    0,
                    MAX_DURATION_SECONDS / 60,
                ))
                .map(|m| m * 60),
        };
        let person_id = match i.person_id.trim() {
            "" => None,
            raw => match uuid::Uuid::parse_str(raw) {
                Ok(u) if i.link_consent => Some(u),
                Ok(_) => {
                    inv.push(FieldError::new("link_consent", "link_consent_required"));
                    None
                }
                Err(_) => {
                    inv.push(FieldError::new("person_id", "invalid_id"));
                    None
                }
            },
        };
        match (channel, language, interpreter, topics, duration, inv.is_empty()) {
            (Some(channel), Some(language), Some(interpreter), Some(topics), Some(duration_seconds), true) => {
                Ok(Contact {
                    channel,
                    language,
                    interpreter,
                    topics,
                    article_ids,
                    referral_ids,
                    appointment_booked: i.appointment_booked,
                    duration_seconds,
                    person_id,
                })
            }
            _ => Err(inv),
        }
    }
}

/// A partner call centre's agent may not link a contact to a named person.
pub fn may_link_person(partner: bool, contact: &Contact) -> Result<(), Invalid> {
    if partner && contact.person_id.is_some() {
        Err(Invalid::one("person_id", "not_allowed_for_partner"))
    } else {
        Ok(())
    }
}

/// The queue's day (`YYYY-MM-DD`) of a moment, in the city's civil time: ticket numbers
/// start at 1 each day.
pub fn queue_day(at: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> String {
    at.to_zoned(tz.clone()).date().to_string()
}

/// The service time assumed when nothing recent is known: 10 minutes.
pub const DEFAULT_SERVICE_SECONDS: i64 = 600;

/// The typical service time from recent ones: the median, or the default when fewer
/// than three are known (one long conversation should not make the screen promise an
/// hour).
pub fn typical_service_seconds(recent: &[i64]) -> i64 {
    let mut v: Vec<i64> = recent.iter().copied().filter(|s| *s > 0).collect();
    if v.len() < 3 {
        return DEFAULT_SERVICE_SECONDS;
    }
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2 }
}

/// The estimated wait, in whole minutes rounded up to 5, of someone with `ahead` people
/// of their language before them, served by `agents` agents who speak it (at least
/// one is assumed: an interpreter by phone is always possible) with the given typical
/// service time.
pub fn estimate_wait_minutes(ahead: i64, agents: i64, typical_seconds: i64) -> i64 {
    let agents = agents.max(1);
    let seconds = ahead.max(0) * typical_seconds.max(0) / agents;
    let minutes = (seconds + 59) / 60;
    (minutes + 4) / 5 * 5
}

/// An interpreting request as typed.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct InterpretingInput {
    pub language: String,
    /// `on_site` or `phone`.
    pub mode: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`.
    pub time: String,
    pub minutes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Interpreting {
    pub language: String,
    pub mode: &'static str,
    pub at: jiff::civil::DateTime,
    pub minutes: i64,
}

pub const INTERPRETING_MODES: [&str; 2] = ["on_site", "phone"];
pub const INTERPRETING_STATUSES: [&str; 4] = ["open", "booked", "cancelled", "done"];

impl Interpreting {
    pub fn parse(i: &InterpretingInput) -> Result<Interpreting, Invalid> {
        let mut inv = Invalid::default();
        let language = inv.take(language("language", &i.language));
        let mode = INTERPRETING_MODES.into_iter().find(|m| *m == i.mode.trim());
        if mode.is_none() {
            inv.push(FieldError::new("mode", "invalid_choice"));
        }
        let date = match i.date.trim() {
            "" => inv.take(Err(FieldError::new("date", "required"))),
            d => inv.take(d.parse::<jiff::civil::Date>().map_err(|_| FieldError::new("date", "invalid_date"))),
        };
        let time = match i.time.trim() {
            "" => inv.take(Err(FieldError::new("time", "required"))),
            t => inv.take(t.parse::<jiff::civil::Time>().map_err(|_| FieldError::new("time", "invalid_time"))),
        };
        let minutes = inv.take(text::whole_number("minutes", &text::ascii_digits(&i.minutes), 5, 480));
        match (language, mode, date, time, minutes, inv.is_empty()) {
            (Some(language), Some(mode), Some(d), Some(t), Some(minutes), true) => {
                Ok(Interpreting { language, mode, at: d.to_datetime(t), minutes })
            }
            _ => Err(inv),
        }
    }
}

/// A status change of an interpreting request: open → booked → done, or cancelled
/// from open or booked.
pub fn interpreting_transition(from: &str, to: &str) -> Result<(), FieldError> {
    match (from, to) {
        ("open", "booked" | "cancelled") | ("booked", "done" | "cancelled" | "open") => Ok(()),
        _ => Err(FieldError::new("status", "invalid_transition")),
    }
}

/// One cell of "which languages are missing at which hours": contacts in a language at
/// an hour of the day (city time), and how many of them needed an interpreter.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LanguageHour {
    pub language: String,
    pub hour: u8,
    pub contacts: i64,
    pub interpreted: i64,
}

/// The language and hour cells where no agent spoke the language: at least half of the
/// contacts (and at least `min_contacts`) needed an interpreter. Most interpreted first.
pub fn missing_languages(cells: &[LanguageHour], min_contacts: i64) -> Vec<LanguageHour> {
    let mut out: Vec<LanguageHour> = cells
        .iter()
        .filter(|c| c.interpreted >= min_contacts.max(1) && c.interpreted * 2 >= c.contacts)
        .cloned()
        .collect();
    out.sort_by(|a, b| b.interpreted.cmp(&a.interpreted).then(a.language.cmp(&b.language)).then(a.hour.cmp(&b.hour)));
    out
}

/// One contact as the dashboard counts it (times already in the city's civil time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactFact {
    /// `YYYY-MM-DD`.
    pub day: String,
    pub hour: u8,
    pub channel: String,
    pub language: String,
    pub interpreter: String,
    pub topics: Vec<String>,
    pub referrals: Vec<String>,
    pub appointment_booked: bool,
    pub duration_seconds: i64,
}

/// The desk lead's figures for a period.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Dashboard {
    pub contacts: i64,
    pub per_day: Vec<(String, i64)>,
    pub per_language: Vec<(String, i64)>,
    pub per_topic: Vec<(String, i64)>,
    pub per_channel: Vec<(String, i64)>,
    pub referrals: Vec<(String, i64)>,
    pub interpreted: i64,
    pub appointments_booked: i64,
    /// Median contact length in seconds.
    pub median_duration_seconds: i64,
    /// Per language: tickets called and the median and longest wait in minutes.
    pub waits: Vec<WaitFigure>,
    pub missing_languages: Vec<LanguageHour>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WaitFigure {
    pub language: String,
    pub tickets: i64,
    pub median_minutes: i64,
    pub max_minutes: i64,
}

fn counted(map: std::collections::BTreeMap<String, i64>, by_count: bool) -> Vec<(String, i64)> {
    let mut v: Vec<(String, i64)> = map.into_iter().collect();
    if by_count {
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    v
}

fn median(mut v: Vec<i64>) -> i64 {
    if v.is_empty() {
        return 0;
    }
    v.sort_unstable();
    v[v.len() / 2]
}

impl Dashboard {
    /// `waits`: language and seconds from taking a ticket to being called.
    pub fn build(contacts: &[ContactFact], waits: &[(String, i64)]) -> Dashboard {
        use std::collections::BTreeMap;
        let mut day: BTreeMap<String, i64> = BTreeMap::new();
        let mut lang: BTreeMap<String, i64> = BTreeMap::new();
        let mut topic: BTreeMap<String, i64> = BTreeMap::new();
        let mut channel: BTreeMap<String, i64> = BTreeMap::new();
        let mut referral: BTreeMap<String, i64> = BTreeMap::new();
        let mut cells: BTreeMap<(String, u8), (i64, i64)> = BTreeMap::new();
        let mut d = Dashboard { contacts: contacts.len() as i64, ..Default::default() };
        for c in contacts {
            *day.entry(c.day.clone()).or_default() += 1;
            *lang.entry(c.language.clone()).or_default() += 1;
            *channel.entry(c.channel.clone()).or_default() += 1;
            for t in &c.topics {
                *topic.entry(t.clone()).or_default() += 1;
            }
            for r in &c.referrals {
                *referral.entry(r.clone()).or_default() += 1;
            }
            let interpreted = c.interpreter != "none";
            d.interpreted += i64::from(interpreted);
            d.appointments_booked += i64::from(c.appointment_booked);
            let cell = cells.entry((c.language.clone(), c.hour)).or_default();
            cell.0 += 1;
            cell.1 += i64::from(interpreted);
        }
        d.median_duration_seconds = median(contacts.iter().map(|c| c.duration_seconds).collect());
        d.per_day = counted(day, false);
        d.per_language = counted(lang, true);
        d.per_topic = counted(topic, true);
        d.per_channel = counted(channel, true);
        d.referrals = counted(referral, true);
        let mut by_lang: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for (l, s) in waits {
            by_lang.entry(l.clone()).or_default().push((*s).max(0));
        }
        d.waits = by_lang
            .into_iter()
            .map(|(language, v)| WaitFigure {
                language,
                tickets: v.len() as i64,
                max_minutes: v.iter().max().copied().unwrap_or(0) / 60,
                median_minutes: median(v) / 60,
            })
            .collect();
        let cells: Vec<LanguageHour> = cells
            .into_iter()
            .map(|((language, hour), (contacts, interpreted))| LanguageHour { language, hour, contacts, interpreted })
            .collect();
        d.missing_languages = missing_languages(&cells, 1);
        d
    }
}

/// A field of a CSV line: quoted when it holds a separator, a quote or a line break;
/// a leading `= + - @` is prefixed with `'` so a spreadsheet never runs it as a formula.
pub fn csv_field(raw: &str) -> String {
    let mut v = raw.to_owned();
    if v.starts_with(['=', '+', '-', '@']) {
        v.insert(0, '\'');
    }
    if v.contains([',', '"', '\n', '\r']) { format!("\"{}\"", v.replace('"', "\"\"")) } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ContactInput {
        ContactInput {
            channel: "walk_in".into(),
            language: "AR".into(),
            interpreter: "".into(),
            topics: "housing, Health housing".into(),
            duration_minutes: "٧".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_contact_is_parsed_with_defaults() {
        let c = Contact::parse(&input()).unwrap();
        assert_eq!(c.channel, Channel::WalkIn);
        assert_eq!(c.language, "ar");
        assert_eq!(c.interpreter, Interpreter::None);
        assert_eq!(c.topics, ["housing", "health"]);
        assert_eq!(c.duration_seconds, 420);
        assert_eq!(c.person_id, None);
        let api = Contact::parse(&ContactInput { duration_seconds: Some(95), ..input() }).unwrap();
        assert_eq!(api.duration_seconds, 95);
    }

    #[test]
    fn bad_contacts_name_every_field() {
        let bad = Contact::parse(&ContactInput {
            channel: "fax".into(),
            language: "arabic".into(),
            interpreter: "sign".into(),
            topics: "<b>".into(),
            article_ids: vec!["x".into()],
            duration_minutes: "-1".into(),
            person_id: uuid::Uuid::nil().to_string(),
            link_consent: false,
            ..Default::default()
        })
        .unwrap_err();
        let got: Vec<(&str, &str)> = bad.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            got,
            [
                ("channel", "invalid_choice"),
                ("language", "invalid_language"),
                ("interpreter", "invalid_choice"),
                ("topics", "invalid_topic"),
                ("article_ids", "invalid_id"),
                ("duration", "too_small"),
                ("link_consent", "link_consent_required"),
            ]
        );
        let long = Contact::parse(&ContactInput { duration_seconds: Some(MAX_DURATION_SECONDS + 1), ..input() });
        assert_eq!(long.unwrap_err().errors[0].code, "too_large");
    }

    #[test]
    fn a_person_is_linked_only_with_consent_and_never_by_a_partner() {
        let id = uuid::Uuid::now_v7();
        let c = Contact::parse(&ContactInput { person_id: id.to_string(), link_consent: true, ..input() }).unwrap();
        assert_eq!(c.person_id, Some(id));
        assert!(may_link_person(false, &c).is_ok());
        assert_eq!(may_link_person(true, &c).unwrap_err().errors[0].code, "not_allowed_for_partner");
        let anon = Contact::parse(&input()).unwrap();
        assert!(may_link_person(true, &anon).is_ok());
    }

    #[test]
    fn topics_are_codes() {
        assert_eq!(topics("t", " a,b ;a\nc-d ").unwrap(), ["a", "b", "c-d"]);
        assert_eq!(topics("t", "").unwrap(), Vec::<String>::new());
        assert!(topics("t", "a'b").is_err());
        let many = (0..13).map(|i| format!("t{i}")).collect::<Vec<_>>().join(",");
        assert_eq!(topics("t", &many).unwrap_err().code, "too_many");
    }

    #[test]
    fn wait_estimates() {
        assert_eq!(typical_service_seconds(&[60, 6000]), DEFAULT_SERVICE_SECONDS);
        assert_eq!(typical_service_seconds(&[300, 60, 6000]), 300);
        assert_eq!(typical_service_seconds(&[100, 200, 300, 400]), 250);
        assert_eq!(estimate_wait_minutes(0, 1, 600), 0);
        assert_eq!(estimate_wait_minutes(3, 1, 600), 30);
        assert_eq!(estimate_wait_minutes(3, 2, 600), 15);
        assert_eq!(estimate_wait_minutes(1, 0, 61), 5);
        assert_eq!(estimate_wait_minutes(2, 1, 400), 15);
    }

    #[test]
    fn the_queue_day_is_the_city_day() {
        let tz = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
        let late: jiff::Timestamp = "2026-12-06T23:30:00Z".parse().unwrap();
        assert_eq!(queue_day(late, &tz), "2026-12-07");
        assert_eq!(queue_day(late, &jiff::tz::TimeZone::UTC), "2026-12-06");
    }

    #[test]
    fn interpreting_requests() {
        let ok = Interpreting::parse(&InterpretingInput {
            language: "ti".into(),
            mode: "phone".into(),
            date: "2026-12-08".into(),
            time: "10:30".into(),
            minutes: "45".into(),
        })
        .unwrap();
        assert_eq!(ok.at.to_string(), "2026-12-08T10:30:00");
        let bad = Interpreting::parse(&InterpretingInput { mode: "video".into(), ..Default::default() }).unwrap_err();
        let fields: Vec<&str> = bad.errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["language", "mode", "date", "time", "minutes"]);
        assert!(interpreting_transition("open", "booked").is_ok());
        assert!(interpreting_transition("done", "open").is_err());
        assert!(interpreting_transition("cancelled", "booked").is_err());
    }

    #[test]
    fn missing_languages_are_where_interpreters_were_needed() {
        let cell = |l: &str, h, c, i| LanguageHour { language: l.into(), hour: h, contacts: c, interpreted: i };
        let got = missing_languages(
            &[cell("ti", 9, 4, 4), cell("ar", 9, 10, 1), cell("so", 14, 3, 2), cell("fa", 10, 1, 1)],
            2,
        );
        assert_eq!(got, vec![cell("ti", 9, 4, 4), cell("so", 14, 3, 2)]);
    }

    #[test]
    fn the_dashboard_counts() {
        let fact = |day: &str, hour, lang: &str, interp: &str, topics: &[&str]| ContactFact {
            day: day.into(),
            hour,
            channel: "walk_in".into(),
            language: lang.into(),
            interpreter: interp.into(),
            topics: topics.iter().map(|t| (*t).to_owned()).collect(),
            referrals: vec!["tax-office".into()],
            appointment_booked: hour == 9,
            duration_seconds: 300,
        };
        let d = Dashboard::build(
            &[
                fact("2026-12-01", 9, "ar", "none", &["housing"]),
                fact("2026-12-01", 9, "ti", "phone", &["housing", "work"]),
                fact("2026-12-02", 14, "ar", "none", &["work"]),
            ],
            &[("ar".into(), 600), ("ar".into(), 1800), ("ti".into(), 60)],
        );
        assert_eq!(d.contacts, 3);
        assert_eq!(d.per_day, vec![("2026-12-01".into(), 2), ("2026-12-02".into(), 1)]);
        assert_eq!(d.per_language, vec![("ar".into(), 2), ("ti".into(), 1)]);
        assert_eq!(d.per_topic, vec![("housing".into(), 2), ("work".into(), 2)]);
        assert_eq!(d.referrals, vec![("tax-office".into(), 3)]);
        assert_eq!((d.interpreted, d.appointments_booked, d.median_duration_seconds), (1, 2, 300));
        assert_eq!(
            d.waits,
            vec![
                WaitFigure { language: "ar".into(), tickets: 2, median_minutes: 30, max_minutes: 30 },
                WaitFigure { language: "ti".into(), tickets: 1, median_minutes: 1, max_minutes: 1 }
            ]
        );
        assert_eq!(d.missing_languages.len(), 1);
        assert_eq!((d.missing_languages[0].language.as_str(), d.missing_languages[0].hour), ("ti", 9));
    }

    #[test]
    fn csv_fields_are_safe() {
        assert_eq!(csv_field("ar"), "ar");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
