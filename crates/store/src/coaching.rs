//! Individual coaching: places, counsellors (languages, kinds, hours, absences) and
//! appointments. No double booking of a counsellor or a person: each appointment writes
//! one row per 15-minute unit under a unique key for each of them, in the same
//! transaction as the appointment; an overlapping booking fails on the key.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;

#[derive(Debug, Clone, serde::Serialize)]
pub struct Place {
    pub id: uuid::Uuid,
    pub name: String,
    pub address: String,
    pub transit: Option<String>,
    pub issues_permits: bool,
}

/// A counsellor as stored; the web layer turns it into `domain::coaching::Counsellor`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CounsellorRow {
    pub id: uuid::Uuid,
    pub name: String,
    /// (language, "native" | "fluent")
    pub languages: Vec<(String, String)>,
    pub kinds: Vec<String>,
    /// (weekday 1 = Monday, from "HH:MM", to "HH:MM", place)
    pub hours: Vec<(i64, String, String, uuid::Uuid)>,
    /// (from, to) dates, inclusive
    pub absences: Vec<(String, String)>,
}

/// A new appointment with the units it occupies (from `domain::coaching::units`).
#[derive(Clone, Copy)]
pub struct NewAppointment<'a> {
    pub reference: &'a str,
    pub person: uuid::Uuid,
    pub counsellor: uuid::Uuid,
    pub place: uuid::Uuid,
    pub kind: &'a str,
    /// UTC, as `store::time::to_db` writes it.
    pub starts_at: &'a str,
    pub ends_at: &'a str,
    pub language: Option<&'a str>,
    pub interpreter_needed: bool,
    /// Children needing care during the appointment, and their ages ("3, 5").
    pub children_count: i64,
    pub children_ages: Option<&'a str>,
    /// The matter of an individual module (an active item of the `matter` list); None
    /// for the other kinds.
    pub matter: Option<uuid::Uuid>,
    pub via: &'a str,
    pub cancel_token_hash: Option<&'a str>,
    pub units: &'a [String],
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct AppointmentRow {
    pub id: uuid::Uuid,
    pub reference: String,
    pub person_id: Option<uuid::Uuid>,
    pub counsellor_id: uuid::Uuid,
    pub counsellor_name: String,
    pub place_id: uuid::Uuid,
    pub place_name: String,
    pub kind: String,
    pub starts_at: String,
    pub ends_at: String,
    pub status: String,
    pub language: Option<String>,
    pub interpreter_needed: bool,
    pub children_count: i64,
    pub children_ages: Option<String>,
    /// The matter of an individual module.
    pub matter_id: Option<uuid::Uuid>,
}

impl Store {
    pub async fn insert_place(
        &self,
        name: &str,
        address: &str,
        transit: Option<&str>,
        issues_permits: bool,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO places (id, name, address, transit, issues_permits, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(id.to_string())
            .bind(name.to_owned())
            .bind(address.to_owned())
            .bind(transit.map(str::to_owned))
            .bind(i64::from(issues_permits))
            .bind(time::now())
            .execute(&mut *tx)
            .await
            .map_err(|e| conflict_on_unique(e, "place_name"))?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "place.create", "place").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes a place's name, address, transit advice and whether first permits are
    /// issued there. `NotFound` when there is no such place; `place_name` when another
    /// place has the name.
    pub async fn update_place(
        &self,
        id: uuid::Uuid,
        name: &str,
        address: &str,
        transit: Option<&str>,
        issues_permits: bool,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let r =
            sqlx::query("UPDATE places SET name = $2, address = $3, transit = $4, issues_permits = $5 WHERE id = $1")
                .bind(id.to_string())
                .bind(name.to_owned())
                .bind(address.to_owned())
                .bind(transit.map(str::to_owned))
                .bind(i64::from(issues_permits))
                .execute(&mut *tx)
                .await
                .map_err(|e| conflict_on_unique(e, "place_name"))?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "place.update", "place").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn list_places(&self) -> Result<Vec<Place>> {
        sqlx::query("SELECT id, name, address, transit, issues_permits FROM places ORDER BY name")
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| {
                Ok(Place {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    name: r.try_get("name")?,
                    address: r.try_get("address")?,
                    transit: r.try_get("transit")?,
                    issues_permits: r.try_get::<i64, _>("issues_permits")? != 0,
                })
            })
            .collect()
    }

