//! Other welcome vouchers (issue 12): the offers a city hands out besides the
//! language-course programme, one machinery for every kind. An offer row holds what the
//! offer is (kind, issuer, title per language, non-transferable, active); its earning
//! rule, value and validity are versions in `voucher_rules` (`offer_id` set), frozen
//! once they have issued a voucher exactly like the programme's rules (trigger), so
//! `passport::on_attendance` issues offer vouchers through the same code path, and
//! redemption, invoices and reconciliation treat them like every voucher.

use crate::audit::insert_audit;
use crate::vouchers::{OfferRef, standing_in};
use crate::{Result, Store, StoreError, Tx, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::offers::Offer;
use welcomedesk_domain::vouchers::ProviderStanding;

/// An offer as the coordinator sees it: the offer and its newest rule version.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OfferRow {
    pub id: uuid::Uuid,
    pub issuer_name: String,
    #[serde(flatten)]
    pub offer: Offer,
    /// The newest rule version's id.
    pub rule_id: uuid::Uuid,
    /// Vouchers issued for the offer (all versions).
    pub vouchers: i64,
    /// Vouchers issued under the newest version (a version in use is frozen).
    pub vouchers_of_rule: i64,
    pub created_at: String,
    pub updated_at: String,
}

async fn titles_in(conn: &mut sqlx::AnyConnection, offer: &str) -> Result<Vec<(String, String)>> {
    sqlx::query("SELECT lang, title FROM offer_titles WHERE offer_id = $1")
        .bind(offer.to_owned())
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("lang")?, r.try_get("title")?)))
        .collect::<Result<Vec<(String, String)>>>()
        .map(order_titles)
}

/// English first, then in the order of the shipped languages.
fn order_titles(mut t: Vec<(String, String)>) -> Vec<(String, String)> {
    let rank =
        |l: &str| welcomedesk_domain::offers::TITLE_FIELDS.iter().position(|(c, _)| *c == l).unwrap_or(usize::MAX);
    t.sort_by_key(|(l, _)| rank(l));
    t
}

