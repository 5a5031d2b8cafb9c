//! API of the course catalogue and the finder (issue 12): the public list of current
//! courses (listCourses), the finder (findCourses: the ranked short list with the
//! reasons as codes and plain words), and a provider's own course (upsertCourse, the
//! coordinator for any provider).

use crate::api::Problem;
use crate::courses::public::{ListFilters, cursor_of, parse_cursor};
use crate::courses::{catalogue, provider_names, reason_text};
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{JsonBody, QueryData};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::courses::{
    self as rules, Availability, Course, CourseData, CourseInput, LevelNow, Needs, Script, TargetGroup,
};
use welcomedesk_domain::vouchers::may_see_provider;
use welcomedesk_domain::{FieldError, Invalid};

const PJ: &str = "application/problem+json";

/// A course of the catalogue.
#[derive(serde::Serialize, ToSchema)]
pub struct CourseItem {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    #[schema(value_type = String, format = Uuid)]
    pub provider_id: uuid::Uuid,
    pub provider_name: String,
    pub title: String,
    /// The language taught (ISO 639-1).
    pub language: String,
    /// A1–C2.
    pub level: String,
    /// standard, literacy or second_script.
    pub kind: String,
    /// YYYY-MM-DD.
    pub starts_on: String,
    pub ends_on: Option<String>,
    /// ISO weekday numbers, 1 = Monday.
    pub weekdays: Vec<u8>,
    /// Local time HH:MM.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub place: String,
    pub district: String,
    pub transit: Option<String>,
    pub price_cents: i64,
    pub voucher_accepted: bool,
    pub childcare: bool,
    /// all, women, youth or parents.
    pub target_group: String,
    /// Free seats as last told; absent when the provider did not say.
    pub seats_left: Option<i64>,
    pub explain_languages: Vec<String>,
    pub how_to_enrol: Option<String>,
    /// The provider takes seat reservations from the service's staff (reserveSeat).
    pub reservations_allowed: bool,
    /// YYYY-MM-DD: the provider's last confirmation.
    pub updated_on: String,
}

fn item(c: &Course, providers: &BTreeMap<uuid::Uuid, String>) -> CourseItem {
    let hm = |t: Option<jiff::civil::Time>| t.map(|t| format!("{:02}:{:02}", t.hour(), t.minute()));
    CourseItem {
        id: c.id,
        provider_id: c.provider_id,
        provider_name: providers.get(&c.provider_id).cloned().unwrap_or_default(),
        title: c.title.clone(),
        language: c.language.clone(),
        level: c.level.as_str().to_owned(),
        kind: c.kind.as_str().to_owned(),
        starts_on: c.starts_on.to_string(),
        ends_on: c.ends_on.map(|d| d.to_string()),
        weekdays: (1..=7u8).filter(|d| c.weekdays.has(*d)).collect(),
        starts_at: hm(c.starts_at),
        ends_at: hm(c.ends_at),
        place: c.place.clone(),
        district: c.district.clone(),
        transit: c.transit.clone(),
        price_cents: c.price_cents,
        voucher_accepted: c.voucher_accepted,
        childcare: c.childcare,
        target_group: c.target_group.as_str().to_owned(),
        seats_left: c.seats_left,
        explain_languages: c.explain_languages.clone(),
        how_to_enrol: c.how_to_enrol.clone(),
        reservations_allowed: c.reservations_allowed,
        updated_on: c.updated_on.to_string(),
    }
}

#[derive(serde::Serialize, ToSchema)]
pub struct CoursePage {
    pub items: Vec<CourseItem>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListParams {
    /// The language taught (ISO 639-1).
    #[serde(default)]
    language: Option<String>,
    /// A1–C2.
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    district: Option<String>,
    /// standard, literacy or second_script.
    #[serde(default)]
    kind: Option<String>,
    /// Only courses the city's voucher pays.
    #[serde(default)]
    voucher_accepted: Option<bool>,
    #[serde(default)]
    childcare: Option<bool>,
    /// 1–500, default 100.
    #[serde(default)]
    limit: Option<i64>,
    #[serde(default)]
    cursor: Option<String>,
}

/// The current courses (not started, not full, recently confirmed, approved provider),
/// by start date (public).
#[utoipa::path(get, path = "/api/v1/courses", operation_id = "listCourses", tag = "courses", params(ListParams),
    responses((status = 200, body = CoursePage), (status = 400, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)))]
