//! API of the group information modules: topics, venues, trainers, sessions,
//! registrations, check-in, rostering, trainer absence, surveys.

use crate::api::Problem;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{IdPath, JsonBody, QueryData};
use crate::sessions::{self, AbsenceOutcome, Pin, Plan};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use std::collections::HashMap;
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::rostering::Roster;
use welcomedesk_domain::sessions as rules;
use welcomedesk_domain::sessions::Status;
use welcomedesk_domain::{FieldError, Invalid, Role, text};
use welcomedesk_store::sessions::{
    CheckInWho, NewRegistration, NewTrainer, Registrant, RegistrationRow, SessionFilter, SessionRow, TopicText,
};

const PJ: &str = "application/problem+json";

fn date(field: &'static str, raw: &str) -> Result<jiff::civil::Date, FieldError> {
    raw.trim().parse().map_err(|_| FieldError::new(field, "invalid_date"))
}

fn opt_date(field: &'static str, raw: &Option<String>) -> Result<Option<jiff::civil::Date>, FieldError> {
    match raw.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => date(field, s).map(Some),
        None => Ok(None),
    }
}

fn is_staff(ctx: &Ctx) -> bool {
    ctx.role().is_some_and(|r| r != Role::Provider)
}

// ---- topics ----------------------------------------------------------------------

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangParams {
    /// The language of the texts (default: the request's language).
    #[serde(default)]
    lang: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct TopicResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub slug: String,
    pub title: String,
    pub description: String,
    /// The language the texts are in (English when the one asked for is missing).
    pub text_language: String,
}

/// The topics of the group information modules, in one language.
#[utoipa::path(get, path = "/api/v1/topics", operation_id = "listTopics", tag = "modules", params(LangParams),
    responses((status = 200, body = Vec<TopicResponse>), (status = 400, body = Problem, content_type = PJ)))]
