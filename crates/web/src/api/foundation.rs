//! API of the foundation: the current account, staff accounts, the audit log, the
//! service's languages and public settings.

use crate::api::Problem;
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{JsonBody, QueryData};
use crate::staff::audit::{AuditQuery, filter_of};
use crate::staff::users::{CreateStaffError, create_staff as create};
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::staff::{NewStaff, NewStaffInput};
use welcomedesk_store::staff::StaffUser;

/// A staff account.
#[derive(serde::Serialize, ToSchema)]
pub struct StaffResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub email: String,
    pub name: String,
    /// coordinator, counsellor, trainer, desk, provider, clerk, desk_lead or partner_agent.
    pub role: String,
    /// The course-provider organisation of a provider account.
    pub provider: Option<String>,
    pub ui_language: String,
    pub disabled: bool,
    pub created_at: String,
}

impl From<StaffUser> for StaffResponse {
    fn from(u: StaffUser) -> Self {
        Self {
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role.as_str().to_owned(),
            provider: u.provider_name,
            ui_language: u.ui_language,
            disabled: u.disabled,
            created_at: u.created_at,
        }
    }
}

#[derive(serde::Serialize, ToSchema)]
pub struct StaffListResponse {
    pub items: Vec<StaffResponse>,
}

/// A new staff account.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateStaffRequest {
    pub email: String,
    pub name: String,
    /// coordinator, counsellor, trainer, desk, provider, clerk, desk_lead or partner_agent.
    pub role: String,
    /// At least 12 characters.
    pub password: String,
    /// Required for provider accounts: the provider organisation's name.
    #[serde(default)]
    pub provider: Option<String>,
    #[serde(default)]
    pub ui_language: Option<String>,
}

