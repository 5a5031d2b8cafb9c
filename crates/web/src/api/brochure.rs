//! API of the welcome brochure: chapters in a language, saving versions, the coverage of
//! translations, editions, print planning and the review list.

use crate::api::Problem;
use crate::brochure::{self, Overview, SaveError};
use crate::ctx::Ctx;
use crate::directory;
use crate::error::{AppError, AppResult};
use crate::extract::{JsonBody, QueryData};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::brochure::VersionInput;
use welcomedesk_i18n::{LANGUAGES, by_code};

const PJ: &str = "application/problem+json";

/// Readability of a text.
#[derive(serde::Serialize, ToSchema)]
pub struct ReadabilityResponse {
    /// flesch, amstad, fernandez_huerta, kandel_moles, oborneva, atesman, lix,
    /// lix_unvalidated, or none (no validated measure for the language).
    pub measure: String,
    pub value: Option<f64>,
    /// easy, medium, hard or unknown.
    pub band: String,
    pub words: usize,
    pub words_per_sentence: f64,
}

impl From<&welcomedesk_domain::readability::Score> for ReadabilityResponse {
    fn from(s: &welcomedesk_domain::readability::Score) -> Self {
        Self {
            measure: s.measure.as_str().into(),
            value: s.value,
            band: s.band.as_str().into(),
            words: s.words,
            words_per_sentence: s.words_per_sentence,
        }
    }
}

/// A chapter as the website shows it in a language.
#[derive(serde::Serialize, ToSchema)]
pub struct ChapterResponse {
    pub slug: String,
    pub position: i64,
    pub title: String,
    /// The language of the text (the source's when not translated yet).
    pub language: String,
    /// Shown in the source language: no translation published.
    pub fallback: bool,
    /// The translation was made before a major edit of the source.
    pub outdated: bool,
    pub version: i64,
    /// The text as safe HTML (directory cards included).
    pub html: String,
    /// The text in the content markup.
    pub body: String,
    pub readability: ReadabilityResponse,
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct LangParams {
    /// A language of the service (default: the source language).
    #[serde(default)]
    lang: Option<String>,
}

fn lang_param(state: &AppState, l: &Option<String>) -> AppResult<&'static welcomedesk_i18n::Language> {
    let code = l.clone().unwrap_or_else(|| state.settings().source_language.clone());
    by_code(&code).ok_or_else(|| AppError::Invalid(welcomedesk_domain::Invalid::one("lang", "invalid_language")))
}

/// The brochure's chapters in a language, as the website shows them (public).
#[utoipa::path(get, path = "/api/v1/brochure/chapters", operation_id = "listChapters", tag = "content", params(LangParams),
    responses((status = 200, body = Vec<ChapterResponse>), (status = 400, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)))]
pub(crate) async fn list_chapters(
    State(state): State<AppState>,
    QueryData(q): QueryData<LangParams>,
) -> AppResult<Json<Vec<ChapterResponse>>> {
    let l = lang_param(&state, &q.lang)?;
    let ov = Overview::load(&state.store).await?;
    let dir = brochure::directory_map(&state.store).await?;
    let mut out = vec![];
    for ch in &ov.chapters {
        if let Some(r) = brochure::render_chapter(&state, &ov, ch, l, &dir).await? {
            let v = state.store.chapter_version(ch.id, &r.shown.language, r.shown.number).await?;
            out.push(ChapterResponse {
                slug: r.slug,
                position: ch.position,
                title: r.title,
                language: r.shown.language.clone(),
                fallback: r.shown.fallback,
                outdated: r.shown.outdated,
                version: r.shown.number,
                html: r.html,
                body: v.body,
                readability: (&r.score).into(),
            });
        }
    }
    Ok(Json(out))
}

