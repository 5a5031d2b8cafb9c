//! The course providers' portal (`/provider/`): a provider's staff look a voucher up by
//! its code, see only what checking the holder needs, redeem one part for one of their
//! courses after checking the ID card — or, for an offer they issue (a museum or pool
//! entry, a city tour: issue 12), redeem it at their desk without a course, checking the
//! ID card where the offer is non-transferable —, report the course's progress, and see their own
//! redemptions and invoices. A provider account sees its own organisation's data only
//! (`domain::vouchers::may_see_provider`); the rules themselves are the store's.

use crate::api::vouchers::{own_provider, parse_progress, refusal_field};
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::render::{form_errors, no_errors, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::vouchers::{self as v, Level, Refusal};
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_store::vouchers::{Redeem, Redemption, VoucherCheck};

#[derive(serde::Deserialize, Default)]
pub(crate) struct HomeQuery {
    #[serde(default)]
    done: Option<String>,
}

/// Money as people read it: `€ 50.00`.
pub(crate) fn money(cents: i64) -> String {
    format!("€ {}", v::cents_plain(cents))
}

fn redemption_value(r: &Redemption) -> Value {
    context! {
        id => r.id, code => r.voucher_code.clone(), part => r.part, course => r.course_title.clone(),
        amount => money(r.amount_cents), redeemed_on => r.redeemed_on.clone(),
        progress => r.progress.clone(), level_reached => r.level_reached.clone(),
    }
}

/// The portal's start page, with the look-up form (and its errors after a refusal).
async fn home_page(
    state: &AppState,
    ctx: &Ctx,
    provider: uuid::Uuid,
    code: &str,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let p = state.store.provider(provider).await?;
    let standing = state.store.provider_standing(provider).await?;
    let redemptions: Vec<Value> =
        state.store.redemptions_of_provider(provider, 200).await?.iter().map(redemption_value).collect();
    let invoices: Vec<Value> = state
        .store
        .invoices_of(Some(provider))
        .await?
        .iter()
        .map(|i| {
            context! {
                id => i.id, number => i.number.clone(), kind => i.kind.clone(), issued_on => i.issued_on.clone(),
                period => format!("{} – {}", i.period_from, i.period_to), total => money(i.total_cents),
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/provider/home.html",
        context! {
            provider => p.name, standing => standing.as_str(), code => code, errors => errors, done => done,
            redemptions => redemptions, invoices => invoices,
        },
        status,
    )
}

pub(crate) async fn home(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    QueryData(q): QueryData<HomeQuery>,
) -> AppResult<Response> {
    let provider = own_provider(&me)?;
    home_page(&state, &ctx, provider, "", no_errors(), q.done, StatusCode::OK).await
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct LookupQuery {
    #[serde(default)]
    code: String,
}

fn refusal_errors(state: &AppState, ctx: &Ctx, r: Refusal) -> Value {
    form_errors(&state.cat, ctx.lang.code, &Invalid::one(refusal_field(r), r.code()))
}

/// The voucher page: what the holder's ID card is compared with, and the redemption
/// form (unused parts, the provider's courses, the ID check).
async fn voucher_page(
    state: &AppState,
    ctx: &Ctx,
    provider: uuid::Uuid,
    c: &VoucherCheck,
    form: Value,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let courses: Vec<Value> = state
        .store
        .courses_of(provider)
        .await?
        .iter()
        .map(|c| {
            Value::from(vec![
                c.id.to_string(),
                format!("{} · {} · {} · {} · {}", c.title, c.level, c.starts_on, c.place, money(c.price_cents)),
            ])
        })
        .collect();
    let parts: Vec<Value> = c
        .parts
        .iter()
        .map(|p| context! { part => p.part, value => money(p.value_cents), redeemed => p.redeemed })
        .collect();
    let part_options: Vec<Value> = c
        .parts
        .iter()
        .filter(|p| !p.redeemed)
        .map(|p| {
            let label =
                state.cat.plain(ctx.lang.code, "voucher-pdf-part", &[("n", welcomedesk_i18n::Arg::Num(p.part))]);
            Value::from(vec![p.part.to_string(), format!("{label} · {}", money(p.value_cents))])
        })
        .collect();
    let open = !part_options.is_empty() && c.status == "valid";
    page_with_status(
        state,
        ctx,
        "staff/provider/voucher.html",
        context! {
            v => context! {
                code => c.code.clone(), holder_name => c.holder_name.clone(), birth_date => c.birth_date.clone(),
                remaining => money(c.remaining_cents), issued_on => c.issued_on.clone(),
                expires_on => c.expires_on.clone(), earliest_start => c.earliest_start.clone(),
                level_min => c.level_min.clone(), level_max => c.level_max.clone(), status => c.status,
                needs_course => c.needs_course, non_transferable => c.non_transferable,
                offer_title => c.offer.as_ref().map(|o| o.title(ctx.lang.code).to_owned()),
                offer_kind => c.offer.as_ref().map(|o| o.kind.clone()),
            },
            parts => parts, part_options => part_options, courses => courses, open => open, form => form, errors => errors,
        },
        status,
    )
}

/// Looks a voucher up (a GET form: nothing changes). A refusal (typo caught by the
/// check character, unknown, provider suspended…) re-shows the start page with the
/// translated reason at the code field.
pub(crate) async fn lookup(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    QueryData(q): QueryData<LookupQuery>,
) -> AppResult<Response> {
    let provider = own_provider(&me)?;
    if q.code.trim().is_empty() {
        let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("code", "required"));
        return home_page(&state, &ctx, provider, "", errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    match state.store.lookup_voucher(&q.code, provider, state.today(), Some(me.0.id())).await? {
        Ok(c) => {
            let form = context! { part => "", course_id => "", id_checked => false };
            voucher_page(&state, &ctx, provider, &c, form, no_errors(), StatusCode::OK).await
        }
        Err(r) => {
            let errors = refusal_errors(&state, &ctx, r);
            home_page(&state, &ctx, provider, &q.code, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct RedeemForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    part: String,
    #[serde(default)]
    course_id: String,
    #[serde(default)]
    id_checked: Option<String>,
}

/// Redeems one part. Every refusal re-shows the voucher with the translated reason
/// and changes nothing (the store audits it).
pub(crate) async fn redeem(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    FormData(f): FormData<RedeemForm>,
) -> AppResult<Response> {
    let provider = own_provider(&me)?;
    let form =
        context! { part => f.part.clone(), course_id => f.course_id.clone(), id_checked => f.id_checked.is_some() };
    let check = match state.store.lookup_voucher(&f.code, provider, state.today(), Some(me.0.id())).await? {
        Ok(c) => c,
        Err(r) => {
            let errors = refusal_errors(&state, &ctx, r);
            return home_page(&state, &ctx, provider, &f.code, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let mut inv = Invalid::default();
    let part = match f.part.trim() {
        "" => None,
        p => match p.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                inv.push(FieldError::new("part", "invalid_choice"));
                None
            }
        },
    };
    // A language voucher is redeemed for a course; an offer (a museum entry…) without.
    let course = if check.needs_course {
        match uuid::Uuid::parse_str(f.course_id.trim()) {
            Ok(c) => Some(c),
            Err(_) => {
                inv.push(FieldError::new("course_id", "required"));
                None
            }
        }
    } else {
        None
    };
    if check.non_transferable && f.id_checked.is_none() {
        inv.push(FieldError::new("id_checked", Refusal::IdNotChecked.code()));
    }
    if !inv.errors.is_empty() {
        let errors = form_errors(&state.cat, ctx.lang.code, &inv);
        return voucher_page(&state, &ctx, provider, &check, form, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let r = Redeem {
        code: &f.code,
        part,
        course_id: course,
        amount_cents: None,
        id_checked: f.id_checked.is_some(),
        today: state.today(),
    };
    match state.store.redeem_voucher(&r, provider, me.0.id()).await {
        Ok(Ok(_)) => Ok(Redirect::to("/provider/?done=redeemed").into_response()),
        Ok(Err(refusal)) => {
            let errors = refusal_errors(&state, &ctx, refusal);
            voucher_page(&state, &ctx, provider, &check, form, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        // A course id that is no course at all: the same as another provider's.
        Err(welcomedesk_store::StoreError::NotFound) => {
            let errors = refusal_errors(&state, &ctx, Refusal::ForeignProvider);
            voucher_page(&state, &ctx, provider, &check, form, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn own_redemption(state: &AppState, provider: uuid::Uuid, id: uuid::Uuid) -> AppResult<Redemption> {
    // Another provider's enrolment does not exist for this provider.
    state
        .store
        .redemptions_of_provider(provider, 10_000)
        .await?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or(AppError::NotFound)
}

fn progress_page(
    state: &AppState,
    ctx: &Ctx,
    r: &Redemption,
    form: Value,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let levels: Vec<Value> = Level::ALL.iter().map(|l| Value::from(vec![l.as_str(), l.as_str()])).collect();
    page_with_status(
        state,
        ctx,
        "staff/provider/progress.html",
        context! { r => redemption_value(r), levels => levels, form => form, errors => errors },
        status,
    )
}

pub(crate) async fn progress_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let provider = own_provider(&me)?;
    let r = own_redemption(&state, provider, id).await?;
    let form = context! {
        status => r.progress.clone().unwrap_or_else(|| "enrolled".to_owned()),
        level_reached => r.level_reached.clone().unwrap_or_default(),
    };
    progress_page(&state, &ctx, &r, form, no_errors(), StatusCode::OK)
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct ProgressForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    level_reached: String,
}

pub(crate) async fn save_progress(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<ProgressForm>,
) -> AppResult<Response> {
    let provider = own_provider(&me)?;
    let r = own_redemption(&state, provider, id).await?;
    let parsed = parse_progress(&f.status, Some(f.level_reached.as_str()));
    match parsed {
        Ok((status, level)) => {
            state.store.report_progress(id, provider, status, level, state.today(), me.0.id()).await?;
            Ok(Redirect::to("/provider/?done=progress").into_response())
        }
        Err(AppError::Invalid(inv)) => {
            let form = context! { status => f.status, level_reached => f.level_reached };
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            progress_page(&state, &ctx, &r, form, errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e),
    }
}
