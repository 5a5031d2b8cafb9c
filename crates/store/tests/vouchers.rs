//! Passports, vouchers, redemptions and invoices on SQLite and PostgreSQL: the stamps and
//! the vouchers they earn are recorded once however often (and however concurrently)
//! the attendance is reported; a voucher part is redeemed once by 100 concurrent
//! providers; every refusal changes nothing and is audited; invoices never change.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::civil::{Date, date};
use sqlx::Row;
use welcomedesk_domain::passport::{PassportNumber, Stamp};
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_domain::vouchers::{Level, Progress, ProviderStanding, Refusal, Rule};
use welcomedesk_store::audit::AuditFilter;
use welcomedesk_store::providers::NewCourse;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::vouchers::Redeem;
use welcomedesk_store::{Backend, Store, StoreError, both_backends};

async fn fresh(b: Backend) -> (TestDb, Store) {
    let db = TestDb::new(b).await.expect("test database (is PostgreSQL running?)");
    let store = db.store().await.unwrap();
    (db, store)
}

async fn person(store: &Store, name: &str, certificate: bool) -> uuid::Uuid {
    let i = PersonInput {
        full_name: name.into(),
        birth_year: "1990".into(),
        birth_month: "5".into(),
        birth_day: "17".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        permit_issued_on: "2026-01-02".into(),
        certificate_required: certificate,
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, date(2026, 1, 5)).unwrap();
    let keys = vec![format!("n:{name}")];
    let row = NewPersonRow {
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

fn vienna(from: Date) -> Rule {
    Rule {
        name: format!("Sprachgutschein {from}"),
        valid_from: from,
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

fn stamp(p: uuid::Uuid, n: u32, on: Date) -> Stamp {
    Stamp {
        person_id: p,
        source_ref: format!("session:{n}"),
        attended_on: on,
        topic: "Housing".into(),
        language: "ar".into(),
        venue: "Town hall".into(),
    }
}

async fn count(store: &Store, sql: &str) -> i64 {
    // Read through a fresh write transaction so the count sees every commit.
    let mut tx = store.begin().await.unwrap();
    let n: i64 = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(&mut *tx).await.unwrap().get("n");
    tx.commit().await.unwrap();
    n
}

/// An approved provider with one A2 course starting in March 2026.
async fn provider(store: &Store, name: &str) -> (uuid::Uuid, uuid::Uuid) {
    let p = store.insert_provider(name, None).await.unwrap();
    store.set_provider_standing(p.id, ProviderStanding::Approved, Some(date(2025, 6, 1)), None, None).await.unwrap();
    let c = store
        .insert_course(
            p.id,
            &NewCourse {
                title: "Deutsch A2 Abend",
                language: "de",
                level: Level::A2,
                starts_on: date(2026, 3, 10),
                price_cents: 4_000,
                place: "Volkshochschule",
            },
            None,
        )
        .await
        .unwrap();
    (p.id, c.id)
}

both_backends!(passports_issue_replace_verify, |b| async move {
    let (_db, store) = fresh(b).await;
    let p = person(&store, "Amal Haddad", false).await;
    let a = store.issue_passport(p, None).await.unwrap();
    assert_eq!(store.issue_passport(p, None).await.unwrap(), a, "issuing twice gives the same passport");
    let check = store.check_passport(&a.number, None).await.unwrap().unwrap();
    assert_eq!(
        (check.status, check.holder_name.as_str(), check.birth_date.as_str()),
        ("valid", "Amal Haddad", "1990-05-17")
    );

    // The signed token verifies; an altered one does not.
    let key = store.passport_key().await.unwrap();
    let token = key.sign(&a.number, p);
    assert_eq!(store.check_passport_token(&token, None).await.unwrap().unwrap().status, "valid");
    let mut forged = token.clone().into_bytes();
    let last = forged.len() - 3;
    forged[last] = if forged[last] == b'A' { b'B' } else { b'A' };
    assert!(store.check_passport_token(&String::from_utf8(forged).unwrap(), None).await.unwrap().is_err());
    // The same key on the next call (it lives in `secrets`).
    assert_eq!(store.passport_key().await.unwrap().sign(&a.number, p), token);

    // Stamps stay through a replacement; the old number stops working.
    store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap();
    let b2 = store.replace_passport(p, "lost", None).await.unwrap();
    assert_ne!(b2.number, a.number);
    assert_eq!(store.check_passport(&a.number, None).await.unwrap().unwrap().status, "replaced");
    assert_eq!(store.check_passport_token(&token, None).await.unwrap().unwrap().status, "replaced");
    assert_eq!(store.check_passport(&b2.number, None).await.unwrap().unwrap().status, "valid");
    assert_eq!(store.live_passport(p).await.unwrap().unwrap(), b2);
    assert_eq!(store.passports_of(p).await.unwrap().len(), 2);
    assert_eq!(store.stamps_of(p).await.unwrap().len(), 1);
    // A token for this number but another person: refused (bound to the person).
    let other = person(&store, "Other Person", false).await;
    let moved = key.sign(&b2.number, other);
    assert_eq!(store.check_passport_token(&moved, None).await.unwrap(), Err("passport_unknown"));
    // Unknown numbers.
    let unknown = PassportNumber::generate(|b| b.fill(3));
    assert!(store.check_passport(&unknown, None).await.unwrap().is_none());
    // The database allows one live passport per person.
    let dup = sqlx::query(
        "INSERT INTO passports (id, number, person_id, issued_at) VALUES ('x', 'ZZZ', $1, '2026-01-01T00:00:00.000000Z')",
    )
    .bind(p.to_string())
    .execute(&mut *store.begin().await.unwrap())
    .await;
    assert!(dup.is_err(), "second live passport refused by the unique index");
});

both_backends!(attendance_is_stamped_once_and_earns_vouchers_once, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let p = person(&store, "Bilal Omar", false).await;
    let first = store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap();
    assert_eq!(first.len(), 1, "the first module earns a voucher");
    assert!(store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap().is_empty(), "same attendance twice");
    for n in 2..=4 {
        assert!(store.record_stamp(&stamp(p, n, date(2026, 2, n as i8))).await.unwrap().is_empty());
    }
    let second = store.record_stamp(&stamp(p, 5, date(2026, 2, 9))).await.unwrap();
    assert_eq!(second.len(), 1, "a further voucher after 4 more modules");
    for n in 6..=20 {
        assert!(store.record_stamp(&stamp(p, n, date(2026, 3, 1))).await.unwrap().is_empty(), "at most 2");
    }
    let vs = store.vouchers_of(p, None).await.unwrap();
    assert_eq!(vs.len(), 2);
    assert!(vs.iter().all(|v| v.value_cents == 15_000 && v.parts.len() == 3 && v.remaining_cents == 15_000));
    assert_eq!(vs[1].expires_on, "2028-07-31");
    assert_eq!(vs[1].earliest_start, "2025-12-21");
    assert_eq!(store.stamps_of(p).await.unwrap().len(), 20);

    // People legally required to obtain a certificate get the other value.
    let c = person(&store, "Cemal Demir", true).await;
    store.record_stamp(&stamp(c, 1, date(2026, 2, 1))).await.unwrap();
    assert_eq!(store.vouchers_of(c, None).await.unwrap()[0].value_cents, 30_000);
    assert_eq!(store.vouchers_of(c, None).await.unwrap()[0].parts.iter().map(|p| p.value_cents).sum::<i64>(), 30_000);

    // A new rule from 2026-06: later attendances use it, the vouchers keep theirs.
    store.insert_rule(&Rule { value_cents: 20_000, ..vienna(date(2026, 6, 1)) }, None).await.unwrap();
    let d = person(&store, "Dana Ali", false).await;
    store.record_stamp(&stamp(d, 1, date(2026, 6, 2))).await.unwrap();
    assert_eq!(store.vouchers_of(d, None).await.unwrap()[0].value_cents, 20_000);
    assert_eq!(store.vouchers_of(p, None).await.unwrap()[0].value_cents, 15_000);
    // Before any rule: a stamp, no voucher.
    let e = person(&store, "Early Bird", false).await;
    assert!(store.record_stamp(&stamp(e, 1, date(2022, 6, 2))).await.unwrap().is_empty());
});

both_backends!(concurrent_check_ins_issue_each_voucher_once, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let p = person(&store, "Farah Nasser", false).await;
    // 40 tasks: the same 8 attendances, each reported 5 times at once.
    let mut tasks = Vec::new();
    for i in 0..40u32 {
        let s = store.clone();
        tasks.push(tokio::spawn(async move { s.record_stamp(&stamp(p, i % 8, date(2026, 2, 1))).await }));
    }
    let mut issued = 0;
    for t in tasks {
        issued += t.await.unwrap().unwrap().len();
    }
    assert_eq!(issued, 2, "8 modules earn exactly 2 vouchers");
    assert_eq!(count(&store, &format!("SELECT COUNT(*) AS n FROM vouchers WHERE person_id = '{p}'")).await, 2);
    assert_eq!(count(&store, &format!("SELECT COUNT(*) AS n FROM passport_stamps WHERE person_id = '{p}'")).await, 8);
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM voucher_parts").await, 6);
});

both_backends!(a_hundred_concurrent_redemptions_of_one_part_one_succeeds, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let p = person(&store, "Hana Said", false).await;
    let vid = store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap()[0];
    let code = store.voucher(vid).await.unwrap().code;
    let (prov, course) = provider(&store, "Sprachschule Nord").await;
    let mut tasks = Vec::new();
    for _ in 0..100 {
        let (s, code) = (store.clone(), code.clone());
        tasks.push(tokio::spawn(async move {
            let req = Redeem {
                code: &code,
                part: Some(1),
                course_id: Some(course),
                amount_cents: None,
                id_checked: true,
                today: date(2026, 3, 1),
            };
            s.redeem_voucher(&req, prov, uuid::Uuid::now_v7()).await
        }));
    }
    let (mut ok, mut used) = (0, 0);
    for t in tasks {
        match t.await.unwrap().unwrap() {
            Ok(_) => ok += 1,
            Err(Refusal::Used) => used += 1,
            Err(other) => panic!("unexpected refusal {other:?}"),
        }
    }
    assert_eq!((ok, used), (1, 99));
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM redemptions").await, 1);
    let filter = AuditFilter { action: Some("voucher.redeem_refused".into()), limit: 500, ..Default::default() };
    assert_eq!(store.list_audit(&filter).await.unwrap().len(), 99, "every refusal audited");
    // The other parts are still there.
    let v = store.voucher(vid).await.unwrap();
    assert_eq!(v.remaining_cents, 10_000);
    assert_eq!(v.parts.iter().filter(|p| p.redeemed).count(), 1);
});

both_backends!(every_refusal_changes_nothing_and_is_audited, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let p = person(&store, "Imran Khan", false).await;
    let vid = store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap()[0];
    let code = store.voucher(vid).await.unwrap().code;
    let (prov, course) = provider(&store, "Sprachschule Nord").await;
    let (other_prov, other_course) = provider(&store, "Sprachschule Süd").await;
    let suspended = store.insert_provider("Suspended School", None).await.unwrap().id;
    store
        .set_provider_standing(suspended, ProviderStanding::Approved, Some(date(2025, 1, 1)), None, None)
        .await
        .unwrap();
    store.set_provider_standing(suspended, ProviderStanding::Suspended, None, Some("complaints"), None).await.unwrap();
    let unapproved = store.insert_provider("Unapproved School", None).await.unwrap().id;
    let mk = |title: &'static str, level: Level, starts: Date| NewCourse {
        title,
        language: "de",
        level,
        starts_on: starts,
        price_cents: 4_000,
        place: "Room 1",
    };
    let b2 = store.insert_course(prov, &mk("Deutsch B2", Level::B2, date(2026, 3, 10)), None).await.unwrap().id;
    let early = store.insert_course(prov, &mk("Deutsch A1 früh", Level::A1, date(2025, 12, 1)), None).await.unwrap().id;
    let susp_course = store.insert_course(suspended, &mk("A1", Level::A1, date(2026, 3, 10)), None).await.unwrap().id;
    let unap_course = store.insert_course(unapproved, &mk("A1", Level::A1, date(2026, 3, 10)), None).await.unwrap().id;
    let mut typo: Vec<char> = code.chars().collect();
    typo.swap(0, 1);
    if typo[0] == typo[1] {
        typo[0] = if typo[0] == '2' { '3' } else { '2' };
    }
    let typo: String = typo.into_iter().collect();
    let unknown = welcomedesk_domain::vouchers::VoucherCode::generate(|b| b.fill(7)).display();

    let actor = uuid::Uuid::now_v7();
    let today = date(2026, 3, 1);
    let base = Redeem { code: &code, part: None, course_id: Some(course), amount_cents: None, id_checked: true, today };
    let cases: Vec<(Redeem, uuid::Uuid, Refusal)> = vec![
        (Redeem { code: "nonsense!", ..base.clone() }, prov, Refusal::Malformed),
        (Redeem { code: &typo, ..base.clone() }, prov, Refusal::CheckDigit),
        (Redeem { code: &unknown, ..base.clone() }, prov, Refusal::Unknown),
        (Redeem { today: date(2028, 8, 1), ..base.clone() }, prov, Refusal::Expired),
        (Redeem { course_id: Some(other_course), ..base.clone() }, prov, Refusal::ForeignProvider),
        (Redeem { course_id: Some(susp_course), ..base.clone() }, suspended, Refusal::ProviderSuspended),
        (Redeem { course_id: Some(unap_course), ..base.clone() }, unapproved, Refusal::ProviderNotApproved),
        (Redeem { course_id: Some(b2), ..base.clone() }, prov, Refusal::Level),
        (Redeem { course_id: Some(early), ..base.clone() }, prov, Refusal::StartWindow),
        (Redeem { amount_cents: Some(5_001), ..base.clone() }, prov, Refusal::AmountAboveRemaining),
        (Redeem { part: Some(4), ..base.clone() }, prov, Refusal::NoSuchPart),
        (Redeem { id_checked: false, ..base.clone() }, prov, Refusal::IdNotChecked),
    ];
    let audit_before = count(&store, "SELECT COUNT(*) AS n FROM audit_log").await;
    for (i, (req, who, want)) in cases.iter().enumerate() {
        assert_eq!(store.redeem_voucher(req, *who, actor).await.unwrap(), Err(*want), "case {i}");
        assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM redemptions").await, 0, "case {i} changed nothing");
        let n = count(&store, "SELECT COUNT(*) AS n FROM audit_log").await;
        assert_eq!(n, audit_before + i as i64 + 1, "case {i} audited");
    }
    let details: Vec<String> = store
        .list_audit(&AuditFilter { action: Some("voucher.redeem_refused".into()), limit: 100, ..Default::default() })
        .await
        .unwrap()
        .into_iter()
        .filter_map(|e| e.detail)
        .collect();
    for (_, _, want) in &cases {
        assert!(details.contains(&want.code().to_owned()), "{want:?} audited with its code");
    }
    // A good one, then the same part again: used. Another provider redeems part 2 fine.
    let ok = store.redeem_voucher(&Redeem { part: Some(1), ..base.clone() }, prov, actor).await.unwrap().unwrap();
    assert_eq!(ok.amount_cents, 4_000, "the course's price, under the part's value");
    assert_eq!(
        store.redeem_voucher(&Redeem { part: Some(1), ..base.clone() }, prov, actor).await.unwrap(),
        Err(Refusal::Used)
    );
    store
        .redeem_voucher(&Redeem { course_id: Some(other_course), ..base.clone() }, other_prov, actor)
        .await
        .unwrap()
        .unwrap();
    // Revoked: the last part cannot be used.
    store.revoke_voucher(vid, "issued in error", None).await.unwrap();
    assert_eq!(store.redeem_voucher(&base, prov, actor).await.unwrap(), Err(Refusal::Revoked));
    assert!(matches!(store.revoke_voucher(vid, "again", None).await, Err(StoreError::NotFound)));
    // Then nothing left.
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM redemptions").await, 2);

    // Provider A sees only its redemptions, never B's.
    let mine = store.redemptions_of_provider(prov, 100).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert!(mine.iter().all(|r| r.provider_id == prov));
    let theirs = store.redemptions_of_provider(other_prov, 100).await.unwrap();
    assert_eq!(theirs.len(), 1);
    assert_ne!(theirs[0].id, mine[0].id);
    // ...nor report progress on them.
    assert!(matches!(
        store.report_progress(theirs[0].id, prov, Progress::Completed, Some(Level::A2), today, actor).await,
        Err(StoreError::NotFound)
    ));
    let reached = |store: Store| async move {
        count(&store, &format!("SELECT course_reached AS n FROM people WHERE id = '{p}'")).await
    };
    assert_eq!(reached(store.clone()).await, 0, "no progress reported yet");
    store.report_progress(mine[0].id, prov, Progress::Enrolled, None, today, actor).await.unwrap();
    assert_eq!(reached(store.clone()).await, 1, "enrolled: started (kept on the person's row for the report)");
    store.report_progress(mine[0].id, prov, Progress::Completed, Some(Level::A2), today, actor).await.unwrap();
    assert_eq!(reached(store.clone()).await, 2, "completed");
    store.report_progress(mine[0].id, prov, Progress::Dropped, None, today, actor).await.unwrap();
    assert_eq!(reached(store.clone()).await, 2, "a later report never takes back a completion");
    assert_eq!(store.invariant_violations().await.unwrap(), vec![]);
    store.report_progress(mine[0].id, prov, Progress::Completed, Some(Level::A2), today, actor).await.unwrap();
    let done = store.redemptions_of_person(p).await.unwrap();
    let r = done.iter().find(|r| r.id == mine[0].id).unwrap();
    assert_eq!((r.progress.as_deref(), r.level_reached.as_deref()), (Some("completed"), Some("A2")));
});

