//! API of the information desk and the knowledge base: the contact log, the search,
//! articles and their versions, synonyms, the walk-in queue, interpreting requests,
//! the desk lead's dashboard and the gaps of the base.

use crate::api::Problem;
use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{IdPath, JsonBody, QueryData};
use crate::state::AppState;
use crate::{desk, knowledge};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use utoipa::{IntoParams, ToSchema};
use welcomedesk_domain::Role;
use welcomedesk_domain::desk::{Contact, ContactInput, Interpreting, InterpretingInput, may_link_person};
use welcomedesk_domain::knowledge::{Article, ArticleInput, VersionInput};

const PJ: &str = "application/problem+json";

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactRequest {
    /// walk_in, phone or email.
    pub channel: String,
    /// ISO 639 code of the language spoken.
    pub language: String,
    /// none (default), on_site or phone.
    #[serde(default)]
    pub interpreter: Option<String>,
    /// Topic codes asked about.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Knowledge-base articles the answer came from.
    #[serde(default)]
    pub article_ids: Vec<String>,
    /// Directory entries (ids) the person was referred to.
    #[serde(default)]
    pub referral_ids: Vec<String>,
    #[serde(default)]
    pub appointment_booked: bool,
    pub duration_seconds: i64,
    /// The person, only with their agreement to link this contact (`link_consent`).
    #[serde(default)]
    pub person_id: Option<String>,
    #[serde(default)]
    pub link_consent: bool,
}

#[derive(serde::Serialize, ToSchema)]
pub struct Created {
    pub id: String,
}

/// Logs a desk or hotline contact (anonymous unless the person agreed to link it).
#[utoipa::path(post, path = "/api/v1/desk/contacts", operation_id = "logDeskContact", tag = "desk",
    request_body = ContactRequest,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn log_contact(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(b): JsonBody<ContactRequest>,
) -> AppResult<(StatusCode, Json<Created>)> {
    let c = Contact::parse(&ContactInput {
        channel: b.channel,
        language: b.language,
        interpreter: b.interpreter.unwrap_or_default(),
        topics: b.topics.join(","),
        article_ids: b.article_ids,
        referral_ids: b.referral_ids,
        appointment_booked: b.appointment_booked,
        duration_minutes: String::new(),
        duration_seconds: Some(b.duration_seconds),
        person_id: b.person_id.unwrap_or_default(),
        link_consent: b.link_consent,
    })?;
    // A partner call centre's agent logs anonymous contacts only.
    may_link_person(ctx.role() == Some(Role::PartnerAgent), &c)?;
    let id = state.store.log_desk_contact(&c, ctx.actor(), jiff::Timestamp::now()).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.to_string() })))
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct SearchParams {
    /// What the agent typed (any language, typos allowed).
    #[serde(default)]
    q: String,
    /// The preferred language of the results.
    #[serde(default)]
    lang: Option<String>,
    /// At most this many hits (default 10, at most 50).
    #[serde(default)]
    limit: Option<usize>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct HitResponse {
    pub article_id: String,
    pub slug: String,
    /// The language of the question and snippet shown.
    pub language: String,
    pub question: String,
    /// Plain text around the words that matched.
    pub snippet: String,
    pub score: f32,
    /// The article's review date has passed (staff only; false for the public).
    pub out_of_date: bool,
}

/// Whether this caller sees unpublished articles.
fn sees_drafts(ctx: &Ctx) -> bool {
    matches!(ctx.role(), Some(Role::Desk | Role::DeskLead | Role::Coordinator))
}

/// Searches the knowledge base: ranked hits with snippets. Desk staff see every
/// article; everyone else the published ones. A search without hits is counted (its
/// text only) for the coordinator's list of gaps.
#[utoipa::path(get, path = "/api/v1/knowledge/search", operation_id = "searchKnowledge", tag = "desk",
    params(SearchParams),
    responses((status = 200, body = Vec<HitResponse>), (status = 400, body = Problem, content_type = PJ)))]
pub(crate) async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(p): QueryData<SearchParams>,
) -> AppResult<Json<Vec<HitResponse>>> {
    Ok(Json(hits(&state, &ctx, &p.q, p.lang.as_deref(), p.limit.unwrap_or(10).clamp(1, 50)).await?))
}

