//! The public side, in every language and without an account: the plain filterable
//! list of current courses (`/{lang}/courses`) and the finder (`/{lang}/courses/find`):
//! a few plain questions, then a short ranked list with "why it fits" for each course.
//! Both are GET forms: nothing changes, so there is nothing to protect with CSRF, and
//! a result can be bookmarked or sent to someone.

use super::{FinderForm, choices, course_view, find};
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::QueryData;
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use minijinja::{Value, context};
use welcomedesk_domain::courses::CourseKind;
use welcomedesk_domain::vouchers::Level;
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_store::courses::CourseFilter;

/// Courses per page of the plain list.
const PAGE: i64 = 50;

fn check_lang(lang: &str) -> AppResult<()> {
    welcomedesk_i18n::by_code(lang).map(|_| ()).ok_or(AppError::NotFound)
}

/// The list's filters, as the form sends them.
#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
pub(crate) struct ListFilters {
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub voucher: Option<String>,
    #[serde(default)]
    pub childcare: Option<String>,
    /// The opaque cursor of the next page: `<starts_on>_<id>`.
    #[serde(default, skip_serializing)]
    pub after: String,
}

impl ListFilters {
    pub(crate) fn parse(&self) -> Result<(CourseFilter, Option<(jiff::civil::Date, uuid::Uuid)>), Invalid> {
        let mut inv = Invalid::default();
        let language = match self.language.trim() {
            "" => None,
            l => inv.take(welcomedesk_domain::codes::LanguageCode::parse("language", l)).map(|c| c.as_str().to_owned()),
        };
        let level = match self.level.trim() {
            "" => None,
            l => inv.take(Level::parse("level", l)),
        };
        let kind = match self.kind.trim() {
            "" => None,
            k => inv.take(CourseKind::parse("kind", k)),
        };
        let after = parse_cursor(&self.after);
        if after.is_none() && !self.after.trim().is_empty() {
            inv.push(FieldError::new("after", "invalid_choice"));
        }
        inv.into_result()?;
        let district = Some(self.district.trim().to_owned()).filter(|d| !d.is_empty());
        Ok((
            CourseFilter {
                language,
                level,
                district,
                kind,
                voucher_accepted: self.voucher.is_some(),
                childcare: self.childcare.is_some(),
                provider: None,
            },
            after,
        ))
    }
}

pub(crate) fn parse_cursor(raw: &str) -> Option<(jiff::civil::Date, uuid::Uuid)> {
    let (d, id) = raw.trim().split_once('_')?;
    Some((d.parse().ok()?, uuid::Uuid::parse_str(id).ok()?))
}

pub(crate) fn cursor_of(c: &welcomedesk_domain::courses::Course) -> String {
    format!("{}_{}", c.starts_on, c.id)
}

pub(crate) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    QueryData(f): QueryData<ListFilters>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let choices = choices(&state, &lang).await?;
    let (filter, after) = match f.parse() {
        Ok(x) => x,
        Err(inv) => {
            let errors = form_errors(&state.cat, &lang, &inv);
            return page_with_status(
                &state,
                &ctx,
                "public/courses/list.html",
                context! { courses => Vec::<Value>::new(), form => f, choices => choices, errors => errors, next => Value::from(()) },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let snap = super::catalogue::snapshot(&state).await?;
    let mut rows = super::catalogue::list(&snap, &filter, state.today(), after, PAGE + 1);
    let next = if rows.len() as i64 > PAGE {
        rows.truncate(PAGE as usize);
        rows.last().map(|c| {
            let mut q = serde_html_form::to_string(&f).unwrap_or_default();
            if !q.is_empty() {
                q.push('&');
            }
            format!("?{q}after={}", cursor_of(c))
        })
    } else {
        None
    };
    let courses: Vec<Value> = rows.iter().map(|c| course_view(&state, &lang, c, &snap.providers)).collect();
    page(
        &state,
        &ctx,
        "public/courses/list.html",
        context! { courses => courses, form => f, choices => choices, errors => no_errors(), next => next },
    )
}

pub(crate) async fn finder(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    QueryData(f): QueryData<FinderForm>,
) -> AppResult<Response> {
    check_lang(&lang)?;
    let choices = choices(&state, &lang).await?;
    if !f.submitted() {
        return page(
            &state,
            &ctx,
            "public/courses/find.html",
            context! { form => f.echo(), choices => choices, errors => no_errors(), results => Value::from(()) },
        );
    }
    match f.needs() {
        Ok(needs) => {
            let results = find(&state, &lang, &needs).await?;
            page(
                &state,
                &ctx,
                "public/courses/find.html",
                context! { form => f.echo(), choices => choices, errors => no_errors(), results => results },
            )
        }
        Err(inv) => page_with_status(
            &state,
            &ctx,
            "public/courses/find.html",
            context! { form => f.echo(), choices => choices, errors => form_errors(&state.cat, &lang, &inv), results => Value::from(()) },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}