    /// Makes a staff account a counsellor (or updates one): its languages and kinds are
    /// replaced by the given ones.
    pub async fn upsert_counsellor(
        &self,
        staff: uuid::Uuid,
        languages: &[(&str, &str)],
        kinds: &[&str],
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let s = staff.to_string();
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO counsellors (staff_id, created_at) VALUES ($1, $2) ON CONFLICT (staff_id) DO NOTHING")
            .bind(s.clone())
            .bind(time::now())
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM counsellor_languages WHERE staff_id = $1").bind(s.clone()).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM counsellor_kinds WHERE staff_id = $1").bind(s.clone()).execute(&mut *tx).await?;
        for (l, level) in languages {
            sqlx::query("INSERT INTO counsellor_languages (staff_id, language, level) VALUES ($1, $2, $3)")
                .bind(s.clone())
                .bind((*l).to_owned())
                .bind((*level).to_owned())
                .execute(&mut *tx)
                .await?;
        }
        for k in kinds {
            sqlx::query("INSERT INTO counsellor_kinds (staff_id, kind) VALUES ($1, $2)")
                .bind(s.clone())
                .bind((*k).to_owned())
                .execute(&mut *tx)
                .await?;
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "counsellor.update", "staff").on(staff)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn add_counsellor_hours(
        &self,
        staff: uuid::Uuid,
        weekday: i64,
        from: &str,
        to: &str,
        place: uuid::Uuid,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO counsellor_hours (id, staff_id, weekday, from_time, to_time, place_id) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(id.to_string())
            .bind(staff.to_string())
            .bind(weekday)
            .bind(from.to_owned())
            .bind(to.to_owned())
            .bind(place.to_string())
            .execute(&mut *tx)
            .await
            .map_err(|e| conflict_on_foreign_key(e, "unknown_place"))?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "counsellor.hours", "staff").on(staff)).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn add_counsellor_absence(
        &self,
        staff: uuid::Uuid,
        from: &str,
        to: &str,
        reason: &str,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO counsellor_absences (id, staff_id, from_date, to_date, reason) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.to_string())
        .bind(staff.to_string())
        .bind(from.to_owned())
        .bind(to.to_owned())
        .bind(reason.to_owned())
        .execute(&mut *tx)
        .await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "counsellor.absence", "staff").on(staff)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Every active counsellor with languages, kinds, hours and absences ending on or
    /// after `from_date`.
    pub async fn load_counsellors(&self, from_date: &str) -> Result<Vec<CounsellorRow>> {
        let mut out: Vec<CounsellorRow> = sqlx::query(
            "SELECT c.staff_id, u.name FROM counsellors c JOIN staff_users u ON u.id = c.staff_id \
             WHERE u.disabled_at IS NULL ORDER BY c.staff_id",
        )
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(CounsellorRow {
                id: parse_uuid(&r.try_get::<String, _>("staff_id")?)?,
                name: r.try_get("name")?,
                languages: vec![],
                kinds: vec![],
                hours: vec![],
                absences: vec![],
            })
        })
        .collect::<Result<_>>()?;
        let find = |out: &mut Vec<CounsellorRow>, id: &str| -> Result<Option<usize>> {
            let id = parse_uuid(id)?;
            Ok(out.iter().position(|c| c.id == id))
        };
        for r in sqlx::query("SELECT staff_id, language, level FROM counsellor_languages ORDER BY staff_id, language")
            .fetch_all(&self.read)
            .await?
        {
            if let Some(i) = find(&mut out, &r.try_get::<String, _>("staff_id")?)? {
                out[i].languages.push((r.try_get("language")?, r.try_get("level")?));
            }
        }
        for r in sqlx::query("SELECT staff_id, kind FROM counsellor_kinds ORDER BY staff_id, kind")
            .fetch_all(&self.read)
            .await?
        {
            if let Some(i) = find(&mut out, &r.try_get::<String, _>("staff_id")?)? {
                out[i].kinds.push(r.try_get("kind")?);
            }
        }
        for r in sqlx::query("SELECT staff_id, weekday, from_time, to_time, place_id FROM counsellor_hours ORDER BY staff_id, weekday, from_time")
            .fetch_all(&self.read)
            .await?
        {
            if let Some(i) = find(&mut out, &r.try_get::<String, _>("staff_id")?)? {
                out[i].hours.push((
                    r.try_get("weekday")?,
                    r.try_get("from_time")?,
                    r.try_get("to_time")?,
                    parse_uuid(&r.try_get::<String, _>("place_id")?)?,
                ));
            }
        }
        for r in sqlx::query("SELECT staff_id, from_date, to_date FROM counsellor_absences WHERE to_date >= $1 ORDER BY staff_id, from_date")
            .bind(from_date.to_owned())
            .fetch_all(&self.read)
            .await?
        {
            if let Some(i) = find(&mut out, &r.try_get::<String, _>("staff_id")?)? {
                out[i].absences.push((r.try_get("from_date")?, r.try_get("to_date")?));
            }
        }
        Ok(out)
    }

    /// Live appointments overlapping [from, to): (counsellor, start, end).
    pub async fn counsellor_busy(&self, from: &str, to: &str) -> Result<Vec<(uuid::Uuid, String, String)>> {
        sqlx::query(
            "SELECT counsellor_id, starts_at, ends_at FROM appointments \
             WHERE status IN ('booked','held') AND ends_at > $1 AND starts_at < $2 AND starts_at >= $3 \
             ORDER BY counsellor_id, starts_at",
        )
        .bind(from.to_owned())
        .bind(to.to_owned())
        .bind(earliest_overlapping_start(from))
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok((parse_uuid(&r.try_get::<String, _>("counsellor_id")?)?, r.try_get("starts_at")?, r.try_get("ends_at")?))
        })
        .collect()
    }

    /// The person's live appointments overlapping [from, to).
    pub async fn person_busy(&self, person: uuid::Uuid, from: &str, to: &str) -> Result<Vec<(String, String)>> {
        sqlx::query(
            "SELECT starts_at, ends_at FROM appointments WHERE person_id = $1 \
             AND status IN ('booked','held') AND ends_at > $2 AND starts_at < $3 ORDER BY starts_at",
        )
        .bind(person.to_string())
        .bind(from.to_owned())
        .bind(to.to_owned())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("starts_at")?, r.try_get("ends_at")?)))
        .collect()
    }

    /// The configured duration of each kind, in minutes.
    pub async fn appointment_minutes(&self) -> Result<Vec<(String, i64)>> {
        sqlx::query("SELECT kind, minutes FROM appointment_kinds ORDER BY kind")
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("kind")?, r.try_get("minutes")?)))
            .collect()
    }

    /// Books an appointment. Refused with `slot_taken` when the counsellor is taken for
    /// any of its units, with `person_busy` when the person is, with `reference_taken`
    /// on the (unlikely) clash of a random reference — by the database's unique keys.
    pub async fn book_appointment(&self, a: &NewAppointment<'_>, actor: Option<uuid::Uuid>) -> Result<uuid::Uuid> {
        self.book_appointment_with_mail(a, None, actor).await
    }

    /// Books, and queues the confirmation e-mail in the same transaction (so a booking
    /// is never without its confirmation, nor a confirmation without its booking).
    pub async fn book_appointment_with_mail(
        &self,
        a: &NewAppointment<'_>,
        mail: Option<&crate::outbox::NewMail<'_>>,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        insert_appointment(&mut tx, id, a, actor).await?;
        if let Some(m) = mail {
            crate::outbox::insert_mail(&mut *tx, m, Some(id), Some(a.person)).await?;
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "appointment.book", "appointment")
                .on(id)
                .detail(format!("person={} kind={}", a.person, a.kind)),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Moves a booked appointment of `new.person` to another time (and possibly another
    /// counsellor or place) in ONE transaction: the old appointment is cancelled and its
    /// time freed, and the new one written with its units. If the new time is taken
    /// (`slot_taken`, `person_busy`) nothing changes and the old appointment stays
    /// booked; `NotFound` when `old` is not a booked appointment of that person (e.g.
    /// already moved or cancelled by a concurrent request). The private link's token
    /// hash moves to the new appointment, so the same link keeps working.
    pub async fn move_appointment(
        &self,
        old: uuid::Uuid,
        new: &NewAppointment<'_>,
        mail: Option<&crate::outbox::NewMail<'_>>,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        // The person's private link keeps working when staff move the appointment.
        let old_hash: Option<String> = match new.cancel_token_hash {
            Some(_) => None,
            None => sqlx::query("SELECT cancel_token_hash FROM appointments WHERE id = $1")
                .bind(old.to_string())
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.try_get::<Option<String>, _>("cancel_token_hash"))
                .transpose()?
                .flatten(),
        };
        let r = sqlx::query(
            "UPDATE appointments SET status = 'cancelled', cancel_token_hash = NULL, updated_at = $3 \
             WHERE id = $1 AND person_id = $2 AND status = 'booked'",
        )
        .bind(old.to_string())
        .bind(new.person.to_string())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        release_units(&mut tx, old).await?;
        let new = NewAppointment { cancel_token_hash: new.cancel_token_hash.or(old_hash.as_deref()), ..*new };
        insert_appointment(&mut tx, id, &new, actor).await?;
        // The children to care for, and the matter of an individual module, come along.
        sqlx::query(
            "UPDATE appointments SET children_count = (SELECT o.children_count FROM appointments o WHERE o.id = $2), \
             children_ages = (SELECT o.children_ages FROM appointments o WHERE o.id = $2), \
             matter_id = COALESCE(matter_id, (SELECT o.matter_id FROM appointments o WHERE o.id = $2)) WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(old.to_string())
        .execute(&mut *tx)
        .await?;
        if let Some(m) = mail {
            crate::outbox::insert_mail(&mut *tx, m, Some(id), Some(new.person)).await?;
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "appointment.move", "appointment").on(id).detail(format!("from={old}")),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Cancels a booked appointment and frees its units. `NotFound` when there is no
    /// booked appointment with this id.
    pub async fn cancel_appointment(&self, id: uuid::Uuid, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE appointments SET status = 'cancelled', updated_at = $2 WHERE id = $1 AND status = 'booked'",
        )
        .bind(id.to_string())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        release_units(&mut tx, id).await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "appointment.cancel", "appointment").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The appointment whose cancel link carries this token's hash.
    pub async fn find_appointment_by_token(&self, token_hash: &str) -> Result<AppointmentRow> {
        let id: String = sqlx::query("SELECT id FROM appointments WHERE cancel_token_hash = $1")
            .bind(token_hash.to_owned())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?
            .try_get("id")?;
        self.find_appointment(parse_uuid(&id)?).await
    }

    pub async fn find_appointment(&self, id: uuid::Uuid) -> Result<AppointmentRow> {
        self.appointments_where("a.id = $1", &id.to_string()).await?.into_iter().next().ok_or(StoreError::NotFound)
    }

    pub async fn appointments_of_person(&self, person: uuid::Uuid) -> Result<Vec<AppointmentRow>> {
        self.appointments_where("a.person_id = $1", &person.to_string()).await
    }

    async fn appointments_where(&self, cond: &'static str, arg: &str) -> Result<Vec<AppointmentRow>> {
        let sql = format!(
            "SELECT a.id, a.reference, a.person_id, a.counsellor_id, u.name AS counsellor_name, a.place_id, p.name AS place_name, \
             a.kind, a.starts_at, a.ends_at, a.status, a.language, a.interpreter_needed, a.children_count, a.children_ages, \
             a.matter_id FROM appointments a JOIN staff_users u ON u.id = a.counsellor_id JOIN places p ON p.id = a.place_id \
             WHERE {cond} ORDER BY a.starts_at"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(arg.to_owned())
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| {
                Ok(AppointmentRow {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    reference: r.try_get("reference")?,
                    person_id: r.try_get::<Option<String>, _>("person_id")?.map(|s| parse_uuid(&s)).transpose()?,
                    counsellor_id: parse_uuid(&r.try_get::<String, _>("counsellor_id")?)?,
                    counsellor_name: r.try_get("counsellor_name")?,
                    place_id: parse_uuid(&r.try_get::<String, _>("place_id")?)?,
                    place_name: r.try_get("place_name")?,
                    kind: r.try_get("kind")?,
                    starts_at: r.try_get("starts_at")?,
                    ends_at: r.try_get("ends_at")?,
                    status: r.try_get("status")?,
                    language: r.try_get("language")?,
                    interpreter_needed: r.try_get::<i64, _>("interpreter_needed")? != 0,
                    children_count: r.try_get("children_count")?,
                    children_ages: r.try_get("children_ages")?,
                    matter_id: r.try_get::<Option<String>, _>("matter_id")?.map(|s| parse_uuid(&s)).transpose()?,
                })
            })
            .collect()
    }
}

/// What the counsellor records after the appointment.
pub struct Outcome<'a> {
    /// held or no_show
    pub status: &'a str,
    /// The topics covered, from the `topic` list (replaces what was chosen before).
    pub topic_ids: &'a [uuid::Uuid],
    /// Other topics, free text (before the list existed: all the topics).
    pub topics: Option<&'a str>,
    pub handed_out: Option<&'a str>,
    pub referrals: Option<&'a str>,
    pub childcare_needed: bool,
    pub notes: Option<&'a str>,
}

