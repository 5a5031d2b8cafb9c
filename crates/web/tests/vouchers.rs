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

/// A form post with the page's CSRF token; returns status, Location and body.
async fn post_form(
    app: &TestApp,
    c: &reqwest::Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let csrf = app.csrf(c, page).await;
    let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    let r = c.post(app.url(action)).form(&form).send().await.unwrap();
    let status = r.status().as_u16();
    let loc = r.headers().get("location").map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default();
    (status, loc, r.text().await.unwrap())
}

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> roxmltree::Node<'a, 'i> {
    n.children().find(|c| c.tag_name().name() == name).unwrap_or_else(|| panic!("no {name} in {:?}", n.tag_name()))
}

fn text<'a>(n: roxmltree::Node<'a, '_>, path: &[&str]) -> &'a str {
    let mut n = n;
    for p in path {
        n = child(n, p);
    }
    n.text().unwrap_or("")
}

fn cents(s: &str) -> i64 {
    let (a, b) = s.trim_start_matches('-').split_once('.').unwrap();
    assert_eq!(b.len(), 2, "two decimals: {s}");
    let v = a.parse::<i64>().unwrap() * 100 + b.parse::<i64>().unwrap();
    if s.starts_with('-') { -v } else { v }
}

/// Parses an e-invoice and checks the EN 16931 core: BT-1, BT-2, BT-3, BT-5, BT-24,
/// seller and buyer with names and countries, lines that add up to the totals, VAT
/// category exempt with a reason. Returns (root name, number, payable cents).
fn check_en16931(xml: &str) -> (String, String, i64) {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("not XML: {e}\n{xml}"));
    let root = doc.root_element();
    let kind = root.tag_name().name().to_owned();
    let (type_tag, line_tag, qty_tag) = if kind == "Invoice" {
        ("InvoiceTypeCode", "InvoiceLine", "InvoicedQuantity")
    } else {
        assert_eq!(kind, "CreditNote");
        ("CreditNoteTypeCode", "CreditNoteLine", "CreditedQuantity")
    };
    assert_eq!(text(root, &["CustomizationID"]), "urn:cen.eu:en16931:2017");
    let number = text(root, &["ID"]).to_owned();
    assert!(!number.is_empty(), "BT-1");
    assert!(text(root, &["IssueDate"]).parse::<jiff::civil::Date>().is_ok(), "BT-2 is a date");
    assert!(["380", "381", "389", "261"].contains(&text(root, &[type_tag])), "BT-3");
    assert_eq!(text(root, &["DocumentCurrencyCode"]), "EUR", "BT-5");
    assert!(!text(root, &["BuyerReference"]).is_empty(), "BT-10");
    for party in ["AccountingSupplierParty", "AccountingCustomerParty"] {
        let p = child(child(root, party), "Party");
        assert!(!text(p, &["PartyName", "Name"]).is_empty(), "{party} name");
        assert_eq!(text(p, &["PostalAddress", "Country", "IdentificationCode"]).len(), 2, "{party} country");
    }
    // BR-E-02: lines in category E need the seller's VAT identifier (BT-31) or tax
    // registration number (BT-32); BR-08/BR-09: the seller's postal address with country.
    let seller = child(child(root, "AccountingSupplierParty"), "Party");
    let tax_ids: Vec<(&str, &str)> = seller
        .children()
        .filter(|c| c.tag_name().name() == "PartyTaxScheme")
        .map(|s| (text(s, &["CompanyID"]), text(s, &["TaxScheme", "ID"])))
        .collect();
    assert!(tax_ids.iter().any(|(id, scheme)| !id.is_empty() && !scheme.is_empty()), "BR-E-02: {tax_ids:?}");
    for f in ["StreetName", "CityName", "PostalZone"] {
        assert!(!text(seller, &["PostalAddress", f]).is_empty(), "the seller's {f}");
    }
    let money = |n: roxmltree::Node| {
        assert_eq!(n.attribute("currencyID"), Some("EUR"), "{:?} has its currency", n.tag_name());
        cents(n.text().unwrap())
    };
    let lines: Vec<_> = root.children().filter(|c| c.tag_name().name() == line_tag).collect();
    assert!(!lines.is_empty());
    let mut sum = 0;
    for l in &lines {
        assert_eq!(text(*l, &[qty_tag]), "1");
        let a = money(child(*l, "LineExtensionAmount"));
        assert!(a > 0, "amounts are positive on both documents");
        assert_eq!(a, money(child(child(*l, "Price"), "PriceAmount")));
        assert_eq!(text(*l, &["Item", "ClassifiedTaxCategory", "ID"]), "E");
        assert!(!text(*l, &["Item", "Name"]).is_empty());
        sum += a;
    }
    let totals = child(root, "LegalMonetaryTotal");
    for t in ["LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "PayableAmount"] {
        assert_eq!(money(child(totals, t)), sum, "{t} is the sum of the lines");
    }
    let tax = child(root, "TaxTotal");
    assert_eq!(money(child(tax, "TaxAmount")), 0);
    let sub = child(tax, "TaxSubtotal");
    assert_eq!(money(child(sub, "TaxableAmount")), sum);
    assert_eq!(text(sub, &["TaxCategory", "ID"]), "E", "VAT exempt");
    assert!(text(sub, &["TaxCategory", "TaxExemptionReason"]).len() > 10, "with a reason");
    assert!(text(sub, &["TaxCategory", "TaxExemptionReasonCode"]).starts_with("VATEX-EU-"));
    (kind, number, sum)
}

