//! `welcomedesk-bench courses`: the public course finder with --courses current courses
//! (default 2,000, the number) from 40 approved providers in 12 districts. Each
//! query is what `/{lang}/courses/find` and `findCourses` do: read the candidates in
//! the public view from the database (`store.course_candidates`) and rank them
//! (`domain::courses::rank`). Answers are drawn at random (level, script, district,
//! times, childcare, voucher). Target: p99 < 20 ms. Use a fresh database: the
//! benchmark adds providers and courses.

use crate::rng::Rng;
use anyhow::Context;
use std::time::{Duration, Instant};
use welcomedesk_domain::courses::{
    self as rules, Availability, CourseData, CourseInput, LevelNow, Needs, Script, TargetGroup,
};
use welcomedesk_domain::vouchers::{Level, ProviderStanding};
use welcomedesk_store::{Store, StoreOptions};

const DISTRICTS: [&str; 12] =
    ["Mitte", "Nord", "Süd", "Ost", "West", "Altstadt", "Hafen", "Bahnhof", "Hügel", "Park", "Fluss", "Markt"];

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn course(rng: &mut Rng, i: usize, today: jiff::civil::Date) -> anyhow::Result<CourseData> {
    let kind = match rng.below(20) {
        0 => "literacy",
        1 => "second_script",
        _ => "standard",
    };
    let level = if kind == "standard" { Level::ALL[rng.below(6)].as_str() } else { "A1" };
    let start = today.checked_add(jiff::Span::new().days(rng.below(120) as i64))?;
    let hour = [9, 14, 18][rng.below(3)];
    let days = ["13", "24", "135", "6", "12345"][rng.below(5)];
    let input = CourseInput {
        title: format!("Deutsch {level} Kurs {i}"),
        language: "de".into(),
        level: level.into(),
        kind: kind.into(),
        starts_on: start.to_string(),
        ends_on: start.checked_add(jiff::Span::new().days(90))?.to_string(),
        weekdays: days.into(),
        starts_at: format!("{hour:02}:00"),
        ends_at: format!("{:02}:30", hour + 2),
        place: format!("Lernhaus {}", i % 97),
        district: DISTRICTS[rng.below(DISTRICTS.len())].into(),
        price: format!("{}", 100 + rng.below(300)),
        voucher_accepted: rng.chance(0.7),
        childcare: rng.chance(0.25),
        target_group: if rng.chance(0.1) { "women".into() } else { "all".into() },
        seats_left: if rng.chance(0.2) { String::new() } else { (1 + rng.below(20)).to_string() },
        explain_languages: ["ar", "fa", "uk", "ti,ar", "so", ""][rng.below(6)].into(),
        ..CourseInput::default()
    };
    CourseData::parse(&input).map_err(|e| anyhow::anyhow!("{e:?}"))
}

fn needs(rng: &mut Rng) -> Needs {
    let level = match rng.below(8) {
        0 => LevelNow::Unknown,
        1 => LevelNow::Beginner,
        n => LevelNow::Reached(Level::ALL[(n - 2).min(5)]),
    };
    Needs {
        language: None,
        level,
        script: [Script::Unknown, Script::Latin, Script::OtherScript, Script::LearningToRead][rng.below(4)],
        district: Some(DISTRICTS[rng.below(DISTRICTS.len())].to_owned()),
        near_districts: Vec::new(),
        availability: Availability {
            mornings: rng.chance(0.5),
            afternoons: rng.chance(0.3),
            evenings: rng.chance(0.5),
            weekends: rng.chance(0.3),
        },
        childcare: rng.chance(0.3),
        has_voucher: rng.chance(0.6),
        voucher: None,
        groups: if rng.chance(0.2) { vec![TargetGroup::Women] } else { vec![] },
        speaks: vec!["ar".into()],
    }
}