both_backends!(lookup_shows_only_what_a_check_needs, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let p = person(&store, "Jamal Yusuf", false).await;
    let vid = store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap()[0];
    let code = store.voucher(vid).await.unwrap().code;
    let (prov, _) = provider(&store, "Sprachschule Nord").await;
    let actor = Some(uuid::Uuid::now_v7());
    let v = store
        .lookup_voucher(&code.to_lowercase().replace('-', " "), prov, date(2026, 3, 1), actor)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(v.holder_name.as_deref(), Some("Jamal Yusuf"));
    assert_eq!(v.birth_date.as_deref(), Some("1990-05-17"));
    assert_eq!((v.remaining_cents, v.status), (15_000, "valid"));
    let json = serde_json::to_value(&v).unwrap();
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    for forbidden in ["person_id", "phone", "address", "citizenship", "email"] {
        assert!(!keys.iter().any(|k| k.as_str() == forbidden), "{forbidden} not shown to providers");
    }
    assert_eq!(store.lookup_voucher(&code, prov, date(2028, 8, 1), actor).await.unwrap().unwrap().status, "expired");
    let suspended = store.insert_provider("Suspended", None).await.unwrap().id;
    store.set_provider_standing(suspended, ProviderStanding::Suspended, None, Some("x"), None).await.unwrap();
    assert_eq!(
        store.lookup_voucher(&code, suspended, date(2026, 3, 1), actor).await.unwrap(),
        Err(Refusal::ProviderSuspended)
    );
    assert_eq!(store.lookup_voucher("123", prov, date(2026, 3, 1), actor).await.unwrap(), Err(Refusal::Malformed));
    let reads = store.person_history(p).await.unwrap();
    assert!(reads.iter().any(|e| e.action == "person.voucher_lookup"), "the look-up is audited on the person");
    assert_eq!(store.provider_standings(suspended).await.unwrap().len(), 1);
    assert_eq!(store.approved_provider_names().await.unwrap(), ["Sprachschule Nord"]);
});

