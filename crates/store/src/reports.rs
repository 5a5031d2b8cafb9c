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
use sqlx::any::AnyRow;
use std::collections::BTreeMap;
use welcomedesk_domain::reports::{CoachingFigures, Delay, FollowUpFigures, Period, UptakeCounts, UptakeFigures};

fn counts(r: &AnyRow) -> Result<UptakeCounts> {
    Ok(UptakeCounts {
        permits: r.try_get::<i64, _>("n")?.max(0) as u64,
        coached: r.try_get::<i64, _>("c")?.max(0) as u64,
    })
}

impl Store {
    /// People whose first permit was issued in the period, and those of them who had a
    /// start coaching, by month, first language, EU or not, birth year and district;
    /// and the days from permit to the first held start coaching.
    pub async fn uptake_figures(&self, p: &Period) -> Result<UptakeFigures> {
        let days = match self.backend() {
            Backend::Sqlite => {
                "CAST(julianday(substr(MIN(a.starts_at), 1, 10)) - julianday(p.permit_issued_on) AS BIGINT)"
            }
            Backend::Postgres => {
                "CAST(CAST(substr(MIN(a.starts_at), 1, 10) AS DATE) - CAST(p.permit_issued_on AS DATE) AS BIGINT)"
            }
        };
        let delay_sql = format!(
            "SELECT CAST(CASE WHEN d <= 14 THEN 0 WHEN d <= 30 THEN 1 WHEN d <= 90 THEN 2 ELSE 3 END AS BIGINT) AS b, \
               COUNT(*) AS n FROM ( \
               SELECT {days} AS d FROM people p JOIN appointments a ON a.person_id = p.id \
                 AND a.kind = 'start' AND a.status = 'held' \
               WHERE p.permit_issued_on >= $1 AND p.permit_issued_on <= $2 \
               GROUP BY p.id, p.permit_issued_on) x \
             GROUP BY CASE WHEN d <= 14 THEN 0 WHEN d <= 30 THEN 1 WHEN d <= 90 THEN 2 ELSE 3 END"
        );
        let delays = async {
            Ok::<_, crate::StoreError>(
                sqlx::query(sqlx::AssertSqlSafe(delay_sql))
                    .bind(p.from_text())
                    .bind(p.to_text())
                    .fetch_all(&self.read)
                    .await?,
            )
        };
        // One pass over the period's people: "had a start coaching" is looked up once per
        // person (in the CTE), then grouped by each breakdown (UNION ALL), keys as text.
        let base = "WITH base AS MATERIALIZED ( \
              SELECT substr(p.permit_issued_on, 1, 7) AS m, COALESCE(l.language, '') AS lang, \
                CAST(p.eu_citizen AS TEXT) AS eu, CAST(p.birth_year AS TEXT) AS born, \
                COALESCE(p.district, '') AS district, \
                CASE WHEN EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = p.id \
                  AND a.kind = 'start' AND a.status = 'held') THEN 1 ELSE 0 END AS c \
              FROM people p LEFT JOIN person_languages l ON l.person_id = p.id AND l.rank = 0 \
              WHERE p.permit_issued_on >= $1 AND p.permit_issued_on <= $2) ";
        let groups: Vec<String> = ["m", "lang", "eu", "born", "district"]
            .iter()
            .map(|k| {
                format!(
                    "SELECT '{k}' AS dim, {k} AS k, COUNT(*) AS n, COUNT(CASE WHEN c = 1 THEN 1 END) AS c \
                     FROM base GROUP BY {k}"
                )
            })
            .collect();
        let sql = format!("{base}{}", groups.join(" UNION ALL "));
        let grouped = async {
            Ok::<_, crate::StoreError>(
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(p.from_text())
                    .bind(p.to_text())
                    .fetch_all(&self.read)
                    .await?,
            )
        };
        let (rows, delays) = tokio::try_join!(grouped, delays)?;
        let mut f = UptakeFigures::default();
        for r in &rows {
            let dim: String = r.try_get("dim")?;
            let k: String = r.try_get("k")?;
            let c = counts(r)?;
            match dim.as_str() {
                "m" => {
                    f.by_month.insert(k, c);
                }
                "lang" => {
                    f.by_language.insert(k, c);
                }
                "eu" => {
                    f.by_eu.insert(k.trim() != "0", c);
                }
                "born" => {
                    let y =
                        k.trim().parse::<i64>().map_err(|_| crate::StoreError::Corrupt(format!("birth year {k:?}")))?;
                    f.by_birth_year.insert(y, c);
                }
                _ => {
                    f.by_district.insert(k, c);
                }
            }
        }
        for r in &delays {
            let b = Delay::ALL.get(r.try_get::<i64, _>("b")?.clamp(0, 3) as usize).copied().unwrap_or(Delay::Later);
            *f.delays.entry(b).or_default() += r.try_get::<i64, _>("n")?.max(0) as u64;
        }
        Ok(f)
    }

