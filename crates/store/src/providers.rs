//! Course-provider organisations (grown by the vouchers issue: approval, suspension,
//! courses). Their people log in with staff accounts of the `provider` role.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::vouchers::ProviderDetails;

#[derive(Debug, Clone, serde::Serialize)]
pub struct Provider {
    pub id: uuid::Uuid,
    pub name: String,
    pub created_at: String,
    /// Identifiers and postal address for the invoices (migration 0017).
    pub details: ProviderDetails,
}

/// The columns `provider_from` reads (a macro, so queries stay static strings).
macro_rules! provider_columns {
    () => {
        "id, name, created_at, vat_id, tax_number, org_number, street, postcode, town, country"
    };
}

fn provider_from(r: &sqlx::any::AnyRow) -> Result<Provider> {
    Ok(Provider {
        id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        name: r.try_get("name")?,
        created_at: r.try_get("created_at")?,
        details: ProviderDetails {
            vat_id: r.try_get("vat_id")?,
            tax_number: r.try_get("tax_number")?,
            org_number: r.try_get("org_number")?,
            street: r.try_get("street")?,
            postcode: r.try_get("postcode")?,
            town: r.try_get("town")?,
            country: r.try_get("country")?,
        },
    })
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
        Ok(Provider { id, name: name.to_owned(), created_at: now, details: ProviderDetails::default() })
    }

    pub async fn find_provider_by_name(&self, name: &str) -> Result<Provider> {
        let r = sqlx::query(concat!("SELECT ", provider_columns!(), " FROM providers WHERE name = $1"))
            .bind(name.to_owned())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        provider_from(&r)
    }

    pub async fn list_providers(&self) -> Result<Vec<Provider>> {
        let rows = sqlx::query(concat!("SELECT ", provider_columns!(), " FROM providers ORDER BY name"))
            .fetch_all(&self.read)
            .await?;
        rows.iter().map(provider_from).collect()
    }
}

/// One row of a provider's standing history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StandingRow {
    pub standing: String,
    pub quality_signed_on: Option<String>,
    pub reason: Option<String>,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Course {
    pub id: uuid::Uuid,
    pub provider_id: uuid::Uuid,
    pub title: String,
    pub language: String,
    pub level: String,
    pub starts_on: String,
    pub price_cents: i64,
    pub place: String,
}

/// A course as entered by a provider or the coordinator.
#[derive(Debug, Clone)]
pub struct NewCourse<'a> {
    pub title: &'a str,
    pub language: &'a str,
    pub level: welcomedesk_domain::vouchers::Level,
    pub starts_on: jiff::civil::Date,
    pub price_cents: i64,
    pub place: &'a str,
}

fn course_from(r: &sqlx::any::AnyRow) -> Result<Course> {
    Ok(Course {
        id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        provider_id: parse_uuid(&r.try_get::<String, _>("provider_id")?)?,
        title: r.try_get("title")?,
        language: r.try_get("language")?,
        level: r.try_get("level")?,
        starts_on: r.try_get("starts_on")?,
        price_cents: r.try_get("price_cents")?,
        place: r.try_get("place")?,
    })
}

impl Store {
    pub async fn provider(&self, id: uuid::Uuid) -> Result<Provider> {
        let r = sqlx::query(concat!("SELECT ", provider_columns!(), " FROM providers WHERE id = $1"))
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        provider_from(&r)
    }

