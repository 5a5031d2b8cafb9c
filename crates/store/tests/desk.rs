//! The desk and the knowledge base on both backends: ticket numbers unique per day under
//! concurrency, a ticket called by one agent only, contacts linked to a person only
//! with their consent (and anonymised by erasure), article versions without lost
//! updates, search misses all counted.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use welcomedesk_domain::Role;
use welcomedesk_domain::desk::{Contact, ContactInput, Interpreting, InterpretingInput};
use welcomedesk_domain::knowledge::{Article, ArticleInput};
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_store::directory::EntryWrite;
use welcomedesk_store::knowledge::NewArticleVersion;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::staff::InsertStaff;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreError, both_backends};

async fn setup(b: Backend) -> (TestDb, Store, uuid::Uuid) {
    let db = TestDb::new(b).await.expect("test database");
    let store = db.store().await.unwrap();
    let agent = store
        .insert_staff(
            &InsertStaff {
                email: "d@x.example",
                name: "Dana",
                role: Role::Desk,
                provider_id: None,
                password_hash: "x",
                ui_language: "en",
            },
            None,
        )
        .await
        .unwrap();
    (db, store, agent)
}

async fn person(store: &Store) -> uuid::Uuid {
    let i = PersonInput {
        full_name: "Amina Yusuf".into(),
        birth_year: "1991".into(),
        citizenship: "SO".into(),
        languages: vec!["so".into()],
        permit_issued_on: "2026-11-02".into(),
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, jiff::civil::date(2026, 11, 25)).unwrap();
    let keys = vec!["k-amina".to_owned()];
    let row = NewPersonRow {
        data: &p.data,
        consents: &p.consents,
        source: p.source,
        document_language: "so",
        channel: "in_person",
        text_language: "so",
        text_version: "v1",
        import_key: None,
        name_keys: &keys,
    };
    store.insert_person(&row, None).await.unwrap()
}

async fn entry(store: &Store, slug: &str) -> uuid::Uuid {
    let n: BTreeMap<String, String> = [("en".to_owned(), "Tax Office".to_owned())].into();
    let t = BTreeMap::new();
    let w = EntryWrite {
        slug,
        names: &n,
        transit: &t,
        address: "Mill Street 3",
        phone: None,
        email: None,
        website: None,
        hours: "08:00-12:00||||||",
        languages: &["en".to_owned()],
        topics: &["registration".to_owned()],
        step_free: true,
        verified_on: "2026-10-01",
    };
    store.upsert_directory_entry(&w, None).await.unwrap().0
}

fn contact(language: &str) -> ContactInput {
    ContactInput {
        channel: "walk_in".into(),
        language: language.into(),
        topics: "registration".into(),
        duration_minutes: "6".into(),
        ..Default::default()
    }
}

both_backends!(ticket_numbers_are_unique_per_day_under_concurrency, |b| async move {
    let (_db, store, _agent) = setup(b).await;
    let now = jiff::Timestamp::now();
    let mut tasks = vec![];
    for i in 0..40 {
        let s = store.clone();
        let lang = ["ar", "so", "ti", "uk"][i % 4];
        tasks.push(tokio::spawn(async move { s.take_ticket("2026-12-07", lang, now).await.unwrap().number }));
    }
    let mut numbers = vec![];
    for t in tasks {
        numbers.push(t.await.unwrap());
    }
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=40).collect::<Vec<i64>>(), "every ticket its own number, none skipped");
    // A new day starts at 1 again.
    assert_eq!(store.take_ticket("2026-12-08", "ar", now).await.unwrap().number, 1);
    assert_eq!(store.day_tickets("2026-12-07").await.unwrap().len(), 40);
});

