//! Benchmark only: a city-sized register made in bulk (issues 10, 11). Not for real data:
//! `welcomedesk-bench generate` calls it on a scratch database.
//!
//! Everything is set-based SQL run by the database itself, in a few big transactions:
//! the people arrive as one JSON array per batch (names in their own scripts and the
//! transliterations, made and checked by the domain in the caller, with their search
//! keys) and are unpacked with `json_each` (SQLite) / `json_array_elements`
//! (PostgreSQL); everything else — coachings, follow-ups, sessions, registrations,
//! attendances, survey answers, desk contacts — is derived in `INSERT … SELECT` from a
//! number sequence (recursive CTE / `generate_series`) and a pseudo-random function of
//! (number, purpose, seed). So the same seed makes the same city, row for row and id for
//! id, on either backend. The indexes that are not unique constraints of the big tables
//! are dropped before the load and built once after it (a sort instead of ten million
//! random B-tree inserts). No audit entries except the one the invariants ask for (an
//! appointment's booking): generated data is nobody's record.
//!
//! PostgreSQL loads on one connection per core (`Store::generate_workers`): batches of
//! disjoint sessions or people at once, the coachings beside the sessions, indexes and
//! foreign-key validations two at a time. SQLite has one writer; when it is the
//! database's only connection (`StoreOptions::single_connection`) the load runs without
//! a journal. Either way the same seed makes the same city.

use crate::{Backend, Result, Store, StoreError};
use sqlx::Executor;
use sqlx::Row;

/// Days from 2016-01-01 over which permits are spread (ten years of arrivals).
const PERMIT_DAYS: i64 = 3650;
/// Counsellors for start coachings and for follow-ups (disjoint, so no counsellor is in
/// two appointments at once).
const START_COUNSELLORS: i64 = 60;
const FOLLOW_COUNSELLORS: i64 = 30;
/// Modules are 2 hours; days from 2016-01-01 over which sessions are spread (to mid-2027,
/// so the public calendar has published sessions ahead).
const SESSION_DAYS: i64 = 4198;
/// Sessions before this day were held (or cancelled); later ones are published.
const TODAY: &str = "2026-11-25";
const NOW: &str = "2026-11-25T08:00:00.000000Z";
const TOPICS: &[&str] =
    &["arrival", "housing", "work", "health", "school", "language", "money", "rights", "family", "leisure"];
const VENUES: &[(&str, &str)] = &[
    ("Generated community centre north", "District 1"),
    ("Generated library central", "District 2"),
    ("Generated adult education east", "District 5"),
    ("Generated town hall south", "District 9"),
    ("Generated youth centre west", "District 12"),
    ("Generated welcome centre", "District 3"),
];
/// Session languages and their weights (per 100).
const SESSION_LANGUAGES: &[(&str, i64)] =
    &[("ar", 24), ("uk", 20), ("fa", 14), ("ru", 9), ("tr", 8), ("ti", 6), ("so", 5), ("en", 8), ("fr", 3), ("de", 3)];

/// What to generate around the people already loaded with [`Store::generate_people`].
#[derive(Debug, Clone, Copy)]
pub struct CityPlan {
    pub seed: u64,
    /// People 0..people must exist (loaded by `generate_people`).
    pub people: i64,
    /// Attendances wanted (about; the sessions are sized for it).
    pub attendances: i64,
    /// At least this many sessions a year (more when the attendances need them: a
    /// session seats 20–50, so 2,000 a year seat about 1,000,000 over ten years).
    pub sessions_per_year: i64,
    /// The passports' stamps, the language schools, their courses and the voucher rules
    /// (false: the city as generated before issue 10, for comparison).
    pub vouchers: bool,
}

impl CityPlan {
    /// Sessions over the whole span: enough held ones for the attendances (about 40.5
    /// check-ins each), and at least `sessions_per_year`.
    pub fn sessions(&self) -> i64 {
        let held_share = (TODAY_DAY as f64) / (SESSION_DAYS as f64);
        let for_attendances = ((self.attendances as f64) / 40.5 / held_share).ceil() as i64;
        let floor = self.sessions_per_year * SESSION_DAYS / 365;
        for_attendances.max(floor).max(1)
    }
}

/// Days from 2016-01-01 to [`TODAY`].
const TODAY_DAY: i64 = 3981;

/// Row counts of a generated city.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CityCounts {
    pub people: i64,
    pub appointments: i64,
    pub follow_up_invites: i64,
    pub sessions: i64,
    pub registrations: i64,
    pub attendances: i64,
    pub survey_answers: i64,
    pub desk_contacts: i64,
    pub passport_stamps: i64,
    pub passports: i64,
    pub vouchers: i64,
    pub voucher_parts: i64,
    pub redemptions: i64,
}

/// Backend-specific SQL pieces.
struct Sql {
    backend: Backend,
    seed: i64,
}

impl Sql {
    /// `WITH` clause naming `seq(n)` = $1..=$2.
    fn seq(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "WITH RECURSIVE seq(n) AS (SELECT $1 UNION ALL SELECT n + 1 FROM seq WHERE n < $2) ",
            Backend::Postgres => "WITH seq(n) AS (SELECT generate_series(CAST($1 AS BIGINT), CAST($2 AS BIGINT))) ",
        }
    }

    /// A pseudo-random number in 0..2^31-1 of `n` for purpose `k`.
    fn h(&self, n: &str, k: i64) -> String {
        // An affine step, a square (so that consecutive numbers do not make a lattice),
        // another affine step; every product stays below 2^63.
        let x = format!("((({n}) * 2654435761 + {}) % 2147483647)", (k * 40503 + self.seed) % 2_147_483_647);
        format!("((({x} * {x}) % 2147483647 * 48271 + {}) % 2147483647)", (k * 69069 + 12345) % 2_147_483_647)
    }

    /// A deterministic UUID-shaped id: the seed, the table's `part`, and the number.
    fn id(&self, part: u16, n: &str) -> String {
        let tag = format!("{:08x}", self.seed as u32);
        match self.backend {
            Backend::Sqlite => format!("printf('{tag}-{part:04x}-7000-8000-%012x', {n})"),
            Backend::Postgres => format!("'{tag}-{part:04x}-7000-8000-' || lpad(to_hex(CAST({n} AS BIGINT)), 12, '0')"),
        }
    }

    /// The id [`Sql::id`] makes, computed here.
    fn id_text(&self, part: u16, n: i64) -> String {
        format!("{:08x}-{part:04x}-7000-8000-{n:012x}", self.seed as u32)
    }

    /// The date `days` days after 2016-01-01, as `YYYY-MM-DD`.
    fn day(&self, days: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!("date('2016-01-01', '+' || ({days}) || ' days')"),
            Backend::Postgres => format!("to_char(DATE '2016-01-01' + CAST({days} AS INTEGER), 'YYYY-MM-DD')"),
        }
    }

    /// `date` (text) plus `days` days.
    fn plus(&self, date: &str, days: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!("date({date}, '+' || ({days}) || ' days')"),
            Backend::Postgres => format!("to_char(CAST({date} AS DATE) + CAST({days} AS INTEGER), 'YYYY-MM-DD')"),
        }
    }

    /// `date` (text) plus `months` months, the day clamped to the month's last (as
    /// `jiff` adds months: 31 January + 1 month = 28/29 February).
    fn plus_months(&self, date: &str, months: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!(
                "min(date({date}, 'start of month', '+' || ({months}) || ' months', \
                   '+' || (CAST(strftime('%d', {date}) AS INTEGER) - 1) || ' days'), \
                 date({date}, 'start of month', '+' || (({months}) + 1) || ' months', '-1 day'))"
            ),
            Backend::Postgres => {
                format!("to_char(CAST({date} AS DATE) + CAST(({months}) || ' months' AS INTERVAL), 'YYYY-MM-DD')")
            }
        }
    }

    /// `date` (text) plus `days` days, `days` possibly negative.
    fn add_days(&self, date: &str, days: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!("date({date}, ({days}) || ' days')"),
            Backend::Postgres => format!("to_char(CAST({date} AS DATE) + CAST({days} AS INTEGER), 'YYYY-MM-DD')"),
        }
    }

    /// Days from 2016-01-01 to `date` (text).
    fn day_no(&self, date: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!("CAST(julianday({date}) - julianday('2016-01-01') AS BIGINT)"),
            Backend::Postgres => format!("CAST(CAST({date} AS DATE) - DATE '2016-01-01' AS BIGINT)"),
        }
    }

    /// The number `n` of a generated id (its last eight hex digits; n < 2^32).
    fn num(&self, id: &str) -> String {
        let find = match self.backend {
            Backend::Sqlite => "instr",
            Backend::Postgres => "strpos",
        };
        let digits: Vec<String> = (0..8)
            .map(|i| {
                format!(
                    "(CAST({find}('0123456789abcdef', substr({id}, {}, 1)) AS BIGINT) - 1) * {}",
                    29 + i,
                    1i64 << (4 * (7 - i))
                )
            })
            .collect();
        format!("({})", digits.join(" + "))
    }

    /// A timestamp text from a date text and an hour number.
    fn at(&self, date: &str, hour: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!("{date} || printf('T%02d:00:00.000000Z', {hour})"),
            Backend::Postgres => format!("{date} || 'T' || lpad(CAST({hour} AS TEXT), 2, '0') || ':00:00.000000Z'"),
        }
    }

    /// Column `i` of a JSON array row of the batch (text, NULL for JSON null).
    fn j(&self, i: usize) -> String {
        match self.backend {
            Backend::Sqlite => format!("json_extract(value, '$[{i}]')"),
            Backend::Postgres => format!("(e ->> {i})"),
        }
    }

    /// The rows of the JSON array bound as `$1`.
    fn rows(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "json_each($1)",
            Backend::Postgres => "json_array_elements(CAST($1 AS json)) AS e",
        }
    }

    /// A `CASE` picking one of `items` by weight from the number `x`.
    fn pick(&self, x: &str, items: &[(&str, i64)]) -> String {
        let total: i64 = items.iter().map(|i| i.1).sum();
        let mut lo = 0;
        let mut arms = String::from("CASE");
        for (v, w) in items {
            lo += w;
            arms.push_str(&format!(" WHEN ({x}) % {total} < {lo} THEN '{v}'"));
        }
        arms.push_str(" END");
        arms
    }
}

