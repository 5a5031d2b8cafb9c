//! The brochure and the directory on the public website, in every language under
//! `/{lang}/`: the chapters as pages (with their readability) and as PDF downloads, and
//! the addresses of the authorities and advice services.

use crate::brochure::{self, Overview};
use crate::ctx::Ctx;
use crate::directory;
use crate::error::{AppError, AppResult};
use crate::render::page;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use minijinja::{Value, context};
use welcomedesk_i18n::by_code;

fn lang_of(code: &str) -> AppResult<&'static welcomedesk_i18n::Language> {
    by_code(code).ok_or(AppError::NotFound)
}

/// The score as templates show it.
pub(crate) fn score_value(s: &welcomedesk_domain::readability::Score) -> Value {
    context! {
        measure => s.measure.as_str(),
        value => s.value.map(|v| format!("{v:.1}")),
        band => s.band.as_str(),
        words => s.words,
        wps => format!("{:.1}", s.words_per_sentence),
    }
}

/// The chapters in this language, with their titles.
pub(crate) async fn index(State(state): State<AppState>, ctx: Ctx, Path(lang): Path<String>) -> AppResult<Response> {
    let l = lang_of(&lang)?;
    let ov = Overview::load(&state.store).await?;
    let mut chapters = vec![];
    for ch in &ov.chapters {
        if let Some(s) = ov.shown(ch, l.code) {
            let v = state.store.chapter_version(ch.id, &s.language, s.number).await?;
            let text_lang = lang_of(&s.language)?;
            chapters.push(context! {
                slug => ch.slug.clone(), title => v.title, fallback => s.fallback,
                text_lang => text_lang.code, text_dir => text_lang.dir.as_str(),
            });
        }
    }
    let editions = state.store.list_editions().await?;
    let edition = editions
        .iter()
        .find(|e| e.languages.iter().any(|c| c == l.code))
        .map(|e| context! { id => e.id, name => e.name.clone() });
    page(&state, &ctx, "public/brochure/index.html", context! { chapters => chapters, edition => edition })
}

/// One chapter as a web page.
pub(crate) async fn chapter(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((lang, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let l = lang_of(&lang)?;
    let ov = Overview::load(&state.store).await?;
    let ch = ov.chapter(&slug).ok_or(AppError::NotFound)?.clone();
    let dir = brochure::directory_map(&state.store).await?;
    let r = brochure::render_chapter(&state, &ov, &ch, l, &dir).await?.ok_or(AppError::NotFound)?;
    let text_lang = lang_of(&r.shown.language)?;
    // Neighbours for "previous / next chapter".
    let pos = ov.chapters.iter().position(|c| c.slug == slug).unwrap_or(0);
    let neighbour = |i: Option<usize>| -> Option<Value> {
        let c = ov.chapters.get(i?)?;
        ov.shown(c, l.code).map(|_| context! { slug => c.slug.clone() })
    };
    let prev = neighbour(pos.checked_sub(1));
    let next = neighbour(Some(pos + 1));
    let source = lang_of(&ch.source_language)?;
    page(
        &state,
        &ctx,
        "public/brochure/chapter.html",
        context! {
            slug => r.slug, title => r.title, html => Value::from_safe_string(r.html),
            fallback => r.shown.fallback, outdated => r.shown.outdated,
            text_lang => text_lang.code, text_dir => text_lang.dir.as_str(), text_endonym => text_lang.endonym,
            source_lang => source.code, source_endonym => source.endonym,
            score => score_value(&r.score), prev => prev, next => next,
        },
    )
}

/// The addresses of the authorities and advice services, in this language.
pub(crate) async fn addresses(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(lang): Path<String>,
) -> AppResult<Response> {
    let l = lang_of(&lang)?;
    let entries = state.store.list_directory().await?;
    let mut cards = vec![];
    for e in &entries {
        cards.push(Value::from_safe_string(directory::card_html(&state, l, e, 2)?));
    }
    page(&state, &ctx, "public/brochure/directory.html", context! { cards => cards })
}

/// The brochure as the website shows it now, as PDF (A5, for download).
pub(crate) async fn brochure_pdf(State(state): State<AppState>, Path(lang): Path<String>) -> AppResult<Response> {
    let l = lang_of(&lang)?;
    let (pdf, used) = crate::brochure::pdf::current_pdf(&state, l).await?;
    Ok(crate::brochure::pdf::response(&pdf, &format!("welcome-brochure-{}.pdf", used.code)))
}

/// The leaflet announcing the coaching (R1), as PDF.
pub(crate) async fn leaflet_pdf(State(state): State<AppState>, Path(lang): Path<String>) -> AppResult<Response> {
    let l = lang_of(&lang)?;
    let pdf = crate::brochure::pdf::leaflet_pdf(&state, l).await?;
    Ok(crate::brochure::pdf::response(&pdf, &format!("coaching-leaflet-{}.pdf", l.code)))
}
