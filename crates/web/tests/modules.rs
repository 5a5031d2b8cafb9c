//! Group information modules over HTTP on both backends: the programme through the API,
//! registration never overbooked, check-in counted once, rostering and a trainer's
//! absence, the public calendar, registration and survey pages, the iCalendar feed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

// The HTTP helpers are the shared ones (`tests/common`), under the short names used here.
use common::{TestApp, api_get as get, api_post as post, api_put as put, form_post as form, get_page as page};
use serde_json::{Value, json};
use welcomedesk_store::both_backends;

/// The first Saturday at least 7 days ahead in the demo city, `YYYY-MM-DD`.
fn saturday(weeks_ahead: i64) -> String {
    let mut d = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::get("Europe/Stockholm").unwrap()).date();
    d = d.checked_add(jiff::Span::new().days(7 * weeks_ahead)).unwrap();
    while d.weekday() != jiff::civil::Weekday::Saturday {
        d = d.tomorrow().unwrap();
    }
    d.to_string()
}

/// A topic (en + ar), a venue with childcare, three Arabic trainers who work on
/// Saturdays, and a series of published Saturday sessions (capacity 20, 4 childcare
/// places). Returns (coordinator token, topic, session ids, trainer ids).
async fn programme(app: &TestApp) -> (String, String, Vec<String>, Vec<String>) {
    let coord = app.token_for("coordinator").await;
    let (s, topic) = post(
        app,
        Some(&coord),
        "/api/v1/topics",
        json!({"slug": "banking", "texts": [
            {"language": "en", "title": "Opening a bank account", "description": "What you need"},
            {"language": "ar", "title": "فتح حساب مصرفي", "description": "ما تحتاجه"}]}),
    )
    .await;
    assert_eq!(s, 201, "{topic}");
    let topic = topic["id"].as_str().unwrap().to_owned();
    let (s, venue) = post(
        app,
        Some(&coord),
        "/api/v1/venues",
        json!({"name": "East Hall", "address": "East Street 1", "district": "East",
               "transit_advice": "Bus 7 to East Hall", "step_free": true, "childcare_possible": true,
               "rooms": [{"name": "Hall", "capacity": 60}]}),
    )
    .await;
    assert_eq!(s, 201, "{venue}");
    let venue = venue["id"].as_str().unwrap().to_owned();
    let mut trainers = vec![];
    for name in ["Trainer A", "Trainer B", "Trainer C"] {
        let (s, t) = post(
            app,
            Some(&coord),
            "/api/v1/trainers",
            json!({"name": name, "languages": ["ar"], "topics": [topic], "max_per_month": 8, "fee_cents": 15000,
                   "knows_origin_countries": ["SY"], "hours": [{"weekday": 6, "from": "08:00", "to": "18:00"}]}),
        )
        .await;
        assert_eq!(s, 201, "{t}");
        trainers.push(t["id"].as_str().unwrap().to_owned());
    }
    let (s, created) = post(
        app,
        Some(&coord),
        "/api/v1/sessions",
        json!({"topic_id": topic, "language": "ar", "venue_id": venue,
               "series": {"from": saturday(1), "to": saturday(5), "weekday": 6, "every_weeks": 2},
               "start": "10:00", "capacity": 20, "childcare_places": 4, "status": "published"}),
    )
    .await;
    assert_eq!(s, 201, "{created}");
    let ids: Vec<String> = created["ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
    assert_eq!(ids.len(), 3, "every second Saturday over five weeks");
    (coord, topic, ids, trainers)
}

both_backends!(api_programme_registration_waiting_list_and_check_in, |b| async move {
    let app = TestApp::spawn(b).await;
    let (coord, topic, ids, _) = programme(&app).await;
    let s0 = &ids[0];
    // The public calendar: topics in Arabic, the series as Saturday sessions.
    let topics = get(&app, None, "/api/v1/topics?lang=ar").await;
    assert!(topics.as_array().unwrap().iter().any(|t| t["title"] == "فتح حساب مصرفي"));
    let list = get(&app, None, &format!("/api/v1/sessions?topic={topic}&saturday=true&lang=ar")).await;
    assert_eq!(list.as_array().unwrap().len(), 3);
    assert_eq!(list[0]["topic_title"], "فتح حساب مصرفي");
    assert_eq!(list[0]["free_seats"], 20);
    assert!(list[0]["trainer_id"].is_null(), "the public does not see who teaches");
    // Bad input is refused with every problem listed, nothing written.
    let (s, p) = post(&app, None, &format!("/api/v1/sessions/{s0}/registrations"), json!({"name": ""})).await;
    assert_eq!(s, 422);
    let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert!(fields.contains(&"name") && fields.contains(&"phone"), "{p}");
    // … the registration's own consent among them (registering oneself needs it, as on
    // the public form).
    assert!(fields.contains(&"consent_modules"), "{p}");
    // The public may not register a person of the register by id.
    let (s, _) = post(
        &app,
        None,
        &format!("/api/v1/sessions/{s0}/registrations"),
        json!({"person_id": uuid::Uuid::now_v7().to_string()}),
    )
    .await;
    assert_eq!(s, 403);
    // 26 people register at once for 20 seats: 20 seats, 6 waiting, in order.
    let mut tasks = vec![];
    for i in 0..26 {
        let url = app.url(&format!("/api/v1/sessions/{s0}/registrations"));
        let c = app.client();
        tasks.push(tokio::spawn(async move {
            let r = c
                .post(url)
                .json(&json!({"consent_modules": true, "name": format!("Person {i}"), "email": format!("p{i}@example.org"), "language": "ar"}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 201);
            r.json::<Value>().await.unwrap()
        }));
    }
    let mut regs = vec![];
    for t in tasks {
        regs.push(t.await.unwrap());
    }
    assert_eq!(regs.iter().filter(|r| r["status"] == "confirmed").count(), 20);
    assert_eq!(regs.iter().filter(|r| r["status"] == "waiting").count(), 6);
    let s = get(&app, None, &format!("/api/v1/sessions?topic={topic}")).await;
    assert_eq!((s[0]["free_seats"].as_i64(), s[0]["waiting"].as_i64()), (Some(0), Some(6)));
    // Children beyond the session's childcare places: refused.
    let (st, p) = post(
        &app,
        None,
        &format!("/api/v1/sessions/{s0}/registrations"),
        json!({"consent_modules": true, "name": "Big family", "phone": "+46 70 000 00 00", "children_count": 5, "children_ages": "1,2,3,4,5"}),
    )
    .await;
    assert_eq!((st, p["code"].as_str()), (409, Some("childcare_impossible")));
    // A trainer reaches only their own sessions through the API too (as on the pages).
    let trainer = app.token_for("trainer").await;
    let refused = app
        .client()
        .get(app.url(&format!("/api/v1/sessions/{s0}/registrations")))
        .bearer_auth(&trainer)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403, "not the trainer's session");
    let (s, _) = post(
        &app,
        Some(&trainer),
        &format!("/api/v1/sessions/{s0}/attendance"),
        json!({"walk_in_name": "Omar Haddad"}),
    )
    .await;
    assert_eq!(s, 403, "no check-in on another trainer's session");
    let me = app.store.find_staff_by_email(common::demo_email("trainer")).await.unwrap().id;
    let own =
        app.store.load_trainers("2026-01-01").await.unwrap().into_iter().find(|t| t.staff_id == Some(me)).unwrap().id;
    app.store.assign_trainers(&[(s0.parse().unwrap(), None, Some(own))], None).await.unwrap();
    // The trainer (here the backup) sees the list and checks people in; twice is once.
    let list = get(&app, Some(&trainer), &format!("/api/v1/sessions/{s0}/registrations")).await;
    assert_eq!(list.as_array().unwrap().len(), 26);
    let first = list[0]["id"].as_str().unwrap().to_owned();
    let (s1, a1) =
        post(&app, Some(&trainer), &format!("/api/v1/sessions/{s0}/attendance"), json!({"registration_id": first}))
            .await;
    let (s2, a2) =
        post(&app, Some(&trainer), &format!("/api/v1/sessions/{s0}/attendance"), json!({"registration_id": first}))
            .await;
    assert_eq!((s1, s2), (201, 200));
    assert_eq!(a1["attendance_id"], a2["attendance_id"]);
    let (s3, _) = post(
        &app,
        Some(&trainer),
        &format!("/api/v1/sessions/{s0}/attendance"),
        json!({"walk_in_name": "Omar Haddad", "walk_in_phone": "+46 70 123 45 67"}),
    )
    .await;
    assert_eq!(s3, 201);
    let (s4, _) = post(
        &app,
        Some(&trainer),
        &format!("/api/v1/sessions/{s0}/attendance"),
        json!({"walk_in_name": "haddad  omar", "walk_in_phone": "+46701234567"}),
    )
    .await;
    assert_eq!(s4, 200, "the same walk-in is counted once");
    // A provider may not check in; the public may not list registrations.
    let provider = app.token_for("provider").await;
    let (s5, _) =
        post(&app, Some(&provider), &format!("/api/v1/sessions/{s0}/attendance"), json!({"registration_id": first}))
            .await;
    assert_eq!(s5, 403);
    // The desk cancels a confirmed seat: the first waiting person moves up and is told.
    let desk = app.token_for("desk").await;
    let confirmed = list.as_array().unwrap().iter().find(|r| r["status"] == "confirmed" && r["position"] == 3).unwrap();
    let (s, c) = post(
        &app,
        Some(&desk),
        &format!("/api/v1/registrations/{}/cancel", confirmed["id"].as_str().unwrap()),
        json!({}),
    )
    .await;
    assert_eq!(s, 200, "{c}");
    let first_waiting = list.as_array().unwrap().iter().find(|r| r["position"] == 21).unwrap();
    assert_eq!(c["promoted"], first_waiting["id"]);
    assert_eq!(c["promoted_told"], true);
    let mail = app.store.list_outbox(100).await.unwrap();
    assert_eq!(mail.len(), 1);
    assert!(mail[0].subject.contains("فتح حساب مصرفي"), "the message is in the person's language: {}", mail[0].subject);
    // Cancelling the session closes registration.
    let (s, _) =
        post(&app, Some(&coord), &format!("/api/v1/sessions/{s0}/status"), json!({"status": "cancelled"})).await;
    assert_eq!(s, 204);
    let (s, p) = post(
        &app,
        None,
        &format!("/api/v1/sessions/{s0}/registrations"),
        json!({"consent_modules": true, "name": "Late", "phone": "+46 70 000 00 01"}),
    )
    .await;
    assert_eq!((s, p["code"].as_str()), (409, Some("closed")));
    // A survey answer by the session's token (anonymous), counted per language.
    let token = app.store.get_session(s0.parse().unwrap(), "en").await.unwrap().survey_token;
    let (s, _) = post(
        &app,
        None,
        &format!("/api/v1/surveys/{token}"),
        json!({"satisfied": 5, "helped": true, "recommend": true, "missing_topic": "Taxes", "language": "ar"}),
    )
    .await;
    assert_eq!(s, 204);
    let (s, _) =
        post(&app, None, "/api/v1/surveys/no-such-token", json!({"satisfied": 5, "helped": true, "recommend": true}))
            .await;
    assert_eq!(s, 404);
    let req = get(&app, Some(&coord), "/api/v1/topic-requests").await;
    assert_eq!(req[0]["topic"], "Taxes");
    assert_eq!(req[0]["language"], "ar");
    // The operations are in the OpenAPI document under their operationIds.
    let doc = get(&app, None, "/api/openapi.json").await.to_string();
    for op in [
        "listTopics",
        "listSessions",
        "createSession",
        "registerForSession",
        "cancelRegistration",
        "checkIn",
        "solveRoster",
        "markTrainerAbsent",
        "submitSurvey",
    ] {
        assert!(doc.contains(&format!("\"{op}\"")), "{op} missing");
    }
    app.stop().await;
});

both_backends!(roster_and_a_trainer_falling_ill, |b| async move {
    let app = TestApp::spawn(b).await;
    let (coord, _topic, ids, trainers) = programme(&app).await;
    // Solve the term and write it: every session gets a trainer and a backup.
    let (s, r) = post(
        &app,
        Some(&coord),
        "/api/v1/rostering/solve",
        json!({"from": saturday(1), "to": saturday(5), "apply": true,
               "pins": [{"session_id": ids[0], "trainer_id": trainers[0], "backup_trainer_id": trainers[1]}]}),
    )
    .await;
    assert_eq!(s, 200, "{r}");
    let ours: Vec<&Value> = r["roster"]["assignments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| ids.contains(&a["session"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(ours.len(), 3);
    assert!(ours.iter().all(|a| !a["trainer"].is_null() && !a["backup"].is_null()));
    let pinned = ours.iter().find(|a| a["session"] == ids[0].as_str()).unwrap();
    assert_eq!(
        (pinned["trainer"].as_str(), pinned["backup"].as_str()),
        (Some(trainers[0].as_str()), Some(trainers[1].as_str()))
    );
    // Three people registered (with e-mail) for the first session.
    for i in 0..3 {
        let (s, _) = post(
            &app,
            None,
            &format!("/api/v1/sessions/{}/registrations", ids[0]),
            json!({"consent_modules": true, "name": format!("P{i}"), "email": format!("p{i}@example.org"), "language": "en"}),
        )
        .await;
        assert_eq!(s, 201);
    }
    // Trainer A falls ill on the first Saturday: B teaches, C becomes the backup.
    let (s, out) = post(
        &app,
        Some(&coord),
        &format!("/api/v1/trainers/{}/absences", trainers[0]),
        json!({"date": saturday(1), "reason": "sick"}),
    )
    .await;
    assert_eq!(s, 200, "{out}");
    let change = out["sessions"].as_array().unwrap().iter().find(|c| c["session_id"] == ids[0].as_str()).unwrap();
    assert_eq!(change["trainer_id"].as_str(), Some(trainers[1].as_str()));
    assert_eq!(change["backup_trainer_id"].as_str(), Some(trainers[2].as_str()));
    let row = app.store.get_session(ids[0].parse().unwrap(), "en").await.unwrap();
    assert_eq!(row.trainer_id.map(|t| t.to_string()), Some(trainers[1].clone()));
    assert_eq!(row.backup_trainer_id.map(|t| t.to_string()), Some(trainers[2].clone()));
    let mail = app.store.list_outbox(100).await.unwrap();
    assert_eq!(mail.len(), 3, "everyone registered is told");
    assert!(mail.iter().all(|m| m.subject.starts_with("Change of trainer")));
    // Unknown trainer: 404; bad date: 422; not the coordinator: 403.
    let (s, _) = post(
        &app,
        Some(&coord),
        &format!("/api/v1/trainers/{}/absences", uuid::Uuid::now_v7()),
        json!({"date": saturday(1)}),
    )
    .await;
    assert_eq!(s, 404);
    let (s, _) =
        post(&app, Some(&coord), &format!("/api/v1/trainers/{}/absences", trainers[1]), json!({"date": "soon"})).await;
    assert_eq!(s, 422);
    let desk = app.token_for("desk").await;
    let (s, _) =
        post(&app, Some(&desk), "/api/v1/rostering/solve", json!({"from": saturday(1), "to": saturday(5)})).await;
    assert_eq!(s, 403);
    app.stop().await;
});

/// Unfolds RFC 5545 content lines (CRLF + space continues a line).
fn unfold(ics: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for line in ics.split("\r\n") {
        if let Some(rest) = line.strip_prefix(' ') {
            out.last_mut().unwrap().push_str(rest);
        } else if !line.is_empty() {
            out.push(line.to_owned());
        }
    }
    out
}

both_backends!(public_calendar_registration_feed_and_survey_in_arabic, |b| async move {
    let app = TestApp::spawn(b).await;
    let (_, topic, ids, _) = programme(&app).await;
    let c = app.client();
    // The calendar in Arabic, right to left, with the filter form and our sessions.
    let r = c.get(app.url(&format!("/ar/modules?topic={topic}&saturday=on"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("dir=\"rtl\""));
    assert!(html.contains("جلسات المعلومات"));
    assert!(html.contains("فتح حساب مصرفي"));
    assert_eq!(html.matches(&format!("/ar/modules/{}", ids[0])).count(), 1);
    // A bad filter re-shows the form with a translated error.
    let r = c.get(app.url("/ar/modules?from=tomorrow")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("error-summary"));
    // The demo programme is in the calendar too (several languages).
    let html = c.get(app.url("/en/modules")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Housing: renting a flat"), "demo sessions are listed");
    // The session page: place, transit advice, free seats, the form.
    let page = format!("/ar/modules/{}", ids[0]);
    let html = c.get(app.url(&page)).send().await.unwrap().text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("Bus 7 to East Hall"));
    let seats: String = html.find("أماكن فارغة").map(|i| html[i..].chars().take(30).collect()).unwrap_or_default();
    assert!(seats.contains("20") || seats.contains("٢٠"), "free seats shown: {seats:?}");
    let csrf = common::extract_csrf(&html).unwrap();
    let people_before = app.store.count_people().await.unwrap();
    // Sent empty: the form comes back with the errors, nothing is stored.
    let r = c.post(app.url(&page)).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("error-summary") && body.contains("<title>"));
    assert_eq!(app.store.count_people().await.unwrap(), people_before);
    // Registering is consented for its own purpose (`modules`): without it, nothing.
    let fields = [
        ("csrf", csrf.as_str()),
        ("full_name", "أمينة يوسف"),
        ("birth_day", "3"),
        ("birth_month", "4"),
        ("birth_year", "1991"),
        ("phone", "+46 70 111 22 33"),
        ("children_count", "2"),
        ("children_ages", "3, 5"),
        ("consent_basic", "on"),
    ];
    let r = c.post(app.url(&page)).form(&fields).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("href=\"#f-consent_modules\"") && body.contains("id=\"f-consent_modules\""));
    // Said to the newcomer, about this box, in the page's language — not the staff's
    // wording about the basic data.
    assert!(body.contains("ضع علامة في المربع لتوافق على الاحتفاظ بتسجيلك"), "{body}");
    assert!(!body.contains("يجب أن يوافق الشخص على البيانات الأساسية"));
    assert_eq!(app.store.count_people().await.unwrap(), people_before, "nothing stored");
    // Registered with name, date of birth, phone and both consents: a seat, then the page.
    let mut fields = fields.to_vec();
    fields.push(("consent_modules", "on"));
    let r = c.post(app.url(&page)).form(&fields).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let reg = app.store.list_registrations(ids[0].parse().unwrap()).await.unwrap();
    let person = reg[0].person_id.unwrap();
    let rec = app.store.read_person(person, None, "person.read").await.unwrap();
    assert!(
        rec.has_consent(welcomedesk_domain::consent::Purpose::Modules)
            && rec.has_consent(welcomedesk_domain::consent::Purpose::Basic),
        "the registration's own consent is recorded"
    );
    let to = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with("/ar/modules/registration/"));
    assert_eq!(app.store.count_people().await.unwrap(), people_before + 1);
    let html = c.get(app.url(&to)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("أنت مسجّل"), "confirmed, in Arabic");
    let s = app.store.get_session(ids[0].parse().unwrap(), "en").await.unwrap();
    assert_eq!((s.confirmed, s.childcare_free), (1, 2));
    // Cancelling from the person's own page frees the seat and the childcare places.
    let csrf = common::extract_csrf(&html).unwrap();
    let r = c.post(app.url(&format!("{to}/cancel"))).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let html = c.get(app.url(&to)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("تم إلغاء تسجيلك"));
    let s = app.store.get_session(ids[0].parse().unwrap(), "en").await.unwrap();
    assert_eq!((s.confirmed, s.childcare_free), (0, 4));
    // The iCalendar feed of the same filter: CRLF, folded at 75 octets, one event each.
    let r = c.get(app.url(&format!("/ar/modules.ics?topic={topic}"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
    let ics = r.text().await.unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "only CRLF line ends");
    assert!(ics.split("\r\n").all(|l| l.len() <= 75), "lines folded at 75 octets");
    let lines = unfold(&ics);
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 3);
    assert_eq!(lines.iter().filter(|l| *l == "END:VEVENT").count(), 3);
    assert!(lines.iter().any(|l| l == &format!("UID:{}@welcomedesk", ids[0])));
    let dtstart: Vec<&String> = lines.iter().filter(|l| l.starts_with("DTSTART:")).collect();
    assert_eq!(dtstart.len(), 3);
    // 10:00 in Stockholm is 09:00 or 08:00 UTC.
    assert!(dtstart.iter().all(|l| l.ends_with("T090000Z") || l.ends_with("T080000Z")), "{dtstart:?}");
    assert!(lines.iter().any(|l| l.starts_with("SUMMARY:فتح حساب مصرفي")));
    assert!(lines.iter().any(|l| l.starts_with("LOCATION:East Hall\\, East Street 1")), "commas escaped");
    // The anonymous survey: errors re-shown, then thanks; no person linked.
    let token = app.store.get_session(ids[0].parse().unwrap(), "en").await.unwrap().survey_token;
    let surl = format!("/ar/survey/{token}");
    let html = c.get(app.url(&surl)).send().await.unwrap().text().await.unwrap();
    let csrf = common::extract_csrf(&html).unwrap();
    let r = c.post(app.url(&surl)).form(&[("csrf", csrf.as_str()), ("satisfied", "9")]).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let r = c
        .post(app.url(&surl))
        .form(&[
            ("csrf", csrf.as_str()),
            ("satisfied", "4"),
            ("helped", "yes"),
            ("recommend", "no"),
            ("missing_topic", "الضرائب"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("شكراً"));
    assert_eq!(app.store.survey_summary(ids[0].parse().unwrap()).await.unwrap(), (1, 400, 1, 0));
    assert_eq!(c.get(app.url("/ar/survey/nope")).send().await.unwrap().status(), 404);
    app.stop().await;
});

// ---- the back office in HTML ---------------------------------------------------------

/// A person of the register with a welcome passport: (id, the number as printed).
async fn person_with_passport(app: &TestApp, name: &str) -> (uuid::Uuid, String) {
    let i = welcomedesk_domain::register::PersonInput {
        full_name: name.into(),
        birth_year: "1990".into(),
        birth_month: "4".into(),
        birth_day: "2".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        permit_issued_on: "2026-01-02".into(),
        phone: "+46 70 000 00 98".into(),
        ..Default::default()
    };
    common::insert_person_with_passport(app, &i, "ar").await
}

/// The same number with one character changed (the check character catches it).
/// How the registration's consent was given with it (`consent_channel`, migration 0027).
async fn consent_channel(app: &TestApp, registration: &str) -> Option<String> {
    use sqlx::Row;
    let mut tx = app.store.begin().await.unwrap();
    let r = sqlx::query("SELECT consent_channel FROM registrations WHERE id = $1")
        .bind(registration.to_owned())
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    r.get("consent_channel")
}

fn typo(number: &str) -> String {
    let mut c: Vec<char> = number.chars().collect();
    c[1] = if c[1] == '7' { '8' } else { '7' };
    c.into_iter().collect()
}

both_backends!(back_office_sessions_series_registration_and_cancellation, |b| async move {
    let app = TestApp::spawn(b).await;
    let (coord_tok, topic, ids, _) = programme(&app).await;
    let coord = app.login_as("coordinator").await;
    let csrf = app.csrf(&coord, "/staff/modules").await;
    let venue =
        get(&app, None, "/api/v1/venues").await.as_array().unwrap().iter().find(|v| v["name"] == "East Hall").unwrap()
            ["id"]
            .as_str()
            .unwrap()
            .to_owned();

    // The list: the term's sessions with seats and the waiting list, filtered.
    let (s, html) =
        page(&coord, &app, &format!("/staff/modules?topic={topic}&language=ar&status=published&from={}", saturday(1)))
            .await;
    assert_eq!(s, 200);
    for id in &ids {
        assert!(html.contains(&format!("/staff/modules/{id}\"")), "{id} listed");
    }
    assert!(html.contains("0 of 20"), "seats taken of capacity");
    let (s, html) = page(&coord, &app, &format!("/staff/modules?topic={topic}&status=cancelled")).await;
    assert_eq!(s, 200);
    assert!(!html.contains(&format!("/staff/modules/{}\"", ids[0])), "the status filter holds");
    let (s, html) = page(&coord, &app, "/staff/modules?from=soon").await;
    assert_eq!(s, 422);
    assert!(html.contains("error-summary") && html.contains("href=\"#f-from\""), "a translated error on the field");

    // A series in one form: every Saturday for four weeks.
    let count = |app: &TestApp| {
        let store = app.store.clone();
        async move {
            store
                .list_sessions(&welcomedesk_store::sessions::SessionFilter { limit: 1000, ..Default::default() }, "en")
                .await
                .unwrap()
                .len()
        }
    };
    let before = count(&app).await;
    let (f7, t10) = (saturday(7), saturday(10));
    let series = [
        ("topic_id", topic.as_str()),
        ("language", "ar"),
        ("venue_id", venue.as_str()),
        ("kind", "series"),
        ("from", f7.as_str()),
        ("to", t10.as_str()),
        ("weekday", "6"),
        ("every_weeks", "1"),
        ("start", "10:00"),
        ("minutes", "120"),
        ("capacity", "30"),
        ("childcare_places", "2"),
        ("status", "planned"),
    ];
    let (s, loc, _) = form(&coord, &app, &csrf, "/staff/modules", &series).await;
    assert_eq!(s, 303, "{loc}");
    assert!(loc.contains("done=created&told=4"), "{loc}");
    assert_eq!(count(&app).await, before + 4);
    // Bad input: a translated message per field, nothing created.
    let mut bad = series.to_vec();
    bad[10] = ("capacity", "5");
    bad[1] = ("language", "");
    let (s, _, html) = form(&coord, &app, &csrf, "/staff/modules", &bad).await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-capacity\"") && html.contains("href=\"#f-language\""), "errors linked to fields");
    assert!(html.contains("aria-describedby=\"f-capacity-hint f-capacity-error\""));
    assert_eq!(count(&app).await, before + 4, "nothing written");
    // One session on a date.
    let mut one = series.to_vec();
    one[3] = ("kind", "single");
    let date = saturday(12);
    one.push(("date", &date));
    let (s, loc, _) = form(&coord, &app, &csrf, "/staff/modules", &one).await;
    assert_eq!((s, loc.contains("told=1")), (303, true), "{loc}");

    // The session's page: register by passport number (a typo is caught) or by contact.
    let s0 = &ids[0];
    let (pid, number) = person_with_passport(&app, "Amina Saleh").await;
    let (s, html) = page(&coord, &app, &format!("/staff/modules/{s0}?q={}", typo(&number))).await;
    assert_eq!(s, 422);
    assert!(html.contains("There is a typo in this number"), "the check digit speaks");
    let (s, html) = page(&coord, &app, &format!("/staff/modules/{s0}?q={number}")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Amina Saleh") && html.contains(&format!("value=\"{pid}\"")));
    // Amina has not agreed that a registration is kept (purpose `modules`): the page asks,
    // with the text to read her, and registers nothing until staff tick that she agrees.
    let pid_s = pid.to_string();
    let one = [("person_id", pid_s.as_str()), ("language", "ar")];
    let (s, _, html) = form(&coord, &app, &csrf, &format!("/staff/modules/{s0}/registrations"), &one).await;
    assert_eq!(s, 422);
    let html = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("Amina Saleh has not yet agreed that their registration is kept"), "{html}");
    assert!(html.contains("href=\"#f-consent_modules\"") && html.matches("id=\"f-consent_modules\"").count() == 1);
    assert!(html.contains("The person has not agreed that their registration is kept"));
    assert!(app.store.list_registrations(s0.parse().unwrap()).await.unwrap().is_empty(), "nothing registered");
    let mut agreed = one.to_vec();
    agreed.push(("consent_modules", "on"));
    let (s, loc, _) = form(&coord, &app, &csrf, &format!("/staff/modules/{s0}/registrations"), &agreed).await;
    assert_eq!((s, loc.as_str()), (303, format!("/staff/modules/{s0}?done=confirmed").as_str()));
    let rec = app.store.read_person(pid, None, "test").await.unwrap();
    assert!(rec.consents.iter().any(|c| c.purpose == "modules" && c.channel == "in_person" && c.text_language == "ar"));
    // Her data export holds the registration, with the consent given with it.
    let (s, export) = page(&coord, &app, &format!("/staff/people/{pid}/export.json")).await;
    assert_eq!(s, 200);
    let export: Value = serde_json::from_str(&export).unwrap();
    let regs = export["modules"]["registrations"].as_array().unwrap();
    assert_eq!(regs.len(), 1, "{export}");
    assert_eq!(regs[0]["session_id"], s0.as_str());
    assert_eq!(regs[0]["consent_channel"], "in_person");
    assert_eq!(regs[0]["consent_text_language"], "ar");
    assert_eq!(regs[0]["consent_text_version"], welcomedesk_domain::consent::TEXT_VERSION);
    assert_eq!(export["modules"]["attendances"], json!([]));
    let (s, _, html) =
        form(&coord, &app, &csrf, &format!("/staff/modules/{s0}/registrations"), &[("person_id", &pid.to_string())])
            .await;
    assert_eq!(s, 409, "registered twice");
    assert!(html.contains("href=\"#f-q\""));
    let (s, _, html) = form(&coord, &app, &csrf, &format!("/staff/modules/{s0}/registrations"), &[("name", "")]).await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-name\""));
    // A caller by contact details agrees now, or is not registered.
    let caller = [("name", "Hodan Ali"), ("phone", "+46 70 000 00 09")];
    let (s, _, html) = form(&coord, &app, &csrf, &format!("/staff/modules/{s0}/registrations"), &caller).await;
    assert_eq!(s, 422);
    assert!(
        html.contains("href=\"#f-consent_modules\"")
            && html.contains("aria-describedby=\"c-contact-consent-text c-contact-consent-error\"")
    );
    assert_eq!(app.store.list_registrations(s0.parse().unwrap()).await.unwrap().len(), 1, "nothing registered");
    let mut caller = caller.to_vec();
    caller.push(("consent_modules", "on"));
    let (s, _, _) = form(&coord, &app, &csrf, &format!("/staff/modules/{s0}/registrations"), &caller).await;
    assert_eq!(s, 303);
    let hodan = app
        .store
        .list_registrations(s0.parse().unwrap())
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.name.as_deref() == Some("Hodan Ali"))
        .unwrap();
    assert_eq!(consent_channel(&app, &hodan.id.to_string()).await.as_deref(), Some("in_person"));
    // (She cancels again: the seats below are counted without her.)
    let (s, loc, _) =
        form(&coord, &app, &csrf, &format!("/staff/modules/registrations/{}/cancel", hodan.id), &[]).await;
    assert_eq!((s, loc.as_str()), (303, format!("/staff/modules/{s0}?done=reg-cancelled").as_str()));
    // Fill the session (19 more seats), then one more waits.
    for i in 0..20 {
        let (s, _) = post(
            &app,
            None,
            &format!("/api/v1/sessions/{s0}/registrations"),
            json!({"consent_modules": true, "name": format!("Guest {i}"), "email": format!("g{i}@example.org"), "language": "en"}),
        )
        .await;
        assert_eq!(s, 201);
    }
    let (_, html) = page(&coord, &app, &format!("/staff/modules/{s0}")).await;
    assert!(html.contains("Registered (20)") && html.contains("Waiting list (1)"), "seats and waiting list shown");
    // Cancelling Amina's seat promotes the first waiting person, who is told.
    let reg = app
        .store
        .list_registrations(s0.parse().unwrap())
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.person_id == Some(pid))
        .unwrap();
    let (s, loc, _) = form(&coord, &app, &csrf, &format!("/staff/modules/registrations/{}/cancel", reg.id), &[]).await;
    assert_eq!((s, loc.as_str()), (303, format!("/staff/modules/{s0}?done=promoted").as_str()));
    let promoted = app.store.list_registrations(s0.parse().unwrap()).await.unwrap();
    assert_eq!(promoted.iter().filter(|r| r.status == "confirmed").count(), 20);
    assert_eq!(promoted.iter().filter(|r| r.status == "waiting").count(), 0);
    assert_eq!(app.store.list_outbox(100).await.unwrap().len(), 1, "the promoted person is told");

    // Cancelling the session tells everyone with an e-mail address.
    let (s, loc, _) =
        form(&coord, &app, &csrf, &format!("/staff/modules/{s0}/status"), &[("status", "cancelled")]).await;
    assert_eq!((s, loc.as_str()), (303, "/staff/modules?done=cancelled&told=20"));
    let mail = app.store.list_outbox(100).await.unwrap();
    assert_eq!(mail.iter().filter(|m| m.subject.starts_with("Cancelled: ")).count(), 20);
    assert_eq!(app.store.get_session(s0.parse().unwrap(), "en").await.unwrap().status, "cancelled");
    // Twice: refused, nothing sent again.
    let (s, _, _) = form(&coord, &app, &csrf, &format!("/staff/modules/{s0}/status"), &[("status", "cancelled")]).await;
    assert_eq!(s, 409);
    assert_eq!(app.store.list_outbox(100).await.unwrap().len(), 21);
    // Published → held.
    let (s, loc, _) =
        form(&coord, &app, &csrf, &format!("/staff/modules/{}/status", ids[1]), &[("status", "held")]).await;
    assert_eq!((s, loc.as_str()), (303, "/staff/modules?done=held"));

    // Who may: the desk registers but does not create or cancel sessions; providers see nothing.
    let desk = app.login_as("desk").await;
    let dcsrf = app.csrf(&desk, "/staff/modules").await;
    let (s, _, _) = form(&desk, &app, &dcsrf, "/staff/modules", &series).await;
    assert_eq!(s, 403);
    let (s, _, _) =
        form(&desk, &app, &dcsrf, &format!("/staff/modules/{}/status", ids[2]), &[("status", "cancelled")]).await;
    assert_eq!(s, 403);
    let provider = app.login_as("provider").await;
    assert_eq!(page(&provider, &app, "/staff/modules").await.0, 403);
    let _ = coord_tok;
    app.stop().await;
});

