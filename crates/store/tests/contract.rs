//! The store's contract, run on both backends: every test gets a fresh database on
//! SQLite and on PostgreSQL and must pass on both.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::{SignedDuration, Timestamp};
use welcomedesk_domain::Role;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_store::audit::AuditFilter;
use welcomedesk_store::staff::InsertStaff;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreError, both_backends};

async fn fresh(b: Backend) -> (TestDb, Store) {
    let db = TestDb::new(b).await.expect("test database (is PostgreSQL running?)");
    let store = db.store().await.unwrap();
    (db, store)
}

fn staff<'a>(email: &'a str, role: Role, provider: Option<uuid::Uuid>) -> InsertStaff<'a> {
    InsertStaff {
        email,
        name: "Amal Ḥaddād",
        role,
        provider_id: provider,
        password_hash: "$argon2id$x",
        ui_language: "ar",
    }
}

both_backends!(migrations_are_idempotent, |b| async move {
    let (db, store) = fresh(b).await;
    store.migrate().await.unwrap();
    let again = db.store().await.unwrap();
    again.migrate().await.unwrap();
    assert_eq!(store.backend(), b);
});

both_backends!(staff_round_trip_and_unique_email, |b| async move {
    let (_db, store) = fresh(b).await;
    let id = store.insert_staff(&staff("amal@city.example", Role::Counsellor, None), None).await.unwrap();
    let u = store.find_staff(id).await.unwrap();
    assert_eq!(u.email, "amal@city.example");
    assert_eq!(u.name, "Amal Ḥaddād");
    assert_eq!(u.role, Role::Counsellor);
    assert_eq!(u.ui_language, "ar");
    assert!(!u.disabled);
    let dup = store.insert_staff(&staff("amal@city.example", Role::Desk, None), None).await;
    assert!(matches!(dup, Err(StoreError::Conflict("staff_email"))), "{dup:?}");
    assert_eq!(store.count_staff().await.unwrap(), 1);
    // The failed insert wrote no audit entry either (one transaction).
    let entries = store
        .list_audit(&AuditFilter { action: Some("staff.create".into()), limit: 10, ..Default::default() })
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].entity_id.as_deref(), Some(id.to_string().as_str()));
});

both_backends!(provider_role_needs_provider_in_the_database, |b| async move {
    let (_db, store) = fresh(b).await;
    // The database itself refuses a provider account without an organisation.
    let r = store.insert_staff(&staff("p@x.example", Role::Provider, None), None).await;
    assert!(r.is_err());
    let p = store.insert_provider("Lingua School", None).await.unwrap();
    let id = store.insert_staff(&staff("p@x.example", Role::Provider, Some(p.id)), None).await.unwrap();
    assert_eq!(store.find_staff(id).await.unwrap().provider_name.as_deref(), Some("Lingua School"));
    let r = store.insert_staff(&staff("d@x.example", Role::Desk, Some(p.id)), None).await;
    assert!(r.is_err());
    assert!(matches!(store.insert_provider("Lingua School", None).await, Err(StoreError::Conflict(_))));
});

both_backends!(sessions_expire_idle_and_end_on_disable, |b| async move {
    let (_db, store) = fresh(b).await;
    let id = store.insert_staff(&staff("s@x.example", Role::Desk, None), None).await.unwrap();
    let now = Timestamp::now();
    let idle = SignedDuration::from_mins(60);
    store.insert_session(id, "h1", now + SignedDuration::from_hours(12)).await.unwrap();
    let (u, _) = store.find_session("h1", now, idle).await.unwrap();
    assert_eq!(u.id, id);
    assert!(store.find_session("nope", now, idle).await.is_err());
    // Idle too long.
    let later = now + SignedDuration::from_mins(61);
    assert!(store.find_session("h1", later, idle).await.is_err());
    store.touch_session("h1", later - SignedDuration::from_mins(1)).await.unwrap();
    assert!(store.find_session("h1", later, idle).await.is_ok());
    // Past the absolute limit.
    assert!(
        store.find_session("h1", now + SignedDuration::from_hours(13), SignedDuration::from_hours(48)).await.is_err()
    );
    // Disabling ends it.
    store.set_staff_disabled(id, true, None).await.unwrap();
    assert!(store.find_session("h1", later, idle).await.is_err());
    assert!(store.find_staff(id).await.unwrap().disabled);
});

both_backends!(lockout_after_five_failures, |b| async move {
    let (_db, store) = fresh(b).await;
    let id = store.insert_staff(&staff("l@x.example", Role::Clerk, None), None).await.unwrap();
    let now = Timestamp::now();
    for _ in 0..4 {
        store.record_login_failure(id, now).await.unwrap();
    }
    assert!(!store.find_login("l@x.example", now).await.unwrap().locked);
    store.record_login_failure(id, now).await.unwrap();
    assert!(store.find_login("l@x.example", now).await.unwrap().locked);
    assert!(!store.find_login("l@x.example", now + SignedDuration::from_mins(16)).await.unwrap().locked);
});

