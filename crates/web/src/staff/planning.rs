//! Planning and running the service (R13, R14, R16): the budget and staffing planner
//! with saved scenarios side by side and the register's figures next to the plan, the
//! 17 set-up steps, and the working group.

use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::reports::{THRESHOLD, build};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use std::collections::{BTreeMap, HashMap};
use welcomedesk_domain::Invalid;
use welcomedesk_domain::planning::{self, Plan, PlanInputs, PlanText, SETUP_STEPS, STEP_STATUSES, StepInput};
use welcomedesk_domain::reports::{Cell, Period, ReportName};
use welcomedesk_i18n::LANGUAGES;

/// The planner's form from a query or a body: the named fields, and `share_<lang>` for
/// each shipped language.
fn text_from(map: &HashMap<String, String>) -> PlanText {
    let g = |k: &str| map.get(k).cloned().unwrap_or_default();
    PlanText {
        inhabitants: g("inhabitants"),
        newcomers_per_year: g("newcomers_per_year"),
        languages: LANGUAGES.iter().map(|l| (l.code.to_owned(), g(&format!("share_{}", l.code)))).collect(),
        budget_per_inhabitant: g("budget_per_inhabitant"),
        budget_per_newcomer_low: g("budget_per_newcomer_low"),
        budget_per_newcomer_high: g("budget_per_newcomer_high"),
        posts_per_1000: g("posts_per_1000"),
        trainers_per_10000: g("trainers_per_10000"),
        coaching_uptake_percent: g("coaching_uptake_percent"),
        coaching_hours: g("coaching_hours"),
        hours_per_post: g("hours_per_post"),
        module_uptake_percent: g("module_uptake_percent"),
        modules_per_participant: g("modules_per_participant"),
        seats_per_module: g("seats_per_module"),
        topics: g("topics"),
        voucher_uptake_percent: g("voucher_uptake_percent"),
        voucher_value: g("voucher_value"),
        voucher_value_certificate: g("voucher_value_certificate"),
        certificate_required_percent: g("certificate_required_percent"),
        brochure_reserve_percent: g("brochure_reserve_percent"),
    }
}

/// The fields of the form in order, each with its label key and decimals hint.
const FIELDS: &[(&str, &str)] = &[
    ("budget_per_inhabitant", "plan-budget-inhabitant"),
    ("budget_per_newcomer_low", "plan-budget-newcomer-low"),
    ("budget_per_newcomer_high", "plan-budget-newcomer-high"),
    ("posts_per_1000", "plan-posts"),
    ("trainers_per_10000", "plan-trainers"),
    ("coaching_uptake_percent", "plan-coaching-uptake"),
    ("coaching_hours", "plan-coaching-hours"),
    ("hours_per_post", "plan-hours-per-post"),
    ("module_uptake_percent", "plan-module-uptake"),
    ("modules_per_participant", "plan-modules-each"),
    ("seats_per_module", "plan-seats"),
    ("topics", "plan-topics"),
    ("voucher_uptake_percent", "plan-voucher-uptake"),
    ("voucher_value", "plan-voucher-value"),
    ("voucher_value_certificate", "plan-voucher-value-certificate"),
    ("certificate_required_percent", "plan-certificate-share"),
    ("brochure_reserve_percent", "plan-brochure-reserve"),
];

