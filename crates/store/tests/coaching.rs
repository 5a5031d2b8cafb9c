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
        children_count: 0,
        children_ages: None,
        matter: None,
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

both_backends!(moves_race_for_one_slot_and_losers_keep_their_time, |b| async move {
    // 40 people with appointments at 40 distinct times all move to the same new time at
    // once: exactly one move wins; every loser keeps the old appointment (still booked,
    // its time still held); the winner's old time is free again. Without the single
    // transaction a loser would end up with no appointment at all.
    let (_db, store, staff, place, people) = setup(b, 40).await;
    let mut old = vec![];
    for (i, p) in people.iter().enumerate() {
        let day = 8 + i / 8; // 8 one-hour appointments per Monday-ish day (units only)
        let hour = 8 + i % 8;
        let s = format!("2026-12-{day:02}T{hour:02}:00:00");
        let e = format!("2026-12-{day:02}T{hour:02}:45:00");
        let u = units(&s, 3);
        let id = store.book_appointment(&appt(&format!("M{i:03}"), *p, staff, place, &s, &e, &u), None).await.unwrap();
        old.push((id, s, e));
    }
    let target = units("2026-12-07T10:00:00", 4);
    let tasks: Vec<_> = people
        .iter()
        .zip(&old)
        .enumerate()
        .map(|(i, (p, (id, _, _)))| {
            let (store, u, p, id) = (store.clone(), target.clone(), *p, *id);
            tokio::spawn(async move {
                let r = format!("N{i:03}");
                let a = appt(&r, p, staff, place, "2026-12-07T10:00:00", "2026-12-07T11:00:00", &u);
                (id, store.move_appointment(id, &a, None, None).await)
            })
        })
        .collect();
    let (mut won, mut taken, mut other) = (vec![], 0, vec![]);
    for t in tasks {
        match t.await.unwrap() {
            (id, Ok(new)) => won.push((id, new)),
            (_, Err(StoreError::Conflict("slot_taken"))) => taken += 1,
            (_, Err(e)) => other.push(e.to_string()),
        }
    }
    assert!(other.is_empty(), "{other:?}");
    assert_eq!((won.len(), taken), (1, 39));
    let (winner_old, winner_new) = won[0];
    assert_eq!(store.find_appointment(winner_old).await.unwrap().status, "cancelled");
    assert_eq!(store.find_appointment(winner_new).await.unwrap().status, "booked");
    for (id, s, e) in &old {
        let a = store.find_appointment(*id).await.unwrap();
        let u = units(s, 3);
        // Someone else tries the old time: refused exactly when it is still held.
        let r = store.book_appointment(&appt(&format!("X{id}"), people[0], staff, place, s, e, &u), None).await;
        if *id == winner_old {
            assert!(r.is_ok() || matches!(r, Err(StoreError::Conflict("person_busy"))), "the old time is free: {r:?}");
        } else {
            assert_eq!(a.status, "booked", "a loser keeps the appointment");
            assert!(matches!(r, Err(StoreError::Conflict("slot_taken"))), "and its time: {r:?}");
        }
    }
    let busy = store.counsellor_busy("2026-12-07T00:00:00", "2026-12-08T00:00:00").await.unwrap();
    assert_eq!(busy.len(), 1);
});