both_backends!(manual_issue_rules_frozen_and_reconciliation, |b| async move {
    let (_db, store) = fresh(b).await;
    let rule = store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let p = person(&store, "Karim Aziz", false).await;
    let actor = Some(uuid::Uuid::now_v7());
    // An unused rule can be corrected.
    store.update_rule(rule, &Rule { name: "Renamed".into(), ..vienna(date(2023, 1, 1)) }, actor).await.unwrap();
    let v =
        store.issue_voucher_by_hand(p, "moved from another city's programme", date(2026, 2, 1), actor).await.unwrap();
    assert_eq!(store.voucher(v).await.unwrap().source, "manual");
    assert!(store.person_history(p).await.unwrap().iter().any(|e| e.action == "person.voucher_issue"));
    // Used: frozen, by the store and by the database's trigger.
    assert!(matches!(
        store.update_rule(rule, &vienna(date(2023, 1, 1)), actor).await,
        Err(StoreError::Conflict("rule_in_use"))
    ));
    let raw = sqlx::query("UPDATE voucher_rules SET value_cents = 1 WHERE id = $1")
        .bind(rule.to_string())
        .execute(&mut *store.begin().await.unwrap())
        .await;
    assert!(raw.is_err(), "the trigger refuses changing a rule in use");
    assert!(matches!(store.insert_rule(&vienna(date(2023, 1, 1)), actor).await, Err(StoreError::Conflict(_))));
    assert!(matches!(
        store.issue_voucher_by_hand(p, "x", date(2020, 1, 1), actor).await,
        Err(StoreError::Conflict("no_rule"))
    ));

    // Reconciliation: one redeemed part, one revoked voucher, one expired.
    let v2 = store.issue_voucher_by_hand(p, "second", date(2026, 2, 1), actor).await.unwrap();
    store.revoke_voucher(v2, "duplicate", actor).await.unwrap();
    let (prov, course) = provider(&store, "Nord").await;
    let code = store.voucher(v).await.unwrap().code;
    let req = Redeem {
        code: &code,
        part: None,
        course_id: Some(course),
        amount_cents: None,
        id_checked: true,
        today: date(2026, 3, 1),
    };
    store.redeem_voucher(&req, prov, uuid::Uuid::now_v7()).await.unwrap().unwrap();
    let rows = store.reconciliation_by_rule(date(2026, 4, 1)).await.unwrap();
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!((r.month.as_str(), r.key.as_str()), ("2026-02", "Renamed"));
    assert_eq!((r.issued, r.redeemed, r.revoked, r.expired, r.outstanding), (30_000, 4_000, 15_000, 0, 10_000));
    let later = &store.reconciliation_by_rule(date(2030, 1, 1)).await.unwrap()[0];
    assert_eq!((later.expired, later.outstanding), (10_000, 0));
    let by_p = store.reconciliation_by_provider().await.unwrap();
    assert_eq!((by_p[0].key.as_str(), by_p[0].redeemed), ("Nord", 4_000));
});

