//! The `modules` consent and module registrations change together, on both backends:
//! a self-registration on a passport records the consent in the registration's own
//! transaction (a refused registration leaves no consent), and withdrawing the consent
//! cancels the person's registrations for sessions to come in the same transaction
//! (both effects or neither).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use sqlx::Row;
use std::sync::Arc;
use welcomedesk_domain::passport::self_registration_consent;
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_domain::sessions::Status;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::sessions::{NewRegistration, NewSession, NewVenue, Recipient, Registrant, TopicText};
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreError, both_backends};

struct Fixture {
    _db: TestDb,
    store: Store,
    topic: uuid::Uuid,
    venue: uuid::Uuid,
}

async fn fixture(b: Backend) -> Fixture {
    let db = TestDb::new(b).await.expect("test database");
    let store = db.store().await.unwrap();
    let topic = store
        .insert_topic("housing", &[TopicText { language: "en", title: "Housing", description: "Renting" }], None)
        .await
        .unwrap();
    let venue = store
        .insert_venue(
            &NewVenue {
                name: "Library North",
                address: "North Street 4",
                district: "North",
                transit_advice: "Tram 4",
                step_free: true,
                childcare_possible: true,
            },
            &[("Room A", 40)],
            None,
        )
        .await
        .unwrap();
    Fixture { _db: db, store, topic, venue }
}

async fn sessions(f: &Fixture, n: usize, capacity: i64, status: Status) -> Vec<uuid::Uuid> {
    static NEXT_DAY: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let list: Vec<NewSession> = (0..n)
        .map(|_| {
            let i = NEXT_DAY.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let day = format!("2027-{:02}-{:02}", 2 + i / 28, 1 + i % 28);
            NewSession {
                topic_id: f.topic,
                language: "ar".into(),
                venue_id: f.venue,
                room_id: None,
                starts_at: format!("{day}T09:00:00.000000Z"),
                ends_at: format!("{day}T11:00:00.000000Z"),
                starts_on: day,
                capacity,
                childcare_places: 0,
                trainer_id: None,
                backup_trainer_id: None,
                status,
                survey_token: format!("tok-{}", uuid::Uuid::now_v7().simple()),
            }
        })
        .collect();
    f.store.create_sessions(&list, false, None).await.unwrap()
}

/// A person with the `basic` consent and, with `modules`, the modules consent.
async fn person(store: &Store, consents: &[&str]) -> uuid::Uuid {
    let i = PersonInput {
        full_name: "Amina Yusuf".into(),
        birth_year: "1990".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        email: "amina@example.org".into(),
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, jiff::civil::date(2026, 11, 25)).unwrap();
    let row = NewPersonRow {
        data: &p.data,
        consents: &p.consents,
        source: Source::Desk,
        document_language: "ar",
        channel: "in_person",
        text_language: "ar",
        text_version: "v1",
        import_key: None,
        name_keys: &[],
    };
    let id = store.bulk_insert_people(&[row]).await.unwrap()[0];
    if consents.contains(&"modules") {
        store.record_consent(id, &self_registration_consent("ar"), None).await.unwrap();
    }
    id
}

fn reg(p: uuid::Uuid, children: i64) -> NewRegistration {
    NewRegistration {
        registrant: Registrant::Person(p),
        language: "ar".into(),
        children_count: children,
        children_ages: if children > 0 { Some("4".into()) } else { None },
        via: "public",
        cancel_token_hash: None,
    }
}

fn contact(i: usize) -> NewRegistration {
    NewRegistration {
        registrant: Registrant::Contact {
            name: format!("Person {i}"),
            phone: None,
            email: Some(format!("p{i}@example.org")),
        },
        ..reg(uuid::Uuid::nil(), 0)
    }
}

/// Counted in a write transaction, so every commit is seen.
async fn count(store: &Store, sql: &str, arg: String) -> i64 {
    let mut tx = store.begin().await.unwrap();
    let n: i64 = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned())).bind(arg).fetch_one(&mut *tx).await.unwrap().get("n");
    tx.commit().await.unwrap();
    n
}

async fn live_modules_consents(store: &Store, p: uuid::Uuid) -> i64 {
    count(
        store,
        "SELECT COUNT(*) AS n FROM consents WHERE person_id = $1 AND purpose = 'modules' AND withdrawn_at IS NULL",
        p.to_string(),
    )
    .await
}

