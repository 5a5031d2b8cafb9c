//! Seat reservations with the provider (issue 12, "where the provider allows it").
//!
//! A reservation takes its seat in the same transaction that records it: a conditional
//! `UPDATE courses SET seats_left = seats_left - 1 WHERE … AND seats_left > 0`. On
//! PostgreSQL concurrent updates of the row wait for each other and re-check the
//! condition; on SQLite writers are serialised (`BEGIN IMMEDIATE`); the
//! `CHECK (seats_left >= 0)` is the last guard. So open reservations plus the provider's
//! own enrolments never exceed the seats the provider offered. A declined or cancelled
//! reservation gives its seat back. The rules of who may move a reservation where are
//! `domain::courses::reservation_move`; the provider sees only what it needs to enrol
//! the person (name, date of birth, phone, e-mail) — `ProviderReservation`.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, Tx, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::courses::{ReservationActor, ReservationStatus, reservation_move};

/// A reservation as the person's page and the export show it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Reservation {
    pub id: uuid::Uuid,
    pub course_id: uuid::Uuid,
    pub course_title: String,
    pub course_starts_on: String,
    pub provider_id: uuid::Uuid,
    pub provider_name: String,
    pub person_id: uuid::Uuid,
    pub status: ReservationStatus,
    pub requested_by: Option<uuid::Uuid>,
    pub requested_at: String,
    pub answered_by: Option<uuid::Uuid>,
    pub answered_at: Option<String>,
}

/// A reservation as the provider sees it: the course, the state, and the person's name,
/// date of birth and contact — nothing else of the register.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ProviderReservation {
    pub reservation: Reservation,
    pub full_name: String,
    pub latin_name: Option<String>,
    pub birth_year: i64,
    pub birth_month: Option<i64>,
    pub birth_day: Option<i64>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

const SELECT: &str = "SELECT r.id, r.course_id, c.title, c.starts_on, c.provider_id, p.name AS provider_name, \
     r.person_id, r.status, r.requested_by, r.requested_at, r.answered_by, r.answered_at \
     FROM course_reservations r JOIN courses c ON c.id = r.course_id JOIN providers p ON p.id = c.provider_id";

fn opt_uuid(v: Option<String>) -> Result<Option<uuid::Uuid>> {
    v.as_deref().map(parse_uuid).transpose()
}

fn status(s: &str) -> Result<ReservationStatus> {
    ReservationStatus::parse("status", s).map_err(|_| StoreError::Corrupt(format!("bad reservation status {s:?}")))
}

fn row(r: &sqlx::any::AnyRow) -> Result<Reservation> {
    let starts: String = r.try_get("starts_on")?;
    Ok(Reservation {
        id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        course_id: parse_uuid(&r.try_get::<String, _>("course_id")?)?,
        course_title: r.try_get("title")?,
        course_starts_on: starts.get(..10).unwrap_or(&starts).to_owned(),
        provider_id: parse_uuid(&r.try_get::<String, _>("provider_id")?)?,
        provider_name: r.try_get("provider_name")?,
        person_id: parse_uuid(&r.try_get::<String, _>("person_id")?)?,
        status: status(&r.try_get::<String, _>("status")?)?,
        requested_by: opt_uuid(r.try_get("requested_by")?)?,
        requested_at: r.try_get("requested_at")?,
        answered_by: opt_uuid(r.try_get("answered_by")?)?,
        answered_at: r.try_get("answered_at")?,
    })
}

async fn one(tx: &mut Tx, id: uuid::Uuid) -> Result<Reservation> {
    let r = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE r.id = $1")))
        .bind(id.to_string())
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(StoreError::NotFound)?;
    row(&r)
}

