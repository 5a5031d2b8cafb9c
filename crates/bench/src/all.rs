//! `welcomedesk-bench all`: every benchmark of the repository in one command, each on
//! fresh databases (a temporary SQLite file, a new PostgreSQL database), its figures
//! written into docs/BENCHMARKS.md between two marker lines — the hand-written analysis
//! around them stays as it is.
//!
//! Each benchmark runs as a child process of this same program (`welcomedesk-bench
//! <subcommand> …`), so each gets the runtime it was written for, its own memory, and a
//! failure in one is recorded without stopping the others. The run's conditions (commit,
//! build profile, cores, memory, load average before and after) head the section, since a
//! figure means nothing without the machine it was measured on.

use std::fmt::Write as _;
use std::time::Instant;
use welcomedesk_store::Backend;
use welcomedesk_store::testing::TestDb;

/// The first and last line of the generated section in docs/BENCHMARKS.md.
pub const BEGIN: &str = "<!-- welcomedesk-bench all: begin (generated; do not edit by hand) -->";
pub const END: &str = "<!-- welcomedesk-bench all: end -->";

/// How big a run is: `Full` uses the sizes the issues name; `Quick` checks that every
/// benchmark still runs (minutes, not an hour) — its figures are not the issues' figures.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Size {
    Full,
    Quick,
}

/// One benchmark: a title, whether it needs a fresh database, and its arguments.
#[derive(Debug, Clone)]
pub struct Job {
    pub title: String,
    /// `Some(backend)`: the child gets `--database-url <fresh database>` (and the
    /// arguments may name `{url}` where the URL goes elsewhere).
    pub backend: Option<Backend>,
    pub args: Vec<String>,
    /// Several subcommands on the same fresh database (e.g. generate, then search).
    pub then: Vec<Vec<String>>,
}

fn job(title: &str, args: &[&str]) -> Job {
    Job { title: title.into(), backend: None, args: args.iter().map(|s| (*s).to_owned()).collect(), then: vec![] }
}

fn db_job(title: &str, backend: Backend, args: &[&str], then: &[&[&str]]) -> Job {
    let own = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    Job { title: title.into(), backend: Some(backend), args: own(args), then: then.iter().map(|a| own(a)).collect() }
}

/// The plan: every benchmark, in the order they run, at the given size, on `backends`;
/// the cost curve over `sizes` people ("10000,100000,1000000").
pub fn plan(size: Size, backends: &[Backend], sizes: &str) -> Vec<Job> {
    let q = size == Size::Quick;
    let pick = |full: &'static str, quick: &'static str| if q { quick } else { full };
    let mut jobs = vec![
        job("Coaching slot proposals", &["slots", "--queries", pick("2000", "200")]),
        job(
            "Trainer rostering",
            &[
                "rostering",
                "--sessions",
                pick("2000", "200"),
                "--trainers",
                pick("150", "30"),
                "--runs",
                pick("5", "1"),
            ],
        ),
        job(
            "Knowledge search",
            &[
                "knowledge",
                "--articles",
                pick("5000", "300"),
                "--queries",
                pick("3000", "200"),
                "--updates",
                pick("200", "20"),
            ],
        ),
        job("Public pages and the brochure PDF", &["content", "--rounds", pick("20", "2")]),
    ];
    for &b in backends {
        let name = b.name();
        jobs.push(db_job(
            &format!("Coaching bookings under contention ({name})"),
            b,
            &["bookings", "--bookings", pick("2000", "200"), "--concurrency", "16"],
            &[],
        ));
        jobs.push(db_job(
            &format!("Module registrations under contention ({name})"),
            b,
            &["modules", "--registrations", pick("2000", "200"), "--clients", "1,16,64"],
            &[],
        ));
        jobs.push(db_job(
            &format!("Vouchers: issuing in one batch, redemptions ({name})"),
            b,
            &[
                "vouchers",
                "--attendances",
                pick("100000", "2000"),
                "--redemptions",
                pick("10000", "500"),
                "--concurrency",
                "16",
            ],
            &[],
        ));
        jobs.push(db_job(
            &format!("Course finder ({name})"),
            b,
            &["courses", "--courses", pick("2000", "200"), "--queries", pick("2000", "200")],
            &[],
        ));
        jobs.push(db_job(
            &format!("Reports over a generated register ({name})"),
            b,
            &["reports", "--people", pick("1000000", "20000"), "--runs", pick("5", "1")],
            &[],
        ));
        let people = pick("1000000", "20000");
        jobs.push(db_job(
            &format!("People search on the register, then HTTP load against the release binary ({name})"),
            b,
            &["generate", "--people", people, "--seed", "42"],
            &[
                &["search", "--people", people, "--seed", "42", "--queries", pick("2000", "200")],
                &[
                    "http",
                    "--people",
                    people,
                    "--seed",
                    "42",
                    "--duration",
                    pick("10", "2"),
                    "--slots",
                    pick("60000", "3000"),
                    "--vouchers",
                    pick("30000", "2000"),
                ],
            ],
        ));
    }
    for &b in backends {
        let backend = match b {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        };
        jobs.push(job(
            &format!("Cost curve: search, dashboard and public pages against the register's size ({})", b.name()),
            &[
                "curve",
                "--backend",
                backend,
                "--sizes",
                sizes,
                "--queries",
                pick("500", "50"),
                "--runs",
                pick("10", "2"),
            ],
        ));
    }
    jobs
}

