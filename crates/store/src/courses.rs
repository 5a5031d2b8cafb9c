//! The course catalogue (issue 12): providers keep their courses with `upsert_course`
//! (the provider's own only: a course id of another provider is NotFound); the public
//! list and the finder's candidates are the courses in the public view — not started,
//! not full, confirmed within `courses.stale_after_days`, of an approved provider.
//! Which of them fit a person is decided in `domain::courses`.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, parse_uuid, time};
use jiff::civil::{Date, Time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::courses::{
    self as rules, Course, CourseData, CourseKind, ProviderFreshness, TargetGroup, Weekdays,
};
use welcomedesk_domain::vouchers::Level;

/// The public list's filters (all optional).
#[derive(Debug, Clone, Default)]
pub struct CourseFilter {
    pub language: Option<String>,
    pub level: Option<Level>,
    pub district: Option<String>,
    pub kind: Option<CourseKind>,
    pub voucher_accepted: bool,
    pub childcare: bool,
    pub provider: Option<uuid::Uuid>,
}

const COLUMNS: &str = "c.id, c.provider_id, c.title, c.language, c.level, c.kind, c.starts_on, c.ends_on, c.weekdays, \
     c.starts_at, c.ends_at, c.place, c.district, c.transit, c.price_cents, c.voucher_accepted, c.childcare, \
     c.target_group, c.seats_left, c.explain_languages, c.how_to_enrol, c.reservations_allowed, c.updated_at, c.created_at";

/// The approved providers only (the newest standing row counts).
const APPROVED: &str = "(SELECT s.standing FROM provider_standings s WHERE s.provider_id = c.provider_id \
     ORDER BY s.id DESC LIMIT 1) = 'approved'";

fn corrupt(what: &str, v: &str) -> StoreError {
    StoreError::Corrupt(format!("bad {what} {v:?}"))
}

fn date(s: &str) -> Result<Date> {
    s.get(..10).and_then(|d| d.parse().ok()).ok_or_else(|| corrupt("date", s))
}

fn hhmm(s: Option<String>) -> Result<Option<Time>> {
    match s {
        None => Ok(None),
        Some(s) => {
            let (h, m) = s.split_once(':').ok_or_else(|| corrupt("time", &s))?;
            let t = Time::new(
                h.parse().map_err(|_| corrupt("time", &s))?,
                m.parse().map_err(|_| corrupt("time", &s))?,
                0,
                0,
            )
            .map_err(|_| corrupt("time", &s))?;
            Ok(Some(t))
        }
    }
}

fn fmt_time(t: Option<Time>) -> Option<String> {
    t.map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
}

pub(crate) fn course_row(r: &sqlx::any::AnyRow) -> Result<Course> {
    let level: String = r.try_get("level")?;
    let kind: String = r.try_get("kind")?;
    let group: String = r.try_get("target_group")?;
    let days: String = r.try_get("weekdays")?;
    let explain: String = r.try_get("explain_languages")?;
    let updated: Option<String> = r.try_get("updated_at")?;
    let created: String = r.try_get("created_at")?;
    Ok(Course {
        id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        provider_id: parse_uuid(&r.try_get::<String, _>("provider_id")?)?,
        title: r.try_get("title")?,
        language: r.try_get("language")?,
        level: Level::parse("level", &level).map_err(|_| corrupt("level", &level))?,
        kind: CourseKind::parse("kind", &kind).map_err(|_| corrupt("kind", &kind))?,
        starts_on: date(&r.try_get::<String, _>("starts_on")?)?,
        ends_on: r.try_get::<Option<String>, _>("ends_on")?.as_deref().map(date).transpose()?,
        weekdays: Weekdays::parse("weekdays", &days).map_err(|_| corrupt("weekdays", &days))?,
        starts_at: hhmm(r.try_get("starts_at")?)?,
        ends_at: hhmm(r.try_get("ends_at")?)?,
        place: r.try_get("place")?,
        district: r.try_get("district")?,
        transit: r.try_get("transit")?,
        price_cents: r.try_get("price_cents")?,
        voucher_accepted: r.try_get::<i64, _>("voucher_accepted")? != 0,
        childcare: r.try_get::<i64, _>("childcare")? != 0,
        target_group: TargetGroup::parse("target_group", &group).map_err(|_| corrupt("target group", &group))?,
        seats_left: r.try_get("seats_left")?,
        explain_languages: explain.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
        how_to_enrol: r.try_get("how_to_enrol")?,
        reservations_allowed: r.try_get::<i64, _>("reservations_allowed")? != 0,
        updated_on: date(updated.as_deref().unwrap_or(&created))?,
    })
}

impl Store {
    /// The stale window in days (`settings` key `courses.stale_after_days`, default 60).
    pub async fn course_stale_days(&self) -> Result<i64> {
        let v: Option<String> = sqlx::query("SELECT value FROM settings WHERE key = $1")
            .bind(rules::STALE_SETTING)
            .fetch_optional(&self.read)
            .await?
            .map(|r| r.try_get("value"))
            .transpose()?;
        Ok(rules::stale_days_from_setting(v.as_deref()))
    }

    /// Creates or replaces a course of `provider` under the caller's id (idempotent: the
    /// same PUT twice leaves one row). Returns the course and whether it was new. A
    /// course id that belongs to another provider is NotFound (nothing is changed); an
    /// unknown provider is NotFound. Every save confirms the course (`updated_at`).
    pub async fn upsert_course(
        &self,
        provider: uuid::Uuid,
        id: uuid::Uuid,
        c: &CourseData,
        actor: Option<uuid::Uuid>,
    ) -> Result<(Course, bool)> {
        let now = time::now();
        let mut tx = self.begin().await?;
        let owner: Option<String> = sqlx::query("SELECT provider_id FROM courses WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get("provider_id"))
            .transpose()?;
        let created = match owner {
            Some(o) if o != provider.to_string() => return Err(StoreError::NotFound),
            Some(_) => false,
            None => true,
        };
        let explain = c.explain_languages.join(",");
        let sql = if created {
            "INSERT INTO courses (title, language, level, kind, starts_on, ends_on, weekdays, starts_at, ends_at, place, \
             district, transit, price_cents, voucher_accepted, childcare, target_group, seats_left, explain_languages, \
             how_to_enrol, updated_at, id, provider_id, reservations_allowed, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $20)"
        } else {
            "UPDATE courses SET title = $1, language = $2, level = $3, kind = $4, starts_on = $5, ends_on = $6, \
             weekdays = $7, starts_at = $8, ends_at = $9, place = $10, district = $11, transit = $12, price_cents = $13, \
             voucher_accepted = $14, childcare = $15, target_group = $16, seats_left = $17, explain_languages = $18, \
             how_to_enrol = $19, updated_at = $20, reservations_allowed = $23 WHERE id = $21 AND provider_id = $22"
        };
        sqlx::query(sql)
            .bind(c.title.clone())
            .bind(c.language.clone())
            .bind(c.level.as_str())
            .bind(c.kind.as_str())
            .bind(c.starts_on.to_string())
            .bind(c.ends_on.map(|d| d.to_string()))
            .bind(c.weekdays.as_digits())
            .bind(fmt_time(c.starts_at))
            .bind(fmt_time(c.ends_at))
            .bind(c.place.clone())
            .bind(c.district.clone())
            .bind(c.transit.clone())
            .bind(c.price_cents)
            .bind(i64::from(c.voucher_accepted))
            .bind(i64::from(c.childcare))
            .bind(c.target_group.as_str())
            .bind(c.seats_left)
            .bind(explain)
            .bind(c.how_to_enrol.clone())
            .bind(now.clone())
            .bind(id.to_string())
            .bind(provider.to_string())
            .bind(i64::from(c.reservations_allowed))
            .execute(&mut *tx)
            .await
            .map_err(|e| match &e {
                sqlx::Error::Database(d) if d.is_foreign_key_violation() => StoreError::NotFound,
                _ => crate::conflict_on_unique(e, "course"),
            })?;
        bump_catalogue(&mut tx).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, if created { "course.create" } else { "course.update" }, "course")
                .on(id)
                .detail(format!("provider={provider}")),
        )
        .await?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM courses c WHERE c.id = $1")))
            .bind(id.to_string())
            .fetch_one(&mut *tx)
            .await?;
        let course = course_row(&row)?;
        tx.commit().await?;
        Ok((course, created))
    }

    /// One course (any state).
    pub async fn course(&self, id: uuid::Uuid) -> Result<Course> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM courses c WHERE c.id = $1")))
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        course_row(&row)
    }

    /// All of a provider's courses, past and future (the provider's own page).
    pub async fn provider_course_list(&self, provider: uuid::Uuid) -> Result<Vec<Course>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM courses c WHERE c.provider_id = $1 ORDER BY c.starts_on DESC, c.title"
        )))
        .bind(provider.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(course_row)
        .collect()
    }

    /// The public catalogue: current courses (see the module header) matching the
    /// filter, by start date then id, at most `limit`, after `after` (the last row's
    /// `(starts_on, id)` of the previous page).
    pub async fn list_courses(
        &self,
        f: &CourseFilter,
        today: Date,
        stale_after_days: i64,
        after: Option<(Date, uuid::Uuid)>,
        limit: i64,
    ) -> Result<Vec<Course>> {
        let cutoff = rules::stale_cutoff(today, stale_after_days);
        let mut sql = format!(
            "SELECT {COLUMNS} FROM courses c WHERE c.starts_on >= $1 AND (c.seats_left IS NULL OR c.seats_left > 0) \
             AND COALESCE(c.updated_at, c.created_at) >= $2 AND {APPROVED}"
        );
        let mut binds: Vec<String> = vec![today.to_string(), cutoff.to_string()];
        fn push(sql: &mut String, binds: &mut Vec<String>, cond: &str, v: String) {
            binds.push(v);
            sql.push_str(&cond.replace('?', &format!("${}", binds.len())));
        }
        if let Some(l) = &f.language {
            push(&mut sql, &mut binds, " AND c.language = ?", l.clone());
        }
        if let Some(l) = f.level {
            push(&mut sql, &mut binds, " AND c.level = ?", l.as_str().to_owned());
        }
        if let Some(d) = &f.district {
            push(&mut sql, &mut binds, " AND LOWER(c.district) = ?", d.trim().to_lowercase());
        }
        if let Some(k) = f.kind {
            push(&mut sql, &mut binds, " AND c.kind = ?", k.as_str().to_owned());
        }
        if let Some(p) = f.provider {
            push(&mut sql, &mut binds, " AND c.provider_id = ?", p.to_string());
        }
        if let Some((d, id)) = after {
            push(&mut sql, &mut binds, " AND (c.starts_on > ?", d.to_string());
            let n = binds.len();
            push(&mut sql, &mut binds, &format!(" OR (c.starts_on = ${n} AND c.id > ?))"), id.to_string());
        }
        if f.voucher_accepted {
            sql.push_str(" AND c.voucher_accepted = 1");
        }
        if f.childcare {
            sql.push_str(" AND c.childcare = 1");
        }
        sql.push_str(&format!(" ORDER BY c.starts_on, c.id LIMIT {}", limit.clamp(1, 2_000)));
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in binds {
            q = q.bind(b);
        }
        q.fetch_all(&self.read).await?.iter().map(course_row).collect()
    }

    /// The finder's candidates: the courses in the public view of the given levels
    /// (`domain::courses::candidate_levels`; empty = all), optionally of one taught
    /// language. The ranking is `domain::courses::rank`.
    pub async fn course_candidates(
        &self,
        language: Option<&str>,
        levels: &[Level],
        today: Date,
        stale_after_days: i64,
    ) -> Result<Vec<Course>> {
        let cutoff = rules::stale_cutoff(today, stale_after_days);
        // The level names come from the enum, never from input: safe to inline.
        let in_levels = if levels.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = levels.iter().map(|l| format!("'{}'", l.as_str())).collect();
            format!(" AND c.level IN ({})", names.join(","))
        };
        let sql = format!(
            "SELECT {COLUMNS} FROM courses c WHERE c.starts_on >= $1 AND (c.seats_left IS NULL OR c.seats_left > 0) \
             AND COALESCE(c.updated_at, c.created_at) >= $2 AND ($3 = '' OR c.language = $3){in_levels} AND {APPROVED} \
             ORDER BY c.starts_on, c.id LIMIT 5000"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(today.to_string())
            .bind(cutoff.to_string())
            .bind(language.unwrap_or("").to_owned())
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(course_row)
            .collect()
    }

    /// Every provider with the day it last confirmed any course (the coordinator's
    /// stale list is `domain::courses::stale_providers` of this).
    pub async fn course_freshness(&self) -> Result<Vec<ProviderFreshness>> {
        sqlx::query(
            "SELECT p.id, p.name, MAX(COALESCE(c.updated_at, c.created_at)) AS last FROM providers p \
             LEFT JOIN courses c ON c.provider_id = p.id GROUP BY p.id, p.name ORDER BY p.name",
        )
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(ProviderFreshness {
                provider_id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                name: r.try_get("name")?,
                last_update: r.try_get::<Option<String>, _>("last")?.as_deref().map(date).transpose()?,
            })
        })
        .collect()
    }
}

