//! The web layer over real HTTP against the real server, on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TestApp, demo_email, extract_csrf};
use reqwest::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, LOCATION, SET_COOKIE};
use welcomedesk_domain::Role;
use welcomedesk_domain::roles::Access;
use welcomedesk_i18n::LANGUAGES;
use welcomedesk_store::audit::AuditFilter;
use welcomedesk_store::both_backends;
use welcomedesk_web::demo::DEMO_PASSWORD;

fn is_problem(r: &reqwest::Response) -> bool {
    r.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) == Some("application/problem+json")
}

both_backends!(root_redirects_by_accept_language, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    for (al, want) in
        [("", "/en/"), ("ar-SY,ar;q=0.9", "/ar/"), ("de-AT, en;q=0.5", "/de/"), ("xx", "/en/"), ("prs-AF", "/fa/")]
    {
        let r = c.get(app.url("/")).header(ACCEPT_LANGUAGE, al).send().await.unwrap();
        assert_eq!(r.status(), 303, "{al}");
        assert_eq!(r.headers()[LOCATION], want, "{al}");
    }
    let r = c.get(app.url("/ar")).send().await.unwrap();
    assert_eq!(r.headers()[LOCATION], "/ar/");
    app.stop().await;
});

both_backends!(public_pages_in_every_language, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    for l in LANGUAGES.iter() {
        for page in ["", "accessibility", "privacy", "coaching"] {
            let path = format!("/{}/{page}", l.code);
            let r = c.get(app.url(&path)).send().await.unwrap();
            assert_eq!(r.status(), 200, "{path}");
            assert_eq!(r.headers()["content-language"], l.code);
            let html = r.text().await.unwrap();
            assert!(html.contains(&format!("<html lang=\"{}\" dir=\"{}\">", l.code, l.dir.as_str())), "{path}");
            assert!(html.len() < 100 * 1024, "{path} is {} bytes", html.len());
            for other in LANGUAGES.iter() {
                assert!(
                    html.contains(&format!("href=\"/{}/{page}\"", other.code)),
                    "{path} switcher keeps the page: {}",
                    other.code
                );
                assert!(html.contains(other.endonym), "{path} names {} in its own script", other.code);
            }
            assert!(html.contains("href=\"tel:+46855501000\""), "{path} has the hotline as a tel: link");
            assert!(html.contains("class=\"skip-link\""));
            // No message id leaks into a page (a missing translation would show its key).
            for key in ["public-", "footer-", "a11y-", "privacy-", "error-"] {
                assert!(!html.contains(&format!(">{key}")), "{path} shows a raw key {key}");
            }
        }
    }
    // The error page speaks the language of the address too.
    for l in LANGUAGES.iter() {
        let r = c.get(app.url(&format!("/{}/no-such-page", l.code))).send().await.unwrap();
        assert_eq!(r.status(), 404);
        let html = r.text().await.unwrap();
        assert!(html.contains(&format!("<html lang=\"{}\" dir=\"{}\">", l.code, l.dir.as_str())), "404 in {}", l.code);
        assert!(html.contains(&app.state.cat.t(l.code, "error-page-not-found-title", &[])), "404 title in {}", l.code);
    }
    let ar = c.get(app.url("/ar/")).send().await.unwrap().text().await.unwrap();
    assert!(ar.contains("dir=\"rtl\""));
    assert!(ar.contains("العربية"));
    let r = c.get(app.url("/xx/")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    app.stop().await;
});

