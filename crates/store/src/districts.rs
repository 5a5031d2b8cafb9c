//! The city's districts and their neighbours (issue 12), kept by the coordinator. A
//! neighbouring pair is one row, the smaller id first (`district_neighbours`' CHECK):
//! symmetric by construction. Saving a district replaces the set of its neighbours in
//! one transaction and bumps the public catalogue's generation (the finder's distance
//! reads them from memory).

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::districts::{self as rules, District};

impl Store {
    /// Every district with its neighbours' ids, by name.
    pub async fn list_districts(&self) -> Result<Vec<District>> {
        let rows = sqlx::query("SELECT id, name FROM districts ORDER BY name_key, id").fetch_all(&self.read).await?;
        let pairs = sqlx::query("SELECT district_a, district_b FROM district_neighbours").fetch_all(&self.read).await?;
        let mut out: Vec<District> = rows
            .iter()
            .map(|r| {
                Ok(District {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    name: r.try_get("name")?,
                    neighbours: Vec::new(),
                })
            })
            .collect::<Result<_>>()?;
        for p in &pairs {
            let a = parse_uuid(&p.try_get::<String, _>("district_a")?)?;
            let b = parse_uuid(&p.try_get::<String, _>("district_b")?)?;
            for d in out.iter_mut() {
                if d.id == a {
                    d.neighbours.push(b);
                } else if d.id == b {
                    d.neighbours.push(a);
                }
            }
        }
        // Neighbours in the list's order (by name).
        let order: Vec<uuid::Uuid> = out.iter().map(|d| d.id).collect();
        for d in out.iter_mut() {
            d.neighbours.sort_by_key(|n| order.iter().position(|o| o == n));
        }
        Ok(out)
    }

    /// Creates or renames the district `id` (the caller chooses the id, as for courses)
    /// and makes `neighbours` exactly its set of neighbours (on both sides). Another
    /// district with the same name (any case) is `Conflict("district_exists")`; an
    /// unknown neighbour is `Conflict("unknown_district")`; nothing is changed then.
    /// Returns the district and whether it was new.
    pub async fn upsert_district(
        &self,
        id: uuid::Uuid,
        name: &str,
        neighbours: &[uuid::Uuid],
        actor: Option<uuid::Uuid>,
    ) -> Result<(District, bool)> {
        let ids = id.to_string();
        let now = time::now();
        let mut tx = self.begin().await?;
        let created = sqlx::query("UPDATE districts SET name = $2, name_key = $3, updated_at = $4 WHERE id = $1")
            .bind(ids.clone())
            .bind(name.to_owned())
            .bind(rules::name_key(name))
            .bind(now.clone())
            .execute(&mut *tx)
            .await
            .map_err(|e| crate::conflict_on_unique(e, "district_exists"))?
            .rows_affected()
            == 0;
        if created {
            sqlx::query(
                "INSERT INTO districts (id, name, name_key, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)",
            )
            .bind(ids.clone())
            .bind(name.to_owned())
            .bind(rules::name_key(name))
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(|e| crate::conflict_on_unique(e, "district_exists"))?;
        }
        sqlx::query("DELETE FROM district_neighbours WHERE district_a = $1 OR district_b = $1")
            .bind(ids.clone())
            .execute(&mut *tx)
            .await?;
        for (a, b) in rules::neighbour_pairs(id, neighbours) {
            sqlx::query("INSERT INTO district_neighbours (district_a, district_b) VALUES ($1, $2)")
                .bind(a.to_string())
                .bind(b.to_string())
                .execute(&mut *tx)
                .await
                .map_err(|e| match &e {
                    sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                        StoreError::Conflict("unknown_district")
                    }
                    _ => StoreError::Db(e),
                })?;
        }
        crate::courses::bump_catalogue(&mut tx).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, if created { "district.create" } else { "district.update" }, "district")
                .on(id)
                .detail(format!("neighbours={}", rules::neighbour_pairs(id, neighbours).len())),
        )
        .await?;
        tx.commit().await?;
        let d = self.list_districts().await?.into_iter().find(|d| d.id == id).ok_or(StoreError::NotFound)?;
        Ok((d, created))
    }

    /// Removes a district and its neighbour pairs. NotFound when there is none.
    pub async fn delete_district(&self, id: uuid::Uuid, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM district_neighbours WHERE district_a = $1 OR district_b = $1")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        let gone = sqlx::query("DELETE FROM districts WHERE id = $1").bind(id.to_string()).execute(&mut *tx).await?;
        if gone.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        crate::courses::bump_catalogue(&mut tx).await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "district.delete", "district").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }
}