/// What one child run gave.
pub struct Outcome {
    pub title: String,
    pub commands: Vec<String>,
    pub stdout: String,
    pub ok: bool,
    pub seconds: f64,
}

/// Runs the plan with `exe` (this program) and returns every outcome, failures included.
pub async fn run(exe: &std::path::Path, jobs: &[Job]) -> Vec<Outcome> {
    let mut out = vec![];
    for j in jobs {
        let started = Instant::now();
        eprintln!("==> {}", j.title);
        let mut o = Outcome { title: j.title.clone(), commands: vec![], stdout: String::new(), ok: true, seconds: 0.0 };
        let db = match j.backend {
            Some(b) => match TestDb::new(b).await {
                Ok(d) => Some(d),
                Err(e) => {
                    o.ok = false;
                    o.stdout = format!("could not create a fresh {} database: {e}", b.name());
                    out.push(o);
                    continue;
                }
            },
            None => None,
        };
        for args in std::iter::once(&j.args).chain(j.then.iter()) {
            let mut args = args.clone();
            if let Some(d) = &db {
                args.push("--database-url".into());
                args.push(d.url.clone());
            }
            o.commands.push(format!("welcomedesk-bench {}", redact(&args).join(" ")));
            let res =
                tokio::process::Command::new(exe).args(&args).stderr(std::process::Stdio::inherit()).output().await;
            match res {
                Ok(r) => {
                    o.stdout.push_str(&String::from_utf8_lossy(&r.stdout));
                    if !r.status.success() {
                        o.ok = false;
                        let _ = writeln!(o.stdout, "\n(exited with {})", r.status);
                        break;
                    }
                }
                Err(e) => {
                    o.ok = false;
                    let _ = writeln!(o.stdout, "could not start {}: {e}", exe.display());
                    break;
                }
            }
        }
        drop(db);
        o.seconds = started.elapsed().as_secs_f64();
        out.push(o);
    }
    out
}

/// The fresh databases' URLs are temporary: the section names the backend instead.
fn redact(args: &[String]) -> Vec<String> {
    let mut out = vec![];
    let mut hide = false;
    for a in args {
        if hide {
            out.push(if a.starts_with("sqlite:") {
                "sqlite://<fresh file>".into()
            } else {
                "postgres://<fresh database>".into()
            });
            hide = false;
        } else {
            hide = a == "--database-url";
            out.push(a.clone());
        }
    }
    out
}

/// The run's conditions, read off the machine.
pub fn conditions(size: Size, profile: &str, commit: &str, load_before: &str, load_after: &str) -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| m.lines().next().and_then(|l| l.split_whitespace().nth(1)).and_then(|k| k.parse::<u64>().ok()))
        .map(|k| format!("{:.1} GiB", k as f64 / 1024.0 / 1024.0))
        .unwrap_or_else(|| "unknown".into());
    let today = jiff::Timestamp::now().to_string();
    format!(
        "Run of `welcomedesk-bench all{}` at {today}, commit {commit}, {profile} build; \
         {cores} cores ({cpu}), {mem} memory; load average {load_before} before, {load_after} after.{}\n",
        if size == Size::Quick { " --quick" } else { "" },
        if size == Size::Quick {
            " **Quick run: small sizes to prove every benchmark still runs; these are not the issues' figures.**"
        } else {
            ""
        },
    )
}

