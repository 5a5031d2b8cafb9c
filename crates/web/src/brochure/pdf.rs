//! The brochure's and the leaflet's PDFs, made by `welcomedesk-documents` (the one place
//! that sets PDFs): here the content's block tree, the directory's contact cards and the
//! city's settings become that crate's plain data, every text translated.
//!
//! A frozen edition never changes, and the current brochure changes only with a new
//! version or a directory edit, so finished PDFs are kept in a small in-memory cache
//! keyed by what they were made from: the public download cannot be used to keep the
//! server busy typesetting.

use crate::brochure::Overview;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};
use welcomedesk_documents as docs;
use welcomedesk_domain::directory::{Day, parse_week};
use welcomedesk_domain::markup::{self, Block, Inline};
use welcomedesk_i18n::{Arg, Language};
use welcomedesk_store::directory::EntryRow;

static DOCUMENTS: OnceLock<Result<docs::Documents, String>> = OnceLock::new();

/// The document maker, loaded once (fonts and templates).
pub fn documents() -> AppResult<docs::Documents> {
    DOCUMENTS
        .get_or_init(|| docs::Documents::new().map_err(|e| e.to_string()))
        .clone()
        .map_err(|e| AppError::Internal(format!("documents: {e}")))
}

type Cache = Mutex<HashMap<String, Arc<Vec<u8>>>>;
static CACHE: OnceLock<Cache> = OnceLock::new();
const CACHE_ENTRIES: usize = 96;

fn cached(key: &str) -> Option<Arc<Vec<u8>>> {
    let c = CACHE.get_or_init(Default::default);
    let guard = match c.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    guard.get(key).cloned()
}

fn remember(key: String, pdf: Arc<Vec<u8>>) {
    let c = CACHE.get_or_init(Default::default);
    let mut guard = match c.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    if guard.len() >= CACHE_ENTRIES {
        guard.clear();
    }
    guard.insert(key, pdf);
}

fn dir_of(lang: &Language) -> docs::Dir {
    if lang.is_rtl() { docs::Dir::Rtl } else { docs::Dir::Ltr }
}

/// Inline markup → the documents' flat inlines (emphasis inside a link becomes the
/// link's text; the PDF keeps the words and the target).
fn inlines(items: &[Inline]) -> Vec<docs::Inline> {
    let mut out = vec![];
    for i in items {
        match i {
            Inline::Text { text } => out.push(docs::Inline::Text(text.clone())),
            Inline::Strong { children } => out.push(docs::Inline::Strong(markup::plain(children))),
            Inline::Emphasis { children } => out.push(docs::Inline::Emphasis(markup::plain(children))),
            Inline::Link { href, children } => {
                // Paths on this site become whole addresses in print.
                out.push(docs::Inline::Link { text: markup::plain(children), url: href.clone() })
            }
        }
    }
    out
}

/// The city's settings and labels every page of a document carries.
pub fn common(state: &AppState, lang: &'static Language, title: String) -> docs::Common {
    let s = state.settings();
    let t = |k: &str| state.cat.plain(lang.code, k, &[]);
    let mut contact_lines = vec![s.desk_address.clone()];
    contact_lines.extend(desk_hours(state, lang));
    contact_lines.push(format!("{}: {}", t("content-leaflet-hotline"), s.hotline_phone));
    contact_lines.push(s.email.clone());
    docs::Common {
        lang: lang.code.to_owned(),
        dir: dir_of(lang),
        city_name: s.city_name.clone(),
        contact_lines,
        title,
        contact_labels: docs::ContactLabels {
            address: t("content-card-address-label"),
            transit: t("content-card-transit-label"),
            phone: t("content-card-phone-label"),
            email: t("content-card-email-label"),
            web: t("content-card-web-label"),
            hours: t("content-card-hours-label"),
        },
    }
}

