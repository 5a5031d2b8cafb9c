//! The register over HTTP: intake, duplicates, search across scripts, consents,
//! profile, merge, export, erasure, bulk import, records of processing — both backends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;
use reqwest::header::{CONTENT_TYPE, LOCATION};
use serde_json::json;
use welcomedesk_store::audit::AuditFilter;
use welcomedesk_store::both_backends;

fn intake_form<'a>(csrf: &'a str, name: &'a str, latin: &'a str, year: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("full_name", name),
        ("latin_name", latin),
        ("birth_day", ""),
        ("birth_month", ""),
        ("birth_year", year),
        ("citizenship", "SY"),
        ("languages", "ar"),
        ("languages", "en"),
        ("languages", ""),
        ("permit_issued_on", "2026-11-02"),
        ("certificate_required", "on"),
        ("phone", "+46 70 123 45 67"),
        ("email", ""),
        ("address", ""),
        ("district", "Norra"),
        ("consents", "basic"),
        ("consents", "profile"),
        ("channel", "in_person"),
        ("text_language", "ar"),
    ]
}

/// Text without Fluent's bidi isolation marks around arguments.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

fn id_from(location: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(location.trim_start_matches("/staff/people/").split('?').next().unwrap()).unwrap()
}

both_backends!(clerk_registers_a_person, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("clerk").await;
    let t = app.csrf(&c, "/staff/people/new").await;
    // Bad input: every problem listed, the typed values kept, nothing stored.
    let mut bad = intake_form(&t, "أحمد الحسن", "أحمد", "2031");
    bad.retain(|(k, v)| !(*k == "consents" && *v == "basic"));
    for (k, v) in bad.iter_mut() {
        if *k == "citizenship" {
            *v = "QQ";
        }
        if *k == "permit_issued_on" {
            *v = "";
        }
    }
    let r = c.post(app.url("/staff/people")).form(&bad).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    for f in ["latin_name", "birth_date", "citizenship", "permit_issued_on", "consent_basic"] {
        assert!(html.contains(&format!("href=\"#f-{f}\"")), "error summary links {f}");
    }
    assert!(html.contains("value=\"أحمد الحسن\""), "name kept");
    assert!(html.contains("<title>Error:"));
    assert_eq!(app.store.count_people().await.unwrap(), 0);
    // Good input: registered, and the page says what comes next.
    let r = c
        .post(app.url("/staff/people"))
        .form(&intake_form(&t, "أحمد الحسن", "Ahmed Al-Hassan", "1990"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let loc = r.headers()[LOCATION].to_str().unwrap().to_owned();
    let id = id_from(&loc);
    let page = c.get(app.url(&loc)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("أحمد الحسن") && page.contains("Ahmed Al-Hassan"));
    assert!(page.contains("href=\"/ar/\""), "next step: the website in the person's language");
    assert!(page.contains("2028"), "follow-up due two years after the permit");
    assert!(!page.contains("people-profile"), "no raw keys");
    let actions: Vec<String> = app.store.person_history(id).await.unwrap().into_iter().map(|e| e.action).collect();
    assert!(actions.contains(&"person.create".into()) && actions.contains(&"person.read".into()), "{actions:?}");
    // A clerk does not see the profile section (counsellors and coordinators do).
    assert!(!page.contains("/profile\""));
    let coord = app.login_as("coordinator").await;
    let page = coord.get(app.url(&loc)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("/staff/people/{id}/profile")));
    app.stop().await;
});

