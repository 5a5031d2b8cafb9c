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

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct SlotForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    place: String,
    /// The matter of an individual module.
    #[serde(default)]
    matter: String,
    /// `counsellor|place|start`
    #[serde(default)]
    slot: String,
    /// Children needing care during the appointment: how many, and their ages.
    #[serde(default)]
    children_count: String,
    #[serde(default)]
    children_ages: String,
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
    let tz = state.tz();
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
            places => places, matters => coaching::matter_options(&state.store, ctx.lang.code).await?,
            will_confirm => state.store.contact_for_confirmation(id).await?.is_some_and(|c| c.0.is_some() || c.1.is_some()),
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
    let children = welcomedesk_domain::sessions::parse_children(&f.children_count, &f.children_ages);
    // Only an individual module has a matter (an active one, checked when booking).
    let matter = match (parsed.map(|p| p.0), f.matter.trim()) {
        (Some(AppointmentKind::IndividualModule), "") => Err(FieldError::new("matter", "matter_required")),
        (Some(AppointmentKind::IndividualModule), m) => {
            uuid::Uuid::parse_str(m).map(Some).map_err(|_| FieldError::new("matter", "invalid_choice"))
        }
        _ => Ok(None),
    };
    let (Some((kind, counsellor, place, start)), Ok(children), Ok(matter)) = (parsed, children.clone(), matter.clone())
    else {
        let mut inv = children.err().unwrap_or_default();
        if let Err(e) = matter {
            inv.errors.insert(0, e);
        }
        if parsed.is_none() {
            inv.push(FieldError::new("slot", "required"));
        }
        let errors = form_errors(&state.cat, ctx.lang.code, &inv);
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
        children,
        matter,
    };
    // The confirmation goes to a person who agreed to messages, in the booking's
    // transaction; otherwise staff are told and offered a letter to print.
    let tz = state.tz();
    let confirmation = coaching::staff_confirmation(&state, &tz, id, matter).await?;
    let compose = |reference: &str, slot: &welcomedesk_domain::coaching::Slot| {
        confirmation.as_ref().and_then(|c| c.compose(reference, slot))
    };
    match coaching::book_with_mail(&state.store, &tz, &booking, Some(&compose), Some(me.id())).await {
        Ok((appointment, reference, _)) => {
            let sent = if confirmation.is_some() { "sent".to_owned() } else { format!("none&letter={appointment}") };
            Ok(Redirect::to(&format!("/staff/people/{id}?done=booked&reference={reference}&confirmation={sent}"))
                .into_response())
        }
        Err(CoachingError::SlotUnavailable) | Err(CoachingError::PersonBusy) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::from(FieldError::new("slot", "slot_taken")));
            book_page(&state, &ctx, id, &f, errors, StatusCode::CONFLICT).await
        }
        Err(CoachingError::Matter(e)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::from(e));
            book_page(&state, &ctx, id, &f, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(CoachingError::Store(e)) => Err(e.into()),
    }
}

/// The appointments of a person, for the person's page.
pub(crate) async fn appointments_of(state: &AppState, ctx: &Ctx, person: uuid::Uuid) -> AppResult<Vec<Value>> {
    let tz = state.tz();
    let rows = state.store.appointments_of_person(person).await?;
    let matters = state.store.coaching_items("matter", ctx.lang.code).await?;
    let topics = state.store.coaching_items("topic", ctx.lang.code).await?;
    let chosen = state.store.topics_of_appointments(&rows.iter().map(|a| a.id).collect::<Vec<_>>()).await?;
    Ok(rows
        .into_iter()
        .filter_map(|a| {
            let start = coaching::to_civil(&tz, &a.starts_at).ok()?;
            let matter = a.matter_id.and_then(|m| matters.iter().find(|i| i.id == m));
            let covered: Vec<Value> = topics
                .iter()
                .filter(|t| chosen.iter().any(|(ap, it)| *ap == a.id && *it == t.id))
                .map(|t| context! { title => t.title.clone(), lang => t.title_language.clone() })
                .collect();
            Some(context! {
                matter => matter.map(|m| m.title.clone()), matter_lang => matter.map(|m| m.title_language.clone()),
                topics_covered => covered,
                id => a.id, reference => a.reference, kind => a.kind, status => a.status,
                when => coaching::when_text(state, ctx.lang.code, start), counsellor => a.counsellor_name, place => a.place_name,
                interpreter => a.interpreter_needed,
                language => a.language.as_deref().map(crate::register::language_label),
                children => a.children_count, children_ages => a.children_ages,
            })
        })
        .collect())
}

pub(crate) async fn confirm_cancel(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let a = state.store.find_appointment(id).await?;
    if a.status != "booked" {
        return Err(AppError::NotFound);
    }
    let start = coaching::to_civil(&state.tz(), &a.starts_at)?;
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
    /// Topics covered, from the coordinator's list.
    #[serde(default)]
    topic_ids: Vec<String>,
    /// Other topics, free text.
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
    // What was recorded before (recording again replaces it).
    let o = state.store.outcome_of(id).await?;
    let f = OutcomeForm {
        status: if a.status == "no_show" { "no_show".into() } else { "held".into() },
        topic_ids: state.store.topics_of_appointments(&[id]).await?.into_iter().map(|(_, t)| t.to_string()).collect(),
        topics: o.topics.unwrap_or_default(),
        handed_out: o.handed_out.unwrap_or_default(),
        referrals: o.referrals.unwrap_or_default(),
        childcare_needed: o.childcare_needed.then(|| "on".to_owned()),
        notes: o.notes.unwrap_or_default(),
    };
    outcome_page(&state, &ctx, a, f, no_errors(), StatusCode::OK).await
}

