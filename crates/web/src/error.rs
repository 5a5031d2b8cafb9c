//! One error type for the whole web layer. A handler returns `AppError`; the response
//! carries it as an extension, and the `finish` middleware turns it into a translated
//! HTML page or an RFC 9457 `application/problem+json` body, depending on the request.
//! Internal errors are logged with their cause and shown as an opaque reference.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use welcomedesk_domain::Invalid;
use welcomedesk_store::StoreError;

#[derive(Debug, Clone)]
pub enum AppError {
    NotFound,
    /// Signed in, but the role does not allow this.
    Forbidden,
    /// Not signed in (API: 401; pages: redirect to the login page).
    Unauthenticated,
    /// The request could not be understood (malformed body, query or path).
    BadRequest(String),
    /// The CSRF token is missing or wrong.
    Csrf,
    TooManyRequests,
    /// A uniqueness or state rule refused the change; the code says which.
    Conflict(&'static str),
    /// The input was understood but is not acceptable; every field's problem is listed.
    Invalid(Invalid),
    /// An uploaded file has problems, listed by line and column.
    InvalidFile(Vec<crate::register::import::RowError>),
    PayloadTooLarge,
    UnsupportedMediaType,
    MethodNotAllowed,
    /// Something broke inside; the text is logged, never shown.
    Internal(String),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Invalid(_) | AppError::InvalidFile(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable snake_case code API clients match on.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Forbidden => "forbidden",
            AppError::Unauthenticated => "unauthenticated",
            AppError::BadRequest(_) => "bad_request",
            AppError::Csrf => "csrf_failed",
            AppError::TooManyRequests => "too_many_requests",
            AppError::Conflict(c) => c,
            AppError::Invalid(_) | AppError::InvalidFile(_) => "validation_failed",
            AppError::PayloadTooLarge => "payload_too_large",
            AppError::UnsupportedMediaType => "unsupported_media_type",
            AppError::MethodNotAllowed => "method_not_allowed",
            AppError::Internal(_) => "internal_error",
        }
    }

    /// The Fluent key stem of the error page (`error-page-<stem>-title`/`-body`).
    pub fn page_key(&self) -> &'static str {
        match self {
            AppError::NotFound => "not-found",
            AppError::Forbidden | AppError::Unauthenticated => "forbidden",
            AppError::Csrf => "csrf",
            AppError::TooManyRequests => "too-many",
            AppError::Conflict(_) => "conflict",
            AppError::PayloadTooLarge => "too-large",
            AppError::Internal(_) => "server",
            AppError::BadRequest(_)
            | AppError::Invalid(_)
            | AppError::InvalidFile(_)
            | AppError::UnsupportedMediaType
            | AppError::MethodNotAllowed => "bad-request",
        }
    }

    /// The error a bare status stands for (responses made outside our handlers).
    pub fn from_status(s: StatusCode) -> Self {
        match s {
            StatusCode::NOT_FOUND => AppError::NotFound,
            StatusCode::FORBIDDEN => AppError::Forbidden,
            StatusCode::UNAUTHORIZED => AppError::Unauthenticated,
            StatusCode::TOO_MANY_REQUESTS => AppError::TooManyRequests,
            StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::UnsupportedMediaType,
            StatusCode::METHOD_NOT_ALLOWED => AppError::MethodNotAllowed,
            s if s.is_server_error() => AppError::Internal(format!("status {s}")),
            _ => AppError::BadRequest(String::new()),
        }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppError::BadRequest(d) if !d.is_empty() => write!(f, "bad_request: {d}"),
            AppError::Internal(d) => write!(f, "internal_error: {d}"),
            AppError::Invalid(i) => write!(f, "{i}"),
            other => f.write_str(other.code()),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(cause) = &self {
            tracing::error!(%cause, "internal error");
        }
        let mut r = (self.status(), self.code()).into_response();
        r.extensions_mut().insert(self);
        r
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict(c) => AppError::Conflict(c),
            other => AppError::Internal(format!("{other}")),
        }
    }
}

impl From<Invalid> for AppError {
    fn from(e: Invalid) -> Self {
        AppError::Invalid(e)
    }
}

impl From<minijinja::Error> for AppError {
    fn from(e: minijinja::Error) -> Self {
        AppError::Internal(format!("template: {e:#}"))
    }
}

impl From<crate::password::HashError> for AppError {
    fn from(e: crate::password::HashError) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl From<getrandom::Error> for AppError {
    fn from(e: getrandom::Error) -> Self {
        AppError::Internal(format!("random: {e}"))
    }
}

pub type AppResult<T> = Result<T, AppError>;
