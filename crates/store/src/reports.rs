//! The figures behind the reports (R12): aggregate SQL only (`GROUP BY`, `COUNT`), no
//! row of a person leaves the database here. Each function fills one figures struct of
//! `domain::reports`; the domain decides what may be shown. The queries of one report
//! run concurrently on the reader pool.
//!
//! Indexes (migration 0012): `people_permit_report` covers the permit date and every
//! column the uptake groups by; `appointments_person_kind` answers "had a held start
//! coaching" per person without touching the appointments table.

use crate::{Backend, Result, Store};
use sqlx::Row;
use std::collections::BTreeMap;
use welcomedesk_domain::reports::{
    CoachingFigures, CourseCounts, Delay, DeskFigures, DeskKey, FollowUpFigures, ModuleCounts, ModuleFigures,
    ModuleKey, Period, SatisfactionFigures, SurveyKey, UptakeCounts, UptakeFigures, VoucherFigures,
};

/// The additive cells of a report over a range of its date axis: a key and up to ten
/// counts. Live queries produce them; the roll-up job stores them per month
/// (`report_cells`); a report over a period adds the two up and reads its figures from
/// the sum, so a rolled-up answer is the live answer by construction.
type Cells = BTreeMap<String, [i64; 10]>;

fn add_cell(into: &mut Cells, k: String, counts: &[i64]) {
    let e = into.entry(k).or_insert([0; 10]);
    for (slot, v) in e.iter_mut().zip(counts) {
        *slot += *v;
    }
}

/// Cells from rows of a grouped query: column `key` as the key, `counts` as its counts.
fn cells_of(rows: &[sqlx::any::AnyRow], key: &str, counts: &[&str]) -> Result<Cells> {
    let mut out = Cells::new();
    for r in rows {
        let c = counts.iter().map(|c| r.try_get::<i64, _>(*c)).collect::<Result<Vec<_>, _>>()?;
        add_cell(&mut out, r.try_get(key)?, &c);
    }
    Ok(out)
}

fn count(v: i64) -> u64 {
    v.max(0) as u64
}

/// The reports whose months are rolled up, each with its date axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rolled {
    /// People by the day their permit was issued.
    Uptake,
    /// People by the day their permit was issued (the period shifted two years back).
    FollowUps,
    /// Module sessions by their day.
    Modules,
    /// Survey answers by their session's day.
    Satisfaction,
    /// Appointments by the (UTC) day they start.
    Coaching,
    /// Desk and hotline contacts by the (UTC) day they were recorded.
    Desk,
    /// Vouchers by the day they were issued.
    Vouchers,
    /// People by the (UTC) day of their first held start coaching (what they did about a
    /// language course).
    VoucherCourses,
}

impl Rolled {
    pub const ALL: [Rolled; 8] = [
        Rolled::Uptake,
        Rolled::FollowUps,
        Rolled::Modules,
        Rolled::Satisfaction,
        Rolled::Coaching,
        Rolled::Desk,
        Rolled::Vouchers,
        Rolled::VoucherCourses,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Rolled::Uptake => "uptake",
            Rolled::FollowUps => "follow_ups",
            Rolled::Modules => "modules",
            Rolled::Satisfaction => "satisfaction",
            Rolled::Coaching => "coaching",
            Rolled::Desk => "desk",
            Rolled::Vouchers => "vouchers",
            Rolled::VoucherCourses => "voucher_courses",
        }
    }
}