/// Adds one to the public catalogue's generation, inside the transaction of a write
/// that changes what the public list or the finder show (a course, a seat, a
/// provider's standing, the districts). Nodes compare the number to reload their copy.
pub(crate) async fn bump_catalogue(tx: &mut crate::Tx) -> Result<()> {
    sqlx::query("UPDATE catalogue_generation SET generation = generation + 1 WHERE id = 1").execute(&mut **tx).await?;
    Ok(())
}

/// What a node compares every few seconds: the catalogue's generation and the stale
/// window setting (one round trip, two single-row reads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueStamp {
    pub generation: i64,
    pub stale_after_days: i64,
}

/// The public catalogue as a node keeps it in memory: every course of an approved
/// provider that has not started on `loaded_on` (full and stale ones too: those are
/// filtered at each request with `domain::courses::visibility`, so a day passing or a
/// new stale window needs no reload), by start date then id; the providers' names;
/// the districts with their neighbours.
#[derive(Debug, Clone)]
pub struct CatalogueSnapshot {
    pub stamp: CatalogueStamp,
    pub loaded_on: Date,
    pub courses: Vec<Course>,
    pub providers: std::collections::BTreeMap<uuid::Uuid, String>,
    pub districts: Vec<welcomedesk_domain::districts::District>,
}

