//! Proof under faults, with the real binary: SIGKILL at random moments during a stream
//! of concurrent writes (every acknowledged write survives, the database is whole, the
//! invariants hold), an online backup during writes, and SIGTERM with requests in flight.
//!
//! Quick form in `cargo test` (a few rounds per backend); the full form:
//!   WELCOMEDESK_CRASH_ROUNDS=100 cargo test -p welcomedesk --test proof -- --nocapture
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_store::check::Written;
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreOptions, both_backends};

const BIN: &str = env!("CARGO_BIN_EXE_welcomedesk");

/// A small deterministic generator (the seed is printed, so a failing run can be replayed).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn seed() -> u64 {
    std::env::var("WELCOMEDESK_PROOF_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64
    })
}

/// The database made ready for writes: the demo city, a coordinator token, one place
/// with two counsellors free every day 08:00-20:00, and people to book.
struct Ready {
    token: String,
    place: uuid::Uuid,
    counsellors: Vec<uuid::Uuid>,
    people: Vec<uuid::Uuid>,
    /// The first bookable day (a Monday at least two days ahead).
    first_day: jiff::civil::Date,
}

async fn ready(db: &TestDb, people: usize) -> Ready {
    let store = db.store().await.unwrap();
    welcomedesk_web::demo::seed(&store).await.unwrap();
    let coord = store.find_staff_by_email(welcomedesk_web::demo::DEMO_STAFF[0].0).await.unwrap().id;
    let token = welcomedesk_web::password::random_token().unwrap();
    store.insert_token(coord, &welcomedesk_web::password::token_hash(&token), "proof", None).await.unwrap();
    let place = store.insert_place("Proof place", "Proof street 1", None, true, None).await.unwrap();
    let mut counsellors = vec![];
    for i in 0..2 {
        let id = store
            .insert_staff(
                &welcomedesk_store::staff::InsertStaff {
                    email: &format!("proof-c{i}@x.example"),
                    name: "Proof counsellor",
                    role: welcomedesk_domain::Role::Counsellor,
                    provider_id: None,
                    password_hash: "x",
                    ui_language: "en",
                },
                None,
            )
            .await
            .unwrap();
        store.upsert_counsellor(id, &[("ar", "native")], &["start"], None).await.unwrap();
        for wd in 1..=7 {
            store.add_counsellor_hours(id, wd, "08:00", "20:00", place, None).await.unwrap();
        }
        counsellors.push(id);
    }
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let list: Vec<NewPerson> = (0..people)
        .map(|i| {
            let input = PersonInput {
                full_name: format!("Proof Person {i}"),
                birth_year: "1990".into(),
                citizenship: "SY".into(),
                languages: vec!["ar".into()],
                ..Default::default()
            };
            NewPerson::parse(&input, &["basic".into()], Source::Desk, today).unwrap()
        })
        .collect();
    let rows: Vec<NewPersonRow<'_>> = list
        .iter()
        .map(|p| NewPersonRow {
            data: &p.data,
            consents: &p.consents,
            source: Source::Desk,
            document_language: "ar",
            channel: "in_person",
            text_language: "en",
            text_version: "proof",
            import_key: None,
            name_keys: &[],
        })
        .collect();
    let people = store.bulk_insert_people(&rows).await.unwrap();
    store.close().await;
    let mut first_day = today.checked_add(jiff::Span::new().days(2)).unwrap();
    while first_day.weekday() != jiff::civil::Weekday::Monday {
        first_day = first_day.tomorrow().unwrap();
    }
    Ready { token, place, counsellors, people, first_day }
}

fn server_cmd(url: &str) -> Command {
    let mut c = Command::new(BIN);
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("WELCOMEDESK_DATABASE_URL", url)
        .env("WELCOMEDESK_BIND", "127.0.0.1:0")
        .env("WELCOMEDESK_LOG", "error")
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    c
}

