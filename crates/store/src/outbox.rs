//! The outbox of messages to newcomers (e-mail, and SMS through an HTTP gateway): queued in the transaction that causes a message, delivered by a
//! worker that claims due messages (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so several
//! instances never send one twice), retried with back-off, never lost.

use crate::{Backend, Result, Store, new_id, parse_uuid, time};
use sqlx::Row;

/// A message to queue.
pub struct NewMail<'a> {
    pub kind: &'a str,
    /// `email` or `sms` (then `to` is a phone number and only `body` is sent).
    pub channel: &'a str,
    pub appointment_id: Option<uuid::Uuid>,
    pub person_id: Option<uuid::Uuid>,
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub ics: Option<&'a str>,
    pub language: &'a str,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Mail {
    pub id: uuid::Uuid,
    pub kind: String,
    pub channel: String,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    pub ics: Option<String>,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
}

/// After this many failed attempts a message is marked failed (the queue page shows it).
pub const MAX_ATTEMPTS: i64 = 8;

fn mail_from_row(r: &sqlx::any::AnyRow) -> Result<Mail> {
    Ok(Mail {
        id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        kind: r.try_get("kind")?,
        channel: r.try_get("channel")?,
        to_address: r.try_get("to_address")?,
        subject: r.try_get("subject")?,
        body: r.try_get("body")?,
        ics: r.try_get("ics")?,
        status: r.try_get("status")?,
        attempts: r.try_get("attempts")?,
        last_error: r.try_get("last_error")?,
        created_at: r.try_get("created_at")?,
        sent_at: r.try_get("sent_at")?,
    })
}

const COLS: &str =
    "id, kind, channel, to_address, subject, body, ics, status, attempts, last_error, created_at, sent_at";

/// Writes one message (ignored when the appointment already has one of this kind).
pub(crate) async fn insert_mail<'c, E>(
    ex: E,
    m: &NewMail<'_>,
    appointment: Option<uuid::Uuid>,
    person: Option<uuid::Uuid>,
) -> Result<u64>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    let now = time::now();
    let r = sqlx::query(
        "INSERT INTO outbox (id, kind, channel, appointment_id, person_id, to_address, subject, body, ics, language, \
         status, attempts, next_attempt_at, created_at) \
         VALUES ($1, $2, $11, $3, $4, $5, $6, $7, $8, $9, 'pending', 0, $10, $10) \
         ON CONFLICT (appointment_id, kind) DO NOTHING",
    )
    .bind(new_id().to_string())
    .bind(m.kind.to_owned())
    .bind(appointment.map(|a| a.to_string()))
    .bind(person.map(|a| a.to_string()))
    .bind(m.to.to_owned())
    .bind(m.subject.to_owned())
    .bind(m.body.to_owned())
    .bind(m.ics.map(str::to_owned))
    .bind(m.language.to_owned())
    .bind(now)
    .bind(m.channel.to_owned())
    .execute(ex)
    .await?;
    Ok(r.rows_affected())
}

impl Store {
    /// Queues a message; a second message of the same kind for the same appointment is
    /// ignored (returns false).
    pub async fn enqueue_mail(&self, m: &NewMail<'_>) -> Result<bool> {
        Ok(insert_mail(self.writer(), m, m.appointment_id, m.person_id).await? == 1)
    }

    /// Claims up to `limit` due e-mails for sending: their next attempt moves five
    /// minutes ahead (a lease), so another worker does not take them meanwhile.
    pub async fn claim_mail(&self, now: jiff::Timestamp, limit: i64) -> Result<Vec<Mail>> {
        self.claim_messages(now, "email", limit).await
    }

