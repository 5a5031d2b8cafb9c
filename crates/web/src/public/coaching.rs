//! Newcomers book a coaching themselves, without an account, in their language: what
//! and where → a free time → their details → check the answers → confirmation with a
//! reference and a private link to see or cancel the appointment. One thing per page.

use crate::coaching::{self, Booking, CoachingError, Want};
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, QueryData};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::coaching::AppointmentKind;
use welcomedesk_domain::codes::{LanguageCode, PERSON_LANGUAGES};
use welcomedesk_domain::consent::Purpose;
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_domain::sessions::Children;
use welcomedesk_domain::{FieldError, Invalid};

/// The kinds a newcomer can book alone (desk follow-ups are booked by staff).
const PUBLIC_KINDS: [&str; 3] = ["start", "follow_up", "individual_module"];

fn check_lang(lang: &str) -> AppResult<()> {
    welcomedesk_i18n::by_code(lang).map(|_| ()).ok_or(AppError::NotFound)
}

/// Everything the booking carries from page to page (in the query or hidden fields).
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct Ask {
    #[serde(default)]
    kind: String,
    /// The matter of an individual module (an id from the coordinator's list).
    #[serde(default)]
    matter: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    slot: String,
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
    consent_basic: Option<String>,
    #[serde(default)]
    consent_reminders: Option<String>,
    /// Children needing care during the appointment: how many, and their ages.
    #[serde(default)]
    children_count: String,
    #[serde(default)]
    children_ages: String,
}

fn languages_for(ui: &str) -> Vec<Value> {
    let mut langs: Vec<(&str, &str, &str)> = PERSON_LANGUAGES.to_vec();
    langs.sort_by_key(|l| l.2);
    let _ = ui;
    langs.iter().map(|(c, _, e)| context! { code => c, name => e }).collect()
}

async fn start_page(state: &AppState, ctx: &Ctx, a: &Ask, errors: Value, status: StatusCode) -> AppResult<Response> {
    let places = state.store.list_places().await?;
    let default_lang = if a.language.is_empty() {
        // The website's language is a good first guess (Persian pages → Dari speakers too).
        LanguageCode::parse("l", ctx.lang.code).map(|l| l.as_str()).unwrap_or("en").to_owned()
    } else {
        a.language.clone()
    };
    let matters = coaching::matter_options(&state.store, ctx.lang.code).await?;
    page_with_status(
        state,
        ctx,
        "public/coaching/start.html",
        context! { a => a, kinds => PUBLIC_KINDS, person_languages => languages_for(ctx.lang.code), default_lang => default_lang, places => places, errors => errors, matters => matters },
        status,
    )
}

pub(crate) async fn start(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    QueryData(a): QueryData<Ask>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    start_page(&state, &ctx, &a, no_errors(), StatusCode::OK).await
}

type Asked = (AppointmentKind, LanguageCode, Option<uuid::Uuid>, Option<uuid::Uuid>);

/// What and where: the kind, the language, the place (if any) and, for an individual
/// module, its matter (whether it is an active one is checked with the list).
fn parse_ask(a: &Ask) -> Result<Asked, Invalid> {
    let mut inv = Invalid::default();
    let kind = inv.take(if PUBLIC_KINDS.contains(&a.kind.as_str()) {
        AppointmentKind::parse("kind", &a.kind)
    } else {
        Err(FieldError::new("kind", "invalid_choice"))
    });
    let lang = inv.take(LanguageCode::parse("language", &a.language));
    let place = if a.place.trim().is_empty() {
        Some(None)
    } else {
        inv.take(
            uuid::Uuid::parse_str(a.place.trim()).map(Some).map_err(|_| FieldError::new("place", "invalid_choice")),
        )
    };
    // Only an individual module has a matter; for the other kinds it is left aside.
    let matter = match (kind, a.matter.trim()) {
        (Some(AppointmentKind::IndividualModule), "") => {
            inv.push(FieldError::new("matter", "matter_required"));
            None
        }
        (Some(AppointmentKind::IndividualModule), m) => {
            inv.take(uuid::Uuid::parse_str(m).map(Some).map_err(|_| FieldError::new("matter", "invalid_choice")))
        }
        _ => Some(None),
    };
    match (kind, lang, place, matter) {
        (Some(k), Some(l), Some(p), Some(m)) if inv.is_empty() => Ok((k, l, p, m)),
        _ => Err(inv),
    }
}

/// `parse_ask` and the matter checked against the active ones.
async fn parse_ask_checked(state: &AppState, a: &Ask) -> AppResult<Result<Asked, Invalid>> {
    let asked = match parse_ask(a) {
        Ok(v) => v,
        Err(inv) => return Ok(Err(inv)),
    };
    let active = coaching::active_matters(&state.store).await?;
    Ok(welcomedesk_domain::coaching::check_matter(asked.0, asked.3, &active).map(|_| asked).map_err(Invalid::from))
}

