//! API of the offers (issue 12): the coordinator's other welcome vouchers (a city tour,
//! a museum or pool entry, a public-transport trial ticket, a provider's language
//! course). Their vouchers are ordinary vouchers: `listVouchers`, `lookupVoucher` and
//! `redeemVoucher` serve them (an offer's voucher is redeemed by its issuer only, without
//! a course unless it is a language course).
//!
//! A refusal of the store (issuer not approved, kind or issuer of an offer in use, a rule
//! in use changed without a later `valid_from`, two versions on one day) is a 422
//! problem on the field concerned, like every invalid input.

use crate::api::Problem;
use crate::api::vouchers::CreatedResponse;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{IdPath, JsonBody};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use std::collections::BTreeMap;
use utoipa::ToSchema;
use welcomedesk_domain::offers::{Offer, OfferInput};
use welcomedesk_store::StoreError;
use welcomedesk_store::offers::OfferRow;

const PJ: &str = "application/problem+json";

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OfferRequest {
    /// `language_course`, `city_tour`, `museum`, `pool`, `transport_trial` or `other`.
    pub kind: String,
    /// The issuer: an approved provider organisation, which redeems the vouchers.
    pub issuer_provider_id: String,
    /// The title per language code (`en` required; the shipped languages only).
    pub titles: BTreeMap<String, String>,
    /// The value, e.g. `12.50`.
    pub value: String,
    /// Days a voucher is valid from its issue (1–3650).
    pub validity_days: String,
    /// Issued in the holder's name: the issuer checks the ID card.
    pub non_transferable: bool,
    /// An inactive offer earns nothing new (default: active).
    #[serde(default = "yes")]
    pub active: bool,
    /// The voucher is earned after this many attended modules (1–100).
    pub first_after: String,
    /// `YYYY-MM-DD`: this earning rule, value and validity apply from this day.
    pub valid_from: String,
}

fn yes() -> bool {
    true
}

#[derive(serde::Serialize, ToSchema)]
pub struct OfferResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub kind: String,
    #[schema(value_type = String, format = Uuid)]
    pub issuer_provider_id: uuid::Uuid,
    pub issuer_name: String,
    /// The title per language code.
    pub titles: BTreeMap<String, String>,
    pub value_cents: i64,
    pub validity_days: u32,
    pub non_transferable: bool,
    pub active: bool,
    pub first_after: u32,
    pub valid_from: String,
    /// Vouchers issued for the offer.
    pub vouchers: i64,
}

impl From<OfferRow> for OfferResponse {
    fn from(r: OfferRow) -> Self {
        let o = r.offer;
        Self {
            id: r.id,
            kind: o.kind.as_str().to_owned(),
            issuer_provider_id: o.issuer_provider_id,
            issuer_name: r.issuer_name,
            titles: o.titles.into_iter().collect(),
            value_cents: o.value_cents,
            validity_days: o.validity_days,
            non_transferable: o.non_transferable,
            active: o.active,
            first_after: o.first_after,
            valid_from: o.valid_from.to_string(),
            vouchers: r.vouchers,
        }
    }
}

fn parse(r: OfferRequest) -> AppResult<Offer> {
    Ok(Offer::parse(&OfferInput {
        kind: r.kind,
        issuer_provider_id: r.issuer_provider_id,
        titles: r.titles.into_iter().collect(),
        value: r.value,
        validity_days: r.validity_days,
        non_transferable: r.non_transferable,
        active: r.active,
        first_after: r.first_after,
        valid_from: r.valid_from,
    })?)
}

fn refused(e: StoreError) -> AppError {
    match e {
        StoreError::Conflict(c) => AppError::Invalid(crate::staff::offers::conflict_field(c)),
        e => e.into(),
    }
}

/// Every offer, active ones first.
#[utoipa::path(get, path = "/api/v1/offers", operation_id = "listOffers", tag = "vouchers",
    responses((status = 200, body = Vec<OfferResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_offers(State(state): State<AppState>) -> AppResult<Json<Vec<OfferResponse>>> {
    Ok(Json(state.store.list_offers().await?.into_iter().map(Into::into).collect()))
}

/// One offer with its newest earning rule.
#[utoipa::path(get, path = "/api/v1/offers/{id}", operation_id = "getOffer", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = OfferResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn get_offer(State(state): State<AppState>, IdPath(id): IdPath) -> AppResult<Json<OfferResponse>> {
    Ok(Json(state.store.offer(id).await?.into()))
}

/// Makes an offer (its issuer must be an approved provider).
#[utoipa::path(post, path = "/api/v1/offers", operation_id = "createOffer", tag = "vouchers",
    request_body = OfferRequest,
    responses((status = 201, body = CreatedResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_offer(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(r): JsonBody<OfferRequest>,
) -> AppResult<(StatusCode, Json<CreatedResponse>)> {
    let o = parse(r)?;
    let id = state.store.insert_offer(&o, ctx.actor()).await.map_err(refused)?;
    Ok((StatusCode::CREATED, Json(CreatedResponse { id })))
}

/// Changes an offer. Kind and issuer are fixed once it has issued a voucher; a changed
/// value, validity or earning step makes a new rule version when the current one is in
/// use (then `valid_from` must be later).
#[utoipa::path(put, path = "/api/v1/offers/{id}", operation_id = "updateOffer", tag = "vouchers",
    params(("id" = String, Path, format = Uuid)), request_body = OfferRequest,
    responses((status = 200, body = OfferResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update_offer(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(r): JsonBody<OfferRequest>,
) -> AppResult<Json<OfferResponse>> {
    state.store.offer(id).await?;
    let o = parse(r)?;
    state.store.update_offer(id, &o, ctx.actor()).await.map_err(refused)?;
    Ok(Json(state.store.offer(id).await?.into()))
}
