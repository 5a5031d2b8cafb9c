//! Coaching in the back office: book a slot for a person, cancel, record the outcome,
//! the follow-up list and the coverage of languages by place and weekday.

use crate::coaching::{self, Booking, CoachingError, Want};
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::coaching::AppointmentKind;
use welcomedesk_domain::{FieldError, Invalid};

fn tz(state: &AppState) -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get(&state.settings().timezone).unwrap_or(jiff::tz::TimeZone::UTC)
}

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct SlotForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    place: String,
    /// `counsellor|place|start`
    #[serde(default)]
    slot: String,
}

async fn book_page(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
    f: &SlotForm,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let person = state.store.read_person(id, ctx.actor(), "person.read").await?;
    let kind = AppointmentKind::parse("kind", &f.kind).unwrap_or(AppointmentKind::Start);
    let place = uuid::Uuid::parse_str(f.place.trim()).ok();
    let tz = tz(state);
    let now = jiff::Timestamp::now().to_zoned(tz.clone()).datetime();
    let want =
        Want { languages: person.languages.clone(), kind, place, from: now, days: 60, limit: 12, person: Some(id) };
    let slots = coaching::propose(&state.store, &tz, &want).await?;
    let places = state.store.list_places().await?;
    let counsellors = state.store.list_staff().await?;
    let slot_rows: Vec<Value> = slots
        .iter()
        .map(|s| {
            let counsellor =
                counsellors.iter().find(|c| c.id == s.counsellor).map(|c| c.name.clone()).unwrap_or_default();
            let place_name = places.iter().find(|p| p.id == s.place).map(|p| p.name.clone()).unwrap_or_default();
            context! {
                value => format!("{}|{}|{}", s.counsellor, s.place, s.start),
                when => coaching::when_text(state, ctx.lang.code, s.start),
                minutes => s.end.duration_since(s.start).as_mins(),
                counsellor => counsellor,
                place => place_name,
                language => s.language.as_deref().map(crate::register::language_label),
                interpreter => s.interpreter_needed,
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/coaching/book.html",
        context! {
            person => person, slots => slot_rows, errors => errors, form => f,
            kinds => AppointmentKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
            places => places,
        },
        status,
    )
}

pub(crate) async fn book_form(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    QueryData(f): QueryData<SlotForm>,
) -> AppResult<Response> {
    book_page(&state, &ctx, id, &f, no_errors(), StatusCode::OK).await
}

pub(crate) async fn book(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<SlotForm>,
) -> AppResult<Response> {
    let kind = AppointmentKind::parse("kind", &f.kind);
    let parts: Vec<&str> = f.slot.split('|').collect();
    let parsed = match (kind, parts.as_slice()) {
        (Ok(kind), [c, p, s]) => {
            match (uuid::Uuid::parse_str(c), uuid::Uuid::parse_str(p), s.parse::<jiff::civil::DateTime>()) {
                (Ok(c), Ok(p), Ok(s)) => Some((kind, c, p, s)),
                _ => None,
            }
        }
        _ => None,
    };
    let Some((kind, counsellor, place, start)) = parsed else {
        let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::from(FieldError::new("slot", "required")));
        return book_page(&state, &ctx, id, &f, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let person = state.store.read_person(id, Some(me.id()), "person.read").await?;
    let booking = Booking {
        person: id,
        person_languages: person.languages,
        counsellor,
        place,
        kind,
        start,
        via: "staff",
        cancel_token_hash: None,
    };
    match coaching::book(&state.store, &tz(&state), &booking, Some(me.id())).await {
        Ok((_, reference, _)) => {
            Ok(Redirect::to(&format!("/staff/people/{id}?done=booked&reference={reference}")).into_response())
        }
        Err(CoachingError::SlotUnavailable) | Err(CoachingError::PersonBusy) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::from(FieldError::new("slot", "slot_taken")));
            book_page(&state, &ctx, id, &f, errors, StatusCode::CONFLICT).await
        }
        Err(CoachingError::Store(e)) => Err(e.into()),
    }
}

/// The appointments of a person, for the person's page.
pub(crate) async fn appointments_of(state: &AppState, ctx: &Ctx, person: uuid::Uuid) -> AppResult<Vec<Value>> {
    let tz = tz(state);
    let rows = state.store.appointments_of_person(person).await?;
    Ok(rows
        .into_iter()
        .filter_map(|a| {
            let start = coaching::to_civil(&tz, &a.starts_at).ok()?;
            Some(context! {
                id => a.id, reference => a.reference, kind => a.kind, status => a.status,
                when => coaching::when_text(state, ctx.lang.code, start), counsellor => a.counsellor_name, place => a.place_name,
                interpreter => a.interpreter_needed,
                language => a.language.as_deref().map(crate::register::language_label),
            })
        })
        .collect())
}

pub(crate) async fn confirm_cancel(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let a = state.store.find_appointment(id).await?;
    if a.status != "booked" {
        return Err(AppError::NotFound);
    }
    let start = coaching::to_civil(&tz(&state), &a.starts_at)?;
    page(
        &state,
        &ctx,
        "staff/coaching/cancel.html",
        context! { a => a, when => coaching::when_text(&state, ctx.lang.code, start) },
    )
}

pub(crate) async fn cancel(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let a = state.store.find_appointment(id).await?;
    state.store.cancel_appointment(id, Some(me.id())).await?;
    let back =
        a.person_id.map(|p| format!("/staff/people/{p}?done=cancelled")).unwrap_or_else(|| "/staff/people".into());
    Ok(Redirect::to(&back).into_response())
}

#[derive(serde::Deserialize, serde::Serialize, Default)]
pub(crate) struct OutcomeForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    topics: String,
    #[serde(default)]
    handed_out: String,
    #[serde(default)]
    referrals: String,
    #[serde(default)]
    childcare_needed: Option<String>,
    #[serde(default)]
    notes: String,
}