    /// Appointments starting in the period (UTC days), by kind and status; held ones by
    /// language, with interpreting and childcare.
    pub async fn coaching_figures(&self, p: &Period) -> Result<CoachingFigures> {
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
        let mut f = CoachingFigures::default();
        for r in &by_kind {
            f.by_kind_status
                .insert((r.try_get("kind")?, r.try_get("status")?), r.try_get::<i64, _>("n")?.max(0) as u64);
        }
        for r in &by_lang {
            f.held_by_language.insert(r.try_get("k")?, r.try_get::<i64, _>("n")?.max(0) as u64);
            f.held_with_interpreter += r.try_get::<i64, _>("i")?.max(0) as u64;
            f.held_with_childcare += r.try_get::<i64, _>("c")?.max(0) as u64;
        }
        Ok(f)
    }

    /// People who reached two years since their permit in the period: by that month,
    /// how many were invited to the follow-up coaching and how many had it (held).
    pub async fn follow_up_figures(&self, p: &Period) -> Result<FollowUpFigures> {
        let back = |d: jiff::civil::Date| {
            d.checked_sub(jiff::Span::new().years(2)).map(|d| d.to_string()).unwrap_or_else(|_| d.to_string())
        };
        let rows = sqlx::query(
            "SELECT substr(p.permit_issued_on, 1, 7) AS k, COUNT(*) AS n, \
               COUNT(CASE WHEN EXISTS (SELECT 1 FROM follow_up_invites i WHERE i.person_id = p.id) THEN 1 END) AS inv, \
               COUNT(CASE WHEN EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = p.id \
                 AND a.kind = 'follow_up' AND a.status = 'held') THEN 1 END) AS h \
             FROM people p \
             WHERE p.permit_issued_on >= $1 AND p.permit_issued_on <= $2 \
             GROUP BY substr(p.permit_issued_on, 1, 7)",
        )
        .bind(back(p.from))
        .bind(back(p.to))
        .fetch_all(&self.read)
        .await?;
        let mut by_month = BTreeMap::new();
        for r in &rows {
            let k: String = r.try_get("k")?;
            // The month the two years were reached: the permit's month, two years on.
            let shifted = match k.split_once('-') {
                Some((y, m)) => format!("{:04}-{m}", y.parse::<i64>().unwrap_or(0) + 2),
                None => k,
            };
            let g = |c: &str| r.try_get::<i64, _>(c).map(|v| v.max(0) as u64);
            by_month.insert(shifted, (g("n")?, g("inv")?, g("h")?));
        }
        Ok(FollowUpFigures { by_month })
    }
}