both_backends!(invoices_once_immutable_credit_notes, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let (prov, course) = provider(&store, "Nord").await;
    let actor = uuid::Uuid::now_v7();
    for i in 0..3 {
        let p = person(&store, &format!("Person {i}"), false).await;
        let vid = store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap()[0];
        let code = store.voucher(vid).await.unwrap().code;
        let req = Redeem {
            code: &code,
            part: None,
            course_id: Some(course),
            amount_cents: None,
            id_checked: true,
            today: date(2026, 3, 2 + i),
        };
        store.redeem_voucher(&req, prov, actor).await.unwrap().unwrap();
    }
    let (from, to) = (date(2026, 3, 1), date(2026, 3, 31));
    // Two clerks at once: one invoice with all three lines.
    let (a, b2) = tokio::join!(
        store.make_invoice(prov, from, to, date(2026, 4, 1), None),
        store.make_invoice(prov, from, to, date(2026, 4, 1), None)
    );
    let made: Vec<_> = [a.unwrap(), b2.unwrap()].into_iter().flatten().collect();
    assert_eq!(made.len(), 1);
    let inv = &made[0];
    assert_eq!((inv.lines.len(), inv.total_cents, inv.number.as_str()), (3, 12_000, "2026-00001"));
    assert!(store.make_invoice(prov, from, to, date(2026, 4, 1), None).await.unwrap().is_none(), "nothing left");
    // Immutable.
    for sql in [
        "UPDATE invoices SET total_cents = 1",
        "DELETE FROM invoice_lines",
        "UPDATE invoice_lines SET amount_cents = 1",
    ] {
        let r = sqlx::query(sql).execute(&mut *store.begin().await.unwrap()).await;
        assert!(r.is_err(), "{sql} refused");
    }
    // A credit note for line 2, once.
    let cn = store.credit_invoice(inv.id, &[(2, None)], "wrong course", date(2026, 4, 2), None).await.unwrap();
    assert_eq!((cn.kind.as_str(), cn.total_cents, cn.number.as_str()), ("credit_note", -4_000, "2026-00002"));
    assert_eq!(cn.corrects_id, Some(inv.id));
    assert!(matches!(
        store.credit_invoice(inv.id, &[(2, None)], "again", date(2026, 4, 2), None).await,
        Err(StoreError::Conflict("line_credited"))
    ));
    // Part of a line: 15 € of line 1's 40 €, then nothing more of it; line 3 in full.
    assert!(matches!(
        store.credit_invoice(inv.id, &[(1, Some(4_001))], "too much", date(2026, 4, 2), None).await,
        Err(StoreError::Conflict("credit_above_line"))
    ));
    let part =
        store.credit_invoice(inv.id, &[(1, Some(1_500))], "half a course", date(2026, 4, 3), None).await.unwrap();
    assert_eq!((part.total_cents, part.lines.len(), part.lines[0].line_no), (-1_500, 1, 1));
    assert_eq!(part.lines[0].voucher_code, inv.lines[0].voucher_code);
    assert_eq!(store.credited_lines(inv.id).await.unwrap(), vec![(1, 1_500), (2, 4_000)]);
    assert!(matches!(
        store.credit_invoice(inv.id, &[(1, Some(100))], "again", date(2026, 4, 3), None).await,
        Err(StoreError::Conflict("line_credited"))
    ));
    // Two clerks crediting what is left (line 3) at once: the database lets one through.
    let (x, y) = tokio::join!(
        store.credit_invoice(inv.id, &[], "the rest", date(2026, 4, 4), None),
        store.credit_invoice(inv.id, &[(3, Some(2_000))], "the rest", date(2026, 4, 4), None)
    );
    let (ok, refused): (Vec<_>, Vec<_>) = [x, y].into_iter().partition(|r| r.is_ok());
    assert_eq!((ok.len(), refused.len()), (1, 1));
    // Refused by the unique index (both read "not credited") or by the check (it read
    // the other's commit).
    assert!(matches!(refused[0], Err(StoreError::Conflict("already_credited" | "line_credited"))), "{:?}", refused[0]);
    assert!(matches!(
        store.credit_invoice(inv.id, &[], "nothing left", date(2026, 4, 4), None).await,
        Err(StoreError::Conflict("already_credited"))
    ));
    assert_eq!(store.invoices_of(Some(prov)).await.unwrap().len(), 4);
    let other = store.insert_provider("Süd", None).await.unwrap().id;
    assert!(store.invoices_of(Some(other)).await.unwrap().is_empty());
});

