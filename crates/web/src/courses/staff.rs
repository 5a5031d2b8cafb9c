//! The back office's course pages: a provider keeps its own courses (`/staff/courses`,
//! add and edit); the coordinator sees every provider's courses and the providers whose
//! data is stale; a counsellor opens the finder for a person from the person's page
//! (`/staff/people/{id}/courses`), filled in from the register — only the profile the
//! person consented to, and the person's live voucher with its rule.

use super::{FinderForm, choices, course_view, find, provider_names, stale_days, voucher_terms};
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::Role;
use welcomedesk_domain::consent::Purpose;
use welcomedesk_domain::courses::{self as rules, Course, CourseData, CourseInput, TargetGroup};
use welcomedesk_domain::vouchers::may_see_provider;

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    provider: Option<String>,
}

fn own_provider(me: &SignedIn) -> Option<uuid::Uuid> {
    if me.0.role() == Role::Provider { me.0.user.provider_id } else { None }
}

/// The provider's own courses, or (coordinator) every provider's with the stale list.
pub(crate) async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let days = stale_days(&state).await?;
    let today = state.today();
    let providers = provider_names(&state).await?;
    let shown: Vec<uuid::Uuid> = match own_provider(&me) {
        Some(p) => vec![p],
        None if me.0.role() == Role::Coordinator => match q.provider.as_deref().map(uuid::Uuid::parse_str) {
            Some(Ok(p)) => vec![p],
            _ => providers.keys().copied().collect(),
        },
        None => return Err(AppError::Forbidden),
    };
    let mut groups = Vec::new();
    for p in shown {
        let list = state.store.provider_course_list(p).await?;
        let rows: Vec<Value> = list
            .iter()
            .map(|c| {
                let status = rules::visibility(c, today, days);
                context! {
                    course => course_view(&state, ctx.lang.code, c, &providers),
                    status => state.cat.t(ctx.lang.code, &format!("courses-status-{}", serde_plain(status)), &[]),
                }
            })
            .collect();
        groups.push(context! {
            id => p.to_string(),
            name => providers.get(&p).cloned().unwrap_or_default(),
            courses => rows,
        });
    }
    let stale: Vec<Value> = if me.0.role() == Role::Coordinator {
        let fresh = state.store.course_freshness().await?;
        rules::stale_providers(&fresh, today, days)
            .into_iter()
            .map(|p| {
                context! {
                    id => p.provider_id.to_string(),
                    name => p.name.clone(),
                    last => p.last_update.map(|d| welcomedesk_i18n::format_date(&state.cat, ctx.lang.code, d)),
                }
            })
            .collect()
    } else {
        vec![]
    };
    page(
        &state,
        &ctx,
        "staff/courses/index.html",
        context! {
            groups => groups, stale => stale, days => days, done => q.done,
            is_coordinator => me.0.role() == Role::Coordinator,
        },
    )
}

fn serde_plain(v: rules::Visibility) -> &'static str {
    match v {
        rules::Visibility::Visible => "visible",
        rules::Visibility::Started => "started",
        rules::Visibility::Full => "full",
        rules::Visibility::Stale => "stale",
    }
}

/// The course form's fields; `wd` is one value per ticked weekday (1–7).
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct CourseForm {
    #[serde(default)]
    provider_id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    ends_on: String,
    #[serde(default)]
    wd: Vec<String>,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    transit: String,
    #[serde(default)]
    price: String,
    #[serde(default)]
    voucher_accepted: Option<String>,
    #[serde(default)]
    childcare: Option<String>,
    #[serde(default)]
    target_group: String,
    #[serde(default)]
    seats_left: String,
    #[serde(default)]
    explain_languages: String,
    #[serde(default)]
    how_to_enrol: String,
    #[serde(default)]
    reservations_allowed: Option<String>,
}