/// Starts `serve` and waits for `/readyz`.
async fn start(url: &str) -> (Child, String) {
    let mut child = server_cmd(url).spawn().unwrap();
    let out = child.stdout.take().unwrap();
    let base = tokio::task::spawn_blocking(move || {
        let mut lines = BufReader::new(out).lines();
        let first = lines.next().unwrap().unwrap();
        std::thread::spawn(move || for _ in lines {});
        first.split("serving at ").nth(1).unwrap().split_whitespace().next().unwrap().trim_end_matches('/').to_owned()
    })
    .await
    .unwrap();
    let c = reqwest::Client::new();
    for _ in 0..500 {
        if c.get(format!("{base}/readyz")).send().await.is_ok_and(|r| r.status() == 200) {
            return (child, base);
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("not ready");
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill").arg(format!("-{sig}")).arg(child.id().to_string()).status().unwrap();
    assert!(ok.success());
}

/// What the clients saw acknowledged.
#[derive(Default)]
struct Acks {
    people: Vec<uuid::Uuid>,
    appointments: Vec<uuid::Uuid>,
    /// Bookings refused as taken (the other client of a contested slot won).
    refused: usize,
}

/// `clients` concurrent writers until `stop` is set or the server is gone: each creates
/// people and books slots; every slot is wanted by two clients with different people,
/// so the double-booking guard is under fire all the time.
#[allow(clippy::too_many_arguments)]
async fn writers(
    base: String,
    r: Arc<Ready>,
    acks: Arc<Mutex<Acks>>,
    stop: Arc<AtomicBool>,
    clients: usize,
    slot_cursor: Arc<std::sync::atomic::AtomicUsize>,
    person_cursor: Arc<std::sync::atomic::AtomicUsize>,
    tag: u64,
) {
    let mut tasks = vec![];
    for k in 0..clients {
        let (base, r, acks, stop, slot_cursor, person_cursor) =
            (base.clone(), r.clone(), acks.clone(), stop.clone(), slot_cursor.clone(), person_cursor.clone());
        tasks.push(tokio::spawn(async move {
            let c = reqwest::Client::builder().timeout(Duration::from_secs(20)).build().unwrap();
            let mut i = 0u64;
            while !stop.load(Ordering::Relaxed) {
                i += 1;
                if (k + i as usize).is_multiple_of(2) {
                    let body = serde_json::json!({
                        "full_name": format!("Crash Test {tag} {k} {i}"), "birth_date": "1991-02-03",
                        "citizenship": "UA", "languages": ["uk"], "consents": ["basic"],
                        "text_language": "en", "confirm_new": true,
                    });
                    let Ok(resp) =
                        c.post(format!("{base}/api/v1/people")).bearer_auth(&r.token).json(&body).send().await
                    else {
                        break;
                    };
                    let status = resp.status().as_u16();
                    let Ok(v) = resp.json::<serde_json::Value>().await else { break };
                    assert!(status == 201, "create person: {status} {v}");
                    let id = uuid::Uuid::parse_str(v["id"].as_str().unwrap()).unwrap();
                    acks.lock().unwrap().people.push(id);
                } else {
                    // Slot s is wanted by two clients: the pair (2s, 2s+1) of the cursor.
                    let n = slot_cursor.fetch_add(1, Ordering::Relaxed);
                    let s = n / 2;
                    let counsellor = r.counsellors[s % r.counsellors.len()];
                    let hour = 8 + (s / r.counsellors.len()) % 12;
                    let day =
                        r.first_day.checked_add(jiff::Span::new().days((s / r.counsellors.len() / 12) as i64)).unwrap();
                    let p = person_cursor.fetch_add(1, Ordering::Relaxed);
                    let Some(person) = r.people.get(p) else { break };
                    let body = serde_json::json!({
                        "person_id": person, "counsellor_id": counsellor, "place_id": r.place,
                        "kind": "start", "start": format!("{day}T{hour:02}:00"),
                    });
                    let Ok(resp) =
                        c.post(format!("{base}/api/v1/appointments")).bearer_auth(&r.token).json(&body).send().await
                    else {
                        break;
                    };
                    let status = resp.status().as_u16();
                    let Ok(v) = resp.json::<serde_json::Value>().await else { break };
                    match status {
                        201 => {
                            let id = uuid::Uuid::parse_str(v["id"].as_str().unwrap()).unwrap();
                            acks.lock().unwrap().appointments.push(id);
                        }
                        409 => {
                            assert_eq!(v["code"], "slot_unavailable", "{v}");
                            acks.lock().unwrap().refused += 1;
                        }
                        _ => panic!("book: {status} {v}"),
                    }
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
}

/// Opens the database as it is on disk and proves: whole, invariants hold, and every
/// acknowledged write is there.
async fn verify(url: &str, acks: &Acks, what: &str) {
    let store = Store::open(url, &StoreOptions { max_connections: 2, ..Default::default() }).await.unwrap();
    assert_eq!(store.integrity_check().await.unwrap(), "ok", "{what}: integrity");
    let v = store.invariant_violations().await.unwrap();
    assert!(v.is_empty(), "{what}: invariants {v:?}");
    let lost = store.missing(Written::People, &acks.people).await.unwrap();
    assert!(lost.is_empty(), "{what}: {} acknowledged people lost: {lost:?}", lost.len());
    let lost = store.missing(Written::Appointments, &acks.appointments).await.unwrap();
    assert!(lost.is_empty(), "{what}: {} acknowledged appointments lost: {lost:?}", lost.len());
    store.close().await;
}

fn rounds() -> usize {
    std::env::var("WELCOMEDESK_CRASH_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(5)
}

both_backends!(sigkill_during_writes_loses_nothing_acknowledged, |b: Backend| async move {
    let db = TestDb::new(b).await.unwrap();
    let rounds = rounds();
    let r = Arc::new(ready(&db, 400 * rounds.max(5)).await);
    let seed = seed();
    println!("crash test on {}: {rounds} rounds, WELCOMEDESK_PROOF_SEED={seed}", b.name());
    let mut rng = Rng(seed);
    let acks = Arc::new(Mutex::new(Acks::default()));
    let slot_cursor = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let person_cursor = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    for round in 0..rounds {
        let (mut child, base) = start(&db.url).await;
        let stop = Arc::new(AtomicBool::new(false));
        let w = tokio::spawn(writers(
            base,
            r.clone(),
            acks.clone(),
            stop.clone(),
            8,
            slot_cursor.clone(),
            person_cursor.clone(),
            round as u64,
        ));
        // A random moment in the stream: after 1-40 more acknowledged writes (so every
        // round kills mid-stream however slow the machine is), plus 0-150 ms.
        let count = |a: &Acks| a.people.len() + a.appointments.len() + a.refused;
        let target = count(&acks.lock().unwrap()) + 1 + rng.below(40) as usize;
        let waited = Instant::now();
        while count(&acks.lock().unwrap()) < target && waited.elapsed() < Duration::from_secs(30) {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        tokio::time::sleep(Duration::from_millis(rng.below(150))).await;
        signal(&child, "KILL");
        child.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        w.await.unwrap();
        let snapshot = {
            let a = acks.lock().unwrap();
            Acks { people: a.people.clone(), appointments: a.appointments.clone(), refused: a.refused }
        };
        println!(
            "  round {round}: {} people, {} appointments acknowledged so far, {} refused as taken",
            snapshot.people.len(),
            snapshot.appointments.len(),
            snapshot.refused
        );
        verify(&db.url, &snapshot, &format!("after kill {round}")).await;
    }
    let a = acks.lock().unwrap();
    assert!(!a.people.is_empty() && !a.appointments.is_empty(), "the stream wrote something");
    assert!(a.refused > 0, "contested slots were refused (the guard was exercised)");
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_during_writes_is_whole_and_has_every_earlier_write() {
    let db = TestDb::new(Backend::Sqlite).await.unwrap();
    let r = Arc::new(ready(&db, 4_000).await);
    let (child, base) = start(&db.url).await;
    let acks = Arc::new(Mutex::new(Acks::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let w = tokio::spawn(writers(
        base.clone(),
        r.clone(),
        acks.clone(),
        stop.clone(),
        8,
        Arc::new(std::sync::atomic::AtomicUsize::new(0)),
        Arc::new(std::sync::atomic::AtomicUsize::new(0)),
        0,
    ));
    // Writes of both kinds acknowledged before the backup starts (a loaded machine may
    // need more than a moment for the first booking).
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let ready = {
            let a = acks.lock().unwrap();
            !a.people.is_empty() && !a.appointments.is_empty()
        };
        if ready || std::time::Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Everything acknowledged before the backup starts must be in the copy.
    let before = {
        let a = acks.lock().unwrap();
        Acks { people: a.people.clone(), appointments: a.appointments.clone(), refused: a.refused }
    };
    let copy = db.sqlite_path().unwrap().parent().unwrap().join("backup.db");
    let (url, to) = (db.url.clone(), copy.clone());
    let out = tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .env("WELCOMEDESK_DATABASE_URL", url)
            .env("WELCOMEDESK_LOG", "error")
            .args(["backup", "--to"])
            .arg(to)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.store(true, Ordering::Relaxed);
    w.await.unwrap();
    signal(&child, "TERM");
    let mut child = child;
    assert!(child.wait().unwrap().success());
    let after = {
        let a = acks.lock().unwrap();
        a.people.len() + a.appointments.len()
    };
    assert!(after > before.people.len() + before.appointments.len(), "writes went on during the backup");
    assert!(!before.people.is_empty() && !before.appointments.is_empty());
    // The copy opens, is whole, keeps the invariants and every earlier write.
    let copy_url = format!("sqlite://{}", copy.display());
    verify(&copy_url, &before, "backup copy").await;
    // And it restores: the service runs on it.
    let (child, base) = start(&copy_url).await;
    let p = reqwest::Client::new()
        .get(format!("{base}/api/v1/people/{}", before.people[0]))
        .bearer_auth(&r.token)
        .send()
        .await
        .unwrap();
    assert_eq!(p.status(), 200);
    signal(&child, "TERM");
    let mut child = child;
    assert!(child.wait().unwrap().success());
}

both_backends!(sigterm_lets_requests_in_flight_finish, |b: Backend| async move {
    let db = TestDb::new(b).await.unwrap();
    let r = Arc::new(ready(&db, 10).await);
    let (mut child, base) = start(&db.url).await;
    let addr = base.trim_start_matches("http://").to_owned();
    // Slow requests: the headers and half the body are sent, then the server is told to stop.
    let mut slow = vec![];
    for i in 0..4 {
        let body = serde_json::json!({
            "full_name": format!("Slow Request {i}"), "birth_date": "1980", "citizenship": "SO",
            "languages": ["so"], "consents": ["basic"], "text_language": "en", "confirm_new": true,
        })
        .to_string();
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        write!(
            s,
            "POST /api/v1/people HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            r.token,
            body.len()
        )
        .unwrap();
        let (a, rest) = body.split_at(body.len() / 2);
        s.write_all(a.as_bytes()).unwrap();
        s.flush().unwrap();
        slow.push((s, rest.to_owned()));
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let t = Instant::now();
    signal(&child, "TERM");
    tokio::time::sleep(Duration::from_millis(300)).await;
    // The server stopped accepting but has not exited: the requests are still in flight.
    assert!(child.try_wait().unwrap().is_none(), "waits for requests in flight");
    let mut ids = vec![];
    for (mut s, rest) in slow {
        s.write_all(rest.as_bytes()).unwrap();
        let mut resp = String::new();
        let _ = s.read_to_string(&mut resp);
        assert!(resp.starts_with("HTTP/1.1 201"), "{resp}");
        let body = resp.split("\r\n\r\n").nth(1).unwrap();
        let v: serde_json::Value = serde_json::from_str(body).unwrap();
        ids.push(uuid::Uuid::parse_str(v["id"].as_str().unwrap()).unwrap());
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "exit 0 after SIGTERM: {status}");
    assert!(t.elapsed() < Duration::from_secs(20));
    verify(&db.url, &Acks { people: ids, appointments: vec![], refused: 0 }, "after SIGTERM").await;
});
