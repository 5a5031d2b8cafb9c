//! Vouchers (R7, R8): the programme's rules, vouchers issued by attendance or by hand,
//! revocation, the provider's look-up and redemption (one per part, whatever the
//! concurrency), course progress, the reconciliation of the city's liability.
//!
//! Every refusal is a `Refusal` (the domain decides), recorded in the audit log in a
//! transaction of its own while the refused change is rolled back.

use crate::audit::insert_audit;
use crate::passport::{IssueVoucher, VoucherId, birth_text, insert_voucher};
use crate::{Result, Store, StoreError, Tx, conflict_on_unique, new_id, parse_uuid, time};
use jiff::civil::Date;
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::vouchers::{
    CourseFacts, Level, Progress, ProviderStanding, RedemptionFacts, Refusal, Rule, VoucherCode, check_redemption,
};

const RULE_COLS: &str = "id, name, valid_from, first_after, further_every, max_vouchers, value_cents, \
     value_cents_certificate, parts, validity_months, level_min, level_max, start_weeks_before";

fn date(s: &str) -> Result<Date> {
    s.parse().map_err(|_| StoreError::Corrupt(format!("bad date {s:?}")))
}

fn level(s: &str) -> Result<Level> {
    Level::parse("level", s).map_err(|_| StoreError::Corrupt(format!("bad level {s:?}")))
}

fn rule_from(r: &sqlx::any::AnyRow) -> Result<(uuid::Uuid, Rule)> {
    let n = |c: &str| -> Result<u32> { Ok(u32::try_from(r.try_get::<i64, _>(c)?).unwrap_or(0)) };
    Ok((
        parse_uuid(&r.try_get::<String, _>("id")?)?,
        Rule {
            name: r.try_get("name")?,
            valid_from: date(&r.try_get::<String, _>("valid_from")?)?,
            first_after: n("first_after")?,
            further_every: n("further_every")?,
            max_vouchers: n("max_vouchers")?,
            value_cents: r.try_get("value_cents")?,
            value_cents_certificate: r.try_get("value_cents_certificate")?,
            parts: n("parts")?,
            validity_months: n("validity_months")?,
            level_min: level(&r.try_get::<String, _>("level_min")?)?,
            level_max: level(&r.try_get::<String, _>("level_max")?)?,
            start_weeks_before: n("start_weeks_before")?,
        },
    ))
}

/// The language-course programme's rule in force on `day` (inside a transaction).
pub(crate) async fn rule_on(tx: &mut Tx, day: &str) -> Result<Option<(uuid::Uuid, Rule)>> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {RULE_COLS} FROM voucher_rules WHERE offer_id IS NULL AND valid_from <= $1 \
         ORDER BY valid_from DESC LIMIT 1"
    )))
    .bind(day.to_owned())
    .fetch_optional(&mut **tx)
    .await?
    .map(|r| rule_from(&r))
    .transpose()
}

/// A lineage's rule in force: its id, the rule, and for an offer the offer and its
/// validity in days.
pub(crate) type LineageRule = (uuid::Uuid, Rule, Option<(uuid::Uuid, u32)>);

/// A lineage's rule in force for one person, from [`rules_on`].
pub(crate) struct Lineage {
    pub rule: LineageRule,
    /// The first earning step that may not be issued yet (1 when unsure): steps below it
    /// are issued.
    pub from_step: u32,
}

