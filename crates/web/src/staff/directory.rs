//! The directory in the back office: every staff member can look entries up; the
//! coordinator adds, edits and marks them checked.

use crate::ctx::{Ctx, SignedIn};
use crate::directory;
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use std::collections::BTreeMap;
use welcomedesk_domain::directory::{DAY_FIELDS, Entry, EntryInput};
use welcomedesk_i18n::LANGUAGES;

#[derive(serde::Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    done: Option<String>,
}

pub(crate) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<ListQuery>,
) -> AppResult<Response> {
    let entries = state.store.list_directory().await?;
    let days = directory::review_days(&state.store).await?;
    let today = state.today();
    let rows: Vec<Value> = entries
        .iter()
        .map(|e| {
            context! {
                id => e.id, slug => e.slug.clone(),
                card => directory::card_value(&state, ctx.lang.code, e),
                verified_on => e.verified_on.clone(), verified_by => e.verified_by_name.clone(),
                due => directory::due(e, today, days),
                topics => e.topics.clone(),
            }
        })
        .collect();
    page(&state, &ctx, "staff/directory/list.html", context! { entries => rows, review_days => days, done => q.done })
}

/// The form's fields: names and transit advice per language are `name_<lang>` and
/// `transit_<lang>`.
#[derive(serde::Deserialize, Default)]
pub(crate) struct EntryForm {
    #[serde(flatten)]
    fields: BTreeMap<String, String>,
}

impl EntryForm {
    fn into_input(self) -> EntryInput {
        let f = self.fields;
        let get = |k: &str| f.get(k).cloned().unwrap_or_default();
        let mut names = BTreeMap::new();
        let mut transit = BTreeMap::new();
        for l in LANGUAGES.iter() {
            let n = get(&format!("name_{}", l.code));
            if !n.trim().is_empty() {
                names.insert(l.code.to_owned(), n);
            }
            let t = get(&format!("transit_{}", l.code));
            if !t.trim().is_empty() {
                transit.insert(l.code.to_owned(), t);
            }
        }
        EntryInput {
            slug: get("slug"),
            names,
            transit,
            address: get("address"),
            phone: get("phone"),
            email: get("email"),
            website: get("website"),
            hours: std::array::from_fn(|i| get(DAY_FIELDS[i])),
            languages: get("languages"),
            topics: get("topics"),
            step_free: f.get("step_free").is_some_and(|v| v == "yes"),
            verified_on: get("verified_on"),
        }
    }
}

fn form_page(
    state: &AppState,
    ctx: &Ctx,
    id: Option<uuid::Uuid>,
    input: &EntryInput,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let langs: Vec<Value> = LANGUAGES
        .iter()
        .map(|l| {
            context! {
                code => l.code, endonym => l.endonym, dir => l.dir.as_str(),
                name => input.names.get(l.code).cloned().unwrap_or_default(),
                transit => input.transit.get(l.code).cloned().unwrap_or_default(),
            }
        })
        .collect();
    let days: Vec<Value> =
        (0..7).map(|d| context! { field => DAY_FIELDS[d], day => d + 1, value => input.hours[d].clone() }).collect();
    page_with_status(
        state,
        ctx,
        "staff/directory/edit.html",
        context! {
            id => id, form => input, langs => langs, days => days, errors => errors,
            source_language => state.settings().source_language.clone(),
            chapters => welcomedesk_domain::brochure::CHAPTERS,
        },
        status,
    )
}

pub(crate) async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let input = EntryInput { verified_on: state.today().to_string(), ..Default::default() };
    form_page(&state, &ctx, None, &input, no_errors(), StatusCode::OK)
}

pub(crate) async fn edit_form(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let e = state.store.directory_entry(id).await?;
    form_page(&state, &ctx, Some(id), &directory::input_of(&e), no_errors(), StatusCode::OK)
}

async fn save_form(
    state: &AppState,
    ctx: &Ctx,
    me: uuid::Uuid,
    id: Option<uuid::Uuid>,
    f: EntryForm,
) -> AppResult<Response> {
    let input = f.into_input();
    let src = state.settings().source_language.clone();
    let parsed = Entry::parse(&input, &src, state.today());
    // A slug names one entry: a new entry, or an edit, may not take another one's.
    if let Ok(e) = &parsed {
        let taken = match state.store.directory_entry_by_slug(&e.slug).await {
            Ok(other) => Some(other.id) != id,
            Err(_) => false,
        };
        if taken {
            let errors =
                form_errors(&state.cat, ctx.lang.code, &welcomedesk_domain::Invalid::one("slug", "slug_taken"));
            return form_page(state, ctx, id, &input, errors, StatusCode::UNPROCESSABLE_ENTITY);
        }
    }
    match parsed {
        Ok(e) => {
            directory::save(&state.store, &e, Some(me)).await?;
            Ok(Redirect::to("/staff/directory?done=saved").into_response())
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            form_page(state, ctx, id, &input, errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<EntryForm>,
) -> AppResult<Response> {
    save_form(&state, &ctx, me.id(), None, f).await
}

pub(crate) async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<EntryForm>,
) -> AppResult<Response> {
    save_form(&state, &ctx, me.id(), Some(id), f).await
}

#[derive(serde::Deserialize)]
pub(crate) struct Empty {}

pub(crate) async fn verify(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(_): FormData<Empty>,
) -> AppResult<Response> {
    state.store.verify_directory_entry(id, &state.today().to_string(), me.id()).await.map_err(AppError::from)?;
    Ok(Redirect::to("/staff/directory?done=verified").into_response())
}
