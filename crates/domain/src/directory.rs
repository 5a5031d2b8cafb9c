//! The directory of authorities and advice services (R6, R9, R11): every place a
//! newcomer is sent to, kept once and reused by the brochure, the website, the knowledge
//! base and referrals. Checked here; stored by `store::directory`.

use crate::errors::{FieldError, Invalid};
use crate::settings::{Interval, WeeklyHours, parse_phone};
use crate::{markup, text};
use jiff::civil::Date;
use std::collections::BTreeMap;

/// One weekday of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Day {
    #[default]
    Closed,
    Open {
        #[serde(serialize_with = "ser_intervals")]
        intervals: Vec<Interval>,
    },
    /// Open by appointment only.
    AppointmentOnly,
}

fn ser_intervals<S: serde::Serializer>(v: &[Interval], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = s.serialize_seq(Some(v.len()))?;
    for i in v {
        seq.serialize_element(&format!("{}-{}", i.from.strftime("%H:%M"), i.to.strftime("%H:%M")))?;
    }
    seq.end()
}

/// The word for "by appointment only" in the stored and typed form of a day.
pub const APPOINTMENT: &str = "appointment";

impl Day {
    /// `08:00-12:00, 13:00-16:00`, `appointment`, or empty (closed).
    pub fn parse(field: &'static str, raw: &str) -> Result<Day, FieldError> {
        let v = raw.trim();
        if v.is_empty() {
            return Ok(Day::Closed);
        }
        if v.eq_ignore_ascii_case(APPOINTMENT) {
            return Ok(Day::AppointmentOnly);
        }
        WeeklyHours::parse_day(field, v).map(|intervals| Day::Open { intervals })
    }

    /// The stored form (as `parse` reads it).
    pub fn format(&self) -> String {
        match self {
            Day::Closed => String::new(),
            Day::AppointmentOnly => APPOINTMENT.to_owned(),
            Day::Open { intervals } => WeeklyHours::format_day(intervals),
        }
    }
}

/// Form field names of the seven days, Monday first.
pub const DAY_FIELDS: [&str; 7] =
    ["hours_mon", "hours_tue", "hours_wed", "hours_thu", "hours_fri", "hours_sat", "hours_sun"];

/// The week of an entry: `mon=…;tue=…` is too clever; the stored form is the seven days
/// joined by `|`, Monday first.
pub fn format_week(days: &[Day; 7]) -> String {
    days.iter().map(Day::format).collect::<Vec<_>>().join("|")
}

/// Reads the stored form back (unknown pieces become closed days).
pub fn parse_week(stored: &str) -> [Day; 7] {
    let parts: Vec<&str> = stored.split('|').collect();
    std::array::from_fn(|i| parts.get(i).and_then(|p| Day::parse(DAY_FIELDS[i], p).ok()).unwrap_or_default())
}

/// A directory entry as typed in the form or sent to the API.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct EntryInput {
    pub slug: String,
    /// Name per language code; the source language's name is required.
    pub names: BTreeMap<String, String>,
    /// How to get there by public transport, per language (optional).
    pub transit: BTreeMap<String, String>,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub hours: [String; 7],
    /// Language codes spoken there, comma- or space-separated.
    pub languages: String,
    /// Topics served (chapter slugs or free words), comma-separated.
    pub topics: String,
    pub step_free: bool,
    /// YYYY-MM-DD.
    pub verified_on: String,
}

/// A checked entry.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    pub slug: String,
    pub names: BTreeMap<String, String>,
    pub transit: BTreeMap<String, String>,
    pub address: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub hours: [Day; 7],
    pub languages: Vec<String>,
    pub topics: Vec<String>,
    pub step_free: bool,
    pub verified_on: Date,
}

fn is_lang(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_lowercase())
}

