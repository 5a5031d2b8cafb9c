//! The welcome brochure: which version of each chapter the website shows in each
//! language, the coverage table, saving versions under the workflow rules of
//! `domain::translations`, editions, readability and print planning.

pub mod demo;
pub mod pdf;

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use std::collections::BTreeMap;
use welcomedesk_domain::brochure::{Version, VersionErrors};
use welcomedesk_domain::markup;
use welcomedesk_domain::readability::{self, Score};
use welcomedesk_domain::translations::{
    self, SourceStage, SourceVersion, Status, TranslationStage, TranslationVersion,
};
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_i18n::{LANGUAGES, Language};
use welcomedesk_store::brochure::{ChapterRow, NewVersion, VersionMeta, VersionRow};
use welcomedesk_store::directory::EntryRow;
use welcomedesk_store::{Store, StoreError};

/// Every chapter and every version's metadata, loaded once per request.
pub struct Overview {
    pub chapters: Vec<ChapterRow>,
    metas: Vec<VersionMeta>,
}

/// Which text the website shows for a chapter in a language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Shown {
    /// The language of the text shown (the source's when there is no translation).
    pub language: String,
    pub number: i64,
    /// No translation in the asked language: the source is shown instead.
    pub fallback: bool,
    /// The translation shown was made before a major edit of the source.
    pub outdated: bool,
}

impl Overview {
    pub async fn load(store: &Store) -> Result<Self, StoreError> {
        Ok(Self { chapters: store.list_chapters().await?, metas: store.all_version_meta().await? })
    }

    pub fn chapter(&self, slug: &str) -> Option<&ChapterRow> {
        self.chapters.iter().find(|c| c.slug == slug)
    }

    fn of<'a>(&'a self, ch: &ChapterRow, lang: &str) -> impl Iterator<Item = &'a VersionMeta> + 'a {
        let (id, lang) = (ch.id, lang.to_owned());
        self.metas.iter().filter(move |m| m.chapter_id == id && m.language == lang)
    }

    /// Every version of a language (metadata).
    pub fn versions(&self, ch: &ChapterRow, lang: &str) -> Vec<VersionMeta> {
        self.of(ch, lang).cloned().collect()
    }

    /// The newest version of a language, if any.
    pub fn latest(&self, ch: &ChapterRow, lang: &str) -> Option<&VersionMeta> {
        self.of(ch, lang).max_by_key(|m| m.number)
    }

    pub fn source(&self, ch: &ChapterRow) -> Vec<SourceVersion> {
        self.of(ch, &ch.source_language)
            .map(|m| SourceVersion {
                number: m.number as u32,
                minor: m.minor,
                stage: SourceStage::parse(&m.stage).unwrap_or(SourceStage::Draft),
            })
            .collect()
    }

    pub fn translation(&self, ch: &ChapterRow, lang: &str) -> Vec<TranslationVersion> {
        self.of(ch, lang)
            .map(|m| TranslationVersion {
                number: m.number as u32,
                made_from: m.made_from.unwrap_or(0) as u32,
                stage: TranslationStage::parse(&m.stage).unwrap_or(TranslationStage::InTranslation),
            })
            .collect()
    }

    pub fn status(&self, ch: &ChapterRow, lang: &str) -> Status {
        translations::status_for(lang == ch.source_language, &self.source(ch), &self.translation(ch, lang))
    }

    /// The source version the website shows: the newest that is no longer a draft.
    fn shown_source(&self, ch: &ChapterRow) -> Option<i64> {
        self.of(ch, &ch.source_language).filter(|m| m.stage != "draft").map(|m| m.number).max()
    }

    /// What the website shows in `lang`, without falling back to the source.
    pub fn shown_own(&self, ch: &ChapterRow, lang: &str) -> Option<Shown> {
        if lang == ch.source_language {
            return self.shown_source(ch).map(|n| Shown {
                language: lang.to_owned(),
                number: n,
                fallback: false,
                outdated: false,
            });
        }
        let st = self.status(ch, lang);
        st.published.map(|n| Shown {
            language: lang.to_owned(),
            number: i64::from(n),
            fallback: false,
            outdated: st.published_outdated,
        })
    }

    /// What the website shows in `lang`: its own text, else the source's.
    pub fn shown(&self, ch: &ChapterRow, lang: &str) -> Option<Shown> {
        self.shown_own(ch, lang).or_else(|| {
            self.shown_source(ch).map(|n| Shown {
                language: ch.source_language.clone(),
                number: n,
                fallback: true,
                outdated: false,
            })
        })
    }
}

