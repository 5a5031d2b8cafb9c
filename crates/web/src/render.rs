//! Server-rendered HTML: minijinja templates (autoescaped), translated with Fluent in
//! the request's language, with the layout's shared context (language switcher, the
//! signed-in staff member, the city's contact details, the CSRF token).

use crate::assets::Assets;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use minijinja::value::{Kwargs, Object, Value};
use minijinja::{Environment, Error, ErrorKind, State, context};
use std::sync::Arc;
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_i18n::{Arg, Catalog, LANGUAGES};

pub(crate) struct Templates {
    env: Environment<'static>,
}

impl Templates {
    pub fn load(assets: &Assets) -> Result<Self, Error> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") || name.ends_with(".xml") || name.ends_with(".svg") {
                minijinja::AutoEscape::Html
            } else {
                minijinja::AutoEscape::None
            }
        });
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        // HTML escaping of the five characters that matter; minijinja's default also
        // escapes `/`, which is valid but makes every URL in the page unreadable.
        env.set_formatter(|out, state, value| {
            if state.auto_escape() == minijinja::AutoEscape::None || value.is_safe() {
                return minijinja::escape_formatter(out, state, value);
            }
            match value.as_str() {
                Some(s) => {
                    let mut buf = String::with_capacity(s.len());
                    for c in s.chars() {
                        match c {
                            '&' => buf.push_str("&amp;"),
                            '<' => buf.push_str("&lt;"),
                            '>' => buf.push_str("&gt;"),
                            '"' => buf.push_str("&quot;"),
                            '\'' => buf.push_str("&#39;"),
                            c => buf.push(c),
                        }
                    }
                    out.write_str(&buf).map_err(|_| Error::new(ErrorKind::WriteFailure, "write failed"))
                }
                None => minijinja::escape_formatter(out, state, value),
            }
        });
        for (name, src) in crate::assets::templates() {
            env.add_template(name, src)?;
        }
        let urls: Vec<(String, String)> =
            crate::assets::STATIC.iter().map(|(n, _)| ((*n).to_owned(), assets.url(n))).collect();
        env.add_function("asset", move |name: &str| -> Result<String, Error> {
            urls.iter()
                .find(|(n, _)| n == name)
                .map(|(_, u)| u.clone())
                .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, format!("no asset {name}")))
        });
        Ok(Self { env })
    }
}

/// Registers the translation functions; they read the language from the context.
fn translator(cat: Arc<CatalogRef>) -> impl Fn(&State, &str, Kwargs) -> Result<String, Error> {
    move |state: &State, key: &str, kwargs: Kwargs| {
        let lang = state.lookup("lang").and_then(|l| l.get_attr("code").ok()).map(|v| v.to_string());
        let lang = lang.unwrap_or_else(|| "en".to_owned());
        let mut owned: Vec<(String, ArgOwned)> = vec![];
        for k in kwargs.args() {
            let v: Value = kwargs.get(k)?;
            let a = match v.as_i64() {
                Some(n) if v.kind() == minijinja::value::ValueKind::Number => ArgOwned::Num(n),
                _ => ArgOwned::Str(v.to_string()),
            };
            owned.push((k.to_owned(), a));
        }
        kwargs.assert_all_used()?;
        let args: Vec<(&str, Arg<'_>)> = owned
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str(),
                    match v {
                        ArgOwned::Num(n) => Arg::Num(*n),
                        ArgOwned::Str(s) => Arg::Str(s.as_str()),
                    },
                )
            })
            .collect();
        let cat = cat.get();
        if !cat.has(&lang, key) && !cat.has("en", key) {
            return Err(Error::new(ErrorKind::InvalidOperation, format!("no message {key}")));
        }
        Ok(cat.t(&lang, key, &args))
    }
}

enum ArgOwned {
    Num(i64),
    Str(String),
}

/// The catalogue, reachable from template functions (which must be 'static).
struct CatalogRef(std::sync::Weak<crate::state::Inner>);

impl CatalogRef {
    fn get(&self) -> CatGuard {
        CatGuard(self.0.upgrade())
    }
}

struct CatGuard(Option<Arc<crate::state::Inner>>);

impl CatGuard {
    fn has(&self, lang: &str, key: &str) -> bool {
        self.0.as_ref().is_some_and(|i| i.cat.has(lang, key))
    }
    fn t(&self, lang: &str, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        match &self.0 {
            Some(i) => i.cat.t(lang, key, args),
            None => key.to_owned(),
        }
    }
}

/// The CSRF token, computed only when a template prints it.
#[derive(Debug)]
struct LazyCsrf(CtxHolder);

struct CtxHolder(Ctx);

impl std::fmt::Debug for CtxHolder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ctx")
    }
}

impl Object for LazyCsrf {
    fn render(self: &Arc<Self>, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.0.csrf_token())
    }
}

/// An environment with the per-state translation function bound. Built per render:
/// cloning an environment shares its compiled templates.
fn env_for(state: &AppState) -> Environment<'static> {
    let mut env = state.templates.env.clone();
    env.add_function("t", translator(Arc::new(CatalogRef(Arc::downgrade(&state.0)))));
    env.add_function("num", |state: &State, n: i64| -> String {
        let lang = state.lookup("lang").and_then(|l| l.get_attr("code").ok()).map(|v| v.to_string());
        welcomedesk_i18n::format_number(lang.as_deref().unwrap_or("en"), n)
    });
    env
}