both_backends!(one_appointment_moved_twice_at_once_moves_once, |b| async move {
    let (_db, store, staff, place, people) = setup(b, 1).await;
    let u = units("2026-12-07T08:00:00", 4);
    let id = store
        .book_appointment(&appt("O1", people[0], staff, place, "2026-12-07T08:00:00", "2026-12-07T09:00:00", &u), None)
        .await
        .unwrap();
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let store = store.clone();
            let p = people[0];
            tokio::spawn(async move {
                let h = 9 + i % 7;
                let (s, e) = (format!("2026-12-07T{h:02}:00:00"), format!("2026-12-07T{h:02}:45:00"));
                let u = units(&s, 3);
                store.move_appointment(id, &appt(&format!("T{i:02}"), p, staff, place, &s, &e, &u), None, None).await
            })
        })
        .collect();
    let (mut ok, mut gone, mut other) = (0, 0, vec![]);
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => ok += 1,
            Err(StoreError::NotFound) => gone += 1,
            Err(e) => other.push(e.to_string()),
        }
    }
    assert!(other.is_empty(), "{other:?}");
    assert_eq!((ok, gone), (1, 19), "the appointment is moved once; the others find it gone");
    let live: Vec<_> =
        store.appointments_of_person(people[0]).await.unwrap().into_iter().filter(|a| a.status == "booked").collect();
    assert_eq!(live.len(), 1, "the person has exactly one appointment");
    // Only the appointment's own person can move it.
    let r = store
        .move_appointment(
            live[0].id,
            &appt(
                "Z",
                uuid::Uuid::nil(),
                staff,
                place,
                "2026-12-07T15:00:00",
                "2026-12-07T15:45:00",
                &units("2026-12-07T15:00:00", 3),
            ),
            None,
            None,
        )
        .await;
    assert!(matches!(r, Err(StoreError::NotFound)), "{r:?}");
});

both_backends!(one_invitation_per_person_and_period_whatever_the_concurrency, |b| async move {
    let (_db, store, _staff, _place, people) = setup(b, 1).await;
    let p = people[0];
    let tasks: Vec<_> = (0..30)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                let to = format!("p{i}@example.org");
                let mail = welcomedesk_store::outbox::NewMail {
                    kind: "invitation",
                    channel: "email",
                    appointment_id: None,
                    person_id: Some(p),
                    to: &to,
                    subject: "Invitation",
                    body: "Come",
                    ics: None,
                    language: "ar",
                };
                store.record_invitation(p, "2027-03-01", "email", Some(&mail), None).await
            })
        })
        .collect();
    let mut new = 0;
    for t in tasks {
        new += usize::from(t.await.unwrap().unwrap());
    }
    assert_eq!(new, 1, "one invitation for the period");
    assert_eq!(store.list_outbox(100).await.unwrap().len(), 1, "and one message, not thirty");
    // Another period (e.g. the permit date was corrected) is a new invitation.
    assert!(store.record_invitation(p, "2027-04-01", "letter", None, None).await.unwrap());
    assert!(!store.record_invitation(p, "2027-04-01", "letter", None, None).await.unwrap());
});

