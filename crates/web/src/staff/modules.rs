//! The group information modules in the back office (issue 5): a term's sessions with
//! filters, creating a session or a series, changing its status (a cancellation tells
//! everyone registered), a session's registrations and waiting list with registering by
//! name or passport number, the trainers' phone-sized check-in and the printed list, the
//! rostering, and the programme's topics, venues and trainer pool with its coverage.
//!
//! The rules are in `welcomedesk_domain::sessions`, `::rostering` and `::pool`; the
//! guarantees (never overbooked, counted once) in `welcomedesk_store::sessions`. Trainers
//! open only their own sessions (`domain::sessions::may_open_session`).

use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::render::{form_errors, no_errors, page_with_status};
use crate::sessions::{self, Plan};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use std::collections::HashMap;
use welcomedesk_domain::pool::{self, PoolMember};
use welcomedesk_domain::sessions::{self as rules, Lookup, Status};
use welcomedesk_domain::{FieldError, Invalid, Role, text};
use welcomedesk_i18n::{Arg, LANGUAGES};
use welcomedesk_store::sessions::{
    CheckInWho, NewRegistration, NewTrainer, NewVenue, Registrant, SessionFilter, SessionRow, TopicText, TrainerRow,
};

// ---- shared ----------------------------------------------------------------------

fn role(ctx: &Ctx) -> Role {
    ctx.role().unwrap_or(Role::Provider)
}

fn may_register(r: Role) -> bool {
    matches!(r, Role::Coordinator | Role::Counsellor | Role::Desk | Role::DeskLead | Role::Clerk)
}

/// The pool entries linked to the signed-in account (a trainer's own).
fn mine(trainers: &[TrainerRow], me: uuid::Uuid) -> Vec<uuid::Uuid> {
    trainers.iter().filter(|t| t.staff_id == Some(me)).map(|t| t.id).collect()
}

async fn trainers(state: &AppState) -> AppResult<Vec<TrainerRow>> {
    Ok(state.store.load_trainers(&state.today().to_string()).await?)
}

fn trainer_name(trainers: &[TrainerRow], id: Option<uuid::Uuid>) -> Option<String> {
    id.and_then(|id| trainers.iter().find(|t| t.id == id)).map(|t| t.name.clone())
}

fn session_value(state: &AppState, lang: &str, s: &SessionRow, trainers: &[TrainerRow]) -> Value {
    context! {
        id => s.id, topic => s.topic_title.clone(), language => crate::register::language_label(&s.language),
        language_code => s.language.clone(),
        when => sessions::when_text(state, lang, s), venue => s.venue_name.clone(), address => s.venue_address.clone(),
        district => s.district.clone(),
        confirmed => s.confirmed, capacity => s.capacity, waiting => s.waiting,
        childcare_places => s.childcare_places, childcare_free => s.childcare_free,
        trainer => trainer_name(trainers, s.trainer_id), backup => trainer_name(trainers, s.backup_trainer_id),
        status => s.status.clone(),
        may_publish => s.status == "planned", may_cancel => s.status == "planned" || s.status == "published",
        may_hold => s.status == "published",
    }
}

/// A session a signed-in staff member may open (trainers: only their own).
async fn open_session(
    state: &AppState,
    ctx: &Ctx,
    me: uuid::Uuid,
    id: uuid::Uuid,
) -> AppResult<(SessionRow, Vec<TrainerRow>)> {
    let s = state.store.get_session(id, ctx.lang.code).await?;
    let pool = trainers(state).await?;
    if !rules::may_open_session(role(ctx), &mine(&pool, me), s.trainer_id, s.backup_trainer_id) {
        return Err(AppError::Forbidden);
    }
    Ok((s, pool))
}

/// The same rule for the JSON API (`listRegistrations`, `checkIn`): a trainer reaches
/// only their own sessions' lists, whatever the client. 404 for an unknown session.
pub(crate) async fn ensure_may_open(state: &AppState, ctx: &Ctx, id: uuid::Uuid) -> AppResult<()> {
    let me = ctx.actor().ok_or(AppError::Forbidden)?;
    open_session(state, ctx, me, id).await.map(|_| ())
}

/// One line of the pool coverage table (a language or a topic).
fn coverage_row<K>(label: String, l: &pool::CoverageLine<K>) -> Value {
    context! { label => label, trainers => l.trainers, sessions => l.sessions, target => l.target, short => l.short }
}

fn language_options() -> Vec<(String, String)> {
    LANGUAGES.iter().map(|l| (l.code.to_owned(), crate::register::language_label(l.code))).collect()
}

fn opt_uuid(raw: &str, field: &'static str, inv: &mut Invalid) -> Option<uuid::Uuid> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    match s.parse() {
        Ok(u) => Some(u),
        Err(_) => {
            inv.push(FieldError::new(field, "invalid_choice"));
            None
        }
    }
}

fn opt_date(raw: &str, field: &'static str, inv: &mut Invalid) -> Option<jiff::civil::Date> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    inv.take(s.parse().map_err(|_| FieldError::new(field, "invalid_date")))
}

// ---- the list --------------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct ListQuery {
    #[serde(default)]
    topic: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    told: Option<i64>,
}

pub(crate) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    QueryData(q): QueryData<ListQuery>,
) -> AppResult<Response> {
    let mut inv = Invalid::default();
    let topic = opt_uuid(&q.topic, "topic", &mut inv);
    let language = match q.language.trim() {
        "" => None,
        l => inv.take(rules::parse_language("language", l)),
    };
    let status = match q.status.trim() {
        "" => None,
        s => inv.take(Status::parse("status", s)),
    };
    let from =
        opt_date(&q.from, "from", &mut inv).or(if q.from.trim().is_empty() { Some(state.today()) } else { None });
    let to = opt_date(&q.to, "to", &mut inv);
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        inv.push(FieldError::new("to", "range_order"));
    }
    let pool = trainers(&state).await?;
    let mut rows: Vec<SessionRow> = vec![];
    if inv.errors.is_empty() {
        let filter = SessionFilter {
            topic,
            language,
            from: from.map(|d| d.to_string()),
            to: to.map(|d| d.to_string()),
            statuses: status.into_iter().collect(),
            limit: 500,
            ..Default::default()
        };
        if role(&ctx) == Role::Trainer {
            for t in mine(&pool, me.id()) {
                let f = SessionFilter { trainer: Some(t), ..filter.clone() };
                rows.extend(state.store.list_sessions(&f, ctx.lang.code).await?);
            }
            rows.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.id.cmp(&b.id)));
            rows.dedup_by_key(|s| s.id);
        } else {
            rows = state.store.list_sessions(&filter, ctx.lang.code).await?;
        }
    }
    let status_code = if inv.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let errors = if inv.errors.is_empty() { no_errors() } else { form_errors(&state.cat, ctx.lang.code, &inv) };
    let topics: Vec<(String, String)> =
        state.store.list_topics(ctx.lang.code).await?.into_iter().map(|t| (t.id.to_string(), t.title)).collect();
    let sessions: Vec<Value> = rows.iter().map(|s| session_value(&state, ctx.lang.code, s, &pool)).collect();
    let from_text = if q.from.trim().is_empty() { state.today().to_string() } else { q.from.clone() };
    page_with_status(
        &state,
        &ctx,
        "staff/modules/list.html",
        context! {
            q => q, from => from_text, sessions => sessions, topics => topics, language_choices => language_options(),
            statuses => Status::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(), errors => errors,
        },
        status_code,
    )
}

