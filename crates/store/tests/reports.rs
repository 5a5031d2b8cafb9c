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
        if let Some(status) = outcome {
            let o = Outcome {
                status,
                topic_ids: &[],
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

/// Runs fixture statements (test data written directly, one statement each).
async fn exec(store: &Store, sql: &[String]) {
    let mut tx = store.begin().await.unwrap();
    for s in sql {
        sqlx::query(sqlx::AssertSqlSafe(s.clone())).execute(&mut *tx).await.unwrap_or_else(|e| panic!("{s}: {e}"));
    }
    tx.commit().await.unwrap();
}

const AT: &str = "2026-01-01T00:00:00.000000Z";

/// Module sessions, counted by hand:
/// - S1 housing, ar, Library, Saturday 2026-03-07, held, 20 seats, 5 childcare places
///   (3 children): 8 confirmed (6 checked in), 2 waiting, 1 cancelled, 1 walk-in;
/// - S2 work, uk, Town hall, Tuesday 2026-03-10, published, 30 seats: 4 confirmed;
/// - S3 housing, cancelled, 3 confirmed: left out; S4 held in 2025: outside.
///
/// Survey: S1 six answers in ar (4 × 5/helped/recommend, 1 × 3/helped/not, 1 × 2/not/
/// not), missing topics "Driving licence" ×3, "driving licence!" ×2, "My cousin" ×1;
/// S2 two answers in uk (4/helped/recommend); S4 one answer: outside.
async fn modules_fixture(store: &Store) {
    let mut sql: Vec<String> = vec![
        format!("INSERT INTO topics (id, slug, created_at) VALUES ('t1', 'housing', '{AT}')"),
        format!("INSERT INTO topics (id, slug, created_at) VALUES ('t2', 'work', '{AT}')"),
        format!(
            "INSERT INTO venues (id, name, address, district, transit_advice, childcare_possible, created_at) \
             VALUES ('v1', 'Library', 'A 1', 'North', '', 1, '{AT}')"
        ),
        format!(
            "INSERT INTO venues (id, name, address, district, transit_advice, created_at) \
             VALUES ('v2', 'Town hall', 'B 2', 'South', '', '{AT}')"
        ),
    ];
    for (id, topic, lang, venue, day, cap, places, children, status) in [
        ("s1", "t1", "ar", "v1", "2026-03-07", 20, 5, 3, "held"),
        ("s2", "t2", "uk", "v2", "2026-03-10", 30, 0, 0, "published"),
        ("s3", "t1", "ar", "v1", "2026-03-14", 25, 0, 0, "cancelled"),
        ("s4", "t1", "ar", "v1", "2025-12-20", 20, 0, 0, "held"),
    ] {
        sql.push(format!(
            "INSERT INTO sessions (id, topic_id, language, venue_id, starts_at, ends_at, starts_on, capacity, \
               childcare_places, childcare_booked, status, survey_token, created_at, updated_at) \
             VALUES ('{id}', '{topic}', '{lang}', '{venue}', '{day}T09:00:00.000000Z', '{day}T11:00:00.000000Z', \
               '{day}', {cap}, {places}, {children}, '{status}', 'tok-{id}', '{AT}', '{AT}')"
        ));
    }
    let mut reg = |session: &str, pos: usize, status: &str| {
        sql.push(format!(
            "INSERT INTO registrations (id, session_id, language, status, position, via, created_at, updated_at) \
             VALUES ('{session}-r{pos}', '{session}', 'ar', '{status}', {pos}, 'public', '{AT}', '{AT}')"
        ));
    };
    for pos in 1..=8 {
        reg("s1", pos, "confirmed");
    }
    reg("s1", 9, "waiting");
    reg("s1", 10, "waiting");
    reg("s1", 11, "cancelled");
    for pos in 1..=4 {
        reg("s2", pos, "confirmed");
    }
    for pos in 1..=3 {
        reg("s3", pos, "confirmed");
    }
    for pos in 1..=5 {
        reg("s4", pos, "confirmed");
    }
    for pos in 1..=6 {
        sql.push(format!(
            "INSERT INTO attendances (id, session_id, registration_id, checked_in_at) \
             VALUES ('s1-a{pos}', 's1', 's1-r{pos}', '{AT}')"
        ));
    }
    sql.push(format!(
        "INSERT INTO attendances (id, session_id, walk_in_key, walk_in_name, checked_in_at) \
         VALUES ('s1-w', 's1', 'walk|', 'Walk', '{AT}')"
    ));
    for pos in 1..=5 {
        sql.push(format!(
            "INSERT INTO attendances (id, session_id, registration_id, checked_in_at) \
             VALUES ('s4-a{pos}', 's4', 's4-r{pos}', '{AT}')"
        ));
    }
    let answers = [
        ("s1", "ar", 5, 1, 1, Some("Driving licence")),
        ("s1", "ar", 5, 1, 1, Some("Driving licence")),
        ("s1", "ar", 5, 1, 1, Some("Driving licence")),
        ("s1", "ar", 5, 1, 1, Some("driving licence!")),
        ("s1", "ar", 3, 1, 0, Some("driving licence!")),
        ("s1", "ar", 2, 0, 0, Some("My cousin")),
        ("s2", "uk", 4, 1, 1, None),
        ("s2", "uk", 4, 1, 1, None),
        ("s4", "ar", 1, 0, 0, Some("Driving licence")),
    ];
    for (i, (session, lang, sat, helped, rec, missing)) in answers.into_iter().enumerate() {
        let missing = missing.map_or("NULL".to_owned(), |m| format!("'{m}'"));
        sql.push(format!(
            "INSERT INTO survey_answers (id, session_id, language, satisfied, helped, recommend, missing_topic) \
             VALUES ('sa{i}', '{session}', '{lang}', {sat}, {helped}, {rec}, {missing})"
        ));
    }
    exec(store, &sql).await;
}

both_backends!(module_and_satisfaction_figures_match_the_hand_count, |b| async move {
    use reports::{ModuleCounts, ModuleKey, SurveyKey};
    let (_db, c) = city(b).await;
    modules_fixture(&c.store).await;
    let f = c.store.module_figures(&year2026()).await.unwrap();
    let key = |topic: &str, lang: &str, venue: &str, day: &str, childcare: bool| ModuleKey {
        topic: topic.into(),
        language: lang.into(),
        venue: venue.into(),
        day: day.into(),
        childcare,
    };
    assert_eq!(
        f.groups.into_iter().collect::<Vec<_>>(),
        vec![
            (
                key("housing", "ar", "Library", "2026-03-07", true),
                ModuleCounts {
                    sessions: 1,
                    held: 1,
                    seats: 20,
                    registered: 8,
                    registered_held: 8,
                    attended: 7,
                    no_show: 2,
                    waiting: 2,
                    childcare_places: 5,
                    children: 3,
                }
            ),
            (
                key("work", "uk", "Town hall", "2026-03-10", false),
                ModuleCounts { sessions: 1, seats: 30, registered: 4, ..Default::default() }
            ),
        ]
    );
    let r = reports::modules(&c.store.module_figures(&year2026()).await.unwrap(), year2026(), 5);
    // By day: the Saturday's 7 attended show; the weekday's 4 registered hide, and
    // with them the Saturday's 8 (12 − 4 would tell).
    let day = &r.tables[3];
    assert_eq!(day.rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(), ["weekday", "saturday"]);
    assert_eq!(day.rows[1].cells[2..5], [Cell::Shown(20), Cell::Hidden, Cell::Shown(7)]);
    assert_eq!(day.rows[0].cells[3], Cell::Hidden);
    assert_eq!(day.totals.cells[3], Cell::Shown(12));
    let csv = reports::to_csv(&r);
    // No-shows (2) and waiting (2) are small in total: their whole columns hide.
    assert!(csv.contains("modules_by_topic,housing,1,1,20,c,7,c,c\n"), "{csv}");
    assert!(csv.contains("modules_by_topic,work,1,0,30,c,0,c,c\n"), "{csv}");

    let s = c.store.satisfaction_figures(&year2026()).await.unwrap();
    let sk = |topic: &str, lang: &str, satisfied: u8, helped: bool, recommend: bool| SurveyKey {
        topic: topic.into(),
        language: lang.into(),
        satisfied,
        helped,
        recommend,
    };
    assert_eq!(
        s.groups.into_iter().collect::<Vec<_>>(),
        vec![
            (sk("housing", "ar", 2, false, false), 1),
            (sk("housing", "ar", 3, true, false), 1),
            (sk("housing", "ar", 5, true, true), 4),
            (sk("work", "uk", 4, true, true), 2),
        ]
    );
    assert_eq!(
        s.missing.into_iter().collect::<Vec<_>>(),
        vec![("Driving licence".to_owned(), 3), ("My cousin".to_owned(), 1), ("driving licence!".to_owned(), 2)]
    );
    let r = reports::satisfaction(&c.store.satisfaction_figures(&year2026()).await.unwrap(), year2026(), 5);
    // 8 answers, 6 would recommend, 2 would not: the 2 hide the net figure.
    assert_eq!(r.kpis[0].value, Some(8.0));
    assert_eq!(r.kpis[3].value, None);
    let missing = &r.tables[2];
    assert_eq!(missing.rows.len(), 1, "only the topic named by 5 people");
    assert_eq!((missing.rows[0].key.as_str(), missing.rows[0].cells[0]), ("Driving licence", Cell::Shown(5)));
});

// Desk contacts, counted by hand: 5 walk-ins in ar with an interpreter and a booked
// appointment (housing, health), 3 calls in uk (work), 1 e-mail in de on the last
// evening of the year (housing); 2 walk-ins on the last evening of 2025: outside.
both_backends!(desk_figures_match_the_hand_count, |b| async move {
    use reports::DeskKey;
    let (_db, c) = city(b).await;
    let mut sql = vec![];
    let mut contact = |n: usize, channel: &str, lang: &str, interp: &str, booked: i64, topics: &str, at: &str| {
        for i in 0..n {
            sql.push(format!(
                "INSERT INTO desk_contacts (id, channel, language, interpreter, topics, appointment_booked, \
                   duration_seconds, created_at) \
                 VALUES ('{channel}-{lang}-{i}-{at}', '{channel}', '{lang}', '{interp}', '{topics}', {booked}, 300, '{at}')"
            ));
        }
    };
    contact(5, "walk_in", "ar", "on_site", 1, "housing,health", "2026-02-01T10:00:00.000000Z");
    contact(3, "phone", "uk", "none", 0, "work", "2026-02-02T10:00:00.000000Z");
    contact(1, "email", "de", "none", 0, "housing", "2026-12-31T23:00:00.000000Z");
    contact(2, "walk_in", "ar", "none", 0, "housing", "2025-12-31T23:59:59.000000Z");
    exec(&c.store, &sql).await;
    let f = c.store.desk_figures(&year2026()).await.unwrap();
    let k = |channel: &str, language: &str, interpreter: bool, appointment_booked: bool, topics: &str| DeskKey {
        channel: channel.into(),
        language: language.into(),
        interpreter,
        appointment_booked,
        topics: topics.into(),
    };
    assert_eq!(
        f.groups.clone().into_iter().collect::<Vec<_>>(),
        vec![
            (k("email", "de", false, false, "housing"), 1),
            (k("phone", "uk", false, false, "work"), 3),
            (k("walk_in", "ar", true, true, "housing,health"), 5),
        ]
    );
    let r = reports::desk(&f, year2026(), 5);
    assert_eq!(r.kpis[0].value, Some(9.0));
    let topics = &r.tables[2];
    let rows: Vec<(&str, Cell)> = topics.rows.iter().map(|r| (r.key.as_str(), r.cells[0])).collect();
    // housing 6, health 5 named; work (3) left out.
    assert_eq!(rows, [("housing", Cell::Shown(6)), ("health", Cell::Shown(5))]);
});

// Vouchers, counted by hand (today 2026-12-06; rule: 2 parts of 50 euro):
// - P0..P5 (ar) and Q (uk) had a start coaching held in February 2026;
// - issued 2026-03-01: V0 (P0, part 1 redeemed, enrolled then completed), V1 (P1, part
//   1 redeemed, enrolled), V2 (P2, open), V3 (P3, revoked);
// - issued 2026-01-05, expired 2026-06-01: V4 (P4);
// - issued 2025-11-01: V5 (P5, part 1 redeemed, dropped): outside the months, but P5
//   started a course.
//
// Outstanding: the unredeemed parts of valid vouchers of 2026: V0.2, V1.2, V2.1, V2.2.
both_backends!(voucher_figures_match_the_hand_count, |b| async move {
    use reports::{CourseCounts, VoucherCounts};
    let (_db, c) = city(b).await;
    let p = people(&c.store, 6, "2026-01-10", "ar", "SY", "1990", "North").await;
    let q = people(&c.store, 1, "2026-01-10", "uk", "UA", "1990", "North").await;
    for x in p.iter().chain(&q) {
        c.coach(*x, "2026-02-10", "start", "ar", false, Some("held")).await;
    }
    let mut sql = vec![
        format!(
            "INSERT INTO voucher_rules (id, name, valid_from, first_after, further_every, max_vouchers, value_cents, \
               value_cents_certificate, parts, validity_months, level_min, level_max, start_weeks_before, created_at) \
             VALUES ('rule', 'R', '2020-01-01', 3, 0, 1, 10000, 10000, 2, 12, 'A1', 'B1', 4, '{AT}')"
        ),
        format!("INSERT INTO providers (id, name, created_at) VALUES ('prov', 'School', '{AT}')"),
        format!(
            "INSERT INTO courses (id, provider_id, title, language, level, starts_on, price_cents, place, created_at) \
             VALUES ('course', 'prov', 'A2', 'de', 'A2', '2026-04-01', 20000, 'Here', '{AT}')"
        ),
    ];
    let vouchers = [
        ("V0", 0, "2026-03-01", "2027-03-01", false),
        ("V1", 1, "2026-03-01", "2027-03-01", false),
        ("V2", 2, "2026-03-01", "2027-03-01", false),
        ("V3", 3, "2026-03-01", "2027-03-01", true),
        ("V4", 4, "2026-01-05", "2026-06-01", false),
        ("V5", 5, "2025-11-01", "2026-11-01", false),
    ];
    for (id, person, issued, expires, revoked) in vouchers {
        let revoked = if revoked { format!("'{AT}'") } else { "NULL".to_owned() };
        sql.push(format!(
            "INSERT INTO vouchers (id, code, person_id, rule_id, ordinal, certificate, value_cents, issued_on, \
               expires_on, earliest_start, source, issued_at, revoked_at) \
             VALUES ('{id}', 'CODE-{id}', '{}', 'rule', 1, 0, 10000, '{issued}', '{expires}', '{issued}', 'manual', \
               '{AT}', {revoked})",
            p[person]
        ));
        for part in 1..=2 {
            sql.push(format!(
                "INSERT INTO voucher_parts (voucher_id, part, value_cents) VALUES ('{id}', {part}, 5000)"
            ));
        }
    }
    for (voucher, progress) in
        [("V0", &["enrolled", "completed"][..]), ("V1", &["enrolled"][..]), ("V5", &["dropped"][..])]
    {
        sql.push(format!(
            "INSERT INTO redemptions (id, voucher_id, part, provider_id, course_id, amount_cents, redeemed_on, \
               redeemed_at, redeemed_by, id_checked) \
             VALUES ('red-{voucher}', '{voucher}', 1, 'prov', 'course', 5000, '2026-04-01', '{AT}', 'x', 1)"
        ));
        for (i, status) in progress.iter().enumerate() {
            sql.push(format!(
                "INSERT INTO course_progress (id, redemption_id, status, reported_on, reported_at, reported_by) \
                 VALUES ('cp-{voucher}-{i}', 'red-{voucher}', '{status}', '2026-05-01', '{AT}', 'x')"
            ));
        }
    }
    // What `Store::report_progress` keeps on the holder's row with each report
    // (migration 0024): the furthest each person got — P0 completed, P1 and P5 started.
    for (person, reached) in [(0, 2), (1, 1), (5, 1)] {
        sql.push(format!("UPDATE people SET course_reached = {reached} WHERE id = '{}'", p[person]));
    }
    exec(&c.store, &sql).await;
    assert!(
        !c.store.invariant_violations().await.unwrap().iter().any(|(name, _)| name.contains("course_reached")),
        "the fixture keeps course_reached as the store does"
    );
    let f = c.store.voucher_figures(&year2026(), jiff::civil::date(2026, 12, 6)).await.unwrap();
    assert_eq!(
        f.by_month.clone().into_iter().collect::<Vec<_>>(),
        vec![
            ("2026-01".to_owned(), VoucherCounts { expired: 1, ..Default::default() }),
            ("2026-03".to_owned(), VoucherCounts { redeemed: 2, revoked: 1, expired: 0, open: 1 }),
        ]
    );
    assert_eq!(f.outstanding_cents, 20_000);
    assert_eq!(
        f.courses_by_language.clone().into_iter().collect::<Vec<_>>(),
        vec![
            ("ar".to_owned(), CourseCounts { coached: 6, started: 3, completed: 1 }),
            ("uk".to_owned(), CourseCounts { coached: 1, started: 0, completed: 0 }),
        ]
    );
    // Before the expiry date V4 was still open.
    let early = c.store.voucher_figures(&year2026(), jiff::civil::date(2026, 5, 1)).await.unwrap();
    assert_eq!(early.by_month["2026-01"], VoucherCounts { open: 1, ..Default::default() });
    assert_eq!(early.outstanding_cents, 30_000);
    // Rolled up on the 6th of December, the same answers on that day and any other: a
    // closed month's cells keep the expiry dates, not the states of one day.
    assert!(c.store.refresh_report_months(jiff::civil::date(2026, 12, 6)).await.unwrap() > 0);
    let rolled = c.store.voucher_figures(&year2026(), jiff::civil::date(2026, 12, 6)).await.unwrap();
    assert_eq!(format!("{rolled:?}"), format!("{f:?}"));
    let rolled_early = c.store.voucher_figures(&year2026(), jiff::civil::date(2026, 5, 1)).await.unwrap();
    assert_eq!(format!("{rolled_early:?}"), format!("{early:?}"));
    let r = reports::vouchers(&f, year2026(), 5);
    assert_eq!(r.kpis[0].value, Some(5.0), "5 issued in 2026");
    assert_eq!(r.kpis[3].value, Some(200.0), "200 euro outstanding");
    assert_eq!(r.kpis[4].value, None, "3 of 7 started: a small group");
});

both_backends!(open_actions_until_they_are_done, |b| async move {
    let (_db, c) = city(b).await;
    let s = &c.store;
    let spring = s.add_meeting("2026-04-01", "Spring", None, None).await.unwrap();
    let autumn = s.add_meeting("2026-10-01", "Autumn", Some("Plan for 2027: more Saturdays."), None).await.unwrap();
    let late =
        s.add_item(autumn, "action", "Print the brochure", Some("Print shop"), Some("2026-12-01"), None).await.unwrap();
    let early =
        s.add_item(spring, "action", "Book rooms", Some("Coordinator"), Some("2026-05-01"), None).await.unwrap();
    let decision = s.add_item(spring, "decision", "Two meetings a year", None, None, None).await.unwrap();
    let open = s.open_actions().await.unwrap();
    assert_eq!(
        open.iter().map(|a| (a.text.as_str(), a.held_on.as_str())).collect::<Vec<_>>(),
        [("Book rooms", "2026-04-01"), ("Print the brochure", "2026-10-01")],
        "the earliest due first, decisions not listed"
    );
    s.set_item_done(early, true, None).await.unwrap();
    assert_eq!(s.open_actions().await.unwrap().iter().map(|a| a.id).collect::<Vec<_>>(), [late]);
    assert!(s.list_meetings().await.unwrap()[1].items.iter().any(|i| i.id == early && i.done));
    // Open again; a decision cannot be done, an unknown item is not found.
    s.set_item_done(early, false, None).await.unwrap();
    assert_eq!(s.open_actions().await.unwrap().len(), 2);
    assert!(matches!(s.set_item_done(decision, true, None).await, Err(StoreError::NotFound)));
    assert!(matches!(s.set_item_done(uuid::Uuid::now_v7(), true, None).await, Err(StoreError::NotFound)));
    let audit = s.list_audit(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "working_group.item_done"));
});

// The roll-up job at a restart leaves the months it refreshed less than `fresh_for` ago;
// the daily run (and `refresh_report_months`) recomputes them all.
both_backends!(a_restart_leaves_freshly_rolled_up_months, |b| async move {
    let (_db, c) = city(b).await;
    people(&c.store, 6, "2026-01-10", "ar", "SY", "1990", "North").await;
    let today = jiff::civil::date(2026, 12, 6);
    let all = c.store.refresh_report_months(today).await.unwrap();
    assert!(all > 0, "the fixture has closed months");
    let day = std::time::Duration::from_secs(20 * 3600);
    assert_eq!(c.store.refresh_report_months_older_than(today, Some(day)).await.unwrap(), 0, "all fresh");
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let stale = std::time::Duration::from_millis(1);
    assert_eq!(c.store.refresh_report_months_older_than(today, Some(stale)).await.unwrap(), all, "all stale");
    assert_eq!(c.store.refresh_report_months_older_than(today, None).await.unwrap(), all);
});
