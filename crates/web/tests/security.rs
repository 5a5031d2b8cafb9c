//! Web security over real HTTP, on SQLite and PostgreSQL, for every route the table
//! has (so a new area's routes are covered the day they are added): CSRF on every
//! unsafe route, session fixation, security headers on every kind of response, error
//! bodies that never show internals, uploads limited in size and type.
//! (Login throttling, lock-out, access control per role: tests/http.rs.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TestApp, demo_email};
use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};
use reqwest::{Method, StatusCode};
use welcomedesk_domain::roles::Access;
use welcomedesk_store::both_backends;
use welcomedesk_web::demo::DEMO_PASSWORD;

fn concrete(path: &str) -> String {
    path.replace("{id}", "0190a5b2-0000-7000-8000-000000000000")
        .replace("{lang}", "en")
        .replace("{file}", "none.css")
        .replace("{purpose}", "reminders")
        .replace("{token}", "made-up-token")
}

fn unsafe_routes() -> Vec<(Method, String, Access)> {
    welcomedesk_web::routes::table()
        .into_iter()
        .filter(|d| !matches!(d.method, Method::GET | Method::HEAD | Method::OPTIONS))
        .map(|d| (d.method.clone(), concrete(d.path), d.access))
        .collect()
}

/// Everything an error body must never show.
const INTERNALS: &[&str] = &[
    "panicked",
    "stack backtrace",
    "RUST_BACKTRACE",
    ".rs:",
    "/src/",
    "/root/",
    "/home/",
    "/tmp/",
    "sqlx",
    "SQLSTATE",
    "SELECT ",
    "INSERT ",
    "UPDATE ",
    "sqlite",
    "postgres",
    "welcomedesk_",
];

fn assert_no_internals(what: &str, body: &str) {
    for bad in INTERNALS {
        assert!(!body.contains(bad), "{what}: the body shows {bad:?}:\n{}", &body[..body.len().min(2000)]);
    }
}

fn assert_security_headers(what: &str, h: &reqwest::header::HeaderMap) {
    let csp = h.get("content-security-policy").unwrap_or_else(|| panic!("{what}: no CSP")).to_str().unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{what}: {csp}"
    );
    assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(h["x-frame-options"], "DENY", "{what}");
    assert!(h.contains_key("referrer-policy"), "{what}");
}

both_backends!(csrf_is_refused_on_every_unsafe_route, |b| async move {
    let app = TestApp::spawn(b).await;
    let signed_in = app.login_as("coordinator").await;
    let anon = app.client();
    let audit_before = app.store.list_audit(&Default::default()).await.unwrap().len();
    let staff_before = app.store.count_staff().await.unwrap();
    let mut checked = 0;
    for (method, path, access) in unsafe_routes() {
        // A browser that carries our session cookie, without a token: a form post, a
        // JSON call, a multipart upload — all refused before any handler runs.
        let bodies: [(&str, Vec<u8>); 3] = [
            ("application/x-www-form-urlencoded", b"name=x&email=e%40x.example&q=1".to_vec()),
            ("application/json", br#"{"name":"x"}"#.to_vec()),
            (
                "multipart/form-data; boundary=XX",
                b"--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na\r\n--XX--\r\n"
                    .to_vec(),
            ),
        ];
        for (ct, body) in bodies {
            let r = signed_in
                .request(method.clone(), app.url(&path))
                .header(CONTENT_TYPE, ct)
                .body(body.clone())
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 403, "{method} {path} ({ct}) with the session cookie and no token");
            assert_security_headers(&format!("403 {path}"), r.headers());
            // A token that is not this session's.
            let r = signed_in
                .request(method.clone(), app.url(&path))
                .header(CONTENT_TYPE, ct)
                .header("x-csrf-token", "AAAA")
                .body(body)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 403, "{method} {path} ({ct}) with a wrong token");
            checked += 1;
        }
        // Public forms need the token of the visitor's own cookie too.
        if access == Access::Public && !path.starts_with("/api/") {
            let r = anon.request(method.clone(), app.url(&path)).form(&[("a", "b")]).send().await.unwrap();
            assert_eq!(r.status(), 403, "anonymous {method} {path} without a token");
        }
    }
    assert!(checked >= 3 * 40, "walked {checked} unsafe route × body kinds");
    assert_eq!(app.store.count_staff().await.unwrap(), staff_before);
    let audit_after = app.store.list_audit(&Default::default()).await.unwrap().len();
    assert_eq!(audit_after, audit_before, "nothing was written");
    app.stop().await;
});

