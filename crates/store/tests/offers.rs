//! Other welcome vouchers (issue 12) on SQLite and PostgreSQL: offers are issued by the
//! check-in's own code path (each step once per lineage, whatever the concurrency), are
//! redeemed once at their issuer's desk without a course (and by nobody else), show in
//! the export, lose their holder at erasure, and are invoiced under the offer's title.
//! The upgrade from the previous schema keeps every language voucher, redemption,
//! progress report and invoice whole.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::civil::{Date, date};
use sqlx::Row;
use welcomedesk_domain::offers::{Offer, OfferKind};
use welcomedesk_domain::passport::Stamp;
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_domain::vouchers::{Level, ProviderStanding, Refusal, Rule, VoucherCode};
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

async fn person(store: &Store, name: &str) -> uuid::Uuid {
    let i = PersonInput {
        full_name: name.into(),
        birth_year: "1990".into(),
        birth_month: "5".into(),
        birth_day: "17".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        permit_issued_on: "2026-01-02".into(),
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

fn programme() -> Rule {
    Rule {
        name: "Sprachgutschein".into(),
        valid_from: date(2023, 1, 1),
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

fn museum_offer(issuer: uuid::Uuid, first_after: u32, non_transferable: bool) -> Offer {
    Offer {
        kind: OfferKind::Museum,
        issuer_provider_id: issuer,
        titles: vec![("en".into(), "City museum entry".into()), ("sv".into(), "Stadsmuseet, entré".into())],
        value_cents: 1_200,
        validity_days: 90,
        non_transferable,
        active: true,
        first_after,
        valid_from: date(2026, 1, 1),
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
    let mut tx = store.begin().await.unwrap();
    let n: i64 = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(&mut *tx).await.unwrap().get("n");
    tx.commit().await.unwrap();
    n
}

async fn approved(store: &Store, name: &str) -> uuid::Uuid {
    let p = store.insert_provider(name, None).await.unwrap();
    store.set_provider_standing(p.id, ProviderStanding::Approved, Some(date(2025, 6, 1)), None, None).await.unwrap();
    p.id
}

async fn course(store: &Store, provider: uuid::Uuid) -> uuid::Uuid {
    store
        .insert_course(
            provider,
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
        .unwrap()
        .id
}

fn redeem<'a>(code: &'a str, course: Option<uuid::Uuid>, id_checked: bool) -> Redeem<'a> {
    Redeem { code, part: None, course_id: course, amount_cents: None, id_checked, today: date(2026, 3, 1) }
}

both_backends!(concurrent_check_ins_issue_each_lineage_once, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&programme(), None).await.unwrap();
    let museum = approved(&store, "Stadtmuseum").await;
    let pool = approved(&store, "Hallenbad Mitte").await;
    let m = store.insert_offer(&museum_offer(museum, 2, true), None).await.unwrap();
    let p_offer = Offer { kind: OfferKind::Pool, first_after: 1, ..museum_offer(pool, 1, false) };
    let po = store.insert_offer(&p_offer, None).await.unwrap();
    // An inactive offer earns nothing.
    let idle = Offer { active: false, kind: OfferKind::CityTour, ..museum_offer(museum, 1, false) };
    store.insert_offer(&idle, None).await.unwrap();
    let p = person(&store, "Farah Nasser").await;
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
    assert_eq!(issued, 4, "2 language vouchers, 1 museum, 1 pool");
    let q = |o: &str| format!("SELECT COUNT(*) AS n FROM vouchers WHERE person_id = '{p}' AND {o}");
    assert_eq!(count(&store, &q("offer_id IS NULL")).await, 2);
    assert_eq!(count(&store, &q(&format!("offer_id = '{m}'"))).await, 1);
    assert_eq!(count(&store, &q(&format!("offer_id = '{po}'"))).await, 1);
    let vs = store.vouchers_of(p, None).await.unwrap();
    let mv = vs.iter().find(|v| v.offer.as_ref().is_some_and(|o| o.id == m)).unwrap();
    assert_eq!((mv.value_cents, mv.issued_on.as_str(), mv.expires_on.as_str()), (1_200, "2026-02-01", "2026-05-01"));
    assert_eq!(mv.offer.as_ref().unwrap().title("sv"), "Stadsmuseet, entré");
    assert_eq!(mv.offer.as_ref().unwrap().title("ar"), "City museum entry");
    assert_eq!(mv.parts.len(), 1);
    assert!(store.invariant_violations().await.unwrap().is_empty());
    assert_eq!(store.integrity_check().await.unwrap(), "ok");
});

both_backends!(an_offer_is_redeemed_once_at_its_issuer_only, |b| async move {
    let (_db, store) = fresh(b).await;
    store.insert_rule(&programme(), None).await.unwrap();
    let museum = approved(&store, "Stadtmuseum").await;
    let school = approved(&store, "Sprachschule Nord").await;
    let school_course = course(&store, school).await;
    let museum_course = course(&store, museum).await;
    let m = store.insert_offer(&museum_offer(museum, 1, true), None).await.unwrap();
    let p = person(&store, "Hana Said").await;
    store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap();
    let vs = store.vouchers_of(p, None).await.unwrap();
    let offer_code = vs.iter().find(|v| v.offer.is_some()).unwrap().code.clone();
    let lang_code = vs.iter().find(|v| v.offer.is_none()).unwrap().code.clone();
    let actor = uuid::Uuid::now_v7();

    // Another provider neither sees nor redeems the museum's voucher.
    let seen = store.lookup_voucher(&offer_code, school, date(2026, 3, 1), None).await.unwrap();
    assert_eq!(seen.unwrap_err(), Refusal::OtherIssuer);
    let r = store.redeem_voucher(&redeem(&offer_code, None, true), school, actor).await.unwrap();
    assert_eq!(r.unwrap_err(), Refusal::OtherIssuer);
    let r = store.redeem_voucher(&redeem(&offer_code, Some(school_course), true), school, actor).await.unwrap();
    assert_eq!(r.unwrap_err(), Refusal::OtherIssuer);
    // The issuer sees it: no course, ID check (non-transferable).
    let c = store.lookup_voucher(&offer_code, museum, date(2026, 3, 1), None).await.unwrap().unwrap();
    assert!(!c.needs_course && c.non_transferable);
    assert_eq!((c.status, c.remaining_cents), ("valid", 1_200));
    assert_eq!(c.offer.as_ref().unwrap().kind, "museum");
    // A museum entry takes no course; the holder's ID card must be checked.
    let r = store.redeem_voucher(&redeem(&offer_code, Some(museum_course), true), museum, actor).await.unwrap();
    assert_eq!(r.unwrap_err(), Refusal::NotForCourses);
    let r = store.redeem_voucher(&redeem(&offer_code, None, false), museum, actor).await.unwrap();
    assert_eq!(r.unwrap_err(), Refusal::IdNotChecked);
    // A language voucher still needs a course.
    let r = store.redeem_voucher(&redeem(&lang_code, None, true), school, actor).await.unwrap();
    assert_eq!(r.unwrap_err(), Refusal::CourseRequired);
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM redemptions").await, 0, "refusals change nothing");

    // 50 desks at once: one redemption.
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let (s, code) = (store.clone(), offer_code.clone());
        tasks.push(tokio::spawn(async move {
            s.redeem_voucher(&redeem(&code, None, true), museum, uuid::Uuid::now_v7()).await
        }));
    }
    let (mut ok, mut used) = (0, 0);
    for t in tasks {
        match t.await.unwrap().unwrap() {
            Ok(r) => {
                assert_eq!((r.course_id, r.course_title.as_str(), r.amount_cents), (None, "City museum entry", 1_200));
                ok += 1
            }
            Err(Refusal::Used) => used += 1,
            Err(other) => panic!("unexpected refusal {other:?}"),
        }
    }
    assert_eq!((ok, used), (1, 49));
    assert_eq!(
        count(&store, "SELECT COUNT(*) AS n FROM redemptions WHERE course_id IS NULL AND offer_kind = 'museum'").await,
        1
    );
    // The language voucher at the school, as before.
    let r = store.redeem_voucher(&redeem(&lang_code, Some(school_course), true), school, actor).await.unwrap();
    assert_eq!(r.unwrap().course_title, "Deutsch A2 Abend");

    // The database itself refuses a course-less language redemption and a second one.
    let vid: String = sqlx::query("SELECT id FROM vouchers WHERE offer_id IS NULL AND person_id = $1")
        .bind(p.to_string())
        .fetch_one(&mut *store.begin().await.unwrap())
        .await
        .unwrap()
        .get("id");
    let mut tx = store.begin().await.unwrap();
    let raw = sqlx::query(
        "INSERT INTO redemptions (id, voucher_id, part, provider_id, course_id, amount_cents, redeemed_on, \
         redeemed_at, redeemed_by, id_checked, offer_kind) VALUES ('x', $1, 2, $2, NULL, 1, '2026-03-01', 'now', 'x', 1, \
         'language_course')",
    )
    .bind(vid)
    .bind(school.to_string())
    .execute(&mut *tx)
    .await;
    assert!(raw.is_err(), "a language redemption without a course is refused by the schema");
    drop(tx);

    // Invoices and reconciliation under the offer's title.
    let inv = store.make_invoice(museum, date(2026, 3, 1), date(2026, 3, 31), date(2026, 4, 1), None).await.unwrap();
    let inv = inv.unwrap();
    assert_eq!(inv.lines.len(), 1);
    assert_eq!((inv.lines[0].course_title.as_str(), inv.total_cents), ("City museum entry", 1_200));
    let recon = store.reconciliation_by_rule(date(2026, 4, 1)).await.unwrap();
    let row = recon.iter().find(|r| r.key == "City museum entry").unwrap();
    assert_eq!((row.issued, row.redeemed, row.outstanding), (1_200, 1_200, 0));
    assert!(recon.iter().any(|r| r.key == "Sprachgutschein"));
    let _ = m;
    assert!(store.invariant_violations().await.unwrap().is_empty());
});

both_backends!(transferable_offers_need_no_id_and_export_and_erasure_cover_them, |b| async move {
    let (_db, store) = fresh(b).await;
    let pool = approved(&store, "Hallenbad Mitte").await;
    let o = Offer { kind: OfferKind::Pool, ..museum_offer(pool, 1, false) };
    store.insert_offer(&o, None).await.unwrap();
    let p = person(&store, "Omar Farouk").await;
    let ids = store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap();
    assert_eq!(ids.len(), 1, "no programme rule: only the offer");
    let code = store.voucher(ids[0]).await.unwrap().code;
    let done = store.redeem_voucher(&redeem(&code, None, false), pool, uuid::Uuid::now_v7()).await.unwrap();
    assert!(done.is_ok(), "a transferable offer is redeemed without the ID check");
    let export = store.vouchers_export(p).await.unwrap();
    let text = export.to_string();
    assert!(text.contains("Hallenbad Mitte") && text.contains("pool") && text.contains(&code), "{text}");
    assert_eq!(export["courses"][0]["course_title"], "City museum entry");
    store.erase_person(p, "request", None).await.unwrap();
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM vouchers WHERE person_id IS NOT NULL").await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM redemptions").await, 1, "the money trail stays");
    assert!(store.invariant_violations().await.unwrap().is_empty());
});

