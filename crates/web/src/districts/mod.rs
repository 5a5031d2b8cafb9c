//! The city's districts and their neighbours (issue 12), kept by the coordinator on
//! `/staff/districts`: the list with each district's neighbours, a field to add one,
//! and a page per district to rename it, tick its neighbours or remove it. The
//! relation is symmetric (`domain::districts`, enforced by the table's shape): ticking
//! B on A's page makes A a neighbour on B's page too. Every save rebuilds the public
//! catalogue on this node at once (the finder's distance reads it from memory) and
//! within 2 s on the others.

use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::render::{form_errors, no_errors, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::districts::{District, parse_name};
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_store::StoreError;

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct DistrictForm {
    #[serde(default)]
    name: String,
    /// One value per ticked neighbour (a district id).
    #[serde(default)]
    neighbour: Vec<String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// Parses a name and a set of neighbour ids (each must be a district of the list).
pub(crate) fn parse(all: &[District], name: &str, neighbours: &[String]) -> Result<(String, Vec<uuid::Uuid>), Invalid> {
    let mut inv = Invalid::default();
    let name = inv.take(parse_name("name", name));
    let mut ids = Vec::new();
    for n in neighbours {
        match uuid::Uuid::parse_str(n.trim()) {
            Ok(id) if all.iter().any(|d| d.id == id) => ids.push(id),
            _ => inv.push(FieldError::new("neighbours", "unknown_district")),
        }
    }
    inv.into_result()?;
    Ok((name.unwrap_or_default(), ids))
}

/// Saves through the store and turns its refusals into field errors.
pub(crate) async fn save_district(
    state: &AppState,
    id: uuid::Uuid,
    name: &str,
    neighbours: &[uuid::Uuid],
    actor: uuid::Uuid,
) -> AppResult<(District, bool)> {
    let r = state.store.upsert_district(id, name, neighbours, Some(actor)).await;
    state.catalogue.invalidate();
    match r {
        Ok(x) => Ok(x),
        Err(StoreError::Conflict("district_exists")) => Err(Invalid::one("name", "district_exists").into()),
        Err(StoreError::Conflict("unknown_district")) => Err(Invalid::one("neighbours", "unknown_district").into()),
        Err(e) => Err(e.into()),
    }
}

fn rows(all: &[District]) -> Vec<Value> {
    all.iter()
        .map(|d| {
            let names: Vec<String> =
                all.iter().filter(|o| d.neighbours.contains(&o.id)).map(|o| o.name.clone()).collect();
            context! { id => d.id.to_string(), name => d.name.clone(), neighbours => names }
        })
        .collect()
}

async fn index_page(
    state: &AppState,
    ctx: &Ctx,
    form: &DistrictForm,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let all = state.store.list_districts().await?;
    page_with_status(
        state,
        ctx,
        "staff/districts/index.html",
        context! { districts => rows(&all), form => form, errors => errors, done => done },
        status,
    )
}

/// The list of districts with their neighbours, and the field to add one.
pub(crate) async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    index_page(&state, &ctx, &DistrictForm::default(), no_errors(), q.done, StatusCode::OK).await
}

/// Adds a district (its neighbours are ticked on its own page next).
pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<DistrictForm>,
) -> AppResult<Response> {
    let all = state.store.list_districts().await?;
    let saved = match parse(&all, &f.name, &f.neighbour) {
        Ok((name, ids)) => save_district(&state, welcomedesk_store::new_id(), &name, &ids, me.id()).await,
        Err(inv) => Err(inv.into()),
    };
    match saved {
        Ok((d, _)) => Ok(Redirect::to(&format!("/staff/districts/{}?done=created", d.id)).into_response()),
        Err(AppError::Invalid(inv)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            index_page(&state, &ctx, &f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e),
    }
}

/// What the edit page says besides the form: its errors, the done message, the status.
struct Said {
    errors: Value,
    done: Option<String>,
    status: StatusCode,
}

async fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
    all: &[District],
    form: &DistrictForm,
    said: Said,
) -> AppResult<Response> {
    let Said { errors, done, status } = said;
    let others: Vec<Value> = all
        .iter()
        .filter(|d| d.id != id)
        .map(|d| {
            let v = d.id.to_string();
            context! { id => v.clone(), name => d.name.clone(), checked => form.neighbour.contains(&v) }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/districts/edit.html",
        context! { id => id.to_string(), form => form, others => others, errors => errors, done => done },
        status,
    )
}

/// One district: its name and its neighbours.
pub(crate) async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let all = state.store.list_districts().await?;
    let d = all.iter().find(|d| d.id == id).ok_or(AppError::NotFound)?;
    let form = DistrictForm { name: d.name.clone(), neighbour: d.neighbours.iter().map(|n| n.to_string()).collect() };
    edit_page(&state, &ctx, id, &all, &form, Said { errors: no_errors(), done: q.done, status: StatusCode::OK }).await
}

pub(crate) async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<DistrictForm>,
) -> AppResult<Response> {
    let all = state.store.list_districts().await?;
    if !all.iter().any(|d| d.id == id) {
        return Err(AppError::NotFound);
    }
    let saved = match parse(&all, &f.name, &f.neighbour) {
        Ok((name, ids)) => save_district(&state, id, &name, &ids, me.id()).await,
        Err(inv) => Err(inv.into()),
    };
    match saved {
        Ok(_) => Ok(Redirect::to("/staff/districts?done=saved").into_response()),
        Err(AppError::Invalid(inv)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            edit_page(&state, &ctx, id, &all, &f, Said { errors, done: None, status: StatusCode::UNPROCESSABLE_ENTITY })
                .await
        }
        Err(e) => Err(e),
    }
}

/// Removes a district from the list (courses keep their district's name; the finder
/// no longer knows its neighbours).
pub(crate) async fn delete(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    state.store.delete_district(id, Some(me.id())).await?;
    state.catalogue.invalidate();
    Ok(Redirect::to("/staff/districts?done=deleted").into_response())
}