fn text_value(t: &PlanText, field: &str) -> String {
    match field {
        "budget_per_inhabitant" => t.budget_per_inhabitant.clone(),
        "budget_per_newcomer_low" => t.budget_per_newcomer_low.clone(),
        "budget_per_newcomer_high" => t.budget_per_newcomer_high.clone(),
        "posts_per_1000" => t.posts_per_1000.clone(),
        "trainers_per_10000" => t.trainers_per_10000.clone(),
        "coaching_uptake_percent" => t.coaching_uptake_percent.clone(),
        "coaching_hours" => t.coaching_hours.clone(),
        "hours_per_post" => t.hours_per_post.clone(),
        "module_uptake_percent" => t.module_uptake_percent.clone(),
        "modules_per_participant" => t.modules_per_participant.clone(),
        "seats_per_module" => t.seats_per_module.clone(),
        "topics" => t.topics.clone(),
        "voucher_uptake_percent" => t.voucher_uptake_percent.clone(),
        "voucher_value" => t.voucher_value.clone(),
        "voucher_value_certificate" => t.voucher_value_certificate.clone(),
        "certificate_required_percent" => t.certificate_required_percent.clone(),
        "brochure_reserve_percent" => t.brochure_reserve_percent.clone(),
        _ => String::new(),
    }
}

fn euros(cents: u64) -> i64 {
    i64::try_from(cents.div_ceil(100)).unwrap_or(i64::MAX)
}

fn tenths(v: u64) -> String {
    format!("{}.{}", v / 10, v % 10)
}

/// The figures of a plan as rows (label key, value text), for the results and the
/// side-by-side comparison.
fn plan_rows(p: &Plan) -> Vec<(&'static str, Value)> {
    let n = |v: u64| Value::from(i64::try_from(v).unwrap_or(i64::MAX));
    vec![
        ("plan-budget-by-inhabitants", Value::from(euros(p.budget_by_inhabitants_cents))),
        ("plan-budget-by-newcomers-low", Value::from(euros(p.budget_by_newcomers_low_cents))),
        ("plan-budget-by-newcomers-high", Value::from(euros(p.budget_by_newcomers_high_cents))),
        ("plan-staff-posts", Value::from(tenths(p.staff_posts_tenths))),
        ("plan-trainer-pool", n(p.trainer_pool)),
        ("plan-counsellor-hours", n(p.counsellor_hours_tenths.div_ceil(10))),
        ("plan-counsellor-posts", Value::from(tenths(p.counsellor_posts_tenths))),
        ("plan-participants", n(p.module_participants)),
        ("plan-modules", n(p.modules)),
        ("plan-vouchers", n(p.vouchers_redeemed)),
        ("plan-voucher-budget", Value::from(euros(p.voucher_budget_cents))),
        ("plan-brochures", n(p.brochures)),
    ]
}

/// Newcomers of the last twelve months by first language, from the register, small
/// groups hidden like every report figure.
async fn register_mix(state: &AppState) -> AppResult<(Option<u64>, BTreeMap<String, Option<u64>>)> {
    let period = Period::parse("", "", state.today())?;
    let r = build(&state.store, ReportName::Uptake, period, state.today()).await?;
    let Some(t) = r.tables.iter().find(|t| t.id == "uptake_by_language") else {
        return Ok((None, BTreeMap::new()));
    };
    let mix = t.rows.iter().map(|row| (row.key.clone(), row.total.and_then(Cell::value))).collect();
    Ok((t.totals.total.and_then(Cell::value), mix))
}