both_backends!(a_ticket_is_called_by_one_agent_only, |b| async move {
    let (_db, store, agent) = setup(b).await;
    let now = jiff::Timestamp::now();
    for i in 0..12 {
        store.take_ticket("2026-12-07", if i % 3 == 0 { "ti" } else { "ar" }, now).await.unwrap();
    }
    // Nobody waits in Somali.
    assert!(store.call_next_ticket("2026-12-07", &["so".into()], agent, now).await.unwrap().is_none());
    let mut tasks = vec![];
    for _ in 0..20 {
        let s = store.clone();
        tasks.push(tokio::spawn(async move {
            s.call_next_ticket("2026-12-07", &["ar".into(), "ti".into()], agent, now).await.unwrap()
        }));
    }
    let mut called = vec![];
    for t in tasks {
        if let Some(t) = t.await.unwrap() {
            called.push(t.number);
        }
    }
    called.sort_unstable();
    assert_eq!(called, (1..=12).collect::<Vec<i64>>(), "each ticket called exactly once");
    let day = store.day_tickets("2026-12-07").await.unwrap();
    assert!(day.iter().all(|t| t.called_at.is_some() && t.served_by_name.as_deref() == Some("Dana")));
});

both_backends!(the_oldest_ticket_of_my_languages_is_called_first, |b| async move {
    let (_db, store, agent) = setup(b).await;
    let now = jiff::Timestamp::now();
    store.take_ticket("2026-12-07", "ar", now).await.unwrap();
    store.take_ticket("2026-12-07", "ti", now).await.unwrap();
    store.take_ticket("2026-12-07", "ti", now).await.unwrap();
    let t = store.call_next_ticket("2026-12-07", &["ti".into()], agent, now).await.unwrap().unwrap();
    assert_eq!((t.number, t.language.as_str()), (2, "ti"));
    let t = store.call_next_ticket("2026-12-07", &["ar".into(), "ti".into()], agent, now).await.unwrap().unwrap();
    assert_eq!(t.number, 1);
});

both_backends!(contacts_are_anonymous_unless_linked_with_consent, |b| async move {
    let (_db, store, agent) = setup(b).await;
    let now = jiff::Timestamp::now();
    let tax = entry(&store, "tax-office").await;
    let anon = Contact::parse(&ContactInput { referral_ids: vec![tax.to_string()], ..contact("so") }).unwrap();
    store.log_desk_contact(&anon, Some(agent), now).await.unwrap();

    let p = person(&store).await;
    let linked =
        Contact::parse(&ContactInput { person_id: p.to_string(), link_consent: true, ..contact("so") }).unwrap();
    store.log_desk_contact(&linked, Some(agent), now).await.unwrap();
    let mine = store.person_desk_contacts(p).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert!(mine[0].person_linked);

    // Someone not in the register (or without their basic consent) cannot be linked.
    let ghost = Contact::parse(&ContactInput {
        person_id: uuid::Uuid::now_v7().to_string(),
        link_consent: true,
        ..contact("so")
    })
    .unwrap();
    assert!(matches!(
        store.log_desk_contact(&ghost, Some(agent), now).await,
        Err(StoreError::Conflict("person_without_consent"))
    ));
    // An unknown article is refused, and nothing of the contact stays.
    let bad =
        Contact::parse(&ContactInput { article_ids: vec![uuid::Uuid::now_v7().to_string()], ..contact("so") }).unwrap();
    assert!(matches!(
        store.log_desk_contact(&bad, Some(agent), now).await,
        Err(StoreError::Conflict("unknown_reference"))
    ));
    let all = store
        .list_desk_contacts(now - jiff::SignedDuration::from_hours(1), now + jiff::SignedDuration::from_hours(1))
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].referrals, ["tax-office"]);
    assert_eq!(all[0].duration_seconds, 360);

    // Erasure keeps the contact for the figures, without the person.
    store.erase_person(p, "request", None).await.unwrap();
    assert!(store.person_desk_contacts(p).await.unwrap().is_empty());
    let all = store
        .list_desk_contacts(now - jiff::SignedDuration::from_hours(1), now + jiff::SignedDuration::from_hours(1))
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|c| !c.person_linked));
});

