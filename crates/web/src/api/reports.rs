//! Reports (R12) and planning (R13, R14) in the API: getReport, planService, and the
//! scenarios and set-up steps the pages show.

use super::Problem;

const PJ: &str = "application/problem+json";
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{IdPath, JsonBody, QueryData};
use crate::reports::build;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::planning::{self, LanguageShare, PlanInputs, SETUP_STEPS, StepInput};
use welcomedesk_domain::reports::{Cell, Period, ReportName};

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ReportParams {
    /// First day, `YYYY-MM-DD` (default: a year before `to`).
    #[serde(default)]
    from: String,
    /// Last day, included (default: today).
    #[serde(default)]
    to: String,
}

/// One row; a `null` figure is hidden (a group of fewer than `threshold` people, or a
/// figure that would let one be worked out from the totals).
#[derive(serde::Serialize, ToSchema)]
pub struct ReportRowResponse {
    /// A month `YYYY-MM`, a language code, a band, a code, `unknown` or `total`.
    pub key: String,
    pub cells: Vec<Option<u64>>,
    /// The row's total, where the columns are its parts.
    pub total: Option<u64>,
    /// The share the table names, in per cent (one decimal), when its figures are shown.
    pub share_percent: Option<f64>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct ReportTableResponse {
    pub id: String,
    /// What the rows are: month, language, citizenship, age_band, district, delay, kind.
    pub rows_are: String,
    pub columns: Vec<String>,
    pub rows: Vec<ReportRowResponse>,
    pub totals: ReportRowResponse,
}

#[derive(serde::Serialize, ToSchema)]
pub struct KpiResponse {
    pub id: String,
    /// `null` when hidden.
    pub value: Option<f64>,
    pub percent: bool,
}

#[derive(serde::Serialize, ToSchema)]
pub struct ReportResponse {
    /// uptake, coaching, follow_ups, modules, vouchers, desk or satisfaction.
    pub name: String,
    pub from: String,
    pub to: String,
    /// The smallest group shown.
    pub threshold: u64,
    pub kpis: Vec<KpiResponse>,
    pub tables: Vec<ReportTableResponse>,
}

fn row(r: &welcomedesk_domain::reports::Row) -> ReportRowResponse {
    ReportRowResponse {
        key: r.key.clone(),
        cells: r.cells.iter().map(|c| c.value()).collect(),
        total: r.total.and_then(Cell::value),
        share_percent: r.share.map(|s| (s * 10.0).round() / 10.0),
    }
}

/// A report over a period, small groups suppressed as on the page and in the CSV.
#[utoipa::path(get, path = "/api/v1/reports/{name}", operation_id = "getReport", tag = "reports", params(ReportParams,
        ("name" = String, Path, description = "uptake, coaching, follow_ups, modules, vouchers, desk or satisfaction")),
    responses((status = 200, body = ReportResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn get_report(
    State(state): State<AppState>,
    Path(name): Path<String>,
    QueryData(p): QueryData<ReportParams>,
) -> AppResult<Json<ReportResponse>> {
    let name = ReportName::parse(&name).ok_or(AppError::NotFound)?;
    let period = Period::parse(&p.from, &p.to, state.today())?;
    let r = build(&state.store, name, period, state.today()).await?;
    Ok(Json(ReportResponse {
        name: name.as_str().to_owned(),
        from: period.from.to_string(),
        to: period.to.to_string(),
        threshold: r.threshold,
        kpis: r
            .kpis
            .iter()
            .map(|k| KpiResponse {
                id: k.id.to_owned(),
                value: k.value.map(|v| (v * 10.0).round() / 10.0),
                percent: k.percent,
            })
            .collect(),
        tables: r
            .tables
            .iter()
            .map(|t| ReportTableResponse {
                id: t.id.clone(),
                rows_are: t.rows_are.clone(),
                columns: t.columns.iter().map(|c| (*c).to_owned()).collect(),
                rows: t.rows.iter().map(row).collect(),
                totals: row(&t.totals),
            })
            .collect(),
    }))
}

#[derive(serde::Deserialize, serde::Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LanguageShareBody {
    /// ISO 639-1 code.
    pub language: String,
    /// Whole per cent of newcomers.
    pub percent: u32,
}

/// The planner's inputs; every rule of thumb has the toolkit's default.
#[derive(serde::Deserialize, serde::Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanRequest {
    /// Save under this name (the same name replaces a saved scenario); without it the
    /// plan is only computed.
    #[serde(default)]
    pub name: Option<String>,
    pub inhabitants: u64,
    pub newcomers_per_year: u64,
    #[serde(default)]
    pub languages: Vec<LanguageShareBody>,
    #[serde(default)]
    pub budget_cents_per_inhabitant: Option<u64>,
    #[serde(default)]
    pub budget_cents_per_newcomer_low: Option<u64>,
    #[serde(default)]
    pub budget_cents_per_newcomer_high: Option<u64>,
    /// Full-time posts per 1,000 newcomers, in tenths (20 = 2.0).
    #[serde(default)]
    pub posts_tenths_per_1000: Option<u64>,
    #[serde(default)]
    pub trainers_per_10000: Option<u64>,
    #[serde(default)]
    pub coaching_uptake_percent: Option<u32>,
    /// In tenths of an hour.
    #[serde(default)]
    pub coaching_hours_tenths: Option<u64>,
    #[serde(default)]
    pub hours_per_post: Option<u64>,
    #[serde(default)]
    pub module_uptake_percent: Option<u32>,
    #[serde(default)]
    pub modules_per_participant: Option<u64>,
    /// 20 to 50.
    #[serde(default)]
    pub seats_per_module: Option<u64>,
    #[serde(default)]
    pub topics: Option<u64>,
    #[serde(default)]
    pub voucher_uptake_percent: Option<u32>,
    #[serde(default)]
    pub voucher_value_cents: Option<u64>,
    #[serde(default)]
    pub voucher_value_certificate_cents: Option<u64>,
    #[serde(default)]
    pub certificate_required_percent: Option<u32>,
    #[serde(default)]
    pub brochure_reserve_percent: Option<u32>,
}

