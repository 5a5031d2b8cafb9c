//! The group commit, end to end: a request that wrote is answered only after the
//! write-ahead log was synced (SQLite); a request that only read does not wait for a sync.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::TestApp;
use welcomedesk_store::Backend;

async fn writes_are_synced_before_the_answer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let c = app.client();
    let before = app.store.syncs();
    for path in ["/en/", "/ar/", "/staff/login"] {
        assert!(c.get(app.url(path)).send().await.unwrap().status().is_success(), "{path}");
    }
    assert_eq!(app.store.syncs(), before, "reading pages makes no sync");

    // Logging in writes a session: answered after a sync.
    let staff = app.login_as("coordinator").await;
    let after_login = app.store.syncs();
    // Ten writes through the API, one after the other: each answer waited for its sync.
    let token = app.token_for("coordinator").await;
    for i in 0..10 {
        let r = reqwest::Client::new()
            .post(app.url("/api/v1/people"))
            .bearer_auth(&token)
            .json(&serde_json::json!({
                "full_name": format!("Durable Test{i}"), "birth_date": "1990", "citizenship": "SY",
                "languages": ["ar"], "consents": ["basic"], "text_language": "en", "confirm_new": true
            }))
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "create person {i}: {}", r.status());
    }
    let after_writes = app.store.syncs();
    match backend {
        Backend::Sqlite => {
            assert!(after_login > before, "the login's session write was synced");
            assert!(after_writes >= after_login + 10, "each acknowledged write waited for a sync of its own");
        }
        // PostgreSQL commits are durable by themselves: no WAL sync of ours.
        Backend::Postgres => assert_eq!(after_writes, 0),
    }
    drop(staff);
    app.stop().await;
}

#[tokio::test]
async fn sqlite_writes_are_synced_before_the_answer() {
    writes_are_synced_before_the_answer(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_writes_are_answered_without_our_sync() {
    writes_are_synced_before_the_answer(Backend::Postgres).await;
}