both_backends!(offers_are_edited_under_the_versioning_of_rules, |b| async move {
    let (_db, store) = fresh(b).await;
    let museum = approved(&store, "Stadtmuseum").await;
    let pending = store.insert_provider("Not yet approved", None).await.unwrap().id;
    assert!(matches!(
        store.insert_offer(&museum_offer(pending, 1, true), None).await,
        Err(StoreError::Conflict("issuer_not_approved"))
    ));
    let id = store.insert_offer(&museum_offer(museum, 3, true), None).await.unwrap();
    // Unused: changed in place.
    let o2 = Offer { first_after: 1, value_cents: 1_500, ..museum_offer(museum, 1, true) };
    store.update_offer(id, &o2, None).await.unwrap();
    let row = store.offer(id).await.unwrap();
    assert_eq!((row.offer.first_after, row.offer.value_cents), (1, 1_500));
    assert_eq!(count(&store, &format!("SELECT COUNT(*) AS n FROM voucher_rules WHERE offer_id = '{id}'")).await, 1);
    let p = person(&store, "Lina Haddad").await;
    store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap();
    // In use: the same day is refused, a later one is a new version; kind and issuer fixed.
    let o3 = Offer { value_cents: 2_000, ..o2.clone() };
    assert!(matches!(store.update_offer(id, &o3, None).await, Err(StoreError::Conflict("rule_in_use"))));
    let o4 = Offer { valid_from: date(2026, 6, 1), ..o3.clone() };
    store.update_offer(id, &o4, None).await.unwrap();
    assert_eq!(count(&store, &format!("SELECT COUNT(*) AS n FROM voucher_rules WHERE offer_id = '{id}'")).await, 2);
    let o5 = Offer { kind: OfferKind::CityTour, ..o4.clone() };
    assert!(matches!(store.update_offer(id, &o5, None).await, Err(StoreError::Conflict("offer_in_use"))));
    // Titles and the flags change freely; the issued voucher keeps its value.
    let o6 = Offer { titles: vec![("en".into(), "Museum day".into())], non_transferable: false, ..o4 };
    store.update_offer(id, &o6, None).await.unwrap();
    let row = store.offer(id).await.unwrap();
    assert_eq!(
        (row.offer.title("sv"), row.offer.non_transferable, row.offer.value_cents),
        ("Museum day", false, 2_000)
    );
    assert_eq!(store.vouchers_of(p, None).await.unwrap()[0].value_cents, 1_500);
    assert_eq!(store.list_offers().await.unwrap().len(), 1);
    // The programme's rules list and editing leave offers' rules alone.
    assert!(store.list_rules().await.unwrap().is_empty());
    assert!(matches!(store.update_rule(row.rule_id, &programme(), None).await, Err(StoreError::NotFound)));
    // A programme rule on the same day as an offer's is allowed (one per lineage).
    store.insert_rule(&Rule { valid_from: date(2026, 6, 1), ..programme() }, None).await.unwrap();
});

