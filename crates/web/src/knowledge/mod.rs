//! The knowledge base in the web layer: the search index kept in the state, the
//! states of the articles' translations, the FAQ's choice of version.
//!
//! **How the index stays current.** It is built from the database on first use (the
//! first search after the start; `warm_up` at start does it early), and every article
//! change made through this instance updates it incrementally (`reindex_article`:
//! upsert or remove each language, visible to the next search), as do synonym changes
//! (`reload_synonyms`, no re-indexing). Changes made through *another* instance
//! arrive by a full rebuild in the background when the index is older than
//! `REBUILD_AFTER`: searches keep using the old index until the new one is swapped in.

pub mod demo;

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use welcomedesk_domain::knowledge;
use welcomedesk_domain::translations::{self, SourceStage, SourceVersion, State, TranslationStage, TranslationVersion};
use welcomedesk_search::{ArticleDoc, Hit, KnowledgeIndex, Query, Synonyms};
use welcomedesk_store::knowledge::{ArticleRow, ArticleVersionMeta, ArticleVersionRow};

/// A full rebuild from the database after this long (other instances' changes).
pub const REBUILD_AFTER: Duration = Duration::from_secs(600);

/// The index and when it was built.
#[derive(Default)]
pub struct Holder {
    index: RwLock<Option<(Instant, Arc<KnowledgeIndex>)>>,
    loading: tokio::sync::Mutex<()>,
    rebuilding: std::sync::atomic::AtomicBool,
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("knowledge index: {e}"))
}

impl Holder {
    fn current(&self) -> Option<(Instant, Arc<KnowledgeIndex>)> {
        match self.index.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }
    fn set(&self, idx: Arc<KnowledgeIndex>) {
        match self.index.write() {
            Ok(mut g) => *g = Some((Instant::now(), idx)),
            Err(p) => *p.into_inner() = Some((Instant::now(), idx)),
        }
    }
}

/// The version states of every language of every article.
pub fn states(meta: &[ArticleVersionMeta], articles: &[ArticleRow]) -> BTreeMap<(uuid::Uuid, String), State> {
    let mut out = BTreeMap::new();
    for a in articles {
        let (src, langs) = histories(meta, a);
        for (lang, tr) in &langs {
            let st = translations::status_for(*lang == a.source_language, &src, tr);
            out.insert((a.id, lang.clone()), st.state);
        }
    }
    out
}

/// The source history and each language's history of one article.
fn histories(
    meta: &[ArticleVersionMeta],
    a: &ArticleRow,
) -> (Vec<SourceVersion>, BTreeMap<String, Vec<TranslationVersion>>) {
    let mut src = vec![];
    let mut langs: BTreeMap<String, Vec<TranslationVersion>> = BTreeMap::new();
    for m in meta.iter().filter(|m| m.article_id == a.id) {
        let number = u32::try_from(m.number).unwrap_or(0);
        if m.language == a.source_language {
            src.push(SourceVersion {
                number,
                minor: m.minor,
                stage: SourceStage::parse(&m.stage).unwrap_or(SourceStage::Draft),
            });
            langs.entry(m.language.clone()).or_default();
        } else {
            langs.entry(m.language.clone()).or_default().push(TranslationVersion {
                number,
                made_from: m.made_from.and_then(|n| u32::try_from(n).ok()).unwrap_or(0),
                stage: TranslationStage::parse(&m.stage).unwrap_or(TranslationStage::InTranslation),
            });
        }
    }
    (src, langs)
}

/// Whether a language's newest version is what the public site may show: a source
/// version past draft, or a published translation.
fn is_public(v: &ArticleVersionRow, a: &ArticleRow) -> bool {
    if v.meta.language == a.source_language { v.meta.stage != "draft" } else { v.meta.stage == "published" }
}

fn doc(v: &ArticleVersionRow, a: &ArticleRow) -> ArticleDoc {
    ArticleDoc {
        id: a.id,
        lang: v.meta.language.clone(),
        question: v.question.clone(),
        answer: knowledge::answer_plain(&v.answer),
        checklist: knowledge::checklist_items(&v.checklist),
        topics: a.topics.clone(),
        published: is_public(v, a),
    }
}

fn indexable(lang: &str) -> bool {
    welcomedesk_search::LANGUAGES.contains(&lang)
}

async fn synonyms(state: &AppState) -> AppResult<Synonyms> {
    let mut s = Synonyms::new();
    for g in state.store.list_synonym_groups().await? {
        s.add_group(g.terms.split(" = ").map(str::to_owned));
    }
    Ok(s)
}

