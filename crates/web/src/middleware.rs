//! The layers every request passes: request context (who, which language, CSRF), the
//! role guard of each route, error rendering, security headers, metrics; and the login
//! throttle.

use crate::ctx::{CsrfBasis, Ctx, LANG_COOKIE, Staff, cookie, cookie_names, csrf_token_for, set_cookie};
use crate::error::AppError;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::{SignedDuration, Timestamp};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use subtle::ConstantTimeEq;
use welcomedesk_domain::roles::Access;
use welcomedesk_domain::staff::SESSION_IDLE_MINUTES;
use welcomedesk_i18n::{Language, by_code, negotiate};

/// The largest form body the CSRF check reads (uploads go as multipart, token in the URL).
const FORM_LIMIT: usize = 2 * 1024 * 1024;

pub(crate) fn idle_limit() -> SignedDuration {
    SignedDuration::from_mins(SESSION_IDLE_MINUTES)
}

/// The language of a request: the public URL's prefix, else the staff member's choice,
/// else the language cookie, else the browser's `Accept-Language`.
fn pick_language(path: &str, staff: Option<&Staff>, headers: &HeaderMap) -> &'static Language {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if let Some(l) = by_code(first) {
        return l;
    }
    // API clients say what they want per request; people in the back office choose once.
    let api_asks = path.starts_with("/api/") && headers.contains_key(header::ACCEPT_LANGUAGE);
    if let Some(l) = staff.and_then(|s| by_code(&s.user.ui_language)).filter(|_| !api_asks) {
        return l;
    }
    if let Some(l) = cookie(headers, LANG_COOKIE).and_then(by_code) {
        return l;
    }
    negotiate(headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or(""))
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
}

/// Builds the request context, checks CSRF on every state-changing request, runs the
/// handler, then renders errors and adds cookies and security headers.
/// Every request: [`context_of`], and the group commit — a request that wrote is answered
/// only when its commits are durable (`welcomedesk_store::durable`); if the write-ahead
/// log cannot be synced the answer is an error, never a false acknowledgement.
pub(crate) async fn context(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let store = state.store.clone();
    let (resp, wrote) = welcomedesk_store::durable::tracking(context_of(state, req, next)).await;
    if wrote {
        // Every commit of this request is done: pages rendered before now are stale.
        store.note_change();
        if let Err(e) = store.sync().await {
            tracing::error!(error = %e, "the write-ahead log could not be synced; the request is not acknowledged");
            return status_only(StatusCode::SERVICE_UNAVAILABLE);
        }
    }
    resp
}

async fn context_of(state: AppState, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let is_api = path.starts_with("/api/");
    let names = cookie_names(state.cfg.cookie_secure);
    let now = Timestamp::now();
    state.refresh_settings(Some(Duration::from_secs(30))).await;

    // Who is asking.
    let mut staff: Option<Staff> = None;
    let mut via_token = false;
    let mut session_token: Option<String> = None;
    if let Some(tok) = bearer(req.headers()) {
        via_token = true;
        match state.store.find_token_user(&crate::password::token_hash(tok)).await {
            Ok(user) => staff = Some(Staff { user, session_hash: None }),
            Err(_) => {
                let ctx = bare_ctx(&state, &path, is_api, req.headers());
                return finish(&state, &ctx, AppError::Unauthenticated.into_response(), &method, started);
            }
        }
    } else if let Some(tok) = cookie(req.headers(), names.session) {
        let hash = crate::password::token_hash(tok);
        if let Ok((user, seen)) = state.store.find_session(&hash, now, idle_limit()).await {
            if now.duration_since(seen) > SignedDuration::from_secs(60) {
                let _ = state.store.touch_session(&hash, now).await;
            }
            session_token = Some(tok.to_owned());
            staff = Some(Staff { user, session_hash: Some(hash) });
        }
    }

    let lang = pick_language(&path, staff.as_ref(), req.headers());
    let basis = CsrfBasis {
        value: session_token.clone().or_else(|| cookie(req.headers(), names.csrf).map(str::to_owned)),
        set_cookie: None,
    };
    let ctx = Ctx {
        lang,
        staff: staff.map(Arc::new),
        path: path.clone(),
        is_api,
        csrf_basis: Arc::new(Mutex::new(basis.clone())),
        csrf_key: state.csrf_key,
        per_visitor: Arc::default(),
    };

    // CSRF: every unsafe request that a browser could send with our cookies.
    let unsafe_method = !matches!(method, Method::GET | Method::HEAD | Method::OPTIONS);
    let ambient = session_token.is_some() || !is_api;
    let mut req = req;
    if unsafe_method && !via_token && ambient {
        let (ok, rebuilt) = check_csrf(&state, &basis, req).await;
        let Some(r) = rebuilt else {
            return finish(&state, &ctx, AppError::PayloadTooLarge.into_response(), &method, started);
        };
        req = r;
        if !ok {
            return finish(&state, &ctx, AppError::Csrf.into_response(), &method, started);
        }
    }

    req.extensions_mut().insert(ctx.clone());
    let resp = next.run(req).await;
    finish(&state, &ctx, resp, &method, started)
}

