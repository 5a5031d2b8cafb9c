//! The register's storage contract, on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use sqlx::Row;
use welcomedesk_domain::consent::{GivenConsent, Purpose};
use welcomedesk_domain::register::{NewPerson, PersonInput, Profile, Source};
use welcomedesk_store::audit::AuditFilter;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreError, both_backends};

async fn fresh(b: Backend) -> (TestDb, Store) {
    let db = TestDb::new(b).await.expect("test database (is PostgreSQL running?)");
    let store = db.store().await.unwrap();
    (db, store)
}

fn person(name: &str, year: &str) -> NewPerson {
    let i = PersonInput {
        full_name: name.into(),
        latin_name: "".into(),
        birth_year: year.into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into(), "en".into()],
        permit_issued_on: "2026-11-02".into(),
        phone: "+46 70 000 00 01".into(),
        address: "Erasable Street 12".into(),
        ..Default::default()
    };
    NewPerson::parse(&i, &["basic".into(), "profile".into()], Source::Desk, jiff::civil::date(2026, 11, 25)).unwrap()
}

async fn insert(store: &Store, p: &NewPerson, keys: &[&str], import_key: Option<&str>) -> Option<uuid::Uuid> {
    let keys: Vec<String> = keys.iter().map(|k| (*k).to_owned()).collect();
    let row = NewPersonRow {
        data: &p.data,
        consents: &p.consents,
        source: p.source,
        document_language: "ar",
        channel: "in_person",
        text_language: "ar",
        text_version: "v1",
        import_key,
        name_keys: &keys,
    };
    match store.import_people(&[row], None).await.unwrap() {
        (1, 0) => store.search_candidates(&keys, None, 10).await.unwrap().first().map(|p| p.id),
        _ => None,
    }
}

