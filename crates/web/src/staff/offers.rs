//! The coordinator's offers (issue 12): other welcome vouchers besides the language-course
//! programme — a city tour, a museum or pool entry, a public-transport trial ticket, a
//! provider's language course —, each with its issuer, a title per language, value,
//! validity, the ID check, and the earning rule (after N attended modules). The rules are
//! the domain's (`domain::offers`) and the store's (versioning, frozen once used); these
//! handlers parse the form and show the result.

use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::extract::{FormData, IdPath, QueryData};
use crate::provider::money;
use crate::render::{form_errors, no_errors};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::Invalid;
use welcomedesk_domain::offers::{Offer, OfferInput, OfferKind, TITLE_FIELDS};
use welcomedesk_domain::vouchers::{ProviderStanding, cents_plain};
use welcomedesk_store::StoreError;

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// The offer form as typed: the fields by name, titles as `title_<lang>`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub(crate) struct OfferForm {
    kind: String,
    issuer_provider_id: String,
    titles: std::collections::BTreeMap<String, String>,
    value: String,
    validity_days: String,
    non_transferable: bool,
    active: bool,
    first_after: String,
    valid_from: String,
}

impl OfferForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut f = OfferForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "kind" => f.kind = v,
                "issuer_provider_id" => f.issuer_provider_id = v,
                "value" => f.value = v,
                "validity_days" => f.validity_days = v,
                "non_transferable" => f.non_transferable = !v.is_empty(),
                "active" => f.active = !v.is_empty(),
                "first_after" => f.first_after = v,
                "valid_from" => f.valid_from = v,
                other => {
                    if let Some((lang, _)) = TITLE_FIELDS.iter().find(|(_, field)| *field == other) {
                        f.titles.insert((*lang).to_owned(), v);
                    }
                }
            }
        }
        f
    }

    fn input(&self) -> OfferInput {
        OfferInput {
            kind: self.kind.clone(),
            issuer_provider_id: self.issuer_provider_id.clone(),
            titles: self.titles.iter().map(|(l, t)| (l.clone(), t.clone())).collect(),
            value: self.value.clone(),
            validity_days: self.validity_days.clone(),
            non_transferable: self.non_transferable,
            active: self.active,
            first_after: self.first_after.clone(),
            valid_from: self.valid_from.clone(),
        }
    }

    fn of(o: &Offer) -> Self {
        OfferForm {
            kind: o.kind.as_str().to_owned(),
            issuer_provider_id: o.issuer_provider_id.to_string(),
            titles: o.titles.iter().cloned().collect(),
            value: cents_plain(o.value_cents),
            validity_days: o.validity_days.to_string(),
            non_transferable: o.non_transferable,
            active: o.active,
            first_after: o.first_after.to_string(),
            valid_from: o.valid_from.to_string(),
        }
    }
}

/// A refusal of the store as the field it concerns (translated `error-<code>`).
pub(crate) fn conflict_field(code: &'static str) -> Invalid {
    match code {
        "issuer_not_approved" | "issuer_unknown" => Invalid::one("issuer_provider_id", "issuer_not_approved"),
        "offer_in_use" => Invalid::one("kind", "offer_in_use"),
        "rule_in_use" => Invalid::one("valid_from", "offer_rule_in_use"),
        _ => Invalid::one("valid_from", "rule_date_taken"),
    }
}

async fn issuers(state: &AppState, keep: Option<&str>) -> AppResult<Vec<Value>> {
    let mut out = vec![];
    for p in state.store.list_providers().await? {
        let approved = state.store.provider_standing(p.id).await? == ProviderStanding::Approved;
        if approved || keep == Some(p.id.to_string().as_str()) {
            out.push(Value::from(vec![p.id.to_string(), p.name]));
        }
    }
    Ok(out)
}

fn kinds(state: &AppState, ctx: &Ctx) -> Vec<Value> {
    OfferKind::ALL
        .iter()
        .map(|k| {
            Value::from(vec![
                k.as_str().to_owned(),
                state.cat.plain(ctx.lang.code, &format!("offers-kind-{}", k.as_str()), &[]),
            ])
        })
        .collect()
}

