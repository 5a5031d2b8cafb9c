//! The knowledge base and the interpreters in the back office: the articles with the
//! state of every language (the brochure's translation rules), editing one language of
//! an article (new version, minor edit, stage), the synonym groups the search uses,
//! and the interpreting requests (book, list, mark booked/done, cancel).
//!
//! The rules are the domain's (`knowledge`, `translations`, `desk`); the writes go
//! through the same functions as the API (`crate::knowledge::save_version`,
//! `api::desk::create_interpreting`, `api::desk::change_interpreting`).

use crate::api::desk::{change_interpreting, create_interpreting};
use crate::ctx::{Ctx, SignedIn};
use crate::error::{AppError, AppResult};
use crate::extract::{FormData, IdPath, QueryData};
use crate::knowledge;
use crate::render::{field_message, form_errors, no_errors, page_with_status};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::{Value, context};
use welcomedesk_domain::desk::{INTERPRETING_MODES, Interpreting, InterpretingInput};
use welcomedesk_domain::knowledge::{Article, ArticleInput, VersionInput, is_out_of_date};
use welcomedesk_domain::translations::{SourceStage, TranslationStage};
use welcomedesk_domain::{FieldError, Invalid, markup};
use welcomedesk_i18n::{LANGUAGES, by_code};
use welcomedesk_store::StoreError;
use welcomedesk_store::knowledge::ArticleRow;

#[derive(serde::Deserialize, Default)]
pub(crate) struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// The languages an article can have: those of the search.
fn article_languages() -> impl Iterator<Item = &'static welcomedesk_i18n::Language> {
    LANGUAGES.iter().filter(|l| welcomedesk_search::LANGUAGES.contains(&l.code))
}

fn lang_value(l: &welcomedesk_i18n::Language) -> Value {
    context! { code => l.code, endonym => l.endonym, dir => l.dir.as_str() }
}

// ---- the articles ---------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
#[serde(default)]
pub(crate) struct ArticleForm {
    slug: String,
    topics: String,
    review_on: String,
    referrals: String,
    source_language: String,
}

async fn articles_page(
    state: &AppState,
    ctx: &Ctx,
    form: &ArticleForm,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let articles = state.store.list_articles().await?;
    let meta = state.store.all_article_version_meta().await?;
    let today = state.today();
    let langs: Vec<&welcomedesk_i18n::Language> = article_languages().collect();
    let rows: Vec<Value> = articles
        .iter()
        .map(|a| {
            let cells: Vec<Value> = langs
                .iter()
                .map(|l| {
                    let st = knowledge::language_status(&meta, a, l.code);
                    context! { lang => l.code, state => st.state.as_str() }
                })
                .collect();
            let out_of_date = a.review_on.parse::<jiff::civil::Date>().is_ok_and(|d| is_out_of_date(d, today));
            context! {
                id => a.id.to_string(), slug => a.slug.clone(), review_on => a.review_on.clone(),
                out_of_date => out_of_date, owner => a.owner_name.clone(), cells => cells,
            }
        })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/knowledge/articles.html",
        context! {
            rows => rows, langs => langs.iter().map(|l| lang_value(l)).collect::<Vec<_>>(),
            form => form, errors => errors, done => done,
        },
        status,
    )
}

pub(crate) async fn articles(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let form = ArticleForm {
        source_language: state.settings().source_language.clone(),
        review_on: state.today().checked_add(jiff::Span::new().years(1)).unwrap_or(state.today()).to_string(),
        ..Default::default()
    };
    articles_page(&state, &ctx, &form, no_errors(), q.done, StatusCode::OK).await
}