impl Store {
    /// Benchmark only: adds `count` generated people (numbers `from..from + count`) with
    /// what the reports group by — permits spread over 2016–2025, first language,
    /// citizenship, birth year, district — a held start coaching for about 60 % (0–119
    /// days after the permit, a few no-shows), and for people past two years an
    /// invitation (30 %) and a held follow-up coaching (15 %). Set-based SQL, one
    /// transaction per call; no audit entries (generated data is nobody's record).
    /// Not for real data: `welcomedesk-bench reports` calls it on a scratch database.
    pub async fn generate_report_city(
        &self,
        from: i64,
        count: i64,
        counsellor: uuid::Uuid,
        place: uuid::Uuid,
    ) -> Result<()> {
        // h(n, k): a pseudo-random number of person n for purpose k (Knuth's multiplier).
        let h = |k: i64| format!("(((n + {k}) * 2654435761) % 4294967296)");
        let (seq, id, permit, day_after, reached) = match self.backend() {
            Backend::Sqlite => (
                "WITH RECURSIVE seq(n) AS (SELECT $1 UNION ALL SELECT n + 1 FROM seq WHERE n < $2) ".to_owned(),
                "printf('%08x-%04x-7000-8000-%012x', 0, {part}, n)".to_owned(),
                format!("date('2016-01-01', '+' || ({} % 3650) || ' days')", h(1)),
                format!(
                    "date('2016-01-01', '+' || ({} % 3650 + {} % 120) || ' days') || 'T10:00:00.000000Z'",
                    h(1),
                    h(2)
                ),
                format!("date('2016-01-01', '+' || ({} % 3650) || ' days') <= '2024-11-25'", h(1)),
            ),
            Backend::Postgres => (
                "WITH seq(n) AS (SELECT generate_series($1::bigint, $2::bigint)) ".to_owned(),
                "'00000000-' || lpad(to_hex({part}), 4, '0') || '-7000-8000-' || lpad(to_hex(n), 12, '0')".to_owned(),
                format!("to_char(DATE '2016-01-01' + CAST({} % 3650 AS INTEGER), 'YYYY-MM-DD')", h(1)),
                format!(
                    "to_char(DATE '2016-01-01' + CAST({} % 3650 + {} % 120 AS INTEGER), 'YYYY-MM-DD') || 'T10:00:00.000000Z'",
                    h(1),
                    h(2)
                ),
                format!("DATE '2016-01-01' + CAST({} % 3650 AS INTEGER) <= DATE '2024-11-25'", h(1)),
            ),
        };
        let pid = id.replace("{part}", "0");
        let now = crate::time::now();
        let last = from + count - 1;
        let mut tx = self.begin().await?;
        let people = format!(
            "{seq}INSERT INTO people (id, full_name, birth_year, citizenship, eu_citizen, district, permit_issued_on, \
               document_language, source, created_at, updated_at, last_contact_at) \
             SELECT {pid}, 'Generated ' || n, 1950 + {by} % 58, \
               CASE WHEN {eu} % 10 = 0 THEN 'DE' ELSE 'SY' END, CASE WHEN {eu} % 10 = 0 THEN 1 ELSE 0 END, \
               'District ' || ({d} % 20), {permit}, 'ar', 'import', $3, $3, $3 FROM seq",
            by = h(3),
            eu = h(4),
            d = h(5),
        );
        sqlx::query(sqlx::AssertSqlSafe(people)).bind(from).bind(last).bind(now.clone()).execute(&mut *tx).await?;
        let langs = format!(
            "{seq}INSERT INTO person_languages (person_id, rank, language) \
             SELECT {pid}, 0, CASE {l} % 12 WHEN 0 THEN 'ar' WHEN 1 THEN 'ar' WHEN 2 THEN 'ar' WHEN 3 THEN 'uk' \
               WHEN 4 THEN 'uk' WHEN 5 THEN 'fa' WHEN 6 THEN 'ti' WHEN 7 THEN 'so' WHEN 8 THEN 'tr' WHEN 9 THEN 'ru' \
               WHEN 10 THEN 'es' ELSE 'fr' END FROM seq",
            l = h(6),
        );
        sqlx::query(sqlx::AssertSqlSafe(langs)).bind(from).bind(last).execute(&mut *tx).await?;
        let start = format!(
            "{seq}INSERT INTO appointments (id, reference, person_id, counsellor_id, place_id, kind, starts_at, ends_at, \
               status, language, booked_via, created_at, updated_at) \
             SELECT {aid}, 'GS' || n, {pid}, $3, $4, 'start', {day_after}, {day_end}, \
               CASE WHEN {ns} % 20 = 0 THEN 'no_show' ELSE 'held' END, 'ar', 'staff', $5, $5 \
             FROM seq WHERE {c} % 100 < 60",
            aid = id.replace("{part}", "1"),
            day_end = day_after.replace("T10:00", "T11:00"),
            ns = h(7),
            c = h(8),
        );
        sqlx::query(sqlx::AssertSqlSafe(start))
            .bind(from)
            .bind(last)
            .bind(counsellor.to_string())
            .bind(place.to_string())
            .bind(now.clone())
            .execute(&mut *tx)
            .await?;
        // The follow-up is due two years after the permit (one invitation per period).
        let due = match self.backend() {
            Backend::Sqlite => format!("date({permit}, '+2 years')"),
            Backend::Postgres => format!("to_char(CAST({permit} AS DATE) + INTERVAL '2 years', 'YYYY-MM-DD')"),
        };
        let invited = format!(
            "{seq}INSERT INTO follow_up_invites (person_id, due_on, invited_at, channel) \
             SELECT {pid}, {due}, $3, 'letter' FROM seq WHERE {reached} AND {i} % 100 < 30",
            i = h(9),
        );
        sqlx::query(sqlx::AssertSqlSafe(invited)).bind(from).bind(last).bind(now.clone()).execute(&mut *tx).await?;
        let follow = format!(
            "{seq}INSERT INTO appointments (id, reference, person_id, counsellor_id, place_id, kind, starts_at, ends_at, \
               status, language, booked_via, created_at, updated_at) \
             SELECT {aid}, 'GF' || n, {pid}, $3, $4, 'follow_up', '2026-01-10T10:00:00.000000Z', \
               '2026-01-10T11:00:00.000000Z', 'held', 'ar', 'staff', $5, $5 \
             FROM seq WHERE {reached} AND {i} % 100 < 15",
            aid = id.replace("{part}", "2"),
            i = h(9),
        );
        sqlx::query(sqlx::AssertSqlSafe(follow))
            .bind(from)
            .bind(last)
            .bind(counsellor.to_string())
            .bind(place.to_string())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