fn title_languages() -> Vec<Value> {
    TITLE_FIELDS
        .iter()
        .filter_map(|(code, field)| {
            welcomedesk_i18n::by_code(code).map(|l| {
                context! { code => *code, field => *field, name => l.endonym, dir => if l.is_rtl() { "rtl" } else { "ltr" } }
            })
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
async fn offers_page(
    state: &AppState,
    ctx: &Ctx,
    form: &OfferForm,
    editing: Option<uuid::Uuid>,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let offers: Vec<Value> = state
        .store
        .list_offers()
        .await?
        .iter()
        .map(|r| {
            let o = &r.offer;
            context! {
                id => r.id, title => o.title(ctx.lang.code).to_owned(), kind => o.kind.as_str(),
                issuer => r.issuer_name.clone(), value => money(o.value_cents), validity_days => o.validity_days,
                first_after => o.first_after, valid_from => o.valid_from.to_string(),
                non_transferable => o.non_transferable, active => o.active, vouchers => r.vouchers,
            }
        })
        .collect();
    let issuers = issuers(state, Some(form.issuer_provider_id.as_str())).await?;
    let action = match editing {
        Some(id) => format!("/staff/offers/{id}"),
        None => "/staff/offers".to_owned(),
    };
    crate::render::page_with_status(
        state,
        ctx,
        "staff/vouchers/offers.html",
        context! {
            offers => offers, form => form, kinds => kinds(state, ctx), issuers => issuers, title_languages => title_languages(),
            editing => editing, action => action, errors => errors, done => done,
        },
        status,
    )
}

pub(crate) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let form = OfferForm {
        valid_from: state.today().to_string(),
        first_after: "1".into(),
        validity_days: "365".into(),
        non_transferable: true,
        active: true,
        ..Default::default()
    };
    offers_page(&state, &ctx, &form, None, no_errors(), q.done, StatusCode::OK).await
}

/// Makes an offer (and its first earning rule).
pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    FormData(pairs): FormData<Vec<(String, String)>>,
) -> AppResult<Response> {
    let f = OfferForm::from_pairs(pairs);
    let inv = match Offer::parse(&f.input()) {
        Ok(o) => match state.store.insert_offer(&o, ctx.actor()).await {
            Ok(_) => return Ok(Redirect::to("/staff/offers?done=offer").into_response()),
            Err(StoreError::Conflict(c)) => conflict_field(c),
            Err(e) => return Err(e.into()),
        },
        Err(inv) => inv,
    };
    let errors = form_errors(&state.cat, ctx.lang.code, &inv);
    offers_page(&state, &ctx, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// The edit form of one offer.
pub(crate) async fn edit(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let row = state.store.offer(id).await?;
    offers_page(&state, &ctx, &OfferForm::of(&row.offer), Some(id), no_errors(), None, StatusCode::OK).await
}

/// Saves an offer; a rule in use is never changed (a later `valid_from` makes a new version).
pub(crate) async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    FormData(pairs): FormData<Vec<(String, String)>>,
) -> AppResult<Response> {
    state.store.offer(id).await?;
    let f = OfferForm::from_pairs(pairs);
    let inv = match Offer::parse(&f.input()) {
        Ok(o) => match state.store.update_offer(id, &o, ctx.actor()).await {
            Ok(()) => return Ok(Redirect::to("/staff/offers?done=offer").into_response()),
            Err(StoreError::Conflict(c)) => conflict_field(c),
            Err(e) => return Err(e.into()),
        },
        Err(inv) => inv,
    };
    let errors = form_errors(&state.cat, ctx.lang.code, &inv);
    offers_page(&state, &ctx, &f, Some(id), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn title_languages_are_the_shipped_languages() {
        let shipped: Vec<&str> = welcomedesk_i18n::LANGUAGES.iter().map(|l| l.code).collect();
        let titles: Vec<&str> = super::TITLE_FIELDS.iter().map(|(c, _)| *c).collect();
        assert_eq!(shipped, titles);
    }
}