pub(crate) async fn create_article(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<ArticleForm>,
) -> AppResult<Response> {
    let parsed = Article::parse(&ArticleInput {
        slug: f.slug.clone(),
        topics: f.topics.clone(),
        review_on: f.review_on.clone(),
        referrals: f.referrals.clone(),
    });
    let src = f.source_language.trim().to_owned();
    let mut inv = Invalid::default();
    if !welcomedesk_search::LANGUAGES.contains(&src.as_str()) {
        inv.push(FieldError::new("source_language", "invalid_language"));
    }
    let refuse = |inv: &Invalid| {
        let errors = form_errors(&state.cat, ctx.lang.code, inv);
        articles_page(&state, &ctx, &f, errors, None, StatusCode::UNPROCESSABLE_ENTITY)
    };
    let a = match parsed {
        Ok(a) if inv.is_empty() => a,
        Ok(_) => return refuse(&inv).await,
        Err(mut e) => {
            e.errors.extend(inv.errors);
            return refuse(&e).await;
        }
    };
    match state.store.create_article(&a, &src, Some(me.id()), Some(me.id())).await {
        Ok(id) => Ok(Redirect::to(&format!("/staff/knowledge/articles/{id}/{src}?done=created")).into_response()),
        Err(StoreError::Conflict("slug_taken")) => refuse(&Invalid::one("slug", "slug_taken")).await,
        Err(StoreError::Conflict("unknown_referral")) => refuse(&Invalid::one("referrals", "unknown_slug")).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
#[serde(default)]
pub(crate) struct VersionForm {
    question: String,
    answer: String,
    checklist: String,
    minor: Option<String>,
    stage: String,
    base: String,
}

fn parse_id(raw: &str) -> AppResult<uuid::Uuid> {
    uuid::Uuid::parse_str(raw).map_err(|_| AppError::NotFound)
}

fn article_lang(code: &str) -> AppResult<&'static welcomedesk_i18n::Language> {
    by_code(code).filter(|l| welcomedesk_search::LANGUAGES.contains(&l.code)).ok_or(AppError::NotFound)
}

#[allow(clippy::too_many_arguments)]
async fn edit_page(
    state: &AppState,
    ctx: &Ctx,
    a: &ArticleRow,
    lang: &'static welcomedesk_i18n::Language,
    form: Option<VersionForm>,
    errors: Value,
    problems: Vec<String>,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let meta = state.store.all_article_version_meta().await?;
    let is_source = lang.code == a.source_language;
    let mut versions: Vec<_> = meta.iter().filter(|m| m.article_id == a.id && m.language == lang.code).collect();
    versions.sort_by_key(|m| std::cmp::Reverse(m.number));
    let latest = versions.first().map(|m| (*m).clone());
    let current = match &latest {
        Some(m) => Some(state.store.article_version(a.id, lang.code, m.number).await?),
        None => None,
    };
    let source_latest =
        meta.iter().filter(|m| m.article_id == a.id && m.language == a.source_language).max_by_key(|m| m.number);
    let source_text = match (source_latest, is_source) {
        (Some(m), false) => Some(state.store.article_version(a.id, &a.source_language, m.number).await?),
        _ => None,
    };
    let start = current.as_ref().or(source_text.as_ref());
    let form = form.unwrap_or_else(|| VersionForm {
        question: start.map(|v| v.question.clone()).unwrap_or_default(),
        answer: start.map(|v| v.answer.clone()).unwrap_or_default(),
        checklist: start.map(|v| v.checklist.clone()).unwrap_or_default(),
        minor: None,
        stage: String::new(),
        base: latest.as_ref().map(|m| m.number).unwrap_or(0).to_string(),
    });
    let status_now = knowledge::language_status(&meta, a, lang.code);
    let stages: Vec<&str> = if is_source {
        SourceStage::ALL.iter().map(|s| s.as_str()).collect()
    } else {
        TranslationStage::ALL.iter().map(|s| s.as_str()).collect()
    };
    let history: Vec<Value> = versions
        .iter()
        .map(|m| context! { number => m.number, stage => m.stage.clone(), minor => m.minor, made_from => m.made_from, at => m.created_at.get(..10).map(str::to_owned) })
        .collect();
    let source_lang = by_code(&a.source_language).ok_or(AppError::NotFound)?;
    let langs: Vec<Value> = article_languages()
        .map(|l| context! { code => l.code, endonym => l.endonym, current => l.code == lang.code })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/knowledge/edit.html",
        context! {
            id => a.id.to_string(), slug => a.slug.clone(), review_on => a.review_on.clone(),
            edit_lang => lang_value(lang), source_lang => lang_value(source_lang),
            is_source => is_source, form => form, errors => errors, problems => problems, done => done,
            latest => latest.map(|m| context! { number => m.number, stage => m.stage }),
            state_now => status_now.state.as_str(),
            source_latest => source_latest.map(|m| context! { number => m.number, stage => m.stage.clone() }),
            source_text => source_text.map(|v| context! { question => v.question, answer => v.answer, checklist => v.checklist }),
            stages => stages, history => history, langs => langs,
        },
        status,
    )
}