both_backends!(the_coordinator_keeps_hours_and_absences_by_id, |b| async move {
    let (_db, store, staff, place, people) = setup(b, 1).await;
    let other = store.insert_place("City hall desk", "Square 2", None, false, None).await.unwrap();
    let h2 = store.add_counsellor_hours(staff, 3, "13:00", "17:00", other, None).await.unwrap();
    let away = store.add_counsellor_absence(staff, "2026-12-07", "2026-12-08", "sick", None).await.unwrap();
    store.add_counsellor_absence(staff, "2026-01-01", "2026-01-02", "holiday", None).await.unwrap();
    let c = store.counsellor_setup(staff, "2026-11-25").await.unwrap();
    assert_eq!(c.name, "Samir");
    assert_eq!(c.languages, [("ar".to_owned(), "native".to_owned()), ("en".to_owned(), "fluent".to_owned())]);
    assert_eq!(c.hours.len(), 2);
    assert_eq!((c.hours[1].id, c.hours[1].weekday, c.hours[1].place), (h2, 3, other));
    assert_eq!(c.absences.len(), 1, "absences that ended before the day asked for are left out");
    assert_eq!((c.absences[0].id, c.absences[0].reason.as_str()), (away, "sick"));
    assert_eq!(store.counsellor_setups("2026-11-25").await.unwrap().len(), 1);
    // Not a counsellor: not found; hours of another counsellor cannot be removed by id.
    assert!(matches!(store.counsellor_setup(people[0], "2026-11-25").await, Err(StoreError::NotFound)));
    assert!(matches!(store.remove_counsellor_hours(people[0], h2, None).await, Err(StoreError::NotFound)));
    // An unknown place is a clear conflict, not a database error.
    let bad = store.add_counsellor_hours(staff, 1, "08:00", "09:00", uuid::Uuid::now_v7(), None).await;
    assert!(matches!(bad, Err(StoreError::Conflict("unknown_place"))), "{bad:?}");
    store.remove_counsellor_hours(staff, h2, None).await.unwrap();
    assert!(matches!(store.remove_counsellor_hours(staff, h2, None).await, Err(StoreError::NotFound)));
    store.remove_counsellor_absence(staff, away, None).await.unwrap();
    let c = store.counsellor_setup(staff, "2026-11-25").await.unwrap();
    assert_eq!((c.hours.len(), c.absences.len()), (1, 0));
    let log =
        store.list_audit(&welcomedesk_store::audit::AuditFilter { limit: 500, ..Default::default() }).await.unwrap();
    assert!(log.iter().any(|e| e.action == "counsellor.hours_remove"));
    assert!(log.iter().any(|e| e.action == "counsellor.absence_remove"));
    // The booked appointments in a period, to move when the counsellor is away.
    let u = units("2026-12-07T10:00:00", 4);
    let a = appt("REF00001", people[0], staff, place, "2026-12-07T10:00:00.000000Z", "2026-12-07T11:00:00.000000Z", &u);
    let id = store.book_appointment(&a, None).await.unwrap();
    let hit = store
        .booked_appointments_of_counsellor(staff, "2026-12-07T00:00:00.000000Z", "2026-12-09T00:00:00.000000Z")
        .await
        .unwrap();
    assert_eq!(hit.iter().map(|a| a.id).collect::<Vec<_>>(), [id]);
    let miss = store
        .booked_appointments_of_counsellor(staff, "2026-12-08T00:00:00.000000Z", "2026-12-09T00:00:00.000000Z")
        .await
        .unwrap();
    assert!(miss.is_empty());
    store.cancel_appointment(id, None).await.unwrap();
    let after = store
        .booked_appointments_of_counsellor(staff, "2026-12-07T00:00:00.000000Z", "2026-12-09T00:00:00.000000Z")
        .await
        .unwrap();
    assert!(after.is_empty(), "cancelled appointments need no moving");
});

both_backends!(childcare_is_kept_with_the_appointment_listed_moved_and_erased, |b| async move {
    let (_db, store, staff, place, people) = setup(b, 2).await;
    let (u8, u10) = (units("2026-12-07T08:00:00", 4), units("2026-12-07T10:00:00", 4));
    let with_children = NewAppointment {
        children_count: 2,
        children_ages: Some("3, 5"),
        ..appt("CHILD001", people[0], staff, place, "2026-12-07T08:00:00", "2026-12-07T09:00:00", &u8)
    };
    let id = store.book_appointment(&with_children, None).await.unwrap();
    store
        .book_appointment(
            &appt("NOCHILD1", people[1], staff, place, "2026-12-07T10:00:00", "2026-12-07T11:00:00", &u10),
            None,
        )
        .await
        .unwrap();
    // More children than the column allows: the database refuses it too.
    let u12 = units("2026-12-07T12:00:00", 4);
    let too_many = NewAppointment {
        children_count: 11,
        ..appt("CHILD002", people[1], staff, place, "2026-12-07T12:00:00", "2026-12-07T13:00:00", &u12)
    };
    assert!(store.book_appointment(&too_many, None).await.is_err());
    let a = store.find_appointment(id).await.unwrap();
    assert_eq!((a.children_count, a.children_ages.as_deref()), (2, Some("3, 5")));
    // The planning list: only the appointment with children, in the period asked.
    let plan = store.childcare_plan("2026-12-07T00:00:00", "2026-12-08T00:00:00").await.unwrap();
    assert_eq!(plan.len(), 1);
    assert_eq!((plan[0].reference.as_str(), plan[0].place_id, plan[0].children_count), ("CHILD001", place, 2));
    assert!(store.childcare_plan("2026-12-08T00:00:00", "2026-12-09T00:00:00").await.unwrap().is_empty());
    // A move takes the children along; the cancelled old one leaves the list.
    let u14 = units("2026-12-07T14:00:00", 4);
    let moved = store
        .move_appointment(
            id,
            &appt("CHILD003", people[0], staff, place, "2026-12-07T14:00:00", "2026-12-07T15:00:00", &u14),
            None,
            None,
        )
        .await
        .unwrap();
    let plan = store.childcare_plan("2026-12-07T00:00:00", "2026-12-08T00:00:00").await.unwrap();
    assert_eq!(plan.len(), 1);
    assert_eq!((plan[0].appointment_id, plan[0].children_ages.as_deref()), (moved, Some("3, 5")));
    // Exported with the person; erasure clears the ages, the count stays as a figure.
    let (records, _) = store.coaching_of_person(people[0]).await.unwrap();
    assert!(records.iter().all(|r| r.children_count == 2 && r.children_ages.as_deref() == Some("3, 5")));
    store.erase_person(people[0], "request", None).await.unwrap();
    let a = store.find_appointment(moved).await.unwrap();
    assert_eq!((a.person_id, a.children_count, a.children_ages), (None, 2, None));
    let old = store.find_appointment(id).await.unwrap();
    assert_eq!(old.children_ages, None, "the cancelled appointment's ages go too");
});

