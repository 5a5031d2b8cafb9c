//! `welcomedesk-bench`: fills a database with a reproducible synthetic city and measures
//! the service on it. Figures go to standard output (and docs/BENCHMARKS.md by hand).
//!
//!   welcomedesk-bench generate --database-url sqlite:///tmp/city.db --people 1000000 --seed 42
//!   welcomedesk-bench search   --database-url sqlite:///tmp/city.db --people 1000000 --seed 42 --queries 2000
//!   welcomedesk-bench knowledge --articles 5000 --queries 5000 --seed 42

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::time::{Duration, Instant};
use welcomedesk_bench::city::{GenPerson, person, variant};
use welcomedesk_bench::rng::Rng;
use welcomedesk_domain::register::{BirthDate, NewPerson, PersonInput, Source};
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::{Store, StoreOptions};

#[derive(Parser)]
#[command(name = "welcomedesk-bench", about = "Synthetic city and benchmarks for welcomedesk")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Every benchmark, each on fresh databases, its output written into
    /// docs/BENCHMARKS.md between the generated section's markers (the hand-written
    /// analysis stays). Run it from the release build: `cargo build --release -p
    /// welcomedesk -p welcomedesk-bench && target/release/welcomedesk-bench all`.
    All {
        /// Small sizes: proves every benchmark still runs, in minutes.
        #[arg(long)]
        quick: bool,
        /// Backends for the database benchmarks: sqlite, postgres (PostgreSQL at
        /// WELCOMEDESK_TEST_POSTGRES_URL, default the local server).
        #[arg(long, value_delimiter = ',', default_value = "sqlite,postgres")]
        backends: Vec<String>,
        /// The document to write into.
        #[arg(long, default_value = "docs/BENCHMARKS.md")]
        out: std::path::PathBuf,
        /// Only benchmarks whose title contains this (case-insensitive).
        #[arg(long)]
        only: Option<String>,
        /// People of the cost curve's cities (default 10000,100000,1000000; with --quick
        /// 500,2000,5000).
        #[arg(long)]
        sizes: Option<String>,
    },
    /// The cost curve: for each of --sizes people, a fresh database of --backend with the
    /// generated city; the people search, every report of the dashboard and the main
    /// public pages timed (p50/p95); a table per path of time against size.
    Curve {
        /// sqlite or postgres (PostgreSQL at WELCOMEDESK_TEST_POSTGRES_URL, default the
        /// local server).
        #[arg(long, default_value = "sqlite")]
        backend: String,
        #[arg(long, default_value = welcomedesk_bench::curve::FULL_SIZES)]
        sizes: String,
        #[arg(long, default_value_t = 500)]
        queries: usize,
        #[arg(long, default_value_t = 10)]
        runs: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// Courses: the public finder with --courses current courses (default 2,000) from 40
    /// providers: reading the candidates and ranking them, p50/p99 (a fresh database).
    Courses {
        #[arg(long, env = "WELCOMEDESK_DATABASE_URL")]
        database_url: String,
        #[arg(long, default_value_t = 2_000)]
        courses: usize,
        #[arg(long, default_value_t = 2_000)]
        queries: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// Vouchers: issuing vouchers for --attendances attendances in one batch (the
    /// check-in's hook in one transaction), then --redemptions redemptions of distinct
    /// vouchers with --concurrency parallel clients, through the store (a fresh database).
    Vouchers {
        #[arg(long, env = "WELCOMEDESK_DATABASE_URL")]
        database_url: String,
        #[arg(long, default_value_t = 100_000)]
        attendances: usize,
        #[arg(long, default_value_t = 2_000)]
        redemptions: usize,
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
    },
    /// Coaching, all of the numbers in one run: slot proposals (50 counsellors,
    /// a year of appointments, in memory) and, on each database given, 200 concurrent
    /// attempts at one slot and bookings per second (fresh databases are best).
    Coaching {
        /// One or more database URLs (e.g. a SQLite file and a PostgreSQL database).
        #[arg(long = "database-url", required = true)]
        database_urls: Vec<String>,
        #[arg(long, default_value_t = 2_000)]
        bookings: usize,
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[arg(long, default_value_t = 2000)]
        queries: usize,
    },
    /// Coaching bookings: 200 concurrent attempts at one slot, then bookings per second
    /// of distinct slots with --concurrency parallel clients (a fresh database is best).
    Bookings {
        #[arg(long, env = "WELCOMEDESK_DATABASE_URL")]
        database_url: String,
        /// How many bookings of distinct slots to time.
        #[arg(long, default_value_t = 2_000)]
        bookings: usize,
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
    },
    /// HTTP load against the release binary: public pages, APIs and write paths, each
    /// as a share of the /healthz ceiling; cold start; peak memory (docs/BENCHMARKS.md).
    Http {
        #[arg(long, env = "WELCOMEDESK_DATABASE_URL")]
        database_url: String,
        /// The server binary (default: `welcomedesk` beside this program).
        #[arg(long)]
        bin: Option<std::path::PathBuf>,
        /// Seconds per scenario.
        #[arg(long, default_value_t = 10)]
        duration: u64,
        /// Concurrent clients for reads.
        #[arg(long, default_value_t = 64)]
        clients: usize,
        /// Concurrent clients for writes (each count is one run).
        #[arg(long, value_delimiter = ',', default_value = "16,256")]
        write_clients: Vec<usize>,
        /// Distinct coaching slots to prepare for the booking runs.
        #[arg(long, default_value_t = 60_000)]
        slots: usize,
        /// Distinct vouchers to issue (through the check-in's hook) for the redemption runs.
        #[arg(long, default_value_t = 30_000)]
        vouchers: usize,
        /// People of the generated city (search queries pick among them).
        #[arg(long, default_value_t = 1_000_000)]
        people: u64,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Published module sessions to prepare (the calendar, registration and check-in
        /// scenarios).
        #[arg(long, default_value_t = 2_000)]
        sessions: usize,
        /// Only scenarios whose name contains this.
        #[arg(long)]
        only: Option<String>,
        /// Server database pool size (WELCOMEDESK_DB_MAX_CONNECTIONS).
        #[arg(long)]
        db_connections: Option<u32>,
        /// Also run every write scenario open-loop at this offered rate (requests per
        /// second, spread over the write clients; latency counted from when each request
        /// was due): the "N writes/s at p99 < 50 ms with 16 and 256 clients".
        #[arg(long)]
        write_rate: Option<f64>,
    },
    /// Content: weight and render time of the public pages (demo city, loopback HTTP),
    /// and the time to set the whole brochure as PDF in each language.
    Content {
        #[arg(long, default_value_t = 20)]
        rounds: usize,
    },
    /// Fill an empty database with a generated city (people, coachings, sessions,
    /// registrations, attendances, survey answers, desk contacts), in bulk.
    Generate {
        #[arg(long, env = "WELCOMEDESK_DATABASE_URL")]
        database_url: String,
        #[arg(long, default_value_t = 100_000)]
        people: u64,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Attendances to make (default: ten per person).
        #[arg(long)]
        attendances: Option<u64>,
        /// At least this many module sessions a year (more when the attendances need
        /// them: a session seats at most 50).
        #[arg(long, default_value_t = 2_000)]
        sessions_per_year: u64,
        /// Without passports, vouchers and their use (the city as before issue 10; to
        /// compare the generator's time).
        #[arg(long)]
        no_vouchers: bool,
    },
    /// People search: latency (one core) and recall of spelling variants in the top 5.
    Search {
        #[arg(long, env = "WELCOMEDESK_DATABASE_URL")]
        database_url: String,
        /// How many people the city was generated with (the queries pick among them).
        #[arg(long, default_value_t = 100_000)]
        people: u64,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[arg(long, default_value_t = 1000)]
        queries: usize,
    },
    /// Module registrations under contention: --registrations by each count of
    /// --clients parallel clients, into one session and spread over 20; the invariant
    /// (never overbooked, nothing lost, arrival order) is checked after every run.
    Modules {
        #[arg(long, env = "WELCOMEDESK_DATABASE_URL")]
        database_url: String,
        #[arg(long, default_value_t = 2_000)]
        registrations: usize,
        #[arg(long, value_delimiter = ',', default_value = "1,16,64")]
        clients: Vec<usize>,
    },
    /// Trainer rostering: a term of --sessions sessions and --trainers trainers solved
    /// --runs times in memory (one core), checked by the independent checker.
    Rostering {
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[arg(long, default_value_t = 2_000)]
        sessions: usize,
        #[arg(long, default_value_t = 150)]
        trainers: usize,
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// Knowledge search: an in-RAM index of --articles articles in 12 languages, then
    /// --queries desk queries (typos, word forms, synonyms, mixed languages) on one thread.
    Knowledge {
        #[arg(long, default_value_t = 5_000)]
        articles: usize,
        #[arg(long, default_value_t = 5_000)]
        queries: usize,
        /// Article changes to time after the queries (upsert, visible to the next search).
        #[arg(long, default_value_t = 200)]
        updates: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Also write the base into this (fresh) database and time the service's build of
        /// the index from it (reading the articles, versions and synonyms, then indexing).
        #[arg(long)]
        database_url: Option<String>,
    },
    /// Reports (R12): the whole dashboard over the generated city (made here with
    /// --people and --seed when the database is empty, else the one `generate` made):
    /// the roll-up job, then every report over the last twelve closed months and the
    /// current one, timed end to end (store aggregates + domain suppression), cold and
    /// best/median of --runs; and the rolled-up reports once without the roll-ups.
    #[command(alias = "dashboard")]
    Reports {
        #[arg(long, env = "WELCOMEDESK_DATABASE_URL")]
        database_url: String,
        #[arg(long, default_value_t = 1_000_000)]
        people: i64,
        #[arg(long, default_value_t = 5)]
        runs: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// The roll-up job has run on this database already (it runs nightly): time
        /// the reports only.
        #[arg(long)]
        no_rollup_job: bool,
    },
    /// Coaching: proposing the earliest free slots for a language (50 counsellors, 4
    /// places, a year of appointments); in memory, one core.
    Slots {
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[arg(long, default_value_t = 2000)]
        queries: usize,
        #[arg(long, default_value_t = 50)]
        counsellors: usize,
    },
}

/// A multi-threaded runtime for a command that runs outside the shared one.
fn own_runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread().enable_all().build()?)
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if let Cmd::All { quick, backends, out, only, sizes } = &cli.cmd {
        return own_runtime()?.block_on(all(*quick, backends, out, only.as_deref(), sizes.as_deref()));
    }
    if let Cmd::Knowledge { articles, queries, updates, seed, database_url } = &cli.cmd {
        welcomedesk_bench::knowledge::run(*seed, *articles, *queries, *updates)?;
        if let Some(url) = database_url {
            own_runtime()?.block_on(welcomedesk_bench::knowledge::run_from_database(url, *seed, *articles))?;
        }
        return Ok(());
    }
    if let Cmd::Bookings { database_url, bookings: n, concurrency } = &cli.cmd {
        // Contention needs real parallelism: a multi-threaded runtime for this one.
        let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
        return rt.block_on(bookings(database_url, *n, *concurrency));
    }
    if let Cmd::Modules { database_url, registrations, clients } = &cli.cmd {
        let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
        return rt.block_on(welcomedesk_bench::modules::run(database_url, *registrations, clients));
    }
    if let Cmd::Courses { database_url, courses, queries, seed } = &cli.cmd {
        let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
        return rt.block_on(welcomedesk_bench::courses::run(database_url, *courses, *queries, *seed));
    }
    if let Cmd::Vouchers { database_url, attendances, redemptions, concurrency } = &cli.cmd {
        let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
        return rt.block_on(welcomedesk_bench::vouchers::run(database_url, *attendances, *redemptions, *concurrency));
    }
    if let Cmd::Coaching { database_urls, bookings: n, concurrency, seed, queries } = &cli.cmd {
        slots(*seed, *queries, 50)?;
        let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
        for url in database_urls {
            println!();
            rt.block_on(bookings(url, *n, *concurrency))?;
        }
        return Ok(());
    }
    if let Cmd::Http { .. } = &cli.cmd {
        let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
        return rt.block_on(http(cli.cmd));
    }
    // One core: a current-thread runtime, as the register benchmark asks.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async {
        match cli.cmd {
            Cmd::Generate { database_url, people, seed, attendances, sessions_per_year, no_vouchers } => {
                generate(&database_url, people, seed, attendances, sessions_per_year, !no_vouchers).await
            }
            Cmd::Search { database_url, people, seed, queries } => search(&database_url, people, seed, queries).await,
            Cmd::Slots { seed, queries, counsellors } => slots(seed, queries, counsellors),
            Cmd::Rostering { seed, sessions, trainers, runs } => {
                welcomedesk_bench::rostering::run(seed, sessions, trainers, runs)
            }
            Cmd::Reports { database_url, people, runs, seed, no_rollup_job } => {
                reports(&database_url, people, runs, seed, !no_rollup_job).await
            }
            Cmd::Curve { backend, sizes, queries, runs, seed } => {
                let sizes = welcomedesk_bench::curve::parse_sizes(&sizes)?;
                welcomedesk_bench::curve::run(parse_backend(&backend)?, &sizes, queries, runs, seed).await
            }
            Cmd::Bookings { .. }
            | Cmd::All { .. }
            | Cmd::Http { .. }
            | Cmd::Knowledge { .. }
            | Cmd::Modules { .. }
            | Cmd::Vouchers { .. }
            | Cmd::Courses { .. }
            | Cmd::Coaching { .. } => Ok(()),
            Cmd::Content { rounds } => {
                welcomedesk_bench::content::pages(rounds).await?;
                welcomedesk_bench::content::pdfs(rounds.min(5)).await
            }
        }
    })
}