/// Builds the whole index from the database and swaps it in.
pub async fn rebuild(state: &AppState) -> AppResult<Arc<KnowledgeIndex>> {
    let articles = state.store.list_articles().await?;
    let newest = state.store.newest_article_versions().await?;
    let syn = synonyms(state).await?;
    let by_id: BTreeMap<uuid::Uuid, &ArticleRow> = articles.iter().map(|a| (a.id, a)).collect();
    let docs: Vec<ArticleDoc> = newest
        .iter()
        .filter(|v| indexable(&v.meta.language))
        .filter_map(|v| by_id.get(&v.meta.article_id).map(|a| doc(v, a)))
        .collect();
    let idx = tokio::task::spawn_blocking(move || KnowledgeIndex::build(docs, &syn))
        .await
        .map_err(internal)?
        .map_err(internal)?;
    let idx = Arc::new(idx);
    state.knowledge.set(idx.clone());
    Ok(idx)
}

/// The index: built on first use; rebuilt in the background when old.
pub async fn index(state: &AppState) -> AppResult<Arc<KnowledgeIndex>> {
    if let Some((at, idx)) = state.knowledge.current() {
        if at.elapsed() > REBUILD_AFTER && !state.knowledge.rebuilding.swap(true, std::sync::atomic::Ordering::SeqCst) {
            let st = state.clone();
            tokio::spawn(async move {
                if let Err(e) = rebuild(&st).await {
                    tracing::warn!(error = %e, "background rebuild of the knowledge index failed");
                }
                st.knowledge.rebuilding.store(false, std::sync::atomic::Ordering::SeqCst);
            });
        }
        return Ok(idx);
    }
    let _guard = state.knowledge.loading.lock().await;
    if let Some((_, idx)) = state.knowledge.current() {
        return Ok(idx);
    }
    rebuild(state).await
}

/// Builds the index now (at start), so the first search does not wait for it.
pub async fn warm_up(state: &AppState) {
    if let Err(e) = index(state).await {
        tracing::warn!(error = %e, "building the knowledge index at start failed; the first search retries");
    }
}