/// A person due for the follow-up coaching after two years.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FollowUpDue {
    pub person_id: uuid::Uuid,
    /// When the person was last invited, and how (email, sms or letter).
    pub invited: Option<(String, String)>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub full_name: String,
    pub permit_issued_on: String,
    pub document_language: String,
    pub has_email: bool,
    pub reminders_consent: bool,
}

impl Store {
    /// Records that a booked appointment took place (or that the person did not come).
    /// `NotFound` unless the appointment is booked; only a booked one can get an outcome.
    pub async fn record_outcome(&self, id: uuid::Uuid, o: &Outcome<'_>, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE appointments SET status = $2, topics = $3, handed_out = $4, referrals = $5, childcare_needed = $6, \
             notes = $7, updated_at = $8 WHERE id = $1 AND status IN ('booked','held','no_show')",
        )
        .bind(id.to_string())
        .bind(o.status.to_owned())
        .bind(o.topics.map(str::to_owned))
        .bind(o.handed_out.map(str::to_owned))
        .bind(o.referrals.map(str::to_owned))
        .bind(i64::from(o.childcare_needed))
        .bind(o.notes.map(str::to_owned))
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM appointment_topics WHERE appointment_id = $1")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        for t in o.topic_ids {
            // Only an item of the topic list: anything else leaves nothing written.
            let r = sqlx::query(
                "INSERT INTO appointment_topics (appointment_id, item_id) \
                 SELECT $1, id FROM coaching_items WHERE id = $2 AND list = 'topic'",
            )
            .bind(id.to_string())
            .bind(t.to_string())
            .execute(&mut *tx)
            .await
            .map_err(|e| conflict_on_unique(e, "topic_twice"))?;
            if r.rows_affected() != 1 {
                return Err(StoreError::Conflict("unknown_topic"));
            }
        }
        if o.status == "no_show" {
            // The time is free again for others.
            release_units(&mut tx, id).await?;
        }
        // The person's first held start coaching and follow-up, which the reports read
        // from the person's row (migration 0018), follow the outcome in its transaction.
        sqlx::query(
            "UPDATE people SET \
               first_start_coaching_at = (SELECT MIN(a.starts_at) FROM appointments a \
                 WHERE a.person_id = people.id AND a.kind = 'start' AND a.status = 'held'), \
               first_follow_up_at = (SELECT MIN(a.starts_at) FROM appointments a \
                 WHERE a.person_id = people.id AND a.kind = 'follow_up' AND a.status = 'held') \
             WHERE id = (SELECT person_id FROM appointments WHERE id = $1)",
        )
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "appointment.outcome", "appointment").on(id).detail(format!("status={}", o.status)),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// People whose permit was issued on or before `permit_before` (i.e. two years of
    /// residence reached by the horizon) and who have no follow-up coaching booked or held.
    pub async fn list_follow_ups_due(&self, permit_before: &str, limit: i64) -> Result<Vec<FollowUpDue>> {
        sqlx::query(
            "SELECT p.id, p.full_name, p.permit_issued_on, p.document_language, p.email, p.phone, \
               (SELECT i.invited_at FROM follow_up_invites i WHERE i.person_id = p.id ORDER BY i.due_on DESC LIMIT 1) AS invited_at, \
               (SELECT i.channel FROM follow_up_invites i WHERE i.person_id = p.id ORDER BY i.due_on DESC LIMIT 1) AS invited_channel, \
               EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.purpose = 'reminders' AND c.withdrawn_at IS NULL) AS reminders \
             FROM people p \
             WHERE p.permit_issued_on IS NOT NULL AND p.permit_issued_on <= $1 \
             AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = p.id AND a.kind = 'follow_up' \
                             AND a.status IN ('booked','held')) \
             ORDER BY p.permit_issued_on, p.id LIMIT $2",
        )
        .bind(permit_before.to_owned())
        .bind(limit)
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(FollowUpDue {
                person_id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                invited: match (r.try_get::<Option<String>, _>("invited_at")?, r.try_get::<Option<String>, _>("invited_channel")?) {
                    (Some(a), Some(c)) => Some((a, c)),
                    _ => None,
                },
                email: r.try_get("email")?,
                phone: r.try_get("phone")?,
                full_name: r.try_get("full_name")?,
                permit_issued_on: r.try_get("permit_issued_on")?,
                document_language: r.try_get("document_language")?,
                has_email: r.try_get::<Option<String>, _>("email")?.is_some(),
                reminders_consent: r.try_get::<bool, _>("reminders").or_else(|_| r.try_get::<i64, _>("reminders").map(|v| v != 0))?,
            })
        })
        .collect()
    }
}

