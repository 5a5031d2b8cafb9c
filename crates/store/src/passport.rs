//! Passports (R8): issued, replaced when lost (the old number stops working, the
//! history stays), verified by number or by the signed QR token; the stamps of attended
//! modules, and the hook the check-in calls in its transaction (`on_attendance`), which
//! also issues the vouchers the stamps have earned.

use crate::audit::{insert_audit, insert_audits};
use crate::{Result, Store, StoreError, Tx, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::passport::{PassportNumber, Stamp, TokenKey, TokenVerifier, hex_encode};
use welcomedesk_domain::vouchers::{Rule, VoucherCode};

pub type VoucherId = uuid::Uuid;

/// The name of the signing key in `secrets`.
pub const KEY_SECRET: &str = "passport_token_key";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Passport {
    pub id: uuid::Uuid,
    pub number: PassportNumber,
    pub person_id: uuid::Uuid,
    pub issued_at: String,
    pub ended_at: Option<String>,
    pub end_reason: Option<String>,
}

/// What a trainer or a provider sees when checking a passport: enough to compare with
/// the ID card, nothing else of the register.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PassportCheck {
    pub number: String,
    /// `valid`, or `replaced` when the number was ended (lost, damaged, merged).
    pub status: &'static str,
    pub holder_name: String,
    pub birth_date: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StampRow {
    pub source_ref: String,
    pub attended_on: String,
    pub topic: String,
    pub language: String,
    pub venue: String,
}

/// Fills a buffer from the OS's random source, remembering a failure (the caller
/// refuses to use the result then).
pub(crate) struct OsRandom {
    pub failed: bool,
}

impl OsRandom {
    pub fn new() -> Self {
        Self { failed: false }
    }
    pub fn fill(&mut self, b: &mut [u8]) {
        if getrandom::fill(b).is_err() {
            self.failed = true;
        }
    }
    pub fn check(&self) -> Result<()> {
        if self.failed { Err(StoreError::Corrupt("the OS random source failed".into())) } else { Ok(()) }
    }
}

pub(crate) fn fresh_code() -> Result<VoucherCode> {
    let mut r = OsRandom::new();
    let c = VoucherCode::generate(|b| r.fill(b));
    r.check()?;
    Ok(c)
}

fn fresh_number() -> Result<PassportNumber> {
    let mut r = OsRandom::new();
    let n = PassportNumber::generate(|b| r.fill(b));
    r.check()?;
    Ok(n)
}

fn passport_from(r: &sqlx::any::AnyRow) -> Result<Passport> {
    let number: String = r.try_get("number")?;
    Ok(Passport {
        id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        number: PassportNumber::parse(&number).map_err(|_| StoreError::Corrupt(format!("bad number {number:?}")))?,
        person_id: parse_uuid(&r.try_get::<String, _>("person_id")?)?,
        issued_at: r.try_get("issued_at")?,
        ended_at: r.try_get("ended_at")?,
        end_reason: r.try_get("end_reason")?,
    })
}

/// `1990-05-17`, `1990-05` or `1990`, as the register holds it.
pub(crate) fn birth_text(y: i64, m: Option<i64>, d: Option<i64>) -> String {
    match (m, d) {
        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}"),
    }
}

impl Store {
    /// The key that signs passport tokens, made on first use and shared by every
    /// instance through `secrets`.
    pub async fn passport_key(&self) -> Result<TokenKey> {
        let mut r = OsRandom::new();
        let mut fresh = [0u8; 32];
        r.fill(&mut fresh);
        r.check()?;
        let hex = self.secret_or_insert(KEY_SECRET, &hex_encode(&fresh)).await?;
        TokenKey::from_hex(&hex).ok_or_else(|| StoreError::Corrupt("passport key".into()))
    }

    pub async fn passport_verifier(&self) -> Result<TokenVerifier> {
        Ok(self.passport_key().await?.verifying())
    }

    /// The person's live passport; a new one when there is none (idempotent: asking
    /// twice, or two counsellors at once, gives the same passport).
    pub async fn issue_passport(&self, person: uuid::Uuid, actor: Option<uuid::Uuid>) -> Result<Passport> {
        if let Some(p) = self.live_passport(person).await? {
            return Ok(p);
        }
        let mut tx = self.begin().await?;
        let r = insert_passport(&mut tx, person, actor, "passport.issue").await;
        match r {
            Ok(p) => {
                tx.commit().await?;
                Ok(p)
            }
            Err(StoreError::Conflict(_)) => {
                drop(tx);
                self.live_passport(person).await?.ok_or(StoreError::NotFound)
            }
            Err(e) => Err(e),
        }
    }

