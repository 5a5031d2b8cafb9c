//! `welcomedesk-bench modules`: registration throughput under contention. N
//! registrations by C parallel clients (contacts, no register lookups) go to one session
//! (every registration fights for the same row: the worst case) and then spread over 20
//! sessions; each run checks the invariant afterwards (confirmed = min(capacity, N),
//! the rest waiting, positions 1..=N).

use std::sync::Arc;
use std::time::{Duration, Instant};
use welcomedesk_domain::sessions::Status;
use welcomedesk_store::sessions::{NewRegistration, NewSession, NewVenue, Registrant, TopicText};
use welcomedesk_store::{Store, StoreOptions};

struct Row {
    scenario: &'static str,
    sessions: usize,
    n: usize,
    clients: usize,
    wall: Duration,
    p50: Duration,
    p99: Duration,
}

async fn sessions(store: &Store, count: usize) -> anyhow::Result<Vec<uuid::Uuid>> {
    let tag = uuid::Uuid::now_v7().simple().to_string();
    let topic = store
        .insert_topic(
            &format!("bench-{tag}"),
            &[TopicText { language: "en", title: "Bench topic", description: "" }],
            None,
        )
        .await?;
    let venue = store
        .insert_venue(
            &NewVenue {
                name: &format!("Bench venue {tag}"),
                address: "Bench street 1",
                district: "Bench",
                transit_advice: "",
                step_free: true,
                childcare_possible: false,
            },
            &[],
            None,
        )
        .await?;
    let list: Vec<NewSession> = (0..count)
        .map(|i| NewSession {
            topic_id: topic,
            language: "ar".into(),
            venue_id: venue,
            room_id: None,
            starts_at: "2030-01-05T09:00:00.000000Z".into(),
            ends_at: "2030-01-05T11:00:00.000000Z".into(),
            starts_on: "2030-01-05".into(),
            capacity: 50,
            childcare_places: 0,
            trainer_id: None,
            backup_trainer_id: None,
            status: Status::Published,
            survey_token: format!("bench-{tag}-{i}"),
        })
        .collect();
    Ok(store.create_sessions(&list, false, None).await?)
}

async fn run_one(
    store: &Store,
    scenario: &'static str,
    n: usize,
    clients: usize,
    session_count: usize,
) -> anyhow::Result<Row> {
    let ids = Arc::new(sessions(store, session_count).await?);
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = vec![];
    for _ in 0..clients {
        let store = store.clone();
        let ids = ids.clone();
        let next = next.clone();
        tasks.push(tokio::spawn(async move {
            let mut lat = vec![];
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let r = NewRegistration {
                    registrant: Registrant::Contact {
                        name: format!("Bench person {i}"),
                        phone: Some("+46 70 000 00 00".into()),
                        email: None,
                    },
                    language: "ar".into(),
                    children_count: 0,
                    children_ages: None,
                    via: "public",
                    cancel_token_hash: None,
                };
                let t = Instant::now();
                store.register_for_session(ids[i % ids.len()], &r, None).await?;
                lat.push(t.elapsed());
            }
            anyhow::Ok(lat)
        }));
    }
    let mut lat = vec![];
    for t in tasks {
        lat.extend(t.await??);
    }
    let wall = started.elapsed();
    // The invariant, checked after every run.
    for (k, id) in ids.iter().enumerate() {
        let here = n / ids.len() + usize::from(k < n % ids.len());
        let regs = store.list_registrations(*id).await?;
        let confirmed = regs.iter().filter(|r| r.status == "confirmed").count();
        let waiting = regs.iter().filter(|r| r.status == "waiting").count();
        let mut pos: Vec<i64> = regs.iter().map(|r| r.position).collect();
        pos.sort();
        anyhow::ensure!(regs.len() == here, "registrations lost: {} of {here}", regs.len());
        anyhow::ensure!(confirmed == here.min(50) && waiting == here - confirmed, "overbooked or lost");
        anyhow::ensure!(pos == (1..=here as i64).collect::<Vec<_>>(), "positions not 1..=n");
        anyhow::ensure!(regs.iter().filter(|r| r.status == "confirmed").all(|r| r.position <= 50), "seat out of order");
    }
    lat.sort();
    let pct = |p: f64| lat.get(((lat.len() as f64 - 1.0) * p) as usize).copied().unwrap_or_default();
    Ok(Row { scenario, sessions: session_count, n, clients, wall, p50: pct(0.5), p99: pct(0.99) })
}