fn month_key(d: jiff::civil::Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

fn next_month(d: jiff::civil::Date) -> Result<jiff::civil::Date> {
    d.first_of_month()
        .checked_add(jiff::Span::new().months(1))
        .map_err(|e| crate::StoreError::Corrupt(format!("month after {d}: {e}")))
}

/// Two years before `d` (29 February: the 28th).
fn two_years_back(d: jiff::civil::Date) -> jiff::civil::Date {
    d.checked_sub(jiff::Span::new().years(2)).unwrap_or(d)
}

impl Store {
    /// The cells of report `r` over days `from..=to` of its axis: the months rolled up
    /// (whole months in `report_months`) from `report_cells`, the rest live. `live`
    /// ignores the roll-ups.
    async fn cells(&self, r: Rolled, from: jiff::civil::Date, to: jiff::civil::Date, live: bool) -> Result<Cells> {
        let mut out = Cells::new();
        if from > to {
            return Ok(out);
        }
        let rolled: std::collections::BTreeSet<String> = if live {
            Default::default()
        } else {
            sqlx::query("SELECT month FROM report_months WHERE report = $1 AND month >= $2 AND month <= $3")
                .bind(r.name())
                .bind(month_key(from))
                .bind(month_key(to))
                .fetch_all(&self.read)
                .await?
                .iter()
                .map(|row| row.try_get::<String, _>("month"))
                .collect::<Result<_, _>>()?
        };
        let mut runs: Vec<(jiff::civil::Date, jiff::civil::Date)> = vec![];
        let mut months: Vec<String> = vec![];
        let mut m = from.first_of_month();
        while m <= to {
            let end = m.last_of_month();
            let key = month_key(m);
            if from <= m && end <= to && rolled.contains(&key) {
                months.push(key);
            } else {
                let (a, b) = (from.max(m), to.min(end));
                match runs.last_mut() {
                    Some(run) if run.1.tomorrow().ok() == Some(a) => run.1 = b,
                    _ => runs.push((a, b)),
                }
            }
            m = next_month(m)?;
        }
        for (a, b) in runs {
            for (k, c) in self.live_cells(r, a, b).await? {
                add_cell(&mut out, k, &c);
            }
        }
        if !months.is_empty() {
            let marks: Vec<String> = (0..months.len()).map(|i| format!("${}", i + 2)).collect();
            let sums: Vec<String> = (0..10).map(|i| format!("CAST(SUM(c{i}) AS BIGINT) AS c{i}")).collect();
            let sql = format!(
                "SELECT k, {} FROM report_cells WHERE report = $1 AND month IN ({}) GROUP BY k",
                sums.join(", "),
                marks.join(", ")
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(r.name());
            for m in months {
                q = q.bind(m);
            }
            for row in q.fetch_all(&self.read).await? {
                let mut c = [0i64; 10];
                for (i, slot) in c.iter_mut().enumerate() {
                    *slot = row.try_get::<i64, _>(format!("c{i}").as_str())?;
                }
                add_cell(&mut out, row.try_get("k")?, &c);
            }
        }
        Ok(out)
    }

    async fn live_cells(&self, r: Rolled, from: jiff::civil::Date, to: jiff::civil::Date) -> Result<Cells> {
        match r {
            Rolled::Uptake => self.uptake_cells(&from.to_string(), &to.to_string()).await,
            Rolled::FollowUps => self.follow_up_cells(&from.to_string(), &to.to_string()).await,
            Rolled::Modules => self.module_cells(&from.to_string(), &to.to_string()).await,
            Rolled::Satisfaction => self.satisfaction_cells(&from.to_string(), &to.to_string()).await,
            Rolled::Coaching => self.coaching_cells(&Period { from, to }).await,
            Rolled::Desk => self.desk_cells(&Period { from, to }).await,
            Rolled::Vouchers => self.voucher_cells(&from.to_string(), &to.to_string()).await,
            Rolled::VoucherCourses => self.voucher_course_cells(&Period { from, to }).await,
        }
    }

    /// The roll-up job: recomputes the cells of every month before `today`'s month (on
    /// each report's axis, from its first record on) and marks them rolled up. Closed
    /// months then answer from `report_cells`; a later change to a closed month (a
    /// coaching held months after the permit, an import of old permits) shows once the
    /// job has run again — it runs nightly (`welcomedesk serve`). Returns the months
    /// written.
    pub async fn refresh_report_months(&self, today: jiff::civil::Date) -> Result<usize> {
        self.refresh_report_months_older_than(today, None).await
    }

    /// [`Store::refresh_report_months`], leaving out the months refreshed less than
    /// `fresh_for` ago (`None`: none left out). `welcomedesk serve` runs the job at start
    /// and then daily; with `fresh_for` a little under a day a restart (a deploy, a second
    /// web node) does not recompute a large register's every month again while it serves
    /// (179 s of reads and writes on the 1,000,000 city), and the daily run still does.
    pub async fn refresh_report_months_older_than(
        &self,
        today: jiff::civil::Date,
        fresh_for: Option<std::time::Duration>,
    ) -> Result<usize> {
        let fresh: std::collections::HashSet<(String, String)> = match fresh_for {
            Some(d) => {
                let since = jiff::Timestamp::now()
                    .checked_sub(
                        jiff::SignedDuration::try_from(d).map_err(|e| crate::StoreError::Corrupt(e.to_string()))?,
                    )
                    .map_err(|e| crate::StoreError::Corrupt(e.to_string()))?;
                sqlx::query("SELECT report, month FROM report_months WHERE refreshed_at >= $1")
                    .bind(crate::time::to_db(since))
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(|r| Ok((r.try_get("report")?, r.try_get("month")?)))
                    .collect::<Result<_>>()?
            }
            None => Default::default(),
        };
        let mut written = 0;
        for r in Rolled::ALL {
            let first_sql = match r {
                Rolled::Uptake | Rolled::FollowUps => {
                    "SELECT MIN(permit_issued_on) AS d FROM people WHERE permit_issued_on IS NOT NULL"
                }
                Rolled::Modules | Rolled::Satisfaction => "SELECT MIN(starts_on) AS d FROM sessions",
                Rolled::Coaching => "SELECT MIN(substr(starts_at, 1, 10)) AS d FROM appointments",
                Rolled::Desk => "SELECT MIN(substr(created_at, 1, 10)) AS d FROM desk_contacts",
                Rolled::Vouchers => "SELECT MIN(issued_on) AS d FROM vouchers",
                Rolled::VoucherCourses => {
                    "SELECT MIN(substr(first_start_coaching_at, 1, 10)) AS d FROM people \
                     WHERE first_start_coaching_at IS NOT NULL"
                }
            };
            let first: Option<String> = sqlx::query(first_sql).fetch_one(&self.read).await?.try_get("d")?;
            let Some(first) = first.and_then(|d| d.parse::<jiff::civil::Date>().ok()) else { continue };
            let mut m = first.first_of_month();
            while m < today.first_of_month() {
                let key = month_key(m);
                if fresh.contains(&(r.name().to_owned(), key.clone())) {
                    m = next_month(m)?;
                    continue;
                }
                let cells = self.live_cells(r, m, m.last_of_month()).await?;
                let mut tx = self.begin().await?;
                sqlx::query("DELETE FROM report_cells WHERE report = $1 AND month = $2")
                    .bind(r.name())
                    .bind(key.clone())
                    .execute(&mut *tx)
                    .await?;
                let cells: Vec<(String, [i64; 10])> = cells.into_iter().collect();
                // 40 rows (442 parameters) per statement: sqlx binds SQLite parameters by
                // name, and looking a name up walks SQLite's list of them, so a statement's
                // binding costs the square of its parameters — 400 rows (4,402) made
                // binding the roll-up's largest cost, on the single writer (issue 10).
                for chunk in cells.chunks(40) {
                    let rows: Vec<String> = (0..chunk.len())
                        .map(|i| {
                            let b = 3 + i * 11;
                            let cs: Vec<String> = (0..11).map(|j| format!("${}", b + j)).collect();
                            format!("($1, $2, {})", cs.join(", "))
                        })
                        .collect();
                    let sql = format!(
                        "INSERT INTO report_cells (report, month, k, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9) VALUES {}",
                        rows.join(", ")
                    );
                    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(r.name()).bind(key.clone());
                    for (k, c) in chunk {
                        q = q.bind(k.clone());
                        for v in c {
                            q = q.bind(*v);
                        }
                    }
                    q.execute(&mut *tx).await?;
                }
                sqlx::query(
                    "INSERT INTO report_months (report, month, refreshed_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (report, month) DO UPDATE SET refreshed_at = excluded.refreshed_at",
                )
                .bind(r.name())
                .bind(key)
                .bind(crate::time::now())
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                written += 1;
                m = next_month(m)?;
            }
        }
        Ok(written)
    }

    /// How many months of report `r` are rolled up.
    pub async fn rolled_months(&self, r: Rolled) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) AS n FROM report_months WHERE report = $1")
            .bind(r.name())
            .fetch_one(&self.read)
            .await?
            .try_get("n")?)
    }

    /// People whose first permit was issued in the period, and those of them who had a
    /// start coaching, by month, first language, EU or not, birth year and district;
    /// and the days from permit to the first held start coaching. Closed months from
    /// the roll-ups, the rest live.
    pub async fn uptake_figures(&self, p: &Period) -> Result<UptakeFigures> {
        uptake_from(self.cells(Rolled::Uptake, p.from, p.to, false).await?)
    }

    /// [`Store::uptake_figures`] computed from the records alone (no roll-ups).
    pub async fn uptake_figures_live(&self, p: &Period) -> Result<UptakeFigures> {
        uptake_from(self.cells(Rolled::Uptake, p.from, p.to, true).await?)
    }

    /// One pass over the people with a permit in `from..=to`: "had a start coaching" and
    /// its delay are read from the person's row (`first_start_coaching_at`, kept with
    /// the outcome), then grouped by each breakdown (UNION ALL), keys as text. Cells:
    /// `dim:key` → [people, coached]; `delay:bucket` → [coached].
    async fn uptake_cells(&self, from: &str, to: &str) -> Result<Cells> {
        let days = match self.backend() {
            Backend::Sqlite => {
                "CAST(julianday(substr(p.first_start_coaching_at, 1, 10)) - julianday(p.permit_issued_on) AS BIGINT)"
            }
            Backend::Postgres => {
                "CAST(CAST(substr(p.first_start_coaching_at, 1, 10) AS DATE) - CAST(p.permit_issued_on AS DATE) AS BIGINT)"
            }
        };
        let base = format!(
            "WITH base AS MATERIALIZED ( \
              SELECT substr(p.permit_issued_on, 1, 7) AS m, COALESCE(l.language, '') AS lang, \
                CAST(p.eu_citizen AS TEXT) AS eu, CAST(p.birth_year AS TEXT) AS born, \
                COALESCE(p.district, '') AS district, \
                CASE WHEN p.first_start_coaching_at IS NOT NULL THEN 1 ELSE 0 END AS c, \
                CASE WHEN p.first_start_coaching_at IS NULL THEN -1 WHEN {days} <= 14 THEN 0 \
                  WHEN {days} <= 30 THEN 1 WHEN {days} <= 90 THEN 2 ELSE 3 END AS dl \
              FROM people p LEFT JOIN person_languages l ON l.person_id = p.id AND l.rank = 0 \
              WHERE p.permit_issued_on >= $1 AND p.permit_issued_on <= $2) "
        );
        let mut groups: Vec<String> = ["m", "lang", "eu", "born", "district"]
            .iter()
            .map(|k| {
                format!(
                    "SELECT '{k}' AS dim, {k} AS k, COUNT(*) AS n, COUNT(CASE WHEN c = 1 THEN 1 END) AS c \
                     FROM base GROUP BY {k}"
                )
            })
            .collect();
        groups.push(
            "SELECT 'delay' AS dim, CAST(dl AS TEXT) AS k, COUNT(*) AS n, COUNT(*) AS c FROM base WHERE dl >= 0 \
             GROUP BY dl"
                .to_owned(),
        );
        let sql = format!("{base}{}", groups.join(" UNION ALL "));
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(from.to_owned())
            .bind(to.to_owned())
            .fetch_all(&self.read)
            .await?;
        let mut out = Cells::new();
        for r in &rows {
            let dim: String = r.try_get("dim")?;
            let k: String = r.try_get("k")?;
            add_cell(&mut out, format!("{dim}:{k}"), &[r.try_get::<i64, _>("n")?, r.try_get::<i64, _>("c")?]);
        }
        Ok(out)
    }
}