pub(crate) async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, lang)): Path<(String, String)>,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let a = state.store.article(parse_id(&id)?).await?;
    let l = article_lang(&lang)?;
    edit_page(&state, &ctx, &a, l, None, no_errors(), vec![], q.done, StatusCode::OK).await
}

pub(crate) async fn save_version(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    Path((id, lang)): Path<(String, String)>,
    FormData(f): FormData<VersionForm>,
) -> AppResult<Response> {
    let a = state.store.article(parse_id(&id)?).await?;
    let l = article_lang(&lang)?;
    let input = VersionInput {
        question: f.question.clone(),
        answer: f.answer.clone(),
        checklist: f.checklist.clone(),
        minor: f.minor.is_some(),
        stage: f.stage.clone(),
    };
    let base: i64 = f.base.trim().parse().unwrap_or(-1);
    let (errors, status) = match knowledge::save_version(&state, &a, l.code, base, &input, Some(me.id())).await {
        Ok(_) => {
            return Ok(
                Redirect::to(&format!("/staff/knowledge/articles/{}/{}?done=saved", a.id, l.code)).into_response()
            );
        }
        Err(AppError::Invalid(inv)) => (inv, StatusCode::UNPROCESSABLE_ENTITY),
        Err(AppError::Conflict(code)) => (Invalid::one("answer", code), StatusCode::CONFLICT),
        Err(e) => return Err(e),
    };
    let (_, problems) = markup::parse(&f.answer);
    let problems: Vec<String> =
        problems.iter().map(|p| field_message(&state.cat, ctx.lang.code, &p.field_error("answer"))).collect();
    let errors = form_errors(&state.cat, ctx.lang.code, &errors);
    edit_page(&state, &ctx, &a, l, Some(f), errors, problems, None, status).await
}

#[derive(serde::Deserialize)]
pub(crate) struct StageForm {
    number: i64,
    stage: String,
}

/// Moves the newest version of a language to another stage (in review, published…)
/// without a new text; the search and the FAQ follow at once.
pub(crate) async fn set_stage(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    Path((id, lang)): Path<(String, String)>,
    FormData(f): FormData<StageForm>,
) -> AppResult<Response> {
    let a = state.store.article(parse_id(&id)?).await?;
    let l = article_lang(&lang)?;
    let ok = if l.code == a.source_language {
        SourceStage::parse(&f.stage).is_some()
    } else {
        TranslationStage::parse(&f.stage).is_some()
    };
    if !ok {
        return Err(AppError::Invalid(Invalid::one("stage", "invalid_choice")));
    }
    state.store.set_article_stage(a.id, l.code, f.number, f.stage.trim(), Some(me.id())).await?;
    knowledge::reindex_article(&state, a.id).await?;
    Ok(Redirect::to(&format!("/staff/knowledge/articles/{}/{}?done=stage", a.id, l.code)).into_response())
}

// ---- the synonyms ---------------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
#[serde(default)]
pub(crate) struct SynonymForm {
    terms: String,
}

async fn synonyms_page(
    state: &AppState,
    ctx: &Ctx,
    form: &SynonymForm,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let groups: Vec<Value> = state
        .store
        .list_synonym_groups()
        .await?
        .into_iter()
        .map(|g| context! { id => g.id.to_string(), terms => g.terms.split(" = ").map(str::to_owned).collect::<Vec<_>>() })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/knowledge/synonyms.html",
        context! { groups => groups, form => form, errors => errors, done => done },
        status,
    )
}

pub(crate) async fn synonyms(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    synonyms_page(&state, &ctx, &SynonymForm::default(), no_errors(), q.done, StatusCode::OK).await
}