fn bare_ctx(state: &AppState, path: &str, is_api: bool, headers: &HeaderMap) -> Ctx {
    Ctx {
        lang: pick_language(path, None, headers),
        staff: None,
        path: path.to_owned(),
        is_api,
        csrf_basis: Arc::new(Mutex::new(CsrfBasis::default())),
        csrf_key: state.csrf_key,
        per_visitor: Arc::default(),
    }
}

/// Reads the submitted token (header, query or form field) and compares it in constant
/// time. Returns the request rebuilt with its body (None when the body was too large).
async fn check_csrf(state: &AppState, basis: &CsrfBasis, req: Request) -> (bool, Option<Request>) {
    let Some(expected) = basis.value.as_deref().map(|b| csrf_token_for(&state.csrf_key, b)) else {
        // No session and no anonymous cookie: no form of ours was loaded first.
        return (false, Some(req));
    };
    let from_header = req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let from_query = req.uri().query().and_then(|q| {
        serde_html_form::from_str::<Vec<(String, String)>>(q)
            .ok()?
            .into_iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v)
    });
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let (parts, body) = req.into_parts();
    let (from_body, body) = if is_form && from_header.is_none() && from_query.is_none() {
        let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT).await else {
            return (false, None);
        };
        let tok = serde_html_form::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|v| v.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v));
        (tok, Body::from(bytes))
    } else {
        (None, body)
    };
    let req = Request::from_parts(parts, body);
    let given = from_header.or(from_query).or(from_body).unwrap_or_default();
    let ok = given.len() == expected.len() && bool::from(given.as_bytes().ct_eq(expected.as_bytes()));
    (ok, Some(req))
}