/// A new version of one language of a chapter.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VersionRequest {
    pub language: String,
    /// The newest version number the text was based on (0 for the first version); the
    /// save fails with `edited_meanwhile` when someone saved since.
    pub base: i64,
    pub title: String,
    /// The text in the content markup.
    pub body: String,
    /// A minor edit (typo): translations stay up to date.
    #[serde(default)]
    pub minor: bool,
    /// Source: draft, final, discussed. Translation: in_translation, in_review, published.
    #[serde(default)]
    pub stage: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct VersionCreated {
    pub number: i64,
}

/// Saves a new version of a chapter in a language (coordinator). Markup problems come
/// back as `validation_failed` with field `body` and one `markup_<code>` entry per line.
#[utoipa::path(post, path = "/api/v1/brochure/chapters/{slug}/versions", operation_id = "saveChapterVersion", tag = "content",
    params(("slug" = String, Path)), request_body = VersionRequest,
    responses((status = 201, body = VersionCreated), (status = 415, body = Problem, content_type = PJ), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn save_version(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    JsonBody(r): JsonBody<VersionRequest>,
) -> AppResult<(StatusCode, Json<VersionCreated>)> {
    let ov = Overview::load(&state.store).await?;
    let ch = ov.chapter(&slug).ok_or(AppError::NotFound)?.clone();
    let input = VersionInput { title: r.title, body: r.body, minor: r.minor, stage: r.stage.unwrap_or_default() };
    match brochure::save_version(&state.store, &ov, &ch, &r.language, r.base, &input, ctx.actor()).await {
        Ok(number) => Ok((StatusCode::CREATED, Json(VersionCreated { number }))),
        Err(SaveError::Invalid(mut v)) => {
            // Each markup problem as its own entry (`markup_<code>`), with its line.
            for p in &v.markup {
                v.invalid.push(p.field_error("body"));
            }
            Err(AppError::Invalid(v.invalid))
        }
        Err(e) => Err(e.into()),
    }
}

/// A stage change of the newest version.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StageRequest {
    pub language: String,
    /// Must be the newest version.
    pub number: i64,
    pub stage: String,
}