    /// Saves a provider's identifiers and postal address (all of them, as given),
    /// audited with the names of the fields that changed.
    pub async fn set_provider_details(
        &self,
        id: uuid::Uuid,
        d: &ProviderDetails,
        actor: Option<uuid::Uuid>,
    ) -> Result<Provider> {
        let mut tx = self.begin().await?;
        let before = sqlx::query(concat!("SELECT ", provider_columns!(), " FROM providers WHERE id = $1"))
            .bind(id.to_string())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let before = provider_from(&before)?;
        sqlx::query(
            "UPDATE providers SET vat_id = $2, tax_number = $3, org_number = $4, street = $5, postcode = $6, \
             town = $7, country = $8 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(d.vat_id.clone())
        .bind(d.tax_number.clone())
        .bind(d.org_number.clone())
        .bind(d.street.clone())
        .bind(d.postcode.clone())
        .bind(d.town.clone())
        .bind(d.country.clone())
        .execute(&mut *tx)
        .await
        .map_err(|e| match &e {
            sqlx::Error::Database(x) if x.is_check_violation() => StoreError::Conflict("country"),
            _ => StoreError::Db(e),
        })?;
        let b = &before.details;
        let changed: Vec<&str> = [
            ("vat_id", b.vat_id != d.vat_id),
            ("tax_number", b.tax_number != d.tax_number),
            ("org_number", b.org_number != d.org_number),
            ("street", b.street != d.street),
            ("postcode", b.postcode != d.postcode),
            ("town", b.town != d.town),
            ("country", b.country != d.country),
        ]
        .into_iter()
        .filter_map(|(f, c)| c.then_some(f))
        .collect();
        insert_audit(&mut tx, &AuditEvent::new(actor, "provider.details", "provider").on(id).detail(changed.join(",")))
            .await?;
        tx.commit().await?;
        Ok(Provider { details: d.clone(), ..before })
    }

    /// Approves (with the date the quality commitment was signed), suspends or withdraws
    /// a provider; a new history row each time, the newest one counts.
    pub async fn set_provider_standing(
        &self,
        provider: uuid::Uuid,
        standing: welcomedesk_domain::vouchers::ProviderStanding,
        quality_signed_on: Option<jiff::civil::Date>,
        reason: Option<&str>,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO provider_standings (id, provider_id, standing, quality_signed_on, reason, at, by_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(new_id().to_string())
        .bind(provider.to_string())
        .bind(standing.as_str())
        .bind(quality_signed_on.map(|d| d.to_string()))
        .bind(reason.map(str::to_owned))
        .bind(time::now())
        .bind(actor.map(|a| a.to_string()))
        .execute(&mut *tx)
        .await
        .map_err(|e| match &e {
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => StoreError::NotFound,
            sqlx::Error::Database(d) if d.is_check_violation() => StoreError::Conflict("quality_signed_on"),
            _ => StoreError::Db(e),
        })?;
        // The public catalogue shows approved providers' courses only.
        crate::courses::bump_catalogue(&mut tx).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "provider.standing", "provider").on(provider).detail(standing.as_str()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn provider_standing(
        &self,
        provider: uuid::Uuid,
    ) -> Result<welcomedesk_domain::vouchers::ProviderStanding> {
        let mut tx = self.read.begin().await?;
        let s = crate::vouchers::standing_in(&mut tx, provider).await?;
        tx.rollback().await?;
        Ok(s)
    }

    pub async fn provider_standings(&self, provider: uuid::Uuid) -> Result<Vec<StandingRow>> {
        sqlx::query(
            "SELECT standing, quality_signed_on, reason, at FROM provider_standings WHERE provider_id = $1 ORDER BY id DESC",
        )
        .bind(provider.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(StandingRow {
                standing: r.try_get("standing")?,
                quality_signed_on: r.try_get("quality_signed_on")?,
                reason: r.try_get("reason")?,
                at: r.try_get("at")?,
            })
        })
        .collect()
    }

    /// The approved providers' names (printed on the voucher).
    pub async fn approved_provider_names(&self) -> Result<Vec<String>> {
        sqlx::query(
            "SELECT o.name FROM providers o WHERE (SELECT s.standing FROM provider_standings s \
             WHERE s.provider_id = o.id ORDER BY s.id DESC LIMIT 1) = 'approved' ORDER BY o.name",
        )
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| Ok(r.try_get("name")?))
        .collect()
    }

    pub async fn insert_course(
        &self,
        provider: uuid::Uuid,
        c: &NewCourse<'_>,
        actor: Option<uuid::Uuid>,
    ) -> Result<Course> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO courses (id, provider_id, title, language, level, starts_on, price_cents, place, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
        )
        .bind(id.to_string())
        .bind(provider.to_string())
        .bind(c.title.to_owned())
        .bind(c.language.to_owned())
        .bind(c.level.as_str())
        .bind(c.starts_on.to_string())
        .bind(c.price_cents)
        .bind(c.place.to_owned())
        .bind(time::now())
        .execute(&mut *tx)
        .await
        .map_err(|e| match &e {
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => StoreError::NotFound,
            _ => conflict_on_unique(e, "course"),
        })?;
        crate::courses::bump_catalogue(&mut tx).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "course.create", "course").on(id).detail(format!("provider={provider}")),
        )
        .await?;
        tx.commit().await?;
        Ok(Course {
            id,
            provider_id: provider,
            title: c.title.to_owned(),
            language: c.language.to_owned(),
            level: c.level.as_str().to_owned(),
            starts_on: c.starts_on.to_string(),
            price_cents: c.price_cents,
            place: c.place.to_owned(),
        })
    }

    pub async fn courses_of(&self, provider: uuid::Uuid) -> Result<Vec<Course>> {
        sqlx::query(
            "SELECT id, provider_id, title, language, level, starts_on, price_cents, place FROM courses \
             WHERE provider_id = $1 ORDER BY starts_on, title",
        )
        .bind(provider.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(course_from)
        .collect()
    }
}
