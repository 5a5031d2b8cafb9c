//! The public calendar of group information modules (`/{lang}/modules`): filters,
//! a session's page with the place, transit advice and free seats, registration
//! (a seat or the waiting list, never overbooked), the person's own page with a cancel
//! button (reached by a secret link), an iCalendar feed per filter, and the anonymous
//! survey (`/{lang}/survey/{token}`). Everything works without JavaScript.

use crate::api::sessions::filter_from;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, QueryData};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::sessions;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::codes::LanguageCode;
use welcomedesk_domain::consent::Purpose;
use welcomedesk_domain::passport::{PassportNumber, self_registration_consent, self_registration_holder_ok};
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_domain::sessions as rules;
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_store::StoreError;
use welcomedesk_store::sessions::{NewRegistration, Registrant, SessionRow};

fn check_lang(lang: &str) -> AppResult<()> {
    welcomedesk_i18n::by_code(lang).map(|_| ()).ok_or(AppError::NotFound)
}

/// The calendar's filters, as the form sends them.
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct Filters {
    #[serde(default)]
    topic: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    saturday: Option<String>,
    #[serde(default)]
    childcare: Option<String>,
    #[serde(default)]
    district: String,
}

impl Filters {
    fn parse(&self) -> Result<welcomedesk_store::sessions::SessionFilter, Invalid> {
        let topic = match self.topic.trim() {
            "" => None,
            t => Some(uuid::Uuid::parse_str(t).map_err(|_| Invalid::one("topic", "invalid_choice"))?),
        };
        let nonempty = |s: &str| if s.trim().is_empty() { None } else { Some(s.trim().to_owned()) };
        filter_from(
            topic,
            Some(self.language.as_str()),
            &nonempty(&self.from),
            &nonempty(&self.to),
            self.saturday.is_some(),
            self.childcare.is_some(),
            Some(self.district.as_str()),
        )
    }

    fn query(&self) -> String {
        serde_html_form::to_string(self).unwrap_or_default()
    }
}

fn session_view(state: &AppState, lang: &str, s: &SessionRow) -> Value {
    let language = LanguageCode::parse("l", &s.language).map(|l| l.endonym()).unwrap_or("");
    context! {
        id => s.id.to_string(),
        topic => s.topic_title,
        language => language,
        language_code => s.language,
        when => sessions::when_text(state, lang, s),
        venue => s.venue_name,
        address => s.venue_address,
        district => s.district,
        transit => s.transit_advice,
        step_free => s.step_free,
        free_seats => s.free_seats,
        capacity => s.capacity,
        childcare_places => s.childcare_places,
        childcare_free => s.childcare_free,
        waiting => s.waiting,
        status => s.status,
    }
}

async fn calendar_page(
    state: &AppState,
    ctx: &Ctx,
    f: &Filters,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang.code;
    let topics = state.store.list_topics(lang).await?;
    let venues = state.store.list_venues().await?;
    let mut districts: Vec<String> = venues.iter().map(|v| v.district.clone()).collect();
    districts.sort();
    districts.dedup();
    let filter = f.parse().unwrap_or_default();
    let mut filter = filter;
    filter.statuses = vec![welcomedesk_domain::sessions::Status::Published];
    let today = state.today().to_string();
    if filter.from.is_none() {
        filter.from = Some(today);
    }
    filter.limit = 200;
    let rows = state.store.list_sessions(&filter, lang).await?;
    // The languages of every published session to come (not of the first few hundred).
    let mut langs: Vec<(String, String)> = vec![];
    for l in state.store.published_languages(&state.today().to_string()).await? {
        let name = LanguageCode::parse("l", &l).map(|c| c.endonym()).unwrap_or("").to_owned();
        langs.push((l, name));
    }
    langs.sort_by(|a, b| a.1.cmp(&b.1));
    let list: Vec<Value> = rows.iter().map(|s| session_view(state, lang, s)).collect();
    page_with_status(
        state,
        ctx,
        "public/modules/index.html",
        context! {
            f => f, sessions => list, topics => topics, districts => districts,
            session_languages => langs, errors => errors, feed_query => f.query(),
        },
        status,
    )
}

