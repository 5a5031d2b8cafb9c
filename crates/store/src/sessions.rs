//! Group information modules: topics, venues and rooms, the trainer pool, sessions,
//! registrations with the waiting list, attendance, anonymous surveys and topic
//! requests.
//!
//! **Never overbooked.** A registration runs in one write transaction: it first bumps
//! the session's arrival counter (`UPDATE sessions SET arrivals = arrivals + 1 … RETURNING`;
//! on PostgreSQL this locks the session row until commit, so registrations for one
//! session queue up in arrival order; on SQLite `BEGIN IMMEDIATE` holds the one write
//! lock), then takes a seat only by the conditional
//! `UPDATE sessions SET confirmed = confirmed + 1 … WHERE confirmed < capacity AND
//! childcare_booked + n <= childcare_places`; when that changes no row, the registration
//! waits. `CHECK (confirmed <= capacity)` refuses any other write. A cancellation frees
//! the seat and gives it to the first waiting person whose children fit (see
//! `domain::sessions::next_to_promote`) in the same transaction, and queues their
//! message in the outbox.
//!
//! **Counted once.** Attendance rows are unique per (session, person), (session,
//! registration) and (session, walk-in key); a check-in inserts with `ON CONFLICT DO
//! NOTHING` and only a newly inserted row produces `AttendanceFacts` for the passport.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, Tx, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use sqlx::any::AnyRow;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::sessions::{AttendanceFacts, RegistrationStatus, Status, Waiting, next_to_promote};

// ---------------------------------------------------------------------------------
// Topics, venues, rooms

#[derive(Debug, Clone, serde::Serialize)]
pub struct TopicRow {
    pub id: uuid::Uuid,
    pub slug: String,
    /// In the language asked for, else English, else any.
    pub title: String,
    pub description: String,
    /// The language the title is in.
    pub text_language: String,
}

/// A topic's text in one language.
pub struct TopicText<'a> {
    pub language: &'a str,
    pub title: &'a str,
    pub description: &'a str,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct VenueRow {
    pub id: uuid::Uuid,
    pub name: String,
    pub address: String,
    pub district: String,
    pub transit_advice: String,
    pub step_free: bool,
    pub childcare_possible: bool,
    /// (room id, name, capacity)
    pub rooms: Vec<(uuid::Uuid, String, i64)>,
}

pub struct NewVenue<'a> {
    pub name: &'a str,
    pub address: &'a str,
    pub district: &'a str,
    pub transit_advice: &'a str,
    pub step_free: bool,
    pub childcare_possible: bool,
}

// ---------------------------------------------------------------------------------
// Trainers

pub struct NewTrainer<'a> {
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub staff_id: Option<uuid::Uuid>,
    pub max_per_month: i64,
    pub fee_cents: i64,
    /// Country codes, comma-separated.
    pub knows_origin_countries: &'a str,
    pub languages: &'a [String],
    pub topics: &'a [uuid::Uuid],
    /// (weekday 1 = Monday, "HH:MM", "HH:MM")
    pub hours: &'a [(i64, String, String)],
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct TrainerRow {
    pub id: uuid::Uuid,
    pub name: String,
    pub email: Option<String>,
    pub staff_id: Option<uuid::Uuid>,
    pub max_per_month: i64,
    pub fee_cents: i64,
    pub knows_origin_countries: String,
    pub active: bool,
    pub languages: Vec<String>,
    pub topics: Vec<uuid::Uuid>,
    pub hours: Vec<(i64, String, String)>,
    /// (from, to) dates, inclusive.
    pub absences: Vec<(String, String)>,
}

// ---------------------------------------------------------------------------------
// Sessions

/// A session to create. Times are UTC as `time::to_db` writes them; `starts_on` is the
/// date in the city's time zone.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub topic_id: uuid::Uuid,
    pub language: String,
    pub venue_id: uuid::Uuid,
    pub room_id: Option<uuid::Uuid>,
    pub starts_at: String,
    pub ends_at: String,
    pub starts_on: String,
    pub capacity: i64,
    pub childcare_places: i64,
    pub trainer_id: Option<uuid::Uuid>,
    pub backup_trainer_id: Option<uuid::Uuid>,
    pub status: Status,
    /// The secret in the anonymous survey link (random, made by the caller).
    pub survey_token: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SessionRow {
    pub id: uuid::Uuid,
    pub topic_id: uuid::Uuid,
    pub topic_slug: String,
    pub topic_title: String,
    pub language: String,
    pub venue_id: uuid::Uuid,
    pub venue_name: String,
    pub venue_address: String,
    pub district: String,
    pub transit_advice: String,
    pub step_free: bool,
    pub room_id: Option<uuid::Uuid>,
    pub starts_at: String,
    pub ends_at: String,
    pub starts_on: String,
    pub capacity: i64,
    pub confirmed: i64,
    pub free_seats: i64,
    pub childcare_places: i64,
    pub childcare_free: i64,
    pub waiting: i64,
    pub trainer_id: Option<uuid::Uuid>,
    pub backup_trainer_id: Option<uuid::Uuid>,
    pub status: String,
    pub series_id: Option<uuid::Uuid>,
    #[serde(skip)]
    pub survey_token: String,
}

/// Filters of the calendar. Empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct SessionFilter {
    pub topic: Option<uuid::Uuid>,
    pub language: Option<String>,
    /// Inclusive dates (city time zone), YYYY-MM-DD.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only Saturdays (the store gets the dates' weekdays from `starts_on`).
    pub saturday: bool,
    /// Only sessions with a free childcare place.
    pub childcare: bool,
    pub district: Option<String>,
    /// Only these statuses (empty: all).
    pub statuses: Vec<Status>,
    pub trainer: Option<uuid::Uuid>,
    pub limit: i64,
}

// ---------------------------------------------------------------------------------
// Registrations

/// Who registers: a person of the register, or a contact (no record yet).
#[derive(Debug, Clone)]
pub enum Registrant {
    Person(uuid::Uuid),
    Contact { name: String, phone: Option<String>, email: Option<String> },
}