pub(crate) async fn list(
    State(state): State<AppState>,
    QueryData(q): QueryData<ListParams>,
) -> AppResult<Json<CoursePage>> {
    let limit = q.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(Invalid::one("limit", "invalid_choice").into());
    }
    let f = ListFilters {
        language: q.language.unwrap_or_default(),
        level: q.level.unwrap_or_default(),
        district: q.district.unwrap_or_default(),
        kind: q.kind.unwrap_or_default(),
        voucher: q.voucher_accepted.filter(|v| *v).map(|_| "yes".to_owned()),
        childcare: q.childcare.filter(|v| *v).map(|_| "yes".to_owned()),
        after: String::new(),
    };
    let (filter, _) = f.parse()?;
    let after = match q.cursor.as_deref() {
        None | Some("") => None,
        Some(c) => Some(parse_cursor(c).ok_or_else(|| Invalid::one("cursor", "invalid_choice"))?),
    };
    let snap = catalogue::snapshot(&state).await?;
    let mut rows = catalogue::list(&snap, &filter, state.today(), after, limit + 1);
    let more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = if more { rows.last().map(|c| cursor_of(c)) } else { None };
    Ok(Json(CoursePage { items: rows.iter().map(|c| item(c, &snap.providers)).collect(), next_cursor }))
}

/// The finder's answers. Everything is optional: an empty body finds beginners' courses.
#[derive(serde::Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct MatchRequest {
    /// The language to learn (ISO 639-1); any when absent.
    #[serde(default)]
    pub language: Option<String>,
    /// The level now: `unknown` (default), `a0` (beginner), `a1` … `c2`.
    #[serde(default)]
    pub level: Option<String>,
    /// Reads the Latin alphabet: `latin`, `other_script`, `learning`, or absent.
    #[serde(default)]
    pub script: Option<String>,
    /// Where the person lives.
    #[serde(default)]
    pub district: Option<String>,
    /// When the person can attend: any of `mornings`, `afternoons`, `evenings`,
    /// `weekends`; empty = any time.
    #[serde(default)]
    pub available: Vec<String>,
    #[serde(default)]
    pub childcare: bool,
    #[serde(default)]
    pub has_voucher: bool,
    /// Target groups the person asks for: `women`, `youth`, `parents`.
    #[serde(default)]
    pub groups: Vec<String>,
    /// Languages the person speaks (ISO 639-1), for teachers who explain in them.
    #[serde(default)]
    pub speaks: Vec<String>,
    /// How many courses (1–20, default 5).
    #[serde(default)]
    pub limit: Option<usize>,
}

/// One reason of a course's score.
#[derive(serde::Serialize, ToSchema)]
pub struct ReasonItem {
    /// Stable code, e.g. `level_next`, `in_district`, `no_childcare`.
    pub code: String,
    pub points: i32,
    /// In plain words, in the request's language.
    pub text: String,
}

#[derive(serde::Serialize, ToSchema)]
pub struct MatchItem {
    pub course: CourseItem,
    /// The sum of the reasons' points.
    pub score: i32,
    pub reasons: Vec<ReasonItem>,
}

