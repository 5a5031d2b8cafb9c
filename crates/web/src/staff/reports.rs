//! The coordinator's reports (R12): a report per page with its key figures, tables with
//! a chart each (server-rendered SVG, the same numbers in the table), and CSV export.

use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::QueryData;
use crate::render::{form_errors, no_errors, page_with_status};
use crate::reports::{RowNames, THRESHOLD, build, report_view};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use minijinja::{Value, context};
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::reports::{Period, ReportName, to_csv};

#[derive(serde::Deserialize, serde::Serialize, Default)]
pub(crate) struct ReportQuery {
    #[serde(default)]
    name: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

fn name_of(q: &ReportQuery) -> AppResult<ReportName> {
    if q.name.trim().is_empty() {
        return Ok(ReportName::Uptake);
    }
    ReportName::parse(&q.name).ok_or(AppError::NotFound)
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<ReportQuery>,
) -> AppResult<Response> {
    let name = name_of(&q)?;
    let names: Vec<&str> = ReportName::ALL.iter().map(|n| n.as_str()).collect();
    let (report, errors, status) = match Period::parse(&q.from, &q.to, state.today()) {
        Ok(p) => {
            let r = build(&state.store, name, p, state.today()).await?;
            let names = RowNames::load(&state.store, ctx.lang.code).await?;
            (report_view(&state, ctx.lang.code, &names, &r), no_errors(), StatusCode::OK)
        }
        Err(inv) => (Value::from(()), form_errors(&state.cat, ctx.lang.code, &inv), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let form = context! { name => name.as_str(), from => q.from, to => q.to };
    page_with_status(
        &state,
        &ctx,
        "staff/reports/show.html",
        context! { report => report, form => form, names => names, errors => errors, threshold => THRESHOLD },
        status,
    )
}

/// The same report as CSV; hidden cells stay hidden (`c`). Each export is audited.
pub(crate) async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<ReportQuery>,
) -> AppResult<Response> {
    let name = name_of(&q)?;
    let period = Period::parse(&q.from, &q.to, state.today())?;
    let r = build(&state.store, name, period, state.today()).await?;
    state
        .store
        .audit(
            &AuditEvent::new(ctx.actor(), "report.export", "report")
                .on(name.as_str())
                .detail(format!("from={},to={}", period.from, period.to)),
        )
        .await?;
    let mut resp = to_csv(&r).into_response();
    resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"report-{}-{}-{}.csv\"",
        name.as_str(),
        period.from,
        period.to
    )) {
        resp.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(resp)
}