impl Store {
    /// Records an invitation to the follow-up coaching that is due on `due_on`, with its
    /// message queued in the same transaction when there is one. At most one invitation
    /// per person and due date, by the primary key: a second (or concurrent) one writes
    /// nothing and queues nothing, and returns false.
    pub async fn record_invitation(
        &self,
        person: uuid::Uuid,
        due_on: &str,
        channel: &str,
        mail: Option<&crate::outbox::NewMail<'_>>,
        actor: Option<uuid::Uuid>,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "INSERT INTO follow_up_invites (person_id, due_on, invited_at, channel, invited_by) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (person_id, due_on) DO NOTHING",
        )
        .bind(person.to_string())
        .bind(due_on.to_owned())
        .bind(time::now())
        .bind(channel.to_owned())
        .bind(actor.map(|a| a.to_string()))
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        if let Some(m) = mail {
            crate::outbox::insert_mail(&mut *tx, m, None, Some(person)).await?;
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "follow_up.invite", "person")
                .on(person)
                .detail(format!("channel={channel} due={due_on}")),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

/// Writes an appointment and one unit row per 15 minutes for its counsellor and its
/// person (the unique keys refuse any overlap: `slot_taken`, `person_busy`).
async fn insert_appointment(
    tx: &mut crate::Tx,
    id: uuid::Uuid,
    a: &NewAppointment<'_>,
    actor: Option<uuid::Uuid>,
) -> Result<()> {
    let ids = id.to_string();
    let now = time::now();
    if let Some(m) = a.matter {
        // Only an active matter, checked in the booking's transaction.
        let ok = sqlx::query("SELECT 1 FROM coaching_items WHERE id = $1 AND list = 'matter' AND active = 1")
            .bind(m.to_string())
            .fetch_optional(&mut **tx)
            .await?;
        if ok.is_none() {
            return Err(StoreError::Conflict("unknown_matter"));
        }
    }
    sqlx::query(
        "INSERT INTO appointments (id, reference, person_id, counsellor_id, place_id, kind, starts_at, ends_at, status, \
         language, interpreter_needed, booked_via, booked_by, cancel_token_hash, children_count, children_ages, \
         created_at, updated_at, matter_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'booked', $9, $10, $11, $12, $13, $15, $16, $14, $14, $17)",
    )
    .bind(ids.clone())
    .bind(a.reference.to_owned())
    .bind(a.person.to_string())
    .bind(a.counsellor.to_string())
    .bind(a.place.to_string())
    .bind(a.kind.to_owned())
    .bind(a.starts_at.to_owned())
    .bind(a.ends_at.to_owned())
    .bind(a.language.map(str::to_owned))
    .bind(i64::from(a.interpreter_needed))
    .bind(a.via.to_owned())
    .bind(actor.map(|x| x.to_string()))
    .bind(a.cancel_token_hash.map(str::to_owned))
    .bind(now.clone())
    .bind(a.children_count)
    .bind(a.children_ages.map(str::to_owned))
    .bind(a.matter.map(|m| m.to_string()))
    .execute(&mut **tx)
    .await
    .map_err(|e| conflict_on_unique(e, "reference_taken"))?;
    // The units of the counsellor, then of the person, each in one statement (the unique
    // keys refuse a taken unit as before; the writer is held per statement, issue 10).
    if !a.units.is_empty() {
        for (table, who, conflict) in [
            ("counsellor_units (counsellor_id", a.counsellor.to_string(), "slot_taken"),
            ("person_units (person_id", a.person.to_string(), "person_busy"),
        ] {
            let sql = format!(
                "INSERT INTO {table}, unit_start, appointment_id) VALUES {}",
                crate::audit::values_rows(a.units.len(), 3)
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for u in a.units {
                q = q.bind(who.clone()).bind(u.clone()).bind(ids.clone());
            }
            q.execute(&mut **tx).await.map_err(|e| conflict_on_unique(e, conflict))?;
        }
    }
    sqlx::query("UPDATE people SET last_contact_at = $2 WHERE id = $1")
        .bind(a.person.to_string())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Frees the time an appointment held, for its counsellor and its person.
async fn release_units(tx: &mut crate::Tx, id: uuid::Uuid) -> Result<()> {
    for table in ["counsellor_units", "person_units"] {
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE appointment_id = $1")))
            .bind(id.to_string())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// One appointment with everything recorded about it (for the person's export).
#[derive(Debug, Clone, serde::Serialize)]
pub struct AppointmentRecord {
    pub reference: String,
    pub kind: String,
    pub starts_at: String,
    pub ends_at: String,
    pub status: String,
    pub place: String,
    pub counsellor: String,
    pub language: Option<String>,
    pub interpreter_needed: bool,
    pub booked_via: String,
    pub topics: Option<String>,
    pub handed_out: Option<String>,
    pub referrals: Option<String>,
    pub childcare_needed: bool,
    pub children_count: i64,
    pub children_ages: Option<String>,
    pub notes: Option<String>,
    pub created_at: String,
    /// The matter of an individual module (its English title).
    pub matter: Option<String>,
    /// The topics covered chosen from the list (their English titles).
    pub topics_covered: Vec<String>,
}

/// An invitation to the follow-up coaching (for the person's export).
#[derive(Debug, Clone, serde::Serialize)]
pub struct InvitationRecord {
    pub due_on: String,
    pub invited_at: String,
    pub channel: String,
}

impl Store {
    /// Everything coaching holds on one person: appointments with what was recorded
    /// (private notes included: Art. 15 covers them) and follow-up invitations.
    pub async fn coaching_of_person(
        &self,
        person: uuid::Uuid,
    ) -> Result<(Vec<AppointmentRecord>, Vec<InvitationRecord>)> {
        let appointments = sqlx::query(
            "SELECT a.reference, a.kind, a.starts_at, a.ends_at, a.status, p.name AS place, u.name AS counsellor, a.language, \
             a.interpreter_needed, a.booked_via, a.topics, a.handed_out, a.referrals, a.childcare_needed, a.notes, a.created_at, \
             a.children_count, a.children_ages, a.id, \
             (SELECT t.title FROM coaching_item_titles t WHERE t.item_id = a.matter_id AND t.language = 'en') AS matter \
             FROM appointments a JOIN places p ON p.id = a.place_id JOIN staff_users u ON u.id = a.counsellor_id \
             WHERE a.person_id = $1 ORDER BY a.starts_at, a.id",
        )
        .bind(person.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(AppointmentRecord {
                reference: r.try_get("reference")?,
                kind: r.try_get("kind")?,
                starts_at: r.try_get("starts_at")?,
                ends_at: r.try_get("ends_at")?,
                status: r.try_get("status")?,
                place: r.try_get("place")?,
                counsellor: r.try_get("counsellor")?,
                language: r.try_get("language")?,
                interpreter_needed: r.try_get::<i64, _>("interpreter_needed")? != 0,
                booked_via: r.try_get("booked_via")?,
                topics: r.try_get("topics")?,
                handed_out: r.try_get("handed_out")?,
                referrals: r.try_get("referrals")?,
                childcare_needed: r.try_get::<i64, _>("childcare_needed")? != 0,
                children_count: r.try_get("children_count")?,
                children_ages: r.try_get("children_ages")?,
                notes: r.try_get("notes")?,
                created_at: r.try_get("created_at")?,
                matter: r.try_get("matter")?,
                topics_covered: vec![],
            })
        })
        .collect::<Result<_>>()?;
        let mut appointments: Vec<AppointmentRecord> = appointments;
        let topics = sqlx::query(
            "SELECT a.reference, t.title FROM appointment_topics x JOIN appointments a ON a.id = x.appointment_id \
             JOIN coaching_items i ON i.id = x.item_id \
             JOIN coaching_item_titles t ON t.item_id = x.item_id AND t.language = 'en' \
             WHERE a.person_id = $1 ORDER BY a.reference, i.sort, i.slug",
        )
        .bind(person.to_string())
        .fetch_all(&self.read)
        .await?;
        for r in topics {
            let reference: String = r.try_get("reference")?;
            if let Some(a) = appointments.iter_mut().find(|a| a.reference == reference) {
                a.topics_covered.push(r.try_get("title")?);
            }
        }
        let invitations = sqlx::query(
            "SELECT due_on, invited_at, channel FROM follow_up_invites WHERE person_id = $1 ORDER BY due_on",
        )
        .bind(person.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(InvitationRecord {
                due_on: r.try_get("due_on")?,
                invited_at: r.try_get("invited_at")?,
                channel: r.try_get("channel")?,
            })
        })
        .collect::<Result<_>>()?;
        Ok((appointments, invitations))
    }
}

/// A kind of coaching as the coordinator sets it up.
#[derive(Debug, Clone, serde::Serialize)]
pub struct KindRow {
    pub kind: String,
    pub minutes: i64,
    /// Where it is offered; empty: at every place.
    pub places: Vec<uuid::Uuid>,
}

impl Store {
    /// The kinds with their durations and the places they are offered at.
    pub async fn appointment_kinds(&self) -> Result<Vec<KindRow>> {
        let mut out: Vec<KindRow> = self
            .appointment_minutes()
            .await?
            .into_iter()
            .map(|(kind, minutes)| KindRow { kind, minutes, places: vec![] })
            .collect();
        for r in sqlx::query("SELECT kind, place_id FROM appointment_kind_places ORDER BY kind, place_id")
            .fetch_all(&self.read)
            .await?
        {
            let kind: String = r.try_get("kind")?;
            let place = parse_uuid(&r.try_get::<String, _>("place_id")?)?;
            if let Some(k) = out.iter_mut().find(|k| k.kind == kind) {
                k.places.push(place);
            }
        }
        Ok(out)
    }

    /// Sets a kind's duration and where it is offered (empty: everywhere), in one
    /// transaction. `NotFound` for an unknown kind; `unknown_place` for a place that
    /// does not exist.
    pub async fn set_appointment_kind(
        &self,
        kind: &str,
        minutes: i64,
        places: &[uuid::Uuid],
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let r = sqlx::query("UPDATE appointment_kinds SET minutes = $2 WHERE kind = $1")
            .bind(kind.to_owned())
            .bind(minutes)
            .execute(&mut *tx)
            .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM appointment_kind_places WHERE kind = $1")
            .bind(kind.to_owned())
            .execute(&mut *tx)
            .await?;
        for p in places {
            sqlx::query(
                "INSERT INTO appointment_kind_places (kind, place_id) VALUES ($1, $2) ON CONFLICT (kind, place_id) DO NOTHING",
            )
            .bind(kind.to_owned())
            .bind(p.to_string())
            .execute(&mut *tx)
            .await
            .map_err(|e| conflict_on_foreign_key(e, "unknown_place"))?;
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "appointment_kind.update", "appointment_kind")
                .detail(format!("kind={kind} minutes={minutes} places={}", places.len())),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Turns a foreign-key violation into `Conflict(what)`, other errors pass through.
fn conflict_on_foreign_key(e: sqlx::Error, what: &'static str) -> StoreError {
    match &e {
        sqlx::Error::Database(d) if d.is_foreign_key_violation() => StoreError::Conflict(what),
        _ => StoreError::Db(e),
    }
}

/// One block of a counsellor's weekly hours, with its id (to remove it).
#[derive(Debug, Clone, serde::Serialize)]
pub struct HoursRow {
    pub id: uuid::Uuid,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i64,
    /// "HH:MM", city time.
    pub from: String,
    pub to: String,
    pub place: uuid::Uuid,
}

/// Days a counsellor is away, with its id (to remove it).
#[derive(Debug, Clone, serde::Serialize)]
pub struct AbsenceRow {
    pub id: uuid::Uuid,
    /// First and last day, inclusive, `YYYY-MM-DD`.
    pub from: String,
    pub to: String,
    /// holiday, sick or other.
    pub reason: String,
}

/// A counsellor as the coordinator keeps it: languages, kinds, hours and absences with
/// their ids.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CounsellorSetup {
    pub id: uuid::Uuid,
    pub name: String,
    /// (language, "native" | "fluent")
    pub languages: Vec<(String, String)>,
    pub kinds: Vec<String>,
    pub hours: Vec<HoursRow>,
    pub absences: Vec<AbsenceRow>,
}

impl Store {
    /// Every counsellor whose account is active, with hours and the absences ending on
    /// or after `absences_from` (`YYYY-MM-DD`), ordered by name.
    pub async fn counsellor_setups(&self, absences_from: &str) -> Result<Vec<CounsellorSetup>> {
        self.setups(None, absences_from).await
    }

    /// One counsellor as the coordinator keeps it; `NotFound` unless the staff account
    /// is a counsellor.
    pub async fn counsellor_setup(&self, staff: uuid::Uuid, absences_from: &str) -> Result<CounsellorSetup> {
        self.setups(Some(staff), absences_from).await?.into_iter().next().ok_or(StoreError::NotFound)
    }

    async fn setups(&self, only: Option<uuid::Uuid>, absences_from: &str) -> Result<Vec<CounsellorSetup>> {
        // `$1` is the one counsellor, or '' for all of them.
        let one = only.map(|u| u.to_string()).unwrap_or_default();
        let mut out: Vec<CounsellorSetup> = sqlx::query(
            "SELECT c.staff_id, u.name FROM counsellors c JOIN staff_users u ON u.id = c.staff_id \
             WHERE ($1 = '' AND u.disabled_at IS NULL) OR c.staff_id = $1 ORDER BY u.name, c.staff_id",
        )
        .bind(one.clone())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(CounsellorSetup {
                id: parse_uuid(&r.try_get::<String, _>("staff_id")?)?,
                name: r.try_get("name")?,
                languages: vec![],
                kinds: vec![],
                hours: vec![],
                absences: vec![],
            })
        })
        .collect::<Result<_>>()?;
        let index = |out: &[CounsellorSetup], id: &str| -> Result<Option<usize>> {
            let id = parse_uuid(id)?;
            Ok(out.iter().position(|c| c.id == id))
        };
        for r in sqlx::query(
            "SELECT staff_id, language, level FROM counsellor_languages WHERE ($1 = '' OR staff_id = $1) \
             ORDER BY staff_id, level DESC, language",
        )
        .bind(one.clone())
        .fetch_all(&self.read)
        .await?
        {
            if let Some(i) = index(&out, &r.try_get::<String, _>("staff_id")?)? {
                out[i].languages.push((r.try_get("language")?, r.try_get("level")?));
            }
        }
        for r in sqlx::query(
            "SELECT staff_id, kind FROM counsellor_kinds WHERE ($1 = '' OR staff_id = $1) ORDER BY staff_id, kind",
        )
        .bind(one.clone())
        .fetch_all(&self.read)
        .await?
        {
            if let Some(i) = index(&out, &r.try_get::<String, _>("staff_id")?)? {
                out[i].kinds.push(r.try_get("kind")?);
            }
        }
        for r in sqlx::query(
            "SELECT id, staff_id, weekday, from_time, to_time, place_id FROM counsellor_hours \
             WHERE ($1 = '' OR staff_id = $1) ORDER BY staff_id, weekday, from_time, id",
        )
        .bind(one.clone())
        .fetch_all(&self.read)
        .await?
        {
            if let Some(i) = index(&out, &r.try_get::<String, _>("staff_id")?)? {
                out[i].hours.push(HoursRow {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    weekday: r.try_get("weekday")?,
                    from: r.try_get("from_time")?,
                    to: r.try_get("to_time")?,
                    place: parse_uuid(&r.try_get::<String, _>("place_id")?)?,
                });
            }
        }
        for r in sqlx::query(
            "SELECT id, staff_id, from_date, to_date, reason FROM counsellor_absences \
             WHERE ($1 = '' OR staff_id = $1) AND to_date >= $2 ORDER BY staff_id, from_date, id",
        )
        .bind(one)
        .bind(absences_from.to_owned())
        .fetch_all(&self.read)
        .await?
        {
            if let Some(i) = index(&out, &r.try_get::<String, _>("staff_id")?)? {
                out[i].absences.push(AbsenceRow {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    from: r.try_get("from_date")?,
                    to: r.try_get("to_date")?,
                    reason: r.try_get("reason")?,
                });
            }
        }
        Ok(out)
    }

    /// Removes one block of a counsellor's weekly hours (appointments already booked
    /// stay). `NotFound` when the block is not this counsellor's.
    pub async fn remove_counsellor_hours(
        &self,
        staff: uuid::Uuid,
        id: uuid::Uuid,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        self.remove_counsellor_row("counsellor_hours", "counsellor.hours_remove", staff, id, actor).await
    }

    /// Removes a recorded absence (the counsellor is back earlier, or it was entered by
    /// mistake). `NotFound` when the absence is not this counsellor's.
    pub async fn remove_counsellor_absence(
        &self,
        staff: uuid::Uuid,
        id: uuid::Uuid,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        self.remove_counsellor_row("counsellor_absences", "counsellor.absence_remove", staff, id, actor).await
    }

    async fn remove_counsellor_row(
        &self,
        table: &'static str,
        action: &'static str,
        staff: uuid::Uuid,
        id: uuid::Uuid,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE id = $1 AND staff_id = $2")))
            .bind(id.to_string())
            .bind(staff.to_string())
            .execute(&mut *tx)
            .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, action, "staff").on(staff).detail(format!("id={id}"))).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A counsellor's booked appointments overlapping [from, to) (UTC), earliest first:
    /// the ones to move when an absence is recorded.
    pub async fn booked_appointments_of_counsellor(
        &self,
        staff: uuid::Uuid,
        from: &str,
        to: &str,
    ) -> Result<Vec<AppointmentRow>> {
        let ids: Vec<String> = sqlx::query(
            "SELECT id FROM appointments WHERE counsellor_id = $1 AND status = 'booked' AND ends_at > $2 AND starts_at < $3 \
             AND starts_at >= $4 ORDER BY starts_at LIMIT 500",
        )
        .bind(staff.to_string())
        .bind(from.to_owned())
        .bind(to.to_owned())
        .bind(earliest_overlapping_start(from))
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<std::result::Result<_, _>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(self.find_appointment(parse_uuid(&id)?).await?);
        }
        Ok(out)
    }
}

