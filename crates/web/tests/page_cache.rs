//! The rendered-page cache of the public pages (issue 10), over HTTP against the real
//! server on both backends: a cached page changes on the next request after a change
//! (through the API, and through the store directly as a background job writes);
//! another node sharing the database sees it within the cache's time bound; two
//! languages never mix; nothing bound to a visitor (a signed-in staff member, a CSRF
//! token) is ever served from the cache; the byte budget holds; `If-None-Match` → 304.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TestApp, extract_csrf};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use welcomedesk_store::{Store, both_backends};
use welcomedesk_web::{AppState, WebConfig};

async fn post(app: &TestApp, tok: Option<&str>, path: &str, body: Value) -> (u16, Value) {
    let mut rq = app.client().post(app.url(path)).json(&body);
    if let Some(t) = tok {
        rq = rq.bearer_auth(t);
    }
    let r = rq.send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// A published session in English, capacity 20, ten days ahead. Returns (coordinator
/// token, session id).
async fn one_session(app: &TestApp) -> (String, String) {
    let coord = app.token_for("coordinator").await;
    let (s, topic) = post(
        app,
        Some(&coord),
        "/api/v1/topics",
        json!({"slug": "cache-topic", "texts": [
            {"language": "en", "title": "Cached topic", "description": "About the cache"},
            {"language": "ar", "title": "موضوع مخزن", "description": "عن المخزن"}]}),
    )
    .await;
    assert_eq!(s, 201, "{topic}");
    let (s, venue) = post(
        app,
        Some(&coord),
        "/api/v1/venues",
        json!({"name": "Cache Hall", "address": "Cache Street 1", "district": "Cachetown",
               "transit_advice": "Bus 1", "step_free": true, "childcare_possible": false,
               "rooms": [{"name": "Hall", "capacity": 60}]}),
    )
    .await;
    assert_eq!(s, 201, "{venue}");
    let day = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::get("Europe/Stockholm").unwrap())
        .date()
        .checked_add(jiff::Span::new().days(10))
        .unwrap();
    let (s, created) = post(
        app,
        Some(&coord),
        "/api/v1/sessions",
        json!({"topic_id": topic["id"], "language": "en", "venue_id": venue["id"], "date": day.to_string(),
               "start": "10:00", "capacity": 20, "childcare_places": 0, "status": "published"}),
    )
    .await;
    assert_eq!(s, 201, "{created}");
    let id = created["ids"][0].as_str().unwrap().to_owned();
    (coord, id)
}

