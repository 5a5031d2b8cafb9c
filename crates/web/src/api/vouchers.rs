//! API of the passport and the language-course vouchers: passports, rules, vouchers,
//! the providers' look-up, redemption and progress reports, providers' standing and
//! courses, invoices and the reconciliation.
//!
//! A refusal of a voucher (unknown, typo, expired, revoked, used, foreign provider,
//! suspended provider, level or start window, amount) is a 422 problem whose field
//! error carries the refusal's stable code and its translated message.

use crate::api::Problem;
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{IdPath, JsonBody};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use utoipa::ToSchema;
use welcomedesk_domain::passport::PassportNumber;
use welcomedesk_domain::vouchers::{
    self as v, Level, Progress, ProviderStanding, Refusal, Rule, RuleInput, may_see_provider, parse_reason,
};
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_store::vouchers::Redeem;

const PJ: &str = "application/problem+json";

/// The field a refusal is reported on.
pub(crate) fn refusal_field(r: Refusal) -> &'static str {
    match r {
        Refusal::ForeignProvider
        | Refusal::Level
        | Refusal::StartWindow
        | Refusal::CourseRequired
        | Refusal::NotForCourses => "course_id",
        Refusal::AmountAboveRemaining => "amount_cents",
        Refusal::IdNotChecked => "id_checked",
        Refusal::NoSuchPart => "part",
        _ => "code",
    }
}

pub(crate) fn refusal(r: Refusal) -> AppError {
    AppError::Invalid(Invalid::one(refusal_field(r), r.code()))
}

/// The provider organisation of a provider account (others have none).
pub(crate) fn own_provider(me: &SignedIn) -> AppResult<uuid::Uuid> {
    me.0.user.provider_id.ok_or(AppError::Forbidden)
}

fn check_provider(me: &SignedIn, provider: uuid::Uuid) -> AppResult<()> {
    // Another provider's records do not exist for a provider account.
    if may_see_provider(me.0.role(), me.0.user.provider_id, provider) { Ok(()) } else { Err(AppError::NotFound) }
}

#[derive(serde::Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct PassportRequest {
    /// Replace the live passport: `lost` or `damaged` (its number stops working).
    #[serde(default)]
    pub replace: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct PassportResponse {
    /// Canonical number with its check character, e.g. `4KT7Q-92MXA` shown grouped.
    pub number: String,
    /// The signed text of the QR code.
    pub token: String,
    pub issued_at: String,
}