/// After a change of one article: its languages are upserted or removed in the index
/// (when the index is not built yet, nothing to do: it will be built from the database).
pub async fn reindex_article(state: &AppState, id: uuid::Uuid) -> AppResult<()> {
    let Some((_, idx)) = state.knowledge.current() else { return Ok(()) };
    let article = match state.store.article(id).await {
        Ok(a) => Some(a),
        Err(welcomedesk_store::StoreError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let docs: Vec<ArticleDoc> = match &article {
        Some(a) => state
            .store
            .newest_article_versions()
            .await?
            .iter()
            .filter(|v| v.meta.article_id == id && indexable(&v.meta.language))
            .map(|v| doc(v, a))
            .collect(),
        None => vec![],
    };
    tokio::task::spawn_blocking(move || -> Result<(), welcomedesk_search::SearchError> {
        for lang in welcomedesk_search::LANGUAGES {
            match docs.iter().find(|d| d.lang == lang) {
                Some(d) => idx.upsert(d.clone())?,
                None => idx.remove(id, lang)?,
            }
        }
        Ok(())
    })
    .await
    .map_err(internal)?
    .map_err(internal)
}

/// After a change of the synonym groups.
pub async fn reload_synonyms(state: &AppState) -> AppResult<()> {
    if let Some((_, idx)) = state.knowledge.current() {
        let s = synonyms(state).await?;
        idx.set_synonyms(&s).map_err(internal)?;
    }
    Ok(())
}

/// Searches the base. `lang` is the preferred language (one of the base's, else none);
/// `published_only` for the public. A search that found nothing is counted for the
/// coordinator (its text only, no person, no agent).
pub async fn search(
    state: &AppState,
    text: &str,
    lang: Option<&str>,
    published_only: bool,
    limit: usize,
) -> AppResult<Vec<Hit>> {
    let idx = index(state).await?;
    let mut q = Query::new(text.to_owned()).limit(limit);
    if let Some(l) = lang.filter(|l| indexable(l)) {
        q = q.preferring(l);
    }
    if published_only {
        q = q.published_only();
    }
    let hits = tokio::task::spawn_blocking(move || idx.search(&q)).await.map_err(internal)?.map_err(internal)?;
    if hits.is_empty()
        && let Some(key) = knowledge::miss_key(text)
    {
        let day = state.today().to_string();
        state.store.record_search_miss(&key, lang.unwrap_or(""), &day).await?;
    }
    Ok(hits)
}

/// What the FAQ shows of an article in a language: the newest public version in that
/// language, else the source language's (marked as such).
pub struct FaqItem {
    pub article: ArticleRow,
    pub version: ArticleVersionRow,
    pub fallback: bool,
    /// The translation shown was made before a major edit of the source: the page says
    /// so and links to the source language's text.
    pub outdated: bool,
}

/// The translation state of one language of one article (the brochure's rules).
pub fn language_status(meta: &[ArticleVersionMeta], a: &ArticleRow, lang: &str) -> translations::Status {
    let (src, langs) = histories(meta, a);
    let tr = langs.get(lang).cloned().unwrap_or_default();
    translations::status_for(lang == a.source_language, &src, &tr)
}

/// The FAQ in a language: every article with a public version, by slug.
pub async fn faq(state: &AppState, lang: &str) -> AppResult<Vec<FaqItem>> {
    let articles = state.store.list_articles().await?;
    let published = state.store.published_article_versions().await?;
    // The source language's public text: its newest non-draft version.
    let sources: Vec<ArticleVersionRow> =
        state.store.newest_article_versions().await?.into_iter().filter(|v| v.meta.stage != "draft").collect();
    let meta = state.store.all_article_version_meta().await?;
    let mut out = vec![];
    for a in articles {
        let own = if lang == a.source_language {
            sources.iter().find(|v| v.meta.article_id == a.id && v.meta.language == lang)
        } else {
            published.iter().find(|v| v.meta.article_id == a.id && v.meta.language == lang)
        };
        let shown = own.map(|v| (v, false)).or_else(|| {
            sources
                .iter()
                .find(|v| v.meta.article_id == a.id && v.meta.language == a.source_language)
                .map(|v| (v, true))
        });
        if let Some((v, fallback)) = shown {
            let outdated =
                !fallback && lang != a.source_language && language_status(&meta, &a, lang).published_outdated;
            out.push(FaqItem { version: v.clone(), fallback, outdated, article: a });
        }
    }
    Ok(out)
}

/// Saves a new version of one language of an article over `base` (the newest version
/// the editor saw), with the stage and source version the translation workflow gives
/// (the brochure's rules), and updates the search index.
pub async fn save_version(
    state: &AppState,
    article: &ArticleRow,
    lang: &str,
    base: i64,
    input: &knowledge::VersionInput,
    actor: Option<uuid::Uuid>,
) -> AppResult<i64> {
    use welcomedesk_domain::{FieldError, Invalid};
    let bad = |field: &'static str, code: &'static str| AppError::Invalid(Invalid::from(FieldError::new(field, code)));
    if !indexable(lang) {
        return Err(bad("language", "invalid_language"));
    }
    let v = knowledge::Version::parse(input).map_err(|e| AppError::Invalid(e.invalid))?;
    let meta = state.store.all_article_version_meta().await?;
    let (src, langs) = histories(&meta, article);
    let asked = input.stage.trim();
    let (stage, made_from) = if lang == article.source_language {
        let asked = match asked {
            "" => None,
            s => Some(SourceStage::parse(s).ok_or_else(|| bad("stage", "invalid_choice"))?),
        };
        let prev = src.iter().max_by_key(|s| s.number).map(|s| s.stage);
        (translations::next_source_stage(prev, v.minor, asked).as_str(), None)
    } else {
        let stage = match asked {
            "" => TranslationStage::InTranslation,
            s => TranslationStage::parse(s).ok_or_else(|| bad("stage", "invalid_choice"))?,
        };
        let history = langs.get(lang).cloned().unwrap_or_default();
        let prev = history.iter().max_by_key(|t| t.number);
        let from = translations::made_from_for(&src, prev, v.minor).map_err(|code| bad("stage", code))?;
        (stage.as_str(), Some(i64::from(from)))
    };
    let checklist = knowledge::checklist_text(&v.checklist);
    let n = state
        .store
        .insert_article_version(
            &welcomedesk_store::knowledge::NewArticleVersion {
                article: article.id,
                language: lang,
                base,
                question: &v.question,
                answer: &v.answer,
                checklist: &checklist,
                minor: v.minor,
                made_from,
                stage,
            },
            actor,
        )
        .await?;
    reindex_article(state, article.id).await?;
    Ok(n)
}