both_backends!(back_office_check_in_printed_list_and_trainer_ownership, |b| async move {
    let app = TestApp::spawn(b).await;
    let (_, _, ids, _) = programme(&app).await;
    let (s0, s1) = (&ids[0], &ids[1]);
    let (pid, number) = person_with_passport(&app, "Yusuf Karim").await;
    // Staff register a person of the register: without their `modules` consent only when
    // they say that the person agrees now (recorded, given in person).
    let desk = app.token_for("desk").await;
    let path = format!("/api/v1/sessions/{s0}/registrations");
    let (s, r) = post(&app, Some(&desk), &path, json!({"person_id": pid.to_string()})).await;
    assert_eq!(s, 422, "{r}");
    assert_eq!(
        (r["errors"][0]["field"].as_str(), r["errors"][0]["code"].as_str()),
        (Some("consent_modules"), Some("consent_modules_missing"))
    );
    assert!(app.store.list_registrations(s0.parse().unwrap()).await.unwrap().is_empty());
    let (s, r) = post(&app, Some(&desk), &path, json!({"person_id": pid.to_string(), "consent_modules": true})).await;
    assert_eq!(s, 201, "{r}");
    let rec = app.store.read_person(pid, None, "test").await.unwrap();
    let given = rec.consents.iter().find(|c| c.purpose == "modules" && c.withdrawn_at.is_none()).unwrap();
    assert_eq!(given.channel, "in_person");
    let (s, r) = post(
        &app,
        None,
        &format!("/api/v1/sessions/{s0}/registrations"),
        json!({"consent_modules": true, "name": "Lina Omar", "phone": "+46 70 111 22 33"}),
    )
    .await;
    assert_eq!(s, 201, "{r}");
    let lina = r["id"].as_str().unwrap().to_owned();
    assert_eq!(consent_channel(&app, &lina).await.as_deref(), Some("online"), "the row keeps her consent");

    // The demo trainer account's pool entry: not (yet) on these sessions → refused.
    let trainer = app.login_as("trainer").await;
    let me = app.store.find_staff_by_email(common::demo_email("trainer")).await.unwrap().id;
    let olena =
        app.store.load_trainers("2026-01-01").await.unwrap().into_iter().find(|t| t.staff_id == Some(me)).unwrap().id;
    assert_eq!(page(&trainer, &app, &format!("/staff/modules/{s0}/check-in")).await.0, 403);
    assert_eq!(page(&trainer, &app, &format!("/staff/modules/{s0}/print")).await.0, 403);
    let (_, html) = page(&trainer, &app, "/staff/modules").await;
    assert!(!html.contains(&format!("/staff/modules/{s0}\"")), "a trainer lists only their own sessions");
    app.store.assign_trainers(&[(s0.parse().unwrap(), Some(olena), None)], None).await.unwrap();
    let (_, html) = page(&trainer, &app, "/staff/modules").await;
    assert!(html.contains(&format!("/staff/modules/{s0}\"")) && !html.contains(&format!("/staff/modules/{s1}\"")));
    assert_eq!(page(&trainer, &app, &format!("/staff/modules/{s1}/check-in")).await.0, 403, "not theirs");
    let (s, html) = page(&trainer, &app, &format!("/staff/modules/{s0}/check-in")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Yusuf Karim") && html.contains("Lina Omar"));
    assert!(html.contains("<label for=\"f-number\">"), "the number field is labelled");
    let csrf = common::extract_csrf(&html).unwrap();
    let path = format!("/staff/modules/{s0}/check-in");

    // A typo in the number: a clear message, nothing written.
    let (s, _, html) = form(&trainer, &app, &csrf, &path, &[("number", &typo(&number))]).await;
    assert_eq!(s, 422);
    assert!(html.contains("There is a typo in this number") && html.contains("href=\"#f-number\""));
    assert_eq!(app.store.count_attendances(s0.parse().unwrap()).await.unwrap(), 0);
    // An unknown but well-formed number.
    let other = welcomedesk_domain::passport::PassportNumber::generate(|b| b.fill(3)).display();
    let (s, _, html) = form(&trainer, &app, &csrf, &path, &[("number", &other)]).await;
    assert_eq!(s, 422);
    assert!(html.contains("No welcome passport has this number"));
    // By the passport number (typed in lower case without the hyphen): once, then harmless.
    let typed = number.to_lowercase().replace('-', "");
    let (s, loc, _) = form(&trainer, &app, &csrf, &path, &[("number", &typed)]).await;
    assert_eq!(s, 303);
    assert!(loc.starts_with(&format!("{path}?done=new&who=")), "{loc}");
    let (_, html) = page(&trainer, &app, &loc).await;
    assert!(html.contains("Yusuf Karim is checked in."));
    let (s, loc, _) = form(&trainer, &app, &csrf, &path, &[("number", &number)]).await;
    assert_eq!(s, 303);
    assert!(loc.contains("done=again"), "{loc}");
    let (_, html) = page(&trainer, &app, &loc).await;
    assert!(html.contains("Yusuf Karim was already checked in. Nothing changed."));
    assert_eq!(app.store.count_attendances(s0.parse().unwrap()).await.unwrap(), 1);
    // One tap on a name, and a walk-in.
    let (s, loc, _) = form(&trainer, &app, &csrf, &path, &[("registration_id", &lina)]).await;
    assert_eq!((s, loc.contains("done=new")), (303, true));
    let (s, _, _) =
        form(&trainer, &app, &csrf, &path, &[("walk_in_name", "Samir Aziz"), ("walk_in_phone", "+46 70 999 88 77")])
            .await;
    assert_eq!(s, 303);
    let (s, _, html) =
        form(&trainer, &app, &csrf, &path, &[("walk_in_name", "Samir Aziz"), ("walk_in_phone", "12")]).await;
    assert_eq!(s, 422, "a bad phone");
    assert!(html.contains("href=\"#f-walk_in_phone\""));
    assert_eq!(app.store.count_attendances(s0.parse().unwrap()).await.unwrap(), 3);
    let (s, _, _) = form(&trainer, &app, &csrf, &path, &[]).await;
    assert_eq!(s, 422, "nothing typed");
    // The printed list: tick boxes, names, blank lines for walk-ins.
    let (s, html) = page(&trainer, &app, &format!("/staff/modules/{s0}/print")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Yusuf Karim") && html.contains("class=\"tick\"") && html.contains("<th scope=\"col\">"));
    assert!(html.matches("class=\"tick\"").count() >= 10, "registered and blank lines");
    // The trainer may not register people or cancel sessions.
    let (s, _, _) = form(
        &trainer,
        &app,
        &csrf,
        &format!("/staff/modules/{s0}/registrations"),
        &[("name", "X"), ("phone", "+46 70 000 00 02")],
    )
    .await;
    assert_eq!(s, 403);
    app.stop().await;
});