/// Every lineage's rule in force on `day` (inside a transaction): the programme's
/// (offer `None`) and each active offer's, with the offer's validity in days — and, in
/// the same statement (the single SQLite writer is held for every statement of a
/// check-in, issue 10), how many passport stamps `person` has now (0 when no rule is in
/// force: then nothing is earned and the count is not needed). Also per lineage the first
/// earning step that may still be missing for `person` ([`Lineage::from_step`]), so that
/// a check-in of someone who has earned many steps does not try each of them again.
pub(crate) async fn rules_on(tx: &mut Tx, day: &str, person: &str) -> Result<(Vec<Lineage>, i64)> {
    // The steps issued per lineage, read through the unique index `vouchers_step`
    // (person, lineage, ordinal): when they are exactly 1..=max — as the check-in issues
    // them — the next missing one is max + 1; when there is a gap (steps issued some other
    // way), every step is tried again as before, and the unique index skips those issued.
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {RULE_COLS}, offer_id, validity_days, \
         (SELECT COUNT(*) FROM passport_stamps WHERE person_id = $2) AS stamps, \
         (SELECT MAX(v.ordinal) FROM vouchers v WHERE v.person_id = $2 \
          AND COALESCE(v.offer_id, '') = COALESCE(r.offer_id, '')) AS steps_max, \
         (SELECT COUNT(*) FROM vouchers v WHERE v.person_id = $2 \
          AND COALESCE(v.offer_id, '') = COALESCE(r.offer_id, '') AND v.ordinal >= 1) AS steps_n \
         FROM voucher_rules r WHERE valid_from <= $1 \
         AND (offer_id IS NULL OR EXISTS (SELECT 1 FROM offers o WHERE o.id = r.offer_id AND o.active = 1)) \
         ORDER BY offer_id, valid_from DESC"
    )))
    .bind(day.to_owned())
    .bind(person.to_owned())
    .fetch_all(&mut **tx)
    .await?;
    let stamps: i64 = match rows.first() {
        Some(r) => r.try_get("stamps")?,
        None => 0,
    };
    let mut out: Vec<Lineage> = Vec::new();
    let mut seen: Vec<Option<String>> = Vec::new();
    for r in &rows {
        let offer: Option<String> = r.try_get("offer_id")?;
        // The newest version per lineage (rows come newest first within each).
        if seen.contains(&offer) {
            continue;
        }
        seen.push(offer.clone());
        let (id, rule) = rule_from(r)?;
        let offer = match offer {
            Some(o) => {
                let days: Option<i64> = r.try_get("validity_days")?;
                Some((parse_uuid(&o)?, u32::try_from(days.unwrap_or(1)).unwrap_or(1)))
            }
            None => None,
        };
        let steps_max: Option<i64> = r.try_get("steps_max")?;
        let steps_n: i64 = r.try_get("steps_n")?;
        let from_step = match steps_max {
            Some(m) if m >= 1 && m == steps_n => u32::try_from(m + 1).unwrap_or(u32::MAX),
            _ => 1,
        };
        out.push(Lineage { rule: (id, rule, offer), from_step });
    }
    Ok((out, stamps))
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RuleRow {
    pub id: uuid::Uuid,
    #[serde(flatten)]
    pub rule: Rule,
    /// Vouchers issued under it (a rule in use is frozen).
    pub vouchers: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PartRow {
    pub part: i64,
    pub value_cents: i64,
    pub redeemed: bool,
}

/// A voucher as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VoucherRow {
    pub id: uuid::Uuid,
    pub code: String,
    pub person_id: Option<uuid::Uuid>,
    pub rule_id: uuid::Uuid,
    pub rule_name: String,
    pub ordinal: Option<i64>,
    pub value_cents: i64,
    pub remaining_cents: i64,
    pub issued_on: String,
    pub expires_on: String,
    pub earliest_start: String,
    pub level_min: String,
    pub level_max: String,
    pub source: String,
    pub issue_reason: Option<String>,
    pub revoked_at: Option<String>,
    pub revoke_reason: Option<String>,
    pub parts: Vec<PartRow>,
    /// The offer (issue 12); `None`: a language-course voucher of the programme.
    pub offer: Option<OfferRef>,
}

/// What a voucher shows of its offer: kind, issuer and title per language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OfferRef {
    pub id: uuid::Uuid,
    /// `language_course`, `city_tour`, `museum`, `pool`, `transport_trial` or `other`.
    pub kind: String,
    pub issuer_provider_id: uuid::Uuid,
    pub issuer_name: String,
    pub non_transferable: bool,
    /// `(language, title)`, English first.
    pub titles: Vec<(String, String)>,
}

impl OfferRef {
    pub fn title(&self, lang: &str) -> &str {
        welcomedesk_domain::offers::title_in(&self.titles, lang)
    }
}

/// What a provider sees after looking a code up: enough to check the holder and the
/// voucher, nothing else of the register.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VoucherCheck {
    pub code: String,
    pub holder_name: Option<String>,
    pub birth_date: Option<String>,
    pub remaining_cents: i64,
    pub issued_on: String,
    pub expires_on: String,
    pub earliest_start: String,
    pub level_min: String,
    pub level_max: String,
    /// `valid`, `expired`, `revoked` or `used`.
    pub status: &'static str,
    pub parts: Vec<PartRow>,
    /// The offer (issue 12); `None`: a language-course voucher of the programme.
    pub offer: Option<OfferRef>,
    /// Whether the voucher is redeemed for a course (the programme, language-course offers).
    pub needs_course: bool,
    /// Whether the holder's ID card must be checked.
    pub non_transferable: bool,
}

/// A provider's redemption request.
#[derive(Debug, Clone)]
pub struct Redeem<'a> {
    pub code: &'a str,
    /// The part to use; `None`: the first unused one.
    pub part: Option<i64>,
    /// The course (language vouchers); `None` for an offer redeemed at the issuer's desk.
    pub course_id: Option<uuid::Uuid>,
    /// `None`: the course's price, capped at the part's value.
    pub amount_cents: Option<i64>,
    pub id_checked: bool,
    pub today: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Redemption {
    pub id: uuid::Uuid,
    pub voucher_code: String,
    pub part: i64,
    pub provider_id: uuid::Uuid,
    /// `None` for an offer that is not a language course.
    pub course_id: Option<uuid::Uuid>,
    /// The course's title, or the offer's (English) title.
    pub course_title: String,
    pub amount_cents: i64,
    pub redeemed_on: String,
    /// The newest progress report (`enrolled`, `completed`, `dropped`) and level reached.
    pub progress: Option<String>,
    pub level_reached: Option<String>,
}

/// One line of the reconciliation: amounts in cents.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ReconRow {
    /// The month (`YYYY-MM`) of issue (by rule) or of redemption (by provider).
    pub month: String,
    /// The rule's or the provider's name.
    pub key: String,
    pub issued: i64,
    pub redeemed: i64,
    pub expired: i64,
    pub revoked: i64,
    pub outstanding: i64,
}