/// The ids the generator gives: person `n` is `person_id(seed, n)`.
pub fn person_id(seed: u64, n: i64) -> String {
    format!("{:08x}-0000-7000-8000-{n:012x}", seed as u32)
}

impl Store {
    fn gen_sql(&self, seed: u64) -> Sql {
        Sql { backend: self.backend(), seed: (seed % 2_147_483_647) as i64 }
    }

    /// Loads one batch of generated people. `people`: a JSON array of
    /// `[n, full_name, latin_name|null, birth_year, birth_month|null, birth_day|null,
    /// citizenship, eu 0/1, district, permit_issued_on, document_language]`;
    /// `languages`: `[n, rank, language]`; `keys`: `[key, birth_year, n]`. Each person
    /// gets the basic consent. One transaction.
    pub async fn generate_people(&self, seed: u64, people: &str, languages: &str, keys: &str) -> Result<()> {
        let s = self.gen_sql(seed);
        let j = |i| s.j(i);
        let int = |i| format!("CAST({} AS BIGINT)", s.j(i));
        let pid = s.id(0, &int(0));
        let rows = s.rows();
        let mut tx = self.begin().await?;
        let sql = format!(
            "INSERT INTO people (id, full_name, latin_name, birth_year, birth_month, birth_day, citizenship, eu_citizen, \
               district, certificate_required, permit_issued_on, document_language, source, created_at, updated_at, \
               last_contact_at) \
             SELECT {pid}, {}, {}, {}, {}, {}, {}, {}, {}, 0, {}, {}, 'import', '{NOW}', '{NOW}', '{NOW}' FROM {rows}",
            j(1),
            j(2),
            int(3),
            int(4),
            int(5),
            j(6),
            int(7),
            j(8),
            j(9),
            j(10),
        );
        sqlx::query(sqlx::AssertSqlSafe(sql)).bind(people.to_owned()).execute(&mut *tx).await?;
        let consents = format!(
            "INSERT INTO consents (id, person_id, purpose, given_at, given_by, channel, text_version, text_language) \
             SELECT {}, {pid}, 'basic', '{NOW}', NULL, 'import', 'generated', 'en' FROM {rows}",
            s.id(1, &int(0)),
        );
        sqlx::query(sqlx::AssertSqlSafe(consents)).bind(people.to_owned()).execute(&mut *tx).await?;
        let langs = format!(
            "INSERT INTO person_languages (person_id, rank, language) SELECT {pid}, {}, {} FROM {rows}",
            int(1),
            j(2),
        );
        sqlx::query(sqlx::AssertSqlSafe(langs)).bind(languages.to_owned()).execute(&mut *tx).await?;
        let keys_sql = format!(
            "INSERT INTO name_keys (key, birth_year, person_id) SELECT {}, {}, {} FROM {rows} WHERE true ON CONFLICT DO NOTHING",
            j(0),
            int(1),
            s.id(0, &int(2)),
        );
        sqlx::query(sqlx::AssertSqlSafe(keys_sql)).bind(keys.to_owned()).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// PostgreSQL: refreshes the planner's statistics of `tables` while they fill (a
    /// plan made for the first batch's sizes — a scan where an index lookup is right —
    /// slows every later batch). SQLite: nothing (its planner, without statistics,
    /// takes the indexes as selective, which they are here; and its ANALYZE reads
    /// whole tables).
    pub async fn generate_statistics(&self, tables: &[&str]) -> Result<()> {
        if self.backend() == Backend::Postgres {
            sqlx::query(sqlx::AssertSqlSafe(format!("ANALYZE {}", tables.join(", ")))).execute(self.writer()).await?;
        }
        Ok(())
    }

    /// Readies an empty database for a bulk load: drops the secondary indexes of the big
    /// tables and sets the foreign keys aside (SQLite: not checked per row; PostgreSQL:
    /// dropped, their definitions kept in the returned [`BulkLoad`]). Everything is put
    /// back, and checked, by [`Store::generate_indexes`].
    ///
    /// Why (issue 10, the 1,000,000 city): on PostgreSQL every generated row checked its
    /// foreign keys through a per-row trigger (an attendance three, a stamp one: tens of
    /// millions of lookups, most of the 23.6 minutes); adding the constraints back after
    /// the load checks each with one set-based join. SQLite checks a child row's parent
    /// by a B-tree lookup per row; `PRAGMA foreign_key_check` afterwards does the same
    /// check table by table.
    pub async fn generate_drop_indexes(&self) -> Result<BulkLoad> {
        let mut load = BulkLoad::default();
        match self.backend() {
            Backend::Sqlite => {
                // Bulk loading only (the generator's own process): a page cache of 1 GiB
                // on the writer instead of SQLite's 2 MiB, so that the primary keys and
                // the indexes kept during the load are updated in memory rather than by
                // a read and a write system call per page (issue 10: 285 of the 681 CPU
                // seconds of a 1,000,000 city were system time); sorts for CREATE INDEX
                // in memory, on two threads; pages freed (the load's own index of the
                // stamps, dropped at the end) not overwritten with zeros — generated
                // rows are nobody's data. Set back by `generate_indexes`. The writer
                // pool has one connection, so the settings stay on it for the whole load.
                self.writer()
                    .execute(
                        "PRAGMA cache_size = -1048576; PRAGMA temp_store = MEMORY; PRAGMA threads = 2; \
                         PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA secure_delete = OFF;",
                    )
                    .await?;
                // No journal at all when this is the database's only connection
                // (`StoreOptions::single_connection`; leaving WAL mode needs that):
                // every page is written once, into the database, instead of into the
                // WAL and again by each checkpoint — 54 s of the 1,000,000 city. A load
                // that fails half-way cannot roll back and leaves a database to delete;
                // it is a scratch database. With readers open it stays in WAL mode.
                self.writer().execute("PRAGMA busy_timeout = 0;").await?;
                let mode = sqlx::query_scalar::<_, String>("PRAGMA journal_mode = OFF").fetch_one(self.writer()).await;
                self.writer().execute("PRAGMA busy_timeout = 10000;").await?;
                load.journal_off = matches!(mode.as_deref(), Ok("off"));
            }
            Backend::Postgres => {
                let rows = sqlx::query(
                    "SELECT CAST(c.conrelid AS regclass)::text AS t, CAST(c.conname AS text) AS n, pg_get_constraintdef(c.oid) AS d \
                     FROM pg_constraint c WHERE c.contype = 'f' \
                       AND c.connamespace = CAST(current_schema() AS regnamespace) ORDER BY 1, 2",
                )
                .fetch_all(&self.read)
                .await?;
                let mut tx = self.begin().await?;
                for r in &rows {
                    let (t, n, d): (String, String, String) = (r.try_get("t")?, r.try_get("n")?, r.try_get("d")?);
                    sqlx::query(sqlx::AssertSqlSafe(format!("ALTER TABLE {t} DROP CONSTRAINT \"{n}\"")))
                        .execute(&mut *tx)
                        .await?;
                    load.foreign_keys.push((t, n, d));
                }
                tx.commit().await?;
            }
        }
        // The indexes' definitions are read from the schema, so what is built again is
        // exactly what the migrations made.
        let names: Vec<String> = BULK_INDEXES.iter().map(|n| format!("'{n}'")).collect();
        let sql = match self.backend() {
            Backend::Sqlite => format!(
                "SELECT name AS n, sql AS d FROM sqlite_master WHERE type = 'index' AND name IN ({}) ORDER BY name",
                names.join(", ")
            ),
            Backend::Postgres => format!(
                "SELECT CAST(indexname AS text) AS n, indexdef AS d FROM pg_indexes \
                 WHERE schemaname = current_schema() AND indexname IN ({}) ORDER BY indexname",
                names.join(", ")
            ),
        };
        let mut tx = self.begin().await?;
        for r in sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *tx).await? {
            let (n, d): (String, String) = (r.try_get("n")?, r.try_get("d")?);
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP INDEX {n}"))).execute(&mut *tx).await?;
            load.indexes.push(d);
        }
        tx.commit().await?;
        Ok(load)
    }

    /// SQLite, before the passports' batches ([`Store::generate_passports`]): an index of
    /// the stamps in each person's check-in order, holding every column those batches
    /// read, so that they read it alone, in order, instead of looking up each stamp's
    /// row — rows written in session order, scattered over gigabytes for any one
    /// person (issue 10: the vouchers' statement was 75 s of the 1,000,000 city).
    /// Dropped again by [`Store::generate_indexes`]; not part of the schema.
    /// PostgreSQL: nothing (an index-only scan needs a vacuumed table there).
    pub async fn generate_stamp_order(&self) -> Result<()> {
        if self.backend() == Backend::Sqlite {
            self.writer()
                .execute(sqlx::AssertSqlSafe(format!(
                    "CREATE INDEX {STAMP_ORDER} ON passport_stamps (person_id, attended_on, recorded_at, source_ref)"
                )))
                .await?;
        }
        Ok(())
    }

