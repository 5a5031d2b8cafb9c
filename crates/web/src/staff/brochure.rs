//! The brochure in the back office (coordinator): the coverage table of chapters ×
//! languages, editing one language of a chapter, the workflow stages, editions and print
//! planning, the review list (R16) with the hardest pages, and the leaflets.

use crate::brochure::{self, Overview, SaveError};
use crate::ctx::{Ctx, SignedIn};
use crate::directory;
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, QueryData};
use crate::render::{form_errors, no_errors, page, page_with_status};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::brochure::VersionInput;
use welcomedesk_domain::markup;
use welcomedesk_domain::translations::{SourceStage, State as TState, TranslationStage};
use welcomedesk_i18n::{LANGUAGES, by_code};

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// The coverage table: every chapter × language with its state.
pub(crate) async fn coverage(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let ov = Overview::load(&state.store).await?;
    let mut totals: std::collections::BTreeMap<&'static str, i64> = Default::default();
    let rows: Vec<Value> = ov
        .chapters
        .iter()
        .map(|ch| {
            let cells: Vec<Value> = LANGUAGES
                .iter()
                .map(|l| {
                    let st = ov.status(ch, l.code);
                    *totals.entry(st.state.as_str()).or_default() += 1;
                    context! { lang => l.code, state => st.state.as_str() }
                })
                .collect();
            context! { slug => ch.slug.clone(), position => ch.position, cells => cells }
        })
        .collect();
    let langs: Vec<Value> = LANGUAGES.iter().map(|l| context! { code => l.code, endonym => l.endonym }).collect();
    let totals: Vec<Value> = TState::ALL
        .iter()
        .map(|s| context! { state => s.as_str(), n => totals.get(s.as_str()).copied().unwrap_or(0) })
        .collect();
    page(
        &state,
        &ctx,
        "staff/brochure/coverage.html",
        context! { rows => rows, langs => langs, totals => totals, done => q.done },
    )
}

#[derive(serde::Deserialize, Default, serde::Serialize, Clone)]
pub(crate) struct VersionForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    minor: Option<String>,
    #[serde(default)]
    stage: String,
    #[serde(default)]
    base: String,
}

fn lang_of(code: &str) -> AppResult<&'static welcomedesk_i18n::Language> {
    by_code(code).ok_or(AppError::NotFound)
}

/// Markup problems as translated lines ("Line 3: …").
pub(crate) fn problem_lines(state: &AppState, lang: &str, problems: &[markup::Problem]) -> Vec<String> {
    problems.iter().map(|p| crate::render::field_message(&state.cat, lang, &p.field_error("body"))).collect()
}

#[allow(clippy::too_many_arguments)]
async fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    lang_code: &str,
    form: Option<VersionForm>,
    errors: Value,
    problems: Vec<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let lang = lang_of(lang_code)?;
    let ov = Overview::load(&state.store).await?;
    let ch = ov.chapter(slug).ok_or(AppError::NotFound)?.clone();
    let is_source = lang.code == ch.source_language;
    let latest = ov.latest(&ch, lang.code).cloned();
    let current = match &latest {
        Some(m) => Some(state.store.chapter_version(ch.id, lang.code, m.number).await?),
        None => None,
    };
    let source_latest = ov.latest(&ch, &ch.source_language).cloned();
    let source_text = match (&source_latest, is_source) {
        (Some(m), false) => Some(state.store.chapter_version(ch.id, &ch.source_language, m.number).await?),
        _ => None,
    };
    let form = form.unwrap_or_else(|| VersionForm {
        title: current.as_ref().or(source_text.as_ref()).map(|v| v.title.clone()).unwrap_or_default(),
        body: current.as_ref().or(source_text.as_ref()).map(|v| v.body.clone()).unwrap_or_default(),
        minor: None,
        stage: String::new(),
        base: latest.as_ref().map(|m| m.number).unwrap_or(0).to_string(),
    });
    let dir = brochure::directory_map(&state.store).await?;
    let preview = current.as_ref().map(|v| {
        let (doc, html) = brochure::render_body(state, lang, &v.body, &dir);
        let score = brochure::score_of(lang.code, &doc);
        context! { html => Value::from_safe_string(html), score => score }
    });
    let status_now = ov.status(&ch, lang.code);
    let stages: Vec<&str> = if is_source {
        SourceStage::ALL.iter().map(|s| s.as_str()).collect()
    } else {
        TranslationStage::ALL.iter().map(|s| s.as_str()).collect()
    };
    let mut versions = ov.versions(&ch, lang.code);
    versions.sort_by_key(|m| std::cmp::Reverse(m.number));
    let history: Vec<Value> = versions
        .into_iter()
        .map(|m| context! { number => m.number, stage => m.stage, minor => m.minor, made_from => m.made_from, at => m.created_at.get(..10).map(str::to_owned), by => m.created_by_name })
        .collect();
    let source_lang = lang_of(&ch.source_language)?;
    page_with_status(
        state,
        ctx,
        "staff/brochure/edit.html",
        context! {
            slug => ch.slug.clone(), edit_lang => context! { code => lang.code, endonym => lang.endonym, dir => lang.dir.as_str() },
            source_lang => context! { code => source_lang.code, endonym => source_lang.endonym, dir => source_lang.dir.as_str() },
            is_source => is_source, form => form, errors => errors, problems => problems,
            latest => latest, state_now => status_now.state.as_str(),
            source_latest => source_latest, source_text => source_text,
            preview => preview, stages => stages, history => history,
            entries => dir.keys().cloned().collect::<Vec<_>>(),
            reviewed_on => ch.reviewed_on.clone(),
        },
        status,
    )
}