fn needs_of(r: &MatchRequest) -> Result<(Needs, usize), Invalid> {
    let mut inv = Invalid::default();
    let level = inv.take(LevelNow::parse("level", r.level.as_deref().unwrap_or("")));
    let script = inv.take(Script::parse("script", r.script.as_deref().unwrap_or("")));
    let language = match r.language.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(l) => {
            inv.take(welcomedesk_domain::codes::LanguageCode::parse("language", l)).map(|c| c.as_str().to_owned())
        }
    };
    let mut a = Availability::default();
    for x in &r.available {
        match x.as_str() {
            "mornings" => a.mornings = true,
            "afternoons" => a.afternoons = true,
            "evenings" => a.evenings = true,
            "weekends" => a.weekends = true,
            _ => inv.push(FieldError::new("available", "invalid_choice")),
        }
    }
    let mut groups = Vec::new();
    for g in &r.groups {
        match TargetGroup::parse("groups", g) {
            Ok(TargetGroup::All) | Err(_) => inv.push(FieldError::new("groups", "invalid_choice")),
            Ok(g) => groups.push(g),
        }
    }
    let mut speaks = Vec::new();
    for s in &r.speaks {
        if let Some(c) = inv.take(welcomedesk_domain::codes::LanguageCode::parse("speaks", s)) {
            speaks.push(c.as_str().to_owned());
        }
    }
    let district = r.district.as_deref().map(str::trim).filter(|d| !d.is_empty()).map(str::to_owned);
    if district.as_ref().is_some_and(|d| d.chars().count() > 100) {
        inv.push(FieldError::with_limit("district", "too_long", 100));
    }
    let limit = r.limit.unwrap_or(rules::SHORT_LIST);
    if !(1..=20).contains(&limit) {
        inv.push(FieldError::new("limit", "invalid_choice"));
    }
    inv.into_result()?;
    Ok((
        Needs {
            language,
            level: level.unwrap_or(LevelNow::Unknown),
            script: script.unwrap_or(Script::Unknown),
            district,
            near_districts: Vec::new(),
            availability: a,
            childcare: r.childcare,
            has_voucher: r.has_voucher,
            voucher: None,
            groups,
            speaks,
        },
        limit,
    ))
}

/// The finder: the current courses that fit the answers, best first, each with the
/// reasons of its score in plain words (public; counsellors use it for a person).
#[utoipa::path(post, path = "/api/v1/courses/match", operation_id = "findCourses", tag = "courses", request_body = MatchRequest,
    responses((status = 200, body = Vec<MatchItem>), (status = 400, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)))]
pub(crate) async fn find(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(r): JsonBody<MatchRequest>,
) -> AppResult<Json<Vec<MatchItem>>> {
    let (needs, limit) = needs_of(&r)?;
    let snap = catalogue::snapshot(&state).await?;
    let today = state.today();
    let needs = catalogue::with_neighbours(&snap, needs);
    let cands = catalogue::candidates(&snap, needs.language.as_deref(), &rules::candidate_levels(&needs), today);
    let lang = ctx.lang.code;
    let out = rules::rank(cands, &needs, today, snap.stamp.stale_after_days, limit)
        .iter()
        .map(|m| MatchItem {
            course: item(m.course, &snap.providers),
            score: m.score,
            reasons: m
                .reasons
                .iter()
                .map(|x| ReasonItem {
                    code: x.code().to_owned(),
                    points: x.points(),
                    text: reason_text(&state, lang, x),
                })
                .collect(),
        })
        .collect();
    Ok(Json(out))
}

/// A course as the provider keeps it.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CourseBody {
    pub title: String,
    /// The language taught (ISO 639-1), e.g. `de`.
    pub language: String,
    /// A1–C2 (literacy and second-script courses: A1).
    pub level: String,
    /// standard (default), literacy or second_script.
    #[serde(default)]
    pub kind: Option<String>,
    /// YYYY-MM-DD.
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: Option<String>,
    /// ISO weekday numbers, 1 = Monday.
    #[serde(default)]
    pub weekdays: Vec<u8>,
    /// HH:MM local time.
    #[serde(default)]
    pub starts_at: Option<String>,
    #[serde(default)]
    pub ends_at: Option<String>,
    pub place: String,
    #[serde(default)]
    pub district: Option<String>,
    #[serde(default)]
    pub transit: Option<String>,
    /// The price, e.g. `150.00`.
    pub price: String,
    #[serde(default)]
    pub voucher_accepted: bool,
    #[serde(default)]
    pub childcare: bool,
    /// all (default), women, youth or parents.
    #[serde(default)]
    pub target_group: Option<String>,
    /// Free seats now; 0 = full (leaves the public list); absent = not told.
    #[serde(default)]
    pub seats_left: Option<i64>,
    #[serde(default)]
    pub explain_languages: Vec<String>,
    #[serde(default)]
    pub how_to_enrol: Option<String>,
    /// The provider takes seat reservations from the service's staff on this course
    /// (default false); needs `seats_left`. A reservation takes a seat at once.
    #[serde(default)]
    pub reservations_allowed: bool,
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub(crate) struct CoursePath {
    /// The provider.
    id: String,
    /// The course's id, chosen by the caller (a UUID) on creation.
    course_id: String,
}

