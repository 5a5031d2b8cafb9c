//! The binary as an operator uses it: subcommands, configuration errors, accounts and
//! tokens, backup, serve with graceful shutdown, demo — on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, both_backends};

const BIN: &str = env!("CARGO_BIN_EXE_welcomedesk");

fn cmd(db: &str) -> Command {
    let mut c = Command::new(BIN);
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("WELCOMEDESK_DATABASE_URL", db)
        .env("WELCOMEDESK_LOG", "warn");
    c
}

fn run(c: &mut Command) -> (i32, String, String) {
    let o = c.output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Starts `serve` (or `demo`) on an ephemeral port; returns the child and its base URL.
fn start(mut c: Command, sub: &str) -> (Child, String) {
    c.arg(sub).env("WELCOMEDESK_BIND", "127.0.0.1:0").stdout(Stdio::piped()).stderr(Stdio::null());
    let mut child = c.spawn().unwrap();
    let out = child.stdout.take().unwrap();
    let mut lines = BufReader::new(out).lines();
    let first = lines.next().unwrap().unwrap();
    let url =
        first.split("serving at ").nth(1).unwrap().split_whitespace().next().unwrap().trim_end_matches('/').to_owned();
    std::thread::spawn(move || for _ in lines {});
    (child, url)
}

fn terminate(mut child: Child) -> i32 {
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    child.wait().unwrap().code().unwrap_or(-1)
}

#[test]
fn help_is_clear_for_every_subcommand() {
    for sub in [
        &[][..],
        &["serve"],
        &["demo"],
        &["migrate"],
        &["user"],
        &["user", "add"],
        &["user", "list"],
        &["user", "disable"],
        &["token", "issue"],
        &["token", "revoke"],
        &["backup"],
        &["check-config"],
    ] {
        let (code, out, _) = run(Command::new(BIN).args(sub).arg("--help"));
        assert_eq!(code, 0, "{sub:?}");
        assert!(out.contains("Usage:"), "{sub:?}");
    }
    let (_, out, _) = run(Command::new(BIN).arg("--help"));
    for word in
        ["WELCOMEDESK_DATABASE_URL", "WELCOMEDESK_BIND", "WELCOMEDESK_SECRET_KEY_FILE", "serve", "demo", "backup"]
    {
        assert!(out.contains(word), "{word}");
    }
}

#[test]
fn bad_configuration_is_one_line_naming_the_variable() {
    for (var, val) in [
        ("WELCOMEDESK_BIND", "localhost"),
        ("WELCOMEDESK_DATABASE_URL", "mysql://x"),
        ("WELCOMEDESK_SECRET_KEY_FILE", "/nonexistent"),
        ("WELCOMEDESK_PUBLIC_URL", "ftp://x"),
        ("WELCOMEDESK_LOG_FORMAT", "xml"),
        ("WELCOMEDESK_CONFIG", "/nonexistent.toml"),
    ] {
        let (code, out, err) = run(cmd("sqlite://unused.db").env(var, val).arg("check-config"));
        assert_eq!(code, 2, "{var}");
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "{var}: {err}");
        assert!(err.contains(var), "{var}: {err}");
        assert!(!err.contains("panicked"));
    }
    assert!(!std::path::Path::new("unused.db").exists(), "a bad config touches nothing");
}