/// The free seats the calendar shows for the session in Cache Hall (None: not listed).
fn seats_shown(html: &str) -> Option<u32> {
    let at = html.find("Cache Hall")?;
    let rest = &html[at..];
    let i = rest.find("Free seats: ")? + "Free seats: ".len();
    let digits: String =
        rest[i..].chars().skip_while(|c| !c.is_ascii_digit()).take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

async fn page(c: &reqwest::Client, url: &str) -> (String, Option<String>) {
    let r = c.get(url).send().await.unwrap();
    assert_eq!(r.status(), 200, "{url}");
    let etag = r.headers().get("etag").map(|v| v.to_str().unwrap().to_owned());
    (r.text().await.unwrap(), etag)
}

both_backends!(a_cached_page_changes_on_the_next_request_after_a_change, |b| async move {
    let app = TestApp::spawn(b).await;
    let (coord, id) = one_session(&app).await;
    let c = app.client();
    let url = app.url("/en/modules");
    let (first, etag) = page(&c, &url).await;
    assert_eq!(seats_shown(&first), Some(20));
    assert!(etag.is_some(), "a cached page has an ETag");
    let before = app.state.page_cache.stats();
    let (second, etag2) = page(&c, &url).await;
    assert_eq!(app.state.page_cache.stats().hits, before.hits + 1, "the second request is served from the cache");
    assert_eq!((first.as_str(), &etag), (second.as_str(), &etag2));
    // A registration takes a seat: the very next request shows it.
    for (i, left) in [(0, 19), (1, 18), (2, 17)] {
        let (s, r) = post(
            &app,
            None,
            &format!("/api/v1/sessions/{id}/registrations"),
            json!({"consent_modules": true, "name": format!("Cache Person {i}"), "email": format!("c{i}@example.org"), "language": "en"}),
        )
        .await;
        assert_eq!(s, 201, "{r}");
        let (html, _) = page(&c, &url).await;
        assert_eq!(seats_shown(&html), Some(left), "after registration {i}");
    }
    // The coordinator cancels the session: gone from the calendar at once.
    let (s, r) =
        post(&app, Some(&coord), &format!("/api/v1/sessions/{id}/status"), json!({"status": "cancelled"})).await;
    assert_eq!(s, 204, "{r}");
    let (html, _) = page(&c, &url).await;
    assert!(!html.contains("Cache Hall"), "a cancelled session is not listed");
    // A write straight through the store (as a background job does): the next request
    // shows it too.
    page(&c, &app.url("/en/")).await;
    let mut settings = (*app.state.settings()).clone();
    settings.city_name = "Cachestad".into();
    let ev = welcomedesk_domain::audit::AuditEvent::new(None, "settings.update", "settings");
    app.store.save_settings(&welcomedesk_web::state::settings_to_map(&settings), &ev).await.unwrap();
    app.state.refresh_settings(None).await;
    let (html, _) = page(&c, &app.url("/en/")).await;
    assert!(html.contains("Cachestad"), "the new city name shows at once");
    app.stop().await;
});

/// A second node on the same database, with a cache bound of `ttl`.
async fn node(store: Store, ttl: Duration, budget: usize) -> (String, tokio::sync::oneshot::Sender<()>, AppState) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let base = format!("http://{addr}");
    let mut cfg = WebConfig::new(&base);
    cfg.page_cache_ttl = ttl;
    cfg.page_cache_bytes = budget;
    let state = AppState::new(store, cfg, &[7u8; 32]).unwrap();
    state.refresh_settings(None).await;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let st = state.clone();
    tokio::spawn(async move {
        welcomedesk_web::serve(st, listener, async {
            let _ = rx.await;
        })
        .await
        .unwrap();
    });
    (base, tx, state)
}

