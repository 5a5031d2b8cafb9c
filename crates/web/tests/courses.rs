//! Language courses over real HTTP, on SQLite and PostgreSQL: the public list and the
//! finder in every language without an account (ranked, with reasons in plain words;
//! bad answers a translated message), the API (listCourses with paging, findCourses,
//! upsertCourse: idempotent, own provider only), the providers' pages (CSRF, errors
//! re-rendered, nothing saved), the coordinator's stale list and the staff finder for
//! a person.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TestApp, plain};
use reqwest::StatusCode;
use serde_json::{Value, json};
use welcomedesk_domain::Role;
use welcomedesk_domain::register::PersonInput;
use welcomedesk_store::both_backends;
use welcomedesk_store::staff::InsertStaff;
use welcomedesk_web::demo::DEMO_PROVIDER;

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
    common::insert_person(app, &i, "ti").await
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
    let id = common::insert_person(app, &i, "ti").await;
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

// ---- the catalogue in memory and the districts (issue 12) ------------------------------

/// A second web node over the same database (nodes are stateless and share it).
async fn second_node(app: &TestApp) -> (String, tokio::sync::oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let state =
        welcomedesk_web::AppState::new(app.store.clone(), welcomedesk_web::WebConfig::new(&base), &[7u8; 32]).unwrap();
    state.refresh_settings(None).await;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        welcomedesk_web::serve(state, listener, async {
            let _ = rx.await;
        })
        .await
        .unwrap();
    });
    (base, tx)
}

