//! API of individual coaching: places, counsellors, free slots, booking, cancelling.

use crate::api::Problem;
use crate::coaching::{self, Booking, CoachingError, Want};
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{IdPath, JsonBody, QueryData};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::coaching::AppointmentKind;
use welcomedesk_domain::{FieldError, Invalid, text};

const PJ: &str = "application/problem+json";

impl From<CoachingError> for AppError {
    fn from(e: CoachingError) -> Self {
        match e {
            CoachingError::SlotUnavailable => AppError::Conflict("slot_unavailable"),
            CoachingError::PersonBusy => AppError::Conflict("person_busy"),
            CoachingError::Matter(e) => AppError::Invalid(Invalid::from(e)),
            CoachingError::Store(s) => s.into(),
        }
    }
}

/// A place where coaching is given.
#[derive(serde::Serialize, ToSchema)]
pub struct PlaceResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    pub address: String,
    pub transit: Option<String>,
    /// First residence permits are issued here.
    pub issues_permits: bool,
}

/// The places where coaching is given.
#[utoipa::path(get, path = "/api/v1/places", operation_id = "listPlaces", tag = "coaching",
    responses((status = 200, body = Vec<PlaceResponse>), (status = 401, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_places(State(state): State<AppState>) -> AppResult<Json<Vec<PlaceResponse>>> {
    Ok(Json(
        state
            .store
            .list_places()
            .await?
            .into_iter()
            .map(|p| PlaceResponse {
                id: p.id,
                name: p.name,
                address: p.address,
                transit: p.transit,
                issues_permits: p.issues_permits,
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlaceRequest {
    pub name: String,
    pub address: String,
    #[serde(default)]
    pub transit: Option<String>,
    #[serde(default)]
    pub issues_permits: bool,
}

/// Adds a place (coordinator).
#[utoipa::path(post, path = "/api/v1/places", operation_id = "createPlace", tag = "coaching", request_body = PlaceRequest,
    responses((status = 201, body = PlaceResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_place(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(p): JsonBody<PlaceRequest>,
) -> AppResult<(StatusCode, Json<PlaceResponse>)> {
    let mut inv = Invalid::default();
    let name = inv.take(text::required_line("name", &p.name, 120));
    let address = inv.take(text::required_line("address", &p.address, 300));
    let transit = inv.take(text::optional_text("transit", p.transit.as_deref().unwrap_or(""), 1000));
    let (Some(name), Some(address), Some(transit)) = (name, address, transit) else { return Err(inv.into()) };
    let id = state.store.insert_place(&name, &address, transit.as_deref(), p.issues_permits, ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(PlaceResponse { id, name, address, transit, issues_permits: p.issues_permits })))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CounsellorLanguage {
    /// ISO 639 code, as in the register.
    pub language: String,
    /// native or fluent.
    pub level: String,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkHours {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i64,
    /// HH:MM
    pub from: String,
    pub to: String,
    #[schema(value_type = String, format = Uuid)]
    pub place_id: uuid::Uuid,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CounsellorRequest {
    pub languages: Vec<CounsellorLanguage>,
    /// start, follow_up, individual_module, desk_follow_up
    pub kinds: Vec<String>,
    /// Weekly hours to add.
    #[serde(default)]
    pub hours: Vec<WorkHours>,
}

/// Makes a staff account a counsellor, or updates its languages and kinds, and adds
/// weekly hours (coordinator).
#[utoipa::path(put, path = "/api/v1/counsellors/{id}", operation_id = "upsertCounsellor", tag = "coaching",
    params(("id" = String, Path, format = Uuid, description = "the staff account")), request_body = CounsellorRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn upsert_counsellor(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(c): JsonBody<CounsellorRequest>,
) -> AppResult<StatusCode> {
    let staff = state.store.find_staff(id).await?;
    let mut inv = Invalid::default();
    if staff.role != welcomedesk_domain::Role::Counsellor && staff.role != welcomedesk_domain::Role::Coordinator {
        inv.push(FieldError::new("id", "invalid_choice"));
    }
    let mut langs = vec![];
    for l in &c.languages {
        if let Some(code) = inv.take(welcomedesk_domain::codes::LanguageCode::parse("languages", &l.language)) {
            if !["native", "fluent"].contains(&l.level.as_str()) {
                inv.push(FieldError::new("languages", "invalid_choice"));
            }
            langs.push((code.as_str(), l.level.as_str()));
        }
    }
    let kinds: Vec<&str> =
        c.kinds.iter().filter_map(|k| inv.take(AppointmentKind::parse("kinds", k)).map(|k| k.as_str())).collect();
    let mut hours = vec![];
    for h in &c.hours {
        let from = inv.take(h.from.parse::<jiff::civil::Time>().map_err(|_| FieldError::new("hours", "invalid_hours")));
        let to = inv.take(h.to.parse::<jiff::civil::Time>().map_err(|_| FieldError::new("hours", "invalid_hours")));
        if !(1..=7).contains(&h.weekday) {
            inv.push(FieldError::new("hours", "invalid_hours"));
        }
        if let (Some(f), Some(t)) = (from, to) {
            if f >= t {
                inv.push(FieldError::new("hours", "invalid_hours"));
            }
            hours.push((h.weekday, f.strftime("%H:%M").to_string(), t.strftime("%H:%M").to_string(), h.place_id));
        }
    }
    inv.into_result()?;
    state.store.upsert_counsellor(id, &langs, &kinds, ctx.actor()).await?;
    for (wd, f, t, p) in hours {
        state.store.add_counsellor_hours(id, wd, &f, &t, p, ctx.actor()).await.map_err(|e| match e {
            welcomedesk_store::StoreError::Conflict("unknown_place") => {
                AppError::Invalid(Invalid::one("hours", "unknown_place"))
            }
            other => other.into(),
        })?;
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct SlotParams {
    /// The person's languages in order of preference (repeat the parameter).
    #[serde(default)]
    language: Vec<String>,
    /// start, follow_up, individual_module or desk_follow_up.
    kind: String,
    #[serde(default)]
    place: Option<uuid::Uuid>,
    /// Earliest start, city time `YYYY-MM-DDTHH:MM` (default: now).
    #[serde(default)]
    from: Option<String>,
    /// How many days ahead (1 to 90, default 30).
    #[serde(default)]
    days: Option<i64>,
    /// 1 to 50, default 10.
    #[serde(default)]
    limit: Option<usize>,
    /// Leave out times the person is already booked.
    #[serde(default)]
    person_id: Option<uuid::Uuid>,
}

/// A free slot.
#[derive(serde::Serialize, ToSchema)]
pub struct SlotResponse {
    #[schema(value_type = String, format = Uuid)]
    pub counsellor_id: uuid::Uuid,
    #[schema(value_type = String, format = Uuid)]
    pub place_id: uuid::Uuid,
    /// City time, `YYYY-MM-DDTHH:MM:SS`.
    pub start: String,
    pub end: String,
    /// The language counsellor and person share; absent when an interpreter is needed.
    pub language: Option<String>,
    pub interpreter_needed: bool,
}

/// The earliest free slots with a counsellor who speaks one of the person's languages
/// (or, when none does, with phone interpreting).
#[utoipa::path(get, path = "/api/v1/coaching/slots", operation_id = "listCoachingSlots", tag = "coaching", params(SlotParams),
    responses((status = 200, body = Vec<SlotResponse>), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_slots(
    State(state): State<AppState>,
    QueryData(p): QueryData<SlotParams>,
) -> AppResult<Json<Vec<SlotResponse>>> {
    let tz = state.tz();
    let kind = AppointmentKind::parse("kind", &p.kind).map_err(Invalid::from)?;
    let from = match p.from.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(f) => f.parse::<jiff::civil::DateTime>().map_err(|_| Invalid::one("from", "invalid_date"))?,
        None => jiff::Timestamp::now().to_zoned(tz.clone()).datetime(),
    };
    let want = Want {
        languages: p.language,
        kind,
        place: p.place,
        from,
        days: p.days.unwrap_or(30).clamp(1, 90),
        limit: p.limit.unwrap_or(10).clamp(1, 50),
        person: p.person_id,
    };
    let slots = coaching::propose(&state.store, &tz, &want).await?;
    Ok(Json(
        slots
            .into_iter()
            .map(|s| SlotResponse {
                counsellor_id: s.counsellor,
                place_id: s.place,
                start: s.start.to_string(),
                end: s.end.to_string(),
                language: s.language,
                interpreter_needed: s.interpreter_needed,
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BookRequest {
    #[schema(value_type = String, format = Uuid)]
    pub person_id: uuid::Uuid,
    #[schema(value_type = String, format = Uuid)]
    pub counsellor_id: uuid::Uuid,
    #[schema(value_type = String, format = Uuid)]
    pub place_id: uuid::Uuid,
    pub kind: String,
    /// City time of a proposed slot, `YYYY-MM-DDTHH:MM`.
    pub start: String,
    /// Children needing care during the appointment (0 to 10; default 0).
    #[serde(default)]
    pub children_count: i64,
    /// Their ages, one per child, e.g. "3, 5" (0 to 17).
    #[serde(default)]
    pub children_ages: Option<String>,
    /// The matter of an individual module: required for that kind (an active matter of
    /// listCoachingMatters), not allowed for the others (422 on the field `matter`).
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub matter_id: Option<uuid::Uuid>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct AppointmentResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    /// Read out to the person; 8 characters without look-alikes.
    pub reference: String,
    pub start: String,
    pub end: String,
    pub language: Option<String>,
    pub interpreter_needed: bool,
    /// A confirmation was queued for the person (only with the `reminders` consent and an
    /// e-mail address or phone number); otherwise print the confirmation letter.
    #[serde(default)]
    pub confirmation_sent: bool,
}

/// Books one of the proposed slots for a person. A slot taken in the meantime answers
/// 409 `slot_unavailable` (ask for slots again); a person already booked then, 409
/// `person_busy`.
#[utoipa::path(post, path = "/api/v1/appointments", operation_id = "bookAppointment", tag = "coaching", request_body = BookRequest,
    responses((status = 201, body = AppointmentResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn book(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(b): JsonBody<BookRequest>,
) -> AppResult<(StatusCode, Json<AppointmentResponse>)> {
    let tz = state.tz();
    let kind = AppointmentKind::parse("kind", &b.kind).map_err(Invalid::from)?;
    let start = b.start.trim().parse::<jiff::civil::DateTime>().map_err(|_| Invalid::one("start", "invalid_date"))?;
    let children = welcomedesk_domain::sessions::parse_children(
        &b.children_count.to_string(),
        b.children_ages.as_deref().unwrap_or(""),
    )?;
    // Only the languages: the booking's audit entry names the person (one durable write
    // per booking, not two — issue 10's write path).
    let languages = state.store.languages_for_booking(b.person_id).await?;
    // The same confirmation as a staff page booking: only with the person's consent.
    let confirmation = coaching::staff_confirmation(&state, &tz, b.person_id, b.matter_id).await?;
    let compose = |reference: &str, slot: &welcomedesk_domain::coaching::Slot| {
        confirmation.as_ref().and_then(|c| c.compose(reference, slot))
    };
    let (id, reference, slot) = coaching::book_with_mail(
        &state.store,
        &tz,
        &Booking {
            person: b.person_id,
            person_languages: languages,
            counsellor: b.counsellor_id,
            place: b.place_id,
            kind,
            start,
            via: "staff",
            cancel_token_hash: None,
            children,
            matter: b.matter_id,
        },
        Some(&compose),
        ctx.actor(),
    )
    .await?;
    let confirmation_sent = confirmation.is_some();
    Ok((
        StatusCode::CREATED,
        Json(AppointmentResponse {
            id,
            reference,
            start: slot.start.to_string(),
            end: slot.end.to_string(),
            language: slot.language,
            interpreter_needed: slot.interpreter_needed,
            confirmation_sent,
        }),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveRequest {
    #[schema(value_type = String, format = Uuid)]
    pub counsellor_id: uuid::Uuid,
    #[schema(value_type = String, format = Uuid)]
    pub place_id: uuid::Uuid,
    /// City time of a proposed slot, `YYYY-MM-DDTHH:MM`.
    pub start: String,
}

/// Moves a booked appointment to another proposed slot (same person and kind) in one
/// transaction: the old time is freed exactly when the new one is taken. A new time
/// taken meanwhile answers 409 `slot_unavailable` and the old appointment stays booked;
/// 404 when the appointment is not (or no longer) booked. Answers the new appointment; the
/// person is told the new time as after a booking (only with the `reminders` consent).
#[utoipa::path(post, path = "/api/v1/appointments/{id}/move", operation_id = "moveAppointment", tag = "coaching",
    params(("id" = String, Path, format = Uuid)), request_body = MoveRequest,
    responses((status = 201, body = AppointmentResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn move_appointment(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(b): JsonBody<MoveRequest>,
) -> AppResult<(StatusCode, Json<AppointmentResponse>)> {
    let tz = state.tz();
    let start = b.start.trim().parse::<jiff::civil::DateTime>().map_err(|_| Invalid::one("start", "invalid_date"))?;
    let old = state.store.find_appointment(id).await?;
    let (Some(person_id), "booked") = (old.person_id, old.status.as_str()) else {
        return Err(AppError::NotFound);
    };
    let kind = AppointmentKind::parse("kind", &old.kind).map_err(|_| AppError::NotFound)?;
    let person = state.store.read_person(person_id, ctx.actor(), "person.read").await?;
    // The new time reaches the person as a staff move's does: only with their consent.
    let confirmation = coaching::staff_confirmation(&state, &tz, person_id, old.matter_id).await?;
    let compose = |reference: &str, slot: &welcomedesk_domain::coaching::Slot| {
        confirmation.as_ref().and_then(|c| c.compose(reference, slot))
    };
    let (id, reference, slot) = coaching::move_booking(
        &state.store,
        &tz,
        id,
        &Booking {
            person: person_id,
            person_languages: person.languages,
            counsellor: b.counsellor_id,
            place: b.place_id,
            kind,
            start,
            via: "staff",
            cancel_token_hash: None,
            children: Default::default(),
            matter: None,
        },
        Some(&compose),
        ctx.actor(),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(AppointmentResponse {
            id,
            reference,
            start: slot.start.to_string(),
            end: slot.end.to_string(),
            language: slot.language,
            interpreter_needed: slot.interpreter_needed,
            confirmation_sent: confirmation.is_some(),
        }),
    ))
}

/// Cancels a booked appointment; its time is free again at once.
#[utoipa::path(post, path = "/api/v1/appointments/{id}/cancel", operation_id = "cancelAppointment", tag = "coaching",
    params(("id" = String, Path, format = Uuid)),
    responses((status = 204), (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn cancel(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<StatusCode> {
    state.store.cancel_appointment(id, ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeRequest {
    /// held or no_show
    pub status: String,
    /// Topics covered, ids from listCoachingTopics (422 on `topic_ids` for any other id).
    #[serde(default)]
    #[schema(value_type = Vec<String>)]
    pub topic_ids: Vec<uuid::Uuid>,
    /// Other topics covered, free text (before the list: all the topics).
    #[serde(default)]
    pub topics: Option<String>,
    /// What was handed out: the brochure and its language, the passport, voucher information.
    #[serde(default)]
    pub handed_out: Option<String>,
    /// Where the person was referred to.
    #[serde(default)]
    pub referrals: Option<String>,
    #[serde(default)]
    pub childcare_needed: bool,
    /// Private notes, visible to counsellors only.
    #[serde(default)]
    pub notes: Option<String>,
}

/// Records that the coaching took place (or that the person did not come).
#[utoipa::path(post, path = "/api/v1/appointments/{id}/outcome", operation_id = "recordCoaching", tag = "coaching",
    params(("id" = String, Path, format = Uuid)), request_body = OutcomeRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn record_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(o): JsonBody<OutcomeRequest>,
) -> AppResult<StatusCode> {
    let known: Vec<uuid::Uuid> = state.store.coaching_items("topic", "en").await?.into_iter().map(|t| t.id).collect();
    let raw: Vec<String> = o.topic_ids.iter().map(|t| t.to_string()).collect();
    let topic_ids = welcomedesk_domain::coaching::check_topics(&raw, &known).map_err(Invalid::from)?;
    let o = welcomedesk_domain::coaching::Outcome::parse(
        &o.status,
        o.topics.as_deref().unwrap_or(""),
        o.handed_out.as_deref().unwrap_or(""),
        o.referrals.as_deref().unwrap_or(""),
        o.notes.as_deref().unwrap_or(""),
        o.childcare_needed,
    )?;
    state
        .store
        .record_outcome(
            id,
            &welcomedesk_store::coaching::Outcome {
                status: o.status,
                topic_ids: &topic_ids,
                topics: o.topics.as_deref(),
                handed_out: o.handed_out.as_deref(),
                referrals: o.referrals.as_deref(),
                childcare_needed: o.childcare_needed,
                notes: o.notes.as_deref(),
            },
            ctx.actor(),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct FollowUpParams {
    /// Due within this many days from today (0 to 365, default 30); overdue ones too.
    #[serde(default)]
    within_days: Option<i64>,
}

/// A person to invite to the follow-up coaching after two years of residence.
#[derive(serde::Serialize, ToSchema)]
pub struct FollowUpResponse {
    #[schema(value_type = String, format = Uuid)]
    pub person_id: uuid::Uuid,
    pub full_name: String,
    pub permit_issued_on: String,
    /// The day two years of residence are reached.
    pub due_on: String,
    /// Letters and messages go out in this language.
    pub document_language: String,
    /// An e-mail invitation is possible (address known and reminders consented).
    pub can_email: bool,
}

/// People whose follow-up coaching after two years of residence is due within the
/// given days (or overdue) and not yet booked or held.
#[utoipa::path(get, path = "/api/v1/coaching/follow-ups", operation_id = "listFollowUpsDue", tag = "coaching", params(FollowUpParams),
    responses((status = 200, body = Vec<FollowUpResponse>), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_follow_ups(
    State(state): State<AppState>,
    QueryData(p): QueryData<FollowUpParams>,
) -> AppResult<Json<Vec<FollowUpResponse>>> {
    let days = p.within_days.unwrap_or(30).clamp(0, 365);
    let list = coaching::follow_ups_due(&state.store, state.today(), days).await?;
    Ok(Json(
        list.into_iter()
            .map(|(f, due)| FollowUpResponse {
                person_id: f.person_id,
                full_name: f.full_name,
                permit_issued_on: f.permit_issued_on,
                due_on: due.to_string(),
                document_language: f.document_language,
                can_email: f.has_email && f.reminders_consent,
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ChildcareParams {
    /// First day, `YYYY-MM-DD` (default today).
    #[serde(default)]
    from: Option<String>,
    /// Number of days, 1 to 62 (default 14).
    #[serde(default)]
    days: Option<String>,
}

/// One appointment with children to care for.
#[derive(serde::Serialize, ToSchema)]
pub struct ChildcareSlotResponse {
    /// The appointment's reference (no names in this list).
    pub reference: String,
    /// City time, `HH:MM`.
    pub start: String,
    pub end: String,
    pub children: i64,
    /// Their ages, e.g. "3, 5".
    pub ages: Option<String>,
}

/// The childcare to arrange at one place on one day.
#[derive(serde::Serialize, ToSchema)]
pub struct ChildcareDayResponse {
    /// `YYYY-MM-DD`
    pub date: String,
    #[schema(value_type = String, format = Uuid)]
    pub place_id: uuid::Uuid,
    pub place_name: String,
    /// All children of the day at this place.
    pub children: i64,
    /// The most children at the same time.
    pub most_at_once: i64,
    pub slots: Vec<ChildcareSlotResponse>,
}

/// The childcare to arrange: booked appointments with children, per day and place, as
/// people said at booking (how many, their ages). Like the staff page.
#[utoipa::path(get, path = "/api/v1/coaching/childcare", operation_id = "listChildcare", tag = "coaching", params(ChildcareParams),
    responses((status = 200, body = Vec<ChildcareDayResponse>), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_childcare(
    State(state): State<AppState>,
    QueryData(p): QueryData<ChildcareParams>,
) -> AppResult<Json<Vec<ChildcareDayResponse>>> {
    let (from, days) = welcomedesk_domain::coaching::parse_childcare_period(
        p.from.as_deref().unwrap_or(""),
        p.days.as_deref().unwrap_or(""),
        state.today(),
    )?;
    let plan = coaching::childcare_plan(&state.store, &state.tz(), from, days).await?;
    let hm = |t: jiff::civil::Time| t.strftime("%H:%M").to_string();
    Ok(Json(
        plan.into_iter()
            .map(|d| ChildcareDayResponse {
                date: d.date.to_string(),
                place_id: d.place_id,
                place_name: d.place_name,
                children: d.children,
                most_at_once: d.most_at_once,
                slots: d
                    .slots
                    .into_iter()
                    .map(|s| ChildcareSlotResponse {
                        reference: s.reference,
                        start: hm(s.start),
                        end: hm(s.end),
                        children: s.children,
                        ages: s.ages,
                    })
                    .collect(),
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AbsenceRequest {
    /// First day away, `YYYY-MM-DD`.
    pub from: String,
    /// Last day away (inclusive).
    pub to: String,
    /// holiday, sick or other (never a diagnosis).
    pub reason: String,
}

/// Records days a counsellor is away (holiday, sick leave): no slots are proposed then.
#[utoipa::path(post, path = "/api/v1/counsellors/{id}/absences", operation_id = "addCounsellorAbsence", tag = "coaching",
    params(("id" = String, Path, format = Uuid)), request_body = AbsenceRequest,
    responses((status = 201, body = CreatedId), (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn add_absence(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(a): JsonBody<AbsenceRequest>,
) -> AppResult<(StatusCode, Json<CreatedId>)> {
    let (from, to, reason) = welcomedesk_domain::coaching::parse_absence(&a.from, &a.to, &a.reason)?;
    let today = state.today().to_string();
    state.store.counsellor_setup(id, &today).await?;
    let id = state.store.add_counsellor_absence(id, &from.to_string(), &to.to_string(), reason, ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(CreatedId { id })))
}

/// A kind of coaching: its duration and where it is offered.
#[derive(serde::Serialize, ToSchema)]
pub struct KindResponse {
    /// start, follow_up, individual_module or desk_follow_up.
    pub kind: String,
    pub minutes: i64,
    /// Where it is offered; empty: at every place.
    #[schema(value_type = Vec<String>)]
    pub place_ids: Vec<uuid::Uuid>,
}

/// The kinds of coaching with their durations and places.
#[utoipa::path(get, path = "/api/v1/appointment-kinds", operation_id = "listAppointmentKinds", tag = "coaching",
    responses((status = 200, body = Vec<KindResponse>), (status = 401, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_kinds(State(state): State<AppState>) -> AppResult<Json<Vec<KindResponse>>> {
    Ok(Json(
        state
            .store
            .appointment_kinds()
            .await?
            .into_iter()
            .map(|k| KindResponse { kind: k.kind, minutes: k.minutes, place_ids: k.places })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct KindRequest {
    /// 15 to 240, a multiple of 15.
    pub minutes: i64,
    /// Where the kind is offered; empty: at every place.
    #[serde(default)]
    #[schema(value_type = Vec<String>)]
    pub place_ids: Vec<uuid::Uuid>,
}

/// Sets a kind's duration and where it is offered (coordinator). Free slots follow at
/// once; appointments already booked keep their time.
#[utoipa::path(put, path = "/api/v1/appointment-kinds/{kind}", operation_id = "setAppointmentKind", tag = "coaching",
    params(("kind" = String, Path)), request_body = KindRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn set_kind(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path(kind): axum::extract::Path<String>,
    JsonBody(b): JsonBody<KindRequest>,
) -> AppResult<StatusCode> {
    let kind = AppointmentKind::parse("kind", &kind).map_err(|_| AppError::NotFound)?;
    let minutes = welcomedesk_domain::coaching::check_kind_minutes("minutes", b.minutes).map_err(Invalid::from)?;
    match state.store.set_appointment_kind(kind.as_str(), minutes, &b.place_ids, ctx.actor()).await {
        Ok(()) => Ok(StatusCode::NO_CONTENT),
        Err(welcomedesk_store::StoreError::Conflict("unknown_place")) => {
            Err(Invalid::one("place_ids", "invalid_choice").into())
        }
        Err(e) => Err(e.into()),
    }
}

/// A language a counsellor coaches in, and how well.
#[derive(serde::Serialize, ToSchema)]
pub struct CounsellorLanguageResponse {
    pub language: String,
    /// native or fluent.
    pub level: String,
}

/// A block of weekly working hours at one place.
#[derive(serde::Serialize, ToSchema)]
pub struct HoursResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i64,
    /// HH:MM, city time.
    pub from: String,
    pub to: String,
    #[schema(value_type = String, format = Uuid)]
    pub place_id: uuid::Uuid,
}

/// Days a counsellor is away.
#[derive(serde::Serialize, ToSchema)]
pub struct AbsenceResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    /// First day away, `YYYY-MM-DD`.
    pub from: String,
    /// Last day away (inclusive).
    pub to: String,
    /// holiday, sick or other.
    pub reason: String,
}

/// A counsellor: languages with level, kinds of coaching, weekly hours per place, and
/// absences that have not ended yet.
#[derive(serde::Serialize, ToSchema)]
pub struct CounsellorResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    pub languages: Vec<CounsellorLanguageResponse>,
    /// start, follow_up, individual_module, desk_follow_up
    pub kinds: Vec<String>,
    pub hours: Vec<HoursResponse>,
    pub absences: Vec<AbsenceResponse>,
}

impl From<welcomedesk_store::coaching::CounsellorSetup> for CounsellorResponse {
    fn from(c: welcomedesk_store::coaching::CounsellorSetup) -> Self {
        CounsellorResponse {
            id: c.id,
            name: c.name,
            languages: c
                .languages
                .into_iter()
                .map(|(language, level)| CounsellorLanguageResponse { language, level })
                .collect(),
            kinds: c.kinds,
            hours: c
                .hours
                .into_iter()
                .map(|h| HoursResponse { id: h.id, weekday: h.weekday, from: h.from, to: h.to, place_id: h.place })
                .collect(),
            absences: c
                .absences
                .into_iter()
                .map(|a| AbsenceResponse { id: a.id, from: a.from, to: a.to, reason: a.reason })
                .collect(),
        }
    }
}

/// The counsellors (active accounts) with languages, kinds, hours and current or coming
/// absences (coordinator).
#[utoipa::path(get, path = "/api/v1/counsellors", operation_id = "listCounsellors", tag = "coaching",
    responses((status = 200, body = Vec<CounsellorResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_counsellors(State(state): State<AppState>) -> AppResult<Json<Vec<CounsellorResponse>>> {
    let today = state.today().to_string();
    Ok(Json(state.store.counsellor_setups(&today).await?.into_iter().map(CounsellorResponse::from).collect()))
}

/// One counsellor (coordinator).
#[utoipa::path(get, path = "/api/v1/counsellors/{id}", operation_id = "getCounsellor", tag = "coaching",
    params(("id" = String, Path, format = Uuid, description = "the staff account")),
    responses((status = 200, body = CounsellorResponse), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn get_counsellor(
    State(state): State<AppState>,
    IdPath(id): IdPath,
) -> AppResult<Json<CounsellorResponse>> {
    let today = state.today().to_string();
    Ok(Json(state.store.counsellor_setup(id, &today).await?.into()))
}

/// The id of what was just created.
#[derive(serde::Serialize, ToSchema)]
pub struct CreatedId {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HoursRequest {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i64,
    /// HH:MM, city time.
    pub from: String,
    pub to: String,
    #[schema(value_type = String, format = Uuid)]
    pub place_id: uuid::Uuid,
}

/// Adds a block of weekly working hours at a place (coordinator).
#[utoipa::path(post, path = "/api/v1/counsellors/{id}/hours", operation_id = "addCounsellorHours", tag = "coaching",
    params(("id" = String, Path, format = Uuid)), request_body = HoursRequest,
    responses((status = 201, body = CreatedId), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn add_hours(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(h): JsonBody<HoursRequest>,
) -> AppResult<(StatusCode, Json<CreatedId>)> {
    let (wd, from, to) = welcomedesk_domain::coaching::parse_hours_block(&h.weekday.to_string(), &h.from, &h.to)?;
    let today = state.today().to_string();
    state.store.counsellor_setup(id, &today).await?;
    let id = crate::coaching::add_hours(&state.store, id, wd, from, to, h.place_id, ctx.actor()).await.map_err(
        |e| match e {
            welcomedesk_store::StoreError::Conflict("unknown_place") => {
                Invalid::one("place_id", "invalid_choice").into()
            }
            other => AppError::from(other),
        },
    )?;
    Ok((StatusCode::CREATED, Json(CreatedId { id })))
}

fn two_ids(raw: (String, String)) -> AppResult<(uuid::Uuid, uuid::Uuid)> {
    match (uuid::Uuid::parse_str(&raw.0), uuid::Uuid::parse_str(&raw.1)) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        _ => Err(AppError::NotFound),
    }
}

/// Removes a block of weekly hours (coordinator). Appointments already booked stay.
#[utoipa::path(delete, path = "/api/v1/counsellors/{id}/hours/{hours_id}", operation_id = "removeCounsellorHours", tag = "coaching",
    params(("id" = String, Path, format = Uuid), ("hours_id" = String, Path, format = Uuid)),
    responses((status = 204), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn remove_hours(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path(raw): axum::extract::Path<(String, String)>,
) -> AppResult<StatusCode> {
    let (staff, hours) = two_ids(raw)?;
    state.store.remove_counsellor_hours(staff, hours, ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a recorded absence (coordinator): slots are proposed on those days again.
#[utoipa::path(delete, path = "/api/v1/counsellors/{id}/absences/{absence_id}", operation_id = "removeCounsellorAbsence", tag = "coaching",
    params(("id" = String, Path, format = Uuid), ("absence_id" = String, Path, format = Uuid)),
    responses((status = 204), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn remove_absence(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path(raw): axum::extract::Path<(String, String)>,
) -> AppResult<StatusCode> {
    let (staff, absence) = two_ids(raw)?;
    state.store.remove_counsellor_absence(staff, absence, ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Changes a place: name, address, transit advice and whether first permits are issued
/// there (coordinator). 409 when another place has the name.
#[utoipa::path(put, path = "/api/v1/places/{id}", operation_id = "updatePlace", tag = "coaching",
    params(("id" = String, Path, format = Uuid)), request_body = PlaceRequest,
    responses((status = 200, body = PlaceResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update_place(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(p): JsonBody<PlaceRequest>,
) -> AppResult<Json<PlaceResponse>> {
    let (name, address, transit) =
        crate::staff::coaching::parse_place(&p.name, &p.address, p.transit.as_deref().unwrap_or(""))?;
    state.store.update_place(id, &name, &address, transit.as_deref(), p.issues_permits, ctx.actor()).await?;
    Ok(Json(PlaceResponse { id, name, address, transit, issues_permits: p.issues_permits }))
}

/// A title of an item in one language.
#[derive(serde::Serialize, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemTitle {
    /// One of the shipped languages (en sv de ar fa uk ru tr so ti es fr).
    pub language: String,
    /// At most 120 characters, one line.
    pub title: String,
}

/// An item of the coordinator's lists (a matter of individual modules, or a topic).
#[derive(serde::Serialize, ToSchema)]
pub struct ItemResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub slug: String,
    /// Offered for new bookings or records.
    pub active: bool,
    pub sort: i64,
    /// The title in the caller's language, else in English.
    pub title: String,
    /// The language of `title`.
    pub title_language: String,
    /// Every title written, English first.
    pub titles: Vec<ItemTitle>,
    /// How many appointments name it.
    pub used: i64,
}

/// A new item (slug required) or changes to one (slug ignored when left out).
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemRequest {
    /// Small letters, digits and hyphens, 2 to 60 characters; unique in its list.
    #[serde(default)]
    pub slug: Option<String>,
    /// The titles per language; English is required; the others fall back to English.
    pub titles: Vec<ItemTitle>,
    #[serde(default = "yes")]
    pub active: bool,
    /// Place in the list, 0 to 9999 (smaller first).
    #[serde(default)]
    pub sort: i64,
}

fn yes() -> bool {
    true
}

fn item_response(i: welcomedesk_store::coaching::CoachingItem) -> ItemResponse {
    ItemResponse {
        id: i.id,
        slug: i.slug,
        active: i.active,
        sort: i.sort,
        title: i.title,
        title_language: i.title_language,
        titles: i.titles.into_iter().map(|(language, title)| ItemTitle { language, title }).collect(),
        used: i.used,
    }
}

async fn list_items(state: &AppState, ctx: &Ctx, list: &str) -> AppResult<Json<Vec<ItemResponse>>> {
    Ok(Json(state.store.coaching_items(list, ctx.lang.code).await?.into_iter().map(item_response).collect()))
}

fn parse_item_request(r: &ItemRequest, new: bool) -> Result<welcomedesk_domain::coaching::ItemInput, Invalid> {
    let titles: Vec<(String, String)> = r.titles.iter().map(|t| (t.language.clone(), t.title.clone())).collect();
    let slug = if new { r.slug.clone().unwrap_or_default() } else { String::new() };
    welcomedesk_domain::coaching::parse_item(&slug, new, &titles, r.active, &r.sort.to_string())
}

async fn create_item(
    state: &AppState,
    ctx: &Ctx,
    list: &str,
    r: &ItemRequest,
) -> AppResult<(StatusCode, Json<ItemResponse>)> {
    let item = parse_item_request(r, true)?;
    let titles: Vec<(&str, &str)> = item.titles.iter().map(|(l, t)| (*l, t.as_str())).collect();
    let w = welcomedesk_store::coaching::ItemWrite {
        slug: item.slug.as_deref(),
        titles: &titles,
        active: item.active,
        sort: item.sort,
    };
    let id = state.store.insert_coaching_item(list, &w, ctx.actor()).await.map_err(|e| match e {
        welcomedesk_store::StoreError::Conflict("slug_taken") => AppError::Invalid(Invalid::one("slug", "slug_taken")),
        other => other.into(),
    })?;
    Ok((StatusCode::CREATED, Json(item_response(state.store.coaching_item(list, id, ctx.lang.code).await?))))
}

async fn update_item(
    state: &AppState,
    ctx: &Ctx,
    list: &str,
    id: uuid::Uuid,
    r: &ItemRequest,
) -> AppResult<Json<ItemResponse>> {
    state.store.coaching_item(list, id, "en").await?;
    let item = parse_item_request(r, false)?;
    let titles: Vec<(&str, &str)> = item.titles.iter().map(|(l, t)| (*l, t.as_str())).collect();
    let w =
        welcomedesk_store::coaching::ItemWrite { slug: None, titles: &titles, active: item.active, sort: item.sort };
    state.store.update_coaching_item(list, id, &w, ctx.actor()).await?;
    Ok(Json(item_response(state.store.coaching_item(list, id, ctx.lang.code).await?)))
}

/// The matters of individual modules, active or not, titles in the caller's language.
#[utoipa::path(get, path = "/api/v1/coaching/matters", operation_id = "listCoachingMatters", tag = "coaching",
    responses((status = 200, body = Vec<ItemResponse>), (status = 401, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_matters(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<Vec<ItemResponse>>> {
    list_items(&state, &ctx, "matter").await
}

/// Adds a matter of individual modules (coordinator).
#[utoipa::path(post, path = "/api/v1/coaching/matters", operation_id = "createCoachingMatter", tag = "coaching",
    request_body = ItemRequest,
    responses((status = 201, body = ItemResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_matter(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(r): JsonBody<ItemRequest>,
) -> AppResult<(StatusCode, Json<ItemResponse>)> {
    create_item(&state, &ctx, "matter", &r).await
}

/// Renames, translates, reorders or (de)activates a matter (coordinator). Never deleted.
#[utoipa::path(put, path = "/api/v1/coaching/matters/{id}", operation_id = "updateCoachingMatter", tag = "coaching",
    params(("id" = String, Path, format = Uuid)), request_body = ItemRequest,
    responses((status = 200, body = ItemResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update_matter(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(r): JsonBody<ItemRequest>,
) -> AppResult<Json<ItemResponse>> {
    update_item(&state, &ctx, "matter", id, &r).await
}

/// The topics a coaching may cover, active or not, titles in the caller's language.
#[utoipa::path(get, path = "/api/v1/coaching/topics", operation_id = "listCoachingTopics", tag = "coaching",
    responses((status = 200, body = Vec<ItemResponse>), (status = 401, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_topics(State(state): State<AppState>, ctx: Ctx) -> AppResult<Json<Vec<ItemResponse>>> {
    list_items(&state, &ctx, "topic").await
}

/// Adds a topic (coordinator).
#[utoipa::path(post, path = "/api/v1/coaching/topics", operation_id = "createCoachingTopic", tag = "coaching",
    request_body = ItemRequest,
    responses((status = 201, body = ItemResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_topic(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(r): JsonBody<ItemRequest>,
) -> AppResult<(StatusCode, Json<ItemResponse>)> {
    create_item(&state, &ctx, "topic", &r).await
}

/// Renames, translates, reorders or (de)activates a topic (coordinator). Never deleted.
#[utoipa::path(put, path = "/api/v1/coaching/topics/{id}", operation_id = "updateCoachingTopic", tag = "coaching",
    params(("id" = String, Path, format = Uuid)), request_body = ItemRequest,
    responses((status = 200, body = ItemResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update_topic(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(r): JsonBody<ItemRequest>,
) -> AppResult<Json<ItemResponse>> {
    update_item(&state, &ctx, "topic", id, &r).await
}
