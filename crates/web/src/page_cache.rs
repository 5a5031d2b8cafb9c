//! The rendered-page cache of the public pages (issue 10).
//!
//! The start page, the content pages, the brochure, the modules calendar with its
//! filters and the course list are the same for every anonymous visitor of one language:
//! rendering them on every request (database reads, a template of a few hundred
//! sessions) costs 1–5 ms of CPU each, against ≈ 20 µs for serving stored bytes. This
//! keeps the whole response body (and a weak ETag) per *key* — the path, which carries
//! the language, and the query with its pairs in a canonical order — and per *content
//! generation*.
//!
//! When an entry is served — all three must hold:
//! - **Same generation.** `Store::generation` grows when anything is written through
//!   the store of this process (at the start of the write) and once more after every
//!   request that wrote has committed (`middleware::context`). An entry made under an
//!   older generation is never served: a change made on this node (a session published
//!   or cancelled, a registration that takes a seat, a chapter edited, the settings
//!   saved) shows on the very next request.
//! - **Young enough.** At most `WebConfig::page_cache_ttl` old (2 s by default). This
//!   bounds what this node cannot see: writes of other nodes on the same PostgreSQL,
//!   writes of this node's background jobs while a page was being rendered, and the
//!   clock (the desk's "open now", "today" in the calendar). Seats left on the calendar
//!   are never older than this bound; registration itself is decided by the database.
//! - **Nothing per visitor.** Only `GET`s of anonymous visitors are cached (a signed-in
//!   staff member sees their own header), and a response is kept only when it is a
//!   `200` HTML page that printed no CSRF token (`Ctx::is_per_visitor`: a form bound to
//!   the visitor) and sets no cookie. A key whose page turned out per visitor is
//!   remembered as such (until the generation changes), so its requests go straight to
//!   the handler.
//!
//! Memory is bounded: the entries (body, headers, key) stay under a byte budget
//! (`WebConfig::page_cache_bytes`, 8 MiB by default, so that the whole service stays
//! under its 128 MB); when an insert goes over it, the least recently used entries are
//! dropped until the cache is at 7/8 of it. Keys with a query longer than [`MAX_QUERY`]
//! are not cached at all.
//!
//! When an entry expires under load, one request renders it again and the others for
//! the same key wait for it (single flight) rather than all rendering at once.
//! `If-None-Match` with the entry's ETag is answered `304 Not Modified`; cached pages
//! say `Cache-Control: no-cache`, so browsers revalidate each time.

use crate::ctx::Ctx;
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// A query longer than this is not cached (the calendar's filters fit in a fraction).
pub const MAX_QUERY: usize = 512;
/// A body larger than this is not cached.
const MAX_BODY: usize = 2 * 1024 * 1024;
/// What an entry costs beyond its body and key (headers, bookkeeping).
const ENTRY_OVERHEAD: usize = 256;

/// The routes whose GET answers go through the cache (paths as in the route table).
pub(crate) const CACHED_ROUTES: &[&str] = &[
    "/{lang}/",
    "/{lang}/accessibility",
    "/{lang}/privacy",
    "/{lang}/coaching",
    "/{lang}/coaching/times",
    "/{lang}/modules",
    // Shows free seats; while registration is open its form's CSRF token makes it a
    // per-visitor page that is passed through (a closed session's page is shared).
    "/{lang}/modules/{id}",
    "/{lang}/brochure",
    "/{lang}/brochure/{slug}",
    "/{lang}/addresses",
    "/{lang}/courses",
    "/{lang}/faq",
];

enum Kept {
    Page(Page),
    /// The answer of this key is not shared (per visitor, an error, a redirect): go to
    /// the handler without waiting for one another.
    Pass,
}

struct Page {
    body: Bytes,
    etag: HeaderValue,
    headers: HeaderMap,
}

struct Entry {
    kept: Kept,
    generation: u64,
    made: Instant,
    size: usize,
    last_used: AtomicU64,
}

#[derive(Default)]
struct Entries {
    map: HashMap<String, Entry>,
    bytes: usize,
}

