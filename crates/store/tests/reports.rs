//! The reports' figures against a hand-counted register, on both backends; and the
//! running of the service: scenarios, set-up steps, the working group's one
//! representative per organisation under concurrency.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use welcomedesk_domain::Role;
use welcomedesk_domain::planning::{LanguageShare, PlanInputs};
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_domain::reports::{self, Cell, Delay, Period, UptakeCounts};
use welcomedesk_store::coaching::{NewAppointment, Outcome};
use welcomedesk_store::planning::StepWrite;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::staff::InsertStaff;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreError, both_backends};

struct City {
    store: Store,
    staff: uuid::Uuid,
    place: uuid::Uuid,
    slot: std::sync::atomic::AtomicUsize,
}

async fn people(
    store: &Store,
    n: usize,
    permit: &str,
    lang: &str,
    country: &str,
    year: &str,
    district: &str,
) -> Vec<uuid::Uuid> {
    let i = PersonInput {
        full_name: "P".into(),
        birth_year: year.into(),
        citizenship: country.into(),
        languages: vec![lang.into()],
        permit_issued_on: permit.into(),
        district: district.into(),
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Clerk, jiff::civil::date(2026, 12, 31)).unwrap();
    let rows: Vec<NewPersonRow<'_>> = (0..n)
        .map(|_| NewPersonRow {
            data: &p.data,
            consents: &p.consents,
            source: Source::Clerk,
            document_language: lang,
            channel: "in_person",
            text_language: lang,
            text_version: "v1",
            import_key: None,
            name_keys: &[],
        })
        .collect();
    store.bulk_insert_people(&rows).await.unwrap()
}

impl City {
    /// Books through the real booking path and records the outcome (`None`: stays booked).
    async fn coach(&self, person: uuid::Uuid, day: &str, kind: &str, lang: &str, interp: bool, outcome: Option<&str>) {
        let i = self.slot.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let (h, m) = (8 + i / 4 % 8, (i % 4) * 15);
        let start = format!("{day}T{h:02}:{m:02}:00");
        let end = format!("{day}T{h:02}:{:02}:00", m + 14);
        let units = vec![start.clone()];
        let reference = format!("R{i:05}");
        let id = self
            .store
            .book_appointment(
                &NewAppointment {
                    reference: &reference,
                    person,
                    counsellor: self.staff,
                    place: self.place,
                    kind,
                    starts_at: &start,
                    ends_at: &end,
                    language: Some(lang),
                    interpreter_needed: interp,
                    via: "staff",
                    cancel_token_hash: None,
                    units: &units,
                },
                None,
            )
            .await
            .unwrap();
        if let Some(status) = outcome {
            let o = Outcome {
                status,
                topics: None,
                handed_out: None,
                referrals: None,
                childcare_needed: lang == "uk",
                notes: None,
            };
            self.store.record_outcome(id, &o, None).await.unwrap();
        }
    }
}

async fn city(b: Backend) -> (TestDb, City) {
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
    store.upsert_counsellor(staff, &[("ar", "native")], &["start", "follow_up"], None).await.unwrap();
    let place = store.insert_place("Office", "Main Street 1", None, true, None).await.unwrap();
    (db, City { store, staff, place, slot: 0.into() })
}

fn year2026() -> Period {
    Period { from: jiff::civil::date(2026, 1, 1), to: jiff::civil::date(2026, 12, 31) }
}