async fn write_titles(tx: &mut Tx, offer: &str, titles: &[(String, String)]) -> Result<()> {
    sqlx::query("DELETE FROM offer_titles WHERE offer_id = $1").bind(offer.to_owned()).execute(&mut **tx).await?;
    for (lang, title) in titles {
        sqlx::query("INSERT INTO offer_titles (offer_id, lang, title) VALUES ($1, $2, $3)")
            .bind(offer.to_owned())
            .bind(lang.clone())
            .bind(title.clone())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The issuer must be an approved provider organisation when the offer is made or moved
/// to it (it redeems through the provider portal, which refuses anyone else anyway).
async fn check_issuer(tx: &mut Tx, issuer: uuid::Uuid) -> Result<()> {
    let exists = sqlx::query("SELECT 1 AS x FROM providers WHERE id = $1")
        .bind(issuer.to_string())
        .fetch_optional(&mut **tx)
        .await?
        .is_some();
    if !exists {
        return Err(StoreError::Conflict("issuer_unknown"));
    }
    if standing_in(tx, issuer).await? != ProviderStanding::Approved {
        return Err(StoreError::Conflict("issuer_not_approved"));
    }
    Ok(())
}

async fn insert_offer_rule(tx: &mut Tx, offer_id: &str, o: &Offer, actor: Option<uuid::Uuid>) -> Result<uuid::Uuid> {
    let id = new_id();
    crate::vouchers::insert_rule_row(tx, id, &o.rule(), Some((offer_id, o.validity_days)), actor).await?;
    Ok(id)
}

impl Store {
    /// Makes an offer and its first rule version. The issuer must be an approved
    /// provider (`Conflict("issuer_not_approved")`, `Conflict("issuer_unknown")`).
    pub async fn insert_offer(&self, o: &Offer, actor: Option<uuid::Uuid>) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        check_issuer(&mut tx, o.issuer_provider_id).await?;
        let now = time::now();
        sqlx::query(
            "INSERT INTO offers (id, kind, issuer_provider_id, non_transferable, active, created_at, created_by, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id.to_string())
        .bind(o.kind.as_str())
        .bind(o.issuer_provider_id.to_string())
        .bind(i64::from(o.non_transferable))
        .bind(i64::from(o.active))
        .bind(now.clone())
        .bind(actor.map(|a| a.to_string()))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        write_titles(&mut tx, &id.to_string(), &o.titles).await?;
        let rule = insert_offer_rule(&mut tx, &id.to_string(), o, actor).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "offer.create", "offer")
                .on(id)
                .detail(format!("kind={} rule={rule}", o.kind.as_str())),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes an offer. Its kind and issuer are fixed once it has issued a voucher
    /// (`Conflict("offer_in_use")`: the vouchers promise them). The earning rule, value
    /// and validity follow the programme's versioning: the newest version is changed in
    /// place while it has issued nothing; once it has, a change needs a later
    /// `valid_from` and makes a new version (`Conflict("rule_in_use")` otherwise).
    pub async fn update_offer(&self, id: uuid::Uuid, o: &Offer, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let before = offer_in(&mut tx, id).await?;
        if (before.offer.kind != o.kind || before.offer.issuer_provider_id != o.issuer_provider_id)
            && before.vouchers > 0
        {
            return Err(StoreError::Conflict("offer_in_use"));
        }
        if before.offer.issuer_provider_id != o.issuer_provider_id {
            check_issuer(&mut tx, o.issuer_provider_id).await?;
        }
        sqlx::query(
            "UPDATE offers SET kind = $2, issuer_provider_id = $3, non_transferable = $4, active = $5, updated_at = $6 \
             WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(o.kind.as_str())
        .bind(o.issuer_provider_id.to_string())
        .bind(i64::from(o.non_transferable))
        .bind(i64::from(o.active))
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        write_titles(&mut tx, &id.to_string(), &o.titles).await?;
        let old = &before.offer;
        let rule_changed = old.value_cents != o.value_cents
            || old.validity_days != o.validity_days
            || old.first_after != o.first_after
            || old.valid_from != o.valid_from;
        let mut detail = format!("kind={}", o.kind.as_str());
        if rule_changed {
            let rule = o.rule();
            if before.vouchers_of_rule == 0 {
                sqlx::query(
                    "UPDATE voucher_rules SET name = $2, valid_from = $3, first_after = $4, value_cents = $5, \
                     value_cents_certificate = $5, validity_months = $6, validity_days = $7 \
                     WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM vouchers WHERE rule_id = $1)",
                )
                .bind(before.rule_id.to_string())
                .bind(rule.name.clone())
                .bind(rule.valid_from.to_string())
                .bind(i64::from(rule.first_after))
                .bind(rule.value_cents)
                .bind(i64::from(rule.validity_months))
                .bind(i64::from(o.validity_days))
                .execute(&mut *tx)
                .await
                .map_err(|e| conflict_on_unique(e, "rule_valid_from"))?;
                detail.push_str(&format!(" rule={}", before.rule_id));
            } else if o.valid_from > old.valid_from {
                let rule = insert_offer_rule(&mut tx, &id.to_string(), o, actor).await?;
                detail.push_str(&format!(" new_rule={rule}"));
            } else {
                return Err(StoreError::Conflict("rule_in_use"));
            }
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "offer.update", "offer").on(id).detail(detail)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every offer, active ones first, then by English title.
    pub async fn list_offers(&self) -> Result<Vec<OfferRow>> {
        let ids: Vec<String> = sqlx::query(
            "SELECT o.id FROM offers o ORDER BY o.active DESC, \
             (SELECT t.title FROM offer_titles t WHERE t.offer_id = o.id AND t.lang = 'en'), o.id",
        )
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(self.offer(parse_uuid(&id)?).await?);
        }
        Ok(out)
    }

    pub async fn offer(&self, id: uuid::Uuid) -> Result<OfferRow> {
        let mut conn = self.read.acquire().await?;
        offer_in(&mut conn, id).await
    }

    /// What a voucher shows of its offer.
    pub(crate) async fn offer_ref(&self, id: uuid::Uuid) -> Result<OfferRef> {
        let o = sqlx::query(
            "SELECT o.kind, o.issuer_provider_id, p.name, o.non_transferable FROM offers o \
             JOIN providers p ON p.id = o.issuer_provider_id WHERE o.id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(&self.read)
        .await?
        .ok_or_else(|| StoreError::Corrupt(format!("voucher of a missing offer {id}")))?;
        let mut conn = self.read.acquire().await?;
        let titles = titles_in(&mut conn, &id.to_string()).await?;
        Ok(OfferRef {
            id,
            kind: o.try_get("kind")?,
            issuer_provider_id: parse_uuid(&o.try_get::<String, _>("issuer_provider_id")?)?,
            issuer_name: o.try_get("name")?,
            non_transferable: o.try_get::<i64, _>("non_transferable")? == 1,
            titles,
        })
    }
}

async fn offer_in(conn: &mut sqlx::AnyConnection, id: uuid::Uuid) -> Result<OfferRow> {
    let o = sqlx::query(
        "SELECT o.id, o.kind, o.issuer_provider_id, p.name AS issuer_name, o.non_transferable, o.active, \
         o.created_at, o.updated_at, (SELECT COUNT(*) FROM vouchers v WHERE v.offer_id = o.id) AS n \
         FROM offers o JOIN providers p ON p.id = o.issuer_provider_id WHERE o.id = $1",
    )
    .bind(id.to_string())
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::NotFound)?;
    let r = sqlx::query(
        "SELECT r.id, r.valid_from, r.first_after, r.value_cents, r.validity_days, \
         (SELECT COUNT(*) FROM vouchers v WHERE v.rule_id = r.id) AS n \
         FROM voucher_rules r WHERE r.offer_id = $1 ORDER BY r.valid_from DESC LIMIT 1",
    )
    .bind(id.to_string())
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| StoreError::Corrupt(format!("offer {id} without a rule")))?;
    let titles = titles_in(conn, &id.to_string()).await?;
    let kind: String = o.try_get("kind")?;
    let u32_of = |v: i64| u32::try_from(v).unwrap_or(0);
    Ok(OfferRow {
        id,
        issuer_name: o.try_get("issuer_name")?,
        offer: Offer {
            kind: welcomedesk_domain::offers::OfferKind::parse("kind", &kind)
                .map_err(|_| StoreError::Corrupt(format!("bad offer kind {kind:?}")))?,
            issuer_provider_id: parse_uuid(&o.try_get::<String, _>("issuer_provider_id")?)?,
            titles,
            value_cents: r.try_get("value_cents")?,
            validity_days: u32_of(r.try_get::<Option<i64>, _>("validity_days")?.unwrap_or(1)),
            non_transferable: o.try_get::<i64, _>("non_transferable")? == 1,
            active: o.try_get::<i64, _>("active")? == 1,
            first_after: u32_of(r.try_get("first_after")?),
            valid_from: r
                .try_get::<String, _>("valid_from")?
                .parse()
                .map_err(|_| StoreError::Corrupt("bad valid_from".into()))?,
        },
        rule_id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        vouchers: o.try_get("n")?,
        vouchers_of_rule: r.try_get("n")?,
        created_at: o.try_get("created_at")?,
        updated_at: o.try_get("updated_at")?,
    })
}
