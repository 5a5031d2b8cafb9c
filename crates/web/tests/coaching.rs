//! Coaching over HTTP on both backends: slots in the person's language, interpreting
//! when nobody speaks it, booking without double booking under concurrency, cancelling.
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

/// A place, the demo counsellor speaking Arabic and English on Mondays 08–12, and a person.
async fn setup(app: &TestApp) -> (String, String, String) {
    let coord = app.token_for("coordinator").await;
    let c = app.client();
    let place: Value = c
        .post(app.url("/api/v1/places"))
        .bearer_auth(&coord)
        .json(&json!({"name": "Test office", "address": "Main Street 1", "issues_permits": true}))
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
        .json(&json!({"languages": [{"language": "ar", "level": "native"}, {"language": "en", "level": "fluent"}],
                      "kinds": ["start", "follow_up"],
                      "hours": [{"weekday": 1, "from": "08:00", "to": "12:00", "place_id": place}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204, "{}", r.text().await.unwrap());
    (place, counsellor, coord)
}

async fn person(app: &TestApp, tok: &str, name: &str, lang: &str) -> String {
    let p: Value = app
        .client()
        .post(app.url("/api/v1/people"))
        .bearer_auth(tok)
        .json(&json!({"full_name": name, "birth_date": "1990", "citizenship": "SY", "languages": [lang], "consents": ["basic"], "text_language": "en", "confirm_new": true}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    p["id"].as_str().unwrap().to_owned()
}

both_backends!(slots_book_and_cancel, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let c = app.client();
    let amal = person(&app, &coord, "Amal Haddad", "ar").await;
    let m = monday();
    // Next Monday from 08:00 (city time): the counsellor speaks Arabic.
    let slots: Vec<Value> = c
        .get(app.url(&format!("/api/v1/coaching/slots?language=ar&kind=start&place={place}&from={m}T08:00&days=1")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(!slots.is_empty());
    assert_eq!(slots[0]["start"], format!("{m}T08:00:00"));
    assert_eq!(slots[0]["language"], "ar");
    assert_eq!(slots[0]["interpreter_needed"], false);
    // Nobody speaks Tigrinya: a slot with an interpreter.
    let ti: Vec<Value> = c
        .get(app.url(&format!("/api/v1/coaching/slots?language=ti&kind=start&place={place}&from={m}T08:00&days=1")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ti[0]["interpreter_needed"], true);
    assert!(ti[0]["language"].is_null());
    // A kind the counsellor does not give has no slots.
    let none: Vec<Value> = c
        .get(app.url(&format!("/api/v1/coaching/slots?language=ar&kind=individual_module&from={m}T08:00&days=7")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(none.is_empty());
    // Book the first slot; it is gone from the proposals; the person page shows it.
    let body = json!({"person_id": amal, "counsellor_id": counsellor, "place_id": place, "kind": "start", "start": format!("{m}T08:00")});
    let r = c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let a: Value = r.json().await.unwrap();
    assert_eq!(a["reference"].as_str().unwrap().len(), 8);
    let again = c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&body).send().await.unwrap();
    assert_eq!(again.status(), 409);
    let after: Vec<Value> = c
        .get(app.url(&format!("/api/v1/coaching/slots?language=ar&kind=start&place={place}&from={m}T08:00&days=1")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(after.iter().all(|s| s["start"].as_str().unwrap() >= format!("{m}T09:00:00").as_str()), "{after:?}");
    // Outside working hours, or not aligned: refused.
    let late = json!({"person_id": amal, "counsellor_id": counsellor, "place_id": place, "kind": "start", "start": format!("{m}T11:30")});
    assert_eq!(
        c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&late).send().await.unwrap().status(),
        409
    );
    // Cancel frees it.
    let id = a["id"].as_str().unwrap();
    assert_eq!(
        c.post(app.url(&format!("/api/v1/appointments/{id}/cancel")))
            .bearer_auth(&coord)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        c.post(app.url(&format!("/api/v1/appointments/{id}/cancel")))
            .bearer_auth(&coord)
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let bilal = person(&app, &coord, "Bilal Omar", "ar").await;
    let body = json!({"person_id": bilal, "counsellor_id": counsellor, "place_id": place, "kind": "start", "start": format!("{m}T08:00")});
    assert_eq!(
        c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&body).send().await.unwrap().status(),
        201
    );
    app.stop().await;
});

both_backends!(concurrent_bookings_of_one_slot_over_http, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let m = monday();
    let mut people = vec![];
    for i in 0..40 {
        people.push(person(&app, &coord, &format!("Person Number{i} Test"), "ar").await);
    }
    let tasks: Vec<_> = people
        .into_iter()
        .map(|p| {
            let (c, url, tok) = (app.client(), app.url("/api/v1/appointments"), coord.clone());
            let body = json!({"person_id": p, "counsellor_id": counsellor, "place_id": place, "kind": "start", "start": format!("{m}T09:00")});
            tokio::spawn(async move { c.post(url).bearer_auth(tok).json(&body).send().await.unwrap().status().as_u16() })
        })
        .collect();
    let mut codes = vec![];
    for t in tasks {
        codes.push(t.await.unwrap());
    }
    assert_eq!(codes.iter().filter(|c| **c == 201).count(), 1, "{codes:?}");
    assert_eq!(
        codes.iter().filter(|c| **c == 409).count(),
        39,
        "everyone else gets the clear 'taken' answer: {codes:?}"
    );
    app.stop().await;
});

both_backends!(outcomes_and_follow_ups, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let c = app.client();
    let m = monday();
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::get("Europe/Stockholm").unwrap()).date();
    let permit_due_soon =
        today.checked_sub(jiff::Span::new().years(2)).unwrap().checked_add(jiff::Span::new().days(10)).unwrap();
    let permit_recent = today.checked_sub(jiff::Span::new().years(1)).unwrap();
    let mk = |name: &str, permit: jiff::civil::Date| {
        json!({"full_name": name, "birth_date": "1985", "citizenship": "IQ", "languages": ["ar"], "permit_issued_on": permit.to_string(),
               "consents": ["basic", "reminders"], "text_language": "ar", "email": "x@example.org", "confirm_new": true})
    };
    let due: Value = c
        .post(app.url("/api/v1/people"))
        .bearer_auth(&coord)
        .json(&mk("Due Soon Person", permit_due_soon))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    c.post(app.url("/api/v1/people"))
        .bearer_auth(&coord)
        .json(&mk("Recent Arrival", permit_recent))
        .send()
        .await
        .unwrap();
    let list: Vec<Value> = c
        .get(app.url("/api/v1/coaching/follow-ups?within_days=30"))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["person_id"], due["id"]);
    assert_eq!(list[0]["can_email"], true);
    let none: Vec<Value> = c
        .get(app.url("/api/v1/coaching/follow-ups?within_days=5"))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(none.is_empty(), "not yet within five days");
    // A desk agent may not see the list; a counsellor may.
    let desk = app.token_for("desk").await;
    assert_eq!(c.get(app.url("/api/v1/coaching/follow-ups")).bearer_auth(&desk).send().await.unwrap().status(), 403);
    // Booking the follow-up takes the person off the list; the outcome is recorded.
    let body = json!({"person_id": due["id"], "counsellor_id": counsellor, "place_id": place, "kind": "follow_up", "start": format!("{m}T10:00")});
    let a: Value = c
        .post(app.url("/api/v1/appointments"))
        .bearer_auth(&coord)
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let list: Vec<Value> = c
        .get(app.url("/api/v1/coaching/follow-ups?within_days=30"))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(list.is_empty());
    let id = a["id"].as_str().unwrap();
    let bad = c
        .post(app.url(&format!("/api/v1/appointments/{id}/outcome")))
        .bearer_auth(&coord)
        .json(&json!({"status": "maybe"}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    let ok = c
        .post(app.url(&format!("/api/v1/appointments/{id}/outcome")))
        .bearer_auth(&coord)
        .json(&json!({"status": "held", "topics": "work, recognition of a diploma", "handed_out": "brochure (ar), passport", "childcare_needed": true, "notes": "private"}))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 204);
    assert_eq!(app.store.find_appointment(uuid::Uuid::parse_str(id).unwrap()).await.unwrap().status, "held");
    // The person's export holds the coaching record, private notes included (Art. 15).
    let pid = due["id"].as_str().unwrap();
    let export: Value = c
        .get(app.url(&format!("/api/v1/people/{pid}/export")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let appts = export["coaching"]["appointments"].as_array().unwrap();
    assert_eq!(appts.len(), 1, "{export}");
    assert_eq!(appts[0]["topics"], "work, recognition of a diploma");
    assert_eq!(appts[0]["notes"], "private");
    assert_eq!(appts[0]["childcare_needed"], true);
    assert_eq!(appts[0]["reference"], a["reference"]);
    // A booking in the past is refused.
    let past = json!({"person_id": due["id"], "counsellor_id": counsellor, "place_id": place, "kind": "start", "start": "2020-01-06T08:00"});
    assert_eq!(
        c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&past).send().await.unwrap().status(),
        409
    );
    app.stop().await;
});

both_backends!(staff_books_cancels_and_records_on_the_pages, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("counsellor").await;
    let t = app.csrf(&c, "/staff/people/new").await;
    let r = c
        .post(app.url("/staff/people"))
        .form(&[
            ("csrf", t.as_str()),
            ("full_name", "Tesfay Gebre"),
            ("birth_year", "1988"),
            ("citizenship", "ER"),
            ("languages", "ti"),
            ("consents", "basic"),
            ("channel", "in_person"),
            ("text_language", "ti"),
        ])
        .send()
        .await
        .unwrap();
    let person = r.headers()["location"].to_str().unwrap().split('?').next().unwrap().to_owned();
    // The demo counsellor does not speak Tigrinya: the times offered come with an interpreter.
    let page = c.get(app.url(&format!("{person}/book"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("with a phone interpreter"), "interpreter offered");
    let slot = common::between(&page, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let r = c
        .post(app.url(&format!("{person}/book")))
        .form(&[("csrf", t.as_str()), ("kind", "start"), ("place", ""), ("slot", slot.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let loc = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(loc.contains("done=booked&reference="));
    // The same time again (another person) is refused with the clear message.
    let r = c
        .post(app.url("/staff/people"))
        .form(&[
            ("csrf", t.as_str()),
            ("full_name", "Saba Kidane"),
            ("birth_year", "1992"),
            ("citizenship", "ER"),
            ("languages", "ti"),
            ("consents", "basic"),
            ("channel", "in_person"),
            ("text_language", "ti"),
        ])
        .send()
        .await
        .unwrap();
    let other = r.headers()["location"].to_str().unwrap().split('?').next().unwrap().to_owned();
    let r = c
        .post(app.url(&format!("{other}/book")))
        .form(&[("csrf", t.as_str()), ("kind", "start"), ("place", ""), ("slot", slot.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("This time was just taken"));
    // The person's page lists it; cancel asks first; the outcome is recorded.
    let show = c.get(app.url(&loc)).send().await.unwrap().text().await.unwrap();
    assert!(show.contains("The coaching was booked"));
    let appt = common::between(&show, "/staff/appointments/", "/").unwrap().to_owned();
    assert!(show.contains(&format!("/staff/appointments/{appt}/cancel")));
    assert_eq!(c.get(app.url(&format!("/staff/appointments/{appt}/cancel"))).send().await.unwrap().status(), 200);
    let outcome = c.get(app.url(&format!("/staff/appointments/{appt}/outcome"))).send().await.unwrap();
    assert_eq!(outcome.status(), 200);
    let r = c
        .post(app.url(&format!("/staff/appointments/{appt}/outcome")))
        .form(&[
            ("csrf", t.as_str()),
            ("status", "held"),
            ("topics", "housing"),
            ("handed_out", "brochure (ti)"),
            ("referrals", ""),
            ("notes", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let show = c.get(app.url(&person)).send().await.unwrap().text().await.unwrap();
    assert!(show.contains("Took place"));
    // A desk agent may book and cancel but not record outcomes.
    let d = app.login_as("desk").await;
    assert_eq!(d.get(app.url(&format!("/staff/appointments/{appt}/outcome"))).send().await.unwrap().status(), 403);
    assert_eq!(d.get(app.url(&format!("{other}/book"))).send().await.unwrap().status(), 200);
    // The coordinator sees the languages covered by place and day.
    let co = app.login_as("coordinator").await;
    let cov = co.get(app.url("/staff/coaching/coverage")).send().await.unwrap().text().await.unwrap();
    assert!(cov.contains("Immigration office") && cov.contains("العربية"));
    app.stop().await;
});

both_backends!(a_newcomer_books_alone_in_arabic, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let page = c.get(app.url("/ar/coaching")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("<html lang=\"ar\" dir=\"rtl\">"));
    // Unknown kind: the first page again, with the error.
    let r = c.get(app.url("/ar/coaching/times?kind=desk_follow_up&language=ar&place=")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let times =
        c.get(app.url("/ar/coaching/times?kind=start&language=ar&place=")).send().await.unwrap().text().await.unwrap();
    let slot = common::between(&times, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let q = [("kind", "start"), ("language", "ar"), ("place", ""), ("slot", slot.as_str())];
    let details = c.get(app.url("/ar/coaching/details")).query(&q).send().await.unwrap().text().await.unwrap();
    let t = common::extract_csrf(&details).unwrap();
    let mut form: Vec<(&str, &str)> = vec![
        ("csrf", t.as_str()),
        ("kind", "start"),
        ("language", "ar"),
        ("place", ""),
        ("slot", slot.as_str()),
        ("full_name", "رنا الأحمد"),
        ("birth_day", ""),
        ("birth_month", ""),
        ("birth_year", "1994"),
    ];
    // No way to reach the person and no consent: both said, nothing stored.
    let r = c.post(app.url("/ar/coaching/check")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#f-phone\"") && html.contains("href=\"#f-consent_basic\""));
    assert!(
        html.contains("ضع علامة في المربع لتوافق على أن تحتفظ خدمة الترحيب ببياناتك الأساسية"),
        "addressed to the newcomer"
    );
    assert_eq!(app.store.count_people().await.unwrap(), 0);
    form.extend([("phone", "+46 70 555 12 34"), ("email", ""), ("consent_basic", "on"), ("consent_reminders", "on")]);
    let check = c.post(app.url("/ar/coaching/check")).form(&form).send().await.unwrap();
    assert_eq!(check.status(), 200);
    assert!(check.text().await.unwrap().contains("رنا الأحمد"), "check your answers");
    assert_eq!(app.store.count_people().await.unwrap(), 0, "nothing sent before the confirmation");
    let r = c.post(app.url("/ar/coaching/book")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let loc = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(loc.starts_with("/ar/coaching/appointment/") && loc.ends_with("?done=booked"));
    let conf = c.get(app.url(&loc)).send().await.unwrap().text().await.unwrap();
    assert!(conf.contains("Immigration office") || conf.contains("Welcome Desk"));
    assert_eq!(app.store.count_people().await.unwrap(), 1);
    let found = welcomedesk_web::register::search(&app.store, "Rana Al-Ahmad", None, 5).await.unwrap();
    let p = app.store.read_person(found[0].person.id, None, "person.read").await.unwrap();
    assert_eq!(p.source, "public");
    assert!(p.consents.iter().any(|c| c.purpose == "basic" && c.channel == "online" && c.text_language == "ar"));
    assert!(p.has_consent(welcomedesk_domain::consent::Purpose::Reminders));
    // Someone else trying the same time now gets the clear answer, and no record is kept.
    let other = app.client();
    let d2 = other.get(app.url("/ar/coaching/details")).query(&q).send().await.unwrap().text().await.unwrap();
    let t2 = common::extract_csrf(&d2).unwrap();
    let mut f2 = form.clone();
    f2[0] = ("csrf", t2.as_str());
    f2[5] = ("full_name", "Omar Second");
    let r = other.post(app.url("/ar/coaching/book")).form(&f2).send().await.unwrap();
    assert_eq!(r.status(), 409);
    assert_eq!(app.store.count_people().await.unwrap(), 1, "the failed booking left nothing behind");
    // Cancel with the private link; the time is free again.
    let token = loc.trim_start_matches("/ar/coaching/appointment/").trim_end_matches("?done=booked").to_owned();
    let ct = common::extract_csrf(&conf).unwrap();
    let r = c
        .post(app.url(&format!("/ar/coaching/appointment/{token}/cancel")))
        .form(&[("csrf", ct.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let after =
        c.get(app.url(&format!("/ar/coaching/appointment/{token}"))).send().await.unwrap().text().await.unwrap();
    assert!(after.contains("class=\"warning-text\""), "shown as cancelled");
    let r = other.post(app.url("/ar/coaching/book")).form(&f2).send().await.unwrap();
    assert_eq!(r.status(), 303, "the time is free again");
    assert_eq!(c.get(app.url("/ar/coaching/appointment/not-a-real-token")).send().await.unwrap().status(), 404);
    app.stop().await;
});

both_backends!(confirmation_email_with_calendar_file_over_real_smtp, |b| async move {
    let app = TestApp::spawn(b).await;
    let sink = common::SmtpSink::start().await;
    let c = app.client();
    let times =
        c.get(app.url("/uk/coaching/times?kind=start&language=uk&place=")).send().await.unwrap().text().await.unwrap();
    let slot = common::between(&times, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let q = [("kind", "start"), ("language", "uk"), ("place", ""), ("slot", slot.as_str())];
    let details = c.get(app.url("/uk/coaching/details")).query(&q).send().await.unwrap().text().await.unwrap();
    let t = common::extract_csrf(&details).unwrap();
    let form = [
        ("csrf", t.as_str()),
        ("kind", "start"),
        ("language", "uk"),
        ("place", ""),
        ("slot", slot.as_str()),
        ("full_name", "Олена Коваленко"),
        ("birth_year", "1985"),
        ("email", "olena@example.org"),
        ("consent_basic", "on"),
    ];
    let r = c.post(app.url("/uk/coaching/book")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    // Queued with the booking; nothing is lost if the mail server is down.
    let down = welcomedesk_web::mail::Mailer::new("smtp://127.0.0.1:9", "welcome@demo-city.example").unwrap();
    let (sent, failed) = welcomedesk_web::mail::deliver_due(&app.store, &down, jiff::Timestamp::now()).await.unwrap();
    assert_eq!((sent, failed), (0, 1));
    let q = app.store.list_outbox(10).await.unwrap();
    assert_eq!((q[0].status.as_str(), q[0].attempts), ("pending", 1));
    assert!(q[0].last_error.is_some());
    // Retried later against the real (loopback) server: delivered once.
    let mailer = welcomedesk_web::mail::Mailer::new(&sink.url, "Welcome service <welcome@demo-city.example>").unwrap();
    let later = jiff::Timestamp::now() + jiff::SignedDuration::from_mins(10);
    assert_eq!(welcomedesk_web::mail::deliver_due(&app.store, &mailer, later).await.unwrap(), (1, 0));
    assert_eq!(welcomedesk_web::mail::deliver_due(&app.store, &mailer, later).await.unwrap(), (0, 0), "never twice");
    let msgs = sink.messages.lock().unwrap().clone();
    assert_eq!(msgs.len(), 1);
    let m = &msgs[0];
    assert!(m.contains("To: olena@example.org"), "{m}");
    assert!(m.contains("text/calendar"), "an iCalendar attachment");
    assert!(m.to_lowercase().contains("subject: =?utf-8?"), "the subject in Ukrainian, encoded: {m}");
    assert_eq!(app.store.list_outbox(10).await.unwrap()[0].status, "sent");
    let ics = app.store.list_outbox(10).await.unwrap()[0].ics.clone().unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("DTSTART:") && ics.contains("END:VEVENT"));
    assert!(
        ics.contains("/uk/coaching/appointment/")
            || app.store.list_outbox(10).await.unwrap()[0].body.contains("/uk/coaching/appointment/")
    );
    app.stop().await;
});

both_backends!(reminders_the_day_before_only_with_consent, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let c = app.client();
    let mk = |name: &str, consents: Vec<&str>| {
        json!({"full_name": name, "birth_date": "1990", "citizenship": "SY", "languages": ["ar"], "email": "p@example.org",
               "consents": consents, "text_language": "ar", "confirm_new": true})
    };
    let yes: Value = c
        .post(app.url("/api/v1/people"))
        .bearer_auth(&coord)
        .json(&mk("Wants Reminders", vec!["basic", "reminders"]))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let no: Value = c
        .post(app.url("/api/v1/people"))
        .bearer_auth(&coord)
        .json(&mk("No Reminders Please", vec!["basic"]))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let now = jiff::Timestamp::now();
    for (i, p) in [&yes, &no].iter().enumerate() {
        let start = now + jiff::SignedDuration::from_hours(24) + jiff::SignedDuration::from_mins(60 * i as i64);
        let (s, e) = (
            welcomedesk_store::time::to_db(start),
            welcomedesk_store::time::to_db(start + jiff::SignedDuration::from_mins(45)),
        );
        let units = vec![s.clone()];
        app.store
            .book_appointment(
                &welcomedesk_store::coaching::NewAppointment {
                    reference: &format!("REM{i}"),
                    person: uuid::Uuid::parse_str(p["id"].as_str().unwrap()).unwrap(),
                    counsellor: uuid::Uuid::parse_str(&counsellor).unwrap(),
                    place: uuid::Uuid::parse_str(&place).unwrap(),
                    kind: "start",
                    starts_at: &s,
                    ends_at: &e,
                    language: Some("ar"),
                    interpreter_needed: false,
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
    }
    assert_eq!(
        welcomedesk_web::mail::queue_reminders(&app.state, now).await.unwrap(),
        1,
        "only with the reminders consent"
    );
    assert_eq!(welcomedesk_web::mail::queue_reminders(&app.state, now).await.unwrap(), 0, "once");
    let q = app.store.list_outbox(10).await.unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, "reminder");
    assert!(q[0].body.contains("REM0"));
    app.stop().await;
});

both_backends!(no_slots_while_the_counsellor_is_away, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let c = app.client();
    let m = monday();
    let slots = |c: reqwest::Client, url: String, tok: String| async move {
        let v: Vec<Value> = c.get(url).bearer_auth(tok).send().await.unwrap().json().await.unwrap();
        v
    };
    let url = app.url(&format!("/api/v1/coaching/slots?language=ar&kind=start&place={place}&from={m}T08:00&days=1"));
    assert!(!slots(c.clone(), url.clone(), coord.clone()).await.is_empty());
    let bad = c
        .post(app.url(&format!("/api/v1/counsellors/{counsellor}/absences")))
        .bearer_auth(&coord)
        .json(&json!({"from": m, "to": "2000-01-01", "reason": "sick"}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    let r = c
        .post(app.url(&format!("/api/v1/counsellors/{counsellor}/absences")))
        .bearer_auth(&coord)
        .json(&json!({"from": m, "to": m, "reason": "sick"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    assert!(slots(c.clone(), url, coord.clone()).await.is_empty(), "nothing offered on a day away");
    app.stop().await;
});

both_backends!(follow_up_invitations_by_email_or_letter, |b| async move {
    let app = TestApp::spawn(b).await;
    let coord = app.token_for("coordinator").await;
    let c = app.client();
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::get("Europe/Stockholm").unwrap()).date();
    let permit = today.checked_sub(jiff::Span::new().years(2)).unwrap().checked_add(jiff::Span::new().days(5)).unwrap();
    let with_mail = json!({"full_name": "Mail Person", "birth_date": "1980", "citizenship": "IQ", "languages": ["ar"], "permit_issued_on": permit.to_string(),
        "email": "mail@example.org", "consents": ["basic", "reminders"], "text_language": "ar", "confirm_new": true});
    let no_mail = json!({"full_name": "Letter Person", "birth_date": "1981", "citizenship": "AF", "languages": ["prs"], "permit_issued_on": permit.to_string(),
        "consents": ["basic"], "text_language": "fa", "confirm_new": true});
    for body in [with_mail, no_mail] {
        assert_eq!(
            c.post(app.url("/api/v1/people")).bearer_auth(&coord).json(&body).send().await.unwrap().status(),
            201
        );
    }
    let s = app.login_as("counsellor").await;
    let page = s.get(app.url("/staff/coaching/follow-ups")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Mail Person") && page.contains("Letter Person"));
    let t = common::extract_csrf(&page).unwrap();
    let r = s
        .post(app.url("/staff/coaching/follow-ups/invite"))
        .form(&[("csrf", t.as_str()), ("within_days", "30")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.replace(['\u{2068}', '\u{2069}'], "").contains("1 person was invited by e-mail."));
    // The letter is in the person's language (Dari readers get Persian), right to left.
    assert!(html.contains("<article class=\"letter\" lang=\"fa\" dir=\"rtl\""), "{html}");
    assert!(html.contains("/fa/coaching?kind=follow_up"), "the letter says where to book");
    let q = app.store.list_outbox(10).await.unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, "invitation");
    assert_eq!(q[0].to_address, "mail@example.org");
    let page = s.get(app.url("/staff/coaching/follow-ups")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Invited on"), "the list shows who was invited");
    app.stop().await;
});

/// Books the first free time on the public website in `lang`; returns (client, private
/// link path without `?done`, the slot value booked).
async fn book_publicly(app: &TestApp, lang: &str, email: &str) -> (reqwest::Client, String, String) {
    let c = app.client();
    let times = c
        .get(app.url(&format!("/{lang}/coaching/times?kind=start&language={lang}&place=")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let slot = common::between(&times, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let q = [("kind", "start"), ("language", lang), ("place", ""), ("slot", slot.as_str())];
    let details =
        c.get(app.url(&format!("/{lang}/coaching/details"))).query(&q).send().await.unwrap().text().await.unwrap();
    let t = common::extract_csrf(&details).unwrap();
    let form = [
        ("csrf", t.as_str()),
        ("kind", "start"),
        ("language", lang),
        ("place", ""),
        ("slot", slot.as_str()),
        ("full_name", "Mover Person"),
        ("birth_year", "1990"),
        ("email", email),
        ("consent_basic", "on"),
    ];
    let r = c.post(app.url(&format!("/{lang}/coaching/book"))).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let loc = r.headers()["location"].to_str().unwrap().trim_end_matches("?done=booked").to_owned();
    (c, loc, slot)
}

both_backends!(a_newcomer_moves_the_appointment_with_the_link, |b| async move {
    let app = TestApp::spawn(b).await;
    let (c, link, first_slot) = book_publicly(&app, "fr", "mover@example.org").await;
    let conf = c.get(app.url(&link)).send().await.unwrap().text().await.unwrap();
    assert!(conf.contains(&format!("href=\"{link}/move\"")), "the confirmation links to moving");
    let page = c.get(app.url(&format!("{link}/move"))).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Choisir un nouvel horaire"), "in the page's language");
    let slots: Vec<String> =
        html.split("name=\"slot\" value=\"").skip(1).map(|s| s.split('"').next().unwrap().to_owned()).collect();
    assert!(slots.len() >= 3);
    assert!(!slots.contains(&first_slot), "the person's own time is not offered again");
    let csrf = common::extract_csrf(&html).unwrap();
    // A time someone else takes meanwhile: refused with the clear answer; the old
    // appointment is untouched.
    let taken = slots[0].clone();
    let coord = app.token_for("coordinator").await;
    let other = person(&app, &coord, "Someone Else", "fr").await;
    let parts: Vec<&str> = taken.split('|').collect();
    let r = c
        .post(app.url("/api/v1/appointments"))
        .bearer_auth(&coord)
        .json(&json!({"person_id": other, "counsellor_id": parts[0], "place_id": parts[1], "kind": "start", "start": parts[2]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let r = c
        .post(app.url(&format!("{link}/move")))
        .form(&[("csrf", csrf.as_str()), ("slot", taken.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#f-slot\""), "the error summary points at the times");
    let found = welcomedesk_web::register::search(&app.store, "Mover Person", None, 5).await.unwrap();
    let pid = found[0].person.id;
    let before = app.store.appointments_of_person(pid).await.unwrap();
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].status, "booked", "still booked at the old time");
    // The answer offers fresh times (without the taken one); one of them: moved in one
    // step; the same link shows the new time.
    let fresh: Vec<String> =
        html.split("name=\"slot\" value=\"").skip(1).map(|s| s.split('"').next().unwrap().to_owned()).collect();
    assert!(!fresh.is_empty() && !fresh.contains(&taken));
    let target = fresh[0].clone();
    let r = c
        .post(app.url(&format!("{link}/move")))
        .form(&[("csrf", csrf.as_str()), ("slot", target.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("{link}?done=moved"));
    let after = app.store.appointments_of_person(pid).await.unwrap();
    let live: Vec<_> = after.iter().filter(|a| a.status == "booked").collect();
    assert_eq!(live.len(), 1);
    assert_eq!(after.iter().filter(|a| a.status == "cancelled").count(), 1);
    let want: jiff::civil::DateTime = target.split('|').nth(2).unwrap().parse().unwrap();
    let tz = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
    assert_eq!(welcomedesk_web::coaching::to_civil(&tz, &live[0].starts_at).unwrap(), want);
    let shown = c.get(app.url(&format!("{link}?done=moved"))).send().await.unwrap().text().await.unwrap();
    assert!(shown.contains("Votre rendez-vous a été déplacé"));
    // The old time is free for others again.
    let times =
        c.get(app.url("/fr/coaching/times?kind=start&language=fr&place=")).send().await.unwrap().text().await.unwrap();
    assert!(times.contains(&first_slot), "the old time is offered again");
    // A confirmation of the new time is queued (one per appointment).
    let q = app.store.list_outbox(10).await.unwrap();
    assert_eq!(q.iter().filter(|m| m.kind == "confirmation").count(), 2);
    // Cancelling with the same link cancels the new appointment.
    let r = c.post(app.url(&format!("{link}/cancel"))).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(app.store.appointments_of_person(pid).await.unwrap().iter().all(|a| a.status == "cancelled"));
    assert_eq!(c.get(app.url(&format!("{link}/move"))).send().await.unwrap().status(), 404, "nothing left to move");
    app.stop().await;
});

/// A real HTTP SMS gateway on loopback: answers 503 to the first `fail` requests, then
/// 200; records (authorization header, JSON body) of every request.
struct SmsSink {
    url: String,
    got: std::sync::Arc<std::sync::Mutex<Vec<(String, Value)>>>,
}

async fn sms_sink(fail: usize) -> SmsSink {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let got = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let g = got.clone();
    tokio::spawn(async move {
        let mut n = 0;
        loop {
            let Ok((sock, _)) = listener.accept().await else { return };
            let mut r = BufReader::new(sock);
            let (mut len, mut auth) = (0usize, String::new());
            loop {
                let mut line = String::new();
                if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                    break;
                }
                let l = line.trim_end().to_owned();
                if l.is_empty() {
                    break;
                }
                let lower = l.to_ascii_lowercase();
                if let Some(v) = lower.strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap();
                }
                if lower.starts_with("authorization:") {
                    auth = l["authorization:".len()..].trim().to_owned();
                }
            }
            let mut body = vec![0u8; len];
            r.read_exact(&mut body).await.unwrap();
            g.lock().unwrap().push((auth, serde_json::from_slice(&body).unwrap()));
            n += 1;
            let status = if n <= fail { "503 Service Unavailable" } else { "200 OK" };
            let reply = format!("HTTP/1.1 {status}\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok");
            let _ = r.into_inner().write_all(reply.as_bytes()).await;
        }
    });
    SmsSink { url: format!("http://127.0.0.1:{port}/send"), got }
}

both_backends!(sms_invitations_and_reminders_through_a_real_http_gateway, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let c = app.client();
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::get("Europe/Stockholm").unwrap()).date();
    let permit = today.checked_sub(jiff::Span::new().years(2)).unwrap().checked_add(jiff::Span::new().days(5)).unwrap();
    // A phone number and the messages consent, no e-mail: invited by SMS, in Ukrainian.
    let body = json!({"full_name": "Phone Person", "birth_date": "1980", "citizenship": "UA", "languages": ["uk"],
        "permit_issued_on": permit.to_string(), "phone": "+46 70 111 22 33", "consents": ["basic", "reminders"],
        "text_language": "uk", "confirm_new": true});
    let r = c.post(app.url("/api/v1/people")).bearer_auth(&coord).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let pid = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let s = app.login_as("counsellor").await;
    let page = s.get(app.url("/staff/coaching/follow-ups")).send().await.unwrap().text().await.unwrap();
    let t = common::extract_csrf(&page).unwrap();
    let invite = || {
        s.post(app.url("/staff/coaching/follow-ups/invite")).form(&[("csrf", t.as_str()), ("within_days", "30")]).send()
    };
    let html = invite().await.unwrap().text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("1 person was invited by SMS."), "{html}");
    // A second click sends nothing again.
    let html = invite().await.unwrap().text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("1 person was already invited for this period."), "{html}");
    let q = app.store.list_outbox(10).await.unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].kind.as_str(), q[0].channel.as_str()), ("invitation", "sms"));
    // Tomorrow's appointment: a reminder by SMS too.
    let start = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24);
    let (st, en) = (
        welcomedesk_store::time::to_db(start),
        welcomedesk_store::time::to_db(start + jiff::SignedDuration::from_mins(45)),
    );
    app.store
        .book_appointment(
            &welcomedesk_store::coaching::NewAppointment {
                reference: "SMS1",
                person: uuid::Uuid::parse_str(&pid).unwrap(),
                counsellor: uuid::Uuid::parse_str(&counsellor).unwrap(),
                place: uuid::Uuid::parse_str(&place).unwrap(),
                kind: "follow_up",
                starts_at: &st,
                ends_at: &en,
                language: Some("uk"),
                interpreter_needed: false,
                children_count: 0,
                children_ages: None,
                matter: None,
                via: "staff",
                cancel_token_hash: None,
                units: std::slice::from_ref(&st),
            },
            None,
        )
        .await
        .unwrap();
    assert_eq!(welcomedesk_web::mail::queue_reminders(&app.state, jiff::Timestamp::now()).await.unwrap(), 1);
    // E-mail delivery leaves SMS alone.
    let smtp = common::SmtpSink::start().await;
    let mailer = welcomedesk_web::mail::Mailer::new(&smtp.url, "welcome@demo-city.example").unwrap();
    assert_eq!(welcomedesk_web::mail::deliver_due(&app.store, &mailer, jiff::Timestamp::now()).await.unwrap(), (0, 0));
    // The gateway is down at first: retried later, never lost.
    let sink = sms_sink(2).await;
    let gw = welcomedesk_web::sms::SmsGateway::new(&sink.url, Some("secret-token")).unwrap();
    let now = jiff::Timestamp::now();
    assert_eq!(welcomedesk_web::sms::deliver_due(&app.store, &gw, now).await.unwrap(), (0, 2));
    assert_eq!(
        welcomedesk_web::sms::deliver_due(&app.store, &gw, now).await.unwrap(),
        (0, 0),
        "not before the back-off"
    );
    let q = app.store.list_outbox(10).await.unwrap();
    assert!(
        q.iter().all(|m| m.status == "pending"
            && m.attempts == 1
            && m.last_error.as_deref() == Some("SMS gateway answered 503 Service Unavailable")),
        "{q:?}"
    );
    let later = now + jiff::SignedDuration::from_mins(10);
    assert_eq!(welcomedesk_web::sms::deliver_due(&app.store, &gw, later).await.unwrap(), (2, 0));
    assert_eq!(welcomedesk_web::sms::deliver_due(&app.store, &gw, later).await.unwrap(), (0, 0), "never twice");
    let got = sink.got.lock().unwrap().clone();
    assert_eq!(got.len(), 4);
    assert!(got.iter().all(|(auth, _)| auth == "Bearer secret-token"));
    let delivered = &got[2..];
    assert!(delivered.iter().all(|(_, b)| b["to"] == "+46701112233" || b["to"] == "+46 70 111 22 33"), "{delivered:?}");
    let texts: Vec<&str> = delivered.iter().map(|(_, b)| b["text"].as_str().unwrap()).collect();
    assert!(
        texts.iter().any(|t| t.contains("/uk/coaching?kind=follow_up")),
        "the invitation says where to book: {texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("SMS1") && t.contains("нагадування")),
        "the reminder, in Ukrainian: {texts:?}"
    );
    // The queue page shows the channel and masks the number.
    let coord_s = app.login_as("coordinator").await;
    let page = coord_s.get(app.url("/staff/outbox")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("***33") && !page.contains("111 22 33") && !page.contains("11122"), "masked");
    assert!(page.contains(">SMS<"));
    assert!(welcomedesk_web::sms::SmsGateway::new("ftp://x.example/send", None).is_err());
    app.stop().await;
});

both_backends!(invitation_letters_as_a_printable_pdf, |b| async move {
    let app = TestApp::spawn(b).await;
    let coord = app.token_for("coordinator").await;
    let c = app.client();
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::get("Europe/Stockholm").unwrap()).date();
    let permit = today.checked_sub(jiff::Span::new().years(2)).unwrap().checked_add(jiff::Span::new().days(3)).unwrap();
    let body = json!({"full_name": "Letter Reader", "birth_date": "1970", "citizenship": "AF", "languages": ["prs"],
        "permit_issued_on": permit.to_string(), "address": "Parkvägen 12, 123 47 Lindholm", "consents": ["basic"],
        "text_language": "fa", "confirm_new": true});
    let r = c.post(app.url("/api/v1/people")).bearer_auth(&coord).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let pid = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let s = app.login_as("counsellor").await;
    let page = s.get(app.url("/staff/coaching/follow-ups")).send().await.unwrap().text().await.unwrap();
    let t = common::extract_csrf(&page).unwrap();
    let html = s
        .post(app.url("/staff/coaching/follow-ups/invite"))
        .form(&[("csrf", t.as_str()), ("within_days", "30"), ("person", pid.as_str())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let href = format!("/staff/coaching/follow-ups/letters.pdf?person={pid}");
    assert!(html.contains(&href), "{html}");
    let r = s.get(app.url(&href)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    assert!(r.headers()["cache-control"].to_str().unwrap().contains("no-store"), "never kept by a cache");
    let pdf = r.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    // Reading the address for the letter is audited.
    let history = app.store.person_history(uuid::Uuid::parse_str(&pid).unwrap()).await.unwrap();
    assert!(history.iter().any(|h| h.action == "person.letter"), "{history:?}");
    // Only counsellors and the coordinator; bad ids are not found.
    let desk = app.login_as("desk").await;
    assert_eq!(desk.get(app.url(&href)).send().await.unwrap().status(), 403);
    assert_eq!(s.get(app.url("/staff/coaching/follow-ups/letters.pdf?person=x")).send().await.unwrap().status(), 404);
    app.stop().await;
});

both_backends!(staff_move_an_appointment_over_the_api, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let c = app.client();
    let amal = person(&app, &coord, "Amal Mover", "ar").await;
    let other = person(&app, &coord, "Other Person", "ar").await;
    let m = monday();
    let book = |p: &str, at: &str| json!({"person_id": p, "counsellor_id": counsellor, "place_id": place, "kind": "start", "start": format!("{m}T{at}")});
    let a: Value = c
        .post(app.url("/api/v1/appointments"))
        .bearer_auth(&coord)
        .json(&book(&amal, "08:00"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let b2 =
        c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&book(&other, "10:00")).send().await.unwrap();
    assert_eq!(b2.status(), 201);
    let id = a["id"].as_str().unwrap();
    let mv = |at: &str| json!({"counsellor_id": counsellor, "place_id": place, "start": format!("{m}T{at}")});
    // Onto the other person's time: refused, nothing changes.
    let r = c
        .post(app.url(&format!("/api/v1/appointments/{id}/move")))
        .bearer_auth(&coord)
        .json(&mv("10:00"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let aid = uuid::Uuid::parse_str(id).unwrap();
    assert_eq!(app.store.find_appointment(aid).await.unwrap().status, "booked");
    // Half an hour later (overlapping its own old time): moved.
    let r = c
        .post(app.url(&format!("/api/v1/appointments/{id}/move")))
        .bearer_auth(&coord)
        .json(&mv("08:30"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let n: Value = r.json().await.unwrap();
    assert_eq!(n["start"], format!("{m}T08:30:00"));
    assert_eq!(app.store.find_appointment(aid).await.unwrap().status, "cancelled");
    // The old appointment cannot be moved again.
    let r = c
        .post(app.url(&format!("/api/v1/appointments/{id}/move")))
        .bearer_auth(&coord)
        .json(&mv("11:00"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    // Only the moved and the other appointment hold the counsellor's time now.
    let live: Vec<_> = app
        .store
        .appointments_of_person(uuid::Uuid::parse_str(&amal).unwrap())
        .await
        .unwrap()
        .into_iter()
        .filter(|a| a.status == "booked")
        .collect();
    assert_eq!(live.len(), 1);
    let busy = app.store.counsellor_busy("2000-01-01T00:00:00", "2100-01-01T00:00:00").await.unwrap();
    assert_eq!(busy.len(), 2, "{busy:?}");
    // Desk staff may move too (they book); a trainer may not.
    let trainer = app.token_for("trainer").await;
    let nid = n["id"].as_str().unwrap();
    let r = c
        .post(app.url(&format!("/api/v1/appointments/{nid}/move")))
        .bearer_auth(&trainer)
        .json(&mv("11:00"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    app.stop().await;
});

both_backends!(each_kind_has_a_duration_and_places_where_it_is_offered, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, _counsellor, coord) = setup(&app).await;
    let c = app.client();
    let m = monday();
    let second: Value = c
        .post(app.url("/api/v1/places"))
        .bearer_auth(&coord)
        .json(&json!({"name": "City hall desk", "address": "Square 2", "issues_permits": false}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let second = second["id"].as_str().unwrap().to_owned();
    let slots = |c: reqwest::Client, tok: String| {
        let url = app.url(&format!("/api/v1/coaching/slots?language=ar&kind=follow_up&from={m}T08:00&days=1"));
        async move {
            let v: Vec<Value> = c.get(url).bearer_auth(tok).send().await.unwrap().json().await.unwrap();
            v
        }
    };
    let before = slots(c.clone(), coord.clone()).await;
    assert!(!before.is_empty());
    let len = |s: &Value| {
        let a: jiff::civil::DateTime = s["start"].as_str().unwrap().parse().unwrap();
        let b: jiff::civil::DateTime = s["end"].as_str().unwrap().parse().unwrap();
        a.duration_until(b).as_mins()
    };
    assert_eq!(len(&before[0]), 45);
    let put =
        |body: Value| c.put(app.url("/api/v1/appointment-kinds/follow_up")).bearer_auth(&coord).json(&body).send();
    // A longer follow-up, offered only at the city hall (where nobody works yet): no slots.
    assert_eq!(put(json!({"minutes": 90, "place_ids": [second]})).await.unwrap().status(), 204);
    assert!(slots(c.clone(), coord.clone()).await.is_empty(), "not offered at the office any more");
    // Offered at the office again: 90-minute slots.
    assert_eq!(put(json!({"minutes": 90, "place_ids": [place, second]})).await.unwrap().status(), 204);
    let after = slots(c.clone(), coord.clone()).await;
    assert!(!after.is_empty());
    assert!(after.iter().all(|s| len(s) == 90 && s["place_id"] == place.as_str()));
    let kinds: Vec<Value> =
        c.get(app.url("/api/v1/appointment-kinds")).bearer_auth(&coord).send().await.unwrap().json().await.unwrap();
    let fu = kinds.iter().find(|k| k["kind"] == "follow_up").unwrap();
    assert_eq!(fu["minutes"], 90);
    assert_eq!(fu["place_ids"].as_array().unwrap().len(), 2);
    // Bad input changes nothing.
    assert_eq!(put(json!({"minutes": 50})).await.unwrap().status(), 422);
    assert_eq!(put(json!({"minutes": 60, "place_ids": [uuid::Uuid::now_v7()]})).await.unwrap().status(), 422);
    let r = c
        .put(app.url("/api/v1/appointment-kinds/nothing"))
        .bearer_auth(&coord)
        .json(&json!({"minutes": 60}))
        .send()
        .await;
    assert_eq!(r.unwrap().status(), 404);
    let kinds: Vec<Value> =
        c.get(app.url("/api/v1/appointment-kinds")).bearer_auth(&coord).send().await.unwrap().json().await.unwrap();
    assert_eq!(kinds.iter().find(|k| k["kind"] == "follow_up").unwrap()["minutes"], 90, "unchanged");
    // Only the coordinator sets kinds.
    let counsellor_tok = app.token_for("counsellor").await;
    let r = c
        .put(app.url("/api/v1/appointment-kinds/follow_up"))
        .bearer_auth(&counsellor_tok)
        .json(&json!({"minutes": 30}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    app.stop().await;
});

async fn slots(app: &TestApp, tok: &str, query: &str) -> Vec<Value> {
    let r =
        app.client().get(app.url(&format!("/api/v1/coaching/slots?{query}"))).bearer_auth(tok).send().await.unwrap();
    assert_eq!(r.status(), 200, "{query}");
    r.json().await.unwrap()
}

both_backends!(the_coordinator_keeps_counsellors_on_the_pages_and_in_the_api, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let m = monday();
    let co = app.login_as("coordinator").await;
    let me = app.store.find_staff_by_email(demo_email("coordinator")).await.unwrap().id;
    let list = co.get(app.url("/staff/coaching/counsellors")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains(&format!("/staff/coaching/counsellors/{counsellor}")), "the demo counsellor is listed");
    assert!(list.contains(&format!("value=\"{me}\"")), "the coordinator may become a counsellor");
    let t = common::extract_csrf(&list).unwrap();
    // A staff member who may not counsel: refused with the message, nothing written.
    let desk = app.store.find_staff_by_email(demo_email("desk")).await.unwrap().id.to_string();
    let r = co
        .post(app.url("/staff/coaching/counsellors"))
        .form(&[("csrf", t.as_str()), ("staff", desk.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-staff\""));
    assert!(app.store.counsellor_setup(desk.parse().unwrap(), "2000-01-01").await.is_err());
    let r = co
        .post(app.url("/staff/coaching/counsellors"))
        .form(&[("csrf", t.as_str()), ("staff", me.to_string().as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let page_url = format!("/staff/coaching/counsellors/{me}");
    assert_eq!(r.headers()["location"], page_url.as_str());
    // Languages with level and kinds: a wrong code comes back with the typed text, nothing saved.
    let r = co
        .post(app.url(&page_url))
        .form(&[("csrf", t.as_str()), ("native", "so, xx"), ("fluent", "en"), ("kinds", "start")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#f-native\"") && html.contains("value=\"so, xx\""));
    assert!(app.store.counsellor_setup(me, "2000-01-01").await.unwrap().languages.is_empty());
    let r = co
        .post(app.url(&page_url))
        .form(&[
            ("csrf", t.as_str()),
            ("native", "so"),
            ("fluent", "en, ar"),
            ("kinds", "start"),
            ("kinds", "individual_module"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let s = app.store.counsellor_setup(me, "2000-01-01").await.unwrap();
    let langs: Vec<(&str, &str)> = s.languages.iter().map(|(l, v)| (l.as_str(), v.as_str())).collect();
    assert_eq!(langs, [("so", "native"), ("ar", "fluent"), ("en", "fluent")]);
    assert_eq!(s.kinds, ["individual_module", "start"]);
    // Weekly hours: the end before the start is refused at its field; then a block on Mondays.
    let place_s = place.as_str();
    let r = co
        .post(app.url(&format!("{page_url}/hours")))
        .form(&[("csrf", t.as_str()), ("weekday", "1"), ("from", "12:00"), ("to", "09:00"), ("place", place_s)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-to\""));
    assert!(app.store.counsellor_setup(me, "2000-01-01").await.unwrap().hours.is_empty());
    let r = co
        .post(app.url(&format!("{page_url}/hours")))
        .form(&[("csrf", t.as_str()), ("weekday", "1"), ("from", "13:00"), ("to", "16:00"), ("place", place_s)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // Somali is now offered on Mondays from 13:00 with the coordinator, without an interpreter.
    let q = format!("language=so&kind=start&place={place}&from={m}T08:00&days=1");
    let so = slots(&app, &coord, &q).await;
    assert_eq!(so[0]["start"], format!("{m}T13:00:00"));
    assert_eq!(so[0]["counsellor_id"], me.to_string());
    assert_eq!(so[0]["interpreter_needed"], false);
    // The API shows the same counsellor, with ids.
    let got: Value = app
        .client()
        .get(app.url(&format!("/api/v1/counsellors/{me}")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(got["hours"][0]["from"], "13:00");
    assert_eq!(got["languages"][0], json!({"language": "so", "level": "native"}));
    // Sick on that Monday: the date range is checked, then no slot with the coordinator.
    let r = co
        .post(app.url(&format!("{page_url}/absences")))
        .form(&[("csrf", t.as_str()), ("absence_from", m.as_str()), ("absence_to", "2020-01-01"), ("reason", "sick")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-absence_to\""));
    let r = co
        .post(app.url(&format!("{page_url}/absences")))
        .form(&[("csrf", t.as_str()), ("absence_from", m.as_str()), ("absence_to", m.as_str()), ("reason", "sick")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert!(slots(&app, &coord, &q).await.iter().all(|s| s["counsellor_id"] != me.to_string()));
    let page = co.get(app.url(&page_url)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Sick leave"));
    let absence = common::between(&page, "/absences/", "/remove").unwrap().to_owned();
    let r = co
        .post(app.url(&format!("{page_url}/absences/{absence}/remove")))
        .form(&[("csrf", t.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(slots(&app, &coord, &q).await[0]["counsellor_id"], me.to_string(), "back after the absence is removed");
    let hours = common::between(&page, "/hours/", "/remove").unwrap().to_owned();
    let r = co
        .post(app.url(&format!("{page_url}/hours/{hours}/remove")))
        .form(&[("csrf", t.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert!(slots(&app, &coord, &q).await.iter().all(|s| s["counsellor_id"] != me.to_string()));
    // The same through the API: add and remove hours and absences by id.
    let c = app.client();
    let api = |p: String| app.url(&p);
    let r = c
        .post(api(format!("/api/v1/counsellors/{me}/hours")))
        .bearer_auth(&coord)
        .json(&json!({"weekday": 2, "from": "10:00", "to": "09:00", "place_id": place}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = c
        .post(api(format!("/api/v1/counsellors/{me}/hours")))
        .bearer_auth(&coord)
        .json(&json!({"weekday": 2, "from": "09:00", "to": "10:00", "place_id": uuid::Uuid::now_v7()}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "unknown place");
    let r = c
        .post(api(format!("/api/v1/counsellors/{desk}/hours")))
        .bearer_auth(&coord)
        .json(&json!({"weekday": 2, "from": "09:00", "to": "10:00", "place_id": place}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404, "not a counsellor");
    let r = c
        .post(api(format!("/api/v1/counsellors/{me}/hours")))
        .bearer_auth(&coord)
        .json(&json!({"weekday": 2, "from": "09:00", "to": "10:00", "place_id": place}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let hid = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let r = c
        .post(api(format!("/api/v1/counsellors/{me}/absences")))
        .bearer_auth(&coord)
        .json(&json!({"from": m, "to": m, "reason": "holiday"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let aid = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let all: Vec<Value> =
        c.get(api("/api/v1/counsellors".into())).bearer_auth(&coord).send().await.unwrap().json().await.unwrap();
    let mine = all.iter().find(|x| x["id"] == me.to_string()).unwrap();
    assert_eq!(mine["hours"][0]["id"], hid.as_str());
    assert_eq!(mine["absences"][0]["id"], aid.as_str());
    for (path, ok) in [(format!("hours/{hid}"), 204), (format!("hours/{hid}"), 404), (format!("absences/{aid}"), 204)] {
        let r = c.delete(api(format!("/api/v1/counsellors/{me}/{path}"))).bearer_auth(&coord).send().await.unwrap();
        assert_eq!(r.status(), ok, "{path}");
    }
    let s = app.store.counsellor_setup(me, "2000-01-01").await.unwrap();
    assert!(s.hours.is_empty() && s.absences.is_empty());
    // Counsellors do not manage counsellors.
    let ct = app.token_for("counsellor").await;
    assert_eq!(c.get(api("/api/v1/counsellors".into())).bearer_auth(&ct).send().await.unwrap().status(), 403);
    let cs = app.login_as("counsellor").await;
    assert_eq!(cs.get(app.url("/staff/coaching/counsellors")).send().await.unwrap().status(), 403);
    app.stop().await;
});

both_backends!(kinds_are_offered_where_the_coordinator_says, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let m = monday();
    let c = app.client();
    let hall: Value = c
        .post(app.url("/api/v1/places"))
        .bearer_auth(&coord)
        .json(&json!({"name": "City hall desk", "address": "Square 2"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let hall = hall["id"].as_str().unwrap().to_owned();
    let r = c
        .post(app.url(&format!("/api/v1/counsellors/{counsellor}/hours")))
        .bearer_auth(&coord)
        .json(&json!({"weekday": 1, "from": "13:00", "to": "16:00", "place_id": hall}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let co = app.login_as("coordinator").await;
    let page = co.get(app.url("/staff/coaching/kinds")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("name=\"start_minutes\"") && page.contains("City hall desk"));
    let t = common::extract_csrf(&page).unwrap();
    let base = |start_minutes: &'static str, start_place: String| {
        vec![
            ("csrf", t.clone()),
            ("start_minutes", start_minutes.to_owned()),
            ("start_places", start_place),
            ("follow_up_minutes", "45".to_owned()),
            ("individual_module_minutes", "60".to_owned()),
            ("desk_follow_up_minutes", "30".to_owned()),
        ]
    };
    // A duration off the 15-minute grid, or a place that does not exist: nothing saved.
    for (minutes, p) in [("50", hall.clone()), ("90", uuid::Uuid::now_v7().to_string())] {
        let r = co.post(app.url("/staff/coaching/kinds")).form(&base(minutes, p)).send().await.unwrap();
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("href=\"#f-start_minutes\"") || html.contains("href=\"#f-start_places\""));
    }
    let kinds: Vec<Value> =
        c.get(app.url("/api/v1/appointment-kinds")).bearer_auth(&coord).send().await.unwrap().json().await.unwrap();
    let start = kinds.iter().find(|k| k["kind"] == "start").unwrap();
    assert_eq!((start["minutes"].as_i64(), start["place_ids"].as_array().unwrap().len()), (Some(60), 0));
    // Start coaching: 90 minutes, only at the city hall desk.
    let r = co.post(app.url("/staff/coaching/kinds")).form(&base("90", hall.clone())).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let at_office = slots(&app, &coord, &format!("language=ar&kind=start&place={place}&from={m}T08:00&days=1")).await;
    assert!(at_office.is_empty(), "not offered at the office any more: {at_office:?}");
    let anywhere = slots(&app, &coord, &format!("language=ar&kind=start&from={m}T08:00&days=1")).await;
    assert!(!anywhere.is_empty());
    for s in &anywhere {
        assert_eq!(s["place_id"], hall.as_str());
        let (a, e): (jiff::civil::DateTime, jiff::civil::DateTime) =
            (s["start"].as_str().unwrap().parse().unwrap(), s["end"].as_str().unwrap().parse().unwrap());
        assert_eq!(e.duration_since(a).as_mins(), 90);
    }
    // Follow-up coaching is still offered everywhere.
    assert!(
        !slots(&app, &coord, &format!("language=ar&kind=follow_up&place={place}&from={m}T08:00&days=1"))
            .await
            .is_empty()
    );
    app.stop().await;
});

both_backends!(staff_move_an_appointment_and_the_person_is_told, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let m = monday();
    let c = app.client();
    // A person who agreed to messages and gave only a phone number.
    let p: Value = c
        .post(app.url("/api/v1/people"))
        .bearer_auth(&coord)
        .json(&json!({"full_name": "Amal Haddad", "birth_date": "1990", "citizenship": "SY", "languages": ["ar"],
                      "phone": "+46705551234", "consents": ["basic", "reminders"], "text_language": "ar", "confirm_new": true}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let amal = p["id"].as_str().unwrap().to_owned();
    let other = person(&app, &coord, "Omar Said", "ar").await;
    let book = |who: &str, at: &str| json!({"person_id": who, "counsellor_id": counsellor, "place_id": place, "kind": "start", "start": format!("{m}T{at}")});
    let r =
        c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&book(&amal, "08:00")).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let old = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let r =
        c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&book(&other, "10:00")).send().await.unwrap();
    assert_eq!(r.status(), 201);
    // The person's page offers the move; the move page offers free times (10:00 is taken).
    let s = app.login_as("counsellor").await;
    let show = s.get(app.url(&format!("/staff/people/{amal}"))).send().await.unwrap().text().await.unwrap();
    assert!(show.contains(&format!("/staff/appointments/{old}/move")));
    let page = s
        .get(app.url(&format!("/staff/appointments/{old}/move?place={place}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let t = common::extract_csrf(&page).unwrap();
    let taken = format!("{counsellor}|{place}|{m}T10:00:00");
    assert!(!page.contains(&taken));
    // Half an hour later with the same counsellor overlaps the old time: still offered.
    let later = format!("{counsellor}|{place}|{m}T08:30:00");
    assert!(page.contains(&later), "the appointment being moved does not block its own new time");
    let r = s
        .post(app.url(&format!("/staff/appointments/{old}/move")))
        .form(&[("csrf", t.as_str()), ("place", ""), ("slot", taken.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("This time was just taken"));
    assert_eq!(app.store.find_appointment(old.parse().unwrap()).await.unwrap().status, "booked", "unchanged");
    let before = app.store.list_outbox(100).await.unwrap().len();
    let r = s
        .post(app.url(&format!("/staff/appointments/{old}/move")))
        .form(&[("csrf", t.as_str()), ("place", ""), ("slot", later.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert!(r.headers()["location"].to_str().unwrap().contains("done=moved&reference="));
    assert_eq!(app.store.find_appointment(old.parse().unwrap()).await.unwrap().status, "cancelled");
    let now: Vec<_> = app
        .store
        .appointments_of_person(amal.parse().unwrap())
        .await
        .unwrap()
        .into_iter()
        .filter(|a| a.status == "booked")
        .collect();
    assert_eq!(now.len(), 1);
    assert!(now[0].starts_at.contains("T0") || now[0].starts_at.contains("T1"));
    // She is told by SMS, in Arabic, with the new time.
    let out = app.store.list_outbox(100).await.unwrap();
    assert_eq!(out.len(), before + 1);
    assert_eq!((out[0].channel.as_str(), out[0].kind.as_str()), ("sms", "confirmation"));
    assert_eq!(out[0].to_address, "+46705551234");
    assert!(out[0].body.contains(&now[0].reference) && out[0].body.contains("تم حجز موعدك"), "{}", out[0].body);
    // Moved once: the old appointment cannot be moved again.
    let r = s
        .post(app.url(&format!("/staff/appointments/{old}/move")))
        .form(&[("csrf", t.as_str()), ("place", ""), ("slot", later.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    // A person without the messages consent is moved without a message.
    let other_appt = app.store.appointments_of_person(other.parse().unwrap()).await.unwrap()[0].id;
    let page =
        s.get(app.url(&format!("/staff/appointments/{other_appt}/move"))).send().await.unwrap().text().await.unwrap();
    let slot = common::between(&page, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let before = app.store.list_outbox(100).await.unwrap().len();
    let r = s
        .post(app.url(&format!("/staff/appointments/{other_appt}/move")))
        .form(&[("csrf", t.as_str()), ("place", ""), ("slot", slot.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.list_outbox(100).await.unwrap().len(), before);
    app.stop().await;
});

both_backends!(a_newcomer_with_only_a_phone_gets_the_confirmation_by_sms, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let times =
        c.get(app.url("/so/coaching/times?kind=start&language=so&place=")).send().await.unwrap().text().await.unwrap();
    let slot = common::between(&times, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let q = [("kind", "start"), ("language", "so"), ("place", ""), ("slot", slot.as_str())];
    let details = c.get(app.url("/so/coaching/details")).query(&q).send().await.unwrap().text().await.unwrap();
    let t = common::extract_csrf(&details).unwrap();
    let mut form: Vec<(&str, &str)> = vec![
        ("csrf", t.as_str()),
        ("kind", "start"),
        ("language", "so"),
        ("place", ""),
        ("slot", slot.as_str()),
        ("full_name", "Hodan Warsame"),
        ("birth_day", ""),
        ("birth_month", ""),
        ("birth_year", "1996"),
        ("phone", "+46 70 555 98 76"),
        ("email", ""),
        ("consent_basic", "on"),
    ];
    // Without the messages consent: booked, no SMS.
    let r = c.post(app.url("/so/coaching/book")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(app.store.list_outbox(100).await.unwrap().is_empty());
    // With it: one SMS in Somali with the reference and the private link.
    let times =
        c.get(app.url("/so/coaching/times?kind=start&language=so&place=")).send().await.unwrap().text().await.unwrap();
    let slot2 = common::between(&times, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    form[4] = ("slot", slot2.as_str());
    form[5] = ("full_name", "Faadumo Cali");
    form.push(("consent_reminders", "on"));
    let r = c.post(app.url("/so/coaching/book")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let loc = r.headers()["location"].to_str().unwrap().to_owned();
    let token = loc.trim_start_matches("/so/coaching/appointment/").trim_end_matches("?done=booked").to_owned();
    let out = app.store.list_outbox(100).await.unwrap();
    assert_eq!(out.len(), 1);
    assert_eq!((out[0].channel.as_str(), out[0].kind.as_str()), ("sms", "confirmation"));
    assert!(out[0].to_address.contains("555"));
    assert!(out[0].body.contains("ballantaada waa la qabsaday") && out[0].body.contains(&token), "{}", out[0].body);
    app.stop().await;
});

// ---- issue 4, finishing: matters, topics, places, confirmations of staff bookings -----

/// The demo counsellor also gives individual modules (Mondays 08–12 at the test place).
async fn setup_modules(app: &TestApp) -> (String, String, String) {
    let (place, counsellor, coord) = setup(app).await;
    let r = app
        .client()
        .put(app.url(&format!("/api/v1/counsellors/{counsellor}")))
        .bearer_auth(&coord)
        .json(&json!({"languages": [{"language": "ar", "level": "native"}, {"language": "en", "level": "fluent"}],
                      "kinds": ["start", "follow_up", "individual_module"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    (place, counsellor, coord)
}

async fn get_json(app: &TestApp, tok: &str, path: &str) -> Value {
    app.client().get(app.url(path)).bearer_auth(tok).send().await.unwrap().json().await.unwrap()
}

both_backends!(matters_are_kept_by_the_coordinator_and_required_for_individual_modules, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup_modules(&app).await;
    let c = app.client();
    let matters = get_json(&app, &coord, "/api/v1/coaching/matters").await;
    assert_eq!(matters.as_array().unwrap().len(), 1);
    assert_eq!(matters[0]["slug"], "recognition");
    let recognition = matters[0]["id"].as_str().unwrap().to_owned();
    let topics = get_json(&app, &coord, "/api/v1/coaching/topics").await;
    let housing = topics[0]["id"].as_str().unwrap().to_owned();
    // Bad input: no English title, a bad slug; refused with the fields named, nothing added.
    let r = c
        .post(app.url("/api/v1/coaching/matters"))
        .bearer_auth(&coord)
        .json(&json!({"slug": "Tax Return", "titles": [{"language": "de", "title": "Steuererklärung"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("title_en") && body.contains("slug"), "{body}");
    assert_eq!(get_json(&app, &coord, "/api/v1/coaching/matters").await.as_array().unwrap().len(), 1);
    // Only the coordinator edits the lists.
    let counsellor_tok = app.token_for("counsellor").await;
    let new = json!({"slug": "tax-return", "titles": [{"language": "en", "title": "Tax return"}, {"language": "sv", "title": "Deklaration"}], "sort": 20});
    let r = c.post(app.url("/api/v1/coaching/matters")).bearer_auth(&counsellor_tok).json(&new).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let r = c.post(app.url("/api/v1/coaching/matters")).bearer_auth(&coord).json(&new).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let tax = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let r = c.post(app.url("/api/v1/coaching/matters")).bearer_auth(&coord).json(&new).send().await.unwrap();
    assert_eq!(r.status(), 422, "the slug is taken");
    // Turned off: no longer bookable.
    let off = json!({"titles": [{"language": "en", "title": "Tax returns"}], "active": false, "sort": 20});
    let r =
        c.put(app.url(&format!("/api/v1/coaching/matters/{tax}"))).bearer_auth(&coord).json(&off).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap()["active"], false);
    let amal = person(&app, &coord, "Amal Haddad", "ar").await;
    let m = monday();
    let book = |kind: &str, matter: Option<&str>| json!({"person_id": amal, "counsellor_id": counsellor, "place_id": place, "kind": kind, "start": format!("{m}T08:00"), "matter_id": matter});
    for (body, why) in [
        (book("individual_module", None), "no matter"),
        (book("individual_module", Some(&tax)), "turned off"),
        (book("individual_module", Some(&housing)), "a topic is not a matter"),
        (book("start", Some(&recognition)), "a start coaching has no matter"),
    ] {
        let r = c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&body).send().await.unwrap();
        assert_eq!(r.status(), 422, "{why}");
        assert!(r.text().await.unwrap().contains("matter"), "{why}");
    }
    assert!(app.store.appointments_of_person(amal.parse().unwrap()).await.unwrap().is_empty(), "nothing booked");
    let r = c
        .post(app.url("/api/v1/appointments"))
        .bearer_auth(&counsellor_tok)
        .json(&book("individual_module", Some(&recognition)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "counsellors book");
    let appt = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let a = app.store.find_appointment(appt.parse().unwrap()).await.unwrap();
    assert_eq!(a.matter_id.map(|x| x.to_string()), Some(recognition.clone()));
    // The person's page shows it; the export carries it.
    let s = app.login_as("counsellor").await;
    let show = s.get(app.url(&format!("/staff/people/{amal}"))).send().await.unwrap().text().await.unwrap();
    assert!(show.contains("Recognition of foreign qualifications"));
    let (records, _) = app.store.coaching_of_person(amal.parse().unwrap()).await.unwrap();
    assert_eq!(records[0].matter.as_deref(), Some("Recognition of foreign qualifications"));
    // Topics covered: from the list, plus other topics as text; a matter is not a topic.
    let r = c
        .post(app.url(&format!("/api/v1/appointments/{appt}/outcome")))
        .bearer_auth(&coord)
        .json(&json!({"status": "held", "topic_ids": [recognition], "topics": "tax"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(app.store.topics_of_appointments(&[appt.parse().unwrap()]).await.unwrap().is_empty());
    let r = c
        .post(app.url(&format!("/api/v1/appointments/{appt}/outcome")))
        .bearer_auth(&coord)
        .json(&json!({"status": "held", "topic_ids": [housing], "topics": "tax"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(app.store.topics_of_appointments(&[appt.parse().unwrap()]).await.unwrap().len(), 1);
    // The outcome page has the topics as checkboxes, the chosen one ticked.
    let page =
        s.get(app.url(&format!("/staff/appointments/{appt}/outcome"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<legend>Topics covered</legend>"));
    assert!(page.contains(&format!("name=\"topic_ids\" value=\"{housing}\" checked")));
    app.stop().await;
});

both_backends!(the_coordinator_keeps_the_lists_and_places_on_the_pages, |b| async move {
    let app = TestApp::spawn(b).await;
    let co = app.login_as("coordinator").await;
    let page = co.get(app.url("/staff/coaching/lists/matters")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Recognition of foreign qualifications"));
    let t = common::extract_csrf(&page).unwrap();
    let before = app.store.coaching_items("matter", "en").await.unwrap().len();
    // No English title: the error summary links to the field, nothing added.
    let r = co
        .post(app.url("/staff/coaching/lists/matters"))
        .form(&[
            ("csrf", t.as_str()),
            ("slug", "housing-benefit"),
            ("title_de", "Wohngeld"),
            ("sort", "5"),
            ("active", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-title_en\""));
    assert_eq!(app.store.coaching_items("matter", "en").await.unwrap().len(), before);
    let r = co
        .post(app.url("/staff/coaching/lists/matters"))
        .form(&[
            ("csrf", t.as_str()),
            ("slug", "housing-benefit"),
            ("title_en", "Housing benefit"),
            ("title_de", "Wohngeld"),
            ("sort", "5"),
            ("active", "on"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let item = app
        .store
        .coaching_items("matter", "de")
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.slug == "housing-benefit")
        .unwrap();
    assert_eq!(item.title, "Wohngeld");
    // In Arabic there is no title yet: shown in English, marked.
    let list = co.get(app.url("/staff/coaching/lists/matters")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("Housing benefit"));
    let edit = co.get(app.url(&format!("/staff/coaching/lists/matters/{}", item.id))).send().await.unwrap();
    assert_eq!(edit.status(), 200);
    let r = co
        .post(app.url(&format!("/staff/coaching/lists/matters/{}", item.id)))
        .form(&[("csrf", t.as_str()), ("title_en", "Housing benefit"), ("title_ar", "بدل السكن"), ("sort", "5")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let item = app.store.coaching_item("matter", item.id, "ar").await.unwrap();
    assert_eq!((item.title.as_str(), item.active), ("بدل السكن", false), "renamed, translated, turned off");
    // Topics: the same pages.
    assert_eq!(co.get(app.url("/staff/coaching/lists/topics")).send().await.unwrap().status(), 200);
    assert_eq!(co.get(app.url("/staff/coaching/lists/nonsense")).send().await.unwrap().status(), 404);
    // Places: list, add, edit; a name twice refused.
    let page = co.get(app.url("/staff/coaching/places")).send().await.unwrap().text().await.unwrap();
    let places_before = app.store.list_places().await.unwrap().len();
    let r = co
        .post(app.url("/staff/coaching/places"))
        .form(&[("csrf", t.as_str()), ("name", ""), ("address", "Square 1")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-name\""));
    assert_eq!(app.store.list_places().await.unwrap().len(), places_before);
    let r = co
        .post(app.url("/staff/coaching/places"))
        .form(&[("csrf", t.as_str()), ("name", "Library"), ("address", "Square 1"), ("transit", "Bus 3")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let lib = app.store.list_places().await.unwrap().into_iter().find(|p| p.name == "Library").unwrap();
    assert!(!lib.issues_permits);
    let other = app.store.list_places().await.unwrap().into_iter().find(|p| p.id != lib.id).unwrap();
    let r = co
        .post(app.url(&format!("/staff/coaching/places/{}", lib.id)))
        .form(&[("csrf", t.as_str()), ("name", other.name.as_str()), ("address", "Square 1")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Another place already has this name."));
    let r = co
        .post(app.url(&format!("/staff/coaching/places/{}", lib.id)))
        .form(&[("csrf", t.as_str()), ("name", "City library"), ("address", "Square 1b"), ("issues_permits", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let lib = app.store.list_places().await.unwrap().into_iter().find(|p| p.id == lib.id).unwrap();
    assert_eq!((lib.name.as_str(), lib.issues_permits), ("City library", true));
    let _ = page;
    // Counsellors and the desk neither edit lists nor places.
    for role in ["counsellor", "desk"] {
        let s = app.login_as(role).await;
        assert_eq!(s.get(app.url("/staff/coaching/lists/matters")).send().await.unwrap().status(), 403);
        assert_eq!(s.get(app.url("/staff/coaching/places")).send().await.unwrap().status(), 403);
    }
    // The API too: updatePlace.
    let coord = app.token_for("coordinator").await;
    let r = app
        .client()
        .put(app.url(&format!("/api/v1/places/{}", lib.id)))
        .bearer_auth(&coord)
        .json(&json!({"name": "City library", "address": "Square 1c", "issues_permits": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = app
        .client()
        .put(app.url(&format!("/api/v1/places/{}", uuid::Uuid::from_u128(7))))
        .bearer_auth(&coord)
        .json(&json!({"name": "X", "address": "Y"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    app.stop().await;
});

both_backends!(staff_bookings_are_confirmed_only_with_consent, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, counsellor, coord) = setup(&app).await;
    let c = app.client();
    let mk = |name: &str, email: &str, consents: Vec<&str>| {
        json!({"full_name": name, "birth_date": "1990", "citizenship": "SY", "languages": ["ar"], "email": email,
               "consents": consents, "text_language": "ar", "confirm_new": true})
    };
    let create = |body: Value| {
        let c = c.clone();
        let (url, coord) = (app.url("/api/v1/people"), coord.clone());
        async move {
            let p: Value = c.post(url).bearer_auth(&coord).json(&body).send().await.unwrap().json().await.unwrap();
            p["id"].as_str().unwrap().to_owned()
        }
    };
    let yes = create(mk("Wants Messages", "yes@example.org", vec!["basic", "reminders"])).await;
    let no = create(mk("No Messages", "no@example.org", vec!["basic"])).await;
    let confirmations = |to: &'static str| {
        let store = app.store.clone();
        async move {
            store
                .list_outbox(500)
                .await
                .unwrap()
                .into_iter()
                .filter(|m| m.kind == "confirmation" && m.to_address == to)
                .count()
        }
    };
    // On the page: with consent exactly one confirmation, in the booking's transaction.
    let s = app.login_as("desk").await;
    let page = s
        .get(app.url(&format!("/staff/people/{yes}/book?kind=start&place={place}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("they get a confirmation by e-mail or SMS"));
    let t = common::extract_csrf(&page).unwrap();
    let slot = common::between(&page, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let r = s
        .post(app.url(&format!("/staff/people/{yes}/book")))
        .form(&[("csrf", t.as_str()), ("kind", "start"), ("place", place.as_str()), ("slot", slot.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let loc = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(loc.contains("confirmation=sent"), "{loc}");
    assert_eq!(confirmations("yes@example.org").await, 1);
    let mail =
        app.store.list_outbox(500).await.unwrap().into_iter().find(|m| m.to_address == "yes@example.org").unwrap();
    assert!(mail.ics.is_some(), "with the calendar file");
    // Without consent: nothing queued, the page says so and offers the letter.
    let page = s
        .get(app.url(&format!("/staff/people/{no}/book?kind=start&place={place}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("no confirmation is sent"));
    let slot = common::between(&page, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let r = s
        .post(app.url(&format!("/staff/people/{no}/book")))
        .form(&[("csrf", t.as_str()), ("kind", "start"), ("place", place.as_str()), ("slot", slot.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let loc = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(loc.contains("confirmation=none&letter="), "{loc}");
    assert_eq!(confirmations("no@example.org").await, 0);
    let show = s.get(app.url(&loc)).send().await.unwrap().text().await.unwrap();
    assert!(show.contains("No confirmation was sent"));
    let letter = common::between(&show, "href=\"/staff/appointments/", "/letter.pdf").unwrap().to_owned();
    let pdf = s.get(app.url(&format!("/staff/appointments/{letter}/letter.pdf"))).send().await.unwrap();
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));
    // The API the same way, and it says whether a confirmation went out.
    let m = monday();
    let book = |who: &str, at: &str| json!({"person_id": who, "counsellor_id": counsellor, "place_id": place, "kind": "follow_up", "start": format!("{m}T{at}")});
    let r =
        c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&book(&yes, "10:00")).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let booked = r.json::<Value>().await.unwrap();
    assert_eq!(booked["confirmation_sent"], true);
    assert_eq!(confirmations("yes@example.org").await, 2);
    let r = c.post(app.url("/api/v1/appointments")).bearer_auth(&coord).json(&book(&no, "11:00")).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let booked_no = r.json::<Value>().await.unwrap();
    assert_eq!(booked_no["confirmation_sent"], false);
    assert_eq!(confirmations("no@example.org").await, 0);
    // A move through the API tells the person the new time, as a staff move does: only
    // with their consent.
    // Moved to the first free time (Monday `m` is fully booked now: on the Monday after).
    let move_to_first_free = |booked: &Value| {
        let (c, coord) = (c.clone(), coord.clone());
        let slots =
            app.url(&format!("/api/v1/coaching/slots?language=ar&kind=follow_up&place={place}&from={m}T08:00&days=8"));
        let url = app.url(&format!("/api/v1/appointments/{}/move", booked["id"].as_str().unwrap()));
        async move {
            let free: Vec<Value> = c.get(slots).bearer_auth(&coord).send().await.unwrap().json().await.unwrap();
            let to = json!({"counsellor_id": free[0]["counsellor_id"], "place_id": free[0]["place_id"], "start": free[0]["start"]});
            let r = c.post(url).bearer_auth(&coord).json(&to).send().await.unwrap();
            assert_eq!(r.status(), 201);
            r.json::<Value>().await.unwrap()
        }
    };
    let moved = move_to_first_free(&booked).await;
    assert_eq!(moved["confirmation_sent"], true);
    assert_eq!(confirmations("yes@example.org").await, 3);
    let newest = app
        .store
        .list_outbox(500)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to_address == "yes@example.org")
        .find(|m| m.body.contains(moved["reference"].as_str().unwrap()));
    assert!(newest.is_some_and(|m| m.ics.is_some()), "the new time's confirmation names its reference");
    assert_eq!(move_to_first_free(&booked_no).await["confirmation_sent"], false);
    assert_eq!(confirmations("no@example.org").await, 0);
    // Consent withdrawn: no more confirmations.
    let _ = counsellor;
    app.stop().await;
});

both_backends!(a_newcomer_books_an_individual_module_on_a_matter, |b| async move {
    let app = TestApp::spawn(b).await;
    let (place, _counsellor, _coord) = setup_modules(&app).await;
    let c = app.client();
    // The matter titles in the newcomer's language.
    let start = c.get(app.url("/de/coaching")).send().await.unwrap().text().await.unwrap();
    assert!(start.contains("Anerkennung ausländischer Berufsabschlüsse"));
    let recognition = app.store.coaching_items("matter", "en").await.unwrap()[0].id.to_string();
    // An individual module without a matter: the first page again, with the error.
    let r = c
        .get(app.url(&format!("/de/coaching/times?kind=individual_module&language=ar&place={place}&matter=")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-matter\""));
    let times = c
        .get(
            app.url(&format!(
                "/de/coaching/times?kind=individual_module&language=ar&place={place}&matter={recognition}"
            )),
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(times.contains(&format!("name=\"matter\" value=\"{recognition}\"")), "carried along");
    let slot = common::between(&times, "name=\"slot\" value=\"", "\"").unwrap().to_owned();
    let q = [
        ("kind", "individual_module"),
        ("matter", recognition.as_str()),
        ("language", "ar"),
        ("place", place.as_str()),
        ("slot", slot.as_str()),
    ];
    let details = c.get(app.url("/de/coaching/details")).query(&q).send().await.unwrap().text().await.unwrap();
    let t = common::extract_csrf(&details).unwrap();
    let mut form: Vec<(&str, &str)> = vec![("csrf", t.as_str())];
    form.extend(q);
    form.extend([
        ("full_name", "Rana Ahmad"),
        ("birth_year", "1994"),
        ("email", "rana@example.org"),
        ("consent_basic", "on"),
    ]);
    let check = c.post(app.url("/de/coaching/check")).form(&form).send().await.unwrap().text().await.unwrap();
    assert!(check.contains("Anerkennung ausländischer Berufsabschlüsse"), "check your answers names the matter");
    let r = c.post(app.url("/de/coaching/book")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let found = welcomedesk_web::register::search(&app.store, "Rana Ahmad", None, 5).await.unwrap();
    let a = app.store.appointments_of_person(found[0].person.id).await.unwrap();
    assert_eq!(a[0].matter_id.map(|m| m.to_string()), Some(recognition));
    let mail =
        app.store.list_outbox(50).await.unwrap().into_iter().find(|m| m.to_address == "rana@example.org").unwrap();
    assert!(mail.body.contains("Anerkennung ausländischer Berufsabschlüsse"), "the confirmation names the matter");
    app.stop().await;
});