    /// A lost or damaged passport: the old number stops working, a new one is issued;
    /// the stamps belong to the person and stay.
    pub async fn replace_passport(
        &self,
        person: uuid::Uuid,
        reason: &'static str,
        actor: Option<uuid::Uuid>,
    ) -> Result<Passport> {
        let mut tx = self.begin().await?;
        let ended = sqlx::query(
            "UPDATE passports SET ended_at = $2, end_reason = $3 WHERE person_id = $1 AND ended_at IS NULL",
        )
        .bind(person.to_string())
        .bind(time::now())
        .bind(reason)
        .execute(&mut *tx)
        .await?;
        if ended.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        let p = insert_passport(&mut tx, person, actor, "passport.replace").await?;
        tx.commit().await?;
        Ok(p)
    }

    pub async fn live_passport(&self, person: uuid::Uuid) -> Result<Option<Passport>> {
        sqlx::query(
            "SELECT id, number, person_id, issued_at, ended_at, end_reason FROM passports \
             WHERE person_id = $1 AND ended_at IS NULL",
        )
        .bind(person.to_string())
        .fetch_optional(&self.read)
        .await?
        .map(|r| passport_from(&r))
        .transpose()
    }

    /// Every passport the person had, newest first.
    pub async fn passports_of(&self, person: uuid::Uuid) -> Result<Vec<Passport>> {
        sqlx::query(
            "SELECT id, number, person_id, issued_at, ended_at, end_reason FROM passports \
             WHERE person_id = $1 ORDER BY id DESC",
        )
        .bind(person.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(passport_from)
        .collect()
    }

    /// Checks a typed number (audited). `None`: no passport has it.
    pub async fn check_passport(
        &self,
        number: &PassportNumber,
        actor: Option<uuid::Uuid>,
    ) -> Result<Option<PassportCheck>> {
        let row = sqlx::query(
            "SELECT p.number, p.person_id, p.ended_at, h.full_name, h.latin_name, h.birth_year, h.birth_month, \
             h.birth_day FROM passports p JOIN people h ON h.id = p.person_id WHERE p.number = $1",
        )
        .bind(number.as_str().to_owned())
        .fetch_optional(&self.read)
        .await?;
        let Some(r) = row else {
            self.audit(&AuditEvent::new(actor, "passport.verify", "passport").detail("result=unknown")).await?;
            return Ok(None);
        };
        let person: String = r.try_get("person_id")?;
        let ended: Option<String> = r.try_get("ended_at")?;
        let status = if ended.is_some() { "replaced" } else { "valid" };
        self.audit(
            &AuditEvent::new(actor, "person.passport_verify", "person").on(&person).detail(format!("result={status}")),
        )
        .await?;
        let latin: Option<String> = r.try_get("latin_name")?;
        let full: String = r.try_get("full_name")?;
        Ok(Some(PassportCheck {
            number: number.display(),
            status,
            holder_name: match latin {
                Some(l) if l != full => format!("{full} ({l})"),
                _ => full,
            },
            birth_date: birth_text(r.try_get("birth_year")?, r.try_get("birth_month")?, r.try_get("birth_day")?),
        }))
    }

    /// Checks a scanned QR token: the signature first (a forged or altered token is
    /// refused without a database read), then that the number is the person's.
    pub async fn check_passport_token(
        &self,
        token: &str,
        actor: Option<uuid::Uuid>,
    ) -> Result<Result<PassportCheck, &'static str>> {
        let claims = match self.passport_verifier().await?.verify(token) {
            Ok(c) => c,
            Err(e) => {
                self.audit(
                    &AuditEvent::new(actor, "passport.verify", "passport").detail(format!("result={}", e.code())),
                )
                .await?;
                return Ok(Err(e.code()));
            }
        };
        let owner: Option<String> = sqlx::query("SELECT person_id FROM passports WHERE number = $1")
            .bind(claims.number.as_str().to_owned())
            .fetch_optional(&self.read)
            .await?
            .map(|r| r.try_get("person_id"))
            .transpose()?;
        if owner.as_deref() != Some(claims.person_id.to_string().as_str()) {
            self.audit(&AuditEvent::new(actor, "passport.verify", "passport").detail("result=unknown")).await?;
            return Ok(Err("passport_unknown"));
        }
        Ok(self.check_passport(&claims.number, actor).await?.ok_or("passport_unknown"))
    }

