//! API of the directory of authorities and services.

use crate::api::Problem;
use crate::ctx::Ctx;
use crate::directory;
use crate::error::{AppError, AppResult};
use crate::extract::{JsonBody, QueryData};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::directory::{Entry, EntryInput};

const PJ: &str = "application/problem+json";

/// One weekday's opening.
#[derive(serde::Serialize, ToSchema)]
pub struct DayResponse {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i64,
    /// closed, open or appointment_only.
    pub kind: String,
    /// `HH:MM-HH:MM` intervals when open.
    pub intervals: Vec<String>,
}

/// A directory entry.
#[derive(serde::Serialize, ToSchema)]
pub struct EntryResponse {
    pub slug: String,
    /// The name in the asked language (else the source language's).
    pub name: String,
    /// Every name, by language code.
    pub names: BTreeMap<String, String>,
    pub transit: BTreeMap<String, String>,
    pub address: String,
    /// A plain link to the address on OpenStreetMap.
    pub map_url: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub hours: Vec<DayResponse>,
    pub languages: Vec<String>,
    pub topics: Vec<String>,
    pub step_free: bool,
    /// YYYY-MM-DD.
    pub verified_on: String,
    /// Not verified within the review period.
    pub review_due: bool,
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct DirectoryParams {
    /// Only entries serving this topic (a chapter slug, e.g. `housing`).
    #[serde(default)]
    topic: Option<String>,
    /// Only entries where this language is spoken; also the language of `name`.
    #[serde(default)]
    language: Option<String>,
}

/// The directory of authorities and advice services (public).
#[utoipa::path(get, path = "/api/v1/directory", operation_id = "listDirectory", tag = "content", params(DirectoryParams),
    responses((status = 200, body = Vec<EntryResponse>), (status = 400, body = Problem, content_type = PJ)))]
pub(crate) async fn list(
    State(state): State<AppState>,
    QueryData(q): QueryData<DirectoryParams>,
) -> AppResult<Json<Vec<EntryResponse>>> {
    let days = directory::review_days(&state.store).await?;
    let today = state.today();
    let src = state.settings().source_language.clone();
    let lang = q.language.clone().unwrap_or_else(|| src.clone());
    let out = state
        .store
        .list_directory()
        .await?
        .into_iter()
        .filter(|e| q.topic.as_ref().is_none_or(|t| e.topics.contains(t)))
        .filter(|e| q.language.as_ref().is_none_or(|l| e.languages.contains(l)))
        .map(|e| {
            let week = welcomedesk_domain::directory::parse_week(&e.hours);
            let hours = week
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let (kind, intervals) = match d {
                        welcomedesk_domain::directory::Day::Closed => ("closed", vec![]),
                        welcomedesk_domain::directory::Day::AppointmentOnly => ("appointment_only", vec![]),
                        welcomedesk_domain::directory::Day::Open { .. } => {
                            ("open", d.format().split(',').map(str::to_owned).collect())
                        }
                    };
                    DayResponse { weekday: i as i64 + 1, kind: kind.into(), intervals }
                })
                .collect();
            EntryResponse {
                name: directory::name_in(&e, &lang, &src),
                review_due: directory::due(&e, today, days),
                map_url: welcomedesk_domain::directory::map_url(&e.address),
                slug: e.slug,
                names: e.names,
                transit: e.transit,
                address: e.address,
                phone: e.phone,
                email: e.email,
                website: e.website,
                hours,
                languages: e.languages,
                topics: e.topics,
                step_free: e.step_free,
                verified_on: e.verified_on,
            }
        })
        .collect();
    Ok(Json(out))
}

/// A directory entry to create or replace.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EntryRequest {
    /// Name per language code; the source language's is required.
    pub names: BTreeMap<String, String>,
    #[serde(default)]
    pub transit: BTreeMap<String, String>,
    pub address: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    /// Seven days, Monday first: `08:00-12:00, 13:00-16:00`, `appointment`, or empty.
    #[serde(default)]
    pub hours: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub step_free: bool,
    /// YYYY-MM-DD, not in the future.
    pub verified_on: String,
}

/// Creates or replaces the entry with this slug (coordinator).
#[utoipa::path(put, path = "/api/v1/directory/{slug}", operation_id = "upsertDirectoryEntry", tag = "content",
    params(("slug" = String, Path)), request_body = EntryRequest,
    responses((status = 200, description = "replaced"), (status = 201, description = "created"),
        (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn upsert(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    JsonBody(r): JsonBody<EntryRequest>,
) -> AppResult<StatusCode> {
    if r.hours.len() > 7 {
        return Err(AppError::Invalid(welcomedesk_domain::Invalid::one("hours", "invalid_hours")));
    }
    let input = EntryInput {
        slug,
        names: r.names,
        transit: r.transit,
        address: r.address,
        phone: r.phone.unwrap_or_default(),
        email: r.email.unwrap_or_default(),
        website: r.website.unwrap_or_default(),
        hours: std::array::from_fn(|i| r.hours.get(i).cloned().unwrap_or_default()),
        languages: r.languages.join(" "),
        topics: r.topics.join(" "),
        step_free: r.step_free,
        verified_on: r.verified_on,
    };
    let e = Entry::parse(&input, &state.settings().source_language, state.today())?;
    let (_, created) = directory::save(&state.store, &e, ctx.actor()).await?;
    Ok(if created { StatusCode::CREATED } else { StatusCode::OK })
}
