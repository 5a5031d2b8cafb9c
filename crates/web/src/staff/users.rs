//! Staff accounts: list, create, disable and enable (coordinator only).

use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use welcomedesk_domain::staff::{NewStaff, NewStaffInput};
use welcomedesk_domain::{FieldError, Invalid, Role};
use welcomedesk_store::StoreError;
use welcomedesk_store::staff::InsertStaff;

/// Creates an account from checked input: hashes the password, resolves the provider,
/// stores it with its audit entry. Shared by the page, the API and the CLI.
pub async fn create_staff(
    state: &welcomedesk_store::Store,
    new: &NewStaff,
    actor: Option<uuid::Uuid>,
) -> Result<uuid::Uuid, CreateStaffError> {
    let provider_id = match &new.provider {
        Some(name) => Some(
            state
                .find_provider_by_name(name)
                .await
                .map_err(|e| match e {
                    StoreError::NotFound => CreateStaffError::Invalid(Invalid::one("provider", "unknown_provider")),
                    other => CreateStaffError::Store(other),
                })?
                .id,
        ),
        None => None,
    };
    let pw = new.password.expose().to_owned();
    let hash = tokio::task::spawn_blocking(move || crate::password::hash_password(&pw))
        .await
        .map_err(|e| CreateStaffError::Hash(e.to_string()))?
        .map_err(|e| CreateStaffError::Hash(e.to_string()))?;
    let ui = if welcomedesk_i18n::by_code(&new.ui_language).is_some() { new.ui_language.as_str() } else { "en" };
    state
        .insert_staff(
            &InsertStaff {
                email: new.email.as_str(),
                name: &new.name,
                role: new.role,
                provider_id,
                password_hash: &hash,
                ui_language: ui,
            },
            actor,
        )
        .await
        .map_err(|e| match e {
            StoreError::Conflict("staff_email") => CreateStaffError::Invalid(Invalid::one("email", "email_taken")),
            other => CreateStaffError::Store(other),
        })
}

#[derive(Debug, thiserror::Error)]
pub enum CreateStaffError {
    #[error("{0}")]
    Invalid(Invalid),
    #[error(transparent)]
    Store(StoreError),
    #[error("hashing: {0}")]
    Hash(String),
}

impl From<CreateStaffError> for AppError {
    fn from(e: CreateStaffError) -> Self {
        match e {
            CreateStaffError::Invalid(i) => AppError::Invalid(i),
            CreateStaffError::Store(s) => s.into(),
            CreateStaffError::Hash(h) => AppError::Internal(h),
        }
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct DoneQuery {
    done: Option<String>,
    name: Option<String>,
}

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct UserForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    provider: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    ui_language: String,
}

fn roles() -> Vec<&'static str> {
    Role::ALL.iter().map(|r| r.as_str()).collect()
}

async fn users_page(
    state: &AppState,
    ctx: &Ctx,
    form: UserForm,
    errors: minijinja::Value,
    done: Option<(String, String)>,
    status: StatusCode,
) -> AppResult<Response> {
    let users = state.store.list_staff().await?;
    let providers = state.store.list_providers().await?;
    let form = UserForm { password: String::new(), ..form };
    page_with_status(
        state,
        ctx,
        "staff/users.html",
        context! {
            users => users,
            providers => providers.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
            roles => roles(),
            form => form,
            errors => errors,
            done => done.map(|(k, n)| context! { key => k, name => n }),
        },
        status,
    )
}

pub(crate) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<DoneQuery>,
) -> AppResult<Response> {
    let done = match (q.done.as_deref(), q.name) {
        (Some("created"), Some(n)) => Some(("users-created".to_owned(), n)),
        (Some("disabled"), Some(n)) => Some(("users-disabled-done".to_owned(), n)),
        (Some("enabled"), Some(n)) => Some(("users-enabled-done".to_owned(), n)),
        _ => None,
    };
    let form = UserForm { ui_language: ctx.lang.code.to_owned(), role: "counsellor".into(), ..Default::default() };
    users_page(&state, &ctx, form, no_errors(), done, StatusCode::OK).await
}

pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<UserForm>,
) -> AppResult<Response> {
    let parsed = NewStaff::parse(NewStaffInput {
        email: &f.email,
        name: &f.name,
        role: &f.role,
        password: &f.password,
        provider: &f.provider,
        ui_language: &f.ui_language,
    });
    let result = match parsed {
        Ok(new) => create_staff(&state.store, &new, Some(me.id())).await.map(|_| new.name),
        Err(inv) => Err(CreateStaffError::Invalid(inv)),
    };
    match result {
        Ok(name) => {
            Ok(Redirect::to(&format!("/staff/users?done=created&name={}", crate::middleware::urlencode(&name)))
                .into_response())
        }
        Err(CreateStaffError::Invalid(inv)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            users_page(&state, &ctx, f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Asks once before disabling, saying what will happen.
pub(crate) async fn confirm_disable(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let user = state.store.find_staff(id).await?;
    page(&state, &ctx, "staff/user_disable.html", context! { user => user })
}

pub(crate) async fn disable(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    if id == me.id() {
        // A coordinator cannot lock themselves out of the service by accident.
        return Err(AppError::Invalid(Invalid::from(FieldError::new("id", "invalid_choice"))));
    }
    let user = state.store.find_staff(id).await?;
    state.store.set_staff_disabled(id, true, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/users?done=disabled&name={}", crate::middleware::urlencode(&user.name)))
        .into_response())
}

pub(crate) async fn enable(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let user = state.store.find_staff(id).await?;
    state.store.set_staff_disabled(id, false, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/users?done=enabled&name={}", crate::middleware::urlencode(&user.name)))
        .into_response())
}