pub(crate) async fn hits(
    state: &AppState,
    ctx: &Ctx,
    q: &str,
    lang: Option<&str>,
    limit: usize,
) -> AppResult<Vec<HitResponse>> {
    if q.chars().count() > 500 {
        return Err(AppError::Invalid(welcomedesk_domain::Invalid::one("q", "too_long")));
    }
    let staff = sees_drafts(ctx);
    let found = knowledge::search(state, q, lang, !staff, limit).await?;
    let articles = state.store.list_articles().await?;
    let today = state.today();
    Ok(found
        .into_iter()
        .filter_map(|h| {
            let a = articles.iter().find(|a| a.id == h.id)?;
            let out_of_date = staff
                && a.review_on
                    .parse::<jiff::civil::Date>()
                    .is_ok_and(|d| welcomedesk_domain::knowledge::is_out_of_date(d, today));
            Some(HitResponse {
                article_id: h.id.to_string(),
                slug: a.slug.clone(),
                language: h.lang,
                question: h.question,
                snippet: h.snippet,
                score: h.score,
                out_of_date,
            })
        })
        .collect())
}

#[derive(serde::Serialize, ToSchema)]
pub struct ArticleLanguage {
    pub language: String,
    /// source, up_to_date, outdated, in_translation, in_review or missing.
    pub state: String,
    pub newest_version: i64,
}

#[derive(serde::Serialize, ToSchema)]
pub struct ArticleResponse {
    pub id: String,
    pub slug: String,
    pub source_language: String,
    pub topics: Vec<String>,
    pub owner: Option<String>,
    /// YYYY-MM-DD.
    pub review_on: String,
    pub out_of_date: bool,
    /// Directory entry slugs.
    pub referrals: Vec<String>,
    pub languages: Vec<ArticleLanguage>,
}

pub(crate) async fn article_list(state: &AppState) -> AppResult<Vec<ArticleResponse>> {
    let articles = state.store.list_articles().await?;
    let meta = state.store.all_article_version_meta().await?;
    let states = knowledge::states(&meta, &articles);
    let today = state.today();
    Ok(articles
        .into_iter()
        .map(|a| {
            let languages = states
                .iter()
                .filter(|((id, _), _)| *id == a.id)
                .map(|((_, l), s)| ArticleLanguage {
                    language: l.clone(),
                    state: s.as_str().to_owned(),
                    newest_version: meta
                        .iter()
                        .filter(|m| m.article_id == a.id && &m.language == l)
                        .map(|m| m.number)
                        .max()
                        .unwrap_or(0),
                })
                .collect();
            ArticleResponse {
                id: a.id.to_string(),
                out_of_date: a
                    .review_on
                    .parse::<jiff::civil::Date>()
                    .is_ok_and(|d| welcomedesk_domain::knowledge::is_out_of_date(d, today)),
                slug: a.slug,
                source_language: a.source_language,
                topics: a.topics,
                owner: a.owner_name,
                review_on: a.review_on,
                referrals: a.referrals,
                languages,
            }
        })
        .collect())
}

