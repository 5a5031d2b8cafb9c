//! Persistence: one schema on two backends (SQLite embedded, PostgreSQL for production),
//! through sqlx's `Any` driver with portable SQL (`$1` placeholders, ids and times as
//! text). One module per area of the service; the same words as in `domain` and `web`.
//!
//! The store decides no business rule, except the invariants the database itself must
//! guarantee (uniqueness, capacity, single use), which it enforces with constraints and
//! conditional writes, never by reading and then writing.

pub mod audit;
pub mod brochure;
pub mod check;
pub mod coaching;
pub mod courses;
mod db;
pub mod desk;
pub mod directory;
pub mod districts;
pub mod durable;
pub mod generate;
pub mod invoices;
pub mod knowledge;
pub mod offers;
pub mod outbox;
pub mod passport;
pub mod planning;
pub mod providers;
pub mod register;
pub mod reports;
pub mod reservations;
pub mod secrets;
pub mod sessions;
pub mod settings;
pub mod staff;
pub mod testing;
pub mod time;
mod versioned;
pub mod vouchers;

pub use db::{Backend, Store, StoreOptions, Tx, migration_names, migration_sql, redact};
pub use sqlx::Error as SqlxError;

/// What can go wrong when reading or writing.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database URL {0:?} is not understood: use sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
    #[error("record not found")]
    NotFound,
    /// A uniqueness rule refused the write; the name says which.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("stored data is not readable: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Turns a unique-constraint violation into `Conflict(what)`, other errors pass through.
pub(crate) fn conflict_on_unique(e: sqlx::Error, what: &'static str) -> StoreError {
    match &e {
        sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Conflict(what),
        _ => StoreError::Db(e),
    }
}

/// A new id: UUIDv7, so ids sort by creation time and index well.
pub fn new_id() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}

pub(crate) fn parse_uuid(s: &str) -> Result<uuid::Uuid> {
    uuid::Uuid::parse_str(s).map_err(|_| StoreError::Corrupt(format!("bad uuid {s:?}")))
}
