//! The HTTP load generator: starts the release `welcomedesk` binary on a database (or
//! talks to a running one), runs C concurrent keep-alive clients for a while per
//! scenario and reports requests/s, p50/p99 latency, errors and the server's peak memory
//! — each figure also as a share of the **ceiling**, the same load against `/healthz`.
//!
//! A scenario is one `Scenario` value: a name, whether it writes, the refusals it may
//! document, and a function that builds the n-th request. Each area adds its own to
//! `scenarios()` (modules: calendar, registration, check-in; vouchers: redemption;
//! content: brochure chapter; desk: dashboard, knowledge search).

use crate::city;
use anyhow::Context;
use std::io::BufRead;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::{Store, StoreOptions};

/// What a scenario's requests may use: the server, a coordinator's bearer token, and
/// what was prepared in the database (places, counsellors, distinct free slots, people).
pub struct Fixture {
    pub base: String,
    pub token: String,
    pub place: uuid::Uuid,
    /// Distinct bookable slots, each with its own person: (counsellor, start, person).
    pub slots: Vec<(uuid::Uuid, String, uuid::Uuid)>,
    /// The next unused slot (shared by every write run).
    pub next_slot: AtomicUsize,
    /// Names to search for (people of the generated city).
    pub names: Vec<String>,
    /// A counter for people created through the API.
    pub next_person: AtomicU64,
    /// A brochure chapter's slug (the chapter page scenario).
    pub chapter: String,
    /// A bearer token of a provider's staff account (voucher lookup and redemption).
    pub provider_token: String,
    /// The provider's course that the prepared vouchers pay for.
    pub course: uuid::Uuid,
    /// Codes of distinct unused vouchers, each redeemed once by the write run.
    pub vouchers: Vec<String>,
    /// The next unused voucher (shared by every redemption run).
    pub next_voucher: AtomicUsize,
    /// The public module calendar's query with every filter (topic, language, Saturday,
    /// childcare, district).
    pub calendar_filtered: String,
    /// Published module sessions (registrations and check-ins go round them).
    pub module_sessions: Vec<uuid::Uuid>,
    /// Counters of the module write scenarios.
    pub next_registration: AtomicU64,
    pub next_check_in: AtomicU64,
}

/// One load scenario.
pub struct Scenario {
    pub name: &'static str,
    /// A write path (runs at the write concurrencies, needs durable commits).
    pub write: bool,
    /// Non-2xx statuses that are documented refusals, not errors.
    pub refusals: &'static [u16],
    /// The n-th request; `None` when the scenario has run out of prepared work.
    pub request: fn(&reqwest::Client, &Fixture, u64) -> Option<reqwest::RequestBuilder>,
}

/// The ceiling: a trivial handler of the same binary.
pub const CEILING: Scenario = Scenario {
    name: "ceiling: GET /healthz",
    write: false,
    refusals: &[],
    request: |c, f, _| Some(c.get(format!("{}/healthz", f.base))),
};

/// What agents type into the knowledge search under pressure, over the demo's articles:
/// word forms, typos, the coordinator's synonyms, other languages and scripts.
const KNOWLEDGE_QUERIES: &[(&str, &str)] = &[
    ("Meldezettel", "de"),
    ("register adress", "en"),
    ("folkbokföring", "sv"),
    ("personnummer", "sv"),
    ("find a flat", "en"),
    ("landlord rent", "en"),
    ("preschool plase", "en"),
    ("förskola", "sv"),
    ("enrol school", "en"),
    ("doctor", "ar"),
    ("طبيب", "ar"),
    ("job", "so"),
    ("diploma recognition", "en"),
    ("عنواني", "ar"),
];