/// Issues the person's passport (the live one if there is one), or replaces it.
#[utoipa::path(post, path = "/api/v1/people/{id}/passport", operation_id = "issuePassport", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = PassportRequest,
    responses((status = 200, body = PassportResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn issue_passport(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(req): JsonBody<PassportRequest>,
) -> AppResult<Json<PassportResponse>> {
    let p = match req.replace.as_deref() {
        None => state.store.issue_passport(id, ctx.actor()).await?,
        Some("lost") => state.store.replace_passport(id, "lost", ctx.actor()).await?,
        Some("damaged") => state.store.replace_passport(id, "damaged", ctx.actor()).await?,
        Some(_) => return Err(Invalid::one("replace", "invalid_choice").into()),
    };
    let token = state.store.passport_key().await?.sign(&p.number, p.person_id);
    Ok(Json(PassportResponse { number: p.number.display(), token, issued_at: p.issued_at }))
}

#[derive(serde::Serialize, ToSchema)]
pub struct PassportCheckResponse {
    pub number: String,
    /// `valid`, or `replaced` when the number no longer works.
    pub status: String,
    pub holder_name: String,
    pub birth_date: String,
}

/// Checks a passport by its number or by the text of its QR code (a forged or altered
/// code is refused); shows only what comparing with an ID card needs.
#[utoipa::path(get, path = "/api/v1/passports/{number}", operation_id = "verifyPassport", tag = "vouchers",
    params(("number" = String, Path, description = "the number as typed, or the QR token `WDP1.…`")),
    responses((status = 200, body = PassportCheckResponse), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn verify_passport(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(number): Path<String>,
) -> AppResult<Json<PassportCheckResponse>> {
    let check = if number.trim().to_ascii_uppercase().starts_with("WDP") {
        match state.store.check_passport_token(&number, ctx.actor()).await? {
            Ok(c) => c,
            Err("passport_unknown") => return Err(AppError::NotFound),
            Err(code) => return Err(Invalid::one("number", code).into()),
        }
    } else {
        let n = PassportNumber::parse_field(&number).map_err(|mut e| {
            e.field = "number";
            Invalid::from(e)
        })?;
        state.store.check_passport(&n, ctx.actor()).await?.ok_or(AppError::NotFound)?
    };
    Ok(Json(PassportCheckResponse {
        number: check.number,
        status: check.status.to_owned(),
        holder_name: check.holder_name,
        birth_date: check.birth_date,
    }))
}

/// A voucher as staff see it.
#[derive(serde::Serialize, ToSchema)]
pub struct VoucherResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub code: String,
    pub rule_name: String,
    pub value_cents: i64,
    pub remaining_cents: i64,
    pub issued_on: String,
    pub expires_on: String,
    pub earliest_start: String,
    pub level_min: String,
    pub level_max: String,
    /// `attendance` or `manual`.
    pub source: String,
    pub revoked_at: Option<String>,
    pub parts: Vec<PartResponse>,
    /// The offer (issue 12); absent for a language-course voucher of the programme.
    pub offer: Option<OfferRefResponse>,
}

/// What a voucher shows of its offer.
#[derive(serde::Serialize, ToSchema)]
pub struct OfferRefResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    /// `language_course`, `city_tour`, `museum`, `pool`, `transport_trial` or `other`.
    pub kind: String,
    #[schema(value_type = String, format = Uuid)]
    pub issuer_provider_id: uuid::Uuid,
    pub issuer_name: String,
    pub non_transferable: bool,
    /// The title per language code.
    pub titles: std::collections::BTreeMap<String, String>,
}

fn offer_ref(o: Option<welcomedesk_store::vouchers::OfferRef>) -> Option<OfferRefResponse> {
    o.map(|o| OfferRefResponse {
        id: o.id,
        kind: o.kind,
        issuer_provider_id: o.issuer_provider_id,
        issuer_name: o.issuer_name,
        non_transferable: o.non_transferable,
        titles: o.titles.into_iter().collect(),
    })
}

#[derive(serde::Serialize, ToSchema)]
pub struct PartResponse {
    pub part: i64,
    pub value_cents: i64,
    pub redeemed: bool,
}

fn parts(p: Vec<welcomedesk_store::vouchers::PartRow>) -> Vec<PartResponse> {
    p.into_iter().map(|p| PartResponse { part: p.part, value_cents: p.value_cents, redeemed: p.redeemed }).collect()
}

/// A person's vouchers, newest first.
#[utoipa::path(get, path = "/api/v1/people/{id}/vouchers", operation_id = "listVouchers", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Vec<VoucherResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_vouchers(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<Json<Vec<VoucherResponse>>> {
    // The person must exist (and the read is audited there).
    state.store.read_person(id, ctx.actor(), "person.read").await?;
    let list = state.store.vouchers_of(id, ctx.actor()).await?;
    Ok(Json(
        list.into_iter()
            .map(|v| VoucherResponse {
                id: v.id,
                code: v.code,
                rule_name: v.rule_name,
                value_cents: v.value_cents,
                remaining_cents: v.remaining_cents,
                issued_on: v.issued_on,
                expires_on: v.expires_on,
                earliest_start: v.earliest_start,
                level_min: v.level_min,
                level_max: v.level_max,
                source: v.source,
                revoked_at: v.revoked_at,
                parts: parts(v.parts),
                offer: offer_ref(v.offer),
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonRequest {
    /// Why (required; recorded and audited).
    pub reason: String,
}

#[derive(serde::Serialize, ToSchema)]
pub struct CreatedResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
}

/// Issues a voucher by hand, with a reason, under the rule in force today.
#[utoipa::path(post, path = "/api/v1/people/{id}/vouchers", operation_id = "issueVoucher", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = ReasonRequest,
    responses((status = 201, body = CreatedResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn issue_voucher(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(req): JsonBody<ReasonRequest>,
) -> AppResult<(StatusCode, Json<CreatedResponse>)> {
    let reason = parse_reason(&req.reason).map_err(Invalid::from)?;
    let vid = state.store.issue_voucher_by_hand(id, &reason, state.today(), ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(CreatedResponse { id: vid })))
}

/// Revokes a voucher, with a reason; its unused parts can no longer be redeemed.
#[utoipa::path(post, path = "/api/v1/vouchers/{id}/revoke", operation_id = "revokeVoucher", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = ReasonRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn revoke_voucher(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(req): JsonBody<ReasonRequest>,
) -> AppResult<StatusCode> {
    let reason = parse_reason(&req.reason).map_err(Invalid::from)?;
    state.store.revoke_voucher(id, &reason, ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What a provider sees of a voucher: enough to check the holder, nothing else.
#[derive(serde::Serialize, ToSchema)]
pub struct VoucherCheckResponse {
    pub code: String,
    /// None once the holder was erased.
    pub holder_name: Option<String>,
    pub birth_date: Option<String>,
    pub remaining_cents: i64,
    pub issued_on: String,
    pub expires_on: String,
    pub earliest_start: String,
    pub level_min: String,
    pub level_max: String,
    /// `valid`, `expired`, `revoked` or `used`.
    pub status: String,
    pub parts: Vec<PartResponse>,
    /// The offer (issue 12); absent for a language-course voucher of the programme.
    pub offer: Option<OfferRefResponse>,
    /// Whether the redemption names a course (language courses) or none (other offers).
    pub needs_course: bool,
    /// Whether the holder's ID card must be checked (`id_checked: true`).
    pub non_transferable: bool,
}

/// A provider looks a voucher up by its code (typed in any case, with or without
/// hyphens).
#[utoipa::path(get, path = "/api/v1/vouchers/{code}", operation_id = "lookupVoucher", tag = "vouchers",
    params(("code" = String, Path)),
    responses((status = 200, body = VoucherCheckResponse), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn lookup_voucher(
    State(state): State<AppState>,
    me: SignedIn,
    Path(code): Path<String>,
) -> AppResult<Json<VoucherCheckResponse>> {
    let provider = own_provider(&me)?;
    let c = state.store.lookup_voucher(&code, provider, state.today(), Some(me.0.id())).await?.map_err(refusal)?;
    Ok(Json(VoucherCheckResponse {
        code: c.code,
        holder_name: c.holder_name,
        birth_date: c.birth_date,
        remaining_cents: c.remaining_cents,
        issued_on: c.issued_on,
        expires_on: c.expires_on,
        earliest_start: c.earliest_start,
        level_min: c.level_min,
        level_max: c.level_max,
        status: c.status.to_owned(),
        parts: parts(c.parts),
        needs_course: c.needs_course,
        non_transferable: c.non_transferable,
        offer: offer_ref(c.offer),
    }))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RedeemRequest {
    /// The provider's course (language-course vouchers); left out for an offer redeemed
    /// at the issuer's desk (a museum entry, a city tour…).
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub course_id: Option<uuid::Uuid>,
    /// The part to redeem; the first unused one when left out.
    #[serde(default)]
    pub part: Option<i64>,
    /// The amount; the course's price (at most the part's value) when left out.
    #[serde(default)]
    pub amount_cents: Option<i64>,
    /// The provider checked the holder's ID card (must be true where the voucher is
    /// non-transferable: every language voucher, offers that say so).
    pub id_checked: bool,
}

#[derive(serde::Serialize, ToSchema)]
pub struct RedemptionResponse {
    /// The enrolment's id (for progress reports).
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub voucher_code: String,
    pub part: i64,
    /// Absent for an offer redeemed without a course.
    #[schema(value_type = Option<String>, format = Uuid)]
    pub course_id: Option<uuid::Uuid>,
    /// The course's title, or the offer's.
    pub course_title: String,
    pub amount_cents: i64,
    pub redeemed_on: String,
    pub progress: Option<String>,
    pub level_reached: Option<String>,
}

impl From<welcomedesk_store::vouchers::Redemption> for RedemptionResponse {
    fn from(r: welcomedesk_store::vouchers::Redemption) -> Self {
        Self {
            id: r.id,
            voucher_code: r.voucher_code,
            part: r.part,
            course_id: r.course_id,
            course_title: r.course_title,
            amount_cents: r.amount_cents,
            redeemed_on: r.redeemed_on,
            progress: r.progress,
            level_reached: r.level_reached,
        }
    }
}

/// Redeems a voucher (one part) for one of the provider's courses. At most once per
/// part, whatever the concurrency; every refusal says why and changes nothing.
#[utoipa::path(post, path = "/api/v1/vouchers/{code}/redemptions", operation_id = "redeemVoucher", tag = "vouchers",
    params(("code" = String, Path)), request_body = RedeemRequest,
    responses((status = 201, body = RedemptionResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn redeem_voucher(
    State(state): State<AppState>,
    me: SignedIn,
    Path(code): Path<String>,
    JsonBody(req): JsonBody<RedeemRequest>,
) -> AppResult<(StatusCode, Json<RedemptionResponse>)> {
    let provider = own_provider(&me)?;
    let r = Redeem {
        code: &code,
        part: req.part,
        course_id: req.course_id,
        amount_cents: req.amount_cents,
        id_checked: req.id_checked,
        today: state.today(),
    };
    let done = state.store.redeem_voucher(&r, provider, me.0.id()).await?.map_err(refusal)?;
    Ok((StatusCode::CREATED, Json(done.into())))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgressRequest {
    /// `enrolled`, `completed` or `dropped`.
    pub status: String,
    /// The level reached (A1–C2), with `completed`.
    #[serde(default)]
    pub level_reached: Option<String>,
}

/// A provider reports enrolment, completion (and the level reached) or drop-out.
#[utoipa::path(post, path = "/api/v1/enrolments/{id}/progress", operation_id = "reportCourseProgress", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = ProgressRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn report_progress(
    State(state): State<AppState>,
    me: SignedIn,
    IdPath(id): IdPath,
    JsonBody(req): JsonBody<ProgressRequest>,
) -> AppResult<StatusCode> {
    let provider = own_provider(&me)?;
    let (status, level) = parse_progress(&req.status, req.level_reached.as_deref())?;
    state.store.report_progress(id, provider, status, level, state.today(), me.0.id()).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub(crate) fn parse_progress(status: &str, level: Option<&str>) -> AppResult<(Progress, Option<Level>)> {
    let mut inv = Invalid::default();
    let status = inv.take(Progress::parse("status", status));
    let level = match level.map(str::trim).filter(|l| !l.is_empty()) {
        Some(l) => inv.take(Level::parse("level_reached", l)),
        None => None,
    };
    inv.into_result()?;
    Ok((status.unwrap_or(Progress::Enrolled), level))
}

/// An invoice or credit note.
#[derive(serde::Serialize, ToSchema)]
pub struct InvoiceResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub number: String,
    /// `invoice` or `credit_note`.
    pub kind: String,
    pub period_from: String,
    pub period_to: String,
    pub total_cents: i64,
    pub currency: String,
    pub issued_on: String,
    pub lines: Vec<InvoiceLineResponse>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct InvoiceLineResponse {
    pub line_no: i64,
    pub voucher_code: String,
    pub part: i64,
    pub course_title: String,
    pub redeemed_on: String,
    pub amount_cents: i64,
}

impl From<welcomedesk_store::invoices::Invoice> for InvoiceResponse {
    fn from(i: welcomedesk_store::invoices::Invoice) -> Self {
        Self {
            id: i.id,
            number: i.number,
            kind: i.kind,
            period_from: i.period_from,
            period_to: i.period_to,
            total_cents: i.total_cents,
            currency: i.currency,
            issued_on: i.issued_on,
            lines: i
                .lines
                .into_iter()
                .map(|l| InvoiceLineResponse {
                    line_no: l.line_no,
                    voucher_code: l.voucher_code,
                    part: l.part,
                    course_title: l.course_title,
                    redeemed_on: l.redeemed_on,
                    amount_cents: l.amount_cents,
                })
                .collect(),
        }
    }
}

/// A provider's invoices and credit notes (a provider sees its own only).
#[utoipa::path(get, path = "/api/v1/providers/{id}/invoices", operation_id = "listInvoices", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Vec<InvoiceResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_invoices(
    State(state): State<AppState>,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Json<Vec<InvoiceResponse>>> {
    check_provider(&me, id)?;
    Ok(Json(state.store.invoices_of(Some(id)).await?.into_iter().map(Into::into).collect()))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvoiceRequest {
    /// The month, `YYYY-MM`.
    pub month: String,
}

/// Makes the provider's invoice for a month from its redemptions not invoiced yet.
#[utoipa::path(post, path = "/api/v1/providers/{id}/invoices", operation_id = "makeInvoice", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = InvoiceRequest,
    responses((status = 201, body = InvoiceResponse), (status = 204, description = "nothing to invoice"),
        (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn make_invoice(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(req): JsonBody<InvoiceRequest>,
) -> AppResult<axum::response::Response> {
    use axum::response::IntoResponse;
    let (from, to) = v::parse_month("month", &req.month).map_err(Invalid::from)?;
    state.store.provider(id).await?;
    Ok(match state.store.make_invoice(id, from, to, state.today(), ctx.actor()).await? {
        Some(inv) => (StatusCode::CREATED, Json(InvoiceResponse::from(inv))).into_response(),
        None => StatusCode::NO_CONTENT.into_response(),
    })
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditRequest {
    /// Why the invoice is corrected (printed on the credit note).
    pub note: String,
    /// The lines to credit; empty or absent: every line not credited yet.
    #[serde(default)]
    pub lines: Vec<CreditLineRequest>,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditLineRequest {
    /// The invoice's line number.
    pub line_no: i64,
    /// How much of the line to credit, in cents (absent: the whole line).
    #[serde(default)]
    pub amount_cents: Option<i64>,
}

/// A credit note for part or all of an issued invoice: chosen lines, each for its whole
/// amount or a part of it; a line is credited at most once. Refusals are 422 with the
/// field `lines` (or `note`) and a code: `no_such_line`, `duplicate_line`,
/// `line_credited`, `already_credited`, `credit_above_line`, `credit_not_positive`.
#[utoipa::path(post, path = "/api/v1/invoices/{id}/credit-notes", operation_id = "creditInvoice", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = CreditRequest,
    responses((status = 201, body = InvoiceResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn credit_invoice(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(req): JsonBody<CreditRequest>,
) -> AppResult<(StatusCode, Json<InvoiceResponse>)> {
    let note = parse_reason(&req.note).map_err(|e| Invalid::from(FieldError { field: "note", ..e }))?;
    let inv = state.store.invoice(id).await?;
    if inv.kind != "invoice" {
        return Err(AppError::NotFound);
    }
    let asked: Vec<(i64, Option<i64>)> = req.lines.iter().map(|l| (l.line_no, l.amount_cents)).collect();
    match state.store.credit_invoice(id, &asked, &note, state.today(), ctx.actor()).await {
        Ok(cn) => Ok((StatusCode::CREATED, Json(InvoiceResponse::from(cn)))),
        Err(welcomedesk_store::StoreError::Conflict(c)) => Err(Invalid::one("lines", c).into()),
        Err(e) => Err(e.into()),
    }
}

/// The provider's redemptions (enrolments), newest first; a provider sees its own only.
#[utoipa::path(get, path = "/api/v1/providers/{id}/redemptions", operation_id = "listRedemptions", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Vec<RedemptionResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_redemptions(
    State(state): State<AppState>,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Json<Vec<RedemptionResponse>>> {
    check_provider(&me, id)?;
    Ok(Json(state.store.redemptions_of_provider(id, 500).await?.into_iter().map(Into::into).collect()))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StandingRequest {
    /// `approved`, `suspended` or `not_approved`.
    pub standing: String,
    /// With `approved`: the day the quality commitment was signed.
    #[serde(default)]
    pub quality_signed_on: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
}

/// Approves, suspends or withdraws a provider (the history is kept).
#[utoipa::path(post, path = "/api/v1/providers/{id}/standing", operation_id = "setProviderStanding", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = StandingRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn set_standing(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(req): JsonBody<StandingRequest>,
) -> AppResult<StatusCode> {
    let (standing, signed, reason) =
        parse_standing(&req.standing, req.quality_signed_on.as_deref().unwrap_or(""), req.reason.as_deref())?;
    state.store.set_provider_standing(id, standing, signed, reason.as_deref(), ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A provider organisation with what its invoices say about it.
#[derive(serde::Serialize, ToSchema)]
pub struct ProviderResponse {
    #[schema(format = Uuid)]
    pub id: String,
    pub name: String,
    /// `approved`, `suspended` or `not_approved` (the newest standing).
    pub standing: String,
    pub details: ProviderDetailsBody,
    /// What its e-invoices still lack: `seller_tax_id`, `seller_address` (empty: ready).
    pub e_invoice_gaps: Vec<String>,
}

/// Identifiers and postal address (empty or null: not given).
#[derive(serde::Serialize, serde::Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ProviderDetailsBody {
    /// VAT identifier with its country prefix, e.g. `SE556677889901`.
    #[serde(default)]
    pub vat_id: Option<String>,
    /// National tax registration number (where there is no VAT number).
    #[serde(default)]
    pub tax_number: Option<String>,
    /// Legal registration (organisation) number.
    #[serde(default)]
    pub org_number: Option<String>,
    #[serde(default)]
    pub street: Option<String>,
    #[serde(default)]
    pub postcode: Option<String>,
    #[serde(default)]
    pub town: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. `SE`.
    #[serde(default)]
    pub country: Option<String>,
}

impl From<&v::ProviderDetails> for ProviderDetailsBody {
    fn from(d: &v::ProviderDetails) -> Self {
        ProviderDetailsBody {
            vat_id: d.vat_id.clone(),
            tax_number: d.tax_number.clone(),
            org_number: d.org_number.clone(),
            street: d.street.clone(),
            postcode: d.postcode.clone(),
            town: d.town.clone(),
            country: d.country.clone(),
        }
    }
}

async fn provider_response(state: &AppState, id: uuid::Uuid) -> AppResult<ProviderResponse> {
    let p = state.store.provider(id).await?;
    let standing = state.store.provider_standing(id).await?;
    Ok(ProviderResponse {
        id: p.id.to_string(),
        name: p.name,
        standing: standing.as_str().to_owned(),
        e_invoice_gaps: p.details.e_invoice_gaps().into_iter().map(str::to_owned).collect(),
        details: ProviderDetailsBody::from(&p.details),
    })
}

/// A provider organisation: standing, identifiers, postal address (a provider sees its own).
#[utoipa::path(get, path = "/api/v1/providers/{id}", operation_id = "getProvider", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = ProviderResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn get_provider(
    State(state): State<AppState>,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Json<ProviderResponse>> {
    check_provider(&me, id)?;
    Ok(Json(provider_response(&state, id).await?))
}

/// Replaces a provider's identifiers and postal address (what its e-invoices need).
#[utoipa::path(put, path = "/api/v1/providers/{id}/details", operation_id = "updateProviderDetails", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = ProviderDetailsBody,
    responses((status = 200, body = ProviderResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update_provider_details(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(b): JsonBody<ProviderDetailsBody>,
) -> AppResult<Json<ProviderResponse>> {
    let s = |o: Option<String>| o.unwrap_or_default();
    let input = v::ProviderDetailsInput {
        vat_id: s(b.vat_id),
        tax_number: s(b.tax_number),
        org_number: s(b.org_number),
        street: s(b.street),
        postcode: s(b.postcode),
        town: s(b.town),
        country: s(b.country),
    };
    let d = v::ProviderDetails::parse(&input)?;
    state.store.set_provider_details(id, &d, ctx.actor()).await?;
    Ok(Json(provider_response(&state, id).await?))
}

pub(crate) fn parse_standing(
    standing: &str,
    signed: &str,
    reason: Option<&str>,
) -> AppResult<(ProviderStanding, Option<jiff::civil::Date>, Option<String>)> {
    let mut inv = Invalid::default();
    let s = match standing.trim() {
        "approved" => Some(ProviderStanding::Approved),
        "suspended" => Some(ProviderStanding::Suspended),
        "not_approved" => Some(ProviderStanding::NotApproved),
        _ => {
            inv.push(FieldError::new("standing", "invalid_choice"));
            None
        }
    };
    let signed = if s == Some(ProviderStanding::Approved) {
        inv.take(welcomedesk_domain::register::parse_date("quality_signed_on", signed))
    } else {
        None
    };
    let reason = reason.map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned);
    if s == Some(ProviderStanding::Suspended) && reason.is_none() {
        inv.push(FieldError::new("reason", "required"));
    }
    inv.into_result()?;
    Ok((s.unwrap_or(ProviderStanding::NotApproved), signed, reason))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CourseRequest {
    pub title: String,
    /// The language taught (ISO 639-1), e.g. `de`.
    pub language: String,
    /// A1–C2.
    pub level: String,
    /// `YYYY-MM-DD`.
    pub starts_on: String,
    /// The price, e.g. `150.00`.
    pub price: String,
    pub place: String,
}

#[derive(serde::Serialize, ToSchema)]
pub struct CourseResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub title: String,
    pub language: String,
    pub level: String,
    pub starts_on: String,
    pub price_cents: i64,
    pub place: String,
}

impl From<welcomedesk_store::providers::Course> for CourseResponse {
    fn from(c: welcomedesk_store::providers::Course) -> Self {
        Self {
            id: c.id,
            title: c.title,
            language: c.language,
            level: c.level,
            starts_on: c.starts_on,
            price_cents: c.price_cents,
            place: c.place,
        }
    }
}

pub(crate) struct CourseInput {
    pub title: String,
    pub language: String,
    pub level: Level,
    pub starts_on: jiff::civil::Date,
    pub price_cents: i64,
    pub place: String,
}

pub(crate) fn parse_course(c: &CourseRequest) -> AppResult<CourseInput> {
    let mut inv = Invalid::default();
    let text = |inv: &mut Invalid, f: &'static str, s: &str| {
        let t = s.trim();
        if t.is_empty() {
            inv.push(FieldError::new(f, "required"));
        } else if t.chars().count() > 200 {
            inv.push(FieldError::with_limit(f, "too_long", 200));
        }
        t.to_owned()
    };
    let title = text(&mut inv, "title", &c.title);
    let place = text(&mut inv, "place", &c.place);
    let language = inv.take(welcomedesk_domain::codes::LanguageCode::parse("language", &c.language));
    let level = inv.take(Level::parse("level", &c.level));
    let starts = inv.take(welcomedesk_domain::register::parse_date("starts_on", &c.starts_on));
    let price = inv.take(v::parse_cents("price", &c.price));
    inv.into_result()?;
    Ok(CourseInput {
        title,
        language: language.map(|l| l.as_str().to_owned()).unwrap_or_default(),
        level: level.unwrap_or(Level::A1),
        starts_on: starts.unwrap_or_default(),
        price_cents: price.unwrap_or(0),
        place,
    })
}

/// A provider's courses (a provider sees its own only).
#[utoipa::path(get, path = "/api/v1/providers/{id}/courses", operation_id = "listProviderCourses", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Vec<CourseResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_courses(
    State(state): State<AppState>,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Json<Vec<CourseResponse>>> {
    check_provider(&me, id)?;
    Ok(Json(state.store.courses_of(id).await?.into_iter().map(Into::into).collect()))
}

/// Adds a course to a provider's list (the provider itself or the coordinator).
#[utoipa::path(post, path = "/api/v1/providers/{id}/courses", operation_id = "createCourse", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = CourseRequest,
    responses((status = 201, body = CourseResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_course(
    State(state): State<AppState>,
    me: SignedIn,
    IdPath(id): IdPath,
    JsonBody(req): JsonBody<CourseRequest>,
) -> AppResult<(StatusCode, Json<CourseResponse>)> {
    check_provider(&me, id)?;
    let c = parse_course(&req)?;
    let course = state
        .store
        .insert_course(
            id,
            &welcomedesk_store::providers::NewCourse {
                title: &c.title,
                language: &c.language,
                level: c.level,
                starts_on: c.starts_on,
                price_cents: c.price_cents,
                place: &c.place,
            },
            Some(me.0.id()),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(course.into())))
}

#[derive(serde::Serialize, ToSchema)]
pub struct RuleResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    pub valid_from: String,
    pub first_after: u32,
    pub further_every: u32,
    pub max_vouchers: u32,
    pub value_cents: i64,
    pub value_cents_certificate: i64,
    pub parts: u32,
    pub validity_months: u32,
    pub level_min: String,
    pub level_max: String,
    pub start_weeks_before: u32,
    /// Vouchers issued under it; a rule in use is frozen.
    pub vouchers: i64,
}

/// The programme's voucher rules, newest first.
#[utoipa::path(get, path = "/api/v1/voucher-rules", operation_id = "listVoucherRules", tag = "vouchers",
    responses((status = 200, body = Vec<RuleResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_rules(State(state): State<AppState>) -> AppResult<Json<Vec<RuleResponse>>> {
    Ok(Json(
        state
            .store
            .list_rules()
            .await?
            .into_iter()
            .map(|r| RuleResponse {
                id: r.id,
                name: r.rule.name,
                valid_from: r.rule.valid_from.to_string(),
                first_after: r.rule.first_after,
                further_every: r.rule.further_every,
                max_vouchers: r.rule.max_vouchers,
                value_cents: r.rule.value_cents,
                value_cents_certificate: r.rule.value_cents_certificate,
                parts: r.rule.parts,
                validity_months: r.rule.validity_months,
                level_min: r.rule.level_min.as_str().to_owned(),
                level_max: r.rule.level_max.as_str().to_owned(),
                start_weeks_before: r.rule.start_weeks_before,
                vouchers: r.vouchers,
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleRequest {
    pub name: String,
    /// `YYYY-MM-DD`: the rule applies to attendances from this day.
    pub valid_from: String,
    pub first_after: String,
    #[serde(default)]
    pub further_every: String,
    pub max_vouchers: String,
    /// e.g. `150.00`.
    pub value: String,
    pub value_certificate: String,
    pub parts: String,
    pub validity_months: String,
    pub level_min: String,
    pub level_max: String,
    #[serde(default)]
    pub start_weeks_before: String,
}

/// Adds a version of the rules from a date (rules in use are never changed).
#[utoipa::path(post, path = "/api/v1/voucher-rules", operation_id = "createVoucherRule", tag = "vouchers",
    request_body = RuleRequest,
    responses((status = 201, body = CreatedResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(r): JsonBody<RuleRequest>,
) -> AppResult<(StatusCode, Json<CreatedResponse>)> {
    let rule = Rule::parse(&RuleInput {
        name: r.name,
        valid_from: r.valid_from,
        first_after: r.first_after,
        further_every: r.further_every,
        max_vouchers: r.max_vouchers,
        value: r.value,
        value_certificate: r.value_certificate,
        parts: r.parts,
        validity_months: r.validity_months,
        level_min: r.level_min,
        level_max: r.level_max,
        start_weeks_before: r.start_weeks_before,
    })?;
    let id = state.store.insert_rule(&rule, ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(CreatedResponse { id })))
}

#[derive(serde::Serialize, ToSchema)]
pub struct ReconRowResponse {
    pub month: String,
    /// The rule's or the provider's name.
    pub key: String,
    pub issued_cents: i64,
    pub redeemed_cents: i64,
    pub expired_cents: i64,
    pub revoked_cents: i64,
    pub outstanding_cents: i64,
}

#[derive(serde::Serialize, ToSchema)]
pub struct ReconResponse {
    pub on: String,
    /// Per month of issue and rule.
    pub by_rule: Vec<ReconRowResponse>,
    /// Per month of redemption and provider.
    pub by_provider: Vec<ReconRowResponse>,
}

fn recon(r: welcomedesk_store::vouchers::ReconRow) -> ReconRowResponse {
    ReconRowResponse {
        month: r.month,
        key: r.key,
        issued_cents: r.issued,
        redeemed_cents: r.redeemed,
        expired_cents: r.expired,
        revoked_cents: r.revoked,
        outstanding_cents: r.outstanding,
    }
}

/// Issued, redeemed, expired, revoked and outstanding voucher value (the city's
/// liability) per month, rule and provider.
#[utoipa::path(get, path = "/api/v1/voucher-reconciliation", operation_id = "getVoucherReconciliation", tag = "vouchers",
    responses((status = 200, body = ReconResponse), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn reconciliation(State(state): State<AppState>) -> AppResult<Json<ReconResponse>> {
    let today = state.today();
    Ok(Json(ReconResponse {
        on: today.to_string(),
        by_rule: state.store.reconciliation_by_rule(today).await?.into_iter().map(recon).collect(),
        by_provider: state.store.reconciliation_by_provider().await?.into_iter().map(recon).collect(),
    }))
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct PaperParams {
    /// `a4` (default) or `a6`.
    #[serde(default)]
    pub paper: Option<String>,
}

fn holder_lang(code: &str) -> &'static welcomedesk_i18n::Language {
    welcomedesk_i18n::by_code(code).unwrap_or(&welcomedesk_i18n::LANGUAGES[0])
}

fn holder_name(full: &str, latin: Option<&str>) -> String {
    match latin {
        Some(l) if l != full => format!("{full} ({l})"),
        _ => full.to_owned(),
    }
}

/// The person's live passport as a one-page PDF (A4 or A6) in the person's language,
/// with its QR code and the stamps.
#[utoipa::path(get, path = "/api/v1/people/{id}/passport/pdf", operation_id = "getPassportPdf", tag = "vouchers",
    params(("id" = String, Path, format = Uuid), PaperParams),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn passport_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    crate::extract::QueryData(q): crate::extract::QueryData<PaperParams>,
) -> AppResult<axum::response::Response> {
    use welcomedesk_documents as docs;
    let paper = match q.paper.as_deref().unwrap_or("a4") {
        "a4" | "A4" => docs::Paper::A4,
        "a6" | "A6" => docs::Paper::A6,
        _ => return Err(Invalid::one("paper", "invalid_choice").into()),
    };
    let p = state.store.read_person(id, ctx.actor(), "person.passport_print").await?;
    let pass = state.store.live_passport(id).await?.ok_or(AppError::NotFound)?;
    let stamps = state.store.stamps_of(id).await?;
    let lang = holder_lang(&p.document_language);
    let t = |k: &str| state.cat.plain(lang.code, k, &[]);
    let date = |s: &str| {
        s.parse::<jiff::civil::Date>()
            .map(|d| welcomedesk_i18n::format_date(&state.cat, lang.code, d))
            .unwrap_or_else(|_| s.to_owned())
    };
    let token = state.store.passport_key().await?.sign(&pass.number, id);
    let doc = docs::Passport {
        common: crate::brochure::pdf::common(&state, lang, t("passport-pdf-title")),
        paper,
        number: pass.number.display(),
        holder_name: holder_name(&p.full_name, p.latin_name.as_deref()),
        birth_date: p.birth_date.clone(),
        qr_payload: token,
        fields: vec![docs::Field::new(t("passport-pdf-issued"), date(&pass.issued_at[..10]))],
        labels: docs::PassportLabels {
            number: t("passport-pdf-number"),
            holder: t("passport-pdf-holder"),
            birth_date: t("passport-pdf-birth-date"),
            qr_alt: t("passport-pdf-qr-alt"),
            stamps: t("passport-pdf-stamps"),
            date: t("passport-pdf-date"),
            topic: t("passport-pdf-topic"),
            language: t("passport-pdf-language"),
            venue: t("passport-pdf-venue"),
            no_stamps: t("passport-pdf-no-stamps"),
        },
        stamps: stamps
            .into_iter()
            .map(|s| docs::Stamp { date: date(&s.attended_on), topic: s.topic, language: s.language, venue: s.venue })
            .collect(),
    };
    let pdf = crate::brochure::pdf::documents()?.passport(&doc).map_err(|e| AppError::Internal(format!("pdf: {e}")))?;
    let mut r = crate::brochure::pdf::response(&pdf, &format!("passport-{}.pdf", pass.number.as_str()));
    private(&mut r);
    Ok(r)
}

/// Personal documents are never kept in shared caches.
fn private(r: &mut axum::response::Response) {
    r.headers_mut()
        .insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("private, no-store"));
}

/// A voucher as a PDF in its holder's language: code, QR, name, date of birth, value,
/// parts, validity, levels and the approved providers.
#[utoipa::path(get, path = "/api/v1/vouchers/{id}/pdf", operation_id = "getVoucherPdf", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn voucher_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<axum::response::Response> {
    use welcomedesk_documents as docs;
    let v = state.store.voucher(id).await?;
    let person = v.person_id.ok_or(AppError::NotFound)?;
    let p = state.store.read_person(person, ctx.actor(), "person.voucher_print").await?;
    let lang = holder_lang(&p.document_language);
    let t = |k: &str| state.cat.plain(lang.code, k, &[]);
    let money = |c: i64| format!("€ {}", v::cents_plain(c));
    let date = |s: &str| {
        s.parse::<jiff::civil::Date>()
            .map(|d| welcomedesk_i18n::format_date(&state.cat, lang.code, d))
            .unwrap_or_else(|_| s.to_owned())
    };
    let levels: Vec<&str> = Level::ALL
        .iter()
        .map(|l| l.as_str())
        .filter(|l| *l >= v.level_min.as_str() && *l <= v.level_max.as_str())
        .collect();
    // An offer's voucher (issue 12): its title, kind, issuer and whether it is personal.
    let offer = v.offer.as_ref();
    let providers = match offer {
        Some(o) => vec![o.issuer_name.clone()],
        None => state.store.approved_provider_names().await?,
    };
    let title = offer.map_or_else(|| t("voucher-pdf-title"), |o| o.title(lang.code).to_owned());
    let conditions = match offer {
        None => vec![t("voucher-pdf-condition-1"), t("voucher-pdf-condition-2")],
        Some(o) if o.non_transferable => vec![t("offers-pdf-condition-personal"), t("offers-pdf-condition-where")],
        Some(_) => vec![t("offers-pdf-condition-transferable"), t("offers-pdf-condition-where")],
    };
    let doc = docs::Voucher {
        common: crate::brochure::pdf::common(&state, lang, title),
        paper: docs::Paper::A4,
        code: v.code.clone(),
        qr_payload: Some(v.code.replace('-', "")),
        holder_name: holder_name(&p.full_name, p.latin_name.as_deref()),
        birth_date: p.birth_date.clone(),
        value: money(v.value_cents),
        parts: v
            .parts
            .iter()
            .map(|part| {
                docs::Field::new(
                    state.cat.plain(lang.code, "voucher-pdf-part", &[("n", welcomedesk_i18n::Arg::Num(part.part))]),
                    money(part.value_cents),
                )
            })
            .collect(),
        valid_until: date(&v.expires_on),
        levels: match offer {
            Some(o) => t(&format!("offers-kind-{}", o.kind)),
            None => levels.join(", "),
        },
        conditions: vec![docs::Block::List {
            ordered: false,
            items: conditions.into_iter().map(|c| vec![docs::Inline::text(c)]).collect(),
        }],
        providers: providers.into_iter().map(|name| docs::ContactCard { name, ..Default::default() }).collect(),
        labels: docs::VoucherLabels {
            code: t("voucher-pdf-code"),
            holder: t("passport-pdf-holder"),
            birth_date: t("passport-pdf-birth-date"),
            value: t("voucher-pdf-value"),
            parts: t("voucher-pdf-parts"),
            valid_until: t("voucher-pdf-valid-until"),
            levels: if offer.is_some() { t("offers-field-kind") } else { t("voucher-pdf-levels") },
            qr_alt: t("voucher-pdf-qr-alt"),
            providers: if offer.is_some() { t("offers-pdf-issuer") } else { t("voucher-pdf-providers") },
        },
    };
    let pdf = crate::brochure::pdf::documents()?.voucher(&doc).map_err(|e| AppError::Internal(format!("pdf: {e}")))?;
    let mut r = crate::brochure::pdf::response(&pdf, "voucher.pdf");
    private(&mut r);
    Ok(r)
}

/// An invoice's lines as CSV (semicolon-separated, amounts with a decimal point).
#[utoipa::path(get, path = "/api/v1/invoices/{id}/csv", operation_id = "getInvoiceCsv", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, content_type = "text/csv", body = String), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn invoice_csv(
    State(state): State<AppState>,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<axum::response::Response> {
    use axum::response::IntoResponse;
    let inv = state.store.invoice(id).await?;
    check_provider(&me, inv.provider_id)?;
    let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(vec![]);
    let err = |e: csv::Error| AppError::Internal(format!("csv: {e}"));
    w.write_record(["invoice", "kind", "line", "voucher_code", "part", "course", "redeemed_on", "amount", "currency"])
        .map_err(err)?;
    for l in &inv.lines {
        w.write_record([
            inv.number.as_str(),
            inv.kind.as_str(),
            &l.line_no.to_string(),
            &l.voucher_code,
            &l.part.to_string(),
            &l.course_title,
            &l.redeemed_on,
            &v::cents_plain(l.amount_cents),
            &inv.currency,
        ])
        .map_err(err)?;
    }
    let body = w.into_inner().map_err(|e| AppError::Internal(format!("csv: {e}")))?;
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(axum::http::header::CONTENT_TYPE, axum::http::HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(v) = axum::http::HeaderValue::from_str(&format!("attachment; filename=\"invoice-{}.csv\"", inv.number)) {
        h.insert(axum::http::header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

/// Invoices are written in the city's own language (the source language of content).
fn invoice_lang(state: &AppState) -> &'static welcomedesk_i18n::Language {
    holder_lang(&state.settings().source_language)
}

/// An invoice and, for a credit note, the number of the invoice it corrects.
async fn invoice_for(
    state: &AppState,
    me: &SignedIn,
    id: uuid::Uuid,
) -> AppResult<(welcomedesk_store::invoices::Invoice, Option<String>)> {
    let inv = state.store.invoice(id).await?;
    check_provider(me, inv.provider_id)?;
    let corrects = match inv.corrects_id {
        Some(c) => Some(state.store.invoice(c).await?.number),
        None => None,
    };
    Ok((inv, corrects))
}

fn attachment(mut r: axum::response::Response, content_type: &'static str, filename: &str) -> axum::response::Response {
    let h = r.headers_mut();
    h.insert(axum::http::header::CONTENT_TYPE, axum::http::HeaderValue::from_static(content_type));
    if let Ok(v) = axum::http::HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        h.insert(axum::http::header::CONTENT_DISPOSITION, v);
    }
    r
}

/// The seller's block on the PDF: name, postal address, identifiers.
fn seller_lines(name: &str, d: &v::ProviderDetails, t: &dyn Fn(&str) -> String) -> Vec<String> {
    let mut out = vec![name.to_owned()];
    out.extend(d.street.clone());
    let town = [d.postcode.as_deref(), d.town.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    if !town.is_empty() {
        out.push(town);
    }
    out.extend(d.country.clone());
    if let Some(x) = &d.vat_id {
        out.push(format!("{}: {x}", t("address-vat-id")));
    }
    if let Some(x) = &d.tax_number {
        out.push(format!("{}: {x}", t("provider-tax-number")));
    }
    if let Some(x) = &d.org_number {
        out.push(format!("{}: {x}", t("provider-org-number")));
    }
    out
}

/// An invoice or credit note as a PDF (A4, in the city's language): the provider (who
/// is paid) and the city (who pays and writes it: self-billing), the lines, the total.
#[utoipa::path(get, path = "/api/v1/invoices/{id}/pdf", operation_id = "getInvoicePdf", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn invoice_pdf(
    State(state): State<AppState>,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<axum::response::Response> {
    use welcomedesk_documents as docs;
    let (inv, corrects) = invoice_for(&state, &me, id).await?;
    let lang = invoice_lang(&state);
    let t = |k: &str| state.cat.plain(lang.code, k, &[]);
    let money = |c: i64| format!("€ {}", v::cents_plain(c));
    let s = state.settings();
    let mut references = vec![
        docs::Field::new(t("invoice-pdf-number"), inv.number.clone()),
        docs::Field::new(t("invoice-pdf-date"), inv.issued_on.clone()),
        docs::Field::new(t("invoice-pdf-period"), format!("{} – {}", inv.period_from, inv.period_to)),
    ];
    if let Some(r) = &inv.supplier_ref {
        references.push(docs::Field::new(t("invoice-pdf-supplier-ref"), r.clone()));
    }
    if let Some(c) = &corrects {
        references.push(docs::Field::new(t("invoice-pdf-corrects"), c.clone()));
    }
    let mut notes = vec![docs::Block::para(t("invoice-pdf-self-billing")), docs::Block::para(t("invoice-vat-exempt"))];
    if let Some(n) = inv.note.as_deref().filter(|n| !n.trim().is_empty()) {
        notes.push(docs::Block::para(n.to_owned()));
    }
    let doc = docs::Invoice {
        common: crate::brochure::pdf::common(
            &state,
            lang,
            format!("{} {}", t(&format!("invoice-kind-{}", inv.kind)), inv.number),
        ),
        paper: docs::Paper::A4,
        seller: seller_lines(&inv.provider_name, &state.store.provider(inv.provider_id).await?.details, &t),
        buyer: vec![s.city_name.clone(), s.desk_address.clone(), s.email.clone()],
        references,
        columns: vec![
            docs::Column::end("#"),
            docs::Column::start(t("invoice-pdf-col-date")),
            docs::Column::start(t("invoice-pdf-col-voucher")),
            docs::Column::start(t("invoice-pdf-col-course")),
            docs::Column::end(t("invoice-pdf-col-amount")),
        ],
        lines: inv
            .lines
            .iter()
            .map(|l| {
                vec![
                    l.line_no.to_string(),
                    l.redeemed_on.clone(),
                    format!("{} / {}", l.voucher_code, l.part),
                    l.course_title.clone(),
                    money(l.amount_cents),
                ]
            })
            .collect(),
        totals: vec![
            docs::Field::new(t("invoice-pdf-vat"), money(0)),
            docs::Field::new(t("invoice-pdf-total"), money(inv.total_cents)),
        ],
        notes,
    };
    let pdf = crate::brochure::pdf::documents()?.invoice(&doc).map_err(|e| AppError::Internal(format!("pdf: {e}")))?;
    Ok(crate::brochure::pdf::response(&pdf, &format!("invoice-{}.pdf", inv.number)))
}

/// The e-invoice of an invoice or credit note in the EU standard EN 16931, as UBL 2.1
/// XML (self-billed: type code 389, credit note 261; VAT exempt).
#[utoipa::path(get, path = "/api/v1/invoices/{id}/ubl", operation_id = "getInvoiceUbl", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, content_type = "application/xml", body = String), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn invoice_ubl(
    State(state): State<AppState>,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<axum::response::Response> {
    use axum::response::IntoResponse;
    use welcomedesk_documents::ubl;
    let (inv, corrects) = invoice_for(&state, &me, id).await?;
    let s = state.settings();
    // EN 16931: the buyer's country (BR-11) comes from the city's settings, the seller's
    // tax identifier (BR-E-02) and postal address with country (BR-08, BR-09) from the
    // provider's record. Missing data is a 409 naming what to fill in, never a guess.
    let country = s.country.clone().ok_or(AppError::Conflict("city_country_missing"))?;
    let seller = state.store.provider(inv.provider_id).await?.details;
    if let Some(gap) = seller.e_invoice_gaps().first() {
        return Err(AppError::Conflict(gap));
    }
    let lang = invoice_lang(&state);
    let doc = ubl::EInvoice {
        number: inv.number.clone(),
        issue_date: inv.issued_on.clone(),
        credit_note: inv.kind == "credit_note",
        corrects,
        currency: inv.currency.clone(),
        buyer_reference: inv.supplier_ref.clone().unwrap_or_else(|| inv.number.clone()),
        period_from: inv.period_from.clone(),
        period_to: inv.period_to.clone(),
        note: inv.note.clone(),
        seller: ubl::Party {
            name: inv.provider_name.clone(),
            id: inv.supplier_ref.clone(),
            street: seller.street.clone(),
            city: seller.town.clone(),
            postal_code: seller.postcode.clone(),
            country: seller.country.clone().unwrap_or_default(),
            vat_id: seller.vat_id.clone(),
            tax_number: seller.tax_number.clone(),
            legal_id: seller.org_number.clone(),
            email: None,
        },
        buyer: ubl::Party {
            name: s.city_name.clone(),
            street: Some(s.postal_street.clone().unwrap_or_else(|| s.desk_address.clone())),
            city: s.postal_town.clone(),
            postal_code: s.postal_code.clone(),
            country,
            email: Some(s.email.clone()),
            vat_id: s.vat_id.clone(),
            ..Default::default()
        },
        lines: inv
            .lines
            .iter()
            .map(|l| ubl::Line {
                id: l.line_no.to_string(),
                name: l.course_title.clone(),
                description: Some(format!("{} / {}", l.voucher_code, l.part)),
                amount_cents: l.amount_cents,
                date: l.redeemed_on.clone(),
            })
            .collect(),
        exemption_reason: state.cat.plain(lang.code, "invoice-vat-exempt", &[]),
    };
    let r = ubl::ubl(&doc).into_response();
    Ok(attachment(r, "application/xml; charset=utf-8", &format!("invoice-{}.xml", inv.number)))
}
