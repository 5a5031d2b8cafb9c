//! The course catalogue on SQLite and PostgreSQL: a provider's upsert is idempotent and
//! cannot touch another provider's course; the public list holds only current courses
//! (not started, not full, recently confirmed, approved provider) and filters them; the
//! finder's candidates rank as the domain says; stale providers are found.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::civil::{Date, date};
use std::collections::BTreeMap;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::courses::{self as rules, CourseData, CourseInput, CourseKind, LevelNow, Needs, Script};
use welcomedesk_domain::vouchers::{Level, ProviderStanding};
use welcomedesk_store::courses::CourseFilter;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreError, both_backends};

async fn fresh(b: Backend) -> (TestDb, Store) {
    let db = TestDb::new(b).await.expect("test database (is PostgreSQL running?)");
    let store = db.store().await.unwrap();
    (db, store)
}

async fn provider(store: &Store, name: &str, approved: bool) -> uuid::Uuid {
    let p = store.insert_provider(name, None).await.unwrap();
    if approved {
        store
            .set_provider_standing(p.id, ProviderStanding::Approved, Some(date(2025, 6, 1)), None, None)
            .await
            .unwrap();
    }
    p.id
}

fn input(title: &str, level: &str, starts: Date) -> CourseInput {
    CourseInput {
        title: title.into(),
        language: "de".into(),
        level: level.into(),
        starts_on: starts.to_string(),
        weekdays: "13".into(),
        starts_at: "09:00".into(),
        ends_at: "12:00".into(),
        place: "Volkshochschule".into(),
        district: "Mitte".into(),
        price: "180".into(),
        voucher_accepted: true,
        seats_left: "8".into(),
        explain_languages: "ar,fa".into(),
        ..CourseInput::default()
    }
}

fn data(i: &CourseInput) -> CourseData {
    CourseData::parse(i).unwrap()
}

fn today() -> Date {
    jiff::Zoned::now().date()
}

fn in_days(n: i64) -> Date {
    today().checked_add(jiff::Span::new().days(n)).unwrap()
}

both_backends!(upsert_is_idempotent_and_own_only, |b| async move {
    let (_db, store) = fresh(b).await;
    let a = provider(&store, "Sprachschule A", true).await;
    let other = provider(&store, "Sprachschule B", true).await;
    let id = uuid::Uuid::now_v7();
    let i = input("Deutsch A1", "A1", in_days(20));
    let (c, created) = store.upsert_course(a, id, &data(&i), None).await.unwrap();
    assert!(created);
    assert_eq!((c.id, c.provider_id, c.level, c.seats_left), (id, a, Level::A1, Some(8)));
    assert_eq!(c.explain_languages, vec!["ar", "fa"]);
    assert_eq!(c.weekdays.as_digits(), "13");
    assert_eq!(c.starts_at.map(|t| t.hour()), Some(9));
    assert_eq!(c.updated_on, today());

    // The same PUT again: one row, not new.
    let (c2, created) = store.upsert_course(a, id, &data(&i), None).await.unwrap();
    assert!(!created);
    assert_eq!(c2, c);
    // A change is saved.
    let mut j = i.clone();
    j.seats_left = "2".into();
    j.kind = "literacy".into();
    let (c3, _) = store.upsert_course(a, id, &data(&j), None).await.unwrap();
    assert_eq!((c3.seats_left, c3.kind), (Some(2), CourseKind::Literacy));
    assert_eq!(store.provider_course_list(a).await.unwrap().len(), 1);

    // Another provider cannot overwrite it: NotFound, and nothing changed.
    let mut k = i.clone();
    k.title = "Hijacked".into();
    assert!(matches!(store.upsert_course(other, id, &data(&k), None).await, Err(StoreError::NotFound)));
    assert_eq!(store.course(id).await.unwrap().title, "Deutsch A1");
    // An unknown provider: NotFound.
    assert!(matches!(
        store.upsert_course(uuid::Uuid::now_v7(), uuid::Uuid::now_v7(), &data(&i), None).await,
        Err(StoreError::NotFound)
    ));
});