// ---- the coordinator's lists: matters and topics (issue 4, finishing) ----------------

use welcomedesk_store::coaching::{ItemWrite, Outcome};

both_backends!(coaching_lists_are_kept_translated_and_never_lost, |b| async move {
    let (_db, store, _staff, _place, _people) = setup(b, 0).await;
    // The seed: the matter the issue names, in every shipped language, and six topics.
    let matters = store.coaching_items("matter", "de").await.unwrap();
    assert_eq!(matters.len(), 1);
    assert_eq!(
        (matters[0].slug.as_str(), matters[0].title.as_str()),
        ("recognition", "Anerkennung ausländischer Berufsabschlüsse")
    );
    assert_eq!(matters[0].titles.len(), 12);
    assert_eq!(matters[0].titles[0].0, "en", "English first");
    let topics = store.coaching_items("topic", "so").await.unwrap();
    assert_eq!(topics.len(), 6);
    assert!(topics.iter().all(|t| t.title_language == "en"), "no Somali topic titles yet: English, marked");
    // A new matter with English only: shown in English, marked, in other languages.
    let tax = ItemWrite {
        slug: Some("tax-return"),
        titles: &[("en", "Tax return"), ("sv", "Deklaration")],
        active: true,
        sort: 20,
    };
    let id = store.insert_coaching_item("matter", &tax, None).await.unwrap();
    let m = store.coaching_item("matter", id, "sv").await.unwrap();
    assert_eq!((m.title.as_str(), m.title_language.as_str(), m.used), ("Deklaration", "sv", 0));
    assert_eq!(store.coaching_item("matter", id, "ar").await.unwrap().title_language, "en");
    // The same slug twice in one list is refused; in the other list it is fine.
    assert!(matches!(store.insert_coaching_item("matter", &tax, None).await, Err(StoreError::Conflict("slug_taken"))));
    store.insert_coaching_item("topic", &tax, None).await.unwrap();
    // No English title: refused, nothing written.
    let before = store.coaching_items("matter", "en").await.unwrap().len();
    let no_en = ItemWrite { slug: Some("x-only"), titles: &[("de", "Nur Deutsch")], active: true, sort: 0 };
    assert!(store.insert_coaching_item("matter", &no_en, None).await.is_err());
    assert_eq!(store.coaching_items("matter", "en").await.unwrap().len(), before);
    // Rename, translate, deactivate: the slug stays when none is given.
    let upd =
        ItemWrite {
            slug: None, titles: &[("en", "Tax returns"), ("ar", "الإقرار الضريبي")], active: false, sort: 5
        };
    store.update_coaching_item("matter", id, &upd, None).await.unwrap();
    let m = store.coaching_item("matter", id, "ar").await.unwrap();
    assert_eq!((m.slug.as_str(), m.title.as_str(), m.active, m.sort), ("tax-return", "الإقرار الضريبي", false, 5));
    assert_eq!(m.titles.len(), 2, "the Swedish title was replaced by the new set");
    // Listed first now (sort 5 < 10), and still listed although inactive.
    assert_eq!(store.coaching_items("matter", "en").await.unwrap()[0].id, id);
    // Not an item of that list: not found.
    assert!(matches!(store.update_coaching_item("topic", id, &upd, None).await, Err(StoreError::NotFound)));
});