/// The register, counted by hand:
/// - A: 8 Syrians (ar, born 1990, North), permit 2026-03-10; 6 had a start coaching on
///   2026-03-20 (10 days), 1 did not come (no-show), 1 never booked;
/// - B: 6 Ukrainians (uk, born 2000, South), permit 2026-04-05; 2 coached on 2026-06-01
///   (57 days) with an interpreter and childcare; 1 still booked in 2026-12;
/// - C: 3 Germans (de, EU, born 1960, no district), permit 2026-04-20; none coached;
/// - D: 2 people with a permit in 2025 coached in 2025: outside the period everywhere;
/// - E: 5 people with a permit of 2024-05-02 (two years reached in 2026-05): 3 invited,
///   1 had the follow-up coaching on 2026-05-20.
async fn fixture(c: &City) {
    let a = people(&c.store, 8, "2026-03-10", "ar", "SY", "1990", "North").await;
    for p in &a[..6] {
        c.coach(*p, "2026-03-20", "start", "ar", false, Some("held")).await;
    }
    c.coach(a[6], "2026-03-21", "start", "ar", false, Some("no_show")).await;
    let b = people(&c.store, 6, "2026-04-05", "uk", "UA", "2000", "South").await;
    for p in &b[..2] {
        c.coach(*p, "2026-06-01", "start", "uk", true, Some("held")).await;
    }
    c.coach(b[2], "2026-12-01", "start", "uk", false, None).await;
    people(&c.store, 3, "2026-04-20", "de", "DE", "1960", "").await;
    let d = people(&c.store, 2, "2025-06-01", "ar", "SY", "1985", "North").await;
    for p in &d {
        c.coach(*p, "2025-06-10", "start", "ar", false, Some("held")).await;
    }
    let e = people(&c.store, 5, "2024-05-02", "ar", "IQ", "1980", "North").await;
    for p in &e[..3] {
        c.store.record_invitation(*p, "2026-05-02", "letter", None, None).await.unwrap();
    }
    c.coach(e[0], "2026-05-20", "follow_up", "ar", false, Some("held")).await;
}

fn uc(permits: u64, coached: u64) -> UptakeCounts {
    UptakeCounts { permits, coached }
}

both_backends!(figures_match_the_hand_count, |b| async move {
    let (_db, c) = city(b).await;
    fixture(&c).await;
    let f = c.store.uptake_figures(&year2026()).await.unwrap();
    let v = |m: &std::collections::BTreeMap<String, UptakeCounts>| {
        m.iter().map(|(k, c)| (k.clone(), c.clone())).collect::<Vec<_>>()
    };
    assert_eq!(v(&f.by_month), vec![("2026-03".into(), uc(8, 6)), ("2026-04".into(), uc(9, 2))]);
    assert_eq!(v(&f.by_language), vec![("ar".into(), uc(8, 6)), ("de".into(), uc(3, 0)), ("uk".into(), uc(6, 2))]);
    assert_eq!(f.by_eu.get(&false), Some(&uc(14, 8)));
    assert_eq!(f.by_eu.get(&true), Some(&uc(3, 0)));
    assert_eq!(
        f.by_birth_year.iter().map(|(k, c)| (*k, c.clone())).collect::<Vec<_>>(),
        vec![(1960, uc(3, 0)), (1990, uc(8, 6)), (2000, uc(6, 2))]
    );
    assert_eq!(v(&f.by_district), vec![("".into(), uc(3, 0)), ("North".into(), uc(8, 6)), ("South".into(), uc(6, 2))]);
    assert_eq!(f.delays.get(&Delay::Within14), Some(&6));
    assert_eq!(f.delays.get(&Delay::Within90), Some(&2));
    assert_eq!(f.delays.values().sum::<u64>(), 8);

    let co = c.store.coaching_figures(&year2026()).await.unwrap();
    let g = |k: &str, s: &str| co.by_kind_status.get(&(k.to_owned(), s.to_owned())).copied();
    assert_eq!(g("start", "held"), Some(8));
    assert_eq!(g("start", "no_show"), Some(1));
    assert_eq!(g("start", "booked"), Some(1));
    assert_eq!(g("follow_up", "held"), Some(1));
    assert_eq!(co.by_kind_status.values().sum::<u64>(), 11, "the 2025 coachings are outside");
    assert_eq!(co.held_by_language.get("ar"), Some(&7));
    assert_eq!(co.held_by_language.get("uk"), Some(&2));
    assert_eq!((co.held_with_interpreter, co.held_with_childcare), (2, 2));

    let fu = c.store.follow_up_figures(&year2026()).await.unwrap();
    assert_eq!(fu.by_month.into_iter().collect::<Vec<_>>(), vec![("2026-05".to_owned(), (5, 3, 1))]);

    // Through the domain: what is shown, with the small groups hidden.
    let r = reports::uptake(&c.store.uptake_figures(&year2026()).await.unwrap(), year2026(), 5);
    assert_eq!(r.kpis[0].value, Some(17.0));
    let by_lang = &r.tables[1];
    // ar: 2 not coached are hidden, so the 6 coached too (8 − 6 would give them away).
    assert_eq!(by_lang.rows[0].cells, vec![Cell::Hidden, Cell::Hidden]);
    assert_eq!(by_lang.rows[0].total, Some(Cell::Shown(8)));
    assert_eq!(by_lang.rows[1].total, Some(Cell::Hidden), "3 Germans: hidden");
    let csv = reports::to_csv(&r);
    assert!(csv.contains("uptake_by_language,de,c,c,c,c\n"), "{csv}");
});

