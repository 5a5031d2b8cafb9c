//! Operational endpoints: liveness, readiness (the database answers), Prometheus metrics,
//! and the static files.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// Liveness: the process serves HTTP.
pub(crate) async fn healthz() -> &'static str {
    "ok\n"
}

/// Readiness: the database answers.
pub(crate) async fn readyz(State(state): State<AppState>) -> AppResult<&'static str> {
    state.store.ping().await.map_err(|e| AppError::Internal(format!("database not ready: {e}")))?;
    Ok("ready\n")
}

/// Prometheus text format.
pub(crate) async fn metrics(State(state): State<AppState>) -> Response {
    let body = state.metrics.render();
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    r
}

pub(crate) async fn static_file(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let asset = state.assets.get(&file).ok_or(AppError::NotFound)?;
    let mut r = asset.bytes.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    Ok(r)
}