/// The generated section: conditions, then each benchmark's commands and output.
pub fn section(conditions: &str, outcomes: &[Outcome]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{BEGIN}\n## Every benchmark in one run (`welcomedesk-bench all`)\n\n{conditions}");
    let failed = outcomes.iter().filter(|o| !o.ok).count();
    let _ = writeln!(s, "{} benchmarks, {failed} failed.\n", outcomes.len());
    for o in outcomes {
        let _ = writeln!(s, "### {}{}\n", o.title, if o.ok { "" } else { " — FAILED" });
        let _ = writeln!(s, "{:.0} s in all. Commands:\n", o.seconds);
        let _ = writeln!(s, "```sh");
        for c in &o.commands {
            let _ = writeln!(s, "{c}");
        }
        let _ = writeln!(s, "```\n");
        let _ = writeln!(s, "{}\n", o.stdout.trim_end());
    }
    let _ = writeln!(s, "{END}");
    s
}

/// `doc` with the generated section replaced (or appended when the markers are missing).
pub fn splice(doc: &str, section: &str) -> String {
    match (doc.find(BEGIN), doc.find(END)) {
        (Some(b), Some(e)) if e > b => {
            let after = &doc[e + END.len()..];
            format!("{}{}{}", &doc[..b], section.trim_end(), after)
        }
        _ => format!("{}\n\n{}", doc.trim_end(), section),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_replaces_only_the_generated_section() {
        let doc = format!("# Benchmarks\n\nhand text\n\n{BEGIN}\nold figures\n{END}\n\nmore hand text\n");
        let new = splice(&doc, &format!("{BEGIN}\nnew figures\n{END}\n"));
        assert!(new.contains("hand text\n\n"));
        assert!(new.contains("new figures"));
        assert!(!new.contains("old figures"));
        assert!(new.ends_with("{END}\n\nmore hand text\n".replace("{END}", END).as_str()));
        // Without markers, the section is appended once; a second splice replaces it.
        let first = splice("# B\n", &format!("{BEGIN}\nx\n{END}\n"));
        let second = splice(&first, &format!("{BEGIN}\ny\n{END}\n"));
        assert_eq!(second.matches(BEGIN).count(), 1);
        assert!(second.contains('y') && !second.contains("\nx\n"));
    }

    #[test]
    fn the_plan_covers_every_database_benchmark_on_every_backend() {
        let p = plan(Size::Quick, &[Backend::Sqlite, Backend::Postgres], "500,2000");
        for cmd in ["bookings", "modules", "vouchers", "courses", "reports", "generate"] {
            let on: Vec<_> = p.iter().filter(|j| j.args[0] == cmd).filter_map(|j| j.backend).collect();
            assert_eq!(on, vec![Backend::Sqlite, Backend::Postgres], "{cmd}");
        }
        let gen_then: Vec<&str> =
            p.iter().filter(|j| j.args[0] == "generate").flat_map(|j| j.then.iter().map(|a| a[0].as_str())).collect();
        assert_eq!(gen_then, ["search", "http", "search", "http"]);
        let curves: Vec<String> =
            p.iter().filter(|j| j.args[0] == "curve").map(|j| format!("{} {}", j.args[2], j.args[4])).collect();
        assert_eq!(curves, ["sqlite 500,2000", "postgres 500,2000"]);
        for cmd in ["slots", "rostering", "knowledge", "content"] {
            assert_eq!(p.iter().filter(|j| j.args[0] == cmd && j.backend.is_none()).count(), 1, "{cmd}");
        }
    }

    #[test]
    fn temporary_urls_are_not_written_into_the_document() {
        let a: Vec<String> = ["search", "--database-url", "sqlite:///tmp/x/test.db", "--queries", "5"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(redact(&a).join(" "), "search --database-url sqlite://<fresh file> --queries 5");
    }
}
