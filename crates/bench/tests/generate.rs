//! The city generator: one seed makes one city (row for row, id for id, on either
//! backend), another seed another; the city satisfies the schema and the invariants the
//! proof suites check; and it has what the reports need.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, both_backends};

async fn city(b: Backend, seed: u64) -> (TestDb, welcomedesk_store::Store, welcomedesk_store::generate::CityCounts) {
    let db = TestDb::new(b).await.unwrap();
    let store = db.store().await.unwrap();
    let counts = welcomedesk_bench::city::generate(&store, 400, seed, 4_000, 5).await.unwrap();
    (db, store, counts)
}

both_backends!(same_seed_same_city_and_invariants_hold, |b: Backend| async move {
    let (_a, one, counts) = city(b, 7).await;
    assert_eq!(counts.people, 400);
    // About ten attendances per person, all of the city's tables filled.
    assert!(counts.attendances >= 3_600 && counts.attendances <= 4_800, "{counts:?}");
    assert!(counts.registrations > counts.attendances, "{counts:?}");
    assert!(counts.appointments > 200 && counts.follow_up_invites > 50, "{counts:?}");
    assert!(counts.sessions > 0 && counts.survey_answers > 0 && counts.desk_contacts == 400, "{counts:?}");
    assert_eq!(one.integrity_check().await.unwrap(), "ok");
    assert_eq!(one.invariant_violations().await.unwrap(), vec![]);
    // The load set the foreign keys aside (per-row checks cost most of its time on
    // PostgreSQL); every one of them is back, and checked, as the migrations made them.
    let fresh = TestDb::new(b).await.unwrap();
    let want = fresh.store().await.unwrap().foreign_keys().await.unwrap();
    assert!(want.len() > 40, "{want:?}");
    assert_eq!(one.foreign_keys().await.unwrap(), want);
    // So is every index the load dropped (built again from the schema's own definitions).
    let want = fresh.store().await.unwrap().index_definitions().await.unwrap();
    assert!(want.iter().any(|d| d.contains("people_permit_report")), "{want:?}");
    assert_eq!(one.index_definitions().await.unwrap(), want);
    let rows = one.generated_rows().await.unwrap();
    // Names in their own scripts with transliterations.
    assert!(
        rows.iter().any(|r| r.starts_with("people: ") && r.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
    );
    // Passports, vouchers and their use, as the check-in's hook and the redemption
    // would have made them.
    assert!(counts.passport_stamps == counts.attendances, "{counts:?}");
    assert!(counts.passports > 300 && counts.passports <= 400, "{counts:?}");
    assert!(counts.vouchers >= counts.passports && counts.voucher_parts > counts.vouchers * 2, "{counts:?}");
    assert!(counts.redemptions > counts.vouchers / 2, "{counts:?}");
    vouchers_follow_the_rules(&rows);
    let (_b, two, _) = city(b, 7).await;
    assert_eq!(rows, two.generated_rows().await.unwrap(), "the same seed must make the same city");
    let (_c, other, _) = city(b, 8).await;
    assert_ne!(rows, other.generated_rows().await.unwrap(), "another seed, another city");
});

// The check after the load can fail: a row that breaks a foreign key (here a language
// of a person never loaded) stops the load with an error naming its table — on SQLite
// found by the set-based check of every key (`Store::generate_indexes`), on PostgreSQL by
// the constraint's validation.
both_backends!(a_row_breaking_a_foreign_key_fails_the_load, |b: Backend| async move {
    let db = TestDb::new(b).await.unwrap();
    let store = db.store().await.unwrap();
    let load = store.generate_drop_indexes().await.unwrap();
    store.generate_people(1, "[]", r#"[[5, 0, "ar"]]"#, "[]").await.unwrap();
    let err = store.generate_indexes(load).await.unwrap_err().to_string();
    assert!(err.contains("person_languages"), "{err}");
    // A key no index starts with (a desk contact's agent), checked row by row: found too.
    let db = TestDb::new(b).await.unwrap();
    let store = db.store().await.unwrap();
    let load = store.generate_drop_indexes().await.unwrap();
    let contact = welcomedesk_domain::desk::Contact::parse(&welcomedesk_domain::desk::ContactInput {
        channel: "phone".into(),
        language: "ar".into(),
        topics: "registration".into(),
        duration_minutes: "5".into(),
        ..Default::default()
    })
    .unwrap();
    store.log_desk_contact(&contact, Some(uuid::Uuid::now_v7()), jiff::Timestamp::now()).await.unwrap();
    let err = store.generate_indexes(load).await.unwrap_err().to_string();
    assert!(err.contains("desk_contacts"), "{err}");
});

/// SQLite and PostgreSQL make the very same city from one seed (when PostgreSQL is
/// configured for the tests).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn both_backends_make_the_same_city() {
    if std::env::var("WELCOMEDESK_TEST_POSTGRES_URL").is_err() {
        return;
    }
    let (_a, lite, _) = city(Backend::Sqlite, 11).await;
    let (_b, pg, _) = city(Backend::Postgres, 11).await;
    let (a, b) = (lite.generated_rows().await.unwrap(), pg.generated_rows().await.unwrap());
    let differ: Vec<_> = a.iter().zip(&b).filter(|(x, y)| x != y).take(3).collect();
    assert!(differ.is_empty() && a.len() == b.len(), "{} vs {} rows; first differences: {differ:?}", a.len(), b.len());
}

/// SQLite: the generator's only connection loads without a journal (each page written
/// once, not into the WAL and again by a checkpoint); beside open readers it stays in WAL
/// mode. Both make the very same city, sound, and the database is in WAL mode after.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_alone_loads_without_a_journal_into_the_same_city() {
    use welcomedesk_store::{Store, StoreOptions};
    let db = TestDb::new(Backend::Sqlite).await.unwrap();
    let wal = std::path::PathBuf::from(format!("{}-wal", db.sqlite_path().unwrap().display()));
    let beside = db.store().await.unwrap();
    let load = beside.generate_drop_indexes().await.unwrap();
    assert!(!load.journal_off, "readers are open: the load must stay in WAL mode");
    beside.generate_indexes(load).await.unwrap();
    beside.close().await;
    let alone = Store::open(&db.url, &StoreOptions { single_connection: true, ..Default::default() }).await.unwrap();
    let load = alone.generate_drop_indexes().await.unwrap();
    assert!(load.journal_off && !wal.exists(), "the only connection loads without a journal");
    alone.generate_indexes(load).await.unwrap();
    assert!(wal.exists(), "WAL mode again after the load");
    let counts = welcomedesk_bench::city::generate(&alone, 400, 7, 4_000, 5).await.unwrap();
    assert!(wal.exists(), "WAL mode again after the load");
    assert_eq!(alone.integrity_check().await.unwrap(), "ok");
    assert_eq!(alone.invariant_violations().await.unwrap(), vec![]);
    let (_other, with_readers, want) = city(Backend::Sqlite, 7).await;
    assert_eq!(counts, want);
    assert_eq!(alone.generated_rows().await.unwrap(), with_readers.generated_rows().await.unwrap());
}

