//! Language courses over real HTTP, on SQLite and PostgreSQL: the public list and the
//! finder in every language without an account (ranked, with reasons in plain words;
//! bad answers a translated message), the API (listCourses with paging, findCourses,
//! upsertCourse: idempotent, own provider only), the providers' pages (CSRF, errors
//! re-rendered, nothing saved), the coordinator's stale list and the staff finder for
//! a person.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;
use reqwest::StatusCode;
use serde_json::{Value, json};
use welcomedesk_domain::Role;
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_store::both_backends;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::staff::InsertStaff;
use welcomedesk_web::demo::DEMO_PROVIDER;

/// The text without Fluent's bidi isolation marks around variables.
fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

fn course_body(title: &str, level: &str, in_days: i64, today: jiff::civil::Date) -> Value {
    let start = today.checked_add(jiff::Span::new().days(in_days)).unwrap();
    json!({
        "title": title, "language": "sv", "level": level, "starts_on": start.to_string(),
        "weekdays": [2, 4], "starts_at": "18:00", "ends_at": "20:00", "place": "School", "district": "Norra",
        "price": "900", "voucher_accepted": true, "seats_left": 5, "explain_languages": ["ar"],
    })
}

/// Another provider with an account and a bearer token, but no course.
async fn provider_b(app: &TestApp) -> (uuid::Uuid, String) {
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
    (p.id, tok)
}