// ---- creating a session or a series ------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Clone)]
pub(crate) struct SessionForm {
    #[serde(default)]
    topic_id: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    venue_id: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    weekday: String,
    #[serde(default)]
    every_weeks: String,
    #[serde(default)]
    start: String,
    #[serde(default)]
    minutes: String,
    #[serde(default)]
    capacity: String,
    #[serde(default)]
    childcare_places: String,
    #[serde(default)]
    trainer_id: String,
    #[serde(default)]
    backup_trainer_id: String,
    #[serde(default)]
    status: String,
}

impl Default for SessionForm {
    fn default() -> Self {
        Self {
            topic_id: String::new(),
            language: String::new(),
            venue_id: String::new(),
            kind: "series".to_owned(),
            date: String::new(),
            from: String::new(),
            to: String::new(),
            weekday: "6".to_owned(),
            every_weeks: "2".to_owned(),
            start: "10:00".to_owned(),
            minutes: "120".to_owned(),
            capacity: "25".to_owned(),
            childcare_places: "0".to_owned(),
            trainer_id: String::new(),
            backup_trainer_id: String::new(),
            status: "planned".to_owned(),
        }
    }
}

impl SessionForm {
    /// The plan, or every problem with the form.
    fn plan(&self) -> Result<Plan, Invalid> {
        let mut inv = Invalid::default();
        let topic = opt_uuid(&self.topic_id, "topic_id", &mut inv);
        if topic.is_none() && self.topic_id.trim().is_empty() {
            inv.push(FieldError::new("topic_id", "required"));
        }
        let language = inv.take(rules::parse_language("language", &self.language));
        let venue = opt_uuid(&self.venue_id, "venue_id", &mut inv);
        if venue.is_none() && self.venue_id.trim().is_empty() {
            inv.push(FieldError::new("venue_id", "required"));
        }
        let dates = if self.kind == "single" {
            inv.take(self.date.trim().parse().map_err(|_| FieldError::new("date", "invalid_date"))).map(|d| vec![d])
        } else {
            let from = inv.take(self.from.trim().parse().map_err(|_| FieldError::new("from", "invalid_date")));
            let to = inv.take(self.to.trim().parse().map_err(|_| FieldError::new("to", "invalid_date")));
            let wd = inv.take(rules::parse_weekday("weekday", &self.weekday));
            let every = inv.take(text::whole_number("every_weeks", &self.every_weeks, 1, 8));
            match (from, to, wd, every) {
                (Some(f), Some(t), Some(w), Some(e)) => match rules::expand_series(f, t, w, e) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        inv.errors.extend(e.errors);
                        None
                    }
                },
                _ => None,
            }
        };
        let start = inv
            .take(self.start.trim().parse::<jiff::civil::Time>().map_err(|_| FieldError::new("start", "invalid_time")));
        let minutes = inv.take(rules::parse_minutes("minutes", &self.minutes));
        let capacity = inv.take(rules::parse_capacity("capacity", &self.capacity));
        let childcare = inv.take(text::whole_number("childcare_places", &self.childcare_places, 0, 100));
        let trainer = opt_uuid(&self.trainer_id, "trainer_id", &mut inv);
        let backup = opt_uuid(&self.backup_trainer_id, "backup_trainer_id", &mut inv);
        let status = match Status::parse("status", &self.status) {
            Ok(s @ (Status::Planned | Status::Published)) => Some(s),
            _ => {
                inv.push(FieldError::new("status", "invalid_choice"));
                None
            }
        };
        match (topic, language, venue, dates, start, minutes, capacity, childcare, status) {
            (
                Some(topic),
                Some(language),
                Some(venue),
                Some(dates),
                Some(start),
                Some(minutes),
                Some(capacity),
                Some(cc),
                Some(status),
            ) if inv.errors.is_empty() => Ok(Plan {
                topic,
                language,
                venue,
                room: None,
                dates,
                start,
                minutes,
                capacity,
                childcare_places: cc,
                trainer,
                backup,
                status,
            }),
            _ => Err(inv),
        }
    }
}

async fn new_page(
    state: &AppState,
    ctx: &Ctx,
    form: &SessionForm,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let topics: Vec<(String, String)> =
        state.store.list_topics(ctx.lang.code).await?.into_iter().map(|t| (t.id.to_string(), t.title)).collect();
    let venues: Vec<(String, String)> =
        state.store.list_venues().await?.into_iter().map(|v| (v.id.to_string(), v.name)).collect();
    let pool: Vec<(String, String)> =
        trainers(state).await?.into_iter().filter(|t| t.active).map(|t| (t.id.to_string(), t.name)).collect();
    let weekdays: Vec<(String, String)> =
        (1..=7).map(|d| (d.to_string(), state.cat.plain(ctx.lang.code, &format!("weekday-{d}"), &[]))).collect();
    page_with_status(
        state,
        ctx,
        "staff/modules/new.html",
        context! {
            form => form, errors => errors, topics => topics, venues => venues, trainers => pool,
            language_choices => language_options(), weekdays => weekdays,
        },
        status,
    )
}

pub(crate) async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    new_page(&state, &ctx, &SessionForm::default(), no_errors(), StatusCode::OK).await
}

pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<SessionForm>,
) -> AppResult<Response> {
    let invalid = |inv: Invalid| form_errors(&state.cat, ctx.lang.code, &inv);
    let plan = match f.plan() {
        Ok(p) => p,
        Err(inv) => return new_page(&state, &ctx, &f, invalid(inv), StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    match sessions::create(&state, &plan, Some(me.id())).await {
        Ok(ids) => Ok(Redirect::to(&format!(
            "/staff/modules?from={}&done=created&told={}",
            plan.dates.first().map(|d| d.to_string()).unwrap_or_default(),
            ids.len()
        ))
        .into_response()),
        Err(AppError::Invalid(inv)) => new_page(&state, &ctx, &f, invalid(inv), StatusCode::UNPROCESSABLE_ENTITY).await,
        Err(e) => Err(e),
    }
}

// ---- status ------------------------------------------------------------------------

#[derive(serde::Deserialize)]
pub(crate) struct StatusForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    back: Option<String>,
}

/// The message to everyone registered when their session is cancelled.
fn compose_cancelled(
    state: &AppState,
) -> impl Fn(&welcomedesk_store::sessions::Recipient) -> (String, String) + Send + Sync + '_ {
    move |r: &welcomedesk_store::sessions::Recipient| {
        let lang = r.language.as_str();
        let when = sessions::when_text(state, lang, &r.session);
        let t = |k: &str| {
            state.cat.plain(
                lang,
                k,
                &[
                    ("topic", Arg::Str(&r.session.topic_title)),
                    ("when", Arg::Str(&when)),
                    ("city", Arg::Str(&state.settings().city_name)),
                ],
            )
        };
        let body = [t("modback-mail-cancelled-body"), t("mail-signature")].join("\n\n");
        (t("modback-mail-cancelled-subject"), body)
    }
}

pub(crate) async fn set_status(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<StatusForm>,
) -> AppResult<Response> {
    let to = Status::parse("status", &f.status).map_err(Invalid::from)?;
    let back = crate::staff::safe_next(f.back.as_deref(), "/staff/modules");
    let sep = if back.contains('?') { '&' } else { '?' };
    if to == Status::Cancelled {
        let compose = compose_cancelled(&state);
        let told = state.store.cancel_session(id, Some(&compose), Some(me.id())).await?;
        return Ok(Redirect::to(&format!("{back}{sep}done=cancelled&told={told}")).into_response());
    }
    state.store.set_session_status(id, to, Some(me.id())).await?;
    Ok(Redirect::to(&format!("{back}{sep}done={}", to.as_str())).into_response())
}