fn uptake_from(cells: Cells) -> Result<UptakeFigures> {
    let mut f = UptakeFigures::default();
    for (key, c) in cells {
        let (dim, k) = key.split_once(':').unwrap_or(("", key.as_str()));
        let counts = UptakeCounts { permits: count(c[0]), coached: count(c[1]) };
        match dim {
            "m" => {
                f.by_month.insert(k.to_owned(), counts);
            }
            "lang" => {
                f.by_language.insert(k.to_owned(), counts);
            }
            "eu" => {
                f.by_eu.insert(k.trim() != "0", counts);
            }
            "born" => {
                let y = k.trim().parse::<i64>().map_err(|_| crate::StoreError::Corrupt(format!("birth year {k:?}")))?;
                f.by_birth_year.insert(y, counts);
            }
            "district" => {
                f.by_district.insert(k.to_owned(), counts);
            }
            "delay" => {
                let b = k.trim().parse::<usize>().map_err(|_| crate::StoreError::Corrupt(format!("delay {k:?}")))?;
                let b = Delay::ALL.get(b.min(3)).copied().unwrap_or(Delay::Later);
                *f.delays.entry(b).or_default() += counts.permits;
            }
            _ => return Err(crate::StoreError::Corrupt(format!("uptake cell {key:?}"))),
        }
    }
    Ok(f)
}

