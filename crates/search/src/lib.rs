//! The knowledge base's full-text search: an in-RAM [tantivy] index of the articles in
//! the twelve languages of the base, rebuilt from the database when the service starts
//! and updated when an article changes.
//!
//! ```
//! use welcomedesk_search::{ArticleDoc, KnowledgeIndex, Query, Synonyms};
//! let id = uuid::Uuid::from_u128(1);
//! let article = ArticleDoc {
//!     id,
//!     lang: "en".into(),
//!     question: "How do I register my address?".into(),
//!     answer: "Go to the citizens' office within three days of moving in.".into(),
//!     checklist: vec!["passport".into(), "rental contract".into()],
//!     topics: vec!["registration".into()],
//!     published: true,
//! };
//! let synonyms = Synonyms::parse("Meldezettel = address registration");
//! let index = KnowledgeIndex::build([article], &synonyms).unwrap();
//! let hits = index.search(&Query::new("Meldezettel")).unwrap();
//! assert_eq!(hits[0].id, id);
//! ```
//!
//! How a query is matched and ranked is described in docs/ARCHITECTURE.md, "Knowledge
//! search". In short, every word of the query is searched
//! - by its stem in each language written in its script (word forms),
//! - by its plain form (exact word, any language),
//! - by the indexed words within 1 or 2 typos of it, and, for the word being typed,
//!   by the words it begins (as-you-type),
//!
//! and a run of words that is a synonym term also by the other terms of its group. The
//! question weighs more than the answer, an exact word more than another form of it,
//! and that more than a typo. A translation in the preferred language counts double, and
//! each article is one hit, shown in the preferred language when that translation
//! matched.

mod analysis;
mod distance;
mod lang;
mod query;
mod snippet;
mod synonyms;

use std::sync::{Arc, Mutex, PoisonError, RwLock};

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, QueryClone, TermQuery};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{PreTokenizedString, Token};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};
use uuid::Uuid;

use crate::analysis::{Stemmer, words};
use crate::lang::Lang;
use crate::synonyms::SynonymTable;
pub use crate::synonyms::Synonyms;

/// The languages of the base, as codes of [`ArticleDoc::lang`] and [`Query::lang`].
pub const LANGUAGES: [&str; 12] = ["en", "sv", "de", "ar", "fa", "uk", "ru", "tr", "so", "ti", "es", "fr"];

/// The most hits one search returns.
pub const MAX_LIMIT: usize = 100;

/// One article in one language, as it is indexed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleDoc {
    pub id: Uuid,
    /// One of [`LANGUAGES`].
    pub lang: String,
    pub question: String,
    pub answer: String,
    /// Documents to bring, steps.
    pub checklist: Vec<String>,
    /// Topic names, searched as words (with less weight than the question).
    pub topics: Vec<String>,
    pub published: bool,
}

/// What the desk agent (or the public FAQ page) asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// The words as typed. Any text: it is never handed to a query parser.
    pub text: String,
    /// The preferred language (one of [`LANGUAGES`]): its translations count double,
    /// so of equal matches they come first, and a hit is shown in it whenever that
    /// translation matched; articles without it are found in their other languages.
    pub lang: Option<String>,
    /// Only published articles (the public website); the desk sees drafts too.
    pub published_only: bool,
    /// At most this many hits (capped at [`MAX_LIMIT`]).
    pub limit: usize,
}

impl Query {
    /// A query for `text` with no preferred language, drafts included, 10 hits.
    pub fn new(text: impl Into<String>) -> Self {
        Self { text: text.into(), lang: None, published_only: false, limit: 10 }
    }

    pub fn preferring(mut self, lang: impl Into<String>) -> Self {
        self.lang = Some(lang.into());
        self
    }

    pub fn published_only(mut self) -> Self {
        self.published_only = true;
        self
    }

    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }
}

