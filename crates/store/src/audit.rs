//! The append-only audit log. Every write of the service records its event in the same
//! transaction as the change, so there is never a change without its entry.

use crate::{Result, Store, Tx, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;

/// An entry as read back.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditEntry {
    pub id: uuid::Uuid,
    pub at: String,
    pub actor_id: Option<uuid::Uuid>,
    pub actor_email: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub detail: Option<String>,
}

/// Filter for the audit page and API. Empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor_id: Option<uuid::Uuid>,
    pub action: Option<String>,
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    /// Only entries strictly older than this id (keyset pagination, newest first).
    pub before: Option<uuid::Uuid>,
    pub limit: i64,
}

/// Appends an event inside the caller's transaction.
pub async fn insert_audit(tx: &mut Tx, ev: &AuditEvent) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id().to_string())
    .bind(time::now())
    .bind(ev.actor.map(|a| a.to_string()))
    .bind(ev.action)
    .bind(ev.entity)
    .bind(ev.entity_id.clone())
    .bind(ev.detail.clone())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Placeholders for `rows` rows of `cols` values each, numbered from `$1`:
/// `($1, $2), ($3, $4)` — one multi-row `INSERT` instead of one statement per row (the
/// single SQLite writer is held for every statement of a transaction, issue 10).
pub(crate) fn values_rows(rows: usize, cols: usize) -> String {
    (0..rows)
        .map(|r| {
            let p: Vec<String> = (1..=cols).map(|c| format!("${}", r * cols + c)).collect();
            format!("({})", p.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Appends several events inside the caller's transaction, in this order, with one
/// statement.
pub async fn insert_audits(tx: &mut Tx, evs: &[AuditEvent]) -> Result<()> {
    if evs.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, detail) VALUES {}",
        values_rows(evs.len(), 7)
    );
    let now = time::now();
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for ev in evs {
        q = q
            .bind(new_id().to_string())
            .bind(now.clone())
            .bind(ev.actor.map(|a| a.to_string()))
            .bind(ev.action)
            .bind(ev.entity)
            .bind(ev.entity_id.clone())
            .bind(ev.detail.clone());
    }
    q.execute(&mut **tx).await?;
    Ok(())
}

impl Store {
    /// Appends an event on its own (for reads, which change nothing else).
    pub async fn audit(&self, ev: &AuditEvent) -> Result<()> {
        let mut tx = self.begin().await?;
        insert_audit(&mut tx, ev).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Newest first, filtered.
    pub async fn list_audit(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT a.id, a.at, a.actor_id, s.email AS actor_email, a.action, a.entity, \
                    a.entity_id, a.detail \
             FROM audit_log a LEFT JOIN staff_users s ON s.id = a.actor_id \
             WHERE ($1 IS NULL OR a.actor_id = $1) \
               AND ($2 IS NULL OR a.action = $2) \
               AND ($3 IS NULL OR a.entity = $3) \
               AND ($4 IS NULL OR a.entity_id = $4) \
               AND ($5 IS NULL OR a.id < $5) \
             ORDER BY a.id DESC LIMIT $6",
        )
        .bind(f.actor_id.map(|a| a.to_string()))
        .bind(f.action.clone())
        .bind(f.entity.clone())
        .bind(f.entity_id.clone())
        .bind(f.before.map(|a| a.to_string()))
        .bind(f.limit.clamp(1, 500))
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    at: r.try_get("at")?,
                    actor_id: r.try_get::<Option<String>, _>("actor_id")?.map(|s| parse_uuid(&s)).transpose()?,
                    actor_email: r.try_get("actor_email")?,
                    action: r.try_get("action")?,
                    entity: r.try_get("entity")?,
                    entity_id: r.try_get("entity_id")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect()
    }
}