fn list(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for p in raw.split([',', ' ', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        let p = p.to_lowercase();
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

impl Entry {
    /// Checks an entry. `source_language` must have a name; `today` bounds the
    /// verification date (not in the future).
    pub fn parse(i: &EntryInput, source_language: &str, today: Date) -> Result<Entry, Invalid> {
        let mut inv = Invalid::default();
        let slug = i.slug.trim().to_owned();
        if !markup::is_slug(&slug) {
            inv.push(FieldError::new("slug", "invalid_slug"));
        }
        let mut names = BTreeMap::new();
        for (l, n) in &i.names {
            if !is_lang(l) {
                inv.push(FieldError::new("names", "invalid_language"));
                continue;
            }
            if let Some(n) = inv.take(text::optional_line("names", n, 200)).flatten() {
                names.insert(l.clone(), n);
            }
        }
        if !names.contains_key(source_language) {
            inv.push(FieldError::new("name", "required"));
        }
        let mut transit = BTreeMap::new();
        for (l, t) in &i.transit {
            if !is_lang(l) {
                inv.push(FieldError::new("transit", "invalid_language"));
                continue;
            }
            if let Some(t) = inv.take(text::optional_line("transit", t, 400)).flatten() {
                transit.insert(l.clone(), t);
            }
        }
        let address = inv.take(text::required_line("address", &i.address, 300)).unwrap_or_default();
        let phone = if i.phone.trim().is_empty() { None } else { inv.take(parse_phone("phone", &i.phone)) };
        let email = if i.email.trim().is_empty() {
            None
        } else {
            inv.take(crate::staff::Email::parse("email", &i.email)).map(|e| e.as_str().to_owned())
        };
        let website = match i.website.trim() {
            "" => None,
            w if (w.starts_with("https://") || w.starts_with("http://")) && markup::safe_href(w) && w.len() <= 300 => {
                Some(w.to_owned())
            }
            _ => {
                inv.push(FieldError::new("website", "invalid_website"));
                None
            }
        };
        let mut hours: [Day; 7] = Default::default();
        for (n, raw) in i.hours.iter().enumerate() {
            if let Some(d) = inv.take(Day::parse(DAY_FIELDS[n], raw)) {
                hours[n] = d;
            }
        }
        let languages = list(&i.languages);
        if languages.iter().any(|l| !is_lang(l)) {
            inv.push(FieldError::new("languages", "invalid_language"));
        }
        let topics = list(&i.topics);
        if topics.iter().any(|t| !markup::is_slug(t)) {
            inv.push(FieldError::new("topics", "invalid_slug"));
        }
        let verified_on = match i.verified_on.trim().parse::<Date>() {
            Ok(d) if d <= today => Some(d),
            Ok(_) => {
                inv.push(FieldError::new("verified_on", "date_in_future"));
                None
            }
            Err(_) => {
                inv.push(FieldError::new("verified_on", "invalid_date"));
                None
            }
        };
        match (verified_on, inv.is_empty()) {
            (Some(verified_on), true) => Ok(Entry {
                slug,
                names,
                transit,
                address,
                phone,
                email,
                website,
                hours,
                languages,
                topics,
                step_free: i.step_free,
                verified_on,
            }),
            _ => Err(inv),
        }
    }

    /// The name in a language, else in the source language, else any.
    pub fn name_in<'a>(&'a self, lang: &str, source_language: &str) -> &'a str {
        self.names
            .get(lang)
            .or_else(|| self.names.get(source_language))
            .or_else(|| self.names.values().next())
            .map(String::as_str)
            .unwrap_or(&self.slug)
    }

    /// The `tel:` URI of the phone number.
    pub fn tel_uri(&self) -> Option<String> {
        self.phone
            .as_ref()
            .map(|p| format!("tel:{}", p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()))
    }
}

/// The default time after which an entry or a chapter must be checked again.
pub const DEFAULT_REVIEW_DAYS: i64 = 365;

/// Whether something last verified on `verified_on` is due for review on `today`.
pub fn review_due(verified_on: Date, today: Date, review_days: i64) -> bool {
    match verified_on.checked_add(jiff::Span::new().days(review_days.clamp(1, 3650))) {
        Ok(due) => due <= today,
        Err(_) => false,
    }
}

/// A link to the address on OpenStreetMap's search (a plain link: the page itself makes
/// no request to a third party).
pub fn map_url(address: &str) -> String {
    let mut q = String::new();
    for b in address.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => q.push(b as char),
            b' ' => q.push('+'),
            b => q.push_str(&format!("%{b:02X}")),
        }
    }
    format!("https://www.openstreetmap.org/search?query={q}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn input() -> EntryInput {
        EntryInput {
            slug: "tax-office".into(),
            names: [("en".to_owned(), "Tax Office".to_owned()), ("sv".to_owned(), "Skattekontoret".to_owned())].into(),
            transit: [("en".to_owned(), "Bus 4 to Mill Bridge".to_owned())].into(),
            address: "Mill Street 3, 10110 Demo City".into(),
            phone: "+46 8 555 020 00".into(),
            email: "info@tax.demo-city.example".into(),
            website: "https://tax.demo-city.example".into(),
            hours: [
                "08:00-12:00, 13:00-16:00".into(),
                "appointment".into(),
                "".into(),
                "".into(),
                "08:00-12:00".into(),
                "".into(),
                "".into(),
            ],
            languages: "en, sv ar".into(),
            topics: "new-in-the-city, work".into(),
            step_free: true,
            verified_on: "2026-10-01".into(),
        }
    }

    #[test]
    fn parses_and_round_trips_hours() {
        let e = Entry::parse(&input(), "en", date(2026, 12, 1)).unwrap();
        assert_eq!(e.hours[1], Day::AppointmentOnly);
        assert_eq!(e.hours[2], Day::Closed);
        assert_eq!(e.languages, ["en", "sv", "ar"]);
        assert_eq!(parse_week(&format_week(&e.hours)), e.hours);
        assert_eq!(format_week(&e.hours), "08:00-12:00,13:00-16:00|appointment|||08:00-12:00||");
        assert_eq!(e.name_in("ar", "en"), "Tax Office");
        assert_eq!(e.name_in("sv", "en"), "Skattekontoret");
        assert_eq!(e.tel_uri().unwrap(), "tel:+46855502000");
    }

    #[test]
    fn reports_every_field() {
        let mut i = input();
        i.slug = "Tax Office".into();
        i.names.remove("en");
        i.phone = "12".into();
        i.website = "javascript:alert(1)".into();
        i.hours[3] = "9-5".into();
        i.languages = "english".into();
        i.verified_on = "2027-01-01".into();
        let e = Entry::parse(&i, "en", date(2026, 12, 1)).unwrap_err();
        let codes: Vec<_> = e.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("slug", "invalid_slug"),
                ("name", "required"),
                ("phone", "invalid_phone"),
                ("website", "invalid_website"),
                ("hours_thu", "invalid_hours"),
                ("languages", "invalid_language"),
                ("verified_on", "date_in_future"),
            ]
        );
    }

    #[test]
    fn review_is_due_after_the_period() {
        let v = date(2025, 12, 1);
        assert!(!review_due(v, date(2026, 11, 30), 365));
        assert!(review_due(v, date(2026, 12, 1), 365));
        assert!(review_due(v, date(2026, 1, 1), 30));
    }

    #[test]
    fn map_links_are_plain_and_encoded() {
        assert_eq!(
            map_url("Market Square 1, 10100 Demo City"),
            "https://www.openstreetmap.org/search?query=Market+Square+1%2C+10100+Demo+City"
        );
        assert!(!map_url("a\"<b>").contains(['"', '<']));
    }
}