/// A found article. One hit per article, ranked by its best-matching translation (whose
/// score counts double in the preferred language) and shown in the preferred language
/// if that translation matched too, else in the best-matching one.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: Uuid,
    pub lang: String,
    /// The article's score: higher is better; comparable within one search only.
    pub score: f32,
    /// The article's question in that language, as it was indexed.
    pub question: String,
    /// Plain text (no markup: the web layer escapes it) around the words that matched,
    /// from the answer or the checklist; "…" where it was cut.
    pub snippet: String,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("unknown language {0:?}: the knowledge base has en sv de ar fa uk ru tr so ti es fr")]
    UnknownLanguage(String),
    #[error("search index: {0}")]
    Index(String),
}

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError::Index(e.to_string())
    }
}

impl<T> From<PoisonError<T>> for SearchError {
    fn from(_: PoisonError<T>) -> Self {
        SearchError::Index("a writer panicked while holding the index lock".into())
    }
}

const ID_HI: &str = "id_hi";
const ID_LO: &str = "id_lo";
const LANG: &str = "lang";

/// The fields of the index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    /// `<uuid>/<lang>`: one document per article and language.
    pub key: Field,
    /// The article's id (two halves) and the language's number, as fast fields: for
    /// ranking the preferred language and keeping one hit per article without reading
    /// the stored documents.
    pub id_hi: Field,
    pub id_lo: Field,
    pub lang: Field,
    pub published: Field,
    pub question: Field,
    pub answer: Field,
    pub checklist: Field,
    /// Plain terms of the question, of the answer and checklist, of the topics.
    pub q_plain: Field,
    pub a_plain: Field,
    pub t_plain: Field,
    /// Stems, one field per language (per-language term statistics).
    pub q_stem: [Field; 12],
    pub a_stem: [Field; 12],
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let tokens = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default().set_tokenizer("raw").set_index_option(IndexRecordOption::WithFreqs),
    );
    let stored = TextOptions::default().set_stored();
    let key = b.add_text_field("key", STRING);
    let id_hi = b.add_u64_field(ID_HI, FAST);
    let id_lo = b.add_u64_field(ID_LO, FAST);
    let lang = b.add_u64_field(LANG, FAST | STORED);
    let published = b.add_bool_field("published", INDEXED);
    let question = b.add_text_field("question", stored.clone());
    let answer = b.add_text_field("answer", stored.clone());
    let checklist = b.add_text_field("checklist", stored);
    let q_plain = b.add_text_field("q_plain", tokens.clone());
    let a_plain = b.add_text_field("a_plain", tokens.clone());
    let t_plain = b.add_text_field("t_plain", tokens.clone());
    let q_stem = Lang::ALL.map(|l| b.add_text_field(&format!("q_{}", l.code()), tokens.clone()));
    let a_stem = Lang::ALL.map(|l| b.add_text_field(&format!("a_{}", l.code()), tokens.clone()));
    (
        b.build(),
        Fields {
            key,
            id_hi,
            id_lo,
            lang,
            published,
            question,
            answer,
            checklist,
            q_plain,
            a_plain,
            t_plain,
            q_stem,
            a_stem,
        },
    )
}

/// Plain and stem tokens of a text, for its two pre-tokenised fields.
fn pre_tokenized(text: &str, stemmer: &Stemmer) -> (PreTokenizedString, PreTokenizedString) {
    let (mut plain, mut stems) = (Vec::new(), Vec::new());
    for w in words(text) {
        let (p, s) = stemmer.plain_and_stems(&w);
        for (tokens, terms) in [(&mut plain, p), (&mut stems, s)] {
            for t in terms {
                tokens.push(Token {
                    offset_from: w.start,
                    offset_to: w.end,
                    position: tokens.len(),
                    text: t,
                    position_length: 1,
                });
            }
        }
    }
    let text = text.to_owned();
    (PreTokenizedString { text: text.clone(), tokens: plain }, PreTokenizedString { text, tokens: stems })
}

fn key_of(id: Uuid, lang: Lang) -> String {
    format!("{}/{}", id, lang.code())
}

fn parse_lang(code: &str) -> Result<Lang, SearchError> {
    Lang::parse(code).ok_or_else(|| SearchError::UnknownLanguage(code.to_owned()))
}

