//! Logging in and out, and the back office's language.

use crate::ctx::{Ctx, LANG_COOKIE, cookie_names, set_cookie};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, QueryData};
use crate::middleware::client_ip;
use crate::password::{random_token, token_hash, verify_dummy, verify_password};
use crate::render::{page, page_with_status};
use crate::staff::safe_next;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::{SignedDuration, Timestamp};
use minijinja::context;
use welcomedesk_domain::staff::{LOCKOUT_MINUTES, SESSION_ABSOLUTE_HOURS};
use welcomedesk_store::StoreError;

#[derive(serde::Deserialize, Default)]
pub(crate) struct LoginQuery {
    next: Option<String>,
    done: Option<String>,
}

pub(crate) async fn login_page(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<LoginQuery>,
) -> AppResult<Response> {
    if ctx.staff.is_some() {
        return Ok(Redirect::to(&safe_next(q.next.as_deref(), "/staff/")).into_response());
    }
    let notice = match q.done.as_deref() {
        Some("logout") => Some("login-logged-out"),
        _ => None,
    };
    page(
        &state,
        &ctx,
        "staff/login.html",
        context! { next => safe_next(q.next.as_deref(), "/staff/"), email => "", error => None::<String>, notice => notice },
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

pub(crate) async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    req_ext: axum::http::Extensions,
    FormData(f): FormData<LoginForm>,
) -> AppResult<Response> {
    let ip = client_ip(&req_ext);
    let next = safe_next(f.next.as_deref(), "/staff/");
    let fail = |key: &'static str, minutes: i64, status: StatusCode| {
        page_with_status(
            &state,
            &ctx,
            "staff/login.html",
            context! { next => next.clone(), email => f.email.clone(), error => key, minutes => minutes, notice => None::<String> },
            status,
        )
    };
    if !state.login_limiter.allowed(ip) {
        return fail("login-throttled", 0, StatusCode::TOO_MANY_REQUESTS);
    }
    let email = f.email.trim().to_lowercase();
    let now = Timestamp::now();
    let rec = match state.store.find_login(&email, now).await {
        Ok(r) => r,
        Err(StoreError::NotFound) => {
            verify_dummy(&f.password);
            state.login_limiter.failed(ip);
            return fail("login-failed", 0, StatusCode::UNAUTHORIZED);
        }
        Err(e) => return Err(e.into()),
    };
    if rec.locked {
        state.login_limiter.failed(ip);
        return fail("login-locked", LOCKOUT_MINUTES, StatusCode::UNAUTHORIZED);
    }
    let pw = f.password.clone();
    let hash = rec.password_hash.clone();
    let ok = tokio::task::spawn_blocking(move || verify_password(&pw, &hash))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    if !ok || rec.user.disabled {
        state.login_limiter.failed(ip);
        state.store.record_login_failure(rec.user.id, now).await?;
        return fail("login-failed", 0, StatusCode::UNAUTHORIZED);
    }
    // A new session token every time: a token planted before login is worthless.
    let token = random_token()?;
    let expires = now + SignedDuration::from_hours(SESSION_ABSOLUTE_HOURS);
    state.store.insert_session(rec.user.id, &token_hash(&token), expires).await?;
    let secure = state.cfg.cookie_secure;
    let mut r = Redirect::to(&next).into_response();
    let c = set_cookie(cookie_names(secure).session, &token, None, secure, true);
    if let Ok(v) = HeaderValue::from_str(&c) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}

pub(crate) async fn logout(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    if let Some(s) = &ctx.staff
        && let Some(h) = &s.session_hash
    {
        state.store.delete_session(h, Some(s.id())).await?;
    }
    let secure = state.cfg.cookie_secure;
    let mut r = Redirect::to("/staff/login?done=logout").into_response();
    let c = set_cookie(cookie_names(secure).session, "", Some(0), secure, true);
    if let Ok(v) = HeaderValue::from_str(&c) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}

#[derive(serde::Deserialize)]
pub(crate) struct LanguageForm {
    lang: String,
    next: Option<String>,
}

/// The back office's language: a cookie for everyone, and the account's preference
/// when signed in. Independent of the language of the person being served.
pub(crate) async fn set_language(
    State(state): State<AppState>,
    ctx: Ctx,
    FormData(f): FormData<LanguageForm>,
) -> AppResult<Response> {
    let lang = welcomedesk_i18n::by_code(&f.lang)
        .ok_or_else(|| AppError::Invalid(welcomedesk_domain::Invalid::one("lang", "invalid_language")))?;
    if let Some(s) = &ctx.staff {
        state.store.update_ui_language(s.id(), lang.code).await?;
    }
    let mut r = Redirect::to(&safe_next(f.next.as_deref(), "/staff/")).into_response();
    let c = set_cookie(LANG_COOKIE, lang.code, Some(60 * 60 * 24 * 365), state.cfg.cookie_secure, false);
    if let Ok(v) = HeaderValue::from_str(&c) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}
