//! Connecting, pools, transactions and migrations for both backends.

use crate::durable::{Durability, mark_write};
use crate::{Result, StoreError};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, AssertSqlSafe, Executor, SqlSafeStr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Which database is behind the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Chosen from the URL's scheme; anything else is refused (a typo must not silently
    /// create a new empty database somewhere).
    pub fn from_url(url: &str) -> Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl(redact(url)))
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Hides a password in a URL before it is shown anywhere.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}://{}:***@{}", &url[..s], user, &url[at + 1..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// Pool sizes and timeouts.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// Reader connections (SQLite) or all connections (PostgreSQL).
    pub max_connections: u32,
    /// How long a request waits for a connection before it fails.
    pub acquire_timeout: Duration,
    /// SQLite: one connection that both reads and writes, no reader pool. Only for a
    /// process that loads a database alone (the city generator): with no other
    /// connection open, a bulk load may leave WAL mode (`Store::generate_drop_indexes`).
    pub single_connection: bool,
}

impl Default for StoreOptions {
    fn default() -> Self {
        Self { max_connections: 8, acquire_timeout: Duration::from_secs(30), single_connection: false }
    }
}

/// The store: a pool that writes and a pool that reads. On SQLite the writer is a
/// single connection (SQLite has one writer at a time anyway; queueing in the pool is
/// cheaper and fairer than spinning on the file lock), the readers are many. On
/// PostgreSQL both are the same pool.
#[derive(Clone, Debug)]
pub struct Store {
    /// The writer: reach it through [`Store::writer`] or [`Store::begin`], which mark the
    /// request as one that must be synced before it is acknowledged (group commit).
    write_pool: AnyPool,
    pub(crate) read: AnyPool,
    backend: Backend,
    /// SQLite only: the group commit of the WAL (see `durable.rs`).
    durable: Option<Arc<Durability>>,
    /// How many times this process began writing (shared by every clone of the store):
    /// the content generation that the web layer's page cache compares (issue 10).
    changes: Arc<AtomicU64>,
}

pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; \
     PRAGMA foreign_keys = ON; \
     PRAGMA busy_timeout = 10000; \
     PRAGMA synchronous = FULL; \
     PRAGMA secure_delete = ON;";

/// The writer's durability: the WAL is synced by the group commit (`durable.rs`) before
/// a request that wrote is acknowledged, not at every commit.
pub(crate) const SQLITE_WRITER_SYNC: &str = "PRAGMA synchronous = NORMAL;";

impl Store {
    /// Connects and runs the migrations.
    pub async fn open(url: &str, opts: &StoreOptions) -> Result<Self> {
        let store = Self::connect(url, opts).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Connects without migrating (for `check-config` and `migrate` itself).
    pub async fn connect(url: &str, opts: &StoreOptions) -> Result<Self> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        match backend {
            Backend::Sqlite => {
                let url = sqlite_url(url);
                // No `ping` before each acquire (sqlx's default): an SQLite connection is
                // in this process and cannot go stale, and the ping is one more round trip
                // to the connection's thread on every request — on the single writer, time
                // in which nobody writes (issue 10).
                let write = AnyPoolOptions::new()
                    .max_connections(1)
                    .test_before_acquire(false)
                    .acquire_timeout(opts.acquire_timeout)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            conn.execute(SQLITE_PRAGMAS).await?;
                            conn.execute(SQLITE_WRITER_SYNC).await?;
                            Ok(())
                        })
                    })
                    .connect(&url)
                    .await?;
                let file: String = sqlx::query_scalar("SELECT file FROM pragma_database_list WHERE name = 'main'")
                    .fetch_one(&write)
                    .await?;
                // An in-memory database has no file and nothing to make durable.
                let durable = (!file.is_empty()).then(|| Durability::new(file.into()));
                if opts.single_connection {
                    return Ok(Self {
                        write_pool: write.clone(),
                        read: write,
                        backend,
                        durable,
                        changes: Arc::default(),
                    });
                }
                let read = AnyPoolOptions::new()
                    .max_connections(opts.max_connections.max(1))
                    .test_before_acquire(false)
                    .acquire_timeout(opts.acquire_timeout)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            conn.execute(SQLITE_PRAGMAS).await?;
                            conn.execute("PRAGMA query_only = ON;").await?;
                            Ok(())
                        })
                    })
                    .connect(&url)
                    .await?;
                Ok(Self { write_pool: write, read, backend, durable, changes: Arc::default() })
            }
            Backend::Postgres => {
                let pool = AnyPoolOptions::new()
                    .max_connections(opts.max_connections.max(2))
                    .acquire_timeout(opts.acquire_timeout)
                    .connect(url)
                    .await?;
                Ok(Self { write_pool: pool.clone(), read: pool, backend, durable: None, changes: Arc::default() })
            }
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Brings the schema up to date. Safe to run from several instances at once: sqlx
    /// takes an advisory lock on PostgreSQL and the write lock on SQLite.
    pub async fn migrate(&self) -> Result<()> {
        migrator(self.backend).run(self.writer()).await?;
        Ok(())
    }

    /// Brings the schema up to `version` only (upgrade tests: a database made by an
    /// older release, filled, then migrated by [`Store::migrate`]).
    pub async fn migrate_to(&self, version: i64) -> Result<()> {
        let mut m = migrator(self.backend);
        m.migrations = std::borrow::Cow::Owned(m.migrations.iter().filter(|x| x.version <= version).cloned().collect());
        m.run(self.writer()).await?;
        Ok(())
    }

    /// Starts a write transaction. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so two writers never deadlock upgrading a read lock.
    pub async fn begin(&self) -> Result<Tx> {
        let write = self.writer();
        Ok(match self.backend {
            Backend::Sqlite => write.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => write.begin().await?,
        })
    }

    /// The writer pool, for a single statement outside a transaction. Marks the current
    /// request as one that wrote (see [`Store::sync`]).
    pub(crate) fn writer(&self) -> &AnyPool {
        mark_write();
        self.note_change();
        &self.write_pool
    }

    /// The content generation of this process: it grows whenever anything is written
    /// through this store (at the start of the write, see [`Store::note_change`]).
    /// Whatever was computed from the database under one generation may be reused
    /// while the generation is unchanged (the public page cache, `web::page_cache`).
    pub fn generation(&self) -> u64 {
        self.changes.load(Ordering::SeqCst)
    }

    /// Moves the generation on. The store does it when a write begins; the web layer
    /// does it again after a request that wrote has committed, so that a page rendered
    /// while that write was still open is never reused after it.
    pub fn note_change(&self) {
        self.changes.fetch_add(1, Ordering::SeqCst);
    }

    /// Makes every commit that finished before this call durable: on SQLite one
    /// `fdatasync` of the WAL shared by all the callers waiting at that moment (group
    /// commit, `durable.rs`); on PostgreSQL commits are durable already. The web layer
    /// calls it before it answers any request that wrote; anything else that must not
    /// lose an acknowledged write (a CLI command, a job that tells the outside world)
    /// calls it too.
    pub async fn sync(&self) -> Result<()> {
        match &self.durable {
            Some(d) => d.sync().await.map_err(|e| StoreError::Db(sqlx::Error::Io(e))),
            None => Ok(()),
        }
    }

    /// How many WAL syncs the group commit made so far (SQLite; 0 on PostgreSQL).
    pub fn syncs(&self) -> u64 {
        self.durable.as_ref().map_or(0, |d| d.flushes())
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.read).await?;
        Ok(())
    }

    /// A consistent online copy of an SQLite database (`VACUUM INTO`), taken while the
    /// service runs. For PostgreSQL use pg_dump; this returns `None` there.
    pub async fn backup_sqlite(&self, to: &str) -> Result<Option<()>> {
        if self.backend != Backend::Sqlite {
            return Ok(None);
        }
        let q = sqlx::query("VACUUM INTO $1").bind(to.to_owned());
        q.execute(self.writer()).await?;
        Ok(Some(()))
    }

    /// Closes both pools (after a checkpoint on SQLite, so the file is whole by itself).
    pub async fn close(&self) {
        if self.backend == Backend::Sqlite {
            let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(self.writer()).await;
        }
        self.read.close().await;
        self.write_pool.close().await;
    }
}