both_backends!(rolled_up_reports_equal_the_live_ones, |b: Backend| async move {
    use welcomedesk_domain::reports::Period;
    use welcomedesk_store::reports::Rolled;
    let (_db, store, _) = city(b, 3).await;
    let d = jiff::civil::date;
    let periods = [
        Period { from: d(2024, 11, 1), to: d(2025, 10, 31) },
        Period { from: d(2023, 3, 15), to: d(2025, 2, 10) },
        Period { from: d(2025, 11, 1), to: d(2026, 11, 25) },
        Period { from: d(2016, 1, 1), to: d(2027, 6, 30) },
    ];
    let answers = |s: welcomedesk_store::Store, p: Period| async move {
        (
            format!("{:?}", s.uptake_figures(&p).await.unwrap()),
            format!("{:?}", s.follow_up_figures(&p).await.unwrap()),
            format!("{:?}", s.module_figures(&p).await.unwrap()),
            format!("{:?}", s.satisfaction_figures(&p).await.unwrap()),
            format!("{:?}", s.coaching_figures(&p).await.unwrap()),
            format!("{:?}", s.desk_figures(&p).await.unwrap()),
            format!("{:?}", s.voucher_figures(&p, jiff::civil::date(2026, 11, 25)).await.unwrap()),
            // A later day than the roll-up's: vouchers expire in between.
            format!("{:?}", s.voucher_figures(&p, jiff::civil::date(2027, 3, 1)).await.unwrap()),
        )
    };
    let live = |s: welcomedesk_store::Store, p: Period| async move {
        (
            format!("{:?}", s.uptake_figures_live(&p).await.unwrap()),
            format!("{:?}", s.follow_up_figures_live(&p).await.unwrap()),
            format!("{:?}", s.module_figures_live(&p).await.unwrap()),
            format!("{:?}", s.satisfaction_figures_live(&p).await.unwrap()),
            format!("{:?}", s.coaching_figures_live(&p).await.unwrap()),
            format!("{:?}", s.desk_figures_live(&p).await.unwrap()),
            format!("{:?}", s.voucher_figures_live(&p, jiff::civil::date(2026, 11, 25)).await.unwrap()),
            format!("{:?}", s.voucher_figures_live(&p, jiff::civil::date(2027, 3, 1)).await.unwrap()),
        )
    };
    let before: Vec<_> = {
        let mut v = vec![];
        for p in periods {
            v.push(live(store.clone(), p).await);
        }
        v
    };
    // Not empty: the generated city has permits, coachings, follow-ups and sessions.
    assert!(
        before[3].0.contains("coached: ") && before[3].2.contains("attended: ") && before[3].3.contains("recommend: "),
        "{:?}",
        before[3]
    );
    // The coaching and desk reports too (held start coachings, contacts by channel).
    assert!(
        before[3].4.contains("\"held\"")
            && before[3].4.contains("held_with_interpreter")
            && before[3].5.contains("walk_in"),
        "{:?}",
        before[3]
    );
    // Vouchers of every state, value outstanding, people coached who took a course; and
    // vouchers open on the roll-up's day that have expired by the later one.
    assert!(
        before[3].6.contains("redeemed: ")
            && !before[3].6.contains("outstanding_cents: 0,")
            && before[3].6.contains("started: ")
            && before[3].6 != before[3].7,
        "{:?}",
        before[3]
    );
    let months = store.refresh_report_months(d(2026, 11, 25)).await.unwrap();
    assert!(months > 200, "{months}");
    for r in Rolled::ALL {
        assert!(store.rolled_months(r).await.unwrap() > 50, "{r:?}");
    }
    for (p, want) in periods.iter().zip(&before) {
        assert_eq!(&answers(store.clone(), *p).await, want, "rolled-up answer for {p:?}");
        assert_eq!(&live(store.clone(), *p).await, want, "live answer for {p:?}");
    }
    // A person added with a permit in a closed month shows live at once, in the rolled-up
    // answer once the job has run again (the documented staleness of closed months).
    let i = welcomedesk_domain::register::PersonInput {
        full_name: "Late Import".into(),
        birth_year: "1990".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        permit_issued_on: "2025-03-10".into(),
        ..Default::default()
    };
    let p = welcomedesk_domain::register::NewPerson::parse(
        &i,
        &["basic".into()],
        welcomedesk_domain::register::Source::Clerk,
        d(2026, 11, 25),
    )
    .unwrap();
    let row = welcomedesk_store::register::NewPersonRow {
        data: &p.data,
        consents: &p.consents,
        source: welcomedesk_domain::register::Source::Clerk,
        document_language: "ar",
        channel: "in_person",
        text_language: "ar",
        text_version: "v1",
        import_key: None,
        name_keys: &[],
    };
    store.bulk_insert_people(&[row]).await.unwrap();
    let period = periods[0];
    let now_live = live(store.clone(), period).await;
    assert_ne!(now_live.0, before[0].0, "the live uptake counts the new person");
    assert_eq!(answers(store.clone(), period).await.0, before[0].0, "closed months answer from the roll-ups");
    store.refresh_report_months(d(2026, 11, 25)).await.unwrap();
    assert_eq!(answers(store.clone(), period).await, now_live);
});