async fn live_registrations(store: &Store, p: uuid::Uuid) -> i64 {
    count(
        store,
        "SELECT COUNT(*) AS n FROM registrations WHERE person_id = $1 AND status <> 'cancelled'",
        p.to_string(),
    )
    .await
}

both_backends!(a_refused_registration_records_no_consent, |b| async move {
    let f = fixture(b).await;
    let open = sessions(&f, 1, 20, Status::Published).await[0];
    let planned = sessions(&f, 1, 20, Status::Planned).await[0];
    let p = person(&f.store, &["basic"]).await;
    let consent = self_registration_consent("ar");
    // Closed session, children's places that do not exist: refused, no consent.
    assert!(matches!(
        f.store.register_for_session_with_consent(planned, &reg(p, 0), Some(&consent), None).await,
        Err(StoreError::Conflict("closed"))
    ));
    assert!(matches!(
        f.store.register_for_session_with_consent(open, &reg(p, 1), Some(&consent), None).await,
        Err(StoreError::Conflict("childcare_impossible"))
    ));
    assert_eq!(live_modules_consents(&f.store, p).await, 0);
    // Already registered (without the consent, e.g. by the desk): the second attempt is
    // refused by the database after the consent was written in the same transaction —
    // and the consent goes with it.
    f.store.register_for_session(open, &reg(p, 0), None).await.unwrap();
    assert!(matches!(
        f.store.register_for_session_with_consent(open, &reg(p, 0), Some(&consent), None).await,
        Err(StoreError::Conflict("already_registered"))
    ));
    assert_eq!(live_modules_consents(&f.store, p).await, 0, "a failed registration left a consent");
    // A registration that goes through records it once, audited.
    let other = sessions(&f, 1, 20, Status::Published).await[0];
    f.store.register_for_session_with_consent(other, &reg(p, 0), Some(&consent), None).await.unwrap();
    assert_eq!(live_modules_consents(&f.store, p).await, 1);
    assert_eq!(
        count(
            &f.store,
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'consent.give' AND entity_id = $1 AND detail = 'purpose=modules'",
            p.to_string()
        )
        .await,
        1
    );
});

both_backends!(concurrent_registrations_record_one_consent, |b| async move {
    let f = fixture(b).await;
    let ids = sessions(&f, 12, 20, Status::Published).await;
    let p = person(&f.store, &["basic"]).await;
    let store = Arc::new(f.store.clone());
    let mut tasks = vec![];
    for s in ids {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store.register_for_session_with_consent(s, &reg(p, 0), Some(&self_registration_consent("ar")), None).await
        }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert_eq!(live_registrations(&f.store, p).await, 12);
    assert_eq!(live_modules_consents(&f.store, p).await, 1, "one live consent, however many registered at once");
});

fn compose(r: &Recipient) -> (String, String) {
    (format!("A seat for you: {}", r.session.topic_title), format!("registration {}", r.registration_id))
}

