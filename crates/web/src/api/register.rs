//! API of the register: people, consents, profiles, duplicates, merge, export,
//! erasure, bulk intake of permits, records of processing.

use crate::api::Problem;
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{IdPath, JsonBody, QueryData};
use crate::register::{self, import};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::consent::{Purpose, parse_consent};
use welcomedesk_domain::register::{BirthDate, NewPerson, PersonData, PersonInput, Profile, ProfileInput, Source};
use welcomedesk_domain::{Invalid, Role};
use welcomedesk_store::StoreError;
use welcomedesk_store::register::PersonRecord;

/// A person's basic data.
#[derive(serde::Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct PersonRequest {
    /// As written in the ID document, any script and order.
    pub full_name: String,
    /// The name in Latin letters where the document has it.
    #[serde(default)]
    pub latin_name: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (documents often carry only the year).
    pub birth_date: String,
    /// ISO 3166-1 alpha-2 (XX stateless, ZZ unknown).
    pub citizenship: String,
    /// Languages the person speaks (ISO 639), in order of preference.
    pub languages: Vec<String>,
    /// `YYYY-MM-DD`; required for the immigration office's intake.
    #[serde(default)]
    pub permit_issued_on: Option<String>,
    /// Legally required to obtain a language certificate (voucher value depends on it).
    #[serde(default)]
    pub certificate_required: bool,
    /// International format, e.g. +46 70 123 45 67.
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub district: Option<String>,
}

/// A new person with the consents given (`basic` is required).
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreatePersonRequest {
    // Inline: one object with every field (an `allOf` of two closed objects would
    // describe a body no client could send).
    #[serde(flatten)]
    #[schema(inline)]
    pub person: PersonRequest,
    /// Purposes consented to: basic, profile, share_immigration, reminders, surveys.
    pub consents: Vec<String>,
    /// in_person, paper, phone or online.
    #[serde(default = "in_person")]
    pub channel: String,
    /// The language of the consent texts the person read.
    pub text_language: String,
    /// Create even though likely duplicates exist (after checking them).
    #[serde(default)]
    pub confirm_new: bool,
}

fn in_person() -> String {
    "in_person".into()
}

fn person_input(r: &PersonRequest, today: jiff::civil::Date) -> Result<PersonInput, Invalid> {
    let b = BirthDate::parse_iso("birth_date", &r.birth_date, today)?;
    Ok(PersonInput {
        full_name: r.full_name.clone(),
        latin_name: r.latin_name.clone().unwrap_or_default(),
        birth_year: b.year.to_string(),
        birth_month: b.month.map(|m| m.to_string()).unwrap_or_default(),
        birth_day: b.day.map(|d| d.to_string()).unwrap_or_default(),
        citizenship: r.citizenship.clone(),
        languages: r.languages.clone(),
        permit_issued_on: r.permit_issued_on.clone().unwrap_or_default(),
        certificate_required: r.certificate_required,
        phone: r.phone.clone().unwrap_or_default(),
        email: r.email.clone().unwrap_or_default(),
        address: r.address.clone().unwrap_or_default(),
        district: r.district.clone().unwrap_or_default(),
    })
}

/// A consent as recorded.
#[derive(serde::Serialize, ToSchema)]
pub struct ConsentResponse {
    pub purpose: String,
    pub given_at: String,
    pub channel: String,
    pub text_version: String,
    pub text_language: String,
    pub withdrawn_at: Option<String>,
}

/// Optional profile data.
#[derive(serde::Serialize, serde::Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ProfileBody {
    /// none, primary, secondary, vocational or tertiary.
    #[serde(default)]
    pub education_level: Option<String>,
    #[serde(default)]
    pub profession: Option<String>,
    #[serde(default)]
    pub qualifications: Option<String>,
    /// a0 (none yet), a1, a2, b1, b2, c1, c2: level in the local language.
    #[serde(default)]
    pub language_level: Option<String>,
}

/// A person's record.
#[derive(serde::Serialize, ToSchema)]
pub struct PersonResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub full_name: String,
    pub latin_name: Option<String>,
    pub birth_date: String,
    pub citizenship: String,
    /// EU, EEA or Swiss citizen.
    pub eu_citizen: bool,
    pub languages: Vec<String>,
    pub permit_issued_on: Option<String>,
    pub certificate_required: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub district: Option<String>,
    /// The language documents for the person are made in.
    pub document_language: String,
    pub created_at: String,
    pub updated_at: String,
    pub last_contact_at: String,
    pub consents: Vec<ConsentResponse>,
    /// Only for counsellors and the coordinator, and only with the profile consent.
    pub profile: Option<ProfileBody>,
}

