//! The city's settings: what the website, documents and planner say about this
//! installation. One row of key/value pairs in the store; parsed and checked here.

use crate::errors::{FieldError, Invalid};
use crate::text;
use jiff::civil::{Time, Weekday};

/// An opening interval on one weekday, e.g. 08:00–12:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub from: Time,
    pub to: Time,
}

/// Opening hours for a week: for each weekday (Monday first) zero or more intervals.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WeeklyHours {
    pub days: [Vec<Interval>; 7],
}

impl WeeklyHours {
    /// Parses the settings form: one line per weekday, Monday first, each
    /// `08:00-12:00, 13:00-18:00` or empty for closed.
    pub fn parse_day(field: &'static str, raw: &str) -> Result<Vec<Interval>, FieldError> {
        let mut out = Vec::new();
        for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (a, b) = part
                .split_once('-')
                .or_else(|| part.split_once('–'))
                .ok_or_else(|| FieldError::new(field, "invalid_hours"))?;
            let from: Time = a.trim().parse().map_err(|_| FieldError::new(field, "invalid_hours"))?;
            let to: Time = b.trim().parse().map_err(|_| FieldError::new(field, "invalid_hours"))?;
            if to <= from {
                return Err(FieldError::new(field, "invalid_hours"));
            }
            if out.iter().any(|i: &Interval| from < i.to && i.from < to) {
                return Err(FieldError::new(field, "overlapping_hours"));
            }
            out.push(Interval { from, to });
        }
        out.sort_by_key(|i| i.from);
        Ok(out)
    }

    pub fn day(&self, wd: Weekday) -> &[Interval] {
        &self.days[wd.to_monday_zero_offset() as usize]
    }

    /// Whether the place is open at this local time.
    pub fn is_open(&self, at: jiff::civil::DateTime) -> bool {
        self.day(at.weekday()).iter().any(|i| i.from <= at.time() && at.time() < i.to)
    }

    /// The stored form of one day: `08:00-12:00,13:00-18:00`.
    pub fn format_day(day: &[Interval]) -> String {
        day.iter()
            .map(|i| format!("{}-{}", i.from.strftime("%H:%M"), i.to.strftime("%H:%M")))
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The city's settings, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitySettings {
    pub city_name: String,
    pub inhabitants: i64,
    pub newcomers_per_year: i64,
    pub desk_address: String,
    pub desk_hours: WeeklyHours,
    pub hotline_phone: String,
    pub email: String,
    /// IANA time-zone name of the city, e.g. `Europe/Stockholm`.
    pub timezone: String,
    /// The language content is written in first (the source of translations).
    pub source_language: String,
    /// The city's postal address as the buyer on invoices (BG-8), optional until the
    /// city sends e-invoices: street, postcode, town, ISO 3166-1 alpha-2 country.
    pub postal_street: Option<String>,
    pub postal_code: Option<String>,
    pub postal_town: Option<String>,
    pub country: Option<String>,
    /// The city's VAT identifier (BT-48), where it has one.
    pub vat_id: Option<String>,
}

/// Settings as typed in the form or stored as key/value text.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct CitySettingsInput {
    pub city_name: String,
    pub inhabitants: String,
    pub newcomers_per_year: String,
    pub desk_address: String,
    pub desk_hours: [String; 7],
    pub hotline_phone: String,
    pub email: String,
    pub timezone: String,
    pub source_language: String,
    #[serde(default)]
    pub postal_street: String,
    #[serde(default)]
    pub postal_code: String,
    #[serde(default)]
    pub postal_town: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub vat_id: String,
}

/// Day field names of the settings form, Monday first.
pub const DAY_FIELDS: [&str; 7] =
    ["hours_mon", "hours_tue", "hours_wed", "hours_thu", "hours_fri", "hours_sat", "hours_sun"];

impl CitySettings {
    pub fn parse(i: &CitySettingsInput) -> Result<Self, Invalid> {
        let mut inv = Invalid::default();
        let city_name = inv.take(text::required_line("city_name", &i.city_name, 120));
        let inhabitants = inv.take(text::whole_number("inhabitants", &i.inhabitants, 1, 100_000_000));
        let newcomers = inv.take(text::whole_number("newcomers_per_year", &i.newcomers_per_year, 0, 10_000_000));
        let desk_address = inv.take(text::required_line("desk_address", &i.desk_address, 300));
        let mut hours = WeeklyHours::default();
        for (n, raw) in i.desk_hours.iter().enumerate() {
            if let Some(d) = inv.take(WeeklyHours::parse_day(DAY_FIELDS[n], raw)) {
                hours.days[n] = d;
            }
        }
        let phone = inv.take(parse_phone("hotline_phone", &i.hotline_phone));
        let email = inv.take(crate::staff::Email::parse("email", &i.email));
        let tz = i.timezone.trim();
        if jiff::tz::TimeZone::get(tz).is_err() {
            inv.push(FieldError::new("timezone", "invalid_timezone"));
        }
        let postal_street = inv.take(text::optional_line("postal_street", &i.postal_street, 200)).flatten();
        let postal_code = inv.take(text::optional_line("postal_code", &i.postal_code, 16)).flatten();
        let postal_town = inv.take(text::optional_line("postal_town", &i.postal_town, 100)).flatten();
        let country = inv.take(crate::vouchers::parse_country("country", &i.country)).flatten();
        let vat_id = inv.take(crate::vouchers::parse_vat_id("vat_id", &i.vat_id)).flatten();
        let src = i.source_language.trim();
        if src.len() < 2 || src.len() > 3 || !src.chars().all(|c| c.is_ascii_lowercase()) {
            inv.push(FieldError::new("source_language", "invalid_language"));
        }
        match (city_name, inhabitants, newcomers, desk_address, phone, email, inv.is_empty()) {
            (
                Some(city_name),
                Some(inhabitants),
                Some(newcomers_per_year),
                Some(desk_address),
                Some(hotline_phone),
                Some(email),
                true,
            ) => Ok(Self {
                city_name,
                inhabitants,
                newcomers_per_year,
                desk_address,
                desk_hours: hours,
                hotline_phone,
                email: email.as_str().to_owned(),
                timezone: tz.to_owned(),
                source_language: src.to_owned(),
                postal_street,
                postal_code,
                postal_town,
                country,
                vat_id,
            }),
            _ => Err(inv),
        }
    }