pub(crate) async fn times(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    QueryData(a): QueryData<Ask>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let (kind, language, place, _) = match parse_ask_checked(&state, &a).await? {
        Ok(v) => v,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return start_page(&state, &ctx, &a, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let tz = state.tz();
    let now = jiff::Timestamp::now().to_zoned(tz.clone()).datetime();
    let from = now.checked_add(jiff::Span::new().hours(2)).map_err(|e| AppError::Internal(e.to_string()))?;
    let want =
        Want { languages: vec![language.as_str().to_owned()], kind, place, from, days: 45, limit: 12, person: None };
    let slots = coaching::propose(&state.store, &tz, &want).await?;
    let places = state.store.list_places().await?;
    let rows: Vec<Value> = slots
        .iter()
        .map(|s| {
            let p = places.iter().find(|p| p.id == s.place);
            context! {
                value => format!("{}|{}|{}", s.counsellor, s.place, s.start),
                when => coaching::when_text(&state, ctx.lang.code, s.start),
                place => p.map(|p| p.name.clone()).unwrap_or_default(),
                interpreter => s.interpreter_needed,
            }
        })
        .collect();
    page(&state, &ctx, "public/coaching/times.html", context! { a => a, slots => rows, errors => no_errors() })
}

/// Checks the chosen time and the person's details; returns what booking needs.
fn parse_details(state: &AppState, lang: &str, a: &Ask) -> Result<Details, Invalid> {
    let mut inv = Invalid::default();
    let (kind, language, matter) = match parse_ask(a) {
        Ok(v) => (Some(v.0), Some(v.1), v.3),
        Err(e) => {
            inv.errors.extend(e.errors);
            (None, None, None)
        }
    };
    let parts: Vec<&str> = a.slot.split('|').collect();
    let slot = match parts.as_slice() {
        [c, p, s] => match (uuid::Uuid::parse_str(c), uuid::Uuid::parse_str(p), s.parse::<jiff::civil::DateTime>()) {
            (Ok(c), Ok(p), Ok(s)) => Some((c, p, s)),
            _ => None,
        },
        _ => None,
    };
    if slot.is_none() {
        inv.push(FieldError::new("slot", "required"));
    }
    if a.phone.trim().is_empty() && a.email.trim().is_empty() {
        inv.push(FieldError::new("phone", "phone_or_email"));
    }
    let children = match welcomedesk_domain::sessions::parse_children(&a.children_count, &a.children_ages) {
        Ok(c) => Some(c),
        Err(e) => {
            inv.errors.extend(e.errors);
            None
        }
    };
    let input = PersonInput {
        full_name: a.full_name.clone(),
        birth_year: a.birth_year.clone(),
        birth_month: a.birth_month.clone(),
        birth_day: a.birth_day.clone(),
        citizenship: "ZZ".into(),
        languages: language.map(|l| vec![l.as_str().to_owned()]).unwrap_or_default(),
        phone: a.phone.clone(),
        email: a.email.clone(),
        ..Default::default()
    };
    let mut consents = vec![];
    if a.consent_basic.is_some() {
        consents.push(Purpose::Basic.as_str().to_owned());
    }
    if a.consent_reminders.is_some() {
        consents.push(Purpose::Reminders.as_str().to_owned());
    }
    let person = match NewPerson::parse(&input, &consents, Source::Public, state.today()) {
        Ok(p) => Some(p),
        Err(e) => {
            inv.errors.extend(e.errors.into_iter().filter(|e| e.field != "languages"));
            None
        }
    };
    let _ = lang;
    match (person, kind, slot, children) {
        (Some(p), Some(k), Some((c, pl, s)), Some(ch)) if inv.is_empty() => Ok((p, k, c, pl, s, ch, matter)),
        _ => Err(welcomedesk_domain::consent::addressed_to_self(inv)),
    }
}

/// The person, kind, counsellor, place, start, children and matter of a booking.
type Details =
    (NewPerson, AppointmentKind, uuid::Uuid, uuid::Uuid, jiff::civil::DateTime, Children, Option<uuid::Uuid>);

async fn details_page(state: &AppState, ctx: &Ctx, a: &Ask, errors: Value, status: StatusCode) -> AppResult<Response> {
    let slot_when = a
        .slot
        .split('|')
        .nth(2)
        .and_then(|s| s.parse::<jiff::civil::DateTime>().ok())
        .map(|d| coaching::when_text(state, ctx.lang.code, d));
    page_with_status(
        state,
        ctx,
        "public/coaching/details.html",
        context! { a => a, slot_when => slot_when, errors => errors },
        status,
    )
}

pub(crate) async fn details(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    QueryData(a): QueryData<Ask>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    if a.slot.is_empty() {
        return Ok(Redirect::to(&format!("/{lang}/coaching")).into_response());
    }
    details_page(&state, &ctx, &a, no_errors(), StatusCode::OK).await
}

/// "Check your answers" before anything is sent.
pub(crate) async fn check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    FormData(a): FormData<Ask>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    match parse_details(&state, &lang, &a) {
        Ok((_, _, _, place, start, children, matter)) => {
            let place = state.store.list_places().await?.into_iter().find(|p| p.id == place);
            let matter = coaching::matter_title(&state.store, ctx.lang.code, matter).await?;
            let language = LanguageCode::parse("l", &a.language).map(|l| l.endonym()).unwrap_or("");
            page(
                &state,
                &ctx,
                "public/coaching/check.html",
                context! {
                    a => a, when => coaching::when_text(&state, ctx.lang.code, start), place => place, language => language,
                    children => children.count, children_ages => children.ages, matter => matter,
                },
            )
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            details_page(&state, &ctx, &a, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

pub(crate) async fn book(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    FormData(a): FormData<Ask>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let (person, kind, counsellor, place, start, children, matter) = match parse_details(&state, &lang, &a) {
        Ok(v) => v,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return details_page(&state, &ctx, &a, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let person_id = crate::register::create_person(&state.store, &person, "online", &lang, None).await?;
    let token = crate::password::random_token()?;
    let booking = Booking {
        person: person_id,
        person_languages: person.data.languages.iter().map(|l| l.as_str().to_owned()).collect(),
        counsellor,
        place,
        kind,
        start,
        via: "public",
        cancel_token_hash: Some(crate::password::token_hash(&token)),
        children,
        matter,
    };
    // The confirmation in the page's language: by e-mail when an address was given,
    // else by SMS when only a phone number was given and the person agreed to messages.
    let email = person.data.email.clone();
    let sms_phone = match (&email, a.consent_reminders.is_some()) {
        (None, true) => person.data.phone.clone(),
        _ => None,
    };
    let confirmation = coaching::Confirmation {
        state: state.clone(),
        lang: lang.clone(),
        email,
        sms_phone,
        link: Some(format!("{}/{lang}/coaching/appointment/{token}", state.cfg.public_url)),
        places: state.store.list_places().await?,
        tz: state.tz(),
        matter: coaching::matter_title(&state.store, &lang, matter).await?,
    };
    let compose =
        move |reference: &str, slot: &welcomedesk_domain::coaching::Slot| confirmation.compose(reference, slot);
    match coaching::book_with_mail(&state.store, &state.tz(), &booking, Some(&compose), None).await {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/coaching/appointment/{token}?done=booked")).into_response()),
        Err(CoachingError::SlotUnavailable) | Err(CoachingError::PersonBusy) => {
            // Nothing is kept of a booking that did not happen.
            state.store.erase_person(person_id, "request", None).await?;
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("slot", "slot_taken"));
            details_page(&state, &ctx, &a, errors, StatusCode::CONFLICT).await
        }
        Err(CoachingError::Matter(e)) => {
            // The matter was deactivated meanwhile: nothing kept, choose again.
            state.store.erase_person(person_id, "request", None).await?;
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::from(e));
            start_page(&state, &ctx, &a, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(CoachingError::Store(e)) => Err(e.into()),
    }
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    done: Option<String>,
}

/// The person's own page of the appointment, reached only with the secret link.
pub(crate) async fn appointment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((lang, token)): Path<(String, String)>,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let a = state.store.find_appointment_by_token(&crate::password::token_hash(&token)).await?;
    let start = coaching::to_civil(&state.tz(), &a.starts_at)?;
    let place = state.store.list_places().await?.into_iter().find(|p| p.id == a.place_id);
    page(
        &state,
        &ctx,
        "public/coaching/appointment.html",
        context! { a => a, when => coaching::when_text(&state, ctx.lang.code, start), place => place, token => token, done => q.done },
    )
}

pub(crate) async fn cancel(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let a = state.store.find_appointment_by_token(&crate::password::token_hash(&token)).await?;
    match state.store.cancel_appointment(a.id, None).await {
        Ok(()) | Err(welcomedesk_store::StoreError::NotFound) => {}
        Err(e) => return Err(e.into()),
    }
    Ok(Redirect::to(&format!("/{lang}/coaching/appointment/{token}?done=cancelled")).into_response())
}

#[derive(serde::Deserialize, serde::Serialize, Default)]
pub(crate) struct MoveForm {
    #[serde(default)]
    slot: String,
}

/// The booked appointment behind a private link, with the person's languages and
/// e-mail address (the person reading their own record is audited like any read).
async fn moving(
    state: &AppState,
    token: &str,
) -> AppResult<(welcomedesk_store::coaching::AppointmentRow, welcomedesk_store::register::PersonRecord)> {
    let a = state.store.find_appointment_by_token(&crate::password::token_hash(token)).await?;
    let person = a.person_id.ok_or(AppError::NotFound)?;
    if a.status != "booked" {
        return Err(AppError::NotFound);
    }
    let p = state.store.read_person(person, None, "appointment.move").await?;
    Ok((a, p))
}

async fn move_page(state: &AppState, ctx: &Ctx, token: &str, errors: Value, status: StatusCode) -> AppResult<Response> {
    let (a, p) = moving(state, token).await?;
    let tz = state.tz();
    let kind = AppointmentKind::parse("kind", &a.kind).map_err(|_| AppError::NotFound)?;
    let now = jiff::Timestamp::now().to_zoned(tz.clone()).datetime();
    let from = now.checked_add(jiff::Span::new().hours(2)).map_err(|e| AppError::Internal(e.to_string()))?;
    let languages = match &a.language {
        Some(l) => vec![l.clone()],
        None => p.languages.clone(),
    };
    let want = Want { languages, kind, place: None, from, days: 45, limit: 12, person: None };
    let places = state.store.list_places().await?;
    let rows: Vec<Value> = coaching::propose(&state.store, &tz, &want)
        .await?
        .iter()
        .map(|s| {
            let pl = places.iter().find(|p| p.id == s.place);
            context! {
                value => format!("{}|{}|{}", s.counsellor, s.place, s.start),
                when => coaching::when_text(state, ctx.lang.code, s.start),
                place => pl.map(|p| p.name.clone()).unwrap_or_default(),
                interpreter => s.interpreter_needed,
            }
        })
        .collect();
    let start = coaching::to_civil(&tz, &a.starts_at)?;
    page_with_status(
        state,
        ctx,
        "public/coaching/move.html",
        context! { slots => rows, token => token, now_when => coaching::when_text(state, ctx.lang.code, start), errors => errors },
        status,
    )
}

/// Choosing a new time for a booked appointment (from the private link).
pub(crate) async fn move_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((lang, token)): Path<(String, String)>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    move_page(&state, &ctx, &token, no_errors(), StatusCode::OK).await
}

/// Moves the appointment to the chosen time in one transaction: the old time stays
/// the person's until the new one is theirs. When the time was just taken, the page
/// comes back with fresh times and the old appointment unchanged.
pub(crate) async fn move_appointment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((lang, token)): Path<(String, String)>,
    FormData(f): FormData<MoveForm>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let (a, p) = moving(&state, &token).await?;
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
        return move_page(&state, &ctx, &token, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
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
        via: "public",
        cancel_token_hash: Some(crate::password::token_hash(&token)),
        children: Default::default(),
        matter: None,
    };
    // The new time, like the first confirmation: e-mail where given, else SMS where the
    // person agreed to messages.
    let sms_phone = if p.email.is_none() && p.has_consent(Purpose::Reminders) { p.phone.clone() } else { None };
    let confirmation = coaching::Confirmation {
        state: state.clone(),
        lang: lang.clone(),
        email: p.email.clone(),
        sms_phone,
        link: Some(format!("{}/{lang}/coaching/appointment/{token}", state.cfg.public_url)),
        places: state.store.list_places().await?,
        tz: state.tz(),
        matter: coaching::matter_title(&state.store, &lang, a.matter_id).await?,
    };
    let compose =
        move |reference: &str, slot: &welcomedesk_domain::coaching::Slot| confirmation.compose(reference, slot);
    match coaching::move_booking(&state.store, &state.tz(), a.id, &booking, Some(&compose), None).await {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/coaching/appointment/{token}?done=moved")).into_response()),
        Err(CoachingError::SlotUnavailable) | Err(CoachingError::PersonBusy) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("slot", "slot_taken"));
            move_page(&state, &ctx, &token, errors, StatusCode::CONFLICT).await
        }
        Err(CoachingError::Matter(e)) => Err(AppError::Invalid(Invalid::from(e))),
        Err(CoachingError::Store(welcomedesk_store::StoreError::NotFound)) => {
            // Moved or cancelled meanwhile (another tab): show what is booked now.
            Ok(Redirect::to(&format!("/{lang}/coaching/appointment/{token}")).into_response())
        }
        Err(CoachingError::Store(e)) => Err(e.into()),
    }
}