impl PlanRequest {
    fn inputs(&self) -> PlanInputs {
        let d = PlanInputs::default();
        PlanInputs {
            inhabitants: self.inhabitants,
            newcomers_per_year: self.newcomers_per_year,
            languages: self
                .languages
                .iter()
                .map(|l| LanguageShare { language: l.language.trim().to_owned(), percent: l.percent })
                .collect(),
            budget_cents_per_inhabitant: self.budget_cents_per_inhabitant.unwrap_or(d.budget_cents_per_inhabitant),
            budget_cents_per_newcomer_low: self
                .budget_cents_per_newcomer_low
                .unwrap_or(d.budget_cents_per_newcomer_low),
            budget_cents_per_newcomer_high: self
                .budget_cents_per_newcomer_high
                .unwrap_or(d.budget_cents_per_newcomer_high),
            posts_tenths_per_1000: self.posts_tenths_per_1000.unwrap_or(d.posts_tenths_per_1000),
            trainers_per_10000: self.trainers_per_10000.unwrap_or(d.trainers_per_10000),
            coaching_uptake_percent: self.coaching_uptake_percent.unwrap_or(d.coaching_uptake_percent),
            coaching_hours_tenths: self.coaching_hours_tenths.unwrap_or(d.coaching_hours_tenths),
            hours_per_post: self.hours_per_post.unwrap_or(d.hours_per_post),
            module_uptake_percent: self.module_uptake_percent.unwrap_or(d.module_uptake_percent),
            modules_per_participant: self.modules_per_participant.unwrap_or(d.modules_per_participant),
            seats_per_module: self.seats_per_module.unwrap_or(d.seats_per_module),
            topics: self.topics.unwrap_or(d.topics),
            voucher_uptake_percent: self.voucher_uptake_percent.unwrap_or(d.voucher_uptake_percent),
            voucher_value_cents: self.voucher_value_cents.unwrap_or(d.voucher_value_cents),
            voucher_value_certificate_cents: self
                .voucher_value_certificate_cents
                .unwrap_or(d.voucher_value_certificate_cents),
            certificate_required_percent: self.certificate_required_percent.unwrap_or(d.certificate_required_percent),
            brochure_reserve_percent: self.brochure_reserve_percent.unwrap_or(d.brochure_reserve_percent),
        }
    }
}

#[derive(serde::Serialize, ToSchema)]
pub struct LanguagePlanResponse {
    /// ISO 639-1, or `other`.
    pub language: String,
    pub newcomers: u64,
    pub trainers: u64,
    pub modules: u64,
    pub modules_per_topic: u64,
    pub counsellor_hours_tenths: u64,
    pub brochures: u64,
}

#[derive(serde::Serialize, ToSchema)]
pub struct PlanResponse {
    /// The saved scenario's id, when a name was given.
    #[schema(value_type = Option<String>, format = Uuid)]
    pub scenario_id: Option<uuid::Uuid>,
    pub budget_by_inhabitants_cents: u64,
    pub budget_by_newcomers_low_cents: u64,
    pub budget_by_newcomers_high_cents: u64,
    pub staff_posts_tenths: u64,
    pub trainer_pool: u64,
    pub module_participants: u64,
    pub modules: u64,
    pub counsellor_hours_tenths: u64,
    pub counsellor_posts_tenths: u64,
    pub vouchers_redeemed: u64,
    pub voucher_budget_cents: u64,
    pub brochures: u64,
    pub languages: Vec<LanguagePlanResponse>,
}