both_backends!(article_versions_are_never_lost, |b| async move {
    let (_db, store, agent) = setup(b).await;
    entry(&store, "tax-office").await;
    let a = Article::parse(&ArticleInput {
        slug: "address-registration".into(),
        topics: "registration".into(),
        review_on: "2027-06-01".into(),
        referrals: "tax-office".into(),
    })
    .unwrap();
    let id = store.create_article(&a, "en", Some(agent), Some(agent)).await.unwrap();
    assert!(matches!(store.create_article(&a, "en", None, None).await, Err(StoreError::Conflict("slug_taken"))));
    let bad = Article { slug: "other".into(), referrals: vec!["nowhere".into()], ..a.clone() };
    assert!(matches!(
        store.create_article(&bad, "en", None, None).await,
        Err(StoreError::Conflict("unknown_referral"))
    ));
    assert_eq!(store.list_articles().await.unwrap().len(), 1, "the refused article left nothing behind");

    // 20 editors save over version 0 at once: exactly one wins.
    let mut tasks = vec![];
    for i in 0..20 {
        let s = store.clone();
        tasks.push(tokio::spawn(async move {
            let q = format!("How do I register my address? ({i})");
            s.insert_article_version(
                &NewArticleVersion {
                    article: id,
                    language: "en",
                    base: 0,
                    question: &q,
                    answer: "At the tax office.",
                    checklist: "passport\nrental contract",
                    minor: false,
                    made_from: None,
                    stage: "discussed",
                },
                None,
            )
            .await
        }));
    }
    let mut won = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(n) => {
                assert_eq!(n, 1);
                won += 1;
            }
            Err(StoreError::Conflict("edited_meanwhile")) => {}
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(won, 1);
    let v = NewArticleVersion {
        article: id,
        language: "sv",
        base: 0,
        question: "Hur folkbokför jag mig?",
        answer: "Hos Skatteverket.",
        checklist: "pass",
        minor: false,
        made_from: Some(1),
        stage: "in_review",
    };
    store.insert_article_version(&v, None).await.unwrap();
    assert!(store.published_article_versions().await.unwrap().iter().all(|v| v.meta.language != "sv"));
    store.set_article_stage(id, "sv", 1, "published", None).await.unwrap();
    let published = store.published_article_versions().await.unwrap();
    assert_eq!(published.iter().filter(|v| v.meta.language == "sv").count(), 1);
    assert_eq!(store.newest_article_versions().await.unwrap().len(), 2);
    let row = store.article(id).await.unwrap();
    assert_eq!(row.referrals, ["tax-office"]);
    assert_eq!(row.owner_name.as_deref(), Some("Dana"));
    store.delete_article(id, None).await.unwrap();
    assert!(store.all_article_version_meta().await.unwrap().is_empty());
});

