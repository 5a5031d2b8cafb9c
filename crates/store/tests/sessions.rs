//! Group information modules on both backends: never overbooked under 1,000 concurrent
//! registrations, the waiting list in arrival order, cancellation promotes exactly one,
//! attendance counted once whatever the concurrency, trainer absence, surveys.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use sqlx::Row;
use std::sync::Arc;
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_domain::sessions::{RegistrationStatus, Status, parse_survey, walk_in_key};
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::sessions::{
    CheckInWho, NewRegistration, NewSession, NewTrainer, NewVenue, Recipient, Registrant, SessionFilter, TopicText,
};
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
        .insert_topic(
            "housing",
            &[
                TopicText { language: "en", title: "Housing", description: "Renting a flat" },
                TopicText { language: "ar", title: "السكن", description: "استئجار شقة" },
            ],
            None,
        )
        .await
        .unwrap();
    let venue = store
        .insert_venue(
            &NewVenue {
                name: "Library North",
                address: "North Street 4",
                district: "North",
                transit_advice: "Tram 4 to Library",
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

fn session(f: &Fixture, day: &str, capacity: i64, childcare: i64, status: Status) -> NewSession {
    NewSession {
        topic_id: f.topic,
        language: "ar".into(),
        venue_id: f.venue,
        room_id: None,
        starts_at: format!("{day}T09:00:00.000000Z"),
        ends_at: format!("{day}T11:00:00.000000Z"),
        starts_on: day.into(),
        capacity,
        childcare_places: childcare,
        trainer_id: None,
        backup_trainer_id: None,
        status,
        survey_token: format!("tok-{}", uuid::Uuid::now_v7().simple()),
    }
}

async fn one_session(f: &Fixture, capacity: i64, childcare: i64) -> uuid::Uuid {
    f.store
        .create_sessions(&[session(f, "2027-01-09", capacity, childcare, Status::Published)], false, None)
        .await
        .unwrap()[0]
}

fn contact(i: usize, children: i64) -> NewRegistration {
    NewRegistration {
        registrant: Registrant::Contact {
            name: format!("Person {i}"),
            phone: None,
            email: Some(format!("p{i}@example.org")),
        },
        language: "ar".into(),
        children_count: children,
        children_ages: if children > 0 { Some(vec!["4"; children as usize].join(", ")) } else { None },
        via: "public",
        cancel_token_hash: None,
    }
}

async fn people(store: &Store, n: usize) -> Vec<uuid::Uuid> {
    let i = PersonInput {
        full_name: "Amina Yusuf".into(),
        birth_year: "1990".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        email: "amina@example.org".into(),
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, jiff::civil::date(2026, 11, 25)).unwrap();
    let rows: Vec<NewPersonRow<'_>> = (0..n)
        .map(|_| NewPersonRow {
            data: &p.data,
            consents: &p.consents,
            source: Source::Desk,
            document_language: "ar",
            channel: "in_person",
            text_language: "ar",
            text_version: "v1",
            import_key: None,
            name_keys: &[],
        })
        .collect();
    store.bulk_insert_people(&rows).await.unwrap()
}

fn compose(r: &Recipient) -> (String, String) {
    (format!("A seat for you: {}", r.session.topic_title), format!("registration {}", r.registration_id))
}

async fn outbox_for(store: &Store) -> Vec<(String, String)> {
    store.list_outbox(10_000).await.unwrap().into_iter().map(|m| (m.to_address, m.body)).collect()
}

both_backends!(thousand_concurrent_registrations_never_overbook, |b| async move {
    let f = Arc::new(fixture(b).await);
    let s = one_session(&f, 30, 0).await;
    let mut tasks = vec![];
    for i in 0..1000 {
        let f = f.clone();
        tasks.push(tokio::spawn(
            async move { (i, f.store.register_for_session(s, &contact(i, 0), None).await.unwrap()) },
        ));
    }
    let mut results = vec![];
    for t in tasks {
        results.push(t.await.unwrap());
    }
    // The answers: exactly 30 seats, 970 waiting, positions 1..=1000 each once.
    let confirmed: Vec<_> = results.iter().filter(|(_, r)| r.status == RegistrationStatus::Confirmed).collect();
    assert_eq!(confirmed.len(), 30);
    assert_eq!(results.iter().filter(|(_, r)| r.status == RegistrationStatus::Waiting).count(), 970);
    let mut positions: Vec<i64> = results.iter().map(|(_, r)| r.position).collect();
    positions.sort();
    assert_eq!(positions, (1..=1000).collect::<Vec<_>>());
    // The first 30 arrivals have the seats; each waiting person knows their place.
    assert!(confirmed.iter().all(|(_, r)| r.position <= 30));
    for (_, r) in &results {
        if r.status == RegistrationStatus::Waiting {
            assert_eq!(r.waiting_before, r.position - 31);
        }
    }
    // The database agrees: nothing lost, the counter matches the rows.
    let rows = f.store.list_registrations(s).await.unwrap();
    assert_eq!(rows.len(), 1000);
    assert_eq!(rows.iter().filter(|r| r.status == "confirmed").count(), 30);
    assert_eq!(rows.iter().filter(|r| r.status == "waiting").count(), 970);
    let mut names: Vec<_> = rows.iter().map(|r| r.name.clone().unwrap()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 1000, "every registration was kept");
    // Arrival order: positions follow the time each registration was written.
    let mut by_pos = rows.clone();
    by_pos.sort_by_key(|r| r.position);
    assert!(by_pos.windows(2).all(|w| w[0].created_at <= w[1].created_at), "positions in arrival order");
    let sess = f.store.get_session(s, "en").await.unwrap();
    assert_eq!((sess.confirmed, sess.free_seats, sess.waiting), (30, 0, 970));

    // Cancelling one seat promotes exactly one: the first waiting (position 31).
    let first = by_pos.iter().find(|r| r.position == 5).unwrap();
    let c = f.store.cancel_registration(first.id, Some(&compose), None).await.unwrap();
    let p31 = by_pos.iter().find(|r| r.position == 31).unwrap();
    assert_eq!(c.promoted, Some(p31.id));
    assert!(c.promoted_told);
    let sess = f.store.get_session(s, "en").await.unwrap();
    assert_eq!((sess.confirmed, sess.waiting), (30, 969));
    let mail = outbox_for(&f.store).await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].0, p31.email.clone().unwrap());
    assert!(mail[0].1.contains(&p31.id.to_string()));
    // A second cancellation of the same registration changes nothing.
    assert!(matches!(f.store.cancel_registration(first.id, Some(&compose), None).await, Err(StoreError::NotFound)));

    // Ten concurrent cancellations promote exactly the next ten, in order.
    let mut tasks = vec![];
    for pos in 6..16 {
        let id = by_pos.iter().find(|r| r.position == pos).unwrap().id;
        let f = f.clone();
        tasks.push(tokio::spawn(async move { f.store.cancel_registration(id, Some(&compose), None).await.unwrap() }));
    }
    let mut promoted = vec![];
    for t in tasks {
        promoted.push(t.await.unwrap().promoted.unwrap());
    }
    let mut promoted_pos: Vec<i64> =
        promoted.iter().map(|id| by_pos.iter().find(|r| r.id == *id).unwrap().position).collect();
    promoted_pos.sort();
    assert_eq!(promoted_pos, (32..=41).collect::<Vec<_>>());
    let sess = f.store.get_session(s, "en").await.unwrap();
    assert_eq!((sess.confirmed, sess.waiting), (30, 959));
    assert_eq!(outbox_for(&f.store).await.len(), 11);
    // Cancelling someone waiting frees no seat and promotes nobody.
    let w = by_pos.iter().find(|r| r.position == 500).unwrap();
    let c = f.store.cancel_registration(w.id, Some(&compose), None).await.unwrap();
    assert_eq!(c.promoted, None);
    assert_eq!(f.store.get_session(s, "en").await.unwrap().confirmed, 30);
});