impl CourseForm {
    fn input(&self) -> CourseInput {
        CourseInput {
            title: self.title.clone(),
            language: self.language.clone(),
            level: self.level.clone(),
            kind: self.kind.clone(),
            starts_on: self.starts_on.clone(),
            ends_on: self.ends_on.clone(),
            weekdays: self.wd.concat(),
            starts_at: self.starts_at.clone(),
            ends_at: self.ends_at.clone(),
            place: self.place.clone(),
            district: self.district.clone(),
            transit: self.transit.clone(),
            price: self.price.clone(),
            voucher_accepted: self.voucher_accepted.is_some(),
            childcare: self.childcare.is_some(),
            target_group: self.target_group.clone(),
            seats_left: self.seats_left.clone(),
            explain_languages: self.explain_languages.clone(),
            how_to_enrol: self.how_to_enrol.clone(),
            reservations_allowed: self.reservations_allowed.is_some(),
        }
    }

    fn of(c: &Course) -> Self {
        let hm =
            |t: Option<jiff::civil::Time>| t.map(|t| format!("{:02}:{:02}", t.hour(), t.minute())).unwrap_or_default();
        CourseForm {
            provider_id: c.provider_id.to_string(),
            title: c.title.clone(),
            language: c.language.clone(),
            level: c.level.as_str().to_owned(),
            kind: c.kind.as_str().to_owned(),
            starts_on: c.starts_on.to_string(),
            ends_on: c.ends_on.map(|d| d.to_string()).unwrap_or_default(),
            wd: c.weekdays.as_digits().chars().map(String::from).collect(),
            starts_at: hm(c.starts_at),
            ends_at: hm(c.ends_at),
            place: c.place.clone(),
            district: c.district.clone(),
            transit: c.transit.clone().unwrap_or_default(),
            price: format!("{}.{:02}", c.price_cents / 100, c.price_cents % 100),
            voucher_accepted: c.voucher_accepted.then(|| "yes".to_owned()),
            childcare: c.childcare.then(|| "yes".to_owned()),
            target_group: c.target_group.as_str().to_owned(),
            seats_left: c.seats_left.map(|n| n.to_string()).unwrap_or_default(),
            explain_languages: c.explain_languages.join(", "),
            how_to_enrol: c.how_to_enrol.clone().unwrap_or_default(),
            reservations_allowed: c.reservations_allowed.then(|| "yes".to_owned()),
        }
    }
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    id: Option<uuid::Uuid>,
    form: &CourseForm,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = ctx.lang.code;
    let providers: Vec<Value> = if me.0.role() == Role::Coordinator {
        provider_names(state)
            .await?
            .into_iter()
            .map(|(id, n)| Value::from(vec![Value::from(id.to_string()), Value::from(n)]))
            .collect()
    } else {
        vec![]
    };
    let days: Vec<Value> = (1..=7u8)
        .map(|d| {
            context! {
                value => d.to_string(), label => state.cat.t(lang, &format!("weekday-{d}"), &[]),
                checked => form.wd.iter().any(|w| w == &d.to_string()),
            }
        })
        .collect();
    let groups: Vec<Value> = TargetGroup::ALL
        .iter()
        .map(|g| {
            Value::from(vec![
                Value::from(g.as_str()),
                Value::from(state.cat.t(lang, &format!("courses-group-{}", g.as_str()), &[])),
            ])
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/courses/edit.html",
        context! { id => id.map(|i| i.to_string()), form => form, errors => errors, providers => providers, days => days, groups => groups },
        status,
    )
}

pub(crate) async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let provider = own_provider(&me).map(|p| p.to_string()).or(q.provider).unwrap_or_default();
    let form = CourseForm {
        provider_id: provider,
        language: state.settings().source_language.clone(),
        ..CourseForm::default()
    };
    form_page(&state, &ctx, &me, None, &form, no_errors(), StatusCode::OK).await
}

/// A course the signed-in account may edit (another provider's is 404).
async fn editable(state: &AppState, me: &SignedIn, id: uuid::Uuid) -> AppResult<Course> {
    let c = state.store.course(id).await?;
    if may_see_provider(me.0.role(), me.0.user.provider_id, c.provider_id) { Ok(c) } else { Err(AppError::NotFound) }
}

pub(crate) async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    let c = editable(&state, &me, id).await?;
    form_page(&state, &ctx, &me, Some(id), &CourseForm::of(&c), no_errors(), StatusCode::OK).await
}