/// One booked appointment with children to care for (the childcare planning list).
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChildcareRow {
    pub appointment_id: uuid::Uuid,
    pub reference: String,
    pub place_id: uuid::Uuid,
    pub place_name: String,
    /// UTC, as the store keeps it.
    pub starts_at: String,
    pub ends_at: String,
    pub children_count: i64,
    pub children_ages: Option<String>,
}

impl Store {
    /// Booked appointments starting in [from, to) (UTC) with children to care for, by
    /// place and time: what staff need to arrange childcare. No names: the reference is
    /// enough to ask the counsellor.
    pub async fn childcare_plan(&self, from: &str, to: &str) -> Result<Vec<ChildcareRow>> {
        sqlx::query(
            "SELECT a.id, a.reference, a.place_id, p.name AS place_name, a.starts_at, a.ends_at, a.children_count, \
             a.children_ages FROM appointments a JOIN places p ON p.id = a.place_id \
             WHERE a.status = 'booked' AND a.children_count > 0 AND a.starts_at >= $1 AND a.starts_at < $2 \
             ORDER BY a.starts_at, p.name, a.reference",
        )
        .bind(from.to_owned())
        .bind(to.to_owned())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(ChildcareRow {
                appointment_id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                reference: r.try_get("reference")?,
                place_id: parse_uuid(&r.try_get::<String, _>("place_id")?)?,
                place_name: r.try_get("place_name")?,
                starts_at: r.try_get("starts_at")?,
                ends_at: r.try_get("ends_at")?,
                children_count: r.try_get("children_count")?,
                children_ages: r.try_get("children_ages")?,
            })
        })
        .collect()
    }
}