/// Replays the check-in's hook over the generated stamps and checks every generated
/// passport, voucher, part and redemption against the domain: the numbers and codes
/// carry their check characters, each earning step was issued on the day of the stamp
/// that earned it under the rule in force (`Rule::vouchers_due`, `expires_on`,
/// `earliest_start`, `split`), and every redemption passes `check_redemption` on its day.
fn vouchers_follow_the_rules(rows: &[String]) {
    use std::collections::BTreeMap;
    use welcomedesk_domain::passport::PassportNumber;
    use welcomedesk_domain::vouchers::{
        CourseFacts, Level, ProviderStanding, RedemptionFacts, VoucherCode, check_redemption, rule_in_force,
    };
    let table = |t: &str| -> Vec<Vec<String>> {
        let prefix = format!("{t}: ");
        rows.iter().filter_map(|r| r.strip_prefix(&prefix)).map(|r| r.split('|').map(str::to_owned).collect()).collect()
    };
    let date = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
    let rules: Vec<(usize, welcomedesk_domain::vouchers::Rule)> =
        welcomedesk_store::generate::generated_rules().into_iter().enumerate().collect();
    let rule_no = |id: &str| usize::from_str_radix(&id[24..], 16).unwrap();
    // Stamps per person in check-in order: (day, recorded_at, source_ref).
    let mut stamps: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    for s in table("passport_stamps") {
        stamps.entry(s[1].clone()).or_default().push((s[3].clone(), s[7].clone(), s[2].clone()));
    }
    let passports = table("passports");
    assert_eq!(passports.len(), stamps.len(), "one passport per person with a stamp");
    for p in &passports {
        assert!(PassportNumber::parse(&p[1]).is_ok(), "passport number {}", p[1]);
        assert_eq!(p[3], stamps[&p[2]].iter().map(|s| s.1.clone()).min().unwrap(), "issued at the first check-in");
    }
    // What the hook would have issued: (person, step) -> (rule, day, source_ref).
    let mut want = BTreeMap::new();
    for (person, list) in &mut stamps {
        list.sort();
        for (k, (day, _, source)) in list.iter().enumerate() {
            let Some((i, rule)) = rule_in_force(&rules, date(day)) else { continue };
            for o in 1..=rule.vouchers_due(k as u32 + 1) {
                want.entry((person.clone(), o as i64)).or_insert((*i, day.clone(), source.clone()));
            }
        }
    }
    let vouchers = table("vouchers");
    assert_eq!(vouchers.len(), want.len(), "the vouchers the stamps have earned");
    let mut by_id = BTreeMap::new();
    for v in &vouchers {
        assert!(VoucherCode::parse(&v[1]).is_ok(), "voucher code {}", v[1]);
        let (i, day, source) = &want[&(v[2].clone(), v[4].parse::<i64>().unwrap())];
        let rule = &rules[*i].1;
        assert_eq!((rule_no(&v[3]), &v[6], &v[9]), (*i, day, source), "{v:?}");
        assert_eq!(v[5].parse::<i64>().unwrap(), rule.value_for(false));
        assert_eq!(date(&v[7]), rule.expires_on(date(day)), "{v:?}");
        assert_eq!(date(&v[8]), rule.earliest_start(date(day)), "{v:?}");
        by_id.insert(v[0].clone(), v.clone());
    }
    let mut parts: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for p in table("voucher_parts") {
        parts.entry(p[0].clone()).or_default().push(p[2].parse().unwrap());
    }
    for (id, v) in &by_id {
        let rule = &rules[rule_no(&v[3])].1;
        assert_eq!(parts[id], rule.split(v[5].parse().unwrap()), "parts of {id}");
    }
    let courses: BTreeMap<String, Vec<String>> = table("courses").into_iter().map(|c| (c[0].clone(), c)).collect();
    let levels = |l: &str| Level::ALL.into_iter().find(|x| x.as_str() == l).unwrap();
    let redemptions = table("redemptions");
    let mut expired_open = 0;
    let today = jiff::civil::date(2026, 11, 25);
    for v in by_id.values() {
        if date(&v[7]) < today && !redemptions.iter().any(|x| x[1] == v[0]) {
            expired_open += 1;
        }
    }
    assert!(expired_open > 0, "some vouchers expired unused");
    for x in &redemptions {
        let v = &by_id[&x[1]];
        let rule = &rules[rule_no(&v[3])].1;
        let part: usize = x[2].parse().unwrap();
        let c = &courses[&x[4]];
        let uuid = |s: &str| uuid::Uuid::parse_str(s).unwrap();
        let facts = RedemptionFacts {
            today: date(&x[6]),
            issued_on: date(&v[6]),
            expires_on: date(&v[7]),
            revoked: false,
            level_min: rule.level_min,
            level_max: rule.level_max,
            earliest_start: date(&v[8]),
            part_value: parts[&x[1]][part - 1],
            part_used: false,
            provider_id: uuid(&x[3]),
            provider_standing: ProviderStanding::Approved,
            issuer_id: None,
            course_required: true,
            course: Some(CourseFacts { provider_id: uuid(&c[1]), level: levels(&c[2]), starts_on: date(&c[3]) }),
            amount: x[5].parse().unwrap(),
            id_required: true,
            id_checked: true,
        };
        assert_eq!(check_redemption(&facts), Ok(()), "{x:?}");
        assert!(date(&x[6]) >= date(&v[6]) && date(&x[6]) <= today, "{x:?}");
    }
}

// `welcomedesk-bench http` prepares its fixtures on a generated city (not only on an
// empty database or the demo): bookable slots with their people, names of the city to
// search for, and vouchers issued by the check-in's hook under the rule in force today
// (the generated one), redeemable at the bench's course.
both_backends!(http_bench_prepares_on_a_generated_city, |b: Backend| async move {
    let (db, store, counts) = city(b, 5).await;
    let f = welcomedesk_bench::http::prepare(&db.url, 50, 40, 400, 5, 8).await.unwrap();
    assert_eq!(f.slots.len(), 50);
    assert_eq!(f.vouchers.len(), 40, "one voucher for each prepared person");
    assert!(!f.names.is_empty() && !f.module_sessions.is_empty());
    // The generated city is still there, whole, and still consistent.
    let after = store.generated_counts().await.unwrap();
    assert_eq!(after.desk_contacts, counts.desk_contacts);
    assert!(after.vouchers >= counts.vouchers + 40 && after.passports == counts.passports, "{after:?}");
    assert_eq!(store.invariant_violations().await.unwrap(), vec![]);
});
