//! `TestApp`: the real server on an ephemeral port over a fresh database (SQLite file or
//! a new PostgreSQL database), filled with the demo city, spoken to over HTTP.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use reqwest::redirect::Policy;
use std::net::SocketAddr;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store};
use welcomedesk_web::demo::{DEMO_PASSWORD, DEMO_STAFF};
use welcomedesk_web::{AppState, WebConfig};

pub struct TestApp {
    pub base: String,
    pub store: Store,
    pub db: TestDb,
    pub state: AppState,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

pub fn demo_email(role: &str) -> &'static str {
    DEMO_STAFF.iter().find(|(_, _, r)| *r == role).map(|(e, _, _)| *e).unwrap()
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        let db = TestDb::new(backend).await.expect("test database (is PostgreSQL running?)");
        let store = db.store().await.unwrap();
        welcomedesk_web::demo::seed(&store).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr: SocketAddr = listener.local_addr().unwrap();
        let base = format!("http://{addr}");
        let state = AppState::new(store.clone(), WebConfig::new(&base), &[7u8; 32]).unwrap();
        state.refresh_settings(None).await;
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let st = state.clone();
        let task = tokio::spawn(async move {
            welcomedesk_web::serve(st, listener, async {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
        TestApp { base, store, db, state, stop: Some(tx), task: Some(task) }
    }

    /// A browser-like client: keeps cookies, does not follow redirects (tests look at them).
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder().cookie_store(true).redirect(Policy::none()).build().unwrap()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// The CSRF token from the first form of a page.
    pub async fn csrf(&self, c: &reqwest::Client, path: &str) -> String {
        let body = c.get(self.url(path)).send().await.unwrap().text().await.unwrap();
        extract_csrf(&body).unwrap_or_else(|| panic!("no csrf field on {path}"))
    }

    /// Logs a client in as a demo role; returns the client.
    pub async fn login_as(&self, role: &str) -> reqwest::Client {
        let c = self.client();
        let token = self.csrf(&c, "/staff/login").await;
        let r = c
            .post(self.url("/staff/login"))
            .form(&[
                ("csrf", token.as_str()),
                ("email", demo_email(role)),
                ("password", DEMO_PASSWORD),
                ("next", "/staff/"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303, "login as {role}");
        c
    }

    /// A bearer token for a demo role's account.
    pub async fn token_for(&self, role: &str) -> String {
        let u = self.store.find_staff_by_email(demo_email(role)).await.unwrap();
        let tok = welcomedesk_web::password::random_token().unwrap();
        self.store.insert_token(u.id, &welcomedesk_web::password::token_hash(&tok), "test", None).await.unwrap();
        tok
    }

    pub async fn stop(mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.task.take() {
            let _ = t.await;
        }
    }
}

pub fn extract_csrf(html: &str) -> Option<String> {
    let i = html.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    let j = html[i..].find('"')?;
    Some(html[i..i + j].to_owned())
}

/// All values of `name="csrf"` etc. are plain; this finds an attribute's value after a marker.
pub fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)?;
    Some(&s[i..i + j])
}

/// A real SMTP server on loopback that accepts every message and keeps it (a sink, as a
/// development mail catcher does): EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
pub struct SmtpSink {
    pub url: String,
    pub messages: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let messages = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let store = messages.clone();
        tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else { return };
                let store = store.clone();
                tokio::spawn(async move {
                    let (r, mut w) = sock.into_split();
                    let mut lines = BufReader::new(r).lines();
                    let _ = w.write_all(b"220 sink ESMTP\r\n").await;
                    let mut in_data = false;
                    let mut data = String::new();
                    while let Ok(Some(line)) = lines.next_line().await {
                        if in_data {
                            if line == "." {
                                in_data = false;
                                store.lock().unwrap().push(std::mem::take(&mut data));
                                let _ = w.write_all(b"250 2.0.0 queued\r\n").await;
                            } else {
                                data.push_str(line.strip_prefix('.').unwrap_or(&line));
                                data.push('\n');
                            }
                            continue;
                        }
                        let cmd = line.to_ascii_uppercase();
                        let reply: &[u8] = if cmd.starts_with("EHLO") {
                            b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
                        } else if cmd.starts_with("HELO")
                            || cmd.starts_with("MAIL")
                            || cmd.starts_with("RCPT")
                            || cmd.starts_with("RSET")
                            || cmd.starts_with("NOOP")
                        {
                            b"250 OK\r\n"
                        } else if cmd.starts_with("DATA") {
                            in_data = true;
                            b"354 go ahead\r\n"
                        } else if cmd.starts_with("QUIT") {
                            let _ = w.write_all(b"221 bye\r\n").await;
                            return;
                        } else {
                            b"502 not implemented\r\n"
                        };
                        let _ = w.write_all(reply).await;
                    }
                });
            }
        });
        SmtpSink { url: format!("smtp://127.0.0.1:{port}"), messages }
    }
}

