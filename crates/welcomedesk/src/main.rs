//! `welcomedesk`: the welcome service for new residents, in one binary.

mod config;
mod schedule;

use clap::{Parser, Subcommand};
use config::{Config, ConfigArgs, DEFAULT_DATABASE_URL};
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use welcomedesk_domain::staff::{NewStaff, NewStaffInput};
use welcomedesk_store::{Backend, Store, StoreError, StoreOptions};
use welcomedesk_web::{AppState, WebConfig};

#[derive(Parser)]
#[command(
    name = "welcomedesk",
    version,
    about = "The welcome service for new residents: coaching, group modules, passport and vouchers, desk and hotline.",
    long_about = "The welcome service for new residents: coaching, group modules, passport and \
        language-course vouchers, information desk and hotline, multilingual website.\n\n\
        Configuration comes from flags, WELCOMEDESK_* environment variables and an optional \
        TOML file (--config); see the README."
)]
struct Cli {
    #[command(flatten)]
    cfg: ConfigArgs,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the service (migrates the database first).
    Serve,
    /// Start on a demo database (fresh by default: welcomedesk-demo.db) with the demo city
    /// and one account for every role, print the URL and the logins, and serve.
    Demo,
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Manage staff accounts.
    User {
        #[command(subcommand)]
        cmd: UserCmd,
    },
    /// Issue or revoke bearer tokens for API clients (bound to a staff account and its role).
    Token {
        #[command(subcommand)]
        cmd: TokenCmd,
    },
    /// Write a consistent copy of the SQLite database while the service runs.
    Backup {
        /// Where to write the copy (must not exist yet).
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Check the configuration and the database connection, then exit (0 when all is well).
    CheckConfig,
    /// Erase the records whose last contact is older than the retention period (the
    /// coordinator sets it under Privacy; default 3 years). `serve` does this daily.
    Retention {
        /// Only count what would be erased.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
enum UserCmd {
    /// Create a staff account. Without --password the password is read from standard input.
    Add {
        #[arg(long)]
        email: String,
        /// coordinator, counsellor, trainer, desk, provider, clerk, desk_lead or partner_agent.
        #[arg(long)]
        role: String,
        /// Full name as the person writes it.
        #[arg(long)]
        name: String,
        /// At least 12 characters (prefer standard input: flags show in process lists).
        #[arg(long)]
        password: Option<String>,
        /// For provider accounts: the course provider's name (created when missing).
        #[arg(long)]
        provider: Option<String>,
        /// Language of the back office for this account.
        #[arg(long, default_value = "en")]
        ui_language: String,
    },
    /// List staff accounts.
    List,
    /// Disable an account: its sessions and tokens end at once.
    Disable {
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum TokenCmd {
    /// Issue a token for a staff account; it is printed once and never stored in clear.
    Issue {
        #[arg(long)]
        email: String,
        /// What the token is for, e.g. "immigration office import".
        #[arg(long, default_value = "api client")]
        label: String,
    },
    /// Revoke one token by its id, or every token of an account.
    Revoke {
        #[arg(long, conflicts_with = "email", required_unless_present = "email")]
        id: Option<uuid::Uuid>,
        #[arg(long)]
        email: Option<String>,
    },
}

/// A failure of a command: shown as one line, never as a backtrace.
struct Fail(String, u8);

impl<E: std::fmt::Display> From<E> for Fail {
    fn from(e: E) -> Self {
        Fail(e.to_string(), 1)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let default_db = match cli.cmd {
        Cmd::Demo => "sqlite://welcomedesk-demo.db",
        _ => DEFAULT_DATABASE_URL,
    };
    let cfg = match Config::load(&cli.cfg, default_db) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("welcomedesk: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    init_logs(cfg.json_logs);
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("welcomedesk: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match rt.block_on(run(cli.cmd, cfg, default_db)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(msg, code)) => {
            eprintln!("welcomedesk: {msg}");
            ExitCode::from(code)
        }
    }
}

fn init_logs(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("WELCOMEDESK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let b = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if json {
        b.json().init();
    } else {
        b.init();
    }
}

fn store_options(cfg: &Config) -> StoreOptions {
    StoreOptions { max_connections: cfg.db_max_connections, ..StoreOptions::default() }
}

async fn open(cfg: &Config) -> Result<Store, Fail> {
    Store::open(&cfg.database_url, &store_options(cfg))
        .await
        .map_err(|e| Fail(format!("database {}: {e}", welcomedesk_store::redact(&cfg.database_url)), 1))
}

async fn run(cmd: Cmd, cfg: Config, default_db: &str) -> Result<(), Fail> {
    match cmd {
        Cmd::Serve => {
            let store = open(&cfg).await?;
            serve(store, &cfg, None).await
        }
        Cmd::Demo => demo(&cfg, default_db).await,
        Cmd::Migrate => {
            let store = open(&cfg).await?;
            println!("database is up to date ({})", store.backend().name());
            store.close().await;
            Ok(())
        }
        Cmd::User { cmd } => user(cmd, &cfg).await,
        Cmd::Token { cmd } => token(cmd, &cfg).await,
        Cmd::Backup { to } => backup(&cfg, &to).await,
        Cmd::Retention { dry_run } => {
            let store = open(&cfg).await?;
            let years = welcomedesk_web::register::retention_years(&store).await?;
            let n = welcomedesk_web::register::run_retention(&store, years, jiff::Timestamp::now(), dry_run).await?;
            if dry_run {
                println!("{n} record(s) are past the retention period of {years} year(s) after the last contact");
            } else {
                println!("erased {n} record(s) past the retention period of {years} year(s) after the last contact");
            }
            store.close().await;
            Ok(())
        }
        Cmd::CheckConfig => {
            let store = Store::connect(&cfg.database_url, &store_options(&cfg))
                .await
                .map_err(|e| Fail(format!("WELCOMEDESK_DATABASE_URL: cannot connect: {e}"), 2))?;
            store.ping().await.map_err(|e| Fail(format!("WELCOMEDESK_DATABASE_URL: {e}"), 2))?;
            cfg.secret_from_file().map_err(|e| Fail(e.to_string(), 2))?;
            println!("configuration is valid");
            println!("  database:   {} ({})", welcomedesk_store::redact(&cfg.database_url), store.backend().name());
            println!("  bind:       {}", cfg.bind);
            println!("  public url: {}", cfg.public_url);
            println!(
                "  secret key: {}",
                match &cfg.secret_key_file {
                    Some(p) => p.display().to_string(),
                    None => "generated, kept in the database".into(),
                }
            );
            store.close().await;
            Ok(())
        }
    }
}

/// The installation's secret: the key file when configured, else one generated once
/// and kept in the database (shared by every instance).
async fn secret(store: &Store, cfg: &Config) -> Result<Vec<u8>, Fail> {
    if let Some(bytes) = cfg.secret_from_file().map_err(|e| Fail(e.to_string(), 2))? {
        return Ok(bytes);
    }
    let fresh = welcomedesk_web::password::random_token().map_err(|e| Fail(e.to_string(), 1))?;
    let s = store.secret_or_insert("installation_key", &fresh).await?;
    Ok(s.into_bytes())
}

async fn serve(store: Store, cfg: &Config, banner: Option<String>) -> Result<(), Fail> {
    let key = secret(&store, cfg).await?;
    let state = AppState::new(store.clone(), WebConfig::new(&cfg.public_url), &key)?;
    state.refresh_settings(None).await;
    // The knowledge base's search index, built from the database in the background.
    let st = state.clone();
    tokio::spawn(async move { welcomedesk_web::knowledge::warm_up(&st).await });
    let shutdown = shutdown_signal();
    let listener = tokio::net::TcpListener::bind(cfg.bind)
        .await
        .map_err(|e| Fail(format!("WELCOMEDESK_BIND: cannot listen on {}: {e}", cfg.bind), 2))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, backend = store.backend().name(), "welcomedesk is serving");
    println!("welcomedesk is serving at http://{addr}/  (staff: http://{addr}/staff/)");
    if let Some(b) = banner {
        println!("{}", b.replace("{base}", &format!("http://{addr}")));
    }
    let _ = std::io::stdout().flush();
    // Housekeeping: ended sessions are removed every ten minutes; records past the
    // retention period are erased at start and then nightly (`schedule`: in the city's
    // small hours), then the reports' monthly roll-ups are recomputed.
    let hk = store.clone();
    let hk_state = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
        let mut last_retention: Option<jiff::Timestamp> = None;
        loop {
            tick.tick().await;
            let idle = jiff::SignedDuration::from_mins(welcomedesk_domain::staff::SESSION_IDLE_MINUTES);
            if let Err(e) = hk.delete_expired_sessions(jiff::Timestamp::now(), idle).await {
                tracing::warn!(error = %e, "session clean-up failed");
            }
            let now = jiff::Timestamp::now().to_zoned(hk_state.tz());
            if schedule::daily_jobs_due(last_retention, &now) {
                last_retention = Some(now.timestamp());
                let years = welcomedesk_web::register::retention_years(&hk).await.unwrap_or(3);
                match welcomedesk_web::register::run_retention(&hk, years, jiff::Timestamp::now(), false).await {
                    Ok(n) => tracing::info!(erased = n, years, "retention run"),
                    Err(e) => tracing::warn!(error = %e, "retention run failed"),
                }
                // The reports' monthly roll-ups (closed months), after the erasures; at a
                // restart the months refreshed in the last 20 hours are left as they are.
                let today = now.date();
                let fresh_for = std::time::Duration::from_secs(20 * 3600);
                match hk.refresh_report_months_older_than(today, Some(fresh_for)).await {
                    Ok(n) => tracing::info!(months = n, "report roll-ups refreshed"),
                    Err(e) => tracing::warn!(error = %e, "report roll-ups not refreshed"),
                }
            }
        }
    });
    // E-mail: reminders queued every ten minutes, the queue delivered every half minute.
    let mailer = match &cfg.smtp_url {
        Some(u) => Some(welcomedesk_web::mail::Mailer::new(u, &cfg.mail_from).map_err(|e| Fail(e.to_string(), 2))?),
        None => {
            tracing::warn!("WELCOMEDESK_SMTP_URL is not set: e-mails wait in the queue until it is");
            None
        }
    };
    let sms = match &cfg.sms_url {
        Some(u) => Some(
            welcomedesk_web::sms::SmsGateway::new(u, cfg.sms_token.as_deref()).map_err(|e| Fail(e.to_string(), 2))?,
        ),
        None => None,
    };
    let ms = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(30));
        let mut n: u64 = 0;
        loop {
            tick.tick().await;
            if n.is_multiple_of(20)
                && let Err(e) = welcomedesk_web::mail::queue_reminders(&ms, jiff::Timestamp::now()).await
            {
                tracing::warn!(error = %e, "reminders not queued");
            }
            n += 1;
            if let Some(m) = &mailer {
                match welcomedesk_web::mail::deliver_due(&ms.store, m, jiff::Timestamp::now()).await {
                    Ok((0, 0)) => {}
                    Ok((sent, failed)) => tracing::info!(sent, failed, "e-mail delivered"),
                    Err(e) => tracing::warn!(error = %e, "e-mail delivery failed"),
                }
            }
            if let Some(g) = &sms {
                match welcomedesk_web::sms::deliver_due(&ms.store, g, jiff::Timestamp::now()).await {
                    Ok((0, 0)) => {}
                    Ok((sent, failed)) => tracing::info!(sent, failed, "SMS delivered"),
                    Err(e) => tracing::warn!(error = %e, "SMS delivery failed"),
                }
            }
        }
    });
    welcomedesk_web::serve(state, listener, shutdown).await?;
    tracing::info!("shutting down");
    store.close().await;
    Ok(())
}

