//! The desk in the back office: the contact log (one screen, defaults, keyboard only),
//! the knowledge search, the walk-in queue, and the desk lead's figures with a CSV
//! export and the questions that have no article yet.

use crate::api::desk::{gap_list, hits};
use crate::ctx::{Ctx, SignedIn};
use crate::desk;
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, QueryData};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::desk::{Contact, ContactInput, may_link_person};
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_i18n::LANGUAGES;

/// The contact form as typed: articles and referrals by their slugs, so an agent can
/// type them.
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
#[serde(default)]
pub(crate) struct ContactForm {
    channel: String,
    language: String,
    interpreter: String,
    topics: String,
    articles: String,
    referrals: String,
    appointment_booked: Option<String>,
    duration_minutes: String,
    person_id: String,
    link_consent: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct ContactQuery {
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    article: Option<String>,
}

fn contact_page(
    state: &AppState,
    ctx: &Ctx,
    form: &ContactForm,
    errors: Value,
    done: bool,
    status: StatusCode,
) -> AppResult<Response> {
    let channels: Vec<Value> = ["walk_in", "phone", "email"].iter().map(|c| context! { value => c }).collect();
    let interpreters: Vec<Value> = ["none", "on_site", "phone"].iter().map(|c| context! { value => c }).collect();
    page_with_status(
        state,
        ctx,
        "staff/desk/contact.html",
        context! { form => form, errors => errors, done => done, channels => channels, interpreters => interpreters },
        status,
    )
}

pub(crate) async fn contact_form(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<ContactQuery>,
) -> AppResult<Response> {
    let form = ContactForm {
        channel: "walk_in".into(),
        interpreter: "none".into(),
        duration_minutes: "5".into(),
        language: q.language.unwrap_or_default(),
        articles: q.article.unwrap_or_default(),
        ..Default::default()
    };
    contact_page(&state, &ctx, &form, no_errors(), q.done.is_some(), StatusCode::OK)
}

fn slug_list(raw: &str) -> Vec<String> {
    raw.split([',', ' ', '\n']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

pub(crate) async fn log_contact(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<ContactForm>,
) -> AppResult<Response> {
    let mut inv = Invalid::default();
    let articles = state.store.list_articles().await?;
    let mut article_ids = vec![];
    for s in slug_list(&f.articles) {
        match articles.iter().find(|a| a.slug == s) {
            Some(a) => article_ids.push(a.id.to_string()),
            None => {
                inv.push(FieldError::new("articles", "unknown_slug"));
                break;
            }
        }
    }
    let entries = state.store.list_directory().await?;
    let mut referral_ids = vec![];
    for s in slug_list(&f.referrals) {
        match entries.iter().find(|e| e.slug == s) {
            Some(e) => referral_ids.push(e.id.to_string()),
            None => {
                inv.push(FieldError::new("referrals", "unknown_slug"));
                break;
            }
        }
    }
    let parsed = Contact::parse(&ContactInput {
        channel: f.channel.clone(),
        language: f.language.clone(),
        interpreter: f.interpreter.clone(),
        topics: f.topics.clone(),
        article_ids,
        referral_ids,
        appointment_booked: f.appointment_booked.is_some(),
        duration_minutes: f.duration_minutes.clone(),
        duration_seconds: None,
        person_id: f.person_id.clone(),
        link_consent: f.link_consent.is_some(),
    });
    // A partner call centre's agent logs anonymous contacts only.
    let parsed = parsed.and_then(|c| {
        may_link_person(me.role() == welcomedesk_domain::Role::PartnerAgent, &c)?;
        Ok(c)
    });
    let c = match parsed {
        Ok(c) if inv.is_empty() => c,
        Ok(_) => {
            return contact_page(
                &state,
                &ctx,
                &f,
                form_errors(&state.cat, ctx.lang.code, &inv),
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        Err(e) => {
            let mut all = e;
            all.errors.extend(inv.errors);
            return contact_page(
                &state,
                &ctx,
                &f,
                form_errors(&state.cat, ctx.lang.code, &all),
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    match state.store.log_desk_contact(&c, Some(me.id()), jiff::Timestamp::now()).await {
        Ok(_) => Ok(Redirect::to("/staff/desk?done=saved").into_response()),
        Err(welcomedesk_store::StoreError::Conflict("person_without_consent")) => {
            let inv = Invalid::one("person_id", "unknown_person");
            contact_page(
                &state,
                &ctx,
                &f,
                form_errors(&state.cat, ctx.lang.code, &inv),
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    lang: String,
}

pub(crate) async fn knowledge(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<SearchQuery>,
) -> AppResult<Response> {
    let lang = if q.lang.is_empty() { ctx.lang.code.to_owned() } else { q.lang.clone() };
    let results = if q.q.trim().is_empty() { None } else { Some(hits(&state, &ctx, &q.q, Some(&lang), 20).await?) };
    let langs: Vec<Value> = LANGUAGES.iter().map(|l| context! { code => l.code, endonym => l.endonym }).collect();
    let dirs: Vec<Value> = LANGUAGES.iter().map(|l| context! { code => l.code, dir => l.dir.as_str() }).collect();
    page(
        &state,
        &ctx,
        "staff/desk/knowledge.html",
        context! { q => q.q, search_lang => lang, results => results, langs => langs, dirs => dirs },
    )
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct QueueQuery {
    #[serde(default)]
    taken: Option<i64>,
    #[serde(default)]
    called: Option<i64>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    nobody: Option<String>,
    #[serde(default)]
    mine: Option<String>,
}

pub(crate) async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<QueueQuery>,
) -> AppResult<Response> {
    let view = desk::queue_view(&state).await?;
    let langs: Vec<Value> = LANGUAGES.iter().map(|l| context! { code => l.code, endonym => l.endonym }).collect();
    page(
        &state,
        &ctx,
        "staff/desk/queue.html",
        context! {
            view => view, langs => langs, taken => q.taken, called => q.called,
            language => q.language, nobody => q.nobody.is_some(), mine => q.mine.unwrap_or_default(),
            errors => no_errors(),
        },
    )
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct TicketForm {
    #[serde(default)]
    language: String,
}

pub(crate) async fn take_ticket(
    State(state): State<AppState>,
    FormData(f): FormData<TicketForm>,
) -> AppResult<Response> {
    let language =
        welcomedesk_domain::desk::language("language", &f.language).map_err(|e| AppError::Invalid(e.into()))?;
    let t = state.store.take_ticket(&desk::today(&state), &language, jiff::Timestamp::now()).await?;
    Ok(Redirect::to(&format!("/staff/desk/queue?taken={}&language={}", t.number, t.language)).into_response())
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct CallForm {
    #[serde(default)]
    languages: String,
}

pub(crate) async fn call_next(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    FormData(f): FormData<CallForm>,
) -> AppResult<Response> {
    let mut langs = vec![];
    for l in f.languages.split([',', ' ']).filter(|l| !l.trim().is_empty()) {
        langs.push(welcomedesk_domain::desk::language("languages", l).map_err(|e| AppError::Invalid(e.into()))?);
    }
    let mine = langs.join("+");
    match state.store.call_next_ticket(&desk::today(&state), &langs, me.id(), jiff::Timestamp::now()).await? {
        Some(t) => {
            Ok(Redirect::to(&format!("/staff/desk/queue?called={}&language={}&mine={mine}", t.number, t.language))
                .into_response())
        }
        None => Ok(Redirect::to(&format!("/staff/desk/queue?nobody=1&mine={mine}")).into_response()),
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct PeriodQuery {
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
}

pub(crate) async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<PeriodQuery>,
) -> AppResult<Response> {
    let (from, to, errors) = match desk::period(&state, q.from.as_deref(), q.to.as_deref()) {
        Ok((f, t)) => (f, t, no_errors()),
        Err(inv) => {
            let (f, t) = desk::period(&state, None, None)?;
            (f, t, form_errors(&state.cat, ctx.lang.code, &inv))
        }
    };
    let d = desk::dashboard(&state, from, to).await?;
    let gaps = gap_list(&state).await?;
    page(
        &state,
        &ctx,
        "staff/desk/dashboard.html",
        context! { d => d, gaps => gaps.iter().map(|g| context! { source => g.source.clone(), text => g.text.clone(), count => g.count }).collect::<Vec<_>>(),
        from => from.to_string(), to => to.to_string(), errors => errors },
    )
}

pub(crate) async fn dashboard_csv(
    State(state): State<AppState>,
    QueryData(q): QueryData<PeriodQuery>,
) -> AppResult<Response> {
    let (from, to) = desk::period(&state, q.from.as_deref(), q.to.as_deref())?;
    let facts = desk::facts(&state, from, to).await?;
    let mut r = desk::csv(&facts).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"desk-contacts-{from}-{to}.csv\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}
