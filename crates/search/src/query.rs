//! From the agent's text to a tantivy query. The text is cut into words by the same
//! analyser that indexed the articles; it is never given to tantivy's query parser, so
//! `"`, `:`, `(`, `*`, `~`, `AND` are just characters.

use std::collections::{HashMap, HashSet};

use tantivy::query::{
    Bm25StatisticsProvider, BooleanQuery, BoostQuery, DfaWrapper, FuzzyTermQuery, Occur, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use crate::analysis::{Stemmer, Word, languages_for, plain_terms, words};
use crate::distance::{allowed_distance, distance, prefix_distance};
use crate::lang::Lang;
use crate::synonyms::{Phrase, SynonymTable};
use crate::{Fields, SearchError};

/// The score of an article in the preferred language is multiplied by this: of equal
/// matches, the preferred language's comes first, yet a clearly better match in another
/// language (the agent typed in German for an Arabic speaker) still ranks above a weak
/// one in the preferred language.
pub(crate) const PREFERRED: f32 = 2.0;

/// Field weights: the question says what the article is about.
const QUESTION: f32 = 2.0;
const ANSWER: f32 = 1.0;
const TOPICS: f32 = 1.5;

/// Match weights: the stem (any form of the word) is the base; the exact word adds to
/// it; a typo or a completion counts less than either.
const STEM: f32 = 1.0;
const EXACT: f32 = 0.6;
const FUZZY_1: f32 = 0.4;
const FUZZY_2: f32 = 0.25;
const PREFIX: f32 = 0.45;
const FUZZY_PREFIX: f32 = 0.25;
/// Another term of a synonym group than the one typed.
const SYNONYM: f32 = 0.8;

/// Words of a query beyond this many are ignored (a desk query is a few words).
const MAX_WORDS: usize = 16;
/// Typo and prefix expansions kept per word and field, and terms looked at to pick them.
const MAX_EXPANSIONS: usize = 16;
const MAX_SCANNED: usize = 2_000;
/// As-you-type completion starts at this many characters (with a typo allowed from 5).
const MIN_PREFIX: usize = 2;

struct QueryWord<'a> {
    word: Word<'a>,
    plain: Vec<String>,
    /// The word is the last one and the agent is still typing it.
    typing: bool,
}

/// A query ready to run, and what the snippet needs to find the matched words again.
pub(crate) struct Plan {
    pub query: BooleanQuery,
    /// Document frequency for typo and prefix expansions: the highest of the expansion
    /// set, so a rare misspelt neighbour does not outweigh the word itself (Lucene's
    /// blended fuzzy scoring).
    doc_freqs: HashMap<Term, u64>,
    /// Plain terms that matched or could match (with expansions and synonyms).
    pub plain: HashSet<String>,
    /// The query's words and its synonyms' words, to stem in an article's language.
    pub words: Vec<String>,
}

pub(crate) struct Statistics<'a> {
    searcher: &'a Searcher,
    doc_freqs: &'a HashMap<Term, u64>,
}

impl Bm25StatisticsProvider for Statistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        self.searcher.total_num_tokens(field)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        self.searcher.total_num_docs()
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        match self.doc_freqs.get(term) {
            Some(&n) => Ok(n),
            None => self.searcher.doc_freq(term),
        }
    }
}

fn term_query(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    let q = TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs);
    Box::new(BoostQuery::new(Box::new(q), boost))
}

fn any_of(clauses: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(clauses.into_iter().map(|c| (Occur::Should, c)).collect()))
}

/// The Levenshtein automata of one typed word (built once, run on every field).
struct Automata {
    fuzzy: Option<DfaWrapper>,
    prefix: Option<DfaWrapper>,
    prefix_distance: Option<u8>,
}