/// An item of one of the coordinator's lists (matters of individual modules, topics
/// covered), with its title in the language asked for.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CoachingItem {
    pub id: uuid::Uuid,
    /// matter or topic
    pub list: String,
    pub slug: String,
    pub active: bool,
    pub sort: i64,
    /// The title in the language asked for, else in English.
    pub title: String,
    /// The language `title` is in (English when the asked language has none: shown marked).
    pub title_language: String,
    /// Every title written, (language, title), English first.
    pub titles: Vec<(String, String)>,
    /// How many appointments name it (a used item is never deleted, only deactivated).
    pub used: i64,
}

/// A checked item to write: its titles are (language, title) with English among them.
pub struct ItemWrite<'a> {
    pub slug: Option<&'a str>,
    pub titles: &'a [(&'a str, &'a str)],
    pub active: bool,
    pub sort: i64,
}

impl Store {
    /// The items of a list (`matter` or `topic`), active ones and not, in their order,
    /// with their titles in `lang` (English where `lang` has none).
    pub async fn coaching_items(&self, list: &str, lang: &str) -> Result<Vec<CoachingItem>> {
        let mut out: Vec<CoachingItem> = sqlx::query(
            "SELECT i.id, i.list, i.slug, i.active, i.sort, COALESCE(a.title, e.title, i.slug) AS title, \
             CASE WHEN a.title IS NOT NULL THEN $2 ELSE 'en' END AS title_language, \
             (SELECT COUNT(*) FROM appointments x WHERE x.matter_id = i.id) \
               + (SELECT COUNT(*) FROM appointment_topics y WHERE y.item_id = i.id) AS used \
             FROM coaching_items i \
             LEFT JOIN coaching_item_titles a ON a.item_id = i.id AND a.language = $2 \
             LEFT JOIN coaching_item_titles e ON e.item_id = i.id AND e.language = 'en' \
             WHERE i.list = $1 ORDER BY i.sort, i.slug",
        )
        .bind(list.to_owned())
        .bind(lang.to_owned())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(CoachingItem {
                id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                list: r.try_get("list")?,
                slug: r.try_get("slug")?,
                active: r.try_get::<i64, _>("active")? != 0,
                sort: r.try_get("sort")?,
                title: r.try_get("title")?,
                title_language: r.try_get("title_language")?,
                titles: vec![],
                used: r.try_get("used")?,
            })
        })
        .collect::<Result<_>>()?;
        for r in sqlx::query(
            "SELECT t.item_id, t.language, t.title FROM coaching_item_titles t JOIN coaching_items i ON i.id = t.item_id \
             WHERE i.list = $1 ORDER BY t.item_id, CASE WHEN t.language = 'en' THEN 0 ELSE 1 END, t.language",
        )
        .bind(list.to_owned())
        .fetch_all(&self.read)
        .await?
        {
            let id = parse_uuid(&r.try_get::<String, _>("item_id")?)?;
            if let Some(i) = out.iter_mut().find(|i| i.id == id) {
                i.titles.push((r.try_get("language")?, r.try_get("title")?));
            }
        }
        Ok(out)
    }

    /// One item of a list; `NotFound` when the list has no such item.
    pub async fn coaching_item(&self, list: &str, id: uuid::Uuid, lang: &str) -> Result<CoachingItem> {
        self.coaching_items(list, lang).await?.into_iter().find(|i| i.id == id).ok_or(StoreError::NotFound)
    }

    /// Adds an item to a list. `slug_taken` when the list has the slug already.
    pub async fn insert_coaching_item(
        &self,
        list: &str,
        item: &ItemWrite<'_>,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let slug = item.slug.ok_or(StoreError::Conflict("slug_required"))?;
        if !item.titles.iter().any(|(l, _)| *l == "en") {
            return Err(StoreError::Conflict("english_required"));
        }
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO coaching_items (id, list, slug, active, sort, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id.to_string())
        .bind(list.to_owned())
        .bind(slug.to_owned())
        .bind(i64::from(item.active))
        .bind(item.sort)
        .bind(time::now())
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "slug_taken"))?;
        write_titles(&mut tx, id, item.titles).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "coaching_item.create", "coaching_item")
                .on(id)
                .detail(format!("list={list} slug={slug}")),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Renames, translates, (de)activates or reorders an item: its titles are replaced by
    /// the given ones (English required), its slug changes only when one is given.
    /// `NotFound` when the list has no such item; `slug_taken` as for a new one.
    pub async fn update_coaching_item(
        &self,
        list: &str,
        id: uuid::Uuid,
        item: &ItemWrite<'_>,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        if !item.titles.iter().any(|(l, _)| *l == "en") {
            return Err(StoreError::Conflict("english_required"));
        }
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE coaching_items SET active = $3, sort = $4, slug = COALESCE($5, slug) WHERE id = $1 AND list = $2",
        )
        .bind(id.to_string())
        .bind(list.to_owned())
        .bind(i64::from(item.active))
        .bind(item.sort)
        .bind(item.slug.map(str::to_owned))
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "slug_taken"))?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM coaching_item_titles WHERE item_id = $1")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        write_titles(&mut tx, id, item.titles).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "coaching_item.update", "coaching_item")
                .on(id)
                .detail(format!("list={list} active={}", item.active)),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The topics chosen for each of the given appointments: (appointment, item) pairs.
    pub async fn topics_of_appointments(&self, ids: &[uuid::Uuid]) -> Result<Vec<(uuid::Uuid, uuid::Uuid)>> {
        let mut out = vec![];
        // One small query per appointment: a person has a handful of them.
        for id in ids {
            for r in sqlx::query("SELECT item_id FROM appointment_topics WHERE appointment_id = $1")
                .bind(id.to_string())
                .fetch_all(&self.read)
                .await?
            {
                out.push((*id, parse_uuid(&r.try_get::<String, _>("item_id")?)?));
            }
        }
        Ok(out)
    }

    /// What was recorded of a held appointment: its other topics (free text), what was
    /// handed out, referrals, childcare needed and the private notes (for the outcome
    /// form, counsellors only).
    pub async fn outcome_of(&self, id: uuid::Uuid) -> Result<RecordedOutcome> {
        let r = sqlx::query(
            "SELECT topics, handed_out, referrals, childcare_needed, notes FROM appointments WHERE id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(&self.read)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(RecordedOutcome {
            topics: r.try_get("topics")?,
            handed_out: r.try_get("handed_out")?,
            referrals: r.try_get("referrals")?,
            childcare_needed: r.try_get::<i64, _>("childcare_needed")? != 0,
            notes: r.try_get("notes")?,
        })
    }
}

