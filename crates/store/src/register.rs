//! The register of service users: people, their languages, consents, profiles and the
//! blocking keys of the duplicate search. Every read of a person's record and every
//! write is audited in the same transaction.

use crate::audit::{insert_audit, insert_audits, values_rows};
use crate::{Backend, Result, Store, StoreError, Tx, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use sqlx::any::AnyRow;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::consent::{GivenConsent, Purpose};
use welcomedesk_domain::register::{PersonData, Profile, Source};

/// A person's record as the person page and the export show it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PersonRecord {
    pub id: uuid::Uuid,
    pub full_name: String,
    pub latin_name: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub birth_date: String,
    pub citizenship: String,
    pub eu_citizen: bool,
    pub address: Option<String>,
    pub district: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub certificate_required: bool,
    pub permit_issued_on: Option<String>,
    pub document_language: String,
    pub source: String,
    pub created_at: String,
    pub updated_at: String,
    pub last_contact_at: String,
    /// In order of preference.
    pub languages: Vec<String>,
    pub consents: Vec<ConsentRecord>,
    pub profile: Option<Profile>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ConsentRecord {
    pub id: uuid::Uuid,
    pub purpose: String,
    pub given_at: String,
    pub given_by: Option<String>,
    pub channel: String,
    pub text_version: String,
    pub text_language: String,
    pub withdrawn_at: Option<String>,
}

impl PersonRecord {
    pub fn has_consent(&self, p: Purpose) -> bool {
        self.consents.iter().any(|c| c.purpose == p.as_str() && c.withdrawn_at.is_none())
    }
}

/// A search hit before ranking.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PersonSummary {
    pub id: uuid::Uuid,
    pub full_name: String,
    pub latin_name: Option<String>,
    pub birth_date: String,
    pub citizenship: String,
    pub languages: Vec<String>,
}

/// What is written for a new person, besides the checked data.
pub struct NewPersonRow<'a> {
    pub data: &'a PersonData,
    pub consents: &'a [Purpose],
    pub source: Source,
    pub document_language: &'a str,
    pub channel: &'a str,
    pub text_language: &'a str,
    pub text_version: &'a str,
    /// The immigration office's row key of a bulk import (idempotency).
    pub import_key: Option<&'a str>,
    pub name_keys: &'a [String],
}

pub(crate) fn birth_iso(y: i64, m: Option<i64>, d: Option<i64>) -> String {
    match (m, d) {
        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}"),
    }
}

const PERSON_COLS: &str = "id, full_name, latin_name, birth_year, birth_month, birth_day, citizenship, eu_citizen, \
     address, district, phone, email, certificate_required, permit_issued_on, document_language, source, \
     created_at, updated_at, last_contact_at";