pub(crate) async fn calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    QueryData(f): QueryData<Filters>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    match f.parse() {
        Ok(_) => calendar_page(&state, &ctx, &f, no_errors(), StatusCode::OK).await,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            calendar_page(&state, &ctx, &Filters::default(), errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// The iCalendar feed of the sessions the filters select (RFC 5545).
pub(crate) async fn feed(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    QueryData(f): QueryData<Filters>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let mut filter = f.parse()?;
    if filter.from.is_none() {
        filter.from = Some(state.today().to_string());
    }
    filter.limit = 500;
    let rows = state.store.list_sessions(&filter, ctx.lang.code).await?;
    let name = format!("{} – {}", state.settings().city_name, state.cat.plain(ctx.lang.code, "modules-title", &[]));
    let base = state.cfg.public_url.clone();
    let body = sessions::ical::feed(&name, &rows, &|s| format!("{base}/{lang}/modules/{}", s.id));
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    Ok(r)
}

/// What the registration form sends.
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct RegisterForm {
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    birth_day: String,
    #[serde(default)]
    birth_month: String,
    #[serde(default)]
    birth_year: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    children_count: String,
    #[serde(default)]
    children_ages: String,
    /// The welcome passport number, for people who have one (optional).
    #[serde(default)]
    passport_number: String,
    #[serde(default)]
    consent_basic: Option<String>,
    /// The registration's own consent (purpose `modules`).
    #[serde(default)]
    consent_modules: Option<String>,
}

async fn session_page(
    state: &AppState,
    ctx: &Ctx,
    s: &SessionRow,
    a: &RegisterForm,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    page_with_status(
        state,
        ctx,
        "public/modules/session.html",
        context! { s => session_view(state, ctx.lang.code, s), a => a, errors => errors, open => s.status == "published" },
        status,
    )
}

pub(crate) async fn session(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((lang, id)): Path<(String, String)>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let s = state.store.get_session(id, ctx.lang.code).await?;
    if s.status == "planned" {
        return Err(AppError::NotFound);
    }
    session_page(&state, &ctx, &s, &RegisterForm::default(), no_errors(), StatusCode::OK).await
}

/// Checks the form: the person as the register wants them (name, date of birth, a way
/// to reach them, the basic consent) and the children.
fn parse_register(state: &AppState, lang: &str, a: &RegisterForm) -> Result<(NewPerson, rules::Children), Invalid> {
    let mut inv = Invalid::default();
    if a.phone.trim().is_empty() && a.email.trim().is_empty() {
        inv.push(FieldError::new("phone", "phone_or_email"));
    }
    let language = LanguageCode::parse("l", lang).map(|l| l.as_str().to_owned()).unwrap_or_else(|_| "en".into());
    let input = PersonInput {
        full_name: a.full_name.clone(),
        birth_year: a.birth_year.clone(),
        birth_month: a.birth_month.clone(),
        birth_day: a.birth_day.clone(),
        citizenship: "ZZ".into(),
        languages: vec![language],
        phone: a.phone.clone(),
        email: a.email.clone(),
        ..Default::default()
    };
    let mut consents = if a.consent_basic.is_some() { vec![Purpose::Basic.as_str().to_owned()] } else { vec![] };
    // Registering is consented for its own purpose; the record in the register keeps
    // needing the basic one.
    if a.consent_modules.is_some() {
        consents.push(Purpose::Modules.as_str().to_owned());
    } else {
        inv.push(FieldError::new("consent_modules", "consent_required"));
    }
    let person = match NewPerson::parse(&input, &consents, Source::Public, state.today()) {
        Ok(p) => Some(p),
        Err(e) => {
            inv.errors.extend(e.errors.into_iter().filter(|e| e.field != "languages"));
            None
        }
    };
    let children = match rules::parse_children(&a.children_count, &a.children_ages) {
        Ok(c) => Some(c),
        Err(e) => {
            inv.errors.extend(e.errors);
            None
        }
    };
    match (person, children) {
        (Some(p), Some(c)) if inv.is_empty() => Ok((p, c)),
        _ => Err(welcomedesk_domain::consent::addressed_to_self(inv)),
    }
}

/// Registers: a seat, or the waiting list. The person is recorded in the register
/// (source "public", consent `basic` as given on the form, as the public coaching
/// booking does) with the registration's own consent, purpose `modules`.
///
/// With a welcome passport number and the holder's date of birth, the registration goes
/// on the holder's own record (which then gets the `modules` consent given on the form).
pub(crate) async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((lang, id)): Path<(String, String)>,
    FormData(a): FormData<RegisterForm>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let s = state.store.get_session(id, ctx.lang.code).await?;
    if s.status == "planned" {
        return Err(AppError::NotFound);
    }
    let (person, children) = match parse_register(&state, &lang, &a) {
        Ok(v) => v,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return session_page(&state, &ctx, &s, &a, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    if children.count > s.childcare_places {
        let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("children_count", "childcare_impossible"));
        return session_page(&state, &ctx, &s, &a, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    // With a welcome passport (number and the holder's date of birth), the module is
    // registered on the holder's record, so check-in by passport number finds the
    // registration and no second record of the person is made.
    let holder = if a.passport_number.trim().is_empty() {
        None
    } else {
        let refused = |code: &'static str| {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one(PassportNumber::FIELD, code));
            session_page(&state, &ctx, &s, &a, errors, StatusCode::UNPROCESSABLE_ENTITY)
        };
        let n = match PassportNumber::parse_field(&a.passport_number) {
            Ok(n) => n,
            Err(e) => return refused(e.code).await,
        };
        match state.store.passport_holder(&n, None).await? {
            Some(h) if self_registration_holder_ok(h.valid, &h.birth_date, person.data.birth) => Some(h.person_id),
            _ => return refused("registration_passport").await,
        }
    };
    // The registration carries the consent ticked on this form (the domain's rule): the
    // store keeps it on the registration and, for a holder, on their record, in one
    // transaction, so a refused registration leaves no new consent (a new record holds
    // it from its creation).
    let person_id = match holder {
        Some(p) => p,
        None => crate::register::create_person(&state.store, &person, "online", &lang, None).await?,
    };
    let consent = Some(self_registration_consent(&lang));
    let token = crate::password::random_token()?;
    let r = state
        .store
        .register_for_session_with_consent(
            id,
            &NewRegistration {
                registrant: Registrant::Person(person_id),
                language: lang.clone(),
                children_count: children.count,
                children_ages: children.ages,
                via: "public",
                cancel_token_hash: Some(crate::password::token_hash(&token)),
            },
            consent.as_ref(),
            None,
        )
        .await;
    match r {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/modules/registration/{token}")).into_response()),
        Err(StoreError::Conflict(code)) => {
            // Nothing is kept of a registration that did not happen (a record made for it).
            if holder.is_none() {
                state.store.erase_person(person_id, "request", None).await?;
            }
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("children_count", code));
            session_page(&state, &ctx, &s, &a, errors, StatusCode::CONFLICT).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The person's own page of their registration, reached only with the secret link.
pub(crate) async fn registration(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((lang, token)): Path<(String, String)>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let r = state.store.registration_by_token(&crate::password::token_hash(&token)).await?;
    let s = state.store.get_session(r.session_id, ctx.lang.code).await?;
    let waiting_before = if r.status == "waiting" {
        state
            .store
            .list_registrations(s.id)
            .await?
            .iter()
            .filter(|x| x.status == "waiting" && x.position < r.position)
            .count()
    } else {
        0
    };
    page(
        &state,
        &ctx,
        "public/modules/registration.html",
        context! {
            s => session_view(&state, ctx.lang.code, &s), status => r.status, token => token,
            place => waiting_before + 1, reference => r.id.simple().to_string()[24..].to_uppercase(),
        },
    )
}

pub(crate) async fn cancel(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let r = state.store.registration_by_token(&crate::password::token_hash(&token)).await?;
    let compose = sessions::compose_promoted(&state);
    match state.store.cancel_registration(r.id, Some(&compose), None).await {
        Ok(_) | Err(StoreError::NotFound) => {}
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("/{lang}/modules/registration/{token}")).into_response())
}

// ---- the anonymous survey ----------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct SurveyForm {
    #[serde(default)]
    satisfied: String,
    #[serde(default)]
    helped: String,
    #[serde(default)]
    recommend: String,
    #[serde(default)]
    missing_topic: String,
}

async fn survey_page(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    s: &SessionRow,
    a: &SurveyForm,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    page_with_status(
        state,
        ctx,
        "public/modules/survey.html",
        context! { s => session_view(state, ctx.lang.code, s), a => a, errors => errors, done => false, token_path => token },
        status,
    )
}

pub(crate) async fn survey(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((lang, token)): Path<(String, String)>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let s = state.store.session_by_survey_token(&token, ctx.lang.code).await?;
    survey_page(&state, &ctx, &token, &s, &SurveyForm::default(), no_errors(), StatusCode::OK).await
}

pub(crate) async fn submit_survey(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((lang, token)): Path<(String, String)>,
    FormData(a): FormData<SurveyForm>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let s = state.store.session_by_survey_token(&token, ctx.lang.code).await?;
    match rules::parse_survey(&a.satisfied, &a.helped, &a.recommend, &a.missing_topic) {
        Ok(answer) => {
            state.store.submit_survey(s.id, &lang, &answer).await?;
            page(
                &state,
                &ctx,
                "public/modules/survey.html",
                context! { s => session_view(&state, ctx.lang.code, &s), a => a, errors => no_errors(), done => true },
            )
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            survey_page(&state, &ctx, &token, &s, &a, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}