/// Writes one version of an earning rule: the language programme's (`offer` `None`) or an
/// offer's lineage (`Some((offer_id, validity_days))`). The one writer of `voucher_rules`.
pub(crate) async fn insert_rule_row(
    tx: &mut Tx,
    id: uuid::Uuid,
    rule: &Rule,
    offer: Option<(&str, u32)>,
    actor: Option<uuid::Uuid>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO voucher_rules (id, name, valid_from, first_after, further_every, max_vouchers, value_cents, \
         value_cents_certificate, parts, validity_months, level_min, level_max, start_weeks_before, created_at, \
         created_by, offer_id, validity_days) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
    )
    .bind(id.to_string())
    .bind(rule.name.clone())
    .bind(rule.valid_from.to_string())
    .bind(i64::from(rule.first_after))
    .bind(i64::from(rule.further_every))
    .bind(i64::from(rule.max_vouchers))
    .bind(rule.value_cents)
    .bind(rule.value_cents_certificate)
    .bind(i64::from(rule.parts))
    .bind(i64::from(rule.validity_months))
    .bind(rule.level_min.as_str())
    .bind(rule.level_max.as_str())
    .bind(i64::from(rule.start_weeks_before))
    .bind(time::now())
    .bind(actor.map(|a| a.to_string()))
    .bind(offer.map(|(o, _)| o.to_owned()))
    .bind(offer.map(|(_, d)| i64::from(d)))
    .execute(&mut **tx)
    .await
    .map_err(|e| conflict_on_unique(e, "rule_valid_from"))?;
    Ok(())
}

