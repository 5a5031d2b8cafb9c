//! Course-provider organisations (grown by the vouchers issue: approval, suspension,
//! courses). Their people log in with staff accounts of the `provider` role.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;

#[derive(Debug, Clone, serde::Serialize)]
pub struct Provider {
    pub id: uuid::Uuid,
    pub name: String,
    pub created_at: String,
}

impl Store {
    pub async fn insert_provider(&self, name: &str, actor: Option<uuid::Uuid>) -> Result<Provider> {
        let id = new_id();
        let now = time::now();
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO providers (id, name, created_at) VALUES ($1, $2, $3)")
            .bind(id.to_string())
            .bind(name.to_owned())
            .bind(now.clone())
            .execute(&mut *tx)
            .await
            .map_err(|e| conflict_on_unique(e, "provider_name"))?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "provider.create", "provider").on(id)).await?;
        tx.commit().await?;
        Ok(Provider { id, name: name.to_owned(), created_at: now })
    }

    pub async fn find_provider_by_name(&self, name: &str) -> Result<Provider> {
        let r = sqlx::query("SELECT id, name, created_at FROM providers WHERE name = $1")
            .bind(name.to_owned())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Provider {
            id: parse_uuid(&r.try_get::<String, _>("id")?)?,
            name: r.try_get("name")?,
            created_at: r.try_get("created_at")?,
        })
    }

    pub async fn list_providers(&self) -> Result<Vec<Provider>> {
        let rows =
            sqlx::query("SELECT id, name, created_at FROM providers ORDER BY name").fetch_all(&self.read).await?;
        rows.iter()
            .map(|r| {
                Ok(Provider {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }
}
