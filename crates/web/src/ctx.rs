//! The request context: who is asking (staff account or anonymous), in which language,
//! and the CSRF token for the forms of the page. Built once per request by the
//! `context` middleware; handlers take it as an extractor.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use welcomedesk_domain::Role;
use welcomedesk_i18n::Language;
use welcomedesk_store::staff::StaffUser;

/// A signed-in staff member.
#[derive(Debug, Clone)]
pub struct Staff {
    pub user: StaffUser,
    /// The hash of the session token (None when the request came with a bearer token).
    pub session_hash: Option<String>,
}

impl Staff {
    pub fn id(&self) -> uuid::Uuid {
        self.user.id
    }
    pub fn role(&self) -> Role {
        self.user.role
    }
}

#[derive(Clone)]
pub struct Ctx {
    pub lang: &'static Language,
    pub staff: Option<Arc<Staff>>,
    /// The request's path, for the language switcher and `next` links.
    pub path: String,
    pub is_api: bool,
    pub(crate) csrf_basis: Arc<Mutex<CsrfBasis>>,
    pub(crate) csrf_key: [u8; 32],
    /// Set when the page printed something bound to this visitor (a CSRF token for a
    /// form): such a page is never kept in the public page cache.
    pub(crate) per_visitor: Arc<AtomicBool>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct CsrfBasis {
    /// The value the token is bound to: the session token, or the anonymous cookie.
    pub value: Option<String>,
    /// A new anonymous cookie to set on the response.
    pub set_cookie: Option<String>,
}

impl Ctx {
    pub fn actor(&self) -> Option<uuid::Uuid> {
        self.staff.as_ref().map(|s| s.id())
    }

    pub fn role(&self) -> Option<Role> {
        self.staff.as_ref().map(|s| s.role())
    }

    /// The token a form of this page must send back. Bound to the session when signed
    /// in, else to an anonymous cookie created on first need.
    pub fn csrf_token(&self) -> String {
        self.per_visitor.store(true, Ordering::SeqCst);
        let basis = {
            let mut b = match self.csrf_basis.lock() {
                Ok(b) => b,
                Err(p) => p.into_inner(),
            };
            if b.value.is_none() {
                let fresh = crate::password::random_token().unwrap_or_default();
                b.value = Some(fresh.clone());
                b.set_cookie = Some(fresh);
            }
            b.value.clone().unwrap_or_default()
        };
        csrf_token_for(&self.csrf_key, &basis)
    }

    /// Whether anything bound to this visitor went into the response (see `per_visitor`).
    pub(crate) fn is_per_visitor(&self) -> bool {
        self.per_visitor.load(Ordering::SeqCst)
    }
}

pub(crate) fn csrf_token_for(key: &[u8; 32], basis: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(basis.as_bytes());
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, AppError> {
        parts.extensions.get::<Ctx>().cloned().ok_or_else(|| AppError::Internal("request context missing".into()))
    }
}

/// A signed-in staff member (the route's guard has already checked the role).
pub struct SignedIn(pub Arc<Staff>);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, AppError> {
        parts.extensions.get::<Ctx>().and_then(|c| c.staff.clone()).map(SignedIn).ok_or(AppError::Unauthenticated)
    }
}

/// Cookie names; `__Host-` binds them to this host and path `/` over HTTPS.
pub(crate) struct CookieNames {
    pub session: &'static str,
    pub csrf: &'static str,
}

pub(crate) const LANG_COOKIE: &str = "wd_lang";

pub(crate) fn cookie_names(secure: bool) -> CookieNames {
    if secure {
        CookieNames { session: "__Host-wd_session", csrf: "__Host-wd_csrf" }
    } else {
        CookieNames { session: "wd_session", csrf: "wd_csrf" }
    }
}

/// The value of one cookie of the request.
pub(crate) fn cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim_matches('"'))
        .filter(|v| !v.is_empty())
}

/// A `Set-Cookie` value. `max_age` None makes a browser-session cookie; Some(0) deletes.
pub(crate) fn set_cookie(name: &str, value: &str, max_age: Option<i64>, secure: bool, http_only: bool) -> String {
    let mut c = format!("{name}={value}; Path=/; SameSite=Lax");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if secure {
        c.push_str("; Secure");
    }
    if let Some(a) = max_age {
        c.push_str(&format!("; Max-Age={a}"));
    }
    c
}