/// Moves the newest version of a language to another workflow stage (coordinator).
#[utoipa::path(post, path = "/api/v1/brochure/chapters/{slug}/stage", operation_id = "setChapterStage", tag = "content",
    params(("slug" = String, Path)), request_body = StageRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn set_stage(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    JsonBody(r): JsonBody<StageRequest>,
) -> AppResult<StatusCode> {
    let ch = state.store.chapter_by_slug(&slug).await?;
    by_code(&r.language).ok_or(AppError::NotFound)?;
    brochure::set_stage(&state.store, &ch, &r.language, r.number, &r.stage, ctx.actor()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// One cell of the coverage table.
#[derive(serde::Serialize, ToSchema)]
pub struct CoverageCell {
    pub language: String,
    /// source, up_to_date, outdated, in_translation, in_review, missing.
    pub state: String,
    /// The newest version of this language.
    pub latest: Option<i64>,
    /// The published version the website shows.
    pub published: Option<u32>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct CoverageRow {
    pub slug: String,
    pub source_language: String,
    /// The newest source version.
    pub source_version: Option<i64>,
    pub languages: Vec<CoverageCell>,
}

/// The translation state of every chapter in every language (coordinator).
#[utoipa::path(get, path = "/api/v1/brochure/coverage", operation_id = "getTranslationCoverage", tag = "content",
    responses((status = 200, body = Vec<CoverageRow>), (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn coverage(State(state): State<AppState>) -> AppResult<Json<Vec<CoverageRow>>> {
    let ov = Overview::load(&state.store).await?;
    Ok(Json(
        ov.chapters
            .iter()
            .map(|ch| CoverageRow {
                slug: ch.slug.clone(),
                source_language: ch.source_language.clone(),
                source_version: ov.latest(ch, &ch.source_language).map(|m| m.number),
                languages: LANGUAGES
                    .iter()
                    .map(|l| {
                        let st = ov.status(ch, l.code);
                        CoverageCell {
                            language: l.code.into(),
                            state: st.state.as_str().into(),
                            latest: ov.latest(ch, l.code).map(|m| m.number),
                            published: st.published,
                        }
                    })
                    .collect(),
            })
            .collect(),
    ))
}

#[derive(serde::Serialize, ToSchema)]
pub struct EditionResponse {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub name: String,
    pub created_at: String,
    pub languages: Vec<String>,
}

/// Editions frozen for print, newest first (public).
#[utoipa::path(get, path = "/api/v1/brochure/editions", operation_id = "listEditions", tag = "content",
    responses((status = 200, body = Vec<EditionResponse>), (status = 400, body = Problem, content_type = PJ)))]
pub(crate) async fn list_editions(State(state): State<AppState>) -> AppResult<Json<Vec<EditionResponse>>> {
    Ok(Json(
        state
            .store
            .list_editions()
            .await?
            .into_iter()
            .map(|e| EditionResponse { id: e.id, name: e.name, created_at: e.created_at, languages: e.languages })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditionRequest {
    /// e.g. "2027 spring"; unique.
    pub name: String,
}

/// Freezes an edition of what the website shows now, in every language that has its
/// own text (coordinator).
#[utoipa::path(post, path = "/api/v1/brochure/editions", operation_id = "freezeEdition", tag = "content",
    request_body = EditionRequest,
    responses((status = 201, body = EditionResponse), (status = 400, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn freeze(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(r): JsonBody<EditionRequest>,
) -> AppResult<(StatusCode, Json<EditionResponse>)> {
    let id = brochure::freeze(&state.store, &r.name, ctx.actor()).await?;
    let e = state.store.list_editions().await?.into_iter().find(|e| e.id == id).ok_or(AppError::NotFound)?;
    Ok((
        StatusCode::CREATED,
        Json(EditionResponse { id: e.id, name: e.name, created_at: e.created_at, languages: e.languages }),
    ))
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct PlanParams {
    /// Copies in the print run (default 10,000).
    #[serde(default)]
    copies: Option<i64>,
    /// At least this many of each language (default 100).
    #[serde(default)]
    minimum: Option<i64>,
    /// The newcomers of the last months counted (default 12).
    #[serde(default)]
    months: Option<i64>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct PlanLine {
    pub language: String,
    pub copies: i64,
    /// Newcomers registered in the period whose document language this is.
    pub recent_newcomers: i64,
}

/// How many copies of each language to print (coordinator).
#[utoipa::path(get, path = "/api/v1/brochure/print-plan", operation_id = "planPrintRun", tag = "content", params(PlanParams),
    responses((status = 200, body = Vec<PlanLine>), (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn print_plan(
    State(state): State<AppState>,
    QueryData(q): QueryData<PlanParams>,
) -> AppResult<Json<Vec<PlanLine>>> {
    let copies = q.copies.unwrap_or(10_000).clamp(0, 10_000_000);
    let minimum = q.minimum.unwrap_or(100).clamp(0, 1_000_000);
    let (plan, mix) = brochure::print_plan(&state.store, copies, minimum, q.months.unwrap_or(12)).await?;
    Ok(Json(
        plan.into_iter()
            .map(|(l, n)| PlanLine {
                recent_newcomers: mix.iter().find(|(m, _)| *m == l).map(|(_, c)| *c).unwrap_or(0),
                language: l,
                copies: n,
            })
            .collect(),
    ))
}

#[derive(serde::Serialize, ToSchema)]
pub struct ReviewItem {
    /// chapter, directory_entry or knowledge_article.
    pub kind: String,
    pub slug: String,
    /// When it was last reviewed or verified (YYYY-MM-DD); for a knowledge article the
    /// review date that has passed.
    pub since: String,
}

#[derive(serde::Serialize, ToSchema)]
pub struct HardPage {
    pub slug: String,
    pub language: String,
    pub title: String,
    pub readability: ReadabilityResponse,
}

#[derive(serde::Serialize, ToSchema)]
pub struct ReviewResponse {
    pub review_days: i64,
    /// Chapters, directory entries and knowledge-base articles past their review date.
    pub due: Vec<ReviewItem>,
    /// Pages hardest to read first (those without a measure last).
    pub hardest: Vec<HardPage>,
}

/// What is due for review (R16) and the hardest pages to read (coordinator).
#[utoipa::path(get, path = "/api/v1/content/review", operation_id = "listContentReview", tag = "content",
    responses((status = 200, body = ReviewResponse), (status = 400, body = Problem, content_type = PJ), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn review(State(state): State<AppState>) -> AppResult<Json<ReviewResponse>> {
    let days = directory::review_days(&state.store).await?;
    let today = state.today();
    let ov = Overview::load(&state.store).await?;
    let mut due: Vec<ReviewItem> = ov
        .chapters
        .iter()
        .filter(|c| brochure::chapter_due(c, today, days))
        .map(|c| ReviewItem { kind: "chapter".into(), slug: c.slug.clone(), since: c.reviewed_on.clone() })
        .collect();
    due.extend(
        state
            .store
            .list_directory()
            .await?
            .into_iter()
            .filter(|e| directory::due(e, today, days))
            .map(|e| ReviewItem { kind: "directory_entry".into(), slug: e.slug, since: e.verified_on }),
    );
    let mut articles = state.store.list_articles().await?;
    articles.retain(|a| welcomedesk_domain::knowledge::review_due(&a.review_on, today));
    articles.sort_by(|a, b| a.review_on.cmp(&b.review_on));
    due.extend(articles.into_iter().map(|a| ReviewItem {
        kind: "knowledge_article".into(),
        slug: a.slug,
        since: a.review_on,
    }));
    let hardest = brochure::page_scores(&state.store, &ov)
        .await?
        .iter()
        .map(|p| HardPage {
            slug: p.slug.clone(),
            language: p.language.clone(),
            title: p.title.clone(),
            readability: (&p.score).into(),
        })
        .collect();
    Ok(Json(ReviewResponse { review_days: days, due, hardest }))
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct PdfParams {
    /// The language of the edition.
    lang: String,
    /// The printer's version (A5 with bleed).
    #[serde(default)]
    print: bool,
    /// With cut marks (print version only).
    #[serde(default)]
    cut_marks: bool,
}

/// One language of a frozen edition as PDF: A5 for download, or for the printer with
/// bleed and optional cut marks (public).
#[utoipa::path(get, path = "/api/v1/brochure/editions/{id}/pdf", operation_id = "getBrochurePdf", tag = "content",
    params(("id" = String, Path, format = Uuid), PdfParams),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>), (status = 400, body = Problem, content_type = PJ), (status = 404, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)))]
pub(crate) async fn brochure_pdf(
    State(state): State<AppState>,
    crate::extract::IdPath(id): crate::extract::IdPath,
    QueryData(q): QueryData<PdfParams>,
) -> AppResult<axum::response::Response> {
    let l = lang_param(&state, &Some(q.lang))?;
    let opts = crate::brochure::pdf::PrintOptions { print: q.print, cut_marks: q.cut_marks };
    let pdf = crate::brochure::pdf::edition_pdf(&state, id, l, opts).await?;
    let kind = if q.print { "print" } else { "a5" };
    Ok(crate::brochure::pdf::response(&pdf, &format!("welcome-brochure-{}-{kind}.pdf", l.code)))
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct LeafletParams {
    lang: String,
}

/// The one-page leaflet announcing the coaching, with the booking address and its QR
/// code, in a language (public).
#[utoipa::path(get, path = "/api/v1/leaflet/pdf", operation_id = "getLeafletPdf", tag = "content", params(LeafletParams),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>), (status = 400, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)))]
pub(crate) async fn leaflet_pdf(
    State(state): State<AppState>,
    QueryData(q): QueryData<LeafletParams>,
) -> AppResult<axum::response::Response> {
    let l = lang_param(&state, &Some(q.lang))?;
    let pdf = crate::brochure::pdf::leaflet_pdf(&state, l).await?;
    Ok(crate::brochure::pdf::response(&pdf, &format!("coaching-leaflet-{}.pdf", l.code)))
}