// ---- HTTP helpers shared by the test files ----------------------------------------------

/// The text without Fluent's bidi isolation marks around variables (to compare text).
pub fn plain(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// A JSON POST (with a bearer token or none): (status, body as JSON or Null).
pub async fn api_post(
    app: &TestApp,
    tok: Option<&str>,
    path: &str,
    body: serde_json::Value,
) -> (u16, serde_json::Value) {
    let mut rq = app.client().post(app.url(path)).json(&body);
    if let Some(t) = tok {
        rq = rq.bearer_auth(t);
    }
    let r = rq.send().await.unwrap();
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(serde_json::Value::Null))
}

/// A JSON PUT with a bearer token: (status, body as JSON or Null).
pub async fn api_put(app: &TestApp, tok: &str, path: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
    let r = app.client().put(app.url(path)).bearer_auth(tok).json(&body).send().await.unwrap();
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(serde_json::Value::Null))
}

/// A GET that must answer 200, its body as JSON.
pub async fn api_get(app: &TestApp, tok: Option<&str>, path: &str) -> serde_json::Value {
    let mut rq = app.client().get(app.url(path));
    if let Some(t) = tok {
        rq = rq.bearer_auth(t);
    }
    let r = rq.send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    r.json().await.unwrap()
}

/// A form post from a signed-in browser with its CSRF token: (status, Location header,
/// body without isolation marks).
pub async fn form_post(
    c: &reqwest::Client,
    app: &TestApp,
    csrf: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let mut f: Vec<(&str, &str)> = vec![("csrf", csrf)];
    f.extend_from_slice(fields);
    let r = c.post(app.url(path)).form(&f).send().await.unwrap();
    let status = r.status().as_u16();
    let loc = r.headers().get("location").map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default();
    (status, loc, plain(r.text().await.unwrap()))
}

/// A page: (status, body without isolation marks).
pub async fn get_page(c: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let r = c.get(app.url(path)).send().await.unwrap();
    (r.status().as_u16(), plain(r.text().await.unwrap()))
}

// ---- people of the register ---------------------------------------------------------------

/// Puts a person in the register with the basic consent (as the desk records them):
/// `i` as typed, `lang` the language of their documents and of the consent text.
pub async fn insert_person(app: &TestApp, i: &welcomedesk_domain::register::PersonInput, lang: &str) -> uuid::Uuid {
    use welcomedesk_domain::register::{NewPerson, Source};
    let p = NewPerson::parse(i, &["basic".into()], Source::Desk, jiff::civil::date(2026, 1, 5)).unwrap();
    let keys = vec![format!("n:{}", i.full_name)];
    let row = welcomedesk_store::register::NewPersonRow {
        data: &p.data,
        consents: &p.consents,
        source: p.source,
        document_language: lang,
        channel: "in_person",
        text_language: lang,
        text_version: "v1",
        import_key: None,
        name_keys: &keys,
    };
    app.store.bulk_insert_people(&[row]).await.unwrap()[0]
}

/// [`insert_person`] with a welcome passport: (id, the number as printed).
pub async fn insert_person_with_passport(
    app: &TestApp,
    i: &welcomedesk_domain::register::PersonInput,
    lang: &str,
) -> (uuid::Uuid, String) {
    let id = insert_person(app, i, lang).await;
    let pass = app.store.issue_passport(id, None).await.unwrap();
    (id, pass.number.display())
}