/// Every scenario, in the order they run. Add a line (or a small `Scenario`) per path.
pub fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "public start page (ar)",
            write: false,
            refusals: &[],
            request: |c, f, _| Some(c.get(format!("{}/ar/", f.base))),
        },
        Scenario {
            name: "coaching free times page (ar)",
            write: false,
            refusals: &[],
            request: |c, f, _| Some(c.get(format!("{}/ar/coaching/times?kind=start&language=ar&place=", f.base))),
        },
        Scenario {
            name: "coaching slots API (ar)",
            write: false,
            refusals: &[],
            request: |c, f, _| {
                Some(c.get(format!("{}/api/v1/coaching/slots?kind=start&language=ar", f.base)).bearer_auth(&f.token))
            },
        },
        Scenario {
            name: "people search API (bearer)",
            write: false,
            refusals: &[],
            request: |c, f, n| {
                let q = f.names.get(n as usize % f.names.len().max(1))?;
                Some(c.get(format!("{}/api/v1/people", f.base)).query(&[("q", q.as_str())]).bearer_auth(&f.token))
            },
        },
        Scenario {
            name: "knowledge search API (searchKnowledge, bearer)",
            write: false,
            refusals: &[],
            request: |c, f, n| {
                let (q, lang) = KNOWLEDGE_QUERIES[n as usize % KNOWLEDGE_QUERIES.len()];
                Some(
                    c.get(format!("{}/api/v1/knowledge/search", f.base))
                        .query(&[("q", q), ("lang", lang)])
                        .bearer_auth(&f.token),
                )
            },
        },
        Scenario {
            name: "brochure chapter page (ar)",
            write: false,
            refusals: &[],
            request: |c, f, _| Some(c.get(format!("{}/ar/brochure/{}", f.base, f.chapter))),
        },
        Scenario {
            name: "coordinator dashboard: uptake report API (getReport, bearer)",
            write: false,
            refusals: &[],
            request: |c, f, _| Some(c.get(format!("{}/api/v1/reports/uptake", f.base)).bearer_auth(&f.token)),
        },
        Scenario {
            name: "provider: voucher lookup API (lookupVoucher)",
            write: false,
            refusals: &[],
            request: |c, f, n| {
                let code = f.vouchers.get(n as usize % f.vouchers.len().max(1))?;
                Some(c.get(format!("{}/api/v1/vouchers/{code}", f.base)).bearer_auth(&f.provider_token))
            },
        },
        Scenario {
            name: "modules calendar page (ar, no filter: the next 200 of all sessions)",
            write: false,
            refusals: &[],
            request: |c, f, _| Some(c.get(format!("{}/ar/modules", f.base))),
        },
        Scenario {
            name: "modules calendar page (ar, filter: Arabic sessions)",
            write: false,
            refusals: &[],
            request: |c, f, _| Some(c.get(format!("{}/ar/modules?language=ar", f.base))),
        },
        Scenario {
            name: "modules calendar page (ar, filters: topic, Arabic, Saturday, childcare, district)",
            write: false,
            refusals: &[],
            request: |c, f, _| Some(c.get(format!("{}/ar/modules?{}", f.base, f.calendar_filtered))),
        },
        Scenario {
            name: "write: register for a module session (registerForSession)",
            write: true,
            refusals: &[],
            request: |c, f, _| {
                let n = f.next_registration.fetch_add(1, Ordering::Relaxed);
                let s = f.module_sessions.get(n as usize % f.module_sessions.len().max(1))?;
                Some(
                    c.post(format!("{}/api/v1/sessions/{s}/registrations", f.base))
                        .bearer_auth(&f.token)
                        .json(&serde_json::json!({"name": format!("Bench person {n}"), "phone": "+46 70 000 00 00", "language": "ar", "consent_modules": true})),
                )
            },
        },
        Scenario {
            name: "write: check in to a module session (checkIn, person of the register)",
            write: true,
            refusals: &[],
            request: |c, f, _| {
                // Each (session, person) once: people first, then the next session.
                let n = f.next_check_in.fetch_add(1, Ordering::Relaxed) as usize;
                let people = f.slots.len().max(1);
                let s = f.module_sessions.get((n / people) % f.module_sessions.len().max(1))?;
                let person = f.slots.get(n % people)?.2;
                Some(
                    c.post(format!("{}/api/v1/sessions/{s}/attendance", f.base))
                        .bearer_auth(&f.token)
                        .json(&serde_json::json!({"person_id": person})),
                )
            },
        },
        Scenario {
            name: "write: book a coaching (distinct slots)",
            write: true,
            refusals: &[],
            request: |c, f, _| {
                let i = f.next_slot.fetch_add(1, Ordering::Relaxed);
                let (counsellor, start, person) = f.slots.get(i)?;
                Some(c.post(format!("{}/api/v1/appointments", f.base)).bearer_auth(&f.token).json(&serde_json::json!({
                    "person_id": person, "counsellor_id": counsellor, "place_id": f.place,
                    "kind": "start", "start": start,
                })))
            },
        },
        Scenario {
            name: "write: create a person",
            write: true,
            refusals: &[],
            request: |c, f, _| {
                let n = f.next_person.fetch_add(1, Ordering::Relaxed);
                Some(c.post(format!("{}/api/v1/people", f.base)).bearer_auth(&f.token).json(&person_json(n)))
            },
        },
        Scenario {
            name: "write: redeem a voucher (distinct vouchers, redeemVoucher)",
            write: true,
            refusals: &[],
            request: |c, f, _| {
                let i = f.next_voucher.fetch_add(1, Ordering::Relaxed);
                let code = f.vouchers.get(i)?;
                Some(
                    c.post(format!("{}/api/v1/vouchers/{code}/redemptions", f.base))
                        .bearer_auth(&f.provider_token)
                        .json(&serde_json::json!({ "course_id": f.course, "id_checked": true })),
                )
            },
        },
    ]
}

