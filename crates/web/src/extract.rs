//! Extractors whose rejections are our errors, so that malformed input always gets a
//! translated page or a problem+json body with a 4xx status — never axum's plain text.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// The body limit of forms and JSON bodies.
pub(crate) const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// An `application/x-www-form-urlencoded` body (repeated keys become lists).
pub struct FormData<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for FormData<T> {
    type Rejection = AppError;
    async fn from_request(req: Request, _: &AppState) -> Result<Self, AppError> {
        let ct = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        if !ct.starts_with("application/x-www-form-urlencoded") {
            return Err(AppError::UnsupportedMediaType);
        }
        let bytes = axum::body::to_bytes(req.into_body(), BODY_LIMIT).await.map_err(|_| AppError::PayloadTooLarge)?;
        refuse_nul_pairs(&bytes)?;
        serde_html_form::from_bytes(&bytes).map(FormData).map_err(|e| AppError::BadRequest(e.to_string()))
    }
}

/// A JSON body.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for JsonBody<T> {
    type Rejection = AppError;
    async fn from_request(req: Request, _: &AppState) -> Result<Self, AppError> {
        let ct = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        if !(ct.starts_with("application/json") || ct.contains("+json")) {
            return Err(AppError::UnsupportedMediaType);
        }
        let bytes = axum::body::to_bytes(req.into_body(), BODY_LIMIT).await.map_err(|_| AppError::PayloadTooLarge)?;
        let v: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| AppError::BadRequest(e.to_string()))?;
        // A NUL character is never valid text here (and PostgreSQL refuses it in text).
        if has_nul(&v) {
            return Err(AppError::BadRequest("NUL characters are not allowed".into()));
        }
        serde_json::from_value(v).map(JsonBody).map_err(|e| AppError::BadRequest(e.to_string()))
    }
}

/// The query string.
pub struct QueryData<T>(pub T);

impl<T: DeserializeOwned> FromRequestParts<AppState> for QueryData<T> {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, AppError> {
        let q = parts.uri.query().unwrap_or("");
        refuse_nul_pairs(q.as_bytes())?;
        serde_html_form::from_str(q).map(QueryData).map_err(|e| AppError::BadRequest(e.to_string()))
    }
}

/// A path parameter that must be a UUID (anything else is 404, not 400: no such record).
pub struct IdPath(pub uuid::Uuid);

impl FromRequestParts<AppState> for IdPath {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let axum::extract::Path(raw) =
            axum::extract::Path::<String>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        uuid::Uuid::parse_str(&raw).map(IdPath).map_err(|_| AppError::NotFound)
    }
}

/// Refuses urlencoded input whose decoded keys or values contain a NUL character.
fn refuse_nul_pairs(bytes: &[u8]) -> Result<(), AppError> {
    let pairs: Vec<(String, String)> =
        serde_html_form::from_bytes(bytes).map_err(|e| AppError::BadRequest(e.to_string()))?;
    if pairs.iter().any(|(k, v)| k.contains('\0') || v.contains('\0')) {
        return Err(AppError::BadRequest("NUL characters are not allowed".into()));
    }
    Ok(())
}

fn has_nul(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => s.contains('\0'),
        serde_json::Value::Array(a) => a.iter().any(has_nul),
        serde_json::Value::Object(o) => o.iter().any(|(k, v)| k.contains('\0') || has_nul(v)),
        _ => false,
    }
}
