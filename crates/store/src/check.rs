//! Consistency checks the proof suites run after a crash, a backup or a load: the
//! database's own integrity check, the invariants of the schema checked from scratch
//! (independently of the unique keys that are meant to keep them), and which of a list
//! of acknowledged writes are missing. Reads only.

use crate::{Backend, Result, Store};
use sqlx::Row;

/// A table whose rows a client may have seen acknowledged by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    People,
    Appointments,
}

impl Written {
    fn table(self) -> &'static str {
        match self {
            Written::People => "people",
            Written::Appointments => "appointments",
        }
    }
}

/// Each invariant as a query that counts its violations (0 when it holds). Each area
/// adds its own (no overbooked session, no voucher part redeemed twice, …).
const INVARIANTS: &[(&str, &str)] = &[
    (
        "a person whose course_reached is not what their course progress reports say",
        "SELECT COUNT(*) AS n FROM people p WHERE p.course_reached <> COALESCE((
           SELECT MAX(CASE WHEN cp.status = 'completed' THEN 2 ELSE 1 END)
           FROM vouchers v JOIN redemptions x ON x.voucher_id = v.id
           JOIN course_progress cp ON cp.redemption_id = x.id WHERE v.person_id = p.id), 0)",
    ),
    (
        "a counsellor in two live appointments at once",
        "SELECT COUNT(*) AS n FROM appointments a JOIN appointments b
           ON a.counsellor_id = b.counsellor_id AND a.id < b.id
          AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
        WHERE a.status IN ('booked','held') AND b.status IN ('booked','held')",
    ),
    (
        "a person in two live appointments at once",
        "SELECT COUNT(*) AS n FROM appointments a JOIN appointments b
           ON a.person_id = b.person_id AND a.id < b.id
          AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
        WHERE a.status IN ('booked','held') AND b.status IN ('booked','held')",
    ),
    (
        "a booked appointment without all its counsellor units",
        "SELECT COUNT(*) AS n FROM appointments a JOIN appointment_kinds k ON k.kind = a.kind
        WHERE a.status = 'booked'
          AND (SELECT COUNT(*) FROM counsellor_units u WHERE u.appointment_id = a.id) <> k.minutes / 15",
    ),
    (
        "a booked appointment of a person without all its person units",
        "SELECT COUNT(*) AS n FROM appointments a JOIN appointment_kinds k ON k.kind = a.kind
        WHERE a.status = 'booked' AND a.person_id IS NOT NULL
          AND (SELECT COUNT(*) FROM person_units u WHERE u.appointment_id = a.id) <> k.minutes / 15",
    ),
    (
        "a unit held by a cancelled appointment",
        "SELECT (SELECT COUNT(*) FROM counsellor_units u JOIN appointments a ON a.id = u.appointment_id
                 WHERE a.status = 'cancelled')
              + (SELECT COUNT(*) FROM person_units u JOIN appointments a ON a.id = u.appointment_id
                 WHERE a.status = 'cancelled') AS n",
    ),
    (
        "an appointment without its audit entry",
        "SELECT COUNT(*) AS n FROM appointments a
        WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity = 'appointment' AND l.entity_id = a.id AND l.action = 'appointment.book')",
    ),
    (
        "a voucher part redeemed twice",
        "SELECT COUNT(*) AS n FROM (SELECT voucher_id, part FROM redemptions GROUP BY voucher_id, part
           HAVING COUNT(*) > 1) t",
    ),
    (
        "a redemption above its part's value",
        "SELECT COUNT(*) AS n FROM redemptions x JOIN voucher_parts p ON p.voucher_id = x.voucher_id AND p.part = x.part
        WHERE x.amount_cents > p.value_cents",
    ),
    (
        "a voucher whose parts do not add up to its value",
        "SELECT COUNT(*) AS n FROM vouchers v
        WHERE v.value_cents <> (SELECT COALESCE(SUM(p.value_cents), 0) FROM voucher_parts p WHERE p.voucher_id = v.id)",
    ),
    (
        "a person with two vouchers for one earning step",
        "SELECT COUNT(*) AS n FROM (SELECT person_id FROM vouchers
           WHERE person_id IS NOT NULL AND ordinal IS NOT NULL
           GROUP BY person_id, COALESCE(offer_id, ''), ordinal HAVING COUNT(*) > 1) t",
    ),
    (
        "a voucher whose offer is not its rule's",
        "SELECT COUNT(*) AS n FROM vouchers v JOIN voucher_rules r ON r.id = v.rule_id
        WHERE COALESCE(v.offer_id, '') <> COALESCE(r.offer_id, '')",
    ),
    (
        "an offer voucher redeemed by another provider than its issuer",
        "SELECT COUNT(*) AS n FROM redemptions x JOIN vouchers v ON v.id = x.voucher_id
           JOIN offers o ON o.id = v.offer_id WHERE x.provider_id <> o.issuer_provider_id",
    ),
    (
        "a redemption whose kind is not its offer's",
        "SELECT COUNT(*) AS n FROM redemptions x JOIN vouchers v ON v.id = x.voucher_id
           LEFT JOIN offers o ON o.id = v.offer_id WHERE x.offer_kind <> COALESCE(o.kind, 'language_course')",
    ),
    (
        "a person with two live passports",
        "SELECT COUNT(*) AS n FROM (SELECT person_id FROM passports WHERE ended_at IS NULL
           GROUP BY person_id HAVING COUNT(*) > 1) t",
    ),
    (
        "an invoice whose total is not the sum of its lines",
        "SELECT COUNT(*) AS n FROM invoices i
        WHERE i.total_cents <> (SELECT COALESCE(SUM(l.amount_cents), 0) FROM invoice_lines l WHERE l.invoice_id = i.id)",
    ),
    (
        "a redemption invoiced twice",
        "SELECT COUNT(*) AS n FROM (SELECT redemption_id FROM invoice_lines WHERE amount_cents > 0
           GROUP BY redemption_id HAVING COUNT(*) > 1) t",
    ),
];