impl Store {
    pub async fn insert_rule(&self, rule: &Rule, actor: Option<uuid::Uuid>) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        insert_rule_row(&mut tx, id, rule, None, actor).await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "voucher_rule.create", "voucher_rule").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes a rule that has issued nothing yet; a rule in use is refused with
    /// `Conflict("rule_in_use")` (make a new version from a later date instead). The
    /// database's trigger refuses it too, whoever writes.
    pub async fn update_rule(&self, id: uuid::Uuid, rule: &Rule, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE voucher_rules SET name = $2, valid_from = $3, first_after = $4, further_every = $5, \
             max_vouchers = $6, value_cents = $7, value_cents_certificate = $8, parts = $9, validity_months = $10, \
             level_min = $11, level_max = $12, start_weeks_before = $13 \
             WHERE id = $1 AND offer_id IS NULL AND NOT EXISTS (SELECT 1 FROM vouchers WHERE rule_id = $1)",
        )
        .bind(id.to_string())
        .bind(rule.name.clone())
        .bind(rule.valid_from.to_string())
        .bind(i64::from(rule.first_after))
        .bind(i64::from(rule.further_every))
        .bind(i64::from(rule.max_vouchers))
        .bind(rule.value_cents)
        .bind(rule.value_cents_certificate)
        .bind(i64::from(rule.parts))
        .bind(i64::from(rule.validity_months))
        .bind(rule.level_min.as_str())
        .bind(rule.level_max.as_str())
        .bind(i64::from(rule.start_weeks_before))
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "rule_valid_from"))?;
        if r.rows_affected() == 0 {
            let exists = sqlx::query("SELECT 1 AS x FROM voucher_rules WHERE id = $1 AND offer_id IS NULL")
                .bind(id.to_string())
                .fetch_optional(&mut *tx)
                .await?
                .is_some();
            return Err(if exists { StoreError::Conflict("rule_in_use") } else { StoreError::NotFound });
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "voucher_rule.update", "voucher_rule").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn list_rules(&self) -> Result<Vec<RuleRow>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {RULE_COLS}, (SELECT COUNT(*) FROM vouchers v WHERE v.rule_id = r.id) AS n \
             FROM voucher_rules r WHERE offer_id IS NULL ORDER BY valid_from DESC"
        )))
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                let (id, rule) = rule_from(r)?;
                Ok(RuleRow { id, rule, vouchers: r.try_get("n")? })
            })
            .collect()
    }

    /// A voucher issued by hand, with a reason, under the rule in force on `today`.
    pub async fn issue_voucher_by_hand(
        &self,
        person: uuid::Uuid,
        reason: &str,
        today: Date,
        actor: Option<uuid::Uuid>,
    ) -> Result<VoucherId> {
        let mut tx = self.begin().await?;
        let (rule_id, rule) = rule_on(&mut tx, &today.to_string()).await?.ok_or(StoreError::Conflict("no_rule"))?;
        let cert: i64 = sqlx::query("SELECT certificate_required FROM people WHERE id = $1")
            .bind(person.to_string())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?
            .try_get("certificate_required")?;
        let id = insert_voucher(
            &mut tx,
            &IssueVoucher {
                person,
                rule_id,
                rule: &rule,
                offer: None,
                certificate: cert != 0,
                issued_on: today,
                ordinal: None,
                source: "manual",
                source_ref: None,
                reason: Some(reason),
                actor,
            },
        )
        .await?
        .ok_or(StoreError::Conflict("voucher_step"))?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "person.voucher_issue", "person").on(person).detail(format!("voucher={id}")),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Revokes a voucher with a reason; its unused parts can no longer be redeemed.
    pub async fn revoke_voucher(&self, id: uuid::Uuid, reason: &str, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE vouchers SET revoked_at = $2, revoked_by = $3, revoke_reason = $4 WHERE id = $1 AND revoked_at IS NULL",
        )
        .bind(id.to_string())
        .bind(time::now())
        .bind(actor.map(|a| a.to_string()))
        .bind(reason.to_owned())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "voucher.revoke", "voucher").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A person's vouchers, newest first (audited as a read of the person).
    pub async fn vouchers_of(&self, person: uuid::Uuid, actor: Option<uuid::Uuid>) -> Result<Vec<VoucherRow>> {
        let rows = self.voucher_rows("v.person_id = $1", &person.to_string()).await?;
        self.audit(&AuditEvent::new(actor, "person.vouchers_read", "person").on(person)).await?;
        Ok(rows)
    }

    pub async fn voucher(&self, id: uuid::Uuid) -> Result<VoucherRow> {
        self.voucher_rows("v.id = $1", &id.to_string()).await?.into_iter().next().ok_or(StoreError::NotFound)
    }

    async fn voucher_rows(&self, filter: &'static str, arg: &str) -> Result<Vec<VoucherRow>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT v.id, v.code, v.person_id, v.rule_id, r.name AS rule_name, v.ordinal, v.value_cents, v.issued_on, \
             v.expires_on, v.earliest_start, r.level_min, r.level_max, v.source, v.issue_reason, v.revoked_at, \
             v.revoke_reason, v.offer_id FROM vouchers v JOIN voucher_rules r ON r.id = v.rule_id WHERE {filter} \
             ORDER BY v.id DESC"
        )))
        .bind(arg.to_owned())
        .fetch_all(&self.read)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let id = parse_uuid(&r.try_get::<String, _>("id")?)?;
            let parts = self.parts_of(id).await?;
            let offer = match r.try_get::<Option<String>, _>("offer_id")? {
                Some(o) => Some(self.offer_ref(parse_uuid(&o)?).await?),
                None => None,
            };
            out.push(VoucherRow {
                id,
                code: VoucherCode::parse(&r.try_get::<String, _>("code")?)
                    .map(|c| c.display())
                    .map_err(|_| StoreError::Corrupt("voucher code".into()))?,
                person_id: r.try_get::<Option<String>, _>("person_id")?.map(|s| parse_uuid(&s)).transpose()?,
                rule_id: parse_uuid(&r.try_get::<String, _>("rule_id")?)?,
                rule_name: r.try_get("rule_name")?,
                ordinal: r.try_get("ordinal")?,
                value_cents: r.try_get("value_cents")?,
                remaining_cents: parts.iter().filter(|p| !p.redeemed).map(|p| p.value_cents).sum(),
                issued_on: r.try_get("issued_on")?,
                expires_on: r.try_get("expires_on")?,
                earliest_start: r.try_get("earliest_start")?,
                level_min: r.try_get("level_min")?,
                level_max: r.try_get("level_max")?,
                source: r.try_get("source")?,
                issue_reason: r.try_get("issue_reason")?,
                revoked_at: r.try_get("revoked_at")?,
                revoke_reason: r.try_get("revoke_reason")?,
                parts,
                offer,
            });
        }
        Ok(out)
    }

    async fn parts_of(&self, voucher: uuid::Uuid) -> Result<Vec<PartRow>> {
        sqlx::query(
            "SELECT p.part, p.value_cents, (SELECT COUNT(*) FROM redemptions r WHERE r.voucher_id = p.voucher_id \
             AND r.part = p.part) AS used FROM voucher_parts p WHERE p.voucher_id = $1 ORDER BY p.part",
        )
        .bind(voucher.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(PartRow {
                part: r.try_get("part")?,
                value_cents: r.try_get("value_cents")?,
                redeemed: r.try_get::<i64, _>("used")? > 0,
            })
        })
        .collect()
    }

    /// A provider looks a typed or scanned code up. Refusals (malformed, check digit,
    /// unknown, provider not approved or suspended) are audited like the look-ups.
    pub async fn lookup_voucher(
        &self,
        raw: &str,
        provider: uuid::Uuid,
        today: Date,
        actor: Option<uuid::Uuid>,
    ) -> Result<Result<VoucherCheck, Refusal>> {
        let refuse = |r: Refusal| async move {
            self.audit(&AuditEvent::new(actor, "voucher.lookup_refused", "voucher").detail(r.code())).await?;
            Ok::<_, StoreError>(Err(r))
        };
        let code = match VoucherCode::parse(raw) {
            Ok(c) => c,
            Err(e) => return refuse(Refusal::from_code_error(e)).await,
        };
        match self.provider_standing(provider).await? {
            ProviderStanding::Approved => {}
            ProviderStanding::Suspended => return refuse(Refusal::ProviderSuspended).await,
            ProviderStanding::NotApproved => return refuse(Refusal::ProviderNotApproved).await,
        }
        let Some(r) = sqlx::query(
            "SELECT v.id, v.person_id, v.issued_on, v.expires_on, v.earliest_start, v.revoked_at, r.level_min, \
             r.level_max, h.full_name, h.latin_name, h.birth_year, h.birth_month, h.birth_day, v.offer_id \
             FROM vouchers v JOIN voucher_rules r ON r.id = v.rule_id LEFT JOIN people h ON h.id = v.person_id \
             WHERE v.code = $1",
        )
        .bind(code.as_str().to_owned())
        .fetch_optional(&self.read)
        .await?
        else {
            return refuse(Refusal::Unknown).await;
        };
        let id = parse_uuid(&r.try_get::<String, _>("id")?)?;
        let offer = match r.try_get::<Option<String>, _>("offer_id")? {
            Some(o) => Some(self.offer_ref(parse_uuid(&o)?).await?),
            None => None,
        };
        // Another organisation's offer voucher: neither its holder nor its state is shown.
        if offer.as_ref().is_some_and(|o| o.issuer_provider_id != provider) {
            self.audit(
                &AuditEvent::new(actor, "voucher.lookup_refused", "voucher").on(id).detail(Refusal::OtherIssuer.code()),
            )
            .await?;
            return Ok(Err(Refusal::OtherIssuer));
        }
        let parts = self.parts_of(id).await?;
        let remaining: i64 = parts.iter().filter(|p| !p.redeemed).map(|p| p.value_cents).sum();
        let expires_on: String = r.try_get("expires_on")?;
        let status = if r.try_get::<Option<String>, _>("revoked_at")?.is_some() {
            "revoked"
        } else if date(&expires_on)? < today {
            "expired"
        } else if remaining == 0 {
            "used"
        } else {
            "valid"
        };
        let person: Option<String> = r.try_get("person_id")?;
        let full: Option<String> = r.try_get("full_name")?;
        let latin: Option<String> = r.try_get("latin_name")?;
        let year: Option<i64> = r.try_get("birth_year")?;
        let mut tx = self.begin().await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "voucher.lookup", "voucher").on(id)).await?;
        if let Some(p) = &person {
            insert_audit(
                &mut tx,
                &AuditEvent::new(actor, "person.voucher_lookup", "person").on(p).detail(format!("voucher={id}")),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(Ok(VoucherCheck {
            code: code.display(),
            holder_name: full.map(|f| match latin {
                Some(l) if l != f => format!("{f} ({l})"),
                _ => f,
            }),
            birth_date: match year {
                Some(y) => Some(birth_text(y, r.try_get("birth_month")?, r.try_get("birth_day")?)),
                None => None,
            },
            remaining_cents: remaining,
            issued_on: r.try_get("issued_on")?,
            expires_on,
            earliest_start: r.try_get("earliest_start")?,
            level_min: r.try_get("level_min")?,
            level_max: r.try_get("level_max")?,
            status,
            parts,
            needs_course: offer.as_ref().is_none_or(|o| o.kind == "language_course"),
            non_transferable: offer.as_ref().is_none_or(|o| o.non_transferable),
            offer,
        }))
    }

    /// Redeems one part of a voucher for a course of the provider. At most once per
    /// part: the primary key of `redemptions` refuses a second one, whatever the
    /// concurrency. A refusal changes nothing and is audited.
    pub async fn redeem_voucher(
        &self,
        req: &Redeem<'_>,
        provider: uuid::Uuid,
        actor: uuid::Uuid,
    ) -> Result<Result<Redemption, Refusal>> {
        match self.try_redeem(req, provider, actor).await? {
            Ok(r) => Ok(Ok(r)),
            Err((refusal, voucher)) => {
                let mut ev =
                    AuditEvent::new(Some(actor), "voucher.redeem_refused", "voucher").detail(refusal.code().to_owned());
                if let Some(v) = voucher {
                    ev = ev.on(v);
                }
                self.audit(&ev).await?;
                Ok(Err(refusal))
            }
        }
    }

    async fn try_redeem(
        &self,
        req: &Redeem<'_>,
        provider: uuid::Uuid,
        actor: uuid::Uuid,
    ) -> Result<Result<Redemption, (Refusal, Option<uuid::Uuid>)>> {
        let code = match VoucherCode::parse(req.code) {
            Ok(c) => c,
            Err(e) => return Ok(Err((Refusal::from_code_error(e), None))),
        };
        let mut tx = self.begin().await?;
        // Everything the rules look at, in one statement (was four: each statement is a
        // round trip to the connection's thread while the single SQLite writer is held):
        // the voucher with its rule and offer; the part asked for, or else the first one
        // not redeemed, with whether it is used; the course; the provider's standing.
        let Some(v) = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT v.id, v.issued_on, v.expires_on, v.earliest_start, v.revoked_at, r.level_min, r.level_max, \
             o.kind, o.issuer_provider_id, o.non_transferable, \
             (SELECT t.title FROM offer_titles t WHERE t.offer_id = o.id AND t.lang = 'en') AS offer_title, \
             p.part, p.value_cents AS part_value, \
             (SELECT COUNT(*) FROM redemptions x WHERE x.voucher_id = v.id AND x.part = p.part) AS used, \
             c.provider_id AS course_provider, c.title AS course_title, c.level AS course_level, \
             c.starts_on AS course_starts_on, c.price_cents AS course_price, \
             ({standing}) AS standing \
             FROM vouchers v JOIN voucher_rules r ON r.id = v.rule_id LEFT JOIN offers o ON o.id = v.offer_id \
             LEFT JOIN voucher_parts p ON p.voucher_id = v.id AND p.part = COALESCE($2, \
               (SELECT MIN(q.part) FROM voucher_parts q WHERE q.voucher_id = v.id AND NOT EXISTS \
                 (SELECT 1 FROM redemptions x WHERE x.voucher_id = q.voucher_id AND x.part = q.part))) \
             LEFT JOIN courses c ON c.id = $3 \
             WHERE v.code = $1",
            standing = latest_standing("$4"),
        )))
        .bind(code.as_str().to_owned())
        .bind(req.part)
        .bind(req.course_id.map(|c| c.to_string()))
        .bind(provider.to_string())
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(Err((Refusal::Unknown, None)));
        };
        let vid: String = v.try_get("id")?;
        let voucher = parse_uuid(&vid)?;
        let refuse = |r: Refusal| Ok(Err((r, Some(voucher))));
        let Some(part) = v.try_get::<Option<i64>, _>("part")? else {
            return refuse(if req.part.is_some() { Refusal::NoSuchPart } else { Refusal::Used });
        };
        let kind: Option<String> = v.try_get("kind")?;
        let issuer: Option<String> = v.try_get("issuer_provider_id")?;
        let offer_kind = kind.clone().unwrap_or_else(|| "language_course".to_owned());
        let course_required = offer_kind == "language_course";
        let non_transferable = kind.is_none() || v.try_get::<Option<i64>, _>("non_transferable")? == Some(1);
        let course_provider: Option<String> = v.try_get("course_provider")?;
        let course = match (req.course_id, course_provider) {
            (Some(_), None) => {
                return refuse(if course_required { Refusal::ForeignProvider } else { Refusal::NotForCourses });
            }
            (Some(_), Some(provider_id)) => Some((
                CourseFacts {
                    provider_id: parse_uuid(&provider_id)?,
                    level: level(&v.try_get::<String, _>("course_level")?)?,
                    starts_on: date(&v.try_get::<String, _>("course_starts_on")?)?,
                },
                v.try_get::<String, _>("course_title")?,
                v.try_get::<i64, _>("course_price")?,
            )),
            (None, _) => None,
        };
        let part_value: i64 = v.try_get("part_value")?;
        let price: Option<i64> = course.as_ref().map(|c| c.2);
        let amount = req.amount_cents.unwrap_or_else(|| price.map_or(part_value, |p| p.min(part_value)));
        let standing = v
            .try_get::<Option<String>, _>("standing")?
            .map_or(ProviderStanding::NotApproved, |s| ProviderStanding::parse(&s));
        let facts = RedemptionFacts {
            today: req.today,
            issued_on: date(&v.try_get::<String, _>("issued_on")?)?,
            expires_on: date(&v.try_get::<String, _>("expires_on")?)?,
            revoked: v.try_get::<Option<String>, _>("revoked_at")?.is_some(),
            level_min: level(&v.try_get::<String, _>("level_min")?)?,
            level_max: level(&v.try_get::<String, _>("level_max")?)?,
            earliest_start: date(&v.try_get::<String, _>("earliest_start")?)?,
            part_value,
            part_used: v.try_get::<i64, _>("used")? > 0,
            provider_id: provider,
            provider_standing: standing,
            issuer_id: issuer.as_deref().map(parse_uuid).transpose()?,
            course_required,
            course: course.as_ref().map(|c| c.0.clone()),
            amount,
            id_required: non_transferable,
            id_checked: req.id_checked,
        };
        if let Err(r) = check_redemption(&facts) {
            return refuse(r);
        }
        let id = new_id();
        let ins = sqlx::query(
            "INSERT INTO redemptions (id, voucher_id, part, provider_id, course_id, amount_cents, redeemed_on, \
             redeemed_at, redeemed_by, id_checked, offer_kind) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(id.to_string())
        .bind(vid.clone())
        .bind(part)
        .bind(provider.to_string())
        .bind(req.course_id.map(|c| c.to_string()))
        .bind(amount)
        .bind(req.today.to_string())
        .bind(time::now())
        .bind(actor.to_string())
        .bind(i64::from(req.id_checked))
        .bind(offer_kind.clone())
        .execute(&mut *tx)
        .await;
        match ins {
            Ok(_) => {}
            Err(sqlx::Error::Database(d)) if d.is_unique_violation() => return refuse(Refusal::Used),
            Err(e) => return Err(e.into()),
        }
        insert_audit(
            &mut tx,
            &AuditEvent::new(Some(actor), "voucher.redeem", "voucher").on(voucher).detail(match req.course_id {
                Some(c) => format!("part={part} redemption={id} course={c}"),
                None => format!("part={part} redemption={id} offer_kind={offer_kind}"),
            }),
        )
        .await?;
        tx.commit().await?;
        Ok(Ok(Redemption {
            id,
            voucher_code: code.display(),
            part,
            provider_id: provider,
            course_id: req.course_id,
            course_title: match course {
                Some((_, title, _)) => title,
                None => v.try_get::<Option<String>, _>("offer_title")?.unwrap_or_default(),
            },
            amount_cents: amount,
            redeemed_on: req.today.to_string(),
            progress: None,
            level_reached: None,
        }))
    }

    /// A provider reports enrolment, completion (with the level reached) or drop-out of
    /// a course it redeemed a voucher for. Another provider's redemption is NotFound.
    pub async fn report_progress(
        &self,
        redemption: uuid::Uuid,
        provider: uuid::Uuid,
        status: Progress,
        level_reached: Option<Level>,
        today: Date,
        actor: uuid::Uuid,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let owner = sqlx::query("SELECT provider_id, voucher_id FROM redemptions WHERE id = $1")
            .bind(redemption.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        let Some(owner) = owner else { return Err(StoreError::NotFound) };
        if owner.try_get::<String, _>("provider_id")? != provider.to_string() {
            return Err(StoreError::NotFound);
        }
        sqlx::query(
            "INSERT INTO course_progress (id, redemption_id, status, level_reached, reported_on, reported_at, \
             reported_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(new_id().to_string())
        .bind(redemption.to_string())
        .bind(status.as_str())
        .bind(level_reached.map(|l| l.as_str()))
        .bind(today.to_string())
        .bind(time::now())
        .bind(actor.to_string())
        .execute(&mut *tx)
        .await?;
        // The furthest the voucher's holder got, kept on their row for the voucher
        // report (migration 0024): 1 = started, 2 = completed; it never goes back.
        sqlx::query(
            "UPDATE people SET course_reached = $2 \
             WHERE id = (SELECT person_id FROM vouchers WHERE id = $1) AND course_reached < $2",
        )
        .bind(owner.try_get::<String, _>("voucher_id")?)
        .bind(if status == Progress::Completed { 2_i64 } else { 1 })
        .execute(&mut *tx)
        .await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(Some(actor), "voucher.progress", "voucher")
                .on(owner.try_get::<String, _>("voucher_id")?)
                .detail(format!("redemption={redemption} status={}", status.as_str())),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The redemptions of one provider (a provider sees only its own), newest first.
    pub async fn redemptions_of_provider(&self, provider: uuid::Uuid, limit: i64) -> Result<Vec<Redemption>> {
        self.redemption_rows("x.provider_id = $1", &provider.to_string(), limit).await
    }

    /// The redemptions of one person's vouchers (staff: which course a person took).
    pub async fn redemptions_of_person(&self, person: uuid::Uuid) -> Result<Vec<Redemption>> {
        self.redemption_rows("v.person_id = $1", &person.to_string(), 500).await
    }

    async fn redemption_rows(&self, filter: &'static str, arg: &str, limit: i64) -> Result<Vec<Redemption>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT x.id, v.code, x.part, x.provider_id, x.course_id, \
             COALESCE(c.title, (SELECT t.title FROM offer_titles t WHERE t.offer_id = v.offer_id AND t.lang = 'en')) \
             AS title, x.amount_cents, x.redeemed_on, \
             (SELECT status FROM course_progress g WHERE g.redemption_id = x.id ORDER BY g.id DESC LIMIT 1) AS status, \
             (SELECT level_reached FROM course_progress g WHERE g.redemption_id = x.id ORDER BY g.id DESC LIMIT 1) AS lvl \
             FROM redemptions x JOIN vouchers v ON v.id = x.voucher_id LEFT JOIN courses c ON c.id = x.course_id \
             WHERE {filter} ORDER BY x.id DESC LIMIT $2"
        )))
        .bind(arg.to_owned())
        .bind(limit.clamp(1, 10_000))
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Redemption {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    voucher_code: VoucherCode::parse(&r.try_get::<String, _>("code")?)
                        .map(|c| c.display())
                        .map_err(|_| StoreError::Corrupt("voucher code".into()))?,
                    part: r.try_get("part")?,
                    provider_id: parse_uuid(&r.try_get::<String, _>("provider_id")?)?,
                    course_id: r.try_get::<Option<String>, _>("course_id")?.map(|c| parse_uuid(&c)).transpose()?,
                    course_title: r.try_get::<Option<String>, _>("title")?.unwrap_or_default(),
                    amount_cents: r.try_get("amount_cents")?,
                    redeemed_on: r.try_get("redeemed_on")?,
                    progress: r.try_get("status")?,
                    level_reached: r.try_get("lvl")?,
                })
            })
            .collect()
    }

    /// The city's liability: per issue month and rule (an offer's vouchers under the
    /// offer's English title, issue 12), what was issued, redeemed, has
    /// expired unused, was revoked unused, and is still outstanding on `today`.
    pub async fn reconciliation_by_rule(&self, today: Date) -> Result<Vec<ReconRow>> {
        let rows = sqlx::query(
            "SELECT substr(v.issued_on, 1, 7) AS month, \
             COALESCE((SELECT t.title FROM offer_titles t WHERE t.offer_id = v.offer_id AND t.lang = 'en'), r.name) AS key, \
             CAST(SUM(p.value_cents) AS BIGINT) AS issued, \
             CAST(SUM(COALESCE(x.amount_cents, 0)) AS BIGINT) AS redeemed, \
             CAST(SUM(CASE WHEN x.id IS NULL AND v.revoked_at IS NULL AND v.expires_on < $1 THEN p.value_cents ELSE 0 END) AS BIGINT) AS expired, \
             CAST(SUM(CASE WHEN x.id IS NULL AND v.revoked_at IS NOT NULL THEN p.value_cents ELSE 0 END) AS BIGINT) AS revoked, \
             CAST(SUM(CASE WHEN x.id IS NULL AND v.revoked_at IS NULL AND v.expires_on >= $1 THEN p.value_cents ELSE 0 END) AS BIGINT) AS outstanding \
             FROM vouchers v JOIN voucher_rules r ON r.id = v.rule_id JOIN voucher_parts p ON p.voucher_id = v.id \
             LEFT JOIN redemptions x ON x.voucher_id = p.voucher_id AND x.part = p.part \
             GROUP BY month, key ORDER BY month, key",
        )
        .bind(today.to_string())
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(recon_from).collect()
    }

    /// Per redemption month and provider: what was redeemed.
    pub async fn reconciliation_by_provider(&self) -> Result<Vec<ReconRow>> {
        let rows = sqlx::query(
            "SELECT substr(x.redeemed_on, 1, 7) AS month, o.name AS key, CAST(0 AS BIGINT) AS issued, CAST(SUM(x.amount_cents) AS BIGINT) AS redeemed, \
             CAST(0 AS BIGINT) AS expired, CAST(0 AS BIGINT) AS revoked, CAST(0 AS BIGINT) AS outstanding FROM redemptions x JOIN providers o ON o.id = x.provider_id \
             GROUP BY substr(x.redeemed_on, 1, 7), o.name ORDER BY month, key",
        )
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(recon_from).collect()
    }

    /// The person's passports, stamps, vouchers and redeemed courses, for the export.
    pub async fn vouchers_export(&self, person: uuid::Uuid) -> Result<serde_json::Value> {
        let passports = self.passports_of(person).await?;
        let stamps = self.stamps_of(person).await?;
        let vouchers = self.voucher_rows("v.person_id = $1", &person.to_string()).await?;
        let courses = self.redemptions_of_person(person).await?;
        Ok(serde_json::json!({
            "passports": passports,
            "stamps": stamps,
            "vouchers": vouchers,
            "courses": courses,
        }))
    }
}

