//! Coaching appointments on both backends: no double booking of a counsellor or a person,
//! whatever the concurrency.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use welcomedesk_domain::Role;
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_store::coaching::NewAppointment;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::staff::InsertStaff;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreError, both_backends};

async fn setup(b: Backend, people: usize) -> (TestDb, Store, uuid::Uuid, uuid::Uuid, Vec<uuid::Uuid>) {
    let db = TestDb::new(b).await.expect("test database");
    let store = db.store().await.unwrap();
    let staff = store
        .insert_staff(
            &InsertStaff {
                email: "c@x.example",
                name: "Samir",
                role: Role::Counsellor,
                provider_id: None,
                password_hash: "x",
                ui_language: "en",
            },
            None,
        )
        .await
        .unwrap();
    store.upsert_counsellor(staff, &[("ar", "native"), ("en", "fluent")], &["start", "follow_up"], None).await.unwrap();
    let place = store.insert_place("Immigration office", "Main Street 1", None, true, None).await.unwrap();
    store.add_counsellor_hours(staff, 1, "08:00", "16:00", place, None).await.unwrap();
    let i = PersonInput {
        full_name: "P".into(),
        birth_year: "1990".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, jiff::civil::date(2026, 11, 25)).unwrap();
    let rows: Vec<NewPersonRow<'_>> = (0..people)
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
    let ids = store.bulk_insert_people(&rows).await.unwrap();
    (db, store, staff, place, ids)
}

fn units(start: &str, n: usize) -> Vec<String> {
    let s: jiff::civil::DateTime = start.parse().unwrap();
    (0..n).map(|i| (s + jiff::Span::new().minutes(15 * i as i64)).strftime("%Y-%m-%dT%H:%M:%S").to_string()).collect()
}

fn appt<'a>(
    reference: &'a str,
    person: uuid::Uuid,
    counsellor: uuid::Uuid,
    place: uuid::Uuid,
    start: &'a str,
    end: &'a str,
    u: &'a [String],
) -> NewAppointment<'a> {
    NewAppointment {
        reference,
        person,
        counsellor,
        place,
        kind: "start",
        starts_at: start,
        ends_at: end,
        language: Some("ar"),
        interpreter_needed: false,
        via: "staff",
        cancel_token_hash: None,
        units: u,
    }
}

both_backends!(two_hundred_people_race_for_one_slot, |b| async move {
    let (_db, store, staff, place, people) = setup(b, 200).await;
    let u = units("2026-12-07T10:00:00", 4);
    let tasks: Vec<_> = people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (store, u, p) = (store.clone(), u.clone(), *p);
            tokio::spawn(async move {
                let r = format!("R{i:05}");
                store
                    .book_appointment(
                        &appt(&r, p, staff, place, "2026-12-07T10:00:00", "2026-12-07T11:00:00", &u),
                        None,
                    )
                    .await
            })
        })
        .collect();
    let (mut ok, mut taken, mut other) = (0, 0, vec![]);
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => ok += 1,
            Err(StoreError::Conflict("slot_taken")) => taken += 1,
            Err(e) => other.push(e.to_string()),
        }
    }
    assert_eq!((ok, taken), (1, 199), "exactly one booking wins; others: {other:?}");
    assert!(other.is_empty());
    let busy = store.counsellor_busy("2026-12-07T00:00:00", "2026-12-08T00:00:00").await.unwrap();
    assert_eq!(busy.len(), 1);
});

both_backends!(overlaps_are_refused_for_counsellor_and_person, |b| async move {
    let (_db, store, staff, place, people) = setup(b, 2).await;
    let u1 = units("2026-12-07T10:00:00", 4);
    let a = store
        .book_appointment(&appt("A1", people[0], staff, place, "2026-12-07T10:00:00", "2026-12-07T11:00:00", &u1), None)
        .await
        .unwrap();
    // Another person, overlapping by half an hour: the counsellor is taken.
    let u2 = units("2026-12-07T10:30:00", 4);
    let r = store
        .book_appointment(&appt("A2", people[1], staff, place, "2026-12-07T10:30:00", "2026-12-07T11:30:00", &u2), None)
        .await;
    assert!(matches!(r, Err(StoreError::Conflict("slot_taken"))), "{r:?}");
    // The same person with a second counsellor at the same time: the person is taken.
    let other = store
        .insert_staff(
            &welcomedesk_store::staff::InsertStaff {
                email: "d@x.example",
                name: "Olena",
                role: Role::Counsellor,
                provider_id: None,
                password_hash: "x",
                ui_language: "en",
            },
            None,
        )
        .await
        .unwrap();
    store.upsert_counsellor(other, &[("uk", "native")], &["start"], None).await.unwrap();
    let r = store
        .book_appointment(&appt("A3", people[0], other, place, "2026-12-07T10:30:00", "2026-12-07T11:30:00", &u2), None)
        .await;
    assert!(matches!(r, Err(StoreError::Conflict("person_busy"))), "{r:?}");
    // Cancelling frees the time for both.
    store.cancel_appointment(a, None).await.unwrap();
    assert!(matches!(store.cancel_appointment(a, None).await, Err(StoreError::NotFound)));
    store
        .book_appointment(&appt("A4", people[1], staff, place, "2026-12-07T10:30:00", "2026-12-07T11:30:00", &u2), None)
        .await
        .unwrap();
    assert_eq!(store.find_appointment(a).await.unwrap().status, "cancelled");
    assert_eq!(store.appointments_of_person(people[1]).await.unwrap().len(), 1);
    // A reference is unique.
    let u3 = units("2026-12-07T13:00:00", 2);
    let r = store
        .book_appointment(&appt("A4", people[0], staff, place, "2026-12-07T13:00:00", "2026-12-07T13:30:00", &u3), None)
        .await;
    assert!(matches!(r, Err(StoreError::Conflict("reference_taken"))), "{r:?}");
});

both_backends!(counsellors_load_with_hours_and_absences, |b| async move {
    let (_db, store, staff, place, _) = setup(b, 0).await;
    store.add_counsellor_absence(staff, "2026-12-24", "2027-01-01", "holiday", None).await.unwrap();
    store.add_counsellor_absence(staff, "2026-01-01", "2026-01-02", "sick", None).await.unwrap();
    let c = store.load_counsellors("2026-11-25").await.unwrap();
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].languages, [("ar".to_owned(), "native".to_owned()), ("en".to_owned(), "fluent".to_owned())]);
    assert_eq!(c[0].kinds, ["follow_up", "start"]);
    assert_eq!(c[0].hours, [(1, "08:00".to_owned(), "16:00".to_owned(), place)]);
    assert_eq!(c[0].absences.len(), 1, "past absences are not loaded");
    assert_eq!(store.appointment_minutes().await.unwrap().len(), 4);
});
