//! Seat reservations with the provider (issue 12): the counsellor reserves a seat from
//! the staff finder for a person who consented to the profile, on a course whose
//! provider allows reservations; the reservations show on the person's page (cancel
//! there); the provider sees the reservations on its own courses with the person's name,
//! date of birth and contact only, and confirms or declines them. The rules are
//! `domain::courses::{may_reserve, reservation_move, reservation_actor}`; the seat count
//! is the store's.

use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::render::{page, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::Role;
use welcomedesk_domain::consent::Purpose;
use welcomedesk_domain::courses::{ReservationStatus, may_reserve, reservation_actor};
use welcomedesk_store::reservations::{ProviderReservation, Reservation};

/// A reservation for a page.
pub(crate) fn view(state: &AppState, lang: &str, r: &Reservation) -> Value {
    let day = |s: &str| {
        s.get(..10)
            .and_then(|d| d.parse::<jiff::civil::Date>().ok())
            .map(|d| welcomedesk_i18n::format_date(&state.cat, lang, d))
            .unwrap_or_default()
    };
    context! {
        id => r.id.to_string(),
        person_id => r.person_id.to_string(),
        course => r.course_title.clone(),
        course_id => r.course_id.to_string(),
        starts_on => day(&r.course_starts_on),
        provider => r.provider_name.clone(),
        status => r.status.as_str(),
        status_label => state.cat.t(lang, &format!("reservations-status-{}", r.status.as_str()), &[]),
        open => r.status.is_open(),
        requested_on => day(&r.requested_at),
        answered_on => r.answered_at.as_deref().map(day),
    }
}

/// The person page's box: the person's reservations.
pub(crate) async fn person_box(state: &AppState, ctx: &Ctx, person: uuid::Uuid) -> AppResult<Vec<Value>> {
    Ok(state.store.person_reservations(person).await?.iter().map(|r| view(state, ctx.lang.code, r)).collect())
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct ReserveForm {
    #[serde(default)]
    course_id: String,
}

/// Why a reservation was refused, in plain words, nothing changed (409).
fn refused(state: &AppState, ctx: &Ctx, person: uuid::Uuid, code: &'static str) -> AppResult<Response> {
    page_with_status(
        state,
        ctx,
        "staff/courses/refused.html",
        context! { person_id => person.to_string(), message => state.cat.t(ctx.lang.code, &format!("reservations-refused-{}", code.replace('_', "-")), &[]) },
        StatusCode::CONFLICT,
    )
}

/// Reserves a seat for the person (from the staff finder).
pub(crate) async fn reserve(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<ReserveForm>,
) -> AppResult<Response> {
    let course = uuid::Uuid::parse_str(f.course_id.trim()).map_err(|_| AppError::NotFound)?;
    match reserve_for(&state, id, course, me.0.id()).await {
        Ok(_) => Ok(Redirect::to(&format!("/staff/people/{id}?done=reserved")).into_response()),
        Err(AppError::Conflict(code)) => refused(&state, &ctx, id, code),
        Err(e) => Err(e),
    }
}

/// The shared path of the page and the API: the consent, the provider's flag, the start
/// and a seat (domain), then the seat itself (store, atomically).
pub(crate) async fn reserve_for(
    state: &AppState,
    person: uuid::Uuid,
    course: uuid::Uuid,
    actor: uuid::Uuid,
) -> AppResult<Reservation> {
    let p = state.store.read_person(person, Some(actor), "person.read").await?;
    let c = state.store.course(course).await?;
    may_reserve(&c, state.today(), p.has_consent(Purpose::Profile)).map_err(AppError::Conflict)?;
    let r = state.store.reserve_seat(course, person, Some(actor)).await?;
    state.catalogue.invalidate();
    Ok(r)
}

/// Moves a reservation in the capacity the account's role gives it (see
/// `domain::courses::reservation_actor`); a provider account only on its own courses.
pub(crate) async fn move_as(
    state: &AppState,
    me: &SignedIn,
    id: uuid::Uuid,
    to: ReservationStatus,
) -> AppResult<Reservation> {
    let role = me.0.role();
    let who = reservation_actor(role, to).ok_or(AppError::Forbidden)?;
    let own = if role == Role::Provider { Some(me.0.user.provider_id.ok_or(AppError::Forbidden)?) } else { None };
    let r = state.store.move_reservation(id, to, who, own, Some(me.0.id())).await?;
    state.catalogue.invalidate();
    Ok(r)
}

/// The counsellor cancels an open reservation (from the person's page).
pub(crate) async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let r = state.store.reservation(id).await?;
    match move_as(&state, &me, id, ReservationStatus::Cancelled).await {
        Ok(_) => Ok(Redirect::to(&format!("/staff/people/{}?done=reservation_cancelled", r.person_id)).into_response()),
        Err(AppError::Conflict(code)) => refused(&state, &ctx, r.person_id, code),
        Err(e) => Err(e),
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct ListQuery {
    #[serde(default)]
    done: Option<String>,
}

fn provider_view(state: &AppState, lang: &str, r: &ProviderReservation) -> Value {
    let born = match (r.birth_month, r.birth_day) {
        (Some(m), Some(d)) => jiff::civil::Date::new(r.birth_year as i16, m as i8, d as i8)
            .map(|d| welcomedesk_i18n::format_date(&state.cat, lang, d))
            .unwrap_or_else(|_| r.birth_year.to_string()),
        (Some(m), None) => format!("{:04}-{:02}", r.birth_year, m),
        _ => r.birth_year.to_string(),
    };
    context! {
        r => view(state, lang, &r.reservation),
        name => r.full_name.clone(),
        latin_name => r.latin_name.clone(),
        born => born,
        phone => r.phone.clone(),
        email => r.email.clone(),
    }
}

/// The provider's reservations (its own courses; the coordinator: all).
pub(crate) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    QueryData(q): QueryData<ListQuery>,
) -> AppResult<Response> {
    let scope = match me.0.role() {
        Role::Provider => Some(me.0.user.provider_id.ok_or(AppError::Forbidden)?),
        Role::Coordinator => None,
        _ => return Err(AppError::Forbidden),
    };
    let rows: Vec<Value> = state
        .store
        .provider_reservations(scope)
        .await?
        .iter()
        .map(|r| provider_view(&state, ctx.lang.code, r))
        .collect();
    page(&state, &ctx, "staff/courses/reservations.html", context! { rows => rows, done => q.done })
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct AnswerForm {
    #[serde(default)]
    status: String,
}

/// The provider confirms or declines a reservation.
pub(crate) async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<AnswerForm>,
) -> AppResult<Response> {
    let to = match ReservationStatus::parse("status", &f.status) {
        Ok(s @ (ReservationStatus::Confirmed | ReservationStatus::Declined)) => s,
        _ => return Err(AppError::Invalid(welcomedesk_domain::Invalid::one("status", "invalid_choice"))),
    };
    match move_as(&state, &me, id, to).await {
        Ok(_) => Ok(Redirect::to(&format!("/staff/courses/reservations?done={}", to.as_str())).into_response()),
        Err(AppError::Conflict(code)) => page_with_status(
            &state,
            &ctx,
            "staff/courses/refused.html",
            context! { message => state.cat.t(ctx.lang.code, &format!("reservations-refused-{}", code.replace('_', "-")), &[]) },
            StatusCode::CONFLICT,
        ),
        Err(e) => Err(e),
    }
}