impl Automata {
    fn new(field: Field, p: &str, typing: bool) -> Result<Self, SearchError> {
        let d = allowed_distance(p);
        let n = p.chars().count();
        let prefix_distance = (typing && n >= MIN_PREFIX).then_some(if n >= 5 { 1 } else { 0 });
        // The field only matters to build the term; the automaton is on its text.
        let term = Term::from_field_text(field, p);
        let fuzzy = if d > 0 { Some(FuzzyTermQuery::new(term.clone(), d, true).automaton()?) } else { None };
        let prefix = match prefix_distance {
            Some(pd) => Some(FuzzyTermQuery::new_prefix(term, pd, true).automaton()?),
            None => None,
        };
        Ok(Self { fuzzy, prefix, prefix_distance })
    }
}

struct Builder<'s> {
    searcher: &'s Searcher,
    fields: &'s Fields,
    stemmers: Vec<Stemmer>,
    plan: Plan,
}

impl Builder<'_> {
    /// Stems of a word in each language of its script, and its plain terms, exact.
    fn exact(&self, word: &Word<'_>, plain: &[String], weight: f32) -> Vec<Box<dyn Query>> {
        let f = self.fields;
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        for lang in languages_for(word.text) {
            let i = lang.index();
            for s in self.stemmers[i].terms(word) {
                out.push(term_query(f.q_stem[i], &s, QUESTION * STEM * weight));
                out.push(term_query(f.a_stem[i], &s, ANSWER * STEM * weight));
            }
        }
        for p in plain {
            out.push(term_query(f.q_plain, p, QUESTION * EXACT * weight));
            out.push(term_query(f.a_plain, p, ANSWER * EXACT * weight));
            out.push(term_query(f.t_plain, p, TOPICS * EXACT * weight));
        }
        out
    }

    /// Indexed plain terms within typing distance of `p` (and, while it is being typed,
    /// those it begins), best first, with their weights.
    fn expansions(&mut self, field: Field, p: &str, automata: &Automata) -> Result<Vec<(String, f32)>, SearchError> {
        let d = allowed_distance(p);
        let prefix_d = automata.prefix_distance;
        let mut found: HashMap<String, (f32, u64)> = HashMap::new();
        let mut scan = |automaton: &DfaWrapper, prefix: Option<u8>| -> Result<(), SearchError> {
            for segment in self.searcher.segment_readers() {
                let inverted = segment.inverted_index(field)?;
                let mut stream =
                    inverted.terms().search(automaton).into_stream().map_err(|e| SearchError::Index(e.to_string()))?;
                let mut scanned = 0;
                while scanned < MAX_SCANNED && stream.advance() {
                    scanned += 1;
                    let Ok(t) = std::str::from_utf8(stream.key()) else { continue };
                    if t == p {
                        continue;
                    }
                    let weight = match prefix {
                        None => match distance(p, t, d) {
                            1 => FUZZY_1,
                            2 => FUZZY_2,
                            _ => continue,
                        },
                        Some(0) => PREFIX,
                        Some(pd) => match prefix_distance(p, t, pd) {
                            0 => PREFIX,
                            // A typo in what is typed so far, but not in its first letter
                            // (so "tyres" does not complete to "hyresrätt").
                            1 if t.chars().next() == p.chars().next() => FUZZY_PREFIX,
                            _ => continue,
                        },
                    };
                    let e = found.entry(t.to_owned()).or_insert((0.0, 0));
                    e.0 = e.0.max(weight);
                    e.1 += u64::from(stream.value().doc_freq);
                }
            }
            Ok(())
        };
        if let Some(a) = &automata.fuzzy {
            scan(a, None)?;
        }
        if let (Some(a), Some(pd)) = (&automata.prefix, prefix_d) {
            scan(a, Some(pd))?;
        }
        let term = Term::from_field_text(field, p);
        let mut best: Vec<(String, (f32, u64))> = found.into_iter().collect();
        best.sort_by(|a, b| b.1.0.total_cmp(&a.1.0).then(b.1.1.cmp(&a.1.1)).then(a.0.cmp(&b.0)));
        best.truncate(MAX_EXPANSIONS);
        let blended = best.iter().map(|(_, (_, df))| *df).max().unwrap_or(0).max(self.searcher.doc_freq(&term)?);
        for (t, _) in &best {
            self.plan.doc_freqs.insert(Term::from_field_text(field, t), blended);
        }
        Ok(best.into_iter().map(|(t, (w, _))| (t, w)).collect())
    }

    /// Everything one typed word matches.
    fn word(&mut self, w: &QueryWord<'_>) -> Result<Box<dyn Query>, SearchError> {
        let mut clauses = self.exact(&w.word, &w.plain, 1.0);
        self.plan.words.push(w.word.text.to_owned());
        for p in &w.plain {
            self.plan.plain.insert(p.clone());
            let automata = Automata::new(self.fields.a_plain, p, w.typing)?;
            for (field, boost) in
                [(self.fields.q_plain, QUESTION), (self.fields.a_plain, ANSWER), (self.fields.t_plain, TOPICS)]
            {
                for (t, weight) in self.expansions(field, p, &automata)? {
                    clauses.push(term_query(field, &t, boost * weight));
                    self.plan.plain.insert(t);
                }
            }
        }
        Ok(any_of(clauses))
    }

    /// Another term of a synonym group: all its words, each exactly or by its stem.
    fn synonym(&mut self, phrase: &Phrase) -> Box<dyn Query> {
        let mut all: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (text, plain) in phrase.words.iter().zip(&phrase.plain) {
            let word = Word { start: 0, end: text.len(), text, after_zwnj: false };
            all.push((Occur::Must, any_of(self.exact(&word, std::slice::from_ref(plain), SYNONYM))));
            self.plan.words.push(text.clone());
            self.plan.plain.insert(plain.clone());
        }
        Box::new(BooleanQuery::new(all))
    }
}