fn person_response(p: PersonRecord, role: Option<Role>) -> PersonResponse {
    let show_profile = role.is_some_and(register::may_see_profile);
    PersonResponse {
        id: p.id,
        full_name: p.full_name,
        latin_name: p.latin_name,
        birth_date: p.birth_date,
        citizenship: p.citizenship,
        eu_citizen: p.eu_citizen,
        languages: p.languages,
        permit_issued_on: p.permit_issued_on,
        certificate_required: p.certificate_required,
        phone: p.phone,
        email: p.email,
        address: p.address,
        district: p.district,
        document_language: p.document_language,
        created_at: p.created_at,
        updated_at: p.updated_at,
        last_contact_at: p.last_contact_at,
        consents: p
            .consents
            .into_iter()
            .map(|c| ConsentResponse {
                purpose: c.purpose,
                given_at: c.given_at,
                channel: c.channel,
                text_version: c.text_version,
                text_language: c.text_language,
                withdrawn_at: c.withdrawn_at,
            })
            .collect(),
        profile: p.profile.filter(|_| show_profile).map(|pr| ProfileBody {
            education_level: pr.education_level,
            profession: pr.profession,
            qualifications: pr.qualifications,
            language_level: pr.language_level,
        }),
    }
}

/// A search hit.
#[derive(serde::Serialize, ToSchema)]
pub struct PersonMatch {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub full_name: String,
    pub latin_name: Option<String>,
    pub birth_date: String,
    pub citizenship: String,
    pub languages: Vec<String>,
    /// 0 to 1; 1 = the same name after normalisation.
    pub score: f64,
}

#[derive(serde::Serialize, ToSchema)]
pub struct PersonMatches {
    pub items: Vec<PersonMatch>,
}

fn matches(found: Vec<register::Match>) -> PersonMatches {
    PersonMatches {
        items: found
            .into_iter()
            .map(|m| PersonMatch {
                id: m.person.id,
                full_name: m.person.full_name,
                latin_name: m.person.latin_name,
                birth_date: m.person.birth_date,
                citizenship: m.person.citizenship,
                languages: m.person.languages,
                score: (m.score * 1000.0).round() / 1000.0,
            })
            .collect(),
    }
}

const P422: &str = "application/problem+json";