#[allow(clippy::too_many_arguments)]
async fn render_planner(
    state: &AppState,
    ctx: &Ctx,
    text: &PlanText,
    plan: Option<&Plan>,
    errors: Value,
    saved: bool,
    scenario_name: &str,
    status: StatusCode,
) -> AppResult<Response> {
    let (actual_total, actual) = register_mix(state).await?;
    let shares: Vec<Value> = LANGUAGES
        .iter()
        .map(|l| {
            let v = text.languages.iter().find(|(c, _)| c == l.code).map(|(_, v)| v.clone()).unwrap_or_default();
            context! { code => l.code, label => crate::register::language_label(l.code), value => v }
        })
        .collect();
    let fields: Vec<Value> =
        FIELDS.iter().map(|(f, k)| context! { name => *f, label => *k, value => text_value(text, f) }).collect();
    let results = plan.map(|p| {
        let langs: Vec<Value> = p
            .languages
            .iter()
            .map(|l| {
                let label = if l.language == "other" {
                    state.cat.t(ctx.lang.code, "plan-other", &[])
                } else {
                    crate::register::language_label(&l.language)
                };
                context! {
                    label => label,
                    newcomers => l.newcomers,
                    actual => actual.get(&l.language).copied().flatten(),
                    trainers => l.trainers,
                    modules => l.modules,
                    per_topic => l.modules_per_topic,
                    hours => l.counsellor_hours_tenths.div_ceil(10),
                    brochures => l.brochures,
                }
            })
            .collect();
        let rows: Vec<Value> = plan_rows(p).into_iter().map(|(k, v)| context! { key => k, value => v }).collect();
        context! { rows => rows, languages => langs }
    });
    // Saved scenarios side by side.
    let scenarios = state.store.list_scenarios().await?;
    let plans: Vec<Plan> = scenarios.iter().map(|s| planning::plan(&s.inputs)).collect();
    let compare: Vec<Value> = if plans.is_empty() {
        vec![]
    } else {
        let per: Vec<Vec<(&str, Value)>> = plans.iter().map(plan_rows).collect();
        let mut rows = vec![
            context! { key => "plan-inhabitants", values => scenarios.iter().map(|s| Value::from(s.inputs.inhabitants)).collect::<Vec<_>>() },
            context! { key => "plan-newcomers", values => scenarios.iter().map(|s| Value::from(s.inputs.newcomers_per_year)).collect::<Vec<_>>() },
        ];
        for (i, (key, _)) in per[0].iter().enumerate() {
            rows.push(context! { key => *key, values => per.iter().map(|r| r[i].1.clone()).collect::<Vec<_>>() });
        }
        rows
    };
    let scenario_list: Vec<Value> =
        scenarios.iter().map(|s| context! { id => s.id.to_string(), name => s.name.clone() }).collect();
    page_with_status(
        state,
        ctx,
        "staff/planning/planner.html",
        context! {
            form => context! { inhabitants => text.inhabitants.clone(), newcomers_per_year => text.newcomers_per_year.clone(), scenario_name => scenario_name },
            shares => shares, fields => fields, results => results, errors => errors, saved => saved,
            scenarios => scenario_list, compare => compare, actual_total => actual_total, threshold => THRESHOLD,
        },
        status,
    )
}