fn recon_from(r: &sqlx::any::AnyRow) -> Result<ReconRow> {
    Ok(ReconRow {
        month: r.try_get("month")?,
        key: r.try_get("key")?,
        issued: r.try_get("issued")?,
        redeemed: r.try_get("redeemed")?,
        expired: r.try_get("expired")?,
        revoked: r.try_get("revoked")?,
        outstanding: r.try_get("outstanding")?,
    })
}

/// The provider's standing now (its newest entry), for the provider given as `provider`
/// (a parameter such as `$1`); no row: never approved.
fn latest_standing(provider: &str) -> String {
    format!("SELECT standing FROM provider_standings WHERE provider_id = {provider} ORDER BY id DESC LIMIT 1")
}

/// The provider's standing (the newest history row), inside a transaction.
pub(crate) async fn standing_in(tx: &mut Tx, provider: uuid::Uuid) -> Result<ProviderStanding> {
    Ok(sqlx::query(sqlx::AssertSqlSafe(latest_standing("$1")))
        .bind(provider.to_string())
        .fetch_optional(&mut **tx)
        .await?
        .map(|r| r.try_get::<String, _>("standing"))
        .transpose()?
        .map_or(ProviderStanding::NotApproved, |s| ProviderStanding::parse(&s)))
}

/// Erasure of a person: the vouchers stay for the money trail (amounts, rule, dates,
/// redemptions, invoices) but lose their holder and the free-text reasons; passports and
/// stamps go with the person (ON DELETE CASCADE).
pub(crate) async fn erase_person(tx: &mut Tx, person: uuid::Uuid) -> Result<()> {
    sqlx::query("UPDATE vouchers SET person_id = NULL, issue_reason = NULL, revoke_reason = NULL WHERE person_id = $1")
        .bind(person.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A merge of two records: passports, stamps and vouchers follow the kept person. The
/// removed record's live passport ends (`merged`); a stamp both had stays once; a voucher
/// whose earning step the kept person already has keeps its money but loses the step.
pub(crate) async fn merge_people(tx: &mut Tx, keep: &str, remove: &str) -> Result<()> {
    let now = time::now();
    sqlx::query("UPDATE passports SET ended_at = $2, end_reason = 'merged' WHERE person_id = $1 AND ended_at IS NULL")
        .bind(remove.to_owned())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE passports SET person_id = $1 WHERE person_id = $2")
        .bind(keep.to_owned())
        .bind(remove.to_owned())
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "UPDATE passport_stamps SET person_id = $1 WHERE person_id = $2 AND source_ref NOT IN \
         (SELECT source_ref FROM passport_stamps WHERE person_id = $1)",
    )
    .bind(keep.to_owned())
    .bind(remove.to_owned())
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "UPDATE vouchers SET ordinal = NULL WHERE person_id = $2 AND EXISTS (SELECT 1 FROM vouchers k \
         WHERE k.person_id = $1 AND k.ordinal = vouchers.ordinal \
         AND COALESCE(k.offer_id, '') = COALESCE(vouchers.offer_id, ''))",
    )
    .bind(keep.to_owned())
    .bind(remove.to_owned())
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE vouchers SET person_id = $1 WHERE person_id = $2")
        .bind(keep.to_owned())
        .bind(remove.to_owned())
        .execute(&mut **tx)
        .await?;
    // The kept record now holds both records' vouchers: the furthest either got.
    sqlx::query("UPDATE people SET course_reached = (SELECT MAX(course_reached) FROM people WHERE id IN ($1, $2)) WHERE id = $1")
        .bind(keep.to_owned())
        .bind(remove.to_owned())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