both_backends!(public_list_holds_current_courses_only, |b| async move {
    let (_db, store) = fresh(b).await;
    let a = provider(&store, "Approved", true).await;
    let unapproved = provider(&store, "Not approved", false).await;
    let current = uuid::Uuid::now_v7();
    store.upsert_course(a, current, &data(&input("Current", "A1", in_days(10))), None).await.unwrap();
    let mut full = input("Full", "A1", in_days(10));
    full.seats_left = "0".into();
    store.upsert_course(a, uuid::Uuid::now_v7(), &data(&full), None).await.unwrap();
    store.upsert_course(a, uuid::Uuid::now_v7(), &data(&input("Started", "A1", in_days(-1))), None).await.unwrap();
    store
        .upsert_course(unapproved, uuid::Uuid::now_v7(), &data(&input("Unapproved", "A1", in_days(10))), None)
        .await
        .unwrap();
    let mut b2 = input("B2 Süd", "B2", in_days(30));
    b2.district = "Süd".into();
    b2.childcare = true;
    store.upsert_course(a, uuid::Uuid::now_v7(), &data(&b2), None).await.unwrap();

    let days = store.course_stale_days().await.unwrap();
    assert_eq!(days, rules::DEFAULT_STALE_AFTER_DAYS);
    let titles = |v: Vec<rules::Course>| v.into_iter().map(|c| c.title).collect::<Vec<_>>();
    let all = store.list_courses(&CourseFilter::default(), today(), days, None, 100).await.unwrap();
    assert_eq!(titles(all.clone()), vec!["Current", "B2 Süd"]);
    let f = CourseFilter { level: Some(Level::B2), ..CourseFilter::default() };
    assert_eq!(titles(store.list_courses(&f, today(), days, None, 100).await.unwrap()), vec!["B2 Süd"]);
    let f = CourseFilter { district: Some("mitte".into()), ..CourseFilter::default() };
    assert_eq!(titles(store.list_courses(&f, today(), days, None, 100).await.unwrap()), vec!["Current"]);
    let f = CourseFilter { childcare: true, ..CourseFilter::default() };
    assert_eq!(titles(store.list_courses(&f, today(), days, None, 100).await.unwrap()), vec!["B2 Süd"]);
    let f = CourseFilter { language: Some("sv".into()), ..CourseFilter::default() };
    assert!(store.list_courses(&f, today(), days, None, 100).await.unwrap().is_empty());
    // Paging: one per page, the cursor continues after the last row.
    let p1 = store.list_courses(&CourseFilter::default(), today(), days, None, 1).await.unwrap();
    let last = (p1[0].starts_on, p1[0].id);
    let p2 = store.list_courses(&CourseFilter::default(), today(), days, Some(last), 1).await.unwrap();
    assert_eq!(titles(p2), vec!["B2 Süd"]);

    // Ten days later with a 5-day window: everything is stale and drops out; the
    // coordinator sees both providers as stale (the unapproved one too).
    let mut s = BTreeMap::new();
    s.insert(rules::STALE_SETTING.to_owned(), "5".to_owned());
    store.save_settings(&s, &AuditEvent::new(None, "settings.update", "settings")).await.unwrap();
    let days = store.course_stale_days().await.unwrap();
    assert_eq!(days, 5);
    assert!(store.list_courses(&CourseFilter::default(), in_days(10), days, None, 100).await.unwrap().is_empty());
    let fresh = store.course_freshness().await.unwrap();
    assert_eq!(fresh.len(), 2);
    assert!(rules::stale_providers(&fresh, today(), days).is_empty());
    assert_eq!(rules::stale_providers(&fresh, in_days(10), days).len(), 2);
    let none = provider(&store, "No courses", true).await;
    let fresh = store.course_freshness().await.unwrap();
    let stale = rules::stale_providers(&fresh, today(), days);
    assert_eq!(stale.iter().map(|p| p.provider_id).collect::<Vec<_>>(), vec![none]);
});

