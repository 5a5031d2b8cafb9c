//! The desk and the knowledge base over HTTP on both backends: the search of the demo
//! articles (synonyms from the database, typos, Arabic, published only for the
//! public), the index following article changes at once, searches without hits
//! reaching the coordinator's gaps, the contact log, the queue, interpreting requests
//! and the dashboard.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;
use serde_json::{Value, json};
use welcomedesk_store::both_backends;

async fn get(app: &TestApp, token: Option<&str>, path: &str) -> (u16, Value) {
    let mut r = app.client().get(app.url(path));
    if let Some(t) = token {
        r = r.bearer_auth(t);
    }
    let r = r.send().await.unwrap();
    let s = r.status().as_u16();
    (s, r.json().await.unwrap_or(Value::Null))
}

async fn post(app: &TestApp, token: &str, path: &str, body: Value) -> (u16, Value) {
    let r = app.client().post(app.url(path)).bearer_auth(token).json(&body).send().await.unwrap();
    let s = r.status().as_u16();
    (s, r.json().await.unwrap_or(Value::Null))
}

fn slugs(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|h| h["slug"].as_str().unwrap().to_owned()).collect()
}

both_backends!(knowledge_search_over_http, |b| async move {
    let app = TestApp::spawn(b).await;
    let desk = app.token_for("desk").await;
    let lead = app.token_for("desk_lead").await;
    let coord = app.token_for("coordinator").await;

    // A synonym the coordinator keeps in the database, typed in German.
    let (s, hits) = get(&app, Some(&desk), "/api/v1/knowledge/search?q=Meldezettel&lang=de").await;
    assert_eq!(s, 200);
    assert_eq!(slugs(&hits)[0], "address-registration");
    // A typo, and the Swedish translation preferred.
    let (_, hits) = get(&app, Some(&desk), "/api/v1/knowledge/search?q=preschol%20plase&lang=sv").await;
    assert_eq!(slugs(&hits)[0], "preschool-place");
    assert_eq!(hits[0]["language"], "sv");
    assert!(hits[0]["question"].as_str().unwrap().contains("förskola"));
    // Arabic.
    let (_, hits) = get(&app, Some(&desk), "/api/v1/knowledge/search?q=%D8%B4%D9%82%D8%A9&lang=ar").await;
    assert_eq!(slugs(&hits)[0], "find-a-flat");
    assert_eq!(hits[0]["language"], "ar");
    // The demo's out-of-date article is flagged to staff.
    let (_, hits) = get(&app, Some(&desk), "/api/v1/knowledge/search?q=discrimination").await;
    assert_eq!(slugs(&hits)[0], "discrimination-help");
    assert_eq!(hits[0]["out_of_date"], true);

    // Writing articles is the desk lead's (and the coordinator's), not an agent's.
    let (s, _) = post(
        &app,
        &desk,
        "/api/v1/knowledge/articles",
        json!({"slug": "cat-licence", "topics": ["pets"], "review_on": "2027-12-01"}),
    )
    .await;
    assert_eq!(s, 403, "a desk agent does not edit the knowledge base");
    // A new article: a draft is found by the desk at once, never by the public.
    let (s, created) = post(
        &app,
        &lead,
        "/api/v1/knowledge/articles",
        json!({"slug": "dog-licence", "topics": ["pets"], "review_on": "2027-12-01", "referrals": ["citizens-office"]}),
    )
    .await;
    assert_eq!(s, 201, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();
    let version = json!({"language": "en", "base": 0, "question": "Do I need a licence for my dog?",
        "answer": "Yes: register the dog at the **citizens' office**.", "checklist": ["vaccination card"], "stage": "draft"});
    let (s, v) = post(&app, &lead, &format!("/api/v1/knowledge/articles/{id}/versions"), version.clone()).await;
    assert_eq!((s, v["number"].as_i64()), (201, Some(1)));
    let (s, _) = post(&app, &lead, &format!("/api/v1/knowledge/articles/{id}/versions"), version).await;
    assert_eq!(s, 409, "saved over an old base");
    let (_, hits) = get(&app, Some(&desk), "/api/v1/knowledge/search?q=dog%20licence").await;
    assert_eq!(slugs(&hits)[0], "dog-licence");
    let (_, public) = get(&app, None, "/api/v1/knowledge/search?q=dog%20licence").await;
    assert!(!slugs(&public).contains(&"dog-licence".to_owned()), "drafts are not public");
    // Made final: now public too.
    let (s, _) = post(
        &app,
        &lead,
        &format!("/api/v1/knowledge/articles/{id}/versions"),
        json!({"language": "en", "base": 1, "question": "Do I need a licence for my dog?",
               "answer": "Yes: register the dog at the citizens' office.", "stage": "final"}),
    )
    .await;
    assert_eq!(s, 201);
    let (_, public) = get(&app, None, "/api/v1/knowledge/search?q=dog%20licence").await;
    assert_eq!(slugs(&public)[0], "dog-licence");
    // A bad version is refused field by field.
    let (s, p) = post(
        &app,
        &lead,
        &format!("/api/v1/knowledge/articles/{id}/versions"),
        json!({"language": "xx", "base": 2, "question": "", "answer": ""}),
    )
    .await;
    assert_eq!(s, 422, "{p}");

    // Articles with their states.
    let (s, list) = get(&app, Some(&desk), "/api/v1/knowledge/articles").await;
    assert_eq!(s, 200);
    let addr = list.as_array().unwrap().iter().find(|a| a["slug"] == "address-registration").unwrap();
    let states: Vec<(String, String)> = addr["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["language"].as_str().unwrap().to_owned(), l["state"].as_str().unwrap().to_owned()))
        .collect();
    assert!(states.contains(&("en".into(), "source".into())));
    assert!(states.contains(&("sv".into(), "up_to_date".into())));

    // Searches that found nothing reach the coordinator's gaps; a new synonym works at once.
    for _ in 0..2 {
        let (_, none) = get(&app, Some(&desk), "/api/v1/knowledge/search?q=Hundemarke&lang=de").await;
        assert!(none.as_array().unwrap().is_empty());
    }
    let (s, gaps) = get(&app, Some(&coord), "/api/v1/knowledge/gaps").await;
    assert_eq!(s, 200);
    assert!(gaps.as_array().unwrap().iter().any(|g| g["source"] == "search" && g["text"] == "hundemarke"), "{gaps}");
    let (s, _) =
        post(&app, &coord, "/api/v1/knowledge/synonyms", json!({"terms": ["Hundemarke", "dog licence"]})).await;
    assert_eq!(s, 201);
    let (_, hits) = get(&app, Some(&desk), "/api/v1/knowledge/search?q=Hundemarke").await;
    assert_eq!(slugs(&hits)[0], "dog-licence");
    let (s, _) = get(&app, Some(&desk), "/api/v1/knowledge/gaps").await;
    assert_eq!(s, 403, "the gaps are the coordinator's and the desk lead's");
    let (s, _) = get(&app, Some(&lead), "/api/v1/knowledge/gaps").await;
    assert_eq!(s, 200, "the desk lead sees the gaps");
    app.stop().await;
});

both_backends!(contacts_queue_interpreting_dashboard_over_http, |b| async move {
    let app = TestApp::spawn(b).await;
    let desk = app.token_for("desk").await;
    let coord = app.token_for("coordinator").await;
    let entries = app.store.list_directory().await.unwrap();
    let tenants = entries.iter().find(|e| e.slug == "tenants-advice").unwrap().id.to_string();
    let articles = app.store.list_articles().await.unwrap();
    let flat = articles.iter().find(|a| a.slug == "find-a-flat").unwrap().id.to_string();

    let (s, c) = post(
        &app,
        &desk,
        "/api/v1/desk/contacts",
        json!({"channel": "walk_in", "language": "ti", "interpreter": "phone", "topics": ["housing", "pets"],
               "article_ids": [flat], "referral_ids": [tenants], "appointment_booked": true, "duration_seconds": 420}),
    )
    .await;
    assert_eq!(s, 201, "{c}");
    let (s, _) = post(
        &app,
        &desk,
        "/api/v1/desk/contacts",
        json!({"channel": "phone", "language": "ar", "topics": ["pets"], "duration_seconds": 120}),
    )
    .await;
    assert_eq!(s, 201);
    let (s, p) =
        post(&app, &desk, "/api/v1/desk/contacts", json!({"channel": "fax", "language": "ti", "duration_seconds": -1}))
            .await;
    assert_eq!(s, 422);
    let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["channel", "duration"]);
    let (s, p) = post(
        &app,
        &desk,
        "/api/v1/desk/contacts",
        json!({"channel": "phone", "language": "ar",
        "duration_seconds": 60, "person_id": uuid::Uuid::now_v7().to_string(), "link_consent": true}),
    )
    .await;
    assert_eq!((s, p["code"].as_str()), (409, Some("person_without_consent")));
    let (s, _) = post(
        &app,
        &app.token_for("trainer").await,
        "/api/v1/desk/contacts",
        json!({"channel": "phone", "language": "ar", "duration_seconds": 60}),
    )
    .await;
    assert_eq!(s, 403);

    // The queue: tickets by language, called by an agent who speaks it.
    let mut numbers = vec![];
    for l in ["ti", "ar", "ti"] {
        let (s, t) = post(&app, &desk, "/api/v1/desk/queue/tickets", json!({"language": l})).await;
        assert_eq!(s, 201);
        numbers.push(t["number"].as_i64().unwrap());
    }
    assert_eq!(numbers, [1, 2, 3]);
    let (s, q) = get(&app, None, "/api/v1/desk/queue").await;
    assert_eq!(s, 200, "the public screen needs no login");
    let ti = q["lines"].as_array().unwrap().iter().find(|l| l["language"] == "ti").unwrap();
    assert_eq!(ti["numbers"], json!([1, 3]));
    assert!(ti["wait_minutes"].as_i64().unwrap() >= 5);
    let (s, t) = post(&app, &desk, "/api/v1/desk/queue/call", json!({"languages": ["ar"]})).await;
    assert_eq!((s, t["number"].as_i64()), (200, Some(2)));
    let (s, _) = post(&app, &desk, "/api/v1/desk/queue/call", json!({"languages": ["ar"]})).await;
    assert_eq!(s, 204, "nobody else waits in Arabic");
    let (_, q) = get(&app, None, "/api/v1/desk/queue").await;
    assert_eq!(q["called"][0]["number"], 2);

    // Interpreting.
    let (s, r) = post(
        &app,
        &desk,
        "/api/v1/desk/interpreting",
        json!({"language": "ti", "mode": "on_site", "date": "2030-01-07", "time": "10:00", "minutes": 60}),
    )
    .await;
    assert_eq!(s, 201, "{r}");
    let rid = r["id"].as_str().unwrap().to_owned();
    let (s, _) = post(&app, &desk, &format!("/api/v1/desk/interpreting/{rid}/status"), json!({"status": "done"})).await;
    assert_eq!(s, 422, "open cannot become done");
    let (s, _) =
        post(&app, &desk, &format!("/api/v1/desk/interpreting/{rid}/status"), json!({"status": "booked"})).await;
    assert_eq!(s, 204);
    let (_, list) = get(&app, Some(&desk), "/api/v1/desk/interpreting").await;
    assert_eq!(list[0]["status"], "booked");

    // The dashboard (coordinator only).
    let (s, d) = get(&app, Some(&coord), "/api/v1/desk/dashboard").await;
    assert_eq!(s, 200, "{d}");
    assert_eq!(d["contacts"], 2);
    assert_eq!(d["interpreted"], 1);
    assert_eq!(d["referrals"], json!([["tenants-advice", 1]]));
    assert_eq!(d["per_topic"][0], json!(["pets", 2]));
    assert_eq!(d["waits"][0]["language"], "ar");
    assert_eq!(d["missing_languages"][0]["language"], "ti");
    let (s, _) = get(&app, Some(&desk), "/api/v1/desk/dashboard").await;
    assert_eq!(s, 403);
    // Asked twice without an article: "pets" is a gap.
    let (_, gaps) = get(&app, Some(&coord), "/api/v1/knowledge/gaps").await;
    assert!(gaps.as_array().unwrap().iter().any(|g| g["source"] == "topic" && g["text"] == "pets"), "{gaps}");
    app.stop().await;
});

both_backends!(desk_pages_in_every_language, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    for l in welcomedesk_i18n::LANGUAGES.iter() {
        for page in ["faq", "queue"] {
            let path = format!("/{}/{page}", l.code);
            let r = c.get(app.url(&path)).send().await.unwrap();
            assert_eq!(r.status(), 200, "{path}");
            let html = r.text().await.unwrap();
            assert!(html.contains(&format!("<html lang=\"{}\" dir=\"{}\">", l.code, l.dir.as_str())), "{path}");
            assert!(!html.contains(">desk-") && !html.contains(">error-"), "{path} shows a raw key");
            assert!(!html.contains("<script"), "{path} needs no script");
            assert!(html.len() < 100 * 1024, "{path} is {} bytes", html.len());
        }
    }
    let sv = c.get(app.url("/sv/faq")).send().await.unwrap().text().await.unwrap();
    assert!(sv.contains("Hur folkbokför jag min adress?"), "the published Swedish translation");
    let ar = c.get(app.url("/ar/faq")).send().await.unwrap().text().await.unwrap();
    assert!(ar.contains("كيف أسجل عنواني؟"));
    assert!(ar.contains("lang=\"en\" dir=\"ltr\""), "articles not in Arabic are shown in English, marked");
    assert!(ar.contains("<strong>"), "the answer's markup is rendered");
    // The wall screen reloads itself; the page a visitor opens does not (WCAG 2.2.1).
    let screen = c.get(app.url("/de/queue?screen=1")).send().await.unwrap().text().await.unwrap();
    assert!(screen.contains("<meta http-equiv=\"refresh\" content=\"20\">"));
    let visitor = c.get(app.url("/de/queue")).send().await.unwrap().text().await.unwrap();
    assert!(!visitor.contains("http-equiv=\"refresh\""));

    // The contact form: bad input is shown again with messages and nothing is saved.
    let desk = app.login_as("desk").await;
    let token = app.csrf(&desk, "/staff/desk").await;
    let r = desk
        .post(app.url("/staff/desk"))
        .form(&[
            ("csrf", token.as_str()),
            ("channel", "walk_in"),
            ("language", "arabic"),
            ("interpreter", "none"),
            ("topics", "housing"),
            ("articles", "no-such-article"),
            ("duration_minutes", "5"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("error-summary")
            && html.contains("href=\"#f-language\"")
            && html.contains("href=\"#f-articles\"")
    );
    assert!(html.contains("value=\"arabic\""), "what was typed is kept");
    let none = app.store.list_desk_contacts(jiff::Timestamp::UNIX_EPOCH, jiff::Timestamp::MAX).await.unwrap();
    assert!(none.is_empty());
    let r = desk
        .post(app.url("/staff/desk"))
        .form(&[
            ("csrf", token.as_str()),
            ("channel", "phone"),
            ("language", "ar"),
            ("interpreter", "none"),
            ("topics", "housing"),
            ("articles", "find-a-flat"),
            ("referrals", "tenants-advice"),
            ("appointment_booked", "yes"),
            ("duration_minutes", "4"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let saved = app.store.list_desk_contacts(jiff::Timestamp::UNIX_EPOCH, jiff::Timestamp::MAX).await.unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(
        (saved[0].articles.clone(), saved[0].referrals.clone()),
        (vec!["find-a-flat".to_owned()], vec!["tenants-advice".to_owned()])
    );
    assert!(saved[0].appointment_booked && !saved[0].person_linked);

    // Search page, queue page and the lead's figures render for their roles.
    let s = desk.get(app.url("/staff/knowledge?q=Meldezettel&lang=de")).send().await.unwrap().text().await.unwrap();
    assert!(s.contains("address-registration"));
    let s = desk.get(app.url("/staff/knowledge?q=zzzqqqxx")).send().await.unwrap().text().await.unwrap();
    assert!(s.contains("role=\"status\""));
    let q = desk.get(app.url("/staff/desk/queue")).send().await.unwrap();
    assert_eq!(q.status(), 200);
    assert_eq!(desk.get(app.url("/staff/desk/dashboard")).send().await.unwrap().status(), 403);
    let coord = app.login_as("coordinator").await;
    let d = coord.get(app.url("/staff/desk/dashboard")).send().await.unwrap();
    assert_eq!(d.status(), 200);
    let csv = coord.get(app.url("/staff/desk/dashboard.csv")).send().await.unwrap().text().await.unwrap();
    assert!(csv.starts_with("day,hour,channel,language"));
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.contains(",phone,ar,none,housing,tenants-advice,true,240"));
    app.stop().await;
});

both_backends!(a_linked_contact_is_in_the_export_and_anonymised_by_erasure, |b| async move {
    let app = TestApp::spawn(b).await;
    let desk = app.token_for("desk").await;
    let coord = app.token_for("coordinator").await;
    let body = json!({"full_name": "Amina Yusuf Warsame", "birth_date": "1999-02-03", "citizenship": "SO",
        "languages": ["so"], "consents": ["basic"], "text_language": "so"});
    let (s, p) = post(&app, &desk, "/api/v1/people", body).await;
    assert_eq!(s, 201, "{p}");
    let id = p["id"].as_str().unwrap().to_owned();
    // Without the person's agreement the link is refused, with it the contact is theirs.
    let (s, _) = post(
        &app,
        &desk,
        "/api/v1/desk/contacts",
        json!({"channel": "walk_in", "language": "so", "duration_seconds": 300, "person_id": id}),
    )
    .await;
    assert_eq!(s, 422);
    let (s, _) = post(
        &app,
        &desk,
        "/api/v1/desk/contacts",
        json!({"channel": "walk_in", "language": "so", "topics": ["housing"], "duration_seconds": 300,
               "person_id": id, "link_consent": true}),
    )
    .await;
    assert_eq!(s, 201);
    let (s, export) = get(&app, Some(&coord), &format!("/api/v1/people/{id}/export")).await;
    assert_eq!(s, 200);
    assert_eq!(export["desk_contacts"].as_array().unwrap().len(), 1, "{export}");
    assert_eq!(export["desk_contacts"][0]["topics"], json!(["housing"]));
    let r = app.client().delete(app.url(&format!("/api/v1/people/{id}"))).bearer_auth(&coord).send().await.unwrap();
    assert_eq!(r.status(), 204);
    let (_, d) = get(&app, Some(&coord), "/api/v1/desk/dashboard").await;
    assert_eq!(d["contacts"], 1, "the contact stays for the figures, without the person");
    let all = app.store.list_desk_contacts(jiff::Timestamp::UNIX_EPOCH, jiff::Timestamp::MAX).await.unwrap();
    assert!(!all[0].person_linked);
    app.stop().await;
});

/// The Location of a redirect.
fn location(r: &reqwest::Response) -> String {
    r.headers()[reqwest::header::LOCATION].to_str().unwrap().to_owned()
}

both_backends!(partner_agent_logs_anonymous_contacts_and_never_sees_the_register, |b| async move {
    let app = TestApp::spawn(b).await;
    let partner = app.token_for("partner_agent").await;
    let desk = app.token_for("desk").await;
    let lead = app.token_for("desk_lead").await;
    let (_, me) = get(&app, Some(&partner), "/api/v1/me").await;
    assert_eq!(me["role"], "partner_agent");
    let (s, p) = post(
        &app,
        &desk,
        "/api/v1/people",
        json!({"full_name": "Amina Yusuf Warsame", "birth_date": "1999-02-03", "citizenship": "SO",
            "languages": ["so"], "consents": ["basic"], "text_language": "so"}),
    )
    .await;
    assert_eq!(s, 201, "{p}");
    let id = p["id"].as_str().unwrap().to_owned();

    // No people search, no person, no export: over the API and as pages.
    for path in
        ["/api/v1/people?q=Amina".to_owned(), format!("/api/v1/people/{id}"), format!("/api/v1/people/{id}/export")]
    {
        let (s, _) = get(&app, Some(&partner), &path).await;
        assert_eq!(s, 403, "partner agent: {path}");
    }
    let web = app.login_as("partner_agent").await;
    for path in
        ["/staff/people?q=Amina".to_owned(), format!("/staff/people/{id}"), format!("/staff/people/{id}/export")]
    {
        assert_eq!(web.get(app.url(&path)).send().await.unwrap().status(), 403, "partner agent page: {path}");
    }
    let home = web.get(app.url("/staff/")).send().await.unwrap().text().await.unwrap();
    assert!(!home.contains("href=\"/staff/people\""), "no register in the partner's menu");
    assert!(home.contains("href=\"/staff/desk\""));

    // Anonymous contacts are logged; linking one to a person is refused, even with consent.
    let (s, _) = post(
        &app,
        &partner,
        "/api/v1/desk/contacts",
        json!({"channel": "phone", "language": "so", "topics": ["housing"], "duration_seconds": 240}),
    )
    .await;
    assert_eq!(s, 201);
    let (s, p) = post(
        &app,
        &partner,
        "/api/v1/desk/contacts",
        json!({"channel": "phone", "language": "so", "duration_seconds": 60, "person_id": id, "link_consent": true}),
    )
    .await;
    assert_eq!(s, 422, "{p}");
    assert_eq!(p["errors"][0]["code"], "not_allowed_for_partner");
    // The same on the contact page: no person fields, and a forged one is refused.
    let form = web.get(app.url("/staff/desk")).send().await.unwrap().text().await.unwrap();
    assert!(!form.contains("id=\"f-person_id\""), "the partner's form has no person field");
    let token = app.csrf(&web, "/staff/desk").await;
    let fields = |person: &str| -> Vec<(&'static str, String)> {
        vec![
            ("csrf", token.clone()),
            ("channel", "phone".to_owned()),
            ("language", "so".to_owned()),
            ("interpreter", "none".to_owned()),
            ("topics", "housing".to_owned()),
            ("duration_minutes", "3".to_owned()),
            ("person_id", person.to_owned()),
            ("link_consent", "yes".to_owned()),
        ]
    };
    let r = web.post(app.url("/staff/desk")).form(&fields(&id)).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("A partner call centre cannot link contacts to a person."), "the message is shown");
    let mut anon = fields("");
    anon.retain(|(k, _)| *k != "link_consent");
    let r = web.post(app.url("/staff/desk")).form(&anon).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let all = app.store.list_desk_contacts(jiff::Timestamp::UNIX_EPOCH, jiff::Timestamp::MAX).await.unwrap();
    assert_eq!(all.len(), 2, "the two anonymous contacts, nothing else");
    assert!(all.iter().all(|c| !c.person_linked));

    // The knowledge search and the queue are the partner's too; the rest of the desk is not.
    let (s, hits) = get(&app, Some(&partner), "/api/v1/knowledge/search?q=Meldezettel&lang=de").await;
    assert_eq!(s, 200);
    assert_eq!(slugs(&hits)[0], "address-registration");
    let (s, _) = post(&app, &partner, "/api/v1/desk/queue/tickets", json!({"language": "so"})).await;
    assert_eq!(s, 201);
    assert_eq!(web.get(app.url("/staff/desk/queue")).send().await.unwrap().status(), 200);
    for path in ["/api/v1/desk/dashboard", "/api/v1/knowledge/gaps", "/api/v1/desk/interpreting"] {
        let (s, _) = get(&app, Some(&partner), path).await;
        assert_eq!(s, 403, "partner agent: {path}");
    }
    let (s, _) = post(&app, &partner, "/api/v1/knowledge/synonyms", json!({"terms": ["a b", "c d"]})).await;
    assert_eq!(s, 403);

    // The desk lead: an agent (people, contacts) plus the figures, gaps and synonyms.
    let (s, _) = get(&app, Some(&lead), "/api/v1/people?q=Amina").await;
    assert_eq!(s, 200);
    let (s, d) = get(&app, Some(&lead), "/api/v1/desk/dashboard").await;
    assert_eq!((s, d["contacts"].as_i64()), (200, Some(2)));
    let (s, _) = post(&app, &lead, "/api/v1/knowledge/synonyms", json!({"terms": ["Hundemarke", "dog tag"]})).await;
    assert_eq!(s, 201);
    let lead_web = app.login_as("desk_lead").await;
    let csv = lead_web.get(app.url("/staff/desk/dashboard.csv")).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    app.stop().await;
});

both_backends!(article_pages_keep_the_translation_states, |b| async move {
    let app = TestApp::spawn(b).await;
    let lead = app.login_as("desk_lead").await;
    let list = lead.get(app.url("/staff/knowledge/articles")).send().await.unwrap();
    assert_eq!(list.status(), 200);
    assert!(list.text().await.unwrap().contains("address-registration"));
    let desk = app.login_as("desk").await;
    assert_eq!(desk.get(app.url("/staff/knowledge/articles")).send().await.unwrap().status(), 403);
    let token = app.csrf(&lead, "/staff/knowledge/articles").await;

    // Bad input: shown again with messages, nothing created.
    let before = app.store.list_articles().await.unwrap().len();
    let r = lead
        .post(app.url("/staff/knowledge/articles"))
        .form(&[("csrf", token.as_str()), ("slug", "Bad Slug"), ("review_on", "soon"), ("source_language", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#f-slug\"") && html.contains("href=\"#f-review_on\""));
    assert!(html.contains("aria-describedby=\"f-slug-hint f-slug-error\""));
    assert_eq!(app.store.list_articles().await.unwrap().len(), before);

    // A new article, its English source, discussed with the interpreters.
    let r = lead
        .post(app.url("/staff/knowledge/articles"))
        .form(&[
            ("csrf", token.as_str()),
            ("slug", "bike-registration"),
            ("topics", "transport"),
            ("review_on", "2030-06-30"),
            ("referrals", ""),
            ("source_language", "en"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let en_page = location(&r);
    assert!(en_page.ends_with("/en?done=created"), "{en_page}");
    let en_path = en_page.split('?').next().unwrap().to_owned();
    let sv_path = en_path.replace("/en", "/sv");
    let save = |path: String, question: &'static str, answer: &'static str, base: &'static str, stage: &'static str| {
        let lead = lead.clone();
        let token = token.clone();
        let url = app.url(&path);
        async move {
            lead.post(url)
                .form(&[
                    ("csrf", token.as_str()),
                    ("base", base),
                    ("question", question),
                    ("answer", answer),
                    ("checklist", "- ID card\n- bike frame number"),
                    ("stage", stage),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    // Empty question: refused, nothing saved.
    let r = save(en_path.clone(), "", "Register it.", "0", "discussed").await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-question\""));
    let r = save(en_path.clone(), "Must I register my bike?", "No, but the **police** can mark it.", "0", "discussed")
        .await;
    assert_eq!(r.status(), 303);
    // A translation before it is reviewed: the state is "in review" on the pages and in the API.
    let sv = lead.get(app.url(&sv_path)).send().await.unwrap().text().await.unwrap();
    assert!(sv.contains("Must I register my bike?"), "the source text is shown to the translator");
    let r = save(
        sv_path.clone(),
        "Måste jag registrera min cykel?",
        "Nej, men **polisen** kan märka den.",
        "0",
        "in_review",
    )
    .await;
    assert_eq!(r.status(), 303);
    let api = app.token_for("desk_lead").await;
    let state_of = |lang: &'static str| {
        let app = &app;
        let api = api.clone();
        async move {
            let (_, list) = get(app, Some(&api), "/api/v1/knowledge/articles").await;
            let a = list.as_array().unwrap().iter().find(|a| a["slug"] == "bike-registration").unwrap().clone();
            a["languages"].as_array().unwrap().iter().find(|l| l["language"] == lang).unwrap()["state"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };
    assert_eq!(state_of("sv").await, "in_review");
    let sv = lead.get(app.url(&sv_path)).send().await.unwrap().text().await.unwrap();
    assert!(sv.contains("class=\"state-in_review\""), "the page shows the state");
    let listing = lead.get(app.url("/staff/knowledge/articles")).send().await.unwrap().text().await.unwrap();
    assert!(listing.contains(&format!("<td class=\"state-in_review\"><a href=\"{sv_path}\">")), "the table shows it");
    // Not public while in review.
    let faq = app.client().get(app.url("/sv/faq")).send().await.unwrap().text().await.unwrap();
    assert!(!faq.contains("Måste jag registrera min cykel?"));

    // Approved: published, up to date, public; no notice.
    let r = lead
        .post(app.url(&format!("{sv_path}/stage")))
        .form(&[("csrf", token.as_str()), ("number", "1"), ("stage", "published")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(state_of("sv").await, "up_to_date");
    let faq = app.client().get(app.url("/sv/faq")).send().await.unwrap().text().await.unwrap();
    assert!(faq.contains("Måste jag registrera min cykel?"));
    assert!(!faq.contains(&"href=\"/en/faq#bike-registration\"".to_string()), "no outdated notice yet");

    // A minor edit of the source leaves the translation up to date.
    let r = lead
        .post(app.url(&en_path))
        .form(&[
            ("csrf", token.as_str()),
            ("base", "1"),
            ("question", "Must I register my bike?"),
            ("answer", "No, but the **police** can mark it for you."),
            ("minor", "yes"),
            ("stage", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(state_of("sv").await, "up_to_date");
    // A major edit makes it outdated: the Swedish FAQ says so and links to the English text.
    let r = save(
        en_path.clone(),
        "Must I register my bike?",
        "Yes, since 2030, at the **citizens' office**.",
        "2",
        "final",
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(state_of("sv").await, "outdated");
    let faq = app.client().get(app.url("/sv/faq")).send().await.unwrap().text().await.unwrap();
    let card = common::between(&faq, "id=\"bike-registration\"", "</section>").unwrap();
    assert!(card.contains("Måste jag registrera min cykel?"), "the outdated translation is still shown");
    assert!(card.contains("class=\"notice outdated\""), "{card}");
    assert!(card.contains("Originaltexten"), "the notice is in Swedish: {card}");
    assert!(card.contains("href=\"/en/faq#bike-registration\" hreflang=\"en\""), "{card}");
    // The English FAQ and an up-to-date translation carry no notice.
    let en = app.client().get(app.url("/en/faq")).send().await.unwrap().text().await.unwrap();
    assert!(!en.contains("notice outdated"));
    let other = common::between(&faq, "id=\"address-registration\"", "</section>").unwrap();
    assert!(!other.contains("notice outdated"));
    app.stop().await;
});

both_backends!(synonym_and_interpreting_pages, |b| async move {
    let app = TestApp::spawn(b).await;
    let lead = app.login_as("desk_lead").await;
    let token = app.csrf(&lead, "/staff/knowledge/synonyms").await;
    let groups = app.store.list_synonym_groups().await.unwrap().len();
    // One term only: refused with a message.
    let r = lead
        .post(app.url("/staff/knowledge/synonyms"))
        .form(&[("csrf", token.as_str()), ("terms", "Hundemarke")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-terms\""));
    let r = lead
        .post(app.url("/staff/knowledge/synonyms"))
        .form(&[("csrf", token.as_str()), ("terms", "Hundemarke = dog licence")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let all = app.store.list_synonym_groups().await.unwrap();
    assert_eq!(all.len(), groups + 1);
    let g = all.iter().find(|g| g.terms.contains("Hundemarke")).unwrap();
    let page = lead.get(app.url("/staff/knowledge/synonyms")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Hundemarke"));
    let r = lead
        .post(app.url(&format!("/staff/knowledge/synonyms/{}/delete", g.id)))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(app.store.list_synonym_groups().await.unwrap().len(), groups);

    // Interpreters: a desk agent books one for a language and a time, then marks it.
    let desk = app.login_as("desk").await;
    let token = app.csrf(&desk, "/staff/desk/interpreting").await;
    let r = desk
        .post(app.url("/staff/desk/interpreting"))
        .form(&[
            ("csrf", token.as_str()),
            ("language", "ti"),
            ("mode", "on_site"),
            ("date", "2030-01-07"),
            ("time", "25:99"),
            ("minutes", "60"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-time\""));
    let r = desk
        .post(app.url("/staff/desk/interpreting"))
        .form(&[
            ("csrf", token.as_str()),
            ("language", "ti"),
            ("mode", "on_site"),
            ("date", "2030-01-07"),
            ("time", "10:00"),
            ("minutes", "60"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let from: jiff::Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
    let list = app.store.list_interpreting_requests(from).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].language.as_str(), list[0].status.as_str(), list[0].minutes), ("ti", "open", 60));
    let page = desk.get(app.url("/staff/desk/interpreting")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("2030-01-07 10:00"), "shown in the city's time");
    assert!(page.contains("value=\"booked\"") && !page.contains("value=\"done\""), "open: book or cancel");
    let status = |to: &'static str| {
        let desk = desk.clone();
        let url = app.url(&format!("/staff/desk/interpreting/{}/status", list[0].id));
        let token = token.clone();
        async move { desk.post(url).form(&[("csrf", token.as_str()), ("status", to)]).send().await.unwrap().status() }
    };
    assert_eq!(status("done").await, 422, "open cannot become done");
    assert_eq!(status("booked").await, 303);
    assert_eq!(status("done").await, 303);
    assert_eq!(app.store.list_interpreting_requests(from).await.unwrap()[0].status, "done");
    // The partner call centre does not book interpreters.
    let partner = app.login_as("partner_agent").await;
    assert_eq!(partner.get(app.url("/staff/desk/interpreting")).send().await.unwrap().status(), 403);
    app.stop().await;
});

// The scheduled content review (R16) lists knowledge-base articles whose review date has
// passed, next to chapters and directory entries, on the page and in the API; an article
// reviewed later (its date moved ahead) leaves the list.
both_backends!(knowledge_articles_past_their_review_date_are_on_the_review_list, |b| async move {
    let app = TestApp::spawn(b).await;
    let coord = app.token_for("coordinator").await;
    let (s, overdue) = post(
        &app,
        &coord,
        "/api/v1/knowledge/articles",
        json!({"slug": "bike-parking", "topics": ["transport"], "review_on": "2026-01-15"}),
    )
    .await;
    assert_eq!(s, 201, "{overdue}");
    let (s, _) = post(
        &app,
        &coord,
        "/api/v1/knowledge/articles",
        json!({"slug": "ferry-pass", "topics": ["transport"], "review_on": "2099-01-01"}),
    )
    .await;
    assert_eq!(s, 201);
    let (s, review) = get(&app, Some(&coord), "/api/v1/content/review").await;
    assert_eq!(s, 200);
    let due: Vec<(String, String, String)> = review["due"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "knowledge_article")
        .map(|i| {
            (
                i["slug"].as_str().unwrap().to_owned(),
                i["since"].as_str().unwrap().to_owned(),
                i["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(due.iter().any(|d| d.0 == "bike-parking" && d.1 == "2026-01-15"), "{due:?}");
    assert!(due.iter().any(|d| d.0 == "discrimination-help"), "the demo's out-of-date article: {due:?}");
    assert!(!due.iter().any(|d| d.0 == "ferry-pass"), "not due yet: {due:?}");
    let c = app.login_as("coordinator").await;
    let html = c.get(app.url("/staff/content/review")).send().await.unwrap().text().await.unwrap();
    let id = overdue["id"].as_str().unwrap();
    assert!(html.contains("Knowledge-base articles past their review date"));
    assert!(html.contains(&format!("/staff/knowledge/articles/{id}/")) && html.contains("bike-parking"));
    assert!(!html.contains("ferry-pass"));
});