#[derive(Debug, Clone)]
pub struct NewRegistration {
    pub registrant: Registrant,
    /// The language messages to them are written in.
    pub language: String,
    pub children_count: i64,
    pub children_ages: Option<String>,
    /// staff or public
    pub via: &'static str,
    pub cancel_token_hash: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Registered {
    pub id: uuid::Uuid,
    pub status: RegistrationStatus,
    /// Arrival order within the session (1 = first).
    pub position: i64,
    /// For people waiting: how many wait before them.
    pub waiting_before: i64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct RegistrationRow {
    pub id: uuid::Uuid,
    pub session_id: uuid::Uuid,
    pub person_id: Option<uuid::Uuid>,
    /// The person's name from the register, else the contact's name.
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub status: String,
    pub position: i64,
    pub children_count: i64,
    pub children_ages: Option<String>,
    pub via: String,
    pub created_at: String,
    pub checked_in: bool,
    /// The consent given with the registration (migration 0027): how, under which
    /// version of the text and in which language — for a registration by contact
    /// details the only record of it. `None` for registrations made before.
    pub consent_channel: Option<String>,
    pub consent_text_version: Option<String>,
    pub consent_text_language: Option<String>,
}

/// Someone a message goes to about a registration.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub registration_id: uuid::Uuid,
    pub person_id: Option<uuid::Uuid>,
    pub email: String,
    pub language: String,
    pub session: SessionRow,
}

/// Writes a message for a recipient: (subject, body).
pub type Compose<'a> = &'a (dyn Fn(&Recipient) -> (String, String) + Send + Sync);

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Cancelled {
    /// The registration that got the freed seat.
    pub promoted: Option<uuid::Uuid>,
    /// Whether a message to them was queued (they have an e-mail address).
    pub promoted_told: bool,
}

// ---------------------------------------------------------------------------------
// Attendance

#[derive(Debug, Clone)]
pub enum CheckInWho {
    Registration(uuid::Uuid),
    Person(uuid::Uuid),
    WalkIn { name: String, phone: Option<String>, key: String },
}

/// Whose passport a typed number is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassportHolder {
    pub person_id: uuid::Uuid,
    pub name: String,
    /// False when the number was ended (lost, damaged, merged): do not accept it.
    pub valid: bool,
    /// The holder's date of birth as the register has it (`1994`, `1994-03`, `1994-03-14`).
    pub birth_date: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedIn {
    pub attendance_id: uuid::Uuid,
    /// False when this person was already checked in (nothing was written).
    pub new: bool,
    /// For a newly checked-in person of the register: what the passport counts.
    pub facts: Option<AttendanceFacts>,
}

// ---------------------------------------------------------------------------------

fn opt_uuid(r: &AnyRow, col: &str) -> Result<Option<uuid::Uuid>> {
    r.try_get::<Option<String>, _>(col)?.map(|s| parse_uuid(&s)).transpose()
}

fn uuid_col(r: &AnyRow, col: &str) -> Result<uuid::Uuid> {
    parse_uuid(&r.try_get::<String, _>(col)?)
}

fn flag(r: &AnyRow, col: &str) -> Result<bool> {
    Ok(r.try_get::<i64, _>(col)? != 0)
}

const SESSION_SELECT: &str = "SELECT s.id, s.topic_id, t.slug AS topic_slug, \
     COALESCE((SELECT tt.title FROM topic_texts tt WHERE tt.topic_id = s.topic_id AND tt.language = $1), \
              (SELECT tt.title FROM topic_texts tt WHERE tt.topic_id = s.topic_id AND tt.language = 'en'), t.slug) AS topic_title, \
     s.language, s.venue_id, v.name AS venue_name, v.address AS venue_address, v.district, v.transit_advice, v.step_free, \
     s.room_id, s.starts_at, s.ends_at, s.starts_on, s.capacity, s.confirmed, s.childcare_places, s.childcare_booked, \
     (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND r.status = 'waiting') AS waiting, \
     s.trainer_id, s.backup_trainer_id, s.status, s.series_id, s.survey_token \
     FROM sessions s JOIN topics t ON t.id = s.topic_id JOIN venues v ON v.id = s.venue_id";

fn session_from_row(r: &AnyRow) -> Result<SessionRow> {
    let capacity: i64 = r.try_get("capacity")?;
    let confirmed: i64 = r.try_get("confirmed")?;
    let places: i64 = r.try_get("childcare_places")?;
    let booked: i64 = r.try_get("childcare_booked")?;
    Ok(SessionRow {
        id: uuid_col(r, "id")?,
        topic_id: uuid_col(r, "topic_id")?,
        topic_slug: r.try_get("topic_slug")?,
        topic_title: r.try_get("topic_title")?,
        language: r.try_get("language")?,
        venue_id: uuid_col(r, "venue_id")?,
        venue_name: r.try_get("venue_name")?,
        venue_address: r.try_get("venue_address")?,
        district: r.try_get("district")?,
        transit_advice: r.try_get("transit_advice")?,
        step_free: flag(r, "step_free")?,
        room_id: opt_uuid(r, "room_id")?,
        starts_at: r.try_get("starts_at")?,
        ends_at: r.try_get("ends_at")?,
        starts_on: r.try_get("starts_on")?,
        capacity,
        confirmed,
        free_seats: capacity - confirmed,
        childcare_places: places,
        childcare_free: places - booked,
        waiting: r.try_get("waiting")?,
        trainer_id: opt_uuid(r, "trainer_id")?,
        backup_trainer_id: opt_uuid(r, "backup_trainer_id")?,
        status: r.try_get("status")?,
        series_id: opt_uuid(r, "series_id")?,
        survey_token: r.try_get("survey_token")?,
    })
}

async fn session_in_tx(tx: &mut Tx, id: uuid::Uuid, lang: &str) -> Result<SessionRow> {
    let sql = format!("{SESSION_SELECT} WHERE s.id = $2");
    let r = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(lang.to_owned())
        .bind(id.to_string())
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(StoreError::NotFound)?;
    session_from_row(&r)
}

/// Queues a message about a registration in the caller's transaction (when there is an
/// address to send it to). Returns whether one was queued.
/// A trainer's languages, topics and weekly hours, in the caller's transaction.
async fn write_trainer_details(tx: &mut Tx, ids: &str, t: &NewTrainer<'_>) -> Result<()> {
    for l in t.languages {
        sqlx::query("INSERT INTO trainer_languages (trainer_id, language) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(ids.to_owned())
            .bind(l.clone())
            .execute(&mut **tx)
            .await?;
    }
    for topic in t.topics {
        sqlx::query("INSERT INTO trainer_topics (trainer_id, topic_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(ids.to_owned())
            .bind(topic.to_string())
            .execute(&mut **tx)
            .await?;
    }
    for (wd, from, to) in t.hours {
        sqlx::query(
            "INSERT INTO trainer_hours (id, trainer_id, weekday, from_time, to_time) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new_id().to_string())
        .bind(ids.to_owned())
        .bind(*wd)
        .bind(from.clone())
        .bind(to.clone())
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn queue_registration_mail(
    tx: &mut Tx,
    registration: uuid::Uuid,
    compose: Option<Compose<'_>>,
    lang_hint: &str,
) -> Result<bool> {
    let Some(compose) = compose else { return Ok(false) };
    let r = sqlx::query(
        "SELECT r.session_id, r.person_id, r.language, COALESCE(p.email, r.contact_email) AS email \
         FROM registrations r LEFT JOIN people p ON p.id = r.person_id WHERE r.id = $1",
    )
    .bind(registration.to_string())
    .fetch_one(&mut **tx)
    .await?;
    let Some(email) = r.try_get::<Option<String>, _>("email")? else { return Ok(false) };
    let language: String = r.try_get("language")?;
    let session =
        session_in_tx(tx, uuid_col(&r, "session_id")?, if language.is_empty() { lang_hint } else { &language }).await?;
    let rec =
        Recipient { registration_id: registration, person_id: opt_uuid(&r, "person_id")?, email, language, session };
    let (subject, body) = compose(&rec);
    let now = time::now();
    sqlx::query(
        "INSERT INTO outbox (id, kind, appointment_id, person_id, registration_id, to_address, subject, body, ics, language, \
         status, attempts, next_attempt_at, created_at) VALUES ($1, 'confirmation', NULL, $2, $3, $4, $5, $6, NULL, $7, 'pending', 0, $8, $8)",
    )
    .bind(new_id().to_string())
    .bind(rec.person_id.map(|p| p.to_string()))
    .bind(registration.to_string())
    .bind(rec.email.clone())
    .bind(subject)
    .bind(body)
    .bind(rec.language.clone())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// Gives a freed seat to the first waiting person whose children fit, in the caller's
/// transaction (the session row is already locked by the caller's update).
async fn promote_one(tx: &mut Tx, session: uuid::Uuid) -> Result<Option<uuid::Uuid>> {
    let s = sqlx::query("SELECT capacity, confirmed, childcare_places, childcare_booked FROM sessions WHERE id = $1")
        .bind(session.to_string())
        .fetch_one(&mut **tx)
        .await?;
    let (capacity, confirmed): (i64, i64) = (s.try_get("capacity")?, s.try_get("confirmed")?);
    if confirmed >= capacity {
        return Ok(None);
    }
    let free_childcare = s.try_get::<i64, _>("childcare_places")? - s.try_get::<i64, _>("childcare_booked")?;
    let rows = sqlx::query(
        "SELECT id, position, children_count FROM registrations WHERE session_id = $1 AND status = 'waiting' ORDER BY position",
    )
    .bind(session.to_string())
    .fetch_all(&mut **tx)
    .await?;
    let mut waiting = vec![];
    let mut ids = std::collections::HashMap::new();
    for r in &rows {
        let w = Waiting { position: r.try_get("position")?, children: r.try_get("children_count")? };
        ids.insert(w.position, uuid_col(r, "id")?);
        waiting.push(w);
    }
    let Some(next) = next_to_promote(&waiting, free_childcare) else { return Ok(None) };
    let took = sqlx::query(
        "UPDATE sessions SET confirmed = confirmed + 1, childcare_booked = childcare_booked + $2 \
         WHERE id = $1 AND confirmed < capacity AND childcare_booked + $2 <= childcare_places",
    )
    .bind(session.to_string())
    .bind(next.children)
    .execute(&mut **tx)
    .await?;
    if took.rows_affected() != 1 {
        return Ok(None);
    }
    let id = ids[&next.position];
    let r = sqlx::query(
        "UPDATE registrations SET status = 'confirmed', updated_at = $2 WHERE id = $1 AND status = 'waiting'",
    )
    .bind(id.to_string())
    .bind(time::now())
    .execute(&mut **tx)
    .await?;
    if r.rows_affected() != 1 {
        return Err(StoreError::Corrupt("waiting registration changed under the session lock".into()));
    }
    Ok(Some(id))
}

impl Store {
    // ---- topics ------------------------------------------------------------------

    pub async fn insert_topic(
        &self,
        slug: &str,
        texts: &[TopicText<'_>],
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO topics (id, slug, created_at) VALUES ($1, $2, $3)")
            .bind(id.to_string())
            .bind(slug.to_owned())
            .bind(time::now())
            .execute(&mut *tx)
            .await
            .map_err(|e| conflict_on_unique(e, "slug_taken"))?;
        for t in texts {
            sqlx::query("INSERT INTO topic_texts (topic_id, language, title, description) VALUES ($1, $2, $3, $4)")
                .bind(id.to_string())
                .bind(t.language.to_owned())
                .bind(t.title.to_owned())
                .bind(t.description.to_owned())
                .execute(&mut *tx)
                .await
                .map_err(|e| conflict_on_unique(e, "language_twice"))?;
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "topic.create", "topic").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Every topic, with its text in `lang` (else English, else the slug).
    /// Replaces a topic's titles and descriptions (the slug stays). `NotFound` when there
    /// is no such topic.
    pub async fn update_topic_texts(
        &self,
        id: uuid::Uuid,
        texts: &[TopicText<'_>],
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let found =
            sqlx::query("SELECT 1 FROM topics WHERE id = $1").bind(id.to_string()).fetch_optional(&mut *tx).await?;
        if found.is_none() {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM topic_texts WHERE topic_id = $1").bind(id.to_string()).execute(&mut *tx).await?;
        for t in texts {
            sqlx::query("INSERT INTO topic_texts (topic_id, language, title, description) VALUES ($1, $2, $3, $4)")
                .bind(id.to_string())
                .bind(t.language.to_owned())
                .bind(t.title.to_owned())
                .bind(t.description.to_owned())
                .execute(&mut *tx)
                .await
                .map_err(|e| conflict_on_unique(e, "language_twice"))?;
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "topic.update", "topic").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn list_topics(&self, lang: &str) -> Result<Vec<TopicRow>> {
        sqlx::query(
            "SELECT t.id, t.slug, COALESCE(a.title, e.title, t.slug) AS title, COALESCE(a.description, e.description, '') AS description, \
             CASE WHEN a.title IS NOT NULL THEN $1 ELSE 'en' END AS text_language \
             FROM topics t LEFT JOIN topic_texts a ON a.topic_id = t.id AND a.language = $1 \
             LEFT JOIN topic_texts e ON e.topic_id = t.id AND e.language = 'en' ORDER BY t.slug",
        )
        .bind(lang.to_owned())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(TopicRow {
                id: uuid_col(r, "id")?,
                slug: r.try_get("slug")?,
                title: r.try_get("title")?,
                description: r.try_get("description")?,
                text_language: r.try_get("text_language")?,
            })
        })
        .collect()
    }

    // ---- venues ------------------------------------------------------------------

    pub async fn insert_venue(
        &self,
        v: &NewVenue<'_>,
        rooms: &[(&str, i64)],
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO venues (id, name, address, district, transit_advice, step_free, childcare_possible, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id.to_string())
        .bind(v.name.to_owned())
        .bind(v.address.to_owned())
        .bind(v.district.to_owned())
        .bind(v.transit_advice.to_owned())
        .bind(i64::from(v.step_free))
        .bind(i64::from(v.childcare_possible))
        .bind(time::now())
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "name_taken"))?;
        for (name, capacity) in rooms {
            sqlx::query("INSERT INTO rooms (id, venue_id, name, capacity) VALUES ($1, $2, $3, $4)")
                .bind(new_id().to_string())
                .bind(id.to_string())
                .bind((*name).to_owned())
                .bind(*capacity)
                .execute(&mut *tx)
                .await
                .map_err(|e| conflict_on_unique(e, "room_twice"))?;
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "venue.create", "venue").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes a venue and its rooms in one transaction, audited. `rooms` is the whole
    /// list as it should be: a room with an id is kept (renamed or resized), one without
    /// is added, an existing room not in the list is removed — unless a session uses it
    /// (`Conflict("room_in_use")`, nothing changed). Turning childcare off is refused
    /// while a planned or published session there offers childcare places
    /// (`Conflict("childcare_in_use")`). `NotFound` for an unknown venue,
    /// `Conflict("name_taken")` / `Conflict("room_twice")` for a duplicate name,
    /// `Conflict("unknown_room")` for a room id of another venue.
    pub async fn update_venue(
        &self,
        id: uuid::Uuid,
        v: &NewVenue<'_>,
        rooms: &[(Option<uuid::Uuid>, &str, i64)],
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE venues SET name = $2, address = $3, district = $4, transit_advice = $5, step_free = $6, \
             childcare_possible = $7 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(v.name.to_owned())
        .bind(v.address.to_owned())
        .bind(v.district.to_owned())
        .bind(v.transit_advice.to_owned())
        .bind(i64::from(v.step_free))
        .bind(i64::from(v.childcare_possible))
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "name_taken"))?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        if !v.childcare_possible {
            let offering: i64 = sqlx::query(
                "SELECT COUNT(*) AS n FROM sessions WHERE venue_id = $1 AND childcare_places > 0 \
                 AND status IN ('planned', 'published')",
            )
            .bind(id.to_string())
            .fetch_one(&mut *tx)
            .await?
            .try_get("n")?;
            if offering > 0 {
                return Err(StoreError::Conflict("childcare_in_use"));
            }
        }
        let existing: Vec<uuid::Uuid> = sqlx::query("SELECT id FROM rooms WHERE venue_id = $1")
            .bind(id.to_string())
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| uuid_col(r, "id"))
            .collect::<Result<_>>()?;
        if rooms.iter().filter_map(|r| r.0).any(|rid| !existing.contains(&rid)) {
            return Err(StoreError::Conflict("unknown_room"));
        }
        let (mut removed, mut changed, mut added) = (0, 0, 0);
        // Removed first, so that a new room may take a removed room's name.
        for gone in existing.iter().filter(|e| !rooms.iter().any(|r| r.0 == Some(**e))) {
            let d = sqlx::query(
                "DELETE FROM rooms WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM sessions WHERE room_id = $1)",
            )
            .bind(gone.to_string())
            .execute(&mut *tx)
            .await?;
            if d.rows_affected() == 0 {
                return Err(StoreError::Conflict("room_in_use"));
            }
            removed += 1;
        }
        for (rid, name, capacity) in rooms {
            let q = match rid {
                Some(rid) => {
                    changed += 1;
                    sqlx::query("UPDATE rooms SET name = $3, capacity = $4 WHERE id = $1 AND venue_id = $2")
                        .bind(rid.to_string())
                }
                None => {
                    added += 1;
                    sqlx::query("INSERT INTO rooms (id, venue_id, name, capacity) VALUES ($1, $2, $3, $4)")
                        .bind(new_id().to_string())
                }
            };
            q.bind(id.to_string())
                .bind((*name).to_owned())
                .bind(*capacity)
                .execute(&mut *tx)
                .await
                .map_err(|e| conflict_on_unique(e, "room_twice"))?;
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "venue.update", "venue")
                .on(id)
                .detail(format!("rooms kept={changed} added={added} removed={removed}")),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn list_venues(&self) -> Result<Vec<VenueRow>> {
        let rooms =
            sqlx::query("SELECT id, venue_id, name, capacity FROM rooms ORDER BY name").fetch_all(&self.read).await?;
        let mut by_venue: std::collections::HashMap<uuid::Uuid, Vec<(uuid::Uuid, String, i64)>> = Default::default();
        for r in &rooms {
            by_venue.entry(uuid_col(r, "venue_id")?).or_default().push((
                uuid_col(r, "id")?,
                r.try_get("name")?,
                r.try_get("capacity")?,
            ));
        }
        sqlx::query(
            "SELECT id, name, address, district, transit_advice, step_free, childcare_possible FROM venues ORDER BY name",
        )
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            let id = uuid_col(r, "id")?;
            Ok(VenueRow {
                id,
                name: r.try_get("name")?,
                address: r.try_get("address")?,
                district: r.try_get("district")?,
                transit_advice: r.try_get("transit_advice")?,
                step_free: flag(r, "step_free")?,
                childcare_possible: flag(r, "childcare_possible")?,
                rooms: by_venue.remove(&id).unwrap_or_default(),
            })
        })
        .collect()
    }

    // ---- trainers ----------------------------------------------------------------

    pub async fn insert_trainer(&self, t: &NewTrainer<'_>, actor: Option<uuid::Uuid>) -> Result<uuid::Uuid> {
        let id = new_id();
        let ids = id.to_string();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO trainers (id, name, email, staff_id, max_per_month, fee_cents, knows_origin_countries, active, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8)",
        )
        .bind(ids.clone())
        .bind(t.name.to_owned())
        .bind(t.email.map(str::to_owned))
        .bind(t.staff_id.map(|s| s.to_string()))
        .bind(t.max_per_month)
        .bind(t.fee_cents)
        .bind(t.knows_origin_countries.to_owned())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        write_trainer_details(&mut tx, &ids, t).await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "trainer.create", "trainer").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The whole pool with languages, topics, hours and absences ending on or after
    /// `absences_from`.
    /// Changes a trainer of the pool: the details, languages, topics and weekly hours are
    /// replaced (the link to a staff account and the absences stay). `NotFound` when there
    /// is no such trainer.
    pub async fn update_trainer(&self, id: uuid::Uuid, t: &NewTrainer<'_>, actor: Option<uuid::Uuid>) -> Result<()> {
        let ids = id.to_string();
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE trainers SET name = $2, email = $3, max_per_month = $4, fee_cents = $5, knows_origin_countries = $6 \
             WHERE id = $1",
        )
        .bind(ids.clone())
        .bind(t.name.to_owned())
        .bind(t.email.map(str::to_owned))
        .bind(t.max_per_month)
        .bind(t.fee_cents)
        .bind(t.knows_origin_countries.to_owned())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        for table in ["trainer_languages", "trainer_topics", "trainer_hours"] {
            sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE trainer_id = $1")))
                .bind(ids.clone())
                .execute(&mut *tx)
                .await?;
        }
        write_trainer_details(&mut tx, &ids, t).await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "trainer.update", "trainer").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn load_trainers(&self, absences_from: &str) -> Result<Vec<TrainerRow>> {
        use std::collections::HashMap;
        let mut langs: HashMap<uuid::Uuid, Vec<String>> = HashMap::new();
        for r in sqlx::query("SELECT trainer_id, language FROM trainer_languages ORDER BY language")
            .fetch_all(&self.read)
            .await?
        {
            langs.entry(uuid_col(&r, "trainer_id")?).or_default().push(r.try_get("language")?);
        }
        let mut topics: HashMap<uuid::Uuid, Vec<uuid::Uuid>> = HashMap::new();
        for r in sqlx::query("SELECT trainer_id, topic_id FROM trainer_topics").fetch_all(&self.read).await? {
            topics.entry(uuid_col(&r, "trainer_id")?).or_default().push(uuid_col(&r, "topic_id")?);
        }
        let mut hours: HashMap<uuid::Uuid, Vec<(i64, String, String)>> = HashMap::new();
        for r in
            sqlx::query("SELECT trainer_id, weekday, from_time, to_time FROM trainer_hours ORDER BY weekday, from_time")
                .fetch_all(&self.read)
                .await?
        {
            hours.entry(uuid_col(&r, "trainer_id")?).or_default().push((
                r.try_get("weekday")?,
                r.try_get("from_time")?,
                r.try_get("to_time")?,
            ));
        }
        let mut absences: HashMap<uuid::Uuid, Vec<(String, String)>> = HashMap::new();
        for r in sqlx::query(
            "SELECT trainer_id, from_date, to_date FROM trainer_absences WHERE to_date >= $1 ORDER BY from_date",
        )
        .bind(absences_from.to_owned())
        .fetch_all(&self.read)
        .await?
        {
            absences
                .entry(uuid_col(&r, "trainer_id")?)
                .or_default()
                .push((r.try_get("from_date")?, r.try_get("to_date")?));
        }
        sqlx::query(
            "SELECT id, name, email, staff_id, max_per_month, fee_cents, knows_origin_countries, active FROM trainers ORDER BY name, id",
        )
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            let id = uuid_col(r, "id")?;
            Ok(TrainerRow {
                id,
                name: r.try_get("name")?,
                email: r.try_get("email")?,
                staff_id: opt_uuid(r, "staff_id")?,
                max_per_month: r.try_get("max_per_month")?,
                fee_cents: r.try_get("fee_cents")?,
                knows_origin_countries: r.try_get("knows_origin_countries")?,
                active: flag(r, "active")?,
                languages: langs.remove(&id).unwrap_or_default(),
                topics: topics.remove(&id).unwrap_or_default(),
                hours: hours.remove(&id).unwrap_or_default(),
                absences: absences.remove(&id).unwrap_or_default(),
            })
        })
        .collect()
    }

    /// Marks a trainer absent on `date` and, in the same transaction: their sessions
    /// that day pass to the backup (who is then no longer the backup), sessions where
    /// they were the backup lose their backup, and everyone registered for a session
    /// whose trainer changed is told (`compose`). Returns the sessions that changed
    /// (their id, and whether they now lack a trainer because there was no backup).
    pub async fn mark_trainer_absent(
        &self,
        trainer: uuid::Uuid,
        date: &str,
        reason: &str,
        compose: Option<Compose<'_>>,
        actor: Option<uuid::Uuid>,
    ) -> Result<Vec<(uuid::Uuid, bool)>> {
        let t = trainer.to_string();
        let mut tx = self.begin().await?;
        let exists =
            sqlx::query("SELECT 1 FROM trainers WHERE id = $1").bind(t.clone()).fetch_optional(&mut *tx).await?;
        if exists.is_none() {
            return Err(StoreError::NotFound);
        }
        sqlx::query(
            "INSERT INTO trainer_absences (id, trainer_id, from_date, to_date, reason, created_at) VALUES ($1, $2, $3, $3, $4, $5)",
        )
        .bind(new_id().to_string())
        .bind(t.clone())
        .bind(date.to_owned())
        .bind(reason.to_owned())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        let live = "status IN ('planned','published')";
        let taught = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT id, backup_trainer_id FROM sessions WHERE trainer_id = $1 AND starts_on = $2 AND {live}"
        )))
        .bind(t.clone())
        .bind(date.to_owned())
        .fetch_all(&mut *tx)
        .await?;
        let mut changed = vec![];
        for r in &taught {
            let id = uuid_col(r, "id")?;
            let backup = opt_uuid(r, "backup_trainer_id")?;
            sqlx::query(
                "UPDATE sessions SET trainer_id = backup_trainer_id, backup_trainer_id = NULL, updated_at = $2 WHERE id = $1",
            )
            .bind(id.to_string())
            .bind(time::now())
            .execute(&mut *tx)
            .await?;
            changed.push((id, backup.is_none()));
            let regs = sqlx::query(
                "SELECT id FROM registrations WHERE session_id = $1 AND status <> 'cancelled' ORDER BY position",
            )
            .bind(id.to_string())
            .fetch_all(&mut *tx)
            .await?;
            for reg in &regs {
                queue_registration_mail(&mut tx, uuid_col(reg, "id")?, compose, "en").await?;
            }
        }
        let backed = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE sessions SET backup_trainer_id = NULL, updated_at = $3 WHERE backup_trainer_id = $1 AND starts_on = $2 AND {live} RETURNING id"
        )))
        .bind(t.clone())
        .bind(date.to_owned())
        .bind(time::now())
        .fetch_all(&mut *tx)
        .await?;
        for r in &backed {
            changed.push((uuid_col(r, "id")?, false));
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "trainer.absent", "trainer")
                .on(trainer)
                .detail(format!("date={date} sessions={}", changed.len())),
        )
        .await?;
        tx.commit().await?;
        Ok(changed)
    }

    /// Sets the trainer and backup of sessions (a roster, or a proposed backup), in one
    /// transaction. Only sessions still planned or published change.
    pub async fn assign_trainers(
        &self,
        assignments: &[(uuid::Uuid, Option<uuid::Uuid>, Option<uuid::Uuid>)],
        actor: Option<uuid::Uuid>,
    ) -> Result<usize> {
        let mut tx = self.begin().await?;
        let mut n = 0;
        for (s, trainer, backup) in assignments {
            let r = sqlx::query(
                "UPDATE sessions SET trainer_id = $2, backup_trainer_id = $3, updated_at = $4 \
                 WHERE id = $1 AND status IN ('planned','published')",
            )
            .bind(s.to_string())
            .bind(trainer.map(|t| t.to_string()))
            .bind(backup.map(|t| t.to_string()))
            .bind(time::now())
            .execute(&mut *tx)
            .await?;
            n += r.rows_affected() as usize;
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "roster.apply", "session").detail(format!("sessions={n}")))
            .await?;
        tx.commit().await?;
        Ok(n)
    }

    // ---- sessions ----------------------------------------------------------------

    /// Creates sessions in one transaction (a series shares one `series_id`).
    pub async fn create_sessions(
        &self,
        list: &[NewSession],
        series: bool,
        actor: Option<uuid::Uuid>,
    ) -> Result<Vec<uuid::Uuid>> {
        let series_id = if series && list.len() > 1 { Some(new_id().to_string()) } else { None };
        let mut tx = self.begin().await?;
        let mut ids = vec![];
        for s in list {
            let id = new_id();
            let now = time::now();
            sqlx::query(
                "INSERT INTO sessions (id, topic_id, language, venue_id, room_id, starts_at, ends_at, starts_on, capacity, \
                 childcare_places, confirmed, childcare_booked, arrivals, trainer_id, backup_trainer_id, status, series_id, \
                 survey_token, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, 0, $11, $12, $13, $14, $15, $16, $16)",
            )
            .bind(id.to_string())
            .bind(s.topic_id.to_string())
            .bind(s.language.clone())
            .bind(s.venue_id.to_string())
            .bind(s.room_id.map(|r| r.to_string()))
            .bind(s.starts_at.clone())
            .bind(s.ends_at.clone())
            .bind(s.starts_on.clone())
            .bind(s.capacity)
            .bind(s.childcare_places)
            .bind(s.trainer_id.map(|r| r.to_string()))
            .bind(s.backup_trainer_id.map(|r| r.to_string()))
            .bind(s.status.as_str())
            .bind(series_id.clone())
            .bind(s.survey_token.clone())
            .bind(now)
            .execute(&mut *tx)
            .await?;
            ids.push(id);
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "session.create", "session").detail(format!(
                "count={} series={}",
                ids.len(),
                series_id.as_deref().unwrap_or("-")
            )),
        )
        .await?;
        tx.commit().await?;
        Ok(ids)
    }

    /// Moves a session to a new status, only from a status that may reach it
    /// (`Conflict("status")` otherwise, `NotFound` when there is no such session).
    pub async fn set_session_status(&self, id: uuid::Uuid, to: Status, actor: Option<uuid::Uuid>) -> Result<()> {
        let from: Vec<String> = Status::sources(to).iter().map(|s| format!("'{}'", s.as_str())).collect();
        let mut tx = self.begin().await?;
        let r = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE sessions SET status = $2, updated_at = $3 WHERE id = $1 AND status IN ({})",
            if from.is_empty() { "''".to_owned() } else { from.join(",") }
        )))
        .bind(id.to_string())
        .bind(to.as_str())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            let found = sqlx::query("SELECT 1 FROM sessions WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&mut *tx)
                .await?;
            return Err(if found.is_some() { StoreError::Conflict("status") } else { StoreError::NotFound });
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "session.status", "session").on(id).detail(format!("to={}", to.as_str())),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Cancels a session (from planned or published) and queues a notice to everyone
    /// registered or waiting who left an e-mail address, in one transaction. Returns how
    /// many were told. `Conflict("status")` when the session is already cancelled or
    /// held, `NotFound` when there is no such session.
    pub async fn cancel_session(
        &self,
        id: uuid::Uuid,
        compose: Option<Compose<'_>>,
        actor: Option<uuid::Uuid>,
    ) -> Result<usize> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE sessions SET status = 'cancelled', updated_at = $2 WHERE id = $1 AND status IN ('planned','published')",
        )
        .bind(id.to_string())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            let found = sqlx::query("SELECT 1 FROM sessions WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&mut *tx)
                .await?;
            return Err(if found.is_some() { StoreError::Conflict("status") } else { StoreError::NotFound });
        }
        let regs = sqlx::query(
            "SELECT id FROM registrations WHERE session_id = $1 AND status <> 'cancelled' ORDER BY position",
        )
        .bind(id.to_string())
        .fetch_all(&mut *tx)
        .await?;
        let mut told = 0;
        for reg in &regs {
            if queue_registration_mail(&mut tx, uuid_col(reg, "id")?, compose, "en").await? {
                told += 1;
            }
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "session.status", "session").on(id).detail(format!("to=cancelled told={told}")),
        )
        .await?;
        tx.commit().await?;
        Ok(told)
    }

    /// The holder of a passport number, for registering or checking someone in by the
    /// number on their card (audited like a passport check). `None`: no passport has it.
    pub async fn passport_holder(
        &self,
        number: &welcomedesk_domain::passport::PassportNumber,
        actor: Option<uuid::Uuid>,
    ) -> Result<Option<PassportHolder>> {
        let row = sqlx::query(
            "SELECT p.person_id, p.ended_at, h.full_name, h.birth_year, h.birth_month, h.birth_day \
             FROM passports p JOIN people h ON h.id = p.person_id \
             WHERE p.number = $1",
        )
        .bind(number.as_str().to_owned())
        .fetch_optional(&self.read)
        .await?;
        let Some(r) = row else {
            self.audit(&AuditEvent::new(actor, "passport.verify", "passport").detail("result=unknown")).await?;
            return Ok(None);
        };
        let person = uuid_col(&r, "person_id")?;
        let valid = r.try_get::<Option<String>, _>("ended_at")?.is_none();
        self.audit(
            &AuditEvent::new(actor, "person.passport_verify", "person")
                .on(person)
                .detail(format!("result={}", if valid { "valid" } else { "replaced" })),
        )
        .await?;
        let birth_date =
            crate::register::birth_iso(r.try_get("birth_year")?, r.try_get("birth_month")?, r.try_get("birth_day")?);
        Ok(Some(PassportHolder { person_id: person, name: r.try_get("full_name")?, valid, birth_date }))
    }

    pub async fn get_session(&self, id: uuid::Uuid, lang: &str) -> Result<SessionRow> {
        let sql = format!("{SESSION_SELECT} WHERE s.id = $2");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(lang.to_owned())
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        session_from_row(&r)
    }

    /// The session whose survey link carries this token.
    pub async fn session_by_survey_token(&self, token: &str, lang: &str) -> Result<SessionRow> {
        let sql = format!("{SESSION_SELECT} WHERE s.survey_token = $2");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(lang.to_owned())
            .bind(token.to_owned())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        session_from_row(&r)
    }

    /// The calendar: sessions matching the filter, by time.
    pub async fn list_sessions(&self, f: &SessionFilter, lang: &str) -> Result<Vec<SessionRow>> {
        let mut cond = vec!["1 = 1".to_owned()];
        let mut args: Vec<String> = vec![lang.to_owned()];
        let arg = |v: String, args: &mut Vec<String>| {
            args.push(v);
            format!("${}", args.len())
        };
        if let Some(t) = f.topic {
            let p = arg(t.to_string(), &mut args);
            cond.push(format!("s.topic_id = {p}"));
        }
        if let Some(l) = &f.language {
            let p = arg(l.clone(), &mut args);
            cond.push(format!("s.language = {p}"));
        }
        if let Some(d) = &f.from {
            let p = arg(d.clone(), &mut args);
            cond.push(format!("s.starts_on >= {p}"));
        }
        if let Some(d) = &f.to {
            let p = arg(d.clone(), &mut args);
            cond.push(format!("s.starts_on <= {p}"));
        }
        if let Some(d) = &f.district {
            let p = arg(d.clone(), &mut args);
            cond.push(format!("v.district = {p}"));
        }
        if let Some(t) = f.trainer {
            let p = arg(t.to_string(), &mut args);
            cond.push(format!("(s.trainer_id = {p} OR s.backup_trainer_id = {p})"));
        }
        if f.childcare {
            cond.push("s.childcare_booked < s.childcare_places".to_owned());
        }
        if !f.statuses.is_empty() {
            let list: Vec<String> = f.statuses.iter().map(|s| format!("'{}'", s.as_str())).collect();
            cond.push(format!("s.status IN ({})", list.join(",")));
        }
        let limit = if f.limit > 0 { f.limit } else { 500 };
        // Saturdays are filtered after reading (weekday of the civil date; portable).
        // The page of sessions is chosen first, on the sessions and venues alone, in the
        // order of the `sessions_starts (starts_on, starts_at)` index (the civil date of
        // a start never decreases as the start moves on, so this is the order of
        // `starts_at`); the titles and waiting counts (subqueries per row) are then
        // computed for that page only, not for every session of the programme before
        // sorting (issue 10: 2,000 sessions made the calendar 190 req/s).
        let sql = format!(
            "{SESSION_SELECT} WHERE s.id IN (SELECT s.id FROM sessions s JOIN venues v ON v.id = s.venue_id \
             WHERE {} ORDER BY s.starts_on, s.starts_at, s.id LIMIT {}) \
             ORDER BY s.starts_on, s.starts_at, s.id",
            cond.join(" AND "),
            if f.saturday { limit * 7 } else { limit }
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for a in args {
            q = q.bind(a);
        }
        let rows = q.fetch_all(&self.read).await?;
        let mut out = vec![];
        for r in &rows {
            let s = session_from_row(r)?;
            if f.saturday {
                let sat =
                    s.starts_on.parse::<jiff::civil::Date>().map(|d| d.weekday() == jiff::civil::Weekday::Saturday);
                if !sat.unwrap_or(false) {
                    continue;
                }
            }
            out.push(s);
            if out.len() as i64 >= limit {
                break;
            }
        }
        Ok(out)
    }

    /// The languages of the published sessions from `from` (YYYY-MM-DD) on: the public
    /// calendar's language filter. One indexed query, whatever the size of the programme.
    pub async fn published_languages(&self, from: &str) -> Result<Vec<String>> {
        sqlx::query("SELECT DISTINCT language FROM sessions WHERE status = 'published' AND starts_on >= $1")
            .bind(from.to_owned())
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| Ok(r.try_get("language")?))
            .collect()
    }

    // ---- registrations -----------------------------------------------------------

    /// Registers for a session: a seat when one is free (and childcare places for the
    /// children), else a place on the waiting list, in arrival order. Refused with
    /// `NotFound` (no such session), `Conflict("closed")` (not published),
    /// `Conflict("already_registered")` (this person has a live registration), and
    /// `Conflict("childcare_impossible")` when the session has fewer childcare places
    /// than the children (they could never get a seat).
    pub async fn register_for_session(
        &self,
        session: uuid::Uuid,
        r: &NewRegistration,
        actor: Option<uuid::Uuid>,
    ) -> Result<Registered> {
        self.register_for_session_with_consent(session, r, None, actor).await
    }

    /// [`Store::register_for_session`] with the consent given with it (`consent`): the
    /// registration row keeps how, under which text version and in which language it was
    /// given (migration 0027: for a registration by contact details, the only proof), and
    /// a registered person's record gets it too unless a live consent for its purpose
    /// exists — in the same transaction, so a refused registration leaves no new consent
    /// behind. The rules of who gives it how: `domain::passport::self_registration_consent`
    /// and `domain::sessions::staff_registration_consent`.
    pub async fn register_for_session_with_consent(
        &self,
        session: uuid::Uuid,
        r: &NewRegistration,
        consent: Option<&welcomedesk_domain::consent::GivenConsent>,
        actor: Option<uuid::Uuid>,
    ) -> Result<Registered> {
        let sid = session.to_string();
        let mut tx = self.begin().await?;
        // The arrival counter: locks the session row (PostgreSQL) until commit.
        let row = sqlx::query(
            "UPDATE sessions SET arrivals = arrivals + 1 WHERE id = $1 AND status = 'published' RETURNING arrivals, childcare_places",
        )
        .bind(sid.clone())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            let found = sqlx::query("SELECT 1 FROM sessions WHERE id = $1").bind(sid).fetch_optional(&mut *tx).await?;
            return Err(if found.is_some() { StoreError::Conflict("closed") } else { StoreError::NotFound });
        };
        let position: i64 = row.try_get("arrivals")?;
        if r.children_count > row.try_get::<i64, _>("childcare_places")? {
            return Err(StoreError::Conflict("childcare_impossible"));
        }
        // A seat, only if one is free: the database decides.
        let seat = sqlx::query(
            "UPDATE sessions SET confirmed = confirmed + 1, childcare_booked = childcare_booked + $2 \
             WHERE id = $1 AND confirmed < capacity AND childcare_booked + $2 <= childcare_places",
        )
        .bind(sid.clone())
        .bind(r.children_count)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        let status = if seat { RegistrationStatus::Confirmed } else { RegistrationStatus::Waiting };
        let id = new_id();
        let (person, name, phone, email) = match &r.registrant {
            Registrant::Person(p) => (Some(p.to_string()), None, None, None),
            Registrant::Contact { name, phone, email } => (None, Some(name.clone()), phone.clone(), email.clone()),
        };
        let now = time::now();
        if let (Some(c), Registrant::Person(p)) = (consent, &r.registrant) {
            crate::register::give_consent_if_missing(&mut tx, *p, c, actor).await?;
        }
        sqlx::query(
            "INSERT INTO registrations (id, session_id, person_id, contact_name, contact_phone, contact_email, language, status, \
             position, children_count, children_ages, via, cancel_token_hash, created_at, updated_at, \
             consent_channel, consent_text_version, consent_text_language) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15, $16, $17)",
        )
        .bind(id.to_string())
        .bind(sid.clone())
        .bind(person.clone())
        .bind(name)
        .bind(phone)
        .bind(email)
        .bind(r.language.clone())
        .bind(status.as_str())
        .bind(position)
        .bind(r.children_count)
        .bind(r.children_ages.clone())
        .bind(r.via)
        .bind(r.cancel_token_hash.clone())
        .bind(now.clone())
        .bind(consent.map(|c| c.channel))
        .bind(consent.map(|_| welcomedesk_domain::consent::TEXT_VERSION))
        .bind(consent.map(|c| c.text_language.clone()))
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "already_registered"))?;
        if let Some(p) = &person {
            sqlx::query("UPDATE people SET last_contact_at = $2 WHERE id = $1")
                .bind(p.clone())
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        let waiting_before = if seat {
            0
        } else {
            sqlx::query("SELECT COUNT(*) AS n FROM registrations WHERE session_id = $1 AND status = 'waiting' AND position < $2")
                .bind(sid.clone())
                .bind(position)
                .fetch_one(&mut *tx)
                .await?
                .try_get("n")?
        };
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "registration.create", "registration").on(id).detail(format!(
                "session={session} person={} status={}",
                person.as_deref().unwrap_or("-"),
                status.as_str()
            )),
        )
        .await?;
        tx.commit().await?;
        Ok(Registered { id, status, position, waiting_before })
    }

    /// Cancels a registration. A confirmed one frees its seat, which goes at once to
    /// the first waiting person whose children fit; their message (`compose`) is queued
    /// in the same transaction. `NotFound` when there is no live registration.
    pub async fn cancel_registration(
        &self,
        id: uuid::Uuid,
        compose: Option<Compose<'_>>,
        actor: Option<uuid::Uuid>,
    ) -> Result<Cancelled> {
        let mut tx = self.begin().await?;
        let out = cancel_registration_in(&mut tx, id, compose, actor).await?;
        tx.commit().await?;
        Ok(out)
    }

    /// A person takes back their consent to be registered for modules: the `modules`
    /// consent is withdrawn and every live registration of theirs for a session still to
    /// come (planned or published) is cancelled — a freed seat goes to the next person
    /// waiting, whose message (`compose`) is queued — all in ONE transaction: both
    /// effects or neither. Sessions are locked in id order before the consent row (the
    /// order a registration takes them too). NotFound (and nothing changed) without a
    /// live `modules` consent. Returns how many registrations were cancelled.
    pub async fn withdraw_modules_consent(
        &self,
        person: uuid::Uuid,
        compose: Option<Compose<'_>>,
        actor: Option<uuid::Uuid>,
    ) -> Result<usize> {
        let mut tx = self.begin().await?;
        let ids: Vec<String> = sqlx::query(
            "SELECT r.id FROM registrations r JOIN sessions s ON s.id = r.session_id \
             WHERE r.person_id = $1 AND r.status <> 'cancelled' AND s.status IN ('planned', 'published') \
             ORDER BY r.session_id, r.id",
        )
        .bind(person.to_string())
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<std::result::Result<_, _>>()?;
        for id in &ids {
            cancel_registration_in(&mut tx, parse_uuid(id)?, compose, actor).await?;
        }
        crate::register::withdraw_consent_in(&mut tx, person, welcomedesk_domain::consent::Purpose::Modules, actor)
            .await?;
        tx.commit().await?;
        self.scrub().await;
        Ok(ids.len())
    }

    /// The registration whose cancel link carries this token's hash.
    pub async fn registration_by_token(&self, token_hash: &str) -> Result<RegistrationRow> {
        let rows = self.registrations_where("r.cancel_token_hash = $1", token_hash).await?;
        rows.into_iter().next().ok_or(StoreError::NotFound)
    }

    pub async fn get_registration(&self, id: uuid::Uuid) -> Result<RegistrationRow> {
        self.registrations_where("r.id = $1", &id.to_string()).await?.into_iter().next().ok_or(StoreError::NotFound)
    }

    /// A session's registrations in arrival order (confirmed and waiting first by
    /// position; cancelled ones too, marked). Reading names is audited by the caller.
    pub async fn list_registrations(&self, session: uuid::Uuid) -> Result<Vec<RegistrationRow>> {
        self.registrations_where("r.session_id = $1", &session.to_string()).await
    }

    /// A person's registrations (for the export).
    pub async fn registrations_of_person(&self, person: uuid::Uuid) -> Result<Vec<RegistrationRow>> {
        self.registrations_where("r.person_id = $1", &person.to_string()).await
    }

    async fn registrations_where(&self, cond: &'static str, arg: &str) -> Result<Vec<RegistrationRow>> {
        let sql = format!(
            "SELECT r.id, r.session_id, r.person_id, COALESCE(p.full_name, r.contact_name) AS name, \
             COALESCE(p.phone, r.contact_phone) AS phone, COALESCE(p.email, r.contact_email) AS email, r.language, r.status, \
             r.position, r.children_count, r.children_ages, r.via, r.created_at, \
             r.consent_channel, r.consent_text_version, r.consent_text_language, \
             (SELECT COUNT(*) FROM attendances a WHERE a.registration_id = r.id \
                 OR (r.person_id IS NOT NULL AND a.session_id = r.session_id AND a.person_id = r.person_id)) AS attended \
             FROM registrations r LEFT JOIN people p ON p.id = r.person_id WHERE {cond} ORDER BY r.session_id, r.position"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(arg.to_owned())
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| {
                Ok(RegistrationRow {
                    id: uuid_col(r, "id")?,
                    session_id: uuid_col(r, "session_id")?,
                    person_id: opt_uuid(r, "person_id")?,
                    name: r.try_get("name")?,
                    phone: r.try_get("phone")?,
                    email: r.try_get("email")?,
                    language: r.try_get("language")?,
                    status: r.try_get("status")?,
                    position: r.try_get("position")?,
                    children_count: r.try_get("children_count")?,
                    children_ages: r.try_get("children_ages")?,
                    via: r.try_get("via")?,
                    created_at: r.try_get("created_at")?,
                    checked_in: r.try_get::<i64, _>("attended")? > 0,
                    consent_channel: r.try_get("consent_channel")?,
                    consent_text_version: r.try_get("consent_text_version")?,
                    consent_text_language: r.try_get("consent_text_language")?,
                })
            })
            .collect()
    }

    // ---- attendance --------------------------------------------------------------

    /// Checks someone in, once: a second check-in of the same person (or registration,
    /// or walk-in) writes nothing and answers `new: false`. Refused with `NotFound`
    /// (no session, or the registration is not of this session) and
    /// `Conflict("not_open")` when the session is neither published nor held.
    pub async fn check_in(
        &self,
        session: uuid::Uuid,
        who: &CheckInWho,
        actor: Option<uuid::Uuid>,
    ) -> Result<CheckedIn> {
        let sid = session.to_string();
        let mut tx = self.begin().await?;
        // Every statement of this transaction holds the single SQLite writer (issue 10),
        // so what can be read at once is: the session with the labels its passport stamp
        // keeps, and for a person of the register the person (who must exist) with their
        // certificate flag and live registration. On PostgreSQL the passport hook still
        // takes its per-person lock itself, after the attendance is inserted: taking it
        // here, before the insert, would let a check-in by person and one by the same
        // person's registration deadlock (each holding what the other waits for).
        let (s, person, registration, walk_in, certificate) = match who {
            CheckInWho::Person(p) => {
                let row = sqlx::query(
                    "SELECT s.topic_id, s.language, s.venue_id, s.starts_on, s.status, \
                     t.slug AS topic_label, v.name AS venue_label, p.certificate_required, \
                     (SELECT r.id FROM registrations r WHERE r.session_id = s.id AND r.person_id = p.id \
                     AND r.status <> 'cancelled') AS registration_id \
                     FROM sessions s JOIN topics t ON t.id = s.topic_id JOIN venues v ON v.id = s.venue_id \
                     JOIN people p ON p.id = $2 WHERE s.id = $1",
                )
                .bind(sid.clone())
                .bind(p.to_string())
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::NotFound)?;
                let cert: i64 = row.try_get("certificate_required")?;
                let registration = opt_uuid(&row, "registration_id")?;
                // SQLite: writers are serial, the flag read here is the hook's.
                let certificate = (self.backend() == crate::Backend::Sqlite).then_some(cert != 0);
                (row, Some(*p), registration, None, certificate)
            }
            CheckInWho::Registration(reg) => {
                let row = session_row(&mut tx, &sid).await?;
                let r = sqlx::query("SELECT person_id FROM registrations WHERE id = $1 AND session_id = $2")
                    .bind(reg.to_string())
                    .bind(sid.clone())
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                (row, opt_uuid(&r, "person_id")?, Some(*reg), None, None)
            }
            CheckInWho::WalkIn { name, phone, key } => {
                (session_row(&mut tx, &sid).await?, None, None, Some((name, phone, key)), None)
            }
        };
        let status: String = s.try_get("status")?;
        if status != "published" && status != "held" {
            return Err(StoreError::Conflict("not_open"));
        }
        let id = new_id();
        let inserted = sqlx::query(
            "INSERT INTO attendances (id, session_id, person_id, registration_id, walk_in_key, walk_in_name, walk_in_phone, \
             checked_in_at, checked_in_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
        )
        .bind(id.to_string())
        .bind(sid.clone())
        .bind(person.map(|p| p.to_string()))
        .bind(registration.map(|r| r.to_string()))
        .bind(walk_in.map(|w| w.2.clone()))
        .bind(walk_in.map(|w| w.0.clone()))
        .bind(walk_in.and_then(|w| w.1.clone()))
        .bind(time::now())
        .bind(actor.map(|a| a.to_string()))
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !inserted {
            let existing = sqlx::query(
                "SELECT id FROM attendances WHERE session_id = $1 AND (person_id = $2 OR registration_id = $3 OR walk_in_key = $4)",
            )
            .bind(sid.clone())
            .bind(person.map(|p| p.to_string()))
            .bind(registration.map(|r| r.to_string()))
            .bind(walk_in.map(|w| w.2.clone()))
            .fetch_one(&mut *tx)
            .await?;
            let existing = uuid_col(&existing, "id")?;
            tx.commit().await?;
            return Ok(CheckedIn { attendance_id: existing, new: false, facts: None });
        }
        let facts = match person {
            Some(p) => Some(AttendanceFacts {
                person_id: p.to_string(),
                session_id: sid.clone(),
                attended_on: s.try_get("starts_on")?,
                topic_id: s.try_get("topic_id")?,
                language: s.try_get("language")?,
                venue_id: s.try_get("venue_id")?,
            }),
            None => None,
        };
        let audit = AuditEvent::new(actor, "attendance.check_in", "session").on(session).detail(format!(
            "attendance={id} person={} registration={}",
            person.map(|p| p.to_string()).unwrap_or_else(|| "-".into()),
            registration.map(|p| p.to_string()).unwrap_or_else(|| "-".into())
        ));
        if let (Some(facts), Some(holder)) = (&facts, person) {
            // The passport records the module and the voucher rules run, in this same
            // transaction: the stamp and any voucher it earns exist exactly when the
            // attendance does. The stamp keeps the topic's key and the venue's name, so
            // the passport's history survives later changes to the programme.
            let stamp = welcomedesk_domain::passport::Stamp {
                person_id: holder,
                source_ref: format!("session:{}", facts.session_id),
                attended_on: facts
                    .attended_on
                    .parse()
                    .map_err(|e| StoreError::Corrupt(format!("session date {:?}: {e}", facts.attended_on)))?,
                topic: s.try_get("topic_label")?,
                language: facts.language.clone(),
                venue: s.try_get("venue_label")?,
            };
            crate::passport::on_attendance_with(&mut tx, &stamp, certificate, Some(audit)).await?;
        } else {
            insert_audit(&mut tx, &audit).await?;
        }
        tx.commit().await?;
        Ok(CheckedIn { attendance_id: id, new: true, facts })
    }

    /// How many attended a session (each counted once).
    pub async fn count_attendances(&self, session: uuid::Uuid) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) AS n FROM attendances WHERE session_id = $1")
            .bind(session.to_string())
            .fetch_one(&self.read)
            .await?
            .try_get("n")?)
    }

    /// The sessions a person attended: (session id, date, topic id, language).
    pub async fn attendances_of_person(
        &self,
        person: uuid::Uuid,
    ) -> Result<Vec<(uuid::Uuid, String, uuid::Uuid, String)>> {
        sqlx::query(
            "SELECT s.id, s.starts_on, s.topic_id, s.language FROM attendances a JOIN sessions s ON s.id = a.session_id \
             WHERE a.person_id = $1 ORDER BY s.starts_on",
        )
        .bind(person.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| Ok((uuid_col(r, "id")?, r.try_get("starts_on")?, uuid_col(r, "topic_id")?, r.try_get("language")?)))
        .collect()
    }

    // ---- surveys and topic requests ----------------------------------------------

    /// Stores an anonymous answer (no person, no time) and counts its missing topic
    /// for its language, in one transaction.
    pub async fn submit_survey(
        &self,
        session: uuid::Uuid,
        language: &str,
        a: &welcomedesk_domain::sessions::SurveyAnswer,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO survey_answers (id, session_id, language, satisfied, helped, recommend, missing_topic) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(new_id().to_string())
        .bind(session.to_string())
        .bind(language.to_owned())
        .bind(a.satisfied)
        .bind(i64::from(a.helped))
        .bind(i64::from(a.recommend))
        .bind(a.missing_topic.clone())
        .execute(&mut *tx)
        .await?;
        if let Some(m) = &a.missing_topic {
            let key = welcomedesk_domain::sessions::request_key(m);
            if !key.is_empty() {
                sqlx::query(
                    "INSERT INTO topic_requests (language, request_key, example, requested, last_at) VALUES ($1, $2, $3, 1, $4) \
                     ON CONFLICT (language, request_key) DO UPDATE SET requested = topic_requests.requested + 1, last_at = $4",
                )
                .bind(language.to_owned())
                .bind(key)
                .bind(m.clone())
                .bind(time::now())
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Missing topics per language, most requested first: (language, example, count).
    pub async fn topic_requests(&self, limit: i64) -> Result<Vec<(String, String, i64)>> {
        sqlx::query("SELECT language, example, requested FROM topic_requests ORDER BY requested DESC, language, request_key LIMIT $1")
            .bind(limit)
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("language")?, r.try_get("example")?, r.try_get("requested")?)))
            .collect()
    }

    /// Survey figures of a session: (answers, mean satisfaction × 100, helped, recommend).
    pub async fn survey_summary(&self, session: uuid::Uuid) -> Result<(i64, i64, i64, i64)> {
        let r = sqlx::query(
            "SELECT COUNT(*) AS n, CAST(COALESCE(SUM(satisfied), 0) AS BIGINT) AS s, CAST(COALESCE(SUM(helped), 0) AS BIGINT) AS h, \
             CAST(COALESCE(SUM(recommend), 0) AS BIGINT) AS r FROM survey_answers WHERE session_id = $1",
        )
        .bind(session.to_string())
        .fetch_one(&self.read)
        .await?;
        let n: i64 = r.try_get("n")?;
        let s: i64 = r.try_get("s")?;
        Ok((n, if n > 0 { s * 100 / n } else { 0 }, r.try_get("h")?, r.try_get("r")?))
    }

    /// Clears the contact details of registrations and walk-ins of sessions that
    /// started before `before` (YYYY-MM-DD): storage limitation. Returns rows cleared.
    pub async fn purge_module_contacts(&self, before: &str) -> Result<u64> {
        let mut tx = self.begin().await?;
        // The condition on the contact columns is the partial index
        // `registrations_contact`'s word for word (migration 0026): only the registrations
        // that still hold details are read.
        let a = sqlx::query(
            "UPDATE registrations SET contact_name = NULL, contact_phone = NULL, contact_email = NULL, children_ages = NULL \
             WHERE (contact_name IS NOT NULL OR contact_phone IS NOT NULL OR contact_email IS NOT NULL OR children_ages IS NOT NULL) \
             AND session_id IN (SELECT id FROM sessions WHERE starts_on < $1)",
        )
        .bind(before.to_owned())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let b = sqlx::query(
            "UPDATE attendances SET walk_in_name = NULL, walk_in_phone = NULL, walk_in_key = NULL \
             WHERE walk_in_key IS NOT NULL AND session_id IN (SELECT id FROM sessions WHERE starts_on < $1)",
        )
        .bind(before.to_owned())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(a + b)
    }
}

