//! The passport and voucher API over real HTTP, on SQLite and PostgreSQL: issue and
//! verify a passport (forged QR refused), list vouchers, a provider's look-up (only what
//! a check needs), redemption once (concurrently too), translated refusals, progress,
//! invoices; provider A never sees provider B's data.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;
use reqwest::StatusCode;
use serde_json::{Value, json};
use welcomedesk_domain::Role;
use welcomedesk_domain::passport::Stamp;
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_store::both_backends;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::staff::InsertStaff;

async fn person(app: &TestApp, name: &str) -> uuid::Uuid {
    let i = PersonInput {
        full_name: name.into(),
        birth_year: "1988".into(),
        birth_month: "3".into(),
        birth_day: "9".into(),
        citizenship: "AF".into(),
        languages: vec!["fa".into()],
        permit_issued_on: "2026-01-02".into(),
        phone: "+46 70 000 00 99".into(),
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, jiff::civil::date(2026, 1, 5)).unwrap();
    let keys = vec![format!("n:{name}")];
    let row = NewPersonRow {
        data: &p.data,
        consents: &p.consents,
        source: p.source,
        document_language: "fa",
        channel: "in_person",
        text_language: "fa",
        text_version: "v1",
        import_key: None,
        name_keys: &keys,
    };
    app.store.bulk_insert_people(&[row]).await.unwrap()[0]
}

/// A second approved provider with its own account, course and bearer token.
async fn provider_b(app: &TestApp) -> (uuid::Uuid, String, uuid::Uuid) {
    let p = app.store.insert_provider("Other School", None).await.unwrap();
    app.store
        .set_provider_standing(
            p.id,
            welcomedesk_domain::vouchers::ProviderStanding::Approved,
            Some(jiff::civil::date(2025, 1, 1)),
            None,
            None,
        )
        .await
        .unwrap();
    let hash = welcomedesk_web::password::hash_password("a long enough password for b").unwrap();
    let uid = app
        .store
        .insert_staff(
            &InsertStaff {
                email: "b@other-school.example",
                name: "Bea Other",
                role: Role::Provider,
                provider_id: Some(p.id),
                password_hash: &hash,
                ui_language: "en",
            },
            None,
        )
        .await
        .unwrap();
    let tok = welcomedesk_web::password::random_token().unwrap();
    app.store.insert_token(uid, &welcomedesk_web::password::token_hash(&tok), "test", None).await.unwrap();
    let course = app
        .store
        .insert_course(
            p.id,
            &welcomedesk_store::providers::NewCourse {
                title: "B's A1",
                language: "sv",
                level: welcomedesk_domain::vouchers::Level::A1,
                starts_on: app.state.today(),
                price_cents: 3_000,
                place: "B street 1",
            },
            None,
        )
        .await
        .unwrap();
    (p.id, tok, course.id)
}