/// The articles with the state of every language and whether they are out of date.
#[utoipa::path(get, path = "/api/v1/knowledge/articles", operation_id = "listArticles", tag = "desk",
    responses((status = 200, body = Vec<ArticleResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_articles(State(state): State<AppState>) -> AppResult<Json<Vec<ArticleResponse>>> {
    Ok(Json(article_list(&state).await?))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleRequest {
    pub slug: String,
    #[serde(default)]
    pub topics: Vec<String>,
    /// YYYY-MM-DD.
    pub review_on: String,
    /// Directory entry slugs.
    #[serde(default)]
    pub referrals: Vec<String>,
    /// The language the article is written in first (default: the city's source language).
    #[serde(default)]
    pub source_language: Option<String>,
}

/// Creates an article (its texts follow as versions); the caller owns it.
#[utoipa::path(post, path = "/api/v1/knowledge/articles", operation_id = "createArticle", tag = "desk",
    request_body = ArticleRequest,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_article(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(b): JsonBody<ArticleRequest>,
) -> AppResult<(StatusCode, Json<Created>)> {
    let a = Article::parse(&ArticleInput {
        slug: b.slug,
        topics: b.topics.join(","),
        review_on: b.review_on,
        referrals: b.referrals.join(","),
    })?;
    let src = b.source_language.unwrap_or_else(|| state.settings().source_language.clone());
    if !welcomedesk_search::LANGUAGES.contains(&src.as_str()) {
        return Err(AppError::Invalid(welcomedesk_domain::Invalid::one("source_language", "invalid_language")));
    }
    let id = state.store.create_article(&a, &src, ctx.actor(), ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.to_string() })))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleVersionRequest {
    pub language: String,
    /// The newest version number the editor started from (0 for the first).
    pub base: i64,
    pub question: String,
    /// Content markup.
    pub answer: String,
    /// One item per element.
    #[serde(default)]
    pub checklist: Vec<String>,
    #[serde(default)]
    pub minor: bool,
    /// draft/final/discussed (source) or in_translation/in_review/published.
    #[serde(default)]
    pub stage: Option<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct VersionCreated {
    pub number: i64,
}

/// Saves a new version of one language of an article (409 `edited_meanwhile` when
/// `base` is no longer the newest); the search sees it at once.
#[utoipa::path(post, path = "/api/v1/knowledge/articles/{id}/versions", operation_id = "saveArticleVersion", tag = "desk",
    params(("id" = String, Path, format = Uuid)), request_body = ArticleVersionRequest,
    responses((status = 201, body = VersionCreated), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn save_article_version(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(b): JsonBody<ArticleVersionRequest>,
) -> AppResult<(StatusCode, Json<VersionCreated>)> {
    let a = state.store.article(id).await?;
    let input = VersionInput {
        question: b.question,
        answer: b.answer,
        checklist: b.checklist.join("\n"),
        minor: b.minor,
        stage: b.stage.unwrap_or_default(),
    };
    let number = knowledge::save_version(&state, &a, &b.language, b.base, &input, ctx.actor()).await?;
    Ok((StatusCode::CREATED, Json(VersionCreated { number })))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SynonymRequest {
    /// Equivalent terms in any languages, e.g. ["Meldezettel", "address registration"].
    pub terms: Vec<String>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct SynonymResponse {
    pub id: String,
    pub terms: Vec<String>,
}

/// The coordinator's synonym groups.
#[utoipa::path(get, path = "/api/v1/knowledge/synonyms", operation_id = "listSynonyms", tag = "desk",
    responses((status = 200, body = Vec<SynonymResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_synonyms(State(state): State<AppState>) -> AppResult<Json<Vec<SynonymResponse>>> {
    Ok(Json(
        state
            .store
            .list_synonym_groups()
            .await?
            .into_iter()
            .map(|g| SynonymResponse { id: g.id.to_string(), terms: g.terms.split(" = ").map(str::to_owned).collect() })
            .collect(),
    ))
}

/// Adds a synonym group; the next search uses it.
#[utoipa::path(post, path = "/api/v1/knowledge/synonyms", operation_id = "createSynonymGroup", tag = "desk",
    request_body = SynonymRequest,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn create_synonym_group(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(b): JsonBody<SynonymRequest>,
) -> AppResult<(StatusCode, Json<Created>)> {
    let terms =
        welcomedesk_domain::knowledge::synonym_group(&b.terms.join(" = ")).map_err(|e| AppError::Invalid(e.into()))?;
    let id = state.store.save_synonym_group(None, &terms, ctx.actor()).await?;
    knowledge::reload_synonyms(&state).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.to_string() })))
}

#[derive(serde::Serialize, ToSchema)]
pub struct GapResponse {
    /// topic (asked at the desk, no article has it) or search (found nothing).
    pub source: String,
    pub text: String,
    pub count: i64,
}

pub(crate) async fn gap_list(state: &AppState) -> AppResult<Vec<GapResponse>> {
    let (from, to) = desk::period(state, None, None)?;
    let facts = desk::facts(state, from, to).await?;
    let mut topics: std::collections::BTreeMap<String, i64> = Default::default();
    for f in &facts {
        for t in &f.topics {
            *topics.entry(t.clone()).or_default() += 1;
        }
    }
    let covered: Vec<String> = state.store.list_articles().await?.into_iter().flat_map(|a| a.topics).collect();
    let misses = state.store.search_misses_since(&from.to_string(), 200).await?;
    let topics: Vec<(String, i64)> = topics.into_iter().collect();
    Ok(welcomedesk_domain::knowledge::gaps(&topics, &covered, &misses, 2)
        .into_iter()
        .map(|g| GapResponse { source: g.source.into(), text: g.text, count: g.count })
        .collect())
}

/// Frequent questions without an article (last 30 days): contact topics no article
/// covers and searches that found nothing, asked at least twice.
#[utoipa::path(get, path = "/api/v1/knowledge/gaps", operation_id = "listKnowledgeGaps", tag = "desk",
    responses((status = 200, body = Vec<GapResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_gaps(State(state): State<AppState>) -> AppResult<Json<Vec<GapResponse>>> {
    Ok(Json(gap_list(&state).await?))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TicketRequest {
    pub language: String,
}

#[derive(serde::Serialize, ToSchema)]
pub struct TicketResponse {
    pub id: String,
    /// YYYY-MM-DD.
    pub day: String,
    /// Unique for the day.
    pub number: i64,
    pub language: String,
    /// Estimated wait for this ticket, in minutes (rounded to 5).
    pub wait_minutes: i64,
    pub called_at: Option<String>,
}

/// Takes a walk-in queue ticket for a language.
#[utoipa::path(post, path = "/api/v1/desk/queue/tickets", operation_id = "takeTicket", tag = "desk",
    request_body = TicketRequest,
    responses((status = 201, body = TicketResponse), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn take_ticket(
    State(state): State<AppState>,
    JsonBody(b): JsonBody<TicketRequest>,
) -> AppResult<(StatusCode, Json<TicketResponse>)> {
    let language =
        welcomedesk_domain::desk::language("language", &b.language).map_err(|e| AppError::Invalid(e.into()))?;
    let t = state.store.take_ticket(&desk::today(&state), &language, jiff::Timestamp::now()).await?;
    let wait = desk::wait_for(&state, &language).await?;
    Ok((
        StatusCode::CREATED,
        Json(TicketResponse {
            id: t.id.to_string(),
            day: t.day,
            number: t.number,
            language: t.language,
            wait_minutes: wait,
            called_at: None,
        }),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CallRequest {
    /// The languages the agent speaks.
    pub languages: Vec<String>,
}

/// Calls the longest-waiting ticket in the agent's languages (204 when nobody waits).
#[utoipa::path(post, path = "/api/v1/desk/queue/call", operation_id = "callNextTicket", tag = "desk",
    request_body = CallRequest,
    responses((status = 200, body = TicketResponse), (status = 204), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 409, body = Problem, content_type = PJ), (status = 415, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn call_next(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(b): JsonBody<CallRequest>,
) -> AppResult<Response> {
    let me = ctx.actor().ok_or(AppError::Unauthenticated)?;
    let mut langs = vec![];
    for l in &b.languages {
        langs.push(welcomedesk_domain::desk::language("languages", l).map_err(|e| AppError::Invalid(e.into()))?);
    }
    match state.store.call_next_ticket(&desk::today(&state), &langs, me, jiff::Timestamp::now()).await? {
        Some(t) => Ok(Json(TicketResponse {
            id: t.id.to_string(),
            day: t.day,
            number: t.number,
            language: t.language,
            wait_minutes: 0,
            called_at: t.called_at,
        })
        .into_response()),
        None => Ok(StatusCode::NO_CONTENT.into_response()),
    }
}

#[derive(serde::Serialize, ToSchema)]
pub struct QueueLineResponse {
    pub language: String,
    pub waiting: i64,
    pub numbers: Vec<i64>,
    /// Estimated wait for a ticket taken now, minutes.
    pub wait_minutes: i64,
    /// How long the longest-waiting person has waited, minutes.
    pub longest_minutes: i64,
}

#[derive(serde::Serialize, ToSchema)]
pub struct CalledResponse {
    pub number: i64,
    pub language: String,
}

#[derive(serde::Serialize, ToSchema)]
pub struct QueueResponse {
    pub day: String,
    pub lines: Vec<QueueLineResponse>,
    /// The last tickets called, newest first.
    pub called: Vec<CalledResponse>,
    /// Whether the desk is open now (opening hours from the settings).
    pub open_now: bool,
}

/// The walk-in queue as the public screen shows it: numbers, languages and estimated
/// waits (no names).
#[utoipa::path(get, path = "/api/v1/desk/queue", operation_id = "getQueue", tag = "desk",
    responses((status = 200, body = QueueResponse)))]
pub(crate) async fn get_queue(State(state): State<AppState>) -> AppResult<Json<QueueResponse>> {
    let v = desk::queue_view(&state).await?;
    let s = state.settings();
    let open_now = s.desk_hours.is_open(jiff::Timestamp::now().to_zoned(state.tz()).datetime());
    Ok(Json(QueueResponse {
        day: v.day,
        lines: v
            .lines
            .into_iter()
            .map(|l| QueueLineResponse {
                language: l.language,
                waiting: l.waiting,
                numbers: l.numbers,
                wait_minutes: l.wait_minutes,
                longest_minutes: l.longest_minutes,
            })
            .collect(),
        called: v.called.into_iter().map(|t| CalledResponse { number: t.number, language: t.language }).collect(),
        open_now,
    }))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InterpretingRequestBody {
    pub language: String,
    /// on_site or phone.
    pub mode: String,
    /// YYYY-MM-DD (city time).
    pub date: String,
    /// HH:MM (city time).
    pub time: String,
    pub minutes: i64,
}

#[derive(serde::Serialize, ToSchema)]
pub struct InterpretingResponse {
    pub id: String,
    pub language: String,
    pub mode: String,
    /// UTC.
    pub starts_at: String,
    pub minutes: i64,
    /// open, booked, cancelled or done.
    pub status: String,
}

/// Requests an interpreter (on site or by phone) for a language and a time.
#[utoipa::path(post, path = "/api/v1/desk/interpreting", operation_id = "requestInterpreter", tag = "desk",
    request_body = InterpretingRequestBody,
    responses((status = 201, body = Created), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn request_interpreter(
    State(state): State<AppState>,
    ctx: Ctx,
    JsonBody(b): JsonBody<InterpretingRequestBody>,
) -> AppResult<(StatusCode, Json<Created>)> {
    let r = Interpreting::parse(&InterpretingInput {
        language: b.language,
        mode: b.mode,
        date: b.date,
        time: b.time,
        minutes: b.minutes.to_string(),
    })?;
    let id = create_interpreting(&state, &ctx, &r).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.to_string() })))
}

pub(crate) async fn create_interpreting(state: &AppState, ctx: &Ctx, r: &Interpreting) -> AppResult<uuid::Uuid> {
    let at =
        r.at.to_zoned(state.tz())
            .map_err(|_| AppError::Invalid(welcomedesk_domain::Invalid::one("time", "invalid_time")))?
            .timestamp();
    Ok(state.store.create_interpreting_request(r, at, ctx.actor()).await?)
}

/// Interpreting requests from today on; open ones first.
#[utoipa::path(get, path = "/api/v1/desk/interpreting", operation_id = "listInterpretingRequests", tag = "desk",
    responses((status = 200, body = Vec<InterpretingResponse>), (status = 401, body = Problem, content_type = PJ),
        (status = 403, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn list_interpreting(State(state): State<AppState>) -> AppResult<Json<Vec<InterpretingResponse>>> {
    let from = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24);
    Ok(Json(
        state
            .store
            .list_interpreting_requests(from)
            .await?
            .into_iter()
            .map(|r| InterpretingResponse {
                id: r.id.to_string(),
                language: r.language,
                mode: r.mode,
                starts_at: r.starts_at,
                minutes: r.minutes,
                status: r.status,
            })
            .collect(),
    ))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusRequest {
    /// booked, cancelled, done (or open again from booked).
    pub status: String,
}

/// Moves an interpreting request on (open → booked → done; cancelled).
#[utoipa::path(post, path = "/api/v1/desk/interpreting/{id}/status", operation_id = "setInterpretingStatus", tag = "desk",
    params(("id" = String, Path, format = Uuid)), request_body = StatusRequest,
    responses((status = 204), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 404, body = Problem, content_type = PJ), (status = 409, body = Problem, content_type = PJ),
        (status = 415, body = Problem, content_type = PJ), (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn set_interpreting_status(
    State(state): State<AppState>,
    ctx: Ctx,
    IdPath(id): IdPath,
    JsonBody(b): JsonBody<StatusRequest>,
) -> AppResult<StatusCode> {
    change_interpreting(&state, &ctx, id, &b.status).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub(crate) async fn change_interpreting(state: &AppState, ctx: &Ctx, id: uuid::Uuid, to: &str) -> AppResult<()> {
    let from = state.store.interpreting_request_status(id).await?;
    welcomedesk_domain::desk::interpreting_transition(&from, to).map_err(|e| AppError::Invalid(e.into()))?;
    state.store.set_interpreting_status(id, &from, to, ctx.actor()).await?;
    Ok(())
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct PeriodParams {
    /// First day, YYYY-MM-DD (default: 29 days before `to`).
    #[serde(default)]
    from: Option<String>,
    /// Last day, YYYY-MM-DD (default: today).
    #[serde(default)]
    to: Option<String>,
}

/// The desk lead's figures for a period: contacts per day, language, topic and channel,
/// referrals, interpreting, waiting times, and the languages missing at which hours.
#[utoipa::path(get, path = "/api/v1/desk/dashboard", operation_id = "getDeskDashboard", tag = "desk",
    params(PeriodParams),
    responses((status = 200, body = Object), (status = 400, body = Problem, content_type = PJ),
        (status = 401, body = Problem, content_type = PJ), (status = 403, body = Problem, content_type = PJ),
        (status = 422, body = Problem, content_type = PJ)),
    security(("bearer" = []), ("session" = [])))]
pub(crate) async fn dashboard(
    State(state): State<AppState>,
    QueryData(p): QueryData<PeriodParams>,
) -> AppResult<Json<welcomedesk_domain::desk::Dashboard>> {
    let (from, to) = desk::period(&state, p.from.as_deref(), p.to.as_deref())?;
    Ok(Json(desk::dashboard(&state, from, to).await?))
}