impl Store {
    /// Appointments starting in the period (UTC days), by kind and status; held ones by
    /// language, with interpreting and childcare. Closed months from the roll-ups, the
    /// rest live.
    pub async fn coaching_figures(&self, p: &Period) -> Result<CoachingFigures> {
        coaching_from(self.cells(Rolled::Coaching, p.from, p.to, false).await?)
    }

    /// [`Store::coaching_figures`] from the records alone (no roll-ups).
    pub async fn coaching_figures_live(&self, p: &Period) -> Result<CoachingFigures> {
        coaching_from(self.cells(Rolled::Coaching, p.from, p.to, true).await?)
    }

    /// Cells: `s` + kind + status (joined by U+001F) → [appointments]; `l` + language of
    /// the held ones → [held, with interpreter, with childcare].
    async fn coaching_cells(&self, p: &Period) -> Result<Cells> {
        let (from, to) = (p.from_text(), p.end_exclusive_text());
        let by_kind = sqlx::query(
            "SELECT kind, status, COUNT(*) AS n FROM appointments \
             WHERE starts_at >= $1 AND starts_at < $2 GROUP BY kind, status",
        )
        .bind(from.clone())
        .bind(to.clone())
        .fetch_all(&self.read);
        let by_lang = sqlx::query(
            "SELECT COALESCE(language, '') AS k, COUNT(*) AS n, \
               COUNT(CASE WHEN interpreter_needed <> 0 THEN 1 END) AS i, \
               COUNT(CASE WHEN childcare_needed <> 0 THEN 1 END) AS c \
             FROM appointments WHERE starts_at >= $1 AND starts_at < $2 AND status = 'held' \
             GROUP BY COALESCE(language, '')",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.read);
        let (by_kind, by_lang) = tokio::try_join!(by_kind, by_lang)?;
        let mut out = Cells::new();
        for r in &by_kind {
            let key = format!("s\u{1f}{}\u{1f}{}", r.try_get::<String, _>("kind")?, r.try_get::<String, _>("status")?);
            add_cell(&mut out, key, &[r.try_get::<i64, _>("n")?]);
        }
        for r in &by_lang {
            add_cell(
                &mut out,
                format!("l\u{1f}{}", r.try_get::<String, _>("k")?),
                &[r.try_get::<i64, _>("n")?, r.try_get::<i64, _>("i")?, r.try_get::<i64, _>("c")?],
            );
        }
        Ok(out)
    }

    /// People who reached two years since their permit in the period: by that month,
    /// how many were invited to the follow-up coaching and how many had it (held).
    /// Closed months from the roll-ups, the rest live.
    pub async fn follow_up_figures(&self, p: &Period) -> Result<FollowUpFigures> {
        follow_ups_from(self.cells(Rolled::FollowUps, two_years_back(p.from), two_years_back(p.to), false).await?)
    }

    /// [`Store::follow_up_figures`] from the records alone (no roll-ups).
    pub async fn follow_up_figures_live(&self, p: &Period) -> Result<FollowUpFigures> {
        follow_ups_from(self.cells(Rolled::FollowUps, two_years_back(p.from), two_years_back(p.to), true).await?)
    }