/// Runs both scenarios for each client count and prints the table.
pub async fn run(url: &str, n: usize, clients: &[usize]) -> anyhow::Result<()> {
    let max = clients.iter().copied().max().unwrap_or(16);
    let store = Store::open(url, &StoreOptions { max_connections: max as u32 + 2, ..Default::default() }).await?;
    let backend = store.backend().name();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    println!("module registrations on {backend}, {cores} cores, {n} registrations per run");
    println!(
        "| backend | scenario | sessions | registrations | clients | wall s | registrations/s | p50 ms | p99 ms |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    for &c in clients {
        for (scenario, sessions) in [("one session (worst case)", 1usize), ("spread over 20 sessions", 20)] {
            let r = run_one(&store, scenario, n, c, sessions).await?;
            println!(
                "| {backend} | {} | {} | {} | {} | {:.2} | {:.0} | {:.1} | {:.1} |",
                r.scenario,
                r.sessions,
                r.n,
                r.clients,
                r.wall.as_secs_f64(),
                r.n as f64 / r.wall.as_secs_f64(),
                r.p50.as_secs_f64() * 1e3,
                r.p99.as_secs_f64() * 1e3
            );
        }
    }
    println!("invariant checked after every run: confirmed = min(50, n), the rest waiting, positions 1..=n");
    store.close().await;
    Ok(())
}

/// What the HTTP scenarios of the modules need (`welcomedesk-bench http`): the public
/// calendar's filter query, and the published sessions to register for and check in to.
pub struct CalendarFixture {
    /// `topic=…&language=ar&saturday=on&childcare=on&district=…`
    pub filtered_query: String,
    pub sessions: Vec<uuid::Uuid>,
}

/// A term of `count` published sessions for the calendar benchmark: four topics (with
/// Arabic titles), four venues in two districts (childcare at two of them), sessions in
/// Arabic, Dari/Persian, Ukrainian, Somali and Tigrinya over the coming weeks, eight a
/// day, every day of the week (so Saturdays are one in seven), 50 seats each.
pub async fn prepare_calendar(store: &Store, count: usize) -> anyhow::Result<CalendarFixture> {
    use welcomedesk_store::time;
    let tag = uuid::Uuid::now_v7().simple().to_string();
    let mut topics = vec![];
    for (i, (en, ar)) in
        [("Housing", "السكن"), ("Health care", "الرعاية الصحية"), ("Work", "العمل"), ("Schools", "المدارس")]
            .iter()
            .enumerate()
    {
        topics.push(
            store
                .insert_topic(
                    &format!("bench-{i}-{tag}"),
                    &[
                        TopicText { language: "en", title: en, description: "Bench topic" },
                        TopicText { language: "ar", title: ar, description: "موضوع للقياس" },
                    ],
                    None,
                )
                .await?,
        );
    }
    let mut venues = vec![];
    for i in 0..4 {
        let district = if i % 2 == 0 { "Bench North" } else { "Bench South" };
        let id = store
            .insert_venue(
                &NewVenue {
                    name: &format!("Bench venue {i} {tag}"),
                    address: &format!("Bench street {i}"),
                    district,
                    transit_advice: "Bus 7 to the bench stop, then 200 m on foot",
                    step_free: true,
                    childcare_possible: i < 2,
                },
                &[("Hall", 60)],
                None,
            )
            .await?;
        venues.push((id, i < 2, district));
    }
    let languages = ["ar", "fa", "uk", "so", "ti"];
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let first = today.checked_add(jiff::Span::new().days(1))?;
    let mut list = Vec::with_capacity(count);
    for i in 0..count {
        let day = first.checked_add(jiff::Span::new().days((i / 8) as i64))?;
        let hour = [9, 11, 14, 16][i % 4];
        let start = day.at(hour, 0, 0, 0).to_zoned(jiff::tz::TimeZone::UTC)?.timestamp();
        let end = start.checked_add(jiff::Span::new().hours(2))?;
        let (venue, childcare, _) = venues[(i / 4) % venues.len()];
        list.push(NewSession {
            topic_id: topics[i % topics.len()],
            language: languages[(i / 2) % languages.len()].into(),
            venue_id: venue,
            room_id: None,
            starts_at: time::to_db(start),
            ends_at: time::to_db(end),
            starts_on: day.to_string(),
            capacity: 50,
            childcare_places: if childcare { 6 } else { 0 },
            trainer_id: None,
            backup_trainer_id: None,
            status: Status::Published,
            survey_token: format!("bench-cal-{tag}-{i}"),
        });
    }
    let mut sessions = Vec::with_capacity(count);
    for chunk in list.chunks(500) {
        sessions.extend(store.create_sessions(chunk, false, None).await?);
    }
    let filtered_query =
        format!("topic={}&language=ar&saturday=on&childcare=on&district={}", topics[0], venues[0].2.replace(' ', "+"));
    Ok(CalendarFixture { filtered_query, sessions })
}