pub(crate) async fn add_synonyms(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<SynonymForm>,
) -> AppResult<Response> {
    let terms = match welcomedesk_domain::knowledge::synonym_group(&f.terms) {
        Ok(t) => t,
        Err(e) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &Invalid::from(e));
            return synonyms_page(&state, &ctx, &f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    state.store.save_synonym_group(None, &terms, Some(me.id())).await?;
    knowledge::reload_synonyms(&state).await?;
    Ok(Redirect::to("/staff/knowledge/synonyms?done=saved").into_response())
}

#[derive(serde::Deserialize)]
pub(crate) struct Empty {}

pub(crate) async fn remove_synonyms(
    State(state): State<AppState>,
    SignedIn(me): SignedIn,
    IdPath(id): IdPath,
    FormData(_): FormData<Empty>,
) -> AppResult<Response> {
    state.store.delete_synonym_group(id, Some(me.id())).await?;
    knowledge::reload_synonyms(&state).await?;
    Ok(Redirect::to("/staff/knowledge/synonyms?done=removed").into_response())
}

// ---- the interpreters -----------------------------------------------------------

#[derive(serde::Deserialize, serde::Serialize, Default, Clone)]
#[serde(default)]
pub(crate) struct InterpretingForm {
    language: String,
    mode: String,
    date: String,
    time: String,
    minutes: String,
}

/// The status changes offered for a request in a status (`domain::desk`'s rule).
fn next_statuses(from: &str) -> Vec<&'static str> {
    ["booked", "done", "cancelled", "open"]
        .into_iter()
        .filter(|to| welcomedesk_domain::desk::interpreting_transition(from, to).is_ok())
        .collect()
}

async fn interpreting_page(
    state: &AppState,
    ctx: &Ctx,
    form: &InterpretingForm,
    errors: Value,
    done: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let from = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24);
    let tz = state.tz();
    let requests: Vec<Value> = state
        .store
        .list_interpreting_requests(from)
        .await?
        .into_iter()
        .map(|r| {
            let when = r
                .starts_at
                .parse::<jiff::Timestamp>()
                .map(|t| t.to_zoned(tz.clone()).strftime("%Y-%m-%d %H:%M").to_string())
                .unwrap_or_else(|_| r.starts_at.clone());
            let known = by_code(&r.language);
            context! {
                id => r.id.to_string(), language => r.language.clone(),
                endonym => known.map(|l| l.endonym),
                mode => r.mode, when => when, minutes => r.minutes,
                next => next_statuses(&r.status), status => r.status, by => r.created_by_name,
            }
        })
        .collect();
    let modes: Vec<&str> = INTERPRETING_MODES.to_vec();
    page_with_status(
        state,
        ctx,
        "staff/desk/interpreting.html",
        context! { requests => requests, modes => modes, form => form, errors => errors, done => done },
        status,
    )
}

pub(crate) async fn interpreting(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Done>,
) -> AppResult<Response> {
    let form = InterpretingForm {
        mode: "phone".into(),
        minutes: "30".into(),
        date: state.today().to_string(),
        ..Default::default()
    };
    interpreting_page(&state, &ctx, &form, no_errors(), q.done, StatusCode::OK).await
}

pub(crate) async fn request_interpreter(
    State(state): State<AppState>,
    ctx: Ctx,
    FormData(f): FormData<InterpretingForm>,
) -> AppResult<Response> {
    let parsed = Interpreting::parse(&InterpretingInput {
        language: f.language.clone(),
        mode: f.mode.clone(),
        date: f.date.clone(),
        time: f.time.clone(),
        minutes: f.minutes.clone(),
    });
    let result = match parsed {
        Ok(r) => create_interpreting(&state, &ctx, &r).await.map(|_| ()),
        Err(inv) => Err(AppError::Invalid(inv)),
    };
    match result {
        Ok(()) => Ok(Redirect::to("/staff/desk/interpreting?done=saved").into_response()),
        Err(AppError::Invalid(inv)) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            interpreting_page(&state, &ctx, &f, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct StatusForm {
    status: String,
}

pub(crate) async fn set_interpreting_status(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    FormData(f): FormData<StatusForm>,
) -> AppResult<Response> {
    change_interpreting(&state, &ctx, id, f.status.trim()).await?;
    Ok(Redirect::to("/staff/desk/interpreting?done=status").into_response())
}