both_backends!(provider_portal_and_staff_pages_over_http, |b| async move {
    let app = TestApp::spawn(b).await;
    let p = person(&app, "Zahra Ahmadi").await;
    let stamp = Stamp {
        person_id: p,
        source_ref: "session:portal-1".into(),
        attended_on: app.state.today(),
        topic: "Work".into(),
        language: "fa".into(),
        venue: "Town hall".into(),
    };
    app.store.record_stamp(&stamp).await.unwrap();
    let voucher = app.store.vouchers_of(p, None).await.unwrap().remove(0);
    let code = voucher.code.clone();
    let own = app.store.find_provider_by_name(welcomedesk_web::demo::DEMO_PROVIDER).await.unwrap().id;
    let a1 = app.store.courses_of(own).await.unwrap().into_iter().find(|c| c.level == "A1").unwrap().id.to_string();
    let redemptions = || async { app.store.redemptions_of_provider(own, 100).await.unwrap().len() };

    // The portal: only for provider accounts.
    let prov = app.login_as("provider").await;
    let home = prov.get(app.url("/provider/")).send().await.unwrap();
    assert_eq!(home.status(), 200);
    assert!(home.text().await.unwrap().contains("Look up a voucher"));
    let counsellor = app.login_as("counsellor").await;
    assert_eq!(counsellor.get(app.url("/provider/")).send().await.unwrap().status(), 403);

    // A typo: the check character catches it and says so.
    let mut typo: Vec<char> = code.replace('-', "").chars().collect();
    let j = (0..typo.len() - 1).find(|&j| typo[j] != typo[j + 1]).unwrap();
    typo.swap(j, j + 1);
    let typo: String = typo.into_iter().collect();
    let r = prov.get(app.url(&format!("/provider/voucher?code={typo}"))).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("There is a typo in the voucher code"), "{body}");
    assert!(body.contains("href=\"#f-code\""), "the summary links to the field");

    // The look-up shows what the ID card is compared with, and nothing else.
    let page = format!("/provider/voucher?code={}", code.to_lowercase());
    let r = prov.get(app.url(&page)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let body = r.text().await.unwrap();
    assert!(body.contains("Zahra Ahmadi") && body.contains("1988-03-09") && body.contains("€ 150.00"), "{body}");
    assert!(!body.contains("+46") && !body.contains(&p.to_string()), "no other register data");

    // Without the ID check: refused, nothing changed.
    let (s, _, body) = post_form(
        &app,
        &prov,
        &page,
        "/provider/voucher",
        &[("code", code.as_str()), ("part", "1"), ("course_id", a1.as_str())],
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("Confirm that you checked the holder"), "{body}");
    assert!(body.contains("aria-describedby=\"f-id_checked-error\""));
    assert_eq!(redemptions().await, 0);
    // Redeemed once; the same part again is refused with the reason.
    let ok = [("code", code.as_str()), ("part", "1"), ("course_id", a1.as_str()), ("id_checked", "yes")];
    let (s, loc, _) = post_form(&app, &prov, &page, "/provider/voucher", &ok).await;
    assert_eq!((s, loc.as_str()), (303, "/provider/?done=redeemed"));
    assert_eq!(redemptions().await, 1);
    let (s, _, body) = post_form(&app, &prov, &page, "/provider/voucher", &ok).await;
    assert_eq!(s, 422);
    assert!(body.contains("This voucher part has already been used"), "{body}");
    assert_eq!(redemptions().await, 1);

    // Course progress: the form, a wrong level refused, then completed at A1.
    let enrol = app.store.redemptions_of_provider(own, 10).await.unwrap().remove(0).id;
    let form = format!("/provider/enrolments/{enrol}/progress");
    assert_eq!(prov.get(app.url(&form)).send().await.unwrap().status(), 200);
    let (s, _, _) = post_form(&app, &prov, &form, &form, &[("status", "completed"), ("level_reached", "Z9")]).await;
    assert_eq!(s, 422);
    let (s, loc, _) = post_form(&app, &prov, &form, &form, &[("status", "completed"), ("level_reached", "A1")]).await;
    assert_eq!((s, loc.as_str()), (303, "/provider/?done=progress"));
    let r = app.store.redemptions_of_provider(own, 10).await.unwrap().remove(0);
    assert_eq!((r.progress.as_deref(), r.level_reached.as_deref()), (Some("completed"), Some("A1")));

    // The person's page: passport box (issue, then print links) and the vouchers box.
    let person_page = format!("/staff/people/{p}");
    let body = counsellor.get(app.url(&person_page)).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("This person has no passport yet") && body.contains(&code), "{body}");
    let (s, _, _) = post_form(&app, &counsellor, &person_page, &format!("{person_page}/passport"), &[]).await;
    assert_eq!(s, 303);
    let pass = app.store.live_passport(p).await.unwrap().unwrap();
    let body = counsellor.get(app.url(&person_page)).send().await.unwrap().text().await.unwrap();
    assert!(body.contains(&pass.number.display()) && body.contains("passport/pdf?paper=a6"));
    let issue = format!("{person_page}/vouchers");
    let (s, _, body) = post_form(&app, &counsellor, &person_page, &issue, &[("reason", "  ")]).await;
    assert_eq!(s, 422);
    assert!(body.contains("error-summary"));
    let (s, _, _) = post_form(&app, &counsellor, &person_page, &issue, &[("reason", "moved from another city")]).await;
    assert_eq!(s, 303);
    let list = app.store.vouchers_of(p, None).await.unwrap();
    assert_eq!(list.len(), 2);
    let manual = list.iter().find(|v| v.source == "manual").unwrap();
    let revoke = format!("/staff/vouchers/{}/revoke", manual.id);
    let (s, _, _) = post_form(&app, &counsellor, &revoke, &revoke, &[("reason", "issued twice")]).await;
    assert_eq!(s, 303);
    assert!(app.store.voucher(manual.id).await.unwrap().revoked_at.is_some());

    // The coordinator: rules, providers and standing, invoices, reconciliation.
    let coord = app.login_as("coordinator").await;
    let (s, _, body) = post_form(
        &app,
        &coord,
        "/staff/vouchers/rules",
        "/staff/vouchers/rules",
        &[
            ("name", ""),
            ("valid_from", "2030-01-01"),
            ("first_after", "1"),
            ("max_vouchers", "1"),
            ("value", "x"),
            ("value_certificate", "300"),
            ("parts", "3"),
            ("validity_months", "30"),
            ("level_min", "B2"),
            ("level_max", "A1"),
        ],
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("The highest level must not be below the lowest level"), "{body}");
    let rules = app.store.list_rules().await.unwrap().len();
    let (s, _, _) = post_form(
        &app,
        &coord,
        "/staff/vouchers/rules",
        "/staff/vouchers/rules",
        &[
            ("name", "2030"),
            ("valid_from", "2030-01-01"),
            ("first_after", "1"),
            ("further_every", "0"),
            ("max_vouchers", "1"),
            ("value", "200"),
            ("value_certificate", "300"),
            ("parts", "4"),
            ("validity_months", "24"),
            ("level_min", "A1"),
            ("level_max", "B2"),
            ("start_weeks_before", "6"),
        ],
    )
    .await;
    assert_eq!(s, 303);
    assert_eq!(app.store.list_rules().await.unwrap().len(), rules + 1);
    let body = coord.get(app.url("/staff/providers")).send().await.unwrap().text().await.unwrap();
    assert!(body.contains(welcomedesk_web::demo::DEMO_PROVIDER));
    let standing = format!("/staff/providers/{own}/standing");
    let prov_page = format!("/staff/providers/{own}");
    let (s, _, body) =
        post_form(&app, &coord, &prov_page, &standing, &[("standing", "suspended"), ("reason", "")]).await;
    assert_eq!(s, 422);
    assert!(body.contains("href=\"#f-reason\""));
    let invoices_page = format!("/staff/providers/{own}/invoices");
    let month = app.state.today().to_string()[..7].to_owned();
    let (s, _, body) = post_form(&app, &coord, &invoices_page, &invoices_page, &[("month", "2001-01")]).await;
    assert_eq!(s, 422, "nothing to invoice that month");
    assert!(body.contains("There is nothing left to invoice"));
    let (s, _, _) = post_form(&app, &coord, &invoices_page, &invoices_page, &[("month", month.as_str())]).await;
    assert_eq!(s, 303);
    let inv = app.store.invoices_of(Some(own)).await.unwrap().remove(0);
    assert_eq!(inv.total_cents, 5_000);
    let body = coord.get(app.url(&invoices_page)).send().await.unwrap().text().await.unwrap();
    assert!(body.contains(&inv.number) && body.contains(&format!("/api/v1/invoices/{}/ubl", inv.id)));

    // The invoice as PDF and as e-invoice, for the coordinator and the provider (own).
    let r = prov.get(app.url(&format!("/api/v1/invoices/{}/pdf", inv.id))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.bytes().await.unwrap().starts_with(b"%PDF"));
    let r = coord.get(app.url(&format!("/api/v1/invoices/{}/ubl", inv.id))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/xml"));
    let xml = r.text().await.unwrap();
    assert_eq!(check_en16931(&xml), ("Invoice".to_owned(), inv.number.clone(), 5_000));
    assert!(xml.contains("<cbc:InvoiceTypeCode>389</cbc:InvoiceTypeCode>"), "self-billed");
    assert!(!xml.contains("Zahra"), "no holder names on invoices");
    let (b_id, b_tok, _) = provider_b(&app).await;
    let c = app.client();
    for what in ["pdf", "ubl"] {
        let r =
            c.get(app.url(&format!("/api/v1/invoices/{}/{what}", inv.id))).bearer_auth(&b_tok).send().await.unwrap();
        assert_eq!(r.status(), 404, "provider B never sees A's invoice ({what})");
    }
    assert_ne!(b_id, own);
    let body = prov.get(app.url("/provider/")).send().await.unwrap().text().await.unwrap();
    assert!(body.contains(&inv.number) && body.contains("Completed"), "{body}");

    // A credit note for the invoice: its own number, the credited one referenced.
    let credit = format!("/staff/invoices/{}/credit", inv.id);
    let (s, _, _) = post_form(&app, &coord, &credit, &credit, &[("reason", "course cancelled")]).await;
    assert_eq!(s, 303);
    let (s, _, body) = post_form(&app, &coord, &credit, &credit, &[("reason", "again")]).await;
    assert_eq!(s, 422);
    assert!(body.contains("This invoice was credited already"));
    let cn = app.store.invoices_of(Some(own)).await.unwrap().into_iter().find(|i| i.kind == "credit_note").unwrap();
    assert_eq!(cn.total_cents, -5_000);
    let xml =
        coord.get(app.url(&format!("/api/v1/invoices/{}/ubl", cn.id))).send().await.unwrap().text().await.unwrap();
    assert_eq!(check_en16931(&xml), ("CreditNote".to_owned(), cn.number.clone(), 5_000));
    assert!(xml.contains("<cbc:CreditNoteTypeCode>261</cbc:CreditNoteTypeCode>"));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(text(doc.root_element(), &["BillingReference", "InvoiceDocumentReference", "ID"]), inv.number);

    let body = coord.get(app.url("/staff/vouchers/reconciliation")).send().await.unwrap().text().await.unwrap();
    assert!(body.contains(&format!(">{month}<")) && body.contains("<th scope=\"col\">"), "{body}");
    app.stop().await;
});