both_backends!(another_node_sees_a_change_within_the_bound, |b| async move {
    let app = TestApp::spawn(b).await;
    let (_, id) = one_session(&app).await;
    // Node B: its own store (its own pools and generation, as another process has).
    let ttl = Duration::from_millis(700);
    let (base_b, stop_b, _) = node(app.db.store().await.unwrap(), ttl, 1 << 20).await;
    let c = app.client();
    let url_b = format!("{base_b}/en/modules");
    let (html, _) = page(&c, &url_b).await;
    assert_eq!(seats_shown(&html), Some(20));
    // A registration on node A.
    let (s, _) = post(
        &app,
        None,
        &format!("/api/v1/sessions/{id}/registrations"),
        json!({"consent_modules": true, "name": "Other Node", "email": "other@example.org", "language": "en"}),
    )
    .await;
    assert_eq!(s, 201);
    let changed = Instant::now();
    loop {
        let (html, _) = page(&c, &url_b).await;
        if seats_shown(&html) == Some(19) {
            break;
        }
        assert_eq!(seats_shown(&html), Some(20), "either before or after, nothing else");
        assert!(
            changed.elapsed() < ttl + Duration::from_millis(300),
            "node B still shows the old seats after the bound"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let _ = stop_b.send(());
    app.stop().await;
});

both_backends!(two_languages_never_mix, |b| async move {
    let app = TestApp::spawn(b).await;
    // A node whose entries outlive this test's rounds on a busy machine.
    let (base, stop, node_state) = node(app.db.store().await.unwrap(), Duration::from_secs(600), 16 << 20).await;
    let c = app.client();
    for round in 0..3 {
        for path in ["/", "/modules", "/modules?language=ar", "/brochure", "/brochure/housing", "/courses"] {
            for (lang, dir) in [("en", "ltr"), ("ar", "rtl"), ("sv", "ltr"), ("fa", "rtl")] {
                let (html, _) = page(&c, &format!("{base}/{lang}{path}")).await;
                assert!(html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")), "/{lang}{path} round {round}");
            }
        }
    }
    let stats = node_state.page_cache.stats();
    assert_eq!((stats.hits, stats.misses), (2 * 6 * 4, 6 * 4), "rounds 2 and 3 came from the cache");
    let _ = stop.send(());
    app.stop().await;
});

both_backends!(nothing_per_visitor_is_served_from_the_cache, |b| async move {
    let app = TestApp::spawn(b).await;
    let (_, id) = one_session(&app).await;
    // The session page carries the registration form: its CSRF token is the visitor's.
    let path = format!("/en/modules/{id}");
    let mut tokens = vec![];
    for _ in 0..2 {
        let c = app.client();
        for _ in 0..2 {
            let r = c.get(app.url(&path)).send().await.unwrap();
            assert_eq!(r.status(), 200);
            assert!(r.headers().get("etag").is_none(), "a page with a form is not cached");
            tokens.push(extract_csrf(&r.text().await.unwrap()).unwrap());
        }
    }
    assert_eq!(tokens[0], tokens[1], "one visitor keeps their token");
    assert_eq!(tokens[2], tokens[3]);
    assert_ne!(tokens[0], tokens[2], "two visitors never share one");
    // A signed-in staff member gets the public pages fresh, never from the cache.
    let anon = app.client();
    page(&anon, &app.url("/en/")).await;
    page(&anon, &app.url("/en/")).await;
    let staff = app.login_as("coordinator").await;
    let hits = app.state.page_cache.stats().hits;
    for _ in 0..3 {
        let r = staff.get(app.url("/en/")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert!(r.headers().get("etag").is_none());
    }
    assert_eq!(app.state.page_cache.stats().hits, hits, "no staff request was a hit");
    app.stop().await;
});

both_backends!(if_none_match_gets_304_until_the_page_changes, |b| async move {
    let app = TestApp::spawn(b).await;
    let (_, id) = one_session(&app).await;
    let c = app.client();
    let url = app.url("/en/modules");
    let (_, etag) = page(&c, &url).await;
    let etag = etag.unwrap();
    for _ in 0..2 {
        let r = c.get(&url).header("if-none-match", &etag).send().await.unwrap();
        assert_eq!(r.status(), 304);
        assert_eq!(r.headers().get("etag").unwrap().to_str().unwrap(), etag);
        assert!(r.text().await.unwrap().is_empty());
    }
    let r = c.get(&url).header("if-none-match", "W/\"something-else\"").send().await.unwrap();
    assert_eq!(r.status(), 200);
    let (s, _) = post(
        &app,
        None,
        &format!("/api/v1/sessions/{id}/registrations"),
        json!({"consent_modules": true, "name": "Etag Person", "email": "etag@example.org", "language": "en"}),
    )
    .await;
    assert_eq!(s, 201);
    let r = c.get(&url).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(r.status(), 200, "the page changed: a full answer");
    assert_ne!(r.headers().get("etag").unwrap().to_str().unwrap(), etag);
    assert_eq!(seats_shown(&r.text().await.unwrap()), Some(19));
    app.stop().await;
});

both_backends!(the_byte_budget_holds, |b| async move {
    let app = TestApp::spawn(b).await;
    let budget = 64 * 1024;
    let (base, stop, node_state) = node(app.db.store().await.unwrap(), Duration::from_secs(60), budget).await;
    let c = app.client();
    let mut sizes = 0usize;
    for i in 0..60 {
        let (html, _) = page(&c, &format!("{base}/en/modules?district=d{i}")).await;
        sizes += html.len();
    }
    assert!(sizes > 2 * budget, "the pages asked for are well over the budget ({sizes} bytes)");
    let stats = node_state.page_cache.stats();
    assert!(stats.bytes <= budget, "the cache stays within its budget: {stats:?}");
    assert!(stats.evictions > 0, "older pages were dropped: {stats:?}");
    assert!(stats.entries >= 2, "and the newest are kept: {stats:?}");
    // The page asked for last is still served from the cache.
    let hits = node_state.page_cache.stats().hits;
    page(&c, &format!("{base}/en/modules?district=d59")).await;
    assert_eq!(node_state.page_cache.stats().hits, hits + 1);
    let _ = stop.send(());
    app.stop().await;
});