fn person_from_row(r: &AnyRow) -> Result<PersonRecord> {
    Ok(PersonRecord {
        id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        full_name: r.try_get("full_name")?,
        latin_name: r.try_get("latin_name")?,
        birth_date: birth_iso(r.try_get("birth_year")?, r.try_get("birth_month")?, r.try_get("birth_day")?),
        citizenship: r.try_get("citizenship")?,
        eu_citizen: r.try_get::<i64, _>("eu_citizen")? != 0,
        address: r.try_get("address")?,
        district: r.try_get("district")?,
        phone: r.try_get("phone")?,
        email: r.try_get("email")?,
        certificate_required: r.try_get::<i64, _>("certificate_required")? != 0,
        permit_issued_on: r.try_get("permit_issued_on")?,
        document_language: r.try_get("document_language")?,
        source: r.try_get("source")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        last_contact_at: r.try_get("last_contact_at")?,
        languages: vec![],
        consents: vec![],
        profile: None,
    })
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, <sqlx::Any as sqlx::Database>::Arguments>;

/// Binds the 18 values of one `people` row, in the column order of the inserts
/// (id … import_key, then the creation time used for created/updated/last contact).
fn bind_person_row<'q>(q: AnyQuery<'q>, id: String, row: &NewPersonRow<'_>, now: String) -> AnyQuery<'q> {
    let d = row.data;
    q.bind(id)
        .bind(d.full_name.clone())
        .bind(d.latin_name.clone())
        .bind(i64::from(d.birth.year))
        .bind(d.birth.month.map(i64::from))
        .bind(d.birth.day.map(i64::from))
        .bind(d.citizenship.as_str())
        .bind(i64::from(d.citizenship.is_eu_eea_ch()))
        .bind(d.address.clone())
        .bind(d.district.clone())
        .bind(d.phone.clone())
        .bind(d.email.clone())
        .bind(i64::from(d.certificate_required))
        .bind(d.permit_issued_on.map(|p| p.to_string()))
        .bind(row.document_language.to_owned())
        .bind(row.source.as_str())
        .bind(row.import_key.map(str::to_owned))
        .bind(now)
}

/// The person's blocking keys, in one statement (duplicates of one key are one row).
async fn insert_keys(tx: &mut Tx, person: &str, birth_year: i16, keys: &[String]) -> Result<()> {
    let mut unique: Vec<&String> = keys.iter().collect();
    unique.sort();
    unique.dedup();
    if unique.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO name_keys (key, birth_year, person_id) VALUES {} ON CONFLICT DO NOTHING",
        values_rows(unique.len(), 3)
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for k in unique {
        q = q.bind(k.clone()).bind(i64::from(birth_year)).bind(person.to_owned());
    }
    q.execute(&mut **tx).await?;
    Ok(())
}

/// The person's languages, best first, in one statement.
async fn insert_languages(tx: &mut Tx, person: &str, data: &PersonData) -> Result<()> {
    if data.languages.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO person_languages (person_id, rank, language) VALUES {}",
        values_rows(data.languages.len(), 3)
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for (rank, l) in data.languages.iter().enumerate() {
        q = q.bind(person.to_owned()).bind(rank as i64).bind(l.as_str());
    }
    q.execute(&mut **tx).await?;
    Ok(())
}

/// Inserts one person inside a transaction. Returns `None` when the import key was
/// already imported (idempotent re-import).
/// `read_back`: the audit action of a read of the new record that the caller makes
/// right after the commit (the API answers with the record), written in this same
/// transaction and statement rather than in a second write transaction of its own.
pub(crate) async fn insert_person_tx(
    tx: &mut Tx,
    row: &NewPersonRow<'_>,
    actor: Option<uuid::Uuid>,
    read_back: Option<&'static str>,
) -> Result<Option<uuid::Uuid>> {
    let id = new_id();
    let ids = id.to_string();
    let now = time::now();
    let d = row.data;
    let q = sqlx::query(
        "INSERT INTO people (id, full_name, latin_name, birth_year, birth_month, birth_day, citizenship, \
         eu_citizen, address, district, phone, email, certificate_required, permit_issued_on, document_language, \
         source, import_key, created_at, updated_at, last_contact_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $18) \
         ON CONFLICT (import_key) DO NOTHING",
    );
    let r = bind_person_row(q, ids.clone(), row, now.clone()).execute(&mut **tx).await?;
    if r.rows_affected() == 0 {
        return Ok(None);
    }
    insert_languages(tx, &ids, d).await?;
    if !row.consents.is_empty() {
        let sql = format!(
            "INSERT INTO consents (id, person_id, purpose, given_at, given_by, channel, text_version, text_language) \
             VALUES {}",
            values_rows(row.consents.len(), 8)
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for p in row.consents {
            q = q
                .bind(new_id().to_string())
                .bind(ids.clone())
                .bind(p.as_str())
                .bind(now.clone())
                .bind(actor.map(|a| a.to_string()))
                .bind(row.channel.to_owned())
                .bind(row.text_version.to_owned())
                .bind(row.text_language.to_owned());
        }
        q.execute(&mut **tx).await?;
    }
    insert_keys(tx, &ids, d.birth.year, row.name_keys).await?;
    let mut events = vec![
        AuditEvent::new(actor, "person.create", "person").on(id).detail(format!("source={}", row.source.as_str())),
    ];
    if let Some(purpose) = read_back {
        events.push(AuditEvent::new(actor, purpose, "person").on(id));
    }
    insert_audits(tx, &events).await?;
    Ok(Some(id))
}

impl Store {
    pub async fn insert_person(&self, row: &NewPersonRow<'_>, actor: Option<uuid::Uuid>) -> Result<uuid::Uuid> {
        let mut tx = self.begin().await?;
        let id = insert_person_tx(&mut tx, row, actor, None).await?.ok_or(StoreError::Conflict("import_key"))?;
        tx.commit().await?;
        Ok(id)
    }

    /// Inserts a person and reads the record back for the answer. The read's audit
    /// entry (`purpose`) is written with the creation's, in its transaction: one write
    /// transaction per new person, not two (issue 10).
    pub async fn insert_person_and_read(
        &self,
        row: &NewPersonRow<'_>,
        actor: Option<uuid::Uuid>,
        purpose: &'static str,
    ) -> Result<PersonRecord> {
        let mut tx = self.begin().await?;
        let id =
            insert_person_tx(&mut tx, row, actor, Some(purpose)).await?.ok_or(StoreError::Conflict("import_key"))?;
        tx.commit().await?;
        let mut conn = self.read.acquire().await?;
        self.load_person(&mut conn, id).await
    }

    /// Imports many people in one transaction: all or nothing. Rows whose import key
    /// exists already are skipped. Returns (created, skipped).
    pub async fn import_people(&self, rows: &[NewPersonRow<'_>], actor: Option<uuid::Uuid>) -> Result<(usize, usize)> {
        let mut tx = self.begin().await?;
        let (mut created, mut skipped) = (0, 0);
        for row in rows {
            match insert_person_tx(&mut tx, row, actor, None).await? {
                Some(_) => created += 1,
                None => skipped += 1,
            }
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "person.import", "person").detail(format!("created={created} skipped={skipped}")),
        )
        .await?;
        tx.commit().await?;
        Ok((created, skipped))
    }

    /// The person's languages, best first, for proposing and booking a time — nothing
    /// else of the record is read, so no `person.read` entry is written: the booking's own
    /// audit entry names the person. `NotFound` when there is no such person.
    pub async fn languages_for_booking(&self, id: uuid::Uuid) -> Result<Vec<String>> {
        let mut conn = self.read.acquire().await?;
        let rows = sqlx::query(
            "SELECT l.language FROM people p LEFT JOIN person_languages l ON l.person_id = p.id \
             WHERE p.id = $1 ORDER BY l.rank",
        )
        .bind(id.to_string())
        .fetch_all(&mut *conn)
        .await?;
        if rows.is_empty() {
            return Err(StoreError::NotFound);
        }
        rows.iter()
            .filter_map(|r| r.try_get::<Option<String>, _>("language").transpose())
            .collect::<Result<_, _>>()
            .map_err(Into::into)
    }

    /// Where a booking's confirmation may go: the person's e-mail address, phone number and
    /// document language, only when the `reminders` consent (messages) is given and not
    /// withdrawn; `None` without it. Not audited as a read: it only feeds the message
    /// written in the booking's transaction, whose audit entry names the person.
    pub async fn contact_for_confirmation(
        &self,
        id: uuid::Uuid,
    ) -> Result<Option<(Option<String>, Option<String>, String)>> {
        let r = sqlx::query(
            "SELECT p.email, p.phone, p.document_language FROM people p WHERE p.id = $1 AND EXISTS \
             (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.purpose = 'reminders' AND c.withdrawn_at IS NULL)",
        )
        .bind(id.to_string())
        .fetch_optional(&self.read)
        .await?;
        match r {
            Some(r) => Ok(Some((r.try_get("email")?, r.try_get("phone")?, r.try_get("document_language")?))),
            None => Ok(None),
        }
    }

    async fn load_person(&self, conn: &mut sqlx::AnyConnection, id: uuid::Uuid) -> Result<PersonRecord> {
        let sql = format!("SELECT {PERSON_COLS} FROM people WHERE id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id.to_string())
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let mut p = person_from_row(&r)?;
        p.languages = sqlx::query("SELECT language FROM person_languages WHERE person_id = $1 ORDER BY rank")
            .bind(id.to_string())
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|r| r.try_get("language"))
            .collect::<Result<_, _>>()?;
        let consents = sqlx::query(
            "SELECT id, purpose, given_at, given_by, channel, text_version, text_language, withdrawn_at \
             FROM consents WHERE person_id = $1 ORDER BY given_at, id",
        )
        .bind(id.to_string())
        .fetch_all(&mut *conn)
        .await?;
        p.consents = consents
            .iter()
            .map(|r| {
                Ok(ConsentRecord {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    purpose: r.try_get("purpose")?,
                    given_at: r.try_get("given_at")?,
                    given_by: r.try_get("given_by")?,
                    channel: r.try_get("channel")?,
                    text_version: r.try_get("text_version")?,
                    text_language: r.try_get("text_language")?,
                    withdrawn_at: r.try_get("withdrawn_at")?,
                })
            })
            .collect::<Result<_>>()?;
        let prof = sqlx::query(
            "SELECT education_level, profession, qualifications, language_level FROM profiles WHERE person_id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(&mut *conn)
        .await?;
        p.profile = prof
            .map(|r| -> Result<Profile> {
                Ok(Profile {
                    education_level: r.try_get("education_level")?,
                    profession: r.try_get("profession")?,
                    qualifications: r.try_get("qualifications")?,
                    language_level: r.try_get("language_level")?,
                })
            })
            .transpose()?;
        Ok(p)
    }

    /// Reads a person's record for a staff member and writes `person.read` to the audit
    /// log first: no read without its entry.
    pub async fn read_person(
        &self,
        id: uuid::Uuid,
        actor: Option<uuid::Uuid>,
        purpose: &'static str,
    ) -> Result<PersonRecord> {
        let mut conn = self.read.acquire().await?;
        let p = self.load_person(&mut conn, id).await?;
        drop(conn);
        self.audit(&AuditEvent::new(actor, purpose, "person").on(id)).await?;
        Ok(p)
    }

    /// Candidates for a name search: the people sharing the most blocking keys with
    /// the query (at most `limit`), optionally narrowed by birth year, month and day (a
    /// stored year-only date matches any month and day of that year). With no keys: the
    /// people born on that date. Languages are not filled in (see `languages_of`).
    /// How many people one blocking key may contribute to a search.
    pub const PER_KEY: i64 = 2_000;

    pub async fn search_candidates(
        &self,
        keys: &[String],
        birth: Option<(i64, Option<i64>, Option<i64>)>,
        limit: i64,
    ) -> Result<Vec<PersonSummary>> {
        let (by, bm, bd) = match birth {
            Some((y, m, d)) => (Some(y), m, d),
            None => (None, None, None),
        };
        let birth_sql = "($1 IS NULL OR p.birth_year = $1) \
             AND ($2 IS NULL OR p.birth_month IS NULL OR p.birth_month = $2) \
             AND ($3 IS NULL OR p.birth_day IS NULL OR p.birth_day = $3)";
        let rows = if keys.is_empty() {
            if by.is_none() {
                return Ok(vec![]);
            }
            let sql = format!(
                "SELECT p.id, p.full_name, p.latin_name, p.birth_year, p.birth_month, p.birth_day, p.citizenship \
                 FROM people p WHERE {birth_sql} ORDER BY p.id LIMIT $4"
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(by).bind(bm).bind(bd).bind(limit).fetch_all(&self.read).await?
        } else {
            // Keys are few (at most a dozen) and bound one by one. Each key contributes
            // at most PER_KEY people (a very common name must not make the query read
            // half the register); the people sharing the most keys come first, counted
            // on the key index alone, and only the best `limit` are joined with `people`.
            let members: Vec<String> = (0..keys.len())
                .map(|i| {
                    format!(
                        "SELECT person_id FROM (SELECT person_id FROM name_keys WHERE key = ${} \
                         AND ($1 IS NULL OR birth_year = $1) LIMIT {}) AS s{i}",
                        i + 5,
                        Self::PER_KEY
                    )
                })
                .collect();
            let sql = format!(
                "SELECT p.id, p.full_name, p.latin_name, p.birth_year, p.birth_month, p.birth_day, p.citizenship, c.shared \
                 FROM (SELECT person_id, COUNT(*) AS shared FROM ({}) AS u \
                       GROUP BY person_id ORDER BY shared DESC, person_id LIMIT $4) AS c \
                 JOIN people p ON p.id = c.person_id \
                 WHERE {birth_sql} ORDER BY c.shared DESC, p.id",
                members.join(" UNION ALL ")
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(by).bind(bm).bind(bd).bind(limit);
            for k in keys {
                q = q.bind(k.clone());
            }
            q.fetch_all(&self.read).await?
        };
        rows.iter()
            .map(|r| {
                Ok(PersonSummary {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    full_name: r.try_get("full_name")?,
                    latin_name: r.try_get("latin_name")?,
                    birth_date: birth_iso(r.try_get("birth_year")?, r.try_get("birth_month")?, r.try_get("birth_day")?),
                    citizenship: r.try_get("citizenship")?,
                    languages: vec![],
                })
            })
            .collect()
    }

    /// Fills in the languages of a few people (one query).
    pub async fn fill_languages(&self, people: &mut [PersonSummary]) -> Result<()> {
        if people.is_empty() {
            return Ok(());
        }
        let placeholders: Vec<String> = (0..people.len()).map(|i| format!("${}", i + 1)).collect();
        let sql = format!(
            "SELECT person_id, language FROM person_languages WHERE person_id IN ({}) ORDER BY person_id, rank",
            placeholders.join(", ")
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for p in people.iter() {
            q = q.bind(p.id.to_string());
        }
        for r in q.fetch_all(&self.read).await? {
            let pid = parse_uuid(&r.try_get::<String, _>("person_id")?)?;
            if let Some(p) = people.iter_mut().find(|p| p.id == pid) {
                p.languages.push(r.try_get("language")?);
            }
        }
        Ok(())
    }

    /// Rectification (Art. 16): the new data replaces the old; the audit entry names the
    /// fields that changed (never their values).
    pub async fn update_person(
        &self,
        id: uuid::Uuid,
        d: &PersonData,
        document_language: &str,
        keys: &[String],
        changed: &[&str],
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let ids = id.to_string();
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE people SET full_name = $2, latin_name = $3, birth_year = $4, birth_month = $5, birth_day = $6, \
             citizenship = $7, eu_citizen = $8, address = $9, district = $10, phone = $11, email = $12, \
             certificate_required = $13, permit_issued_on = $14, document_language = $15, updated_at = $16 \
             WHERE id = $1",
        )
        .bind(ids.clone())
        .bind(d.full_name.clone())
        .bind(d.latin_name.clone())
        .bind(i64::from(d.birth.year))
        .bind(d.birth.month.map(i64::from))
        .bind(d.birth.day.map(i64::from))
        .bind(d.citizenship.as_str())
        .bind(i64::from(d.citizenship.is_eu_eea_ch()))
        .bind(d.address.clone())
        .bind(d.district.clone())
        .bind(d.phone.clone())
        .bind(d.email.clone())
        .bind(i64::from(d.certificate_required))
        .bind(d.permit_issued_on.map(|p| p.to_string()))
        .bind(document_language.to_owned())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM person_languages WHERE person_id = $1").bind(ids.clone()).execute(&mut *tx).await?;
        insert_languages(&mut tx, &ids, d).await?;
        sqlx::query("DELETE FROM name_keys WHERE person_id = $1").bind(ids.clone()).execute(&mut *tx).await?;
        insert_keys(&mut tx, &ids, d.birth.year, keys).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "person.update", "person").on(id).detail(format!("fields={}", changed.join(","))),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a consent. A second live consent for the same purpose is a conflict
    /// (`consent_exists`), refused by the database's unique index.
    pub async fn record_consent(&self, person: uuid::Uuid, c: &GivenConsent, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let now = time::now();
        sqlx::query(
            "INSERT INTO consents (id, person_id, purpose, given_at, given_by, channel, text_version, text_language) \
             SELECT $1, id, $3, $4, $5, $6, $7, $8 FROM people WHERE id = $2",
        )
        .bind(new_id().to_string())
        .bind(person.to_string())
        .bind(c.purpose.as_str())
        .bind(now.clone())
        .bind(actor.map(|a| a.to_string()))
        .bind(c.channel)
        .bind(welcomedesk_domain::consent::TEXT_VERSION)
        .bind(c.text_language.clone())
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "consent_exists"))
        .and_then(|r| if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(r) })?;
        sqlx::query("UPDATE people SET last_contact_at = $2 WHERE id = $1")
            .bind(person.to_string())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "consent.give", "person")
                .on(person)
                .detail(format!("purpose={}", c.purpose.as_str())),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Withdraws a live consent and removes at once the data that depended on it (the
    /// profile for `profile`). The basic consent is withdrawn by erasing the person.
    pub async fn withdraw_consent(&self, person: uuid::Uuid, p: Purpose, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        withdraw_consent_in(&mut tx, person, p, actor).await?;
        tx.commit().await?;
        self.scrub().await;
        Ok(())
    }

    /// Stores the optional profile. The database refuses it without a live `profile`
    /// consent (`consent_missing`), whatever the caller checked before.
    pub async fn upsert_profile(&self, person: uuid::Uuid, p: &Profile, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let ids = person.to_string();
        sqlx::query("DELETE FROM profiles WHERE person_id = $1").bind(ids.clone()).execute(&mut *tx).await?;
        let r = sqlx::query(
            "INSERT INTO profiles (person_id, education_level, profession, qualifications, language_level, updated_at) \
             SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS \
               (SELECT 1 FROM consents WHERE person_id = $1 AND purpose = 'profile' AND withdrawn_at IS NULL)",
        )
        .bind(ids.clone())
        .bind(p.education_level.clone())
        .bind(p.profession.clone())
        .bind(p.qualifications.clone())
        .bind(p.language_level.clone())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::Conflict("consent_missing"));
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "person.profile", "person").on(person)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Merges `remove` into `keep`: languages are united, consents and the profile move
    /// where `keep` has none, then `remove` is deleted. One transaction.
    pub async fn merge_people(&self, keep: uuid::Uuid, remove: uuid::Uuid, actor: Option<uuid::Uuid>) -> Result<()> {
        if keep == remove {
            return Err(StoreError::Conflict("merge_same"));
        }
        let (k, r) = (keep.to_string(), remove.to_string());
        let mut tx = self.begin().await?;
        let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM people WHERE id = $1 OR id = $2")
            .bind(k.clone())
            .bind(r.clone())
            .fetch_one(&mut *tx)
            .await?
            .try_get("n")?;
        if n != 2 {
            return Err(StoreError::NotFound);
        }
        sqlx::query(
            "INSERT INTO person_languages (person_id, rank, language) \
             SELECT $1, (SELECT COALESCE(MAX(rank), -1) FROM person_languages WHERE person_id = $1) + 1 + o.rank, o.language \
             FROM person_languages o WHERE o.person_id = $2 \
             AND NOT EXISTS (SELECT 1 FROM person_languages k WHERE k.person_id = $1 AND k.language = o.language)",
        )
        .bind(k.clone())
        .bind(r.clone())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE consents SET person_id = $1 WHERE person_id = $2 AND NOT (withdrawn_at IS NULL AND purpose IN \
             (SELECT purpose FROM consents WHERE person_id = $1 AND withdrawn_at IS NULL))",
        )
        .bind(k.clone())
        .bind(r.clone())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE profiles SET person_id = $1 WHERE person_id = $2 \
             AND NOT EXISTS (SELECT 1 FROM profiles WHERE person_id = $1)",
        )
        .bind(k.clone())
        .bind(r.clone())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE people SET last_contact_at = (SELECT MAX(last_contact_at) FROM people WHERE id = $1 OR id = $2), \
             updated_at = $3 WHERE id = $1",
        )
        .bind(k.clone())
        .bind(r.clone())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        // Appointments follow the person; their time units too where the kept record is free.
        sqlx::query("UPDATE appointments SET person_id = $1 WHERE person_id = $2")
            .bind(k.clone())
            .bind(r.clone())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE person_units SET person_id = $1 WHERE person_id = $2 AND unit_start NOT IN \
             (SELECT unit_start FROM person_units WHERE person_id = $1)",
        )
        .bind(k.clone())
        .bind(r.clone())
        .execute(&mut *tx)
        .await?;
        // Passports, stamps and vouchers follow the kept record.
        crate::vouchers::merge_people(&mut tx, &k, &r).await?;
        crate::reservations::merge_people(&mut tx, &k, &r).await?;
        sqlx::query("DELETE FROM people WHERE id = $1").bind(r.clone()).execute(&mut *tx).await?;
        record_erasure(&mut tx, "merge").await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "person.merge", "person").on(keep).detail(format!("merged={remove}")),
        )
        .await?;
        tx.commit().await?;
        self.scrub().await;
        Ok(())
    }

    /// Erases a person (Art. 17): the record and everything hanging on it go; an
    /// anonymous erasure record and the audit entry (ids only) stay. Deleted content is
    /// overwritten on SQLite (`secure_delete`) and the WAL is truncated afterwards.
    pub async fn erase_person(&self, id: uuid::Uuid, reason: &'static str, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        // What a counsellor wrote about the person goes too (the topics chosen from the
        // list as well); the appointment itself stays, without a person, for the figures.
        sqlx::query(
            "DELETE FROM appointment_topics WHERE appointment_id IN (SELECT id FROM appointments WHERE person_id = $1)",
        )
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE appointments SET topics = NULL, handed_out = NULL, referrals = NULL, notes = NULL, \
             childcare_needed = 0, children_ages = NULL WHERE person_id = $1",
        )
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        // Module registrations and attendances stay as anonymous figures (the seat and
        // the attendance count); what described the person goes. The database sets
        // their person_id to NULL with the person's row.
        sqlx::query(
            "UPDATE registrations SET contact_name = NULL, contact_phone = NULL, contact_email = NULL, \
             children_ages = NULL WHERE person_id = $1",
        )
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
        // Vouchers keep the money trail without their holder; passports and stamps go.
        crate::vouchers::erase_person(&mut tx, id).await?;
        // Seat reservations go, and the open ones give their seats back.
        crate::reservations::erase_person(&mut tx, id).await?;
        let r = sqlx::query("DELETE FROM people WHERE id = $1").bind(id.to_string()).execute(&mut *tx).await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        record_erasure(&mut tx, reason).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "person.erase", "person").on(id).detail(format!("reason={reason}")),
        )
        .await?;
        tx.commit().await?;
        self.scrub().await;
        Ok(())
    }

    /// After a removal of personal data: SQLite folds the WAL back and truncates it, so
    /// no old page with the data survives in it; PostgreSQL vacuums the tables so the
    /// dead rows are reclaimed.
    pub(crate) async fn scrub(&self) {
        let r = match self.backend() {
            Backend::Sqlite => sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(self.writer()).await.map(|_| ()),
            Backend::Postgres => sqlx::query(
                "VACUUM people, person_languages, consents, profiles, name_keys, passports, passport_stamps, vouchers, registrations, course_reservations",
            )
            .execute(self.writer())
            .await
            .map(|_| ()),
        };
        if let Err(e) = r {
            tracing::warn!(error = %e, "scrub after erasure failed; data goes with the next checkpoint or vacuum");
        }
    }

    /// People whose last contact is older than the cutoff (storage limitation).
    pub async fn list_expired_people(&self, cutoff: jiff::Timestamp, limit: i64) -> Result<Vec<uuid::Uuid>> {
        sqlx::query("SELECT id FROM people WHERE last_contact_at < $1 ORDER BY last_contact_at LIMIT $2")
            .bind(time::to_db(cutoff))
            .bind(limit)
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| parse_uuid(&r.try_get::<String, _>("id")?))
            .collect()
    }

    /// The audit entries about one person (for the export and the person page).
    pub async fn person_history(&self, id: uuid::Uuid) -> Result<Vec<crate::audit::AuditEntry>> {
        self.list_audit(&crate::audit::AuditFilter {
            entity: Some("person".into()),
            entity_id: Some(id.to_string()),
            limit: 500,
            ..Default::default()
        })
        .await
    }

    pub async fn count_people(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) AS n FROM people").fetch_one(&self.read).await?.try_get("n")?)
    }

    /// Sets the last contact (each coaching, module, desk contact… calls this).
    pub async fn touch_person(&self, id: uuid::Uuid, at: jiff::Timestamp) -> Result<()> {
        sqlx::query("UPDATE people SET last_contact_at = $2 WHERE id = $1 AND last_contact_at < $2")
            .bind(id.to_string())
            .bind(time::to_db(at))
            .execute(self.writer())
            .await?;
        Ok(())
    }
}