both_backends!(accounts_tokens_and_serve, |b: Backend| async move {
    let db = TestDb::new(b).await.unwrap();
    let url = db.url.clone();
    tokio::task::spawn_blocking(move || {
        let (code, out, err) = run(cmd(&url).arg("migrate"));
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("up to date"));
        // Password from standard input.
        let mut child = cmd(&url)
            .args(["user", "add", "--email", "Lea@City.example", "--role", "coordinator", "--name", "Lea Ölund"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(b"a long enough secret\n").unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let (code, _, err) =
            run(cmd(&url).args(["user", "add", "--email", "x", "--role", "king", "--name", "", "--password", "1"]));
        assert_eq!(code, 2);
        assert!(err.contains("email") && err.contains("role"), "{err}");
        let (code, _, _) = run(cmd(&url).args([
            "user",
            "add",
            "--email",
            "p@school.example",
            "--role",
            "provider",
            "--name",
            "P",
            "--password",
            "a long enough secret",
            "--provider",
            "Lingua",
        ]));
        assert_eq!(code, 0);
        // The desk's two roles of their own (desk accounts with a duty in the database).
        for (email, role) in [("lead@city.example", "desk_lead"), ("partner@callcentre.example", "partner_agent")] {
            let (code, out, err) = run(cmd(&url).args([
                "user",
                "add",
                "--email",
                email,
                "--role",
                role,
                "--name",
                "D",
                "--password",
                "a long enough secret",
            ]));
            assert_eq!(code, 0, "{err}");
            assert!(out.contains(&format!("({role})")), "{out}");
        }
        let (_, out, _) = run(cmd(&url).args(["user", "list"]));
        assert!(out.contains("lea@city.example") && out.contains("coordinator") && out.contains("provider"), "{out}");
        assert!(out.contains("desk_lead") && out.contains("partner_agent"), "{out}");
        let (code, tok, err) =
            run(cmd(&url).args(["token", "issue", "--email", "lea@city.example", "--label", "test"]));
        assert_eq!(code, 0, "{err}");
        let tok = tok.trim().to_owned();
        assert_eq!(tok.len(), 43);
        let (child, base) = start(cmd(&url), "serve");
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let c = reqwest::Client::new();
            let me: serde_json::Value =
                c.get(format!("{base}/api/v1/me")).bearer_auth(&tok).send().await.unwrap().json().await.unwrap();
            assert_eq!(me["email"], "lea@city.example");
            assert_eq!(me["name"], "Lea Ölund");
            assert_eq!(c.get(format!("{base}/readyz")).send().await.unwrap().status(), 200);
        });
        let (code, out, _) = run(cmd(&url).args(["token", "revoke", "--email", "lea@city.example"]));
        assert_eq!(code, 0);
        assert!(out.contains("revoked 1"));
        rt.block_on(async {
            let r = reqwest::Client::new().get(format!("{base}/api/v1/me")).bearer_auth(&tok).send().await.unwrap();
            assert_eq!(r.status(), 401, "revoked at once, also for the running server");
        });
        assert_eq!(terminate(child), 0, "SIGTERM shuts down cleanly");
        let (code, _, _) = run(cmd(&url).args(["user", "disable", "--email", "lea@city.example"]));
        assert_eq!(code, 0);
        let (_, out, _) = run(cmd(&url).args(["user", "list"]));
        assert!(out.contains("(disabled)"));
    })
    .await
    .unwrap();
});

#[tokio::test(flavor = "multi_thread")]
async fn backup_is_a_working_copy() {
    let db = TestDb::new(Backend::Sqlite).await.unwrap();
    let url = db.url.clone();
    let dir = db.sqlite_path().unwrap().parent().unwrap().to_owned();
    let copy = dir.join("copy.db");
    let copy2 = copy.clone();
    tokio::task::spawn_blocking(move || {
        let (code, _, _) = run(cmd(&url).args([
            "user",
            "add",
            "--email",
            "b@x.example",
            "--role",
            "desk",
            "--name",
            "B",
            "--password",
            "a long enough secret",
        ]));
        assert_eq!(code, 0);
        let (child, _) = start(cmd(&url), "serve");
        let (code, out, err) = run(cmd(&url).args(["backup", "--to"]).arg(&copy2));
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("backup written"));
        let (code, _, err) = run(cmd(&url).args(["backup", "--to"]).arg(&copy2));
        assert_eq!(code, 2, "never overwrites: {err}");
        assert_eq!(terminate(child), 0);
        let (code, _, err) = run(cmd("postgres://postgres@127.0.0.1/x").args(["backup", "--to", "/tmp/never"]));
        assert_eq!(code, 3);
        assert!(err.contains("pg_dump"));
    })
    .await
    .unwrap();
    let restored =
        welcomedesk_store::Store::open(&format!("sqlite://{}", copy.display()), &Default::default()).await.unwrap();
    assert_eq!(restored.count_staff().await.unwrap(), 1);
    assert!(restored.find_staff_by_email("b@x.example").await.is_ok());
}

#[tokio::test(flavor = "multi_thread")]
async fn demo_serves_the_demo_city_and_never_touches_real_data() {
    let db = TestDb::new(Backend::Sqlite).await.unwrap();
    let url = db.url.clone();
    tokio::task::spawn_blocking(move || {
        let (child, base) = start(cmd(&url), "demo");
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let c = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
            let r = c.get(format!("{base}/")).header("accept-language", "ar").send().await.unwrap();
            assert_eq!(r.headers()["location"], "/ar/");
            let ar = c.get(format!("{base}/ar/")).send().await.unwrap().text().await.unwrap();
            assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">") && ar.contains("Demo City"));
        });
        assert_eq!(terminate(child), 0);
        // A second demo on the same (demo) database works; on a real one it refuses.
        let (child, _) = start(cmd(&url), "demo");
        assert_eq!(terminate(child), 0);
    })
    .await
    .unwrap();
    let real = TestDb::new(Backend::Sqlite).await.unwrap();
    let url = real.url.clone();
    tokio::task::spawn_blocking(move || {
        let (code, _, _) = run(cmd(&url).args([
            "user",
            "add",
            "--email",
            "r@x.example",
            "--role",
            "desk",
            "--name",
            "R",
            "--password",
            "a long enough secret",
        ]));
        assert_eq!(code, 0);
        let (code, _, err) = run(cmd(&url).arg("demo"));
        assert_eq!(code, 2);
        assert!(err.contains("real data"), "{err}");
    })
    .await
    .unwrap();
}