both_backends!(search_misses_are_all_counted, |b| async move {
    let (_db, store, _agent) = setup(b).await;
    let mut tasks = vec![];
    for _ in 0..25 {
        let s = store.clone();
        tasks.push(tokio::spawn(async move { s.record_search_miss("hundskatt", "sv", "2026-12-07").await.unwrap() }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    store.record_search_miss("hundskatt", "de", "2026-12-08").await.unwrap();
    store.record_search_miss("old", "de", "2026-01-01").await.unwrap();
    assert_eq!(store.search_misses_since("2026-12-01", 10).await.unwrap(), vec![("hundskatt".to_owned(), 26)]);
});

both_backends!(synonym_groups_and_interpreting_requests, |b| async move {
    let (_db, store, agent) = setup(b).await;
    let g = store.save_synonym_group(None, &["Meldezettel".into(), "address registration".into()], None).await.unwrap();
    store.save_synonym_group(Some(g), &["Meldezettel".into(), "folkbokföring".into()], None).await.unwrap();
    let all = store.list_synonym_groups().await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].terms, "Meldezettel = folkbokföring");

    let r = Interpreting::parse(&InterpretingInput {
        language: "ti".into(),
        mode: "on_site".into(),
        date: "2026-12-08".into(),
        time: "10:00".into(),
        minutes: "60".into(),
    })
    .unwrap();
    let at: jiff::Timestamp = "2026-12-08T09:00:00Z".parse().unwrap();
    let id = store.create_interpreting_request(&r, at, Some(agent)).await.unwrap();
    // Two agents book the same request at once: one wins.
    let (a, b2) = tokio::join!(
        store.set_interpreting_status(id, "open", "booked", Some(agent)),
        store.set_interpreting_status(id, "open", "cancelled", Some(agent))
    );
    assert!(a.is_ok() != b2.is_ok());
    let list = store.list_interpreting_requests("2026-12-01T00:00:00Z".parse().unwrap()).await.unwrap();
    assert_eq!(list.len(), 1);
    assert!(["booked", "cancelled"].contains(&list[0].status.as_str()));
    let statuses: BTreeSet<String> = list.iter().map(|r| r.status.clone()).collect();
    assert_eq!(statuses.len(), 1);
});

fn account(email: &str, role: Role) -> InsertStaff<'_> {
    InsertStaff { email, name: "Lea", role, provider_id: None, password_hash: "x", ui_language: "en" }
}

both_backends!(desk_lead_and_partner_agent_are_desk_accounts_with_a_duty, |b| async move {
    let (db, store, agent) = setup(b).await;
    let lead = store.insert_staff(&account("lead@x.example", Role::DeskLead), None).await.unwrap();
    let partner = store.insert_staff(&account("partner@x.example", Role::PartnerAgent), None).await.unwrap();
    assert_eq!(store.find_staff(lead).await.unwrap().role, Role::DeskLead);
    assert_eq!(store.find_staff(partner).await.unwrap().role, Role::PartnerAgent);
    assert_eq!(store.find_staff(agent).await.unwrap().role, Role::Desk);
    assert_eq!(store.find_staff_by_email("partner@x.example").await.unwrap().role, Role::PartnerAgent);
    let roles: BTreeSet<Role> = store.list_staff().await.unwrap().iter().map(|u| u.role).collect();
    assert_eq!(roles, BTreeSet::from([Role::Desk, Role::DeskLead, Role::PartnerAgent]));

    // A role change moves the duty with it: lead → counsellor clears it, desk → partner sets it.
    store.update_staff_role(lead, Role::Counsellor, None, None).await.unwrap();
    assert_eq!(store.find_staff(lead).await.unwrap().role, Role::Counsellor);
    store.update_staff_role(agent, Role::PartnerAgent, None, None).await.unwrap();
    assert_eq!(store.find_staff(agent).await.unwrap().role, Role::PartnerAgent);

    // The database itself refuses a duty on an account that is not a desk account, and
    // a duty it does not know.
    let raw = sqlx::AnyPool::connect(&db.url).await.unwrap();
    let r = sqlx::query("UPDATE staff_users SET desk_duty = 'lead' WHERE id = $1")
        .bind(lead.to_string())
        .execute(&raw)
        .await;
    assert!(r.is_err(), "a counsellor with a desk duty was accepted");
    let r = sqlx::query("UPDATE staff_users SET desk_duty = 'boss' WHERE id = $1")
        .bind(partner.to_string())
        .execute(&raw)
        .await;
    assert!(r.is_err(), "an unknown duty was accepted");
    let r = sqlx::query("UPDATE staff_users SET role = 'trainer' WHERE id = $1")
        .bind(partner.to_string())
        .execute(&raw)
        .await;
    assert!(r.is_err(), "a partner agent turned trainer kept the desk duty");
    raw.close().await;
    assert_eq!(store.find_staff(partner).await.unwrap().role, Role::PartnerAgent);
});
