//! The desk in the web layer: the queue as staff and the public screen see it (waits
//! estimated per language from recent service times), the desk lead's dashboard in
//! the city's time, its CSV export.

use crate::error::AppResult;
use crate::state::AppState;
use std::collections::BTreeMap;
use welcomedesk_domain::desk::{self, ContactFact, Dashboard};
use welcomedesk_store::desk::TicketRow;

/// How far back service times count for the wait estimate.
const RECENT_DAYS: i64 = 14;

/// Today's queue day.
pub fn today(state: &AppState) -> String {
    desk::queue_day(jiff::Timestamp::now(), &state.tz())
}

/// One language's line of the queue.
#[derive(Debug, Clone, serde::Serialize)]
pub struct QueueLine {
    pub language: String,
    pub waiting: i64,
    /// The numbers waiting, oldest first.
    pub numbers: Vec<i64>,
    /// For someone taking a ticket now.
    pub wait_minutes: i64,
    /// The longest current wait (minutes since the oldest waiting ticket was taken).
    pub longest_minutes: i64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct QueueView {
    pub day: String,
    pub lines: Vec<QueueLine>,
    /// The last tickets called (newest first), for the screen: number, language, when.
    pub called: Vec<TicketRow>,
}

/// Typical service time per language (median of recent walk-in contacts; the median of
/// all languages when a language has few).
pub async fn typical_seconds(state: &AppState) -> AppResult<(BTreeMap<String, i64>, i64)> {
    let since = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24 * RECENT_DAYS);
    let rows = state.store.recent_service_seconds(since).await?;
    let all: Vec<i64> = rows.iter().map(|r| r.1).collect();
    let overall = desk::typical_service_seconds(&all);
    let mut per: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for (l, s) in rows {
        per.entry(l).or_default().push(s);
    }
    let per = per
        .into_iter()
        .map(|(l, v)| {
            let t = if v.len() >= 3 { desk::typical_service_seconds(&v) } else { overall };
            (l, t)
        })
        .collect();
    Ok((per, overall))
}

pub async fn queue_view(state: &AppState) -> AppResult<QueueView> {
    let day = today(state);
    let tickets = state.store.day_tickets(&day).await?;
    let (typical, overall) = typical_seconds(state).await?;
    let now = jiff::Timestamp::now();
    let mut lines: BTreeMap<String, QueueLine> = BTreeMap::new();
    for t in tickets.iter().filter(|t| t.called_at.is_none()) {
        let l = lines.entry(t.language.clone()).or_insert_with(|| QueueLine {
            language: t.language.clone(),
            waiting: 0,
            numbers: vec![],
            wait_minutes: 0,
            longest_minutes: 0,
        });
        l.waiting += 1;
        l.numbers.push(t.number);
        if let Ok(at) = welcomedesk_store::time::from_db(&t.created_at) {
            let m = (now.as_second() - at.as_second()).max(0) / 60;
            l.longest_minutes = l.longest_minutes.max(m);
        }
    }
    for l in lines.values_mut() {
        let t = typical.get(&l.language).copied().unwrap_or(overall);
        l.wait_minutes = desk::estimate_wait_minutes(l.waiting, 1, t);
    }
    let mut called: Vec<TicketRow> = tickets.into_iter().filter(|t| t.called_at.is_some()).collect();
    called.sort_by(|a, b| b.called_at.cmp(&a.called_at));
    called.truncate(6);
    Ok(QueueView { day, lines: lines.into_values().collect(), called })
}

/// The estimated wait for someone who takes a ticket in this language now.
pub async fn wait_for(state: &AppState, language: &str) -> AppResult<i64> {
    let v = queue_view(state).await?;
    Ok(v.lines.iter().find(|l| l.language == language).map(|l| l.wait_minutes).unwrap_or(0))
}

/// A period of days in the city's time: `from` and `to` inclusive.
pub fn period(
    state: &AppState,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(jiff::civil::Date, jiff::civil::Date), welcomedesk_domain::Invalid> {
    let today = jiff::Timestamp::now().to_zoned(state.tz()).date();
    let parse = |field: &'static str, v: Option<&str>, default: jiff::civil::Date| match v.map(str::trim) {
        None | Some("") => Ok(default),
        Some(s) => s.parse::<jiff::civil::Date>().map_err(|_| welcomedesk_domain::Invalid::one(field, "invalid_date")),
    };
    let to = parse("to", to, today)?;
    let from = parse("from", from, to.saturating_sub(jiff::Span::new().days(29)))?;
    if from > to {
        return Err(welcomedesk_domain::Invalid::one("from", "invalid_period"));
    }
    Ok((from, to))
}

/// The contacts of a period as facts in the city's time.
pub async fn facts(state: &AppState, from: jiff::civil::Date, to: jiff::civil::Date) -> AppResult<Vec<ContactFact>> {
    let tz = state.tz();
    let start = from.to_zoned(tz.clone()).map(|z| z.timestamp()).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let end = to
        .tomorrow()
        .ok()
        .and_then(|d| d.to_zoned(tz.clone()).ok())
        .map(|z| z.timestamp())
        .unwrap_or(jiff::Timestamp::MAX);
    let rows = state.store.list_desk_contacts(start, end).await?;
    Ok(rows
        .into_iter()
        .map(|c| {
            let z = welcomedesk_store::time::from_db(&c.created_at)
                .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
                .to_zoned(tz.clone());
            ContactFact {
                day: z.date().to_string(),
                hour: u8::try_from(z.hour()).unwrap_or(0),
                channel: c.channel,
                language: c.language,
                interpreter: c.interpreter,
                topics: c.topics,
                referrals: c.referrals,
                appointment_booked: c.appointment_booked,
                duration_seconds: c.duration_seconds,
            }
        })
        .collect())
}

pub async fn dashboard(state: &AppState, from: jiff::civil::Date, to: jiff::civil::Date) -> AppResult<Dashboard> {
    let facts = facts(state, from, to).await?;
    let waits: Vec<(String, i64)> = state
        .store
        .called_tickets_between(&from.to_string(), &to.to_string())
        .await?
        .into_iter()
        .filter_map(|t| {
            let a = welcomedesk_store::time::from_db(&t.created_at).ok()?;
            let b = welcomedesk_store::time::from_db(t.called_at.as_deref()?).ok()?;
            Some((t.language, b.as_second() - a.as_second()))
        })
        .collect();
    Ok(Dashboard::build(&facts, &waits))
}

/// The contacts of a period as CSV (one line per contact; no person, no agent).
pub fn csv(facts: &[ContactFact]) -> String {
    let mut out =
        String::from("day,hour,channel,language,interpreter,topics,referrals,appointment_booked,duration_seconds\n");
    for f in facts {
        let fields = [
            f.day.clone(),
            f.hour.to_string(),
            f.channel.clone(),
            f.language.clone(),
            f.interpreter.clone(),
            f.topics.join(" "),
            f.referrals.join(" "),
            f.appointment_booked.to_string(),
            f.duration_seconds.to_string(),
        ];
        let line: Vec<String> = fields.iter().map(|v| desk::csv_field(v)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}