both_backends!(people_round_trip_with_audit, |b| async move {
    let (_db, store) = fresh(b).await;
    let p = person("أحمد الحسن", "1990");
    let id = insert(&store, &p, &["k1", "k2"], None).await.unwrap();
    let actor = Some(uuid::Uuid::now_v7());
    let r = store.read_person(id, actor, "person.read").await.unwrap();
    assert_eq!(r.full_name, "أحمد الحسن");
    assert_eq!(r.birth_date, "1990");
    assert_eq!(r.languages, ["ar", "en"], "order of preference kept");
    assert!(!r.eu_citizen);
    assert!(r.has_consent(Purpose::Basic) && r.has_consent(Purpose::Profile));
    assert!(!r.has_consent(Purpose::Reminders));
    let reads = store
        .list_audit(&AuditFilter {
            action: Some("person.read".into()),
            entity_id: Some(id.to_string()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(reads.len(), 1, "every read is audited");
    assert_eq!(reads[0].actor_id, actor);
    assert!(store.read_person(uuid::Uuid::now_v7(), None, "person.read").await.is_err());
});

both_backends!(booking_reads_only_the_languages, |b| async move {
    let (_db, store) = fresh(b).await;
    let p = person("Olena Kovalenko", "1985");
    let id = insert(&store, &p, &["lb1"], None).await.unwrap();
    assert_eq!(store.languages_for_booking(id).await.unwrap(), ["ar", "en"], "best first");
    assert!(matches!(store.languages_for_booking(uuid::Uuid::now_v7()).await, Err(StoreError::NotFound)));
    let reads = store
        .list_audit(&AuditFilter {
            action: Some("person.read".into()),
            entity_id: Some(id.to_string()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(reads.is_empty(), "the languages alone are read without a person.read entry");
});

both_backends!(import_is_idempotent_and_atomic, |b| async move {
    let (_db, store) = fresh(b).await;
    let p = person("Olena Kovalenko", "1985");
    assert!(insert(&store, &p, &["ok"], Some("P-1")).await.is_some());
    assert!(insert(&store, &p, &["ok"], Some("P-1")).await.is_none(), "same key: skipped");
    assert_eq!(store.count_people().await.unwrap(), 1);
    // A batch whose second row the database refuses (a language twice) leaves nothing.
    let mut bad = person("Broken Row", "1985");
    bad.data.languages.push(bad.data.languages[0]);
    let keys = vec!["k".to_owned()];
    let row = |d, c, key| NewPersonRow {
        data: d,
        consents: c,
        source: Source::Import,
        document_language: "uk",
        channel: "import",
        text_language: "uk",
        text_version: "v1",
        import_key: Some(key),
        name_keys: &keys,
    };
    let rows = vec![row(&p.data, &p.consents, "P-2"), row(&bad.data, &bad.consents, "P-3")];
    assert!(store.import_people(&rows, None).await.is_err());
    assert_eq!(store.count_people().await.unwrap(), 1, "all or nothing");
    let rows = vec![row(&p.data, &p.consents, "P-2"), row(&p.data, &p.consents, "P-1")];
    assert_eq!(store.import_people(&rows, None).await.unwrap(), (1, 1));
});

both_backends!(one_live_consent_per_purpose, |b| async move {
    let (_db, store) = fresh(b).await;
    let id = insert(&store, &person("Amina Yusuf", "1999"), &["ay"], None).await.unwrap();
    let c = GivenConsent { purpose: Purpose::Reminders, channel: "paper", text_language: "so".into() };
    store.record_consent(id, &c, None).await.unwrap();
    assert!(matches!(store.record_consent(id, &c, None).await, Err(StoreError::Conflict("consent_exists"))));
    let basic = GivenConsent { purpose: Purpose::Basic, channel: "paper", text_language: "so".into() };
    assert!(matches!(store.record_consent(id, &basic, None).await, Err(StoreError::Conflict("consent_exists"))));
    store.withdraw_consent(id, Purpose::Reminders, None).await.unwrap();
    assert!(store.withdraw_consent(id, Purpose::Reminders, None).await.is_err(), "nothing live to withdraw");
    store.record_consent(id, &c, None).await.unwrap();
    let r = store.read_person(id, None, "person.read").await.unwrap();
    assert_eq!(r.consents.iter().filter(|c| c.purpose == "reminders").count(), 2, "history kept");
    assert!(store.record_consent(uuid::Uuid::now_v7(), &c, None).await.is_err(), "unknown person");
});

both_backends!(profile_needs_its_consent_and_goes_with_it, |b| async move {
    let (_db, store) = fresh(b).await;
    let id = insert(&store, &person("Tesfay Gebre", "1988"), &["tg"], None).await.unwrap();
    let prof = Profile {
        education_level: Some("tertiary".into()),
        profession: Some("Engineer".into()),
        qualifications: None,
        language_level: Some("a1".into()),
    };
    store.upsert_profile(id, &prof, None).await.unwrap();
    assert_eq!(
        store.read_person(id, None, "person.read").await.unwrap().profile.unwrap().profession.as_deref(),
        Some("Engineer")
    );
    store.withdraw_consent(id, Purpose::Profile, None).await.unwrap();
    assert!(store.read_person(id, None, "person.read").await.unwrap().profile.is_none(), "deleted at once");
    assert!(
        matches!(store.upsert_profile(id, &prof, None).await, Err(StoreError::Conflict("consent_missing"))),
        "the database refuses it"
    );
});

both_backends!(merge_moves_history_and_removes_the_duplicate, |b| async move {
    let (_db, store) = fresh(b).await;
    let keep = insert(&store, &person("Mohammed Ali", "1980"), &["ma1"], None).await.unwrap();
    let mut other = person("Muhammad Aly", "1980");
    other.data.languages.reverse();
    other.data.languages.push(
        welcomedesk_domain::codes::LanguageCode::parse("l", "ku")
            .unwrap_or_else(|_| welcomedesk_domain::codes::LanguageCode::parse("l", "kmr").unwrap()),
    );
    let remove = insert(&store, &other, &["ma2"], None).await.unwrap();
    store
        .record_consent(
            remove,
            &GivenConsent { purpose: Purpose::Surveys, channel: "phone", text_language: "ar".into() },
            None,
        )
        .await
        .unwrap();
    store.merge_people(keep, remove, None).await.unwrap();
    let k = store.read_person(keep, None, "person.read").await.unwrap();
    assert_eq!(k.languages, ["ar", "en", "kmr"], "united, order kept");
    assert!(k.has_consent(Purpose::Surveys), "consent moved");
    assert_eq!(
        k.consents.iter().filter(|c| c.purpose == "basic" && c.withdrawn_at.is_none()).count(),
        1,
        "one live basic consent"
    );
    assert!(store.read_person(remove, None, "person.read").await.is_err());
    assert!(matches!(store.merge_people(keep, keep, None).await, Err(StoreError::Conflict("merge_same"))));
    assert!(store.merge_people(keep, remove, None).await.is_err(), "gone");
});

both_backends!(erasure_leaves_no_trace_of_the_person, |b| async move {
    let (db, store) = fresh(b).await;
    let name = "Zyxwvutsrq Qwertzuiop";
    let mut erased = person(name, "1977");
    erased.data.address = Some("Vanishing Lane 77".into());
    erased.data.email = Some("zyx.qwertz@example.org".into());
    let id = insert(&store, &erased, &["zq-key"], None).await.unwrap();
    store
        .upsert_profile(id, &Profile { profession: Some("Quxbazfoo maker".into()), ..Default::default() }, None)
        .await
        .unwrap();
    let keep = insert(&store, &person("Someone Else", "1990"), &["se"], None).await.unwrap();
    store.erase_person(id, "request", None).await.unwrap();
    assert!(store.read_person(id, None, "person.read").await.is_err());
    assert!(store.read_person(keep, None, "person.read").await.is_ok(), "only that person");
    assert!(matches!(store.erase_person(id, "request", None).await, Err(StoreError::NotFound)));
    // Logically: no text column of any table holds the values.
    for needle in [name, "Vanishing Lane", "zyx.qwertz@example.org", "Quxbazfoo", "zq-key"] {
        let hits = search_everywhere(&db, &store, needle).await;
        assert!(hits.is_empty(), "{needle} still in {hits:?}");
    }
    // The other person's shared values are still found: the search itself works.
    assert!(!search_everywhere(&db, &store, "Someone Else").await.is_empty());
    // Physically, on SQLite: not in the database file nor in its WAL.
    if let Some(path) = db.sqlite_path() {
        store.close().await;
        for f in [path.clone(), path.with_extension("db-wal")] {
            if let Ok(bytes) = std::fs::read(&f) {
                for needle in [name, "Quxbazfoo", "zq-key", "Vanishing Lane", "zyx.qwertz@example.org"] {
                    assert!(
                        !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                        "{needle} in {}",
                        f.display()
                    );
                }
            }
        }
    }
});

/// Every (table, column) whose text contains the needle.
async fn search_everywhere(db: &TestDb, store: &Store, needle: &str) -> Vec<String> {
    let mut hits = vec![];
    let cols: Vec<(String, String)> = match db.backend {
        Backend::Sqlite => {
            let mut c = <sqlx::SqliteConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
            let tables: Vec<String> =
                sqlx::query("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
                    .fetch_all(&mut c)
                    .await
                    .unwrap()
                    .iter()
                    .map(|r| r.get(0))
                    .collect();
            let mut out = vec![];
            for t in tables {
                for r in
                    sqlx::query(sqlx::AssertSqlSafe(format!("PRAGMA table_info({t})"))).fetch_all(&mut c).await.unwrap()
                {
                    out.push((t.clone(), r.get::<String, _>("name")));
                }
            }
            out
        }
        Backend::Postgres => {
            let mut c = <sqlx::PgConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
            sqlx::query("SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema='public'")
                .fetch_all(&mut c).await.unwrap().iter().map(|r| (r.get(0), r.get(1))).collect()
        }
    };
    let _ = store;
    let mut any = <sqlx::AnyConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
    for (t, col) in cols {
        let sql = format!("SELECT COUNT(*) AS n FROM {t} WHERE CAST({col} AS TEXT) LIKE $1");
        let n: i64 = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(format!("%{needle}%"))
            .fetch_one(&mut any)
            .await
            .unwrap()
            .get("n");
        if n > 0 {
            hits.push(format!("{t}.{col}"));
        }
    }
    hits
}

both_backends!(retention_finds_old_records, |b| async move {
    let (_db, store) = fresh(b).await;
    let id = insert(&store, &person("Old Contact", "1970"), &["oc"], None).await.unwrap();
    let now = jiff::Timestamp::now();
    assert!(store.list_expired_people(now - jiff::SignedDuration::from_hours(1), 10).await.unwrap().is_empty());
    assert_eq!(store.list_expired_people(now + jiff::SignedDuration::from_hours(1), 10).await.unwrap(), [id]);
    store.touch_person(id, now + jiff::SignedDuration::from_hours(2)).await.unwrap();
    assert!(store.list_expired_people(now + jiff::SignedDuration::from_hours(1), 10).await.unwrap().is_empty());
});

both_backends!(candidates_by_key_and_birth, |b| async move {
    let (_db, store) = fresh(b).await;
    let a = insert(&store, &person("Ahmed One", "1990"), &["shared", "a1"], None).await.unwrap();
    let _b = insert(&store, &person("Ahmed Two", "1991"), &["shared", "b1"], None).await.unwrap();
    assert_eq!(store.search_candidates(&["shared".into()], None, 10).await.unwrap().len(), 2);
    // More shared keys rank first.
    let ranked = store.search_candidates(&["shared".into(), "a1".into()], None, 10).await.unwrap();
    assert_eq!(ranked[0].id, a);
    let mut only = store.search_candidates(&["shared".into()], Some((1990, None, None)), 10).await.unwrap();
    store.fill_languages(&mut only).await.unwrap();
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].id, a);
    assert_eq!(only[0].languages, ["ar", "en"]);
    assert_eq!(
        store.search_candidates(&[], Some((1991, Some(5), Some(3))), 10).await.unwrap().len(),
        1,
        "a year-only record matches any day of that year"
    );
});