both_backends!(session_fixation_is_prevented, |b| async move {
    let app = TestApp::spawn(b).await;
    // A cookie planted before login (an attacker's chosen session id).
    let planted = "attacker-chosen-session-id-000000000000000000";
    let c = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = c.get(app.url("/staff/login")).header(COOKIE, format!("wd_session={planted}")).send().await.unwrap();
    let pre_cookies: Vec<String> =
        page.headers().get_all(SET_COOKIE).iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    let csrf_cookie = pre_cookies
        .iter()
        .find(|v| v.starts_with("wd_csrf="))
        .map(|v| v.split(';').next().unwrap().to_owned())
        .unwrap_or_default();
    let html = page.text().await.unwrap();
    let token = common::extract_csrf(&html).unwrap();
    let r = c
        .post(app.url("/staff/login"))
        .header(COOKIE, format!("wd_session={planted}; {csrf_cookie}"))
        .form(&[("csrf", token.as_str()), ("email", demo_email("coordinator")), ("password", DEMO_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "logged in");
    let session = r
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("wd_session="))
        .unwrap();
    let issued = session.trim_start_matches("wd_session=").split(';').next().unwrap().to_owned();
    assert_ne!(issued, planted, "a new session id at login");
    assert!(issued.len() >= 43, "a long random id");
    // The planted id opens nothing; the issued one does.
    let r = c.get(app.url("/staff/")).header(COOKIE, format!("wd_session={planted}")).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert!(r.headers()[LOCATION].to_str().unwrap().starts_with("/staff/login"));
    let r = c.get(app.url("/staff/")).header(COOKIE, format!("wd_session={issued}")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    // A pre-login CSRF token is worthless after login (bound to the old basis).
    let r = c
        .post(app.url("/staff/language"))
        .header(COOKIE, format!("wd_session={issued}"))
        .form(&[("csrf", token.as_str()), ("lang", "de")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "the anonymous token does not work in the session");
    // After logout the issued id is worthless too.
    let home = c.get(app.url("/staff/")).header(COOKIE, format!("wd_session={issued}")).send().await.unwrap();
    let t = common::extract_csrf(&home.text().await.unwrap()).unwrap();
    let r = c
        .post(app.url("/staff/logout"))
        .header(COOKIE, format!("wd_session={issued}"))
        .form(&[("csrf", t.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = c.get(app.url("/staff/")).header(COOKIE, format!("wd_session={issued}")).send().await.unwrap();
    assert_eq!(r.status(), 303, "ended at logout");
    app.stop().await;
});

both_backends!(headers_on_every_kind_of_response_and_no_internals_in_errors, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let tok = app.token_for("coordinator").await;
    let anon = app.client();
    let home = anon.get(app.url("/en/")).send().await.unwrap().text().await.unwrap();
    let css = common::between(&home, "<link rel=\"stylesheet\" href=\"", "\"").unwrap().to_owned();
    let once = || reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
    let big = "x".repeat(3 * 1024 * 1024);
    // (what, request, expected status)
    let cases: Vec<(&str, reqwest::RequestBuilder, u16)> = vec![
        ("html", anon.get(app.url("/ar/")), 200),
        ("json", anon.get(app.url("/api/v1/languages")), 200),
        ("openapi", anon.get(app.url("/api/openapi.json")), 200),
        ("static", anon.get(app.url(&css)), 200),
        ("staff html", c.get(app.url("/staff/people")), 200),
        ("404 page", anon.get(app.url("/en/no-such-page")), 404),
        ("404 static", anon.get(app.url("/static/none.css")), 404),
        ("404 api", anon.get(app.url("/api/v1/nothing")).bearer_auth(&tok), 404),
        ("404 person", anon.get(app.url("/api/v1/people/0190a5b2-0000-7000-8000-000000000000")).bearer_auth(&tok), 404),
        // A page with an unsafe method: the CSRF check answers before routing does.
        ("403 csrf before 405", anon.put(app.url("/en/")), 403),
        ("405 api", anon.put(app.url("/api/v1/languages")), 405),
        ("401 problem", anon.get(app.url("/api/v1/me")), 401),
        ("403 problem", anon.get(app.url("/api/v1/audit")).bearer_auth(app.token_for("desk").await), 403),
        ("404 not an id", anon.get(app.url("/api/v1/people/not-a-uuid")).bearer_auth(&tok), 404),
        (
            "400 bad json",
            anon.post(app.url("/api/v1/people"))
                .bearer_auth(&tok)
                .header(CONTENT_TYPE, "application/json")
                .body("{\"full_name\": "),
            400,
        ),
        (
            "400 wrong types",
            anon.post(app.url("/api/v1/people"))
                .bearer_auth(&tok)
                .json(&serde_json::json!({"full_name": 7, "birth_date": [], "citizenship": {}, "languages": "x"})),
            400,
        ),
        (
            "422 problem",
            anon.post(app.url("/api/v1/places"))
                .bearer_auth(&tok)
                .json(&serde_json::json!({"name": "", "address": ""})),
            422,
        ),
        (
            "413",
            once()
                .post(app.url("/api/v1/places"))
                .bearer_auth(&tok)
                .header(CONTENT_TYPE, "application/json")
                .body(big.clone()),
            413,
        ),
        ("400 query", anon.get(app.url("/api/v1/audit?limit=zz")).bearer_auth(&tok), 400),
        ("redirect", anon.get(app.url("/")), 303),
        ("healthz", anon.get(app.url("/healthz")), 200),
    ];
    for (what, req, want) in cases {
        let r = match req.send().await {
            Ok(r) => r,
            // The server may close the connection of an oversize body before the
            // client has sent it all: a refusal just the same.
            Err(e) if want == 413 => {
                assert!(e.is_request() || e.is_body(), "{what}: {e}");
                continue;
            }
            Err(e) => panic!("{what}: {e}"),
        };
        assert_eq!(r.status().as_u16(), want, "{what}");
        assert_security_headers(what, r.headers());
        if r.status().is_client_error() {
            let is_api = r.headers().get(CONTENT_TYPE).is_some_and(|v| v.to_str().unwrap().contains("json"));
            let body = r.text().await.unwrap();
            assert_no_internals(what, &body);
            if is_api {
                let v: serde_json::Value = serde_json::from_str(&body).unwrap();
                assert!(v["code"].is_string() && v["status"] == want, "{what}: {v}");
            }
        }
    }
    app.stop().await;
});

both_backends!(uploads_are_limited_in_size_and_type, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("clerk").await;
    let token = app.csrf(&c, "/staff/intake/import").await;
    let url = app.url(&format!("/staff/intake/import?csrf={token}"));
    let upload = |name: &'static str, ct: &'static str, bytes: Vec<u8>| {
        reqwest::multipart::Form::new()
            .part("file", reqwest::multipart::Part::bytes(bytes).file_name(name).mime_str(ct).unwrap())
    };
    // Not a CSV: refused by type, with the form's error, nothing stored.
    let png = [&[0x89u8, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a][..], &[0u8; 200]].concat();
    let r = c.post(&url).multipart(upload("photo.png", "image/png", png.clone())).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert_no_internals("png upload", &html);
    // Binary junk that claims to be a CSV: refused by content.
    let r = c.post(&url).multipart(upload("permits.csv", "text/csv", png)).send().await.unwrap();
    assert_eq!(r.status(), 422, "binary content");
    assert_no_internals("binary csv", &r.text().await.unwrap());
    // Larger than the limit of uploads (16 MiB): 413 or the connection closed early.
    let huge = vec![b'a'; 17 * 1024 * 1024];
    let r = c.post(&url).multipart(upload("big.csv", "text/csv", huge)).send().await;
    match r {
        Ok(r) => assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE),
        Err(e) => assert!(e.is_request() || e.is_body(), "{e}"),
    }
    assert_eq!(app.store.count_people().await.unwrap(), 0, "nothing imported");
    // The API's intake is limited by type too.
    let tok = app.token_for("clerk").await;
    let r = app
        .client()
        .post(app.url("/api/v1/intake/permits"))
        .bearer_auth(&tok)
        .header(CONTENT_TYPE, "image/png")
        .body(vec![0u8; 100])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error(), "{}", r.status());
    assert_no_internals("api intake png", &r.text().await.unwrap());
    app.stop().await;
});