both_backends!(finder_candidates_rank_for_a_person, |b| async move {
    let (_db, store) = fresh(b).await;
    let a = provider(&store, "VHS", true).await;
    let mut lit = input("Alphabetisierung", "A1", in_days(14));
    lit.kind = "literacy".into();
    let mut second = input("Zweitschrift", "A1", in_days(14));
    second.kind = "second_script".into();
    second.district = "Norra".into();
    for i in [input("A1 Mitte", "A1", in_days(7)), input("B1", "B1", in_days(7)), lit, second] {
        store.upsert_course(a, uuid::Uuid::now_v7(), &data(&i), None).await.unwrap();
    }
    let cands =
        store.course_candidates(Some("de"), &rules::candidate_levels(&Needs::default()), today(), 60).await.unwrap();
    assert_eq!(cands.len(), 3, "B1 is not read for someone who does not know their level");
    let needs = Needs {
        level: LevelNow::Unknown,
        script: Script::OtherScript,
        district: Some("Norra".into()),
        ..Needs::default()
    };
    let m = rules::rank(&cands, &needs, today(), 60, 5);
    let titles: Vec<&str> = m.iter().map(|m| m.course.title.as_str()).collect();
    assert_eq!(titles, vec!["Zweitschrift", "Alphabetisierung", "A1 Mitte"]);
});

// --- seat reservations (issue 12) ------------------------------------------------------

async fn person(store: &Store, name: &str) -> uuid::Uuid {
    use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
    let i = PersonInput {
        full_name: name.into(),
        birth_year: "1990".into(),
        birth_month: "5".into(),
        birth_day: "17".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        permit_issued_on: "2026-01-02".into(),
        phone: "+46 70 123 45 67".into(),
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, date(2026, 1, 5)).unwrap();
    let keys = vec![format!("n:{name}")];
    let row = welcomedesk_store::register::NewPersonRow {
        data: &p.data,
        consents: &p.consents,
        source: p.source,
        document_language: "ar",
        channel: "in_person",
        text_language: "ar",
        text_version: "v1",
        import_key: None,
        name_keys: &keys,
    };
    store.bulk_insert_people(&[row]).await.unwrap()[0]
}

fn reservable(title: &str, seats: &str) -> CourseData {
    let mut i = input(title, "A1", in_days(20));
    i.seats_left = seats.into();
    i.reservations_allowed = true;
    data(&i)
}

both_backends!(concurrent_reservations_take_exactly_the_free_seats, |b| async move {
    use welcomedesk_domain::courses::ReservationStatus;
    let (_db, store) = fresh(b).await;
    let a = provider(&store, "Sprachschule A", true).await;
    let course = uuid::Uuid::now_v7();
    let (c, _) = store.upsert_course(a, course, &reservable("Deutsch A1", "3"), None).await.unwrap();
    assert!(c.reservations_allowed);
    let mut people = Vec::new();
    for i in 0..24 {
        people.push(person(&store, &format!("Person {i}")).await);
    }
    let mut tasks = Vec::new();
    for p in people.clone() {
        let s = store.clone();
        tasks.push(tokio::spawn(async move { s.reserve_seat(course, p, None).await }));
    }
    let (mut ok, mut full) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(r) => {
                assert_eq!(r.status, ReservationStatus::Requested);
                ok += 1;
            }
            Err(StoreError::Conflict("course_full")) => full += 1,
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    assert_eq!((ok, full), (3, 21));
    assert_eq!(store.course(course).await.unwrap().seats_left, Some(0));
    let open = store.provider_reservations(Some(a)).await.unwrap();
    assert_eq!(open.len(), 3);
    // The full course dropped out of the public view.
    let days = store.course_stale_days().await.unwrap();
    assert!(store.list_courses(&CourseFilter::default(), today(), days, None, 100).await.unwrap().is_empty());
});