async fn save(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    id: Option<uuid::Uuid>,
    f: CourseForm,
) -> AppResult<Response> {
    // The provider: a provider account's own; the coordinator chooses (or keeps it).
    let provider = match (own_provider(me), id) {
        (Some(p), _) => Some(p),
        (None, Some(course)) => Some(editable(state, me, course).await?.provider_id),
        (None, None) => uuid::Uuid::parse_str(f.provider_id.trim()).ok(),
    };
    let parsed = CourseData::parse(&f.input());
    let (provider, data) = match (provider, parsed) {
        (Some(p), Ok(d)) => (p, d),
        (p, r) => {
            let mut inv = r.err().unwrap_or_default();
            if p.is_none() {
                inv.push(welcomedesk_domain::FieldError::new("provider_id", "required"));
            }
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            return form_page(state, ctx, me, id, &f, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    if let Some(course) = id {
        editable(state, me, course).await?;
    }
    let course_id = id.unwrap_or_else(welcomedesk_store::new_id);
    state.store.upsert_course(provider, course_id, &data, Some(me.0.id())).await?;
    state.catalogue.invalidate();
    Ok(Redirect::to(&format!("/staff/courses?done=saved&provider={provider}")).into_response())
}

pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    FormData(f): FormData<CourseForm>,
) -> AppResult<Response> {
    save(&state, &ctx, &me, None, f).await
}

pub(crate) async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<CourseForm>,
) -> AppResult<Response> {
    save(&state, &ctx, &me, Some(id), f).await
}

/// The finder for one person, filled in from the register: the consented profile's
/// language level and education (no education → "learning to read"), the district, the
/// person's languages (teachers who explain in them), the live voucher and its rule.
/// The counsellor can change every answer; nothing is stored.
pub(crate) async fn person_finder(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    IdPath(id): IdPath,
    QueryData(q): QueryData<FinderForm>,
) -> AppResult<Response> {
    let p = state.store.read_person(id, Some(me.0.id()), "person.read").await?;
    let profile = if p.has_consent(Purpose::Profile) { p.profile.clone() } else { None };
    let form = if q.submitted() {
        q
    } else {
        FinderForm {
            level: profile.as_ref().and_then(|x| x.language_level.clone()).unwrap_or_default(),
            script: match profile.as_ref().and_then(|x| x.education_level.as_deref()) {
                Some("none") => "learning".to_owned(),
                _ => String::new(),
            },
            district: p.district.clone().unwrap_or_default(),
            go: Some("1".to_owned()),
            ..FinderForm::default()
        }
    };
    let today = state.today();
    let vouchers = state.store.vouchers_of(id, Some(me.0.id())).await?;
    let live = vouchers.iter().rev().find_map(|v| voucher_terms(v, today).map(|t| (v.code.clone(), t)));
    let lang = ctx.lang.code;
    let choices = choices(&state, lang).await?;
    let ctx_person = context! { id => p.id.to_string(), name => p.full_name.clone() };
    let voucher = live.as_ref().map(|(code, t)| {
        context! {
            code => code, min => t.level_min.as_str(), max => t.level_max.as_str(),
            from => welcomedesk_i18n::format_date(&state.cat, lang, t.earliest_start),
            to => welcomedesk_i18n::format_date(&state.cat, lang, t.expires_on),
        }
    });
    match form.needs() {
        Ok(mut needs) => {
            needs.speaks = p.languages.clone();
            if let Some((_, t)) = live {
                needs.voucher = Some(t);
                needs.has_voucher = true;
            }
            let results = find(&state, lang, &needs).await?;
            page(
                &state,
                &ctx,
                "staff/courses/person.html",
                context! { person => ctx_person, voucher => voucher, form => form.echo(), choices => choices,
                errors => no_errors(), results => results, has_profile => profile.is_some(),
                reserve_for => p.has_consent(Purpose::Profile).then(|| p.id.to_string()) },
            )
        }
        Err(inv) => page_with_status(
            &state,
            &ctx,
            "staff/courses/person.html",
            context! { person => ctx_person, voucher => voucher, form => form.echo(), choices => choices,
            errors => form_errors(&state.cat, lang, &inv), results => Value::from(()), has_profile => profile.is_some() },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}