impl Store {
    /// Reserves a seat on `course` for `person` (the counsellor, from the staff finder).
    /// The seat is taken with the reservation or not at all: `Conflict("course_full")`
    /// when no seat is left or the provider does not take reservations on the course,
    /// `Conflict("already_reserved")` when the person already holds an open reservation
    /// on it; NotFound for an unknown course or person. Audited on the person.
    pub async fn reserve_seat(
        &self,
        course: uuid::Uuid,
        person: uuid::Uuid,
        actor: Option<uuid::Uuid>,
    ) -> Result<Reservation> {
        let mut tx = self.begin().await?;
        let known = sqlx::query("SELECT 1 AS one FROM people WHERE id = $1")
            .bind(person.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        if known.is_none() {
            return Err(StoreError::NotFound);
        }
        let exists = sqlx::query("SELECT 1 AS one FROM courses WHERE id = $1")
            .bind(course.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound);
        }
        let open = sqlx::query(
            "SELECT 1 AS one FROM course_reservations WHERE course_id = $1 AND person_id = $2 \
             AND status IN ('requested','confirmed')",
        )
        .bind(course.to_string())
        .bind(person.to_string())
        .fetch_optional(&mut *tx)
        .await?;
        if open.is_some() {
            return Err(StoreError::Conflict("already_reserved"));
        }
        // The seat: taken only while one is left (see the module header).
        let took = sqlx::query(
            "UPDATE courses SET seats_left = seats_left - 1 \
             WHERE id = $1 AND reservations_allowed = 1 AND seats_left > 0",
        )
        .bind(course.to_string())
        .execute(&mut *tx)
        .await?;
        if took.rows_affected() == 1 {
            crate::courses::bump_catalogue(&mut tx).await?;
        }
        if took.rows_affected() != 1 {
            return Err(StoreError::Conflict("course_full"));
        }
        let id = new_id();
        sqlx::query(
            "INSERT INTO course_reservations (id, course_id, person_id, status, requested_by, requested_at) \
             VALUES ($1, $2, $3, 'requested', $4, $5)",
        )
        .bind(id.to_string())
        .bind(course.to_string())
        .bind(person.to_string())
        .bind(actor.map(|a| a.to_string()))
        .bind(time::now())
        .execute(&mut *tx)
        .await
        .map_err(|e| crate::conflict_on_unique(e, "already_reserved"))?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "reservation.create", "person")
                .on(person)
                .detail(format!("reservation={id} course={course}")),
        )
        .await?;
        let r = one(&mut tx, id).await?;
        tx.commit().await?;
        Ok(r)
    }

    /// Moves a reservation to `to` (`domain::courses::reservation_move` decides; a refused
    /// move is `Conflict("reservation_state")`). `provider`: the provider account's own
    /// provider — another provider's reservation is NotFound. A reservation that stops
    /// being open gives its seat back. Audited on the person.
    pub async fn move_reservation(
        &self,
        id: uuid::Uuid,
        to: ReservationStatus,
        who: ReservationActor,
        provider: Option<uuid::Uuid>,
        actor: Option<uuid::Uuid>,
    ) -> Result<Reservation> {
        let mut tx = self.begin().await?;
        let before = one(&mut tx, id).await?;
        if provider.is_some_and(|p| p != before.provider_id) {
            return Err(StoreError::NotFound);
        }
        reservation_move(who, before.status, to).map_err(StoreError::Conflict)?;
        // Only from the state read: a concurrent answer makes this one a conflict.
        let moved = sqlx::query(
            "UPDATE course_reservations SET status = $2, answered_by = $3, answered_at = $4 \
             WHERE id = $1 AND status = $5",
        )
        .bind(id.to_string())
        .bind(to.as_str())
        .bind(actor.map(|a| a.to_string()))
        .bind(time::now())
        .bind(before.status.as_str())
        .execute(&mut *tx)
        .await?;
        if moved.rows_affected() != 1 {
            return Err(StoreError::Conflict("reservation_state"));
        }
        if before.status.is_open() && !to.is_open() {
            sqlx::query("UPDATE courses SET seats_left = seats_left + 1 WHERE id = $1 AND seats_left IS NOT NULL")
                .bind(before.course_id.to_string())
                .execute(&mut *tx)
                .await?;
            crate::courses::bump_catalogue(&mut tx).await?;
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "reservation.update", "person")
                .on(before.person_id)
                .detail(format!("reservation={id} status={}", to.as_str())),
        )
        .await?;
        let r = one(&mut tx, id).await?;
        tx.commit().await?;
        Ok(r)
    }

    /// One reservation.
    pub async fn reservation(&self, id: uuid::Uuid) -> Result<Reservation> {
        let r = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT} WHERE r.id = $1")))
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        row(&r)
    }

    /// A person's reservations, newest first (the person's page and export).
    pub async fn person_reservations(&self, person: uuid::Uuid) -> Result<Vec<Reservation>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "{SELECT} WHERE r.person_id = $1 ORDER BY r.requested_at DESC, r.id DESC"
        )))
        .bind(person.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(row)
        .collect()
    }

    /// The reservations on a provider's courses (`None`: every provider's, for the
    /// coordinator), open ones first, then newest. Each with the person's name, date of
    /// birth and contact only.
    pub async fn provider_reservations(&self, provider: Option<uuid::Uuid>) -> Result<Vec<ProviderReservation>> {
        let sql = "SELECT r.id, r.course_id, c.title, c.starts_on, c.provider_id, p.name AS provider_name, \
             r.person_id, r.status, r.requested_by, r.requested_at, r.answered_by, r.answered_at, \
             q.full_name, q.latin_name, q.birth_year, q.birth_month, q.birth_day, q.phone, q.email \
             FROM course_reservations r JOIN courses c ON c.id = r.course_id JOIN providers p ON p.id = c.provider_id \
             JOIN people q ON q.id = r.person_id \
             WHERE ($1 = '' OR c.provider_id = $1) \
             ORDER BY CASE WHEN r.status IN ('requested','confirmed') THEN 0 ELSE 1 END, r.requested_at DESC, r.id DESC \
             LIMIT 1000";
        sqlx::query(sql)
            .bind(provider.map(|p| p.to_string()).unwrap_or_default())
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| {
                Ok(ProviderReservation {
                    reservation: row(r)?,
                    full_name: r.try_get("full_name")?,
                    latin_name: r.try_get("latin_name")?,
                    birth_year: r.try_get("birth_year")?,
                    birth_month: r.try_get("birth_month")?,
                    birth_day: r.try_get("birth_day")?,
                    phone: r.try_get("phone")?,
                    email: r.try_get("email")?,
                })
            })
            .collect()
    }
}