/// A chapter's text as a page shows it.
pub struct Rendered {
    pub slug: String,
    pub title: String,
    pub html: String,
    pub shown: Shown,
    pub score: Score,
    pub doc: markup::Doc,
}

/// The directory by slug.
pub async fn directory_map(store: &Store) -> Result<BTreeMap<String, EntryRow>, StoreError> {
    Ok(store.list_directory().await?.into_iter().map(|e| (e.slug.clone(), e)).collect())
}

/// Parses a stored body (checked when saved) and renders it with the contact cards of
/// the directory entries it points to, in the language of the page.
pub fn render_body(
    state: &AppState,
    lang: &'static Language,
    body: &str,
    dir: &BTreeMap<String, EntryRow>,
) -> (markup::Doc, String) {
    let (doc, _) = markup::parse(body);
    let card = |slug: &str| -> Option<String> {
        let e = dir.get(slug)?;
        match crate::directory::card_html(state, lang, e, 3) {
            Ok(h) => Some(h),
            Err(err) => {
                tracing::warn!(error = %err, slug, "directory card failed");
                None
            }
        }
    };
    let html = markup::to_html(&doc, &card);
    (doc, html)
}

/// The readability of a version's text in its language.
pub fn score_of(lang: &str, doc: &markup::Doc) -> Score {
    readability::score(lang, &markup::plain_text(doc))
}

/// Renders what the website shows of one chapter in a language.
pub async fn render_chapter(
    state: &AppState,
    ov: &Overview,
    ch: &ChapterRow,
    lang: &'static Language,
    dir: &BTreeMap<String, EntryRow>,
) -> AppResult<Option<Rendered>> {
    let Some(shown) = ov.shown(ch, lang.code) else { return Ok(None) };
    let v = state.store.chapter_version(ch.id, &shown.language, shown.number).await?;
    // Cards follow the page's language; the text keeps its own.
    let (doc, html) = render_body(state, lang, &v.body, dir);
    let score = score_of(&shown.language, &doc);
    Ok(Some(Rendered { slug: ch.slug.clone(), title: v.title, html, shown, score, doc }))
}

/// Why a version was not saved.
#[derive(Debug)]
pub enum SaveError {
    Invalid(VersionErrors),
    Store(StoreError),
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::Store(e)
    }
}

impl From<SaveError> for AppError {
    fn from(e: SaveError) -> Self {
        match e {
            SaveError::Invalid(v) => AppError::Invalid(v.invalid),
            SaveError::Store(s) => s.into(),
        }
    }
}

fn invalid(field: &'static str, code: &'static str) -> SaveError {
    SaveError::Invalid(VersionErrors { invalid: Invalid::from(FieldError::new(field, code)), markup: vec![] })
}

/// Saves a new version of one language of a chapter over `base` (the newest version the
/// editor saw), with the stage and source version the workflow rules give.
pub async fn save_version(
    store: &Store,
    ov: &Overview,
    ch: &ChapterRow,
    lang: &str,
    base: i64,
    input: &welcomedesk_domain::brochure::VersionInput,
    actor: Option<uuid::Uuid>,
) -> Result<i64, SaveError> {
    if welcomedesk_i18n::by_code(lang).is_none() {
        return Err(invalid("language", "invalid_language"));
    }
    let v = Version::parse(input).map_err(SaveError::Invalid)?;
    let asked = input.stage.trim();
    let (stage, made_from) = if lang == ch.source_language {
        let asked = if asked.is_empty() {
            None
        } else {
            Some(SourceStage::parse(asked).ok_or_else(|| invalid("stage", "invalid_choice"))?)
        };
        let prev = ov.latest(ch, lang).and_then(|m| SourceStage::parse(&m.stage));
        (translations::next_source_stage(prev, v.minor, asked).as_str(), None)
    } else {
        let stage = if asked.is_empty() {
            TranslationStage::InTranslation
        } else {
            TranslationStage::parse(asked).ok_or_else(|| invalid("stage", "invalid_choice"))?
        };
        let history = ov.translation(ch, lang);
        let prev = history.iter().max_by_key(|t| t.number);
        let from = translations::made_from_for(&ov.source(ch), prev, v.minor).map_err(|code| invalid("stage", code))?;
        (stage.as_str(), Some(i64::from(from)))
    };
    let n = store
        .insert_chapter_version(
            &NewVersion {
                chapter: ch.id,
                language: lang,
                base,
                title: &v.title,
                body: &v.body,
                minor: v.minor,
                made_from,
                stage,
            },
            actor,
        )
        .await?;
    Ok(n)
}