both_backends!(back_office_roster_trainers_topics_venues_and_coverage, |b| async move {
    let app = TestApp::spawn(b).await;
    let (coord_tok, topic, ids, _) = programme(&app).await;
    // A session in a language nobody in the pool speaks (Tigrinya).
    let venue =
        get(&app, None, "/api/v1/venues").await.as_array().unwrap().iter().find(|v| v["name"] == "East Hall").unwrap()
            ["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let (s, r) = post(
        &app,
        Some(&coord_tok),
        "/api/v1/sessions",
        json!({"topic_id": topic, "language": "ti", "venue_id": venue, "date": saturday(2), "start": "14:00", "capacity": 20}),
    )
    .await;
    assert_eq!(s, 201, "{r}");
    let tigrinya = r["ids"][0].as_str().unwrap().to_owned();
    let coord = app.login_as("coordinator").await;
    let csrf = app.csrf(&coord, "/staff/modules").await;
    let (from, to) = (saturday(1), saturday(5));

    // The proposal, with the uncovered session and why.
    let (s, html) = page(&coord, &app, &format!("/staff/modules/roster?from={from}&to={to}")).await;
    assert_eq!(s, 200);
    assert!(html.contains(&format!("/staff/modules/{tigrinya}\"")));
    assert!(html.contains("No trainer speaks the language."), "the reason in words");
    assert!(html.contains("Trainer A") || html.contains("Trainer B"), "assignments by name");
    let (s, html) = page(&coord, &app, &format!("/staff/modules/roster?from={to}&to={from}")).await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-to\""));
    // Saved into the sessions.
    let (s, loc, _) = form(&coord, &app, &csrf, "/staff/modules/roster", &[("from", &from), ("to", &to)]).await;
    assert_eq!(s, 303, "{loc}");
    for id in &ids {
        let row = app.store.get_session(id.parse().unwrap(), "en").await.unwrap();
        assert!(row.trainer_id.is_some() && row.backup_trainer_id.is_some() && row.trainer_id != row.backup_trainer_id);
    }
    assert!(app.store.get_session(tigrinya.parse().unwrap(), "en").await.unwrap().trainer_id.is_none());

    // The pool: coverage per language against the rule, and a new trainer.
    let (s, html) = page(&coord, &app, "/staff/modules/trainers").await;
    assert_eq!(s, 200);
    assert!(html.contains("Trainer A") && html.contains("Pool coverage") && html.contains("<th scope=\"row\">"));
    assert!(html.contains("missing"), "Tigrinya has sessions and no trainer");
    let before = app.store.load_trainers("2026-01-01").await.unwrap().len();
    let (s, _, html) = form(
        &coord,
        &app,
        &csrf,
        "/staff/modules/trainers",
        &[
            ("name", "Feven Tesfay"),
            ("languages", "ti, en"),
            ("topics", &topic),
            ("max_per_month", "4"),
            ("hours", "6 25:00-18:00"),
        ],
    )
    .await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-hours\""));
    assert_eq!(app.store.load_trainers("2026-01-01").await.unwrap().len(), before, "nothing written");
    let (s, loc, _) = form(
        &coord,
        &app,
        &csrf,
        "/staff/modules/trainers",
        &[
            ("name", "Feven Tesfay"),
            ("languages", "ti, en"),
            ("topics", &topic),
            ("max_per_month", "4"),
            ("fee", "180.50"),
            ("countries", "ER"),
            ("hours", "6 08:00-18:00"),
        ],
    )
    .await;
    assert_eq!((s, loc.as_str()), (303, "/staff/modules/trainers?done=saved"));
    let feven =
        app.store.load_trainers("2026-01-01").await.unwrap().into_iter().find(|t| t.name == "Feven Tesfay").unwrap();
    assert_eq!((feven.fee_cents, feven.max_per_month), (18050, 4));
    assert!(feven.languages.contains(&"ti".to_owned()) && feven.languages.contains(&"en".to_owned()));
    // Changed: the form comes filled in, and the change replaces languages and hours.
    let (s, html) = page(&coord, &app, &format!("/staff/modules/trainers/{}", feven.id)).await;
    assert_eq!(s, 200);
    assert!(html.contains("value=\"Feven Tesfay\"") && html.contains("value=\"6 08:00-18:00\""), "filled in");
    let (s, loc, _) = form(
        &coord,
        &app,
        &csrf,
        &format!("/staff/modules/trainers/{}", feven.id),
        &[
            ("name", "Feven Tesfay"),
            ("languages", "ti"),
            ("topics", &topic),
            ("max_per_month", "5"),
            ("hours", "6 09:00-17:00, 2 16:00-20:00"),
        ],
    )
    .await;
    assert_eq!((s, loc.as_str()), (303, "/staff/modules/trainers?done=saved"));
    let feven =
        app.store.load_trainers("2026-01-01").await.unwrap().into_iter().find(|t| t.name == "Feven Tesfay").unwrap();
    assert_eq!(
        (feven.max_per_month, feven.fee_cents, feven.languages.clone(), feven.hours.len()),
        (5, 0, vec!["ti".to_owned()], 2)
    );
    let (s, _, html) = form(
        &coord,
        &app,
        &csrf,
        &format!("/staff/modules/trainers/{}", feven.id),
        &[("name", ""), ("languages", "ti"), ("max_per_month", "5")],
    )
    .await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-name\""));
    let (s, _, _) = form(
        &coord,
        &app,
        &csrf,
        &format!("/staff/modules/trainers/{}", uuid::Uuid::now_v7()),
        &[("name", "X"), ("languages", "ti"), ("max_per_month", "5")],
    )
    .await;
    assert_eq!(s, 404);
    // Now one Tigrinya trainer: the session gets a trainer, the backup is explained.
    let (_, html) = page(&coord, &app, &format!("/staff/modules/roster?from={from}&to={to}")).await;
    assert!(html.contains("Feven Tesfay"));

    // Topics and venues.
    let (s, _, html) =
        form(&coord, &app, &csrf, "/staff/modules/topics", &[("slug", "taxes"), ("title_ar", "الضرائب")]).await;
    assert_eq!(s, 422, "English is required");
    assert!(html.contains("href=\"#f-title_en\""));
    let (s, loc, _) = form(
        &coord,
        &app,
        &csrf,
        "/staff/modules/topics",
        &[("slug", "taxes"), ("title_en", "Taxes"), ("description_en", "Your tax return"), ("title_ar", "الضرائب")],
    )
    .await;
    assert_eq!((s, loc.as_str()), (303, "/staff/modules/topics?done=saved"));
    let topics = get(&app, None, "/api/v1/topics?lang=ar").await;
    assert!(topics.as_array().unwrap().iter().any(|t| t["title"] == "الضرائب"));
    let (s, _, _) =
        form(&coord, &app, &csrf, "/staff/modules/topics", &[("slug", "taxes"), ("title_en", "Taxes again")]).await;
    assert_eq!(s, 422, "the slug is taken");
    let (s, loc, _) = form(
        &coord,
        &app,
        &csrf,
        "/staff/modules/venues",
        &[
            ("name", "Harbour House"),
            ("address", "North Road 3"),
            ("district", "North"),
            ("transit_advice", "Tram 4"),
            ("childcare_possible", "yes"),
            ("rooms", "Hall: 40"),
        ],
    )
    .await;
    assert_eq!((s, loc.as_str()), (303, "/staff/modules/venues?done=saved"));
    let venues = get(&app, None, "/api/v1/venues").await;
    let north = venues.as_array().unwrap().iter().find(|v| v["name"] == "Harbour House").unwrap();
    assert_eq!((north["childcare_possible"].as_bool(), north["rooms"][0]["capacity"].as_i64()), (Some(true), Some(40)));
    let (s, _, _) = form(&coord, &app, &csrf, "/staff/modules/venues", &[("name", "Nowhere")]).await;
    assert_eq!(s, 422);
    let (s, _, html) = form(
        &coord,
        &app,
        &csrf,
        "/staff/modules/venues",
        &[("name", "Harbour House"), ("address", "Elsewhere 1"), ("district", "North")],
    )
    .await;
    assert_eq!(s, 422, "the name is taken");
    assert!(html.contains("There is already a venue with this name"));
    let (s, html) = page(&coord, &app, "/staff/modules/topics").await;
    assert!(s == 200 && html.contains("Taxes"));
    // Changed: the form holds each language's own text; English stays required.
    let taxes = app.store.list_topics("en").await.unwrap().into_iter().find(|t| t.slug == "taxes").unwrap().id;
    let (s, html) = page(&coord, &app, &format!("/staff/modules/topics/{taxes}")).await;
    assert_eq!(s, 200);
    assert!(html.contains("value=\"الضرائب\"") && html.contains("value=\"Your tax return\""));
    assert!(
        !html.contains("id=\"f-title_sv\" name=\"title_sv\" type=\"text\" value=\"Taxes\""),
        "no English copy in Swedish"
    );
    let (s, _, _) =
        form(&coord, &app, &csrf, &format!("/staff/modules/topics/{taxes}"), &[("title_sv", "Skatter")]).await;
    assert_eq!(s, 422);
    let (s, loc, _) = form(
        &coord,
        &app,
        &csrf,
        &format!("/staff/modules/topics/{taxes}"),
        &[("title_en", "Taxes and tax returns"), ("title_sv", "Skatter"), ("title_ar", "الضرائب")],
    )
    .await;
    assert_eq!((s, loc.as_str()), (303, "/staff/modules/topics?done=saved"));
    let sv = app.store.list_topics("sv").await.unwrap().into_iter().find(|t| t.id == taxes).unwrap();
    assert_eq!((sv.title.as_str(), sv.text_language.as_str()), ("Skatter", "sv"));
    let en = app.store.list_topics("en").await.unwrap().into_iter().find(|t| t.id == taxes).unwrap();
    assert_eq!((en.title.as_str(), en.description.as_str()), ("Taxes and tax returns", ""));
    // Only the coordinator.
    let desk = app.login_as("desk").await;
    assert_eq!(page(&desk, &app, "/staff/modules/roster").await.0, 403);
    assert_eq!(page(&desk, &app, "/staff/modules/trainers").await.0, 403);
    app.stop().await;
});