async fn record_erasure(tx: &mut Tx, reason: &str) -> Result<()> {
    sqlx::query("INSERT INTO erasures (id, erased_at, reason) VALUES ($1, $2, $3)")
        .bind(new_id().to_string())
        .bind(time::now())
        .bind(reason.to_owned())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    /// Loads many people at once for the benchmark generator: multi-row inserts in one
    /// transaction (no audit entries: generated data is not anybody's record). Not for
    /// real intake, which goes through `insert_person` / `import_people`.
    pub async fn bulk_insert_people(&self, rows: &[NewPersonRow<'_>]) -> Result<Vec<uuid::Uuid>> {
        // About 450 parameters per statement: sqlx binds SQLite parameters by name and
        // SQLite finds a name by walking the statement's list, so binding grows with the
        // square of the parameters (the reports' roll-up went 46 → 26 s at 442).
        const PEOPLE_PER_STMT: usize = 25;
        const TRIPLES_PER_STMT: usize = 150;
        let now = time::now();
        let ids: Vec<uuid::Uuid> = rows.iter().map(|_| new_id()).collect();
        let mut tx = self.begin().await?;
        for (chunk, chunk_ids) in rows.chunks(PEOPLE_PER_STMT).zip(ids.chunks(PEOPLE_PER_STMT)) {
            let mut sql = String::from(
                "INSERT INTO people (id, full_name, latin_name, birth_year, birth_month, birth_day, citizenship, \
                 eu_citizen, address, district, phone, email, certificate_required, permit_issued_on, document_language, \
                 source, import_key, created_at, updated_at, last_contact_at) VALUES ",
            );
            let mut n = 0;
            for i in 0..chunk.len() {
                if i > 0 {
                    sql.push(',');
                }
                sql.push('(');
                for c in 0..17 {
                    if c > 0 {
                        sql.push(',');
                    }
                    n += 1;
                    sql.push_str(&format!("${n}"));
                }
                sql.push_str(&format!(",${0},${0},${0})", n + 1));
                n += 1;
            }
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for (r, id) in chunk.iter().zip(chunk_ids) {
                q = bind_person_row(q, id.to_string(), r, now.clone());
            }
            q.execute(&mut *tx).await?;
            // Languages, consents and keys: one statement each per chunk.
            let mut lang_rows: Vec<(String, i64, &'static str)> = vec![];
            let mut key_rows: Vec<(String, String, i64)> = vec![];
            for (r, id) in chunk.iter().zip(chunk_ids) {
                for (rank, l) in r.data.languages.iter().enumerate() {
                    lang_rows.push((id.to_string(), rank as i64, l.as_str()));
                }
                for k in r.name_keys {
                    key_rows.push((id.to_string(), k.clone(), i64::from(r.data.birth.year)));
                }
            }
            for part in lang_rows.chunks(TRIPLES_PER_STMT) {
                let vals: Vec<String> =
                    (0..part.len()).map(|i| format!("(${}, ${}, ${})", 3 * i + 1, 3 * i + 2, 3 * i + 3)).collect();
                let mut q = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO person_languages (person_id, rank, language) VALUES {}",
                    vals.join(",")
                )));
                for (p, rank, l) in part {
                    q = q.bind(p.clone()).bind(*rank).bind(*l);
                }
                q.execute(&mut *tx).await?;
            }
            for part in key_rows.chunks(TRIPLES_PER_STMT) {
                let vals: Vec<String> =
                    (0..part.len()).map(|i| format!("(${}, ${}, ${})", 3 * i + 1, 3 * i + 2, 3 * i + 3)).collect();
                let mut q = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO name_keys (key, birth_year, person_id) VALUES {} ON CONFLICT DO NOTHING",
                    vals.join(",")
                )));
                for (p, k, y) in part {
                    q = q.bind(k.clone()).bind(*y).bind(p.clone());
                }
                q.execute(&mut *tx).await?;
            }
            let vals: Vec<String> = (0..chunk_ids.len())
                .map(|i| {
                    format!(
                        "(${}, ${}, 'basic', ${}, NULL, 'import', 'generated', 'en')",
                        3 * i + 1,
                        3 * i + 2,
                        3 * i + 3
                    )
                })
                .collect();
            let mut q = sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO consents (id, person_id, purpose, given_at, given_by, channel, text_version, text_language) VALUES {}",
                vals.join(",")
            )));
            for id in chunk_ids {
                q = q.bind(new_id().to_string()).bind(id.to_string()).bind(now.clone());
            }
            q.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(ids)
    }

    /// Refreshes the planner's statistics after a bulk load.
    pub async fn analyze(&self) -> Result<()> {
        sqlx::query("ANALYZE").execute(self.writer()).await?;
        Ok(())
    }
}

