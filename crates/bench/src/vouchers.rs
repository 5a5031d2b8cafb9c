//! `welcomedesk-bench vouchers`: issuing vouchers for many attendances in one batch
//! (the check-in's hook, `store::passport::on_attendance`, once per attendance in one
//! transaction), then redemptions of distinct vouchers per second with parallel clients,
//! through the store (the same function the `redeemVoucher` handler calls).
//!
//! Use a fresh database: the benchmark adds synthetic people (one per attendance).

use anyhow::Context;
use std::time::Instant;
use welcomedesk_domain::passport::Stamp;
use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
use welcomedesk_domain::vouchers::{Level, ProviderStanding, Rule};
use welcomedesk_store::register::NewPersonRow;
use welcomedesk_store::vouchers::Redeem;
use welcomedesk_store::{Store, StoreOptions};

fn day() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 25)
}

async fn people(store: &Store, n: usize) -> anyhow::Result<Vec<uuid::Uuid>> {
    let mut ids = Vec::with_capacity(n);
    let mut start = 0;
    while start < n {
        let end = (start + 5_000).min(n);
        let people: Vec<NewPerson> = (start..end)
            .map(|i| {
                let input = PersonInput {
                    full_name: format!("Bench Person {i}"),
                    birth_year: (1960 + (i % 45)).to_string(),
                    citizenship: "SY".into(),
                    languages: vec!["ar".into()],
                    permit_issued_on: "2026-01-02".into(),
                    certificate_required: i % 3 == 0,
                    ..Default::default()
                };
                NewPerson::parse(&input, &["basic".into()], Source::Import, day()).map_err(|e| anyhow::anyhow!("{e}"))
            })
            .collect::<anyhow::Result<_>>()?;
        let keys: Vec<Vec<String>> = (start..end).map(|i| vec![format!("n:bench{i}")]).collect();
        let rows: Vec<NewPersonRow<'_>> = people
            .iter()
            .zip(&keys)
            .map(|(p, k)| NewPersonRow {
                data: &p.data,
                consents: &p.consents,
                source: p.source,
                document_language: "ar",
                channel: "import",
                text_language: "ar",
                text_version: "v1",
                import_key: None,
                name_keys: k,
            })
            .collect();
        ids.extend(store.bulk_insert_people(&rows).await?);
        start = end;
    }
    Ok(ids)
}

pub async fn run(url: &str, attendances: usize, redemptions: usize, concurrency: usize) -> anyhow::Result<()> {
    let store = Store::open(url, &StoreOptions { max_connections: concurrency.max(2) as u32, ..Default::default() })
        .await
        .context("open the database")?;
    println!("vouchers benchmark on {} ({attendances} attendances, {redemptions} redemptions)", store.backend().name());
    if store.list_rules().await?.is_empty() {
        store
            .insert_rule(
                &Rule {
                    name: "Bench rule".into(),
                    valid_from: jiff::civil::date(2023, 1, 1),
                    first_after: 1,
                    further_every: 0,
                    max_vouchers: 1,
                    value_cents: 15_000,
                    value_cents_certificate: 30_000,
                    parts: 3,
                    validity_months: 30,
                    level_min: Level::A1,
                    level_max: Level::B1,
                    start_weeks_before: 6,
                },
                None,
            )
            .await?;
    }
    let provider = store.insert_provider(&format!("Bench School {}", uuid::Uuid::now_v7()), None).await?;
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
                starts_on: jiff::civil::date(2026, 12, 1),
                price_cents: 5_000,
                place: "Bench street",
            },
            None,
        )
        .await?;

    let t = Instant::now();
    let ids = people(&store, attendances).await?;
    println!("setup: {} people in {:.1} s", ids.len(), t.elapsed().as_secs_f64());

    // One batch: every attendance through the check-in's hook, in one transaction.
    let stamps: Vec<Stamp> = ids
        .iter()
        .enumerate()
        .map(|(i, p)| Stamp {
            person_id: *p,
            source_ref: format!("session:bench-{}", i % 500),
            attended_on: day(),
            topic: "Work and jobs".into(),
            language: "ar".into(),
            venue: "Town hall".into(),
        })
        .collect();
    let t = Instant::now();
    let mut tx = store.begin().await?;
    let mut issued = 0usize;
    for s in &stamps {
        issued += welcomedesk_store::passport::on_attendance(&mut tx, s).await?.len();
    }
    tx.commit().await?;
    let batch = t.elapsed().as_secs_f64();
    // Twice: nothing more is issued.
    let t2 = Instant::now();
    let mut tx = store.begin().await?;
    let mut again = 0usize;
    for s in stamps.iter().take(10_000) {
        again += welcomedesk_store::passport::on_attendance(&mut tx, s).await?.len();
    }
    tx.commit().await?;
    let repeat = t2.elapsed().as_secs_f64();

    // Redemptions of distinct vouchers, `concurrency` clients at once.
    let n = redemptions.min(ids.len());
    let mut codes = Vec::with_capacity(n);
    for p in ids.iter().take(n) {
        if let Some(v) = store.vouchers_of(*p, None).await?.into_iter().next() {
            codes.push(v.code);
        }
    }
    let queue = std::sync::Arc::new(std::sync::Mutex::new(codes));
    let actor = uuid::Uuid::now_v7();
    let t = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency.max(1) {
        let (store, queue) = (store.clone(), queue.clone());
        let (provider, course) = (provider.id, course.id);
        tasks.push(tokio::spawn(async move {
            let mut ok = 0usize;
            let mut refused = 0usize;
            loop {
                let code = match queue.lock() {
                    Ok(mut q) => q.pop(),
                    Err(_) => None,
                };
                let Some(code) = code else { break };
                let req = Redeem {
                    code: &code,
                    part: Some(1),
                    course_id: Some(course),
                    amount_cents: None,
                    id_checked: true,
                    today: day(),
                };
                match store.redeem_voucher(&req, provider, actor).await? {
                    Ok(_) => ok += 1,
                    Err(_) => refused += 1,
                }
            }
            Ok::<_, anyhow::Error>((ok, refused))
        }));
    }
    let (mut ok, mut refused) = (0, 0);
    for t in tasks {
        let (a, b) = t.await??;
        ok += a;
        refused += b;
    }
    let redeem = t.elapsed().as_secs_f64();
    let violations = store.invariant_violations().await?;

    println!();
    println!("| measure | value |");
    println!("|---|---|");
    println!("| backend | {} |", store.backend().name());
    println!("| attendances in one batch (one transaction) | {} |", stamps.len());
    println!("| vouchers issued | {issued} |");
    println!("| batch time | {batch:.1} s ({:.0} attendances/s) |", stamps.len() as f64 / batch);
    println!("| same 10,000 attendances again | {again} issued, {repeat:.1} s |");
    println!("| redemptions of distinct vouchers | {ok} ok, {refused} refused |");
    println!("| redemption clients | {concurrency} |");
    println!("| redemptions per second | {:.0} |", ok as f64 / redeem);
    println!("| invariant violations after the run | {} |", violations.len());
    anyhow::ensure!(again == 0, "the same attendances issued vouchers again");
    anyhow::ensure!(violations.is_empty(), "invariants broken: {violations:?}");
    Ok(())
}