    /// People with a permit in `from..=to` by the permit's month: [people, invited,
    /// held follow-up] ("held" read from the person's row, kept with the outcome).
    async fn follow_up_cells(&self, from: &str, to: &str) -> Result<Cells> {
        let rows = sqlx::query(
            "SELECT substr(p.permit_issued_on, 1, 7) AS k, COUNT(*) AS n, \
               COUNT(CASE WHEN EXISTS (SELECT 1 FROM follow_up_invites i WHERE i.person_id = p.id) THEN 1 END) AS inv, \
               COUNT(CASE WHEN p.first_follow_up_at IS NOT NULL THEN 1 END) AS h \
             FROM people p \
             WHERE p.permit_issued_on >= $1 AND p.permit_issued_on <= $2 \
             GROUP BY substr(p.permit_issued_on, 1, 7)",
        )
        .bind(from.to_owned())
        .bind(to.to_owned())
        .fetch_all(&self.read)
        .await?;
        cells_of(&rows, "k", &["n", "inv", "h"])
    }
}

fn coaching_from(cells: Cells) -> Result<CoachingFigures> {
    let mut f = CoachingFigures::default();
    for (k, c) in cells {
        let parts: Vec<&str> = k.split('\u{1f}').collect();
        match parts[..] {
            ["s", kind, status] => {
                *f.by_kind_status.entry((kind.to_owned(), status.to_owned())).or_default() += count(c[0]);
            }
            ["l", language] => {
                *f.held_by_language.entry(language.to_owned()).or_default() += count(c[0]);
                f.held_with_interpreter += count(c[1]);
                f.held_with_childcare += count(c[2]);
            }
            _ => return Err(crate::StoreError::Corrupt(format!("coaching cell {k:?}"))),
        }
    }
    Ok(f)
}

fn follow_ups_from(cells: Cells) -> Result<FollowUpFigures> {
    let mut by_month = BTreeMap::new();
    for (k, c) in cells {
        // The month the two years were reached: the permit's month, two years on.
        let shifted = match k.split_once('-') {
            Some((y, m)) => format!("{:04}-{m}", y.parse::<i64>().unwrap_or(0) + 2),
            None => k,
        };
        by_month.insert(shifted, (count(c[0]), count(c[1]), count(c[2])));
    }
    Ok(FollowUpFigures { by_month })
}

impl Store {
    /// Module sessions on days of the period, not cancelled, grouped by topic, language,
    /// venue, day and childcare offer, with their registrations, check-ins, no-shows
    /// (confirmed registrations of held sessions without a check-in) and waiting lists.
    /// The per-session counts are correlated `COUNT`s over the registrations' and
    /// attendances' session indexes.
    pub async fn module_figures(&self, p: &Period) -> Result<ModuleFigures> {
        modules_from(self.cells(Rolled::Modules, p.from, p.to, false).await?)
    }

    /// [`Store::module_figures`] from the records alone (no roll-ups).
    pub async fn module_figures_live(&self, p: &Period) -> Result<ModuleFigures> {
        modules_from(self.cells(Rolled::Modules, p.from, p.to, true).await?)
    }

    /// Cells: topic, language, venue, day and childcare joined by U+001F → the ten
    /// counts of [`ModuleCounts`].
    async fn module_cells(&self, from: &str, to: &str) -> Result<Cells> {
        let rows = sqlx::query(
            "SELECT topic, language, venue, day, cc, COUNT(*) AS sessions, \
               COUNT(CASE WHEN status = 'held' THEN 1 END) AS held, \
               CAST(SUM(capacity) AS BIGINT) AS seats, \
               CAST(SUM(childcare_places) AS BIGINT) AS cc_places, \
               CAST(SUM(childcare_booked) AS BIGINT) AS children, \
               CAST(SUM(reg) AS BIGINT) AS registered, \
               CAST(SUM(CASE WHEN status = 'held' THEN reg ELSE 0 END) AS BIGINT) AS registered_held, \
               CAST(SUM(att) AS BIGINT) AS attended, \
               CAST(SUM(CASE WHEN status = 'held' THEN no_show ELSE 0 END) AS BIGINT) AS no_show, \
               CAST(SUM(waiting) AS BIGINT) AS waiting \
             FROM ( \
               SELECT t.slug AS topic, s.language AS language, v.name AS venue, s.starts_on AS day, \
                 CASE WHEN s.childcare_places > 0 THEN 1 ELSE 0 END AS cc, s.status AS status, \
                 s.capacity AS capacity, s.childcare_places AS childcare_places, \
                 s.childcare_booked AS childcare_booked, \
                 (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND r.status = 'confirmed') AS reg, \
                 (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND r.status = 'waiting') AS waiting, \
                 (SELECT COUNT(*) FROM attendances a WHERE a.session_id = s.id) AS att, \
                 (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND r.status = 'confirmed' \
                    AND NOT EXISTS (SELECT 1 FROM attendances a WHERE a.session_id = s.id \
                      AND (a.registration_id = r.id OR (r.person_id IS NOT NULL AND a.person_id = r.person_id)))) AS no_show \
               FROM sessions s JOIN topics t ON t.id = s.topic_id JOIN venues v ON v.id = s.venue_id \
               WHERE s.starts_on >= $1 AND s.starts_on <= $2 AND s.status <> 'cancelled') x \
             GROUP BY topic, language, venue, day, cc",
        )
        .bind(from.to_owned())
        .bind(to.to_owned())
        .fetch_all(&self.read)
        .await?;
        let mut out = Cells::new();
        for r in &rows {
            let key = [
                r.try_get::<String, _>("topic")?,
                r.try_get("language")?,
                r.try_get("venue")?,
                r.try_get("day")?,
                (r.try_get::<i64, _>("cc")? != 0).to_string(),
            ]
            .join("\u{1f}");
            let mut c = [0i64; 10];
            let names = [
                "sessions",
                "held",
                "seats",
                "registered",
                "registered_held",
                "attended",
                "no_show",
                "waiting",
                "cc_places",
                "children",
            ];
            for (slot, name) in c.iter_mut().zip(names) {
                *slot = r.try_get::<Option<i64>, _>(name)?.unwrap_or(0);
            }
            add_cell(&mut out, key, &c);
        }
        Ok(out)
    }
}

