//! Running the service (R13, R14, R16): saved planner scenarios, the 17 set-up steps and
//! the working group. Every write records its audit entry in the same transaction.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::planning::PlanInputs;

/// A saved scenario.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ScenarioRow {
    pub id: uuid::Uuid,
    pub name: String,
    pub inputs: PlanInputs,
    pub updated_at: String,
}

/// One set-up step's state.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StepRow {
    pub number: i64,
    pub status: String,
    pub owner: Option<String>,
    pub due_on: Option<String>,
    pub notes: Option<String>,
    pub updated_at: Option<String>,
}

/// What to write to a step.
#[derive(Debug, Clone, Default)]
pub struct StepWrite<'a> {
    pub status: &'a str,
    pub owner: Option<&'a str>,
    pub due_on: Option<&'a str>,
    pub notes: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MemberRow {
    pub id: uuid::Uuid,
    pub role: String,
    pub name: String,
    pub email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OrganisationRow {
    pub id: uuid::Uuid,
    pub name: String,
    /// Current members (representative first).
    pub members: Vec<MemberRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ItemRow {
    pub id: uuid::Uuid,
    pub kind: String,
    pub text: String,
    pub owner: Option<String>,
    pub due_on: Option<String>,
    pub done: bool,
}

/// An action item not done yet, with the meeting it was agreed at.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OpenActionRow {
    pub id: uuid::Uuid,
    pub meeting_id: uuid::Uuid,
    pub held_on: String,
    pub text: String,
    pub owner: Option<String>,
    pub due_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MeetingRow {
    pub id: uuid::Uuid,
    pub held_on: String,
    pub agenda: String,
    pub minutes: Option<String>,
    pub items: Vec<ItemRow>,
}

impl Store {
    /// Saves a scenario under its name (a new name adds one, a known name replaces it).
    pub async fn save_scenario(
        &self,
        name: &str,
        inputs: &PlanInputs,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let json = serde_json::to_string(inputs).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let now = time::now();
        let mut tx = self.begin().await?;
        let id = new_id();
        let row = sqlx::query(
            "INSERT INTO plan_scenarios (id, name, inputs, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $5) \
             ON CONFLICT (name) DO UPDATE SET inputs = excluded.inputs, updated_at = excluded.updated_at \
             RETURNING id",
        )
        .bind(id.to_string())
        .bind(name.to_owned())
        .bind(json)
        .bind(actor.map(|a| a.to_string()))
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let id = parse_uuid(&row.try_get::<String, _>("id")?)?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "plan.save", "plan_scenario").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn list_scenarios(&self) -> Result<Vec<ScenarioRow>> {
        sqlx::query("SELECT id, name, inputs, updated_at FROM plan_scenarios ORDER BY name")
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| {
                Ok(ScenarioRow {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    name: r.try_get("name")?,
                    inputs: serde_json::from_str(&r.try_get::<String, _>("inputs")?)
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                    updated_at: r.try_get("updated_at")?,
                })
            })
            .collect()
    }

    pub async fn delete_scenario(&self, id: uuid::Uuid, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let n = sqlx::query("DELETE FROM plan_scenarios WHERE id = $1").bind(id.to_string()).execute(&mut *tx).await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "plan.delete", "plan_scenario").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn list_setup_steps(&self) -> Result<Vec<StepRow>> {
        sqlx::query("SELECT number, status, owner, due_on, notes, updated_at FROM setup_steps ORDER BY number")
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| {
                Ok(StepRow {
                    number: r.try_get("number")?,
                    status: r.try_get("status")?,
                    owner: r.try_get("owner")?,
                    due_on: r.try_get("due_on")?,
                    notes: r.try_get("notes")?,
                    updated_at: r.try_get("updated_at")?,
                })
            })
            .collect()
    }

    pub async fn update_setup_step(&self, number: i64, w: &StepWrite<'_>, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let n = sqlx::query(
            "UPDATE setup_steps SET status = $2, owner = $3, due_on = $4, notes = $5, updated_at = $6, updated_by = $7 \
             WHERE number = $1",
        )
        .bind(number)
        .bind(w.status.to_owned())
        .bind(w.owner.map(str::to_owned))
        .bind(w.due_on.map(str::to_owned))
        .bind(w.notes.map(str::to_owned))
        .bind(time::now())
        .bind(actor.map(|a| a.to_string()))
        .execute(&mut *tx)
        .await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "setup_step.update", "setup_step")
                .on(number.to_string())
                .detail(format!("status={}", w.status)),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn add_organisation(&self, name: &str, actor: Option<uuid::Uuid>) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO working_group_organisations (id, name, created_at) VALUES ($1, $2, $3)")
            .bind(id.to_string())
            .bind(name.to_owned())
            .bind(time::now())
            .execute(&mut *tx)
            .await
            .map_err(|e| conflict_on_unique(e, "organisation_name"))?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "working_group.organisation_add", "organisation").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Adds the organisation's representative or substitute. The database keeps one of
    /// each at a time (`Conflict("member_role_taken")`): the current one leaves first.
    pub async fn add_member(
        &self,
        organisation: uuid::Uuid,
        role: &str,
        name: &str,
        email: Option<&str>,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO working_group_members (id, organisation_id, role, name, email, joined_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id.to_string())
        .bind(organisation.to_string())
        .bind(role.to_owned())
        .bind(name.to_owned())
        .bind(email.map(str::to_owned))
        .bind(time::now())
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "member_role_taken"))?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "working_group.member_add", "member").on(id).detail(role))
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A member leaves: their name and e-mail are removed at once (nothing of them is
    /// needed once they no longer represent the organisation).
    pub async fn remove_member(&self, id: uuid::Uuid, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let n = sqlx::query("DELETE FROM working_group_members WHERE id = $1")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "working_group.member_remove", "member").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn list_organisations(&self) -> Result<Vec<OrganisationRow>> {
        let orgs =
            sqlx::query("SELECT id, name FROM working_group_organisations ORDER BY name").fetch_all(&self.read).await?;
        let members = sqlx::query(
            "SELECT id, organisation_id, role, name, email FROM working_group_members \
             WHERE left_at IS NULL ORDER BY role, name",
        )
        .fetch_all(&self.read)
        .await?;
        orgs.iter()
            .map(|o| {
                let oid: String = o.try_get("id")?;
                let ms = members
                    .iter()
                    .filter(|m| m.try_get::<String, _>("organisation_id").is_ok_and(|x| x == oid))
                    .map(|m| {
                        Ok(MemberRow {
                            id: parse_uuid(&m.try_get::<String, _>("id")?)?,
                            role: m.try_get("role")?,
                            name: m.try_get("name")?,
                            email: m.try_get("email")?,
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(OrganisationRow { id: parse_uuid(&oid)?, name: o.try_get("name")?, members: ms })
            })
            .collect()
    }

    pub async fn add_meeting(
        &self,
        held_on: &str,
        agenda: &str,
        minutes: Option<&str>,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO working_group_meetings (id, held_on, agenda, minutes, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.to_string())
        .bind(held_on.to_owned())
        .bind(agenda.to_owned())
        .bind(minutes.map(str::to_owned))
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "working_group.meeting_add", "meeting").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn add_item(
        &self,
        meeting: uuid::Uuid,
        kind: &str,
        text: &str,
        owner: Option<&str>,
        due_on: Option<&str>,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO working_group_items (id, meeting_id, kind, text, owner, due_on, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id.to_string())
        .bind(meeting.to_string())
        .bind(kind.to_owned())
        .bind(text.to_owned())
        .bind(owner.map(str::to_owned))
        .bind(due_on.map(str::to_owned))
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "working_group.item_add", "meeting").on(meeting).detail(kind))
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Meetings, newest first, with their decisions and actions.
    pub async fn list_meetings(&self) -> Result<Vec<MeetingRow>> {
        let meetings = sqlx::query(
            "SELECT id, held_on, agenda, minutes FROM working_group_meetings ORDER BY held_on DESC, id DESC",
        )
        .fetch_all(&self.read)
        .await?;
        let items = sqlx::query(
            "SELECT id, meeting_id, kind, text, owner, due_on, done_at FROM working_group_items ORDER BY created_at, id",
        )
        .fetch_all(&self.read)
        .await?;
        meetings
            .iter()
            .map(|m| {
                let mid: String = m.try_get("id")?;
                let its = items
                    .iter()
                    .filter(|i| i.try_get::<String, _>("meeting_id").is_ok_and(|x| x == mid))
                    .map(|i| {
                        Ok(ItemRow {
                            id: parse_uuid(&i.try_get::<String, _>("id")?)?,
                            kind: i.try_get("kind")?,
                            text: i.try_get("text")?,
                            owner: i.try_get("owner")?,
                            due_on: i.try_get("due_on")?,
                            done: i.try_get::<Option<String>, _>("done_at")?.is_some(),
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(MeetingRow {
                    id: parse_uuid(&mid)?,
                    held_on: m.try_get("held_on")?,
                    agenda: m.try_get("agenda")?,
                    minutes: m.try_get("minutes")?,
                    items: its,
                })
            })
            .collect()
    }

    /// Marks an action item done (or open again). Decisions are not done or open:
    /// `NotFound` for them as for an unknown id.
    pub async fn set_item_done(&self, id: uuid::Uuid, done: bool, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let at = done.then(time::now);
        let n = sqlx::query("UPDATE working_group_items SET done_at = $2 WHERE id = $1 AND kind = 'action'")
            .bind(id.to_string())
            .bind(at)
            .execute(&mut *tx)
            .await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "working_group.item_done", "item").on(id).detail(if done {
                "done"
            } else {
                "open"
            }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The open action items of every meeting, the earliest due first.
    pub async fn open_actions(&self) -> Result<Vec<OpenActionRow>> {
        let rows = sqlx::query(
            "SELECT i.id, i.meeting_id, m.held_on, i.text, i.owner, i.due_on FROM working_group_items i \
             JOIN working_group_meetings m ON m.id = i.meeting_id \
             WHERE i.kind = 'action' AND i.done_at IS NULL \
             ORDER BY CASE WHEN i.due_on IS NULL THEN 1 ELSE 0 END, i.due_on, m.held_on, i.id",
        )
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OpenActionRow {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    meeting_id: parse_uuid(&r.try_get::<String, _>("meeting_id")?)?,
                    held_on: r.try_get("held_on")?,
                    text: r.try_get("text")?,
                    owner: r.try_get("owner")?,
                    due_on: r.try_get("due_on")?,
                })
            })
            .collect()
    }
}