/// The account behind the request.
#[utoipa::path(get, path = "/api/v1/me", operation_id = "getCurrentStaff", tag = "staff",
    responses((status = 200, body = StaffResponse), (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn get_current_staff(SignedIn(me): SignedIn) -> Json<StaffResponse> {
    Json(me.user.clone().into())
}

/// All staff accounts (coordinator).
#[utoipa::path(get, path = "/api/v1/staff", operation_id = "listStaff", tag = "staff",
    responses((status = 200, body = StaffListResponse), (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_staff(State(state): State<AppState>) -> AppResult<Json<StaffListResponse>> {
    let items = state.store.list_staff().await?.into_iter().map(Into::into).collect();
    Ok(Json(StaffListResponse { items }))
}

/// Creates a staff account (coordinator).
#[utoipa::path(post, path = "/api/v1/staff", operation_id = "createStaff", tag = "staff",
    request_body = CreateStaffRequest,
    responses((status = 201, body = StaffResponse),
              (status = 400, body = Problem, content_type = "application/problem+json"),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json"),
              (status = 415, body = Problem, content_type = "application/problem+json"),
              (status = 422, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_staff(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    JsonBody(req): JsonBody<CreateStaffRequest>,
) -> AppResult<(StatusCode, Json<StaffResponse>)> {
    let new = NewStaff::parse(NewStaffInput {
        email: &req.email,
        name: &req.name,
        role: &req.role,
        password: &req.password,
        provider: req.provider.as_deref().unwrap_or(""),
        ui_language: req.ui_language.as_deref().unwrap_or("en"),
    })?;
    let id = create(&state.store, &new, Some(me.id())).await.map_err(|e: CreateStaffError| AppError::from(e))?;
    let user = state.store.find_staff(id).await?;
    Ok((StatusCode::CREATED, Json(user.into())))
}

/// An audit-log entry: ids only, never personal values.
#[derive(serde::Serialize, ToSchema)]
pub struct AuditEntryResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub at: String,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub actor_id: Option<uuid::Uuid>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub detail: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct AuditListResponse {
    pub items: Vec<AuditEntryResponse>,
    /// Pass as `cursor` to get the next (older) page; absent on the last page.
    pub next_cursor: Option<String>,
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct AuditParams {
    /// e.g. `staff.create`, `person.read`.
    action: Option<String>,
    /// e.g. `staff`, `person`.
    entity: Option<String>,
    entity_id: Option<String>,
    /// The acting staff member's e-mail.
    actor: Option<String>,
    /// 1 to 500, default 50.
    limit: Option<i64>,
    cursor: Option<String>,
}

/// The audit log, newest first (coordinator).
#[utoipa::path(get, path = "/api/v1/audit", operation_id = "listAudit", tag = "staff",
    params(AuditParams),
    responses((status = 200, body = AuditListResponse), (status = 400, body = Problem, content_type = "application/problem+json"),
              (status = 401, body = Problem, content_type = "application/problem+json"),
              (status = 403, body = Problem, content_type = "application/problem+json")),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_audit(
    State(state): State<AppState>,
    QueryData(p): QueryData<AuditParams>,
) -> AppResult<Json<AuditListResponse>> {
    let limit = p.limit.unwrap_or(50).clamp(1, 500);
    let q = AuditQuery {
        action: p.action.unwrap_or_default(),
        entity: p.entity.unwrap_or_default(),
        entity_id: p.entity_id.unwrap_or_default(),
        actor: p.actor.unwrap_or_default(),
        before: p.cursor.unwrap_or_default(),
    };
    let entries = match filter_of(&state, &q, limit + 1).await? {
        Some(f) => state.store.list_audit(&f).await?,
        None => vec![],
    };
    let more = entries.len() as i64 > limit;
    let items: Vec<AuditEntryResponse> = entries
        .into_iter()
        .take(limit as usize)
        .map(|e| AuditEntryResponse {
            id: e.id,
            at: e.at,
            actor_id: e.actor_id,
            action: e.action,
            entity: e.entity,
            entity_id: e.entity_id,
            detail: e.detail,
        })
        .collect();
    let next_cursor = if more { items.last().map(|e| e.id.to_string()) } else { None };
    Ok(Json(AuditListResponse { items, next_cursor }))
}

/// A language the service is offered in.
#[derive(serde::Serialize, ToSchema)]
pub struct LanguageResponse {
    pub code: String,
    /// The language's name in itself.
    pub endonym: String,
    pub english_name: String,
    /// ltr or rtl.
    pub direction: String,
    /// ISO 15924 script code.
    pub script: String,
}

/// The languages of the service.
#[utoipa::path(get, path = "/api/v1/languages", operation_id = "listLanguages", tag = "service",
    responses((status = 200, body = Vec<LanguageResponse>)))]
pub(crate) async fn list_languages() -> Json<Vec<LanguageResponse>> {
    Json(
        welcomedesk_i18n::LANGUAGES
            .iter()
            .map(|l| LanguageResponse {
                code: l.code.into(),
                endonym: l.endonym.into(),
                english_name: l.english.into(),
                direction: l.dir.as_str().into(),
                script: l.script.into(),
            })
            .collect(),
    )
}

/// The public contact details of the service.
#[derive(serde::Serialize, ToSchema)]
pub struct SettingsResponse {
    pub city_name: String,
    pub desk_address: String,
    pub hotline_phone: String,
    pub email: String,
    pub timezone: String,
    /// Monday first: for each weekday a list of `HH:MM-HH:MM` intervals.
    pub desk_hours: Vec<Vec<String>>,
    /// Whether the desk is open at the moment of the request.
    pub desk_open_now: bool,
}

/// The service's public contact details and opening hours.
#[utoipa::path(get, path = "/api/v1/settings", operation_id = "getSettings", tag = "service",
    responses((status = 200, body = SettingsResponse)))]
pub(crate) async fn get_settings(State(state): State<AppState>, _ctx: Ctx) -> Json<SettingsResponse> {
    let s = state.settings();
    let open = jiff::tz::TimeZone::get(&s.timezone)
        .map(|tz| s.desk_hours.is_open(jiff::Timestamp::now().to_zoned(tz).datetime()))
        .unwrap_or(false);
    Json(SettingsResponse {
        city_name: s.city_name.clone(),
        desk_address: s.desk_address.clone(),
        hotline_phone: s.hotline_phone.clone(),
        email: s.email.clone(),
        timezone: s.timezone.clone(),
        desk_hours: s
            .desk_hours
            .days
            .iter()
            .map(|d| d.iter().map(|i| format!("{}-{}", i.from.strftime("%H:%M"), i.to.strftime("%H:%M"))).collect())
            .collect(),
        desk_open_now: open,
    })
}