both_backends!(e_invoice_seller_details_and_partial_credit_over_http, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let coordinator = app.token_for("coordinator").await;
    let provider = app.token_for("provider").await;
    let own = app.store.find_provider_by_name(welcomedesk_web::demo::DEMO_PROVIDER).await.unwrap().id;
    let details = format!("/api/v1/providers/{own}/details");
    let put = |body: Value| c.put(app.url(&details)).bearer_auth(&coordinator).json(&body).send();

    // The provider's details through the API: bad input refused, nothing changed.
    let before = app.store.provider(own).await.unwrap().details;
    assert!(before.e_invoice_gaps().is_empty(), "the demo school is ready for e-invoices");
    let r = put(json!({"vat_id": "5566", "country": "Sweden", "town": "Demo City"})).await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let prob: Value = r.json().await.unwrap();
    let codes: Vec<&str> = prob["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
    assert_eq!(codes, vec!["invalid_vat_id", "invalid_country"]);
    assert_eq!(app.store.provider(own).await.unwrap().details, before);
    // Cleared: the provider is not ready for e-invoices, and says why.
    let r = put(json!({})).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let got: Value = r.json().await.unwrap();
    assert_eq!(got["e_invoice_gaps"], json!(["seller_tax_id", "seller_address"]));
    // A provider reads its own record, not another's; it cannot change it.
    let r = c.get(app.url(&format!("/api/v1/providers/{own}"))).bearer_auth(&provider).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let (b_id, b_tok, _) = provider_b(&app).await;
    let r = c.get(app.url(&format!("/api/v1/providers/{own}"))).bearer_auth(&b_tok).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = c.put(app.url(&details)).bearer_auth(&provider).json(&json!({})).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_ne!(b_id, own);

    // Two voucher parts redeemed at the demo school, invoiced.
    let p = person(&app, "Amal Yusuf").await;
    let stamp = Stamp {
        person_id: p,
        source_ref: "session:einvoice-1".into(),
        attended_on: app.state.today(),
        topic: "Work".into(),
        language: "so".into(),
        venue: "Town hall".into(),
    };
    app.store.record_stamp(&stamp).await.unwrap();
    let code = app.store.vouchers_of(p, None).await.unwrap().remove(0).code;
    let a1 = app.store.courses_of(own).await.unwrap().into_iter().find(|c| c.level == "A1").unwrap().id;
    let actor = app.store.find_staff_by_email("provider@demo-city.example").await.unwrap().id;
    for part in [1, 2] {
        let req = welcomedesk_store::vouchers::Redeem {
            code: &code,
            part: Some(part),
            course_id: Some(a1),
            amount_cents: None,
            id_checked: true,
            today: app.state.today(),
        };
        app.store.redeem_voucher(&req, own, actor).await.unwrap().unwrap();
    }
    let month = app.state.today().to_string()[..7].to_owned();
    let r = c
        .post(app.url(&format!("/api/v1/providers/{own}/invoices")))
        .bearer_auth(&coordinator)
        .json(&json!({"month": month}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let inv: Value = r.json().await.unwrap();
    let inv_id = inv["id"].as_str().unwrap().to_owned();
    assert_eq!((inv["lines"].as_array().unwrap().len(), inv["total_cents"].as_i64()), (2, Some(10_000)));
    let ubl = |id: String| c.get(app.url(&format!("/api/v1/invoices/{id}/ubl"))).bearer_auth(&coordinator).send();

    // No e-invoice without the seller's tax identifier: a 409 that says what to add.
    let r = ubl(inv_id.clone()).await.unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let prob: Value = r.json().await.unwrap();
    assert_eq!(prob["code"], "seller_tax_id");
    assert!(prob["detail"].as_str().unwrap().contains("VAT number or tax number is missing"), "{prob}");

    // The coordinator fills them in on the provider's page (a mistake first).
    let coord = app.login_as("coordinator").await;
    let page = format!("/staff/providers/{own}");
    let body = coord.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("No e-invoice can be made for this provider yet"), "{body}");
    let action = format!("{page}/details");
    let mut fields = vec![
        ("vat_id", "se 5566778899 01"),
        ("org_number", "556677-8899"),
        ("street", "Library Street 4"),
        ("postcode", "103 00"),
        ("town", "Demo City"),
        ("country", "Sverige"),
    ];
    let (s, _, body) = post_form(&app, &coord, &page, &action, &fields).await;
    assert_eq!(s, 422);
    assert!(body.contains("Enter a two-letter country code") && body.contains("href=\"#f-country\""), "{body}");
    assert!(body.contains("value=\"Library Street 4\""), "what was typed is kept");
    fields[5] = ("country", "se");
    let (s, loc, _) = post_form(&app, &coord, &page, &action, &fields).await;
    assert_eq!((s, loc.as_str()), (303, format!("{page}?done=details#details").as_str()));
    let d = app.store.provider(own).await.unwrap().details;
    assert_eq!((d.vat_id.as_deref(), d.country.as_deref()), (Some("SE556677889901"), Some("SE")));

    // The e-invoice: the seller's identifiers and address where EN 16931 puts them, the
    // buyer's country from the city's settings (not from its time zone).
    let mut settings = (*app.state.settings()).clone();
    settings.country = Some("AT".into());
    settings.postal_town = Some("Demo City".into());
    let ev = welcomedesk_domain::audit::AuditEvent::new(None, "settings.update", "settings");
    app.store.save_settings(&welcomedesk_web::state::settings_to_map(&settings), &ev).await.unwrap();
    app.state.refresh_settings(None).await;
    let r = ubl(inv_id.clone()).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let xml = r.text().await.unwrap();
    assert_eq!(check_en16931(&xml).2, 10_000);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let party = |role: &str| child(child(doc.root_element(), role), "Party");
    let seller = party("AccountingSupplierParty");
    let scheme = child(seller, "PartyTaxScheme");
    assert_eq!((text(scheme, &["CompanyID"]), text(scheme, &["TaxScheme", "ID"])), ("SE556677889901", "VAT"));
    assert_eq!(text(seller, &["PartyLegalEntity", "CompanyID"]), "556677-8899");
    assert_eq!(text(seller, &["PostalAddress", "StreetName"]), "Library Street 4");
    assert_eq!(text(seller, &["PostalAddress", "PostalZone"]), "103 00");
    assert_eq!(text(seller, &["PostalAddress", "Country", "IdentificationCode"]), "SE");
    let buyer = party("AccountingCustomerParty");
    assert_eq!(text(buyer, &["PostalAddress", "Country", "IdentificationCode"]), "AT");
    assert_eq!(text(buyer, &["PostalAddress", "CityName"]), "Demo City");
    // Without the city's country: refused, not guessed.
    settings.country = None;
    app.store.save_settings(&welcomedesk_web::state::settings_to_map(&settings), &ev).await.unwrap();
    app.state.refresh_settings(None).await;
    let r = ubl(inv_id.clone()).await.unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "city_country_missing");
    settings.country = Some("SE".into());
    app.store.save_settings(&welcomedesk_web::state::settings_to_map(&settings), &ev).await.unwrap();
    app.state.refresh_settings(None).await;

    // A credit note for part of one line through the API.
    let credit = format!("/api/v1/invoices/{inv_id}/credit-notes");
    let post = |body: Value| c.post(app.url(&credit)).bearer_auth(&coordinator).json(&body).send();
    let r = post(json!({"note": "too much", "lines": [{"line_no": 1, "amount_cents": 5_001}]})).await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json::<Value>().await.unwrap()["errors"][0]["code"], "credit_above_line");
    let r = post(json!({"note": "", "lines": [{"line_no": 1}]})).await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "a reason is required");
    let r = c
        .post(app.url(&credit))
        .bearer_auth(&provider)
        .json(&json!({"note": "mine", "lines": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "only the coordinator credits");
    let r =
        post(json!({"note": "two lessons cancelled", "lines": [{"line_no": 1, "amount_cents": 1_250}]})).await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let cn: Value = r.json().await.unwrap();
    assert_eq!((cn["kind"].as_str(), cn["total_cents"].as_i64()), (Some("credit_note"), Some(-1_250)));
    let xml = ubl(cn["id"].as_str().unwrap().to_owned()).await.unwrap().text().await.unwrap();
    assert_eq!(check_en16931(&xml), ("CreditNote".to_owned(), cn["number"].as_str().unwrap().to_owned(), 1_250));

    // And on the page: line 1 shows what was credited; line 2 partly, after a mistake.
    let inv_uuid: uuid::Uuid = inv_id.parse().unwrap();
    let page = format!("/staff/invoices/{inv_id}/credit");
    let body = coord.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    let body = body.replace(['\u{2068}', '\u{2069}'], ""); // Fluent's isolation marks
    assert!(body.contains("Credited: € 12.50") && body.contains("name=\"amount_2\""), "{body}");
    assert!(!body.contains("name=\"amount_1\""), "a credited line cannot be credited again");
    let (s, _, body) =
        post_form(&app, &coord, &page, &page, &[("line", "2"), ("amount_2", "60"), ("reason", "one lesson")]).await;
    assert_eq!(s, 422);
    assert!(body.contains("Credit at most the amount of the line") && body.contains("value=\"60\""), "{body}");
    let (s, _, body) =
        post_form(&app, &coord, &page, &page, &[("line", "1"), ("amount_1", "1"), ("reason", "again")]).await;
    assert_eq!(s, 422);
    assert!(body.contains("A chosen line was credited already"), "{body}");
    let (s, _, _) =
        post_form(&app, &coord, &page, &page, &[("line", "2"), ("amount_2", "10,00"), ("reason", "one lesson")]).await;
    assert_eq!(s, 303);
    assert_eq!(app.store.credited_lines(inv_uuid).await.unwrap(), vec![(1, 1_250), (2, 1_000)]);
    let invoices = app.store.invoices_of(Some(own)).await.unwrap();
    assert_eq!(invoices.iter().filter(|i| i.kind == "credit_note").count(), 2);
    // The audit log names what changed on the provider.
    let filter = welcomedesk_store::audit::AuditFilter {
        action: Some("provider.details".into()),
        entity_id: Some(own.to_string()),
        limit: 10,
        ..Default::default()
    };
    let audit = app.store.list_audit(&filter).await.unwrap();
    assert!(audit.iter().any(|a| a.detail.as_deref().is_some_and(|d| d.contains("vat_id") && d.contains("country"))));
    app.stop().await;
});

