//! Group information modules: what the pages and the API share. The rules are in
//! `welcomedesk_domain::sessions` and `welcomedesk_domain::rostering` (pure, in the
//! city's civil time); the guarantees (never overbooked, counted once) are in
//! `welcomedesk_store::sessions`. This module converts between the city's time zone
//! and UTC, loads what the rostering needs and writes the messages people receive.

pub mod ical;

use crate::error::AppError;
use crate::state::AppState;
use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::TimeZone;
use std::collections::HashMap;
use welcomedesk_domain::rostering::{self, Roster, RosterOptions, RosterSession, RosterTrainer};
use welcomedesk_domain::sessions::Status;
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_i18n::Arg;
use welcomedesk_store::sessions::{NewSession, Recipient, SessionFilter, SessionRow};
use welcomedesk_store::{StoreError, time};

/// UTC text from the store → civil time in the city.
pub fn civil(tz: &TimeZone, s: &str) -> Result<DateTime, StoreError> {
    Ok(time::from_db(s)?.to_zoned(tz.clone()).datetime())
}

/// What a coordinator plans: one session, or a series (one per date).
#[derive(Debug, Clone)]
pub struct Plan {
    pub topic: uuid::Uuid,
    pub language: String,
    pub venue: uuid::Uuid,
    pub room: Option<uuid::Uuid>,
    pub dates: Vec<Date>,
    pub start: Time,
    pub minutes: i64,
    pub capacity: i64,
    pub childcare_places: i64,
    pub trainer: Option<uuid::Uuid>,
    pub backup: Option<uuid::Uuid>,
    pub status: Status,
}

/// Creates the planned sessions in one transaction. Refused when the venue offers no
/// childcare but places are asked for, or the room is not of the venue.
pub async fn create(state: &AppState, p: &Plan, actor: Option<uuid::Uuid>) -> Result<Vec<uuid::Uuid>, AppError> {
    let tz = state.tz();
    let venues = state.store.list_venues().await?;
    let mut inv = Invalid::default();
    match venues.iter().find(|v| v.id == p.venue) {
        None => inv.push(FieldError::new("venue_id", "unknown_venue")),
        Some(v) => {
            if p.childcare_places > 0 && !v.childcare_possible {
                inv.push(FieldError::new("childcare_places", "childcare_not_possible"));
            }
            if let Some(room) = p.room
                && !v.rooms.iter().any(|r| r.0 == room)
            {
                inv.push(FieldError::new("room_id", "unknown_room"));
            }
        }
    }
    let topics = state.store.list_topics("en").await?;
    if !topics.iter().any(|t| t.id == p.topic) {
        inv.push(FieldError::new("topic_id", "unknown_topic"));
    }
    if p.trainer.is_some() && p.trainer == p.backup {
        inv.push(FieldError::new("backup_trainer_id", "same_as_trainer"));
    }
    inv.into_result()?;
    let mut list = vec![];
    for d in &p.dates {
        let start = d.to_datetime(p.start);
        let end = start
            .checked_add(jiff::Span::new().minutes(p.minutes))
            .map_err(|_| Invalid::one("minutes", "invalid_time"))?;
        let to_utc = |dt: DateTime| {
            dt.to_zoned(tz.clone())
                .map(|z| time::to_db(z.timestamp()))
                .map_err(|_| Invalid::one("start", "invalid_time"))
        };
        list.push(NewSession {
            topic_id: p.topic,
            language: p.language.clone(),
            venue_id: p.venue,
            room_id: p.room,
            starts_at: to_utc(start)?,
            ends_at: to_utc(end)?,
            starts_on: d.to_string(),
            capacity: p.capacity,
            childcare_places: p.childcare_places,
            trainer_id: p.trainer,
            backup_trainer_id: p.backup,
            status: p.status,
            survey_token: crate::password::random_token().map_err(|e| AppError::Internal(e.to_string()))?,
        });
    }
    Ok(state.store.create_sessions(&list, p.dates.len() > 1, actor).await?)
}

/// A session's time as people read it in their language.
pub fn when_text(state: &AppState, lang: &str, s: &SessionRow) -> String {
    let tz = state.tz();
    match (civil(&tz, &s.starts_at), civil(&tz, &s.ends_at)) {
        (Ok(a), Ok(b)) => {
            let end = welcomedesk_i18n::localise_digits(lang, &b.time().strftime("%H:%M").to_string());
            format!("{}–{end}", crate::coaching::when_text(state, lang, a))
        }
        _ => s.starts_on.clone(),
    }
}