both_backends!(childcare_places_are_never_overbooked, |b| async move {
    let f = fixture(b).await;
    let s = one_session(&f, 20, 3).await;
    let a = f.store.register_for_session(s, &contact(1, 2), None).await.unwrap();
    assert_eq!(a.status, RegistrationStatus::Confirmed);
    // Two children, one place free: waits, although seats are free.
    let b2 = f.store.register_for_session(s, &contact(2, 2), None).await.unwrap();
    assert_eq!(b2.status, RegistrationStatus::Waiting);
    let c = f.store.register_for_session(s, &contact(3, 1), None).await.unwrap();
    assert_eq!(c.status, RegistrationStatus::Confirmed);
    // More children than the session has places: refused outright.
    assert!(matches!(
        f.store.register_for_session(s, &contact(4, 4), None).await,
        Err(StoreError::Conflict("childcare_impossible"))
    ));
    let sess = f.store.get_session(s, "en").await.unwrap();
    assert_eq!((sess.confirmed, sess.childcare_free, sess.waiting), (2, 0, 1));
    // Freeing two places lets the one waiting with two children move up.
    let x = f.store.cancel_registration(a.id, None, None).await.unwrap();
    assert_eq!(x.promoted, Some(b2.id));
    assert!(!x.promoted_told, "no message composer given, nothing queued");
    let sess = f.store.get_session(s, "en").await.unwrap();
    assert_eq!((sess.confirmed, sess.childcare_free, sess.waiting), (2, 0, 0));
});