/// Erasure of a person: the open reservations give their seats back, then every
/// reservation of the person goes.
pub(crate) async fn erase_person(tx: &mut Tx, person: uuid::Uuid) -> Result<()> {
    release_open(tx, &person.to_string()).await?;
    sqlx::query("DELETE FROM course_reservations WHERE person_id = $1")
        .bind(person.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn release_open(tx: &mut Tx, person: &str) -> Result<()> {
    let released = sqlx::query(
        "UPDATE courses SET seats_left = seats_left + (SELECT COUNT(*) FROM course_reservations r \
         WHERE r.course_id = courses.id AND r.person_id = $1 AND r.status IN ('requested','confirmed')) \
         WHERE seats_left IS NOT NULL AND id IN (SELECT course_id FROM course_reservations \
         WHERE person_id = $1 AND status IN ('requested','confirmed'))",
    )
    .bind(person.to_owned())
    .execute(&mut **tx)
    .await?;
    if released.rows_affected() > 0 {
        crate::courses::bump_catalogue(tx).await?;
    }
    Ok(())
}

/// A merge: the reservations follow the kept record; an open reservation of the removed
/// record on a course the kept one already holds is cancelled and gives its seat back.
pub(crate) async fn merge_people(tx: &mut Tx, keep: &str, remove: &str) -> Result<()> {
    let now = time::now();
    let dups: Vec<(String, String)> = sqlx::query(
        "SELECT id, course_id FROM course_reservations WHERE person_id = $2 AND status IN ('requested','confirmed') \
         AND course_id IN (SELECT course_id FROM course_reservations WHERE person_id = $1 \
         AND status IN ('requested','confirmed'))",
    )
    .bind(keep.to_owned())
    .bind(remove.to_owned())
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| Ok((r.try_get("id")?, r.try_get("course_id")?)))
    .collect::<Result<_>>()?;
    for (id, course) in dups {
        sqlx::query("UPDATE course_reservations SET status = 'cancelled', answered_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now.clone())
            .execute(&mut **tx)
            .await?;
        sqlx::query("UPDATE courses SET seats_left = seats_left + 1 WHERE id = $1 AND seats_left IS NOT NULL")
            .bind(course)
            .execute(&mut **tx)
            .await?;
        crate::courses::bump_catalogue(tx).await?;
    }
    sqlx::query("UPDATE course_reservations SET person_id = $1 WHERE person_id = $2")
        .bind(keep.to_owned())
        .bind(remove.to_owned())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
