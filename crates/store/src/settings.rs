//! The city's settings as key/value text; `domain::settings` parses them.

use crate::audit::insert_audit;
use crate::{Result, Store, time};
use sqlx::Row;
use std::collections::BTreeMap;
use welcomedesk_domain::audit::AuditEvent;

impl Store {
    pub async fn load_settings(&self) -> Result<BTreeMap<String, String>> {
        let rows = sqlx::query("SELECT key, value FROM settings").fetch_all(&self.read).await?;
        rows.iter().map(|r| Ok((r.try_get("key")?, r.try_get("value")?))).collect()
    }

    /// Writes all given keys at once, with the audit entry, in one transaction.
    pub async fn save_settings(&self, values: &BTreeMap<String, String>, ev: &AuditEvent) -> Result<()> {
        let mut tx = self.begin().await?;
        let now = time::now();
        for (k, v) in values {
            sqlx::query(
                "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            )
            .bind(k.clone())
            .bind(v.clone())
            .bind(now.clone())
            .execute(&mut *tx)
            .await?;
        }
        insert_audit(&mut tx, ev).await?;
        tx.commit().await?;
        Ok(())
    }
}