/// `sqlite://file.db` creates the file when missing.
fn sqlite_url(url: &str) -> String {
    if url.contains("mode=") || url.contains(":memory:") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

/// The migrations, one list per backend with the same versions and names; each file
/// is embedded in the binary.
macro_rules! migrations {
    ($($v:literal $name:literal),* $(,)?) => {
        const SQLITE: &[(i64, &str, &str)] = &[
            $(($v, $name, include_str!(concat!("../migrations/sqlite/", $name, ".sql")))),*
        ];
        const POSTGRES: &[(i64, &str, &str)] = &[
            $(($v, $name, include_str!(concat!("../migrations/postgres/", $name, ".sql")))),*
        ];
    };
}

migrations! {
    1 "0001_foundation",
    2 "0002_register",
    3 "0003_coaching",
    4 "0004_outbox",
    5 "0005_follow_ups",
    6 "0006_modules",
    7 "0007_content",
    8 "0008_vouchers",
    9 "0009_coaching_more",
    10 "0010_desk",
    11 "0011_courses",
    12 "0012_running",
    13 "0013_register_indexes",
    14 "0014_desk_roles",
    15 "0015_coaching_childcare",
    16 "0016_consent_modules",
    17 "0017_provider_details",
    18 "0018_report_rollups",
    20 "0020_course_reservations",
    21 "0021_coaching_matters",
    22 "0022_offers",
    23 "0023_districts",
    24 "0024_course_reached",
    25 "0025_voucher_rollups",
    26 "0026_registration_contacts",
    27 "0027_registration_consent",
}

/// The names of the migration files, in order (tests compare them with the folders).
pub fn migration_names() -> Vec<&'static str> {
    SQLITE.iter().map(|m| m.1).collect()
}

/// The SQL of every migration of one backend, in order.
pub fn migration_sql(backend: Backend) -> Vec<&'static str> {
    let list = match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    list.iter().map(|m| m.2).collect()
}

fn migrator(backend: Backend) -> Migrator {
    let list = match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    Migrator::with_migrations(
        list.iter()
            .map(|(v, name, sql)| {
                Migration::new(*v, (*name).into(), MigrationType::Simple, AssertSqlSafe(*sql).into_sql_str(), false)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(Backend::from_url("sqlite://x.db").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::from_url("postgres://u@h/db").unwrap(), Backend::Postgres);
        assert!(Backend::from_url("postgre://u@h/db").is_err());
        assert!(Backend::from_url("mysql://u@h/db").is_err());
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(sqlite_url("sqlite://x.db"), "sqlite://x.db?mode=rwc");
    }
}