both_backends!(registration_rules, |b| async move {
    let f = fixture(b).await;
    let planned =
        f.store.create_sessions(&[session(&f, "2027-01-09", 20, 0, Status::Planned)], false, None).await.unwrap()[0];
    assert!(matches!(
        f.store.register_for_session(planned, &contact(1, 0), None).await,
        Err(StoreError::Conflict("closed"))
    ));
    assert!(matches!(
        f.store.register_for_session(uuid::Uuid::now_v7(), &contact(1, 0), None).await,
        Err(StoreError::NotFound)
    ));
    // Status moves only along the allowed transitions.
    assert!(matches!(
        f.store.set_session_status(planned, Status::Held, None).await,
        Err(StoreError::Conflict("status"))
    ));
    f.store.set_session_status(planned, Status::Published, None).await.unwrap();
    // One live registration per person and session, also when many try at once.
    let p = people(&f.store, 1).await[0];
    let reg = |p| NewRegistration { registrant: Registrant::Person(p), ..contact(0, 0) };
    let store = Arc::new(f.store.clone());
    let mut tasks = vec![];
    for _ in 0..20 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move { store.register_for_session(planned, &reg(p), None).await }));
    }
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => ok += 1,
            Err(StoreError::Conflict("already_registered")) => {}
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(ok, 1);
    assert_eq!(f.store.get_session(planned, "en").await.unwrap().confirmed, 1, "refused attempts took no seat");
    // After cancelling, the person may register again.
    let first = f.store.list_registrations(planned).await.unwrap()[0].id;
    f.store.cancel_registration(first, None, None).await.unwrap();
    f.store.register_for_session(planned, &reg(p), None).await.unwrap();
    // A cancelled session takes no more registrations.
    f.store.set_session_status(planned, Status::Cancelled, None).await.unwrap();
    assert!(matches!(
        f.store.register_for_session(planned, &contact(9, 0), None).await,
        Err(StoreError::Conflict("closed"))
    ));
});