/// Renders errors for the request's kind, sets cookies, adds security headers, counts.
fn finish(state: &AppState, ctx: &Ctx, resp: Response, method: &Method, started: Instant) -> Response {
    let status = resp.status();
    let is_rendered = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html") || v.contains("json"));
    let mut resp = match resp.extensions().get::<AppError>().cloned() {
        Some(err) => render_error(state, ctx, err),
        None if status.as_u16() >= 400 && !is_rendered => render_error(state, ctx, AppError::from_status(status)),
        None => resp,
    };
    let secure = state.cfg.cookie_secure;
    let basis = match ctx.csrf_basis.lock() {
        Ok(b) => b.clone(),
        Err(p) => p.into_inner().clone(),
    };
    if let Some(anon) = basis.set_cookie {
        let c = set_cookie(cookie_names(secure).csrf, &anon, None, secure, true);
        if let Ok(v) = HeaderValue::from_str(&c) {
            resp.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    security_headers(resp.headers_mut(), secure, ctx.staff.is_some() || ctx.is_api || ctx.path.starts_with("/staff"));
    let elapsed = started.elapsed().as_secs_f64();
    let class = format!("{}xx", resp.status().as_u16() / 100);
    metrics::counter!("http_requests_total", "method" => method.to_string(), "status" => class).increment(1);
    metrics::histogram!("http_request_duration_seconds").record(elapsed);
    resp
}

fn render_error(state: &AppState, ctx: &Ctx, err: AppError) -> Response {
    if ctx.is_api {
        return crate::api::problem(state, ctx, &err);
    }
    if matches!(err, AppError::Unauthenticated) {
        let next = urlencode(&ctx.path);
        return Redirect::to(&format!("/staff/login?next={next}")).into_response();
    }
    crate::render::error_page(state, ctx, &err)
}

pub(crate) fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Security headers on every response. The CSP allows only our own styles and scripts
/// and no framing; staff and API answers are never cached.
fn security_headers(h: &mut HeaderMap, secure: bool, private: bool) {
    let set = |h: &mut HeaderMap, k: &'static str, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    set(
        h,
        "content-security-policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
         base-uri 'none'; manifest-src 'self'",
    );
    set(h, "x-content-type-options", "nosniff");
    set(h, "x-frame-options", "DENY");
    set(h, "referrer-policy", "same-origin");
    set(h, "permissions-policy", "camera=(self), microphone=(), geolocation=(), interest-cohort=()");
    set(h, "cross-origin-opener-policy", "same-origin");
    set(h, "cross-origin-resource-policy", "same-origin");
    if secure {
        set(h, "strict-transport-security", "max-age=31536000; includeSubDomains");
    }
    if private {
        set(h, "cache-control", "no-store");
    }
}

/// The guard of one route: its `Access` from the route table.
pub(crate) async fn guard(State(access): State<Access>, req: Request, next: Next) -> Response {
    let role = req.extensions().get::<Ctx>().and_then(|c| c.role());
    let signed_in = req.extensions().get::<Ctx>().is_some_and(|c| c.staff.is_some());
    if access.allows(role) {
        next.run(req).await
    } else if signed_in {
        AppError::Forbidden.into_response()
    } else {
        AppError::Unauthenticated.into_response()
    }
}

/// Counts failed logins per client address in a sliding window (in memory, per
/// instance; the per-account lockout lives in the database and holds across instances).
pub(crate) struct LoginLimiter {
    max: u32,
    window: Duration,
    seen: Mutex<HashMap<IpAddr, (u32, Instant)>>,
}

impl LoginLimiter {
    pub fn new(max: u32, window: Duration) -> Self {
        Self { max, window, seen: Mutex::new(HashMap::new()) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, (u32, Instant)>> {
        match self.seen.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    /// Whether this address may try again now.
    pub fn allowed(&self, ip: IpAddr) -> bool {
        let m = self.lock();
        match m.get(&ip) {
            Some((n, since)) if since.elapsed() < self.window => *n < self.max,
            _ => true,
        }
    }

    pub fn failed(&self, ip: IpAddr) {
        let mut m = self.lock();
        if m.len() > 100_000 {
            let w = self.window;
            m.retain(|_, (_, since)| since.elapsed() < w);
        }
        let e = m.entry(ip).or_insert((0, Instant::now()));
        if e.1.elapsed() >= self.window {
            *e = (0, Instant::now());
        }
        e.0 += 1;
    }
}

/// The client's address (the TCP peer).
pub(crate) fn client_ip(req_ext: &axum::http::Extensions) -> IpAddr {
    req_ext.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()).unwrap_or(IpAddr::from([127, 0, 0, 1]))
}

/// 405 with the list of allowed methods is axum's; this only makes sure the status
/// reaches `finish` as an error to render.
pub(crate) async fn not_found() -> Response {
    AppError::NotFound.into_response()
}

pub(crate) fn status_only(s: StatusCode) -> Response {
    AppError::from_status(s).into_response()
}