/// A person of the register with a welcome passport, born 1988-03-09.
async fn holder_with_passport(app: &TestApp, name: &str) -> (uuid::Uuid, String) {
    let i = welcomedesk_domain::register::PersonInput {
        full_name: name.into(),
        birth_year: "1988".into(),
        birth_month: "3".into(),
        birth_day: "9".into(),
        citizenship: "SY".into(),
        languages: vec!["ar".into()],
        phone: "+46 70 000 00 98".into(),
        ..Default::default()
    };
    common::insert_person_with_passport(app, &i, "ar").await
}

// The journey's newcomer registers on the public page with their welcome passport: the
// registration goes on their own record (no second record of them), so the trainer's
// check-in by passport number finds the registration and stamps the passport. A wrong
// date of birth, an unknown or a mistyped number is refused with a translated message and
// changes nothing.
both_backends!(public_registration_with_a_welcome_passport_uses_the_holders_record, |b| async move {
    let app = TestApp::spawn(b).await;
    let (_, _, ids, _) = programme(&app).await;
    let (holder, number) = holder_with_passport(&app, "سلمى الأحمد").await;
    let c = app.client();
    let page = format!("/ar/modules/{}", ids[0]);
    let html = c.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("id=\"f-passport_number\""), "the form asks for the passport number");
    let csrf = common::extract_csrf(&html).unwrap();
    let people_before = app.store.count_people().await.unwrap();
    let send = |passport: String, day: &'static str| {
        let c = c.clone();
        let url = app.url(&page);
        let csrf = csrf.clone();
        async move {
            c.post(url)
                .form(&[
                    ("csrf", csrf.as_str()),
                    ("full_name", "سلمى الأحمد"),
                    ("birth_day", day),
                    ("birth_month", "3"),
                    ("birth_year", "1988"),
                    ("phone", "+46 70 000 00 98"),
                    ("passport_number", passport.as_str()),
                    ("consent_basic", "on"),
                    ("consent_modules", "on"),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    // Another date of birth: refused at the field, in Arabic; nothing stored.
    let r = send(number.clone(), "10").await;
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("لم نجد جواز ترحيب بهذا الرقم"), "the refusal in Arabic");
    // A typo (one symbol changed) is caught by the check character.
    let mut typo: Vec<char> = number.chars().collect();
    typo[0] = if typo[0] == '7' { '8' } else { '7' };
    let r = send(typo.into_iter().collect(), "9").await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("f-passport_number"));
    assert_eq!(app.store.count_people().await.unwrap(), people_before);
    assert!(app.store.list_registrations(ids[0].parse().unwrap()).await.unwrap().is_empty());
    // The right number (typed in lower case, without the hyphen) and date of birth.
    let r = send(number.replace('-', "").to_lowercase(), "9").await;
    assert_eq!(r.status(), 303);
    assert!(r.headers()["location"].to_str().unwrap().starts_with("/ar/modules/registration/"));
    assert_eq!(app.store.count_people().await.unwrap(), people_before, "no second record of the person");
    let regs = app.store.list_registrations(ids[0].parse().unwrap()).await.unwrap();
    assert_eq!(regs.len(), 1);
    assert_eq!(regs[0].person_id, Some(holder));
    // Registering twice on the same passport is refused (one registration per person).
    let r = send(number.clone(), "9").await;
    assert_eq!(r.status(), 409);
    assert_eq!(app.store.count_people().await.unwrap(), people_before, "the holder is not erased by a refusal");
    // Check-in by passport number finds the registration and stamps the passport.
    let n = welcomedesk_domain::passport::PassportNumber::parse(&number).unwrap();
    let who = app.store.passport_holder(&n, None).await.unwrap().unwrap();
    assert_eq!(who.birth_date, "1988-03-09");
    app.store
        .check_in(ids[0].parse().unwrap(), &welcomedesk_store::sessions::CheckInWho::Person(who.person_id), None)
        .await
        .unwrap();
    let regs = app.store.list_registrations(ids[0].parse().unwrap()).await.unwrap();
    assert!(regs[0].checked_in, "the registration is checked in");
    assert_eq!(app.store.stamps_of(holder).await.unwrap().len(), 1, "the module is stamped in the passport");
    // The same through the API (registerForSession with passport_number + birth_date).
    let path = format!("/api/v1/sessions/{}/registrations", ids[1]);
    let (s, body) = post(
        &app,
        None,
        &path,
        json!({"consent_modules": true, "passport_number": number, "birth_date": "1988-03-10"}),
    )
    .await;
    assert_eq!(s, 422, "{body}");
    assert_eq!(body["errors"][0]["field"], "passport_number", "{body}");
    // Without the registration's own consent: refused, said of that box, nothing written.
    // The consent given with the form above is withdrawn first, so that the API's own
    // recording of it is seen.
    let modules = welcomedesk_domain::consent::Purpose::Modules;
    app.store.withdraw_consent(holder, modules, None).await.unwrap();
    let consented = || async { app.store.read_person(holder, None, "test").await.unwrap().has_consent(modules) };
    assert!(!consented().await);
    let (s, body) = post(&app, None, &path, json!({"passport_number": number, "birth_date": "1988-03-09"})).await;
    assert_eq!(s, 422, "{body}");
    assert_eq!(body["errors"][0]["field"], "consent_modules", "{body}");
    assert_eq!(body["errors"][0]["code"], "consent_modules_required", "{body}");
    assert!(app.store.list_registrations(ids[1].parse().unwrap()).await.unwrap().is_empty());
    assert!(!consented().await, "a refused registration records no consent");
    let (s, body) = post(
        &app,
        None,
        &path,
        json!({"consent_modules": true, "passport_number": number, "birth_date": "1988-03-09"}),
    )
    .await;
    assert_eq!(s, 201, "{body}");
    assert!(consented().await, "the holder's modules consent, recorded with the registration");
    let regs = app.store.list_registrations(ids[1].parse().unwrap()).await.unwrap();
    assert_eq!(regs.iter().map(|r| r.person_id).collect::<Vec<_>>(), [Some(holder)]);
    assert_eq!(app.store.count_people().await.unwrap(), people_before);
});