both_backends!(concurrent_failures_are_all_counted, |b| async move {
    let (_db, store) = fresh(b).await;
    let id = store.insert_staff(&staff("c@x.example", Role::Clerk, None), None).await.unwrap();
    let now = Timestamp::now();
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let s = store.clone();
            tokio::spawn(async move { s.record_login_failure(id, now).await })
        })
        .collect();
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    let n = store
        .list_audit(&AuditFilter { action: Some("staff.login_failed".into()), limit: 100, ..Default::default() })
        .await
        .unwrap()
        .len();
    assert_eq!(n, 20, "every failure is counted and audited, none lost");
    assert!(store.find_login("c@x.example", now).await.unwrap().locked);
});

both_backends!(tokens_bind_to_account_and_revoke, |b| async move {
    let (_db, store) = fresh(b).await;
    let id = store.insert_staff(&staff("t@x.example", Role::Coordinator, None), None).await.unwrap();
    let tid = store.insert_token(id, "th", "import", None).await.unwrap();
    assert_eq!(store.find_token_user("th").await.unwrap().id, id);
    assert_eq!(store.revoke_tokens(Some(tid), None, None).await.unwrap(), 1);
    assert!(store.find_token_user("th").await.is_err());
    assert_eq!(store.revoke_tokens(None, None, None).await.unwrap(), 0, "no target revokes nothing");
    store.insert_token(id, "th2", "x", None).await.unwrap();
    store.set_staff_disabled(id, true, None).await.unwrap();
    assert!(store.find_token_user("th2").await.is_err(), "disabling revokes tokens");
});

both_backends!(audit_log_is_append_only, |b| async move {
    let (_db, store) = fresh(b).await;
    store.audit(&AuditEvent::new(None, "test.event", "test").on("x")).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    let upd = sqlx::query("UPDATE audit_log SET action = 'forged'").execute(&mut *tx).await;
    assert!(upd.is_err(), "update must be refused");
    drop(tx);
    let mut tx = store.begin().await.unwrap();
    let del = sqlx::query("DELETE FROM audit_log").execute(&mut *tx).await;
    assert!(del.is_err(), "delete must be refused");
    drop(tx);
    let all = store.list_audit(&AuditFilter { limit: 10, ..Default::default() }).await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].action, "test.event");
});

both_backends!(audit_filters_and_pages, |b| async move {
    let (_db, store) = fresh(b).await;
    for i in 0..7 {
        let ev = AuditEvent::new(None, if i % 2 == 0 { "a.even" } else { "a.odd" }, "thing").on(i);
        store.audit(&ev).await.unwrap();
    }
    let even = store
        .list_audit(&AuditFilter { action: Some("a.even".into()), limit: 100, ..Default::default() })
        .await
        .unwrap();
    assert_eq!(even.len(), 4);
    let first = store.list_audit(&AuditFilter { limit: 3, ..Default::default() }).await.unwrap();
    assert_eq!(first[0].entity_id.as_deref(), Some("6"), "newest first");
    let next =
        store.list_audit(&AuditFilter { limit: 3, before: Some(first[2].id), ..Default::default() }).await.unwrap();
    assert_eq!(next[0].entity_id.as_deref(), Some("3"));
    let one =
        store.list_audit(&AuditFilter { entity_id: Some("5".into()), limit: 10, ..Default::default() }).await.unwrap();
    assert_eq!(one.len(), 1);
});

both_backends!(settings_upsert_and_secrets_are_stable, |b| async move {
    let (_db, store) = fresh(b).await;
    let mut m = std::collections::BTreeMap::new();
    m.insert("city_name".to_owned(), "Demo".to_owned());
    store.save_settings(&m, &AuditEvent::new(None, "settings.update", "settings")).await.unwrap();
    m.insert("city_name".to_owned(), "Démo Città".to_owned());
    store.save_settings(&m, &AuditEvent::new(None, "settings.update", "settings")).await.unwrap();
    assert_eq!(store.load_settings().await.unwrap()["city_name"], "Démo Città");
    let a = store.secret_or_insert("k", "first").await.unwrap();
    let b2 = store.secret_or_insert("k", "second").await.unwrap();
    assert_eq!((a.as_str(), b2.as_str()), ("first", "first"));
});

both_backends!(password_change_ends_other_sessions, |b| async move {
    let (_db, store) = fresh(b).await;
    let id = store.insert_staff(&staff("p@x.example", Role::Desk, None), None).await.unwrap();
    let now = Timestamp::now();
    let exp = now + SignedDuration::from_hours(1);
    store.insert_session(id, "keep", exp).await.unwrap();
    store.insert_session(id, "other", exp).await.unwrap();
    store.update_password(id, "$argon2id$new", Some("keep"), Some(id)).await.unwrap();
    let idle = SignedDuration::from_mins(60);
    assert!(store.find_session("keep", now, idle).await.is_ok());
    assert!(store.find_session("other", now, idle).await.is_err());
});

#[test]
fn migration_folders_match() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let list = |b: &str| {
        let mut v: Vec<String> = std::fs::read_dir(dir.join(b))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().trim_end_matches(".sql").to_owned())
            .collect();
        v.sort();
        v
    };
    let sqlite = list("sqlite");
    assert_eq!(sqlite, list("postgres"), "both backends have the same migrations");
    assert_eq!(sqlite, welcomedesk_store::migration_names(), "every migration file is embedded");
}