both_backends!(withdrawing_the_consent_cancels_registrations_in_one_transaction, |b| async move {
    let f = fixture(b).await;
    let ids = sessions(&f, 2, 20, Status::Published).await;
    let third = sessions(&f, 1, 20, Status::Published).await[0];
    let p = person(&f.store, &["basic", "modules"]).await;
    assert_eq!(live_modules_consents(&f.store, p).await, 1);
    // The first session's other 19 seats are taken.
    for i in 0..19 {
        f.store.register_for_session(ids[0], &contact(100 + i), None).await.unwrap();
    }
    for s in ids.iter().chain([&third]) {
        f.store.register_for_session(*s, &reg(p, 0), None).await.unwrap();
    }
    // Someone waits for the first session's last seat.
    let waiting = f.store.register_for_session(ids[0], &contact(1), None).await.unwrap();
    assert_eq!(waiting.status.as_str(), "waiting");
    // Neither: a person without a live modules consent keeps every registration, even
    // though the cancellations ran first inside the transaction.
    let q = person(&f.store, &["basic"]).await;
    f.store.register_for_session(ids[1], &reg(q, 0), None).await.unwrap();
    assert!(matches!(f.store.withdraw_modules_consent(q, Some(&compose), None).await, Err(StoreError::NotFound)));
    assert_eq!(live_registrations(&f.store, q).await, 1, "a refused withdrawal cancelled a registration");
    // Neither, when a cancellation fails after the others went through: a trigger (for
    // this test only) refuses to cancel the person's second registration. The consent
    // stays live and the first registration is not cancelled either.
    let r = person(&f.store, &["basic", "modules"]).await;
    let extra = sessions(&f, 2, 20, Status::Published).await;
    f.store.register_for_session(extra[0], &reg(r, 0), None).await.unwrap();
    let doomed = f.store.register_for_session(extra[1], &reg(r, 0), None).await.unwrap().id;
    let ddl: &[String] = match b {
        Backend::Sqlite => &[format!(
            "CREATE TRIGGER refuse_cancel BEFORE UPDATE OF status ON registrations \
             WHEN NEW.id = '{doomed}' AND NEW.status = 'cancelled' BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )],
        Backend::Postgres => &[
            format!(
                "CREATE FUNCTION refuse_cancel() RETURNS trigger AS $$ BEGIN \
                 IF NEW.id = '{doomed}' AND NEW.status = 'cancelled' THEN RAISE EXCEPTION 'refused'; END IF; \
                 RETURN NEW; END $$ LANGUAGE plpgsql"
            ),
            "CREATE TRIGGER refuse_cancel BEFORE UPDATE ON registrations FOR EACH ROW EXECUTE FUNCTION refuse_cancel()"
                .to_owned(),
        ],
    };
    let mut tx = f.store.begin().await.unwrap();
    for sql in ddl {
        sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&mut *tx).await.unwrap();
    }
    tx.commit().await.unwrap();
    assert!(f.store.withdraw_modules_consent(r, Some(&compose), None).await.is_err());
    assert_eq!(live_modules_consents(&f.store, r).await, 1, "the consent was withdrawn without the cancellations");
    assert_eq!(live_registrations(&f.store, r).await, 2, "a cancellation stayed although the withdrawal failed");
    // Both: the consent is withdrawn and all three registrations are cancelled; the
    // freed seat goes to the person waiting, who is told.
    assert_eq!(f.store.withdraw_modules_consent(p, Some(&compose), None).await.unwrap(), 3);
    assert_eq!(live_modules_consents(&f.store, p).await, 0);
    assert_eq!(live_registrations(&f.store, p).await, 0);
    let promoted = f.store.get_registration(waiting.id).await.unwrap();
    assert_eq!(promoted.status, "confirmed");
    assert_eq!(f.store.get_session(ids[0], "en").await.unwrap().confirmed, 20);
    assert!(f.store.list_outbox(100).await.unwrap().iter().any(|m| m.to_address == "p1@example.org"));
    // A second withdrawal finds nothing.
    assert!(matches!(f.store.withdraw_modules_consent(p, None, None).await, Err(StoreError::NotFound)));
});

both_backends!(a_registration_keeps_the_consent_it_was_given_with, |b| async move {
    let f = fixture(b).await;
    let open = sessions(&f, 1, 20, Status::Published).await[0];
    // By contact details (no record to hold a consent): the row is the proof.
    let online = self_registration_consent("ti");
    let by_contact = f.store.register_for_session_with_consent(open, &contact(1), Some(&online), None).await.unwrap();
    let kept = |id: uuid::Uuid| {
        let store = f.store.clone();
        async move {
            let mut tx = store.begin().await.unwrap();
            let r = sqlx::query(
                "SELECT consent_channel, consent_text_version, consent_text_language FROM registrations WHERE id = $1",
            )
            .bind(id.to_string())
            .fetch_one(&mut *tx)
            .await
            .unwrap();
            tx.commit().await.unwrap();
            let get = |c: &str| r.get::<Option<String>, _>(c);
            (get("consent_channel"), get("consent_text_version"), get("consent_text_language"))
        }
    };
    assert_eq!(
        kept(by_contact.id).await,
        (Some("online".into()), Some(welcomedesk_domain::consent::TEXT_VERSION.into()), Some("ti".into()))
    );
    // A person of the register told in person: the registration and the record keep it.
    let p = person(&f.store, &["basic"]).await;
    let in_person = welcomedesk_domain::sessions::staff_registration_consent(Some(false), true, "so").unwrap();
    let r = f.store.register_for_session_with_consent(open, &reg(p, 0), in_person.as_ref(), None).await.unwrap();
    assert_eq!(kept(r.id).await.0.as_deref(), Some("in_person"));
    assert_eq!(live_modules_consents(&f.store, p).await, 1);
    // Resting on the record's consent: nothing on the row.
    let q = person(&f.store, &["basic", "modules"]).await;
    let r = f.store.register_for_session_with_consent(open, &reg(q, 0), None, None).await.unwrap();
    assert_eq!(kept(r.id).await, (None, None, None));
});
