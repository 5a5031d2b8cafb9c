//! The register in the back office: search, intake (immigration office and desk),
//! the person's page, rectification, consents, profile, merge, export, erasure, the
//! bulk import, and the records of processing.

use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::register::{self, import};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::codes::{COUNTRIES, PERSON_LANGUAGES};
use welcomedesk_domain::consent::{Purpose, parse_consent};
use welcomedesk_domain::register::{
    BirthDate, EDUCATION_LEVELS, LANGUAGE_LEVELS, NewPerson, PersonData, PersonInput, Profile, ProfileInput, Source,
};
use welcomedesk_domain::{Invalid, Role};
use welcomedesk_store::StoreError;

/// Choices of the forms: countries, languages, purposes, channels.
fn choices(ctx: &Ctx) -> Value {
    let mut countries: Vec<(&str, &str)> = COUNTRIES.to_vec();
    countries.sort_by_key(|c| c.1);
    let mut langs: Vec<(&str, &str, &str)> = PERSON_LANGUAGES.to_vec();
    langs.sort_by_key(|l| l.1);
    context! {
        countries => countries.iter().map(|(c, n)| context!{ code => c, name => format!("{n} ({c})") }).collect::<Vec<_>>(),
        languages => langs.iter().map(|(c, n, e)| context!{ code => c, name => if e == n { n.to_string() } else { format!("{e} – {n}") } }).collect::<Vec<_>>(),
        purposes => Purpose::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        channels => welcomedesk_domain::consent::CHANNELS.iter().filter(|c| **c != "import").collect::<Vec<_>>(),
        education_levels => EDUCATION_LEVELS,
        language_levels => LANGUAGE_LEVELS,
        ui_lang => ctx.lang.code,
    }
}

// --- search -----------------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default)]
pub(crate) struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    birth_year: String,
    #[serde(default)]
    birth_month: String,
    #[serde(default)]
    birth_day: String,
    #[serde(default)]
    done: Option<String>,
}

pub(crate) async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<SearchQuery>,
) -> AppResult<Response> {
    let birth = if q.birth_year.trim().is_empty() {
        Ok(None)
    } else {
        BirthDate::parse_parts(&q.birth_year, &q.birth_month, &q.birth_day, state.today()).map(Some)
    };
    let searched = !q.q.trim().is_empty() || !q.birth_year.trim().is_empty();
    let (results, errors) = match birth {
        Ok(b) if searched => (register::search(&state.store, &q.q, b, 25).await?, no_errors()),
        Ok(_) => (vec![], no_errors()),
        Err(e) => (vec![], form_errors(&state.cat, ctx.lang.code, &Invalid::from(e))),
    };
    if searched {
        state
            .store
            .audit(
                &welcomedesk_domain::audit::AuditEvent::new(ctx.actor(), "person.search", "person")
                    .detail(format!("hits={}", results.len())),
            )
            .await?;
    }
    page(
        &state,
        &ctx,
        "staff/people/search.html",
        context! { q => q, results => results, searched => searched, errors => errors },
    )
}

// --- intake -----------------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct PersonForm {
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    latin_name: String,
    #[serde(default)]
    birth_year: String,
    #[serde(default)]
    birth_month: String,
    #[serde(default)]
    birth_day: String,
    #[serde(default)]
    citizenship: String,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    permit_issued_on: String,
    #[serde(default)]
    certificate_required: Option<String>,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    consents: Vec<String>,
    #[serde(default)]
    channel: String,
    #[serde(default)]
    text_language: String,
    #[serde(default)]
    confirm_new: Option<String>,
}