pub(crate) async fn outcome_form(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let a = state.store.find_appointment(id).await?;
    let start = coaching::to_civil(&tz(&state), &a.starts_at)?;
    let f = OutcomeForm { status: "held".into(), ..Default::default() };
    page(
        &state,
        &ctx,
        "staff/coaching/outcome.html",
        context! { a => a, when => coaching::when_text(&state, ctx.lang.code, start), form => f, errors => no_errors() },
    )
}

pub(crate) async fn save_outcome(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<OutcomeForm>,
) -> AppResult<Response> {
    let a = state.store.find_appointment(id).await?;
    let parsed = welcomedesk_domain::coaching::Outcome::parse(
        &f.status,
        &f.topics,
        &f.handed_out,
        &f.referrals,
        &f.notes,
        f.childcare_needed.is_some(),
    );
    match parsed {
        Ok(o) => {
            state
                .store
                .record_outcome(
                    id,
                    &welcomedesk_store::coaching::Outcome {
                        status: o.status,
                        topics: o.topics.as_deref(),
                        handed_out: o.handed_out.as_deref(),
                        referrals: o.referrals.as_deref(),
                        childcare_needed: o.childcare_needed,
                        notes: o.notes.as_deref(),
                    },
                    Some(me.id()),
                )
                .await?;
            let back =
                a.person_id.map(|p| format!("/staff/people/{p}?done=outcome")).unwrap_or_else(|| "/staff/".into());
            Ok(Redirect::to(&back).into_response())
        }
        Err(inv) => {
            let start = coaching::to_civil(&tz(&state), &a.starts_at)?;
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            page_with_status(
                &state,
                &ctx,
                "staff/coaching/outcome.html",
                context! { a => a, when => coaching::when_text(&state, ctx.lang.code, start), form => f, errors => errors },
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct FollowUpQuery {
    #[serde(default)]
    within_days: Option<i64>,
}

pub(crate) async fn follow_ups(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<FollowUpQuery>,
) -> AppResult<Response> {
    let days = q.within_days.unwrap_or(30).clamp(0, 365);
    let list = coaching::follow_ups_due(&state.store, state.today(), days).await?;
    let rows: Vec<Value> = list
        .into_iter()
        .map(|(f, due)| {
            let invited = f.invited.as_ref().map(|(at, ch)| {
                let date = at.get(..10).and_then(|d| d.parse::<jiff::civil::Date>().ok());
                context! {
                    date => date.map(|d| welcomedesk_i18n::format_date(&state.cat, ctx.lang.code, d)).unwrap_or_default(),
                    channel => ch.clone(),
                }
            });
            context! {
                person_id => f.person_id, full_name => f.full_name,
                due => welcomedesk_i18n::format_date(&state.cat, ctx.lang.code, due),
                language => welcomedesk_i18n::by_code(&f.document_language).map(|l| l.endonym).unwrap_or("English"),
                can_email => f.email.is_some() && f.reminders_consent,
                invited => invited,
            }
        })
        .collect();
    page(&state, &ctx, "staff/coaching/follow_ups.html", context! { rows => rows, days => days })
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct InviteForm {
    #[serde(default)]
    person: Option<String>,
    #[serde(default)]
    within_days: Option<String>,
}

/// Invites one person, or everyone due: e-mails go to the queue, letters are shown to print.
pub(crate) async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<InviteForm>,
) -> AppResult<Response> {
    let days = f.within_days.as_deref().and_then(|d| d.trim().parse::<i64>().ok()).unwrap_or(30).clamp(0, 365);
    let mut due = coaching::follow_ups_due(&state.store, state.today(), days).await?;
    if let Some(one) = f.person.as_deref().filter(|p| !p.is_empty()) {
        let id = uuid::Uuid::parse_str(one).map_err(|_| AppError::NotFound)?;
        due.retain(|(p, _)| p.person_id == id);
        if due.is_empty() {
            return Err(AppError::NotFound);
        }
    }
    let done = coaching::invite(&state, due, Some(me.id())).await?;
    let letters: Vec<Value> = done
        .letters
        .iter()
        .map(|p| {
            let l = welcomedesk_i18n::by_code(&p.document_language).unwrap_or(&welcomedesk_i18n::LANGUAGES[0]);
            let (subject, lines) = coaching::invitation_lines(&state, l.code, &p.full_name);
            context! { lang => l.code, dir => l.dir.as_str(), subject => subject, lines => lines }
        })
        .collect();
    let pdf_query = done.letters.iter().map(|p| format!("person={}", p.person_id)).collect::<Vec<_>>().join("&");
    page(
        &state,
        &ctx,
        "staff/coaching/invited.html",
        context! { emailed => done.emailed, texted => done.texted, already => done.already, letters => letters, pdf_query => pdf_query },
    )
}

/// The invitation letters of the given people (`?person=…&person=…`) as one printable
/// PDF, each letter in the person's language and direction, addressed to the person's
/// postal address. Every person read is audited.
pub(crate) async fn letters_pdf(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    axum::extract::RawQuery(q): axum::extract::RawQuery,
) -> AppResult<Response> {
    let ids: Vec<uuid::Uuid> = q
        .unwrap_or_default()
        .split('&')
        .filter_map(|kv| kv.strip_prefix("person="))
        .map(|v| uuid::Uuid::parse_str(v).map_err(|_| AppError::NotFound))
        .collect::<Result<_, _>>()?;
    if ids.is_empty() || ids.len() > 500 {
        return Err(AppError::NotFound);
    }
    let s = state.settings();
    let today = state.today();
    let mut letters = vec![];
    for id in ids {
        let p = state.store.read_person(id, Some(me.id()), "person.letter").await?;
        let l = welcomedesk_i18n::by_code(&p.document_language).unwrap_or(&welcomedesk_i18n::LANGUAGES[0]);
        let (subject, lines) = coaching::invitation_lines(&state, l.code, &p.full_name);
        let mut recipient = vec![p.full_name.clone()];
        recipient.extend(p.address.iter().flat_map(|a| a.lines().map(str::to_owned)));
        let date = welcomedesk_i18n::format_date(&state.cat, l.code, today);
        let (signature, body) = match lines.split_last() {
            Some((last, rest)) => (vec![last.clone()], rest.to_vec()),
            None => (vec![], vec![]),
        };
        letters.push(welcomedesk_documents::Letter {
            common: crate::brochure::pdf::common(&state, l, subject.clone()),
            paper: welcomedesk_documents::Paper::A4,
            sender: vec![s.city_name.clone(), s.desk_address.clone()],
            recipient,
            place_date: format!("{}, {date}", s.city_name),
            subject,
            body: body.into_iter().map(welcomedesk_documents::Block::para).collect(),
            signature,
        });
    }
    let d = crate::brochure::pdf::documents()?;
    let pdf = tokio::task::spawn_blocking(move || d.letters(&letters))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(format!("letters: {e}")))?;
    let mut r = pdf.into_response();
    let h = r.headers_mut();
    use axum::http::{HeaderValue, header};
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("inline; filename=\"invitation-letters.pdf\""));
    // Names and addresses: never kept by a shared cache.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(r)
}

pub(crate) async fn coverage(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let cs = coaching::counsellors(&state.store, state.today()).await?;
    let places = state.store.list_places().await?;
    let rows: Vec<Value> = welcomedesk_domain::coaching::coverage(&cs)
        .into_iter()
        .map(|c| {
            context! {
                place => places.iter().find(|p| p.id == c.place).map(|p| p.name.clone()).unwrap_or_default(),
                weekday => c.weekday,
                from => c.from.strftime("%H:%M").to_string(),
                to => c.to.strftime("%H:%M").to_string(),
                languages => c.languages.iter().map(|l| crate::register::language_label(l)).collect::<Vec<_>>(),
            }
        })
        .collect();
    page(&state, &ctx, "staff/coaching/coverage.html", context! { rows => rows })
}

/// A phone number with all but its last two digits hidden.
fn mask_phone(p: &str) -> String {
    let digits: Vec<char> = p.chars().filter(char::is_ascii_digit).collect();
    let tail: String = digits.iter().skip(digits.len().saturating_sub(2)).collect();
    format!("***{tail}")
}

/// The e-mail queue: what was sent, what waits, what failed (addresses masked).
pub(crate) async fn outbox(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let mask = |a: &str| match a.split_once('@') {
        Some((l, d)) => format!("{}***@{d}", l.chars().next().unwrap_or('*')),
        None => "***".to_owned(),
    };
    let mails: Vec<Value> = state
        .store
        .list_outbox(200)
        .await?
        .into_iter()
        .map(|m| {
            let to = if m.channel == "sms" { mask_phone(&m.to_address) } else { mask(&m.to_address) };
            context! { created_at => m.created_at, kind => m.kind, channel => m.channel, to => to, status => m.status, attempts => m.attempts, error => m.last_error }
        })
        .collect();
    page(&state, &ctx, "staff/outbox.html", context! { mails => mails })
}