    /// Builds the indexes dropped by [`Store::generate_drop_indexes`] (the same
    /// definitions as the migrations), puts the foreign keys back and checks every row
    /// against them (an error names the first broken one), then refreshes the planner's
    /// statistics. On PostgreSQL on [`Store::generate_workers`] connections at once.
    pub async fn generate_indexes(&self, load: BulkLoad) -> Result<Laps> {
        let mut times = Vec::new();
        let mut t = std::time::Instant::now();
        let workers = self.generate_workers();
        let pg = self.backend() == Backend::Postgres;
        if !pg {
            self.writer().execute(sqlx::AssertSqlSafe(format!("DROP INDEX IF EXISTS {STAMP_ORDER}"))).await?;
            lap(&mut times, &mut t, "stamp order dropped");
        }
        // Biggest tables first, so that the last job to finish is a small one.
        let rows = self.generate_table_rows().await?;
        let size = |table: &str| rows.get(table).copied().unwrap_or(0);
        let mut indexes: Vec<(i64, Vec<String>)> = load
            .indexes
            .iter()
            .map(|d| {
                let mut job = Vec::new();
                if pg {
                    // The index builds sort in memory (the default 64 MB spills to disk).
                    job.push("SET LOCAL maintenance_work_mem = '1GB'".to_owned());
                }
                job.push(d.clone());
                (size(&indexed_table(d)), job)
            })
            .collect();
        indexes.sort_by_key(|(n, _)| -n);
        self.generate_jobs(indexes.into_iter().map(|(_, j)| j).collect(), workers).await?;
        lap(&mut times, &mut t, "indexes");
        if pg {
            // Each constraint added without a check (at once, in one transaction), then
            // checked by `VALIDATE CONSTRAINT` — one join over the table, as `ADD` alone
            // would, but validations of different tables run at once (a validation
            // locks its own table against another validation, the parent table only
            // against writes). Validated, the constraint is what the migration made.
            let add = load
                .foreign_keys
                .iter()
                .map(|(tb, n, d)| format!("ALTER TABLE {tb} ADD CONSTRAINT \"{n}\" {d} NOT VALID"))
                .collect();
            self.generate_jobs(vec![add], 1).await?;
            let mut by_table: std::collections::BTreeMap<&str, Vec<String>> = std::collections::BTreeMap::new();
            for (tb, n, _) in &load.foreign_keys {
                by_table.entry(tb).or_default().push(format!("ALTER TABLE {tb} VALIDATE CONSTRAINT \"{n}\""));
            }
            let mut checks: Vec<(i64, Vec<String>)> = by_table.into_iter().map(|(tb, j)| (size(tb), j)).collect();
            checks.sort_by_key(|(n, _)| -n);
            self.generate_jobs(checks.into_iter().map(|(_, j)| j).collect(), workers).await?;
        } else {
            // Checked on the writer, while the load's page cache holds the parents'
            // keys. (On a connection of its own beside the index builds it was slower:
            // 139 s of builds and 36 s more of the check against 75 + 78 s in turn — the
            // two fought over a page cache smaller than the 21 GB file. Split over the
            // writer and a second connection after the builds it was slower still: 21.9
            // against 10.4 s on a city of 200,000 — the second connection's page cache
            // starts cold, and SQLite's allocator and page caches take process-wide
            // locks that the two connections' threads then wait on.)
            self.writer().execute("PRAGMA foreign_keys = ON;").await?;
            self.sqlite_foreign_key_check().await?;
        }
        lap(&mut times, &mut t, "foreign keys");
        if pg {
            self.analyze().await?;
        } else {
            // The load ran without syncing (`synchronous = OFF`: a load that stops
            // half-way leaves a scratch database to delete anyway). Synced from here:
            // without a journal, the commit of the statistics below syncs the whole
            // file; in WAL mode, the checkpoint at the end does.
            self.writer().execute("PRAGMA synchronous = FULL;").await?;
            // Statistics from a sample of each index (as `PRAGMA optimize` takes them)
            // rather than a read of all 20 GB: 85 s on the 1,000,000 city.
            self.writer().execute("PRAGMA analysis_limit = 1000; ANALYZE; PRAGMA analysis_limit = 0;").await?;
            if load.journal_off {
                let mode: String = sqlx::query_scalar("PRAGMA journal_mode = WAL").fetch_one(self.writer()).await?;
                if mode != "wal" {
                    return Err(StoreError::Corrupt(format!(
                        "the database stayed in journal mode {mode} after the load"
                    )));
                }
            }
            // The writer's own settings back, and one checkpoint that syncs everything.
            self.writer()
                .execute(sqlx::AssertSqlSafe(format!(
                    "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT; PRAGMA threads = 0; \
                     PRAGMA secure_delete = ON; {} \
                     PRAGMA wal_checkpoint(TRUNCATE);",
                    crate::db::SQLITE_WRITER_SYNC
                )))
                .await?;
        }
        lap(&mut times, &mut t, "statistics");
        Ok(times)
    }

    /// SQLite: every foreign key of the schema checked against the loaded rows, one
    /// set-based query per key: the child's distinct values (read in order from an index
    /// that starts with the key's columns, where there is one) without a parent row. An
    /// error names the first key broken. Child rows with a NULL in the key are not
    /// checked, as SQLite does not check them.
    ///
    /// Why not `PRAGMA foreign_key_check` (issue 10): it looks up the parent of every
    /// child row — 10.5 s on a city of 200,000, 88 s of the 1,000,000 city — where a
    /// person's ten attendances or a session's forty registrations need one lookup.
    /// The same check in 3.7 s on that city of 200,000.
    async fn sqlite_foreign_key_check(&self) -> Result<()> {
        let keys = sqlx::query(
            "SELECT m.name AS t, f.id AS k, f.\"table\" AS parent, f.\"from\" AS col, f.\"to\" AS pcol \
             FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f \
             WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq",
        )
        .fetch_all(self.writer())
        .await?;
        let mut by_key: Vec<ForeignKey> = Vec::new();
        for r in &keys {
            let key = (r.try_get::<String, _>("t")?, r.try_get::<i64, _>("k")?);
            let pair = (r.try_get::<String, _>("col")?, r.try_get::<Option<String>, _>("pcol")?);
            match by_key.last_mut() {
                Some((k, (_, cols))) if *k == key => cols.push(pair),
                _ => by_key.push((key, (r.try_get("parent")?, vec![pair]))),
            }
        }
        let quote = |name: &str| format!("\"{}\"", name.replace('"', "\"\""));
        for ((table, _), (parent, cols)) in by_key {
            // A key without parent columns names the parent's primary key.
            let parent_cols: Vec<String> = if cols.iter().any(|c| c.1.is_none()) {
                sqlx::query("SELECT name FROM pragma_table_info($1) WHERE pk > 0 ORDER BY pk")
                    .bind(parent.clone())
                    .fetch_all(self.writer())
                    .await?
                    .iter()
                    .map(|r| r.try_get("name"))
                    .collect::<std::result::Result<_, _>>()?
            } else {
                cols.iter().filter_map(|c| c.1.clone()).collect()
            };
            let child_cols: Vec<&str> = cols.iter().map(|c| c.0.as_str()).collect();
            if parent_cols.len() != child_cols.len() {
                return Err(StoreError::Corrupt(format!(
                    "the foreign key of {table} to {parent} does not match its parent's key"
                )));
            }
            // Distinct values only where an index reads them in order (no sort); else
            // every row, in the table's order.
            let indexed = sqlx::query(
                "SELECT (SELECT group_concat(name, ',') FROM \
                   (SELECT c.name FROM pragma_index_info(i.name) c ORDER BY c.seqno LIMIT $2)) AS lead \
                 FROM pragma_index_list($1) i",
            )
            .bind(table.clone())
            .bind(child_cols.len() as i64)
            .fetch_all(self.writer())
            .await?
            .iter()
            .map(|r| r.try_get::<Option<String>, _>("lead"))
            .collect::<std::result::Result<Vec<_>, _>>()?
            .contains(&Some(child_cols.join(",")));
            let select: Vec<String> = child_cols.iter().map(|c| quote(c)).collect();
            let not_null: Vec<String> = child_cols.iter().map(|c| format!("{} IS NOT NULL", quote(c))).collect();
            let matched: Vec<String> =
                child_cols.iter().zip(&parent_cols).map(|(c, p)| format!("p.{} = c.{}", quote(p), quote(c))).collect();
            let sql = format!(
                "SELECT COUNT(*) AS n FROM (SELECT {distinct}{select} FROM {t} WHERE {not_null}) c \
                 WHERE NOT EXISTS (SELECT 1 FROM {p} p WHERE {matched})",
                distinct = if indexed { "DISTINCT " } else { "" },
                select = select.join(", "),
                t = quote(&table),
                not_null = not_null.join(" AND "),
                p = quote(&parent),
                matched = matched.join(" AND "),
            );
            let broken: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_one(self.writer()).await?;
            if broken > 0 {
                return Err(StoreError::Corrupt(format!(
                    "generated rows of {table} break its foreign key ({}) to {parent}: {broken} {} without a parent row",
                    child_cols.join(", "),
                    if indexed { "values" } else { "rows" }
                )));
            }
        }
        Ok(())
    }

    /// Rows of each table as the planner's statistics have them (PostgreSQL; refreshed
    /// while the load ran), to order the jobs of [`Store::generate_indexes`] biggest
    /// first. SQLite: none (it builds one index at a time anyway).
    async fn generate_table_rows(&self) -> Result<std::collections::HashMap<String, i64>> {
        if self.backend() == Backend::Sqlite {
            return Ok(Default::default());
        }
        let rows = sqlx::query(
            "SELECT CAST(relname AS text) AS t, CAST(reltuples AS BIGINT) AS n FROM pg_class \
             WHERE relkind = 'r' AND relnamespace = CAST(current_schema() AS regnamespace)",
        )
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(|r| Ok((r.try_get("t")?, r.try_get("n")?))).collect()
    }

    /// Runs `jobs` — each the statements of one transaction — on up to `workers`
    /// connections at once; the first error stops the rest.
    async fn generate_jobs(&self, jobs: Vec<Vec<String>>, workers: usize) -> Result<()> {
        let mut running = tokio::task::JoinSet::new();
        let mut jobs = jobs.into_iter();
        loop {
            while running.len() < workers.max(1) {
                let Some(job) = jobs.next() else { break };
                let store = self.clone();
                running.spawn(async move {
                    let mut tx = store.begin().await?;
                    for q in job {
                        sqlx::query(sqlx::AssertSqlSafe(q)).execute(&mut *tx).await?;
                    }
                    tx.commit().await?;
                    Ok::<_, StoreError>(())
                });
            }
            let Some(done) = running.join_next().await else { break };
            done.map_err(joined)??;
        }
        Ok(())
    }