/// Computes the budget and staffing plan from the inputs (the toolkit's rules of thumb
/// where a field is left out) and, with a `name`, saves it as a scenario.
#[utoipa::path(post, path = "/api/v1/planning/scenarios", operation_id = "planService", tag = "reports", request_body = PlanRequest,
    responses((status = 200, body = PlanResponse), (status = 201, body = PlanResponse),
        (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn plan_service(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(b): JsonBody<PlanRequest>,
) -> AppResult<(StatusCode, Json<PlanResponse>)> {
    let inputs = b.inputs();
    let mut inv = match inputs.validate() {
        Ok(()) => welcomedesk_domain::Invalid::default(),
        Err(e) => e,
    };
    let name = match b.name.as_deref() {
        Some(n) => inv.take(welcomedesk_domain::text::required_line("name", n, 100)),
        None => None,
    };
    if !inv.is_empty() {
        return Err(inv.into());
    }
    let scenario_id = match name {
        Some(n) => Some(state.store.save_scenario(&n, &inputs, ctx.actor()).await?),
        None => None,
    };
    let p = planning::plan(&inputs);
    let status = if scenario_id.is_some() { StatusCode::CREATED } else { StatusCode::OK };
    Ok((
        status,
        Json(PlanResponse {
            scenario_id,
            budget_by_inhabitants_cents: p.budget_by_inhabitants_cents,
            budget_by_newcomers_low_cents: p.budget_by_newcomers_low_cents,
            budget_by_newcomers_high_cents: p.budget_by_newcomers_high_cents,
            staff_posts_tenths: p.staff_posts_tenths,
            trainer_pool: p.trainer_pool,
            module_participants: p.module_participants,
            modules: p.modules,
            counsellor_hours_tenths: p.counsellor_hours_tenths,
            counsellor_posts_tenths: p.counsellor_posts_tenths,
            vouchers_redeemed: p.vouchers_redeemed,
            voucher_budget_cents: p.voucher_budget_cents,
            brochures: p.brochures,
            languages: p
                .languages
                .into_iter()
                .map(|l| LanguagePlanResponse {
                    language: l.language,
                    newcomers: l.newcomers,
                    trainers: l.trainers,
                    modules: l.modules,
                    modules_per_topic: l.modules_per_topic,
                    counsellor_hours_tenths: l.counsellor_hours_tenths,
                    brochures: l.brochures,
                })
                .collect(),
        }),
    ))
}

#[derive(serde::Serialize, ToSchema)]
pub struct ScenarioResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    pub inhabitants: u64,
    pub newcomers_per_year: u64,
    pub updated_at: String,
}

/// The saved scenarios (open one on the planner page to see its figures).
#[utoipa::path(get, path = "/api/v1/planning/scenarios", operation_id = "listPlanScenarios", tag = "reports",
    responses((status = 200, body = Vec<ScenarioResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_scenarios(State(state): State<AppState>) -> AppResult<Json<Vec<ScenarioResponse>>> {
    Ok(Json(
        state
            .store
            .list_scenarios()
            .await?
            .into_iter()
            .map(|s| ScenarioResponse {
                id: s.id,
                name: s.name,
                inhabitants: s.inputs.inhabitants,
                newcomers_per_year: s.inputs.newcomers_per_year,
                updated_at: s.updated_at,
            })
            .collect(),
    ))
}

#[derive(serde::Serialize, ToSchema)]
pub struct SetupStepResponse {
    /// 1 to 17, the toolkit's order.
    pub number: i64,
    /// open, in_progress, done or not_needed.
    pub status: String,
    pub owner: Option<String>,
    pub due_on: Option<String>,
    pub notes: Option<String>,
}

/// The 17 set-up steps with their state.
#[utoipa::path(get, path = "/api/v1/planning/setup-steps", operation_id = "listSetupSteps", tag = "reports",
    responses((status = 200, body = Vec<SetupStepResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_steps(State(state): State<AppState>) -> AppResult<Json<Vec<SetupStepResponse>>> {
    Ok(Json(
        state
            .store
            .list_setup_steps()
            .await?
            .into_iter()
            .map(|s| SetupStepResponse {
                number: s.number,
                status: s.status,
                owner: s.owner,
                due_on: s.due_on,
                notes: s.notes,
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetupStepRequest {
    /// open, in_progress, done or not_needed.
    pub status: String,
    /// A department or a role (not a person's name).
    #[serde(default)]
    pub owner: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub due_on: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

/// Sets a set-up step's status, owner, due date and notes.
#[utoipa::path(put, path = "/api/v1/planning/setup-steps/{number}", operation_id = "updateSetupStep", tag = "reports",
    params(("number" = i64, Path, description = "1 to 17")), request_body = SetupStepRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update_step(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(raw): Path<String>,
    JsonBody(b): JsonBody<SetupStepRequest>,
) -> AppResult<StatusCode> {
    let n = raw.parse::<i64>().ok().filter(|n| (1..=SETUP_STEPS).contains(n)).ok_or(AppError::NotFound)?;
    let s = StepInput {
        status: b.status,
        owner: b.owner.unwrap_or_default(),
        due_on: b.due_on.unwrap_or_default(),
        notes: b.notes.unwrap_or_default(),
    }
    .parse()?;
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
            ctx.actor(),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

// ------------------------------------------------------------------------------------
// The working group (R16).

#[derive(serde::Serialize, ToSchema)]
pub struct WgMemberResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    /// representative or substitute.
    pub role: String,
    pub name: String,
    pub email: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct WgOrganisationResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    pub members: Vec<WgMemberResponse>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct WgItemResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    /// decision or action.
    pub kind: String,
    pub text: String,
    pub owner: Option<String>,
    pub due_on: Option<String>,
    pub done: bool,
}

#[derive(serde::Serialize, ToSchema)]
pub struct WgMeetingResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub held_on: String,
    pub agenda: String,
    /// The minutes, with the next period's plan.
    pub minutes: Option<String>,
    pub items: Vec<WgItemResponse>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct WgOpenActionResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    #[schema(value_type = String, format = Uuid)]
    pub meeting_id: uuid::Uuid,
    pub held_on: String,
    pub text: String,
    pub owner: Option<String>,
    pub due_on: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct WorkingGroupResponse {
    pub organisations: Vec<WgOrganisationResponse>,
    /// Newest first.
    pub meetings: Vec<WgMeetingResponse>,
    /// Action items not done yet, the earliest due first.
    pub open_actions: Vec<WgOpenActionResponse>,
}

/// The working group: member organisations with their representative and substitute,
/// the meetings with decisions and action items, and the open actions.
#[utoipa::path(get, path = "/api/v1/working-group", operation_id = "getWorkingGroup", tag = "reports",
    responses((status = 200, body = WorkingGroupResponse), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn get_working_group(State(state): State<AppState>) -> AppResult<Json<WorkingGroupResponse>> {
    let s = &state.store;
    let (orgs, meetings, open) = tokio::try_join!(s.list_organisations(), s.list_meetings(), s.open_actions())?;
    Ok(Json(WorkingGroupResponse {
        organisations: orgs
            .into_iter()
            .map(|o| WgOrganisationResponse {
                id: o.id,
                name: o.name,
                members: o
                    .members
                    .into_iter()
                    .map(|m| WgMemberResponse { id: m.id, role: m.role, name: m.name, email: m.email })
                    .collect(),
            })
            .collect(),
        meetings: meetings
            .into_iter()
            .map(|m| WgMeetingResponse {
                id: m.id,
                held_on: m.held_on,
                agenda: m.agenda,
                minutes: m.minutes,
                items: m
                    .items
                    .into_iter()
                    .map(|i| WgItemResponse {
                        id: i.id,
                        kind: i.kind,
                        text: i.text,
                        owner: i.owner,
                        due_on: i.due_on,
                        done: i.done,
                    })
                    .collect(),
            })
            .collect(),
        open_actions: open
            .into_iter()
            .map(|a| WgOpenActionResponse {
                id: a.id,
                meeting_id: a.meeting_id,
                held_on: a.held_on,
                text: a.text,
                owner: a.owner,
                due_on: a.due_on,
            })
            .collect(),
    }))
}

#[derive(serde::Serialize, ToSchema)]
pub struct CreatedResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WgOrganisationRequest {
    pub name: String,
}

/// Adds a member organisation (names are unique).
#[utoipa::path(post, path = "/api/v1/working-group/organisations", operation_id = "addWorkingGroupOrganisation",
    tag = "reports", request_body = WgOrganisationRequest,
    responses((status = 201, body = CreatedResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn add_organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(b): JsonBody<WgOrganisationRequest>,
) -> AppResult<(StatusCode, Json<CreatedResponse>)> {
    let name = welcomedesk_domain::text::required_line("name", &b.name, 200)
        .map_err(|e| welcomedesk_domain::Invalid { errors: vec![e] })?;
    let id = state.store.add_organisation(&name, ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(CreatedResponse { id })))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WgMemberRequest {
    /// representative or substitute (one of each per organisation at a time).
    pub role: String,
    pub name: String,
    #[serde(default)]
    pub email: Option<String>,
}

/// Names the organisation's representative or substitute; 409 while the seat is taken
/// (the current one is removed first).
#[utoipa::path(post, path = "/api/v1/working-group/organisations/{id}/members", operation_id = "addWorkingGroupMember",
    tag = "reports", params(("id" = String, Path, format = Uuid)), request_body = WgMemberRequest,
    responses((status = 201, body = CreatedResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(org): IdPath,
    JsonBody(b): JsonBody<WgMemberRequest>,
) -> AppResult<(StatusCode, Json<CreatedResponse>)> {
    let m = planning::MemberInput { role: b.role, name: b.name, email: b.email.unwrap_or_default() }.parse()?;
    if !state.store.list_organisations().await?.iter().any(|o| o.id == org) {
        return Err(AppError::NotFound);
    }
    let id = state.store.add_member(org, m.role, &m.name, m.email.as_deref(), ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(CreatedResponse { id })))
}

/// A member leaves the working group (their name and e-mail are deleted).
#[utoipa::path(delete, path = "/api/v1/working-group/members/{id}", operation_id = "removeWorkingGroupMember",
    tag = "reports", params(("id" = String, Path, format = Uuid)),
    responses((status = 204), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn remove_member(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
) -> AppResult<StatusCode> {
    state.store.remove_member(id, ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WgMeetingRequest {
    /// `YYYY-MM-DD`.
    pub held_on: String,
    pub agenda: String,
    /// The minutes, with the next period's plan.
    #[serde(default)]
    pub minutes: Option<String>,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WgItemRequest {
    /// decision or action.
    pub kind: String,
    pub text: String,
    /// Required for an action: a role or an organisation.
    #[serde(default)]
    pub owner: Option<String>,
    /// Required for an action, `YYYY-MM-DD`.
    #[serde(default)]
    pub due_on: Option<String>,
}

/// Records a meeting: its date, agenda and minutes (with the next period's plan).
#[utoipa::path(post, path = "/api/v1/working-group/meetings", operation_id = "addWorkingGroupMeeting",
    tag = "reports", request_body = WgMeetingRequest,
    responses((status = 201, body = CreatedResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn add_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(b): JsonBody<WgMeetingRequest>,
) -> AppResult<(StatusCode, Json<CreatedResponse>)> {
    let m = planning::MeetingInput { held_on: b.held_on, agenda: b.agenda, minutes: b.minutes.unwrap_or_default() }
        .parse()?;
    let id = state.store.add_meeting(&m.held_on.to_string(), &m.agenda, m.minutes.as_deref(), ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(CreatedResponse { id })))
}

/// Adds a decision, or an action item with its owner and due date, to a meeting.
#[utoipa::path(post, path = "/api/v1/working-group/meetings/{id}/items", operation_id = "addWorkingGroupItem",
    tag = "reports", params(("id" = String, Path, format = Uuid)), request_body = WgItemRequest,
    responses((status = 201, body = CreatedResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn add_item(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(meeting): IdPath,
    JsonBody(b): JsonBody<WgItemRequest>,
) -> AppResult<(StatusCode, Json<CreatedResponse>)> {
    let i = planning::ItemInput {
        kind: b.kind,
        text: b.text,
        owner: b.owner.unwrap_or_default(),
        due_on: b.due_on.unwrap_or_default(),
    }
    .parse()?;
    if !state.store.list_meetings().await?.iter().any(|m| m.id == meeting) {
        return Err(AppError::NotFound);
    }
    let due = i.due_on.map(|d| d.to_string());
    let id = state.store.add_item(meeting, i.kind, &i.text, i.owner.as_deref(), due.as_deref(), ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(CreatedResponse { id })))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WgDoneRequest {
    /// true: done; false: open again.
    pub done: bool,
}

/// Marks an action item done, or open again.
#[utoipa::path(put, path = "/api/v1/working-group/items/{id}/done", operation_id = "setWorkingGroupItemDone",
    tag = "reports", params(("id" = String, Path, format = Uuid)), request_body = WgDoneRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn set_item_done(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(b): JsonBody<WgDoneRequest>,
) -> AppResult<StatusCode> {
    state.store.set_item_done(id, b.done, ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}