/// The message to someone who moved up from the waiting list.
pub fn compose_promoted(state: &AppState) -> impl Fn(&Recipient) -> (String, String) + Send + Sync + '_ {
    move |r: &Recipient| {
        let lang = r.language.as_str();
        let when = when_text(state, lang, &r.session);
        let t = |k: &str| {
            state.cat.plain(
                lang,
                k,
                &[
                    ("topic", Arg::Str(&r.session.topic_title)),
                    ("when", Arg::Str(&when)),
                    ("venue", Arg::Str(&r.session.venue_name)),
                    ("address", Arg::Str(&r.session.venue_address)),
                    ("city", Arg::Str(&state.settings().city_name)),
                ],
            )
        };
        let body = [t("modules-mail-promoted-body"), t("modules-mail-where"), t("mail-signature")].join("\n\n");
        (t("modules-mail-promoted-subject"), body)
    }
}

/// The message to everyone registered when the trainer changed.
pub fn compose_trainer_changed(state: &AppState) -> impl Fn(&Recipient) -> (String, String) + Send + Sync + '_ {
    move |r: &Recipient| {
        let lang = r.language.as_str();
        let when = when_text(state, lang, &r.session);
        let t = |k: &str| {
            state.cat.plain(
                lang,
                k,
                &[
                    ("topic", Arg::Str(&r.session.topic_title)),
                    ("when", Arg::Str(&when)),
                    ("venue", Arg::Str(&r.session.venue_name)),
                    ("address", Arg::Str(&r.session.venue_address)),
                    ("city", Arg::Str(&state.settings().city_name)),
                ],
            )
        };
        let body = [t("modules-mail-changed-body"), t("modules-mail-where"), t("mail-signature")].join("\n\n");
        (t("modules-mail-changed-subject"), body)
    }
}

fn parse_hm(s: &str) -> Result<Time, StoreError> {
    s.parse().map_err(|_| StoreError::Corrupt(format!("bad time {s:?}")))
}

fn parse_day(s: &str) -> Result<Date, StoreError> {
    s.parse().map_err(|_| StoreError::Corrupt(format!("bad date {s:?}")))
}

/// A choice the coordinator pinned before solving.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pin {
    pub trainer: Option<uuid::Uuid>,
    pub backup: Option<uuid::Uuid>,
}

/// The sessions (planned or published) from `from` to `to` and the active pool, as the
/// rostering sees them, solved with the pins.
pub async fn solve(
    state: &AppState,
    from: Date,
    to: Date,
    pins: &HashMap<uuid::Uuid, Pin>,
) -> Result<(Vec<SessionRow>, Vec<RosterSession>, Vec<RosterTrainer>, Roster), AppError> {
    let tz = state.tz();
    let rows = state
        .store
        .list_sessions(
            &SessionFilter {
                from: Some(from.to_string()),
                to: Some(to.to_string()),
                statuses: vec![Status::Planned, Status::Published],
                limit: 10_000,
                ..Default::default()
            },
            "en",
        )
        .await?;
    let mut sessions = vec![];
    for s in &rows {
        let pin = pins.get(&s.id).copied().unwrap_or_default();
        sessions.push(RosterSession {
            id: s.id,
            language: s.language.clone(),
            topic: s.topic_id,
            start: civil(&tz, &s.starts_at)?,
            end: civil(&tz, &s.ends_at)?,
            pinned_trainer: pin.trainer,
            pinned_backup: pin.backup,
        });
    }
    let trainers = pool(state, from).await?;
    let roster = rostering::solve(&sessions, &trainers, &RosterOptions::default());
    Ok((rows, sessions, trainers, roster))
}

/// The active trainers as the rostering sees them.
pub async fn pool(state: &AppState, from: Date) -> Result<Vec<RosterTrainer>, AppError> {
    let mut out = vec![];
    for t in state.store.load_trainers(&from.to_string()).await? {
        if !t.active {
            continue;
        }
        let mut weekly = vec![];
        for (wd, a, b) in &t.hours {
            let day = Weekday::from_monday_one_offset(*wd as i8).map_err(|e| AppError::Internal(e.to_string()))?;
            weekly.push((day, parse_hm(a)?, parse_hm(b)?));
        }
        let mut absences = vec![];
        for (a, b) in &t.absences {
            absences.push((parse_day(a)?, parse_day(b)?));
        }
        out.push(RosterTrainer {
            id: t.id,
            languages: t.languages.clone(),
            topics: t.topics.clone(),
            weekly,
            absences,
            max_per_month: u32::try_from(t.max_per_month).unwrap_or(0),
        });
    }
    Ok(out)
}

/// What happened when a trainer was marked absent.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AbsenceOutcome {
    /// Sessions whose trainer or backup changed.
    pub sessions: Vec<AbsenceChange>,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AbsenceChange {
    #[schema(value_type = String, format = Uuid)]
    pub session_id: uuid::Uuid,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub trainer_id: Option<uuid::Uuid>,
    /// The new backup the rostering proposed (and that was set), if anyone qualifies.
    #[schema(value_type = Option<String>, format = Uuid)]
    pub backup_trainer_id: Option<uuid::Uuid>,
    /// Codes of why no backup (or no trainer) could be found.
    pub reasons: Vec<String>,
}