// ---- finishing issue 5: venues edited, pins and absences on the page, QR check-in -------

async fn east_hall(app: &TestApp) -> Value {
    get(app, None, "/api/v1/venues")
        .await
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == "East Hall")
        .unwrap()
        .clone()
}

both_backends!(venues_are_edited_on_the_page_and_in_the_api, |b| async move {
    let app = TestApp::spawn(b).await;
    let (coord_tok, topic, ids, _) = programme(&app).await;
    let v = east_hall(&app).await;
    let id = v["id"].as_str().unwrap().to_owned();
    let hall = v["rooms"][0]["id"].as_str().unwrap().to_owned();
    let coord = app.login_as("coordinator").await;
    let csrf = app.csrf(&coord, "/staff/modules/venues").await;
    let path = format!("/staff/modules/venues/{id}");

    // The list links to each venue's form, which comes filled in.
    let (s, html) = page(&coord, &app, "/staff/modules/venues").await;
    assert_eq!(s, 200);
    assert!(html.contains(&format!("href=\"{path}#venue-form\"")), "an edit link per venue");
    let (s, html) = page(&coord, &app, &path).await;
    assert_eq!(s, 200);
    assert!(html.contains("value=\"East Street 1\"") && html.contains("value=\"Bus 7 to East Hall\""));
    assert!(
        html.contains(">Hall: 60</textarea>")
            && html.contains("id=\"f-childcare_possible\" name=\"childcare_possible\" value=\"yes\" checked")
    );
    assert_eq!(page(&coord, &app, &format!("/staff/modules/venues/{}", uuid::Uuid::now_v7())).await.0, 404);

    // Changed: address, transit advice, district, step-free off, a room resized (same
    // room, same id) and one added.
    let fields = [
        ("name", "East Hall"),
        ("address", "East Street 3"),
        ("district", "East Harbour"),
        ("transit_advice", "Tram 2 to East Square, then 200 m"),
        ("childcare_possible", "yes"),
        ("rooms", "hall: 55\r\nSmall room: 20"),
    ];
    let (s, loc, _) = form(&coord, &app, &csrf, &path, &fields).await;
    assert_eq!((s, loc.as_str()), (303, "/staff/modules/venues?done=saved"));
    let v = east_hall(&app).await;
    assert_eq!(
        (v["address"].as_str(), v["district"].as_str(), v["transit_advice"].as_str(), v["step_free"].as_bool()),
        (Some("East Street 3"), Some("East Harbour"), Some("Tram 2 to East Square, then 200 m"), Some(false))
    );
    let rooms = v["rooms"].as_array().unwrap();
    assert_eq!(rooms.len(), 2);
    let kept = rooms.iter().find(|r| r["id"] == hall.as_str()).expect("the hall keeps its id");
    assert_eq!((kept["name"].as_str(), kept["capacity"].as_i64()), (Some("hall"), Some(55)));
    let small = rooms.iter().find(|r| r["name"] == "Small room").unwrap()["id"].as_str().unwrap().to_owned();
    let audit = app
        .store
        .list_audit(&welcomedesk_store::audit::AuditFilter {
            action: Some("venue.update".into()),
            entity_id: Some(id.clone()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(audit.len(), 1, "audited");
    // The public session page shows the new address and transit advice.
    let (_, html) = page(&app.client(), &app, &format!("/en/modules/{}", ids[0])).await;
    assert!(html.contains("East Street 3") && html.contains("Tram 2 to East Square"));

    // Bad input: every mistake at once, translated and linked, nothing changed.
    let (s, _, html) = form(
        &coord,
        &app,
        &csrf,
        &path,
        &[("name", "East Hall"), ("address", " "), ("district", "East"), ("rooms", "Hall 40")],
    )
    .await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-address\"") && html.contains("href=\"#f-rooms\""));
    assert!(html.contains("Write one room a line as name: seats"));
    assert!(html.contains("aria-describedby=\"f-rooms-hint f-rooms-error\""));
    let (s, _, html) = form(
        &coord,
        &app,
        &csrf,
        &path,
        &[("name", "East Hall"), ("address", "A 1"), ("district", "East"), ("rooms", "A: 20\na: 30")],
    )
    .await;
    assert_eq!(s, 422);
    assert!(html.contains("Each room only once"));
    assert_eq!(east_hall(&app).await["address"].as_str(), Some("East Street 3"), "nothing changed");

    // Childcare cannot be turned off while published sessions here offer places.
    let mut no_childcare: Vec<(&str, &str)> = fields.iter().filter(|f| f.0 != "childcare_possible").copied().collect();
    no_childcare[1] = ("address", "Moved Street 9");
    let (s, _, html) = form(&coord, &app, &csrf, &path, &no_childcare).await;
    assert_eq!(s, 409);
    assert!(html.contains("still offer childcare places") && html.contains("href=\"#f-childcare_possible\""));
    assert_eq!(east_hall(&app).await["address"].as_str(), Some("East Street 3"), "nothing changed");

    // A room a session uses stays.
    let (s, r) = post(
        &app,
        Some(&coord_tok),
        "/api/v1/sessions",
        json!({"topic_id": topic, "language": "ar", "venue_id": id, "room_id": small, "date": saturday(3), "start": "14:00", "capacity": 20}),
    )
    .await;
    assert_eq!(s, 201, "{r}");
    let mut without_small = fields.to_vec();
    without_small[5] = ("rooms", "hall: 55");
    let (s, _, html) = form(&coord, &app, &csrf, &path, &without_small).await;
    assert_eq!(s, 409);
    assert!(html.contains("a room you took out of the list"));
    assert_eq!(east_hall(&app).await["rooms"].as_array().unwrap().len(), 2, "the room stays");
    // Another venue's name is taken.
    let (s, _) = post(
        &app,
        Some(&coord_tok),
        "/api/v1/venues",
        json!({"name": "West Hall", "address": "West 1", "district": "West", "transit_advice": "", "rooms": [{"name": "Hall", "capacity": 30}]}),
    )
    .await;
    assert_eq!(s, 201);
    let mut renamed = fields.to_vec();
    renamed[0] = ("name", "West Hall");
    let (s, _, html) = form(&coord, &app, &csrf, &path, &renamed).await;
    assert_eq!(s, 409);
    assert!(html.contains("There is already a venue with this name"));

    // The same in the API (updateVenue): the whole venue, rooms by id.
    let body = json!({"name": "East Hall", "address": "East Street 5", "district": "East", "transit_advice": "Bus 7",
        "step_free": true, "childcare_possible": true,
        "rooms": [{"id": hall, "name": "Big hall", "capacity": 50}, {"id": small, "name": "Small room", "capacity": 25}]});
    let (s, r) = put(&app, &coord_tok, &format!("/api/v1/venues/{id}"), body.clone()).await;
    assert_eq!(s, 204, "{r}");
    let v = east_hall(&app).await;
    assert_eq!((v["address"].as_str(), v["step_free"].as_bool()), (Some("East Street 5"), Some(true)));
    assert!(
        v["rooms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == hall.as_str() && r["name"] == "Big hall" && r["capacity"] == 50)
    );
    let west =
        get(&app, None, "/api/v1/venues").await.as_array().unwrap().iter().find(|v| v["name"] == "West Hall").unwrap()
            ["rooms"][0]["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let mut foreign = body.clone();
    foreign["rooms"][1]["id"] = json!(west);
    let (s, r) = put(&app, &coord_tok, &format!("/api/v1/venues/{id}"), foreign).await;
    assert_eq!(s, 409, "a room of another venue: {r}");
    let mut bad = body.clone();
    bad["address"] = json!("");
    bad["rooms"][0]["capacity"] = json!(0);
    let (s, r) = put(&app, &coord_tok, &format!("/api/v1/venues/{id}"), bad).await;
    assert_eq!(s, 422, "{r}");
    let (s, _) = put(&app, &coord_tok, &format!("/api/v1/venues/{}", uuid::Uuid::now_v7()), body.clone()).await;
    assert_eq!(s, 404);
    let desk = app.token_for("desk").await;
    let (s, _) = put(&app, &desk, &format!("/api/v1/venues/{id}"), body.clone()).await;
    assert_eq!(s, 403);
    assert_eq!(east_hall(&app).await["address"].as_str(), Some("East Street 5"), "refused changes wrote nothing");
    let desk_page = app.login_as("desk").await;
    assert_eq!(page(&desk_page, &app, &path).await.0, 403);
    app.stop().await;
});

both_backends!(roster_page_pins_and_a_trainer_marked_absent, |b| async move {
    let app = TestApp::spawn(b).await;
    let (_, _, ids, trainers) = programme(&app).await;
    let (a, bb, c) = (&trainers[0], &trainers[1], &trainers[2]);
    let coord = app.login_as("coordinator").await;
    let csrf = app.csrf(&coord, "/staff/modules/roster").await;
    let (from, to) = (saturday(1), saturday(5));
    let (s0, s1) = (&ids[0], &ids[1]);

    // The proposal offers a choice per session and role, "chosen by the rostering" first.
    let (s, html) = page(&coord, &app, &format!("/staff/modules/roster?from={from}&to={to}")).await;
    assert_eq!(s, 200);
    assert!(html.contains(&format!("name=\"t.{s0}\"")) && html.contains(&format!("name=\"b.{s0}\"")));
    assert!(html.contains(&format!("<label class=\"visually-hidden\" for=\"pin-t-{s0}\">")), "each choice labelled");

    // Pinned by hand and shown again: the pins hold, the rest is planned around them.
    let (tk, bk) = (format!("t.{s0}"), format!("b.{s0}"));
    let pins = [("from", from.as_str()), ("to", to.as_str()), (tk.as_str(), c.as_str()), (bk.as_str(), a.as_str())];
    let mut preview = pins.to_vec();
    preview.push(("action", "preview"));
    let (s, _, html) = form(&coord, &app, &csrf, "/staff/modules/roster", &preview).await;
    assert_eq!(s, 200);
    assert!(
        html.contains(&format!("<option value=\"{c}\" selected>Trainer C</option>")),
        "the pin is kept in the form"
    );
    assert!(
        app.store.get_session(s0.parse().unwrap(), "en").await.unwrap().trainer_id.is_none(),
        "a preview writes nothing"
    );
    // A pin that cannot hold is explained: the backup cannot be the trainer.
    let bk1 = format!("b.{s1}");
    let tk1 = format!("t.{s1}");
    let mut clash = preview.clone();
    clash.push((tk1.as_str(), bb.as_str()));
    clash.push((bk1.as_str(), bb.as_str()));
    let (s, _, html) = form(&coord, &app, &csrf, "/staff/modules/roster", &clash).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("Choices that could not be kept (1)") && html.contains("The backup cannot be the trainer."),
        "{html}"
    );
    // Nonsense in a pin: a clear message, nothing written.
    let (s, _, html) =
        form(&coord, &app, &csrf, "/staff/modules/roster", &[("from", &from), ("to", &to), (&tk, "someone")]).await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-pins\""));
    // Saved with the pins.
    let mut save = pins.to_vec();
    save.push(("action", "save"));
    let (s, loc, _) = form(&coord, &app, &csrf, "/staff/modules/roster", &save).await;
    assert_eq!((s, loc.contains("done=applied")), (303, true), "{loc}");
    let row = app.store.get_session(s0.parse().unwrap(), "en").await.unwrap();
    assert_eq!(
        (row.trainer_id.map(|t| t.to_string()), row.backup_trainer_id.map(|t| t.to_string())),
        (Some(c.clone()), Some(a.clone()))
    );
    for id in &ids {
        assert!(app.store.get_session(id.parse().unwrap(), "en").await.unwrap().trainer_id.is_some());
    }

    // Two people registered with e-mail; then trainer C falls ill on that Saturday.
    for i in 0..2 {
        let (s, _) = post(
            &app,
            None,
            &format!("/api/v1/sessions/{s0}/registrations"),
            json!({"consent_modules": true, "name": format!("P{i}"), "email": format!("p{i}@example.org"), "language": "ar"}),
        )
        .await;
        assert_eq!(s, 201);
    }
    let (s, html) = page(&coord, &app, "/staff/modules/roster").await;
    assert_eq!(s, 200);
    assert!(
        html.contains("action=\"/staff/modules/roster/absence\"") && html.contains("<label for=\"f-absent_trainer\">")
    );
    let (s, _, html) = form(
        &coord,
        &app,
        &csrf,
        "/staff/modules/roster/absence",
        &[("absent_trainer", ""), ("absent_date", "soon"), ("absent_reason", "sick")],
    )
    .await;
    assert_eq!(s, 422);
    assert!(html.contains("href=\"#f-absent_trainer\"") && html.contains("href=\"#f-absent_date\""));
    assert!(app.store.list_outbox(100).await.unwrap().is_empty(), "nothing happened");
    let (s, loc, _) = form(
        &coord,
        &app,
        &csrf,
        "/staff/modules/roster/absence",
        &[("absent_trainer", c), ("absent_date", &from), ("absent_reason", "sick")],
    )
    .await;
    assert_eq!(s, 303, "{loc}");
    assert_eq!(loc, format!("/staff/modules/roster?from={from}&to={from}&done=absent&changed=1"));
    let row = app.store.get_session(s0.parse().unwrap(), "en").await.unwrap();
    assert_eq!(row.trainer_id.map(|t| t.to_string()), Some(a.clone()), "the backup teaches");
    assert_eq!(row.backup_trainer_id.map(|t| t.to_string()), Some(bb.clone()), "a new backup is proposed and set");
    let mail = app.store.list_outbox(100).await.unwrap();
    assert_eq!(mail.len(), 2, "everyone registered is told");
    let (s, html) = page(&coord, &app, &loc).await;
    assert_eq!(s, 200);
    assert!(html.contains("The absence is saved. Sessions changed that day: 1."));
    // Only the coordinator.
    let desk = app.login_as("desk").await;
    let dcsrf = app.csrf(&desk, "/staff/").await;
    let (s, _, _) = form(
        &desk,
        &app,
        &dcsrf,
        "/staff/modules/roster/absence",
        &[("absent_trainer", a), ("absent_date", &from), ("absent_reason", "sick")],
    )
    .await;
    assert_eq!(s, 403);
    app.stop().await;
});

