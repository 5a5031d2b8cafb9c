//! Reports, the planner and the set-up steps over HTTP on both backends: small groups
//! stay hidden on the page, in the CSV and in the API; the planner computes the
//! hand-worked example and re-shows bad input; steps are saved; only the coordinator
//! gets in; every page renders in all 12 languages.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::TestApp;
use serde_json::{Value, json};
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_store::both_backends;
use welcomedesk_store::register::NewPersonRow;

/// `n` people with a permit of `permit`, first language `lang` (no coaching).
async fn people(app: &TestApp, n: usize, permit: &str, lang: &str) {
    let i = PersonInput {
        full_name: "P".into(),
        birth_year: "1990".into(),
        citizenship: "SY".into(),
        languages: vec![lang.into()],
        permit_issued_on: permit.into(),
        ..Default::default()
    };
    let p = NewPerson::parse(&i, &["basic".into()], Source::Clerk, jiff::civil::date(2026, 1, 1)).unwrap();
    let rows: Vec<NewPersonRow<'_>> = (0..n)
        .map(|_| NewPersonRow {
            data: &p.data,
            consents: &p.consents,
            source: Source::Clerk,
            document_language: lang,
            channel: "in_person",
            text_language: lang,
            text_version: "v1",
            import_key: None,
            name_keys: &[],
        })
        .collect();
    app.store.bulk_insert_people(&rows).await.unwrap();
}