fn person_json(n: u64) -> serde_json::Value {
    let p = city::person(4242, n);
    let birth = match (p.birth_month, p.birth_day) {
        (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", p.birth_year),
        _ => format!("{:04}", p.birth_year),
    };
    serde_json::json!({
        "full_name": p.full_name, "latin_name": p.latin_name, "birth_date": birth,
        "citizenship": p.citizenship, "languages": p.languages,
        "consents": ["basic"], "text_language": "en", "confirm_new": true,
    })
}

/// One run's figures.
#[derive(Debug, Clone)]
pub struct Figures {
    pub requests: u64,
    pub errors: u64,
    pub refusals: u64,
    pub per_sec: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub peak_rss_kib: Option<u64>,
    pub first_error: Option<String>,
}

/// Runs `s` with `clients` concurrent keep-alive clients for `duration` (after a short
/// warm-up for reads) against the fixture's server; `pid` is the server's process id
/// (for its peak memory, reset before the run).
pub async fn run(s: &Scenario, f: &Arc<Fixture>, clients: usize, duration: Duration, pid: Option<u32>) -> Figures {
    run_at(s, f, clients, duration, pid, None).await
}

/// As [`run`]; with `rate = Some(r)` the load is **open-loop**: the clients together
/// offer `r` requests per second on a fixed schedule (client `j` sends its `k`-th request
/// at `(k·C + j) / r` seconds), whatever the answers' speed, and a request's latency is
/// counted from the moment it was *due*, not from when it was sent — so the time it waited
/// behind a slow answer counts (no coordinated omission, as wrk2 measures). This is what
/// "N per second at p99 < X ms with C clients" means: closed-loop clients (`None`) measure
/// the most the server does, and their latency is mostly their own queue (Little's law:
/// 256 clients at 2,000/s wait 128 ms on average however fast each request is).
pub async fn run_at(
    s: &Scenario,
    f: &Arc<Fixture>,
    clients: usize,
    duration: Duration,
    pid: Option<u32>,
    rate: Option<f64>,
) -> Figures {
    let client = match reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .http1_only()
        .tcp_nodelay(true)
        .timeout(Duration::from_secs(30))
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            return Figures {
                requests: 0,
                errors: 1,
                refusals: 0,
                per_sec: 0.0,
                p50_ms: 0.0,
                p99_ms: 0.0,
                peak_rss_kib: None,
                first_error: Some(e.to_string()),
            };
        }
    };
    if !s.write {
        // Warm-up: connections open, caches filled; not counted.
        let _ = drive(s, f, &client, clients, Duration::from_millis(500), None).await;
    }
    if let Some(pid) = pid {
        // Resets the peak resident set size (VmHWM) to the current size.
        let _ = std::fs::write(format!("/proc/{pid}/clear_refs"), "5");
    }
    let started = Instant::now();
    let out = drive(s, f, &client, clients, duration, rate).await;
    let elapsed = started.elapsed().as_secs_f64();
    let mut lat = out.latencies;
    lat.sort_unstable();
    let pct = |p: f64| -> f64 {
        if lat.is_empty() {
            return 0.0;
        }
        let i = ((lat.len() as f64 * p).ceil() as usize).saturating_sub(1).min(lat.len() - 1);
        lat[i] as f64 / 1000.0
    };
    Figures {
        requests: lat.len() as u64,
        errors: out.errors,
        refusals: out.refusals,
        per_sec: lat.len() as f64 / elapsed,
        p50_ms: pct(0.50),
        p99_ms: pct(0.99),
        peak_rss_kib: pid.and_then(peak_rss_kib),
        first_error: out.first_error,
    }
}