both_backends!(export_and_erasure_keep_the_money_trail, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let p = person(&store, "Layla Nour", false).await;
    store.issue_passport(p, None).await.unwrap();
    let vid = store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap()[0];
    let manual = store.issue_voucher_by_hand(p, "Layla asked at the desk", date(2026, 2, 1), None).await.unwrap();
    let (prov, course) = provider(&store, "Nord").await;
    let code = store.voucher(vid).await.unwrap().code;
    let req = Redeem {
        code: &code,
        part: None,
        course_id: Some(course),
        amount_cents: None,
        id_checked: true,
        today: date(2026, 3, 1),
    };
    store.redeem_voucher(&req, prov, uuid::Uuid::now_v7()).await.unwrap().unwrap();
    let inv =
        store.make_invoice(prov, date(2026, 3, 1), date(2026, 3, 31), date(2026, 4, 1), None).await.unwrap().unwrap();

    let export = store.vouchers_export(p).await.unwrap();
    assert_eq!(export["passports"].as_array().unwrap().len(), 1);
    assert_eq!(export["stamps"].as_array().unwrap().len(), 1);
    assert_eq!(export["vouchers"].as_array().unwrap().len(), 2);
    assert_eq!(export["courses"].as_array().unwrap().len(), 1);

    store.erase_person(p, "request", None).await.unwrap();
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM passports").await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM passport_stamps").await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM vouchers WHERE person_id IS NOT NULL").await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM vouchers WHERE issue_reason IS NOT NULL").await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM vouchers").await, 2, "the vouchers stay, without holder");
    assert_eq!(store.voucher(manual).await.unwrap().person_id, None);
    // The money trail is whole.
    assert_eq!(store.invoice(inv.id).await.unwrap(), inv);
    let rows = store.reconciliation_by_rule(date(2026, 4, 1)).await.unwrap();
    assert_eq!(rows[0].issued, 30_000);
    assert_eq!(rows[0].redeemed, 4_000);
    // The provider's look-up now shows no holder.
    let v = store.lookup_voucher(&code, prov, date(2026, 3, 1), None).await.unwrap().unwrap();
    assert_eq!((v.holder_name, v.birth_date), (None, None));
});