fn modules_from(cells: Cells) -> Result<ModuleFigures> {
    let mut f = ModuleFigures::default();
    for (k, c) in cells {
        let parts: Vec<&str> = k.split('\u{1f}').collect();
        let [topic, language, venue, day, cc] = parts[..] else {
            return Err(crate::StoreError::Corrupt(format!("module cell {k:?}")));
        };
        let key = ModuleKey {
            topic: topic.to_owned(),
            language: language.to_owned(),
            venue: venue.to_owned(),
            day: day.to_owned(),
            childcare: cc == "true",
        };
        let counts = ModuleCounts {
            sessions: count(c[0]),
            held: count(c[1]),
            seats: count(c[2]),
            registered: count(c[3]),
            registered_held: count(c[4]),
            attended: count(c[5]),
            no_show: count(c[6]),
            waiting: count(c[7]),
            childcare_places: count(c[8]),
            children: count(c[9]),
        };
        f.groups.insert(key, counts);
    }
    Ok(f)
}

impl Store {
    /// Vouchers issued in the period by month and what became of them on `today`; the
    /// value of the unredeemed parts of the open ones; and, of the people whose first
    /// start coaching was held in the period (by first language), those who enrolled in
    /// a language course paid with a voucher and those who completed one. Closed months
    /// from the roll-ups, the rest live.
    pub async fn voucher_figures(&self, p: &Period, today: jiff::civil::Date) -> Result<VoucherFigures> {
        self.voucher_figures_from(p, today, false).await
    }

    /// [`Store::voucher_figures`] from the records alone (no roll-ups).
    pub async fn voucher_figures_live(&self, p: &Period, today: jiff::civil::Date) -> Result<VoucherFigures> {
        self.voucher_figures_from(p, today, true).await
    }

    async fn voucher_figures_from(&self, p: &Period, today: jiff::civil::Date, live: bool) -> Result<VoucherFigures> {
        let (issued, courses) = tokio::try_join!(
            self.cells(Rolled::Vouchers, p.from, p.to, live),
            self.cells(Rolled::VoucherCourses, p.from, p.to, live)
        )?;
        vouchers_from(issued, courses, today)
    }

    /// Vouchers issued in `from..=to`, by month of issue, "has a redemption", "revoked"
    /// and expiry date (joined by U+001F) → [vouchers, value of the unredeemed parts if
    /// not revoked]. What a voucher is on a given day (redeemed, revoked, expired, open)
    /// and what is still outstanding then follow from the key, so cells rolled up on one
    /// day answer for any later day: only a redemption or a revocation changes a closed
    /// month's cells, and the nightly job recomputes them.
    async fn voucher_cells(&self, from: &str, to: &str) -> Result<Cells> {
        let redeemed = "CASE WHEN EXISTS (SELECT 1 FROM redemptions x WHERE x.voucher_id = v.id) THEN 1 ELSE 0 END";
        let issued_sql = format!(
            "SELECT m, r, x, e, COUNT(*) AS n FROM (SELECT substr(v.issued_on, 1, 7) AS m, {redeemed} AS r, \
               CASE WHEN v.revoked_at IS NOT NULL THEN 1 ELSE 0 END AS x, v.expires_on AS e FROM vouchers v \
             WHERE v.issued_on >= $1 AND v.issued_on <= $2) y GROUP BY m, r, x, e"
        );
        let issued = sqlx::query(sqlx::AssertSqlSafe(issued_sql))
            .bind(from.to_owned())
            .bind(to.to_owned())
            .fetch_all(&self.read);
        let unredeemed_sql = format!(
            "SELECT m, r, e, CAST(SUM(c) AS BIGINT) AS c FROM (SELECT substr(v.issued_on, 1, 7) AS m, {redeemed} AS r, \
               v.expires_on AS e, pt.value_cents AS c FROM vouchers v JOIN voucher_parts pt ON pt.voucher_id = v.id \
             WHERE v.issued_on >= $1 AND v.issued_on <= $2 AND v.revoked_at IS NULL \
               AND NOT EXISTS (SELECT 1 FROM redemptions x WHERE x.voucher_id = v.id AND x.part = pt.part)) y \
             GROUP BY m, r, e"
        );
        let unredeemed = sqlx::query(sqlx::AssertSqlSafe(unredeemed_sql))
            .bind(from.to_owned())
            .bind(to.to_owned())
            .fetch_all(&self.read);
        let (issued, unredeemed) = tokio::try_join!(issued, unredeemed)?;
        let mut out = Cells::new();
        for r in &issued {
            let key = format!(
                "{}\u{1f}{}\u{1f}{}\u{1f}{}",
                r.try_get::<String, _>("m")?,
                r.try_get::<i64, _>("r")?,
                r.try_get::<i64, _>("x")?,
                r.try_get::<String, _>("e")?
            );
            add_cell(&mut out, key, &[r.try_get::<i64, _>("n")?]);
        }
        for r in &unredeemed {
            let key = format!(
                "{}\u{1f}{}\u{1f}0\u{1f}{}",
                r.try_get::<String, _>("m")?,
                r.try_get::<i64, _>("r")?,
                r.try_get::<String, _>("e")?
            );
            add_cell(&mut out, key, &[0, r.try_get::<i64, _>("c")?]);
        }
        Ok(out)
    }

