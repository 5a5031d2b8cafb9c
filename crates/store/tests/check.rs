//! The consistency checks of the proof suites can fail: a clean database passes, and
//! each planted fault (an overlapping booking written around the unit keys, a unit of a
//! cancelled appointment, a lost row) is reported. Both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use sqlx::AssertSqlSafe;
use welcomedesk_domain::Role;
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_store::check::Written;
use welcomedesk_store::coaching::NewAppointment;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::staff::InsertStaff;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, both_backends};

both_backends!(checks_find_planted_faults, |b: Backend| async move {
    let db = TestDb::new(b).await.unwrap();
    let store = db.store().await.unwrap();
    let staff = store
        .insert_staff(
            &InsertStaff {
                email: "c@x.example",
                name: "C",
                role: Role::Counsellor,
                provider_id: None,
                password_hash: "x",
                ui_language: "en",
            },
            None,
        )
        .await
        .unwrap();
    store.upsert_counsellor(staff, &[("ar", "native")], &["start"], None).await.unwrap();
    let place = store.insert_place("P", "Street 1", None, true, None).await.unwrap();
    let i = PersonInput {
        full_name: "P".into(),
        birth_year: "1990".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, jiff::civil::date(2026, 11, 25)).unwrap();
    let row = || NewPersonRow {
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
    let people = store.bulk_insert_people(&[row(), row()]).await.unwrap();
    let units: Vec<String> = (0..4).map(|i| format!("2026-12-07T10:{:02}:00.000000Z", 15 * i)).collect();
    let a = store
        .book_appointment(
            &NewAppointment {
                reference: "R1",
                person: people[0],
                counsellor: staff,
                place,
                kind: "start",
                starts_at: "2026-12-07T10:00:00.000000Z",
                ends_at: "2026-12-07T11:00:00.000000Z",
                language: Some("ar"),
                interpreter_needed: false,
                children_count: 0,
                children_ages: None,
                matter: None,
                via: "staff",
                cancel_token_hash: None,
                units: &units,
            },
            None,
        )
        .await
        .unwrap();
    assert_eq!(store.integrity_check().await.unwrap(), "ok");
    assert!(store.invariant_violations().await.unwrap().is_empty(), "a clean database passes");
    assert_eq!(store.missing(Written::People, &people).await.unwrap(), Vec::<uuid::Uuid>::new());
    assert_eq!(store.missing(Written::Appointments, &[a]).await.unwrap(), Vec::<uuid::Uuid>::new());
    let ghost = uuid::Uuid::now_v7();
    assert_eq!(store.missing(Written::People, &[people[1], ghost]).await.unwrap(), vec![ghost], "a lost write");

    // Read-then-write without the unit keys: a second appointment of the same counsellor
    // at 10:30, written directly. The checks see it although no key refused it.
    let raw = sqlx::AnyPool::connect(&db.url).await.unwrap();
    sqlx::query(AssertSqlSafe(
        "INSERT INTO appointments (id, reference, person_id, counsellor_id, place_id, kind, starts_at, ends_at, \
         status, interpreter_needed, booked_via, created_at, updated_at) VALUES ($1, 'R2', $2, $3, $4, 'start', \
         '2026-12-07T10:30:00.000000Z', '2026-12-07T11:30:00.000000Z', 'booked', 0, 'staff', $5, $5)",
    ))
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(people[1].to_string())
    .bind(staff.to_string())
    .bind(place.to_string())
    .bind("2026-12-01T00:00:00.000000Z")
    .execute(&raw)
    .await
    .unwrap();
    let v: Vec<&str> = store.invariant_violations().await.unwrap().into_iter().map(|(n, _)| n).collect();
    assert!(v.contains(&"a counsellor in two live appointments at once"), "{v:?}");
    assert!(v.contains(&"a booked appointment without all its counsellor units"), "{v:?}");
    assert!(v.contains(&"a booked appointment of a person without all its person units"), "{v:?}");
    assert!(v.contains(&"an appointment without its audit entry"), "{v:?}");
    // A cancellation that forgot to free the units.
    sqlx::query(AssertSqlSafe("UPDATE appointments SET status = 'cancelled' WHERE id = $1"))
        .bind(a.to_string())
        .execute(&raw)
        .await
        .unwrap();
    let v: Vec<&str> = store.invariant_violations().await.unwrap().into_iter().map(|(n, _)| n).collect();
    assert!(v.contains(&"a unit held by a cancelled appointment"), "{v:?}");
    raw.close().await;
    store.close().await;
});