async fn listed_titles(c: &reqwest::Client, url: &str) -> Vec<String> {
    let v: Value = c.get(url).send().await.unwrap().json().await.unwrap();
    v["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap().to_owned()).collect()
}

both_backends!(catalogue_in_memory_follows_every_change, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let today = app.state.today();
    let own = app.store.find_provider_by_name(DEMO_PROVIDER).await.unwrap().id;
    let provider = app.token_for("provider").await;
    let list = app.url("/api/v1/courses?language=fi&limit=500");
    // Both nodes have loaded their copy before the changes.
    let (node2, stop2) = second_node(&app).await;
    let list2 = format!("{node2}/api/v1/courses?language=fi&limit=500");
    assert!(listed_titles(&c, &list).await.is_empty());
    assert!(listed_titles(&c, &list2).await.is_empty());
    // A saved course shows at once on the node that saved it.
    let id = uuid::Uuid::now_v7();
    let mut body = course_body("Suomi A1", "A1", 10, today);
    body["language"] = json!("fi");
    let put = |body: Value| {
        let c = c.clone();
        let url = app.url(&format!("/api/v1/providers/{own}/courses/{id}"));
        let provider = provider.clone();
        async move { c.put(url).bearer_auth(provider).json(&body).send().await.unwrap().status() }
    };
    assert_eq!(put(body.clone()).await, StatusCode::CREATED);
    assert_eq!(listed_titles(&c, &list).await, vec!["Suomi A1"]);
    // The other node sees it within the check interval (2 s), without a restart.
    let t0 = std::time::Instant::now();
    while listed_titles(&c, &list2).await.is_empty() {
        assert!(t0.elapsed() < std::time::Duration::from_millis(3_500), "the second node never saw the course");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(t0.elapsed() <= std::time::Duration::from_millis(2_600), "took {:?}", t0.elapsed());
    // The finder (public page and API) finds it at once too.
    let found: Value = c
        .post(app.url("/api/v1/courses/match"))
        .json(&json!({"language": "fi", "level": "a0"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(found[0]["course"]["title"], json!("Suomi A1"));
    // Full: out at once.
    body["seats_left"] = json!(0);
    assert_eq!(put(body.clone()).await, StatusCode::OK);
    assert!(listed_titles(&c, &list).await.is_empty(), "a full course stayed in the list");
    // Started: out.
    body["seats_left"] = json!(3);
    body["starts_on"] = json!(today.yesterday().unwrap().to_string());
    assert_eq!(put(body.clone()).await, StatusCode::OK);
    assert!(listed_titles(&c, &list).await.is_empty(), "a past course stayed in the list");
    body["starts_on"] = json!(today.checked_add(jiff::Span::new().days(10)).unwrap().to_string());
    assert_eq!(put(body.clone()).await, StatusCode::OK);
    assert_eq!(listed_titles(&c, &list).await, vec!["Suomi A1"]);
    // Stale: a confirmation older than the window, written behind the node's back, is
    // out once the node is told (as a CLI or another process would).
    let mut tx = app.store.begin().await.unwrap();
    sqlx::query("UPDATE courses SET updated_at = '2020-01-01T00:00:00.000000Z' WHERE id = $1")
        .bind(id.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app.state.catalogue_changed();
    assert!(listed_titles(&c, &list).await.is_empty(), "a stale course stayed in the list");
    // The provider confirms it: back.
    assert_eq!(put(body.clone()).await, StatusCode::OK);
    assert_eq!(listed_titles(&c, &list).await, vec!["Suomi A1"]);
    // A suspended provider's courses leave on every node within the interval.
    app.store
        .set_provider_standing(own, welcomedesk_domain::vouchers::ProviderStanding::Suspended, None, Some("test"), None)
        .await
        .unwrap();
    let t0 = std::time::Instant::now();
    while !listed_titles(&c, &list2).await.is_empty() {
        assert!(t0.elapsed() < std::time::Duration::from_millis(3_500), "a suspended provider's course stayed");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let _ = stop2.send(());
    app.stop().await;
});

both_backends!(catalogue_answers_as_the_database_does, |b| async move {
    use welcomedesk_domain::courses::{self as rules, CourseData, CourseInput};
    use welcomedesk_store::courses::CourseFilter;
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let today = app.state.today();
    let own = app.store.find_provider_by_name(DEMO_PROVIDER).await.unwrap().id;
    // 120 varied courses: levels, kinds, districts, seats (some full), start days (some
    // past), confirmations (some stale), voucher and childcare flags.
    let levels = ["A1", "A2", "B1", "B2", "C1", "C2"];
    let districts = ["Norra", "mitte", "Söder", ""];
    for i in 0..120usize {
        let start = today.checked_add(jiff::Span::new().days((i % 13) as i64 - 3)).unwrap();
        let kind = if i % 17 == 0 { "literacy" } else { "standard" };
        let input = CourseInput {
            title: format!("gen-{i:03}"),
            language: if i % 5 == 0 { "de".into() } else { "fi".into() },
            level: if kind == "literacy" { "A1".into() } else { levels[i % 6].into() },
            kind: kind.into(),
            starts_on: start.to_string(),
            weekdays: ["13", "6", "24", ""][i % 4].into(),
            starts_at: ["09:00", "14:00", "18:30", ""][i % 4].into(),
            place: "Skola".into(),
            district: districts[i % 4].into(),
            price: "100".into(),
            voucher_accepted: i % 3 == 0,
            childcare: i % 4 == 1,
            target_group: if i % 11 == 0 { "women".into() } else { String::new() },
            seats_left: ["", "0", "2", "12"][i % 4 / 2 + i % 2].into(),
            explain_languages: if i % 2 == 0 { "ar".into() } else { String::new() },
            ..CourseInput::default()
        };
        let data = CourseData::parse(&input).unwrap();
        app.store.upsert_course(own, uuid::Uuid::now_v7(), &data, None).await.unwrap();
    }
    let mut tx = app.store.begin().await.unwrap();
    sqlx::query("UPDATE courses SET updated_at = '2020-01-01T00:00:00.000000Z' WHERE title LIKE 'gen-%7'")
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app.state.catalogue_changed();
    let days = app.store.course_stale_days().await.unwrap();
    // The list, for many filters: the same courses in the same order.
    let filters: Vec<(&str, CourseFilter)> = vec![
        ("", CourseFilter::default()),
        ("language=fi", CourseFilter { language: Some("fi".into()), ..CourseFilter::default() }),
        ("level=B1", CourseFilter { level: Some(welcomedesk_domain::vouchers::Level::B1), ..CourseFilter::default() }),
        ("district=Mitte", CourseFilter { district: Some("Mitte".into()), ..CourseFilter::default() }),
        ("kind=literacy", CourseFilter { kind: Some(rules::CourseKind::Literacy), ..CourseFilter::default() }),
        (
            "voucher_accepted=true&childcare=true",
            CourseFilter { voucher_accepted: true, childcare: true, ..CourseFilter::default() },
        ),
        (
            "language=fi&district=norra&voucher_accepted=true",
            CourseFilter {
                language: Some("fi".into()),
                district: Some("norra".into()),
                voucher_accepted: true,
                ..CourseFilter::default()
            },
        ),
    ];
    let mut nonempty = 0;
    for (q, f) in &filters {
        let db: Vec<String> =
            app.store.list_courses(f, today, days, None, 500).await.unwrap().iter().map(|c| c.id.to_string()).collect();
        let v: Value =
            c.get(app.url(&format!("/api/v1/courses?limit=500&{q}"))).send().await.unwrap().json().await.unwrap();
        let mem: Vec<String> =
            v["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_owned()).collect();
        assert_eq!(mem, db, "listCourses?{q}");
        nonempty += usize::from(!db.is_empty());
    }
    assert!(nonempty >= 6, "the comparison must compare something");
    // The finder, for many answers: the same ranked courses with the same scores.
    for lvl in ["unknown", "a0", "a1", "a2", "b1", "b2", "c1", "c2"] {
        for (script, district, childcare) in
            [("", "Norra", false), ("other_script", "Mitte", true), ("learning", "", false), ("latin", "Söder", true)]
        {
            let body = json!({"level": lvl, "script": script, "district": district, "childcare": childcare,
                "has_voucher": true, "speaks": ["ar"], "limit": 20});
            let v: Value =
                c.post(app.url("/api/v1/courses/match")).json(&body).send().await.unwrap().json().await.unwrap();
            let mem: Vec<(String, i64)> = v
                .as_array()
                .unwrap()
                .iter()
                .map(|m| (m["course"]["id"].as_str().unwrap().to_owned(), m["score"].as_i64().unwrap()))
                .collect();
            let needs = rules::Needs {
                level: rules::LevelNow::parse("l", lvl).unwrap(),
                script: rules::Script::parse("s", script).unwrap(),
                district: Some(district.to_owned()).filter(|d| !d.is_empty()),
                childcare,
                has_voucher: true,
                speaks: vec!["ar".into()],
                ..rules::Needs::default()
            };
            let cands = app.store.course_candidates(None, &rules::candidate_levels(&needs), today, days).await.unwrap();
            let db: Vec<(String, i64)> = rules::rank(&cands, &needs, today, days, 20)
                .iter()
                .map(|m| (m.course.id.to_string(), i64::from(m.score)))
                .collect();
            assert_eq!(mem, db, "findCourses {body}");
        }
    }
    app.stop().await;
});

both_backends!(districts_and_neighbours_decide_the_distance, |b| async move {
    let app = TestApp::spawn(b).await;
    let today = app.state.today();
    let coord = app.login_as("coordinator").await;
    let (status, html) = common::get_page(&coord, &app, "/staff/districts").await;
    assert_eq!(status, 200);
    assert!(html.contains("No districts yet"), "{html}");
    let csrf = app.csrf(&coord, "/staff/districts").await;
    // Add three districts; each lands on its own page.
    let mut ids = std::collections::BTreeMap::new();
    for name in ["Norra", "Mitte", "Söder"] {
        let (s, loc, _) = common::form_post(&coord, &app, &csrf, "/staff/districts", &[("name", name)]).await;
        assert_eq!(s, 303, "{name}");
        let id = loc.strip_prefix("/staff/districts/").unwrap().split('?').next().unwrap().to_owned();
        ids.insert(name, id);
    }
    // Bad input: a translated message linked to the field, nothing added.
    let (s, _, html) = common::form_post(&coord, &app, &csrf, "/staff/districts", &[("name", " ")]).await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-name\"") && html.contains("Enter this information"), "{html}");
    let (s, _, html) = common::form_post(&coord, &app, &csrf, "/staff/districts", &[("name", "norra")]).await;
    assert_eq!(s, 422);
    assert!(html.contains("There is already a district with this name"), "{html}");
    assert_eq!(app.store.list_districts().await.unwrap().len(), 3);
    let (s, _, html) = common::form_post(
        &coord,
        &app,
        &csrf,
        &format!("/staff/districts/{}", ids["Norra"]),
        &[("name", "Norra"), ("neighbour", &uuid::Uuid::now_v7().to_string())],
    )
    .await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-neighbours\""), "{html}");
    // Norra's neighbour is Mitte: Mitte's page and the list show Norra too (symmetric).
    let (s, _, _) = common::form_post(
        &coord,
        &app,
        &csrf,
        &format!("/staff/districts/{}", ids["Norra"]),
        &[("name", "Norra"), ("neighbour", &ids["Mitte"])],
    )
    .await;
    assert_eq!(s, 303);
    let (_, html) = common::get_page(&coord, &app, &format!("/staff/districts/{}", ids["Mitte"])).await;
    assert!(html.contains(&format!("value=\"{}\" checked", ids["Norra"])), "{html}");
    assert!(!html.contains(&format!("value=\"{}\" checked", ids["Söder"])));
    // The API: public list; writes for the coordinator only.
    let list: Value = app.client().get(app.url("/api/v1/districts")).send().await.unwrap().json().await.unwrap();
    let mitte = list.as_array().unwrap().iter().find(|d| d["name"] == "Mitte").unwrap();
    assert_eq!(mitte["neighbours"], json!([ids["Norra"]]));
    let coord_tok = app.token_for("coordinator").await;
    let provider_tok = app.token_for("provider").await;
    let east = uuid::Uuid::now_v7();
    let (s, v) =
        common::api_put(&app, &provider_tok, &format!("/api/v1/districts/{east}"), json!({"name": "Öster"})).await;
    assert_eq!(s, 403, "{v}");
    let (s, v) = common::api_put(
        &app,
        &coord_tok,
        &format!("/api/v1/districts/{east}"),
        json!({"name": "Öster", "neighbours": [ids["Söder"]]}),
    )
    .await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(v["neighbours"], json!([ids["Söder"]]));
    let (s, v) = common::api_put(
        &app,
        &coord_tok,
        &format!("/api/v1/districts/{east}"),
        json!({"name": "Öster", "neighbours": ["not-a-district"]}),
    )
    .await;
    assert_eq!((s, v["errors"][0]["code"].as_str()), (422, Some("unknown_district")));
    // The finder: the person lives in Norra. Three courses equal but for the district:
    // Norra (own) > Mitte (neighbour) > Söder (elsewhere), each with its reason.
    let own = app.store.find_provider_by_name(DEMO_PROVIDER).await.unwrap().id;
    let provider = app.token_for("provider").await;
    for (title, district, days) in [("Far", "Söder", 5), ("Next door", "Mitte", 6), ("Home", "Norra", 7)] {
        let mut body = course_body(title, "A1", days, today);
        body["language"] = json!("fi");
        body["district"] = json!(district);
        let (s, _) = common::api_put(
            &app,
            &provider,
            &format!("/api/v1/providers/{own}/courses/{}", uuid::Uuid::now_v7()),
            body,
        )
        .await;
        assert_eq!(s, 201);
    }
    let (s, v) = common::api_post(
        &app,
        None,
        "/api/v1/courses/match",
        json!({"language": "fi", "level": "a0", "district": "Norra"}),
    )
    .await;
    assert_eq!(s, 200);
    let order: Vec<&str> = v.as_array().unwrap().iter().map(|m| m["course"]["title"].as_str().unwrap()).collect();
    assert_eq!(order, vec!["Home", "Next door", "Far"]);
    let near = v[1]["reasons"].as_array().unwrap().iter().find(|r| r["code"] == "near_district").unwrap();
    assert_eq!(near["points"], json!(10));
    assert_eq!(common::plain(near["text"].as_str().unwrap().to_owned()), "It is in Mitte, next to your district.");
    assert_eq!(v[0]["score"].as_i64().unwrap() - v[1]["score"].as_i64().unwrap(), 10);
    assert!(
        !v[2]["reasons"].as_array().unwrap().iter().any(|r| r["code"] == "near_district" || r["code"] == "in_district")
    );
    // Unknown district: accepted, no distance reason; the earliest course first.
    let (s, v) = common::api_post(
        &app,
        None,
        "/api/v1/courses/match",
        json!({"language": "fi", "level": "a0", "district": "Atlantis"}),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(v[0]["course"]["title"], json!("Far"));
    // The public finder: a choice of the districts; the neighbour's reason in words.
    let c = app.client();
    let (_, html) = common::get_page(&c, &app, "/en/courses/find").await;
    assert!(html.contains("<option value=\"Mitte\"") && html.contains("<option value=\"Öster\""), "{html}");
    let (_, html) = common::get_page(&c, &app, "/en/courses/find?go=1&language=fi&level=a0&district=Norra").await;
    assert!(html.contains("It is in Mitte, next to your district."), "{html}");
    let (_, html) = common::get_page(&c, &app, "/sv/courses/find?go=1&language=fi&level=a0&district=Norra").await;
    assert!(html.contains("Den är i Mitte, bredvid ditt område."));
    // Removing a district removes its links; the finder no longer knows the neighbour.
    let r = coord
        .post(app.url(&format!("/staff/districts/{}/delete", ids["Mitte"])))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let (_, v) = common::api_post(
        &app,
        None,
        "/api/v1/courses/match",
        json!({"language": "fi", "level": "a0", "district": "Norra"}),
    )
    .await;
    assert!(!v[1]["reasons"].as_array().unwrap().iter().any(|r| r["code"] == "near_district"));
    let list: Value = app.client().get(app.url("/api/v1/districts")).send().await.unwrap().json().await.unwrap();
    assert!(
        list.as_array().unwrap().iter().all(|d| d["neighbours"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n != &json!(ids["Mitte"])))
    );
    app.stop().await;
});
