//! Group commit for SQLite: many durable commits share one `fsync`.
//!
//! With `synchronous = FULL` every commit syncs the write-ahead log by itself: one
//! `fsync` (≈ 8 ms on a virtual disk) per transaction caps the service at about a hundred
//! durable writes per second whatever the CPU. Here the writer connection runs with
//! `synchronous = NORMAL` — a commit appends its frames to the WAL with `write()` and
//! returns — and durability is made explicit: before the service acknowledges a
//! request that wrote, it calls [`Store::sync`], which `fdatasync`s the WAL file once
//! for every commit that finished before the sync began. Requests that commit while one
//! sync runs wait for the next, which covers them all: with 16 or 256 concurrent writers,
//! up to 16 or 256 transactions per `fsync`.
//!
//! Why this is as durable as `FULL`: a commit's frames, its commit record included, are in
//! the WAL file (the kernel's page cache) when `COMMIT` returns; `fdatasync` of that file
//! makes every byte written to it before the call durable, whichever descriptor wrote it;
//! a checkpoint syncs the WAL itself before it copies pages into the database file, and
//! the WAL is only restarted after a complete checkpoint. So a request answered after
//! `sync` survives a power loss exactly as with `FULL`; a commit not yet synced (the
//! process or machine died before the answer) was never acknowledged. A crash of the
//! process alone (SIGKILL) loses nothing in either mode: the page cache survives it.
//!
//! Which requests wrote: every write goes through [`Store::begin`] or the writer pool,
//! whose accessor marks the current task; the web layer runs each request inside
//! [`tracking`] and syncs when the mark is set. PostgreSQL commits are durable (and
//! grouped by the server) by themselves: `sync` does nothing there.

use std::cell::Cell;
use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

tokio::task_local! {
    static WROTE: Cell<bool>;
}

/// Runs `f`, telling whether it used the store's writer (began a write transaction or
/// wrote through the writer pool).
pub async fn tracking<F: Future>(f: F) -> (F::Output, bool) {
    WROTE
        .scope(Cell::new(false), async move {
            let out = f.await;
            (out, WROTE.with(Cell::get))
        })
        .await
}

/// Marks the current task as having written (outside [`tracking`]: nothing).
pub(crate) fn mark_write() {
    let _ = WROTE.try_with(|w| w.set(true));
}

/// The WAL file of one SQLite database and the group-commit bookkeeping.
#[derive(Debug)]
pub(crate) struct Durability {
    wal: PathBuf,
    /// Tickets handed out: one per `sync` call, taken after the caller's commits.
    requested: AtomicU64,
    /// Every ticket up to this one is durable.
    done: AtomicU64,
    /// One `fdatasync` at a time.
    flushing: tokio::sync::Mutex<()>,
    /// How many `fdatasync` calls ran (for the tests and the benchmark).
    flushes: AtomicU64,
}

impl Durability {
    pub(crate) fn new(database_file: PathBuf) -> Arc<Self> {
        let mut wal = database_file.into_os_string();
        wal.push("-wal");
        Arc::new(Self {
            wal: PathBuf::from(wal),
            requested: AtomicU64::new(0),
            done: AtomicU64::new(0),
            flushing: tokio::sync::Mutex::new(()),
            flushes: AtomicU64::new(0),
        })
    }

    /// Returns when every commit that finished before this call is on disk.
    pub(crate) async fn sync(&self) -> std::io::Result<()> {
        let ticket = self.requested.fetch_add(1, Ordering::SeqCst) + 1;
        loop {
            if self.done.load(Ordering::SeqCst) >= ticket {
                return Ok(());
            }
            let _guard = self.flushing.lock().await;
            if self.done.load(Ordering::SeqCst) >= ticket {
                return Ok(());
            }
            // Every ticket handed out so far belongs to a caller whose commits finished
            // before it asked: this one flush covers them all.
            let upto = self.requested.load(Ordering::SeqCst);
            let wal = self.wal.clone();
            tokio::task::spawn_blocking(move || sync_file(&wal))
                .await
                .map_err(|e| std::io::Error::other(e.to_string()))??;
            self.flushes.fetch_add(1, Ordering::Relaxed);
            self.done.fetch_max(upto, Ordering::SeqCst);
        }
    }

    pub(crate) fn flushes(&self) -> u64 {
        self.flushes.load(Ordering::Relaxed)
    }
}

/// `fdatasync` of the WAL. Opened anew each time: SQLite may delete and recreate the
/// file (when the last connection closes), and a descriptor kept open would then sync a
/// file nobody writes. A missing WAL means nothing is pending (it is removed only after
/// a checkpoint that synced everything into the database file).
fn sync_file(path: &std::path::Path) -> std::io::Result<()> {
    match std::fs::OpenOptions::new().write(true).open(path) {
        Ok(f) => f.sync_data(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn scratch() -> (PathBuf, Arc<Durability>) {
        let dir = std::env::temp_dir().join(format!("welcomedesk-durable-{}", uuid::Uuid::now_v7().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("x.db");
        std::fs::write(dir.join("x.db-wal"), b"frames").unwrap();
        (dir, Durability::new(db))
    }

    /// Callers that arrive while a sync runs share the next one: fifty waiting callers,
    /// one `fdatasync`.
    #[tokio::test]
    async fn waiting_callers_share_one_sync() {
        let (dir, d) = scratch();
        let held = d.flushing.lock().await;
        let mut tasks = Vec::new();
        for _ in 0..50 {
            let d = d.clone();
            tasks.push(tokio::spawn(async move { d.sync().await }));
        }
        while d.requested.load(Ordering::SeqCst) < 50 {
            tokio::task::yield_now().await;
        }
        assert_eq!(d.flushes(), 0, "nobody syncs while the lock is held");
        drop(held);
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        assert_eq!(d.flushes(), 1, "one sync covers every caller that was waiting");
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// A caller that comes after a sync finished is not covered by it: its commit may be
    /// newer than that sync.
    #[tokio::test]
    async fn a_later_caller_gets_its_own_sync() {
        let (dir, d) = scratch();
        d.sync().await.unwrap();
        d.sync().await.unwrap();
        assert_eq!(d.flushes(), 2);
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// A database whose WAL was removed after a checkpoint has nothing pending.
    #[tokio::test]
    async fn no_wal_nothing_to_sync() {
        let (dir, d) = scratch();
        std::fs::remove_file(dir.join("x.db-wal")).unwrap();
        d.sync().await.unwrap();
        std::fs::remove_dir_all(dir).unwrap();
    }
}