pub(crate) async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, lang)): Path<(String, String)>,
) -> AppResult<Response> {
    edit_page(&state, &ctx, &slug, &lang, None, no_errors(), vec![], StatusCode::OK).await
}

pub(crate) async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    Path((slug, lang)): Path<(String, String)>,
    FormData(f): FormData<VersionForm>,
) -> AppResult<Response> {
    let l = lang_of(&lang)?;
    let ov = Overview::load(&state.store).await?;
    let ch = ov.chapter(&slug).ok_or(AppError::NotFound)?.clone();
    let input =
        VersionInput { title: f.title.clone(), body: f.body.clone(), minor: f.minor.is_some(), stage: f.stage.clone() };
    let base: i64 = f.base.trim().parse().unwrap_or(-1);
    match brochure::save_version(&state.store, &ov, &ch, l.code, base, &input, Some(me.id())).await {
        Ok(_) => Ok(Redirect::to(&format!("/staff/brochure/{slug}/{lang}?done=saved")).into_response()),
        Err(SaveError::Invalid(v)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &v.invalid);
            let problems = problem_lines(&state, ctx.lang.code, &v.markup);
            edit_page(&state, &ctx, &slug, &lang, Some(f), errors, problems, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(SaveError::Store(welcomedesk_store::StoreError::Conflict(code))) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &welcomedesk_domain::Invalid::one("body", code));
            edit_page(&state, &ctx, &slug, &lang, Some(f), errors, vec![], StatusCode::CONFLICT).await
        }
        Err(SaveError::Store(e)) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct StageForm {
    number: i64,
    stage: String,
}

pub(crate) async fn set_stage(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    Path((slug, lang)): Path<(String, String)>,
    FormData(f): FormData<StageForm>,
) -> AppResult<Response> {
    let l = lang_of(&lang)?;
    let ch = state.store.chapter_by_slug(&slug).await?;
    brochure::set_stage(&state.store, &ch, l.code, f.number, &f.stage, Some(me.id())).await?;
    Ok(Redirect::to(&format!("/staff/brochure/{slug}/{lang}?done=stage")).into_response())
}

#[derive(serde::Deserialize)]
pub(crate) struct Empty {}

pub(crate) async fn mark_reviewed(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    Path(slug): Path<String>,
    FormData(_): FormData<Empty>,
) -> AppResult<Response> {
    let ch = state.store.chapter_by_slug(&slug).await?;
    state.store.mark_chapter_reviewed(ch.id, &state.today().to_string(), Some(me.id())).await?;
    Ok(Redirect::to("/staff/content/review?done=reviewed").into_response())
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct PlanQuery {
    #[serde(default)]
    copies: Option<String>,
    #[serde(default)]
    minimum: Option<String>,
    #[serde(default)]
    months: Option<String>,
    #[serde(default)]
    done: Option<String>,
}

async fn editions_page(
    state: &AppState,
    ctx: &Ctx,
    q: &PlanQuery,
    name: &str,
    errors: Value,
    status: StatusCode,
) -> AppResult<Response> {
    let editions: Vec<Value> = state
        .store
        .list_editions()
        .await?
        .into_iter()
        .map(|e| {
            let langs: Vec<Value> = e
                .languages
                .iter()
                .filter_map(|c| by_code(c))
                .map(|l| context! { code => l.code, endonym => l.endonym })
                .collect();
            context! { id => e.id, name => e.name, at => e.created_at.get(..10).map(str::to_owned), langs => langs }
        })
        .collect();
    let num = |s: &Option<String>, d: i64, max: i64| {
        s.as_deref().and_then(|v| welcomedesk_domain::text::whole_number("x", v, 0, max).ok()).unwrap_or(d)
    };
    let copies = num(&q.copies, 10_000, 10_000_000);
    let minimum = num(&q.minimum, 100, 1_000_000);
    let months = num(&q.months, 12, 120).max(1);
    let (plan, mix) = brochure::print_plan(&state.store, copies, minimum, months).await?;
    let newcomers: i64 = mix.iter().map(|(_, n)| n).sum();
    let plan: Vec<Value> = plan
        .into_iter()
        .map(|(l, n)| {
            let recent = mix.iter().find(|(m, _)| *m == l).map(|(_, c)| *c).unwrap_or(0);
            context! { code => l.clone(), endonym => by_code(&l).map(|x| x.endonym).unwrap_or(""), copies => n, recent => recent }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/brochure/editions.html",
        context! {
            editions => editions, name => name, errors => errors, plan => plan, newcomers => newcomers,
            copies => copies, minimum => minimum, months => months, done => q.done.clone(),
        },
        status,
    )
}

pub(crate) async fn editions(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<PlanQuery>,
) -> AppResult<Response> {
    editions_page(&state, &ctx, &q, "", no_errors(), StatusCode::OK).await
}

#[derive(serde::Deserialize)]
pub(crate) struct FreezeForm {
    #[serde(default)]
    name: String,
}

pub(crate) async fn freeze(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<FreezeForm>,
) -> AppResult<Response> {
    match brochure::freeze(&state.store, &f.name, Some(me.id())).await {
        Ok(_) => Ok(Redirect::to("/staff/brochure/editions?done=frozen").into_response()),
        Err(AppError::Invalid(inv)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            editions_page(&state, &ctx, &PlanQuery::default(), &f.name, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(AppError::Conflict(code)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &welcomedesk_domain::Invalid::one("name", code));
            editions_page(&state, &ctx, &PlanQuery::default(), &f.name, errors, StatusCode::CONFLICT).await
        }
        Err(e) => Err(e),
    }
}

/// R16: what is due for review, and the hardest pages to read.
pub(crate) async fn review(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let days = directory::review_days(&state.store).await?;
    let today = state.today();
    let ov = Overview::load(&state.store).await?;
    let chapters: Vec<Value> = ov
        .chapters
        .iter()
        .filter(|c| brochure::chapter_due(c, today, days))
        .map(|c| context! { slug => c.slug.clone(), reviewed_on => c.reviewed_on.clone() })
        .collect();
    let entries: Vec<Value> = state
        .store
        .list_directory()
        .await?
        .iter()
        .filter(|e| directory::due(e, today, days))
        .map(|e| context! { id => e.id, name => directory::name_in(e, ctx.lang.code, &state.settings().source_language), verified_on => e.verified_on.clone(), by => e.verified_by_name.clone() })
        .collect();
    // Knowledge-base articles whose review date has passed (R16), oldest first.
    let mut due_articles = state.store.list_articles().await?;
    due_articles.retain(|a| welcomedesk_domain::knowledge::review_due(&a.review_on, today));
    due_articles.sort_by(|a, b| a.review_on.cmp(&b.review_on));
    let articles: Vec<Value> = due_articles
        .iter()
        .map(|a| context! { id => a.id, slug => a.slug.clone(), lang => a.source_language.clone(), review_on => a.review_on.clone(), owner => a.owner_name.clone() })
        .collect();
    let scores = brochure::page_scores(&state.store, &ov).await?;
    let hardest: Vec<Value> = scores
        .iter()
        .take(20)
        .map(|p| {
            context! {
                slug => p.slug.clone(), language => p.language.clone(), title => p.title.clone(),
                endonym => by_code(&p.language).map(|l| l.endonym).unwrap_or(""),
                measure => p.score.measure.as_str(), value => p.score.value.map(|v| format!("{v:.1}")),
                band => p.score.band.as_str(), wps => format!("{:.1}", p.score.words_per_sentence),
            }
        })
        .collect();
    page(
        &state,
        &ctx,
        "staff/brochure/review.html",
        context! { chapters => chapters, entries => entries, articles => articles, hardest => hardest, review_days => days, done => q.done, errors => no_errors() },
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct PeriodForm {
    #[serde(default)]
    review_days: String,
}

pub(crate) async fn save_review_period(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<PeriodForm>,
) -> AppResult<Response> {
    match welcomedesk_domain::text::whole_number("review_days", &f.review_days, 1, 3650) {
        Ok(d) => {
            let map = [(directory::REVIEW_DAYS_KEY.to_owned(), d.to_string())].into_iter().collect();
            let ev = welcomedesk_domain::audit::AuditEvent::new(Some(me.id()), "settings.update", "settings")
                .detail("content_review_days");
            state.store.save_settings(&map, &ev).await?;
            Ok(Redirect::to("/staff/content/review?done=period").into_response())
        }
        Err(e) => {
            let _ = ctx;
            Err(AppError::Invalid(e.into()))
        }
    }
}

/// The leaflets of the immigration office, one per language (clerk, coordinator).
pub(crate) async fn leaflets(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let langs: Vec<Value> =
        LANGUAGES.iter().map(|l| context! { code => l.code, endonym => l.endonym, dir => l.dir.as_str() }).collect();
    page(&state, &ctx, "staff/brochure/leaflets.html", context! { langs => langs })
}