/// What was recorded after an appointment (see `outcome_of`).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RecordedOutcome {
    pub topics: Option<String>,
    pub handed_out: Option<String>,
    pub referrals: Option<String>,
    pub childcare_needed: bool,
    pub notes: Option<String>,
}

async fn write_titles(tx: &mut crate::Tx, id: uuid::Uuid, titles: &[(&str, &str)]) -> Result<()> {
    for (lang, title) in titles {
        sqlx::query("INSERT INTO coaching_item_titles (item_id, language, title) VALUES ($1, $2, $3)")
            .bind(id.to_string())
            .bind((*lang).to_owned())
            .bind((*title).to_owned())
            .execute(&mut **tx)
            .await
            .map_err(|e| conflict_on_unique(e, "language_twice"))?;
    }
    Ok(())
}

/// The earliest start an appointment overlapping a window that begins at `from` can
/// have: a day before (an appointment lasts its kind's length, at most 240 minutes by the
/// `appointment_kinds` CHECK). With it the `starts_at` index reads the window only —
/// without it an overlap query (`ends_at > from AND starts_at < to`) read every
/// appointment ever held before `to`: 708,676 rows of the 1,000,000 city on each free-times
/// page, 6.7 s a request (issue 10). A `from` that is not a timestamp gives no bound.
fn earliest_overlapping_start(from: &str) -> String {
    match time::from_db(from) {
        Ok(t) => t.checked_sub(jiff::SignedDuration::from_hours(24)).map(time::to_db).unwrap_or_default(),
        Err(_) => String::new(),
    }
}