    /// Everything around the people: counsellors and a place, start coachings (about
    /// 60 %, 0–119 days after the permit and before today, 5 % no-shows) with their booking's audit
    /// entry, follow-up invitations (30 %) and held follow-ups (15 %) two years on,
    /// topics, venues, sessions (held before today, published after), full
    /// registrations, attendances (about 10 % no-shows), survey answers (5 % of
    /// check-ins) and desk contacts (about one per person). Set-based; one transaction
    /// per table.
    /// Returns the counts, and the time each statement took (added up over batches).
    pub async fn generate_city(&self, plan: &CityPlan) -> Result<(CityCounts, Laps)> {
        let mut times = Vec::new();
        let mut t = std::time::Instant::now();
        let s = self.gen_sql(plan.seed);
        // Staff, counsellors, a place, topics, venues: small, deterministic ids.
        {
            let mut tx = self.begin().await?;
            let place = s.id(100, "0");
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO places (id, name, address, transit, issues_permits, created_at) \
                 VALUES ({place}, 'Generated welcome office', 'Main square 1', NULL, 1, '{NOW}')"
            )))
            .execute(&mut *tx)
            .await?;
            let seq = s.seq();
            let staff = format!(
                "{seq}INSERT INTO staff_users (id, email, name, role, provider_id, password_hash, ui_language, created_at, \
                   password_changed_at) \
                 SELECT {}, 'gen-counsellor-' || n || '@generated.example', 'Counsellor ' || n, 'counsellor', NULL, \
                   '!', 'en', '{NOW}', '{NOW}' FROM seq",
                s.id(101, "n")
            );
            let total = START_COUNSELLORS + FOLLOW_COUNSELLORS - 1;
            sqlx::query(sqlx::AssertSqlSafe(staff)).bind(0i64).bind(total).execute(&mut *tx).await?;
            let c = format!(
                "{seq}INSERT INTO counsellors (staff_id, created_at) SELECT {}, '{NOW}' FROM seq",
                s.id(101, "n")
            );
            sqlx::query(sqlx::AssertSqlSafe(c)).bind(0i64).bind(total).execute(&mut *tx).await?;
            for (i, t) in TOPICS.iter().enumerate() {
                let tid = s.id(102, &i.to_string());
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO topics (id, slug, created_at) VALUES ({tid}, $1, '{NOW}')"
                )))
                .bind(format!("gen-{t}"))
                .execute(&mut *tx)
                .await?;
                for lang in ["en", "de"] {
                    sqlx::query(sqlx::AssertSqlSafe(format!(
                        "INSERT INTO topic_texts (topic_id, language, title, description) VALUES ({tid}, $1, $2, $3)"
                    )))
                    .bind(lang)
                    .bind(format!("Module {t}"))
                    .bind(format!("Two hours on {t} in the city."))
                    .execute(&mut *tx)
                    .await?;
                }
            }
            for (i, (name, district)) in VENUES.iter().enumerate() {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO venues (id, name, address, district, transit_advice, step_free, childcare_possible, \
                       created_at) VALUES ({}, $1, $2, $3, 'Tram 1', 1, 1, '{NOW}')",
                    s.id(103, &i.to_string())
                )))
                .bind(*name)
                .bind(format!("Street {i}"))
                .bind(*district)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            lap(&mut times, &mut t, "setup");
        }
        if plan.vouchers {
            self.generate_voucher_setup(&s).await?;
            lap(&mut times, &mut t, "voucher setup");
        }
        // On PostgreSQL the coachings and the desk contacts (which need only the people)
        // load on their own connection beside the sessions' chain, and the chain's
        // batches run on `generate_workers` connections at once: each is one backend
        // process, one core (issue 10). SQLite writes from one connection: in turn.
        let workers = self.generate_workers();
        let side = (workers > 1).then(|| {
            let store = self.clone();
            let plan = *plan;
            tokio::spawn(async move {
                let mut times = store.generate_coachings(&plan).await?;
                times.extend(store.generate_desk_contacts(&plan).await?);
                Ok::<_, StoreError>(times)
            })
        });
        if side.is_none() {
            times.extend(self.generate_coachings(plan).await?);
        }
        times.extend(self.generate_sessions(plan, workers).await?);
        match side {
            Some(side) => times.extend(side.await.map_err(joined)??),
            None => times.extend(self.generate_desk_contacts(plan).await?),
        }
        Ok((self.generated_counts().await?, merged(times)))
    }

    /// How many connections the generator loads on at once: PostgreSQL runs each in its
    /// own process, so one per core (at least two); SQLite has one writer.
    pub fn generate_workers(&self) -> usize {
        match self.backend() {
            Backend::Sqlite => 1,
            Backend::Postgres => std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 4),
        }
    }

    /// Start coachings, follow-up invitations, held follow-ups, their bookings' audit
    /// entries and the first coachings kept on each person (part of
    /// [`Store::generate_city`]).
    async fn generate_coachings(&self, plan: &CityPlan) -> Result<Laps> {
        let mut times = Vec::new();
        let mut t = std::time::Instant::now();
        let s = self.gen_sql(plan.seed);
        let last = plan.people - 1;
        let h = |n: &str, k| s.h(n, k);
        let b = self.backend();
        let pid = s.id(0, "n");
        let seq = s.seq();
        // Start coachings: for each day, the r-th appointment goes to counsellor r % 60 at
        // hour 8 + r / 60, so no counsellor is booked twice at once.
        {
            let mut tx = self.begin().await?;
            let delay = format!("{} % 120", h("n", 2));
            let day = s.plus("p.permit_issued_on", &delay);
            let starts = s.at("d", "8 + r / 60");
            let ends = s.at("d", "9 + r / 60");
            let sql = format!(
                "{seq}INSERT INTO appointments (id, reference, person_id, counsellor_id, place_id, kind, starts_at, ends_at, \
                   status, language, interpreter_needed, booked_via, childcare_needed, created_at, updated_at) \
                 SELECT {aid}, 'GS' || n, pid, {cid}, {place}, 'start', {starts}, {ends}, \
                   CASE WHEN {ns} % 20 = 0 THEN 'no_show' ELSE 'held' END, lang, \
                   CASE WHEN {ip} % 4 = 0 THEN 1 ELSE 0 END, CASE WHEN {ip} % 3 = 0 THEN 'public' ELSE 'staff' END, \
                   CASE WHEN {cc} % 10 = 0 THEN 1 ELSE 0 END, '{NOW}', '{NOW}' \
                 FROM (SELECT n, pid, d, lang, ROW_NUMBER() OVER (PARTITION BY d ORDER BY n) - 1 AS r FROM ( \
                   SELECT seq.n AS n, p.id AS pid, {day} AS d, l.language AS lang FROM seq \
                   JOIN people p ON p.id = {pid} \
                   LEFT JOIN person_languages l ON l.person_id = p.id AND l.rank = 0 \
                   WHERE {c} % 100 < 60) x) y WHERE d < '{TODAY}'",
                aid = s.id(2, "n"),
                cid = s.id(101, &format!("r % {START_COUNSELLORS}")),
                place = s.id(100, "0"),
                ns = h("n", 7),
                ip = h("n", 10),
                cc = h("n", 11),
                c = h("n", 8),
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(0i64).bind(last).execute(&mut *tx).await?;
            lap(&mut times, &mut t, "start coachings");
            // Follow-ups two years on, for people past that day: invitations for 30 %,
            // held follow-ups for 15 % (of those, on distinct counsellor hours).
            let due = match b {
                Backend::Sqlite => "date(p.permit_issued_on, '+2 years')".to_owned(),
                Backend::Postgres => {
                    "to_char(CAST(p.permit_issued_on AS DATE) + INTERVAL '2 years', 'YYYY-MM-DD')".to_owned()
                }
            };
            let inv = format!(
                "{seq}INSERT INTO follow_up_invites (person_id, due_on, invited_at, channel) \
                 SELECT p.id, {due}, {due} || 'T07:00:00.000000Z', \
                   CASE WHEN {ch} % 3 = 0 THEN 'letter' WHEN {ch} % 3 = 1 THEN 'email' ELSE 'sms' END \
                 FROM seq JOIN people p ON p.id = {pid} WHERE {due} <= '{TODAY}' AND {i} % 100 < 30",
                ch = h("n", 12),
                i = h("n", 9),
            );
            sqlx::query(sqlx::AssertSqlSafe(inv)).bind(0i64).bind(last).execute(&mut *tx).await?;
            lap(&mut times, &mut t, "follow-up invitations");
            let fday = s.plus(&due, &format!("{} % 60", h("n", 13)));
            let sql = format!(
                "{seq}INSERT INTO appointments (id, reference, person_id, counsellor_id, place_id, kind, starts_at, ends_at, \
                   status, language, booked_via, created_at, updated_at) \
                 SELECT {aid}, 'GF' || n, pid, {cid}, {place}, 'follow_up', {starts}, {ends}, 'held', lang, 'staff', \
                   '{NOW}', '{NOW}' \
                 FROM (SELECT n, pid, d, lang, ROW_NUMBER() OVER (PARTITION BY d ORDER BY n) - 1 AS r FROM ( \
                   SELECT seq.n AS n, p.id AS pid, {fday} AS d, l.language AS lang FROM seq \
                   JOIN people p ON p.id = {pid} \
                   LEFT JOIN person_languages l ON l.person_id = p.id AND l.rank = 0 \
                   WHERE {due} <= '{TODAY}' AND {i} % 100 < 15) x) y WHERE d < '{TODAY}'",
                aid = s.id(3, "n"),
                cid = s.id(101, &format!("{START_COUNSELLORS} + r % {FOLLOW_COUNSELLORS}")),
                place = s.id(100, "0"),
                starts = s.at("d", &format!("8 + r / {FOLLOW_COUNSELLORS}")),
                ends = s.at("d", &format!("9 + r / {FOLLOW_COUNSELLORS}")),
                i = h("n", 9),
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(0i64).bind(last).execute(&mut *tx).await?;
            lap(&mut times, &mut t, "follow-ups");
            // The booking's audit entry, which the invariants ask of every appointment.
            let audit = format!(
                "INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, detail) \
                 SELECT {}, created_at, NULL, 'appointment.book', 'appointment', id, NULL \
                 FROM appointments WHERE reference LIKE 'GS%' OR reference LIKE 'GF%'",
                s.id(4, "CAST(substr(reference, 3) AS BIGINT) * 2 + CASE WHEN reference LIKE 'GF%' THEN 1 ELSE 0 END"),
            );
            sqlx::query(sqlx::AssertSqlSafe(audit)).execute(&mut *tx).await?;
            lap(&mut times, &mut t, "audit");
            // What the coaching area keeps with each outcome (migration 0018).
            sqlx::query(
                "UPDATE people SET \
                   first_start_coaching_at = (SELECT MIN(a.starts_at) FROM appointments a \
                     WHERE a.person_id = people.id AND a.kind = 'start' AND a.status = 'held'), \
                   first_follow_up_at = (SELECT MIN(a.starts_at) FROM appointments a \
                     WHERE a.person_id = people.id AND a.kind = 'follow_up' AND a.status = 'held') \
                 WHERE id IN (SELECT person_id FROM appointments WHERE status = 'held' AND person_id IS NOT NULL)",
            )
            .execute(&mut *tx)
            .await?;
            lap(&mut times, &mut t, "first coachings");
            tx.commit().await?;
            lap(&mut times, &mut t, "commit");
        }
        Ok(times)
    }

    /// Sessions, then their registrations, attendances, survey answers, stamps and
    /// arrivals in batches of sessions, `workers` batches at once (part of
    /// [`Store::generate_city`]).
    async fn generate_sessions(&self, plan: &CityPlan, workers: usize) -> Result<Laps> {
        let mut times = Vec::new();
        let mut t = std::time::Instant::now();
        let s = self.gen_sql(plan.seed);
        let h = |n: &str, k| s.h(n, k);
        let b = self.backend();
        // Sessions: number k on day k * SESSION_DAYS / count, 2 hours from 9, 11, 13, 15
        // or 17; capacity 40–50; held before today (2 % cancelled), published after.
        let sessions = plan.sessions();
        let sday = format!("(sq.n * {SESSION_DAYS} / {sessions})");
        let held = format!("({sday} < {TODAY_DAY} AND {} % 50 <> 0)", h("sq.n", 20));
        let cancelled = format!("({sday} < {TODAY_DAY} AND {} % 50 = 0)", h("sq.n", 20));
        let capacity = format!("(40 + {} % 11)", h("sq.n", 21));
        // Confirmed registrations: a held session was full; a future one is partly booked.
        let confirmed = format!(
            "(CASE WHEN {cancelled} THEN 0 WHEN {held} THEN {capacity} ELSE {} % ({capacity} + 1) END)",
            h("sq.n", 22)
        );
        {
            let mut tx = self.begin().await?;
            let topic = s.id(102, &format!("{} % {}", h("sq.n", 23), TOPICS.len()));
            let venue = s.id(103, &format!("{} % {}", h("sq.n", 24), VENUES.len()));
            let lang = s.pick(&h("sq.n", 25), SESSION_LANGUAGES);
            let d = s.day(&sday);
            let hour = "(9 + 2 * (sq.n % 5))";
            let sql = format!(
                "{seq_sq}INSERT INTO sessions (id, topic_id, language, venue_id, room_id, starts_at, ends_at, starts_on, \
                   capacity, childcare_places, confirmed, childcare_booked, arrivals, status, survey_token, created_at, \
                   updated_at) \
                 SELECT {sid}, {topic}, {lang}, {venue}, NULL, {starts}, {ends}, {d}, {capacity}, \
                   CASE WHEN {cc} % 3 = 0 THEN 10 ELSE 0 END, {confirmed}, 0, 0, \
                   CASE WHEN {cancelled} THEN 'cancelled' WHEN {held} THEN 'held' ELSE 'published' END, \
                   'gen-' || {sid}, '{NOW}', '{NOW}' FROM sq",
                seq_sq = s.seq().replace("seq", "sq"),
                sid = s.id(10, "sq.n"),
                starts = s.at(&d, hour),
                ends = s.at(&d, &format!("{hour} + 2")),
                cc = h("sq.n", 26),
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(0i64).bind(sessions - 1).execute(&mut *tx).await?;
            lap(&mut times, &mut t, "sessions");
            tx.commit().await?;
        }
        // Registrations (seat r of session k: person (base(k) + r) mod people, so no
        // one twice in a session), then attendances of the held sessions (about 10 %
        // no-shows), then survey answers. In session order, in batches of sessions.
        let seats = match b {
            Backend::Sqlite => "seats(r) AS (SELECT 0 UNION ALL SELECT r + 1 FROM seats WHERE r < 49)",
            Backend::Postgres => "seats(r) AS (SELECT generate_series(0, 49))",
        };
        // What the seats of a session share is computed once per session (`ses`,
        // materialised), not once per seat: the registrations, attendances and answers
        // of a batch are tens of millions of rows on a city of 1,000,000 (issue 10).
        let ses = format!(
            "ses AS MATERIALIZED (SELECT sq.n AS n, {sid} AS sid, {confirmed} AS conf, \
               CASE WHEN {held} THEN 1 ELSE 0 END AS held, {lang} AS lang, {base} AS base, {at} AS at FROM sq)",
            sid = s.id(10, "sq.n"),
            lang = s.pick(&h("sq.n", 25), SESSION_LANGUAGES),
            base = h("sq.n", 27),
            at = s.at(&s.day(&sday), "(9 + 2 * (sq.n % 5))"),
        );
        let k_r = "(ses.n * 64 + seats.r)";
        let person = s.id(0, &format!("((ses.base + seats.r) % {})", plan.people));
        let show = format!("{} % 10 <> 0", h(k_r, 28));
        let with = match b {
            Backend::Sqlite => {
                format!(
                    "WITH RECURSIVE sq(n) AS (SELECT $1 UNION ALL SELECT n + 1 FROM sq WHERE n < $2), {seats}, {ses} "
                )
            }
            Backend::Postgres => format!(
                "WITH sq(n) AS (SELECT generate_series(CAST($1 AS BIGINT), CAST($2 AS BIGINT))), {seats}, {ses} "
            ),
        };
        let seated = format!("ses JOIN seats ON seats.r < ses.conf AND seats.r < {}", plan.people);
        let reg = format!(
            "{with}INSERT INTO registrations (id, session_id, person_id, language, status, position, children_count, \
               via, created_at, updated_at) \
             SELECT {rid}, ses.sid, {person}, ses.lang, 'confirmed', seats.r, 0, \
               CASE WHEN {via} % 2 = 0 THEN 'public' ELSE 'staff' END, '{NOW}', '{NOW}' \
             FROM {seated}",
            rid = s.id(11, k_r),
            via = h(k_r, 29),
        );
        let att = format!(
            "{with}INSERT INTO attendances (id, session_id, person_id, registration_id, checked_in_at) \
             SELECT {aid}, ses.sid, {person}, {rid}, ses.at \
             FROM {seated} WHERE ses.held = 1 AND {show}",
            aid = s.id(12, k_r),
            rid = s.id(11, k_r),
        );
        let survey = format!(
            "{with}INSERT INTO survey_answers (id, session_id, language, satisfied, helped, recommend, missing_topic) \
             SELECT {id}, ses.sid, ses.lang, CASE WHEN {x} % 10 < 5 THEN 5 WHEN {x} % 10 < 8 THEN 4 ELSE 1 + {x} % 3 END, \
               CASE WHEN {x} % 7 = 0 THEN 0 ELSE 1 END, CASE WHEN {x} % 5 = 0 THEN 0 ELSE 1 END, \
               CASE WHEN {x} % 11 = 0 THEN 'driving licence' WHEN {x} % 13 = 0 THEN 'pensions' ELSE NULL END \
             FROM {seated} WHERE ses.held = 1 AND {show} AND {y} % 20 = 0",
            id = s.id(13, k_r),
            x = h(k_r, 30),
            y = h(k_r, 31),
        );
        // The passport's stamp of each check-in, as the check-in's hook records it
        // (`passport::on_attendance`): the session as source, the topic's key, the
        // session's language, the venue's name. Its id is the attendance's, part 14.
        let stamps = plan.vouchers.then(|| {
            format!(
                "INSERT INTO passport_stamps (id, person_id, source_ref, attended_on, topic, language, venue, recorded_at) \
                 SELECT substr(a.id, 1, 9) || '000e' || substr(a.id, 14), a.person_id, 'session:' || s.id, s.starts_on, \
                   t.slug, s.language, v.name, a.checked_in_at \
                 FROM attendances a JOIN sessions s ON s.id = a.session_id JOIN topics t ON t.id = s.topic_id \
                 JOIN venues v ON v.id = s.venue_id \
                 WHERE a.session_id >= {} AND a.session_id <= {} AND a.person_id IS NOT NULL",
                s.id(10, "$1"),
                s.id(10, "$2"),
            )
        });
        // Check-ins counted on the session, as the check-in does.
        let arrivals = format!(
            "UPDATE sessions SET arrivals = (SELECT COUNT(*) FROM attendances a WHERE a.session_id = sessions.id) \
             WHERE id >= {} AND id <= {} AND status = 'held'",
            s.id(10, "$1"),
            s.id(10, "$2"),
        );
        let batch_sql = std::sync::Arc::new(SessionBatch { reg, att, survey, stamps, arrivals });
        // Batches of 20,000 sessions (a quarter of a small city's, so that the tests
        // load in several batches at once too; a batch's rows do not depend on its size).
        let batch = (sessions / 4).clamp(1, 20_000);
        self.generate_statistics(&["people", "person_languages", "appointments", "sessions", "topics", "venues"])
            .await?;
        lap(&mut times, &mut t, "statistics");
        let mut running = tokio::task::JoinSet::new();
        let mut k = 0;
        let mut batches = 0u32;
        loop {
            while k < sessions && running.len() < workers {
                let end = (k + batch).min(sessions) - 1;
                let (store, q) = (self.clone(), batch_sql.clone());
                running.spawn(async move { store.generate_session_batch(&q, k, end).await });
                k = end + 1;
            }
            let Some(done) = running.join_next().await else { break };
            times.extend(done.map_err(joined)??);
            t = std::time::Instant::now();
            batches += 1;
            if batches.is_power_of_two() {
                self.generate_statistics(&["registrations", "attendances", "passport_stamps", "survey_answers"])
                    .await?;
                lap(&mut times, &mut t, "statistics");
            }
        }
        Ok(times)
    }

    /// Desk contacts: about one per person (part of [`Store::generate_city`]).
    async fn generate_desk_contacts(&self, plan: &CityPlan) -> Result<Laps> {
        let mut times = Vec::new();
        let mut t = std::time::Instant::now();
        let s = self.gen_sql(plan.seed);
        let last = plan.people - 1;
        let h = |n: &str, k| s.h(n, k);
        let seq = s.seq();
        // Desk contacts: about one per person, spread over the ten years.
        {
            let mut tx = self.begin().await?;
            let day = s.day(&format!("330 + {} % {PERMIT_DAYS}", h("n", 40)));
            let sql = format!(
                "{seq}INSERT INTO desk_contacts (id, channel, language, interpreter, topics, appointment_booked, \
                   duration_seconds, person_id, agent_id, created_at) \
                 SELECT {id}, CASE WHEN {x} % 10 < 5 THEN 'walk_in' WHEN {x} % 10 < 9 THEN 'phone' ELSE 'email' END, \
                   {lang}, CASE WHEN {x} % 7 = 0 THEN 'phone' WHEN {x} % 11 = 0 THEN 'on_site' ELSE 'none' END, \
                   {topics}, CASE WHEN {x} % 4 = 0 THEN 1 ELSE 0 END, 60 + {x} % 1200, NULL, NULL, \
                   {at} FROM seq",
                id = s.id(20, "n"),
                x = h("n", 41),
                lang = s.pick(&h("n", 42), SESSION_LANGUAGES),
                topics = s.pick(
                    &h("n", 43),
                    &[("housing", 3), ("work", 2), ("health", 2), ("housing,work", 1), ("school", 1), ("permit", 2)]
                ),
                at = s.at(&day, &format!("8 + {} % 9", h("n", 44))),
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(0i64).bind(last).execute(&mut *tx).await?;
            lap(&mut times, &mut t, "desk contacts");
            tx.commit().await?;
            lap(&mut times, &mut t, "commit");
        }
        Ok(times)
    }

    /// One batch of sessions `k..=end`: registrations, attendances, survey answers,
    /// stamps and arrivals, in one transaction. Returns the time of each statement.
    async fn generate_session_batch(&self, q: &SessionBatch, k: i64, end: i64) -> Result<Laps> {
        let mut times = Vec::new();
        let mut t = std::time::Instant::now();
        let mut tx = self.begin().await?;
        sqlx::query(sqlx::AssertSqlSafe(q.reg.clone())).bind(k).bind(end).execute(&mut *tx).await?;
        lap(&mut times, &mut t, "registrations");
        sqlx::query(sqlx::AssertSqlSafe(q.att.clone())).bind(k).bind(end).execute(&mut *tx).await?;
        lap(&mut times, &mut t, "attendances");
        sqlx::query(sqlx::AssertSqlSafe(q.survey.clone())).bind(k).bind(end).execute(&mut *tx).await?;
        lap(&mut times, &mut t, "survey answers");
        if let Some(stamps) = &q.stamps {
            sqlx::query(sqlx::AssertSqlSafe(stamps.clone())).bind(k).bind(end).execute(&mut *tx).await?;
            lap(&mut times, &mut t, "stamps");
        }
        sqlx::query(sqlx::AssertSqlSafe(q.arrivals.clone())).bind(k).bind(end).execute(&mut *tx).await?;
        lap(&mut times, &mut t, "arrivals");
        tx.commit().await?;
        lap(&mut times, &mut t, "commit");
        Ok(times)
    }

    /// How many rows of each generated kind the database holds.
    pub async fn generated_counts(&self) -> Result<CityCounts> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM people) AS people, (SELECT COUNT(*) FROM appointments) AS appointments, \
               (SELECT COUNT(*) FROM follow_up_invites) AS invites, (SELECT COUNT(*) FROM sessions) AS sessions, \
               (SELECT COUNT(*) FROM registrations) AS registrations, \
               (SELECT COUNT(*) FROM attendances) AS attendances, (SELECT COUNT(*) FROM survey_answers) AS answers, \
               (SELECT COUNT(*) FROM desk_contacts) AS contacts, \
               (SELECT COUNT(*) FROM passport_stamps) AS stamps, (SELECT COUNT(*) FROM passports) AS passports, \
               (SELECT COUNT(*) FROM vouchers) AS vouchers, (SELECT COUNT(*) FROM voucher_parts) AS parts, \
               (SELECT COUNT(*) FROM redemptions) AS redemptions",
        )
        .fetch_one(&self.read)
        .await?;
        let g = |c: &str| row.try_get::<i64, _>(c);
        Ok(CityCounts {
            people: g("people")?,
            appointments: g("appointments")?,
            follow_up_invites: g("invites")?,
            sessions: g("sessions")?,
            registrations: g("registrations")?,
            attendances: g("attendances")?,
            survey_answers: g("answers")?,
            desk_contacts: g("contacts")?,
            passport_stamps: g("stamps")?,
            passports: g("passports")?,
            vouchers: g("vouchers")?,
            voucher_parts: g("parts")?,
            redemptions: g("redemptions")?,
        })
    }
}