/// The planner. Without a query: the toolkit's defaults with the city's figures from the
/// settings; `register=1` takes the language mix of the last twelve months from the
/// register; `scenario=<id>` opens a saved scenario; otherwise the query is the form.
pub(crate) async fn planner(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<HashMap<String, String>>,
) -> AppResult<Response> {
    let defaults = || {
        let s = state.settings();
        PlanInputs {
            inhabitants: u64::try_from(s.inhabitants).unwrap_or(0),
            newcomers_per_year: u64::try_from(s.newcomers_per_year).unwrap_or(0),
            ..PlanInputs::default()
        }
    };
    if let Some(id) = q.get("scenario") {
        let id = uuid::Uuid::parse_str(id).map_err(|_| AppError::NotFound)?;
        let s = state.store.list_scenarios().await?.into_iter().find(|s| s.id == id).ok_or(AppError::NotFound)?;
        let p = planning::plan(&s.inputs);
        let saved = q.contains_key("saved");
        return render_planner(
            &state,
            &ctx,
            &PlanText::from_inputs(&s.inputs),
            Some(&p),
            no_errors(),
            saved,
            &s.name,
            StatusCode::OK,
        )
        .await;
    }
    if q.contains_key("register") {
        let mut i = defaults();
        let (total, mix) = register_mix(&state).await?;
        if let Some(total) = total.filter(|t| *t > 0) {
            i.languages = mix
                .iter()
                .filter(|(k, _)| LANGUAGES.iter().any(|l| l.code == k.as_str()))
                .filter_map(|(k, v)| {
                    let pct = u32::try_from(v.unwrap_or(0) * 100 / total).ok()?;
                    (pct > 0).then(|| planning::LanguageShare { language: k.clone(), percent: pct })
                })
                .collect();
        }
        let p = i.validate().is_ok().then(|| planning::plan(&i));
        return render_planner(
            &state,
            &ctx,
            &PlanText::from_inputs(&i),
            p.as_ref(),
            no_errors(),
            false,
            "",
            StatusCode::OK,
        )
        .await;
    }
    if !q.contains_key("inhabitants") {
        let i = defaults();
        let p = i.validate().is_ok().then(|| planning::plan(&i));
        return render_planner(
            &state,
            &ctx,
            &PlanText::from_inputs(&i),
            p.as_ref(),
            no_errors(),
            false,
            "",
            StatusCode::OK,
        )
        .await;
    }
    let text = text_from(&q);
    match text.parse() {
        Ok(i) => {
            let p = planning::plan(&i);
            render_planner(&state, &ctx, &text, Some(&p), no_errors(), false, "", StatusCode::OK).await
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            render_planner(&state, &ctx, &text, None, errors, false, "", StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// Saves the form as a named scenario (the same name replaces it).
pub(crate) async fn save_scenario(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<HashMap<String, String>>,
) -> AppResult<Response> {
    let text = text_from(&f);
    let name_raw = f.get("scenario_name").cloned().unwrap_or_default();
    let mut inv = Invalid::default();
    let name = inv.take(welcomedesk_domain::text::required_line("scenario_name", &name_raw, 100));
    let inputs = match text.parse() {
        Ok(i) => Some(i),
        Err(e) => {
            inv.errors.extend(e.errors);
            None
        }
    };
    match (name, inputs) {
        (Some(name), Some(i)) if inv.is_empty() => {
            let id = state.store.save_scenario(&name, &i, Some(me.id())).await?;
            Ok(Redirect::to(&format!("/staff/planning?scenario={id}&saved=1")).into_response())
        }
        _ => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            render_planner(&state, &ctx, &text, None, errors, false, &name_raw, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

pub(crate) async fn delete_scenario(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    state.store.delete_scenario(id, Some(me.id())).await?;
    Ok(Redirect::to("/staff/planning").into_response())
}

// ------------------------------------------------------------------------------------
// The set-up steps (R14).

fn step_number(raw: &str) -> AppResult<i64> {
    raw.parse::<i64>().ok().filter(|n| (1..=SETUP_STEPS).contains(n)).ok_or(AppError::NotFound)
}

pub(crate) async fn steps(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let rows: Vec<Value> = state
        .store
        .list_setup_steps()
        .await?
        .into_iter()
        .map(|s| context! { number => s.number, status => s.status, owner => s.owner, due_on => s.due_on, notes => s.notes })
        .collect();
    let done = rows.iter().filter(|r| r.get_attr("status").is_ok_and(|v| v.as_str() == Some("done"))).count();
    page(&state, &ctx, "staff/planning/steps.html", context! { steps => rows, done => done, total => SETUP_STEPS })
}

async fn render_step(
    state: &AppState,
    ctx: &Ctx,
    number: i64,
    form: &StepInput,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let statuses: Vec<Value> = STEP_STATUSES.iter().map(|s| Value::from(*s)).collect();
    page_with_status(
        state,
        ctx,
        "staff/planning/step.html",
        context! { number => number, form => form, statuses => statuses, errors => errors },
        status,
    )
}

pub(crate) async fn step_form(State(state): State<AppState>, ctx: Ctx, Path(raw): Path<String>) -> AppResult<Response> {
    let n = step_number(&raw)?;
    let s = state.store.list_setup_steps().await?.into_iter().find(|s| s.number == n).ok_or(AppError::NotFound)?;
    let form = StepInput {
        status: s.status,
        owner: s.owner.unwrap_or_default(),
        due_on: s.due_on.unwrap_or_default(),
        notes: s.notes.unwrap_or_default(),
    };
    render_step(&state, &ctx, n, &form, no_errors(), StatusCode::OK).await
}

pub(crate) async fn save_step(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    Path(raw): Path<String>,
    FormData(f): FormData<StepInput>,
) -> AppResult<Response> {
    let n = step_number(&raw)?;
    match f.parse() {
        Ok(s) => {
            let due = s.due_on.map(|d| d.to_string());
            state
                .store
                .update_setup_step(
                    n,
                    &welcomedesk_store::planning::StepWrite {
                        status: s.status,
                        owner: s.owner.as_deref(),
                        due_on: due.as_deref(),
                        notes: s.notes.as_deref(),
                    },
                    Some(me.id()),
                )
                .await?;
            Ok(Redirect::to(&format!("/staff/setup#step-{n}")).into_response())
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            render_step(&state, &ctx, n, &f, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

// ------------------------------------------------------------------------------------
// The working group (R16), read-only here; changes go through the API for now.

/// What the working group's forms send (one struct for all five forms: each form sends
/// its own fields, the others stay empty).
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct WgForm {
    #[serde(default)]
    org_name: String,
    #[serde(default)]
    organisation_id: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    held_on: String,
    #[serde(default)]
    agenda: String,
    #[serde(default)]
    minutes: String,
    #[serde(default)]
    meeting_id: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
    /// For marking an action: `yes` done, anything else open again.
    #[serde(default)]
    done: String,
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct WgDone {
    done: Option<String>,
}

/// The working group (R16): member organisations with their representative and
/// substitute, meetings with agenda and minutes (the next period's plan), decisions and
/// action items with owner and due date — read and kept on one page, no JavaScript.
pub(crate) async fn working_group(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<WgDone>,
) -> AppResult<Response> {
    working_group_page(&state, &ctx, &WgForm::default(), None, q.done.is_some()).await
}

async fn working_group_page(
    state: &AppState,
    ctx: &Ctx,
    form: &WgForm,
    inv: Option<Invalid>,
    saved: bool,
) -> AppResult<Response> {
    let s = &state.store;
    let (orgs, meetings, open) = tokio::try_join!(s.list_organisations(), s.list_meetings(), s.open_actions())?;
    let seat = |o: &welcomedesk_store::planning::OrganisationRow, role: &str| {
        o.members.iter().find(|m| m.role == role).map(|m| context! { id => m.id, name => m.name.clone() })
    };
    let organisations: Vec<Value> = orgs
        .iter()
        .map(|o| {
            context! {
                id => o.id,
                name => o.name.clone(),
                representative => seat(o, "representative"),
                substitute => seat(o, "substitute"),
            }
        })
        .collect();
    let org_options: Vec<(String, String)> = orgs.iter().map(|o| (o.id.to_string(), o.name.clone())).collect();
    let meeting_options: Vec<(String, String)> =
        meetings.iter().map(|m| (m.id.to_string(), m.held_on.clone())).collect();
    let (errors, status) = match inv {
        Some(i) => (form_errors(&state.cat, ctx.lang.code, &i), StatusCode::UNPROCESSABLE_ENTITY),
        None => (no_errors(), StatusCode::OK),
    };
    page_with_status(
        state,
        ctx,
        "staff/planning/working_group.html",
        context! {
            organisations => organisations, meetings => meetings, open_actions => open,
            org_options => org_options, meeting_options => meeting_options, roles => planning::MEMBER_ROLES,
            kinds => planning::ITEM_KINDS, form => form, errors => errors, saved => saved,
        },
        status,
    )
}

fn saved_wg() -> Response {
    Redirect::to("/staff/working-group?done=saved").into_response()
}

/// A store refusal that is the person's to fix (a name already there, a seat taken),
/// shown at the field; anything else goes up.
fn wg_conflict(e: welcomedesk_store::StoreError, field: &'static str) -> Result<Invalid, AppError> {
    match e {
        welcomedesk_store::StoreError::Conflict(code) => Ok(Invalid::one(field, code)),
        e => Err(e.into()),
    }
}

pub(crate) async fn wg_add_organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<WgForm>,
) -> AppResult<Response> {
    let name = match welcomedesk_domain::text::required_line("org_name", &f.org_name, 200) {
        Ok(n) => n,
        Err(e) => return working_group_page(&state, &ctx, &f, Some(Invalid { errors: vec![e] }), false).await,
    };
    match state.store.add_organisation(&name, Some(me.id())).await {
        Ok(_) => Ok(saved_wg()),
        Err(e) => working_group_page(&state, &ctx, &f, Some(wg_conflict(e, "org_name")?), false).await,
    }
}

pub(crate) async fn wg_add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<WgForm>,
) -> AppResult<Response> {
    let orgs = state.store.list_organisations().await?;
    let org = orgs.iter().find(|o| o.id.to_string() == f.organisation_id.trim()).map(|o| o.id);
    let member = planning::MemberInput { role: f.role.clone(), name: f.name.clone(), email: f.email.clone() }.parse();
    let (org, m) = match (org, member) {
        (Some(o), Ok(m)) => (o, m),
        (o, m) => {
            let mut inv = m.err().unwrap_or_default();
            if o.is_none() {
                inv.errors.insert(0, welcomedesk_domain::FieldError::new("organisation_id", "invalid_choice"));
            }
            return working_group_page(&state, &ctx, &f, Some(inv), false).await;
        }
    };
    match state.store.add_member(org, m.role, &m.name, m.email.as_deref(), Some(me.id())).await {
        Ok(_) => Ok(saved_wg()),
        Err(e) => working_group_page(&state, &ctx, &f, Some(wg_conflict(e, "role")?), false).await,
    }
}

pub(crate) async fn wg_remove_member(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
) -> AppResult<Response> {
    state.store.remove_member(id, Some(me.id())).await?;
    Ok(saved_wg())
}

pub(crate) async fn wg_add_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<WgForm>,
) -> AppResult<Response> {
    let input =
        planning::MeetingInput { held_on: f.held_on.clone(), agenda: f.agenda.clone(), minutes: f.minutes.clone() };
    match input.parse() {
        Ok(m) => {
            state.store.add_meeting(&m.held_on.to_string(), &m.agenda, m.minutes.as_deref(), Some(me.id())).await?;
            Ok(saved_wg())
        }
        Err(inv) => working_group_page(&state, &ctx, &f, Some(inv), false).await,
    }
}

pub(crate) async fn wg_add_item(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<WgForm>,
) -> AppResult<Response> {
    let meetings = state.store.list_meetings().await?;
    let meeting = meetings.iter().find(|m| m.id.to_string() == f.meeting_id.trim()).map(|m| m.id);
    let input = planning::ItemInput {
        kind: f.kind.clone(),
        text: f.text.clone(),
        owner: f.owner.clone(),
        due_on: f.due_on.clone(),
    };
    match (meeting, input.parse()) {
        (Some(meeting), Ok(i)) => {
            let due = i.due_on.map(|d| d.to_string());
            state.store.add_item(meeting, i.kind, &i.text, i.owner.as_deref(), due.as_deref(), Some(me.id())).await?;
            Ok(saved_wg())
        }
        (meeting, parsed) => {
            let mut inv = parsed.err().unwrap_or_default();
            if meeting.is_none() {
                inv.errors.insert(0, welcomedesk_domain::FieldError::new("meeting_id", "invalid_choice"));
            }
            working_group_page(&state, &ctx, &f, Some(inv), false).await
        }
    }
}

pub(crate) async fn wg_set_item_done(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(f): FormData<WgForm>,
) -> AppResult<Response> {
    state.store.set_item_done(id, f.done == "yes", Some(me.id())).await?;
    Ok(saved_wg())
}