// A database made and filled by the previous release (migrations up to 0020, with the
// old name of 0017), then upgraded: every language voucher, redemption, progress report
// and invoice is kept, the checks pass, and the old vouchers still work.
both_backends!(upgrade_keeps_language_vouchers_redemptions_and_invoices, |b| async move {
    let db = TestDb::new(b).await.unwrap();
    let old = welcomedesk_store::Store::connect(&db.url, &Default::default()).await.unwrap();
    old.migrate_to(20).await.unwrap();
    // Before the rename, 0017 was recorded as "0017_offers"; sqlx keys on version and
    // checksum, so the renamed file must still be accepted.
    let mut tx = old.begin().await.unwrap();
    sqlx::query("UPDATE _sqlx_migrations SET description = '0017_offers' WHERE version = 17")
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let p = person(&old, "Amal Haddad").await;
    let at = "2026-03-01T10:00:00.000000Z";
    // The provider's approval and the course as the previous release wrote them (today's
    // store also bumps the catalogue generation of migration 0023, which this schema does
    // not have yet).
    let prov = old.insert_provider("Sprachschule Nord", None).await.unwrap().id;
    let course = uuid::Uuid::now_v7();
    let mut tx = old.begin().await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO provider_standings (id, provider_id, standing, quality_signed_on, reason, at, by_id) \
         VALUES ('{}', '{prov}', 'approved', '2025-06-01', NULL, '{at}', NULL)",
        uuid::Uuid::now_v7()
    )))
    .execute(&mut *tx)
    .await
    .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO courses (id, provider_id, title, language, level, starts_on, price_cents, place, created_at) \
         VALUES ('{course}', '{prov}', 'Deutsch A2 Abend', 'de', 'A2', '2026-03-10', 4000, 'Volkshochschule', '{at}')"
    )))
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let code = VoucherCode::generate(|b| b.fill(3));
    let (raw, shown) = (code.as_str(), code.display());
    let id = || uuid::Uuid::now_v7();
    let (rule1, v1, r1, cp1, i1) = (id(), id(), id(), id(), id());
    let stmts = [
        format!(
            "INSERT INTO voucher_rules (id, name, valid_from, first_after, further_every, max_vouchers, value_cents, \
             value_cents_certificate, parts, validity_months, level_min, level_max, start_weeks_before, created_at) \
             VALUES ('{rule1}', 'Sprachgutschein', '2023-01-01', 1, 4, 2, 15000, 30000, 3, 30, 'A1', 'B1', 6, '{at}')"
        ),
        format!(
            "INSERT INTO vouchers (id, code, person_id, rule_id, ordinal, certificate, value_cents, issued_on, \
             expires_on, earliest_start, source, issued_at) VALUES ('{v1}', '{raw}', '{p}', '{rule1}', 1, 0, \
             15000, '2026-02-01', '2028-07-31', '2025-12-21', 'attendance', '{at}')"
        ),
        format!(
            "INSERT INTO voucher_parts (voucher_id, part, value_cents) VALUES ('{v1}', 1, 5000), ('{v1}', 2, 5000), \
             ('{v1}', 3, 5000)"
        ),
        format!(
            "INSERT INTO redemptions (id, voucher_id, part, provider_id, course_id, amount_cents, redeemed_on, \
             redeemed_at, redeemed_by, id_checked) VALUES ('{r1}', '{v1}', 1, '{prov}', '{course}', 4000, '2026-03-01', \
             '{at}', 'x', 1)"
        ),
        format!(
            "INSERT INTO course_progress (id, redemption_id, status, reported_on, reported_at, reported_by) \
             VALUES ('{cp1}', '{r1}', 'enrolled', '2026-03-02', '{at}', 'x')"
        ),
        format!(
            "INSERT INTO invoices (id, number, kind, provider_id, period_from, period_to, total_cents, currency, \
             issued_on, issued_at) VALUES ('{i1}', '2026-00001', 'invoice', '{prov}', '2026-03-01', '2026-03-31', 4000, \
             'EUR', '2026-04-01', '{at}')"
        ),
        format!(
            "INSERT INTO invoice_lines (invoice_id, line_no, redemption_id, voucher_code, part, course_title, \
             redeemed_on, amount_cents) VALUES ('{i1}', 1, '{r1}', '{shown}', 1, 'Deutsch A2 Abend', '2026-03-01', 4000)"
        ),
    ];
    let mut tx = old.begin().await.unwrap();
    for s in &stmts {
        sqlx::query(sqlx::AssertSqlSafe(s.clone())).execute(&mut *tx).await.unwrap();
    }
    tx.commit().await.unwrap();
    old.close().await;

    let store = db.store().await.unwrap();
    assert_eq!(store.integrity_check().await.unwrap(), "ok");
    assert_eq!(store.invariant_violations().await.unwrap(), vec![]);
    for (table, n) in
        [("voucher_rules", 1), ("vouchers", 1), ("voucher_parts", 3), ("redemptions", 1), ("course_progress", 1)]
    {
        assert_eq!(count(&store, &format!("SELECT COUNT(*) AS n FROM {table}")).await, n, "{table}");
    }
    assert_eq!(
        count(&store, "SELECT COUNT(*) AS n FROM redemptions WHERE offer_kind = 'language_course' AND id_checked = 1")
            .await,
        1
    );
    assert_eq!(store.invoice(i1).await.unwrap().lines[0].course_title, "Deutsch A2 Abend");
    let red = store.redemptions_of_person(p).await.unwrap();
    assert_eq!((red[0].course_id, red[0].progress.as_deref()), (Some(course), Some("enrolled")));
    // The old voucher keeps working: its next part is redeemed for a course.
    let r = store.redeem_voucher(&redeem(&shown, Some(course), true), prov, uuid::Uuid::now_v7()).await.unwrap();
    assert_eq!(r.unwrap().part, 2);
    // The frozen-rule trigger came back with the rebuilt table.
    let mut tx = store.begin().await.unwrap();
    let upd = sqlx::query("UPDATE voucher_rules SET name = 'x' WHERE id = $1")
        .bind(rule1.to_string())
        .execute(&mut *tx)
        .await;
    assert!(upd.is_err(), "a rule in use stays frozen after the upgrade");
    drop(tx);
    // And new attendance issues the next step of the same lineage only.
    store.record_stamp(&stamp(p, 1, date(2026, 2, 1))).await.unwrap();
    assert_eq!(count(&store, "SELECT COUNT(*) AS n FROM vouchers").await, 1, "step 1 exists already");
});