/// The context every page shares.
fn base_context(state: &AppState, ctx: &Ctx) -> Value {
    let settings = state.settings();
    let tail = public_tail(&ctx.path);
    let languages: Vec<Value> = LANGUAGES
        .iter()
        .map(|l| {
            context! {
                code => l.code,
                endonym => l.endonym,
                dir => l.dir.as_str(),
                current => l.code == ctx.lang.code,
                public_url => format!("/{}/{}", l.code, tail),
            }
        })
        .collect();
    let staff = ctx.staff.as_ref().map(|s| {
        context! {
            name => s.user.name.clone(),
            email => s.user.email.clone(),
            role => s.user.role.as_str(),
        }
    });
    let hours: Vec<Value> = (0..7)
        .map(|d| {
            let iv: Vec<Value> = settings.desk_hours.days[d]
                .iter()
                .map(|i| {
                    context! {
                        from => localise(ctx.lang.code, &i.from.strftime("%H:%M").to_string()),
                        to => localise(ctx.lang.code, &i.to.strftime("%H:%M").to_string()),
                    }
                })
                .collect();
            context! { day => d + 1, intervals => iv }
        })
        .collect();
    context! {
        lang => context! { code => ctx.lang.code, dir => ctx.lang.dir.as_str(), endonym => ctx.lang.endonym, script => ctx.lang.script },
        languages => languages,
        staff => staff,
        path => ctx.path.clone(),
        csrf => Value::from_object(LazyCsrf(CtxHolder(ctx.clone()))),
        city => context! {
            name => settings.city_name.clone(),
            desk_address => settings.desk_address.clone(),
            hotline => settings.hotline_phone.clone(),
            hotline_tel => settings.hotline_tel_uri(),
            map_url => welcomedesk_domain::directory::map_url(&settings.desk_address),
            email => settings.email.clone(),
            hours => hours,
        },
    }
}

fn localise(lang: &str, s: &str) -> String {
    welcomedesk_i18n::localise_digits(lang, s)
}

/// The part of a path after the language prefix (`/ar/modules` → `modules`), so the
/// switcher keeps the visitor on the same page. Staff pages link to the public start.
fn public_tail(path: &str) -> String {
    let p = path.trim_start_matches('/');
    match p.split_once('/') {
        Some((first, rest)) if welcomedesk_i18n::by_code(first).is_some() => rest.to_owned(),
        _ => String::new(),
    }
}

/// Renders a page with the shared context merged under the page's own.
pub(crate) fn page(state: &AppState, ctx: &Ctx, name: &str, own: Value) -> AppResult<Response> {
    page_with_status(state, ctx, name, own, StatusCode::OK)
}

pub(crate) fn page_with_status(
    state: &AppState,
    ctx: &Ctx,
    name: &str,
    own: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let env = env_for(state);
    let tpl = env.get_template(name)?;
    let merged = context! { ..own, ..base_context(state, ctx) };
    let html = tpl.render(merged)?;
    let mut r = (status, Html(html)).into_response();
    r.headers_mut().insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(ctx.lang.code));
    Ok(r)
}

/// Renders a piece of a page (no layout) in a language: for what Rust code embeds in a
/// page, such as the directory cards inside content. Autoescaped like every template.
pub(crate) fn fragment(
    state: &AppState,
    lang: &'static welcomedesk_i18n::Language,
    name: &str,
    own: Value,
) -> AppResult<String> {
    let env = env_for(state);
    let tpl = env.get_template(name)?;
    let lang_value =
        context! { code => lang.code, dir => lang.dir.as_str(), endonym => lang.endonym, script => lang.script };
    Ok(tpl.render(context! { ..own, ..context! { lang => lang_value } })?)
}

/// The Fluent key explaining a conflict code, where there is one.
pub(crate) fn conflict_key(code: &str) -> String {
    format!("conflict-{}", code.replace('_', "-"))
}

/// The translated error page of an error.
pub(crate) fn error_page(state: &AppState, ctx: &Ctx, err: &AppError) -> Response {
    let key = err.page_key();
    let reference = match err {
        AppError::Internal(_) => Some(uuid::Uuid::now_v7().to_string()),
        _ => None,
    };
    if let Some(r) = &reference {
        tracing::error!(reference = %r, error = %err, "error page shown");
    }
    let own = context! {
        title_key => format!("error-page-{key}-title"),
        body_key => match err {
            // A conflict that says what to do (`conflict-<code>`) rather than the generic
            // "changed at the same time".
            AppError::Conflict(c) if state.cat.has("en", &conflict_key(c)) => conflict_key(c),
            _ => format!("error-page-{key}-body"),
        },
        reference => reference,
        status => err.status().as_u16(),
    };
    match page_with_status(state, ctx, "error.html", own, err.status()) {
        Ok(r) => r,
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            (err.status(), Html("<!doctype html><title>Error</title><h1>Error</h1>")).into_response()
        }
    }
}

/// Form errors for templates: a summary list (field, message) and a per-field map.
pub(crate) fn form_errors(cat: &Catalog, lang: &str, inv: &Invalid) -> Value {
    let items: Vec<Value> =
        inv.errors.iter().map(|e| context! { field => e.field, message => field_message(cat, lang, e) }).collect();
    let by_field: std::collections::BTreeMap<String, String> =
        inv.errors.iter().rev().map(|e| (e.field.to_owned(), field_message(cat, lang, e))).collect();
    context! { list => items, by_field => by_field }
}

/// The translated message of one field error.
pub fn field_message(cat: &Catalog, lang: &str, e: &FieldError) -> String {
    let key = format!("error-{}", e.code.replace('_', "-"));
    let limit = e.limit.unwrap_or(0);
    if cat.has("en", &key) {
        cat.t(lang, &key, &[("limit", Arg::Num(limit))])
    } else {
        cat.t(lang, "error-invalid-choice", &[])
    }
}

/// A page's own context with no errors.
pub(crate) fn no_errors() -> Value {
    context! { list => Vec::<Value>::new(), by_field => std::collections::BTreeMap::<String, String>::new() }
}