impl Store {
    pub async fn catalogue_stamp(&self) -> Result<CatalogueStamp> {
        let r = sqlx::query(
            "SELECT (SELECT generation FROM catalogue_generation WHERE id = 1) AS generation, \
             (SELECT value FROM settings WHERE key = $1) AS stale",
        )
        .bind(rules::STALE_SETTING)
        .fetch_one(&self.read)
        .await?;
        Ok(CatalogueStamp {
            generation: r.try_get::<Option<i64>, _>("generation")?.unwrap_or(0),
            stale_after_days: rules::stale_days_from_setting(r.try_get::<Option<String>, _>("stale")?.as_deref()),
        })
    }

    /// Loads the whole public catalogue (see [`CatalogueSnapshot`]). The stamp is read
    /// first: a change committed while loading makes the next check reload again, never
    /// hides a change.
    pub async fn catalogue_snapshot(&self, today: Date) -> Result<CatalogueSnapshot> {
        let stamp = self.catalogue_stamp().await?;
        let courses = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM courses c WHERE c.starts_on >= $1 AND {APPROVED} ORDER BY c.starts_on, c.id"
        )))
        .bind(today.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(course_row)
        .collect::<Result<Vec<_>>>()?;
        let providers = self.list_providers().await?.into_iter().map(|p| (p.id, p.name)).collect();
        let districts = self.list_districts().await?;
        Ok(CatalogueSnapshot { stamp, loaded_on: today, courses, providers, districts })
    }
}