    pub async fn stamps_of(&self, person: uuid::Uuid) -> Result<Vec<StampRow>> {
        sqlx::query(
            "SELECT source_ref, attended_on, topic, language, venue FROM passport_stamps \
             WHERE person_id = $1 ORDER BY attended_on, id",
        )
        .bind(person.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(StampRow {
                source_ref: r.try_get("source_ref")?,
                attended_on: r.try_get("attended_on")?,
                topic: r.try_get("topic")?,
                language: r.try_get("language")?,
                venue: r.try_get("venue")?,
            })
        })
        .collect()
    }

    /// `on_attendance` in a transaction of its own (tests, the bench, the API).
    pub async fn record_stamp(&self, stamp: &Stamp) -> Result<Vec<VoucherId>> {
        let mut tx = self.begin().await?;
        let ids = on_attendance(&mut tx, stamp).await?;
        tx.commit().await?;
        Ok(ids)
    }
}

async fn insert_passport(
    tx: &mut Tx,
    person: uuid::Uuid,
    actor: Option<uuid::Uuid>,
    action: &'static str,
) -> Result<Passport> {
    let id = new_id();
    let now = time::now();
    // A collision of two random numbers (29⁹ of them) is retried with a fresh one.
    for _ in 0..3 {
        let number = fresh_number()?;
        let r = sqlx::query(
            "INSERT INTO passports (id, number, person_id, issued_at, issued_by) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (number) DO NOTHING",
        )
        .bind(id.to_string())
        .bind(number.as_str().to_owned())
        .bind(person.to_string())
        .bind(now.clone())
        .bind(actor.map(|a| a.to_string()))
        .execute(&mut **tx)
        .await
        .map_err(|e| match &e {
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => StoreError::NotFound,
            _ => conflict_on_unique(e, "passport_live"),
        })?;
        if r.rows_affected() == 1 {
            insert_audit(tx, &AuditEvent::new(actor, action, "person").on(person).detail(format!("passport={id}")))
                .await?;
            return Ok(Passport { id, number, person_id: person, issued_at: now, ended_at: None, end_reason: None });
        }
    }
    Err(StoreError::Conflict("passport_number"))
}

/// The check-in's hook, inside its transaction: records the stamp once (the same
/// `source_ref` again changes nothing) and issues the vouchers the person's stamps have
/// earned under the rules in force on the day — the language-course programme's and each
/// active offer's (issue 12) —, each earning step at most once per lineage (unique
/// `(person_id, COALESCE(offer_id, ''), ordinal)`). Returns the vouchers issued now.
pub async fn on_attendance(tx: &mut Tx, stamp: &Stamp) -> Result<Vec<VoucherId>> {
    on_attendance_with(tx, stamp, None, None).await
}

/// [`on_attendance`] for a caller that has already read the person's row in this
/// transaction — on PostgreSQL `FOR UPDATE`, which is the per-person lock this hook
/// needs — and passes its `certificate_required` as `certificate`; and that has an audit
/// entry of its own to write (`also`), which goes into one statement with the stamp's
/// entry. Both save a statement on the check-in, which holds the single SQLite writer
/// (issue 10). `also` is written whether or not the stamp is new.
pub(crate) async fn on_attendance_with(
    tx: &mut Tx,
    stamp: &Stamp,
    certificate: Option<bool>,
    also: Option<AuditEvent>,
) -> Result<Vec<VoucherId>> {
    let person = stamp.person_id.to_string();
    let cert = match certificate {
        Some(c) => c,
        None => {
            // PostgreSQL: one evaluation per person at a time, so two check-ins at once
            // cannot both count one stamp short and miss a step. (SQLite writers are
            // serial already.)
            let lock = if tx.backend_name() == "PostgreSQL" {
                "SELECT certificate_required FROM people WHERE id = $1 FOR UPDATE"
            } else {
                "SELECT certificate_required FROM people WHERE id = $1"
            };
            let c: i64 = sqlx::query(lock)
                .bind(person.clone())
                .fetch_optional(&mut **tx)
                .await?
                .ok_or(StoreError::NotFound)?
                .try_get("certificate_required")?;
            c != 0
        }
    };
    let day = stamp.attended_on.to_string();
    let new = sqlx::query(
        "INSERT INTO passport_stamps (id, person_id, source_ref, attended_on, topic, language, venue, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (person_id, source_ref) DO NOTHING",
    )
    .bind(new_id().to_string())
    .bind(person.clone())
    .bind(stamp.source_ref.clone())
    .bind(day.clone())
    .bind(stamp.topic.clone())
    .bind(stamp.language.clone())
    .bind(stamp.venue.clone())
    .bind(time::now())
    .execute(&mut **tx)
    .await?;
    let mut audits: Vec<AuditEvent> = Vec::with_capacity(2);
    if new.rows_affected() == 1 {
        audits.push(
            AuditEvent::new(None, "person.passport_stamp", "person").on(&person).detail(stamp.source_ref.clone()),
        );
    }
    audits.extend(also);
    insert_audits(tx, &audits).await?;
    if new.rows_affected() == 0 {
        return Ok(Vec::new());
    }
    // Every lineage in force on the day: the language-course programme (offer NULL) and
    // each active offer. One count of stamps (read after this one was added, under the
    // person's lock) serves them all; each step at most once.
    let (rules, modules) = crate::vouchers::rules_on(tx, &day, &person).await?;
    if rules.is_empty() {
        return Ok(Vec::new());
    }
    let mut issued = Vec::new();
    for crate::vouchers::Lineage { rule: (rule_id, rule, offer), from_step } in &rules {
        let due = rule.vouchers_due(u32::try_from(modules).unwrap_or(u32::MAX));
        for ordinal in *from_step..=due {
            if let Some(id) = insert_voucher(
                tx,
                &IssueVoucher {
                    person: stamp.person_id,
                    rule_id: *rule_id,
                    rule,
                    offer: *offer,
                    certificate: cert,
                    issued_on: stamp.attended_on,
                    ordinal: Some(i64::from(ordinal)),
                    source: "attendance",
                    source_ref: Some(&stamp.source_ref),
                    reason: None,
                    actor: None,
                },
            )
            .await?
            {
                issued.push(id);
            }
        }
    }
    Ok(issued)
}