/// The time each generator statement took (summed by name with [`merged`]).
pub type Laps = Vec<(&'static str, std::time::Duration)>;

/// The statements of one batch of sessions ([`Store::generate_session_batch`]), each
/// taking the batch's first and last session number as `$1`, `$2`.
struct SessionBatch {
    reg: String,
    att: String,
    survey: String,
    stamps: Option<String>,
    arrivals: String,
}

/// The table of a `CREATE INDEX … ON [schema.]table …` statement.
fn indexed_table(def: &str) -> String {
    let after = def.split_once(" ON ").map_or("", |(_, r)| r).trim_start();
    let name = after.split(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    name.rsplit('.').next().unwrap_or(name).trim_matches('"').to_owned()
}

/// A foreign key as `PRAGMA foreign_key_list` gives it: (table, key number) and (parent
/// table, its columns with the parent's, `None` for the parent's primary key).
type ForeignKey = ((String, i64), (String, Vec<(String, Option<String>)>));

/// A generator task that panicked or was cancelled, as an error.
fn joined(e: tokio::task::JoinError) -> StoreError {
    StoreError::Corrupt(format!("a generator task failed: {e}"))
}

/// Adds the time since `t` to `times` under `name` and restarts `t`.
fn lap(times: &mut Laps, t: &mut std::time::Instant, name: &'static str) {
    times.push((name, t.elapsed()));
    *t = std::time::Instant::now();
}

/// `times` with the laps of one name added up, in the order of their first lap.
pub fn merged(times: Laps) -> Laps {
    let mut out: Laps = Vec::new();
    for (name, d) in times {
        match out.iter_mut().find(|(k, _)| *k == name) {
            Some((_, sum)) => *sum += d,
            None => out.push((name, d)),
        }
    }
    out
}

/// What [`Store::generate_drop_indexes`] set aside for a bulk load.
#[derive(Debug, Default)]
pub struct BulkLoad {
    /// PostgreSQL: the foreign keys dropped, as (table, name, definition).
    foreign_keys: Vec<(String, String, String)>,
    /// The indexes dropped, as their `CREATE INDEX` statements.
    indexes: Vec<String>,
    /// SQLite: the load runs without a journal (the store's only connection; see
    /// [`Store::generate_drop_indexes`]); WAL mode is set back at the end.
    pub journal_off: bool,
}

/// The indexes dropped for a bulk load and built after it: those of the big tables that
/// are not unique constraints (which guard the load) and that none of the generator's
/// own statements reads (`appointments_person_kind`, `course_progress_redemption` and
/// the unique ones stay).
const BULK_INDEXES: &[&str] = &[
    "people_birth",
    "people_last_contact",
    "people_permit_report",
    "people_first_start",
    "consents_person",
    "name_keys_person",
    "person_languages_language",
    "appointments_counsellor",
    "appointments_starts",
    "appointments_matter",
    "audit_log_actor",
    "audit_log_at",
    "audit_log_entity",
    "registrations_person",
    "registrations_waiting",
    "attendances_person",
    "survey_answers_session",
    "desk_contacts_created",
    "desk_contacts_person",
    "vouchers_rule",
    "vouchers_issued",
    "redemptions_provider",
];

/// The load's own index of the stamps ([`Store::generate_stamp_order`]).
const STAMP_ORDER: &str = "generated_stamp_order";

/// What [`Store::generated_rows`] reads: each generated table, a row as text.
const DIGEST: &[(&str, &str)] = &[
    (
        "people",
        "id || '|' || full_name || '|' || COALESCE(latin_name, '') || '|' || CAST(birth_year AS TEXT) || '|' || \
         citizenship || '|' || COALESCE(permit_issued_on, '') || '|' || COALESCE(district, '')",
    ),
    ("person_languages", "person_id || '|' || CAST(rank AS TEXT) || '|' || language"),
    ("name_keys", "person_id || '|' || key || '|' || CAST(birth_year AS TEXT)"),
    (
        "appointments",
        "id || '|' || COALESCE(person_id, '') || '|' || counsellor_id || '|' || starts_at || '|' || status",
    ),
    ("follow_up_invites", "person_id || '|' || due_on || '|' || channel"),
    (
        "sessions",
        "id || '|' || topic_id || '|' || language || '|' || starts_at || '|' || status || '|' || \
        CAST(confirmed AS TEXT) || '|' || CAST(arrivals AS TEXT)",
    ),
    ("registrations", "id || '|' || session_id || '|' || COALESCE(person_id, '')"),
    ("attendances", "id || '|' || COALESCE(person_id, '') || '|' || checked_in_at"),
    ("survey_answers", "id || '|' || CAST(satisfied AS TEXT) || '|' || COALESCE(missing_topic, '')"),
    ("desk_contacts", "id || '|' || channel || '|' || language || '|' || topics || '|' || created_at"),
    (
        "passport_stamps",
        "id || '|' || person_id || '|' || source_ref || '|' || attended_on || '|' || topic || '|' || language || '|' || \
         venue || '|' || recorded_at",
    ),
    ("passports", "id || '|' || number || '|' || person_id || '|' || issued_at"),
    ("courses", "id || '|' || provider_id || '|' || level || '|' || starts_on"),
    (
        "vouchers",
        "id || '|' || code || '|' || COALESCE(person_id, '') || '|' || rule_id || '|' || CAST(ordinal AS TEXT) || '|' || \
         CAST(value_cents AS TEXT) || '|' || issued_on || '|' || expires_on || '|' || earliest_start || '|' || \
         COALESCE(source_ref, '') || '|' || issued_at",
    ),
    ("voucher_parts", "voucher_id || '|' || CAST(part AS TEXT) || '|' || CAST(value_cents AS TEXT)"),
    (
        "redemptions",
        "id || '|' || voucher_id || '|' || CAST(part AS TEXT) || '|' || provider_id || '|' || course_id || '|' || \
         CAST(amount_cents AS TEXT) || '|' || redeemed_on || '|' || redeemed_by",
    ),
    (
        "course_progress",
        "id || '|' || redemption_id || '|' || status || '|' || COALESCE(level_reached, '') || '|' || reported_on",
    ),
];

impl Store {
    /// Benchmark tests only: every row of the generated tables as text, table by table
    /// in a fixed order (to prove that one seed makes one city).
    pub async fn generated_rows(&self) -> Result<Vec<String>> {
        let mut out = vec![];
        for (table, expr) in DIGEST {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {expr} AS r FROM {table}")))
                .fetch_all(&self.read)
                .await?;
            // Sorted here: the backends' text collations differ.
            let mut these = rows
                .iter()
                .map(|r| Ok(format!("{table}: {}", r.try_get::<String, _>("r")?)))
                .collect::<Result<Vec<_>>>()?;
            these.sort();
            out.extend(these);
        }
        Ok(out)
    }
}

/// Language schools of the generated city (each with one provider account), all approved.
const PROVIDERS: i64 = 8;
/// Courses: number `c` starts on day `7c + 3` after 2016-01-01 (one a week, the schools
/// in turn), levels A1, A2, B1 in turn.
const COURSES: i64 = SESSION_DAYS / 7 + 20;
const COURSE_LEVELS: [&str; 3] = ["A1", "A2", "B1"];
/// Share (per 100) of the vouchers issued at least a week before today that are used.
const REDEEMED_SHARE: i64 = 65;
/// Earning steps per person are numbered 1..=9 (voucher number = person * 16 + step).
pub const MAX_STEPS: u32 = 9;

/// The voucher rules of the generated city: a first programme from 2016 (one voucher
/// after three modules) and, from 2023, Vienna's Sprachgutschein (one after the first
/// module, another four modules later; 150 € in three parts for 30 months). Both pay
/// for A1–B1, the levels of the generated courses.
pub fn generated_rules() -> Vec<welcomedesk_domain::vouchers::Rule> {
    use welcomedesk_domain::vouchers::{Level, Rule};
    vec![
        Rule {
            name: "Generated language voucher 2016".into(),
            valid_from: jiff::civil::date(2016, 1, 1),
            first_after: 3,
            further_every: 0,
            max_vouchers: 1,
            value_cents: 10_000,
            value_cents_certificate: 20_000,
            parts: 2,
            validity_months: 24,
            level_min: Level::A1,
            level_max: Level::B1,
            start_weeks_before: 4,
        },
        Rule {
            name: "Generated language voucher 2023".into(),
            valid_from: jiff::civil::date(2023, 1, 1),
            first_after: 1,
            further_every: 4,
            max_vouchers: 2,
            value_cents: 15_000,
            value_cents_certificate: 30_000,
            parts: 3,
            validity_months: 30,
            level_min: Level::A1,
            level_max: Level::B1,
            start_weeks_before: 6,
        },
    ]
}

impl Store {
    /// Language schools (approved, each with a provider account), their weekly courses
    /// and the voucher rules ([`generated_rules`]).
    async fn generate_voucher_setup(&self, s: &Sql) -> Result<()> {
        let mut tx = self.begin().await?;
        let seq = s.seq();
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "{seq}INSERT INTO providers (id, name, created_at, country, town) \
             SELECT {}, 'Generated language school ' || n, '{NOW}', 'AT', 'Generated city' FROM seq",
            s.id(105, "n")
        )))
        .bind(0i64)
        .bind(PROVIDERS - 1)
        .execute(&mut *tx)
        .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "{seq}INSERT INTO staff_users (id, email, name, role, provider_id, password_hash, ui_language, created_at, \
               password_changed_at) \
             SELECT {}, 'gen-school-' || n || '@generated.example', 'School desk ' || n, 'provider', {}, '!', 'en', \
               '{NOW}', '{NOW}' FROM seq",
            s.id(104, "n"),
            s.id(105, "n"),
        )))
        .bind(0i64)
        .bind(PROVIDERS - 1)
        .execute(&mut *tx)
        .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "{seq}INSERT INTO provider_standings (id, provider_id, standing, quality_signed_on, reason, at, by_id) \
             SELECT {}, {}, 'approved', '2015-12-01', NULL, '2015-12-01T09:00:00.000000Z', NULL FROM seq",
            s.id(106, "n"),
            s.id(105, "n"),
        )))
        .bind(0i64)
        .bind(PROVIDERS - 1)
        .execute(&mut *tx)
        .await?;
        let day = s.day("7 * n + 3");
        let level = format!(
            "CASE WHEN n % 3 = 0 THEN '{}' WHEN n % 3 = 1 THEN '{}' ELSE '{}' END",
            COURSE_LEVELS[0], COURSE_LEVELS[1], COURSE_LEVELS[2]
        );
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "{seq}INSERT INTO courses (id, provider_id, title, language, level, starts_on, price_cents, place, created_at, \
               kind, ends_on, weekdays, starts_at, ends_at, district, voucher_accepted, updated_at) \
             SELECT {cid}, {pid}, 'German ' || {level} || ' (generated ' || n || ')', 'de', {level}, {day}, 30000, \
               'Generated language school ' || (n % {PROVIDERS}), '{NOW}', 'standard', {ends}, '135', '09:00', '12:00', \
               'District ' || (1 + n % 20), 1, '{NOW}' FROM seq",
            cid = s.id(107, "n"),
            pid = s.id(105, &format!("n % {PROVIDERS}")),
            ends = s.add_days(&day, "88"),
        )))
        .bind(0i64)
        .bind(COURSES - 1)
        .execute(&mut *tx)
        .await?;
        for (i, r) in generated_rules().iter().enumerate() {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO voucher_rules (id, name, valid_from, first_after, further_every, max_vouchers, value_cents, \
                   value_cents_certificate, parts, validity_months, level_min, level_max, start_weeks_before, \
                   created_at, created_by) VALUES ({}, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, '{NOW}', NULL)",
                s.id(108, &i.to_string())
            )))
            .bind(r.name.clone())
            .bind(r.valid_from.to_string())
            .bind(i64::from(r.first_after))
            .bind(i64::from(r.further_every))
            .bind(i64::from(r.max_vouchers))
            .bind(r.value_cents)
            .bind(r.value_cents_certificate)
            .bind(i64::from(r.parts))
            .bind(i64::from(r.validity_months))
            .bind(r.level_min.as_str())
            .bind(r.level_max.as_str())
            .bind(i64::from(r.start_weeks_before))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Passports, vouchers, voucher parts, redemptions and course progress of people
    /// `from..to` (after [`Store::generate_city`] made their stamps). `numbers`: a JSON
    /// array of `[n, passport number]` for each of them; `codes`: `[n * 16 + step,
    /// voucher code]` for each earning step 1..=[`MAX_STEPS`] the rules allow — both
    /// made by the domain in the caller. As the check-in's hook would have done it,
    /// stamp by stamp: a passport for everyone with a stamp (issued at the first one);
    /// voucher step `o` issued on the day of the first stamp at which the rule in force
    /// on that day had earned `o` (its value, parts, validity and start window from that
    /// rule). Then about 65 % of the vouchers issued a week or more before today are
    /// used: their first one to all parts, each at a course of an approved school
    /// starting in the voucher's window (a part a quarter), with the course's progress
    /// reported for the first part. The rest stay open or expire. One transaction.
    /// Returns the time each statement took, to print where a big city's load goes.
    pub async fn generate_passports(&self, seed: u64, from: i64, to: i64, numbers: &str, codes: &str) -> Result<Laps> {
        let mut times = Vec::new();
        let mut t = std::time::Instant::now();
        let s = self.gen_sql(seed);
        let h = |n: &str, k| s.h(n, k);
        let rows = s.rows();
        let (lo, hi) = (s.id_text(0, from), s.id_text(0, to - 1));
        let mut tx = self.begin().await?;
        let pid = s.id(0, &format!("CAST({} AS BIGINT)", s.j(0)));
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO passports (id, number, person_id, issued_at, issued_by) \
             SELECT {}, {}, {pid}, (SELECT MIN(x.recorded_at) FROM passport_stamps x WHERE x.person_id = {pid}), NULL \
             FROM {rows} WHERE EXISTS (SELECT 1 FROM passport_stamps x WHERE x.person_id = {pid})",
            s.id(30, &format!("CAST({} AS BIGINT)", s.j(0))),
            s.j(1),
        )))
        .bind(numbers.to_owned())
        .execute(&mut *tx)
        .await?;
        lap(&mut times, &mut t, "passports");
        // The earning steps: stamp k of a person (in check-in order) has earned
        // `vouchers_due(k)` under the rule in force on its day; step o is issued at the
        // first stamp that has earned it. The rule in force: each rule's period (from
        // its day to the next rule's), joined — not a search of the rules for each of
        // ten million stamps.
        let steps = match self.backend() {
            Backend::Sqlite => {
                format!("steps(o) AS (SELECT 1 UNION ALL SELECT o + 1 FROM steps WHERE o < {MAX_STEPS})")
            }
            Backend::Postgres => format!("steps(o) AS (SELECT generate_series(1, {MAX_STEPS}))"),
        };
        let n = s.num("e.person_id");
        let vid = s.id(31, &format!("({n}) * 16 + e.o"));
        let voucher = format!(
            "WITH RECURSIVE {steps}, \
             st AS (SELECT x.person_id, x.source_ref, x.attended_on, x.recorded_at, \
               ROW_NUMBER() OVER (PARTITION BY x.person_id ORDER BY x.attended_on, x.recorded_at, x.source_ref) AS k \
               FROM passport_stamps x WHERE x.person_id >= $1 AND x.person_id <= $2), \
             periods AS MATERIALIZED (SELECT q.id, q.valid_from, q.max_vouchers, q.first_after, q.further_every, \
               LEAD(q.valid_from) OVER (ORDER BY q.valid_from) AS valid_to FROM voucher_rules q), \
             due AS (SELECT st.person_id, st.source_ref, st.attended_on, st.recorded_at, st.k, r.id AS rule_id, \
               r.max_vouchers AS mx, CASE WHEN st.k < r.first_after THEN 0 ELSE 1 + CASE WHEN r.further_every = 0 \
               THEN 0 ELSE (st.k - r.first_after) / r.further_every END END AS d \
               FROM st JOIN periods r \
               ON r.valid_from <= st.attended_on AND (r.valid_to IS NULL OR st.attended_on < r.valid_to)), \
             earned AS (SELECT due.person_id, steps.o, MIN(due.k) AS k FROM due JOIN steps \
               ON steps.o <= due.d AND steps.o <= due.mx GROUP BY due.person_id, steps.o), \
             e AS (SELECT earned.o, due.* FROM earned JOIN due ON due.person_id = earned.person_id AND due.k = earned.k) \
             INSERT INTO vouchers (id, code, person_id, rule_id, ordinal, certificate, value_cents, issued_on, expires_on, \
               earliest_start, source, source_ref, issue_reason, issued_at, issued_by) \
             SELECT {vid}, gc.code, e.person_id, e.rule_id, e.o, p.certificate_required, \
               CASE WHEN p.certificate_required <> 0 THEN r.value_cents_certificate ELSE r.value_cents END, \
               e.attended_on, {expires}, {earliest}, 'attendance', e.source_ref, NULL, e.recorded_at, NULL \
             FROM e JOIN voucher_rules r ON r.id = e.rule_id JOIN people p ON p.id = e.person_id \
             LEFT JOIN {{code_rows}} gc ON gc.k = ({n}) * 16 + e.o",
            expires = s.add_days(&s.plus_months("e.attended_on", "r.validity_months"), "-1"),
            earliest = s.add_days("e.attended_on", "-7 * r.start_weeks_before"),
        );
        // Each voucher's code, made by the domain, joined in as the voucher is written
        // (a code missing would be a NULL, which the schema refuses): not written as a
        // placeholder and updated after (1.9 M row versions and code-index entries more
        // on the 1,000,000 city; 33 s on PostgreSQL). SQLite: the batch's codes in a
        // keyed temporary table (a plan it cannot get wrong); PostgreSQL: a hash join.
        let code_rows = match self.backend() {
            Backend::Sqlite => {
                tx.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS generated_codes (k INTEGER PRIMARY KEY, code TEXT NOT NULL); \
                     DELETE FROM generated_codes;",
                )
                .await?;
                sqlx::query(
                    "INSERT INTO generated_codes (k, code) \
                     SELECT CAST(json_extract(value, '$[0]') AS INTEGER), json_extract(value, '$[1]') FROM json_each($1)",
                )
                .bind(codes.to_owned())
                .execute(&mut *tx)
                .await?;
                "generated_codes"
            }
            Backend::Postgres => {
                "(SELECT CAST(cj ->> 0 AS BIGINT) AS k, cj ->> 1 AS code FROM json_array_elements(CAST($3 AS json)) AS cj)"
            }
        };
        lap(&mut times, &mut t, "voucher codes");
        let mut q = sqlx::query(sqlx::AssertSqlSafe(voucher.replace("{code_rows}", code_rows)))
            .bind(lo.clone())
            .bind(hi.clone());
        if self.backend() == Backend::Postgres {
            q = q.bind(codes.to_owned());
        }
        q.execute(&mut *tx).await?;
        lap(&mut times, &mut t, "vouchers");
        let (vlo, vhi) =
            (format!("'{}'", s.id_text(31, from * 16)), format!("'{}'", s.id_text(31, (to - 1) * 16 + 15)));
        // Parts: the value split as `Rule::split` does (the first parts take the rest).
        let parts = match self.backend() {
            Backend::Sqlite => "WITH RECURSIVE pn(p) AS (SELECT 1 UNION ALL SELECT p + 1 FROM pn WHERE p < 12) ",
            Backend::Postgres => "WITH pn(p) AS (SELECT generate_series(1, 12)) ",
        };
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "{parts}INSERT INTO voucher_parts (voucher_id, part, value_cents) \
             SELECT v.id, pn.p, v.value_cents / r.parts + CASE WHEN pn.p - 1 < v.value_cents % r.parts THEN 1 ELSE 0 END \
             FROM vouchers v JOIN voucher_rules r ON r.id = v.rule_id JOIN pn ON pn.p <= r.parts \
             WHERE v.id >= {vlo} AND v.id <= {vhi}"
        )))
        .execute(&mut *tx)
        .await?;
        lap(&mut times, &mut t, "voucher parts");
        // Redemptions: voucher number vn; its first course c (starting 1–9 weeks after
        // the issue), part p at course c + 13(p - 1) redeemed 91(p - 1) days after the
        // issue (plus 0–4); only days up to today.
        // What a voucher's parts share (its number, issue day, course offset, day
        // offset, how many parts are used) is computed once per voucher (`uv`), what a
        // part needs once per part (`pp`), both materialised: the formulas are not
        // evaluated again for every column that uses them (issue 10).
        let c = "((uv.iss - 3) / 7 + 1 + uv.c9 + 13 * (pt.part - 1))";
        let rday = "(uv.iss + 91 * (pt.part - 1) + uv.d5)";
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "WITH uv AS MATERIALIZED (SELECT id, vn, iss, {c9} % 9 AS c9, {d5} % 5 AS d5, 1 + {np} % parts AS np \
               FROM (SELECT v.id AS id, {vn} AS vn, {issued} AS iss, r.parts AS parts \
                 FROM vouchers v JOIN voucher_rules r ON r.id = v.rule_id WHERE v.id >= {vlo} AND v.id <= {vhi}) vv \
               WHERE {h_use} % 100 < {REDEEMED_SHARE} AND iss <= {last_issue}), \
             pp AS MATERIALIZED (SELECT uv.id, uv.vn, pt.part, pt.value_cents AS val, {c} AS c, {rday} AS rday \
               FROM uv JOIN voucher_parts pt ON pt.voucher_id = uv.id WHERE pt.part <= uv.np), \
             pd AS MATERIALIZED (SELECT pp.*, {rdate} AS rdate FROM pp WHERE pp.rday <= {TODAY_DAY} AND pp.c < {COURSES}) \
             INSERT INTO redemptions (id, voucher_id, part, provider_id, course_id, amount_cents, redeemed_on, redeemed_at, \
               redeemed_by, id_checked) \
             SELECT {rid}, pd.id, pd.part, {prov}, {course}, \
               CASE WHEN {amt} % 10 = 0 THEN pd.val - pd.val / 5 ELSE pd.val END, \
               pd.rdate, pd.rdate || 'T10:00:00.000000Z', {staff}, 1 FROM pd",
            vn = s.num("v.id"),
            issued = s.day_no("v.issued_on"),
            c9 = h("vv.vn", 50),
            d5 = h("vv.vn", 52),
            np = h("vv.vn", 55),
            h_use = h("vv.vn", 54),
            last_issue = TODAY_DAY - 7,
            rdate = s.day("pp.rday"),
            rid = s.id(32, "pd.vn * 16 + pd.part"),
            prov = s.id(105, &format!("pd.c % {PROVIDERS}")),
            staff = s.id(104, &format!("pd.c % {PROVIDERS}")),
            course = s.id(107, "pd.c"),
            amt = h("pd.vn * 16 + pd.part", 53),
        )))
        .execute(&mut *tx)
        .await?;
        lap(&mut times, &mut t, "redemptions");
        // What the schools reported for the course of each first part: completed (70 %)
        // or dropped (20 %) once the course's 13 weeks are over, else enrolled.
        let xn = s.num("x.id");
        let start = s.day_no("c.starts_on");
        let over = format!("({start} + 91 <= {TODAY_DAY})");
        let st = format!(
            "CASE WHEN {over} AND {y} % 10 < 7 THEN 'completed' WHEN {over} AND {y} % 10 < 9 THEN 'dropped' \
             ELSE 'enrolled' END",
            y = h(&xn, 56)
        );
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO course_progress (id, redemption_id, status, level_reached, reported_on, reported_at, reported_by) \
             SELECT {pgid}, x.id, st, CASE WHEN st = 'completed' THEN lvl ELSE NULL END, rep, rep || 'T16:00:00.000000Z', \
               by_id FROM (SELECT x.id, {st} AS st, c.level AS lvl, \
                 CASE WHEN {over} THEN {end_day} ELSE x.redeemed_on END AS rep, x.redeemed_by AS by_id \
               FROM redemptions x JOIN courses c ON c.id = x.course_id \
               WHERE x.voucher_id >= {vlo} AND x.voucher_id <= {vhi} AND x.part = 1) x",
            pgid = s.id(33, &s.num("x.id")),
            end_day = s.add_days("c.starts_on", "91"),
        )))
        .execute(&mut *tx)
        .await?;
        lap(&mut times, &mut t, "course progress");
        // The furthest each holder got, as `Store::report_progress` keeps it (0024):
        // grouped once over the batch (a person's vouchers all fall in its id range),
        // not a subquery per person (which PostgreSQL, its statistics still those of
        // the first batches, ran as a scan of every redemption per person).
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE people SET course_reached = g.r FROM (SELECT v.person_id AS pid, \
               MAX(CASE WHEN cp.status = 'completed' THEN 2 ELSE 1 END) AS r \
               FROM vouchers v JOIN redemptions x ON x.voucher_id = v.id \
               JOIN course_progress cp ON cp.redemption_id = x.id WHERE v.id >= {vlo} AND v.id <= {vhi} \
               GROUP BY v.person_id) g WHERE people.id = g.pid"
        )))
        .execute(&mut *tx)
        .await?;
        lap(&mut times, &mut t, "course reached");
        tx.commit().await?;
        lap(&mut times, &mut t, "commit");
        Ok(times)
    }
}