    pub fn to_input(&self) -> CitySettingsInput {
        CitySettingsInput {
            city_name: self.city_name.clone(),
            inhabitants: self.inhabitants.to_string(),
            newcomers_per_year: self.newcomers_per_year.to_string(),
            desk_address: self.desk_address.clone(),
            desk_hours: std::array::from_fn(|n| WeeklyHours::format_day(&self.desk_hours.days[n])),
            hotline_phone: self.hotline_phone.clone(),
            email: self.email.clone(),
            timezone: self.timezone.clone(),
            source_language: self.source_language.clone(),
            postal_street: self.postal_street.clone().unwrap_or_default(),
            postal_code: self.postal_code.clone().unwrap_or_default(),
            postal_town: self.postal_town.clone().unwrap_or_default(),
            country: self.country.clone().unwrap_or_default(),
            vat_id: self.vat_id.clone().unwrap_or_default(),
        }
    }

    /// The hotline number as a `tel:` URI (digits and a leading +).
    pub fn hotline_tel_uri(&self) -> String {
        let digits: String = self.hotline_phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        format!("tel:{digits}")
    }
}

/// A phone number in international format: `+`, then 7 to 15 digits (E.164), spaces,
/// hyphens and brackets allowed for reading.
pub fn parse_phone(field: &'static str, raw: &str) -> Result<String, FieldError> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    let digits = v.chars().filter(|c| c.is_ascii_digit()).count();
    let ok = v.starts_with('+')
        && (7..=15).contains(&digits)
        && v[1..].chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
    if ok { Ok(v.to_owned()) } else { Err(FieldError::new(field, "invalid_phone")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> CitySettingsInput {
        CitySettingsInput {
            city_name: "Demo City".into(),
            inhabitants: "500000".into(),
            newcomers_per_year: "8000".into(),
            desk_address: "Town Hall Square 1".into(),
            desk_hours: [
                "08:00-12:00, 13:00-18:00".into(),
                "08:00-18:00".into(),
                "08:00-18:00".into(),
                "08:00-20:00".into(),
                "08:00-15:00".into(),
                "10:00-14:00".into(),
                "".into(),
            ],
            hotline_phone: "+46 8 123 456 00".into(),
            email: "welcome@demo.example".into(),
            timezone: "Europe/Stockholm".into(),
            source_language: "en".into(),
            ..Default::default()
        }
    }

    #[test]
    fn settings_parse_and_round_trip() {
        let s = CitySettings::parse(&input()).unwrap();
        assert_eq!(s.desk_hours.days[0].len(), 2);
        assert!(s.desk_hours.days[6].is_empty());
        assert_eq!(CitySettings::parse(&s.to_input()).unwrap(), s);
        assert_eq!(s.hotline_tel_uri(), "tel:+46812345600");
        assert_eq!(s.country, None, "the invoicing address is optional: older settings still parse");
        let with = CitySettings::parse(&CitySettingsInput {
            postal_street: "Stadshusgatan 1".into(),
            postal_code: "111 11".into(),
            postal_town: "Demo City".into(),
            country: "se".into(),
            vat_id: "SE 2120000142 01".into(),
            ..input()
        })
        .unwrap();
        assert_eq!(with.country.as_deref(), Some("SE"));
        assert_eq!(with.vat_id.as_deref(), Some("SE212000014201"));
        assert_eq!(CitySettings::parse(&with.to_input()).unwrap(), with);
        let bad = CitySettings::parse(&CitySettingsInput { country: "Sverige".into(), ..input() }).unwrap_err();
        assert_eq!(bad.errors[0].field, "country");
    }

    #[test]
    fn opening_hours() {
        let s = CitySettings::parse(&input()).unwrap();
        let mon_noon = jiff::civil::date(2026, 11, 23).at(12, 30, 0, 0);
        let mon_morning = jiff::civil::date(2026, 11, 23).at(9, 0, 0, 0);
        let sun = jiff::civil::date(2026, 11, 29).at(11, 0, 0, 0);
        assert!(!s.desk_hours.is_open(mon_noon));
        assert!(s.desk_hours.is_open(mon_morning));
        assert!(!s.desk_hours.is_open(sun));
    }

    #[test]
    fn bad_settings_report_every_field() {
        let mut i = input();
        i.inhabitants = "many".into();
        i.desk_hours[2] = "18:00-08:00".into();
        i.desk_hours[3] = "08:00-12:00,11:00-13:00".into();
        i.hotline_phone = "0812345".into();
        i.timezone = "Mars/Olympus".into();
        let e = CitySettings::parse(&i).unwrap_err();
        let codes: Vec<_> = e.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("inhabitants", "not_a_number"),
                ("hours_wed", "invalid_hours"),
                ("hours_thu", "overlapping_hours"),
                ("hotline_phone", "invalid_phone"),
                ("timezone", "invalid_timezone"),
            ]
        );
    }
}