/// Moves the newest version of a language to a stage valid for it.
pub async fn set_stage(
    store: &Store,
    ch: &ChapterRow,
    lang: &str,
    number: i64,
    stage: &str,
    actor: Option<uuid::Uuid>,
) -> AppResult<()> {
    let ok = if lang == ch.source_language {
        SourceStage::parse(stage).is_some()
    } else {
        TranslationStage::parse(stage).is_some()
    };
    if !ok {
        return Err(AppError::Invalid(Invalid::one("stage", "invalid_choice")));
    }
    store.set_chapter_stage(ch.id, lang, number, stage, actor).await?;
    Ok(())
}

/// Freezes an edition: for every chapter and language, the version the website shows
/// in that language (no fallbacks: an edition's language holds its own texts only),
/// and the directory as it is now.
pub async fn freeze(store: &Store, name: &str, actor: Option<uuid::Uuid>) -> AppResult<uuid::Uuid> {
    let name = welcomedesk_domain::brochure::edition_name(name).map_err(Invalid::from)?;
    let ov = Overview::load(store).await?;
    let mut picks = vec![];
    for ch in &ov.chapters {
        for l in LANGUAGES.iter() {
            if let Some(s) = ov.shown_own(ch, l.code) {
                picks.push((ch.id, l.code.to_owned(), s.number));
            }
        }
    }
    if picks.is_empty() {
        return Err(AppError::Conflict("nothing_to_freeze"));
    }
    let dir = store.list_directory().await?;
    let json = serde_json::to_string(&dir).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(store.freeze_edition(&name, &json, &picks, actor).await?)
}

/// One row of the hardest-pages list.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PageScore {
    pub slug: String,
    pub language: String,
    pub title: String,
    pub score: Score,
}

/// The readability of every chapter in every language that has its own text, hardest
/// first; texts without a measure for their language come last.
pub async fn page_scores(store: &Store, ov: &Overview) -> Result<Vec<PageScore>, StoreError> {
    let mut out = vec![];
    for ch in &ov.chapters {
        for l in LANGUAGES.iter() {
            if let Some(s) = ov.shown_own(ch, l.code) {
                let v: VersionRow = store.chapter_version(ch.id, l.code, s.number).await?;
                let (doc, _) = markup::parse(&v.body);
                out.push(PageScore {
                    slug: ch.slug.clone(),
                    language: l.code.to_owned(),
                    title: v.title,
                    score: score_of(l.code, &doc),
                });
            }
        }
    }
    out.sort_by(|a, b| {
        let key = |p: &PageScore| p.score.difficulty.map(|d| -d).unwrap_or(f64::INFINITY);
        key(a).total_cmp(&key(b)).then_with(|| a.slug.cmp(&b.slug))
    });
    Ok(out)
}

/// Whether a chapter is due for its regular review.
pub fn chapter_due(ch: &ChapterRow, today: jiff::civil::Date, days: i64) -> bool {
    ch.reviewed_on
        .parse::<jiff::civil::Date>()
        .map(|d| welcomedesk_domain::directory::review_due(d, today, days))
        .unwrap_or(true)
}

/// Copies per language for a print run, from the languages of the people registered in
/// the last `months` months.
pub async fn print_plan(
    store: &Store,
    total: i64,
    minimum: i64,
    months: i64,
) -> Result<(Vec<(String, i64)>, Vec<(String, i64)>), StoreError> {
    let since = jiff::Timestamp::now()
        .checked_sub(jiff::SignedDuration::from_hours(24 * 30 * months.clamp(1, 120)))
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let mix = store.newcomer_language_mix(&welcomedesk_store::time::to_db(since)).await?;
    let editions = store.list_editions().await?;
    // The languages of the newest edition, else every shipped language.
    let langs: Vec<String> = match editions.first() {
        Some(e) if !e.languages.is_empty() => {
            LANGUAGES.iter().map(|l| l.code.to_owned()).filter(|c| e.languages.contains(c)).collect()
        }
        _ => LANGUAGES.iter().map(|l| l.code.to_owned()).collect(),
    };
    let refs: Vec<&str> = langs.iter().map(String::as_str).collect();
    Ok((welcomedesk_domain::brochure::print_plan(total, minimum, &refs, &mix), mix))
}
