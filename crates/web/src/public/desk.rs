//! The public side of the desk: the FAQ from the knowledge base's published articles
//! (with "open now" and the hotline), and the queue screen for the waiting room (no
//! JavaScript: the page reloads itself every 20 seconds).

use crate::ctx::Ctx;
use crate::error::{AppError, AppResult};
use crate::render::page;
use crate::state::AppState;
use crate::{desk, knowledge};
use axum::extract::{Path, State};
use axum::response::Response;
use minijinja::{Value, context};
use welcomedesk_domain::{knowledge as kb, markup};
use welcomedesk_i18n::by_code;

fn open_now(state: &AppState) -> bool {
    let s = state.settings();
    s.desk_hours.is_open(jiff::Timestamp::now().to_zoned(state.tz()).datetime())
}

pub(crate) async fn faq(State(state): State<AppState>, ctx: Ctx, Path(lang): Path<String>) -> AppResult<Response> {
    by_code(&lang).ok_or(AppError::NotFound)?;
    let items: Vec<Value> = knowledge::faq(&state, &lang)
        .await?
        .into_iter()
        .map(|i| {
            let (doc, _) = markup::parse(&i.version.answer);
            context! {
                slug => i.article.slug,
                question => i.version.question,
                answer_html => Value::from_safe_string(markup::to_html(&doc, &|_| None)),
                checklist => kb::checklist_items(&i.version.checklist),
                language => i.version.meta.language.clone(),
                dir => by_code(&i.version.meta.language).map(|l| l.dir.as_str()).unwrap_or("ltr"),
                fallback => i.fallback,
                outdated => i.outdated,
                source_lang => i.article.source_language.clone(),
                source_endonym => by_code(&i.article.source_language).map(|l| l.endonym).unwrap_or(i.article.source_language.as_str()),
            }
        })
        .collect();
    page(&state, &ctx, "public/faq.html", context! { items => items, open_now => open_now(&state) })
}

/// The public queue page. Visitors get it without a timed refresh (WCAG 2.2.1: a page
/// must not reload itself under a reader); the wall screen by the desk opens
/// `/{lang}/queue?screen=1`, which reloads every 20 seconds without JavaScript.
pub(crate) async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> AppResult<Response> {
    let screen = query.as_deref().is_some_and(|q| q.split('&').any(|kv| kv == "screen=1"));
    by_code(&lang).ok_or(AppError::NotFound)?;
    let v = desk::queue_view(&state).await?;
    let lines: Vec<Value> = v
        .lines
        .iter()
        .map(|l| {
            let known = by_code(&l.language);
            context! {
                language => l.language.clone(),
                endonym => known.map(|k| k.endonym).unwrap_or(l.language.as_str()),
                dir => known.map(|k| k.dir.as_str()).unwrap_or("ltr"),
                numbers => l.numbers.clone(),
                wait_minutes => l.wait_minutes,
            }
        })
        .collect();
    let called: Vec<Value> =
        v.called.iter().map(|t| context! { number => t.number, language => t.language.clone() }).collect();
    page(
        &state,
        &ctx,
        "public/queue.html",
        context! { lines => lines, called => called, open_now => open_now(&state), screen => screen },
    )
}