both_backends!(duplicates_are_shown_before_creating, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("desk").await;
    let t = app.csrf(&c, "/staff/people/new").await;
    let r = c
        .post(app.url("/staff/people"))
        .form(&intake_form(&t, "محمد الحسن", "Mohammed Al-Hassan", "1990"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // The same person, spelt differently in Latin letters.
    let r =
        c.post(app.url("/staff/people")).form(&intake_form(&t, "Muhammad Alhassan", "", "1990")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("محمد الحسن"), "the likely duplicate is shown");
    assert!(html.contains("name=\"confirm_new\""));
    assert_eq!(app.store.count_people().await.unwrap(), 1, "nothing created yet");
    // Someone else with a different birth year is not a duplicate.
    let r =
        c.post(app.url("/staff/people")).form(&intake_form(&t, "Muhammad Alhassan", "", "1961")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    // Creating anyway after checking.
    let mut f = intake_form(&t, "Muhammad Alhassan", "", "1990");
    f.push(("confirm_new", "1"));
    let r = c.post(app.url("/staff/people")).form(&f).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.count_people().await.unwrap(), 3);
    app.stop().await;
});

both_backends!(search_across_scripts_and_spellings, |b| async move {
    let app = TestApp::spawn(b).await;
    let tok = app.token_for("counsellor").await;
    let c = app.client();
    let people = [
        ("محمد الحسن", Some("Mohammed Al-Hassan"), "1990", "SY", "ar"),
        ("Олександр Коваленко", None, "1985-04-12", "UA", "uk"),
        ("ተስፋይ ገብረሂወት", None, "1992", "ER", "ti"),
        ("Fatma Yılmaz", None, "1979", "TR", "tr"),
        ("حسین رضایی", None, "2001", "AF", "prs"),
    ];
    for (n, l, bd, cz, lang) in people {
        let body = json!({"full_name": n, "latin_name": l, "birth_date": bd, "citizenship": cz, "languages": [lang], "consents": ["basic"], "text_language": "en", "confirm_new": true});
        let r = c.post(app.url("/api/v1/people")).bearer_auth(&tok).json(&body).send().await.unwrap();
        assert_eq!(r.status(), 201, "{n}: {}", r.text().await.unwrap());
    }
    for (q, want) in [
        ("Muhammad Alhasan", "محمد الحسن"),
        ("al hassan mohamed", "محمد الحسن"),
        ("Oleksandr Kovalenko", "Олександр Коваленко"),
        ("Aleksandr Kovalenko", "Олександр Коваленко"),
        ("Tesfay Gebrehiwet", "ተስፋይ ገብረሂወት"),
        ("Fatma Yilmaz", "Fatma Yılmaz"),
        ("Hossein Rezaei", "حسین رضایی"),
    ] {
        let r: serde_json::Value = c
            .get(app.url("/api/v1/people"))
            .query(&[("q", q)])
            .bearer_auth(&tok)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let first = r["items"][0]["full_name"].as_str().unwrap_or("");
        assert_eq!(first, want, "searching {q}: {r}");
    }
    let r: serde_json::Value = c
        .get(app.url("/api/v1/people?birth_date=1985-04"))
        .bearer_auth(&tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r["items"].as_array().unwrap().len(), 1);
    let r = c.get(app.url("/api/v1/people?birth_date=1985-13")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 422);
    // The search page too.
    let s = app.login_as("counsellor").await;
    let html = s.get(app.url("/staff/people?q=Oleksandr+Kovalenko")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Олександр Коваленко"));
    app.stop().await;
});

both_backends!(consents_profile_and_rights, |b| async move {
    let app = TestApp::spawn(b).await;
    let tok = app.token_for("counsellor").await;
    let coord = app.token_for("coordinator").await;
    let c = app.client();
    let body = json!({"full_name": "Amina Yusuf Warsame", "birth_date": "1999-02-03", "citizenship": "SO", "languages": ["so", "ar"], "consents": ["basic"], "text_language": "so", "email": "amina@example.org"});
    let p: serde_json::Value =
        c.post(app.url("/api/v1/people")).bearer_auth(&tok).json(&body).send().await.unwrap().json().await.unwrap();
    let id = p["id"].as_str().unwrap().to_owned();
    assert_eq!(p["document_language"], "so");
    // No profile without its consent.
    let prof = json!({"education_level": "secondary", "language_level": "a1"});
    let r = c.put(app.url(&format!("/api/v1/people/{id}/profile"))).bearer_auth(&tok).json(&prof).send().await.unwrap();
    assert_eq!(r.status(), 409);
    let r = c
        .post(app.url(&format!("/api/v1/people/{id}/consents")))
        .bearer_auth(&tok)
        .json(&json!({"purpose": "profile", "channel": "paper", "text_language": "so"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let r = c
        .post(app.url(&format!("/api/v1/people/{id}/consents")))
        .bearer_auth(&tok)
        .json(&json!({"purpose": "profile", "channel": "paper", "text_language": "so"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409, "a duplicate consent is refused");
    assert_eq!(
        c.put(app.url(&format!("/api/v1/people/{id}/profile")))
            .bearer_auth(&tok)
            .json(&prof)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let got: serde_json::Value =
        c.get(app.url(&format!("/api/v1/people/{id}"))).bearer_auth(&tok).send().await.unwrap().json().await.unwrap();
    assert_eq!(got["profile"]["education_level"], "secondary");
    let desk = app.token_for("desk").await;
    let got: serde_json::Value =
        c.get(app.url(&format!("/api/v1/people/{id}"))).bearer_auth(&desk).send().await.unwrap().json().await.unwrap();
    assert!(got["profile"].is_null(), "a desk agent does not see the profile");
    // Withdrawal removes the profile at once.
    assert_eq!(
        c.delete(app.url(&format!("/api/v1/people/{id}/consents/profile")))
            .bearer_auth(&tok)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    let got: serde_json::Value =
        c.get(app.url(&format!("/api/v1/people/{id}"))).bearer_auth(&tok).send().await.unwrap().json().await.unwrap();
    assert!(got["profile"].is_null());
    // Rectification names the changed fields in the audit log, never the values.
    let r = c
        .patch(app.url(&format!("/api/v1/people/{id}")))
        .bearer_auth(&tok)
        .json(&json!({"email": "amina.w@example.org", "district": "Söder"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let upd = app
        .store
        .list_audit(&AuditFilter { action: Some("person.update".into()), limit: 5, ..Default::default() })
        .await
        .unwrap();
    assert_eq!(upd[0].detail.as_deref(), Some("fields=email,district"));
    let r = c
        .patch(app.url(&format!("/api/v1/people/{id}")))
        .bearer_auth(&tok)
        .json(&json!({"birth_date": "2999"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    // Export: everything, for the coordinator only.
    assert_eq!(
        c.get(app.url(&format!("/api/v1/people/{id}/export"))).bearer_auth(&tok).send().await.unwrap().status(),
        403
    );
    let ex: serde_json::Value = c
        .get(app.url(&format!("/api/v1/people/{id}/export")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ex["person"]["full_name"], "Amina Yusuf Warsame");
    assert!(ex["history"].as_array().unwrap().len() >= 4);
    let s = app.login_as("coordinator").await;
    let readable = s.get(app.url(&format!("/staff/people/{id}/export"))).send().await.unwrap().text().await.unwrap();
    assert!(readable.contains("<html lang=\"so\""), "the readable export is in the person's language");
    // Erasure: gone, and withdrawing the basic consent erases too.
    assert_eq!(
        c.delete(app.url(&format!("/api/v1/people/{id}"))).bearer_auth(&tok).send().await.unwrap().status(),
        403
    );
    assert_eq!(
        c.delete(app.url(&format!("/api/v1/people/{id}"))).bearer_auth(&coord).send().await.unwrap().status(),
        204
    );
    assert_eq!(c.get(app.url(&format!("/api/v1/people/{id}"))).bearer_auth(&tok).send().await.unwrap().status(), 404);
    let p2: serde_json::Value = c.post(app.url("/api/v1/people")).bearer_auth(&tok).json(&json!({"full_name": "Second Person", "birth_date": "1980", "citizenship": "IQ", "languages": ["ckb"], "consents": ["basic"], "text_language": "en"})).send().await.unwrap().json().await.unwrap();
    let id2 = p2["id"].as_str().unwrap();
    assert_eq!(
        c.delete(app.url(&format!("/api/v1/people/{id2}/consents/basic")))
            .bearer_auth(&tok)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(app.store.count_people().await.unwrap(), 0);
    app.stop().await;
});

both_backends!(pages_for_consent_merge_and_erasure, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let t = app.csrf(&c, "/staff/people/new").await;
    let r =
        c.post(app.url("/staff/people")).form(&intake_form(&t, "Ali Hassan Omar", "", "1985")).send().await.unwrap();
    let keep = id_from(r.headers()[LOCATION].to_str().unwrap());
    let mut f = intake_form(&t, "Ali Hasan Omar", "", "1985");
    f.push(("confirm_new", "1"));
    let r = c.post(app.url("/staff/people")).form(&f).send().await.unwrap();
    let dup = id_from(r.headers()[LOCATION].to_str().unwrap());
    // Consent recorded on the page; a second time is an error on the form.
    let r = c
        .post(app.url(&format!("/staff/people/{keep}/consents")))
        .form(&[("csrf", t.as_str()), ("purpose", "surveys"), ("channel", "paper"), ("text_language", "ar")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = c
        .post(app.url(&format!("/staff/people/{keep}/consents")))
        .form(&[("csrf", t.as_str()), ("purpose", "surveys"), ("channel", "paper"), ("text_language", "ar")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    // Withdraw asks first.
    let confirm = c.get(app.url(&format!("/staff/people/{keep}/consents/surveys/withdraw"))).send().await.unwrap();
    assert_eq!(confirm.status(), 200);
    let r = c
        .post(app.url(&format!("/staff/people/{keep}/consents/surveys/withdraw")))
        .form(&[("csrf", t.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // Profile page.
    let r = c
        .post(app.url(&format!("/staff/people/{keep}/profile")))
        .form(&[("csrf", t.as_str()), ("education_level", "phd")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = c
        .post(app.url(&format!("/staff/people/{keep}/profile")))
        .form(&[
            ("csrf", t.as_str()),
            ("education_level", "vocational"),
            ("profession", "Electrician"),
            ("qualifications", "Diploma, Damascus 2008"),
            ("language_level", "a2"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // Merge: the candidate list offers the duplicate; comparing shows both; merging removes it.
    let m = c.get(app.url(&format!("/staff/people/{keep}/merge"))).send().await.unwrap().text().await.unwrap();
    assert!(m.contains(&format!("other={dup}")), "the duplicate is offered");
    let m =
        c.get(app.url(&format!("/staff/people/{keep}/merge?other={dup}"))).send().await.unwrap().text().await.unwrap();
    assert!(m.contains("Ali Hasan Omar"));
    let r = c
        .post(app.url(&format!("/staff/people/{keep}/merge")))
        .form(&[("csrf", t.as_str()), ("other", dup.to_string().as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(c.get(app.url(&format!("/staff/people/{dup}"))).send().await.unwrap().status(), 404);
    // Erase asks once, then removes.
    let e = c.get(app.url(&format!("/staff/people/{keep}/erase"))).send().await.unwrap().text().await.unwrap();
    assert!(e.contains("cannot be undone"));
    let r = c.post(app.url(&format!("/staff/people/{keep}/erase"))).form(&[("csrf", t.as_str())]).send().await.unwrap();
    assert_eq!(r.headers()[LOCATION], "/staff/people?done=erased");
    assert_eq!(app.store.count_people().await.unwrap(), 0);
    app.stop().await;
});

const CSV_OK: &str = "permit_id,full_name,latin_name,birth_date,citizenship,languages,permit_issued_on,certificate_required,consents\n\
    IMM-2026-0001,أحمد الحسن,Ahmed Al-Hassan,1990,SY,ar;en,2026-11-02,yes,basic;reminders\n\
    IMM-2026-0002,Олена Коваленко,Olena Kovalenko,1985-04-12,UA,uk;ru,2026-11-03,no,basic\n";

both_backends!(bulk_import_is_all_or_nothing_and_idempotent, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("clerk").await;
    let t = app.csrf(&c, "/staff/intake/import").await;
    let upload = |body: &'static str| {
        let part = reqwest::multipart::Part::bytes(body.as_bytes().to_vec())
            .file_name("permits.csv")
            .mime_str("text/csv")
            .unwrap();
        reqwest::multipart::Form::new().part("file", part)
    };
    let bad = "permit_id,full_name,birth_date,citizenship,languages,permit_issued_on,consents\n\
        IMM-1,Good Row,1990,SY,ar,2026-11-02,basic\n\
        IMM-2,,2031,QQ,ar,2026-11-02,basic\n";
    let r = c.post(app.url(&format!("/staff/intake/import?csrf={t}"))).multipart(upload(bad)).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("<td>3</td>") && html.contains("citizenship") && html.contains("full_name"),
        "line and column listed"
    );
    assert_eq!(app.store.count_people().await.unwrap(), 0, "nothing imported");
    let r = c.post(app.url(&format!("/staff/intake/import?csrf={t}"))).multipart(upload(CSV_OK)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(plain(&r.text().await.unwrap()).contains("2 people registered, 0 already registered before."));
    let r = c.post(app.url(&format!("/staff/intake/import?csrf={t}"))).multipart(upload(CSV_OK)).send().await.unwrap();
    assert!(plain(&r.text().await.unwrap()).contains("0 people registered, 2 already registered before."));
    assert_eq!(app.store.count_people().await.unwrap(), 2);
    // Without the CSRF token in the URL the upload is refused.
    let r = c.post(app.url("/staff/intake/import")).multipart(upload(CSV_OK)).send().await.unwrap();
    assert_eq!(r.status(), 403);
    // The same through the API.
    let tok = app.token_for("clerk").await;
    let r = app
        .client()
        .post(app.url("/api/v1/intake/permits"))
        .bearer_auth(&tok)
        .header(CONTENT_TYPE, "text/csv")
        .body(bad)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let p: serde_json::Value = r.json().await.unwrap();
    let lines: Vec<i64> = p["errors"].as_array().unwrap().iter().map(|e| e["line"].as_i64().unwrap()).collect();
    assert!(lines.iter().all(|l| *l == 3) && lines.len() >= 3, "{p}");
    let r: serde_json::Value = app
        .client()
        .post(app.url("/api/v1/intake/permits"))
        .bearer_auth(&tok)
        .header(CONTENT_TYPE, "text/csv")
        .body(CSV_OK)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r, json!({"rows": 2, "created": 0, "skipped": 2}));
    app.stop().await;
});

both_backends!(api_create_warns_of_duplicates_and_merges, |b| async move {
    let app = TestApp::spawn(b).await;
    let tok = app.token_for("coordinator").await;
    let c = app.client();
    let body = json!({"full_name": "Yusuf Abdullahi Mohamed", "birth_date": "1995-07-01", "citizenship": "SO", "languages": ["so"], "consents": ["basic"], "text_language": "so"});
    let a: serde_json::Value =
        c.post(app.url("/api/v1/people")).bearer_auth(&tok).json(&body).send().await.unwrap().json().await.unwrap();
    let mut again = body.clone();
    again["full_name"] = json!("Yousef Abdullahi Mohammed");
    let r = c.post(app.url("/api/v1/people")).bearer_auth(&tok).json(&again).send().await.unwrap();
    assert_eq!(r.status(), 409);
    let p: serde_json::Value = r.json().await.unwrap();
    assert_eq!(p["code"], "possible_duplicates");
    let d: serde_json::Value = c.post(app.url("/api/v1/people/duplicates")).bearer_auth(&tok).json(&json!({"full_name": "Yousef Abdullahi Mohammed", "birth_date": "1995", "citizenship": "SO", "languages": ["so"]})).send().await.unwrap().json().await.unwrap();
    assert_eq!(d["items"][0]["id"], a["id"]);
    again["confirm_new"] = json!(true);
    let b2: serde_json::Value =
        c.post(app.url("/api/v1/people")).bearer_auth(&tok).json(&again).send().await.unwrap().json().await.unwrap();
    let m = c
        .post(app.url(&format!("/api/v1/people/{}/merge", a["id"].as_str().unwrap())))
        .bearer_auth(&tok)
        .json(&json!({"other_id": b2["id"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(m.status(), 200);
    assert_eq!(app.store.count_people().await.unwrap(), 1);
    let same = c
        .post(app.url(&format!("/api/v1/people/{}/merge", a["id"].as_str().unwrap())))
        .bearer_auth(&tok)
        .json(&json!({"other_id": a["id"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), 409);
    app.stop().await;
});

both_backends!(records_of_processing_and_retention, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let page = c.get(app.url("/staff/privacy")).send().await.unwrap().text().await.unwrap();
    for t in ["people", "consents", "profiles", "staff_users"] {
        assert!(page.contains(&format!("<code dir=\"ltr\">{t}</code>")), "{t} listed");
    }
    let tok = app.token_for("coordinator").await;
    let rec: serde_json::Value = app
        .client()
        .get(app.url("/api/v1/privacy/records"))
        .bearer_auth(&tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(rec.as_array().unwrap().iter().any(|r| r["table"] == "people"));
    let t = app.csrf(&c, "/staff/privacy").await;
    assert_eq!(
        c.post(app.url("/staff/privacy/retention"))
            .form(&[("csrf", t.as_str()), ("years", "0")])
            .send()
            .await
            .unwrap()
            .status(),
        422
    );
    assert_eq!(
        c.post(app.url("/staff/privacy/retention"))
            .form(&[("csrf", t.as_str()), ("years", "2")])
            .send()
            .await
            .unwrap()
            .status(),
        303
    );
    assert_eq!(welcomedesk_web::register::retention_years(&app.store).await.unwrap(), 2);
    // The retention job erases records whose last contact is too old, and says so.
    let tk = app.token_for("desk").await;
    app.client().post(app.url("/api/v1/people")).bearer_auth(&tk).json(&json!({"full_name": "Old Record", "birth_date": "1950", "citizenship": "DE", "languages": ["de"], "consents": ["basic"], "text_language": "de"})).send().await.unwrap();
    let now = jiff::Timestamp::now();
    assert_eq!(welcomedesk_web::register::run_retention(&app.store, 2, now, false).await.unwrap(), 0);
    let later = now + jiff::SignedDuration::from_hours(24 * 365 * 3);
    assert_eq!(
        welcomedesk_web::register::run_retention(&app.store, 2, later, true).await.unwrap(),
        1,
        "dry run counts"
    );
    assert_eq!(app.store.count_people().await.unwrap(), 1);
    assert_eq!(welcomedesk_web::register::run_retention(&app.store, 2, later, false).await.unwrap(), 1);
    assert_eq!(app.store.count_people().await.unwrap(), 0);
    let runs = app
        .store
        .list_audit(&AuditFilter { action: Some("retention.run".into()), limit: 5, ..Default::default() })
        .await
        .unwrap();
    assert_eq!(runs[0].detail.as_deref(), Some("erased=1 years=2"));
    app.stop().await;
});