/// Counts for the tests, `/metrics` and the benchmark.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    pub hits: u64,
    pub misses: u64,
    pub entries: usize,
    pub bytes: usize,
    pub evictions: u64,
}

pub struct PageCache {
    budget: usize,
    ttl: Duration,
    entries: RwLock<Entries>,
    clock: AtomicU64,
    hits: AtomicU64,
    misses: AtomicU64,
    evictions: AtomicU64,
    /// One render per key at a time.
    flights: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl PageCache {
    pub fn new(budget: usize, ttl: Duration) -> Self {
        Self {
            budget,
            ttl,
            entries: RwLock::new(Entries::default()),
            clock: AtomicU64::new(0),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            evictions: AtomicU64::new(0),
            flights: Mutex::new(HashMap::new()),
        }
    }

    pub fn stats(&self) -> CacheStats {
        let (entries, bytes) = match self.entries.read() {
            Ok(e) => (e.map.len(), e.bytes),
            Err(p) => (p.get_ref().map.len(), p.get_ref().bytes),
        };
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            entries,
            bytes,
            evictions: self.evictions.load(Ordering::Relaxed),
        }
    }

    fn enabled(&self) -> bool {
        self.budget > 0 && !self.ttl.is_zero()
    }

    /// What is kept for `key` and still valid under `generation`.
    fn lookup(&self, key: &str, generation: u64, if_none_match: Option<&HeaderValue>) -> Option<Lookup> {
        let e = match self.entries.read() {
            Ok(e) => e,
            Err(p) => p.into_inner(),
        };
        let entry = e.map.get(key)?;
        if entry.generation != generation || entry.made.elapsed() >= self.ttl {
            return None;
        }
        entry.last_used.store(self.clock.fetch_add(1, Ordering::Relaxed), Ordering::Relaxed);
        Some(match &entry.kept {
            Kept::Pass => Lookup::Pass,
            Kept::Page(p) => Lookup::Hit(p.respond(if_none_match)),
        })
    }

    fn insert(&self, key: String, kept: Kept, generation: u64, made: Instant) {
        let size = key.len()
            + ENTRY_OVERHEAD
            + match &kept {
                Kept::Page(p) => {
                    p.body.len() + p.headers.iter().map(|(k, v)| k.as_str().len() + v.len()).sum::<usize>()
                }
                Kept::Pass => 0,
            };
        if size > self.budget {
            return;
        }
        let mut e = match self.entries.write() {
            Ok(e) => e,
            Err(p) => p.into_inner(),
        };
        let entry = Entry {
            kept,
            generation,
            made,
            size,
            last_used: AtomicU64::new(self.clock.fetch_add(1, Ordering::Relaxed)),
        };
        if let Some(old) = e.map.insert(key, entry) {
            e.bytes -= old.size;
        }
        e.bytes += size;
        if e.bytes > self.budget {
            self.evict(&mut e);
        }
    }