pub(crate) struct IssueVoucher<'a> {
    pub person: uuid::Uuid,
    pub rule_id: uuid::Uuid,
    pub rule: &'a Rule,
    /// The offer of an offer's rule, with its validity in days (`None`: the programme).
    pub offer: Option<(uuid::Uuid, u32)>,
    pub certificate: bool,
    pub issued_on: jiff::civil::Date,
    pub ordinal: Option<i64>,
    pub source: &'static str,
    pub source_ref: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub actor: Option<uuid::Uuid>,
}

/// Inserts a voucher and its parts; `None` when this earning step was issued already.
pub(crate) async fn insert_voucher(tx: &mut Tx, v: &IssueVoucher<'_>) -> Result<Option<VoucherId>> {
    let id = new_id();
    let value = v.rule.value_for(v.certificate);
    let code = fresh_code()?;
    let expires_on = match v.offer {
        Some((_, days)) => welcomedesk_domain::offers::expires_on(v.issued_on, days),
        None => v.rule.expires_on(v.issued_on),
    };
    let r = sqlx::query(
        "INSERT INTO vouchers (id, code, person_id, rule_id, ordinal, certificate, value_cents, issued_on, \
         expires_on, earliest_start, source, source_ref, issue_reason, issued_at, issued_by, offer_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) \
         ON CONFLICT (person_id, COALESCE(offer_id, ''), ordinal) DO NOTHING",
    )
    .bind(id.to_string())
    .bind(code.as_str().to_owned())
    .bind(v.person.to_string())
    .bind(v.rule_id.to_string())
    .bind(v.ordinal)
    .bind(i64::from(v.certificate))
    .bind(value)
    .bind(v.issued_on.to_string())
    .bind(expires_on.to_string())
    .bind(v.rule.earliest_start(v.issued_on).to_string())
    .bind(v.source)
    .bind(v.source_ref.map(str::to_owned))
    .bind(v.reason.map(str::to_owned))
    .bind(time::now())
    .bind(v.actor.map(|a| a.to_string()))
    .bind(v.offer.map(|o| o.0.to_string()))
    .execute(&mut **tx)
    .await
    .map_err(|e| match &e {
        sqlx::Error::Database(d) if d.is_foreign_key_violation() => StoreError::NotFound,
        _ => conflict_on_unique(e, "voucher_code"),
    })?;
    if r.rows_affected() == 0 {
        return Ok(None);
    }
    for (i, part) in v.rule.split(value).into_iter().enumerate() {
        sqlx::query("INSERT INTO voucher_parts (voucher_id, part, value_cents) VALUES ($1, $2, $3)")
            .bind(id.to_string())
            .bind(i as i64 + 1)
            .bind(part)
            .execute(&mut **tx)
            .await?;
    }
    let action = if v.source == "manual" { "voucher.issue_manual" } else { "voucher.issue" };
    insert_audit(
        tx,
        &AuditEvent::new(v.actor, action, "voucher").on(id).detail(match v.offer {
            Some((o, _)) => format!("person={} rule={} offer={o} ordinal={:?}", v.person, v.rule_id, v.ordinal),
            None => format!("person={} rule={} ordinal={:?}", v.person, v.rule_id, v.ordinal),
        }),
    )
    .await?;
    Ok(Some(id))
}