    /// People whose first start coaching was held in the period (UTC days), by first
    /// language → [people, started a language course, completed one], read from their
    /// row (`first_start_coaching_at`, kept with the outcome; `course_reached`, kept
    /// with the progress reports: 1 = started — any report means they were enrolled,
    /// dropping out later does not undo having started —, 2 = completed). A person
    /// counts once, in the month of their first start coaching, so months add up.
    async fn voucher_course_cells(&self, p: &Period) -> Result<Cells> {
        let rows = sqlx::query(
            "SELECT COALESCE(l.language, '') AS lang, COUNT(*) AS n, \
               COUNT(CASE WHEN p.course_reached >= 1 THEN 1 END) AS s, \
               COUNT(CASE WHEN p.course_reached = 2 THEN 1 END) AS d \
             FROM people p LEFT JOIN person_languages l ON l.person_id = p.id AND l.rank = 0 \
             WHERE p.first_start_coaching_at >= $1 AND p.first_start_coaching_at < $2 \
             GROUP BY COALESCE(l.language, '')",
        )
        .bind(p.from_text())
        .bind(p.end_exclusive_text())
        .fetch_all(&self.read)
        .await?;
        cells_of(&rows, "lang", &["n", "s", "d"])
    }

    /// Desk and hotline contacts recorded in the period (UTC days), grouped by channel,
    /// language, interpreting, booked appointment and topics. Closed months from the
    /// roll-ups, the rest live.
    pub async fn desk_figures(&self, p: &Period) -> Result<DeskFigures> {
        desk_from(self.cells(Rolled::Desk, p.from, p.to, false).await?)
    }

    /// [`Store::desk_figures`] from the records alone (no roll-ups).
    pub async fn desk_figures_live(&self, p: &Period) -> Result<DeskFigures> {
        desk_from(self.cells(Rolled::Desk, p.from, p.to, true).await?)
    }

    /// Cells: channel, language, interpreter 0/1, booked 0/1, topics (joined by
    /// U+001F) → [contacts].
    async fn desk_cells(&self, p: &Period) -> Result<Cells> {
        let rows = sqlx::query(
            "SELECT channel, language, CASE WHEN interpreter <> 'none' THEN 1 ELSE 0 END AS i, \
               CASE WHEN appointment_booked <> 0 THEN 1 ELSE 0 END AS b, topics, COUNT(*) AS n \
             FROM desk_contacts WHERE created_at >= $1 AND created_at < $2 \
             GROUP BY channel, language, CASE WHEN interpreter <> 'none' THEN 1 ELSE 0 END, \
               CASE WHEN appointment_booked <> 0 THEN 1 ELSE 0 END, topics",
        )
        .bind(p.from_text())
        .bind(p.end_exclusive_text())
        .fetch_all(&self.read)
        .await?;
        let mut out = Cells::new();
        for r in &rows {
            let key = [
                r.try_get::<String, _>("channel")?,
                r.try_get("language")?,
                r.try_get::<i64, _>("i")?.to_string(),
                r.try_get::<i64, _>("b")?.to_string(),
                r.try_get("topics")?,
            ]
            .join("\u{1f}");
            add_cell(&mut out, key, &[r.try_get::<i64, _>("n")?]);
        }
        Ok(out)
    }

    /// Survey answers about sessions on days of the period, grouped by the session's
    /// topic, the answer's language and the answers; and the missing topics written.
    pub async fn satisfaction_figures(&self, p: &Period) -> Result<SatisfactionFigures> {
        satisfaction_from(self.cells(Rolled::Satisfaction, p.from, p.to, false).await?)
    }

