//! Childcare at coaching over HTTP on both backends: the number and ages of children
//! needing care are recorded at booking (staff page, public booking, API), refused when
//! they do not add up, shown on the appointment, kept on a move, listed per day and
//! place for staff, exported with the person and erased with them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TestApp, demo_email};
use serde_json::{Value, json};
use welcomedesk_store::both_backends;

/// The first Monday at least two days ahead in the demo city's time zone, `YYYY-MM-DD`.
fn monday() -> String {
    let mut d = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::get("Europe/Stockholm").unwrap()).date();
    d = d.checked_add(jiff::Span::new().days(2)).unwrap();
    while d.weekday() != jiff::civil::Weekday::Monday {
        d = d.tomorrow().unwrap();
    }
    d.to_string()
}

/// A place, the demo counsellor speaking Arabic and French on Mondays 08–12 there.
async fn setup(app: &TestApp) -> (String, String, String) {
    let coord = app.token_for("coordinator").await;
    let c = app.client();
    let place: Value = c
        .post(app.url("/api/v1/places"))
        .bearer_auth(&coord)
        .json(&json!({"name": "Childcare office", "address": "Main Street 1", "issues_permits": false}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let place = place["id"].as_str().unwrap().to_owned();
    let counsellor = app.store.find_staff_by_email(demo_email("counsellor")).await.unwrap().id.to_string();
    let r = c
        .put(app.url(&format!("/api/v1/counsellors/{counsellor}")))
        .bearer_auth(&coord)
        .json(&json!({"languages": [{"language": "ar", "level": "native"}, {"language": "fr", "level": "fluent"}],
                      "kinds": ["start", "follow_up"],
                      "hours": [{"weekday": 1, "from": "08:00", "to": "12:00", "place_id": place}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204, "{}", r.text().await.unwrap());
    (place, counsellor, coord)
}

async fn person(app: &TestApp, tok: &str, name: &str) -> String {
    let p: Value = app
        .client()
        .post(app.url("/api/v1/people"))
        .bearer_auth(tok)
        .json(&json!({"full_name": name, "birth_date": "1990", "citizenship": "SY", "languages": ["ar"], "consents": ["basic"], "text_language": "en", "confirm_new": true}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    p["id"].as_str().unwrap().to_owned()
}

async fn plan(app: &TestApp, tok: &str, query: &str) -> (u16, Value) {
    let r = app
        .client()
        .get(app.url(&format!("/api/v1/coaching/childcare?{query}")))
        .bearer_auth(tok)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

both_backends!(childcare_is_asked_at_booking_listed_for_staff_and_erased_with_the_person, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let c = app.client();
    let m = monday();
    let amal = person(&app, &coord, "Amal Childcare").await;
    let bilal = person(&app, &coord, "Bilal Childcare").await;
    let book = |p: &str, at: &str, extra: Value| {
        let mut b = json!({"person_id": p, "counsellor_id": counsellor, "place_id": place, "kind": "start", "start": format!("{m}T{at}")});
        for (k, v) in extra.as_object().unwrap() {
            b[k] = v.clone();
        }
        b
    };
    // Ages that do not add up, an age out of range, too many children: refused with the
    // field named, and nothing is booked.
    for (extra, field) in [
        (json!({"children_count": 2, "children_ages": "3"}), "children_ages"),
        (json!({"children_count": 1, "children_ages": "19"}), "children_ages"),
        (json!({"children_count": 11}), "children_count"),
        (json!({"children_count": -1}), "children_count"),
        (json!({"children_ages": "4"}), "children_count"),
    ] {
        let r = c
            .post(app.url("/api/v1/appointments"))
            .bearer_auth(&coord)
            .json(&book(&amal, "08:00", extra))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        let body: Value = r.json().await.unwrap();
        assert!(body.to_string().contains(field), "{body}");
    }
    assert!(app.store.appointments_of_person(amal.parse().unwrap()).await.unwrap().is_empty());
    // Two children, 3 and 5, with Amal at 08:00; Bilal without children at 10:00.
    let r = c
        .post(app.url("/api/v1/appointments"))
        .bearer_auth(&coord)
        .json(&book(&amal, "08:00", json!({"children_count": 2, "children_ages": "3; 5"})))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let a: Value = r.json().await.unwrap();
    let r = c
        .post(app.url("/api/v1/appointments"))
        .bearer_auth(&coord)
        .json(&book(&bilal, "10:00", json!({})))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let stored = app.store.find_appointment(a["id"].as_str().unwrap().parse().unwrap()).await.unwrap();
    assert_eq!((stored.children_count, stored.children_ages.as_deref()), (2, Some("3, 5")));
    // The planning list: one day at one place, only the appointment with children.
    let (status, days) = plan(&app, &coord, &format!("from={m}&days=1")).await;
    assert_eq!(status, 200);
    let days = days.as_array().unwrap().clone();
    assert_eq!(days.len(), 1, "{days:?}");
    assert_eq!(days[0]["date"], m.as_str());
    assert_eq!(days[0]["place_id"], place.as_str());
    assert_eq!((days[0]["children"].as_i64(), days[0]["most_at_once"].as_i64()), (Some(2), Some(2)));
    let slots = days[0]["slots"].as_array().unwrap();
    assert_eq!(slots.len(), 1);
    assert_eq!(slots[0]["start"], "08:00");
    assert_eq!(slots[0]["end"], "09:00");
    assert_eq!(slots[0]["ages"], "3, 5");
    assert_eq!(slots[0]["reference"], a["reference"]);
    // The day before is empty; a bad period is refused.
    let day_before = jiff::civil::Date::strptime("%Y-%m-%d", &m).unwrap().yesterday().unwrap();
    assert_eq!(plan(&app, &coord, &format!("from={day_before}&days=1")).await.1, json!([]));
    assert_eq!(plan(&app, &coord, "days=0").await.0, 422);
    assert_eq!(plan(&app, &coord, "from=next-monday").await.0, 422);
    // Moving the appointment takes the children along.
    let r = c
        .post(app.url(&format!("/api/v1/appointments/{}/move", a["id"].as_str().unwrap())))
        .bearer_auth(&coord)
        .json(&json!({"counsellor_id": counsellor, "place_id": place, "start": format!("{m}T11:00")}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let (_, days) = plan(&app, &coord, &format!("from={m}&days=1")).await;
    assert_eq!(days[0]["slots"][0]["start"], "11:00");
    assert_eq!(days[0]["slots"][0]["ages"], "3, 5");
    // Staff see the same list on a page (a desk agent too), and bad input gets the
    // translated message beside the field.
    let desk = app.login_as("desk").await;
    let page = desk.get(app.url(&format!("/staff/coaching/childcare?from={m}&days=1"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("Childcare office") && html.contains("3, 5") && html.contains("11:00–12:00"), "{html}");
    // The moved appointment has its new reference.
    assert!(html.contains(days[0]["slots"][0]["reference"].as_str().unwrap()) && html.contains("Children in all: 2"));
    let bad = desk.get(app.url("/staff/coaching/childcare?days=99")).send().await.unwrap();
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("href=\"#f-days\""));
    // The provider role has no business here.
    let provider = app.login_as("provider").await;
    assert_eq!(provider.get(app.url("/staff/coaching/childcare")).send().await.unwrap().status(), 403);
    // The person's export carries the children; erasure removes the ages (the number
    // stays with the appointment, without the person, as a figure).
    let export: Value = c
        .get(app.url(&format!("/api/v1/people/{amal}/export")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let appts = export["coaching"]["appointments"].as_array().unwrap();
    assert!(appts.iter().any(|x| x["children_count"] == 2 && x["children_ages"] == "3, 5"), "{appts:?}");
    let r = c.delete(app.url(&format!("/api/v1/people/{amal}"))).bearer_auth(&coord).send().await.unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let (_, days) = plan(&app, &coord, &format!("from={m}&days=1")).await;
    assert!(days[0]["slots"][0]["ages"].is_null(), "ages erased: {days}");
    app.stop().await;
});

both_backends!(childcare_on_the_staff_booking_page_and_the_public_booking, |b| async move {
    let app = TestApp::spawn(b).await;
    setup(&app).await;
    // Staff: the booking page asks; a mismatch is refused with the message beside the
    // ages; then booked, and the person's page shows it.
    let c = app.login_as("counsellor").await;
    let t = app.csrf(&c, "/staff/people/new").await;
    let r = c
        .post(app.url("/staff/people"))
        .form(&[
            ("csrf", t.as_str()),
            ("full_name", "Rima Haddad"),
            ("birth_year", "1988"),
            ("citizenship", "SY"),
            ("languages", "ar"),
            ("consents", "basic"),
            ("channel", "in_person"),
            ("text_language", "ar"),
        ])
        .send()
        .await
        .unwrap();
    let person = r.headers()["location"].to_str().unwrap().split('?').next().unwrap().to_owned();
    let page = c.get(app.url(&format!("{person}/book"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("name=\"children_count\"") && page.contains("name=\"children_ages\""));
    let slot = common::between(&page, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let form = |count: &'static str, ages: &'static str| {
        vec![
            ("csrf", t.clone()),
            ("kind", "start".to_owned()),
            ("place", String::new()),
            ("slot", slot.clone()),
            ("children_count", count.to_owned()),
            ("children_ages", ages.to_owned()),
        ]
    };
    let r = c.post(app.url(&format!("{person}/book"))).form(&form("1", "4, 6")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#f-children_ages\"") && html.contains("Write one age for each child"));
    assert!(html.contains("value=\"4, 6\""), "what was typed stays");
    let pid: uuid::Uuid = person.trim_start_matches("/staff/people/").parse().unwrap();
    assert!(app.store.appointments_of_person(pid).await.unwrap().is_empty());
    let r = c.post(app.url(&format!("{person}/book"))).form(&form("1", "4")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let show =
        c.get(app.url(&person)).send().await.unwrap().text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(show.contains("Childcare: 1 (ages 4)"), "shown on the appointment");
    // Public, in French: asked on the details page, shown on "check your answers",
    // recorded with the appointment.
    let p = app.client();
    let times =
        p.get(app.url("/fr/coaching/times?kind=start&language=fr&place=")).send().await.unwrap().text().await.unwrap();
    let slot = common::between(&times, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let q = [("kind", "start"), ("language", "fr"), ("place", ""), ("slot", slot.as_str())];
    let details = p.get(app.url("/fr/coaching/details")).query(&q).send().await.unwrap().text().await.unwrap();
    assert!(details.contains("Avez-vous besoin d’une garde d’enfants pendant le rendez-vous ?"));
    let t = common::extract_csrf(&details).unwrap();
    let mut form: Vec<(&str, &str)> = vec![
        ("csrf", t.as_str()),
        ("kind", "start"),
        ("language", "fr"),
        ("place", ""),
        ("slot", slot.as_str()),
        ("full_name", "Nadia Public"),
        ("birth_year", "1991"),
        ("email", "nadia@example.org"),
        ("consent_basic", "on"),
        ("children_count", "2"),
        ("children_ages", "12"),
    ];
    let r = p.post(app.url("/fr/coaching/check")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-children_ages\""));
    form[10] = ("children_ages", "1, 12");
    let check = p.post(app.url("/fr/coaching/check")).form(&form).send().await.unwrap();
    assert_eq!(check.status(), 200);
    let html = check.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("Garde d’enfants : 2 (âges 1, 12)"), "{html}");
    assert!(html.contains("name=\"children_ages\" value=\"1, 12\""), "carried to the booking");
    let r = p.post(app.url("/fr/coaching/book")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    // The person's own page of the appointment says it too.
    let own = r.headers()["location"].to_str().unwrap().to_owned();
    let own = p.get(app.url(&own)).send().await.unwrap().text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(own.contains("Garde d’enfants : 2 (âges 1, 12)"), "{own}");
    let found = welcomedesk_web::register::search(&app.store, "Nadia Public", None, 5).await.unwrap();
    let a = app.store.appointments_of_person(found[0].person.id).await.unwrap();
    assert_eq!((a[0].children_count, a[0].children_ages.as_deref()), (2, Some("1, 12")));
    app.stop().await;
});
