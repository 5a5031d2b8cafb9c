//! The cost curve (issues 9, 11): how the main paths cost as the register grows. For
//! each size, a fresh database of one backend is filled with the generated city
//! (`city::generate`, ten attendances a person), the roll-up job runs, and then are
//! timed: the people search, every report of the coordinator dashboard (`getReport`'s
//! store and domain work), and the main public pages over HTTP on loopback (the
//! in-process server on that database). Prints one table per path, time against size,
//! and the search's p95 on the largest size.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use welcomedesk_domain::reports::{self, Period, ReportName};
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store};

use crate::city::{person, variant};
use crate::rng::Rng;

/// The generator's today: the dashboard's period ends there (12 closed months + the current one).
const TODAY: (i16, i8, i8) = (2026, 11, 25);

/// The sizes of a run: `--sizes`, or the quick ones.
pub const FULL_SIZES: &str = "10000,100000,1000000";
pub const QUICK_SIZES: &str = "500,2000,5000";

/// The main public pages (path after the host).
pub const PAGES: &[&str] = &["/en/", "/ar/coaching", "/en/modules", "/en/courses", "/en/faq"];

fn pct(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

/// One path at one size: p50 and p95 in milliseconds.
#[derive(Debug, Clone, Copy)]
struct Point {
    p50: f64,
    p95: f64,
}

fn point(mut times: Vec<Duration>) -> Point {
    times.sort();
    Point { p50: pct(&times, 0.5), p95: pct(&times, 0.95) }
}

/// Times one report of the dashboard (figures from the store, the table and
/// suppression from the domain), as `getReport` does.
pub async fn time_report(store: &Store, name: ReportName, period: Period) -> anyhow::Result<Duration> {
    let today = jiff::civil::date(TODAY.0, TODAY.1, TODAY.2);
    let t = Instant::now();
    let r = match name {
        ReportName::Uptake => reports::uptake(&store.uptake_figures(&period).await?, period, 5),
        ReportName::Coaching => reports::coaching(&store.coaching_figures(&period).await?, period, 5),
        ReportName::FollowUps => reports::follow_ups(&store.follow_up_figures(&period).await?, period, 5),
        ReportName::Modules => reports::modules(&store.module_figures(&period).await?, period, 5),
        ReportName::Vouchers => reports::vouchers(&store.voucher_figures(&period, today).await?, period, 5),
        ReportName::Desk => reports::desk(&store.desk_figures(&period).await?, period, 5),
        ReportName::Satisfaction => reports::satisfaction(&store.satisfaction_figures(&period).await?, period, 5),
    };
    let elapsed = t.elapsed();
    drop(r);
    Ok(elapsed)
}

/// The dashboard's period: the twelve closed months before the generator's today and
/// the current month up to it.
pub fn dashboard_period() -> Period {
    Period { from: jiff::civil::date(TODAY.0 - 1, TODAY.1, 1), to: jiff::civil::date(TODAY.0, TODAY.1, TODAY.2) }
}

/// Runs the curve on `backend` for each of `sizes` people.
pub async fn run(backend: Backend, sizes: &[u64], queries: usize, runs: usize, seed: u64) -> anyhow::Result<()> {
    let mut table: BTreeMap<String, Vec<(u64, Point)>> = BTreeMap::new();
    let mut add = |path: String, size: u64, p: Point| table.entry(path).or_default().push((size, p));
    for &size in sizes {
        println!("\n{} — {size} people", backend.name());
        let db = TestDb::new(backend).await?;
        let store = db.store().await?;
        let t = Instant::now();
        crate::city::generate(&store, size, seed, size * 10, 5).await?;
        let months = store.refresh_report_months(jiff::civil::date(TODAY.0, TODAY.1, TODAY.2)).await?;
        println!("  generated and rolled up ({months} report-months) in {:.1} s", t.elapsed().as_secs_f64());
        // The people search (the staff search box and the intake's duplicate check).
        let mut rng = Rng::new(seed ^ 0xC0FFEE);
        let mut times = Vec::with_capacity(queries);
        for _ in 0..queries.max(1) {
            let p = person(seed, rng.next_u64() % size.max(1));
            let q = variant(&p, &mut rng);
            let t = Instant::now();
            welcomedesk_web::register::search(&store, &q, None, 5).await?;
            times.push(t.elapsed());
        }
        add("people search (name only)".into(), size, point(times));
        // Every report of the dashboard, and the whole dashboard.
        let period = dashboard_period();
        let mut whole = vec![Duration::ZERO; runs.max(1)];
        for name in ReportName::ALL {
            time_report(&store, name, period).await?; // cold run, not counted
            let mut times = vec![];
            for w in whole.iter_mut() {
                let d = time_report(&store, name, period).await?;
                *w += d;
                times.push(d);
            }
            add(format!("getReport {}", name.as_str()), size, point(times));
        }
        add("dashboard (every report, one after another)".into(), size, point(whole));
        // The main public pages, over HTTP on the in-process server.
        welcomedesk_web::demo::seed(&store).await.map_err(|e| anyhow::anyhow!("demo seed: {e}"))?;
        let state = welcomedesk_web::AppState::new(
            store.clone(),
            welcomedesk_web::WebConfig::new("https://welcome.demo-city.example"),
            &[7u8; 32],
        )?;
        state.refresh_settings(None).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let base = format!("http://{}", listener.local_addr()?);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(welcomedesk_web::serve(state, listener, async {
            let _ = stopped.await;
        }));
        let client = reqwest::Client::new();
        for page in PAGES {
            let url = format!("{base}{page}");
            let r = client.get(&url).send().await?;
            anyhow::ensure!(r.status().is_success(), "{url}: {}", r.status());
            let mut times = vec![];
            for _ in 0..runs.max(1) * 4 {
                let t = Instant::now();
                let r = client.get(&url).send().await?;
                anyhow::ensure!(r.status().is_success(), "{url}: {}", r.status());
                r.bytes().await?;
                times.push(t.elapsed());
            }
            add(format!("page {page}"), size, point(times));
        }
        let _ = stop.send(());
        let _ = server.await;
        store.close().await;
    }
    println!("\nCost curve on {} (ms; p50 / p95):", backend.name());
    for (path, points) in &table {
        println!("\n{path}\n\n| people | p50 | p95 |\n|---:|---:|---:|");
        for (size, p) in points {
            println!("| {size} | {:.2} | {:.2} |", p.p50, p.p95);
        }
    }
    if let (Some(&largest), Some(points)) = (sizes.iter().max(), table.get("people search (name only)"))
        && let Some((_, p)) = points.iter().find(|(s, _)| *s == largest)
    {
        println!("\npeople search p95 on the largest size ({largest} people): {:.2} ms", p.p95);
    }
    Ok(())
}

/// Reads `--sizes` ("10000,100000,1000000").
pub fn parse_sizes(raw: &str) -> anyhow::Result<Vec<u64>> {
    raw.split(',')
        .map(|s| s.trim().replace('_', "").parse::<u64>().map_err(|e| anyhow::anyhow!("size {s:?}: {e}")))
        .filter(|r| !matches!(r, Ok(0)))
        .collect()
}