fn document(f: &Fields, a: &ArticleDoc, lang: Lang) -> TantivyDocument {
    let stemmer = Stemmer::new(lang);
    let mut d = TantivyDocument::default();
    d.add_text(f.key, key_of(a.id, lang));
    let (hi, lo) = a.id.as_u64_pair();
    d.add_u64(f.id_hi, hi);
    d.add_u64(f.id_lo, lo);
    d.add_u64(f.lang, lang.index() as u64);
    d.add_bool(f.published, a.published);
    d.add_text(f.question, &a.question);
    d.add_text(f.answer, &a.answer);
    for item in &a.checklist {
        d.add_text(f.checklist, item);
    }
    let i = lang.index();
    let (plain, stems) = pre_tokenized(&a.question, &stemmer);
    d.add_pre_tokenized_text(f.q_plain, plain);
    d.add_pre_tokenized_text(f.q_stem[i], stems);
    for text in std::iter::once(&a.answer).chain(&a.checklist) {
        let (plain, stems) = pre_tokenized(text, &stemmer);
        d.add_pre_tokenized_text(f.a_plain, plain);
        d.add_pre_tokenized_text(f.a_stem[i], stems);
    }
    for topic in &a.topics {
        d.add_pre_tokenized_text(f.t_plain, pre_tokenized(topic, &stemmer).0);
    }
    d
}

/// The knowledge base's search index. `Send + Sync`: share it in an `Arc`. Searches run
/// concurrently on a snapshot of the index and never wait for a writer; writes are
/// serialised and visible to every search that starts after they return.
pub struct KnowledgeIndex {
    fields: Fields,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    synonyms: RwLock<Arc<SynonymTable>>,
}

impl std::fmt::Debug for KnowledgeIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KnowledgeIndex").field("documents", &self.num_documents()).finish()
    }
}

