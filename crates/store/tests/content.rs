//! The directory, chapter versions and editions on both backends: a version is saved only
//! over the version its editor started from (no lost update, whatever the concurrency),
//! and an edition does not change when the chapters do.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use welcomedesk_store::brochure::NewVersion;
use welcomedesk_store::directory::EntryWrite;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreError, both_backends};

async fn setup(b: Backend) -> (TestDb, Store) {
    let db = TestDb::new(b).await.expect("test database");
    let store = db.store().await.unwrap();
    (db, store)
}

fn names(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
}

both_backends!(directory_upsert_by_slug, |b| async move {
    let (_db, store) = setup(b).await;
    let n = names(&[("en", "Tax Office"), ("sv", "Skattekontoret")]);
    let t = names(&[("en", "Bus 4")]);
    let langs = vec!["en".to_owned(), "sv".to_owned()];
    let topics = vec!["work".to_owned()];
    let mut w = EntryWrite {
        slug: "tax-office",
        names: &n,
        transit: &t,
        address: "Mill Street 3",
        phone: Some("+46 8 555 020 00"),
        email: None,
        website: None,
        hours: "08:00-12:00|appointment|||||",
        languages: &langs,
        topics: &topics,
        step_free: true,
        verified_on: "2026-10-01",
    };
    let (id, created) = store.upsert_directory_entry(&w, None).await.unwrap();
    assert!(created);
    w.address = "Mill Street 5";
    let n2 = names(&[("en", "Tax Office")]);
    w.names = &n2;
    let (id2, created2) = store.upsert_directory_entry(&w, None).await.unwrap();
    assert_eq!((id2, created2), (id, false));
    let all = store.list_directory().await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].address, "Mill Street 5");
    assert_eq!(all[0].names, n2, "names are replaced, not merged");
    assert_eq!(all[0].transit, t);
    assert_eq!(all[0].languages, langs);
    assert!(all[0].step_free);
    assert!(matches!(
        store.verify_directory_entry(uuid::Uuid::now_v7(), "2026-12-01", id).await,
        Err(StoreError::NotFound)
    ));
});

async fn chapter(store: &Store) -> uuid::Uuid {
    store.ensure_chapters(&["housing", "work"], "en", "2026-12-01").await.unwrap();
    store.ensure_chapters(&["housing", "work"], "en", "2026-12-01").await.unwrap();
    let cs = store.list_chapters().await.unwrap();
    assert_eq!(cs.iter().map(|c| c.slug.as_str()).collect::<Vec<_>>(), ["housing", "work"]);
    cs[0].id
}

fn v<'a>(chapter: uuid::Uuid, lang: &'a str, base: i64, body: &'a str) -> NewVersion<'a> {
    NewVersion {
        chapter,
        language: lang,
        base,
        title: "Housing",
        body,
        minor: false,
        made_from: if lang == "en" { None } else { Some(1) },
        stage: if lang == "en" { "discussed" } else { "published" },
    }
}

both_backends!(versions_need_the_newest_base, |b| async move {
    let (_db, store) = setup(b).await;
    let c = chapter(&store).await;
    assert_eq!(store.insert_chapter_version(&v(c, "en", 0, "one"), None).await.unwrap(), 1);
    assert_eq!(store.insert_chapter_version(&v(c, "en", 1, "two"), None).await.unwrap(), 2);
    // An editor who started from version 1 cannot overwrite version 2.
    assert!(matches!(
        store.insert_chapter_version(&v(c, "en", 1, "stale"), None).await,
        Err(StoreError::Conflict("edited_meanwhile"))
    ));
    // Nor skip numbers.
    assert!(matches!(
        store.insert_chapter_version(&v(c, "en", 7, "gap"), None).await,
        Err(StoreError::Conflict("edited_meanwhile"))
    ));
    assert_eq!(store.insert_chapter_version(&v(c, "sv", 0, "ett"), None).await.unwrap(), 1);
    let metas = store.all_version_meta().await.unwrap();
    assert_eq!(metas.len(), 3);
    assert_eq!(store.chapter_version(c, "en", 2).await.unwrap().body, "two");
    // Stage changes only on the newest version.
    assert!(store.set_chapter_stage(c, "en", 1, "final", None).await.is_err());
    store.set_chapter_stage(c, "en", 2, "final", None).await.unwrap();
    assert_eq!(store.chapter_version(c, "en", 2).await.unwrap().meta.stage, "final");
});