fn hours_range(state: &AppState, lang: &str, from: jiff::civil::Time, to: jiff::civil::Time) -> String {
    let f = welcomedesk_i18n::localise_digits(lang, &from.strftime("%H:%M").to_string());
    let t = welcomedesk_i18n::localise_digits(lang, &to.strftime("%H:%M").to_string());
    state.cat.plain(lang, "hours-range", &[("from", Arg::Str(&f)), ("to", Arg::Str(&t))])
}

/// The desk's opening hours, one line per open weekday.
fn desk_hours(state: &AppState, lang: &Language) -> Vec<String> {
    let s = state.settings();
    (0..7)
        .filter(|d| !s.desk_hours.days[*d].is_empty())
        .map(|d| {
            let day = state.cat.plain(lang.code, &format!("weekday-{}", d + 1), &[]);
            let iv: Vec<String> =
                s.desk_hours.days[d].iter().map(|i| hours_range(state, lang.code, i.from, i.to)).collect();
            format!("{day} {}", iv.join(", "))
        })
        .collect()
}

/// A directory entry as a printed contact card, in a language.
pub fn contact_card(state: &AppState, lang: &Language, e: &EntryRow) -> docs::ContactCard {
    let src = state.settings().source_language.clone();
    let t = |k: &str| state.cat.plain(lang.code, k, &[]);
    let hours = parse_week(&e.hours)
        .iter()
        .enumerate()
        .filter(|(_, d)| **d != Day::Closed)
        .map(|(i, d)| {
            let day = t(&format!("weekday-{}", i + 1));
            match d {
                Day::Open { intervals } => format!(
                    "{day} {}",
                    intervals
                        .iter()
                        .map(|iv| hours_range(state, lang.code, iv.from, iv.to))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                _ => format!("{day}: {}", t("content-card-appointment-only")),
            }
        })
        .collect();
    let mut notes = vec![];
    if !e.languages.is_empty() {
        let names: Vec<String> = e
            .languages
            .iter()
            .map(|c| welcomedesk_i18n::by_code(c).map(|l| l.endonym.to_owned()).unwrap_or_else(|| c.clone()))
            .collect();
        notes.push(state.cat.plain(lang.code, "content-card-languages", &[("languages", Arg::Str(&names.join(", ")))]));
    }
    if e.step_free {
        notes.push(t("content-card-step-free"));
    }
    docs::ContactCard {
        name: crate::directory::name_in(e, lang.code, &src),
        address: e.address.clone(),
        transit: e.transit.get(lang.code).or_else(|| e.transit.get(&src)).cloned().unwrap_or_default(),
        phone: e.phone.clone().unwrap_or_default(),
        email: e.email.clone().unwrap_or_default(),
        web: e.website.clone().unwrap_or_default(),
        hours,
        notes,
    }
}

/// A chapter's text as the documents' blocks, with the contact cards it points to.
pub fn blocks(state: &AppState, lang: &Language, body: &str, dir: &BTreeMap<String, EntryRow>) -> Vec<docs::Block> {
    let public = state.cfg.public_url.clone();
    let (doc, _) = markup::parse(body);
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            // The chapter title is the document's level above: ## is level 1 inside it.
            Block::Heading { level, children } => {
                Some(docs::Block::Heading { level: level.saturating_sub(1).max(1), text: inlines(children) })
            }
            Block::Paragraph { children } => Some(docs::Block::Paragraph(absolute(inlines(children), &public))),
            Block::List { ordered, items } => Some(docs::Block::List {
                ordered: *ordered,
                items: items.iter().map(|i| absolute(inlines(i), &public)).collect(),
            }),
            Block::Directory { slug } => dir.get(slug).map(|e| docs::Block::Contact(contact_card(state, lang, e))),
        })
        .collect()
}

/// Site paths (`/en/coaching`) become whole addresses, so that print shows where to go.
fn absolute(items: Vec<docs::Inline>, public: &str) -> Vec<docs::Inline> {
    items
        .into_iter()
        .map(|i| match i {
            docs::Inline::Link { text, url } if url.starts_with('/') => {
                docs::Inline::Link { text, url: format!("{public}{url}") }
            }
            other => other,
        })
        .collect()
}