both_backends!(scenarios_and_set_up_steps, |b| async move {
    let (_db, c) = city(b).await;
    let s = &c.store;
    let mut i = PlanInputs {
        inhabitants: 300_000,
        newcomers_per_year: 4_000,
        languages: vec![LanguageShare { language: "ar".into(), percent: 40 }],
        ..PlanInputs::default()
    };
    let first = s.save_scenario("Low", &i, None).await.unwrap();
    i.newcomers_per_year = 6_000;
    s.save_scenario("High", &i, None).await.unwrap();
    // The same name replaces (keeps its id).
    i.newcomers_per_year = 4_500;
    assert_eq!(s.save_scenario("Low", &i, None).await.unwrap(), first);
    let list = s.list_scenarios().await.unwrap();
    assert_eq!(
        list.iter().map(|x| (x.name.as_str(), x.inputs.newcomers_per_year)).collect::<Vec<_>>(),
        vec![("High", 6_000), ("Low", 4_500)]
    );
    assert_eq!(list[1].inputs, i);
    s.delete_scenario(first, None).await.unwrap();
    assert_eq!(s.list_scenarios().await.unwrap().len(), 1);

    let steps = s.list_setup_steps().await.unwrap();
    assert_eq!(steps.len(), 17);
    assert!(steps.iter().all(|x| x.status == "open"));
    s.update_setup_step(
        4,
        &StepWrite {
            status: "in_progress",
            owner: Some("Integration office"),
            due_on: Some("2027-02-01"),
            notes: None,
        },
        None,
    )
    .await
    .unwrap();
    let st = &s.list_setup_steps().await.unwrap()[3];
    assert_eq!(
        (st.status.as_str(), st.owner.as_deref(), st.due_on.as_deref()),
        ("in_progress", Some("Integration office"), Some("2027-02-01"))
    );
    assert!(matches!(
        s.update_setup_step(18, &StepWrite { status: "done", ..Default::default() }, None).await,
        Err(StoreError::NotFound)
    ));
});

both_backends!(one_representative_per_organisation_whatever_the_concurrency, |b| async move {
    let (_db, c) = city(b).await;
    let s = c.store.clone();
    let org = s.add_organisation("Migrant council", None).await.unwrap();
    assert!(matches!(s.add_organisation("Migrant council", None).await, Err(StoreError::Conflict(_))));
    let tasks: Vec<_> = (0..30)
        .map(|i| {
            let s = s.clone();
            tokio::spawn(async move {
                let role = if i % 2 == 0 { "representative" } else { "substitute" };
                s.add_member(org, role, &format!("Member {i}"), None, None).await
            })
        })
        .collect();
    let (mut ok, mut taken) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => ok += 1,
            Err(StoreError::Conflict("member_role_taken")) => taken += 1,
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!((ok, taken), (2, 28), "one representative and one substitute");
    let orgs = s.list_organisations().await.unwrap();
    let roles: Vec<&str> = orgs[0].members.iter().map(|m| m.role.as_str()).collect();
    assert_eq!(roles, vec!["representative", "substitute"]);
    // When the representative leaves, a new one can be named.
    s.remove_member(orgs[0].members[0].id, None).await.unwrap();
    s.add_member(org, "representative", "New", Some("new@x.example"), None).await.unwrap();
    // Meetings with decisions and actions.
    let m = s.add_meeting("2026-10-01", "Review of the year", Some("Saturday modules work."), None).await.unwrap();
    s.add_item(m, "decision", "More Saturday modules", None, None, None).await.unwrap();
    s.add_item(m, "action", "Ask the NGOs about housing topics", Some("Coordinator"), Some("2026-11-01"), None)
        .await
        .unwrap();
    let ms = s.list_meetings().await.unwrap();
    assert_eq!(ms[0].items.len(), 2);
    assert_eq!(ms[0].items[1].due_on.as_deref(), Some("2026-11-01"));
});