both_backends!(merge_moves_passports_stamps_and_vouchers, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let keep = person(&store, "Mona Samir", false).await;
    let dup = person(&store, "Mona Sameer", false).await;
    store.issue_passport(keep, None).await.unwrap();
    let old = store.issue_passport(dup, None).await.unwrap();
    store.record_stamp(&stamp(keep, 1, date(2026, 2, 1))).await.unwrap();
    store.record_stamp(&stamp(dup, 1, date(2026, 2, 1))).await.unwrap();
    store.record_stamp(&stamp(dup, 2, date(2026, 2, 2))).await.unwrap();
    store.merge_people(keep, dup, None).await.unwrap();
    assert_eq!(store.stamps_of(keep).await.unwrap().len(), 2);
    assert_eq!(store.passports_of(keep).await.unwrap().len(), 2);
    assert_eq!(store.check_passport(&old.number, None).await.unwrap().unwrap().status, "replaced");
    let vs = store.vouchers_of(keep, None).await.unwrap();
    assert_eq!(vs.len(), 2, "both vouchers kept (money issued is not taken back)");
    assert_eq!(vs.iter().filter(|v| v.ordinal == Some(1)).count(), 1);
});

both_backends!(the_invariant_check_sees_voucher_data_whole, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&vienna(date(2023, 1, 1)), None).await.unwrap();
    let (prov, course) = provider(&store, "Nord").await;
    let p = person(&store, "Nadia Karam", false).await;
    store.issue_passport(p, None).await.unwrap();
    let vid = store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap()[0];
    let code = store.voucher(vid).await.unwrap().code;
    let req = Redeem {
        code: &code,
        part: None,
        course_id: Some(course),
        amount_cents: None,
        id_checked: true,
        today: date(2026, 3, 1),
    };
    store.redeem_voucher(&req, prov, uuid::Uuid::now_v7()).await.unwrap().unwrap();
    store.make_invoice(prov, date(2026, 3, 1), date(2026, 3, 31), date(2026, 4, 1), None).await.unwrap().unwrap();
    assert_eq!(store.invariant_violations().await.unwrap(), vec![]);
    // Negative control: a part whose value no longer adds up is seen.
    let mut tx = store.begin().await.unwrap();
    sqlx::query("UPDATE voucher_parts SET value_cents = value_cents + 1 WHERE part = 3")
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let v = store.invariant_violations().await.unwrap();
    assert_eq!(v, vec![("a voucher whose parts do not add up to its value", 1)]);
});
