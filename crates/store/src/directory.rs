//! The directory of authorities and advice services: one row per entry, its name and
//! transit advice per language. `domain::directory` checks entries before they come here.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, new_id, parse_uuid, time};
use sqlx::Row;
use std::collections::BTreeMap;
use welcomedesk_domain::audit::AuditEvent;

/// An entry as stored (hours in the stored form of `domain::directory::format_week`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EntryRow {
    pub id: uuid::Uuid,
    pub slug: String,
    pub names: BTreeMap<String, String>,
    pub transit: BTreeMap<String, String>,
    pub address: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub hours: String,
    pub languages: Vec<String>,
    pub topics: Vec<String>,
    pub step_free: bool,
    /// YYYY-MM-DD.
    pub verified_on: String,
    pub verified_by: Option<uuid::Uuid>,
    pub verified_by_name: Option<String>,
    pub updated_at: String,
}

/// What to write (the id is found by slug).
pub struct EntryWrite<'a> {
    pub slug: &'a str,
    pub names: &'a BTreeMap<String, String>,
    pub transit: &'a BTreeMap<String, String>,
    pub address: &'a str,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub website: Option<&'a str>,
    pub hours: &'a str,
    pub languages: &'a [String],
    pub topics: &'a [String],
    pub step_free: bool,
    pub verified_on: &'a str,
}

impl Store {
    /// Creates the entry with this slug or replaces its details; returns its id and
    /// whether it was created. One transaction with the audit entry.
    pub async fn upsert_directory_entry(
        &self,
        e: &EntryWrite<'_>,
        actor: Option<uuid::Uuid>,
    ) -> Result<(uuid::Uuid, bool)> {
        let now = time::now();
        let mut tx = self.begin().await?;
        let fresh = new_id();
        // Insert-or-update in one statement: the slug's unique key decides.
        let row = sqlx::query(
            "INSERT INTO directory_entries (id, slug, address, phone, email, website, hours, languages, topics, \
                 step_free, verified_on, verified_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) \
             ON CONFLICT (slug) DO UPDATE SET address = excluded.address, phone = excluded.phone, \
                 email = excluded.email, website = excluded.website, hours = excluded.hours, \
                 languages = excluded.languages, topics = excluded.topics, step_free = excluded.step_free, \
                 verified_on = excluded.verified_on, verified_by = excluded.verified_by, updated_at = excluded.updated_at \
             RETURNING id",
        )
        .bind(fresh.to_string())
        .bind(e.slug.to_owned())
        .bind(e.address.to_owned())
        .bind(e.phone.map(str::to_owned))
        .bind(e.email.map(str::to_owned))
        .bind(e.website.map(str::to_owned))
        .bind(e.hours.to_owned())
        .bind(e.languages.join(" "))
        .bind(e.topics.join(" "))
        .bind(i64::from(e.step_free))
        .bind(e.verified_on.to_owned())
        .bind(actor.map(|a| a.to_string()))
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let id = parse_uuid(&row.try_get::<String, _>("id")?)?;
        let created = id == fresh;
        sqlx::query("DELETE FROM directory_texts WHERE entry_id = $1").bind(id.to_string()).execute(&mut *tx).await?;
        for (lang, name) in e.names {
            sqlx::query("INSERT INTO directory_texts (entry_id, language, name, transit) VALUES ($1, $2, $3, $4)")
                .bind(id.to_string())
                .bind(lang.clone())
                .bind(name.clone())
                .bind(e.transit.get(lang).cloned())
                .execute(&mut *tx)
                .await?;
        }
        let ev =
            AuditEvent::new(actor, if created { "directory.create" } else { "directory.update" }, "directory_entry")
                .on(id);
        insert_audit(&mut tx, &ev).await?;
        tx.commit().await?;
        Ok((id, created))
    }

    /// Marks an entry as checked today by `actor`.
    pub async fn verify_directory_entry(&self, id: uuid::Uuid, today: &str, actor: uuid::Uuid) -> Result<()> {
        let mut tx = self.begin().await?;
        let n = sqlx::query(
            "UPDATE directory_entries SET verified_on = $1, verified_by = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(today.to_owned())
        .bind(actor.to_string())
        .bind(time::now())
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&mut tx, &AuditEvent::new(Some(actor), "directory.verify", "directory_entry").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every entry, by slug.
    pub async fn list_directory(&self) -> Result<Vec<EntryRow>> {
        let rows = sqlx::query(
            "SELECT d.id, d.slug, d.address, d.phone, d.email, d.website, d.hours, d.languages, d.topics, \
                    d.step_free, d.verified_on, d.verified_by, s.name AS verified_by_name, d.updated_at \
             FROM directory_entries d LEFT JOIN staff_users s ON s.id = d.verified_by ORDER BY d.slug",
        )
        .fetch_all(&self.read)
        .await?;
        let texts =
            sqlx::query("SELECT entry_id, language, name, transit FROM directory_texts").fetch_all(&self.read).await?;
        // entry id → (names, transit advice), each by language.
        type Texts = (BTreeMap<String, String>, BTreeMap<String, String>);
        let mut names: BTreeMap<String, Texts> = BTreeMap::new();
        for t in texts {
            let e = names.entry(t.try_get("entry_id")?).or_default();
            let lang: String = t.try_get("language")?;
            e.0.insert(lang.clone(), t.try_get("name")?);
            if let Some(tr) = t.try_get::<Option<String>, _>("transit")? {
                e.1.insert(lang, tr);
            }
        }
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("id")?;
                let (n, tr) = names.remove(&id).unwrap_or_default();
                let split = |s: String| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
                Ok(EntryRow {
                    id: parse_uuid(&id)?,
                    slug: r.try_get("slug")?,
                    names: n,
                    transit: tr,
                    address: r.try_get("address")?,
                    phone: r.try_get("phone")?,
                    email: r.try_get("email")?,
                    website: r.try_get("website")?,
                    hours: r.try_get("hours")?,
                    languages: split(r.try_get("languages")?),
                    topics: split(r.try_get("topics")?),
                    step_free: r.try_get::<i64, _>("step_free")? != 0,
                    verified_on: r.try_get("verified_on")?,
                    verified_by: r.try_get::<Option<String>, _>("verified_by")?.map(|s| parse_uuid(&s)).transpose()?,
                    verified_by_name: r.try_get("verified_by_name")?,
                    updated_at: r.try_get("updated_at")?,
                })
            })
            .collect()
    }

    pub async fn directory_entry(&self, id: uuid::Uuid) -> Result<EntryRow> {
        self.list_directory().await?.into_iter().find(|e| e.id == id).ok_or(StoreError::NotFound)
    }

    pub async fn directory_entry_by_slug(&self, slug: &str) -> Result<EntryRow> {
        self.list_directory().await?.into_iter().find(|e| e.slug == slug).ok_or(StoreError::NotFound)
    }
}