impl PersonForm {
    fn input(&self) -> PersonInput {
        PersonInput {
            full_name: self.full_name.clone(),
            latin_name: self.latin_name.clone(),
            birth_year: self.birth_year.clone(),
            birth_month: self.birth_month.clone(),
            birth_day: self.birth_day.clone(),
            citizenship: self.citizenship.clone(),
            languages: self.languages.clone(),
            permit_issued_on: self.permit_issued_on.clone(),
            certificate_required: self.certificate_required.is_some(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            address: self.address.clone(),
            district: self.district.clone(),
        }
    }

    fn from_input(i: PersonInput) -> Self {
        PersonForm {
            full_name: i.full_name,
            latin_name: i.latin_name,
            birth_year: i.birth_year,
            birth_month: i.birth_month,
            birth_day: i.birth_day,
            citizenship: i.citizenship,
            languages: i.languages,
            permit_issued_on: i.permit_issued_on,
            certificate_required: i.certificate_required.then(|| "on".to_owned()),
            phone: i.phone,
            email: i.email,
            address: i.address,
            district: i.district,
            ..Default::default()
        }
    }
}

fn source_for(role: Option<Role>) -> Source {
    if role == Some(Role::Clerk) { Source::Clerk } else { Source::Desk }
}

fn intake_page(
    state: &AppState,
    ctx: &Ctx,
    form: &PersonForm,
    errors: Value,
    duplicates: Vec<register::Match>,
    status: StatusCode,
) -> AppResult<Response> {
    let mut langs = form.languages.clone();
    langs.resize(3.max(langs.len()), String::new());
    page_with_status(
        state,
        ctx,
        "staff/people/new.html",
        context! {
            form => form, form_languages => langs, errors => errors, duplicates => duplicates,
            choices => choices(ctx), permit_required => source_for(ctx.role()) == Source::Clerk,
        },
        status,
    )
}

pub(crate) async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let form = PersonForm { channel: "in_person".into(), text_language: ctx.lang.code.into(), ..Default::default() };
    intake_page(&state, &ctx, &form, no_errors(), vec![], StatusCode::OK)
}

pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<PersonForm>,
) -> AppResult<Response> {
    let source = source_for(Some(me.role()));
    let parsed = NewPerson::parse(&f.input(), &f.consents, source, state.today())
        .and_then(|n| parse_consent("basic", &f.channel, &f.text_language).map(|c| (n, c)));
    let (new, consent) = match parsed {
        Ok(v) => v,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return intake_page(&state, &ctx, &f, errors, vec![], StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    if f.confirm_new.is_none() {
        let dups = register::likely_duplicates(&state.store, &new.data).await?;
        if !dups.is_empty() {
            return intake_page(&state, &ctx, &f, no_errors(), dups, StatusCode::OK);
        }
    }
    let id =
        register::create_person(&state.store, &new, consent.channel, &consent.text_language, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/people/{id}?done=created")).into_response())
}

// --- the person's page -------------------------------------------------------------

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    done: Option<String>,
    reference: Option<String>,
    /// After a booking: `sent` (a confirmation went to the person) or `none`.
    #[serde(default)]
    confirmation: Option<String>,
    /// After a booking without a confirmation: the appointment whose letter to print.
    #[serde(default)]
    letter: Option<uuid::Uuid>,
}

fn person_context(state: &AppState, ctx: &Ctx, p: &welcomedesk_store::register::PersonRecord) -> Value {
    let role = ctx.role().unwrap_or(Role::Desk);
    let follow_up = p
        .permit_issued_on
        .as_deref()
        .and_then(|d| d.parse::<jiff::civil::Date>().ok())
        .and_then(|d| d.checked_add(jiff::Span::new().years(2)).ok())
        .map(|d| welcomedesk_i18n::format_date(&state.cat, ctx.lang.code, d));
    let country =
        COUNTRIES.iter().find(|(c, _)| *c == p.citizenship).map(|(c, n)| format!("{n} ({c})")).unwrap_or_default();
    context! {
        person => p,
        person_languages => p.languages.iter().map(|l| register::language_label(l)).collect::<Vec<_>>(),
        country => country,
        follow_up => follow_up,
        show_profile => register::may_see_profile(role),
        has_profile_consent => p.has_consent(Purpose::Profile),
        live => Purpose::ALL.iter().filter(|x| p.has_consent(**x)).map(|x| x.as_str()).collect::<Vec<_>>(),
        is_coordinator => role == Role::Coordinator,
        choices => choices(ctx),
        document_language => welcomedesk_i18n::by_code(&p.document_language).map(|l| l.endonym).unwrap_or("English"),
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
    let history = if ctx.role() == Some(Role::Coordinator) { state.store.person_history(id).await? } else { vec![] };
    let appointments = crate::staff::coaching::appointments_of(&state, &ctx, id).await?;
    let vouchers = crate::staff::vouchers::person_box(&state, &ctx, id).await?;
    // Seat reservations: the staff who use the finder (counsellor, coordinator).
    let reservations = if matches!(ctx.role(), Some(Role::Coordinator | Role::Counsellor)) {
        Some(crate::courses::reservations::person_box(&state, &ctx, id).await?)
    } else {
        None
    };
    let own = context! { ..person_context(&state, &ctx, &p), ..context! {
        done => q.done, reference => q.reference, confirmation => q.confirmation, letter => q.letter, history => history, errors => no_errors(), appointments => appointments,
        pv => vouchers, reservations => reservations,
    } };
    page(&state, &ctx, "staff/people/show.html", own)
}

// --- rectification -----------------------------------------------------------------

pub(crate) async fn edit_form(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
    let form = PersonForm::from_input(register::input_of(&p));
    edit_page(&state, &ctx, id, &form, no_errors(), StatusCode::OK)
}

fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
    form: &PersonForm,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let mut langs = form.languages.clone();
    langs.resize(3.max(langs.len()), String::new());
    page_with_status(
        state,
        ctx,
        "staff/people/edit.html",
        context! { id => id, form => form, form_languages => langs, errors => errors, choices => choices(ctx), permit_required => false },
        status,
    )
}

pub(crate) async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<PersonForm>,
) -> AppResult<Response> {
    let before = state.store.read_person(id, Some(me.id()), "person.read").await?;
    match PersonData::parse(&f.input(), state.today(), false) {
        Ok(data) => {
            register::update_person(&state.store, &before, &data, Some(me.id())).await?;
            Ok(Redirect::to(&format!("/staff/people/{id}?done=updated")).into_response())
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            edit_page(&state, &ctx, id, &f, errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

// --- consents ----------------------------------------------------------------------

#[derive(serde::Deserialize, Default)]
pub(crate) struct ConsentForm {
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    channel: String,
    #[serde(default)]
    text_language: String,
}

pub(crate) async fn give_consent(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<ConsentForm>,
) -> AppResult<Response> {
    let result = match parse_consent(&f.purpose, &f.channel, &f.text_language) {
        Ok(c) => state.store.record_consent(id, &c, Some(me.id())).await.map_err(|e| match e {
            StoreError::Conflict("consent_exists") => AppError::Invalid(Invalid::one("purpose", "duplicate_consent")),
            other => other.into(),
        }),
        Err(inv) => Err(AppError::Invalid(inv)),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/staff/people/{id}?done=consent_given")).into_response()),
        Err(AppError::Invalid(inv)) => {
            let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
            let own = context! { ..person_context(&state, &ctx, &p), ..context! { done => None::<String>, reference => None::<String>, history => Vec::<String>::new(), appointments => Vec::<String>::new(), errors => form_errors(&state.cat, ctx.lang.code, &inv) } };
            page_with_status(&state, &ctx, "staff/people/show.html", own, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e),
    }
}

pub(crate) async fn confirm_withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, purpose)): Path<(String, String)>,
) -> AppResult<Response> {
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let purpose = Purpose::parse("purpose", &purpose).map_err(|_| AppError::NotFound)?;
    let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
    if !p.has_consent(purpose) {
        return Err(AppError::NotFound);
    }
    page(&state, &ctx, "staff/people/withdraw.html", context! { person => p, purpose => purpose.as_str() })
}

pub(crate) async fn withdraw(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    Path((id, purpose)): Path<(String, String)>,
) -> AppResult<Response> {
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let purpose = Purpose::parse("purpose", &purpose).map_err(|_| AppError::NotFound)?;
    if purpose == Purpose::Basic {
        // Without the basic consent nothing may be kept: the record is erased.
        state.store.erase_person(id, "consent_withdrawn", Some(me.id())).await?;
        return Ok(Redirect::to("/staff/people?done=erased").into_response());
    }
    if purpose == Purpose::Modules {
        // Their registrations for sessions to come are cancelled with it.
        crate::sessions::withdraw_modules_consent(&state, id, Some(me.id())).await?;
    } else {
        state.store.withdraw_consent(id, purpose, Some(me.id())).await?;
    }
    Ok(Redirect::to(&format!("/staff/people/{id}?done=consent_withdrawn")).into_response())
}

// --- profile -----------------------------------------------------------------------

pub(crate) async fn profile_form(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
    let form = p.profile.clone().unwrap_or_default();
    let input = ProfileInput {
        education_level: form.education_level.unwrap_or_default(),
        profession: form.profession.unwrap_or_default(),
        qualifications: form.qualifications.unwrap_or_default(),
        language_level: form.language_level.unwrap_or_default(),
    };
    page(
        &state,
        &ctx,
        "staff/people/profile.html",
        context! { person => p, form => input, errors => no_errors(), choices => choices(&ctx), consent => p.has_consent(Purpose::Profile) },
    )
}

pub(crate) async fn save_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<ProfileInput>,
) -> AppResult<Response> {
    let profile = Profile::parse(&f);
    let result = match profile {
        Ok(p) => state.store.upsert_profile(id, &p, Some(me.id())).await.map_err(|e| match e {
            StoreError::Conflict("consent_missing") => {
                AppError::Invalid(Invalid::one("education_level", "consent_missing"))
            }
            other => other.into(),
        }),
        Err(inv) => Err(AppError::Invalid(inv)),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/staff/people/{id}?done=profile_saved")).into_response()),
        Err(AppError::Invalid(inv)) => {
            let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            page_with_status(
                &state,
                &ctx,
                "staff/people/profile.html",
                context! { person => p, form => f, errors => errors, choices => choices(&ctx), consent => p.has_consent(Purpose::Profile) },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e),
    }
}

// --- merge, export, erasure ----------------------------------------------------------

#[derive(serde::Deserialize, Default)]
pub(crate) struct MergeQuery {
    #[serde(default)]
    other: String,
}

pub(crate) async fn merge_form(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    QueryData(q): QueryData<MergeQuery>,
) -> AppResult<Response> {
    let keep = state.store.read_person(id, ctx.actor(), "person.read").await?;
    let (other, errors) = match q.other.trim() {
        "" => (None, no_errors()),
        o => match uuid::Uuid::parse_str(o) {
            Ok(oid) if oid != id => match state.store.read_person(oid, ctx.actor(), "person.read").await {
                Ok(p) => (Some(p), no_errors()),
                Err(StoreError::NotFound) => {
                    (None, form_errors(&state.cat, ctx.lang.code, &Invalid::one("other", "unknown_person")))
                }
                Err(e) => return Err(e.into()),
            },
            _ => (None, form_errors(&state.cat, ctx.lang.code, &Invalid::one("other", "unknown_person"))),
        },
    };
    let candidates = if other.is_none() {
        register::search(&state.store, &keep.full_name, None, 6)
            .await?
            .into_iter()
            .filter(|m| m.person.id != id)
            .collect()
    } else {
        vec![]
    };
    page(
        &state,
        &ctx,
        "staff/people/merge.html",
        context! { keep => keep, other => other, candidates => candidates, errors => errors, q_other => q.other },
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct MergeForm {
    other: String,
}

pub(crate) async fn merge(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<MergeForm>,
) -> AppResult<Response> {
    let other = uuid::Uuid::parse_str(f.other.trim())
        .map_err(|_| AppError::Invalid(Invalid::one("other", "unknown_person")))?;
    state.store.merge_people(id, other, Some(me.id())).await.map_err(|e| match e {
        StoreError::Conflict("merge_same") | StoreError::NotFound => {
            AppError::Invalid(Invalid::one("other", "unknown_person"))
        }
        other => other.into(),
    })?;
    Ok(Redirect::to(&format!("/staff/people/{id}?done=merged")).into_response())
}

/// Everything held on one person, as JSON (Art. 15 and 20).
pub(crate) async fn export_json(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let doc = export_document(&state, id, ctx.actor()).await?;
    let body = serde_json::to_vec_pretty(&doc).map_err(|e| AppError::Internal(e.to_string()))?;
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"person-{id}.json\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

/// The export document: the record, its consents and profile, and the history of what
/// was done with it (audit entries: when, what, by which account).
pub(crate) async fn export_document(
    state: &AppState,
    id: uuid::Uuid,
    actor: Option<uuid::Uuid>,
) -> AppResult<serde_json::Value> {
    let p = state.store.read_person(id, actor, "person.export").await?;
    let history = state.store.person_history(id).await?;
    let desk_contacts = state.store.person_desk_contacts(id).await?;
    let vouchers = state.store.vouchers_export(id).await?;
    let course_reservations = state.store.person_reservations(id).await?;
    // Module registrations (with the consent given with each) and attendances.
    let registrations = state.store.registrations_of_person(id).await?;
    let attendances: Vec<serde_json::Value> = state
        .store
        .attendances_of_person(id)
        .await?
        .into_iter()
        .map(|(session, day, topic, language)| {
            serde_json::json!({"session_id": session, "date": day, "topic_id": topic, "language": language})
        })
        .collect();
    // Coaching: appointments with what was recorded, invitations, and the messages
    // queued or sent to the person (address, text, when, whether delivered).
    let (appointments, invitations) = state.store.coaching_of_person(id).await?;
    let messages: Vec<serde_json::Value> = state
        .store
        .outbox_of_person(id)
        .await?
        .into_iter()
        .map(|m| {
            serde_json::json!({"kind": m.kind, "channel": m.channel, "to": m.to_address, "subject": m.subject,
            "body": m.body, "status": m.status, "created_at": m.created_at, "sent_at": m.sent_at})
        })
        .collect();
    Ok(serde_json::json!({
        "coaching": {"appointments": appointments, "follow_up_invitations": invitations, "messages": messages},
        "exported_at": welcomedesk_store::time::now(),
        "controller": state.settings().city_name,
        "person": p,
        "desk_contacts": desk_contacts,
        "passport_and_vouchers": vouchers,
        "course_reservations": course_reservations,
        "modules": {"registrations": registrations, "attendances": attendances},
        "history": history.iter().map(|h| serde_json::json!({"at": h.at, "action": h.action, "detail": h.detail})).collect::<Vec<_>>(),
    }))
}

/// The same, as a readable page in the person's language, for print.
pub(crate) async fn export_html(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let doc = export_document(&state, id, ctx.actor()).await?;
    let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
    let lang = welcomedesk_i18n::by_code(&p.document_language).unwrap_or(&welcomedesk_i18n::LANGUAGES[0]);
    let person_ctx = Ctx { lang, ..ctx.clone() };
    page(
        &state,
        &person_ctx,
        "staff/people/export.html",
        context! {
            ..person_context(&state, &person_ctx, &p),
            ..context! { history => doc["history"].clone(), exported_at => doc["exported_at"].clone() }
        },
    )
}

pub(crate) async fn confirm_erase(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
    page(&state, &ctx, "staff/people/erase.html", context! { person => p })
}

pub(crate) async fn erase(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    state.store.erase_person(id, "request", Some(me.id())).await?;
    Ok(Redirect::to("/staff/people?done=erased").into_response())
}

/// The consent texts in one language, for the person to read (or to print).
pub(crate) async fn consent_texts(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
) -> AppResult<Response> {
    let l = welcomedesk_i18n::by_code(&lang).ok_or(AppError::NotFound)?;
    let c = Ctx { lang: l, ..ctx };
    page(
        &state,
        &c,
        "staff/people/consent_texts.html",
        context! { purposes => Purpose::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>(), version => welcomedesk_domain::consent::TEXT_VERSION },
    )
}

// --- bulk intake -------------------------------------------------------------------

pub(crate) async fn import_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    page(
        &state,
        &ctx,
        "staff/people/import.html",
        context! { report => None::<String>, problems => Vec::<String>::new(), columns => import::COLUMNS },
    )
}

/// The upload (multipart form, the CSRF token travels in the URL).
pub(crate) async fn import_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    mut mp: axum::extract::Multipart,
) -> AppResult<Response> {
    let mut bytes = None;
    while let Some(field) = mp.next_field().await.map_err(|e| AppError::BadRequest(e.to_string()))? {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("").to_lowercase();
            let ct = field.content_type().unwrap_or("").to_owned();
            let data = field.bytes().await.map_err(|_| AppError::PayloadTooLarge)?;
            if !(name.ends_with(".csv") || name.ends_with(".txt") || ct.starts_with("text/")) {
                return Err(AppError::Invalid(Invalid::one("file", "not_csv")));
            }
            bytes = Some(data);
        }
    }
    let bytes = bytes.ok_or_else(|| AppError::Invalid(Invalid::one("file", "required")))?;
    match import::import_permits(&state.store, &bytes, state.today(), Some(me.id())).await {
        Ok(report) => page(
            &state,
            &ctx,
            "staff/people/import.html",
            context! { report => report, problems => Vec::<String>::new(), columns => import::COLUMNS },
        ),
        Err(import::ImportError::Rows(rows)) => {
            let problems: Vec<Value> = rows
                .iter()
                .map(|r| context! { line => r.line, column => r.column.clone(), message => crate::render::field_message(&state.cat, ctx.lang.code, &welcomedesk_domain::FieldError::new("file", r.code)) })
                .collect();
            page_with_status(
                &state,
                &ctx,
                "staff/people/import.html",
                context! { report => None::<String>, problems => problems, columns => import::COLUMNS },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(import::ImportError::Store(e)) => Err(e.into()),
    }
}

// --- records of processing ------------------------------------------------------------

/// The records page, with the years field as typed and its errors.
async fn records_page(
    state: &AppState,
    ctx: &Ctx,
    years: String,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let current = register::retention_years(&state.store).await?;
    let expired = register::run_retention(&state.store, current, jiff::Timestamp::now(), true).await?;
    page_with_status(
        state,
        ctx,
        "staff/people/records.html",
        context! { records => crate::register::records::records(), years => years, expired => expired, errors => errors },
        status,
    )
}

pub(crate) async fn records(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let years = register::retention_years(&state.store).await?.to_string();
    records_page(&state, &ctx, years, no_errors(), StatusCode::OK).await
}

#[derive(serde::Deserialize)]
pub(crate) struct RetentionForm {
    #[serde(default)]
    years: String,
}

pub(crate) async fn save_retention(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<RetentionForm>,
) -> AppResult<Response> {
    match welcomedesk_domain::text::whole_number("years", &f.years, 1, 30) {
        Ok(y) => {
            register::set_retention_years(&state.store, y, Some(me.id())).await?;
            Ok(Redirect::to("/staff/privacy").into_response())
        }
        Err(e) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::from(e));
            records_page(&state, &ctx, f.years, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}