    /// Like `claim_mail`, for the messages of one channel (`email` or `sms`): each
    /// channel has its own sender, and one that is not configured leaves its messages
    /// waiting.
    pub async fn claim_messages(&self, now: jiff::Timestamp, channel: &str, limit: i64) -> Result<Vec<Mail>> {
        let lease = time::to_db(now + jiff::SignedDuration::from_mins(5));
        let now = time::to_db(now);
        let sql = match self.backend() {
            Backend::Postgres => format!(
                "UPDATE outbox SET next_attempt_at = $1, attempts = attempts + 1 WHERE id IN \
                 (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $2 AND channel = $4 \
                  ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING {COLS}"
            ),
            // SQLite has one writer at a time: the statement is the claim.
            Backend::Sqlite => format!(
                "UPDATE outbox SET next_attempt_at = $1, attempts = attempts + 1 WHERE id IN \
                 (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $2 AND channel = $4 \
                  ORDER BY next_attempt_at LIMIT $3) RETURNING {COLS}"
            ),
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(lease)
            .bind(now)
            .bind(limit)
            .bind(channel.to_owned())
            .fetch_all(self.writer())
            .await?;
        rows.iter().map(mail_from_row).collect()
    }

    pub async fn mark_mail_sent(&self, id: uuid::Uuid) -> Result<()> {
        sqlx::query("UPDATE outbox SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1")
            .bind(id.to_string())
            .bind(time::now())
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// Records a failed attempt: retried later (exponential back-off), or failed for good
    /// after `MAX_ATTEMPTS`.
    pub async fn mark_mail_failed(
        &self,
        id: uuid::Uuid,
        attempts: i64,
        error: &str,
        now: jiff::Timestamp,
    ) -> Result<()> {
        let backoff = jiff::SignedDuration::from_secs(30 * (1_i64 << attempts.clamp(0, 10)));
        let status = if attempts >= MAX_ATTEMPTS { "failed" } else { "pending" };
        sqlx::query("UPDATE outbox SET status = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1")
            .bind(id.to_string())
            .bind(status)
            .bind(error.chars().take(500).collect::<String>())
            .bind(time::to_db(now + backoff))
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// The queue, newest first (for the queue page).
    pub async fn list_outbox(&self, limit: i64) -> Result<Vec<Mail>> {
        let sql = format!("SELECT {COLS} FROM outbox ORDER BY created_at DESC, id DESC LIMIT $1");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(limit)
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(mail_from_row)
            .collect()
    }

    /// Booked appointments starting in [from, to) whose person has an e-mail address or
    /// a phone number and the reminders consent, and no reminder yet.
    pub async fn reminders_due(&self, from: &str, to: &str) -> Result<Vec<ReminderDue>> {
        sqlx::query(
            "SELECT a.id, p.id AS person_id, p.email, p.phone, p.document_language FROM appointments a JOIN people p ON p.id = a.person_id \
             WHERE a.status = 'booked' AND a.starts_at >= $1 AND a.starts_at < $2 AND (p.email IS NOT NULL OR p.phone IS NOT NULL) \
             AND EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.purpose = 'reminders' AND c.withdrawn_at IS NULL) \
             AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.appointment_id = a.id AND o.kind = 'reminder')",
        )
        .bind(from.to_owned())
        .bind(to.to_owned())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(ReminderDue {
                appointment: parse_uuid(&r.try_get::<String, _>("id")?)?,
                person: parse_uuid(&r.try_get::<String, _>("person_id")?)?,
                email: r.try_get("email")?,
                phone: r.try_get("phone")?,
                language: r.try_get("document_language")?,
            })
        })
        .collect()
    }

    /// The messages queued for one person (for the person's export).
    pub async fn outbox_of_person(&self, person: uuid::Uuid) -> Result<Vec<Mail>> {
        let sql = format!("SELECT {COLS} FROM outbox WHERE person_id = $1 ORDER BY created_at, id");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(person.to_string())
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(mail_from_row)
            .collect()
    }
}

/// An appointment of tomorrow to remind its person of.
#[derive(Debug, Clone)]
pub struct ReminderDue {
    pub appointment: uuid::Uuid,
    pub person: uuid::Uuid,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub language: String,
}