both_backends!(individual_modules_carry_an_active_matter_moved_and_exported, |b| async move {
    let (_db, store, staff, place, people) = setup(b, 2).await;
    store.upsert_counsellor(staff, &[("ar", "native")], &["individual_module"], None).await.unwrap();
    let recognition = store.coaching_items("matter", "en").await.unwrap()[0].id;
    let housing = store.coaching_items("topic", "en").await.unwrap()[0].id;
    let u8 = units("2026-12-07T08:00:00", 4);
    let module = |reference, matter, u: &'static [String]| NewAppointment {
        kind: "individual_module",
        matter,
        ..appt(reference, people[0], staff, place, "2026-12-07T08:00:00", "2026-12-07T09:00:00", u)
    };
    let u8: &'static [String] = Box::leak(u8.into_boxed_slice());
    // A topic is not a matter; an unknown id neither: refused, nothing written.
    for wrong in [Some(housing), Some(uuid::Uuid::from_u128(0xdead_beef))] {
        let r = store.book_appointment(&module("MATTER01", wrong, u8), None).await;
        assert!(matches!(r, Err(StoreError::Conflict("unknown_matter"))), "{r:?}");
    }
    assert!(store.appointments_of_person(people[0]).await.unwrap().is_empty());
    // Another kind cannot carry a matter (the database's CHECK).
    let start_with_matter = NewAppointment {
        matter: Some(recognition),
        ..appt("MATTER02", people[0], staff, place, "2026-12-07T08:00:00", "2026-12-07T09:00:00", u8)
    };
    assert!(store.book_appointment(&start_with_matter, None).await.is_err());
    assert!(store.appointments_of_person(people[0]).await.unwrap().is_empty());
    // The right one is stored on the appointment.
    let id = store.book_appointment(&module("MATTER03", Some(recognition), u8), None).await.unwrap();
    assert_eq!(store.find_appointment(id).await.unwrap().matter_id, Some(recognition));
    assert_eq!(store.coaching_item("matter", recognition, "en").await.unwrap().used, 1);
    // A move keeps the matter.
    let u10 = units("2026-12-07T10:00:00", 4);
    let moved_to = NewAppointment {
        kind: "individual_module",
        ..appt("MATTER04", people[0], staff, place, "2026-12-07T10:00:00", "2026-12-07T11:00:00", &u10)
    };
    let moved = store.move_appointment(id, &moved_to, None, None).await.unwrap();
    assert_eq!(store.find_appointment(moved).await.unwrap().matter_id, Some(recognition));
    // A deactivated matter is no longer bookable; what was booked keeps it.
    let r = store.coaching_item("matter", recognition, "en").await.unwrap();
    let titles: Vec<(&str, &str)> = r.titles.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
    store
        .update_coaching_item(
            "matter",
            recognition,
            &ItemWrite { slug: None, titles: &titles, active: false, sort: r.sort },
            None,
        )
        .await
        .unwrap();
    let u12: &'static [String] = Box::leak(units("2026-12-07T12:00:00", 4).into_boxed_slice());
    let other = NewAppointment {
        kind: "individual_module",
        matter: Some(recognition),
        ..appt("MATTER05", people[1], staff, place, "2026-12-07T12:00:00", "2026-12-07T13:00:00", u12)
    };
    assert!(matches!(store.book_appointment(&other, None).await, Err(StoreError::Conflict("unknown_matter"))));
    assert_eq!(store.find_appointment(moved).await.unwrap().matter_id, Some(recognition));
    // Exported with the person, by its English title.
    let (records, _) = store.coaching_of_person(people[0]).await.unwrap();
    assert!(records.iter().all(|r| r.matter.as_deref() == Some("Recognition of foreign qualifications")));
});