struct Driven {
    latencies: Vec<u32>,
    errors: u64,
    refusals: u64,
    first_error: Option<String>,
}

async fn drive(
    s: &Scenario,
    f: &Arc<Fixture>,
    client: &reqwest::Client,
    clients: usize,
    d: Duration,
    rate: Option<f64>,
) -> Driven {
    let start = Instant::now();
    let deadline = start + d;
    let counter = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::with_capacity(clients);
    for j in 0..clients {
        let (f, client, counter) = (f.clone(), client.clone(), counter.clone());
        let (build, refusals) = (s.request, s.refusals);
        tasks.push(tokio::spawn(async move {
            let mut out = Driven { latencies: Vec::with_capacity(4096), errors: 0, refusals: 0, first_error: None };
            let mut k = 0u64;
            loop {
                // Open loop: the k-th request of client j is due at (k·C + j) / rate.
                let due = match rate {
                    Some(r) => start + Duration::from_secs_f64((k * clients as u64 + j as u64) as f64 / r),
                    None => Instant::now(),
                };
                k += 1;
                if due >= deadline {
                    break;
                }
                if rate.is_some() {
                    // Only an open loop waits: a timer, even for a moment already past,
                    // costs a tick of tokio's millisecond wheel, which a closed loop must
                    // not add to every request.
                    tokio::time::sleep_until(due.into()).await;
                }
                let n = counter.fetch_add(1, Ordering::Relaxed);
                let Some(req) = build(&client, &f, n) else { break };
                let t = due;
                let res = req.send().await;
                let (status, body) = match res {
                    Ok(r) => {
                        let st = r.status().as_u16();
                        (st, r.bytes().await.map_err(|e| e.to_string()))
                    }
                    Err(e) => (0, Err(e.to_string())),
                };
                let us = t.elapsed().as_micros().min(u32::MAX as u128) as u32;
                out.latencies.push(us);
                match body {
                    Ok(_) if (200..300).contains(&status) => {}
                    Ok(_) if refusals.contains(&status) => out.refusals += 1,
                    Ok(b) => {
                        out.errors += 1;
                        if out.first_error.is_none() {
                            out.first_error =
                                Some(format!("{status}: {}", String::from_utf8_lossy(&b[..b.len().min(300)])));
                        }
                    }
                    Err(e) => {
                        out.errors += 1;
                        if out.first_error.is_none() {
                            out.first_error = Some(format!("{status}: {e}"));
                        }
                    }
                }
            }
            out
        }));
    }
    let mut all = Driven { latencies: vec![], errors: 0, refusals: 0, first_error: None };
    for t in tasks {
        if let Ok(o) = t.await {
            all.latencies.extend(o.latencies);
            all.errors += o.errors;
            all.refusals += o.refusals;
            if all.first_error.is_none() {
                all.first_error = o.first_error;
            }
        }
    }
    all
}

/// The peak resident set size of a process (VmHWM), in KiB.
pub fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The release binary, started with `serve` on a database.
pub struct Server {
    pub child: std::process::Child,
    pub base: String,
    /// From process start to the first `/readyz` = 200.
    pub cold_start: Duration,
}