fn voucher_rule() -> welcomedesk_domain::vouchers::Rule {
    use welcomedesk_domain::vouchers::{Level, Rule};
    Rule {
        name: "Language voucher".into(),
        valid_from: jiff::civil::date(2020, 1, 1),
        first_after: 1,
        further_every: 4,
        max_vouchers: 2,
        value_cents: 15_000,
        value_cents_certificate: 30_000,
        parts: 3,
        validity_months: 30,
        level_min: Level::A1,
        level_max: Level::B1,
        start_weeks_before: 6,
    }
}

/// Rows of a table that belong to a person, read in a write transaction (sees every commit).
async fn count_for(store: &Store, table: &str, person: uuid::Uuid) -> i64 {
    let mut tx = store.begin().await.unwrap();
    let n: i64 = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) AS n FROM {table} WHERE person_id = $1")))
        .bind(person.to_string())
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get("n");
    tx.commit().await.unwrap();
    n
}

both_backends!(check_in_counts_once, |b| async move {
    let f = Arc::new(fixture(b).await);
    let s = one_session(&f, 20, 0).await;
    let ps = people(&f.store, 2).await;
    let reg = f
        .store
        .register_for_session(s, &NewRegistration { registrant: Registrant::Person(ps[0]), ..contact(0, 0) }, None)
        .await
        .unwrap();
    // A voucher rule in force: the first module earns a voucher.
    f.store.insert_rule(&voucher_rule(), None).await.unwrap();
    // Fifty concurrent check-ins of one person: one attendance, one set of facts.
    let mut tasks = vec![];
    for i in 0..50 {
        let f = f.clone();
        let who = if i % 2 == 0 { CheckInWho::Person(ps[0]) } else { CheckInWho::Registration(reg.id) };
        tasks.push(tokio::spawn(async move { f.store.check_in(s, &who, None).await.unwrap() }));
    }
    let mut news = vec![];
    let mut ids = vec![];
    for t in tasks {
        let c = t.await.unwrap();
        ids.push(c.attendance_id);
        if c.new {
            news.push(c);
        }
    }
    assert_eq!(news.len(), 1, "exactly one check-in is new");
    assert!(ids.iter().all(|i| *i == news[0].attendance_id), "the others answer with the same attendance");
    let facts = news[0].facts.clone().unwrap();
    assert_eq!(facts.person_id, ps[0].to_string());
    assert_eq!(facts.session_id, s.to_string());
    assert_eq!(facts.attended_on, "2027-01-09");
    assert_eq!(facts.topic_id, f.topic.to_string());
    assert_eq!(facts.language, "ar");
    assert_eq!(facts.venue_id, f.venue.to_string());
    assert_eq!(f.store.count_attendances(s).await.unwrap(), 1);
    // The passport hook ran once in the check-in's transaction: one stamp, one voucher.
    assert_eq!(count_for(&f.store, "passport_stamps", ps[0]).await, 1, "one stamp for fifty check-ins");
    assert_eq!(count_for(&f.store, "vouchers", ps[0]).await, 1, "one voucher earned by the first module");
    // Someone registered who was not: checked in by person, no registration needed.
    let again = f.store.check_in(s, &CheckInWho::Person(ps[1]), None).await.unwrap();
    assert!(again.new);
    assert!(!f.store.check_in(s, &CheckInWho::Person(ps[1]), None).await.unwrap().new);
    // Walk-ins: the same name and phone in another spelling order count once.
    let w = |n: &str| CheckInWho::WalkIn {
        name: n.into(),
        phone: Some("+46 70 1".into()),
        key: walk_in_key(n, Some("+46 70 1")),
    };
    let w1 = f.store.check_in(s, &w("Omar Haddad"), None).await.unwrap();
    assert!(w1.new && w1.facts.is_none());
    assert!(!f.store.check_in(s, &w("haddad omar"), None).await.unwrap().new);
    assert_eq!(f.store.count_attendances(s).await.unwrap(), 3);
    let rows = f.store.list_registrations(s).await.unwrap();
    assert!(rows[0].checked_in);
    assert_eq!(f.store.attendances_of_person(ps[0]).await.unwrap().len(), 1);
    // A planned session cannot be checked into; an unknown registration is not found.
    let planned =
        f.store.create_sessions(&[session(&f, "2027-01-16", 20, 0, Status::Planned)], false, None).await.unwrap()[0];
    assert!(matches!(
        f.store.check_in(planned, &CheckInWho::Person(ps[0]), None).await,
        Err(StoreError::Conflict("not_open"))
    ));
    assert!(matches!(
        f.store.check_in(s, &CheckInWho::Registration(uuid::Uuid::now_v7()), None).await,
        Err(StoreError::NotFound)
    ));
    // Nor an unknown person, nor a person to an unknown session; nothing is written.
    assert!(matches!(
        f.store.check_in(s, &CheckInWho::Person(uuid::Uuid::now_v7()), None).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        f.store.check_in(uuid::Uuid::now_v7(), &CheckInWho::Person(ps[1]), None).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(f.store.count_attendances(s).await.unwrap(), 3);
    // A registered person checked in by person: the attendance keeps the registration,
    // and the check-in's audit entry names it.
    let third = people(&f.store, 1).await[0];
    let later = one_session(&f, 20, 0).await;
    let r3 = f
        .store
        .register_for_session(later, &NewRegistration { registrant: Registrant::Person(third), ..contact(0, 0) }, None)
        .await
        .unwrap();
    let actor = uuid::Uuid::now_v7();
    let c3 = f.store.check_in(later, &CheckInWho::Person(third), Some(actor)).await.unwrap();
    assert!(c3.new);
    {
        let mut tx = f.store.begin().await.unwrap();
        let row = sqlx::query("SELECT registration_id, checked_in_by FROM attendances WHERE id = $1")
            .bind(c3.attendance_id.to_string())
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        assert_eq!(row.get::<Option<String>, _>("registration_id"), Some(r3.id.to_string()));
        assert_eq!(row.get::<Option<String>, _>("checked_in_by"), Some(actor.to_string()));
        let detail: String =
            sqlx::query("SELECT detail FROM audit_log WHERE action = 'attendance.check_in' AND entity_id = $1")
                .bind(later.to_string())
                .fetch_one(&mut *tx)
                .await
                .unwrap()
                .get("detail");
        assert_eq!(detail, format!("attendance={} person={third} registration={}", c3.attendance_id, r3.id));
        tx.commit().await.unwrap();
    }
    // Erasure leaves the attendance as an anonymous count.
    f.store.erase_person(ps[0], "request", None).await.unwrap();
    assert_eq!(f.store.count_attendances(s).await.unwrap(), 3);
    assert!(f.store.attendances_of_person(ps[0]).await.unwrap().is_empty());
    let rows = f.store.list_registrations(s).await.unwrap();
    assert!(rows[0].person_id.is_none() && rows[0].name.is_none());
});

// The check-in reads the person with the session and writes its two audit entries in
// one statement (issue 10): what it records must be what it always recorded — the
// stamp's entry and the check-in's, once each, none for a repeated check-in — and the
// voucher's value must follow the person's certificate flag on both backends.
both_backends!(check_in_audits_once_and_pays_the_certificate_value, |b| async move {
    let f = fixture(b).await;
    let s = one_session(&f, 20, 0).await;
    let ps = people(&f.store, 2).await;
    {
        let mut tx = f.store.begin().await.unwrap();
        sqlx::query("UPDATE people SET certificate_required = 1 WHERE id = $1")
            .bind(ps[1].to_string())
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    f.store.insert_rule(&voucher_rule(), None).await.unwrap();
    for p in &ps {
        assert!(f.store.check_in(s, &CheckInWho::Person(*p), None).await.unwrap().new);
        assert!(!f.store.check_in(s, &CheckInWho::Person(*p), None).await.unwrap().new);
    }
    let mut tx = f.store.begin().await.unwrap();
    let audits = |action: &'static str, id: String| {
        sqlx::query("SELECT COUNT(*) AS n FROM audit_log WHERE action = $1 AND entity_id = $2").bind(action).bind(id)
    };
    for p in &ps {
        let n: i64 = audits("person.passport_stamp", p.to_string()).fetch_one(&mut *tx).await.unwrap().get("n");
        assert_eq!(n, 1, "one stamp entry per person");
        let value: i64 = sqlx::query("SELECT value_cents FROM vouchers WHERE person_id = $1")
            .bind(p.to_string())
            .fetch_one(&mut *tx)
            .await
            .unwrap()
            .get("value_cents");
        assert_eq!(value, if *p == ps[1] { 30_000 } else { 15_000 }, "the certificate value only with the flag");
    }
    let n: i64 = audits("attendance.check_in", s.to_string()).fetch_one(&mut *tx).await.unwrap().get("n");
    assert_eq!(n, 2, "one check-in entry per new attendance, none for a repeated one");
    // The stamp's entry comes before the check-in's (one statement, rows in order).
    let first: String = sqlx::query(
        "SELECT action FROM audit_log WHERE action IN ('person.passport_stamp', 'attendance.check_in') \
         ORDER BY id LIMIT 1",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap()
    .get("action");
    assert_eq!(first, "person.passport_stamp");
    tx.commit().await.unwrap();
});

both_backends!(trainer_absence_hands_sessions_to_the_backup, |b| async move {
    let f = fixture(b).await;
    let mk = |name: &'static str| NewTrainer {
        name,
        email: None,
        staff_id: None,
        max_per_month: 8,
        fee_cents: 15000,
        knows_origin_countries: "SY,IQ",
        languages: &[],
        topics: &[],
        hours: &[],
    };
    let t1 = f.store.insert_trainer(&mk("Rana"), None).await.unwrap();
    let t2 = f.store.insert_trainer(&mk("Karim"), None).await.unwrap();
    let t3 = f.store.insert_trainer(&mk("Lina"), None).await.unwrap();
    let mut a = session(&f, "2027-01-09", 20, 0, Status::Published);
    a.trainer_id = Some(t1);
    a.backup_trainer_id = Some(t2);
    let mut b2 = session(&f, "2027-01-09", 20, 0, Status::Published);
    b2.trainer_id = Some(t3);
    b2.backup_trainer_id = Some(t1);
    let mut other_day = session(&f, "2027-01-16", 20, 0, Status::Published);
    other_day.trainer_id = Some(t1);
    let ids = f.store.create_sessions(&[a, b2, other_day], true, None).await.unwrap();
    for i in 0..3 {
        f.store.register_for_session(ids[0], &contact(i, 0), None).await.unwrap();
    }
    let changed = f.store.mark_trainer_absent(t1, "2027-01-09", "sick", Some(&compose), None).await.unwrap();
    assert_eq!(changed.len(), 2);
    let s0 = f.store.get_session(ids[0], "en").await.unwrap();
    assert_eq!((s0.trainer_id, s0.backup_trainer_id), (Some(t2), None));
    let s1 = f.store.get_session(ids[1], "en").await.unwrap();
    assert_eq!((s1.trainer_id, s1.backup_trainer_id), (Some(t3), None));
    let s2 = f.store.get_session(ids[2], "en").await.unwrap();
    assert_eq!(s2.trainer_id, Some(t1), "another day is untouched");
    assert_eq!(outbox_for(&f.store).await.len(), 3, "everyone registered is told");
    let pool = f.store.load_trainers("2027-01-01").await.unwrap();
    let rana = pool.iter().find(|t| t.id == t1).unwrap();
    assert_eq!(rana.absences, vec![("2027-01-09".to_owned(), "2027-01-09".to_owned())]);
    // A proposed backup is written only to live sessions.
    assert_eq!(f.store.assign_trainers(&[(ids[0], Some(t2), Some(t3))], None).await.unwrap(), 1);
    assert_eq!(f.store.get_session(ids[0], "en").await.unwrap().backup_trainer_id, Some(t3));
    assert!(matches!(
        f.store.mark_trainer_absent(uuid::Uuid::now_v7(), "2027-01-09", "sick", None, None).await,
        Err(StoreError::NotFound)
    ));
});

both_backends!(calendar_filters_surveys_and_topic_requests, |b| async move {
    let f = fixture(b).await;
    // 2027-01-09 is a Saturday, 2027-01-12 a Tuesday.
    let mut tue = session(&f, "2027-01-12", 25, 0, Status::Published);
    tue.language = "uk".into();
    let sat = session(&f, "2027-01-09", 25, 5, Status::Published);
    let planned = session(&f, "2027-01-27", 25, 0, Status::Planned);
    let ids = f.store.create_sessions(&[sat, tue, planned], true, None).await.unwrap();
    let all = f.store.list_sessions(&SessionFilter::default(), "ar").await.unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].topic_title, "السكن");
    assert!(all.iter().all(|s| s.series_id.is_some() && s.series_id == all[0].series_id));
    let published = SessionFilter { statuses: vec![Status::Published], ..Default::default() };
    assert_eq!(f.store.list_sessions(&published, "en").await.unwrap().len(), 2);
    let only = |x: SessionFilter| {
        let store = f.store.clone();
        async move { store.list_sessions(&x, "en").await.unwrap().iter().map(|s| s.id).collect::<Vec<_>>() }
    };
    assert_eq!(only(SessionFilter { saturday: true, ..Default::default() }).await, vec![ids[0]]);
    assert_eq!(only(SessionFilter { language: Some("uk".into()), ..Default::default() }).await, vec![ids[1]]);
    assert_eq!(only(SessionFilter { childcare: true, ..Default::default() }).await, vec![ids[0]]);
    assert_eq!(
        only(SessionFilter { from: Some("2027-01-10".into()), to: Some("2027-01-20".into()), ..Default::default() })
            .await,
        vec![ids[1]]
    );
    assert_eq!(
        only(SessionFilter { district: Some("South".into()), ..Default::default() }).await,
        Vec::<uuid::Uuid>::new()
    );
    assert_eq!(only(SessionFilter { topic: Some(f.topic), ..Default::default() }).await.len(), 3);
    // The survey link finds its session; answers are counted, missing topics per language.
    let s = f.store.get_session(ids[0], "en").await.unwrap();
    let by_token = f.store.session_by_survey_token(&s.survey_token, "en").await.unwrap();
    assert_eq!(by_token.id, ids[0]);
    f.store.submit_survey(ids[0], "ar", &parse_survey("5", "yes", "yes", "Driving licence").unwrap()).await.unwrap();
    f.store.submit_survey(ids[0], "ar", &parse_survey("3", "no", "yes", "driving  licence!").unwrap()).await.unwrap();
    f.store.submit_survey(ids[0], "uk", &parse_survey("4", "yes", "no", "Driving licence").unwrap()).await.unwrap();
    assert_eq!(f.store.survey_summary(ids[0]).await.unwrap(), (3, 400, 2, 2));
    let req = f.store.topic_requests(10).await.unwrap();
    assert_eq!(req[0], ("ar".to_owned(), "Driving licence".to_owned(), 2));
    assert_eq!(req[1], ("uk".to_owned(), "Driving licence".to_owned(), 1));
    // Contact details of past sessions are cleared by the retention purge.
    f.store.register_for_session(ids[0], &contact(1, 0), None).await.unwrap();
    assert_eq!(f.store.purge_module_contacts("2027-01-10").await.unwrap(), 1);
    let r = &f.store.list_registrations(ids[0]).await.unwrap()[0];
    assert!(r.name.is_none() && r.email.is_none());
});