    /// [`Store::satisfaction_figures`] from the records alone (no roll-ups).
    pub async fn satisfaction_figures_live(&self, p: &Period) -> Result<SatisfactionFigures> {
        satisfaction_from(self.cells(Rolled::Satisfaction, p.from, p.to, true).await?)
    }

    /// Cells: `g` + topic, language, satisfied, helped, recommend (joined by U+001F) →
    /// [answers]; `m` + a missing topic → [answers].
    async fn satisfaction_cells(&self, from: &str, to: &str) -> Result<Cells> {
        let groups = sqlx::query(
            "SELECT t.slug AS topic, a.language AS language, a.satisfied AS sat, a.helped AS helped, \
               a.recommend AS rec, COUNT(*) AS n \
             FROM survey_answers a JOIN sessions s ON s.id = a.session_id JOIN topics t ON t.id = s.topic_id \
             WHERE s.starts_on >= $1 AND s.starts_on <= $2 \
             GROUP BY t.slug, a.language, a.satisfied, a.helped, a.recommend",
        )
        .bind(from.to_owned())
        .bind(to.to_owned())
        .fetch_all(&self.read);
        let missing = sqlx::query(
            "SELECT a.missing_topic AS k, COUNT(*) AS n \
             FROM survey_answers a JOIN sessions s ON s.id = a.session_id \
             WHERE s.starts_on >= $1 AND s.starts_on <= $2 AND a.missing_topic IS NOT NULL \
             GROUP BY a.missing_topic",
        )
        .bind(from.to_owned())
        .bind(to.to_owned())
        .fetch_all(&self.read);
        let (groups, missing) = tokio::try_join!(groups, missing)?;
        let mut out = Cells::new();
        for r in &groups {
            let key = [
                "g".to_owned(),
                r.try_get::<String, _>("topic")?,
                r.try_get("language")?,
                r.try_get::<i64, _>("sat")?.to_string(),
                r.try_get::<i64, _>("helped")?.to_string(),
                r.try_get::<i64, _>("rec")?.to_string(),
            ]
            .join("\u{1f}");
            add_cell(&mut out, key, &[r.try_get::<i64, _>("n")?]);
        }
        for r in &missing {
            add_cell(&mut out, format!("m\u{1f}{}", r.try_get::<String, _>("k")?), &[r.try_get::<i64, _>("n")?]);
        }
        Ok(out)
    }
}

fn vouchers_from(issued: Cells, courses: Cells, today: jiff::civil::Date) -> Result<VoucherFigures> {
    let today = today.to_string();
    let mut f = VoucherFigures::default();
    for (k, c) in issued {
        let parts: Vec<&str> = k.split('\u{1f}').collect();
        let [month, redeemed, revoked, expires] = parts[..] else {
            return Err(crate::StoreError::Corrupt(format!("voucher cell {k:?}")));
        };
        let e = f.by_month.entry(month.to_owned()).or_default();
        let valid = expires >= today.as_str();
        match (redeemed, revoked) {
            ("1", _) => e.redeemed += count(c[0]),
            (_, "1") => e.revoked += count(c[0]),
            _ if valid => e.open += count(c[0]),
            _ => e.expired += count(c[0]),
        }
        if revoked == "0" && valid {
            f.outstanding_cents += count(c[1]);
        }
    }
    for (lang, c) in courses {
        f.courses_by_language
            .insert(lang, CourseCounts { coached: count(c[0]), started: count(c[1]), completed: count(c[2]) });
    }
    Ok(f)
}

fn desk_from(cells: Cells) -> Result<DeskFigures> {
    let mut f = DeskFigures::default();
    for (k, c) in cells {
        let parts: Vec<&str> = k.split('\u{1f}').collect();
        let [channel, language, i, b, topics] = parts[..] else {
            return Err(crate::StoreError::Corrupt(format!("desk cell {k:?}")));
        };
        let key = DeskKey {
            channel: channel.to_owned(),
            language: language.to_owned(),
            interpreter: i != "0",
            appointment_booked: b != "0",
            topics: topics.to_owned(),
        };
        *f.groups.entry(key).or_default() += count(c[0]);
    }
    Ok(f)
}

fn satisfaction_from(cells: Cells) -> Result<SatisfactionFigures> {
    let mut f = SatisfactionFigures::default();
    for (k, c) in cells {
        let parts: Vec<&str> = k.split('\u{1f}').collect();
        match parts[..] {
            ["g", topic, language, sat, helped, rec] => {
                let num =
                    |v: &str| v.parse::<i64>().map_err(|_| crate::StoreError::Corrupt(format!("survey cell {k:?}")));
                let key = SurveyKey {
                    topic: topic.to_owned(),
                    language: language.to_owned(),
                    satisfied: num(sat)?.clamp(0, 5) as u8,
                    helped: num(helped)? != 0,
                    recommend: num(rec)? != 0,
                };
                *f.groups.entry(key).or_default() += count(c[0]);
            }
            ["m", topic] => {
                *f.missing.entry(topic.to_owned()).or_default() += count(c[0]);
            }
            _ => return Err(crate::StoreError::Corrupt(format!("survey cell {k:?}"))),
        }
    }
    Ok(f)
}