// ---- a session's page --------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct SessionQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    told: Option<i64>,
}

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct RegisterForm {
    #[serde(default)]
    person_id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    children_count: String,
    #[serde(default)]
    children_ages: String,
    /// Staff tick that the person agrees that the registration is kept (purpose
    /// `modules`), where they have not before.
    #[serde(default)]
    consent_modules: Option<String>,
    /// The name of the person of the register whose registration waits for that consent
    /// (the page then asks for it); never read from the request.
    #[serde(default, skip_deserializing)]
    confirm_name: String,
}

/// Someone found by the search: a person of the register.
#[derive(serde::Serialize)]
struct Found {
    id: uuid::Uuid,
    name: String,
    detail: String,
}

async fn find(state: &AppState, ctx: &Ctx, q: &str) -> AppResult<Result<Vec<Found>, Invalid>> {
    match rules::parse_lookup("q", q) {
        Err(e) => Ok(Err(Invalid::from(e))),
        Ok(None) => Ok(Ok(vec![])),
        Ok(Some(Lookup::Passport(n))) => match state.store.passport_holder(&n, ctx.actor()).await? {
            None => Ok(Err(Invalid::one("q", "module_passport_unknown"))),
            Some(h) if !h.valid => Ok(Err(Invalid::one("q", "module_passport_replaced"))),
            Some(h) => Ok(Ok(vec![Found { id: h.person_id, name: h.name, detail: n.display() }])),
        },
        Ok(Some(Lookup::Name(name))) => {
            let hits = crate::register::search(&state.store, &name, None, 10).await?;
            state
                .store
                .audit(
                    &welcomedesk_domain::audit::AuditEvent::new(ctx.actor(), "person.search", "person")
                        .detail(format!("hits={}", hits.len())),
                )
                .await?;
            Ok(Ok(hits
                .into_iter()
                .map(|m| Found {
                    id: m.person.id,
                    name: m.person.full_name.clone(),
                    detail: m.person.birth_date.clone(),
                })
                .collect()))
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn session_page(
    state: &AppState,
    ctx: &Ctx,
    s: &SessionRow,
    pool: &[TrainerRow],
    q: &SessionQuery,
    form: &RegisterForm,
    extra: Option<Invalid>,
    status: StatusCode,
) -> AppResult<Response> {
    let regs = state.store.list_registrations(s.id).await?;
    state
        .store
        .audit(&welcomedesk_domain::audit::AuditEvent::new(ctx.actor(), "registration.list", "session").on(s.id))
        .await?;
    let reg_value = |r: &welcomedesk_store::sessions::RegistrationRow| {
        context! {
            id => r.id, name => r.name.clone().unwrap_or_default(), position => r.position,
            children => r.children_count, ages => r.children_ages.clone().unwrap_or_default(),
            checked_in => r.checked_in, via => r.via.clone(), in_register => r.person_id.is_some(),
        }
    };
    let confirmed: Vec<Value> = regs.iter().filter(|r| r.status == "confirmed").map(reg_value).collect();
    let waiting: Vec<Value> = regs.iter().filter(|r| r.status == "waiting").map(reg_value).collect();
    let registering = may_register(role(ctx));
    let mut inv = extra.unwrap_or_default();
    let mut found = vec![];
    if registering && !q.q.trim().is_empty() {
        match find(state, ctx, &q.q).await? {
            Ok(f) => found = f,
            Err(e) => inv.errors.extend(e.errors),
        }
    }
    // A search with a mistake on an ordinary page view is a 422; a refused write keeps its own status.
    let status =
        if inv.errors.is_empty() || status != StatusCode::OK { status } else { StatusCode::UNPROCESSABLE_ENTITY };
    let errors = if inv.errors.is_empty() { no_errors() } else { form_errors(&state.cat, ctx.lang.code, &inv) };
    page_with_status(
        state,
        ctx,
        "staff/modules/session.html",
        context! {
            s => session_value(state, ctx.lang.code, s, pool), confirmed => confirmed, waiting => waiting,
            registering => registering, q => q, found => found, searched => !q.q.trim().is_empty(), form => form,
            errors => errors, language_choices => language_options(),
            coordinator => role(ctx) == Role::Coordinator,
        },
        status,
    )
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    QueryData(q): QueryData<SessionQuery>,
) -> AppResult<Response> {
    let (s, pool) = open_session(&state, &ctx, me.id(), id).await?;
    let form = RegisterForm { language: ctx.lang.code.to_owned(), ..Default::default() };
    session_page(&state, &ctx, &s, &pool, &q, &form, None, StatusCode::OK).await
}

pub(crate) async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(mut f): FormData<RegisterForm>,
) -> AppResult<Response> {
    let (s, pool) = open_session(&state, &ctx, me.id(), id).await?;
    let mut inv = Invalid::default();
    let language = if LANGUAGES.iter().any(|l| l.code == f.language.trim()) {
        f.language.trim().to_owned()
    } else {
        ctx.lang.code.to_owned()
    };
    // Who, and whether they hold the registration's own consent (`None`: a caller
    // without a record) with the language its text is read in.
    let registrant = match opt_uuid(&f.person_id, "q", &mut inv) {
        Some(p) => {
            let person = state.store.read_person(p, ctx.actor(), "person.read").await?;
            let live = person.has_consent(welcomedesk_domain::consent::Purpose::Modules);
            f.confirm_name = person.full_name;
            Some((Registrant::Person(p), Some(live), person.document_language))
        }
        None if inv.errors.is_empty() => match rules::parse_contact(&f.name, &f.phone, &f.email) {
            Ok(c) => {
                Some((Registrant::Contact { name: c.name, phone: c.phone, email: c.email }, None, language.clone()))
            }
            Err(e) => {
                inv.errors.extend(e.errors);
                None
            }
        },
        None => None,
    };
    let consent = match &registrant {
        Some((_, live, text_language)) => {
            match rules::staff_registration_consent(*live, f.consent_modules.is_some(), text_language) {
                Ok(c) => c,
                Err(e) => {
                    inv.push(e);
                    None
                }
            }
        }
        None => None,
    };
    let children = match rules::parse_children(&f.children_count, &f.children_ages) {
        Ok(c) => Some(c),
        Err(e) => {
            inv.errors.extend(e.errors);
            None
        }
    };
    let q = SessionQuery::default();
    if !inv.errors.iter().any(|e| e.field == "consent_modules") {
        // The page asks for the consent of a person of the register only when it is missing.
        f.confirm_name.clear();
    }
    let (Some((registrant, _, _)), Some(children), true) = (registrant, children, inv.errors.is_empty()) else {
        return session_page(&state, &ctx, &s, &pool, &q, &f, Some(inv), StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let reg = state
        .store
        .register_for_session_with_consent(
            id,
            &NewRegistration {
                registrant,
                language,
                children_count: children.count,
                children_ages: children.ages,
                via: "staff",
                cancel_token_hash: None,
            },
            consent.as_ref(),
            Some(me.id()),
        )
        .await;
    match reg {
        Ok(r) => Ok(Redirect::to(&format!("/staff/modules/{id}?done={}", r.status.as_str())).into_response()),
        Err(welcomedesk_store::StoreError::Conflict(code)) => {
            let field = if f.person_id.trim().is_empty() { "name" } else { "q" };
            let field = if code == "childcare_impossible" { "children_count" } else { field };
            session_page(&state, &ctx, &s, &pool, &q, &f, Some(Invalid::one(field, code)), StatusCode::CONFLICT).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct Empty {}

pub(crate) async fn cancel_registration(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(_): FormData<Empty>,
) -> AppResult<Response> {
    let r = state.store.get_registration(id).await?;
    let compose = sessions::compose_promoted(&state);
    let c = state.store.cancel_registration(id, Some(&compose), Some(me.id())).await?;
    let done = if c.promoted.is_some() { "promoted" } else { "reg-cancelled" };
    Ok(Redirect::to(&format!("/staff/modules/{}?done={done}", r.session_id)).into_response())
}

// ---- check-in and the printed list --------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct CheckInQuery {
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    who: Option<String>,
}

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct CheckInForm {
    #[serde(default)]
    number: String,
    #[serde(default)]
    registration_id: String,
    #[serde(default)]
    walk_in_name: String,
    #[serde(default)]
    walk_in_phone: String,
}

async fn check_in_page(
    state: &AppState,
    ctx: &Ctx,
    s: &SessionRow,
    q: &CheckInQuery,
    form: &CheckInForm,
    inv: Option<Invalid>,
    template: &str,
) -> AppResult<Response> {
    let regs = state.store.list_registrations(s.id).await?;
    state
        .store
        .audit(&welcomedesk_domain::audit::AuditEvent::new(ctx.actor(), "registration.list", "session").on(s.id))
        .await?;
    let people: Vec<Value> = regs
        .iter()
        .filter(|r| r.status != "cancelled")
        .map(|r| {
            context! {
                id => r.id, name => r.name.clone().unwrap_or_default(), checked_in => r.checked_in,
                waiting => r.status == "waiting", children => r.children_count,
            }
        })
        .collect();
    let who = q.who.as_deref().and_then(|w| regs.iter().find(|r| r.id.to_string() == w)).and_then(|r| r.name.clone());
    let attended = state.store.count_attendances(s.id).await?;
    let (errors, status) = match inv {
        Some(i) if !i.errors.is_empty() => {
            (form_errors(&state.cat, ctx.lang.code, &i), StatusCode::UNPROCESSABLE_ENTITY)
        }
        _ => (no_errors(), StatusCode::OK),
    };
    let pool = trainers(state).await?;
    // The printed list has empty lines for walk-ins.
    let blank: Vec<usize> = (1..=8).collect();
    page_with_status(
        state,
        ctx,
        template,
        context! {
            s => session_value(state, ctx.lang.code, s, &pool), people => people, done => q.done.clone(), who => who,
            attended => attended, form => form, errors => errors, blank => blank,
            open => s.status == "published" || s.status == "held",
        },
        status,
    )
}

pub(crate) async fn check_in_form(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    QueryData(q): QueryData<CheckInQuery>,
) -> AppResult<Response> {
    let (s, _) = open_session(&state, &ctx, me.id(), id).await?;
    check_in_page(&state, &ctx, &s, &q, &CheckInForm::default(), None, "staff/modules/check_in.html").await
}

pub(crate) async fn printed_list(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let (s, _) = open_session(&state, &ctx, me.id(), id).await?;
    check_in_page(&state, &ctx, &s, &CheckInQuery::default(), &CheckInForm::default(), None, "staff/modules/print.html")
        .await
}

pub(crate) async fn check_in(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<CheckInForm>,
) -> AppResult<Response> {
    let (s, _) = open_session(&state, &ctx, me.id(), id).await?;
    let retry = CheckInQuery::default();
    macro_rules! again {
        ($inv:expr) => {
            check_in_page(&state, &ctx, &s, &retry, &f, Some($inv), "staff/modules/check_in.html")
        };
    }
    let who = if !f.registration_id.trim().is_empty() {
        match f.registration_id.trim().parse() {
            Ok(r) => CheckInWho::Registration(r),
            Err(_) => return again!(Invalid::one("number", "invalid_choice")).await,
        }
    } else if !f.number.trim().is_empty() {
        // The number as typed, or the QR token a camera scan put in the field.
        match sessions::passport_person(&state, "number", &f.number, Some(me.id())).await? {
            Ok(p) => CheckInWho::Person(p),
            Err(inv) => return again!(inv).await,
        }
    } else if !f.walk_in_name.trim().is_empty() {
        match crate::api::sessions::check_in_who(None, None, Some(&f.walk_in_name), Some(&f.walk_in_phone)) {
            Ok(w) => w,
            Err(inv) => return again!(inv).await,
        }
    } else {
        return again!(Invalid::one("number", "required")).await;
    };
    let reg_of = match &who {
        CheckInWho::Registration(r) => Some(*r),
        _ => None,
    };
    match state.store.check_in(id, &who, Some(me.id())).await {
        Ok(c) => {
            let done = if c.new { "new" } else { "again" };
            let who = match (&who, reg_of) {
                (_, Some(r)) => Some(r),
                (CheckInWho::Person(p), None) => state
                    .store
                    .list_registrations(id)
                    .await?
                    .into_iter()
                    .find(|r| r.person_id == Some(*p))
                    .map(|r| r.id),
                _ => None,
            };
            let who = who.map(|w| format!("&who={w}")).unwrap_or_default();
            Ok(Redirect::to(&format!("/staff/modules/{id}/check-in?done={done}{who}")).into_response())
        }
        Err(welcomedesk_store::StoreError::Conflict("not_open")) => {
            again!(Invalid::one("number", "module_not_open")).await
        }
        Err(welcomedesk_store::StoreError::NotFound) => again!(Invalid::one("number", "module_passport_unknown")).await,
        Err(e) => Err(e.into()),
    }
}

// ---- the roster ----------------------------------------------------------------------

/// The term, the coordinator's pins (`t.<session>` / `b.<session>` = a trainer's id, or
/// empty for "chosen by the rostering") and what the form is for.
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct RosterQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    done: Option<String>,
    /// Sessions changed by an absence (after `done=absent`).
    #[serde(default)]
    changed: Option<String>,
    /// `preview` shows the roster with the pins; anything else saves it.
    #[serde(default)]
    action: Option<String>,
    #[serde(flatten)]
    pins: std::collections::BTreeMap<String, String>,
}

fn roster_range(q: &RosterQuery) -> Result<(jiff::civil::Date, jiff::civil::Date), Invalid> {
    let mut inv = Invalid::default();
    let from: Option<jiff::civil::Date> =
        inv.take(q.from.trim().parse().map_err(|_| FieldError::new("from", "invalid_date")));
    let to: Option<jiff::civil::Date> =
        inv.take(q.to.trim().parse().map_err(|_| FieldError::new("to", "invalid_date")));
    let (Some(from), Some(to)) = (from, to) else { return Err(inv) };
    if to < from || (to - from).get_days() > 400 {
        return Err(Invalid::one("to", "range_order"));
    }
    Ok((from, to))
}

/// The pins of the form: `t.<session id>` and `b.<session id>`, each a trainer's id or
/// empty. Anything else that is not a field of the form is refused.
fn roster_pins(q: &RosterQuery) -> Result<HashMap<uuid::Uuid, sessions::Pin>, Invalid> {
    let mut pins: HashMap<uuid::Uuid, sessions::Pin> = HashMap::new();
    for (k, v) in &q.pins {
        if k == "csrf" {
            continue;
        }
        let (backup, sid) = match k.split_once('.') {
            Some(("t", sid)) => (false, sid),
            Some(("b", sid)) => (true, sid),
            _ => return Err(Invalid::one("pins", "invalid_choice")),
        };
        let sid: uuid::Uuid = sid.parse().map_err(|_| Invalid::one("pins", "invalid_choice"))?;
        if v.trim().is_empty() {
            continue;
        }
        let trainer: uuid::Uuid = v.trim().parse().map_err(|_| Invalid::one("pins", "invalid_choice"))?;
        let pin = pins.entry(sid).or_default();
        if backup {
            pin.backup = Some(trainer);
        } else {
            pin.trainer = Some(trainer);
        }
    }
    Ok(pins)
}

fn reason_text(state: &AppState, lang: &str, r: &welcomedesk_domain::rostering::Reason, pool: &[TrainerRow]) -> String {
    use welcomedesk_domain::rostering::Reason as R;
    let names = |ids: &[uuid::Uuid]| -> String {
        ids.iter().map(|i| trainer_name(pool, Some(*i)).unwrap_or_else(|| i.to_string())).collect::<Vec<_>>().join(", ")
    };
    let who = match r {
        R::NobodyAvailableAtThatTime { absent, not_working_then }
        | R::SomeAwayOrNotWorking { absent, not_working_then } => {
            let mut all = absent.clone();
            all.extend(not_working_then.iter().copied());
            names(&all)
        }
        R::MonthlyLimitsReached { trainers } | R::AllQualifiedAlreadyTaken { trainers } => names(trainers),
        _ => String::new(),
    };
    state.cat.plain(lang, &format!("modback-reason-{}", r.code().replace('_', "-")), &[("names", Arg::Str(&who))])
}

/// The absence form's fields.
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct AbsenceForm {
    #[serde(default)]
    absent_trainer: String,
    #[serde(default)]
    absent_date: String,
    #[serde(default)]
    absent_reason: String,
}

/// The roster page: the term's proposal solved with the pins (or the form's mistakes),
/// and the absence form.
async fn roster_page(
    state: &AppState,
    ctx: &Ctx,
    q: &RosterQuery,
    absence: &AbsenceForm,
    errors: Option<Invalid>,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang.code;
    let pool = trainers(state).await?;
    let mut inv = errors.unwrap_or_default();
    let mut result = Value::from(());
    let range = roster_range(q);
    let pins = roster_pins(q);
    match (range, pins) {
        (Err(e), _) | (_, Err(e)) => inv.errors.extend(e.errors),
        (Ok((from, to)), Ok(pins)) => {
            let (rows, rsessions, rtrainers, roster) = sessions::solve(state, from, to, &pins).await?;
            let by_id: HashMap<uuid::Uuid, &SessionRow> = rows.iter().map(|s| (s.id, s)).collect();
            let options = |sid: uuid::Uuid| -> Vec<(String, String)> {
                let Some(rs) = rsessions.iter().find(|r| r.id == sid) else { return vec![] };
                rtrainers
                    .iter()
                    .filter(|t| t.languages.contains(&rs.language) && t.topics.contains(&rs.topic))
                    .filter_map(|t| trainer_name(&pool, Some(t.id)).map(|n| (t.id.to_string(), n)))
                    .collect()
            };
            let assignments: Vec<Value> = roster
                .assignments
                .iter()
                .filter_map(|a| by_id.get(&a.session).map(|s| (a, s)))
                .map(|(a, s)| {
                    let pin = pins.get(&s.id).copied().unwrap_or_default();
                    context! {
                        id => s.id, when => sessions::when_text(state, lang, s), topic => s.topic_title.clone(),
                        language => crate::register::language_label(&s.language),
                        trainer => trainer_name(&pool, a.trainer), backup => trainer_name(&pool, a.backup),
                        now_trainer => trainer_name(&pool, s.trainer_id), now_backup => trainer_name(&pool, s.backup_trainer_id),
                        options => options(s.id),
                        pin_trainer => pin.trainer.map(|p| p.to_string()).unwrap_or_default(),
                        pin_backup => pin.backup.map(|p| p.to_string()).unwrap_or_default(),
                    }
                })
                .collect();
            let uncovered: Vec<Value> = roster
                .uncovered
                .iter()
                .filter_map(|u| by_id.get(&u.session).map(|s| (u, s)))
                .map(|(u, s)| {
                    context! {
                        id => s.id, when => sessions::when_text(state, lang, s), topic => s.topic_title.clone(),
                        language => crate::register::language_label(&s.language), role => u.role.as_str(),
                        reasons => u.reasons.iter().map(|r| reason_text(state, lang, r, &pool)).collect::<Vec<_>>(),
                    }
                })
                .collect();
            let rejected: Vec<Value> = roster
                .rejected_pins
                .iter()
                .filter_map(|p| by_id.get(&p.session).map(|s| (p, s)))
                .map(|(p, s)| {
                    context! {
                        id => s.id, when => sessions::when_text(state, lang, s), topic => s.topic_title.clone(),
                        role => p.role.as_str(), trainer => trainer_name(&pool, Some(p.trainer)),
                        reasons => p.reasons.iter().map(|r| reason_text(state, lang, r, &pool)).collect::<Vec<_>>(),
                    }
                })
                .collect();
            result = context! {
                assignments => assignments, uncovered => uncovered, rejected => rejected, optimal => roster.optimal,
                pinned => !pins.is_empty(),
            };
        }
    }
    let status =
        if inv.errors.is_empty() || status != StatusCode::OK { status } else { StatusCode::UNPROCESSABLE_ENTITY };
    let errors = if inv.errors.is_empty() { no_errors() } else { form_errors(&state.cat, lang, &inv) };
    let active: Vec<(String, String)> =
        std::iter::once((String::new(), state.cat.plain(lang, "modback-choose-trainer", &[])))
            .chain(pool.iter().filter(|t| t.active).map(|t| (t.id.to_string(), t.name.clone())))
            .collect();
    let reasons: Vec<(String, String)> = ["sick", "holiday", "other"]
        .iter()
        .map(|r| ((*r).to_owned(), state.cat.plain(lang, &format!("modback-absence-{r}"), &[])))
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/modules/roster.html",
        context! {
            q => q, errors => errors, result => result, absence => absence, active_trainers => active,
            absence_reasons => reasons,
        },
        status,
    )
}

pub(crate) async fn roster(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<RosterQuery>,
) -> AppResult<Response> {
    let mut q = q;
    if q.from.trim().is_empty() && q.to.trim().is_empty() {
        let today = state.today();
        q.from = today.to_string();
        q.to = today.checked_add(jiff::Span::new().days(56)).unwrap_or(today).to_string();
    }
    // Pins travel only in the form's POST (with its CSRF token), never in a link.
    q.pins.clear();
    let absence = AbsenceForm { absent_date: q.from.clone(), absent_reason: "sick".to_owned(), ..Default::default() };
    roster_page(&state, &ctx, &q, &absence, None, StatusCode::OK).await
}

/// Shows the roster solved with the coordinator's pins (`action=preview`), or solves it
/// with them and saves it in the sessions.
pub(crate) async fn apply_roster(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(q): FormData<RosterQuery>,
) -> AppResult<Response> {
    let absence = AbsenceForm { absent_date: q.from.clone(), absent_reason: "sick".to_owned(), ..Default::default() };
    let (from, to, pins) = match (roster_range(&q), roster_pins(&q)) {
        (Ok((from, to)), Ok(pins)) => (from, to, pins),
        _ => return roster_page(&state, &ctx, &q, &absence, None, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    if q.action.as_deref() == Some("preview") {
        return roster_page(&state, &ctx, &q, &absence, None, StatusCode::OK).await;
    }
    let (_, _, _, roster) = sessions::solve(&state, from, to, &pins).await?;
    let a: Vec<_> = roster.assignments.iter().map(|a| (a.session, a.trainer, a.backup)).collect();
    state.store.assign_trainers(&a, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/modules/roster?from={from}&to={to}&done=applied")).into_response())
}

/// A trainer falls ill: marked absent for a date, their sessions that day pass to the
/// backup, a new backup is proposed and set, the people registered are told.
pub(crate) async fn mark_absent(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<AbsenceForm>,
) -> AppResult<Response> {
    let mut inv = Invalid::default();
    let pool = trainers(&state).await?;
    let trainer = match f.absent_trainer.trim() {
        "" => {
            inv.push(FieldError::new("absent_trainer", "required"));
            None
        }
        t => match t.parse::<uuid::Uuid>() {
            Ok(id) if pool.iter().any(|p| p.id == id) => Some(id),
            _ => {
                inv.push(FieldError::new("absent_trainer", "invalid_choice"));
                None
            }
        },
    };
    let date = inv.take(
        f.absent_date.trim().parse::<jiff::civil::Date>().map_err(|_| FieldError::new("absent_date", "invalid_date")),
    );
    let reason = match f.absent_reason.trim() {
        r @ ("sick" | "holiday" | "other") => Some(r.to_owned()),
        _ => {
            inv.push(FieldError::new("absent_reason", "invalid_choice"));
            None
        }
    };
    let (Some(trainer), Some(date), Some(reason)) = (trainer, date, reason) else {
        let q = RosterQuery { from: f.absent_date.clone(), to: f.absent_date.clone(), ..Default::default() };
        let q = if roster_range(&q).is_ok() { q } else { roster_default_range(&state) };
        return roster_page(&state, &ctx, &q, &f, Some(inv), StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let out = sessions::mark_absent(&state, trainer, date, &reason, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/modules/roster?from={date}&to={date}&done=absent&changed={}", out.sessions.len()))
        .into_response())
}

fn roster_default_range(state: &AppState) -> RosterQuery {
    let today = state.today();
    RosterQuery {
        from: today.to_string(),
        to: today.checked_add(jiff::Span::new().days(56)).unwrap_or(today).to_string(),
        ..Default::default()
    }
}

// ---- topics ------------------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct TopicForm {
    #[serde(default)]
    slug: String,
    #[serde(flatten)]
    texts: std::collections::BTreeMap<String, String>,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: Option<String>,
}

async fn topics_page(
    state: &AppState,
    ctx: &Ctx,
    form: &TopicForm,
    editing: Option<uuid::Uuid>,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let topics = state.store.list_topics(ctx.lang.code).await?;
    let rows: Vec<Value> = topics
        .iter()
        .map(|t| context! { id => t.id, slug => t.slug.clone(), title => t.title.clone(), description => t.description.clone(), text_language => t.text_language.clone() })
        .collect();
    let langs: Vec<Value> = LANGUAGES
        .iter()
        .map(|l| {
            context! {
                code => l.code, endonym => l.endonym, dir => l.dir.as_str(),
                title => form.texts.get(&format!("title_{}", l.code)).cloned().unwrap_or_default(),
                description => form.texts.get(&format!("description_{}", l.code)).cloned().unwrap_or_default(),
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/modules/topics.html",
        context! { topics => rows, form => form, langs => langs, errors => errors, done => done, editing => editing },
        status,
    )
}

pub(crate) async fn topics(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(d): QueryData<Done>,
) -> AppResult<Response> {
    topics_page(&state, &ctx, &TopicForm::default(), None, no_errors(), d.done, StatusCode::OK).await
}

/// The titles and descriptions typed per language (English required), checked.
fn topic_texts(f: &TopicForm) -> Result<Vec<(&'static str, String, String)>, Invalid> {
    let mut inv = Invalid::default();
    let mut texts = vec![];
    for l in LANGUAGES.iter() {
        let title = f.texts.get(&format!("title_{}", l.code)).map(|s| s.trim()).unwrap_or("");
        let desc = f.texts.get(&format!("description_{}", l.code)).map(|s| s.trim()).unwrap_or("");
        if title.is_empty() && desc.is_empty() {
            continue;
        }
        let t = inv.take(text::required_line("title", title, 120));
        let d = inv.take(text::optional_text("title", desc, 2000));
        if let (Some(t), Some(d)) = (t, d) {
            texts.push((l.code, t, d.unwrap_or_default()));
        }
    }
    if !texts.iter().any(|t| t.0 == "en") {
        inv.push(FieldError::new("title_en", "required"));
    }
    inv.into_result().map(|()| texts)
}

pub(crate) async fn create_topic(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<TopicForm>,
) -> AppResult<Response> {
    let slug = f.slug.trim().to_owned();
    let slug_ok = !slug.is_empty()
        && slug.len() <= 60
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let texts = match (topic_texts(&f), slug_ok) {
        (Ok(t), true) => t,
        (r, _) => {
            let mut inv = r.err().unwrap_or_default();
            if !slug_ok {
                inv.errors.insert(0, FieldError::new("slug", "invalid_slug"));
            }
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return topics_page(&state, &ctx, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let refs: Vec<TopicText<'_>> =
        texts.iter().map(|(l, t, d)| TopicText { language: l, title: t, description: d }).collect();
    match state.store.insert_topic(&slug, &refs, Some(me.id())).await {
        Ok(_) => Ok(Redirect::to("/staff/modules/topics?done=saved").into_response()),
        Err(welcomedesk_store::StoreError::Conflict(_)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::one("slug", "slug_taken"));
            topics_page(&state, &ctx, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn edit_topic_form(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let mut form = TopicForm::default();
    for l in LANGUAGES.iter() {
        let topics = state.store.list_topics(l.code).await?;
        let t = topics.iter().find(|t| t.id == id).ok_or(AppError::NotFound)?;
        form.slug.clone_from(&t.slug);
        // Only the texts written in this language (the list falls back to English).
        if t.text_language == l.code {
            form.texts.insert(format!("title_{}", l.code), t.title.clone());
            form.texts.insert(format!("description_{}", l.code), t.description.clone());
        }
    }
    topics_page(&state, &ctx, &form, Some(id), no_errors(), None, StatusCode::OK).await
}

pub(crate) async fn update_topic(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<TopicForm>,
) -> AppResult<Response> {
    let texts = match topic_texts(&f) {
        Ok(t) => t,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return topics_page(&state, &ctx, &f, Some(id), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let refs: Vec<TopicText<'_>> =
        texts.iter().map(|(l, t, d)| TopicText { language: l, title: t, description: d }).collect();
    state.store.update_topic_texts(id, &refs, Some(me.id())).await?;
    Ok(Redirect::to("/staff/modules/topics?done=saved").into_response())
}

// ---- venues ------------------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct VenueForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    transit_advice: String,
    #[serde(default)]
    step_free: Option<String>,
    #[serde(default)]
    childcare_possible: Option<String>,
    /// One room a line: `name: seats`.
    #[serde(default)]
    rooms: String,
}

async fn venues_page(
    state: &AppState,
    ctx: &Ctx,
    form: &VenueForm,
    editing: Option<uuid::Uuid>,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let venues: Vec<Value> = state
        .store
        .list_venues()
        .await?
        .into_iter()
        .map(|v| {
            context! {
                id => v.id, name => v.name, address => v.address, district => v.district, transit => v.transit_advice,
                step_free => v.step_free, childcare => v.childcare_possible,
                rooms => v.rooms.iter().map(|r| format!("{} ({})", r.1, r.2)).collect::<Vec<_>>().join(", "),
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/modules/venues.html",
        context! { venues => venues, form => form, errors => errors, done => done, editing => editing },
        status,
    )
}

pub(crate) async fn venues(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(d): QueryData<Done>,
) -> AppResult<Response> {
    venues_page(&state, &ctx, &VenueForm::default(), None, no_errors(), d.done, StatusCode::OK).await
}

/// The form checked by the domain's venue rules. A room line whose name is one of the
/// venue's rooms (`existing`, compared without case) keeps that room.
fn parse_venue_form(f: &VenueForm, existing: &[(uuid::Uuid, String, i64)]) -> Result<rules::Venue, Invalid> {
    let lines = match rules::parse_room_lines(&f.rooms) {
        Ok(l) => l,
        Err(e) => {
            // The other fields are still checked, so every mistake is shown at once.
            let mut inv = rules::parse_venue(&venue_input(f, vec![])).err().unwrap_or_default();
            inv.push(e);
            return Err(inv);
        }
    };
    let rooms: Vec<(Option<uuid::Uuid>, &str, &str)> = lines
        .iter()
        .map(|(n, c)| {
            let id = existing.iter().find(|r| r.1.to_lowercase() == n.to_lowercase()).map(|r| r.0);
            (id, n.as_str(), c.as_str())
        })
        .collect();
    rules::parse_venue(&venue_input(f, rooms))
}

fn venue_input<'a>(f: &'a VenueForm, rooms: Vec<(Option<uuid::Uuid>, &'a str, &'a str)>) -> rules::VenueInput<'a> {
    rules::VenueInput {
        name: &f.name,
        address: &f.address,
        district: &f.district,
        transit_advice: &f.transit_advice,
        step_free: f.step_free.as_deref() == Some("yes"),
        childcare_possible: f.childcare_possible.as_deref() == Some("yes"),
        rooms,
    }
}

/// The store's refusal of a venue as a field error, or the error itself.
pub(crate) fn venue_conflict(e: welcomedesk_store::StoreError) -> Result<Invalid, AppError> {
    match e {
        welcomedesk_store::StoreError::Conflict("name_taken") => Ok(Invalid::one("name", "module_name_taken")),
        welcomedesk_store::StoreError::Conflict("childcare_in_use") => {
            Ok(Invalid::one("childcare_possible", "childcare_in_use"))
        }
        welcomedesk_store::StoreError::Conflict(code @ ("room_in_use" | "room_twice" | "unknown_room")) => {
            Ok(Invalid::one("rooms", code))
        }
        e => Err(e.into()),
    }
}

pub(crate) async fn create_venue(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<VenueForm>,
) -> AppResult<Response> {
    let v = match parse_venue_form(&f, &[]) {
        Ok(v) => v,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return venues_page(&state, &ctx, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let rooms: Vec<(&str, i64)> = v.rooms.iter().map(|r| (r.name.as_str(), r.capacity)).collect();
    match state.store.insert_venue(&new_venue(&v), &rooms, Some(me.id())).await {
        Ok(_) => Ok(Redirect::to("/staff/modules/venues?done=saved").into_response()),
        Err(e) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &venue_conflict(e)?);
            venues_page(&state, &ctx, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

pub(crate) fn new_venue(v: &rules::Venue) -> NewVenue<'_> {
    NewVenue {
        name: &v.name,
        address: &v.address,
        district: &v.district,
        transit_advice: &v.transit_advice,
        step_free: v.step_free,
        childcare_possible: v.childcare_possible,
    }
}

async fn venue_row(state: &AppState, id: uuid::Uuid) -> AppResult<welcomedesk_store::sessions::VenueRow> {
    state.store.list_venues().await?.into_iter().find(|v| v.id == id).ok_or(AppError::NotFound)
}

pub(crate) async fn edit_venue_form(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let v = venue_row(&state, id).await?;
    let yes = |b: bool| if b { Some("yes".to_owned()) } else { None };
    let form = VenueForm {
        name: v.name,
        address: v.address,
        district: v.district,
        transit_advice: v.transit_advice,
        step_free: yes(v.step_free),
        childcare_possible: yes(v.childcare_possible),
        rooms: v.rooms.iter().map(|r| format!("{}: {}", r.1, r.2)).collect::<Vec<_>>().join("\n"),
    };
    venues_page(&state, &ctx, &form, Some(id), no_errors(), None, StatusCode::OK).await
}

pub(crate) async fn update_venue(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<VenueForm>,
) -> AppResult<Response> {
    let before = venue_row(&state, id).await?;
    let v = match parse_venue_form(&f, &before.rooms) {
        Ok(v) => v,
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return venues_page(&state, &ctx, &f, Some(id), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let rooms: Vec<(Option<uuid::Uuid>, &str, i64)> =
        v.rooms.iter().map(|r| (r.id, r.name.as_str(), r.capacity)).collect();
    match state.store.update_venue(id, &new_venue(&v), &rooms, Some(me.id())).await {
        Ok(()) => Ok(Redirect::to("/staff/modules/venues?done=saved").into_response()),
        Err(e) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &venue_conflict(e)?);
            venues_page(&state, &ctx, &f, Some(id), errors, None, StatusCode::CONFLICT).await
        }
    }
}

// ---- trainers and the pool's coverage -------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct TrainerForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    topics: Vec<String>,
    #[serde(default)]
    max_per_month: String,
    #[serde(default)]
    fee: String,
    #[serde(default)]
    countries: String,
    #[serde(default)]
    hours: String,
}

/// `6 09:00-18:00, 2 16:00-20:00`: weekday (1 = Monday) and a time block, comma separated.
fn parse_hours(raw: &str) -> Result<Vec<(i64, String, String)>, FieldError> {
    let mut out = vec![];
    for part in raw.split([',', ';', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
        let bad = || FieldError::new("hours", "invalid_hours");
        let (wd, block) = part.split_once(' ').ok_or_else(bad)?;
        let wd: i64 = wd.trim().parse().map_err(|_| bad())?;
        let (a, b) = block.trim().split_once('-').ok_or_else(bad)?;
        let from = a.trim().parse::<jiff::civil::Time>().map_err(|_| bad())?;
        let to = b.trim().parse::<jiff::civil::Time>().map_err(|_| bad())?;
        if !(1..=7).contains(&wd) || !(from < to || to == jiff::civil::Time::midnight()) {
            return Err(bad());
        }
        out.push((wd, a.trim().to_owned(), b.trim().to_owned()));
    }
    Ok(out)
}

/// Euro amount like `180` or `180.50` → cents.
fn parse_fee(raw: &str) -> Result<i64, FieldError> {
    let s = raw.trim().replace(',', ".");
    if s.is_empty() {
        return Ok(0);
    }
    welcomedesk_domain::planning::parse_fixed(&s, 2)
        .and_then(|c| i64::try_from(c).ok())
        .filter(|c| *c <= 10_000_000)
        .ok_or_else(|| FieldError::new("fee", "invalid_amount"))
}

async fn trainers_page(
    state: &AppState,
    ctx: &Ctx,
    form: &TrainerForm,
    editing: Option<uuid::Uuid>,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang.code;
    let pool = trainers(state).await?;
    let topics = state.store.list_topics(lang).await?;
    let topic_title =
        |id: &uuid::Uuid| topics.iter().find(|t| t.id == *id).map(|t| t.title.clone()).unwrap_or_default();
    let weekday = |d: i64| state.cat.plain(lang, &format!("weekday-{d}"), &[]);
    let rows: Vec<Value> = pool
        .iter()
        .map(|t| {
            context! {
                id => t.id, name => t.name.clone(), active => t.active,
                languages => t.languages.iter().map(|l| crate::register::language_label(l)).collect::<Vec<_>>().join(", "),
                topics => t.topics.iter().map(&topic_title).collect::<Vec<_>>().join(", "),
                hours => t.hours.iter().map(|(d, a, b)| format!("{} {a}–{b}", weekday(*d))).collect::<Vec<_>>().join(", "),
                max => t.max_per_month, fee => format!("{}.{:02}", t.fee_cents / 100, t.fee_cents % 100),
                countries => t.knows_origin_countries.clone(),
            }
        })
        .collect();
    // Coverage against the programme from today on (planned or published).
    let programme = state
        .store
        .list_sessions(
            &SessionFilter {
                from: Some(state.today().to_string()),
                statuses: vec![Status::Planned, Status::Published],
                limit: 10_000,
                ..Default::default()
            },
            "en",
        )
        .await?;
    let kinds: Vec<(String, uuid::Uuid)> = programme.iter().map(|s| (s.language.clone(), s.topic_id)).collect();
    let members: Vec<PoolMember<uuid::Uuid>> = pool
        .iter()
        .map(|t| PoolMember { languages: t.languages.clone(), topics: t.topics.clone(), active: t.active })
        .collect();
    let newcomers = u64::try_from(state.settings().newcomers_per_year).unwrap_or(0);
    let cov = pool::coverage(&members, &kinds, newcomers);
    let by_language: Vec<Value> =
        cov.languages.iter().map(|l| coverage_row(crate::register::language_label(&l.key), l)).collect();
    let by_topic: Vec<Value> = cov.topics.iter().map(|l| coverage_row(topic_title(&l.key), l)).collect();
    let topic_options: Vec<Value> = topics
        .iter()
        .map(|t| context! { id => t.id.to_string(), title => t.title.clone(), checked => form.topics.contains(&t.id.to_string()) })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/modules/trainers.html",
        context! {
            trainers => rows, form => form, errors => errors, done => done, topics => topic_options, editing => editing,
            coverage => context! { active => cov.active, target => cov.target, short => cov.short, newcomers => newcomers,
                by_language => by_language, by_topic => by_topic },
        },
        status,
    )
}

pub(crate) async fn trainers_list(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(d): QueryData<Done>,
) -> AppResult<Response> {
    let form = TrainerForm { max_per_month: "6".to_owned(), ..Default::default() };
    trainers_page(&state, &ctx, &form, None, no_errors(), d.done, StatusCode::OK).await
}

/// A trainer as typed into the form, checked: what the store writes.
struct TrainerInput {
    name: String,
    email: Option<String>,
    languages: Vec<String>,
    topics: Vec<uuid::Uuid>,
    max: i64,
    fee: i64,
    countries: String,
    hours: Vec<(i64, String, String)>,
}

impl TrainerInput {
    fn new_trainer(&self) -> NewTrainer<'_> {
        NewTrainer {
            name: &self.name,
            email: self.email.as_deref(),
            staff_id: None,
            max_per_month: self.max,
            fee_cents: self.fee,
            knows_origin_countries: &self.countries,
            languages: &self.languages,
            topics: &self.topics,
            hours: &self.hours,
        }
    }
}

async fn parse_trainer(state: &AppState, f: &TrainerForm) -> AppResult<Result<TrainerInput, Invalid>> {
    let mut inv = Invalid::default();
    let name = inv.take(text::required_line("name", &f.name, 200));
    let email = match f.email.trim() {
        "" => Some(None),
        e => inv.take(welcomedesk_domain::staff::Email::parse("email", e)).map(|e| Some(e.as_str().to_owned())),
    };
    let mut languages = vec![];
    for l in f.languages.split([',', ' ']).map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(l) = inv.take(rules::parse_language("languages", l)) {
            languages.push(l);
        }
    }
    if languages.is_empty() && !inv.errors.iter().any(|e| e.field == "languages") {
        inv.push(FieldError::new("languages", "required"));
    }
    let known = state.store.list_topics("en").await?;
    let mut topics = vec![];
    for t in &f.topics {
        match t.parse::<uuid::Uuid>() {
            Ok(id) if known.iter().any(|k| k.id == id) => topics.push(id),
            _ => inv.push(FieldError::new("topics", "invalid_choice")),
        }
    }
    let max = inv.take(text::whole_number("max_per_month", &f.max_per_month, 0, 100));
    let fee = inv.take(parse_fee(&f.fee));
    let mut countries = vec![];
    for c in f.countries.split([',', ' ']).map(str::trim).filter(|c| !c.is_empty()) {
        if let Some(c) = inv.take(welcomedesk_domain::codes::CountryCode::parse("countries", c)) {
            countries.push(c.as_str().to_owned());
        }
    }
    let hours = inv.take(parse_hours(&f.hours));
    Ok(match (name, email, max, fee, hours) {
        (Some(name), Some(email), Some(max), Some(fee), Some(hours)) if inv.errors.is_empty() => {
            Ok(TrainerInput { name, email, languages, topics, max, fee, countries: countries.join(","), hours })
        }
        _ => Err(inv),
    })
}

pub(crate) async fn create_trainer(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<TrainerForm>,
) -> AppResult<Response> {
    match parse_trainer(&state, &f).await? {
        Ok(t) => {
            state.store.insert_trainer(&t.new_trainer(), Some(me.id())).await?;
            Ok(Redirect::to("/staff/modules/trainers?done=saved").into_response())
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            trainers_page(&state, &ctx, &f, None, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// The form filled with a trainer as they are.
fn trainer_form(t: &TrainerRow) -> TrainerForm {
    TrainerForm {
        name: t.name.clone(),
        email: t.email.clone().unwrap_or_default(),
        languages: t.languages.join(", "),
        topics: t.topics.iter().map(|x| x.to_string()).collect(),
        max_per_month: t.max_per_month.to_string(),
        fee: format!("{}.{:02}", t.fee_cents / 100, t.fee_cents % 100),
        countries: t.knows_origin_countries.replace(',', ", "),
        hours: t.hours.iter().map(|(d, a, b)| format!("{d} {a}-{b}")).collect::<Vec<_>>().join(", "),
    }
}

pub(crate) async fn edit_trainer_form(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let pool = trainers(&state).await?;
    let t = pool.iter().find(|t| t.id == id).ok_or(AppError::NotFound)?;
    trainers_page(&state, &ctx, &trainer_form(t), Some(id), no_errors(), None, StatusCode::OK).await
}

pub(crate) async fn update_trainer(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<TrainerForm>,
) -> AppResult<Response> {
    match parse_trainer(&state, &f).await? {
        Ok(t) => {
            state.store.update_trainer(id, &t.new_trainer(), Some(me.id())).await?;
            Ok(Redirect::to("/staff/modules/trainers?done=saved").into_response())
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            trainers_page(&state, &ctx, &f, Some(id), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_fee, parse_hours};

    #[test]
    fn hours_and_fees() {
        assert_eq!(
            parse_hours("6 09:00-18:00, 2 16:00-20:00").unwrap(),
            vec![(6, "09:00".to_owned(), "18:00".to_owned()), (2, "16:00".to_owned(), "20:00".to_owned())]
        );
        assert!(parse_hours("").unwrap().is_empty());
        assert_eq!(parse_hours("8 09:00-10:00").unwrap_err().code, "invalid_hours");
        assert_eq!(parse_hours("6 18:00-09:00").unwrap_err().code, "invalid_hours");
        assert_eq!(parse_fee("180").unwrap(), 18000);
        assert_eq!(parse_fee("180,50").unwrap(), 18050);
        assert_eq!(parse_fee("").unwrap(), 0);
        assert_eq!(parse_fee("lots").unwrap_err().code, "invalid_amount");
    }
}
