//! The desk and hotline (R4, R15): the contact log, the walk-in queue and interpreting
//! requests. Ticket numbers are unique per day by a unique index and handed out by one
//! atomic UPSERT … RETURNING on the day's counter; a ticket is called by one agent only
//! (conditional UPDATE on `called_at IS NULL`).

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::desk::{Contact, Interpreting};

/// A contact as the dashboard, the CSV export and the person's export read it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ContactRow {
    pub id: uuid::Uuid,
    pub created_at: String,
    pub channel: String,
    pub language: String,
    pub interpreter: String,
    pub topics: Vec<String>,
    pub appointment_booked: bool,
    pub duration_seconds: i64,
    /// Only for roles that may see named persons; the dashboard never shows it.
    pub person_linked: bool,
    /// Slugs of the articles used.
    pub articles: Vec<String>,
    /// Slugs of the directory entries referred to.
    pub referrals: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TicketRow {
    pub id: uuid::Uuid,
    pub day: String,
    pub number: i64,
    pub language: String,
    pub created_at: String,
    pub called_at: Option<String>,
    pub served_by_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct InterpretingRow {
    pub id: uuid::Uuid,
    pub language: String,
    pub mode: String,
    pub starts_at: String,
    pub minutes: i64,
    pub status: String,
    pub created_by_name: Option<String>,
    pub created_at: String,
}

fn ticket(r: &sqlx::any::AnyRow) -> Result<TicketRow> {
    Ok(TicketRow {
        id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        day: r.try_get("day")?,
        number: r.try_get("number")?,
        language: r.try_get("language")?,
        created_at: r.try_get("created_at")?,
        called_at: r.try_get("called_at")?,
        served_by_name: r.try_get("served_by_name")?,
    })
}

fn fk_to_conflict(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(d) if d.is_foreign_key_violation() => StoreError::Conflict("unknown_reference"),
        _ => StoreError::Db(e),
    }
}

