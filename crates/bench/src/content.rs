//! Content benchmarks (issue 7): the weight and render time of the public pages, and the
//! time to set the whole brochure (13 chapters with their address cards) as a PDF in
//! each language.
//!
//! English and Swedish use the demo city's texts; the other ten languages have no demo
//! text yet, so their chapters are made of the service's own sentences in that language
//! (its Fluent messages), about the same length and structure as the English chapter
//! (headings, paragraphs, a list, the same address cards): the script, shaping and font
//! work are real, the words are not brochure prose.

use anyhow::Context;
use std::time::{Duration, Instant};
use welcomedesk_domain::brochure::CHAPTERS;
use welcomedesk_domain::markup;
use welcomedesk_i18n::{Arg, LANGUAGES};
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store};
use welcomedesk_web::brochure::pdf::{ChapterText, PrintOptions, render_brochure};
use welcomedesk_web::brochure::{Overview, directory_map};
use welcomedesk_web::{AppState, WebConfig};

fn pct(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v.get(i).copied().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

async fn demo_state() -> anyhow::Result<(TestDb, Store, AppState)> {
    let db = TestDb::new(Backend::Sqlite).await?;
    let store = db.store().await?;
    welcomedesk_web::demo::seed(&store).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let state = AppState::new(store.clone(), WebConfig::new("https://welcome.demo-city.example"), &[7u8; 32])?;
    state.refresh_settings(None).await;
    Ok((db, store, state))
}

/// Public pages over HTTP on loopback: bytes and render time (p50, p95) per page.
pub async fn pages(rounds: usize) -> anyhow::Result<()> {
    let (_db, _store, state) = demo_state().await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(welcomedesk_web::serve(state, listener, async {
        let _ = rx.await;
    }));
    let client = reqwest::Client::new();
    println!("page                               lang   bytes  p50 ms  p95 ms  ({rounds} rounds)");
    let mut heaviest = (0usize, String::new());
    for page in ["", "brochure", "brochure/housing", "brochure/health", "addresses", "accessibility"] {
        for lang in ["en", "sv", "ar", "ti"] {
            let url = format!("{base}/{lang}/{page}");
            let mut times = Vec::with_capacity(rounds);
            let mut bytes = 0;
            for _ in 0..rounds.max(1) {
                let t = Instant::now();
                let r = client.get(&url).send().await?;
                anyhow::ensure!(r.status().is_success(), "{url}: {}", r.status());
                bytes = r.bytes().await?.len();
                times.push(t.elapsed());
            }
            if bytes > heaviest.0 {
                heaviest = (bytes, format!("/{lang}/{page}"));
            }
            println!(
                "/{{lang}}/{page:<28} {lang:<4} {bytes:>7}  {:>6}  {:>6}",
                ms(pct(times.clone(), 0.5)),
                ms(pct(times, 0.95))
            );
        }
    }
    println!("heaviest: {} at {} bytes (limit 102400)", heaviest.1, heaviest.0);
    let _ = tx.send(());
    let _ = server.await;
    Ok(())
}

/// Chapters of a language: the demo's own text where it has one, else made of the
/// language's own sentences (see the module documentation).
async fn chapters_for(state: &AppState, store: &Store, lang: &str) -> anyhow::Result<(Vec<ChapterText>, bool)> {
    let ov = Overview::load(store).await?;
    let mut own = vec![];
    for ch in &ov.chapters {
        if let Some(s) = ov.shown_own(ch, lang) {
            let v = store.chapter_version(ch.id, lang, s.number).await?;
            own.push(ChapterText { title: v.title, body: v.body });
        }
    }
    if own.len() == CHAPTERS.len() {
        return Ok((own, true));
    }
    let t = |k: &str| state.cat.plain(lang, k, &[("city", Arg::Str("Demo City"))]);
    let mut out = vec![];
    for ch in &ov.chapters {
        let src = ov.shown_own(ch, "en").context("English demo text")?;
        let en = store.chapter_version(ch.id, "en", src.number).await?;
        let (doc, _) = markup::parse(&en.body);
        let cards: String = markup::directory_refs(&doc).iter().map(|s| format!("{{{{dir:{s}}}}}\n\n")).collect();
        let body = format!(
            "## {}\n\n{} {}\n\n- {}\n- {}\n- {}\n\n{cards}## {}\n\n{} {}\n\n1. {}\n2. {}\n",
            t("content-start-brochure-title"),
            t("content-leaflet-intro"),
            t("content-start-brochure-body"),
            t("content-leaflet-when-body"),
            t("content-leaflet-book-body"),
            t("content-leaflet-cost-body"),
            t("content-addresses-title"),
            t("content-source-hint"),
            t("content-editions-intro"),
            t("content-plan-intro"),
            t("content-hardest-intro"),
        );
        out.push(ChapterText { title: t(&format!("chapter-{}", ch.slug)), body });
    }
    Ok((out, false))
}

/// The whole brochure as PDF, per language: time of each of `rounds` runs after one
/// warm-up (fonts loaded), pages' size.
pub async fn pdfs(rounds: usize) -> anyhow::Result<()> {
    let (_db, store, state) = demo_state().await?;
    let dir = directory_map(&store).await?;
    // Load fonts and templates once, outside the timings.
    welcomedesk_web::brochure::pdf::documents().map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("lang  text       chapters   bytes   first ms   p50 ms   max ms  ({rounds} rounds)");
    for l in LANGUAGES.iter() {
        let (chapters, demo) = chapters_for(&state, &store, l.code).await?;
        let n = chapters.len();
        let mut times = vec![];
        let mut size = 0;
        let mut first = Duration::ZERO;
        for round in 0..=rounds {
            let texts: Vec<ChapterText> =
                chapters.iter().map(|c| ChapterText { title: c.title.clone(), body: c.body.clone() }).collect();
            let t = Instant::now();
            let pdf = render_brochure(&state, l, "2027 spring".into(), texts, &dir, PrintOptions::default())
                .await
                .map_err(|e| anyhow::anyhow!("{}: {e}", l.code))?;
            let d = t.elapsed();
            size = pdf.len();
            if round == 0 {
                // Kept for a look (pdftoppm turns it into pictures).
                let path = std::env::temp_dir().join(format!("welcomedesk-brochure-{}.pdf", l.code));
                std::fs::write(&path, &pdf).with_context(|| path.display().to_string())?;
            }
            if round == 0 {
                first = d;
            } else {
                times.push(d);
            }
        }
        let max = times.iter().max().copied().unwrap_or_default();
        println!(
            "{:<5} {:<10} {n:>8} {size:>8} {:>10} {:>8} {:>8}",
            l.code,
            if demo { "demo" } else { "synthetic" },
            ms(first),
            ms(pct(times, 0.5)),
            ms(max)
        );
    }
    Ok(())
}
