//! The public website, per language under `/{lang}/`: the start page that explains the
//! service in plain words, the accessibility statement, the privacy page.

use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::render::page;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use welcomedesk_i18n::{by_code, negotiate};

/// `/` sends the visitor to their browser's best language (English when none fits).
pub(crate) async fn root(headers: HeaderMap) -> Response {
    let al = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let mut r = Redirect::to(&format!("/{}/", negotiate(al).code)).into_response();
    r.headers_mut().insert(header::VARY, axum::http::HeaderValue::from_static("Accept-Language"));
    r
}

fn check_lang(lang: &str) -> AppResult<()> {
    by_code(lang).map(|_| ()).ok_or(AppError::NotFound)
}

/// `/ar` → `/ar/`.
pub(crate) async fn lang_root(Path(lang): Path<String>) -> AppResult<Response> {
    check_lang(&lang)?;
    Ok(Redirect::permanent(&format!("/{lang}/")).into_response())
}

pub(crate) async fn start(State(state): State<AppState>, ctx: Ctx, Path(lang): Path<String>) -> AppResult<Response> {
    check_lang(&lang)?;
    let settings = state.settings();
    let now = jiff::Timestamp::now();
    let open_now = jiff::tz::TimeZone::get(&settings.timezone)
        .map(|tz| settings.desk_hours.is_open(now.to_zoned(tz).datetime()))
        .unwrap_or(false);
    page(&state, &ctx, "public/start.html", context! { open_now => open_now })
}

pub(crate) async fn accessibility(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let prepared = welcomedesk_i18n::format_date(&state.cat, ctx.lang.code, jiff::civil::date(2026, 11, 25));
    page(&state, &ctx, "public/accessibility.html", context! { prepared => prepared })
}

pub(crate) async fn privacy(State(state): State<AppState>, ctx: Ctx, Path(lang): Path<String>) -> AppResult<Response> {
    check_lang(&lang)?;
    page(&state, &ctx, "public/privacy.html", context! {})
}
pub(crate) mod brochure;
pub(crate) mod coaching;
pub(crate) mod desk;
pub(crate) mod sessions;
