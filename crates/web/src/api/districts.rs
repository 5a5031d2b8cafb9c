//! API of the city's districts and their neighbours (issue 12): the list (public: the
//! finder's "where do you live" choices) and the coordinator's writes. The relation is
//! symmetric: giving A the neighbour B makes A a neighbour of B.

use crate::api::Problem;
use crate::ctx::SignedIn;
use crate::error::{AppError, AppResult};
use crate::extract::JsonBody;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::districts::District;

const PJ: &str = "application/problem+json";

/// A district of the city with its neighbours.
#[derive(serde::Serialize, ToSchema)]
pub struct DistrictItem {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    /// The ids of the neighbouring districts.
    #[schema(value_type = Vec<String>)]
    pub neighbours: Vec<uuid::Uuid>,
}

fn item(d: &District) -> DistrictItem {
    DistrictItem { id: d.id, name: d.name.clone(), neighbours: d.neighbours.clone() }
}

/// A district as the coordinator keeps it.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DistrictBody {
    /// 1–100 characters, unique in any case.
    pub name: String,
    /// Exactly the ids of its neighbouring districts (others lose it as a neighbour).
    #[serde(default)]
    pub neighbours: Vec<String>,
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub(crate) struct DistrictPath {
    /// The district's id, chosen by the caller (a UUID) on creation.
    id: String,
}

/// The city's districts, by name, each with its neighbours (public).
#[utoipa::path(get, path = "/api/v1/districts", operation_id = "listDistricts", tag = "courses",
    responses((status = 200, body = [DistrictItem])))]
pub(crate) async fn list(State(state): State<AppState>) -> AppResult<Json<Vec<DistrictItem>>> {
    Ok(Json(state.store.list_districts().await?.iter().map(item).collect()))
}

/// Creates or changes a district under the given id (idempotent): its name and
/// exactly its set of neighbours, on both sides (coordinator).
#[utoipa::path(put, path = "/api/v1/districts/{id}", operation_id = "updateDistrict", tag = "courses",
    params(DistrictPath), request_body = DistrictBody,
    responses((status = 200, body = DistrictItem, description = "changed"), (status = 201, body = DistrictItem, description = "created"),
        (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn update(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    Path(p): Path<DistrictPath>,
    JsonBody(b): JsonBody<DistrictBody>,
) -> AppResult<(StatusCode, Json<DistrictItem>)> {
    let id = uuid::Uuid::parse_str(&p.id).map_err(|_| AppError::NotFound)?;
    let all = state.store.list_districts().await?;
    let (name, neighbours) = crate::districts::parse(&all, &b.name, &b.neighbours)?;
    let (d, created) = crate::districts::save_district(&state, id, &name, &neighbours, me.id()).await?;
    Ok((if created { StatusCode::CREATED } else { StatusCode::OK }, Json(item(&d))))
}

/// Removes a district and its neighbour links (coordinator).
#[utoipa::path(delete, path = "/api/v1/districts/{id}", operation_id = "deleteDistrict", tag = "courses",
    params(DistrictPath),
    responses((status = 204), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn delete(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    Path(p): Path<DistrictPath>,
) -> AppResult<StatusCode> {
    let id = uuid::Uuid::parse_str(&p.id).map_err(|_| AppError::NotFound)?;
    state.store.delete_district(id, Some(me.id())).await?;
    state.catalogue.invalidate();
    Ok(StatusCode::NO_CONTENT)
}