/// How a brochure is printed.
#[derive(Debug, Clone, Copy, Default)]
pub struct PrintOptions {
    /// The printer's version (A5 with 3 mm bleed and cut marks when `cut_marks`).
    pub print: bool,
    pub cut_marks: bool,
}

/// One chapter of a brochure to set: its title and text.
pub struct ChapterText {
    pub title: String,
    pub body: String,
}

/// Sets a brochure; CPU-bound, so it runs on the blocking pool.
pub async fn render_brochure(
    state: &AppState,
    lang: &'static Language,
    edition_name: String,
    chapters: Vec<ChapterText>,
    dir: &BTreeMap<String, EntryRow>,
    opts: PrintOptions,
) -> AppResult<Vec<u8>> {
    let t = |k: &str| state.cat.plain(lang.code, k, &[]);
    let city = state.settings().city_name.clone();
    let b = docs::Brochure {
        common: common(state, lang, t("content-brochure-title")),
        edition: edition_name,
        paper: docs::Paper::A5,
        cut_marks: opts.print && opts.cut_marks,
        intro: vec![docs::Block::para(state.cat.plain(lang.code, "content-pdf-intro", &[("city", Arg::Str(&city))]))],
        contents_label: t("content-pdf-contents"),
        chapters: chapters
            .into_iter()
            .map(|c| docs::Chapter { blocks: blocks(state, lang, &c.body, dir), title: c.title })
            .collect(),
    };
    let d = documents()?;
    tokio::task::spawn_blocking(move || d.brochure(&b))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(format!("brochure pdf: {e}")))
}

/// A frozen edition's PDF in a language (cached: an edition never changes).
pub async fn edition_pdf(
    state: &AppState,
    edition: uuid::Uuid,
    lang: &'static Language,
    opts: PrintOptions,
) -> AppResult<Arc<Vec<u8>>> {
    let key = format!("edition:{edition}:{}:{}:{}", lang.code, opts.print, opts.cut_marks);
    if let Some(p) = cached(&key) {
        return Ok(p);
    }
    let name = state.store.list_editions().await?.into_iter().find(|e| e.id == edition).ok_or(AppError::NotFound)?.name;
    let chapters = state.store.edition_chapters(edition, lang.code).await?;
    if chapters.is_empty() {
        return Err(AppError::NotFound);
    }
    let snapshot: Vec<EntryRow> = serde_json::from_str(&state.store.edition_directory(edition).await?)
        .map_err(|e| AppError::Internal(format!("edition directory: {e}")))?;
    let dir = snapshot.into_iter().map(|e| (e.slug.clone(), e)).collect();
    let texts = chapters.into_iter().map(|c| ChapterText { title: c.title, body: c.body }).collect();
    let pdf = Arc::new(render_brochure(state, lang, name, texts, &dir, opts).await?);
    remember(key, pdf.clone());
    Ok(pdf)
}