fn parse_backend(b: &str) -> anyhow::Result<welcomedesk_store::Backend> {
    match b.trim() {
        "sqlite" => Ok(welcomedesk_store::Backend::Sqlite),
        "postgres" | "postgresql" => Ok(welcomedesk_store::Backend::Postgres),
        other => anyhow::bail!("unknown backend {other:?}: sqlite or postgres"),
    }
}

async fn all(
    quick: bool,
    backends: &[String],
    out: &std::path::Path,
    only: Option<&str>,
    sizes: Option<&str>,
) -> anyhow::Result<()> {
    use welcomedesk_bench::all;
    let size = if quick { all::Size::Quick } else { all::Size::Full };
    let backends = backends.iter().map(|b| parse_backend(b)).collect::<anyhow::Result<Vec<_>>>()?;
    let sizes = sizes.unwrap_or(if quick {
        welcomedesk_bench::curve::QUICK_SIZES
    } else {
        welcomedesk_bench::curve::FULL_SIZES
    });
    welcomedesk_bench::curve::parse_sizes(sizes)?;
    let mut jobs = all::plan(size, &backends, sizes);
    if let Some(o) = only {
        let o = o.to_lowercase();
        jobs.retain(|j| j.title.to_lowercase().contains(&o));
    }
    let doc = std::fs::read_to_string(out).with_context(|| format!("read {}", out.display()))?;
    let exe = std::env::current_exe()?;
    let profile = if cfg!(debug_assertions) { "debug" } else { "release" };
    let commit = std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|| "unknown".into());
    let load = || {
        std::fs::read_to_string("/proc/loadavg")
            .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };
    let before = load();
    let outcomes = all::run(&exe, &jobs).await;
    let conditions = all::conditions(size, profile, &commit, &before, &load());
    let section = all::section(&conditions, &outcomes);
    std::fs::write(out, all::splice(&doc, &section)).with_context(|| format!("write {}", out.display()))?;
    let failed: Vec<&str> = outcomes.iter().filter(|o| !o.ok).map(|o| o.title.as_str()).collect();
    println!("{} benchmarks written into {}; failed: {failed:?}", outcomes.len(), out.display());
    anyhow::ensure!(failed.is_empty(), "{} benchmark(s) failed", failed.len());
    Ok(())
}

