//! E-mail, phone, opening hours, birth dates, codes, free text: never panic; what is
//! accepted parses again to the same value.
#![no_main]
use libfuzzer_sys::fuzz_target;
use welcomedesk_domain::codes::{CountryCode, LanguageCode};
use welcomedesk_domain::register::BirthDate;
use welcomedesk_domain::settings::{WeeklyHours, parse_phone};
use welcomedesk_domain::staff::Email;
use welcomedesk_domain::text;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let today = jiff::civil::date(2026, 11, 25);
    if let Ok(e) = Email::parse("email", s) {
        assert_eq!(Email::parse("email", e.as_str()).map(|x| x.as_str().to_owned()).ok().as_deref(), Some(e.as_str()));
    }
    if let Ok(p) = parse_phone("phone", s) {
        assert_eq!(parse_phone("phone", &p).ok().as_deref(), Some(p.as_str()));
    }
    if let Ok(day) = WeeklyHours::parse_day("hours", s) {
        assert_eq!(WeeklyHours::parse_day("hours", &WeeklyHours::format_day(&day)).ok(), Some(day));
    }
    let _ = BirthDate::parse_iso("birth_date", s, today);
    let mut parts = s.splitn(3, '|');
    let (y, m, d) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let _ = BirthDate::parse_parts(y, m, d, today);
    if let Ok(c) = CountryCode::parse("c", s) {
        assert_eq!(CountryCode::parse("c", c.as_str()).ok(), Some(c));
    }
    if let Ok(l) = LanguageCode::parse("l", s) {
        assert_eq!(LanguageCode::parse("l", l.as_str()).ok(), Some(l));
    }
    let _ = text::required_line("f", s, 200);
    let _ = text::optional_text("f", s, 2000);
    let _ = text::whole_number("f", s, 0, 1_000_000);
});
