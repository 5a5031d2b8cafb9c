//! A staff member's own account: change the password.

use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, QueryData};
use crate::render::{form_errors, no_errors, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::Timestamp;
use minijinja::context;
use welcomedesk_domain::staff::Password;
use welcomedesk_domain::{FieldError, Invalid};

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    done: Option<String>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    page_with_status(
        &state,
        &ctx,
        "staff/account.html",
        context! { errors => no_errors(), changed => q.done.is_some() },
        StatusCode::OK,
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}

pub(crate) async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<PasswordForm>,
) -> AppResult<Response> {
    let mut inv = Invalid::default();
    let rec = state.store.find_login(&me.user.email, Timestamp::now()).await?;
    let (cur, hash) = (f.current.clone(), rec.password_hash.clone());
    let current_ok = tokio::task::spawn_blocking(move || crate::password::verify_password(&cur, &hash))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    if !current_ok {
        inv.push(FieldError::new("current", "wrong_password"));
    }
    let new = inv.take(Password::parse("new", &f.new));
    if new.is_some() && f.new != f.confirm {
        inv.push(FieldError::new("confirm", "passwords_differ"));
    }
    match (new, inv.is_empty()) {
        (Some(new), true) => {
            let pw = new.expose().to_owned();
            let hash = tokio::task::spawn_blocking(move || crate::password::hash_password(&pw))
                .await
                .map_err(|e| AppError::Internal(e.to_string()))??;
            state.store.update_password(me.id(), &hash, me.session_hash.as_deref(), Some(me.id())).await?;
            Ok(Redirect::to("/staff/account?done=changed").into_response())
        }
        _ => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            page_with_status(
                &state,
                &ctx,
                "staff/account.html",
                context! { errors => errors, changed => false },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}