both_backends!(parallel_saves_from_one_base_keep_one, |b| async move {
    let (db, store) = setup(b).await;
    let c = chapter(&store).await;
    store.insert_chapter_version(&v(c, "en", 0, "one"), None).await.unwrap();
    let mut tasks = vec![];
    for i in 0..30 {
        let s = store.clone();
        tasks.push(tokio::spawn(async move {
            let body = format!("editor {i}");
            s.insert_chapter_version(&v(c, "en", 1, &body), None).await
        }));
    }
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(n) => {
                assert_eq!(n, 2);
                ok += 1;
            }
            Err(StoreError::Conflict("edited_meanwhile")) => {}
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(ok, 1, "exactly one editor of version 1 wins");

    // Negative control: without the base condition ("number = newest + 1"), two editors
    // who both started from version 2 both succeed, and the second silently replaces
    // the first one's text: the lost update the condition prevents.
    use sqlx::Connection;
    let mut conn = sqlx::AnyConnection::connect(&db.url).await.unwrap();
    for body in ["editor A from 2", "editor B from 2"] {
        let n = sqlx::query(
            "INSERT INTO chapter_versions (chapter_id, language, number, title, body, minor, stage, created_at) \
             SELECT $1, 'en', (SELECT MAX(number) + 1 FROM chapter_versions WHERE chapter_id = $1 AND language = 'en'), \
                    'T', $2, 0, 'draft', '2026-12-01T00:00:00.000000Z'",
        )
        .bind(c.to_string())
        .bind(body)
        .execute(&mut conn)
        .await
        .unwrap()
        .rows_affected();
        assert_eq!(n, 1);
    }
    assert_eq!(
        store.chapter_version(c, "en", 4).await.unwrap().body,
        "editor B from 2",
        "A's edit was overtaken unseen"
    );
});

both_backends!(editions_are_frozen, |b| async move {
    let (_db, store) = setup(b).await;
    let c = chapter(&store).await;
    store.insert_chapter_version(&v(c, "en", 0, "spring text"), None).await.unwrap();
    store.insert_chapter_version(&v(c, "sv", 0, "vårtext"), None).await.unwrap();
    let picks = vec![(c, "en".to_owned(), 1), (c, "sv".to_owned(), 1)];
    let e = store.freeze_edition("2027 spring", "[]", &picks, None).await.unwrap();
    assert!(matches!(
        store.freeze_edition("2027 spring", "[]", &picks, None).await,
        Err(StoreError::Conflict("edition_name_taken"))
    ));
    // A missing version refuses the whole edition.
    assert!(store.freeze_edition("broken", "[]", &[(c, "de".to_owned(), 1)], None).await.is_err());
    assert_eq!(store.list_editions().await.unwrap().len(), 1);
    store.insert_chapter_version(&v(c, "en", 1, "autumn text"), None).await.unwrap();
    let en = store.edition_chapters(e, "en").await.unwrap();
    assert_eq!(en.len(), 1);
    assert_eq!(en[0].body, "spring text");
    assert_eq!(en[0].slug, "housing");
    let eds = store.list_editions().await.unwrap();
    assert_eq!(eds[0].languages, ["en", "sv"]);
    assert_eq!(store.edition_directory(e).await.unwrap(), "[]");
    assert!(store.newcomer_language_mix("2000-01-01T00:00:00.000000Z").await.unwrap().is_empty());
});