both_backends!(public_list_and_finder_in_every_language, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    // The plain list: the demo's current courses, translated chrome, no account.
    let html =
        c.get(app.url("/en/courses")).send().await.unwrap().text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("Literacy course") && html.contains("Evening course A2"), "{html}");
    assert!(html.contains("<th scope=\"col\">"));
    for lang in ["sv", "de", "ar", "fa", "uk", "ru", "tr", "so", "ti", "es", "fr"] {
        let r = c.get(app.url(&format!("/{lang}/courses/find"))).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{lang}");
        let page = r.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
        assert!(!page.contains("courses-"), "{lang}: an untranslated key");
        assert!(!page.contains("Find a language course"), "{lang}: English text on the page");
    }
    // Filters: only courses with childcare.
    let html = c
        .get(app.url("/en/courses?childcare=yes"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("morning course A1 with childcare"), "{html}");
    assert!(!html.contains("Evening course A2"));

    // The finder: "I don't know" + reads another alphabet → the second-script course
    // first, with its reason in plain words; the women-only course is not offered.
    let html = c
        .get(app.url("/en/courses/find?go=1&level=unknown&script=other_script&district=Norra"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    let results = html.split_once("results-title").unwrap().1;
    let first = results.find("Swedish for readers of another alphabet").unwrap();
    let literacy = results.find("Literacy course").unwrap();
    assert!(first < literacy, "second-script course ranks above the literacy course");
    assert!(results.contains("It is for people who read another alphabet."));
    assert!(results.contains("It is in your district, Norra."));
    assert!(!results.contains("morning course A1 with childcare"));
    // In Arabic, the reasons are Arabic.
    let html = c
        .get(app.url("/ar/courses/find?go=1&level=unknown&script=other_script"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("إنها لمن يقرأ بأبجدية أخرى."), "{html}");
    // A bad answer: 422, a translated message linked to its field, no results.
    let r = c.get(app.url("/de/courses/find?go=1&level=Z9")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("href=\"#f-level\"") && html.contains("aria-describedby=\"f-level-hint f-level-error\""));
    assert!(!html.contains("results-title"));
    app.stop().await;
});

both_backends!(api_list_find_and_upsert, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let today = app.state.today();
    let own = app.store.find_provider_by_name(DEMO_PROVIDER).await.unwrap().id;
    let provider = app.token_for("provider").await;
    let coordinator = app.token_for("coordinator").await;
    let (other, other_tok) = provider_b(&app).await;

    // listCourses pages through everything with the cursor, no duplicates.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let url = if cursor.is_empty() {
            "/api/v1/courses?limit=3".to_owned()
        } else {
            format!("/api/v1/courses?limit=3&cursor={cursor}")
        };
        let page: Value = c.get(app.url(&url)).send().await.unwrap().json().await.unwrap();
        for i in page["items"].as_array().unwrap() {
            seen.push(i["id"].as_str().unwrap().to_owned());
        }
        match page["next_cursor"].as_str() {
            Some(n) => cursor = n.to_owned(),
            None => break,
        }
    }
    let all: Value = c.get(app.url("/api/v1/courses?limit=500")).send().await.unwrap().json().await.unwrap();
    assert_eq!(seen.len(), all["items"].as_array().unwrap().len());
    assert!(seen.len() >= 8, "the demo's courses: {seen:?}");
    let r = c.get(app.url("/api/v1/courses?level=Q7")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // upsertCourse: the provider creates (201) and repeats (200) under its own id.
    let id = uuid::Uuid::now_v7();
    let path = format!("/api/v1/providers/{own}/courses/{id}");
    let body = course_body("API evening B2", "B2", 9, today);
    let r = c.put(app.url(&path)).bearer_auth(&provider).json(&body).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = c.put(app.url(&path)).bearer_auth(&provider).json(&body).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let v: Value = r.json().await.unwrap();
    assert_eq!((v["weekdays"].clone(), v["seats_left"].clone()), (json!([2, 4]), json!(5)));
    // Another provider: not its provider (404), and not its course id under its own
    // provider either (404); nothing changed.
    let r = c
        .put(app.url(&path))
        .bearer_auth(&other_tok)
        .json(&course_body("Hijack", "B2", 9, today))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = c
        .put(app.url(&format!("/api/v1/providers/{other}/courses/{id}")))
        .bearer_auth(&other_tok)
        .json(&course_body("Hijack", "B2", 9, today))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.store.course(id).await.unwrap().title, "API evening B2");
    // Anonymous: 401. Bad body: 422 with the fields, nothing saved.
    let r = c.put(app.url(&path)).json(&body).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let mut bad = course_body("", "B7", 9, today);
    bad["starts_at"] = json!("25:00");
    let id2 = uuid::Uuid::now_v7();
    let r = c
        .put(app.url(&format!("/api/v1/providers/{own}/courses/{id2}")))
        .bearer_auth(&provider)
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let p: Value = r.json().await.unwrap();
    let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    for f in ["title", "level", "starts_at"] {
        assert!(fields.contains(&f), "{f} in {fields:?}");
    }
    assert!(app.store.course(id2).await.is_err());
    // The coordinator may keep any provider's courses.
    let r = c
        .put(app.url(&format!("/api/v1/providers/{other}/courses/{}", uuid::Uuid::now_v7())))
        .bearer_auth(&coordinator)
        .json(&course_body("Other's A1", "A1", 5, today))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);

    // findCourses: someone at A2 who can come on weekday evenings → the new B2? No: B1
    // is the next level; the API's B2 course is two levels up and left out.
    let r = c
        .post(app.url("/api/v1/courses/match"))
        .header("accept-language", "sv")
        .json(&json!({"level": "a1", "available": ["evenings"], "speaks": ["uk"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let m: Value = r.json().await.unwrap();
    let first = &m.as_array().unwrap()[0];
    assert_eq!(first["course"]["title"], "Evening course A2");
    let codes: Vec<&str> = first["reasons"].as_array().unwrap().iter().map(|r| r["code"].as_str().unwrap()).collect();
    assert_eq!(codes, vec!["level_next", "times_fit", "explains_in"]);
    assert_eq!(first["score"], 40 + 20 + 10);
    assert_eq!(plain(first["reasons"][0]["text"].as_str().unwrap().to_owned()), "Det är nästa nivå för dig: A2.");
    assert!(m.as_array().unwrap().iter().all(|x| x["course"]["title"] != "API evening B2"));
    let r = c.post(app.url("/api/v1/courses/match")).json(&json!({"available": ["nights"]})).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    app.stop().await;
});

async fn person(app: &TestApp, name: &str) -> uuid::Uuid {
    let i = PersonInput {
        full_name: name.into(),
        birth_year: "1991".into(),
        citizenship: "ER".into(),
        languages: vec!["ti".into()],
        permit_issued_on: "2026-01-02".into(),
        district: "Norra".into(),
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, jiff::civil::date(2026, 1, 5)).unwrap();
    let keys = vec![format!("n:{name}")];
    let row = NewPersonRow {
        data: &p.data,
        consents: &p.consents,
        source: p.source,
        document_language: "ti",
        channel: "in_person",
        text_language: "ti",
        text_version: "v1",
        import_key: None,
        name_keys: &keys,
    };
    app.store.bulk_insert_people(&[row]).await.unwrap()[0]
}

both_backends!(staff_pages_for_providers_coordinator_and_counsellor, |b| async move {
    let app = TestApp::spawn(b).await;
    let (_other, _) = provider_b(&app).await;
    // The provider's page lists its own courses.
    let prov = app.login_as("provider").await;
    let html = prov
        .get(app.url("/staff/courses"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("Literacy course") && html.contains("In the public list"), "{html}");
    assert!(!html.contains("Providers with outdated course data"));
    // A form sent with mistakes: 422, the errors linked, nothing saved.
    let csrf = app.csrf(&prov, "/staff/courses/new").await;
    let before = app.store.list_courses(&Default::default(), app.state.today(), 60, None, 2000).await.unwrap().len();
    let r = prov
        .post(app.url("/staff/courses"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("title", ""),
            ("language", "sv"),
            ("level", "A1"),
            ("wd", "9"),
            ("price", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        html.contains("href=\"#f-title\"")
            && html.contains("href=\"#f-weekdays\"")
            && html.contains("href=\"#f-price\"")
    );
    // Without the CSRF token: refused.
    let r = prov.post(app.url("/staff/courses")).form(&[("title", "x")]).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // A good one: saved for its own provider, redirect.
    let start = app.state.today().checked_add(jiff::Span::new().days(20)).unwrap().to_string();
    let r = prov
        .post(app.url("/staff/courses"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("title", "Saturday A1 from the form"),
            ("language", "sv"),
            ("level", "A1"),
            ("kind", "standard"),
            ("starts_on", start.as_str()),
            ("wd", "6"),
            ("starts_at", "10:00"),
            ("ends_at", "12:00"),
            ("place", "Library"),
            ("price", "100"),
            ("target_group", "all"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let after = app.store.list_courses(&Default::default(), app.state.today(), 60, None, 2000).await.unwrap();
    assert_eq!(after.len(), before + 1);
    let new = after.iter().find(|c| c.title == "Saturday A1 from the form").unwrap();
    assert_eq!(new.weekdays.as_digits(), "6");

    // The coordinator sees the provider without courses as stale.
    let coord = app.login_as("coordinator").await;
    let html = coord
        .get(app.url("/staff/courses"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    let stale = html.split("Providers with outdated course data").nth(1).unwrap();
    assert!(stale.split("</ul>").next().unwrap().contains("Other School"), "{html}");
    // A trainer may not open the course pages.
    let trainer = app.login_as("trainer").await;
    assert_eq!(trainer.get(app.url("/staff/courses")).send().await.unwrap().status(), StatusCode::FORBIDDEN);

    // The counsellor's finder for a person: the register's district is used.
    let p = person(&app, "Selam Tesfay").await;
    let couns = app.login_as("counsellor").await;
    let r = couns.get(app.url(&format!("/staff/people/{p}/courses"))).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("There is no profile with consent"), "{html}");
    assert!(html.contains("It is in your district, Norra."), "{html}");
    assert!(html.contains("The teacher can explain in ትግርኛ."), "{html}");
    let show = couns
        .get(app.url(&format!("/staff/people/{p}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(show.contains(&format!("/staff/people/{p}/courses")));
    app.stop().await;
});

// The stale-after window (issue 12) is edited on the settings page with the city's other
// settings: a bad value is refused at its field and changes nothing, a good one is what
// the course catalogue uses from then on, and the page shows it.
both_backends!(stale_window_is_edited_on_the_settings_page, |b| async move {
    let app = TestApp::spawn(b).await;
    assert_eq!(app.store.course_stale_days().await.unwrap(), 60, "the default");
    let c = app.login_as("coordinator").await;
    let page = c.get(app.url("/staff/settings")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("id=\"f-stale_after_days\"") && page.contains("value=\"60\""));
    let t = common::extract_csrf(&page).unwrap();
    let mut form = vec![
        ("csrf", t.as_str()),
        ("city_name", "Neustadt"),
        ("inhabitants", "250000"),
        ("newcomers_per_year", "4000"),
        ("desk_address", "Rathausplatz 2"),
        ("hours_mon", "09:00-17:00"),
        ("hotline_phone", "+49 30 555 0199"),
        ("email", "willkommen@neustadt.example"),
        ("timezone", "Europe/Berlin"),
        ("source_language", "de"),
        ("stale_after_days", "soon"),
    ];
    for bad in ["soon", "0", "4000"] {
        form[10].1 = bad;
        let r = c.post(app.url("/staff/settings")).form(&form).send().await.unwrap();
        assert_eq!(r.status(), 422, "{bad}");
        assert!(r.text().await.unwrap().contains("href=\"#f-stale_after_days\""), "{bad}");
        assert_eq!(app.store.course_stale_days().await.unwrap(), 60, "nothing changed by {bad}");
    }
    form[10].1 = "21";
    let r = c.post(app.url("/staff/settings")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.course_stale_days().await.unwrap(), 21);
    let page = c.get(app.url("/staff/settings")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("value=\"21\""));
    // Left empty, the window stays as it is.
    let t = common::extract_csrf(&page).unwrap();
    form[0].1 = t.as_str();
    form[10].1 = "";
    let r = c.post(app.url("/staff/settings")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.course_stale_days().await.unwrap(), 21);
});

async fn consenting_person(app: &TestApp, name: &str) -> uuid::Uuid {
    let i = PersonInput {
        full_name: name.into(),
        birth_year: "1991".into(),
        birth_month: "3".into(),
        birth_day: "9".into(),
        citizenship: "ER".into(),
        languages: vec!["ti".into()],
        permit_issued_on: "2026-01-02".into(),
        district: "Norra".into(),
        phone: "+46 70 555 01 02".into(),
        address: "Storgatan 1".into(),
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Desk, jiff::civil::date(2026, 1, 5)).unwrap();
    let keys = vec![format!("n:{name}")];
    let row = NewPersonRow {
        data: &p.data,
        consents: &p.consents,
        source: p.source,
        document_language: "ti",
        channel: "in_person",
        text_language: "ti",
        text_version: "v1",
        import_key: None,
        name_keys: &keys,
    };
    let id = app.store.bulk_insert_people(&[row]).await.unwrap()[0];
    // The profile consent, as the counsellor records it.
    let tok = app.token_for("counsellor").await;
    let r = app
        .client()
        .post(app.url(&format!("/api/v1/people/{id}/consents")))
        .bearer_auth(tok)
        .json(&json!({"purpose": "profile", "channel": "in_person", "text_language": "ti"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    id
}

both_backends!(seat_reservations_through_http, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let today = app.state.today();
    let own = app.store.find_provider_by_name(DEMO_PROVIDER).await.unwrap().id;
    let provider = app.token_for("provider").await;
    let counsellor = app.token_for("counsellor").await;
    let (other, other_tok) = provider_b(&app).await;

    // The provider sets the flag through upsertCourse; without a number of seats: 422.
    let course = uuid::Uuid::now_v7();
    let path = format!("/api/v1/providers/{own}/courses/{course}");
    let mut body = course_body("Reservable A1", "A1", 15, today);
    body["reservations_allowed"] = json!(true);
    body["seats_left"] = Value::Null;
    let r = c.put(app.url(&path)).bearer_auth(&provider).json(&body).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    body["seats_left"] = json!(3);
    let r = c.put(app.url(&path)).bearer_auth(&provider).json(&body).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["reservations_allowed"], json!(true));

    // Without the profile consent: refused with the code, nothing taken.
    let plain_person = person(&app, "No Profile").await;
    let r = c
        .post(app.url(&format!("/api/v1/people/{plain_person}/reservations")))
        .bearer_auth(&counsellor)
        .json(&json!({"course_id": course}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], json!("no_profile_consent"));
    assert_eq!(app.store.course(course).await.unwrap().seats_left, Some(3));

    // The counsellor reserves from the finder page (the button is there).
    let selam = consenting_person(&app, "Selam Tesfay").await;
    let couns = app.login_as("counsellor").await;
    let finder =
        couns.get(app.url(&format!("/staff/people/{selam}/courses?level=a0&language=sv&go=1"))).send().await.unwrap();
    let html = plain(finder.text().await.unwrap());
    assert!(html.contains(&format!("action=\"/staff/people/{selam}/reservations\"")), "{html}");
    let csrf = app.csrf(&couns, &format!("/staff/people/{selam}")).await;
    let r = couns
        .post(app.url(&format!("/staff/people/{selam}/reservations")))
        .form(&[("csrf", csrf.as_str()), ("course_id", course.to_string().as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let show = plain(couns.get(app.url(&format!("/staff/people/{selam}"))).send().await.unwrap().text().await.unwrap());
    assert!(show.contains("Reservable A1") && show.contains("Asked, waiting for the provider"), "{show}");
    // Twice: a 409 page in plain words, nothing changed.
    let r = couns
        .post(app.url(&format!("/staff/people/{selam}/reservations")))
        .form(&[("csrf", csrf.as_str()), ("course_id", course.to_string().as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert!(plain(r.text().await.unwrap()).contains("already has a seat reserved"));
    assert_eq!(app.store.course(course).await.unwrap().seats_left, Some(2));

    // The provider's portal: the name, date of birth and contact — not the address.
    let prov = app.login_as("provider").await;
    let page = plain(prov.get(app.url("/staff/courses/reservations")).send().await.unwrap().text().await.unwrap());
    assert!(page.contains("Selam Tesfay") && page.contains("+46 70 555 01 02"), "{page}");
    assert!(!page.contains("Storgatan"), "{page}");
    // Another provider sees none of it, and cannot answer it.
    let r =
        c.get(app.url(&format!("/api/v1/providers/{own}/reservations"))).bearer_auth(&other_tok).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let theirs: Value = c
        .get(app.url(&format!("/api/v1/providers/{other}/reservations")))
        .bearer_auth(&other_tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(theirs, json!([]));
    let mine: Value = c
        .get(app.url(&format!("/api/v1/providers/{own}/reservations")))
        .bearer_auth(&provider)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let rid = mine[0]["reservation"]["id"].as_str().unwrap().to_owned();
    assert_eq!((mine[0]["full_name"].clone(), mine[0]["birth_day"].clone()), (json!("Selam Tesfay"), json!(9)));
    assert!(mine[0].get("address").is_none() && mine[0].get("citizenship").is_none());
    let r = c
        .put(app.url(&format!("/api/v1/reservations/{rid}/status")))
        .bearer_auth(&other_tok)
        .json(&json!({"status": "confirmed"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // The provider confirms in its portal.
    let pcsrf = app.csrf(&prov, "/staff/courses/reservations").await;
    let r = prov
        .post(app.url(&format!("/staff/courses/reservations/{rid}")))
        .form(&[("csrf", pcsrf.as_str()), ("status", "confirmed")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // A counsellor cannot confirm (409), the provider cannot cancel (409).
    let r = c
        .put(app.url(&format!("/api/v1/reservations/{rid}/status")))
        .bearer_auth(&provider)
        .json(&json!({"status": "cancelled"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let mine: Value = c
        .get(app.url(&format!("/api/v1/people/{selam}/reservations")))
        .bearer_auth(&counsellor)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(mine[0]["status"], json!("confirmed"));

    // The last two seats, twelve people at once through the API: exactly two get one.
    let mut people = Vec::new();
    for i in 0..12 {
        people.push(consenting_person(&app, &format!("Person {i}")).await);
    }
    let mut tasks = Vec::new();
    for p in people {
        let (c, url, tok) = (c.clone(), app.url(&format!("/api/v1/people/{p}/reservations")), counsellor.clone());
        tasks.push(tokio::spawn(async move {
            c.post(url).bearer_auth(tok).json(&json!({"course_id": course})).send().await.unwrap().status()
        }));
    }
    let mut codes = Vec::new();
    for t in tasks {
        codes.push(t.await.unwrap());
    }
    assert_eq!(codes.iter().filter(|s| **s == StatusCode::CREATED).count(), 2, "{codes:?}");
    assert_eq!(codes.iter().filter(|s| **s == StatusCode::CONFLICT).count(), 10, "{codes:?}");
    assert_eq!(app.store.course(course).await.unwrap().seats_left, Some(0));

    // The export holds the reservation; erasure gives the confirmed seat back.
    let coord = app.token_for("coordinator").await;
    let doc: Value = c
        .get(app.url(&format!("/api/v1/people/{selam}/export")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(doc["course_reservations"][0]["course_title"], json!("Reservable A1"));
    app.store.erase_person(selam, "request", None).await.unwrap();
    assert_eq!(app.store.course(course).await.unwrap().seats_left, Some(1));
    app.stop().await;
});