async fn reports(url: &str, people: i64, runs: usize, seed: u64, rollup_job: bool) -> anyhow::Result<()> {
    use welcomedesk_domain::reports::{self, Period, ReportName};
    let store = open(url).await?;
    let have = store.count_people().await?;
    if have == 0 {
        welcomedesk_bench::city::generate(&store, people as u64, seed, people as u64 * 10, 2_000).await?;
    } else {
        println!("the database holds {have} people already (generated earlier): timing on it");
    }
    let today = jiff::civil::date(2026, 11, 25);
    if rollup_job {
        let t = Instant::now();
        let months = store.refresh_report_months(today).await?;
        println!("roll-up job: {months} report-months in {:.1} s", t.elapsed().as_secs_f64());
    }
    let period = Period { from: jiff::civil::date(2025, 11, 1), to: jiff::civil::date(2026, 11, 25) };
    let c = store.generated_counts().await?;
    println!(
        "\n{} — {} people, {} attendances, {} sessions; period {} to {} (12 closed months + the current one); \
         {} runs each (wall clock, store + domain)",
        store.backend().name(),
        c.people,
        c.attendances,
        c.sessions,
        period.from,
        period.to,
        runs
    );
    println!("| report | cold | best | p50 | p95 | key figure |");
    println!("|---|---|---|---|---|---|");
    let mut cold_total = Duration::ZERO;
    let mut warm_total = Duration::ZERO;
    for name in ReportName::ALL {
        let mut times = vec![];
        let mut last = None;
        for _ in 0..runs.max(1) + 1 {
            let t = Instant::now();
            let r = match name {
                ReportName::Uptake => reports::uptake(&store.uptake_figures(&period).await?, period, 5),
                ReportName::Coaching => reports::coaching(&store.coaching_figures(&period).await?, period, 5),
                ReportName::FollowUps => reports::follow_ups(&store.follow_up_figures(&period).await?, period, 5),
                ReportName::Modules => reports::modules(&store.module_figures(&period).await?, period, 5),
                ReportName::Vouchers => reports::vouchers(&store.voucher_figures(&period, today).await?, period, 5),
                ReportName::Desk => reports::desk(&store.desk_figures(&period).await?, period, 5),
                ReportName::Satisfaction => {
                    reports::satisfaction(&store.satisfaction_figures(&period).await?, period, 5)
                }
            };
            times.push(t.elapsed());
            last = Some(r);
        }
        let cold = times[0];
        let mut warm = times[1..].to_vec();
        warm.sort();
        let best = warm[0];
        let median = warm[warm.len() / 2];
        let p95 = percentile(&warm, 0.95);
        cold_total += cold;
        warm_total += median;
        let r = last.context("a report")?;
        let kpi =
            r.kpis.first().map(|k| format!("{} = {}", k.id, k.value.map(|v| format!("{v:.0}")).unwrap_or("–".into())));
        println!(
            "| {} | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {} |",
            name.as_str(),
            cold.as_secs_f64() * 1e3,
            best.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3,
            p95,
            kpi.unwrap_or_default(),
        );
    }
    println!(
        "whole dashboard (every report): cold {:.0} ms, warm {:.0} ms (sum of medians)",
        cold_total.as_secs_f64() * 1e3,
        warm_total.as_secs_f64() * 1e3
    );
    // The same reports computed from the records alone, for comparison.
    for (label, live) in [
        ("uptake", 0),
        ("follow_ups", 1),
        ("modules", 2),
        ("satisfaction", 3),
        ("coaching", 4),
        ("desk", 5),
        ("vouchers", 6),
    ] {
        let t = Instant::now();
        match live {
            0 => drop(store.uptake_figures_live(&period).await?),
            1 => drop(store.follow_up_figures_live(&period).await?),
            2 => drop(store.module_figures_live(&period).await?),
            3 => drop(store.satisfaction_figures_live(&period).await?),
            4 => drop(store.coaching_figures_live(&period).await?),
            5 => drop(store.desk_figures_live(&period).await?),
            _ => drop(store.voucher_figures_live(&period, today).await?),
        }
        println!("  without roll-ups, {label}: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    }
    Ok(())
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 25)
}

fn to_new(p: &GenPerson) -> anyhow::Result<NewPerson> {
    let permit = jiff::civil::date(2016, 1, 1).checked_add(jiff::Span::new().days(p.permit_day))?;
    let i = PersonInput {
        full_name: p.full_name.clone(),
        latin_name: p.latin_name.clone().unwrap_or_default(),
        birth_year: p.birth_year.to_string(),
        birth_month: p.birth_month.map(|m| m.to_string()).unwrap_or_default(),
        birth_day: p.birth_day.map(|d| d.to_string()).unwrap_or_default(),
        citizenship: p.citizenship.into(),
        languages: p.languages.iter().map(|l| (*l).to_owned()).collect(),
        permit_issued_on: permit.to_string(),
        ..Default::default()
    };
    NewPerson::parse(&i, &["basic".into()], Source::Import, today()).map_err(|e| anyhow::anyhow!("{e}: {i:?}"))
}

async fn open(url: &str) -> anyhow::Result<Store> {
    Store::open(url, &StoreOptions { max_connections: 4, ..Default::default() }).await.context("open the database")
}

async fn generate(
    url: &str,
    people: u64,
    seed: u64,
    attendances: Option<u64>,
    sessions_per_year: u64,
    vouchers: bool,
) -> anyhow::Result<()> {
    // The generator's own connection only (SQLite: so that the load may run without a
    // journal, `Store::generate_drop_indexes`).
    let opts = StoreOptions { max_connections: 4, single_connection: true, ..Default::default() };
    let store = Store::open(url, &opts).await.context("open the database")?;
    println!("generating a city of {people} people (seed {seed}) on {}", store.backend().name());
    let attendances = attendances.unwrap_or(people * 10);
    welcomedesk_bench::city::generate_with(&store, people, seed, attendances, sessions_per_year, vouchers).await?;
    store.close().await;
    Ok(())
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

async fn search(url: &str, people: u64, seed: u64, queries: usize) -> anyhow::Result<()> {
    let store = open(url).await?;
    let count = store.count_people().await?;
    println!("people search on {} with {count} people, {queries} queries, one core", store.backend().name());
    let mut rng = Rng::new(seed ^ 0xBEEF);
    for mode in ["name + date of birth (intake duplicate check)", "name only (search box)"] {
        let with_birth = mode.starts_with("name +");
        let mut times = Vec::with_capacity(queries);
        let mut hits = 0usize;
        for _ in 0..queries {
            let n = rng.next_u64() % people.max(1);
            let p = person(seed, n);
            let q = variant(&p, &mut rng);
            let birth = with_birth.then_some(BirthDate { year: p.birth_year, month: p.birth_month, day: p.birth_day });
            let t = Instant::now();
            let found = welcomedesk_web::register::search(&store, &q, birth, 5).await?;
            times.push(t.elapsed());
            let bd = BirthDate { year: p.birth_year, month: p.birth_month, day: p.birth_day }.to_iso();
            // With a birth date the very person must be among the first five; by name
            // alone, namesakes cannot be told apart, so any record of that exact name counts.
            let same = |m: &&welcomedesk_web::register::Match| {
                m.person.full_name == p.full_name
                    && (!with_birth || (m.person.birth_date == bd && m.person.citizenship == p.citizenship))
            };
            if found.iter().any(|m| same(&m)) {
                hits += 1;
            }
        }
        times.sort();
        println!(
            "  {mode}:\n    p50 {:.2} ms  p95 {:.2} ms  p99 {:.2} ms  max {:.2} ms   recall@5 {:.1} %",
            percentile(&times, 0.50),
            percentile(&times, 0.95),
            percentile(&times, 0.99),
            percentile(&times, 1.0),
            100.0 * hits as f64 / queries.max(1) as f64
        );
    }
    store.close().await;
    Ok(())
}

/// Languages of newcomers that nobody on the team speaks (the interpreter path).
const UNSPOKEN: &[&str] = &["am", "ln", "hy", "sq", "bn", "ta"];

/// A first language drawn in proportion to the city's newcomers.
fn newcomer_origin(rng: &mut Rng) -> &'static welcomedesk_bench::city::Origin {
    use welcomedesk_bench::city::ORIGINS;
    let total: u32 = ORIGINS.iter().map(|o| o.weight).sum();
    let mut x = rng.below(total as usize) as u32;
    for o in ORIGINS {
        if x < o.weight {
            return o;
        }
        x -= o.weight;
    }
    &ORIGINS[0]
}

fn plus_minutes(t: jiff::civil::DateTime, m: i64) -> anyhow::Result<jiff::civil::DateTime> {
    Ok(t.checked_add(jiff::Span::new().minutes(m))?)
}

fn plus_days(d: jiff::civil::Date, n: i64) -> anyhow::Result<jiff::civil::Date> {
    Ok(d.checked_add(jiff::Span::new().days(n))?)
}

/// The synthetic team: counsellors with 1–3 languages of the city's mix, 4 places,
/// full- or part-time weekly hours, public holidays, leave and sick days; and a year
/// (2026) of their appointments, in shuffled order.
fn coaching_team(
    seed: u64,
    size: usize,
) -> anyhow::Result<(Vec<welcomedesk_domain::coaching::Counsellor>, Vec<welcomedesk_domain::coaching::Busy>)> {
    use jiff::civil::{Weekday, date, time};
    use welcomedesk_domain::coaching::{Absence, AppointmentKind, Busy, Counsellor, LanguageLevel, WorkBlock};
    let mut rng = Rng::new(seed ^ 0xC0AC);
    let places: Vec<uuid::Uuid> = (1..=4u128).map(|i| uuid::Uuid::from_u128(0x91ACE << 64 | i)).collect();
    let year = date(2026, 1, 1);
    let holidays =
        [(1, 1), (1, 6), (4, 3), (4, 6), (5, 1), (5, 14), (5, 25), (6, 19), (12, 24), (12, 25), (12, 26), (12, 31)];
    let weekdays = [Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday];
    let mut team = Vec::with_capacity(size);
    for n in 0..size {
        let o = newcomer_origin(&mut rng);
        let mut languages = vec![(o.languages[0].to_owned(), LanguageLevel::Native)];
        if o.languages.len() > 1 && rng.chance(0.5) {
            languages.push((o.languages[1].to_owned(), LanguageLevel::Fluent));
        } else if rng.chance(0.3) {
            let other = newcomer_origin(&mut rng).languages[0];
            if languages.iter().all(|(l, _)| l != other) {
                languages.push((other.to_owned(), LanguageLevel::Fluent));
            }
        }
        if languages.len() < 3 && rng.chance(0.4) && languages.iter().all(|(l, _)| l != "en") {
            languages.push(("en".to_owned(), LanguageLevel::Fluent));
        }
        let mut kinds = vec![AppointmentKind::Start, AppointmentKind::FollowUp];
        if rng.chance(0.6) {
            kinds.push(AppointmentKind::IndividualModule);
        }
        if rng.chance(0.4) {
            kinds.push(AppointmentKind::DeskFollowUp);
        }
        let home = *rng.pick(&places);
        let other = *rng.pick(&places);
        let other_day = rng.below(5);
        let part_time = rng.chance(0.3);
        let mut hours = Vec::new();
        for (i, &weekday) in weekdays.iter().enumerate() {
            if part_time && i == n % 5 {
                continue;
            }
            let place = if i == other_day { other } else { home };
            let (a, b, c, d) = if part_time { (8, 12, 13, 16) } else { (8, 12, 13, 17) };
            hours.push(WorkBlock { weekday, from: time(a, 0, 0, 0), to: time(b, 0, 0, 0), place });
            hours.push(WorkBlock { weekday, from: time(c, 0, 0, 0), to: time(d, 0, 0, 0), place });
        }
        let mut absences: Vec<Absence> =
            holidays.iter().map(|&(m, d)| Absence { from: date(2026, m, d), to: date(2026, m, d) }).collect();
        let summer = plus_days(date(2026, 6, 15), rng.below(60) as i64)?;
        absences.push(Absence { from: summer, to: plus_days(summer, 20)? });
        let autumn = plus_days(date(2026, 9, 20), rng.below(60) as i64)?;
        absences.push(Absence { from: autumn, to: plus_days(autumn, 6)? });
        for _ in 0..rng.below(5) {
            let sick = plus_days(year, rng.below(365) as i64)?;
            absences.push(Absence { from: sick, to: plus_days(sick, rng.below(5) as i64)? });
        }
        team.push(Counsellor { id: uuid::Uuid::from_u128(0xC0_0000 + n as u128), languages, kinds, hours, absences });
    }
    let mut busy = Vec::new();
    for c in &team {
        for day in 0..365 {
            let d = plus_days(year, day)?;
            if c.absences.iter().any(|a| a.from <= d && d <= a.to) {
                continue;
            }
            for b in c.hours.iter().filter(|b| b.weekday == d.weekday()) {
                let end = d.to_datetime(b.to);
                let mut t = d.to_datetime(b.from);
                while t < end {
                    if rng.chance(0.8) {
                        let kind = match rng.below(20) {
                            0..8 => AppointmentKind::Start,
                            8..13 => AppointmentKind::FollowUp,
                            13..17 => AppointmentKind::IndividualModule,
                            _ => AppointmentKind::DeskFollowUp,
                        };
                        let to = plus_minutes(t, kind.default_minutes())?;
                        if to > end {
                            break;
                        }
                        busy.push(Busy { counsellor: c.id, from: t, to });
                        // The next appointment starts on the grid.
                        t = plus_minutes(t, (kind.default_minutes() + 14) / 15 * 15)?;
                    } else {
                        t = plus_minutes(t, 15 * (1 + rng.below(4) as i64))?;
                    }
                }
            }
        }
    }
    for i in (1..busy.len()).rev() {
        busy.swap(i, rng.below(i + 1));
    }
    Ok((team, busy))
}

fn print_times(label: &str, times: &mut [Duration]) {
    times.sort();
    println!(
        "  {label} ({} calls):\n    p50 {:.3} ms  p95 {:.3} ms  p99 {:.3} ms  max {:.3} ms",
        times.len(),
        percentile(times, 0.50),
        percentile(times, 0.95),
        percentile(times, 0.99),
        percentile(times, 1.0)
    );
}

fn slots(seed: u64, queries: usize, size: usize) -> anyhow::Result<()> {
    use welcomedesk_domain::coaching::{Absence, AppointmentKind, Busy, LanguageLevel, SlotQuery, propose_slots};
    let built = Instant::now();
    let (mut team, mut busy) = coaching_team(seed, size)?;
    let places: Vec<uuid::Uuid> = {
        let mut p: Vec<uuid::Uuid> = team.iter().flat_map(|c| c.hours.iter().map(|b| b.place)).collect();
        p.sort();
        p.dedup();
        p
    };
    let mut spoken: Vec<&str> = team.iter().flat_map(|c| c.languages.iter().map(|(l, _)| l.as_str())).collect();
    spoken.sort();
    spoken.dedup();
    println!(
        "coaching slots: {} counsellors, {} places, {} languages spoken ({}), {} appointments in 2026 (built in {:.1} s)",
        team.len(),
        places.len(),
        spoken.len(),
        spoken.join(" "),
        busy.len(),
        built.elapsed().as_secs_f64()
    );
    println!("  {queries} queries: `from` a random moment of 2026, 120 days ahead, limit 10, one core");
    let mut rng = Rng::new(seed ^ 0x5107);
    let year = jiff::civil::date(2026, 1, 1).at(0, 0, 0, 0);
    let mut all = Vec::with_capacity(queries);
    let mut with_speaker = Vec::new();
    let mut interpreted = Vec::new();
    let (mut returned, mut short) = (0usize, 0usize);
    for _ in 0..queries {
        let mut languages: Vec<String> = Vec::new();
        if rng.chance(0.15) {
            languages.push((*rng.pick(UNSPOKEN)).to_owned());
        } else {
            let o = newcomer_origin(&mut rng);
            languages.push(o.languages[0].to_owned());
            if o.languages.len() > 1 && rng.chance(0.4) {
                languages.push(o.languages[1].to_owned());
            }
            if rng.chance(0.3) && !languages.iter().any(|l| l == "en") {
                languages.push("en".to_owned());
            }
        }
        let kind = match rng.below(20) {
            0..8 => AppointmentKind::Start,
            8..13 => AppointmentKind::FollowUp,
            13..17 => AppointmentKind::IndividualModule,
            _ => AppointmentKind::DeskFollowUp,
        };
        let place = if rng.chance(0.3) { None } else { Some(*rng.pick(&places)) };
        let from = plus_minutes(year, rng.below(335 * 24 * 60) as i64)?;
        let until = plus_minutes(from, 120 * 24 * 60)?;
        let mut person_busy = Vec::new();
        for _ in 0..rng.below(3) {
            let a = plus_minutes(from, 15 * rng.below(4 * 24 * 4) as i64)?;
            person_busy.push((a, plus_minutes(a, 60)?));
        }
        let q =
            SlotQuery { languages, kind, minutes: kind.default_minutes(), place, from, until, limit: 10, person_busy };
        let t = Instant::now();
        let found = std::hint::black_box(propose_slots(&team, &busy, &q));
        let took = t.elapsed();
        all.push(took);
        if found.first().is_some_and(|s| s.interpreter_needed) {
            interpreted.push(took);
        } else {
            with_speaker.push(took);
        }
        returned += found.len();
        short += usize::from(found.len() < q.limit);
    }
    print_times("all queries", &mut all);
    print_times("a counsellor speaks one of the languages", &mut with_speaker);
    print_times("interpreter needed (nobody available speaks them)", &mut interpreted);
    println!(
        "    {:.1} slots per query on average; {short} queries found fewer than 10",
        returned as f64 / queries.max(1) as f64
    );

    // Worst cases: the only speaker of a language has no free hour in the whole window (a
    // year), so all of it is searched before interpreter slots are proposed: once on leave
    // all year, once fully booked all year.
    for (n, case, language) in [(1u128, "on leave", "zz"), (2, "fully booked", "zy")] {
        let mut sole = team.first().cloned().ok_or_else(|| anyhow::anyhow!("no counsellors"))?;
        sole.id = uuid::Uuid::from_u128(0xC0_FF00 + n);
        sole.languages = vec![(language.to_owned(), LanguageLevel::Native)];
        sole.absences = vec![];
        if n == 1 {
            sole.absences.push(Absence { from: jiff::civil::date(2026, 1, 1), to: jiff::civil::date(2027, 12, 31) });
        } else {
            for day in 0..730 {
                let d = plus_days(jiff::civil::date(2026, 1, 1), day)?;
                let (from, to) = (jiff::civil::time(7, 0, 0, 0), jiff::civil::time(18, 0, 0, 0));
                busy.push(Busy { counsellor: sole.id, from: d.to_datetime(from), to: d.to_datetime(to) });
            }
        }
        team.push(sole);
        let mut worst = Vec::new();
        for i in 0..200 {
            let from = plus_minutes(year, (i * 24 * 60) as i64 + 7 * 60)?;
            let q = SlotQuery {
                languages: vec![language.to_owned()],
                kind: AppointmentKind::Start,
                minutes: 60,
                place: None,
                from,
                until: plus_minutes(from, 365 * 24 * 60)?,
                limit: 10,
                person_busy: vec![],
            };
            let t = Instant::now();
            let found = std::hint::black_box(propose_slots(&team, &busy, &q));
            worst.push(t.elapsed());
            anyhow::ensure!(
                found.len() == 10 && found.iter().all(|s| s.interpreter_needed),
                "expected 10 interpreter slots"
            );
        }
        print_times(&format!("worst case: the sole speaker {case} all year, a year's window"), &mut worst);
    }
    Ok(())
}

/// The first Monday at least two days from now (UTC).
fn next_monday() -> jiff::civil::Date {
    let mut d = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    d = d.checked_add(jiff::Span::new().days(2)).unwrap_or(d);
    while d.weekday() != jiff::civil::Weekday::Monday {
        d = d.tomorrow().unwrap_or(d);
    }
    d
}

async fn bookings(url: &str, n: usize, concurrency: usize) -> anyhow::Result<()> {
    use std::sync::Arc;
    use welcomedesk_web::coaching::{Booking, CoachingError, book};
    let store =
        Store::open(url, &StoreOptions { max_connections: concurrency as u32 + 2, ..Default::default() }).await?;
    let tz = jiff::tz::TimeZone::UTC;
    println!("coaching bookings on {}, {concurrency} parallel clients", store.backend().name());
    // 20 counsellors speaking Arabic, every day 08:00-20:00 at one place.
    let place = store
        .insert_place(&format!("Bench place {}", uuid::Uuid::now_v7()), "Bench street 1", None, true, None)
        .await?;
    let mut counsellors = vec![];
    for i in 0..20 {
        let id = store
            .insert_staff(
                &welcomedesk_store::staff::InsertStaff {
                    email: &format!("bench-c{i}-{}@x.example", uuid::Uuid::now_v7().simple()),
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
    let people: Vec<NewPerson> = (0..(n + 200) as u64).map(|i| to_new(&person(7, i))).collect::<anyhow::Result<_>>()?;
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
    let ids = store.bulk_insert_people(&rows).await?;
    let monday = next_monday();
    let store = Arc::new(store);
    // 1. 200 people race for one slot.
    let start = monday.at(10, 0, 0, 0);
    let mut tasks = vec![];
    for p in ids.iter().take(200) {
        let (store, tz, p, c) = (store.clone(), tz.clone(), *p, counsellors[0]);
        tasks.push(tokio::spawn(async move {
            let b = Booking {
                person: p,
                person_languages: vec!["ar".into()],
                counsellor: c,
                place,
                kind: welcomedesk_domain::coaching::AppointmentKind::Start,
                start,
                via: "staff",
                cancel_token_hash: None,
                children: Default::default(),
                matter: None,
            };
            book(&store, &tz, &b, None).await
        }));
    }
    let (mut ok, mut taken, mut other) = (0, 0, 0);
    for t in tasks {
        match t.await? {
            Ok(_) => ok += 1,
            Err(CoachingError::SlotUnavailable) => taken += 1,
            Err(_) => other += 1,
        }
    }
    println!("  200 concurrent attempts at one slot: {ok} booked, {taken} refused as taken, {other} other errors");
    // 2. Distinct slots: counsellor i, day d, hour h (60-minute kind on the hour).
    let mut slots = vec![];
    'outer: for d in 0..365 {
        for h in 8..19 {
            for c in &counsellors {
                if slots.len() >= n {
                    break 'outer;
                }
                let day = monday.checked_add(jiff::Span::new().days(d))?;
                if d == 0 && h == 10 && *c == counsellors[0] {
                    continue;
                }
                slots.push((*c, day.at(h, 0, 0, 0)));
            }
        }
    }
    let work = Arc::new(std::sync::Mutex::new(slots.into_iter().zip(ids.into_iter().skip(200)).collect::<Vec<_>>()));
    let started = Instant::now();
    let mut workers = vec![];
    for _ in 0..concurrency {
        let (store, tz, work) = (store.clone(), tz.clone(), work.clone());
        workers.push(tokio::spawn(async move {
            let mut lat = vec![];
            let mut errors = 0;
            loop {
                let next = match work.lock() {
                    Ok(mut w) => w.pop(),
                    Err(_) => None,
                };
                let Some(((c, start), p)) = next else { break };
                let b = Booking {
                    person: p,
                    person_languages: vec!["ar".into()],
                    counsellor: c,
                    place,
                    kind: welcomedesk_domain::coaching::AppointmentKind::Start,
                    start,
                    via: "staff",
                    cancel_token_hash: None,
                    children: Default::default(),
                    matter: None,
                };
                let t = Instant::now();
                if book(&store, &tz, &b, None).await.is_err() {
                    errors += 1;
                }
                lat.push(t.elapsed());
            }
            (lat, errors)
        }));
    }
    let mut all = vec![];
    let mut errors = 0;
    for w in workers {
        let (l, e) = w.await?;
        all.extend(l);
        errors += e;
    }
    let secs = started.elapsed().as_secs_f64();
    all.sort();
    println!(
        "  {} bookings of distinct slots: {:.0} bookings/s, p50 {:.2} ms, p99 {:.2} ms, {errors} errors",
        all.len(),
        all.len() as f64 / secs,
        percentile(&all, 0.5),
        percentile(&all, 0.99)
    );
    Ok(())
}

async fn http(cmd: Cmd) -> anyhow::Result<()> {
    use welcomedesk_bench::http::{CEILING, Server, prepare, print_row, run, run_at, scenarios};
    let Cmd::Http {
        database_url,
        bin,
        duration,
        clients,
        write_clients,
        slots,
        vouchers,
        people,
        seed,
        sessions,
        only,
        db_connections,
        write_rate,
    } = cmd
    else {
        return Ok(());
    };
    let bin = match bin {
        Some(b) => b,
        None => std::env::current_exe()?.with_file_name("welcomedesk"),
    };
    let backend = welcomedesk_store::Backend::from_url(&database_url)?.name();
    println!(
        "preparing {backend}: demo city, {slots} free coaching slots with a person each, a token, \
         {sessions} published module sessions"
    );
    let t = Instant::now();
    let mut fixture = prepare(&database_url, slots, vouchers, people, seed, sessions).await?;
    println!("  prepared in {:.1} s", t.elapsed().as_secs_f64());
    // Cold start: three starts on the database as it is; the last one stays up.
    let mut colds = vec![];
    let mut server = None;
    for i in 0..3 {
        let s = Server::start(&bin, &database_url, db_connections).await?;
        colds.push(s.cold_start);
        if i < 2 {
            s.stop()?;
        } else {
            server = Some(s);
        }
    }
    let server = server.context("server")?;
    println!(
        "cold start to /readyz = 200: {}",
        colds.iter().map(|d| format!("{:.0} ms", d.as_secs_f64() * 1000.0)).collect::<Vec<_>>().join(", ")
    );
    fixture.base = server.base.clone();
    let f = std::sync::Arc::new(fixture);
    let pid = Some(server.pid());
    let d = Duration::from_secs(duration);
    println!("\n| backend | scenario | clients | req/s | p50 | p99 | errors | peak RSS | share of ceiling |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let mut ceilings = std::collections::BTreeMap::new();
    let mut counts = vec![clients];
    counts.extend(write_clients.iter().copied());
    counts.sort_unstable();
    counts.dedup();
    for c in counts {
        let fig = run(&CEILING, &f, c, d, pid).await;
        print_row(backend, CEILING.name, c, &fig, None);
        ceilings.insert(c, fig);
    }
    for s in scenarios() {
        if only.as_deref().is_some_and(|o| !s.name.contains(o)) {
            continue;
        }
        let runs = if s.write { write_clients.clone() } else { vec![clients] };
        for c in runs {
            let fig = run(&s, &f, c, d, pid).await;
            print_row(backend, s.name, c, &fig, ceilings.get(&c));
        }
        if let (true, Some(r)) = (s.write, write_rate) {
            for c in write_clients.iter().copied() {
                let fig = run_at(&s, &f, c, d, pid, Some(r)).await;
                let name = format!("{} — open loop, {r:.0}/s offered", s.name);
                print_row(backend, &name, c, &fig, None);
            }
        }
    }
    let status = server.stop()?;
    println!("\nserver exit after SIGTERM: {status}");
    Ok(())
}
