//! The audit log page: newest first, filterable, paged by id.

use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::extract::QueryData;
use crate::render::page;
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;
use minijinja::context;
use welcomedesk_store::audit::AuditFilter;

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct AuditQuery {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub entity: String,
    #[serde(default)]
    pub entity_id: String,
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub before: String,
}

pub(crate) const PAGE: i64 = 50;

/// Turns the query into a store filter; an unknown actor e-mail matches nothing.
pub(crate) async fn filter_of(state: &AppState, q: &AuditQuery, limit: i64) -> AppResult<Option<AuditFilter>> {
    let non_empty = |s: &str| {
        let t = s.trim();
        (!t.is_empty()).then(|| t.to_owned())
    };
    let actor_id = match non_empty(&q.actor) {
        Some(email) => match state.store.find_staff_by_email(&email.to_lowercase()).await {
            Ok(u) => Some(u.id),
            Err(welcomedesk_store::StoreError::NotFound) => return Ok(None),
            Err(e) => return Err(e.into()),
        },
        None => None,
    };
    Ok(Some(AuditFilter {
        actor_id,
        action: non_empty(&q.action),
        entity: non_empty(&q.entity),
        entity_id: non_empty(&q.entity_id),
        before: non_empty(&q.before).and_then(|b| uuid::Uuid::parse_str(&b).ok()),
        limit,
    }))
}

pub(crate) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<AuditQuery>,
) -> AppResult<Response> {
    let entries = match filter_of(&state, &q, PAGE + 1).await? {
        Some(f) => state.store.list_audit(&f).await?,
        None => vec![],
    };
    let more = entries.len() as i64 > PAGE;
    let entries: Vec<_> = entries.into_iter().take(PAGE as usize).collect();
    let older = if more {
        entries.last().map(|e| {
            let next = AuditQuery { before: e.id.to_string(), ..q.clone() };
            format!("/staff/audit?{}", serde_html_form::to_string(&next).unwrap_or_default())
        })
    } else {
        None
    };
    page(&state, &ctx, "staff/audit.html", context! { entries => entries, q => q, older => older })
}