/// Registers a person. With likely duplicates and without `confirm_new`, answers 409
/// `possible_duplicates` (see findDuplicates) and creates nothing.
#[utoipa::path(post, path = "/api/v1/people", operation_id = "createPerson", tag = "register",
    request_body = CreatePersonRequest,
    responses((status = 201, body = PersonResponse), (status = 400, body = Problem, content_type = P422),
        (status = 401, body = Problem, content_type = P422), (status = 403, body = Problem, content_type = P422),
        (status = 409, body = Problem, content_type = P422), (status = 415, body = Problem, content_type = P422),
        (status = 422, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_person(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    JsonBody(req): JsonBody<CreatePersonRequest>,
) -> AppResult<(StatusCode, Json<PersonResponse>)> {
    let source = if me.role() == Role::Clerk { Source::Clerk } else { Source::Desk };
    let input = person_input(&req.person, state.today());
    let new = match input {
        Ok(i) => NewPerson::parse(&i, &req.consents, source, state.today()),
        Err(inv) => Err(inv),
    };
    let consent = parse_consent("basic", &req.channel, &req.text_language);
    let (new, consent) = match (new, consent) {
        (Ok(n), Ok(c)) => (n, c),
        (Err(mut a), Err(b)) => {
            a.errors.extend(b.errors);
            return Err(a.into());
        }
        (Err(a), _) | (_, Err(a)) => return Err(a.into()),
    };
    if !req.confirm_new && !register::likely_duplicates(&state.store, &new.data).await?.is_empty() {
        return Err(AppError::Conflict("possible_duplicates"));
    }
    // The answer's read is audited in the creation's own transaction (one write, not two).
    let p = register::create_person_and_read(
        &state.store,
        &new,
        consent.channel,
        &consent.text_language,
        Some(me.id()),
        "person.read",
    )
    .await?;
    Ok((StatusCode::CREATED, Json(person_response(p, ctx.role()))))
}

/// Likely duplicates of a person about to be registered.
#[utoipa::path(post, path = "/api/v1/people/duplicates", operation_id = "findDuplicates", tag = "register",
    request_body = PersonRequest,
    responses((status = 200, body = PersonMatches), (status = 400, body = Problem, content_type = P422),
        (status = 401, body = Problem, content_type = P422), (status = 403, body = Problem, content_type = P422),
        (status = 415, body = Problem, content_type = P422), (status = 422, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn find_duplicates(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<PersonRequest>,
) -> AppResult<Json<PersonMatches>> {
    let data = PersonData::parse(&person_input(&req, state.today())?, state.today(), false)?;
    Ok(Json(matches(register::likely_duplicates(&state.store, &data).await?)))
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct SearchParams {
    /// A name in any script or spelling.
    #[serde(default)]
    q: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    birth_date: Option<String>,
    /// 1 to 100, default 20.
    #[serde(default)]
    limit: Option<usize>,
}

/// Finds people by name across scripts and spellings, and/or by date of birth.
#[utoipa::path(get, path = "/api/v1/people", operation_id = "searchPeople", tag = "register",
    params(SearchParams),
    responses((status = 200, body = PersonMatches), (status = 400, body = Problem, content_type = P422),
        (status = 401, body = Problem, content_type = P422), (status = 403, body = Problem, content_type = P422),
        (status = 422, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn search_people(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(p): QueryData<SearchParams>,
) -> AppResult<Json<PersonMatches>> {
    let birth = match p.birth_date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(b) => Some(BirthDate::parse_iso("birth_date", b, state.today()).map_err(Invalid::from)?),
        None => None,
    };
    let found =
        register::search(&state.store, p.q.as_deref().unwrap_or(""), birth, p.limit.unwrap_or(20).clamp(1, 100))
            .await?;
    state
        .store
        .audit(
            &welcomedesk_domain::audit::AuditEvent::new(ctx.actor(), "person.search", "person")
                .detail(format!("hits={}", found.len())),
        )
        .await?;
    Ok(Json(matches(found)))
}

/// A person's record (the read is audited).
#[utoipa::path(get, path = "/api/v1/people/{id}", operation_id = "getPerson", tag = "register",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = PersonResponse), (status = 401, body = Problem, content_type = P422),
        (status = 403, body = Problem, content_type = P422), (status = 404, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn get_person(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<Json<PersonResponse>> {
    let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
    Ok(Json(person_response(p, ctx.role())))
}

/// Fields to change; the others stay.
#[derive(serde::Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct UpdatePersonRequest {
    pub full_name: Option<String>,
    pub latin_name: Option<String>,
    pub birth_date: Option<String>,
    pub citizenship: Option<String>,
    pub languages: Option<Vec<String>>,
    pub permit_issued_on: Option<String>,
    pub certificate_required: Option<bool>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub district: Option<String>,
}

/// Rectifies a person's data (Art. 16); the audit log names the fields that changed.
#[utoipa::path(patch, path = "/api/v1/people/{id}", operation_id = "updatePerson", tag = "register",
    params(("id" = String, Path, format = Uuid)), request_body = UpdatePersonRequest,
    responses((status = 200, body = PersonResponse), (status = 400, body = Problem, content_type = P422),
        (status = 401, body = Problem, content_type = P422), (status = 403, body = Problem, content_type = P422),
        (status = 404, body = Problem, content_type = P422), (status = 415, body = Problem, content_type = P422),
        (status = 422, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update_person(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(u): JsonBody<UpdatePersonRequest>,
) -> AppResult<Json<PersonResponse>> {
    let before = state.store.read_person(id, ctx.actor(), "person.read").await?;
    let mut i = register::input_of(&before);
    macro_rules! set {
        ($($f:ident),*) => { $( if let Some(v) = u.$f { i.$f = v; } )* };
    }
    set!(
        full_name,
        latin_name,
        citizenship,
        languages,
        permit_issued_on,
        certificate_required,
        phone,
        email,
        address,
        district
    );
    if let Some(b) = u.birth_date {
        let b = BirthDate::parse_iso("birth_date", &b, state.today()).map_err(Invalid::from)?;
        i.birth_year = b.year.to_string();
        i.birth_month = b.month.map(|m| m.to_string()).unwrap_or_default();
        i.birth_day = b.day.map(|d| d.to_string()).unwrap_or_default();
    }
    let data = PersonData::parse(&i, state.today(), false)?;
    register::update_person(&state.store, &before, &data, ctx.actor()).await?;
    let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
    Ok(Json(person_response(p, ctx.role())))
}

/// Erases a person (Art. 17): personal data goes; what the city must keep stays without
/// identifying the person.
#[utoipa::path(delete, path = "/api/v1/people/{id}", operation_id = "erasePerson", tag = "register",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 204), (status = 401, body = Problem, content_type = P422),
        (status = 403, body = Problem, content_type = P422), (status = 404, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn erase_person(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<StatusCode> {
    state.store.erase_person(id, "request", ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeRequest {
    /// The duplicate record to merge into this one (it is removed).
    #[schema(value_type = String, format = Uuid)]
    pub other_id: uuid::Uuid,
}

/// Merges a duplicate into this record: history moves, the duplicate goes.
#[utoipa::path(post, path = "/api/v1/people/{id}/merge", operation_id = "mergePeople", tag = "register",
    params(("id" = String, Path, format = Uuid)), request_body = MergeRequest,
    responses((status = 200, body = PersonResponse), (status = 400, body = Problem, content_type = P422),
        (status = 401, body = Problem, content_type = P422), (status = 403, body = Problem, content_type = P422),
        (status = 404, body = Problem, content_type = P422), (status = 409, body = Problem, content_type = P422),
        (status = 415, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn merge_people(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(m): JsonBody<MergeRequest>,
) -> AppResult<Json<PersonResponse>> {
    state.store.merge_people(id, m.other_id, ctx.actor()).await.map_err(|e| match e {
        StoreError::Conflict("merge_same") => AppError::Conflict("merge_same"),
        other => other.into(),
    })?;
    let p = state.store.read_person(id, ctx.actor(), "person.read").await?;
    Ok(Json(person_response(p, ctx.role())))
}

/// Everything held on one person (Art. 15, 20).
#[utoipa::path(get, path = "/api/v1/people/{id}/export", operation_id = "exportPerson", tag = "register",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Object), (status = 401, body = Problem, content_type = P422),
        (status = 403, body = Problem, content_type = P422), (status = 404, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn export_person(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<Json<serde_json::Value>> {
    Ok(Json(crate::staff::people::export_document(&state, id, ctx.actor()).await?))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentRequest {
    /// basic, profile, share_immigration, reminders, surveys or modules.
    pub purpose: String,
    /// in_person, paper, phone or online.
    pub channel: String,
    /// The language of the consent text the person read.
    pub text_language: String,
}

/// Records a consent (with the version and language of the text shown).
#[utoipa::path(post, path = "/api/v1/people/{id}/consents", operation_id = "recordConsent", tag = "register",
    params(("id" = String, Path, format = Uuid)), request_body = ConsentRequest,
    responses((status = 201), (status = 400, body = Problem, content_type = P422),
        (status = 401, body = Problem, content_type = P422), (status = 403, body = Problem, content_type = P422),
        (status = 404, body = Problem, content_type = P422), (status = 409, body = Problem, content_type = P422),
        (status = 415, body = Problem, content_type = P422), (status = 422, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn record_consent(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(c): JsonBody<ConsentRequest>,
) -> AppResult<StatusCode> {
    let c = parse_consent(&c.purpose, &c.channel, &c.text_language)?;
    state.store.record_consent(id, &c, ctx.actor()).await?;
    Ok(StatusCode::CREATED)
}

/// Withdraws a consent; the data that depended on it goes at once. Withdrawing `basic`
/// erases the person; withdrawing `modules` cancels their registrations for sessions to
/// come.
#[utoipa::path(delete, path = "/api/v1/people/{id}/consents/{purpose}", operation_id = "withdrawConsent", tag = "register",
    params(("id" = String, Path, format = Uuid), ("purpose" = String, Path)),
    responses((status = 204), (status = 401, body = Problem, content_type = P422),
        (status = 403, body = Problem, content_type = P422), (status = 404, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn withdraw_consent(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, purpose)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let purpose = Purpose::parse("purpose", &purpose).map_err(|_| AppError::NotFound)?;
    if purpose == Purpose::Basic {
        state.store.erase_person(id, "consent_withdrawn", ctx.actor()).await?;
    } else if purpose == Purpose::Modules {
        crate::sessions::withdraw_modules_consent(&state, id, ctx.actor()).await?;
    } else {
        state.store.withdraw_consent(id, purpose, ctx.actor()).await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Stores the optional profile (refused without the profile consent).
#[utoipa::path(put, path = "/api/v1/people/{id}/profile", operation_id = "updateProfile", tag = "register",
    params(("id" = String, Path, format = Uuid)), request_body = ProfileBody,
    responses((status = 200, body = ProfileBody), (status = 400, body = Problem, content_type = P422),
        (status = 401, body = Problem, content_type = P422), (status = 403, body = Problem, content_type = P422),
        (status = 404, body = Problem, content_type = P422), (status = 409, body = Problem, content_type = P422),
        (status = 415, body = Problem, content_type = P422), (status = 422, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(b): JsonBody<ProfileBody>,
) -> AppResult<Json<ProfileBody>> {
    let p = Profile::parse(&ProfileInput {
        education_level: b.education_level.unwrap_or_default(),
        profession: b.profession.unwrap_or_default(),
        qualifications: b.qualifications.unwrap_or_default(),
        language_level: b.language_level.unwrap_or_default(),
    })?;
    state.store.upsert_profile(id, &p, ctx.actor()).await?;
    Ok(Json(ProfileBody {
        education_level: p.education_level,
        profession: p.profession,
        qualifications: p.qualifications,
        language_level: p.language_level,
    }))
}

/// What an import did.
#[derive(serde::Serialize, ToSchema)]
pub struct ImportResponse {
    pub rows: usize,
    pub created: usize,
    /// Rows whose permit_id was imported before (nothing new was created for them).
    pub skipped: usize,
}

/// Imports newly issued permits from the immigration office (a CSV file, UTF-8, first
/// line the column names: permit_id, full_name, latin_name, birth_date, citizenship,
/// languages, permit_issued_on, certificate_required, phone, email, district, consents).
/// Any bad row: nothing is imported, and the problem lists each one with its line.
#[utoipa::path(post, path = "/api/v1/intake/permits", operation_id = "importPermits", tag = "register",
    request_body(content = String, content_type = "text/csv"),
    responses((status = 200, body = ImportResponse), (status = 401, body = Problem, content_type = P422),
        (status = 403, body = Problem, content_type = P422), (status = 413, body = Problem, content_type = P422),
        (status = 415, body = Problem, content_type = P422), (status = 422, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn import_permits(
    State(state): State<AppState>,
    ctx: Ctx,
    req: axum::extract::Request,
) -> AppResult<Response> {
    let ct = req.headers().get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    if !(ct.starts_with("text/csv") || ct.starts_with("text/plain")) {
        return Err(AppError::UnsupportedMediaType);
    }
    let bytes = axum::body::to_bytes(req.into_body(), 16 * 1024 * 1024).await.map_err(|_| AppError::PayloadTooLarge)?;
    match import::import_permits(&state.store, &bytes, state.today(), ctx.actor()).await {
        Ok(r) => Ok(Json(ImportResponse { rows: r.rows, created: r.created, skipped: r.skipped }).into_response()),
        Err(import::ImportError::Rows(rows)) => Err(AppError::InvalidFile(rows)),
        Err(import::ImportError::Store(e)) => Err(e.into()),
    }
}

/// One entry of the records of processing.
#[derive(serde::Serialize, ToSchema)]
pub struct ProcessingRecord {
    pub table: String,
    pub purpose: String,
    pub columns: Vec<ProcessingColumn>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct ProcessingColumn {
    pub column: String,
    pub personal: String,
    pub purpose: String,
    pub legal_basis: String,
    pub retention: String,
    pub who: String,
}

/// The records of processing (Art. 30), generated from the data map.
#[utoipa::path(get, path = "/api/v1/privacy/records", operation_id = "listProcessingRecords", tag = "register",
    responses((status = 200, body = Vec<ProcessingRecord>), (status = 401, body = Problem, content_type = P422),
        (status = 403, body = Problem, content_type = P422)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_processing_records() -> Json<Vec<ProcessingRecord>> {
    Json(
        register::records::records()
            .into_iter()
            .map(|r| ProcessingRecord {
                table: r.table,
                purpose: r.purpose,
                columns: r
                    .columns
                    .into_iter()
                    .map(|c| ProcessingColumn {
                        column: c.column,
                        personal: c.personal,
                        purpose: c.purpose,
                        legal_basis: c.legal_basis,
                        retention: c.retention,
                        who: c.who,
                    })
                    .collect(),
            })
            .collect(),
    )
}