both_backends!(small_groups_stay_hidden_on_the_page_in_csv_and_api, |b| async move {
    let app = TestApp::spawn(b).await;
    // 2001 holds only these: 9 Arabic speakers and 3 Tigrinya speakers.
    people(&app, 9, "2001-03-05", "ar").await;
    people(&app, 3, "2001-03-06", "ti").await;
    let c = app.login_as("coordinator").await;
    let q = "name=uptake&from=2001-01-01&to=2001-12-31";
    let r = c.get(app.url(&format!("/staff/reports?{q}"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("<caption id=\"tcap-uptake_by_language\">"), "tables have captions");
    assert!(page.contains("<th scope=\"col\""), "column headers");
    assert!(page.contains("<th scope=\"row\">"), "row headers");
    assert!(page.contains("<svg role=\"img\""), "a chart");
    assert!(page.contains("hidden (small group)"), "the hidden cells say so to screen readers");
    // The 3 Tigrinya speakers are hidden, and so are the 9 (9 = 12 − 3 would tell).
    let csv_r = c.get(app.url(&format!("/staff/reports/csv?{q}"))).send().await.unwrap();
    assert_eq!(csv_r.status(), 200);
    assert!(csv_r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = csv_r.text().await.unwrap();
    assert!(csv.contains("uptake_by_language,ar,c,c,c,c\n"), "{csv}");
    assert!(csv.contains("uptake_by_language,ti,c,c,c,c\n"), "{csv}");
    assert!(csv.contains("uptake_by_language,total,0,12,12,0.0\n"), "{csv}");
    assert!(!csv.contains(",3,") && !csv.contains(",9,"), "{csv}");
    // The export is audited.
    let audit = app.store.list_audit(&Default::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "report.export"));

    let tok = app.token_for("coordinator").await;
    let api: Value = app
        .client()
        .get(app.url("/api/v1/reports/uptake?from=2001-01-01&to=2001-12-31"))
        .bearer_auth(&tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(api["threshold"], 5);
    assert_eq!(api["kpis"][0], json!({"id": "permits", "value": 12.0, "percent": false}));
    let lang = api["tables"].as_array().unwrap().iter().find(|t| t["id"] == "uptake_by_language").unwrap();
    assert_eq!(lang["rows"][1]["key"], "ti");
    assert_eq!(lang["rows"][1]["cells"], json!([null, null]));
    assert_eq!(lang["rows"][1]["total"], Value::Null);
    // Bad periods and unknown reports.
    let r = c.get(app.url("/staff/reports?from=2001-05-01&to=2001-01-01")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("error-summary") && body.contains("The end date must be on or after the start date"));
    assert!(body.contains("value=\"2001-05-01\""), "the typed dates are kept");
    assert_eq!(c.get(app.url("/staff/reports?name=salaries")).send().await.unwrap().status(), 404);
    let r = app.client().get(app.url("/api/v1/reports/nope")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 404);
    // Only the coordinator.
    let counsellor = app.login_as("counsellor").await;
    assert_eq!(counsellor.get(app.url("/staff/reports")).send().await.unwrap().status(), 403);
    let ct = app.token_for("counsellor").await;
    let r = app.client().get(app.url("/api/v1/reports/uptake")).bearer_auth(&ct).send().await.unwrap();
    assert_eq!(r.status(), 403);
    app.stop().await;
});

both_backends!(planner_scenarios_and_set_up_steps, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    // The worked example of domain::planning: 500,000 inhabitants, 10,000 newcomers.
    let q = "inhabitants=500000&newcomers_per_year=10000&share_ar=30&share_uk=20&share_fa=10\
             &budget_per_inhabitant=1.6&budget_per_newcomer_low=50&budget_per_newcomer_high=70&posts_per_1000=2\
             &trainers_per_10000=12&coaching_uptake_percent=60&coaching_hours=1.5&hours_per_post=1600\
             &module_uptake_percent=40&modules_per_participant=3&seats_per_module=25&topics=7\
             &voucher_uptake_percent=50&voucher_value=300&voucher_value_certificate=500\
             &certificate_required_percent=25&brochure_reserve_percent=10";
    let r = c.get(app.url(&format!("/staff/planning?{q}"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("800,000"), "1.60 euro × 500,000");
    assert!(page.contains("700,000"), "voucher budget");
    assert!(page.contains(">20.0<"), "staff posts");
    assert!(page.contains("<caption id=\"plan-lang-cap\">"));
    // Seats outside 20–50: re-shown with the message, the typed value kept.
    let bad = q.replace("seats_per_module=25", "seats_per_module=80");
    let r = c.get(app.url(&format!("/staff/planning?{bad}"))).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("href=\"#f-seats_per_module\"") && body.contains("value=\"80\""));
    assert!(body.starts_with("<!DOCTYPE html>") || body.contains("<title>Error:"));
    // Save a scenario (form with CSRF), then it is listed side by side.
    let token = app.csrf(&c, "/staff/planning").await;
    let mut form: Vec<(String, String)> =
        q.split('&').map(|kv| kv.split_once('=').unwrap()).map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
    form.push(("csrf".into(), token.clone()));
    form.push(("scenario_name".into(), "Big year".into()));
    let r = c.post(app.url("/staff/planning/scenarios")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let page = c.get(app.url("/staff/planning")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Big year") && page.contains("plan-compare-cap"));
    // A scenario without a name is refused and nothing is saved.
    form.retain(|(k, _)| k != "scenario_name");
    let r = c.post(app.url("/staff/planning/scenarios")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(app.store.list_scenarios().await.unwrap().len(), 1);

    // planService: the same figures as JSON; with a name it saves.
    let tok = app.token_for("coordinator").await;
    let r = app
        .client()
        .post(app.url("/api/v1/planning/scenarios"))
        .bearer_auth(&tok)
        .json(&json!({"inhabitants": 500000, "newcomers_per_year": 10000,
                      "languages": [{"language": "ar", "percent": 30}, {"language": "uk", "percent": 20}, {"language": "fa", "percent": 10}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["budget_by_inhabitants_cents"], 80_000_000);
    assert_eq!(p["trainer_pool"], 12);
    assert_eq!(p["modules"], 480);
    assert_eq!(p["voucher_budget_cents"], 70_000_000);
    assert_eq!(
        p["languages"][3],
        json!({"language": "other", "newcomers": 4000, "trainers": 5, "modules": 192,
        "modules_per_topic": 28, "counsellor_hours_tenths": 36000, "brochures": 4400})
    );
    let r = app
        .client()
        .post(app.url("/api/v1/planning/scenarios"))
        .bearer_auth(&tok)
        .json(&json!({"name": "API", "inhabitants": 500000, "newcomers_per_year": 10000, "seats_per_module": 10}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["errors"][0]["field"], "seats_per_module");
    assert_eq!(app.store.list_scenarios().await.unwrap().len(), 1, "nothing saved on bad input");

    // Set-up steps: bad date re-shown, good one saved and listed.
    let token = app.csrf(&c, "/staff/setup/4").await;
    let r = c
        .post(app.url("/staff/setup/4"))
        .form(&[
            ("csrf", token.as_str()),
            ("status", "in_progress"),
            ("owner", "Integration office"),
            ("due_on", "1.2.2027"),
            ("notes", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("value=\"Integration office\""));
    assert_eq!(app.store.list_setup_steps().await.unwrap()[3].status, "open", "nothing changed");
    let r = c
        .post(app.url("/staff/setup/4"))
        .form(&[
            ("csrf", token.as_str()),
            ("status", "in_progress"),
            ("owner", "Integration office"),
            ("due_on", "2027-02-01"),
            ("notes", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let page = c.get(app.url("/staff/setup")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Integration office") && page.contains("2027-02-01"));
    assert_eq!(c.get(app.url("/staff/setup/18")).send().await.unwrap().status(), 404);
    let r = app
        .client()
        .put(app.url("/api/v1/planning/setup-steps/17"))
        .bearer_auth(&tok)
        .json(&json!({"status": "done"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let steps: Value = app
        .client()
        .get(app.url("/api/v1/planning/setup-steps"))
        .bearer_auth(&tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(steps[16]["status"], "done");
    app.stop().await;
});

both_backends!(pages_render_in_every_language, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    for l in welcomedesk_i18n::LANGUAGES {
        let token = app.csrf(&c, "/staff/").await;
        let r = c
            .post(app.url("/staff/language"))
            .form(&[("csrf", token.as_str()), ("lang", l.code), ("next", "/staff/")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
        for path in [
            "/staff/reports",
            "/staff/reports?name=coaching",
            "/staff/reports?name=follow_ups",
            "/staff/reports?name=modules",
            "/staff/reports?name=vouchers",
            "/staff/reports?name=desk",
            "/staff/reports?name=satisfaction",
            "/staff/planning",
            "/staff/setup",
            "/staff/setup/1",
            "/staff/working-group",
        ] {
            let r = c.get(app.url(path)).send().await.unwrap();
            assert_eq!(r.status(), 200, "{path} in {}", l.code);
            let body = r.text().await.unwrap();
            assert!(body.contains(&format!("lang=\"{}\"", l.code)), "{path} in {}", l.code);
            for raw in ["report-", "plan-", "setup-step-", "wg-"] {
                assert!(
                    !body.contains(&format!(">{raw}")) && !body.contains(&format!("\u{2068}{raw}")),
                    "an untranslated key {raw}… on {path} in {}",
                    l.code
                );
            }
        }
    }
    app.stop().await;
});

both_backends!(desk_report_on_the_page_in_csv_and_api, |b| async move {
    use welcomedesk_domain::desk::{Channel, Contact, Interpreter};
    let app = TestApp::spawn(b).await;
    // 2001, counted by hand: 6 walk-ins in ar (housing) with an interpreter, 2 calls in
    // uk (work).
    let at: jiff::Timestamp = "2001-05-02T10:00:00Z".parse().unwrap();
    for (n, channel, lang, interpreter, topic) in [
        (6, Channel::WalkIn, "ar", Interpreter::OnSite, "housing"),
        (2, Channel::Phone, "uk", Interpreter::None, "work"),
    ] {
        for _ in 0..n {
            let c = Contact {
                channel,
                language: lang.into(),
                interpreter,
                topics: vec![topic.into()],
                article_ids: vec![],
                referral_ids: vec![],
                appointment_booked: false,
                duration_seconds: 120,
                person_id: None,
            };
            app.store.log_desk_contact(&c, None, at).await.unwrap();
        }
    }
    let c = app.login_as("coordinator").await;
    let q = "name=desk&from=2001-01-01&to=2001-12-31";
    let page = c.get(app.url(&format!("/staff/reports?{q}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<caption id=\"tcap-desk_by_channel\">"), "{page}");
    assert!(page.contains("<th scope=\"row\">Walk-in</th>"), "channels are named");
    let csv = c.get(app.url(&format!("/staff/reports/csv?{q}"))).send().await.unwrap().text().await.unwrap();
    // The 2 calls are hidden, and with them the walk-ins (8 − 2 would tell), even their
    // 0 booked (the only other cell of that column).
    assert!(csv.contains("desk_by_channel,walk_in,c,c,c,c\n"), "{csv}");
    assert!(csv.contains("desk_by_channel,phone,c,c,c,c\n"), "{csv}");
    assert!(csv.contains("desk_by_channel,total,8,6,0,75.0\n"), "{csv}");
    assert!(csv.contains("desk_by_topic,housing,6\n") && !csv.contains("work"), "{csv}");
    let tok = app.token_for("coordinator").await;
    let api: Value = app
        .client()
        .get(app.url("/api/v1/reports/desk?from=2001-01-01&to=2001-12-31"))
        .bearer_auth(&tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(api["name"], "desk");
    assert_eq!(api["kpis"][0], json!({"id": "desk_contacts", "value": 8.0, "percent": false}));
    assert_eq!(api["tables"][0]["rows"][1]["cells"], json!([null, null, null]));
    app.stop().await;
});

both_backends!(working_group_through_the_api, |b| async move {
    let app = TestApp::spawn(b).await;
    let tok = app.token_for("coordinator").await;
    let cl = app.client();
    let post = |path: &str, body: Value| cl.post(app.url(path)).bearer_auth(&tok).json(&body).send();
    let r = post("/api/v1/working-group/organisations", json!({"name": "Migrant council"})).await.unwrap();
    assert_eq!(r.status(), 201);
    let org = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let members = format!("/api/v1/working-group/organisations/{org}/members");
    let r = post(&members, json!({"role": "representative", "name": "Amal"})).await.unwrap();
    assert_eq!(r.status(), 201);
    let r = post(&members, json!({"role": "representative", "name": "Bo"})).await.unwrap();
    assert_eq!(r.status(), 409, "one steady representative");
    let r = post(&members, json!({"role": "boss", "name": "Bo", "email": "no-at"})).await.unwrap();
    assert_eq!(r.status(), 422);
    let r = post("/api/v1/working-group/meetings", json!({"held_on": "2026-10-01", "agenda": "Review"})).await.unwrap();
    assert_eq!(r.status(), 201);
    let meeting = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let items = format!("/api/v1/working-group/meetings/{meeting}/items");
    let r = post(&items, json!({"kind": "action", "text": "Book rooms"})).await.unwrap();
    assert_eq!(r.status(), 422, "an action needs an owner and a due date");
    let r =
        post(&items, json!({"kind": "action", "text": "Book rooms", "owner": "Coordinator", "due_on": "2026-11-01"}))
            .await
            .unwrap();
    assert_eq!(r.status(), 201);
    let action = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    assert_eq!(post(&items, json!({"kind": "decision", "text": "Two meetings a year"})).await.unwrap().status(), 201);
    let get = || async {
        cl.get(app.url("/api/v1/working-group")).bearer_auth(&tok).send().await.unwrap().json::<Value>().await.unwrap()
    };
    let wg = get().await;
    assert_eq!(wg["organisations"][0]["members"][0]["name"], "Amal");
    assert_eq!(wg["meetings"][0]["items"].as_array().unwrap().len(), 2);
    assert_eq!(wg["open_actions"][0]["text"], "Book rooms");
    let r = cl
        .put(app.url(&format!("/api/v1/working-group/items/{action}/done")))
        .bearer_auth(&tok)
        .json(&json!({"done": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(get().await["open_actions"], json!([]));
    // The page shows the same.
    let c = app.login_as("coordinator").await;
    let page = c.get(app.url("/staff/working-group")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<th scope=\"row\">Migrant council</th><td>Amal</td>"), "{page}");
    assert!(page.contains("Decision: Two meetings a year"), "{page}");
    assert!(page.contains("Book rooms — Coordinator (<span dir=\"ltr\">2026-11-01</span>) — done"), "{page}");
    // Only the coordinator.
    let desk = app.token_for("desk").await;
    let r = cl.get(app.url("/api/v1/working-group")).bearer_auth(&desk).send().await.unwrap();
    assert_eq!(r.status(), 403);
    app.stop().await;
});

// The module report names its rows by the topics' titles in the viewer's language, not by
// their slugs (the demo term's sessions are in the period; the CSV keeps the slugs).
both_backends!(module_report_rows_show_topic_titles_in_the_viewers_language, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let today = jiff::Zoned::now().date();
    let to = today.checked_add(jiff::Span::new().days(120)).unwrap();
    let path = format!("/staff/reports?name=modules&from={today}&to={to}");
    let html = c.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("<th scope=\"row\">Housing: renting a flat</th>"), "the English title");
    assert!(!html.contains("<th scope=\"row\">housing</th>"), "not the slug");
    let token = app.csrf(&c, "/staff/").await;
    let r = c
        .post(app.url("/staff/language"))
        .form(&[("csrf", token.as_str()), ("lang", "ar"), ("next", "/staff/")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let html = c.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("<th scope=\"row\">السكن: استئجار شقة</th>"), "the Arabic title");
    let csv = c
        .get(app.url(&format!("/staff/reports/csv?name=modules&from={today}&to={to}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.contains("modules_by_topic,housing,"), "the CSV keeps the slug:\n{csv}");
    app.stop().await;
});

// The working group kept on its page, without JavaScript: an organisation, its
// representative and substitute (a taken seat refused at the field), a meeting with its
// agenda and minutes (the next period's plan), a decision and an action item with owner
// and due date (an action without them refused), the action marked done, a member
// removed. Every refusal is a translated message and changes nothing.
both_backends!(working_group_kept_on_its_page, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let post = |path: &'static str, fields: Vec<(&'static str, String)>| {
        let c = c.clone();
        let app = &app;
        async move {
            let csrf = app.csrf(&c, "/staff/working-group").await;
            let mut form = vec![("csrf", csrf)];
            form.extend(fields);
            let r = c.post(app.url(path)).form(&form).send().await.unwrap();
            let status = r.status().as_u16();
            (status, r.text().await.unwrap())
        }
    };
    let (s, _) = post("/staff/working-group/organisations", vec![("org_name", "Red Cross".into())]).await;
    assert_eq!(s, 303);
    let (s, body) = post("/staff/working-group/organisations", vec![("org_name", " ".into())]).await;
    assert_eq!(s, 422);
    assert!(body.contains("href=\"#f-org_name\""));
    let (s, body) = post("/staff/working-group/organisations", vec![("org_name", "Red Cross".into())]).await;
    assert_eq!(s, 422, "the same name twice");
    assert!(body.contains("This organisation is already in the working group"));
    let orgs = app.store.list_organisations().await.unwrap();
    assert_eq!(orgs.len(), 1);
    let org = orgs[0].id.to_string();
    let member = |role: &'static str, name: &'static str| {
        vec![("organisation_id", org.clone()), ("role", role.into()), ("name", name.into()), ("email", String::new())]
    };
    assert_eq!(post("/staff/working-group/members", member("representative", "Anna Berg")).await.0, 303);
    assert_eq!(post("/staff/working-group/members", member("substitute", "Omar Said")).await.0, 303);
    let (s, body) = post("/staff/working-group/members", member("representative", "Someone Else")).await;
    assert_eq!(s, 422);
    assert!(body.contains("This seat is taken"));
    let (s, body) = post("/staff/working-group/members", member("chair", "X")).await;
    assert_eq!(s, 422);
    assert!(body.contains("href=\"#f-role\""));
    let members = &app.store.list_organisations().await.unwrap()[0].members;
    assert_eq!(members.len(), 2);
    // A meeting: the date is checked.
    let (s, body) = post(
        "/staff/working-group/meetings",
        vec![("held_on", "next week".into()), ("agenda", "Review".into()), ("minutes", String::new())],
    )
    .await;
    assert_eq!(s, 422);
    assert!(body.contains("href=\"#f-held_on\""));
    let (s, _) = post(
        "/staff/working-group/meetings",
        vec![
            ("held_on", "2026-10-01".into()),
            ("agenda", "Uptake of the start coaching".into()),
            ("minutes", "Plan for 2027: two more Saturday modules.".into()),
        ],
    )
    .await;
    assert_eq!(s, 303);
    let meeting = app.store.list_meetings().await.unwrap()[0].id.to_string();
    let item = |kind: &'static str, text: &'static str, owner: &'static str, due: &'static str| {
        vec![
            ("meeting_id", meeting.clone()),
            ("kind", kind.into()),
            ("text", text.into()),
            ("owner", owner.into()),
            ("due_on", due.into()),
        ]
    };
    let (s, body) = post("/staff/working-group/items", item("action", "Ask the NGOs", "", "")).await;
    assert_eq!(s, 422);
    assert!(body.contains("href=\"#f-owner\"") && body.contains("href=\"#f-due_on\""));
    assert_eq!(post("/staff/working-group/items", item("decision", "More Saturdays", "", "")).await.0, 303);
    assert_eq!(
        post("/staff/working-group/items", item("action", "Ask the NGOs", "Coordinator", "2026-11-01")).await.0,
        303
    );
    let open = app.store.open_actions().await.unwrap();
    assert_eq!(open.len(), 1);
    let page = c.get(app.url("/staff/working-group")).send().await.unwrap().text().await.unwrap();
    for shown in
        ["Red Cross", "Anna Berg", "Omar Said", "Plan for 2027", "More Saturdays", "Ask the NGOs", "2026-11-01"]
    {
        assert!(page.contains(shown), "{shown} on the page");
    }
    // Done, and a member leaves.
    let done_path: &'static str = Box::leak(format!("/staff/working-group/items/{}/done", open[0].id).into_boxed_str());
    assert_eq!(post(done_path, vec![("done", "yes".into())]).await.0, 303);
    assert!(app.store.open_actions().await.unwrap().is_empty());
    let substitute = members.iter().find(|m| m.role == "substitute").unwrap().id;
    let remove_path: &'static str =
        Box::leak(format!("/staff/working-group/members/{substitute}/remove").into_boxed_str());
    assert_eq!(post(remove_path, vec![]).await.0, 303);
    let page = c.get(app.url("/staff/working-group")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("Omar Said"), "the member's name is gone");
    // Not for a counsellor.
    let counsellor = app.login_as("counsellor").await;
    let csrf = app.csrf(&counsellor, "/staff/").await;
    let r = counsellor
        .post(app.url("/staff/working-group/organisations"))
        .form(&[("csrf", csrf.as_str()), ("org_name", "Sneaky")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(app.store.list_organisations().await.unwrap().len(), 1);
    app.stop().await;
});