both_backends!(reservations_answer_give_back_seats_and_go_with_the_person, |b| async move {
    use welcomedesk_domain::courses::{ReservationActor as Who, ReservationStatus as S};
    let (_db, store) = fresh(b).await;
    let a = provider(&store, "Sprachschule A", true).await;
    let other = provider(&store, "Sprachschule B", true).await;
    let course = uuid::Uuid::now_v7();
    store.upsert_course(a, course, &reservable("Deutsch A1", "2"), None).await.unwrap();
    let closed = uuid::Uuid::now_v7();
    let mut no_flag = reservable("Ohne Reservierung", "5");
    no_flag.reservations_allowed = false;
    store.upsert_course(a, closed, &no_flag, None).await.unwrap();
    let amal = person(&store, "Amal").await;
    let bilal = person(&store, "Bilal").await;
    let staff = Some(uuid::Uuid::now_v7());

    // A course without the flag takes no reservation, and nothing changes.
    assert!(matches!(store.reserve_seat(closed, amal, staff).await, Err(StoreError::Conflict("course_full"))));
    assert_eq!(store.course(closed).await.unwrap().seats_left, Some(5));
    // Unknown person or course.
    assert!(matches!(store.reserve_seat(course, uuid::Uuid::now_v7(), staff).await, Err(StoreError::NotFound)));
    assert!(matches!(store.reserve_seat(uuid::Uuid::now_v7(), amal, staff).await, Err(StoreError::NotFound)));

    let r = store.reserve_seat(course, amal, staff).await.unwrap();
    assert_eq!((r.status, r.requested_by, r.course_title.as_str()), (S::Requested, staff, "Deutsch A1"));
    // Twice for the same person: refused, the seat is not taken twice.
    assert!(matches!(store.reserve_seat(course, amal, staff).await, Err(StoreError::Conflict("already_reserved"))));
    assert_eq!(store.course(course).await.unwrap().seats_left, Some(1));

    // Another provider cannot see or answer it.
    assert!(store.provider_reservations(Some(other)).await.unwrap().is_empty());
    assert!(matches!(
        store.move_reservation(r.id, S::Confirmed, Who::Provider, Some(other), None).await,
        Err(StoreError::NotFound)
    ));
    // The provider sees the name, date of birth and contact.
    let seen = store.provider_reservations(Some(a)).await.unwrap();
    assert_eq!(
        (seen[0].full_name.as_str(), seen[0].birth_year, seen[0].birth_month, seen[0].birth_day),
        ("Amal", 1990, Some(5), Some(17))
    );
    assert!(seen[0].phone.is_some());
    // Staff cannot confirm; the provider can; a confirmed seat stays taken.
    assert!(matches!(
        store.move_reservation(r.id, S::Confirmed, Who::Staff, None, staff).await,
        Err(StoreError::Conflict("reservation_state"))
    ));
    let c = store.move_reservation(r.id, S::Confirmed, Who::Provider, Some(a), None).await.unwrap();
    assert_eq!(c.status, S::Confirmed);
    assert_eq!(store.course(course).await.unwrap().seats_left, Some(1));
    // The staff cancel it: the seat comes back; cancelling again is refused.
    store.move_reservation(r.id, S::Cancelled, Who::Staff, None, staff).await.unwrap();
    assert_eq!(store.course(course).await.unwrap().seats_left, Some(2));
    assert!(matches!(
        store.move_reservation(r.id, S::Cancelled, Who::Staff, None, staff).await,
        Err(StoreError::Conflict("reservation_state"))
    ));
    // After a cancellation the person may ask again; a declined request gives the seat back.
    let r2 = store.reserve_seat(course, amal, staff).await.unwrap();
    let rb = store.reserve_seat(course, bilal, staff).await.unwrap();
    assert_eq!(store.course(course).await.unwrap().seats_left, Some(0));
    store.move_reservation(rb.id, S::Declined, Who::Provider, Some(a), None).await.unwrap();
    assert_eq!(store.course(course).await.unwrap().seats_left, Some(1));
    let mine = store.person_reservations(amal).await.unwrap();
    assert_eq!(mine.iter().map(|r| r.status).collect::<Vec<_>>(), vec![S::Requested, S::Cancelled]);

    // Audited on the person (ids only).
    let log = store.person_history(amal).await.unwrap();
    assert!(log.iter().filter(|e| e.action == "reservation.create").count() == 2);
    assert!(log.iter().any(|e| e.action == "reservation.update"));

    // Erasure: Amal's open reservation gives its seat back and every reservation goes.
    store.erase_person(amal, "request", None).await.unwrap();
    assert_eq!(store.course(course).await.unwrap().seats_left, Some(2));
    assert!(store.person_reservations(amal).await.unwrap().is_empty());
    assert!(matches!(store.reservation(r2.id).await, Err(StoreError::NotFound)));
    assert_eq!(store.provider_reservations(Some(a)).await.unwrap().len(), 1);
});