impl Store {
    /// Logs a contact. A linked person must exist and have their `basic` consent alive
    /// (`Conflict("person_without_consent")`); unknown article or directory ids give
    /// `Conflict("unknown_reference")`. The person's last contact is updated.
    pub async fn log_desk_contact(
        &self,
        c: &Contact,
        agent: Option<uuid::Uuid>,
        at: jiff::Timestamp,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let at_s = time::to_db(at);
        let mut tx = self.begin().await?;
        let n = sqlx::query(
            "INSERT INTO desk_contacts (id, channel, language, interpreter, topics, appointment_booked, \
                 duration_seconds, person_id, agent_id, created_at) \
             SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 \
             WHERE $8 IS NULL OR EXISTS (SELECT 1 FROM consents WHERE person_id = $8 AND purpose = 'basic' \
                 AND withdrawn_at IS NULL)",
        )
        .bind(id.to_string())
        .bind(c.channel.as_str())
        .bind(c.language.clone())
        .bind(c.interpreter.as_str())
        .bind(c.topics.join(","))
        .bind(i64::from(c.appointment_booked))
        .bind(c.duration_seconds)
        .bind(c.person_id.map(|p| p.to_string()))
        .bind(agent.map(|a| a.to_string()))
        .bind(at_s.clone())
        .execute(&mut *tx)
        .await
        .map_err(fk_to_conflict)?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict("person_without_consent"));
        }
        for a in &c.article_ids {
            sqlx::query("INSERT INTO desk_contact_articles (contact_id, article_id) VALUES ($1, $2)")
                .bind(id.to_string())
                .bind(a.to_string())
                .execute(&mut *tx)
                .await
                .map_err(fk_to_conflict)?;
        }
        for e in &c.referral_ids {
            sqlx::query("INSERT INTO desk_contact_referrals (contact_id, entry_id) VALUES ($1, $2)")
                .bind(id.to_string())
                .bind(e.to_string())
                .execute(&mut *tx)
                .await
                .map_err(fk_to_conflict)?;
        }
        if let Some(p) = c.person_id {
            sqlx::query("UPDATE people SET last_contact_at = $2 WHERE id = $1 AND last_contact_at < $2")
                .bind(p.to_string())
                .bind(at_s)
                .execute(&mut *tx)
                .await?;
            let ev = AuditEvent::new(agent, "desk.contact", "person").on(p).detail(format!("contact={id}"));
            insert_audit(&mut tx, &ev).await?;
        } else {
            insert_audit(&mut tx, &AuditEvent::new(agent, "desk.contact", "desk_contact").on(id)).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Contacts logged from `from` (inclusive) to `to` (exclusive), oldest first.
    pub async fn list_desk_contacts(&self, from: jiff::Timestamp, to: jiff::Timestamp) -> Result<Vec<ContactRow>> {
        self.contacts_where("c.created_at >= $1 AND c.created_at < $2", &[time::to_db(from), time::to_db(to)]).await
    }

    /// The contacts linked to a person (their export).
    pub async fn person_desk_contacts(&self, person: uuid::Uuid) -> Result<Vec<ContactRow>> {
        self.contacts_where("c.person_id = $1", &[person.to_string()]).await
    }

    async fn contacts_where(&self, cond: &str, binds: &[String]) -> Result<Vec<ContactRow>> {
        let sql = format!(
            "SELECT c.id, c.created_at, c.channel, c.language, c.interpreter, c.topics, c.appointment_booked, \
                    c.duration_seconds, c.person_id FROM desk_contacts c WHERE {cond} ORDER BY c.created_at, c.id"
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in binds {
            q = q.bind(b.clone());
        }
        let rows = q.fetch_all(&self.read).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(ContactRow {
                id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                created_at: r.try_get("created_at")?,
                channel: r.try_get("channel")?,
                language: r.try_get("language")?,
                interpreter: r.try_get("interpreter")?,
                topics: r
                    .try_get::<String, _>("topics")?
                    .split(',')
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
                    .collect(),
                appointment_booked: r.try_get::<i64, _>("appointment_booked")? != 0,
                duration_seconds: r.try_get("duration_seconds")?,
                person_linked: r.try_get::<Option<String>, _>("person_id")?.is_some(),
                articles: vec![],
                referrals: vec![],
            });
        }
        if out.is_empty() {
            return Ok(out);
        }
        // Articles and referrals of these contacts, joined in memory (the lists are short).
        let first = out[0].created_at.clone();
        let index: std::collections::HashMap<uuid::Uuid, usize> =
            out.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        for (sql, which) in [
            (
                "SELECT x.contact_id, a.slug FROM desk_contact_articles x JOIN articles a ON a.id = x.article_id \
                 JOIN desk_contacts c ON c.id = x.contact_id WHERE c.created_at >= $1 ORDER BY a.slug",
                0,
            ),
            (
                "SELECT x.contact_id, d.slug FROM desk_contact_referrals x \
                 JOIN directory_entries d ON d.id = x.entry_id \
                 JOIN desk_contacts c ON c.id = x.contact_id WHERE c.created_at >= $1 ORDER BY d.slug",
                1,
            ),
        ] {
            for r in sqlx::query(sql).bind(first.clone()).fetch_all(&self.read).await? {
                let cid = parse_uuid(&r.try_get::<String, _>("contact_id")?)?;
                if let Some(&i) = index.get(&cid) {
                    let slug: String = r.try_get("slug")?;
                    if which == 0 { out[i].articles.push(slug) } else { out[i].referrals.push(slug) }
                }
            }
        }
        Ok(out)
    }

    /// Recent service times (seconds) of walk-in and phone contacts per language since a
    /// moment: the wait estimate's input.
    pub async fn recent_service_seconds(&self, since: jiff::Timestamp) -> Result<Vec<(String, i64)>> {
        sqlx::query(
            "SELECT language, duration_seconds FROM desk_contacts WHERE created_at >= $1 AND channel = 'walk_in' \
             ORDER BY created_at DESC LIMIT 5000",
        )
        .bind(time::to_db(since))
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("language")?, r.try_get::<i64, _>("duration_seconds")?)))
        .collect()
    }

    /// Takes a queue ticket for a language: the next number of the day, from the day's
    /// counter (atomic on both backends); the unique index on (day, number) is the
    /// database's guarantee.
    pub async fn take_ticket(&self, day: &str, language: &str, at: jiff::Timestamp) -> Result<TicketRow> {
        let mut tx = self.begin().await?;
        let number: i64 = sqlx::query(
            "INSERT INTO queue_days (day, last_number) VALUES ($1, 1) \
             ON CONFLICT (day) DO UPDATE SET last_number = queue_days.last_number + 1 RETURNING last_number",
        )
        .bind(day.to_owned())
        .fetch_one(&mut *tx)
        .await?
        .try_get("last_number")?;
        let id = new_id();
        let created_at = time::to_db(at);
        sqlx::query("INSERT INTO queue_tickets (id, day, number, language, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id.to_string())
            .bind(day.to_owned())
            .bind(number)
            .bind(language.to_owned())
            .bind(created_at.clone())
            .execute(&mut *tx)
            .await
            .map_err(|e| crate::conflict_on_unique(e, "ticket_number_taken"))?;
        tx.commit().await?;
        Ok(TicketRow {
            id,
            day: day.to_owned(),
            number,
            language: language.to_owned(),
            created_at,
            called_at: None,
            served_by_name: None,
        })
    }

    /// Calls the longest-waiting ticket of the day in one of these languages; `None`
    /// when nobody waits for them. Two agents calling at once never get the same ticket
    /// (the UPDATE only takes a ticket still uncalled; the loser tries the next one).
    pub async fn call_next_ticket(
        &self,
        day: &str,
        languages: &[String],
        agent: uuid::Uuid,
        at: jiff::Timestamp,
    ) -> Result<Option<TicketRow>> {
        if languages.is_empty() {
            return Ok(None);
        }
        let marks: Vec<String> = (0..languages.len()).map(|i| format!("${}", i + 2)).collect();
        let pick = format!(
            "SELECT id FROM queue_tickets WHERE day = $1 AND called_at IS NULL AND language IN ({}) \
             ORDER BY number LIMIT 1",
            marks.join(",")
        );
        for _ in 0..20 {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(pick.clone())).bind(day.to_owned());
            for l in languages {
                q = q.bind(l.clone());
            }
            let Some(row) = q.fetch_optional(self.writer()).await? else {
                return Ok(None);
            };
            let id: String = row.try_get("id")?;
            let mut tx = self.begin().await?;
            let n = sqlx::query(
                "UPDATE queue_tickets SET called_at = $2, served_by = $3 WHERE id = $1 AND called_at IS NULL",
            )
            .bind(id.clone())
            .bind(time::to_db(at))
            .bind(agent.to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 1 {
                tx.commit().await?;
                return self.ticket(parse_uuid(&id)?).await.map(Some);
            }
        }
        Err(StoreError::Conflict("queue_busy"))
    }

    pub async fn ticket(&self, id: uuid::Uuid) -> Result<TicketRow> {
        let r = sqlx::query(
            "SELECT t.id, t.day, t.number, t.language, t.created_at, t.called_at, s.name AS served_by_name \
             FROM queue_tickets t LEFT JOIN staff_users s ON s.id = t.served_by WHERE t.id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(self.writer())
        .await?
        .ok_or(StoreError::NotFound)?;
        ticket(&r)
    }

    /// The day's tickets in number order (waiting and called).
    pub async fn day_tickets(&self, day: &str) -> Result<Vec<TicketRow>> {
        sqlx::query(
            "SELECT t.id, t.day, t.number, t.language, t.created_at, t.called_at, s.name AS served_by_name \
             FROM queue_tickets t LEFT JOIN staff_users s ON s.id = t.served_by WHERE t.day = $1 ORDER BY t.number",
        )
        .bind(day.to_owned())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(ticket)
        .collect()
    }

    /// Called tickets of a period (waiting times for the dashboard).
    pub async fn called_tickets_between(&self, from_day: &str, to_day: &str) -> Result<Vec<TicketRow>> {
        sqlx::query(
            "SELECT t.id, t.day, t.number, t.language, t.created_at, t.called_at, NULL AS served_by_name \
             FROM queue_tickets t WHERE t.day >= $1 AND t.day <= $2 AND t.called_at IS NOT NULL ORDER BY t.day, t.number",
        )
        .bind(from_day.to_owned())
        .bind(to_day.to_owned())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(ticket)
        .collect()
    }

    pub async fn create_interpreting_request(
        &self,
        r: &Interpreting,
        starts_at: jiff::Timestamp,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let now = time::now();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO interpreting_requests (id, language, mode, starts_at, minutes, status, created_by, \
                 created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $7)",
        )
        .bind(id.to_string())
        .bind(r.language.clone())
        .bind(r.mode)
        .bind(time::to_db(starts_at))
        .bind(r.minutes)
        .bind(actor.map(|a| a.to_string()))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "interpreting.create", "interpreting_request").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Requests from a moment on, open ones first, then by time.
    pub async fn list_interpreting_requests(&self, from: jiff::Timestamp) -> Result<Vec<InterpretingRow>> {
        sqlx::query(
            "SELECT r.id, r.language, r.mode, r.starts_at, r.minutes, r.status, s.name AS created_by_name, r.created_at \
             FROM interpreting_requests r LEFT JOIN staff_users s ON s.id = r.created_by \
             WHERE r.starts_at >= $1 OR r.status = 'open' \
             ORDER BY CASE WHEN r.status = 'open' THEN 0 ELSE 1 END, r.starts_at LIMIT 500",
        )
        .bind(time::to_db(from))
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(InterpretingRow {
                id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                language: r.try_get("language")?,
                mode: r.try_get("mode")?,
                starts_at: r.try_get("starts_at")?,
                minutes: r.try_get("minutes")?,
                status: r.try_get("status")?,
                created_by_name: r.try_get("created_by_name")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
    }

    /// Moves a request from `from` to `to` (checked by `domain::desk::interpreting_transition`),
    /// only if it is still in `from` (`Conflict("changed_meanwhile")`).
    pub async fn set_interpreting_status(
        &self,
        id: uuid::Uuid,
        from: &str,
        to: &str,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let n =
            sqlx::query("UPDATE interpreting_requests SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2")
                .bind(id.to_string())
                .bind(from.to_owned())
                .bind(to.to_owned())
                .bind(time::now())
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict("changed_meanwhile"));
        }
        let ev =
            AuditEvent::new(actor, "interpreting.status", "interpreting_request").on(id).detail(format!("status={to}"));
        insert_audit(&mut tx, &ev).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn interpreting_request_status(&self, id: uuid::Uuid) -> Result<String> {
        Ok(sqlx::query("SELECT status FROM interpreting_requests WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?
            .try_get("status")?)
    }
}
