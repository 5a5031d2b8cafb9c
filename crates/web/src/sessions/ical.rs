//! The calendar feed (RFC 5545): one VEVENT per session, times in UTC, lines ended
//! with CRLF and folded at 75 octets.

use crate::mail::{fold, ics_escape};
use welcomedesk_store::sessions::SessionRow;
use welcomedesk_store::time;

fn stamp(s: &str) -> String {
    time::from_db(s).map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string()).unwrap_or_default()
}

/// The feed: `name` is the calendar's name, `url_of` gives each session's page.
pub fn feed(name: &str, sessions: &[SessionRow], url_of: &dyn Fn(&SessionRow) -> String) -> String {
    let now = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//welcomedesk//modules//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", ics_escape(name)),
    ];
    for s in sessions {
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!("UID:{}@welcomedesk", s.id));
        lines.push(format!("DTSTAMP:{now}"));
        lines.push(format!("DTSTART:{}", stamp(&s.starts_at)));
        lines.push(format!("DTEND:{}", stamp(&s.ends_at)));
        lines.push(format!("SUMMARY:{}", ics_escape(&format!("{} ({})", s.topic_title, s.language))));
        lines.push(format!("LOCATION:{}", ics_escape(&format!("{}, {}", s.venue_name, s.venue_address))));
        lines.push(format!("DESCRIPTION:{}", ics_escape(&s.transit_advice)));
        lines.push(format!("URL:{}", url_of(s)));
        lines.push(format!("STATUS:{}", if s.status == "cancelled" { "CANCELLED" } else { "CONFIRMED" }));
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("\r\n") + "\r\n"
}