impl Store {
    /// SQLite's `PRAGMA integrity_check` and `foreign_key_check` ("ok" when whole);
    /// PostgreSQL keeps its own pages whole, so there it is "ok" when it answers.
    pub async fn integrity_check(&self) -> Result<String> {
        match self.backend() {
            Backend::Sqlite => {
                let rows = sqlx::query("PRAGMA integrity_check").fetch_all(&self.read).await?;
                let mut out: Vec<String> = rows.iter().map(|r| r.try_get::<String, _>(0)).collect::<Result<_, _>>()?;
                let fk = sqlx::query("PRAGMA foreign_key_check").fetch_all(&self.read).await?;
                if !fk.is_empty() {
                    out.push(format!("{} foreign key violation(s)", fk.len()));
                }
                Ok(out.join("; "))
            }
            Backend::Postgres => {
                self.ping().await?;
                Ok("ok".into())
            }
        }
    }

    /// The schema's foreign keys that are in force (PostgreSQL: validated), as
    /// `table.name` (PostgreSQL) or `table.column->parent` (SQLite), sorted: a bulk load
    /// that sets them aside must leave this as the migrations made it.
    pub async fn foreign_keys(&self) -> Result<Vec<String>> {
        let sql = match self.backend() {
            Backend::Sqlite => {
                "SELECT m.name || '.' || f.\"from\" || '->' || f.\"table\" AS k \
                 FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1"
            }
            Backend::Postgres => {
                "SELECT CAST(c.conrelid AS regclass)::text || '.' || CAST(c.conname AS text) AS k FROM pg_constraint c \
                 WHERE c.contype = 'f' AND c.convalidated \
                   AND c.connamespace = CAST(current_schema() AS regnamespace) ORDER BY 1"
            }
        };
        sqlx::query(sql).fetch_all(&self.read).await?.iter().map(|r| Ok(r.try_get("k")?)).collect()
    }

    /// The schema's indexes as their definitions, sorted: a bulk load that drops some
    /// must leave this as the migrations made it.
    pub async fn index_definitions(&self) -> Result<Vec<String>> {
        let sql = match self.backend() {
            Backend::Sqlite => "SELECT sql AS k FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY 1",
            Backend::Postgres => "SELECT indexdef AS k FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1",
        };
        sqlx::query(sql).fetch_all(&self.read).await?.iter().map(|r| Ok(r.try_get("k")?)).collect()
    }

    /// The invariants that do not hold, with how many rows break each.
    pub async fn invariant_violations(&self) -> Result<Vec<(&'static str, i64)>> {
        let mut out = vec![];
        for (name, sql) in INVARIANTS {
            let n: i64 = sqlx::query(sqlx::AssertSqlSafe(*sql)).fetch_one(&self.read).await?.try_get("n")?;
            if n != 0 {
                out.push((*name, n));
            }
        }
        Ok(out)
    }

    /// Which of these ids are not in the table.
    pub async fn missing(&self, what: Written, ids: &[uuid::Uuid]) -> Result<Vec<uuid::Uuid>> {
        let mut missing = vec![];
        for chunk in ids.chunks(500) {
            let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!("SELECT id FROM {} WHERE id IN ({})", what.table(), marks.join(","));
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for id in chunk {
                q = q.bind(id.to_string());
            }
            let found: std::collections::HashSet<String> = q
                .fetch_all(&self.read)
                .await?
                .iter()
                .map(|r| r.try_get::<String, _>("id"))
                .collect::<Result<_, _>>()?;
            missing.extend(chunk.iter().filter(|id| !found.contains(&id.to_string())));
        }
        Ok(missing)
    }
}