both_backends!(passport_and_voucher_journey_over_http, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let counsellor = app.token_for("counsellor").await;
    let trainer = app.token_for("trainer").await;
    let provider = app.token_for("provider").await;
    let coordinator = app.token_for("coordinator").await;
    let p = person(&app, "Zahra Ahmadi").await;

    // Passport: issued, verified by number and by QR token; an altered token refused.
    let r = c
        .post(app.url(&format!("/api/v1/people/{p}/passport")))
        .bearer_auth(&counsellor)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let pass: Value = r.json().await.unwrap();
    let number = pass["number"].as_str().unwrap().to_owned();
    let token = pass["token"].as_str().unwrap().to_owned();
    let typed = number.to_lowercase().replace('-', "");
    let v: Value = c
        .get(app.url(&format!("/api/v1/passports/{typed}")))
        .bearer_auth(&trainer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (v["status"].as_str(), v["holder_name"].as_str(), v["birth_date"].as_str()),
        (Some("valid"), Some("Zahra Ahmadi"), Some("1988-03-09"))
    );
    assert!(v.get("phone").is_none() && v.get("person_id").is_none());
    let v: Value = c
        .get(app.url(&format!("/api/v1/passports/{token}")))
        .bearer_auth(&provider)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["status"], "valid");
    let mut forged = token.clone().into_bytes();
    let i = forged.len() - 5;
    forged[i] = if forged[i] == b'A' { b'B' } else { b'A' };
    let r = c
        .get(app.url(&format!("/api/v1/passports/{}", String::from_utf8(forged).unwrap())))
        .bearer_auth(&trainer)
        .header("Accept-Language", "de")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let prob: Value = r.json().await.unwrap();
    assert_eq!(prob["errors"][0]["code"], "token_forged");
    assert!(prob["errors"][0]["message"].as_str().unwrap().contains("gefälscht"), "{prob}");
    // A typo in the number: the check character catches it.
    let mut chars: Vec<char> = typed.chars().collect();
    chars.swap(1, 2);
    if chars[1] != chars[2] {
        let r = c
            .get(app.url(&format!("/api/v1/passports/{}", chars.iter().collect::<String>())))
            .bearer_auth(&trainer)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Replaced: the old number stops working.
    let r = c
        .post(app.url(&format!("/api/v1/people/{p}/passport")))
        .bearer_auth(&counsellor)
        .json(&json!({"replace": "lost"}))
        .send()
        .await
        .unwrap();
    let new: Value = r.json().await.unwrap();
    assert_ne!(new["number"], pass["number"]);
    let v: Value = c
        .get(app.url(&format!("/api/v1/passports/{typed}")))
        .bearer_auth(&trainer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["status"], "replaced");

    // A module attended today earns a voucher (the check-in's hook).
    let today = app.state.today();
    let stamp = Stamp {
        person_id: p,
        source_ref: "session:demo-1".into(),
        attended_on: today,
        topic: "Work".into(),
        language: "fa".into(),
        venue: "Town hall".into(),
    };
    assert_eq!(app.store.record_stamp(&stamp).await.unwrap().len(), 1);
    let vouchers: Value = c
        .get(app.url(&format!("/api/v1/people/{p}/vouchers")))
        .bearer_auth(&counsellor)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let code = vouchers[0]["code"].as_str().unwrap().to_owned();
    assert_eq!(vouchers[0]["value_cents"], 15_000);
    assert_eq!(vouchers[0]["parts"].as_array().unwrap().len(), 3);

    // The provider's look-up: name, date of birth, remaining value, validity; nothing else.
    let r = c.get(app.url(&format!("/api/v1/vouchers/{code}"))).bearer_auth(&provider).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let look: Value = r.json().await.unwrap();
    assert_eq!((look["holder_name"].as_str(), look["birth_date"].as_str()), (Some("Zahra Ahmadi"), Some("1988-03-09")));
    assert_eq!(look["remaining_cents"], 15_000);
    let body = look.to_string();
    for secret in ["+46", "AF", &p.to_string(), "fa"] {
        assert!(!body.contains(&format!("\"{secret}\"")) && !body.contains(&p.to_string()), "{secret} leaked: {body}");
    }

    // Redeem part 1 for the demo school's A1 course.
    let own = app.store.find_provider_by_name(welcomedesk_web::demo::DEMO_PROVIDER).await.unwrap().id;
    let courses: Value = c
        .get(app.url(&format!("/api/v1/providers/{own}/courses")))
        .bearer_auth(&provider)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let a1 =
        courses.as_array().unwrap().iter().find(|c| c["level"] == "A1").unwrap()["id"].as_str().unwrap().to_owned();
    let redeem = |part: i64| json!({"course_id": a1, "part": part, "id_checked": true});
    let r = c
        .post(app.url(&format!("/api/v1/vouchers/{code}/redemptions")))
        .bearer_auth(&provider)
        .json(&redeem(1))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let enrol: Value = r.json().await.unwrap();
    assert_eq!(enrol["amount_cents"], 5_000, "the part's value, under the course's price");
    // The same part again: refused, translated, nothing changed.
    let r = c
        .post(app.url(&format!("/api/v1/vouchers/{code}/redemptions")))
        .bearer_auth(&provider)
        .header("Accept-Language", "sv")
        .json(&redeem(1))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let prob: Value = r.json().await.unwrap();
    assert_eq!(prob["errors"][0]["code"], "voucher_used");
    assert_eq!(prob["errors"][0]["message"], "Denna del av checken har redan använts");
    // Without the ID check: refused.
    let r = c
        .post(app.url(&format!("/api/v1/vouchers/{code}/redemptions")))
        .bearer_auth(&provider)
        .json(&json!({"course_id": a1, "id_checked": false}))
        .send()
        .await
        .unwrap();
    let prob: Value = r.json().await.unwrap();
    assert_eq!(
        (prob["errors"][0]["field"].as_str(), prob["errors"][0]["code"].as_str()),
        (Some("id_checked"), Some("voucher_id_not_checked"))
    );

    // Ten providers' clerks at once on part 2: one succeeds.
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let (c, url, tok, body) =
            (c.clone(), app.url(&format!("/api/v1/vouchers/{code}/redemptions")), provider.clone(), redeem(2));
        tasks
            .push(tokio::spawn(async move { c.post(url).bearer_auth(tok).json(&body).send().await.unwrap().status() }));
    }
    let mut created = 0;
    for t in tasks {
        let s = t.await.unwrap();
        if s == StatusCode::CREATED {
            created += 1;
        } else {
            assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        }
    }
    assert_eq!(created, 1);

    // Provider B: sees neither A's redemptions nor may report on them.
    let (b_id, b_tok, b_course) = provider_b(&app).await;
    let r = c.get(app.url(&format!("/api/v1/providers/{own}/redemptions"))).bearer_auth(&b_tok).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = c.get(app.url(&format!("/api/v1/providers/{own}/invoices"))).bearer_auth(&b_tok).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let theirs: Value = c
        .get(app.url(&format!("/api/v1/providers/{b_id}/redemptions")))
        .bearer_auth(&b_tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(theirs.as_array().unwrap().len(), 0);
    let mine: Value = c
        .get(app.url(&format!("/api/v1/providers/{own}/redemptions")))
        .bearer_auth(&provider)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(mine.as_array().unwrap().len(), 2);
    let enrol_id = enrol["id"].as_str().unwrap();
    let r = c
        .post(app.url(&format!("/api/v1/enrolments/{enrol_id}/progress")))
        .bearer_auth(&b_tok)
        .json(&json!({"status": "completed", "level_reached": "A1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // B redeeming A's course: foreign provider. B's own course: fine (part 3).
    let r = c
        .post(app.url(&format!("/api/v1/vouchers/{code}/redemptions")))
        .bearer_auth(&b_tok)
        .json(&json!({"course_id": a1, "id_checked": true}))
        .send()
        .await
        .unwrap();
    let prob: Value = r.json().await.unwrap();
    assert_eq!(prob["errors"][0]["code"], "voucher_foreign_provider");
    let r = c
        .post(app.url(&format!("/api/v1/vouchers/{code}/redemptions")))
        .bearer_auth(&b_tok)
        .json(&json!({"course_id": b_course, "id_checked": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let theirs: Value = c
        .get(app.url(&format!("/api/v1/providers/{b_id}/redemptions")))
        .bearer_auth(&b_tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(theirs.as_array().unwrap().len(), 1);

    // A reports progress; the counsellor sees which course the person completed.
    let r = c
        .post(app.url(&format!("/api/v1/enrolments/{enrol_id}/progress")))
        .bearer_auth(&provider)
        .json(&json!({"status": "completed", "level_reached": "A1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let export: Value = c
        .get(app.url(&format!("/api/v1/people/{p}/export")))
        .bearer_auth(&coordinator)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let pv = &export["passport_and_vouchers"];
    assert_eq!(pv["passports"].as_array().unwrap().len(), 2);
    assert_eq!(pv["stamps"].as_array().unwrap().len(), 1);
    assert!(
        pv["courses"].as_array().unwrap().iter().any(|c| c["progress"] == "completed" && c["level_reached"] == "A1")
    );

    // The coordinator invoices the month; A sees its invoice, the total is its part.
    let month = &today.to_string()[..7];
    let r = c
        .post(app.url(&format!("/api/v1/providers/{own}/invoices")))
        .bearer_auth(&coordinator)
        .json(&json!({"month": month}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let inv: Value = r.json().await.unwrap();
    assert_eq!(inv["total_cents"], 10_000);
    let r = c
        .post(app.url(&format!("/api/v1/providers/{own}/invoices")))
        .bearer_auth(&coordinator)
        .json(&json!({"month": month}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT, "nothing left to invoice");
    let list: Value = c
        .get(app.url(&format!("/api/v1/providers/{own}/invoices")))
        .bearer_auth(&provider)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    // Invoice as CSV (A may, B may not); passport (A4, A6) and voucher as PDF.
    let inv_id = inv["id"].as_str().unwrap();
    let r = c.get(app.url(&format!("/api/v1/invoices/{inv_id}/csv"))).bearer_auth(&provider).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let csv = r.text().await.unwrap();
    assert!(csv.starts_with("invoice;kind;line;voucher_code"), "{csv}");
    assert_eq!(csv.lines().count(), 3, "header and two lines: {csv}");
    assert!(!csv.contains("Zahra"), "no names on invoices");
    let r = c.get(app.url(&format!("/api/v1/invoices/{inv_id}/csv"))).bearer_auth(&b_tok).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    for paper in ["a4", "a6"] {
        let r = c
            .get(app.url(&format!("/api/v1/people/{p}/passport/pdf?paper={paper}")))
            .bearer_auth(&counsellor)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        assert!(r.bytes().await.unwrap().starts_with(b"%PDF"));
    }
    let vid = vouchers[0]["id"].as_str().unwrap();
    let r = c.get(app.url(&format!("/api/v1/vouchers/{vid}/pdf"))).bearer_auth(&counsellor).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["cache-control"].to_str().unwrap().contains("no-store"), "personal PDFs are not cached");
    assert!(r.bytes().await.unwrap().starts_with(b"%PDF"));
    let recon: Value = c
        .get(app.url("/api/v1/voucher-reconciliation"))
        .bearer_auth(&coordinator)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(recon["by_rule"][0]["issued_cents"], 15_000);
    assert_eq!(recon["by_rule"][0]["outstanding_cents"], 0);
    app.stop().await;
});

both_backends!(rules_and_standing_through_the_api, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let coordinator = app.token_for("coordinator").await;
    let provider = app.token_for("provider").await;
    let bad = json!({"name": "", "valid_from": "2027-13-01", "first_after": "0", "max_vouchers": "1", "value": "x",
        "value_certificate": "300", "parts": "3", "validity_months": "30", "level_min": "B2", "level_max": "A1"});
    let r = c
        .post(app.url("/api/v1/voucher-rules"))
        .bearer_auth(&coordinator)
        .header("Accept-Language", "fr")
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let prob: Value = r.json().await.unwrap();
    let codes: Vec<&str> = prob["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
    for want in ["required", "invalid_date", "too_small", "invalid_amount", "level_order"] {
        assert!(codes.contains(&want), "{want} in {codes:?}");
    }
    assert!(
        prob["errors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["message"] == "Le niveau le plus haut ne peut pas être inférieur au plus bas")
    );
    let before = app.store.list_rules().await.unwrap().len();
    let good = json!({"name": "2027", "valid_from": "2027-01-01", "first_after": "1", "max_vouchers": "1", "value": "200",
        "value_certificate": "300", "parts": "4", "validity_months": "24", "level_min": "A1", "level_max": "B2"});
    let r = c.post(app.url("/api/v1/voucher-rules")).bearer_auth(&coordinator).json(&good).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let rules: Value =
        c.get(app.url("/api/v1/voucher-rules")).bearer_auth(&coordinator).send().await.unwrap().json().await.unwrap();
    assert_eq!(rules.as_array().unwrap().len(), before + 1);

    // Suspending the demo school: its look-ups and redemptions are refused.
    let own = app.store.find_provider_by_name(welcomedesk_web::demo::DEMO_PROVIDER).await.unwrap().id;
    let r = c
        .post(app.url(&format!("/api/v1/providers/{own}/standing")))
        .bearer_auth(&coordinator)
        .json(&json!({"standing": "suspended"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "a suspension needs a reason");
    let r = c
        .post(app.url(&format!("/api/v1/providers/{own}/standing")))
        .bearer_auth(&coordinator)
        .json(&json!({"standing": "suspended", "reason": "audit"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let any_code = welcomedesk_domain::vouchers::VoucherCode::generate(|b| b.fill(9)).display();
    let r = c.get(app.url(&format!("/api/v1/vouchers/{any_code}"))).bearer_auth(&provider).send().await.unwrap();
    let prob: Value = r.json().await.unwrap();
    assert_eq!(prob["errors"][0]["code"], "voucher_provider_suspended");
    // Demo seed added no people.
    assert_eq!(app.store.count_people().await.unwrap(), 0);
    app.stop().await;
});