both_backends!(staff_pages_in_every_language, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let desk = app.store.find_staff_by_email(demo_email("desk")).await.unwrap();
    // A person to show on the register's pages.
    let t = app.csrf(&c, "/staff/people/new").await;
    let r = c
        .post(app.url("/staff/people"))
        .form(&[
            ("csrf", t.as_str()),
            ("full_name", "Amal Haddad"),
            ("birth_year", "1990"),
            ("citizenship", "SY"),
            ("languages", "ar"),
            ("consents", "basic"),
            ("consents", "profile"),
            ("consents", "reminders"),
            ("channel", "in_person"),
            ("text_language", "ar"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let person = r.headers()[LOCATION].to_str().unwrap().split('?').next().unwrap().to_owned();
    for l in LANGUAGES.iter() {
        let token = app.csrf(&c, "/staff/").await;
        let r = c
            .post(app.url("/staff/language"))
            .form(&[("csrf", token.as_str()), ("lang", l.code), ("next", "/staff/users")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()[LOCATION], "/staff/users");
        let disable = format!("/staff/users/{}/disable", desk.id);
        let person_pages: Vec<String> =
            ["", "/edit", "/profile", "/merge", "/erase", "/export", "/consents/reminders/withdraw", "/book"]
                .iter()
                .map(|s| format!("{person}{s}"))
                .collect();
        let consent_texts = format!("/staff/people/consent-texts/{}", l.code);
        let mut paths = vec![
            "/staff/",
            "/staff/users",
            "/staff/settings",
            "/staff/audit",
            "/staff/account",
            disable.as_str(),
            "/staff/people",
            "/staff/people?q=Amal",
            "/staff/people/new",
            "/staff/intake/import",
            "/staff/privacy",
            "/staff/coaching/follow-ups",
            "/staff/coaching/coverage",
            "/staff/outbox",
            consent_texts.as_str(),
            "/staff/nowhere",
        ];
        paths.extend(person_pages.iter().map(String::as_str));
        for path in paths {
            let r = c.get(app.url(path)).send().await.unwrap();
            let want = if path == "/staff/nowhere" { 404 } else { 200 };
            assert_eq!(r.status(), want, "{} {path}", l.code);
            assert_eq!(r.headers()["cache-control"], "no-store");
            let html = r.text().await.unwrap();
            // The readable export is in the person's language (Arabic here), whatever the UI's.
            let lang = if path.ends_with("/export") { welcomedesk_i18n::by_code("ar").unwrap() } else { l };
            assert!(
                html.contains(&format!("<html lang=\"{}\" dir=\"{}\">", lang.code, lang.dir.as_str())),
                "{} {path}",
                l.code
            );
        }
        // A form with errors, in this language: the title starts with the translated "Error:".
        let token = app.csrf(&c, "/staff/users").await;
        let r = c
            .post(app.url("/staff/users"))
            .form(&[("csrf", token.as_str()), ("name", ""), ("email", "x")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        let title = common::between(&html, "<title>", "</title>").unwrap();
        let prefix = app.state.cat.t(l.code, "error-title-prefix", &[("title", welcomedesk_i18n::Arg::Str("§"))]);
        let prefix = prefix.split('§').next().unwrap().replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            title.replace(['\u{2068}', '\u{2069}'], "").starts_with(prefix.trim_end()) || title.contains(prefix.trim()),
            "{}: {title}",
            l.code
        );
        assert!(html.contains("href=\"#f-email\""), "error summary links to the field");
    }
    app.stop().await;
});

both_backends!(login_session_and_logout, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    // Not signed in: pages redirect to the login with the way back.
    let r = c.get(app.url("/staff/users")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()[LOCATION], "/staff/login?next=/staff/users");
    let token = app.csrf(&c, "/staff/login").await;
    let r = c
        .post(app.url("/staff/login"))
        .form(&[
            ("csrf", token.as_str()),
            ("email", "COORDINATOR@demo-city.example "),
            ("password", DEMO_PASSWORD),
            ("next", "https://evil.example/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()[LOCATION], "/staff/", "no open redirect");
    let cookie = r
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("wd_session="))
        .unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    let home = c.get(app.url("/staff/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Ana Coordinator"));
    // The session id changed at login (fixation): the CSRF token is bound to the new session.
    let token2 = app.csrf(&c, "/staff/").await;
    assert_ne!(token, token2);
    let r = c.post(app.url("/staff/logout")).form(&[("csrf", token2.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let r = c.get(app.url("/staff/")).send().await.unwrap();
    assert_eq!(r.status(), 303, "logged out");
    let actions: Vec<String> = app
        .store
        .list_audit(&AuditFilter { limit: 50, ..Default::default() })
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.contains(&"staff.login".to_owned()) && actions.contains(&"staff.logout".to_owned()));
    app.stop().await;
});

both_backends!(wrong_passwords_lock_the_account, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let email = demo_email("desk");
    for _ in 0..5 {
        let token = app.csrf(&c, "/staff/login").await;
        let r = c
            .post(app.url("/staff/login"))
            .form(&[("csrf", token.as_str()), ("email", email), ("password", "wrong password!")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401);
        let html = r.text().await.unwrap();
        assert!(html.contains("The e-mail address or the password is not correct."));
        assert!(html.contains(email), "the e-mail typed is kept");
    }
    let token = app.csrf(&c, "/staff/login").await;
    let r = c
        .post(app.url("/staff/login"))
        .form(&[("csrf", token.as_str()), ("email", email), ("password", DEMO_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401, "locked even with the right password");
    assert!(r.text().await.unwrap().contains("locked"));
    // An unknown address gets the same answer as a wrong password.
    let r = c
        .post(app.url("/staff/login"))
        .form(&[("csrf", token.as_str()), ("email", "nobody@x.example"), ("password", "whatever it is")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(r.text().await.unwrap().contains("The e-mail address or the password is not correct."));
    app.stop().await;
});

both_backends!(login_is_throttled_per_address, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let token = app.csrf(&c, "/staff/login").await;
    let mut last = 0;
    for i in 0..25 {
        let r = c
            .post(app.url("/staff/login"))
            .form(&[
                ("csrf", token.as_str()),
                ("email", format!("n{i}@x.example").as_str()),
                ("password", "wrong password!"),
            ])
            .send()
            .await
            .unwrap();
        last = r.status().as_u16();
    }
    assert_eq!(last, 429);
    app.stop().await;
});

both_backends!(csrf_is_required_on_every_state_change, |b| async move {
    let app = TestApp::spawn(b).await;
    let anon = app.client();
    let r =
        anon.post(app.url("/staff/login")).form(&[("email", "a@b.example"), ("password", "x")]).send().await.unwrap();
    assert_eq!(r.status(), 403);
    assert!(r.text().await.unwrap().contains("The form has expired"));
    let c = app.login_as("coordinator").await;
    let before = app.store.count_staff().await.unwrap();
    let form = [("name", "Eve"), ("email", "eve@x.example"), ("role", "desk"), ("password", "a long enough password")];
    let r = c.post(app.url("/staff/users")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 403, "no token");
    let mut with_bad = form.to_vec();
    with_bad.push(("csrf", "0000"));
    let r = c.post(app.url("/staff/users")).form(&with_bad).send().await.unwrap();
    assert_eq!(r.status(), 403, "wrong token");
    // The token of another session does not work either.
    let other = app.login_as("coordinator").await;
    let foreign = app.csrf(&other, "/staff/").await;
    let mut with_foreign = form.to_vec();
    with_foreign.push(("csrf", foreign.as_str()));
    let r = c.post(app.url("/staff/users")).form(&with_foreign).send().await.unwrap();
    assert_eq!(r.status(), 403, "another session's token");
    // JSON with the session cookie needs the header; with a bearer token it does not.
    let body = serde_json::json!({"name": "Eve", "email": "eve@x.example", "role": "desk", "password": "a long enough password"});
    let r = c.post(app.url("/api/v1/staff")).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 403);
    assert!(is_problem(&r));
    assert_eq!(app.store.count_staff().await.unwrap(), before, "nothing changed");
    let own = app.csrf(&c, "/staff/").await;
    let r = c.post(app.url("/api/v1/staff")).header("x-csrf-token", own).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 201);
    app.stop().await;
});

both_backends!(coordinator_manages_accounts, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let token = app.csrf(&c, "/staff/users").await;
    // Bad input: every problem at once, input kept, nothing stored.
    let r = c
        .post(app.url("/staff/users"))
        .form(&[
            ("csrf", token.as_str()),
            ("name", "Ngozi O'Brien-Ádám"),
            ("email", "not-an-email"),
            ("role", "provider"),
            ("password", "short"),
            ("provider", ""),
            ("ui_language", "so"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Ngozi O&#x27;Brien-Ádám") || html.contains("Ngozi O&#39;Brien-Ádám"), "name kept");
    for f in ["email", "password", "provider"] {
        assert!(html.contains(&format!("href=\"#f-{f}\"")), "summary links {f}");
    }
    assert!(html.contains("aria-invalid=\"true\""));
    assert_eq!(app.store.count_staff().await.unwrap(), welcomedesk_web::demo::DEMO_STAFF.len() as i64);
    let r = c
        .post(app.url("/staff/users"))
        .form(&[
            ("csrf", token.as_str()),
            ("name", "Ngozi O'Brien-Ádám"),
            ("email", "ngozi@demo-city.example"),
            ("role", "counsellor"),
            ("password", "a long enough password"),
            ("provider", ""),
            ("ui_language", "so"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let list = c.get(app.url(r.headers()[LOCATION].to_str().unwrap())).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("ngozi@demo-city.example"));
    assert!(list.contains("role=\"status\""), "confirmation shown");
    assert!(
        list.contains("<option value=\"clerk\">")
            && list.contains("<option value=\"desk_lead\">")
            && list.contains("<option value=\"partner_agent\">")
            && list.contains("<option value=\"ar\">"),
        "the selects offer every role and language"
    );
    // The same e-mail again is refused with a message on the field.
    let r = c
        .post(app.url("/staff/users"))
        .form(&[
            ("csrf", token.as_str()),
            ("name", "X"),
            ("email", "NGOZI@demo-city.example"),
            ("role", "desk"),
            ("password", "a long enough password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("There is already an account with this e-mail address"));
    // The new account logs in, in its own language.
    let n = app.client();
    let t = app.csrf(&n, "/staff/login").await;
    let r = n
        .post(app.url("/staff/login"))
        .form(&[("csrf", t.as_str()), ("email", "ngozi@demo-city.example"), ("password", "a long enough password")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let home = n.get(app.url("/staff/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("<html lang=\"so\""));
    // Disable: asks first, then ends the sessions at once.
    let u = app.store.find_staff_by_email("ngozi@demo-city.example").await.unwrap();
    let confirm = c.get(app.url(&format!("/staff/users/{}/disable", u.id))).send().await.unwrap().text().await.unwrap();
    assert!(confirm.contains("logged out at once"));
    let r = c
        .post(app.url(&format!("/staff/users/{}/disable", u.id)))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(n.get(app.url("/staff/")).send().await.unwrap().status(), 303, "disabled account is logged out");
    // The audit log shows it all, with ids only.
    let audit = c.get(app.url(&format!("/staff/audit?entity_id={}", u.id))).send().await.unwrap().text().await.unwrap();
    for a in ["staff.create", "staff.login", "staff.disable"] {
        assert!(audit.contains(a), "{a} in audit page");
    }
    assert!(!audit.contains("Ngozi"), "no personal values in the audit log");
    let filtered = c.get(app.url("/staff/audit?action=staff.disable")).send().await.unwrap().text().await.unwrap();
    assert!(filtered.contains("staff.disable") && !filtered.contains("<code>staff.create</code>"));
    app.stop().await;
});

both_backends!(password_change, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("trainer").await;
    let other = app.login_as("trainer").await;
    let t = app.csrf(&c, "/staff/account").await;
    let r = c
        .post(app.url("/staff/account/password"))
        .form(&[("csrf", t.as_str()), ("current", "nope nope nope"), ("new", "short"), ("confirm", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("href=\"#f-current\"") && html.contains("href=\"#f-new\""));
    let r = c
        .post(app.url("/staff/account/password"))
        .form(&[
            ("csrf", t.as_str()),
            ("current", DEMO_PASSWORD),
            ("new", "a brand new passphrase"),
            ("confirm", "a brand new passphrase"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(c.get(app.url("/staff/account")).send().await.unwrap().status(), 200, "this session stays");
    assert_eq!(other.get(app.url("/staff/account")).send().await.unwrap().status(), 303, "other sessions end");
    app.stop().await;
});

both_backends!(settings_show_on_the_public_site, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let t = app.csrf(&c, "/staff/settings").await;
    let mut form = vec![
        ("csrf", t.as_str()),
        ("city_name", "Neustadt"),
        ("inhabitants", "250000"),
        ("newcomers_per_year", "4000"),
        ("desk_address", "Rathausplatz 2"),
        ("hours_mon", "09:00-17:00"),
        ("hours_tue", ""),
        ("hours_wed", ""),
        ("hours_thu", ""),
        ("hours_fri", ""),
        ("hours_sat", "10:00-13:00"),
        ("hours_sun", ""),
        ("hotline_phone", "+49 30 555 0199"),
        ("email", "willkommen@neustadt.example"),
        ("timezone", "Europe/Berlin"),
        ("source_language", "de"),
    ];
    form[2].1 = "lots";
    let r = c.post(app.url("/staff/settings")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("href=\"#f-inhabitants\""));
    form[2].1 = "250000";
    let r = c.post(app.url("/staff/settings")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let page = app.client().get(app.url("/de/")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Neustadt") && page.contains("tel:+49305550199") && page.contains("Rathausplatz 2"));
    let api: serde_json::Value =
        app.client().get(app.url("/api/v1/settings")).send().await.unwrap().json().await.unwrap();
    assert_eq!(api["city_name"], "Neustadt");
    assert_eq!(api["desk_hours"][5][0], "10:00-13:00");
    app.stop().await;
});

/// Substitutes path parameters with harmless values.
fn concrete(path: &str) -> String {
    path.replace("{id}", "0190a5b2-0000-7000-8000-000000000000")
        .replace("{lang}", "en")
        .replace("{file}", "none.css")
        .replace("{purpose}", "reminders")
}

both_backends!(access_control_for_every_route_and_role, |b| async move {
    let app = TestApp::spawn(b).await;
    let mut tokens = std::collections::HashMap::new();
    for r in Role::ALL {
        tokens.insert(r, app.token_for(r.as_str()).await);
    }
    let c = app.client();
    let mut checked = 0;
    for def in welcomedesk_web::routes::table() {
        if def.access == Access::Public {
            continue;
        }
        let path = concrete(def.path);
        // Without credentials: refused (login redirect for pages, 401 for the API, 403
        // for a form post that has no CSRF token either).
        let r = c.request(def.method.clone(), app.url(&path)).send().await.unwrap();
        let s = r.status().as_u16();
        let is_api = path.starts_with("/api/");
        let ok = if is_api {
            s == 401
        } else if def.method == reqwest::Method::GET {
            s == 303 && r.headers()[LOCATION].to_str().unwrap().starts_with("/staff/login")
        } else {
            s == 403 || s == 303
        };
        assert!(ok, "anonymous {} {path}: {s}", def.method);
        for role in Role::ALL {
            let r = c.request(def.method.clone(), app.url(&path)).bearer_auth(&tokens[&role]).send().await.unwrap();
            let s = r.status().as_u16();
            if def.access.allows(Some(role)) {
                assert!(s != 401 && s != 403, "{role} may use {} {path}, got {s}", def.method);
            } else {
                assert_eq!(s, 403, "{role} must be refused {} {path}", def.method);
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "walked {checked} route × role pairs");
    // With a session too: a trainer asking for the staff list gets the translated page.
    let t = app.login_as("trainer").await;
    let r = t.get(app.url("/staff/users")).send().await.unwrap();
    assert_eq!(r.status(), 403);
    assert!(r.text().await.unwrap().contains("You cannot open this page"));
    // A revoked or made-up token is refused outright.
    let r = c.get(app.url("/api/v1/me")).bearer_auth("made-up").send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert!(is_problem(&r));
    app.stop().await;
});

both_backends!(api_speaks_problem_json, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let tok = app.token_for("coordinator").await;
    let me: serde_json::Value =
        c.get(app.url("/api/v1/me")).bearer_auth(&tok).send().await.unwrap().json().await.unwrap();
    assert_eq!(me["role"], "coordinator");
    let cases: Vec<(reqwest::RequestBuilder, u16, &str)> = vec![
        (c.get(app.url("/api/v1/nothing")).bearer_auth(&tok), 404, "not_found"),
        (c.get(app.url("/api/v1/staff")), 401, "unauthenticated"),
        (c.post(app.url("/api/v1/staff")).bearer_auth(&tok).body("{not json").header(CONTENT_TYPE, "application/json"), 400, "bad_request"),
        (c.post(app.url("/api/v1/staff")).bearer_auth(&tok).body("name=x").header(CONTENT_TYPE, "text/plain"), 415, "unsupported_media_type"),
        (c.post(app.url("/api/v1/staff")).bearer_auth(&tok).json(&serde_json::json!({"name": "", "email": "x", "role": "king", "password": "1"})), 422, "validation_failed"),
        (c.post(app.url("/api/v1/staff")).bearer_auth(&tok).json(&serde_json::json!({"name": "A", "email": "a@x.example", "role": "desk", "password": "a long enough password", "extra": 1})), 400, "bad_request"),
        (c.delete(app.url("/api/v1/staff")).bearer_auth(&tok), 405, "method_not_allowed"),
        (c.get(app.url("/api/v1/audit?limit=abc")).bearer_auth(&tok), 400, "bad_request"),
    ];
    for (req, status, code) in cases {
        let r = req.send().await.unwrap();
        assert_eq!(r.status().as_u16(), status, "{code}");
        assert!(is_problem(&r), "{code} is problem+json");
        let p: serde_json::Value = r.json().await.unwrap();
        assert_eq!(p["code"], code);
        assert_eq!(p["status"], status);
        assert!(p["title"].as_str().is_some_and(|t| !t.is_empty()));
    }
    // Validation problems list every field, translated into the request's language.
    let r = c
        .post(app.url("/api/v1/staff"))
        .bearer_auth(&tok)
        .header(ACCEPT_LANGUAGE, "de")
        .json(&serde_json::json!({"name": "", "email": "x", "role": "king", "password": "1"}))
        .send()
        .await
        .unwrap();
    let p: serde_json::Value = r.json().await.unwrap();
    let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["email", "name", "role", "password"]);
    let en = app.state.cat.plain("en", "error-required", &[]);
    assert_ne!(p["errors"][1]["message"].as_str().unwrap(), en, "translated into German");
    // The audit API pages with a cursor.
    let page: serde_json::Value =
        c.get(app.url("/api/v1/audit?limit=2")).bearer_auth(&tok).send().await.unwrap().json().await.unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 2);
    let cursor = page["next_cursor"].as_str().unwrap();
    let next: serde_json::Value = c
        .get(app.url(&format!("/api/v1/audit?limit=2&cursor={cursor}")))
        .bearer_auth(&tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_ne!(next["items"][0]["id"], page["items"][0]["id"]);
    app.stop().await;
});

both_backends!(openapi_matches_the_route_table, |b| async move {
    let app = TestApp::spawn(b).await;
    let doc: serde_json::Value =
        app.client().get(app.url("/api/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = doc["paths"].as_object().unwrap();
    let mut in_doc = std::collections::BTreeSet::new();
    for (p, ops) in paths {
        for (m, op) in ops.as_object().unwrap() {
            assert!(op["operationId"].as_str().is_some(), "{m} {p} has an operationId");
            in_doc.insert(format!("{} {p}", m.to_uppercase()));
        }
    }
    let in_table: std::collections::BTreeSet<String> = welcomedesk_web::routes::table()
        .into_iter()
        .filter(|d| d.path.starts_with("/api/v1/"))
        .map(|d| format!("{} {}", d.method, d.path))
        .collect();
    assert_eq!(in_doc, in_table, "the OpenAPI document and the router agree");
    app.stop().await;
});

both_backends!(security_headers_and_operations, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let home = c.get(app.url("/en/")).send().await.unwrap().text().await.unwrap();
    let css = common::between(&home, "<link rel=\"stylesheet\" href=\"", "\"").unwrap().to_owned();
    assert!(css.starts_with("/static/app.") && css.ends_with(".css"), "{css}");
    for path in
        ["/en/", "/nowhere", "/", "/staff/login", "/api/v1/languages", "/api/v1/staff", css.as_str(), "/healthz"]
    {
        let r = c.get(app.url(path)).send().await.unwrap();
        let h = r.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'")
                && csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert!(h.contains_key("referrer-policy"), "{path}");
    }
    let r = c.get(app.url(&css)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    assert_eq!(c.get(app.url("/healthz")).send().await.unwrap().text().await.unwrap(), "ok\n");
    assert_eq!(c.get(app.url("/readyz")).send().await.unwrap().status(), 200);
    let m = c.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(m.contains("http_requests_total"), "{m}");
    app.stop().await;
});

both_backends!(bad_input_never_breaks_the_server, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let tok = app.token_for("coordinator").await;
    let t = app.csrf(&c, "/staff/").await;
    let long = "x".repeat(3 * 1024 * 1024);
    let weird_paths = [
        "/%00",
        "/en/%FF%FE",
        "/staff/users/not-a-uuid/disable",
        "/static/../../etc/passwd",
        "/api/v1/audit?before=%ZZ",
        "/ar/%D8",
        "/staff/audit?before=zzz&action=%00",
    ];
    for p in weird_paths {
        let r = c.get(app.url(p)).send().await.unwrap();
        assert!(r.status().is_client_error() || r.status().is_success(), "{p}: {}", r.status());
    }
    let bodies: Vec<(&str, String)> = vec![
        ("/staff/users", format!("csrf={t}&name=%FF%FE&email=%00")),
        ("/staff/settings", format!("csrf={t}&inhabitants=99999999999999999999999&timezone=%2F..%2F")),
        ("/staff/account/password", format!("csrf={t}&current[]=1&new=2")),
        ("/staff/language", format!("csrf={t}&lang=xx")),
    ];
    for (p, body) in bodies {
        let r = c
            .post(app.url(p))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_client_error() || r.status().is_redirection(), "{p}: {}", r.status());
    }
    // Oversize bodies: refused with 413 (or the connection is closed before the client
    // has finished sending, which is the server refusing just the same).
    for (p, ct, body) in [
        ("/api/v1/staff", "application/json", long.clone()),
        ("/staff/users", "application/x-www-form-urlencoded", format!("csrf={t}&name={long}")),
    ] {
        // A client of its own without connection reuse: the server may close the
        // connection while the body is still being sent.
        let once = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
        let req = once.post(app.url(p)).header(CONTENT_TYPE, ct).bearer_auth(&tok).body(body);
        match req.send().await {
            Ok(r) => assert_eq!(r.status(), 413, "{p}"),
            Err(e) => assert!(e.is_request() || e.is_body() || e.is_connect(), "{p}: {e}"),
        }
    }
    // NUL bytes are never valid text: refused at the edge.
    let r = c.get(app.url("/api/v1/audit?action=%00")).bearer_auth(&tok).send().await.unwrap();
    assert_eq!(r.status(), 400);
    let r = c
        .post(app.url("/api/v1/staff"))
        .bearer_auth(&tok)
        .header(CONTENT_TYPE, "application/json")
        .body(r#"{"name":"a\u0000b","email":"a@b.example","role":"desk","password":"a long enough password"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let r = c.post(app.url("/api/v1/staff")).bearer_auth(&tok).json(&serde_json::json!({"name": "Ä".repeat(300), "email": "a@b.example", "role": "desk", "password": "p".repeat(300)})).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(
        app.store.count_staff().await.unwrap(),
        welcomedesk_web::demo::DEMO_STAFF.len() as i64,
        "nothing was stored"
    );
    app.stop().await;
});

#[test]
fn csrf_tokens_are_extracted() {
    assert_eq!(extract_csrf("<input type=\"hidden\" name=\"csrf\" value=\"abc\">").as_deref(), Some("abc"));
}