both_backends!(check_in_by_scanned_passport_token, |b| async move {
    let app = TestApp::spawn(b).await;
    let (coord_tok, _, ids, _) = programme(&app).await;
    let s0 = &ids[0];
    let (pid, number) = person_with_passport(&app, "Hana Idris").await;
    let key = app.store.passport_key().await.unwrap();
    let n = welcomedesk_domain::passport::PassportNumber::parse(&number).unwrap();
    let token = key.sign(&n, pid);
    let coord = app.login_as("coordinator").await;
    let path = format!("/staff/modules/{s0}/check-in");
    let (s, html) = page(&coord, &app, &path).await;
    assert_eq!(s, 200);
    // The camera scan is an enhancement: our own script, the same form without it.
    assert!(html.contains("data-qr-scan") && html.contains("data-qr-start=\"Scan the QR code with the camera\""));
    let script = html.split("<script src=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    assert!(script.starts_with("/static/qr-scan.") && script.ends_with(".js"), "{script}");
    let r = app.client().get(app.url(&script)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("BarcodeDetector"));
    let csrf = common::extract_csrf(&html).unwrap();

    // A forged token (one character of the signature changed) is refused, nothing written.
    let mut forged: Vec<char> = token.chars().collect();
    let last = forged.len() - 3;
    forged[last] = if forged[last] == 'A' { 'B' } else { 'A' };
    let forged: String = forged.into_iter().collect();
    let (s, _, html) = form(&coord, &app, &csrf, &path, &[("number", &forged)]).await;
    assert_eq!(s, 422);
    assert!(html.contains("This QR code is forged or altered") && html.contains("href=\"#f-number\""));
    let (s, _, html) = form(&coord, &app, &csrf, &path, &[("number", "WDP1.nonsense")]).await;
    assert_eq!(s, 422);
    assert!(html.contains("This QR code is not a welcome passport"));
    assert_eq!(app.store.count_attendances(s0.parse().unwrap()).await.unwrap(), 0);
    // The scanned token checks the person in, as the typed number would.
    let (s, loc, _) = form(&coord, &app, &csrf, &path, &[("number", &token)]).await;
    assert_eq!((s, loc.contains("done=new")), (303, true), "{loc}");
    assert_eq!(app.store.count_attendances(s0.parse().unwrap()).await.unwrap(), 1);
    // The API (checkIn) takes the same: a token, a number, twice is once.
    let (s, r) =
        post(&app, Some(&coord_tok), &format!("/api/v1/sessions/{}/attendance", ids[1]), json!({"passport": token}))
            .await;
    assert_eq!(s, 201, "{r}");
    let (s, _) =
        post(&app, Some(&coord_tok), &format!("/api/v1/sessions/{}/attendance", ids[1]), json!({"passport": number}))
            .await;
    assert_eq!(s, 200, "already checked in");
    let (s, r) =
        post(&app, Some(&coord_tok), &format!("/api/v1/sessions/{}/attendance", ids[1]), json!({"passport": forged}))
            .await;
    assert_eq!(s, 422, "{r}");
    // A replaced passport's token no longer checks anyone in.
    app.store.replace_passport(pid, "lost", None).await.unwrap();
    let (s, _, html) = form(&coord, &app, &csrf, &path, &[("number", &token)]).await;
    assert_eq!(s, 422);
    assert!(html.contains("This passport number was replaced"));
    app.stop().await;
});

both_backends!(consent_purpose_modules_given_and_withdrawn, |b| async move {
    let app = TestApp::spawn(b).await;
    let (coord, _, ids, _) = programme(&app).await;
    let (pid, _) = person_with_passport(&app, "Omar Haddad").await;
    let desk = app.token_for("desk").await;
    // The purpose exists on both databases (migration 0016) and is recorded like any other.
    let (s, r) = post(
        &app,
        Some(&desk),
        &format!("/api/v1/people/{pid}/consents"),
        json!({"purpose": "modules", "channel": "in_person", "text_language": "ar"}),
    )
    .await;
    assert_eq!(s, 201, "{r}");
    let (s, _) = post(
        &app,
        Some(&desk),
        &format!("/api/v1/people/{pid}/consents"),
        json!({"purpose": "modules", "channel": "in_person", "text_language": "ar"}),
    )
    .await;
    assert_eq!(s, 409, "one live consent per purpose");
    for id in &ids[..2] {
        let (s, r) =
            post(&app, Some(&desk), &format!("/api/v1/sessions/{id}/registrations"), json!({"person_id": pid})).await;
        assert_eq!(s, 201, "{r}");
    }
    // Taken back: the registrations for sessions to come are cancelled, the record stays.
    let r = app
        .client()
        .delete(app.url(&format!("/api/v1/people/{pid}/consents/modules")))
        .bearer_auth(&coord)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let rec = app.store.read_person(pid, None, "person.read").await.unwrap();
    assert!(!rec.has_consent(welcomedesk_domain::consent::Purpose::Modules));
    assert!(rec.has_consent(welcomedesk_domain::consent::Purpose::Basic), "the record stays");
    // … and staff cannot register them again without it.
    let (s, r) =
        post(&app, Some(&desk), &format!("/api/v1/sessions/{}/registrations", ids[2]), json!({"person_id": pid})).await;
    assert_eq!((s, r["errors"][0]["code"].as_str()), (422, Some("consent_modules_missing")), "{r}");
    let regs = app.store.registrations_of_person(pid).await.unwrap();
    assert_eq!(regs.len(), 2);
    assert!(regs.iter().all(|r| r.status == "cancelled"), "registrations cancelled");
    let s0 = app.store.get_session(ids[0].parse().unwrap(), "en").await.unwrap();
    assert_eq!(s0.confirmed, 0, "the seat is free again");
    // The person's page names the purpose in words.
    let staff = app.login_as("coordinator").await;
    let (s, html) = page(&staff, &app, &format!("/staff/people/{pid}")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Registering for information modules"));
    app.stop().await;
});