/// Records `c` for `person` inside the caller's transaction unless a live consent for
/// the purpose exists (the partial unique index `consents_live` decides, also under
/// concurrency: `ON CONFLICT DO NOTHING`). Returns whether a consent was recorded
/// (audited `consent.give` then).
pub(crate) async fn give_consent_if_missing(
    tx: &mut Tx,
    person: uuid::Uuid,
    c: &GivenConsent,
    actor: Option<uuid::Uuid>,
) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO consents (id, person_id, purpose, given_at, given_by, channel, text_version, text_language) \
         SELECT $1, id, $3, $4, $5, $6, $7, $8 FROM people WHERE id = $2 ON CONFLICT DO NOTHING",
    )
    .bind(new_id().to_string())
    .bind(person.to_string())
    .bind(c.purpose.as_str())
    .bind(time::now())
    .bind(actor.map(|a| a.to_string()))
    .bind(c.channel)
    .bind(welcomedesk_domain::consent::TEXT_VERSION)
    .bind(c.text_language.clone())
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1;
    if inserted {
        insert_audit(
            tx,
            &AuditEvent::new(actor, "consent.give", "person")
                .on(person)
                .detail(format!("purpose={}", c.purpose.as_str())),
        )
        .await?;
    }
    Ok(inserted)
}

/// Withdraws the live consent for `p` inside the caller's transaction (NotFound when
/// there is none) and removes the data that depended on it (the profile for `profile`).
pub(crate) async fn withdraw_consent_in(
    tx: &mut Tx,
    person: uuid::Uuid,
    p: Purpose,
    actor: Option<uuid::Uuid>,
) -> Result<()> {
    let r = sqlx::query(
        "UPDATE consents SET withdrawn_at = $3, withdrawn_by = $4 \
         WHERE person_id = $1 AND purpose = $2 AND withdrawn_at IS NULL",
    )
    .bind(person.to_string())
    .bind(p.as_str())
    .bind(time::now())
    .bind(actor.map(|a| a.to_string()))
    .execute(&mut **tx)
    .await?;
    if r.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    if p == Purpose::Profile {
        sqlx::query("DELETE FROM profiles WHERE person_id = $1").bind(person.to_string()).execute(&mut **tx).await?;
    }
    insert_audit(
        tx,
        &AuditEvent::new(actor, "consent.withdraw", "person").on(person).detail(format!("purpose={}", p.as_str())),
    )
    .await
}