// Other welcome vouchers (issue 12) over HTTP: the coordinator's API and pages, an offer
// voucher issued at the check-in, seen by its issuer only, redeemed once without a course
// (concurrent requests), the portal's page for it, and the e-invoice under its title.
both_backends!(offers_over_http_pages_and_portal, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let coordinator = app.token_for("coordinator").await;
    let counsellor = app.token_for("counsellor").await;
    let provider = app.token_for("provider").await;
    let own = app.store.find_provider_by_name(welcomedesk_web::demo::DEMO_PROVIDER).await.unwrap().id;
    let offer = |issuer: &str, title: &str| {
        json!({
            "kind": "museum", "issuer_provider_id": issuer, "titles": {"en": title, "sv": "Stadsmuseet"},
            "value": "12.50", "validity_days": "90", "non_transferable": true, "first_after": "1",
            "valid_from": "2020-01-01",
        })
    };
    // Bad input: every problem on its field, nothing made.
    let bad = json!({
        "kind": "zoo", "issuer_provider_id": own.to_string(), "titles": {"sv": "x"}, "value": "0",
        "validity_days": "0", "non_transferable": true, "first_after": "1", "valid_from": "2020-01-01",
    });
    let r = c.post(app.url("/api/v1/offers")).bearer_auth(&coordinator).json(&bad).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    let fields: Vec<&str> = body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    for f in ["kind", "title_en", "value", "validity_days"] {
        assert!(fields.contains(&f), "{f} in {body}");
    }
    let pending = app.store.insert_provider("Not approved museum", None).await.unwrap().id;
    let r = c
        .post(app.url("/api/v1/offers"))
        .bearer_auth(&coordinator)
        .json(&offer(&pending.to_string(), "X"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("issuer_not_approved"));
    let r = c.post(app.url("/api/v1/offers")).bearer_auth(&provider).json(&offer(&own.to_string(), "X")).send().await;
    assert_eq!(r.unwrap().status(), 403, "only the coordinator makes offers");
    let r = c
        .post(app.url("/api/v1/offers"))
        .bearer_auth(&coordinator)
        .json(&offer(&own.to_string(), "City museum entry"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let offer_id = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let list: Value =
        c.get(app.url("/api/v1/offers")).bearer_auth(&coordinator).send().await.unwrap().json().await.unwrap();
    assert_eq!(list[0]["titles"]["sv"], "Stadsmuseet");
    assert_eq!(list[0]["value_cents"], 1250);

    // Earned at the check-in, shown on the person's vouchers.
    let p = person(&app, "Karim Rahimi").await;
    let stamp = Stamp {
        person_id: p,
        source_ref: "session:offer-1".into(),
        attended_on: app.state.today(),
        topic: "Work".into(),
        language: "fa".into(),
        venue: "Town hall".into(),
    };
    app.store.record_stamp(&stamp).await.unwrap();
    let vouchers: Value = c
        .get(app.url(&format!("/api/v1/people/{p}/vouchers")))
        .bearer_auth(&counsellor)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let v = vouchers.as_array().unwrap().iter().find(|v| v["offer"]["id"] == offer_id.as_str()).unwrap();
    assert_eq!((v["offer"]["kind"].as_str(), v["value_cents"].as_i64()), (Some("museum"), Some(1250)));
    let code = v["code"].as_str().unwrap().to_owned();

    // Another provider neither sees nor redeems it.
    let (_b, b_tok, b_course) = provider_b(&app).await;
    let r = c.get(app.url(&format!("/api/v1/vouchers/{code}"))).bearer_auth(&b_tok).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let t = r.text().await.unwrap();
    assert!(t.contains("voucher_other_issuer") && !t.contains("Karim"), "{t}");
    let r = c
        .post(app.url(&format!("/api/v1/vouchers/{code}/redemptions")))
        .bearer_auth(&b_tok)
        .json(&json!({ "course_id": b_course, "id_checked": true }))
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("voucher_other_issuer"));
    // The issuer: no course, the ID check.
    let look: Value = c
        .get(app.url(&format!("/api/v1/vouchers/{code}")))
        .bearer_auth(&provider)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!((look["needs_course"].as_bool(), look["non_transferable"].as_bool()), (Some(false), Some(true)));
    let r = c
        .post(app.url(&format!("/api/v1/vouchers/{code}/redemptions")))
        .bearer_auth(&provider)
        .json(&json!({ "id_checked": false }))
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("voucher_id_not_checked"));
    // The portal page for it, in a browser session.
    let prov = app.login_as("provider").await;
    let page = prov.get(app.url(&format!("/provider/voucher?code={code}"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("City museum entry") && page.contains("This voucher is not for a course"), "{page}");
    assert!(!page.contains("name=\"course_id\""));
    // Ten desks at once: one redemption.
    let mut tasks = vec![];
    for _ in 0..10 {
        let (c, url, tok) = (app.client(), app.url(&format!("/api/v1/vouchers/{code}/redemptions")), provider.clone());
        tasks.push(tokio::spawn(async move {
            c.post(url).bearer_auth(tok).json(&json!({ "id_checked": true })).send().await.unwrap().status().as_u16()
        }));
    }
    let mut codes = vec![];
    for t in tasks {
        codes.push(t.await.unwrap());
    }
    assert_eq!(codes.iter().filter(|s| **s == 201).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|s| **s == 422).count(), 9, "{codes:?}");

    // The invoice line carries the offer's title; the e-invoice validates as before.
    let month = app.state.today().to_string()[..7].to_owned();
    let r = c
        .post(app.url(&format!("/api/v1/providers/{own}/invoices")))
        .bearer_auth(&coordinator)
        .json(&json!({ "month": month }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let inv: Value = r.json().await.unwrap();
    assert_eq!(inv["lines"][0]["course_title"], "City museum entry");
    let xml = c
        .get(app.url(&format!("/api/v1/invoices/{}/ubl", inv["id"].as_str().unwrap())))
        .bearer_auth(&coordinator)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(check_en16931(&xml).2, 1250);
    assert!(xml.contains("City museum entry") && !xml.contains("Karim"));

    // The coordinator's pages: list, errors on their fields, edit.
    let coord = app.login_as("coordinator").await;
    let body = coord.get(app.url("/staff/offers")).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("City museum entry") && body.contains("lang=\"ar\" dir=\"rtl\""), "{body}");
    let (s, _, body) = post_form(
        &app,
        &coord,
        "/staff/offers",
        "/staff/offers",
        &[("kind", "pool"), ("issuer_provider_id", &own.to_string()), ("value", "5"), ("validity_days", "30")],
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("href=\"#f-title_en\"") && body.contains("href=\"#f-first_after\""), "{body}");
    let own_s = own.to_string();
    let fields = [
        ("kind", "pool"),
        ("issuer_provider_id", own_s.as_str()),
        ("title_en", "Swimming pool, one entry"),
        ("title_ar", "دخول المسبح"),
        ("value", "5"),
        ("validity_days", "30"),
        ("first_after", "2"),
        ("valid_from", "2020-01-01"),
        ("active", "yes"),
    ];
    let (s, loc, _) = post_form(&app, &coord, "/staff/offers", "/staff/offers", &fields).await;
    assert_eq!((s, loc.as_str()), (303, "/staff/offers?done=offer"));
    let edit = format!("/staff/offers/{offer_id}");
    let body = coord.get(app.url(&edit)).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("value=\"Stadsmuseet\""));
    // In use: changing the kind is refused on its field.
    let (s, _, body) = post_form(
        &app,
        &coord,
        &edit,
        &edit,
        &[
            ("kind", "pool"),
            ("issuer_provider_id", own_s.as_str()),
            ("title_en", "City museum entry"),
            ("value", "12.50"),
            ("validity_days", "90"),
            ("first_after", "1"),
            ("valid_from", "2020-01-01"),
        ],
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("href=\"#f-kind\""), "{body}");
    assert_eq!(app.store.list_offers().await.unwrap().len(), 2);
    app.stop().await;
});
