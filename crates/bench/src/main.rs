//! `welcomedesk-bench`: fills a database with a reproducible synthetic city and measures
//! the service on it. Figures go to standard output (and docs/BENCHMARKS.md by hand).
//!
//!   welcomedesk-bench generate --database-url sqlite:///tmp/city.db --people 1000000 --seed 42
//!   welcomedesk-bench search   --database-url sqlite:///tmp/city.db --people 1000000 --seed 42 --queries 2000

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
    /// Add generated people until the register holds --people of them.
    Generate {
        #[arg(long, env = "WELCOMEDESK_DATABASE_URL")]
        database_url: String,
        #[arg(long, default_value_t = 100_000)]
        people: u64,
        #[arg(long, default_value_t = 42)]
        seed: u64,
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
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // One core: a current-thread runtime, as the register benchmark asks.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async {
        match cli.cmd {
            Cmd::Generate { database_url, people, seed } => generate(&database_url, people, seed).await,
            Cmd::Search { database_url, people, seed, queries } => search(&database_url, people, seed, queries).await,
        }
    })
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

async fn generate(url: &str, target: u64, seed: u64) -> anyhow::Result<()> {
    let store = open(url).await?;
    let have = store.count_people().await? as u64;
    println!("register holds {have} people; generating up to {target} (seed {seed}) on {}", store.backend().name());
    let started = Instant::now();
    const BATCH: u64 = 5_000;
    let mut n = have;
    while n < target {
        let end = (n + BATCH).min(target);
        let people: Vec<NewPerson> = (n..end).map(|i| to_new(&person(seed, i))).collect::<anyhow::Result<_>>()?;
        let keys: Vec<Vec<String>> = people.iter().map(|p| welcomedesk_web::register::keys_of(&p.data)).collect();
        let rows: Vec<NewPersonRow<'_>> = people
            .iter()
            .zip(&keys)
            .map(|(p, k)| NewPersonRow {
                data: &p.data,
                consents: &p.consents,
                source: Source::Import,
                document_language: welcomedesk_web::register::document_language(&p.data),
                channel: "import",
                text_language: "en",
                text_version: "generated",
                import_key: None,
                name_keys: k,
            })
            .collect();
        store.bulk_insert_people(&rows).await?;
        n = end;
        if n.is_multiple_of(100_000) || n == target {
            let s = started.elapsed().as_secs_f64();
            println!("  {n:>9} people  {s:>7.1} s  {:>8.0} people/s", (n - have) as f64 / s);
        }
    }
    store.analyze().await?;
    println!("generated {} people in {:.1} s", target.saturating_sub(have), started.elapsed().as_secs_f64());
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