/// Waits for Ctrl-C or SIGTERM. The handlers are installed when this is called (not when
/// the future is first polled), so a signal that arrives right after start-up is not lost.
fn shutdown_signal() -> impl std::future::Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    #[cfg(unix)]
    let mut int = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok();
    async move {
        #[cfg(unix)]
        {
            let t = async {
                match term.as_mut() {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            let i = async {
                match int.as_mut() {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = t => {},
                _ = i => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

async fn demo(cfg: &Config, default_db: &str) -> Result<(), Fail> {
    // The default demo file is made afresh every time; another database is only used
    // when it is empty or was made by the demo before, so real data is never touched.
    if cfg.database_url == default_db {
        for suffix in ["", "-wal", "-shm"] {
            let f = format!("welcomedesk-demo.db{suffix}");
            if std::path::Path::new(&f).exists() {
                std::fs::remove_file(&f).map_err(|e| Fail(format!("cannot remove old demo file {f}: {e}"), 1))?;
            }
        }
    }
    let store = open(cfg).await?;
    if store.count_staff().await? > 0 && !welcomedesk_web::demo::is_demo(&store).await? {
        return Err(Fail(
            "WELCOMEDESK_DATABASE_URL: this database holds real data; the demo only runs on an empty or demo database"
                .into(),
            2,
        ));
    }
    welcomedesk_web::demo::seed(&store).await.map_err(|e| Fail(e.to_string(), 1))?;
    let mut banner = String::from("\nDemo staff logins (password for all: ");
    banner.push_str(welcomedesk_web::demo::DEMO_PASSWORD);
    banner.push_str("):\n");
    for (email, _, role) in welcomedesk_web::demo::DEMO_STAFF {
        banner.push_str(&format!("  {role:<12} {email}\n"));
    }
    banner.push_str("Public website: {base}/en/  (Arabic: {base}/ar/)");
    serve(store, cfg, Some(banner)).await
}

fn read_password() -> Result<String, Fail> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("Password (at least 12 characters): ");
        let _ = std::io::stderr().flush();
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

async fn user(cmd: UserCmd, cfg: &Config) -> Result<(), Fail> {
    let store = open(cfg).await?;
    let result = match cmd {
        UserCmd::Add { email, role, name, password, provider, ui_language } => {
            let password = match password {
                Some(p) => p,
                None => read_password()?,
            };
            let provider = provider.unwrap_or_default();
            let new = NewStaff::parse(NewStaffInput {
                email: &email,
                name: &name,
                role: &role,
                password: &password,
                provider: &provider,
                ui_language: &ui_language,
            })
            .map_err(|e| Fail(e.to_string(), 2))?;
            if let Some(p) = &new.provider {
                match store.insert_provider(p, None).await {
                    Ok(_) | Err(StoreError::Conflict(_)) => {}
                    Err(e) => return Err(e.into()),
                }
            }
            let id = welcomedesk_web::staff::users::create_staff(&store, &new, None)
                .await
                .map_err(|e| Fail(e.to_string(), 2))?;
            println!("created {} ({}) {id}", new.email.as_str(), new.role);
            Ok(())
        }
        UserCmd::List => {
            for u in store.list_staff().await? {
                println!(
                    "{}  {:<12} {:<40} {}{}",
                    u.id,
                    u.role.as_str(),
                    u.email,
                    u.name,
                    if u.disabled { "  (disabled)" } else { "" }
                );
            }
            Ok(())
        }
        UserCmd::Disable { email } => {
            let u = store
                .find_staff_by_email(&email.trim().to_lowercase())
                .await
                .map_err(|_| Fail(format!("no account with e-mail {email}"), 2))?;
            store.set_staff_disabled(u.id, true, None).await?;
            println!("disabled {}", u.email);
            Ok(())
        }
    };
    store.close().await;
    result
}

async fn token(cmd: TokenCmd, cfg: &Config) -> Result<(), Fail> {
    let store = open(cfg).await?;
    let find = |email: String| {
        let store = store.clone();
        async move {
            store
                .find_staff_by_email(&email.trim().to_lowercase())
                .await
                .map_err(|_| Fail(format!("no account with e-mail {email}"), 2))
        }
    };
    let result = match cmd {
        TokenCmd::Issue { email, label } => {
            let u = find(email).await?;
            if u.disabled {
                return Err(Fail(format!("the account {} is disabled", u.email), 2));
            }
            let tok = welcomedesk_web::password::random_token()?;
            let id = store.insert_token(u.id, &welcomedesk_web::password::token_hash(&tok), &label, None).await?;
            eprintln!("token {id} for {} ({}); keep it secret, it is shown only once:", u.email, u.role);
            println!("{tok}");
            Ok(())
        }
        TokenCmd::Revoke { id, email } => {
            let user = match email {
                Some(e) => Some(find(e).await?.id),
                None => None,
            };
            let n = store.revoke_tokens(id, user, None).await?;
            println!("revoked {n} token(s)");
            Ok(())
        }
    };
    store.close().await;
    result
}

async fn backup(cfg: &Config, to: &std::path::Path) -> Result<(), Fail> {
    if Backend::from_url(&cfg.database_url)? == Backend::Postgres {
        return Err(Fail(
            "backup copies the embedded SQLite database only. For PostgreSQL use its own tools, e.g.\n  \
             pg_dump --format=custom --file=welcomedesk.dump \"$WELCOMEDESK_DATABASE_URL\"\n\
             and restore with pg_restore --clean --dbname=… welcomedesk.dump"
                .into(),
            3,
        ));
    }
    if to.exists() {
        return Err(Fail(format!("{} exists already; choose a new file", to.display()), 2));
    }
    let store = open(cfg).await?;
    let path = to.to_str().ok_or_else(|| Fail("the backup path must be valid UTF-8".into(), 2))?;
    store.backup_sqlite(path).await?;
    store.close().await;
    println!("backup written to {}", to.display());
    Ok(())
}