/// The outcome form: the topics of the list as checkboxes (active ones, and inactive ones
/// already chosen), other topics and the rest as text.
async fn outcome_page(
    state: &AppState,
    ctx: &Ctx,
    a: welcomedesk_store::coaching::AppointmentRow,
    f: OutcomeForm,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let start = coaching::to_civil(&state.tz(), &a.starts_at)?;
    let topics: Vec<Value> = state
        .store
        .coaching_items("topic", ctx.lang.code)
        .await?
        .into_iter()
        .filter(|t| t.active || f.topic_ids.contains(&t.id.to_string()))
        .map(|t| {
            context! {
                id => t.id.to_string(), title => t.title, lang => t.title_language,
                checked => f.topic_ids.contains(&t.id.to_string()),
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/coaching/outcome.html",
        context! { a => a, when => coaching::when_text(state, ctx.lang.code, start), form => f, errors => errors, topics => topics },
        status,
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
    let known: Vec<uuid::Uuid> = state.store.coaching_items("topic", "en").await?.into_iter().map(|t| t.id).collect();
    let chosen = welcomedesk_domain::coaching::check_topics(&f.topic_ids, &known);
    let parsed = welcomedesk_domain::coaching::Outcome::parse(
        &f.status,
        &f.topics,
        &f.handed_out,
        &f.referrals,
        &f.notes,
        f.childcare_needed.is_some(),
    );
    let parsed = match (parsed, chosen) {
        (Ok(o), Ok(c)) => Ok((o, c)),
        (p, c) => {
            let mut inv = p.err().unwrap_or_default();
            if let Err(e) = c {
                inv.errors.insert(0, e);
            }
            Err(inv)
        }
    };
    match parsed {
        Ok((o, chosen)) => {
            state
                .store
                .record_outcome(
                    id,
                    &welcomedesk_store::coaching::Outcome {
                        status: o.status,
                        topic_ids: &chosen,
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
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            outcome_page(&state, &ctx, a, f, errors, StatusCode::UNPROCESSABLE_ENTITY).await
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

#[derive(serde::Deserialize, serde::Serialize, Default)]
pub(crate) struct ChildcareQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    days: String,
}

/// The childcare to arrange: per day and place, how many children at which times and
/// their ages (from what people said at booking). No names; the reference identifies
/// the appointment.
pub(crate) async fn childcare(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<ChildcareQuery>,
) -> AppResult<Response> {
    let (period, errors, status) =
        match welcomedesk_domain::coaching::parse_childcare_period(&q.from, &q.days, state.today()) {
            Ok(p) => (p, no_errors(), StatusCode::OK),
            Err(inv) => {
                ((state.today(), 14), form_errors(&state.cat, ctx.lang.code, &inv), StatusCode::UNPROCESSABLE_ENTITY)
            }
        };
    let plan = coaching::childcare_plan(&state.store, &state.tz(), period.0, period.1).await?;
    let digits = |s: String| welcomedesk_i18n::localise_digits(ctx.lang.code, &s);
    let days: Vec<Value> = plan
        .into_iter()
        .map(|d| {
            let weekday =
                state.cat.plain(ctx.lang.code, &format!("weekday-{}", d.date.weekday().to_monday_one_offset()), &[]);
            context! {
                date => format!("{weekday} {}", welcomedesk_i18n::format_date(&state.cat, ctx.lang.code, d.date)),
                place => d.place_name, children => d.children, most_at_once => d.most_at_once,
                slots => d.slots.into_iter().map(|s| context! {
                    time => digits(format!("{}–{}", s.start.strftime("%H:%M"), s.end.strftime("%H:%M"))),
                    children => s.children, ages => s.ages.unwrap_or_default(), reference => s.reference,
                }).collect::<Vec<_>>(),
            }
        })
        .collect();
    // What was typed stays in the form when it was wrong.
    let form = if status != StatusCode::OK {
        context! { from => q.from, days => q.days }
    } else {
        context! { from => period.0.to_string(), days => period.1.to_string() }
    };
    page_with_status(
        &state,
        &ctx,
        "staff/coaching/childcare.html",
        context! { days => days, form => form, errors => errors },
        status,
    )
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

// ---- the coordinator keeps the counsellors and the kinds ---------------------------

#[derive(serde::Deserialize, Default)]
pub(crate) struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
}

/// Staff accounts that may become counsellors: active counsellors and coordinators.
fn may_counsel(u: &welcomedesk_store::staff::StaffUser) -> bool {
    !u.disabled && matches!(u.role, welcomedesk_domain::Role::Counsellor | welcomedesk_domain::Role::Coordinator)
}

fn kind_label(state: &AppState, lang: &str, kind: &str) -> String {
    state.cat.plain(lang, &format!("kind-{}", kind.replace('_', "-")), &[])
}

fn languages_text(langs: &[(String, String)], level: &str) -> String {
    langs.iter().filter(|(_, l)| l == level).map(|(c, _)| c.as_str()).collect::<Vec<_>>().join(", ")
}

fn date_text(state: &AppState, lang: &str, d: &str) -> String {
    d.parse::<jiff::civil::Date>().map(|d| welcomedesk_i18n::format_date(&state.cat, lang, d)).unwrap_or_default()
}

async fn counsellors_page(
    state: &AppState,
    ctx: &Ctx,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang.code;
    let setups = state.store.counsellor_setups(&state.today().to_string()).await?;
    let places = state.store.list_places().await?;
    let place_name = |id: &uuid::Uuid| places.iter().find(|p| p.id == *id).map(|p| p.name.clone()).unwrap_or_default();
    let weekday = |d: i64| state.cat.plain(lang, &format!("weekday-{d}"), &[]);
    let rows: Vec<Value> = setups
        .iter()
        .map(|c| {
            context! {
                id => c.id, name => c.name.clone(),
                languages => c.languages.iter().map(|(l, lv)| {
                    format!("{} – {}", crate::register::language_label(l), state.cat.plain(lang, &format!("coachback-level-{lv}"), &[]))
                }).collect::<Vec<_>>(),
                kinds => c.kinds.iter().map(|k| kind_label(state, lang, k)).collect::<Vec<_>>(),
                hours => c.hours.iter().map(|h| format!("{} {}–{}, {}", weekday(h.weekday), h.from, h.to, place_name(&h.place))).collect::<Vec<_>>(),
                away => c.absences.iter().map(|a| format!("{} – {}", date_text(state, lang, &a.from), date_text(state, lang, &a.to))).collect::<Vec<_>>(),
            }
        })
        .collect();
    let candidates: Vec<(String, String)> = state
        .store
        .list_staff()
        .await?
        .into_iter()
        .filter(|u| may_counsel(u) && !setups.iter().any(|c| c.id == u.id))
        .map(|u| (u.id.to_string(), u.name))
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/coaching/counsellors.html",
        context! { rows => rows, candidates => candidates, errors => errors, done => done },
        status,
    )
}

/// The counsellors with their languages, kinds, hours and absences (coordinator).
pub(crate) async fn counsellors(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<DoneQuery>,
) -> AppResult<Response> {
    counsellors_page(&state, &ctx, no_errors(), q.done, StatusCode::OK).await
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct NewCounsellorForm {
    #[serde(default)]
    staff: String,
}

/// Makes a staff account (a counsellor or the coordinator) a counsellor, then opens its page.
pub(crate) async fn add_counsellor(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<NewCounsellorForm>,
) -> AppResult<Response> {
    let chosen = uuid::Uuid::parse_str(f.staff.trim()).ok();
    let staff = match chosen {
        Some(id) => state.store.list_staff().await?.into_iter().find(|u| u.id == id && may_counsel(u)),
        None => None,
    };
    let Some(staff) = staff else {
        let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("staff", "invalid_choice"));
        return counsellors_page(&state, &ctx, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    // Keeps what is there when the account already is a counsellor (a second click).
    let (langs, kinds) = match state.store.counsellor_setup(staff.id, "9999-12-31").await {
        Ok(c) => (c.languages, c.kinds),
        Err(welcomedesk_store::StoreError::NotFound) => (vec![], vec![]),
        Err(e) => return Err(e.into()),
    };
    let langs: Vec<(&str, &str)> = langs.iter().map(|(l, v)| (l.as_str(), v.as_str())).collect();
    let kinds: Vec<&str> = kinds.iter().map(String::as_str).collect();
    state.store.upsert_counsellor(staff.id, &langs, &kinds, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/coaching/counsellors/{}", staff.id)).into_response())
}

/// What the counsellor page's forms hold when they come back with errors.
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct CounsellorForm {
    #[serde(default)]
    native: String,
    #[serde(default)]
    fluent: String,
    #[serde(default)]
    kinds: Vec<String>,
    #[serde(default)]
    weekday: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    absence_from: String,
    #[serde(default)]
    absence_to: String,
    #[serde(default)]
    reason: String,
}

async fn counsellor_page(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
    form: Option<CounsellorForm>,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang.code;
    let today = state.today();
    let c = state.store.counsellor_setup(id, &today.to_string()).await?;
    let places = state.store.list_places().await?;
    let place_name = |id: &uuid::Uuid| places.iter().find(|p| p.id == *id).map(|p| p.name.clone()).unwrap_or_default();
    let form = form.unwrap_or_else(|| CounsellorForm {
        native: languages_text(&c.languages, "native"),
        fluent: languages_text(&c.languages, "fluent"),
        kinds: c.kinds.clone(),
        weekday: "1".into(),
        reason: "holiday".into(),
        ..Default::default()
    });
    let hours: Vec<Value> = c
        .hours
        .iter()
        .map(|h| context! { id => h.id, weekday => h.weekday, from => h.from.clone(), to => h.to.clone(), place => place_name(&h.place) })
        .collect();
    // Appointments still booked in an absence: the coordinator moves them.
    let tz = state.tz();
    let mut absences = vec![];
    for a in &c.absences {
        let (Ok(from), Ok(to)) = (a.from.parse::<jiff::civil::Date>(), a.to.parse::<jiff::civil::Date>()) else {
            continue;
        };
        let from_utc = coaching::to_utc(&tz, from.to_datetime(jiff::civil::Time::midnight()))?;
        let to_utc = coaching::to_utc(
            &tz,
            to.tomorrow().map_err(|e| AppError::Internal(e.to_string()))?.to_datetime(jiff::civil::Time::midnight()),
        )?;
        let clashes: Vec<Value> = state
            .store
            .booked_appointments_of_counsellor(id, &from_utc, &to_utc)
            .await?
            .into_iter()
            .filter_map(|b| {
                let start = coaching::to_civil(&tz, &b.starts_at).ok()?;
                Some(context! { id => b.id, reference => b.reference, when => coaching::when_text(state, lang, start), place => b.place_name })
            })
            .collect();
        absences.push(context! {
            id => a.id, from => date_text(state, lang, &a.from), to => date_text(state, lang, &a.to),
            reason => a.reason.clone(), clashes => clashes,
        });
    }
    let kinds: Vec<Value> = AppointmentKind::ALL
        .iter()
        .map(|k| context! { value => k.as_str(), label => kind_label(state, lang, k.as_str()), checked => form.kinds.iter().any(|x| x == k.as_str()) })
        .collect();
    let weekdays: Vec<(String, String)> =
        (1..=7).map(|d| (d.to_string(), state.cat.plain(lang, &format!("weekday-{d}"), &[]))).collect();
    let place_options: Vec<(String, String)> = places.iter().map(|p| (p.id.to_string(), p.name.clone())).collect();
    let reasons: Vec<(String, String)> = welcomedesk_domain::coaching::ABSENCE_REASONS
        .iter()
        .map(|r| (r.to_string(), state.cat.plain(lang, &format!("coachback-reason-{r}"), &[])))
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/coaching/counsellor.html",
        context! {
            c => context! { id => c.id, name => c.name.clone() }, form => form, errors => errors, done => done,
            hours => hours, absences => absences, kinds => kinds, weekdays => weekdays, places => place_options,
            reasons => reasons,
        },
        status,
    )
}

/// One counsellor's page: languages and kinds, weekly hours per place, absences.
pub(crate) async fn counsellor(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    QueryData(q): QueryData<DoneQuery>,
) -> AppResult<Response> {
    counsellor_page(&state, &ctx, id, None, no_errors(), q.done, StatusCode::OK).await
}

/// Saves a counsellor's languages (native, fluent) and kinds of coaching.
pub(crate) async fn save_counsellor(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<CounsellorForm>,
) -> AppResult<Response> {
    state.store.counsellor_setup(id, "9999-12-31").await?;
    let mut inv = Invalid::default();
    let langs = match welcomedesk_domain::coaching::parse_counsellor_languages(&f.native, &f.fluent) {
        Ok(l) => l,
        Err(e) => {
            inv.errors.extend(e.errors);
            vec![]
        }
    };
    let mut kinds = vec![];
    for k in &f.kinds {
        if let Some(k) = inv.take(AppointmentKind::parse("kinds", k)) {
            kinds.push(k.as_str());
        }
    }
    if !inv.is_empty() {
        let errors = form_errors(&state.cat, ctx.lang.code, &inv);
        return counsellor_page(&state, &ctx, id, Some(f), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let langs: Vec<(&str, &str)> = langs.iter().map(|(l, v)| (l.as_str(), v.as_str())).collect();
    state.store.upsert_counsellor(id, &langs, &kinds, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/coaching/counsellors/{id}?done=saved")).into_response())
}

/// The counsellor's page with the form as typed and its errors (fields renamed to the
/// page's own, so each error links to its field).
async fn counsellor_errors(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
    f: CounsellorForm,
    mut inv: Invalid,
    rename: &[(&'static str, &'static str)],
) -> AppResult<Response> {
    for e in &mut inv.errors {
        if let Some((_, to)) = rename.iter().find(|(from, _)| *from == e.field) {
            e.field = to;
        }
    }
    let errors = form_errors(&state.cat, ctx.lang.code, &inv);
    counsellor_page(state, ctx, id, Some(f), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// Adds a block of weekly hours at a place.
pub(crate) async fn add_hours(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<CounsellorForm>,
) -> AppResult<Response> {
    state.store.counsellor_setup(id, "9999-12-31").await?;
    let places = state.store.list_places().await?;
    let place = uuid::Uuid::parse_str(f.place.trim()).ok().filter(|p| places.iter().any(|x| x.id == *p));
    let parsed = welcomedesk_domain::coaching::parse_hours_block(&f.weekday, &f.from, &f.to);
    match (parsed, place) {
        (Ok((wd, from, to)), Some(place)) => {
            coaching::add_hours(&state.store, id, wd, from, to, place, Some(me.id())).await?;
            Ok(Redirect::to(&format!("/staff/coaching/counsellors/{id}?done=hours#hours")).into_response())
        }
        (parsed, place) => {
            let mut inv = parsed.err().unwrap_or_default();
            if place.is_none() {
                inv.push(FieldError::new("place", "invalid_choice"));
            }
            counsellor_errors(&state, &ctx, id, f, inv, &[]).await
        }
    }
}

/// Removes a block of weekly hours.
pub(crate) async fn remove_hours(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    axum::extract::Path((id, hours)): axum::extract::Path<(String, String)>,
) -> AppResult<Response> {
    let (Ok(id), Ok(hours)) = (uuid::Uuid::parse_str(&id), uuid::Uuid::parse_str(&hours)) else {
        return Err(AppError::NotFound);
    };
    state.store.remove_counsellor_hours(id, hours, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/coaching/counsellors/{id}?done=hours_removed#hours")).into_response())
}

/// Records days away (holiday, sick leave): no slots are proposed then.
pub(crate) async fn add_absence(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<CounsellorForm>,
) -> AppResult<Response> {
    state.store.counsellor_setup(id, "9999-12-31").await?;
    match welcomedesk_domain::coaching::parse_absence(&f.absence_from, &f.absence_to, &f.reason) {
        Ok((from, to, reason)) => {
            state.store.add_counsellor_absence(id, &from.to_string(), &to.to_string(), reason, Some(me.id())).await?;
            Ok(Redirect::to(&format!("/staff/coaching/counsellors/{id}?done=absence#absences")).into_response())
        }
        Err(inv) => {
            counsellor_errors(&state, &ctx, id, f, inv, &[("from", "absence_from"), ("to", "absence_to")]).await
        }
    }
}

/// Removes a recorded absence.
pub(crate) async fn remove_absence(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    axum::extract::Path((id, absence)): axum::extract::Path<(String, String)>,
) -> AppResult<Response> {
    let (Ok(id), Ok(absence)) = (uuid::Uuid::parse_str(&id), uuid::Uuid::parse_str(&absence)) else {
        return Err(AppError::NotFound);
    };
    state.store.remove_counsellor_absence(id, absence, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/coaching/counsellors/{id}?done=absence_removed#absences")).into_response())
}

/// The form fields of one kind on the kinds page.
fn kind_fields(k: AppointmentKind) -> (&'static str, &'static str) {
    match k {
        AppointmentKind::Start => ("start_minutes", "start_places"),
        AppointmentKind::FollowUp => ("follow_up_minutes", "follow_up_places"),
        AppointmentKind::IndividualModule => ("individual_module_minutes", "individual_module_places"),
        AppointmentKind::DeskFollowUp => ("desk_follow_up_minutes", "desk_follow_up_places"),
    }
}

async fn kinds_page(
    state: &AppState,
    ctx: &Ctx,
    typed: Option<&[(String, String)]>,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang.code;
    let stored = state.store.appointment_kinds().await?;
    let places = state.store.list_places().await?;
    let rows: Vec<Value> = AppointmentKind::ALL
        .iter()
        .map(|k| {
            let (mf, pf) = kind_fields(*k);
            let s = stored.iter().find(|s| s.kind == k.as_str());
            let (minutes, chosen): (String, Vec<String>) = match typed {
                Some(t) => (
                    t.iter().find(|(n, _)| n == mf).map(|(_, v)| v.clone()).unwrap_or_default(),
                    t.iter().filter(|(n, _)| n == pf).map(|(_, v)| v.clone()).collect(),
                ),
                None => (
                    s.map(|s| s.minutes).unwrap_or(k.default_minutes()).to_string(),
                    s.map(|s| s.places.iter().map(|p| p.to_string()).collect()).unwrap_or_default(),
                ),
            };
            context! {
                kind => k.as_str(), label => kind_label(state, lang, k.as_str()), minutes_field => mf, places_field => pf,
                minutes => minutes,
                places => places.iter().map(|p| context! { id => p.id.to_string(), name => p.name.clone(), checked => chosen.contains(&p.id.to_string()) }).collect::<Vec<_>>(),
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/coaching/kinds.html",
        context! { kinds => rows, errors => errors, done => done },
        status,
    )
}

/// Each kind's duration and where it is offered (coordinator).
pub(crate) async fn kinds(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<DoneQuery>,
) -> AppResult<Response> {
    kinds_page(&state, &ctx, None, no_errors(), q.done, StatusCode::OK).await
}

/// Saves every kind's duration and places; nothing is saved when any value is wrong.
pub(crate) async fn save_kinds(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(pairs): FormData<Vec<(String, String)>>,
) -> AppResult<Response> {
    let places = state.store.list_places().await?;
    let mut inv = Invalid::default();
    let mut plan = vec![];
    for k in AppointmentKind::ALL {
        let (mf, pf) = kind_fields(k);
        let raw_minutes = pairs.iter().find(|(n, _)| n == mf).map(|(_, v)| v.as_str()).unwrap_or("");
        let minutes = inv.take(
            welcomedesk_domain::text::whole_number(mf, raw_minutes, 0, 100_000)
                .and_then(|m| welcomedesk_domain::coaching::check_kind_minutes(mf, m)),
        );
        let mut chosen = vec![];
        for (_, v) in pairs.iter().filter(|(n, _)| n == pf) {
            match uuid::Uuid::parse_str(v.trim()) {
                Ok(p) if places.iter().any(|x| x.id == p) => chosen.push(p),
                _ => inv.push(FieldError::new(pf, "invalid_choice")),
            }
        }
        if let Some(m) = minutes {
            plan.push((k, m, chosen));
        }
    }
    if !inv.is_empty() {
        let errors = form_errors(&state.cat, ctx.lang.code, &inv);
        return kinds_page(&state, &ctx, Some(&pairs), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let stored = state.store.appointment_kinds().await?;
    for (k, minutes, chosen) in plan {
        let unchanged = stored.iter().any(|s| {
            s.kind == k.as_str() && s.minutes == minutes && {
                let mut a = s.places.clone();
                let mut b = chosen.clone();
                a.sort();
                b.sort();
                b.dedup();
                a == b
            }
        });
        if !unchanged {
            state.store.set_appointment_kind(k.as_str(), minutes, &chosen, Some(me.id())).await?;
        }
    }
    Ok(Redirect::to("/staff/coaching/kinds?done=saved").into_response())
}

// ---- moving an appointment (staff) ---------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct MoveForm {
    #[serde(default)]
    place: String,
    /// `counsellor|place|start`
    #[serde(default)]
    slot: String,
}

/// The booked appointment and its person (the read audited).
async fn to_move(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
) -> AppResult<(welcomedesk_store::coaching::AppointmentRow, welcomedesk_store::register::PersonRecord)> {
    let a = state.store.find_appointment(id).await?;
    let person = a.person_id.ok_or(AppError::NotFound)?;
    if a.status != "booked" {
        return Err(AppError::NotFound);
    }
    let p = state.store.read_person(person, ctx.actor(), "person.read").await?;
    Ok((a, p))
}

async fn move_page(
    state: &AppState,
    ctx: &Ctx,
    id: uuid::Uuid,
    f: &MoveForm,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let (a, p) = to_move(state, ctx, id).await?;
    let tz = state.tz();
    let kind = AppointmentKind::parse("kind", &a.kind).map_err(|_| AppError::NotFound)?;
    let now = jiff::Timestamp::now().to_zoned(tz.clone()).datetime();
    let place = uuid::Uuid::parse_str(f.place.trim()).ok();
    // The language the appointment was booked in first, else the person's languages.
    let languages = match &a.language {
        Some(l) => vec![l.clone()],
        None => p.languages.clone(),
    };
    let want = Want { languages, kind, place, from: now, days: 60, limit: 12, person: None };
    let places = state.store.list_places().await?;
    let staff = state.store.list_staff().await?;
    let slots: Vec<Value> = coaching::propose_for_move(&state.store, &tz, &want, id)
        .await?
        .iter()
        .map(|s| {
            context! {
                value => format!("{}|{}|{}", s.counsellor, s.place, s.start),
                when => coaching::when_text(state, ctx.lang.code, s.start),
                minutes => s.end.duration_since(s.start).as_mins(),
                counsellor => staff.iter().find(|c| c.id == s.counsellor).map(|c| c.name.clone()).unwrap_or_default(),
                place => places.iter().find(|p| p.id == s.place).map(|p| p.name.clone()).unwrap_or_default(),
                language => s.language.as_deref().map(crate::register::language_label),
                interpreter => s.interpreter_needed,
            }
        })
        .collect();
    let start = coaching::to_civil(&tz, &a.starts_at)?;
    page_with_status(
        state,
        ctx,
        "staff/coaching/move.html",
        context! {
            a => a, person => context! { id => p.id, full_name => p.full_name }, when => coaching::when_text(state, ctx.lang.code, start),
            slots => slots, places => places, form => f, errors => errors,
        },
        status,
    )
}

/// Choosing a new time for a booked appointment (staff).
pub(crate) async fn move_form(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    QueryData(f): QueryData<MoveForm>,
) -> AppResult<Response> {
    move_page(&state, &ctx, id, &f, no_errors(), StatusCode::OK).await
}

/// Moves the appointment in one transaction (the old time stays booked until the new
/// one is taken) and tells the person the new time where they may get messages.
pub(crate) async fn move_appointment(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<MoveForm>,
) -> AppResult<Response> {
    let (a, p) = to_move(&state, &ctx, id).await?;
    let parts: Vec<&str> = f.slot.split('|').collect();
    let slot = match parts.as_slice() {
        [c, pl, s] => match (uuid::Uuid::parse_str(c), uuid::Uuid::parse_str(pl), s.parse::<jiff::civil::DateTime>()) {
            (Ok(c), Ok(pl), Ok(s)) => Some((c, pl, s)),
            _ => None,
        },
        _ => None,
    };
    let Some((counsellor, place, start)) = slot else {
        let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("slot", "required"));
        return move_page(&state, &ctx, id, &f, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let kind = AppointmentKind::parse("kind", &a.kind).map_err(|_| AppError::NotFound)?;
    let booking = Booking {
        person: p.id,
        person_languages: match &a.language {
            Some(l) => vec![l.clone()],
            None => p.languages.clone(),
        },
        counsellor,
        place,
        kind,
        start,
        via: "staff",
        cancel_token_hash: None,
        children: Default::default(),
        matter: None,
    };
    // The same confirmation as after a booking (and as the API's move): only with consent.
    let confirmation = coaching::staff_confirmation(&state, &state.tz(), p.id, a.matter_id).await?;
    let compose = move |reference: &str, slot: &welcomedesk_domain::coaching::Slot| {
        confirmation.as_ref().and_then(|c| c.compose(reference, slot))
    };
    match coaching::move_booking(&state.store, &state.tz(), id, &booking, Some(&compose), Some(me.id())).await {
        Ok((_, reference, _)) => {
            Ok(Redirect::to(&format!("/staff/people/{}?done=moved&reference={reference}", p.id)).into_response())
        }
        Err(CoachingError::SlotUnavailable) | Err(CoachingError::PersonBusy) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("slot", "slot_taken"));
            move_page(&state, &ctx, id, &f, errors, StatusCode::CONFLICT).await
        }
        Err(CoachingError::Matter(e)) => Err(AppError::Invalid(Invalid::from(e))),
        Err(CoachingError::Store(welcomedesk_store::StoreError::NotFound)) => Err(AppError::NotFound),
        Err(CoachingError::Store(e)) => Err(e.into()),
    }
}

// ---- the coordinator's lists: matters of individual modules, topics covered ----------

/// `matters` or `topics` in a path → the store's list name.
fn list_of(path: &str) -> AppResult<&'static str> {
    match path {
        "matters" => Ok("matter"),
        "topics" => Ok("topic"),
        _ => Err(AppError::NotFound),
    }
}

/// The item form: slug (new items only), a title per shipped language, its place in the
/// list and whether it is offered.
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct ItemForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    active: Option<String>,
    #[serde(flatten)]
    titles: std::collections::BTreeMap<String, String>,
}

impl ItemForm {
    fn titles(&self) -> Vec<(String, String)> {
        welcomedesk_domain::coaching::TITLE_FIELDS
            .iter()
            .filter_map(|(l, f)| self.titles.get(*f).map(|t| ((*l).to_owned(), t.clone())))
            .collect()
    }
}

#[allow(clippy::too_many_arguments)]
async fn items_page(
    state: &AppState,
    ctx: &Ctx,
    path: &str,
    form: &ItemForm,
    editing: Option<uuid::Uuid>,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let list = list_of(path)?;
    let items: Vec<Value> = state
        .store
        .coaching_items(list, ctx.lang.code)
        .await?
        .into_iter()
        .map(|i| {
            context! {
                id => i.id, slug => i.slug, title => i.title, lang => i.title_language, active => i.active,
                used => i.used, sort => i.sort, languages => i.titles.len(),
            }
        })
        .collect();
    let langs: Vec<Value> = welcomedesk_domain::coaching::TITLE_FIELDS
        .iter()
        .filter_map(|(code, field)| {
            let l = welcomedesk_i18n::by_code(code)?;
            Some(context! {
                code => l.code, endonym => l.endonym, dir => l.dir.as_str(), field => field,
                title => form.titles.get(*field).cloned().unwrap_or_default(),
            })
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/coaching/items.html",
        context! {
            list_path => path, list => list, items => items, form => form, langs => langs, errors => errors,
            page_title => state.cat.plain(ctx.lang.code, &format!("matters-{path}-title"), &[]),
            done => done, editing => editing,
        },
        status,
    )
}

/// A list of the coordinator's (matters or topics) with the form to add one.
pub(crate) async fn items(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path(path): axum::extract::Path<String>,
    QueryData(q): QueryData<DoneQuery>,
) -> AppResult<Response> {
    let form = ItemForm { active: Some("on".into()), ..Default::default() };
    items_page(&state, &ctx, &path, &form, None, no_errors(), q.done, StatusCode::OK).await
}

/// Adds an item to a list; nothing is written when anything is wrong.
pub(crate) async fn create_item(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    axum::extract::Path(path): axum::extract::Path<String>,
    FormData(f): FormData<ItemForm>,
) -> AppResult<Response> {
    let list = list_of(&path)?;
    let parsed = welcomedesk_domain::coaching::parse_item(&f.slug, true, &f.titles(), f.active.is_some(), &f.sort);
    let item = match parsed {
        Ok(i) => i,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return items_page(&state, &ctx, &path, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let titles: Vec<(&str, &str)> = item.titles.iter().map(|(l, t)| (*l, t.as_str())).collect();
    let w = welcomedesk_store::coaching::ItemWrite {
        slug: item.slug.as_deref(),
        titles: &titles,
        active: item.active,
        sort: item.sort,
    };
    match state.store.insert_coaching_item(list, &w, Some(me.id())).await {
        Ok(_) => Ok(Redirect::to(&format!("/staff/coaching/lists/{path}?done=saved")).into_response()),
        Err(welcomedesk_store::StoreError::Conflict("slug_taken")) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("slug", "slug_taken"));
            items_page(&state, &ctx, &path, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The form of one item, filled with what is kept (only the titles written in each
/// language: the others are empty and fall back to English).
pub(crate) async fn edit_item(
    State(state): State<AppState>,
    ctx: Ctx,
    axum::extract::Path((path, id)): axum::extract::Path<(String, String)>,
) -> AppResult<Response> {
    let list = list_of(&path)?;
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let i = state.store.coaching_item(list, id, ctx.lang.code).await?;
    let mut form = ItemForm {
        slug: i.slug.clone(),
        sort: i.sort.to_string(),
        active: i.active.then(|| "on".to_owned()),
        titles: Default::default(),
    };
    for (l, t) in &i.titles {
        if let Some((_, f)) = welcomedesk_domain::coaching::TITLE_FIELDS.iter().find(|(c, _)| c == l) {
            form.titles.insert((*f).to_owned(), t.clone());
        }
    }
    items_page(&state, &ctx, &path, &form, Some(id), no_errors(), None, StatusCode::OK).await
}

/// Renames, translates, reorders, deactivates (or activates again) an item. An item is
/// never deleted: what was booked or recorded with it keeps it.
pub(crate) async fn update_item(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    axum::extract::Path((path, id)): axum::extract::Path<(String, String)>,
    FormData(f): FormData<ItemForm>,
) -> AppResult<Response> {
    let list = list_of(&path)?;
    let id = uuid::Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    state.store.coaching_item(list, id, "en").await?;
    let item = match welcomedesk_domain::coaching::parse_item("", false, &f.titles(), f.active.is_some(), &f.sort) {
        Ok(i) => i,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return items_page(&state, &ctx, &path, &f, Some(id), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let titles: Vec<(&str, &str)> = item.titles.iter().map(|(l, t)| (*l, t.as_str())).collect();
    let w =
        welcomedesk_store::coaching::ItemWrite { slug: None, titles: &titles, active: item.active, sort: item.sort };
    state.store.update_coaching_item(list, id, &w, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/coaching/lists/{path}?done=saved")).into_response())
}

// ---- places ------------------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct PlaceForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    transit: String,
    #[serde(default)]
    issues_permits: Option<String>,
}

/// A place as typed, checked (errors on the fields `name`, `address`, `transit`).
pub(crate) fn parse_place(
    name: &str,
    address: &str,
    transit: &str,
) -> Result<(String, String, Option<String>), Invalid> {
    let mut inv = Invalid::default();
    let name = inv.take(welcomedesk_domain::text::required_line("name", name, 120));
    let address = inv.take(welcomedesk_domain::text::required_line("address", address, 300));
    let transit = inv.take(welcomedesk_domain::text::optional_text("transit", transit, 1000));
    match (name, address, transit) {
        (Some(n), Some(a), Some(t)) if inv.is_empty() => Ok((n, a, t)),
        _ => Err(inv),
    }
}

async fn places_page(
    state: &AppState,
    ctx: &Ctx,
    form: &PlaceForm,
    editing: Option<uuid::Uuid>,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let places = state.store.list_places().await?;
    page_with_status(
        state,
        ctx,
        "staff/coaching/places.html",
        context! { places => places, form => form, editing => editing, errors => errors, done => done },
        status,
    )
}

/// The places where coaching is given, and the form to add one (coordinator).
pub(crate) async fn places(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<DoneQuery>,
) -> AppResult<Response> {
    places_page(&state, &ctx, &PlaceForm::default(), None, no_errors(), q.done, StatusCode::OK).await
}

pub(crate) async fn create_place(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<PlaceForm>,
) -> AppResult<Response> {
    let (name, address, transit) = match parse_place(&f.name, &f.address, &f.transit) {
        Ok(v) => v,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return places_page(&state, &ctx, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    match state.store.insert_place(&name, &address, transit.as_deref(), f.issues_permits.is_some(), Some(me.id())).await
    {
        Ok(_) => Ok(Redirect::to("/staff/coaching/places?done=saved").into_response()),
        Err(welcomedesk_store::StoreError::Conflict(_)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("name", "place_name_taken"));
            places_page(&state, &ctx, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn edit_place(State(state): State<AppState>, ctx: Ctx, IdPath(id): IdPath) -> AppResult<Response> {
    let p = state.store.list_places().await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?;
    let form = PlaceForm {
        name: p.name,
        address: p.address,
        transit: p.transit.unwrap_or_default(),
        issues_permits: p.issues_permits.then(|| "on".to_owned()),
    };
    places_page(&state, &ctx, &form, Some(id), no_errors(), None, StatusCode::OK).await
}

pub(crate) async fn update_place(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<PlaceForm>,
) -> AppResult<Response> {
    let (name, address, transit) = match parse_place(&f.name, &f.address, &f.transit) {
        Ok(v) => v,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return places_page(&state, &ctx, &f, Some(id), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    match state
        .store
        .update_place(id, &name, &address, transit.as_deref(), f.issues_permits.is_some(), Some(me.id()))
        .await
    {
        Ok(()) => Ok(Redirect::to("/staff/coaching/places?done=saved").into_response()),
        Err(welcomedesk_store::StoreError::Conflict(_)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("name", "place_name_taken"));
            places_page(&state, &ctx, &f, Some(id), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---- a printed confirmation --------------------------------------------------------

/// The confirmation of a booked appointment as a letter to print, in the person's
/// language and direction (for people who get no e-mail or SMS). The read is audited.
pub(crate) async fn confirmation_letter(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let a = state.store.find_appointment(id).await?;
    let person = a.person_id.ok_or(AppError::NotFound)?;
    if a.status != "booked" {
        return Err(AppError::NotFound);
    }
    let p = state.store.read_person(person, Some(me.id()), "person.letter").await?;
    let l = welcomedesk_i18n::by_code(&p.document_language).unwrap_or(&welcomedesk_i18n::LANGUAGES[0]);
    let s = state.settings();
    let tz = state.tz();
    let start = coaching::to_civil(&tz, &a.starts_at)?;
    let place = state.store.list_places().await?.into_iter().find(|x| x.id == a.place_id);
    let matter = coaching::matter_title(&state.store, l.code, a.matter_id).await?;
    use welcomedesk_i18n::Arg;
    let t = |k: &str, args: &[(&str, Arg<'_>)]| state.cat.plain(l.code, k, args);
    let when = coaching::when_text(&state, l.code, start);
    let subject = t("mail-confirmation-subject", &[("when", Arg::Str(&when))]);
    let mut body = vec![
        t("invite-hello", &[("name", Arg::Str(&p.full_name))]),
        t("mail-booked", &[]),
        t("mail-when", &[("when", Arg::Str(&when))]),
        t(
            "mail-where",
            &[
                ("place", Arg::Str(place.as_ref().map(|x| x.name.as_str()).unwrap_or(""))),
                ("address", Arg::Str(place.as_ref().map(|x| x.address.as_str()).unwrap_or(""))),
            ],
        ),
    ];
    if let Some(m) = &matter {
        body.push(t("matters-mail-about", &[("matter", Arg::Str(m))]));
    }
    body.push(t("mail-reference", &[("reference", Arg::Str(&a.reference))]));
    body.push(t("mail-help", &[("phone", Arg::Str(&s.hotline_phone))]));
    let mut recipient = vec![p.full_name.clone()];
    recipient.extend(p.address.iter().flat_map(|x| x.lines().map(str::to_owned)));
    let date = welcomedesk_i18n::format_date(&state.cat, l.code, state.today());
    let letter = welcomedesk_documents::Letter {
        common: crate::brochure::pdf::common(&state, l, subject.clone()),
        paper: welcomedesk_documents::Paper::A4,
        sender: vec![s.city_name.clone(), s.desk_address.clone()],
        recipient,
        place_date: format!("{}, {date}", s.city_name),
        subject,
        body: body.into_iter().map(welcomedesk_documents::Block::para).collect(),
        signature: vec![t("mail-signature", &[("city", Arg::Str(&s.city_name))])],
    };
    let d = crate::brochure::pdf::documents()?;
    let pdf = tokio::task::spawn_blocking(move || d.letters(&[letter]))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(format!("letter: {e}")))?;
    let mut r = pdf.into_response();
    let h = r.headers_mut();
    use axum::http::{HeaderValue, header};
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("inline; filename=\"confirmation.pdf\""));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(r)
}