both_backends!(topics_covered_come_from_the_list_other_stays_free_text, |b| async move {
    let (_db, store, staff, place, people) = setup(b, 1).await;
    let topics = store.coaching_items("topic", "en").await.unwrap();
    let (housing, work) = (topics[0].id, topics[1].id);
    let matter = store.coaching_items("matter", "en").await.unwrap()[0].id;
    let u = units("2026-12-07T08:00:00", 4);
    let id = store
        .book_appointment(
            &appt("TOPIC001", people[0], staff, place, "2026-12-07T08:00:00", "2026-12-07T09:00:00", &u),
            None,
        )
        .await
        .unwrap();
    let outcome = |ids: &'static [uuid::Uuid], other: Option<&'static str>| Outcome {
        status: "held",
        topic_ids: ids,
        topics: other,
        handed_out: None,
        referrals: None,
        childcare_needed: false,
        notes: Some("private"),
    };
    let both: &'static [uuid::Uuid] = Box::leak(vec![housing, work].into_boxed_slice());
    store.record_outcome(id, &outcome(both, Some("tax return")), None).await.unwrap();
    let mut chosen: Vec<_> = store.topics_of_appointments(&[id]).await.unwrap().into_iter().map(|(_, t)| t).collect();
    chosen.sort();
    let mut want = vec![housing, work];
    want.sort();
    assert_eq!(chosen, want);
    // A matter is not a topic: refused, and what was recorded stays as it was.
    let bad: &'static [uuid::Uuid] = Box::leak(vec![housing, matter].into_boxed_slice());
    assert!(matches!(
        store.record_outcome(id, &outcome(bad, None), None).await,
        Err(StoreError::Conflict("unknown_topic"))
    ));
    assert_eq!(store.topics_of_appointments(&[id]).await.unwrap().len(), 2);
    assert_eq!(store.outcome_of(id).await.unwrap().topics.as_deref(), Some("tax return"));
    // Recording again replaces the choice.
    let one: &'static [uuid::Uuid] = Box::leak(vec![work].into_boxed_slice());
    store.record_outcome(id, &outcome(one, None), None).await.unwrap();
    assert_eq!(store.topics_of_appointments(&[id]).await.unwrap(), [(id, work)]);
    assert_eq!(store.coaching_item("topic", work, "en").await.unwrap().used, 1);
    // Exported by English title; erased with the person (the appointment stays).
    let (records, _) = store.coaching_of_person(people[0]).await.unwrap();
    assert_eq!(records[0].topics_covered, ["Work"]);
    store.erase_person(people[0], "request", None).await.unwrap();
    assert!(store.topics_of_appointments(&[id]).await.unwrap().is_empty());
    assert_eq!(store.outcome_of(id).await.unwrap().topics, None);
});

both_backends!(places_are_edited_with_a_unique_name, |b| async move {
    let (_db, store, _staff, place, _people) = setup(b, 0).await;
    let other = store.insert_place("City hall desk", "Square 2", None, false, None).await.unwrap();
    store.update_place(other, "City hall", "Square 2b", Some("Tram 4"), true, None).await.unwrap();
    let p = store.list_places().await.unwrap().into_iter().find(|p| p.id == other).unwrap();
    assert_eq!(
        (p.name.as_str(), p.address.as_str(), p.transit.as_deref(), p.issues_permits),
        ("City hall", "Square 2b", Some("Tram 4"), true)
    );
    // The name of another place: refused, nothing changed.
    assert!(matches!(
        store.update_place(other, "Immigration office", "x", None, false, None).await,
        Err(StoreError::Conflict("place_name"))
    ));
    assert_eq!(store.list_places().await.unwrap().into_iter().find(|p| p.id == other).unwrap().name, "City hall");
    assert!(matches!(
        store.update_place(uuid::Uuid::from_u128(0xdead_beef), "N", "A", None, false, None).await,
        Err(StoreError::NotFound)
    ));
    let _ = place;
});