impl KnowledgeIndex {
    /// Indexes every article translation (a later one with the same id and language
    /// replaces an earlier one). An unknown language is an error and nothing is built.
    pub fn build(articles: impl IntoIterator<Item = ArticleDoc>, synonyms: &Synonyms) -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        let options = tantivy::indexer::IndexWriterOptions::builder()
            .num_worker_threads(1)
            .num_merge_threads(1)
            .memory_budget_per_thread(64 << 20)
            .build();
        let mut writer: IndexWriter = index.writer_with_options(options)?;
        for a in articles {
            let lang = parse_lang(&a.lang)?;
            writer.delete_term(Term::from_field_text(fields.key, &key_of(a.id, lang)));
            writer.add_document(document(&fields, &a, lang))?;
        }
        writer.commit()?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Self {
            fields,
            reader,
            writer: Mutex::new(writer),
            synonyms: RwLock::new(Arc::new(SynonymTable::new(synonyms))),
        })
    }

    /// Adds or replaces the article's translation in `a.lang`.
    pub fn upsert(&self, a: ArticleDoc) -> Result<(), SearchError> {
        let lang = parse_lang(&a.lang)?;
        let doc = document(&self.fields, &a, lang);
        let mut w = self.writer.lock()?;
        w.delete_term(Term::from_field_text(self.fields.key, &key_of(a.id, lang)));
        w.add_document(doc)?;
        w.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Removes the article's translation in `lang` (nothing happens if there is none).
    pub fn remove(&self, id: Uuid, lang: &str) -> Result<(), SearchError> {
        let lang = parse_lang(lang)?;
        let mut w = self.writer.lock()?;
        w.delete_term(Term::from_field_text(self.fields.key, &key_of(id, lang)));
        w.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Replaces the synonym groups; the next search uses them (no re-indexing).
    pub fn set_synonyms(&self, s: &Synonyms) -> Result<(), SearchError> {
        let table = Arc::new(SynonymTable::new(s));
        *self.synonyms.write()? = table;
        Ok(())
    }

    /// How many article translations are indexed.
    pub fn num_documents(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The size of the index in memory, in bytes (postings, term dictionaries, stored
    /// texts), as tantivy counts it.
    pub fn index_bytes(&self) -> Result<u64, SearchError> {
        let usage = self.reader.searcher().space_usage().map_err(|e| SearchError::Index(e.to_string()))?;
        Ok(usage.total().get_bytes())
    }

    /// The best hits for a query, one per article, preferred language first. An empty
    /// list is a miss (the caller records it for the coordinator).
    pub fn search(&self, q: &Query) -> Result<Vec<Hit>, SearchError> {
        let preferred = q.lang.as_deref().map(parse_lang).transpose()?;
        let limit = q.limit.min(MAX_LIMIT);
        if limit == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let synonyms = Arc::clone(&*self.synonyms.read()?);
        let Some(plan) = query::Plan::new(&q.text, &searcher, &self.fields, &synonyms)? else {
            return Ok(Vec::new());
        };
        let mut clauses: Vec<(Occur, Box<dyn tantivy::query::Query>)> = vec![(Occur::Must, plan.query.box_clone())];
        if q.published_only {
            let t = TermQuery::new(Term::from_field_bool(self.fields.published, true), IndexRecordOption::Basic);
            clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(Box::new(t), 0.0))));
        }
        let all = BooleanQuery::new(clauses);
        // Translations of one article may all match (synonyms across languages): fetch
        // enough to fill the limit with distinct articles.
        let fetch = (limit * 6).clamp(60, 1200);
        let preferred_ord = preferred.map(|l| l.index() as u64);
        let collector = TopDocs::with_limit(fetch).tweak_score(move |segment: &tantivy::SegmentReader| {
            let langs = segment.fast_fields().u64(LANG).ok().map(|c| c.first_or_default_col(u64::MAX));
            move |doc: tantivy::DocId, score: tantivy::Score| match (&langs, preferred_ord) {
                (Some(langs), Some(p)) if langs.get_val(doc) == p => score * query::PREFERRED,
                _ => score,
            }
        });
        let top = searcher.search_with_statistics_provider(&all, &collector, &plan.statistics(&searcher))?;
        // One hit per article, at the rank of its best translation; shown in the
        // preferred language when that translation matched too.
        let mut columns = std::collections::HashMap::new();
        let mut articles: Vec<(Uuid, f32, tantivy::DocAddress, bool)> = Vec::new();
        let mut position = std::collections::HashMap::new();
        for (score, address) in top {
            if let std::collections::hash_map::Entry::Vacant(e) = columns.entry(address.segment_ord) {
                let fast = searcher.segment_reader(address.segment_ord).fast_fields();
                e.insert((fast.u64(ID_HI)?, fast.u64(ID_LO)?, fast.u64(LANG)?));
            }
            let Some((hi, lo, lang)) = columns.get(&address.segment_ord) else { continue };
            let (Some(hi), Some(lo)) = (hi.first(address.doc_id), lo.first(address.doc_id)) else { continue };
            let is_preferred = preferred_ord.is_some() && lang.first(address.doc_id) == preferred_ord;
            let id = Uuid::from_u64_pair(hi, lo);
            match position.get(&id) {
                Some(&i) => {
                    let a: &mut (Uuid, f32, tantivy::DocAddress, bool) = &mut articles[i];
                    if is_preferred && !a.3 {
                        (a.2, a.3) = (address, true);
                    }
                }
                None if position.len() < limit => {
                    position.insert(id, articles.len());
                    articles.push((id, score, address, is_preferred));
                }
                None => {}
            }
        }
        let mut hits = Vec::with_capacity(articles.len());
        for (id, score, address, _) in articles {
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |f: Field| doc.get_first(f).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
            let Some(lang) =
                doc.get_first(self.fields.lang).and_then(|v| v.as_u64()).and_then(|n| Lang::ALL.get(n as usize))
            else {
                continue;
            };
            let answer = text(self.fields.answer);
            let checklist: Vec<String> =
                doc.get_all(self.fields.checklist).filter_map(|v| v.as_str()).map(str::to_owned).collect();
            let snippet = snippet::snippet(&plan, *lang, &answer, &checklist);
            hits.push(Hit { id, lang: lang.code().to_owned(), score, question: text(self.fields.question), snippet });
        }
        Ok(hits)
    }
}
