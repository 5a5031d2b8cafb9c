//! The back office of the passport and the vouchers: the passport and vouchers boxes on
//! a person's page (issue, replace, print; issue by hand with a reason, revoke), and the
//! coordinator's pages: voucher rules, providers and their standing, invoices and
//! credit notes, the reconciliation. The rules are the domain's and the store's; these
//! handlers only parse forms and show results.

use crate::api::vouchers::parse_standing;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::provider::money;
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::vouchers::{
    self as v, Level, ProviderDetails, ProviderDetailsInput, Rule, RuleInput, parse_month, parse_reason,
};
use welcomedesk_domain::{FieldError, Invalid, Role};

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// The passport and vouchers boxes of a person's page.
pub(crate) async fn person_box(state: &AppState, ctx: &Ctx, person: uuid::Uuid) -> AppResult<Value> {
    let passports: Vec<Value> = state
        .store
        .passports_of(person)
        .await?
        .iter()
        .map(|p| {
            context! {
                number => p.number.display(), issued_at => p.issued_at.get(..10).unwrap_or(&p.issued_at).to_owned(),
                ended_at => p.ended_at.as_deref().map(|e| e.get(..10).unwrap_or(e).to_owned()),
                end_reason => p.end_reason.clone(),
            }
        })
        .collect();
    let live = state.store.live_passport(person).await?.map(|p| p.number.display());
    let today = state.today().to_string();
    let vouchers: Vec<Value> = state
        .store
        .vouchers_of(person, ctx.actor())
        .await?
        .iter()
        .map(|v| {
            let status = if v.revoked_at.is_some() {
                "revoked"
            } else if v.remaining_cents == 0 {
                "used"
            } else if v.expires_on < today {
                "expired"
            } else {
                "valid"
            };
            context! {
                id => v.id, code => v.code.clone(),
                rule => v.offer.as_ref().map_or_else(|| v.rule_name.clone(), |o| o.title(ctx.lang.code).to_owned()),
                offer_kind => v.offer.as_ref().map(|o| o.kind.clone()),
                issuer => v.offer.as_ref().map(|o| o.issuer_name.clone()),
                value => money(v.value_cents),
                remaining => money(v.remaining_cents), issued_on => v.issued_on.clone(), expires_on => v.expires_on.clone(),
                source => v.source.clone(), status => status, reason => v.revoke_reason.clone().or(v.issue_reason.clone()),
            }
        })
        .collect();
    let courses: Vec<Value> = state
        .store
        .redemptions_of_person(person)
        .await?
        .iter()
        .map(|r| {
            context! {
                course => r.course_title.clone(), redeemed_on => r.redeemed_on.clone(), progress => r.progress.clone(),
                level_reached => r.level_reached.clone(), code => r.voucher_code.clone(), part => r.part,
                is_course => r.course_id.is_some(),
            }
        })
        .collect();
    let may_issue = matches!(ctx.role(), Some(Role::Coordinator | Role::Counsellor));
    Ok(context! {
        live => live, passports => passports, vouchers => vouchers, courses => courses, may_issue => may_issue,
    })
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct PassportForm {
    #[serde(default)]
    replace: String,
}

/// Issues the passport, or replaces a lost or damaged one (the old number stops working).
pub(crate) async fn passport(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    FormData(f): FormData<PassportForm>,
) -> AppResult<Response> {
    state.store.read_person(id, ctx.actor(), "person.read").await?;
    match f.replace.trim() {
        "" => state.store.issue_passport(id, ctx.actor()).await?,
        "lost" => state.store.replace_passport(id, "lost", ctx.actor()).await?,
        "damaged" => state.store.replace_passport(id, "damaged", ctx.actor()).await?,
        _ => return Err(AppError::BadRequest("replace".into())),
    };
    Ok(Redirect::to(&format!("/staff/people/{id}?done=passport#passport")).into_response())
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct ReasonForm {
    #[serde(default)]
    reason: String,
}

#[allow(clippy::too_many_arguments)]
fn reason_page(
    state: &AppState,
    ctx: &Ctx,
    what: &str,
    action: String,
    back: String,
    reason: &str,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    page_with_status(
        state,
        ctx,
        "staff/vouchers/reason.html",
        context! { what => what, action => action, back => back, reason => reason, errors => errors },
        status,
    )
}

pub(crate) async fn issue_form(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    state.store.read_person(id, ctx.actor(), "person.read").await?;
    let (action, back) = (format!("/staff/people/{id}/vouchers"), format!("/staff/people/{id}#vouchers"));
    reason_page(&state, &ctx, "issue", action, back, "", no_errors(), StatusCode::OK)
}

/// Issues a voucher by hand under the rule in force today, with a reason (audited).
pub(crate) async fn issue(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    FormData(f): FormData<ReasonForm>,
) -> AppResult<Response> {
    state.store.read_person(id, ctx.actor(), "person.read").await?;
    let (action, back) = (format!("/staff/people/{id}/vouchers"), format!("/staff/people/{id}#vouchers"));
    let reason = match parse_reason(&f.reason) {
        Ok(r) => r,
        Err(e) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::from(e));
            return reason_page(
                &state,
                &ctx,
                "issue",
                action,
                back,
                &f.reason,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    match state.store.issue_voucher_by_hand(id, &reason, state.today(), ctx.actor()).await {
        Ok(_) => Ok(Redirect::to(&format!("/staff/people/{id}?done=voucher#vouchers")).into_response()),
        Err(welcomedesk_store::StoreError::Conflict(c)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("reason", c));
            reason_page(&state, &ctx, "issue", action, back, &f.reason, errors, StatusCode::CONFLICT)
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn revoke_form(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let v = state.store.voucher(id).await?;
    let back = v.person_id.map(|p| format!("/staff/people/{p}#vouchers")).unwrap_or_else(|| "/staff/".to_owned());
    reason_page(&state, &ctx, "revoke", format!("/staff/vouchers/{id}/revoke"), back, "", no_errors(), StatusCode::OK)
}

/// Revokes a voucher with a reason: its unused parts can no longer be redeemed.
pub(crate) async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    FormData(f): FormData<ReasonForm>,
) -> AppResult<Response> {
    let v = state.store.voucher(id).await?;
    let back = v.person_id.map(|p| format!("/staff/people/{p}#vouchers")).unwrap_or_else(|| "/staff/".to_owned());
    match parse_reason(&f.reason) {
        Ok(reason) => {
            state.store.revoke_voucher(id, &reason, ctx.actor()).await?;
            let to = v.person_id.map(|p| format!("/staff/people/{p}?done=revoked#vouchers"));
            Ok(Redirect::to(&to.unwrap_or_else(|| "/staff/".to_owned())).into_response())
        }
        Err(e) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::from(e));
            let action = format!("/staff/vouchers/{id}/revoke");
            reason_page(&state, &ctx, "revoke", action, back, &f.reason, errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

// --- rules -------------------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct RuleForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    valid_from: String,
    #[serde(default)]
    first_after: String,
    #[serde(default)]
    further_every: String,
    #[serde(default)]
    max_vouchers: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    value_certificate: String,
    #[serde(default)]
    parts: String,
    #[serde(default)]
    validity_months: String,
    #[serde(default)]
    level_min: String,
    #[serde(default)]
    level_max: String,
    #[serde(default)]
    start_weeks_before: String,
}

async fn rules_page(
    state: &AppState,
    ctx: &Ctx,
    form: &RuleForm,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let rules: Vec<Value> = state
        .store
        .list_rules()
        .await?
        .iter()
        .map(|r| {
            let x = &r.rule;
            context! {
                name => x.name.clone(), valid_from => x.valid_from.to_string(), first_after => x.first_after,
                further_every => x.further_every, max_vouchers => x.max_vouchers, value => money(x.value_cents),
                value_certificate => money(x.value_cents_certificate), parts => x.parts,
                validity_months => x.validity_months, levels => format!("{}–{}", x.level_min.as_str(), x.level_max.as_str()),
                start_weeks_before => x.start_weeks_before, vouchers => r.vouchers,
            }
        })
        .collect();
    let levels: Vec<Value> = Level::ALL.iter().map(|l| Value::from(vec![l.as_str(), l.as_str()])).collect();
    page_with_status(
        state,
        ctx,
        "staff/vouchers/rules.html",
        context! { rules => rules, form => form, levels => levels, errors => errors, done => done },
        status,
    )
}

pub(crate) async fn rules(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let form = RuleForm {
        valid_from: state.today().to_string(),
        first_after: "1".into(),
        further_every: "0".into(),
        max_vouchers: "1".into(),
        parts: "3".into(),
        validity_months: "30".into(),
        level_min: "A1".into(),
        level_max: "B1".into(),
        start_weeks_before: "6".into(),
        ..Default::default()
    };
    rules_page(&state, &ctx, &form, no_errors(), q.done, StatusCode::OK).await
}

/// A new version of the rules from a date; rules in use are never changed.
pub(crate) async fn create_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    FormData(f): FormData<RuleForm>,
) -> AppResult<Response> {
    let input = RuleInput {
        name: f.name.clone(),
        valid_from: f.valid_from.clone(),
        first_after: f.first_after.clone(),
        further_every: f.further_every.clone(),
        max_vouchers: f.max_vouchers.clone(),
        value: f.value.clone(),
        value_certificate: f.value_certificate.clone(),
        parts: f.parts.clone(),
        validity_months: f.validity_months.clone(),
        level_min: f.level_min.clone(),
        level_max: f.level_max.clone(),
        start_weeks_before: f.start_weeks_before.clone(),
    };
    let inv = match Rule::parse(&input) {
        Ok(rule) => match state.store.insert_rule(&rule, ctx.actor()).await {
            Ok(_) => return Ok(Redirect::to("/staff/vouchers/rules?done=rule").into_response()),
            // Two rules cannot start on the same day.
            Err(welcomedesk_store::StoreError::Conflict(_)) => Invalid::one("valid_from", "rule_date_taken"),
            Err(e) => return Err(e.into()),
        },
        Err(inv) => inv,
    };
    let errors = form_errors(&state.cat, ctx.lang.code, &inv);
    rules_page(&state, &ctx, &f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
}

// --- providers -----------------------------------------------------------------------

pub(crate) async fn providers(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let mut rows = vec![];
    for p in state.store.list_providers().await? {
        let history = state.store.provider_standings(p.id).await?;
        let now = history.first();
        rows.push(context! {
            id => p.id, name => p.name,
            standing => now.map(|s| s.standing.clone()).unwrap_or_else(|| "not_approved".to_owned()),
            since => now.map(|s| s.at.get(..10).unwrap_or(&s.at).to_owned()),
            quality_signed_on => now.and_then(|s| s.quality_signed_on.clone()),
        });
    }
    page(&state, &ctx, "staff/vouchers/providers.html", context! { providers => rows })
}

#[derive(serde::Deserialize, serde::Serialize, Default)]
pub(crate) struct StandingForm {
    #[serde(default)]
    standing: String,
    #[serde(default)]
    quality_signed_on: String,
    #[serde(default)]
    reason: String,
}

#[allow(clippy::too_many_arguments)]
async fn provider_page(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
    form: &StandingForm,
    details: Option<&ProviderDetailsInput>,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let p = state.store.provider(id).await?;
    let gaps = p.details.e_invoice_gaps();
    let details = details.cloned().unwrap_or_else(|| p.details.to_input());
    let history: Vec<Value> = state
        .store
        .provider_standings(id)
        .await?
        .iter()
        .map(|s| {
            context! {
                standing => s.standing.clone(), at => s.at.get(..10).unwrap_or(&s.at).to_owned(),
                quality_signed_on => s.quality_signed_on.clone(), reason => s.reason.clone(),
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/vouchers/provider.html",
        context! {
            id => id, name => p.name, history => history, form => form, errors => errors, done => done,
            details => details, gaps => gaps,
        },
        status,
    )
}

pub(crate) async fn provider(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let form = StandingForm { standing: "approved".into(), ..Default::default() };
    provider_page(&state, &ctx, id, &form, None, no_errors(), q.done, StatusCode::OK).await
}

/// Approves (with the day the quality commitment was signed), suspends (with a reason)
/// or withdraws a provider; the history is kept.
pub(crate) async fn set_standing(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    FormData(f): FormData<StandingForm>,
) -> AppResult<Response> {
    state.store.provider(id).await?;
    match parse_standing(&f.standing, &f.quality_signed_on, Some(f.reason.as_str())) {
        Ok((standing, signed, reason)) => {
            state.store.set_provider_standing(id, standing, signed, reason.as_deref(), ctx.actor()).await?;
            Ok(Redirect::to(&format!("/staff/providers/{id}?done=standing")).into_response())
        }
        Err(AppError::Invalid(inv)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            provider_page(&state, &ctx, id, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e),
    }
}

/// Saves the provider's identifiers and postal address (what its e-invoices need).
pub(crate) async fn set_details(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    FormData(f): FormData<ProviderDetailsInput>,
) -> AppResult<Response> {
    state.store.provider(id).await?;
    match ProviderDetails::parse(&f) {
        Ok(d) => {
            state.store.set_provider_details(id, &d, ctx.actor()).await?;
            Ok(Redirect::to(&format!("/staff/providers/{id}?done=details#details")).into_response())
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            let standing = StandingForm { standing: "approved".into(), ..Default::default() };
            provider_page(&state, &ctx, id, &standing, Some(&f), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

// --- invoices ------------------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default)]
pub(crate) struct InvoiceForm {
    #[serde(default)]
    month: String,
}

async fn invoices_page(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
    month: &str,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let p = state.store.provider(id).await?;
    let all = state.store.invoices_of(Some(id)).await?;
    let credited: Vec<uuid::Uuid> = all.iter().filter_map(|i| i.corrects_id).collect();
    let invoices: Vec<Value> = all
        .iter()
        .map(|i| {
            context! {
                id => i.id, number => i.number.clone(), kind => i.kind.clone(), issued_on => i.issued_on.clone(),
                period => format!("{} – {}", i.period_from, i.period_to), total => money(i.total_cents),
                may_credit => i.kind == "invoice" && !credited.contains(&i.id),
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/vouchers/invoices.html",
        context! { id => id, name => p.name, invoices => invoices, month => month, errors => errors, done => done },
        status,
    )
}

pub(crate) async fn invoices(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let month = state.today().to_string().get(..7).unwrap_or_default().to_owned();
    invoices_page(&state, &ctx, id, &month, no_errors(), q.done, StatusCode::OK).await
}

/// Makes the provider's invoice for a month from the redemptions not invoiced yet.
pub(crate) async fn make_invoice(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    FormData(f): FormData<InvoiceForm>,
) -> AppResult<Response> {
    state.store.provider(id).await?;
    let inv = match parse_month("month", &f.month) {
        Ok((from, to)) => match state.store.make_invoice(id, from, to, state.today(), ctx.actor()).await? {
            Some(_) => return Ok(Redirect::to(&format!("/staff/providers/{id}/invoices?done=invoice")).into_response()),
            None => Invalid::one("month", "nothing_to_invoice"),
        },
        Err(e) => Invalid::from(e),
    };
    let errors = form_errors(&state.cat, ctx.lang.code, &inv);
    invoices_page(&state, &ctx, id, &f.month, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// What was typed on the credit page: the ticked lines, an amount per line, the reason.
#[derive(Default)]
struct CreditForm {
    ticked: Vec<i64>,
    amounts: std::collections::BTreeMap<i64, String>,
    reason: String,
}

impl CreditForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut f = CreditForm::default();
        for (k, v) in pairs {
            if k == "line" {
                if let Ok(n) = v.trim().parse() {
                    f.ticked.push(n);
                }
            } else if let Some(n) = k.strip_prefix("amount_").and_then(|n| n.parse().ok()) {
                f.amounts.insert(n, v);
            } else if k == "reason" {
                f.reason = v;
            }
        }
        f
    }

    /// The lines asked for, with their amounts (empty amount: the whole line). A typed
    /// amount on a line that is not ticked is ignored, as the page says.
    fn asked(&self) -> Result<Vec<(i64, Option<i64>)>, FieldError> {
        self.ticked
            .iter()
            .map(|n| match self.amounts.get(n).map(|a| a.trim()).filter(|a| !a.is_empty()) {
                Some(a) => v::parse_cents("lines", a).map(|c| (*n, Some(c))),
                None => Ok((*n, None)),
            })
            .collect()
    }
}

async fn credit_page(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
    form: &CreditForm,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let inv = state.store.invoice(id).await?;
    if inv.kind != "invoice" {
        return Err(AppError::NotFound);
    }
    let credited = state.store.credited_lines(id).await?;
    let lines: Vec<Value> = inv
        .lines
        .iter()
        .map(|l| {
            let done = credited.iter().find(|c| c.0 == l.line_no).map(|c| money(c.1));
            context! {
                no => l.line_no, date => l.redeemed_on.clone(), voucher => format!("{} / {}", l.voucher_code, l.part),
                course => l.course_title.clone(), amount => money(l.amount_cents), credited => done,
                ticked => form.ticked.contains(&l.line_no),
                amount_input => form.amounts.get(&l.line_no).cloned().unwrap_or_default(),
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/vouchers/credit.html",
        context! {
            id => id, number => inv.number.clone(), lines => lines, reason => form.reason.clone(), errors => errors,
            back => format!("/staff/providers/{}/invoices", inv.provider_id),
        },
        status,
    )
}

pub(crate) async fn credit_form(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    credit_page(&state, &ctx, id, &CreditForm::default(), no_errors(), StatusCode::OK).await
}

/// A credit note for the ticked lines of an issued invoice (each for its whole amount
/// or the amount typed; none ticked: every line not credited yet), with a reason.
pub(crate) async fn credit(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    FormData(pairs): FormData<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = CreditForm::from_pairs(pairs);
    let inv = state.store.invoice(id).await?;
    let back = format!("/staff/providers/{}/invoices", inv.provider_id);
    let mut invalid = Invalid::default();
    let note = invalid.take(parse_reason(&f.reason));
    let asked = invalid.take(f.asked());
    if let (Some(note), Some(asked)) = (note, asked) {
        match state.store.credit_invoice(id, &asked, &note, state.today(), ctx.actor()).await {
            Ok(_) => return Ok(Redirect::to(&format!("{back}?done=credit")).into_response()),
            Err(welcomedesk_store::StoreError::Conflict(c)) => invalid.push(FieldError::new("lines", c)),
            Err(e) => return Err(e.into()),
        }
    }
    let errors = form_errors(&state.cat, ctx.lang.code, &invalid);
    credit_page(&state, &ctx, id, &f, errors, StatusCode::UNPROCESSABLE_ENTITY).await
}

// --- reconciliation --------------------------------------------------------------------

fn recon_rows(rows: Vec<welcomedesk_store::vouchers::ReconRow>) -> Vec<Value> {
    rows.into_iter()
        .map(|r| {
            context! {
                month => r.month, key => r.key, issued => money(r.issued), redeemed => money(r.redeemed),
                expired => money(r.expired), revoked => money(r.revoked), outstanding => money(r.outstanding),
            }
        })
        .collect()
}

/// Issued, redeemed, expired, revoked and outstanding value (the city's liability).
pub(crate) async fn reconciliation(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let today = state.today();
    let by_rule = state.store.reconciliation_by_rule(today).await?;
    let outstanding: i64 = by_rule.iter().map(|r| r.outstanding).sum();
    let by_provider = state.store.reconciliation_by_provider().await?;
    page(
        &state,
        &ctx,
        "staff/vouchers/reconciliation.html",
        context! {
            on => today.to_string(), outstanding => money(outstanding),
            by_rule => recon_rows(by_rule), by_provider => recon_rows(by_provider),
        },
    )
}