    /// Drops the least recently used entries (and first every stale one) until the cache
    /// is at 7/8 of its budget: one pass per many inserts, not one per insert.
    fn evict(&self, e: &mut Entries) {
        let target = self.budget / 8 * 7;
        let mut order: Vec<(u64, bool, String, usize)> = e
            .map
            .iter()
            .map(|(k, v)| (v.last_used.load(Ordering::Relaxed), v.made.elapsed() < self.ttl, k.clone(), v.size))
            .collect();
        // Stale first (false < true), then the least recently used.
        order.sort_unstable_by_key(|a| (a.1, a.0));
        for (_, _, k, size) in order {
            if e.bytes <= target {
                break;
            }
            if e.map.remove(&k).is_some() {
                e.bytes -= size;
                self.evictions.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    fn flight(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut f = match self.flights.lock() {
            Ok(f) => f,
            Err(p) => p.into_inner(),
        };
        f.entry(key.to_owned()).or_default().clone()
    }

    fn landed(&self, key: &str) {
        let mut f = match self.flights.lock() {
            Ok(f) => f,
            Err(p) => p.into_inner(),
        };
        f.remove(key);
    }
}

enum Lookup {
    Hit(Response),
    Pass,
}

impl Page {
    fn respond(&self, if_none_match: Option<&HeaderValue>) -> Response {
        let mut r = if if_none_match.is_some_and(|v| etag_matches(v, &self.etag)) {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let mut r = Response::new(Body::from(self.body.clone()));
            for (k, v) in &self.headers {
                r.headers_mut().insert(k.clone(), v.clone());
            }
            r
        };
        r.headers_mut().insert(header::ETAG, self.etag.clone());
        r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        r
    }
}

/// `If-None-Match` against one ETag, with the weak comparison (RFC 9110 13.1.2).
fn etag_matches(given: &HeaderValue, etag: &HeaderValue) -> bool {
    let Ok(given) = given.to_str() else { return false };
    let ours = etag.to_str().unwrap_or("");
    let bare = |s: &str| s.trim().trim_start_matches("W/").to_owned();
    given.split(',').any(|t| t.trim() == "*" || bare(t) == bare(ours))
}

/// The cache key: the path (with its language) and the query's pairs sorted by name
/// (pairs of one name keep their order: `a=1&b=2` and `b=2&a=1` are one page).
pub(crate) fn key_of(path: &str, query: Option<&str>) -> String {
    let mut pairs: Vec<&str> = query.unwrap_or("").split('&').filter(|p| !p.is_empty()).collect();
    pairs.sort_by_key(|p| p.split('=').next().unwrap_or(""));
    if pairs.is_empty() { path.to_owned() } else { format!("{path}?{}", pairs.join("&")) }
}

fn etag_of(body: &[u8]) -> Option<HeaderValue> {
    let digest = Sha256::digest(body);
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("W/\"{hex}\"")).ok()
}

/// The layer on the cached routes (see the module's documentation).
pub(crate) async fn serve(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let cache = &state.page_cache;
    let ctx = req.extensions().get::<Ctx>().cloned();
    let anonymous = ctx.as_ref().is_some_and(|c| c.staff.is_none());
    let query_ok = req.uri().query().is_none_or(|q| q.len() <= MAX_QUERY);
    if !cache.enabled() || req.method() != Method::GET || !anonymous || !query_ok {
        return next.run(req).await;
    }
    let Some(ctx) = ctx else { return next.run(req).await };
    let key = key_of(req.uri().path(), req.uri().query());
    let inm = req.headers().get(header::IF_NONE_MATCH).cloned();
    match cache.lookup(&key, state.store.generation(), inm.as_ref()) {
        Some(Lookup::Hit(r)) => {
            cache.hits.fetch_add(1, Ordering::Relaxed);
            return r;
        }
        Some(Lookup::Pass) => return next.run(req).await,
        None => {}
    }
    // One render per key: the others wait and then find it kept.
    let flight = cache.flight(&key);
    let _turn = flight.lock().await;
    let _landing = Landing(cache, &key);
    match cache.lookup(&key, state.store.generation(), inm.as_ref()) {
        Some(Lookup::Hit(r)) => {
            cache.hits.fetch_add(1, Ordering::Relaxed);
            return r;
        }
        Some(Lookup::Pass) => return next.run(req).await,
        None => {}
    }
    cache.misses.fetch_add(1, Ordering::Relaxed);
    // The generation before anything is read: a write that begins while this renders
    // makes the entry stale at once.
    let generation = state.store.generation();
    let made = Instant::now();
    let resp = next.run(req).await;
    keep(cache, &ctx, key.clone(), generation, made, resp, inm.as_ref()).await
}

/// Ends a key's flight however the render ends (a client that went away included).
struct Landing<'a>(&'a PageCache, &'a str);

impl Drop for Landing<'_> {
    fn drop(&mut self) {
        self.0.landed(self.1);
    }
}

/// Keeps a fresh response when it may be shared, and answers it.
async fn keep(
    cache: &PageCache,
    ctx: &Ctx,
    key: String,
    generation: u64,
    made: Instant,
    resp: Response,
    inm: Option<&HeaderValue>,
) -> Response {
    let html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let shareable = resp.status() == StatusCode::OK
        && html
        && !resp.headers().contains_key(header::SET_COOKIE)
        && resp.extensions().get::<crate::error::AppError>().is_none();
    if !shareable || ctx.is_per_visitor() {
        cache.insert(key, Kept::Pass, generation, made);
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "a page could not be read for the cache");
            return crate::error::AppError::Internal("page body".into()).into_response();
        }
    };
    let Some(etag) = etag_of(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let mut headers = HeaderMap::new();
    for name in [header::CONTENT_TYPE, header::CONTENT_LANGUAGE, header::VARY] {
        if let Some(v) = parts.headers.get(&name) {
            headers.insert(name, v.clone());
        }
    }
    let page = Page { body: bytes, etag, headers };
    let answer = page.respond(inm);
    cache.insert(key, Kept::Page(page), generation, made);
    answer
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn keys_ignore_the_order_of_names_only() {
        assert_eq!(key_of("/ar/modules", None), "/ar/modules");
        assert_eq!(key_of("/ar/modules", Some("")), "/ar/modules");
        assert_eq!(
            key_of("/ar/modules", Some("language=ar&topic=x")),
            key_of("/ar/modules", Some("topic=x&language=ar"))
        );
        assert_ne!(key_of("/ar/modules", Some("a=1&a=2")), key_of("/ar/modules", Some("a=2&a=1")));
        assert_ne!(key_of("/ar/modules", Some("language=ar")), key_of("/de/modules", Some("language=ar")));
    }

    #[test]
    fn etags_compare_weakly() {
        let e = etag_of(b"page").unwrap();
        let bare = e.to_str().unwrap().trim_start_matches("W/").to_owned();
        assert!(etag_matches(&e, &e));
        assert!(etag_matches(&HeaderValue::from_str(&bare).unwrap(), &e));
        assert!(etag_matches(&HeaderValue::from_static("\"x\", *"), &e));
        assert!(!etag_matches(&HeaderValue::from_static("W/\"other\""), &e));
    }

    fn page(n: usize) -> Kept {
        Kept::Page(Page {
            body: Bytes::from(vec![b'x'; n]),
            etag: HeaderValue::from_static("W/\"e\""),
            headers: HeaderMap::new(),
        })
    }

    /// The byte budget holds whatever is inserted, and the least recently used go first.
    #[test]
    fn budget_holds_and_lru_goes_first() {
        let c = PageCache::new(64 * 1024, Duration::from_secs(60));
        let now = Instant::now();
        for i in 0..1000 {
            c.insert(format!("/en/modules?i={i}"), page(1000), 1, now);
            if i == 10 {
                // Keep the first page in use.
                assert!(c.lookup("/en/modules?i=0", 1, None).is_some());
            }
            if i > 10 {
                assert!(c.lookup("/en/modules?i=0", 1, None).is_some(), "the page in use stays (insert {i})");
            }
            assert!(c.stats().bytes <= 64 * 1024);
        }
        assert!(c.stats().evictions > 900);
        assert!(c.lookup("/en/modules?i=1", 1, None).is_none(), "an old unused page went");
        assert!(c.lookup("/en/modules?i=999", 1, None).is_some(), "the newest stays");
        // Too large for the budget: not kept at all.
        c.insert("/en/big".into(), page(100 * 1024), 1, now);
        assert!(c.lookup("/en/big", 1, None).is_none());
    }

    #[test]
    fn other_generation_or_too_old_is_a_miss() {
        let c = PageCache::new(1 << 20, Duration::from_millis(50));
        c.insert("/en/".into(), page(10), 3, Instant::now());
        assert!(c.lookup("/en/", 3, None).is_some());
        assert!(c.lookup("/en/", 4, None).is_none());
        std::thread::sleep(Duration::from_millis(60));
        assert!(c.lookup("/en/", 3, None).is_none());
    }
}
