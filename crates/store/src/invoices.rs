//! Invoices to course providers: one per provider and period from its redemptions not
//! yet invoiced (a redemption is invoiced once: unique index), numbered without gaps per
//! year; immutable once issued (triggers); corrections are credit notes with negative
//! lines (a redemption is credited at most once). Lines carry the voucher code, the
//! course (or, for an offer redeemed without a course, the offer's English title) and the amount, never the holder's name, so erasure leaves them as they are.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, Tx, new_id, parse_uuid, time};
use jiff::civil::Date;
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct InvoiceLine {
    pub line_no: i64,
    pub redemption_id: uuid::Uuid,
    pub voucher_code: String,
    pub part: i64,
    pub course_title: String,
    pub redeemed_on: String,
    pub amount_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Invoice {
    pub id: uuid::Uuid,
    pub number: String,
    /// `invoice` or `credit_note`.
    pub kind: String,
    pub provider_id: uuid::Uuid,
    pub provider_name: String,
    pub supplier_ref: Option<String>,
    pub period_from: String,
    pub period_to: String,
    pub corrects_id: Option<uuid::Uuid>,
    pub note: Option<String>,
    pub total_cents: i64,
    pub currency: String,
    pub issued_on: String,
    pub lines: Vec<InvoiceLine>,
}

pub const CURRENCY: &str = "EUR";

async fn next_number(tx: &mut Tx, year: i16) -> Result<String> {
    let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM invoices WHERE number LIKE $1")
        .bind(format!("{year:04}-%"))
        .fetch_one(&mut **tx)
        .await?
        .try_get("n")?;
    Ok(format!("{year:04}-{:05}", n + 1))
}

impl Store {
    /// Makes the provider's invoice for the redemptions of `from..=to` not invoiced yet.
    /// `None` when there is nothing to invoice. Two clerks at once: the second finds
    /// nothing left (or is refused by the unique index and retries).
    pub async fn make_invoice(
        &self,
        provider: uuid::Uuid,
        from: Date,
        to: Date,
        today: Date,
        actor: Option<uuid::Uuid>,
    ) -> Result<Option<Invoice>> {
        for _ in 0..5 {
            match self.try_make_invoice(provider, from, to, today, actor).await {
                Err(StoreError::Conflict(_)) => continue,
                r => return r,
            }
        }
        Err(StoreError::Conflict("invoice_busy"))
    }

    async fn try_make_invoice(
        &self,
        provider: uuid::Uuid,
        from: Date,
        to: Date,
        today: Date,
        actor: Option<uuid::Uuid>,
    ) -> Result<Option<Invoice>> {
        let mut tx = self.begin().await?;
        let rows = sqlx::query(
            "SELECT x.id, v.code, x.part, \
             COALESCE(c.title, (SELECT t.title FROM offer_titles t WHERE t.offer_id = v.offer_id AND t.lang = 'en')) \
             AS title, x.redeemed_on, x.amount_cents FROM redemptions x \
             JOIN vouchers v ON v.id = x.voucher_id LEFT JOIN courses c ON c.id = x.course_id \
             WHERE x.provider_id = $1 AND x.redeemed_on >= $2 AND x.redeemed_on <= $3 \
             AND NOT EXISTS (SELECT 1 FROM invoice_lines l WHERE l.redemption_id = x.id AND l.amount_cents > 0) \
             ORDER BY x.redeemed_on, x.id",
        )
        .bind(provider.to_string())
        .bind(from.to_string())
        .bind(to.to_string())
        .fetch_all(&mut *tx)
        .await?;
        if rows.is_empty() {
            return Ok(None);
        }
        let mut lines = Vec::with_capacity(rows.len());
        for (i, r) in rows.iter().enumerate() {
            lines.push(InvoiceLine {
                line_no: i as i64 + 1,
                redemption_id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                voucher_code: r.try_get("code")?,
                part: r.try_get("part")?,
                course_title: r.try_get("title")?,
                redeemed_on: r.try_get("redeemed_on")?,
                amount_cents: r.try_get("amount_cents")?,
            });
        }
        let inv = write_invoice(&mut tx, provider, "invoice", from, to, None, None, today, &lines, actor).await?;
        tx.commit().await?;
        self.invoice(inv).await.map(Some)
    }

    /// A credit note for part of an issued invoice: the chosen lines, each with the
    /// amount to credit (`None`: the whole line; an empty list: every line not credited
    /// yet), negative. Checked by `domain::vouchers::plan_credit`; a line is credited at
    /// most once — the partial unique index `invoice_lines_credited` decides between two
    /// clerks at once (`Conflict("already_credited")`). Other refusals are
    /// `Invalid`-style codes in `Conflict`: `no_such_line`, `duplicate_line`,
    /// `credit_above_line`, `credit_not_positive`, `not_an_invoice`.
    pub async fn credit_invoice(
        &self,
        invoice: uuid::Uuid,
        asked: &[(i64, Option<i64>)],
        note: &str,
        today: Date,
        actor: Option<uuid::Uuid>,
    ) -> Result<Invoice> {
        // Two documents numbered at the same moment (PostgreSQL: both counted the same
        // year's invoices): the loser tries again, re-reading what is credited by then.
        for _ in 0..5 {
            match self.try_credit_invoice(invoice, asked, note, today, actor).await {
                Err(StoreError::Conflict("invoice_number")) => continue,
                r => return r,
            }
        }
        Err(StoreError::Conflict("invoice_busy"))
    }

    async fn try_credit_invoice(
        &self,
        invoice: uuid::Uuid,
        asked: &[(i64, Option<i64>)],
        note: &str,
        today: Date,
        actor: Option<uuid::Uuid>,
    ) -> Result<Invoice> {
        let orig = self.invoice(invoice).await?;
        if orig.kind != "invoice" {
            return Err(StoreError::Conflict("not_an_invoice"));
        }
        let credited = self.credited_lines(invoice).await?;
        let facts: Vec<(i64, i64, bool)> =
            orig.lines.iter().map(|l| (l.line_no, l.amount_cents, credited.iter().any(|c| c.0 == l.line_no))).collect();
        let plan =
            welcomedesk_domain::vouchers::plan_credit(&facts, asked).map_err(|e| StoreError::Conflict(e.code))?;
        let lines: Vec<InvoiceLine> = plan
            .iter()
            .enumerate()
            .filter_map(|(i, (no, amount))| {
                orig.lines.iter().find(|l| l.line_no == *no).map(|l| InvoiceLine {
                    line_no: i as i64 + 1,
                    amount_cents: -amount,
                    ..l.clone()
                })
            })
            .collect();
        let from: Date = orig.period_from.parse().map_err(|_| StoreError::Corrupt("period".into()))?;
        let to: Date = orig.period_to.parse().map_err(|_| StoreError::Corrupt("period".into()))?;
        let mut tx = self.begin().await?;
        let id = write_invoice(
            &mut tx,
            orig.provider_id,
            "credit_note",
            from,
            to,
            Some(invoice),
            Some(note),
            today,
            &lines,
            actor,
        )
        .await
        .map_err(|e| {
            if matches!(e, StoreError::Conflict("invoice_line")) { StoreError::Conflict("already_credited") } else { e }
        })?;
        tx.commit().await?;
        self.invoice(id).await
    }

    /// The lines of an invoice credited already (by any credit note): the invoice's
    /// line number and the amount credited (positive).
    pub async fn credited_lines(&self, invoice: uuid::Uuid) -> Result<Vec<(i64, i64)>> {
        sqlx::query(
            "SELECT o.line_no, -c.amount_cents AS credited FROM invoice_lines o \
             JOIN invoice_lines c ON c.redemption_id = o.redemption_id AND c.amount_cents < 0 \
             WHERE o.invoice_id = $1 AND o.amount_cents > 0 ORDER BY o.line_no",
        )
        .bind(invoice.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("line_no")?, r.try_get("credited")?)))
        .collect()
    }

    pub async fn invoice(&self, id: uuid::Uuid) -> Result<Invoice> {
        let r = sqlx::query(
            "SELECT i.id, i.number, i.kind, i.provider_id, o.name, o.supplier_ref, i.period_from, i.period_to, \
             i.corrects_id, i.note, i.total_cents, i.currency, i.issued_on FROM invoices i \
             JOIN providers o ON o.id = i.provider_id WHERE i.id = $1",
        )
        .bind(id.to_string())
        .fetch_optional(&self.read)
        .await?
        .ok_or(StoreError::NotFound)?;
        let lines = sqlx::query(
            "SELECT line_no, redemption_id, voucher_code, part, course_title, redeemed_on, amount_cents \
             FROM invoice_lines WHERE invoice_id = $1 ORDER BY line_no",
        )
        .bind(id.to_string())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|l| {
            Ok(InvoiceLine {
                line_no: l.try_get("line_no")?,
                redemption_id: parse_uuid(&l.try_get::<String, _>("redemption_id")?)?,
                voucher_code: l.try_get("voucher_code")?,
                part: l.try_get("part")?,
                course_title: l.try_get("course_title")?,
                redeemed_on: l.try_get("redeemed_on")?,
                amount_cents: l.try_get("amount_cents")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        Ok(Invoice {
            id: parse_uuid(&r.try_get::<String, _>("id")?)?,
            number: r.try_get("number")?,
            kind: r.try_get("kind")?,
            provider_id: parse_uuid(&r.try_get::<String, _>("provider_id")?)?,
            provider_name: r.try_get("name")?,
            supplier_ref: r.try_get("supplier_ref")?,
            period_from: r.try_get("period_from")?,
            period_to: r.try_get("period_to")?,
            corrects_id: r.try_get::<Option<String>, _>("corrects_id")?.map(|s| parse_uuid(&s)).transpose()?,
            note: r.try_get("note")?,
            total_cents: r.try_get("total_cents")?,
            currency: r.try_get("currency")?,
            issued_on: r.try_get("issued_on")?,
            lines,
        })
    }

    /// A provider's invoices and credit notes, newest first (without lines).
    pub async fn invoices_of(&self, provider: Option<uuid::Uuid>) -> Result<Vec<Invoice>> {
        let ids: Vec<String> =
            sqlx::query("SELECT id FROM invoices WHERE ($1 IS NULL OR provider_id = $1) ORDER BY id DESC LIMIT 500")
                .bind(provider.map(|p| p.to_string()))
                .fetch_all(&self.read)
                .await?
                .iter()
                .map(|r| r.try_get("id"))
                .collect::<std::result::Result<_, _>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let mut inv = self.invoice(parse_uuid(&id)?).await?;
            inv.lines.clear();
            out.push(inv);
        }
        Ok(out)
    }
}

#[allow(clippy::too_many_arguments)]
async fn write_invoice(
    tx: &mut Tx,
    provider: uuid::Uuid,
    kind: &'static str,
    from: Date,
    to: Date,
    corrects: Option<uuid::Uuid>,
    note: Option<&str>,
    today: Date,
    lines: &[InvoiceLine],
    actor: Option<uuid::Uuid>,
) -> Result<uuid::Uuid> {
    let id = new_id();
    let number = next_number(tx, today.year()).await?;
    let total: i64 = lines.iter().map(|l| l.amount_cents).sum();
    sqlx::query(
        "INSERT INTO invoices (id, number, kind, provider_id, period_from, period_to, corrects_id, note, total_cents, \
         currency, issued_on, issued_at, issued_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(id.to_string())
    .bind(number)
    .bind(kind)
    .bind(provider.to_string())
    .bind(from.to_string())
    .bind(to.to_string())
    .bind(corrects.map(|c| c.to_string()))
    .bind(note.map(str::to_owned))
    .bind(total)
    .bind(CURRENCY)
    .bind(today.to_string())
    .bind(time::now())
    .bind(actor.map(|a| a.to_string()))
    .execute(&mut **tx)
    .await
    .map_err(|e| crate::conflict_on_unique(e, "invoice_number"))?;
    for l in lines {
        sqlx::query(
            "INSERT INTO invoice_lines (invoice_id, line_no, redemption_id, voucher_code, part, course_title, \
             redeemed_on, amount_cents) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id.to_string())
        .bind(l.line_no)
        .bind(l.redemption_id.to_string())
        .bind(l.voucher_code.clone())
        .bind(l.part)
        .bind(l.course_title.clone())
        .bind(l.redeemed_on.clone())
        .bind(l.amount_cents)
        .execute(&mut **tx)
        .await
        .map_err(|e| crate::conflict_on_unique(e, "invoice_line"))?;
    }
    let action = if kind == "invoice" { "invoice.issue" } else { "invoice.credit" };
    insert_audit(tx, &AuditEvent::new(actor, action, "invoice").on(id).detail(format!("provider={provider}"))).await?;
    Ok(id)
}