/// The brochure as the website shows it now, in a language: the chapters that have their
/// own text in it; when none has, the whole brochure in the source language.
pub async fn current_pdf(state: &AppState, lang: &'static Language) -> AppResult<(Arc<Vec<u8>>, &'static Language)> {
    let ov = Overview::load(&state.store).await?;
    let own: Vec<_> = ov.chapters.iter().filter_map(|c| ov.shown_own(c, lang.code).map(|s| (c, s))).collect();
    let (lang, picked) = if own.is_empty() {
        let src = welcomedesk_i18n::by_code(&state.settings().source_language).ok_or(AppError::NotFound)?;
        (src, ov.chapters.iter().filter_map(|c| ov.shown_own(c, src.code).map(|s| (c, s))).collect::<Vec<_>>())
    } else {
        (lang, own)
    };
    if picked.is_empty() {
        return Err(AppError::NotFound);
    }
    let dir_rows = state.store.list_directory().await?;
    let stamp: String = dir_rows.iter().map(|e| e.updated_at.as_str()).max().unwrap_or("").to_owned();
    let versions: Vec<String> = picked.iter().map(|(c, s)| format!("{}={}", c.slug, s.number)).collect();
    let key = format!("current:{}:{}:{stamp}", lang.code, versions.join(","));
    if let Some(p) = cached(&key) {
        return Ok((p, lang));
    }
    let mut texts = vec![];
    for (c, s) in &picked {
        let v = state.store.chapter_version(c.id, &s.language, s.number).await?;
        texts.push(ChapterText { title: v.title, body: v.body });
    }
    let dir = dir_rows.into_iter().map(|e| (e.slug.clone(), e)).collect();
    let label = state.cat.plain(lang.code, "content-pdf-current", &[]);
    let pdf = Arc::new(render_brochure(state, lang, label, texts, &dir, PrintOptions::default()).await?);
    remember(key, pdf.clone());
    Ok((pdf, lang))
}

/// The one-page leaflet announcing the coaching (R1), in a language.
pub async fn leaflet_pdf(state: &AppState, lang: &'static Language) -> AppResult<Arc<Vec<u8>>> {
    let s = state.settings();
    let places = state.store.list_places().await?;
    let booking_url = format!("{}/{}/coaching", state.cfg.public_url, lang.code);
    let key = format!(
        "leaflet:{}:{}:{}:{}:{}:{}",
        lang.code,
        booking_url,
        s.desk_address,
        s.hotline_phone,
        crate::state::settings_to_map(&s).values().cloned().collect::<Vec<_>>().join("|"),
        places.iter().map(|p| p.address.as_str()).collect::<Vec<_>>().join("|")
    );
    if let Some(p) = cached(&key) {
        return Ok(p);
    }
    let t = |k: &str| state.cat.plain(lang.code, k, &[]);
    let city = s.city_name.clone();
    let mut where_lines: Vec<String> = places.iter().map(|p| format!("{}, {}", p.name, p.address)).collect();
    if where_lines.is_empty() {
        where_lines.push(s.desk_address.clone());
    }
    let mut facts = vec![
        docs::Field::new(t("content-leaflet-where"), where_lines.join("\n")),
        docs::Field::new(t("content-leaflet-when"), t("content-leaflet-when-body")),
        docs::Field::new(
            t("content-leaflet-book"),
            format!("{}\n{booking_url}\n{}", t("content-leaflet-book-body"), s.hotline_phone),
        ),
        docs::Field::new(t("content-leaflet-cost"), t("content-leaflet-cost-body")),
        docs::Field::new(
            t("content-leaflet-desk"),
            format!("{}\n{}", s.desk_address, desk_hours(state, lang).join("\n")),
        ),
        docs::Field::new(t("content-leaflet-hotline"), format!("{}\n{}", s.hotline_phone, s.email)),
    ];
    facts.retain(|f| !f.value.trim().is_empty());
    let l = docs::Leaflet {
        common: common(state, lang, t("content-leaflet-title")),
        paper: docs::Paper::A4,
        headline: t("content-leaflet-headline"),
        intro: vec![docs::Block::para(state.cat.plain(
            lang.code,
            "content-leaflet-intro",
            &[("city", Arg::Str(&city))],
        ))],
        facts,
        booking_url,
        booking_label: t("content-leaflet-scan"),
    };
    let d = documents()?;
    let pdf = tokio::task::spawn_blocking(move || d.leaflet(&l))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(format!("leaflet pdf: {e}")))?;
    let pdf = Arc::new(pdf);
    remember(key, pdf.clone());
    Ok(pdf)
}

/// A PDF response, to open or to download under a file name.
pub fn response(pdf: &[u8], filename: &str) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse;
    let mut r = pdf.to_vec().into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    r
}