/// Creates or replaces a course of a provider under the given id (idempotent). A
/// provider account keeps its own courses only; the coordinator any provider's. Every
/// save confirms the course (it stays in the public view for the stale window).
#[utoipa::path(put, path = "/api/v1/providers/{id}/courses/{course_id}", operation_id = "upsertCourse", tag = "courses",
    params(CoursePath), request_body = CourseBody,
    responses((status = 200, body = CourseItem, description = "replaced"), (status = 201, body = CourseItem, description = "created"),
        (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn upsert(
    State(state): State<AppState>,
    me: SignedIn,
    Path(p): Path<CoursePath>,
    JsonBody(b): JsonBody<CourseBody>,
) -> AppResult<(StatusCode, Json<CourseItem>)> {
    let provider = uuid::Uuid::parse_str(&p.id).map_err(|_| AppError::NotFound)?;
    let course_id = uuid::Uuid::parse_str(&p.course_id).map_err(|_| AppError::NotFound)?;
    if !may_see_provider(me.0.role(), me.0.user.provider_id, provider) {
        return Err(AppError::NotFound);
    }
    let input = CourseInput {
        title: b.title,
        language: b.language,
        level: b.level,
        kind: b.kind.unwrap_or_default(),
        starts_on: b.starts_on,
        ends_on: b.ends_on.unwrap_or_default(),
        weekdays: b.weekdays.iter().map(|d| d.to_string()).collect(),
        starts_at: b.starts_at.unwrap_or_default(),
        ends_at: b.ends_at.unwrap_or_default(),
        place: b.place,
        district: b.district.unwrap_or_default(),
        transit: b.transit.unwrap_or_default(),
        price: b.price,
        voucher_accepted: b.voucher_accepted,
        childcare: b.childcare,
        target_group: b.target_group.unwrap_or_default(),
        seats_left: b.seats_left.map(|n| n.to_string()).unwrap_or_default(),
        explain_languages: b.explain_languages.join(","),
        how_to_enrol: b.how_to_enrol.unwrap_or_default(),
        reservations_allowed: b.reservations_allowed,
    };
    let data = CourseData::parse(&input)?;
    let (c, created) = state.store.upsert_course(provider, course_id, &data, Some(me.0.id())).await?;
    state.catalogue.invalidate();
    let providers = provider_names(&state).await?;
    Ok((if created { StatusCode::CREATED } else { StatusCode::OK }, Json(item(&c, &providers))))
}

// --- seat reservations -----------------------------------------------------------------

/// A seat reservation with a provider.
#[derive(serde::Serialize, ToSchema)]
pub struct ReservationItem {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    #[schema(value_type = String, format = Uuid)]
    pub course_id: uuid::Uuid,
    pub course_title: String,
    /// YYYY-MM-DD.
    pub course_starts_on: String,
    #[schema(value_type = String, format = Uuid)]
    pub provider_id: uuid::Uuid,
    pub provider_name: String,
    #[schema(value_type = String, format = Uuid)]
    pub person_id: uuid::Uuid,
    /// requested, confirmed, declined or cancelled.
    pub status: String,
    pub requested_at: String,
    pub answered_at: Option<String>,
}

fn reservation_item(r: &welcomedesk_store::reservations::Reservation) -> ReservationItem {
    ReservationItem {
        id: r.id,
        course_id: r.course_id,
        course_title: r.course_title.clone(),
        course_starts_on: r.course_starts_on.clone(),
        provider_id: r.provider_id,
        provider_name: r.provider_name.clone(),
        person_id: r.person_id,
        status: r.status.as_str().to_owned(),
        requested_at: r.requested_at.clone(),
        answered_at: r.answered_at.clone(),
    }
}

/// A reservation as its provider sees it: the person's name, date of birth and contact
/// (what enrolment needs), nothing else of the register.
#[derive(serde::Serialize, ToSchema)]
pub struct ProviderReservationItem {
    pub reservation: ReservationItem,
    pub full_name: String,
    pub latin_name: Option<String>,
    pub birth_year: i64,
    pub birth_month: Option<i64>,
    pub birth_day: Option<i64>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReserveBody {
    /// The course (its provider must allow reservations and have a seat left).
    #[schema(value_type = String, format = Uuid)]
    pub course_id: String,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReservationStatusBody {
    /// confirmed or declined (the provider), cancelled (the service's staff).
    pub status: String,
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub(crate) struct IdOnly {
    /// A UUID.
    id: String,
}

/// Reserves a seat for a person on a course whose provider allows it (the person must
/// have consented to the profile). The seat is taken at once; 409 `course_full`,
/// `reservations_not_allowed`, `course_started`, `no_profile_consent` or
/// `already_reserved` change nothing.
#[utoipa::path(post, path = "/api/v1/people/{id}/reservations", operation_id = "reserveSeat", tag = "courses",
    params(IdOnly), request_body = ReserveBody,
    responses((status = 201, body = ReservationItem), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn reserve_seat(
    State(state): State<AppState>,
    me: SignedIn,
    Path(p): Path<IdOnly>,
    JsonBody(b): JsonBody<ReserveBody>,
) -> AppResult<(StatusCode, Json<ReservationItem>)> {
    let person = uuid::Uuid::parse_str(&p.id).map_err(|_| AppError::NotFound)?;
    let course = uuid::Uuid::parse_str(b.course_id.trim())
        .map_err(|_| AppError::Invalid(Invalid::one("course_id", "invalid_choice")))?;
    let r = crate::courses::reservations::reserve_for(&state, person, course, me.0.id()).await?;
    Ok((StatusCode::CREATED, Json(reservation_item(&r))))
}

/// A person's seat reservations, newest first.
#[utoipa::path(get, path = "/api/v1/people/{id}/reservations", operation_id = "listPersonReservations", tag = "courses",
    params(IdOnly),
    responses((status = 200, body = [ReservationItem]), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn person_reservations(
    State(state): State<AppState>,
    me: SignedIn,
    Path(p): Path<IdOnly>,
) -> AppResult<Json<Vec<ReservationItem>>> {
    let person = uuid::Uuid::parse_str(&p.id).map_err(|_| AppError::NotFound)?;
    state.store.read_person(person, Some(me.0.id()), "person.read").await?;
    Ok(Json(state.store.person_reservations(person).await?.iter().map(reservation_item).collect()))
}

/// The reservations on a provider's courses (a provider account: its own only), open
/// ones first.
#[utoipa::path(get, path = "/api/v1/providers/{id}/reservations", operation_id = "listCourseReservations", tag = "courses",
    params(IdOnly),
    responses((status = 200, body = [ProviderReservationItem]), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn provider_reservations(
    State(state): State<AppState>,
    me: SignedIn,
    Path(p): Path<IdOnly>,
) -> AppResult<Json<Vec<ProviderReservationItem>>> {
    let provider = uuid::Uuid::parse_str(&p.id).map_err(|_| AppError::NotFound)?;
    if !may_see_provider(me.0.role(), me.0.user.provider_id, provider) {
        return Err(AppError::NotFound);
    }
    let rows = state.store.provider_reservations(Some(provider)).await?;
    Ok(Json(
        rows.iter()
            .map(|r| ProviderReservationItem {
                reservation: reservation_item(&r.reservation),
                full_name: r.full_name.clone(),
                latin_name: r.latin_name.clone(),
                birth_year: r.birth_year,
                birth_month: r.birth_month,
                birth_day: r.birth_day,
                phone: r.phone.clone(),
                email: r.email.clone(),
            })
            .collect(),
    ))
}

/// Answers (provider: confirmed, declined) or cancels (staff: cancelled) a reservation.
/// A move the rules refuse is 409 `reservation_state`; another provider's reservation is
/// 404. Declined and cancelled give the seat back.
#[utoipa::path(put, path = "/api/v1/reservations/{id}/status", operation_id = "setReservationStatus", tag = "courses",
    params(IdOnly), request_body = ReservationStatusBody,
    responses((status = 200, body = ReservationItem), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn set_reservation_status(
    State(state): State<AppState>,
    me: SignedIn,
    Path(p): Path<IdOnly>,
    JsonBody(b): JsonBody<ReservationStatusBody>,
) -> AppResult<Json<ReservationItem>> {
    let id = uuid::Uuid::parse_str(&p.id).map_err(|_| AppError::NotFound)?;
    let to = rules::ReservationStatus::parse("status", &b.status).map_err(Invalid::from)?;
    let r = crate::courses::reservations::move_as(&state, &me, id, to).await?;
    Ok(Json(reservation_item(&r)))
}