pub async fn run(url: &str, courses: usize, queries: usize, seed: u64) -> anyhow::Result<()> {
    let store = Store::open(url, &StoreOptions::default()).await.context("open the database")?;
    println!("courses benchmark on {} ({courses} courses, {queries} finder queries)", store.backend().name());
    let today = jiff::Zoned::now().date();
    let mut rng = Rng::new(seed);
    let mut providers = Vec::new();
    for p in 0..40 {
        let pr = store.insert_provider(&format!("Bench Sprachschule {seed}-{p}"), None).await?;
        store
            .set_provider_standing(pr.id, ProviderStanding::Approved, Some(jiff::civil::date(2026, 1, 1)), None, None)
            .await?;
        providers.push(pr.id);
    }
    let t = Instant::now();
    for i in 0..courses {
        let c = course(&mut rng, i, today)?;
        store.upsert_course(providers[i % providers.len()], welcomedesk_store::new_id(), &c, None).await?;
    }
    println!("  loaded {courses} courses in {:.1} s", t.elapsed().as_secs_f64());
    // The districts in a ring, each the neighbour of the next (the finder's distance).
    let ids: Vec<uuid::Uuid> = DISTRICTS.iter().map(|_| welcomedesk_store::new_id()).collect();
    for (i, name) in DISTRICTS.iter().enumerate() {
        let prev = ids[(i + ids.len() - 1) % ids.len()];
        let known: Vec<uuid::Uuid> = if i == 0 { vec![] } else { vec![prev] };
        store.upsert_district(ids[i], name, &known, None).await?;
    }
    store.upsert_district(ids[0], DISTRICTS[0], &[ids[ids.len() - 1], ids[1 % ids.len()]], None).await?;
    let days = store.course_stale_days().await?;
    let loaded = store.course_candidates(None, &[], today, days).await?.len();
    println!("  {loaded} courses in the public view");
    let all_needs: Vec<Needs> = (0..queries).map(|_| needs(&mut rng)).collect();

    let mut times = Vec::with_capacity(queries);
    let mut rank_times = Vec::with_capacity(queries);
    let mut found = 0usize;
    for n in &all_needs {
        let t = Instant::now();
        let cands = store.course_candidates(n.language.as_deref(), &rules::candidate_levels(n), today, days).await?;
        let t_rank = Instant::now();
        let m = rules::rank(&cands, n, today, days, rules::SHORT_LIST);
        rank_times.push(t_rank.elapsed());
        times.push(t.elapsed());
        found += m.len();
    }
    times.sort();
    rank_times.sort();
    println!(
        "  finder (read candidates + rank): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms (target p99 < 20 ms)",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        percentile(&times, 1.0)
    );
    println!(
        "  of which ranking alone: p50 {:.3} ms, p99 {:.3} ms; {:.1} courses shown per query on average",
        percentile(&rank_times, 0.5),
        percentile(&rank_times, 0.99),
        found as f64 / queries.max(1) as f64
    );
    // The same queries on the catalogue in memory, as the web nodes answer them now
    // (`web::courses::catalogue`): load once, then filter + rank per query.
    let t = Instant::now();
    let snap = store.catalogue_snapshot(today).await?;
    println!(
        "  catalogue in memory: loaded {} courses in {:.1} ms",
        snap.courses.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    let mut mem_times = Vec::with_capacity(queries);
    let mut mem_found = 0usize;
    for n in &all_needs {
        let t = Instant::now();
        let mut n = n.clone();
        n.near_districts = match &n.district {
            Some(d) => welcomedesk_domain::districts::neighbours_of(&snap.districts, d),
            None => Vec::new(),
        };
        let levels = rules::candidate_levels(&n);
        let cands = snap.courses.iter().filter(|c| {
            rules::visibility(c, today, snap.stamp.stale_after_days) == rules::Visibility::Visible
                && n.language.as_deref().is_none_or(|l| c.language == l)
                && levels.contains(&c.level)
        });
        let m = rules::rank(cands, &n, today, snap.stamp.stale_after_days, rules::SHORT_LIST);
        mem_times.push(t.elapsed());
        mem_found += m.len();
    }
    mem_times.sort();
    println!(
        "  finder in memory (neighbours + filter + rank): p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms; {:.1} shown per query",
        percentile(&mem_times, 0.5),
        percentile(&mem_times, 0.99),
        percentile(&mem_times, 1.0),
        mem_found as f64 / queries.max(1) as f64
    );
    store.close().await;
    Ok(())
}