pub(crate) async fn list_topics(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(p): QueryData<LangParams>,
) -> AppResult<Json<Vec<TopicResponse>>> {
    let lang = p.lang.unwrap_or_else(|| ctx.lang.code.to_owned());
    Ok(Json(
        state
            .store
            .list_topics(&lang)
            .await?
            .into_iter()
            .map(|t| TopicResponse {
                id: t.id,
                slug: t.slug,
                title: t.title,
                description: t.description,
                text_language: t.text_language,
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TopicTextRequest {
    pub language: String,
    pub title: String,
    pub description: String,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TopicRequest {
    /// Short stable name, a-z, 0-9 and hyphens.
    pub slug: String,
    /// At least English.
    pub texts: Vec<TopicTextRequest>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct Created {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
}

/// Adds a topic with its texts (coordinator).
#[utoipa::path(post, path = "/api/v1/topics", operation_id = "createTopic", tag = "modules", request_body = TopicRequest,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_topic(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(t): JsonBody<TopicRequest>,
) -> AppResult<(StatusCode, Json<Created>)> {
    let mut inv = Invalid::default();
    let slug = t.slug.trim().to_owned();
    if slug.is_empty()
        || slug.len() > 60
        || !slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        inv.push(FieldError::new("slug", "invalid_slug"));
    }
    let mut texts = vec![];
    for x in &t.texts {
        let l = inv.take(rules::parse_language("texts", &x.language));
        let title = inv.take(text::required_line("texts", &x.title, 120));
        let desc = inv.take(text::optional_text("texts", &x.description, 2000));
        if let (Some(l), Some(title), Some(desc)) = (l, title, desc) {
            texts.push((l, title, desc.unwrap_or_default()));
        }
    }
    if !texts.iter().any(|t| t.0 == "en") {
        inv.push(FieldError::new("texts", "english_required"));
    }
    inv.into_result()?;
    let texts: Vec<TopicText<'_>> =
        texts.iter().map(|(l, t, d)| TopicText { language: l, title: t, description: d }).collect();
    let id = state.store.insert_topic(&slug, &texts, ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

// ---- venues ----------------------------------------------------------------------

#[derive(serde::Serialize, ToSchema)]
pub struct RoomResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    pub capacity: i64,
}

#[derive(serde::Serialize, ToSchema)]
pub struct VenueResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    pub address: String,
    pub district: String,
    pub transit_advice: String,
    pub step_free: bool,
    pub childcare_possible: bool,
    pub rooms: Vec<RoomResponse>,
}

/// Where sessions take place.
#[utoipa::path(get, path = "/api/v1/venues", operation_id = "listVenues", tag = "modules",
    responses((status = 200, body = Vec<VenueResponse>)))]
pub(crate) async fn list_venues(State(state): State<AppState>) -> AppResult<Json<Vec<VenueResponse>>> {
    Ok(Json(
        state
            .store
            .list_venues()
            .await?
            .into_iter()
            .map(|v| VenueResponse {
                id: v.id,
                name: v.name,
                address: v.address,
                district: v.district,
                transit_advice: v.transit_advice,
                step_free: v.step_free,
                childcare_possible: v.childcare_possible,
                rooms: v.rooms.into_iter().map(|(id, name, capacity)| RoomResponse { id, name, capacity }).collect(),
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoomRequest {
    /// An existing room of the venue (when changing a venue): kept, renamed or resized.
    /// Without it the room is new.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub id: Option<uuid::Uuid>,
    pub name: String,
    pub capacity: i64,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VenueRequest {
    pub name: String,
    pub address: String,
    pub district: String,
    pub transit_advice: String,
    #[serde(default)]
    pub step_free: bool,
    #[serde(default)]
    pub childcare_possible: bool,
    /// All the venue's rooms. When changing a venue, a room left out is removed (refused
    /// while a session uses it).
    #[serde(default)]
    pub rooms: Vec<RoomRequest>,
}

/// The request checked by the domain's venue rules.
fn parse_venue(v: &VenueRequest) -> Result<welcomedesk_domain::sessions::Venue, Invalid> {
    let caps: Vec<String> = v.rooms.iter().map(|r| r.capacity.to_string()).collect();
    welcomedesk_domain::sessions::parse_venue(&welcomedesk_domain::sessions::VenueInput {
        name: &v.name,
        address: &v.address,
        district: &v.district,
        transit_advice: &v.transit_advice,
        step_free: v.step_free,
        childcare_possible: v.childcare_possible,
        rooms: v.rooms.iter().zip(&caps).map(|(r, c)| (r.id, r.name.as_str(), c.as_str())).collect(),
    })
}

/// Adds a venue with its rooms (coordinator).
#[utoipa::path(post, path = "/api/v1/venues", operation_id = "createVenue", tag = "modules", request_body = VenueRequest,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_venue(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(v): JsonBody<VenueRequest>,
) -> AppResult<(StatusCode, Json<Created>)> {
    if v.rooms.iter().any(|r| r.id.is_some()) {
        return Err(Invalid::one("rooms", "unknown_room").into());
    }
    let v = parse_venue(&v)?;
    let rooms: Vec<(&str, i64)> = v.rooms.iter().map(|r| (r.name.as_str(), r.capacity)).collect();
    let id = state.store.insert_venue(&crate::staff::modules::new_venue(&v), &rooms, ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

/// Changes a venue: address, transit advice, step-free access, childcare, district and
/// the whole list of rooms (coordinator). Refused with 409 and a code: `name_taken`,
/// `room_twice`, `unknown_room` (a room id of another venue), `room_in_use` (a room left
/// out that a session uses), `childcare_in_use` (childcare turned off while a planned or
/// published session there offers childcare places).
#[utoipa::path(put, path = "/api/v1/venues/{id}", operation_id = "updateVenue", tag = "modules",
    params(("id" = String, Path, format = Uuid)), request_body = VenueRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update_venue(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(v): JsonBody<VenueRequest>,
) -> AppResult<StatusCode> {
    let v = parse_venue(&v)?;
    let rooms: Vec<(Option<uuid::Uuid>, &str, i64)> =
        v.rooms.iter().map(|r| (r.id, r.name.as_str(), r.capacity)).collect();
    state.store.update_venue(id, &crate::staff::modules::new_venue(&v), &rooms, ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---- trainers --------------------------------------------------------------------

#[derive(serde::Serialize, ToSchema)]
pub struct TrainerResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    pub languages: Vec<String>,
    #[schema(value_type = Vec<String>)]
    pub topics: Vec<uuid::Uuid>,
    pub max_per_month: i64,
    pub fee_cents: i64,
    pub knows_origin_countries: String,
    pub active: bool,
}

/// The trainer pool (coordinator).
#[utoipa::path(get, path = "/api/v1/trainers", operation_id = "listTrainers", tag = "modules",
    responses((status = 200, body = Vec<TrainerResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_trainers(State(state): State<AppState>) -> AppResult<Json<Vec<TrainerResponse>>> {
    let today = jiff::Timestamp::now().to_zoned(state.tz()).date();
    Ok(Json(
        state
            .store
            .load_trainers(&today.to_string())
            .await?
            .into_iter()
            .map(|t| TrainerResponse {
                id: t.id,
                name: t.name,
                languages: t.languages,
                topics: t.topics,
                max_per_month: t.max_per_month,
                fee_cents: t.fee_cents,
                knows_origin_countries: t.knows_origin_countries,
                active: t.active,
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HoursRequest {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i64,
    /// HH:MM
    pub from: String,
    /// HH:MM (00:00 = until midnight)
    pub to: String,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainerRequest {
    pub name: String,
    #[serde(default)]
    pub email: Option<String>,
    pub languages: Vec<String>,
    #[schema(value_type = Vec<String>)]
    pub topics: Vec<uuid::Uuid>,
    pub max_per_month: i64,
    #[serde(default)]
    pub fee_cents: i64,
    /// Country codes, e.g. ["SY", "AF"].
    #[serde(default)]
    pub knows_origin_countries: Vec<String>,
    #[serde(default)]
    pub hours: Vec<HoursRequest>,
}

/// Adds a trainer to the pool (coordinator).
#[utoipa::path(post, path = "/api/v1/trainers", operation_id = "createTrainer", tag = "modules", request_body = TrainerRequest,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_trainer(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(t): JsonBody<TrainerRequest>,
) -> AppResult<(StatusCode, Json<Created>)> {
    let mut inv = Invalid::default();
    let name = inv.take(text::required_line("name", &t.name, 200));
    let email = match t.email.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(e) => inv.take(welcomedesk_domain::staff::Email::parse("email", e)).map(|e| Some(e.as_str().to_owned())),
        None => Some(None),
    };
    let mut langs = vec![];
    for l in &t.languages {
        if let Some(l) = inv.take(rules::parse_language("languages", l)) {
            langs.push(l);
        }
    }
    if langs.is_empty() {
        inv.push(FieldError::new("languages", "required"));
    }
    if !(0..=100).contains(&t.max_per_month) {
        inv.push(FieldError::with_limit("max_per_month", "too_large", 100));
    }
    if !(0..=10_000_000).contains(&t.fee_cents) {
        inv.push(FieldError::with_limit("fee_cents", "too_large", 10_000_000));
    }
    let mut countries = vec![];
    for c in &t.knows_origin_countries {
        match welcomedesk_domain::codes::CountryCode::parse("knows_origin_countries", c) {
            Ok(c) => countries.push(c.as_str().to_owned()),
            Err(e) => inv.push(e),
        }
    }
    let mut hours = vec![];
    for h in &t.hours {
        let from = h.from.trim().parse::<jiff::civil::Time>().ok();
        let to = h.to.trim().parse::<jiff::civil::Time>().ok();
        // `to` 00:00 means until midnight; otherwise the block must not be empty.
        let ok = (1..=7).contains(&h.weekday)
            && matches!((from, to), (Some(f), Some(t)) if f < t || t == jiff::civil::Time::midnight());
        if ok {
            hours.push((h.weekday, h.from.trim().to_owned(), h.to.trim().to_owned()));
        } else {
            inv.push(FieldError::new("hours", "invalid_time"));
        }
    }
    let known = state.store.list_topics("en").await?;
    if t.topics.iter().any(|x| !known.iter().any(|k| k.id == *x)) {
        inv.push(FieldError::new("topics", "unknown_topic"));
    }
    let (Some(name), Some(email)) = (name, email) else { return Err(inv.into()) };
    inv.into_result()?;
    let id = state
        .store
        .insert_trainer(
            &NewTrainer {
                name: &name,
                email: email.as_deref(),
                staff_id: None,
                max_per_month: t.max_per_month,
                fee_cents: t.fee_cents,
                knows_origin_countries: &countries.join(","),
                languages: &langs,
                topics: &t.topics,
                hours: &hours,
            },
            ctx.actor(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AbsenceRequest {
    /// YYYY-MM-DD
    pub date: String,
    /// sick, holiday or other
    #[serde(default)]
    pub reason: Option<String>,
}

/// Marks a trainer absent for a day: their sessions that day pass to the backup
/// trainer, a new backup is proposed by the rostering rules and set, and the people
/// registered are told by e-mail (coordinator).
#[utoipa::path(post, path = "/api/v1/trainers/{id}/absences", operation_id = "markTrainerAbsent", tag = "modules",
    params(("id" = String, Path, format = Uuid)), request_body = AbsenceRequest,
    responses((status = 200, body = AbsenceOutcome), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn mark_absent(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(a): JsonBody<AbsenceRequest>,
) -> AppResult<Json<AbsenceOutcome>> {
    let d = date("date", &a.date).map_err(Invalid::from)?;
    let reason = a.reason.as_deref().unwrap_or("sick").trim().to_owned();
    if !["sick", "holiday", "other"].contains(&reason.as_str()) {
        return Err(Invalid::one("reason", "invalid_choice").into());
    }
    Ok(Json(sessions::mark_absent(&state, id, d, &reason, ctx.actor()).await?))
}

// ---- sessions --------------------------------------------------------------------

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SessionParams {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    #[param(value_type = Option<String>, format = Uuid)]
    topic: Option<uuid::Uuid>,
    #[serde(default)]
    language: Option<String>,
    /// YYYY-MM-DD (city time), inclusive.
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
    /// Only Saturdays.
    #[serde(default)]
    saturday: Option<bool>,
    /// Only sessions with a free childcare place.
    #[serde(default)]
    childcare: Option<bool>,
    #[serde(default)]
    district: Option<String>,
    /// Staff only: planned, published, cancelled or held (default: published).
    #[serde(default)]
    status: Option<String>,
    /// 1 to 1000, default 200.
    #[serde(default)]
    limit: Option<i64>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct SessionResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    #[schema(value_type = String, format = Uuid)]
    pub topic_id: uuid::Uuid,
    pub topic_title: String,
    pub language: String,
    #[schema(value_type = String, format = Uuid)]
    pub venue_id: uuid::Uuid,
    pub venue_name: String,
    pub venue_address: String,
    pub district: String,
    pub transit_advice: String,
    pub step_free: bool,
    /// UTC, RFC 3339.
    pub starts_at: String,
    pub ends_at: String,
    /// The date in the city.
    pub date: String,
    pub capacity: i64,
    pub free_seats: i64,
    pub childcare_places: i64,
    pub childcare_free: i64,
    pub waiting: i64,
    pub status: String,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub trainer_id: Option<uuid::Uuid>,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub backup_trainer_id: Option<uuid::Uuid>,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub series_id: Option<uuid::Uuid>,
}

pub(crate) fn session_response(s: SessionRow, staff: bool) -> SessionResponse {
    SessionResponse {
        id: s.id,
        topic_id: s.topic_id,
        topic_title: s.topic_title,
        language: s.language,
        venue_id: s.venue_id,
        venue_name: s.venue_name,
        venue_address: s.venue_address,
        district: s.district,
        transit_advice: s.transit_advice,
        step_free: s.step_free,
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        date: s.starts_on,
        capacity: s.capacity,
        free_seats: s.free_seats,
        childcare_places: s.childcare_places,
        childcare_free: s.childcare_free,
        waiting: s.waiting,
        status: s.status,
        trainer_id: if staff { s.trainer_id } else { None },
        backup_trainer_id: if staff { s.backup_trainer_id } else { None },
        series_id: s.series_id,
    }
}

/// The calendar's filters from a query (shared with the public pages and the feed).
pub(crate) fn filter_from(
    topic: Option<uuid::Uuid>,
    language: Option<&str>,
    from: &Option<String>,
    to: &Option<String>,
    saturday: bool,
    childcare: bool,
    district: Option<&str>,
) -> Result<SessionFilter, Invalid> {
    let mut inv = Invalid::default();
    let language = match language.map(str::trim).filter(|s| !s.is_empty()) {
        Some(l) => inv.take(rules::parse_language("language", l)),
        None => None,
    };
    let from = inv.take(opt_date("from", from)).flatten();
    let to = inv.take(opt_date("to", to)).flatten();
    inv.into_result()?;
    Ok(SessionFilter {
        topic,
        language,
        from: from.map(|d| d.to_string()),
        to: to.map(|d| d.to_string()),
        saturday,
        childcare,
        district: district.map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned),
        statuses: vec![Status::Published],
        trainer: None,
        limit: 200,
    })
}

/// The calendar of sessions. The public sees published sessions; staff may ask for
/// another status.
#[utoipa::path(get, path = "/api/v1/sessions", operation_id = "listSessions", tag = "modules", params(SessionParams),
    responses((status = 200, body = Vec<SessionResponse>), (status = 400, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)))]
pub(crate) async fn list_sessions(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(p): QueryData<SessionParams>,
) -> AppResult<Json<Vec<SessionResponse>>> {
    let mut f = filter_from(
        p.topic,
        p.language.as_deref(),
        &p.from,
        &p.to,
        p.saturday.unwrap_or(false),
        p.childcare.unwrap_or(false),
        p.district.as_deref(),
    )?;
    let staff = is_staff(&ctx);
    if let Some(s) = p.status.as_deref().filter(|s| !s.trim().is_empty()) {
        let s = Status::parse("status", s).map_err(Invalid::from)?;
        if s != Status::Published && !staff {
            return Err(AppError::Forbidden);
        }
        f.statuses = vec![s];
    }
    f.limit = p.limit.unwrap_or(200).clamp(1, 1000);
    let lang = p.lang.unwrap_or_else(|| ctx.lang.code.to_owned());
    let rows = state.store.list_sessions(&f, &lang).await?;
    Ok(Json(rows.into_iter().map(|s| session_response(s, staff)).collect()))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SeriesRequest {
    /// First and last possible date, YYYY-MM-DD.
    pub from: String,
    pub to: String,
    /// 1 = Monday … 7 = Sunday (6 = Saturday).
    pub weekday: i64,
    /// 1 = every week, 2 = every second week, … 4.
    pub every_weeks: i64,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionRequest {
    #[schema(value_type = String, format = Uuid)]
    pub topic_id: uuid::Uuid,
    pub language: String,
    #[schema(value_type = String, format = Uuid)]
    pub venue_id: uuid::Uuid,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub room_id: Option<uuid::Uuid>,
    /// One session on this date (YYYY-MM-DD) …
    #[serde(default)]
    pub date: Option<String>,
    /// … or a series.
    #[serde(default)]
    pub series: Option<SeriesRequest>,
    /// City time, HH:MM.
    pub start: String,
    /// Default 120.
    #[serde(default)]
    pub minutes: Option<i64>,
    /// 20 to 50.
    pub capacity: i64,
    #[serde(default)]
    pub childcare_places: i64,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub trainer_id: Option<uuid::Uuid>,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub backup_trainer_id: Option<uuid::Uuid>,
    /// planned (default) or published.
    #[serde(default)]
    pub status: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct CreatedSessions {
    #[schema(value_type = Vec<String>)]
    pub ids: Vec<uuid::Uuid>,
}

/// Creates one session or a series (e.g. every second Saturday of a term), in one
/// transaction (coordinator).
#[utoipa::path(post, path = "/api/v1/sessions", operation_id = "createSession", tag = "modules", request_body = SessionRequest,
    responses((status = 201, body = CreatedSessions), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_session(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(r): JsonBody<SessionRequest>,
) -> AppResult<(StatusCode, Json<CreatedSessions>)> {
    let mut inv = Invalid::default();
    let language = inv.take(rules::parse_language("language", &r.language));
    let start =
        inv.take(r.start.trim().parse::<jiff::civil::Time>().map_err(|_| FieldError::new("start", "invalid_time")));
    let minutes = inv.take(rules::parse_minutes("minutes", &r.minutes.map(|m| m.to_string()).unwrap_or_default()));
    let capacity = inv.take(rules::parse_capacity("capacity", &r.capacity.to_string()));
    if !(0..=100).contains(&r.childcare_places) {
        inv.push(FieldError::with_limit("childcare_places", "too_large", 100));
    }
    let status = match r.status.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Some(Status::Planned),
        Some(s) => match Status::parse("status", s) {
            Ok(s @ (Status::Planned | Status::Published)) => Some(s),
            _ => {
                inv.push(FieldError::new("status", "invalid_choice"));
                None
            }
        },
    };
    let dates = match (&r.date, &r.series) {
        (Some(d), None) => inv.take(date("date", d)).map(|d| vec![d]),
        (None, Some(s)) => {
            let from = inv.take(date("from", &s.from));
            let to = inv.take(date("to", &s.to));
            let wd = inv.take(rules::parse_weekday("weekday", &s.weekday.to_string()));
            match (from, to, wd) {
                (Some(f), Some(t), Some(w)) => match rules::expand_series(f, t, w, s.every_weeks) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        inv.errors.extend(e.errors);
                        None
                    }
                },
                _ => None,
            }
        }
        _ => {
            inv.push(FieldError::new("date", "date_or_series_required"));
            None
        }
    };
    let (Some(language), Some(start), Some(minutes), Some(capacity), Some(status), Some(dates)) =
        (language, start, minutes, capacity, status, dates)
    else {
        return Err(inv.into());
    };
    inv.into_result()?;
    let plan = Plan {
        topic: r.topic_id,
        language,
        venue: r.venue_id,
        room: r.room_id,
        dates,
        start,
        minutes,
        capacity,
        childcare_places: r.childcare_places,
        trainer: r.trainer_id,
        backup: r.backup_trainer_id,
        status,
    };
    let ids = sessions::create(&state, &plan, ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(CreatedSessions { ids })))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusRequest {
    /// published, cancelled or held.
    pub status: String,
}

/// Publishes, cancels or closes a session (coordinator).
#[utoipa::path(post, path = "/api/v1/sessions/{id}/status", operation_id = "setSessionStatus", tag = "modules",
    params(("id" = String, Path, format = Uuid)), request_body = StatusRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn set_status(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(r): JsonBody<StatusRequest>,
) -> AppResult<StatusCode> {
    let s = Status::parse("status", &r.status).map_err(Invalid::from)?;
    state.store.set_session_status(id, s, ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---- registrations ---------------------------------------------------------------

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrationRequest {
    /// Staff only: a person of the register.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub person_id: Option<uuid::Uuid>,
    /// Without a record: the name as in the person's document …
    #[serde(default)]
    pub name: Option<String>,
    /// … and a phone (international format) and/or e-mail.
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// The language messages are written in (default: the request's language).
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub children_count: i64,
    /// Ages, e.g. "3, 5".
    #[serde(default)]
    pub children_ages: Option<String>,
    /// Instead of `name`/`phone`/`email`: the person's welcome passport number (any case,
    /// hyphen optional) together with `birth_date`; the registration goes on the holder's
    /// record when the number is in use and the date of birth is the holder's.
    #[serde(default)]
    pub passport_number: Option<String>,
    /// With `passport_number`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as on the passport.
    #[serde(default)]
    pub birth_date: Option<String>,
    /// The person agrees that their registration is kept for the modules (consent
    /// purpose `modules`, the forms' box; its text is `consent-modules-text` in the
    /// catalogues). Someone registering themselves sends `true`, or the request is
    /// refused (422, field `consent_modules`, code `consent_modules_required`); on a
    /// passport holder's record it is recorded with the registration. Staff send `true`
    /// when the person agreed now (recorded, given in person) — needed for a caller by
    /// contact details and for a person of the register without a live `modules`
    /// consent (422 `consent_modules_missing` otherwise).
    #[serde(default)]
    pub consent_modules: bool,
}

#[derive(serde::Serialize, ToSchema)]
pub struct RegistrationResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    /// confirmed or waiting
    pub status: String,
    pub position: i64,
    /// For people waiting: how many wait before them.
    pub waiting_before: i64,
}

/// Registers for a session: a seat when one is free, else the waiting list (never
/// overbooked). The public registers with a name and a phone or e-mail; staff may
/// register a person of the register by id.
#[utoipa::path(post, path = "/api/v1/sessions/{id}/registrations", operation_id = "registerForSession", tag = "modules",
    params(("id" = String, Path, format = Uuid)), request_body = RegistrationRequest,
    responses((status = 201, body = RegistrationResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)))]
pub(crate) async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(r): JsonBody<RegistrationRequest>,
) -> AppResult<(StatusCode, Json<RegistrationResponse>)> {
    let mut inv = Invalid::default();
    let self_service = !is_staff(&ctx);
    // Whose registration, and for the consent: whether a person of the register holds
    // a live `modules` consent (`None`: a caller by contact details, or a self-service
    // holder whose form carries it) and the language its text was read in.
    let mut live: Option<bool> = None;
    let mut text_language: Option<String> = None;
    let mut person_consent = |p: welcomedesk_store::register::PersonRecord| {
        live = Some(p.has_consent(welcomedesk_domain::consent::Purpose::Modules));
        text_language = Some(p.document_language);
    };
    let registrant = match r.person_id {
        Some(p) => {
            if !ctx.role().is_some_and(|r| {
                matches!(r, Role::Coordinator | Role::Counsellor | Role::Desk | Role::DeskLead | Role::Clerk)
            }) {
                return Err(AppError::Forbidden);
            }
            // The person must exist; reading them is audited.
            person_consent(state.store.read_person(p, ctx.actor(), "person.read").await?);
            Some(Registrant::Person(p))
        }
        None if r.passport_number.as_deref().is_some_and(|p| !p.trim().is_empty()) => {
            let number =
                welcomedesk_domain::passport::PassportNumber::parse_field(r.passport_number.as_deref().unwrap_or(""));
            let birth = welcomedesk_domain::register::BirthDate::parse_iso(
                "birth_date",
                r.birth_date.as_deref().unwrap_or(""),
                state.today(),
            );
            match (number, birth) {
                (Ok(n), Ok(birth)) => match state.store.passport_holder(&n, ctx.actor()).await? {
                    Some(h)
                        if welcomedesk_domain::passport::self_registration_holder_ok(h.valid, &h.birth_date, birth) =>
                    {
                        if !self_service {
                            person_consent(state.store.read_person(h.person_id, ctx.actor(), "person.read").await?);
                        }
                        Some(Registrant::Person(h.person_id))
                    }
                    _ => {
                        inv.push(FieldError::new(
                            welcomedesk_domain::passport::PassportNumber::FIELD,
                            "registration_passport",
                        ));
                        None
                    }
                },
                (n, b) => {
                    inv.errors.extend(n.err());
                    inv.errors.extend(b.err());
                    None
                }
            }
        }
        None => match rules::parse_contact(
            r.name.as_deref().unwrap_or(""),
            r.phone.as_deref().unwrap_or(""),
            r.email.as_deref().unwrap_or(""),
        ) {
            Ok(c) => Some(Registrant::Contact { name: c.name, phone: c.phone, email: c.email }),
            Err(e) => {
                inv.errors.extend(e.errors);
                None
            }
        },
    };
    let children = match rules::parse_children(&r.children_count.to_string(), r.children_ages.as_deref().unwrap_or(""))
    {
        Ok(c) => Some(c),
        Err(e) => {
            inv.errors.extend(e.errors);
            None
        }
    };
    let language = match r.language.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(l) if welcomedesk_i18n::LANGUAGES.iter().any(|x| x.code == l) => Some(l.to_owned()),
        Some(_) => {
            inv.push(FieldError::new("language", "unknown_language"));
            None
        }
        None => Some(ctx.lang.code.to_owned()),
    };
    // The registration's own consent (purpose `modules`), as on the forms: a person
    // registering themselves ticks it (the registration keeps it, and a passport holder's
    // record gets it, in one transaction: a refused registration records none); staff
    // need a person's live one or say that the person agrees now.
    let consent = if self_service {
        if !r.consent_modules {
            inv.push(FieldError::new("consent_modules", "consent_required"));
        }
        language.as_deref().map(welcomedesk_domain::passport::self_registration_consent)
    } else {
        let text = text_language.or_else(|| language.clone()).unwrap_or_default();
        match rules::staff_registration_consent(live, r.consent_modules, &text) {
            Ok(c) => c,
            Err(e) => {
                inv.push(e);
                None
            }
        }
    };
    let (Some(registrant), Some(children), Some(language), true) = (registrant, children, language, inv.is_empty())
    else {
        let inv = if self_service { welcomedesk_domain::consent::addressed_to_self(inv) } else { inv };
        return Err(inv.into());
    };
    let via = if self_service { "public" } else { "staff" };
    let reg = state
        .store
        .register_for_session_with_consent(
            id,
            &NewRegistration {
                registrant,
                language,
                children_count: children.count,
                children_ages: children.ages,
                via,
                cancel_token_hash: None,
            },
            consent.as_ref(),
            ctx.actor(),
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(RegistrationResponse {
            id: reg.id,
            status: reg.status.as_str().to_owned(),
            position: reg.position,
            waiting_before: reg.waiting_before,
        }),
    ))
}

#[derive(serde::Serialize, ToSchema)]
pub struct CancelResponse {
    /// The registration that moved up from the waiting list, if any.
    #[schema(value_type = Option<String>, format = Uuid)]
    pub promoted: Option<uuid::Uuid>,
    /// Whether they were told by e-mail (they have an address).
    pub promoted_told: bool,
}

/// Cancels a registration; a freed seat goes at once to the first person waiting
/// (whose children fit the free childcare places), who is told (staff).
#[utoipa::path(post, path = "/api/v1/registrations/{id}/cancel", operation_id = "cancelRegistration", tag = "modules",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = CancelResponse), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn cancel_registration(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<Json<CancelResponse>> {
    let compose = sessions::compose_promoted(&state);
    let c = state.store.cancel_registration(id, Some(&compose), ctx.actor()).await?;
    Ok(Json(CancelResponse { promoted: c.promoted, promoted_told: c.promoted_told }))
}

#[derive(serde::Serialize, ToSchema)]
pub struct RegistrationListItem {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub person_id: Option<uuid::Uuid>,
    pub name: Option<String>,
    pub status: String,
    pub position: i64,
    pub children_count: i64,
    pub children_ages: Option<String>,
    pub checked_in: bool,
}

pub(crate) fn registration_item(r: RegistrationRow) -> RegistrationListItem {
    RegistrationListItem {
        id: r.id,
        person_id: r.person_id,
        name: r.name,
        status: r.status,
        position: r.position,
        children_count: r.children_count,
        children_ages: r.children_ages,
        checked_in: r.checked_in,
    }
}

/// A session's registrations and waiting list in arrival order (staff; audited).
#[utoipa::path(get, path = "/api/v1/sessions/{id}/registrations", operation_id = "listRegistrations", tag = "modules",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 200, body = Vec<RegistrationListItem>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_registrations(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<Json<Vec<RegistrationListItem>>> {
    crate::staff::modules::ensure_may_open(&state, &ctx, id).await?;
    let rows = state.store.list_registrations(id).await?;
    state
        .store
        .audit(&welcomedesk_domain::audit::AuditEvent::new(ctx.actor(), "registration.list", "session").on(id))
        .await?;
    Ok(Json(rows.into_iter().map(registration_item).collect()))
}

// ---- attendance ------------------------------------------------------------------

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckInRequest {
    /// One of: a registration of this session …
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub registration_id: Option<uuid::Uuid>,
    /// … a person of the register …
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub person_id: Option<uuid::Uuid>,
    /// … a welcome passport: its number as printed, or the token of its QR code
    /// (`WDP1.…`, signature checked) …
    #[serde(default)]
    pub passport: Option<String>,
    /// … or a walk-in's name (and phone).
    #[serde(default)]
    pub walk_in_name: Option<String>,
    #[serde(default)]
    pub walk_in_phone: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct CheckInResponse {
    #[schema(value_type = String, format = Uuid)]
    pub attendance_id: uuid::Uuid,
    /// False when they were already checked in (nothing changed).
    pub new: bool,
}

/// Checks a participant in; twice is once (trainer, staff).
#[utoipa::path(post, path = "/api/v1/sessions/{id}/attendance", operation_id = "checkIn", tag = "modules",
    params(("id" = String, Path, format = Uuid)), request_body = CheckInRequest,
    responses((status = 200, body = CheckInResponse), (status = 201, body = CheckInResponse),
        (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn check_in(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(c): JsonBody<CheckInRequest>,
) -> AppResult<(StatusCode, Json<CheckInResponse>)> {
    crate::staff::modules::ensure_may_open(&state, &ctx, id).await?;
    let person = match c.passport.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(_) if c.person_id.is_some() => return Err(Invalid::one("passport", "one_of_required").into()),
        Some(p) => Some(sessions::passport_person(&state, "passport", p, ctx.actor()).await??),
        None => c.person_id,
    };
    let who = check_in_who(c.registration_id, person, c.walk_in_name.as_deref(), c.walk_in_phone.as_deref())?;
    let r = state.store.check_in(id, &who, ctx.actor()).await?;
    let status = if r.new { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(CheckInResponse { attendance_id: r.attendance_id, new: r.new })))
}

pub(crate) fn check_in_who(
    registration: Option<uuid::Uuid>,
    person: Option<uuid::Uuid>,
    name: Option<&str>,
    phone: Option<&str>,
) -> Result<CheckInWho, Invalid> {
    let name = name.map(str::trim).filter(|s| !s.is_empty());
    match (registration, person, name) {
        (Some(r), None, None) => Ok(CheckInWho::Registration(r)),
        (None, Some(p), None) => Ok(CheckInWho::Person(p)),
        (None, None, Some(n)) => {
            let mut inv = Invalid::default();
            let n = inv.take(text::required_line("walk_in_name", n, 200));
            let phone = match phone.map(str::trim).filter(|s| !s.is_empty()) {
                Some(p) => inv.take(welcomedesk_domain::settings::parse_phone("walk_in_phone", p)).map(Some),
                None => Some(None),
            };
            match (n, phone) {
                (Some(n), Some(phone)) => {
                    let key = rules::walk_in_key(&n, phone.as_deref());
                    Ok(CheckInWho::WalkIn { name: n, phone, key })
                }
                _ => Err(inv),
            }
        }
        _ => Err(Invalid::one("registration_id", "one_of_required")),
    }
}

// ---- rostering -------------------------------------------------------------------

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PinRequest {
    #[schema(value_type = String, format = Uuid)]
    pub session_id: uuid::Uuid,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub trainer_id: Option<uuid::Uuid>,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub backup_trainer_id: Option<uuid::Uuid>,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SolveRequest {
    /// The term: YYYY-MM-DD to YYYY-MM-DD (planned and published sessions).
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub pins: Vec<PinRequest>,
    /// Write the roster to the sessions (default false: only show it).
    #[serde(default)]
    pub apply: bool,
}

#[derive(serde::Serialize, ToSchema)]
pub struct SolveResponse {
    /// The roster: assignments, uncovered roles with reasons, rejected pins.
    #[schema(value_type = Object)]
    pub roster: Roster,
    /// Whether it was written to the sessions.
    pub applied: bool,
}

/// Assigns each session of a term a trainer and a backup who speak its language, know
/// its topic and are available, fairly and within monthly limits, keeping feasible
/// pins; explains what cannot be covered (coordinator).
#[utoipa::path(post, path = "/api/v1/rostering/solve", operation_id = "solveRoster", tag = "modules", request_body = SolveRequest,
    responses((status = 200, body = SolveResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn solve_roster(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(r): JsonBody<SolveRequest>,
) -> AppResult<Json<SolveResponse>> {
    let mut inv = Invalid::default();
    let from = inv.take(date("from", &r.from));
    let to = inv.take(date("to", &r.to));
    let (Some(from), Some(to)) = (from, to) else { return Err(inv.into()) };
    if to < from || (to - from).get_days() > 400 {
        return Err(Invalid::one("to", "invalid_range").into());
    }
    let pins: HashMap<uuid::Uuid, Pin> =
        r.pins.iter().map(|p| (p.session_id, Pin { trainer: p.trainer_id, backup: p.backup_trainer_id })).collect();
    let (_, _, _, roster) = sessions::solve(&state, from, to, &pins).await?;
    if r.apply {
        let a: Vec<_> = roster.assignments.iter().map(|a| (a.session, a.trainer, a.backup)).collect();
        state.store.assign_trainers(&a, ctx.actor()).await?;
    }
    Ok(Json(SolveResponse { roster, applied: r.apply }))
}

// ---- survey ----------------------------------------------------------------------

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SurveyRequest {
    /// 1 (not at all) to 5 (very).
    pub satisfied: i64,
    pub helped: bool,
    pub recommend: bool,
    #[serde(default)]
    pub missing_topic: Option<String>,
    /// The language the answer was given in.
    #[serde(default)]
    pub language: Option<String>,
}

/// An anonymous answer to the survey of a session (the token is on the handout).
#[utoipa::path(post, path = "/api/v1/surveys/{token}", operation_id = "submitSurvey", tag = "modules",
    params(("token" = String, Path)), request_body = SurveyRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)))]
pub(crate) async fn submit_survey(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    JsonBody(r): JsonBody<SurveyRequest>,
) -> AppResult<StatusCode> {
    let s = state.store.session_by_survey_token(&token, "en").await?;
    let answer = rules::parse_survey(
        &r.satisfied.to_string(),
        if r.helped { "yes" } else { "no" },
        if r.recommend { "yes" } else { "no" },
        r.missing_topic.as_deref().unwrap_or(""),
    )?;
    let lang = match r.language.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(l) => rules::parse_language("language", l).map_err(Invalid::from)?,
        None => ctx.lang.code.to_owned(),
    };
    state.store.submit_survey(s.id, &lang, &answer).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Serialize, ToSchema)]
pub struct TopicRequestCount {
    pub language: String,
    pub topic: String,
    pub count: i64,
}

/// What participants say is missing, counted per language (coordinator).
#[utoipa::path(get, path = "/api/v1/topic-requests", operation_id = "listTopicRequests", tag = "modules",
    responses((status = 200, body = Vec<TopicRequestCount>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_topic_requests(State(state): State<AppState>) -> AppResult<Json<Vec<TopicRequestCount>>> {
    Ok(Json(
        state
            .store
            .topic_requests(500)
            .await?
            .into_iter()
            .map(|(language, topic, count)| TopicRequestCount { language, topic, count })
            .collect(),
    ))
}