/// Marks a trainer absent for a day: their sessions pass to the backup, everyone
/// registered is told (outbox), and a new backup is proposed by the rostering's rules
/// (the month's other assignments pinned as they are) and set.
pub async fn mark_absent(
    state: &AppState,
    trainer: uuid::Uuid,
    date: Date,
    reason: &str,
    actor: Option<uuid::Uuid>,
) -> Result<AbsenceOutcome, AppError> {
    let compose = compose_trainer_changed(state);
    let changed = state.store.mark_trainer_absent(trainer, &date.to_string(), reason, Some(&compose), actor).await?;
    if changed.is_empty() {
        return Ok(AbsenceOutcome { sessions: vec![] });
    }
    // Re-solve the month with every other choice pinned: only the open roles move.
    let first = date.first_of_month();
    let last = date.last_of_month();
    let current = state
        .store
        .list_sessions(
            &SessionFilter {
                from: Some(first.to_string()),
                to: Some(last.to_string()),
                statuses: vec![Status::Planned, Status::Published],
                limit: 10_000,
                ..Default::default()
            },
            "en",
        )
        .await?;
    let pins: HashMap<uuid::Uuid, Pin> =
        current.iter().map(|s| (s.id, Pin { trainer: s.trainer_id, backup: s.backup_trainer_id })).collect();
    let (_, _, _, roster) = solve(state, first, last, &pins).await?;
    let mut apply = vec![];
    let mut out = vec![];
    for (sid, _) in &changed {
        let Some(a) = roster.assignments.iter().find(|a| a.session == *sid) else { continue };
        let now = current.iter().find(|s| s.id == *sid);
        let trainer_now = now.and_then(|s| s.trainer_id).or(a.trainer);
        let backup_now = now.and_then(|s| s.backup_trainer_id).or(a.backup);
        let reasons: Vec<String> = roster
            .uncovered
            .iter()
            .filter(|u| u.session == *sid)
            .flat_map(|u| u.reasons.iter().map(|r| format!("{}:{}", u.role.as_str(), r.code())))
            .collect();
        apply.push((*sid, trainer_now, backup_now));
        out.push(AbsenceChange { session_id: *sid, trainer_id: trainer_now, backup_trainer_id: backup_now, reasons });
    }
    state.store.assign_trainers(&apply, actor).await?;
    Ok(AbsenceOutcome { sessions: out })
}

/// Who a passport number or a scanned passport QR token (`WDP1.…`) names, for the
/// check-in. A token's signature is checked first (a forged or altered one is refused
/// and audited without reading the register), then that its number is still that
/// person's passport. Errors are on `field`: a typo in the number, an unknown or
/// replaced passport, a malformed or forged token.
pub async fn passport_person(
    state: &AppState,
    field: &'static str,
    raw: &str,
    actor: Option<uuid::Uuid>,
) -> Result<Result<uuid::Uuid, Invalid>, AppError> {
    use welcomedesk_domain::passport::{PassportNumber, TOKEN_PREFIX};
    let raw = raw.trim();
    let is_token = raw.len() > TOKEN_PREFIX.len()
        && raw.get(..TOKEN_PREFIX.len()).is_some_and(|p| p.eq_ignore_ascii_case(TOKEN_PREFIX));
    let (number, claimed) = if is_token {
        match state.store.passport_verifier().await?.verify(raw) {
            Ok(c) => (c.number, Some(c.person_id)),
            Err(e) => {
                state
                    .store
                    .audit(
                        &welcomedesk_domain::audit::AuditEvent::new(actor, "passport.verify", "passport")
                            .detail(format!("result={}", e.code())),
                    )
                    .await?;
                return Ok(Err(Invalid::one(field, e.code())));
            }
        }
    } else {
        match PassportNumber::parse_field(raw) {
            Ok(n) => (n, None),
            Err(e) => return Ok(Err(Invalid::from(FieldError::new(field, e.code)))),
        }
    };
    Ok(match state.store.passport_holder(&number, actor).await? {
        None => Err(Invalid::one(field, "module_passport_unknown")),
        Some(h) if claimed.is_some_and(|p| p != h.person_id) => Err(Invalid::one(field, "token_forged")),
        Some(h) if !h.valid => Err(Invalid::one(field, "module_passport_replaced")),
        Some(h) => Ok(h.person_id),
    })
}

/// A person took back their consent to be registered for modules (purpose `modules`):
/// the consent is withdrawn and every live registration of theirs for a session still
/// to come (planned or published) is cancelled — a freed seat goes to the next person
/// waiting, who is told. One store call, one transaction. Returns how many
/// registrations were cancelled.
pub async fn withdraw_modules_consent(
    state: &AppState,
    person: uuid::Uuid,
    actor: Option<uuid::Uuid>,
) -> Result<usize, AppError> {
    let compose = compose_promoted(state);
    Ok(state.store.withdraw_modules_consent(person, Some(&compose), actor).await?)
}