/// Cancels one registration inside the caller's transaction (see
/// [`Store::cancel_registration`]).
async fn cancel_registration_in(
    tx: &mut Tx,
    id: uuid::Uuid,
    compose: Option<Compose<'_>>,
    actor: Option<uuid::Uuid>,
) -> Result<Cancelled> {
    let sid: String = sqlx::query("SELECT session_id FROM registrations WHERE id = $1")
        .bind(id.to_string())
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(StoreError::NotFound)?
        .try_get("session_id")?;
    // Lock the session row first (the same order as a registration: no deadlock).
    sqlx::query("UPDATE sessions SET updated_at = $2 WHERE id = $1")
        .bind(sid.clone())
        .bind(time::now())
        .execute(&mut **tx)
        .await?;
    let r = sqlx::query("SELECT status, children_count FROM registrations WHERE id = $1")
        .bind(id.to_string())
        .fetch_one(&mut **tx)
        .await?;
    let status: String = r.try_get("status")?;
    let children: i64 = r.try_get("children_count")?;
    if status == "cancelled" {
        return Err(StoreError::NotFound);
    }
    sqlx::query("UPDATE registrations SET status = 'cancelled', updated_at = $2 WHERE id = $1")
        .bind(id.to_string())
        .bind(time::now())
        .execute(&mut **tx)
        .await?;
    let mut out = Cancelled { promoted: None, promoted_told: false };
    if status == "confirmed" {
        sqlx::query(
            "UPDATE sessions SET confirmed = confirmed - 1, childcare_booked = childcare_booked - $2 WHERE id = $1",
        )
        .bind(sid.clone())
        .bind(children)
        .execute(&mut **tx)
        .await?;
        let session = parse_uuid(&sid)?;
        // The seat goes on only while the session is open.
        let open =
            sqlx::query("SELECT status FROM sessions WHERE id = $1").bind(sid.clone()).fetch_one(&mut **tx).await?;
        if open.try_get::<String, _>("status")? == "published" {
            out.promoted = promote_one(tx, session).await?;
            if let Some(p) = out.promoted {
                out.promoted_told = queue_registration_mail(tx, p, compose, "en").await?;
                insert_audit(
                    tx,
                    &AuditEvent::new(actor, "registration.promote", "registration")
                        .on(p)
                        .detail(format!("session={sid}")),
                )
                .await?;
            }
        }
    }
    insert_audit(tx, &AuditEvent::new(actor, "registration.cancel", "registration").on(id)).await?;
    Ok(out)
}

/// The session a check-in is for, with the labels its passport stamp keeps (the topic's
/// key and the venue's name), inside the check-in's transaction.
async fn session_row(tx: &mut Tx, sid: &str) -> Result<AnyRow> {
    sqlx::query(
        "SELECT s.topic_id, s.language, s.venue_id, s.starts_on, s.status, t.slug AS topic_label, \
         v.name AS venue_label FROM sessions s JOIN topics t ON t.id = s.topic_id \
         JOIN venues v ON v.id = s.venue_id WHERE s.id = $1",
    )
    .bind(sid.to_owned())
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(StoreError::NotFound)
}