impl Server {
    pub async fn start(
        bin: &std::path::Path,
        database_url: &str,
        max_connections: Option<u32>,
    ) -> anyhow::Result<Self> {
        let mut cmd = std::process::Command::new(bin);
        cmd.arg("serve")
            .env("WELCOMEDESK_DATABASE_URL", database_url)
            .env("WELCOMEDESK_BIND", "127.0.0.1:0")
            // Slow-statement warnings under load would drown the table.
            .env("WELCOMEDESK_LOG", "error")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit());
        if let Some(n) = max_connections {
            cmd.env("WELCOMEDESK_DB_MAX_CONNECTIONS", n.to_string());
        }
        let started = Instant::now();
        let mut child = cmd.spawn().with_context(|| format!("start {}", bin.display()))?;
        let out = child.stdout.take().context("server stdout")?;
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        std::thread::spawn(move || {
            let mut lines = std::io::BufReader::new(out).lines();
            if let Some(Ok(first)) = lines.next() {
                let _ = tx.send(first);
            }
            for _ in lines {}
        });
        let first = tokio::task::spawn_blocking(move || rx.recv_timeout(Duration::from_secs(120)))
            .await?
            .context("the server did not announce itself")?;
        let base = first
            .split("serving at ")
            .nth(1)
            .and_then(|s| s.split_whitespace().next())
            .map(|s| s.trim_end_matches('/').to_owned())
            .with_context(|| format!("unexpected first line: {first}"))?;
        let c = reqwest::Client::new();
        loop {
            if let Ok(r) = c.get(format!("{base}/readyz")).send().await
                && r.status() == 200
            {
                break;
            }
            if started.elapsed() > Duration::from_secs(120) {
                anyhow::bail!("not ready after 120 s");
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        Ok(Server { child, base, cold_start: started.elapsed() })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGTERM, then wait for the exit.
    pub fn stop(mut self) -> anyhow::Result<std::process::ExitStatus> {
        let _ = std::process::Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        Ok(self.child.wait()?)
    }
}

/// Prepares the database for the scenarios (demo city, bench counsellors with a year of
/// free hours, people to book, a coordinator token, a term of published module sessions,
/// vouchers to redeem) and returns what requests need.
pub async fn prepare(
    database_url: &str,
    slots_wanted: usize,
    vouchers_wanted: usize,
    people: u64,
    seed: u64,
    module_sessions: usize,
) -> anyhow::Result<Fixture> {
    let store = Store::open(database_url, &StoreOptions { max_connections: 4, ..Default::default() }).await?;
    welcomedesk_web::demo::seed(&store).await.map_err(|e| anyhow::anyhow!("demo seed: {e}"))?;
    let coordinator = store.find_staff_by_email(welcomedesk_web::demo::DEMO_STAFF[0].0).await?.id;
    let token = welcomedesk_web::password::random_token()?;
    store.insert_token(coordinator, &welcomedesk_web::password::token_hash(&token), "bench", None).await?;
    let tag = uuid::Uuid::now_v7().simple().to_string();
    let place = store.insert_place(&format!("Bench place {tag}"), "Bench street 1", None, true, None).await?;
    // Counsellors free every day 08:00-20:00 (12 one-hour start slots each).
    let days = 200usize;
    let per_counsellor = days * 12;
    let n_counsellors = slots_wanted.div_ceil(per_counsellor).max(1);
    let mut counsellors = vec![];
    for i in 0..n_counsellors {
        let id = store
            .insert_staff(
                &welcomedesk_store::staff::InsertStaff {
                    email: &format!("bench-h{i}-{tag}@x.example"),
                    name: "Bench counsellor",
                    role: welcomedesk_domain::Role::Counsellor,
                    provider_id: None,
                    password_hash: "x",
                    ui_language: "en",
                },
                None,
            )
            .await?;
        store.upsert_counsellor(id, &[("ar", "native")], &["start"], None).await?;
        for wd in 1..=7 {
            store.add_counsellor_hours(id, wd, "08:00", "20:00", place, None).await?;
        }
        counsellors.push(id);
    }
    // One person per slot (a person is never booked twice at one time).
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let mut ids = Vec::with_capacity(slots_wanted);
    let base_n = uuid::Uuid::now_v7().as_u128() as u64 >> 16;
    for chunk_start in (0..slots_wanted).step_by(5_000) {
        let end = (chunk_start + 5_000).min(slots_wanted);
        ids.extend(insert_people(&store, base_n, chunk_start..end, today).await?);
    }
    let mut first = today.checked_add(jiff::Span::new().days(2))?;
    while first.weekday() != jiff::civil::Weekday::Monday {
        first = first.tomorrow()?;
    }
    let mut slots = Vec::with_capacity(slots_wanted);
    'outer: for d in 0..days as i64 {
        let day = first.checked_add(jiff::Span::new().days(d))?;
        for h in 8..20 {
            for c in &counsellors {
                if slots.len() >= slots_wanted {
                    break 'outer;
                }
                let person = ids[slots.len()];
                slots.push((*c, format!("{day}T{h:02}:00"), person));
            }
        }
    }
    let names = (0..2_000u64)
        .map(|i| {
            let p = city::person(seed, (i * 7919) % people.max(1));
            p.latin_name.unwrap_or(p.full_name)
        })
        .collect();
    let chapter = store.list_chapters().await?.into_iter().next().map(|c| c.slug).unwrap_or_default();
    let (provider_token, course, vouchers) = prepare_vouchers(&store, today, vouchers_wanted, &tag).await?;
    let calendar = crate::modules::prepare_calendar(&store, module_sessions).await?;
    // The reports' monthly roll-ups, as a running service's nightly job has them: else the
    // first servers of the run would compute them (36 s on a city of 200,000, on the
    // single writer) while their figures are measured.
    let t = std::time::Instant::now();
    let months = store.refresh_report_months(today).await?;
    println!("  report roll-ups: {months} months in {:.1} s", t.elapsed().as_secs_f64());
    store.close().await;
    Ok(Fixture {
        base: String::new(),
        token,
        place,
        slots,
        next_slot: AtomicUsize::new(0),
        names,
        next_person: AtomicU64::new(0),
        chapter,
        provider_token,
        course,
        vouchers,
        next_voucher: AtomicUsize::new(0),
        calendar_filtered: calendar.filtered_query,
        module_sessions: calendar.sessions,
        next_registration: AtomicU64::new(0),
        next_check_in: AtomicU64::new(0),
    })
}

/// An approved provider with a staff token and an A1 course starting in two weeks, and
/// `n` people who each attended a module today — so the check-in's own hook
/// (`passport::on_attendance`, under the demo's voucher rules) issued their vouchers.
/// Returns the token, the course and one unused voucher code per person.
async fn prepare_vouchers(
    store: &Store,
    today: jiff::civil::Date,
    n: usize,
    tag: &str,
) -> anyhow::Result<(String, uuid::Uuid, Vec<String>)> {
    use welcomedesk_domain::vouchers::{Level, ProviderStanding};
    let provider = store.insert_provider(&format!("Bench school {tag}"), None).await?;
    store
        .set_provider_standing(provider.id, ProviderStanding::Approved, Some(jiff::civil::date(2025, 1, 1)), None, None)
        .await?;
    let course = store
        .insert_course(
            provider.id,
            &welcomedesk_store::providers::NewCourse {
                title: "Bench A1",
                language: "sv",
                level: Level::A1,
                starts_on: today.checked_add(jiff::Span::new().days(14))?,
                price_cents: 5_000,
                place: "Bench street 2",
            },
            None,
        )
        .await?;
    let staff = store
        .insert_staff(
            &welcomedesk_store::staff::InsertStaff {
                email: &format!("bench-provider-{tag}@x.example"),
                name: "Bench provider",
                role: welcomedesk_domain::Role::Provider,
                provider_id: Some(provider.id),
                password_hash: "x",
                ui_language: "en",
            },
            None,
        )
        .await?;
    let token = welcomedesk_web::password::random_token()?;
    store.insert_token(staff, &welcomedesk_web::password::token_hash(&token), "bench", None).await?;
    let base_n = (uuid::Uuid::now_v7().as_u128() as u64 >> 16) ^ 0x5eed;
    let mut codes = Vec::with_capacity(n);
    for chunk_start in (0..n).step_by(5_000) {
        let end = (chunk_start + 5_000).min(n);
        let ids = insert_people(store, base_n, chunk_start..end, today).await?;
        let mut tx = store.begin().await?;
        for (i, p) in ids.iter().enumerate() {
            let stamp = welcomedesk_domain::passport::Stamp {
                person_id: *p,
                source_ref: format!("session:bench-{tag}-{}", (chunk_start + i) % 500),
                attended_on: today,
                topic: "Work and jobs".into(),
                language: "ar".into(),
                venue: "Town hall".into(),
            };
            welcomedesk_store::passport::on_attendance(&mut tx, &stamp).await?;
        }
        tx.commit().await?;
        for p in &ids {
            if let Some(v) = store.vouchers_of(*p, None).await?.into_iter().next() {
                codes.push(v.code);
            }
        }
    }
    anyhow::ensure!(n == 0 || !codes.is_empty(), "no voucher was issued: does the demo's voucher rule apply today?");
    Ok((token, course.id, codes))
}

/// Generated people number `range` of the series `base_n`, inserted in one batch.
async fn insert_people(
    store: &Store,
    base_n: u64,
    range: std::ops::Range<usize>,
    today: jiff::civil::Date,
) -> anyhow::Result<Vec<uuid::Uuid>> {
    let people: Vec<NewPerson> =
        range.map(|i| new_person(&city::person(base_n, i as u64), today)).collect::<anyhow::Result<_>>()?;
    let rows: Vec<NewPersonRow<'_>> = people
        .iter()
        .map(|p| NewPersonRow {
            data: &p.data,
            consents: &p.consents,
            source: Source::Import,
            document_language: "ar",
            channel: "import",
            text_language: "en",
            text_version: "generated",
            import_key: None,
            name_keys: &[],
        })
        .collect();
    Ok(store.bulk_insert_people(&rows).await?)
}

fn new_person(p: &city::GenPerson, today: jiff::civil::Date) -> anyhow::Result<NewPerson> {
    let i = PersonInput {
        full_name: p.full_name.clone(),
        latin_name: p.latin_name.clone().unwrap_or_default(),
        birth_year: p.birth_year.to_string(),
        birth_month: p.birth_month.map(|m| m.to_string()).unwrap_or_default(),
        birth_day: p.birth_day.map(|d| d.to_string()).unwrap_or_default(),
        citizenship: p.citizenship.into(),
        languages: p.languages.iter().map(|l| (*l).to_owned()).collect(),
        permit_issued_on: jiff::civil::date(2016, 1, 1).checked_add(jiff::Span::new().days(p.permit_day))?.to_string(),
        ..Default::default()
    };
    NewPerson::parse(&i, &["basic".into()], Source::Import, today).map_err(|e| anyhow::anyhow!("{e}: {i:?}"))
}

/// Prints one line of the table.
pub fn print_row(backend: &str, s: &str, clients: usize, fig: &Figures, ceiling: Option<&Figures>) {
    let share = ceiling.filter(|c| c.per_sec > 0.0).map(|c| format!("{:.0} %", 100.0 * fig.per_sec / c.per_sec));
    println!(
        "| {backend} | {s} | {clients} | {:.0} | {:.2} ms | {:.2} ms | {} | {} | {} |",
        fig.per_sec,
        fig.p50_ms,
        fig.p99_ms,
        fig.errors,
        fig.peak_rss_kib.map(|k| format!("{:.1} MB", k as f64 / 1024.0)).unwrap_or_else(|| "-".into()),
        share.unwrap_or_else(|| "-".into()),
    );
    if let Some(e) = &fig.first_error {
        println!("    first error: {e}");
    }
}
