//! Fresh databases for tests, on both backends: a temporary SQLite file, or a new
//! PostgreSQL database created for one test and dropped after it. The PostgreSQL
//! server is `WELCOMEDESK_TEST_POSTGRES_URL` (default: the local server every machine
//! of this project has, `postgres://postgres@127.0.0.1:5432/postgres`). Tests never skip
//! a backend silently: an unreachable server fails them.

use crate::{Backend, Result, Store, StoreOptions};
use sqlx::{AssertSqlSafe, Connection};

pub const DEFAULT_TEST_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/postgres";

pub fn postgres_admin_url() -> String {
    std::env::var("WELCOMEDESK_TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_TEST_POSTGRES.to_owned())
}

/// A database that exists for one test.
pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    /// SQLite: the folder of the file. PostgreSQL: the database's name.
    cleanup: Cleanup,
}

enum Cleanup {
    Dir(std::path::PathBuf),
    Database { admin: String, name: String },
}

impl TestDb {
    pub async fn new(backend: Backend) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let tag = uuid::Uuid::now_v7().simple().to_string();
        match backend {
            Backend::Sqlite => {
                let dir = std::env::temp_dir().join(format!("welcomedesk-test-{tag}"));
                std::fs::create_dir_all(&dir).map_err(|e| crate::StoreError::Corrupt(e.to_string()))?;
                let url = format!("sqlite://{}", dir.join("test.db").display());
                Ok(Self { url, backend, cleanup: Cleanup::Dir(dir) })
            }
            Backend::Postgres => {
                let admin = postgres_admin_url();
                let name = format!("wd_test_{tag}");
                let mut conn = sqlx::AnyConnection::connect(&admin).await?;
                sqlx::query(AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await?;
                conn.close().await?;
                let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
                let url = format!("{base}/{name}");
                Ok(Self { url, backend, cleanup: Cleanup::Database { admin, name } })
            }
        }
    }

    /// Opens the store (migrated) with small pools.
    pub async fn store(&self) -> Result<Store> {
        Store::open(&self.url, &StoreOptions { max_connections: 8, ..StoreOptions::default() }).await
    }

    /// The SQLite file's path (None on PostgreSQL).
    pub fn sqlite_path(&self) -> Option<std::path::PathBuf> {
        match &self.cleanup {
            Cleanup::Dir(d) => Some(d.join("test.db")),
            Cleanup::Database { .. } => None,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Dir(d) => {
                let _ = std::fs::remove_dir_all(d);
            }
            Cleanup::Database { admin, name } => {
                let (admin, name) = (admin.clone(), name.clone());
                // Drop runs inside a test's runtime: use a thread with its own.
                let _ = std::thread::spawn(move || {
                    let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                        return;
                    };
                    rt.block_on(async move {
                        if let Ok(mut c) = sqlx::AnyConnection::connect(&admin).await {
                            let _ = sqlx::query(AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                                .execute(&mut c)
                                .await;
                            let _ = c.close().await;
                        }
                    });
                })
                .join();
            }
        }
    }
}

/// Runs one async test body against both backends (each on its own fresh database).
#[macro_export]
macro_rules! both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn sqlite() {
                ($body)($crate::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn postgres() {
                ($body)($crate::Backend::Postgres).await
            }
        }
    };
}