impl Plan {
    /// The query for `text`, or `None` when it has no word to search.
    pub(crate) fn new(
        text: &str,
        searcher: &Searcher,
        fields: &Fields,
        synonyms: &SynonymTable,
    ) -> Result<Option<Plan>, SearchError> {
        let all = words(text);
        let last_end = all.last().map(|w| w.end);
        let mut seen = HashSet::new();
        let mut qwords = Vec::new();
        for w in all {
            let plain = plain_terms(&w);
            if plain.is_empty() || !seen.insert(plain.join(" ")) {
                continue;
            }
            let typing = Some(w.end) == last_end && w.end == text.len();
            qwords.push(QueryWord { word: w, plain, typing });
            if qwords.len() == MAX_WORDS {
                break;
            }
        }
        if qwords.is_empty() {
            return Ok(None);
        }
        let mut b = Builder {
            searcher,
            fields,
            stemmers: Lang::ALL.iter().map(|&l| Stemmer::new(l)).collect(),
            plan: Plan {
                query: BooleanQuery::new(Vec::new()),
                doc_freqs: HashMap::new(),
                plain: HashSet::new(),
                words: Vec::new(),
            },
        };
        let firsts: Vec<String> = qwords.iter().map(|w| w.plain[0].clone()).collect();
        let runs = synonyms.matches(&firsts);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut i = 0;
        let mut runs = runs.into_iter().peekable();
        while i < qwords.len() {
            match runs.next_if(|r| r.start == i) {
                Some(run) => {
                    let mut slot = Vec::new();
                    for w in &qwords[i..i + run.len] {
                        slot.push(b.word(w)?);
                    }
                    for phrase in run.alternatives {
                        slot.push(b.synonym(phrase));
                    }
                    clauses.push((Occur::Should, any_of(slot)));
                    i += run.len;
                }
                None => {
                    clauses.push((Occur::Should, b.word(&qwords[i])?));
                    i += 1;
                }
            }
        }
        let mut plan = b.plan;
        plan.query = BooleanQuery::new(clauses);
        Ok(Some(plan))
    }

    pub(crate) fn statistics<'a>(&'a self, searcher: &'a Searcher) -> Statistics<'a> {
        Statistics { searcher, doc_freqs: &self.doc_freqs }
    }
}
