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
use welcomedesk_domain::reports::{
    CoachingFigures, CourseCounts, Delay, DeskFigures, DeskKey, FollowUpFigures, ModuleCounts, ModuleFigures,
    ModuleKey, Period, SatisfactionFigures, SurveyKey, UptakeCounts, UptakeFigures, VoucherFigures,
};

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

fn n(r: &AnyRow, c: &str) -> Result<u64> {
    Ok(r.try_get::<i64, _>(c)?.max(0) as u64)
}

impl Store {
    /// Module sessions on days of the period, not cancelled, grouped by topic, language,
    /// venue, day and childcare offer, with their registrations, check-ins, no-shows
    /// (confirmed registrations of held sessions without a check-in) and waiting lists.
    /// The per-session counts are correlated `COUNT`s over the registrations' and
    /// attendances' session indexes.
    pub async fn module_figures(&self, p: &Period) -> Result<ModuleFigures> {
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
        .bind(p.from_text())
        .bind(p.to_text())
        .fetch_all(&self.read)
        .await?;
        let mut f = ModuleFigures::default();
        for r in &rows {
            let key = ModuleKey {
                topic: r.try_get("topic")?,
                language: r.try_get("language")?,
                venue: r.try_get("venue")?,
                day: r.try_get("day")?,
                childcare: r.try_get::<i64, _>("cc")? != 0,
            };
            let c = ModuleCounts {
                sessions: n(r, "sessions")?,
                held: n(r, "held")?,
                seats: n(r, "seats")?,
                registered: n(r, "registered")?,
                registered_held: n(r, "registered_held")?,
                attended: n(r, "attended")?,
                no_show: n(r, "no_show")?,
                waiting: n(r, "waiting")?,
                childcare_places: n(r, "cc_places")?,
                children: n(r, "children")?,
            };
            f.groups.insert(key, c);
        }
        Ok(f)
    }

    /// Vouchers issued in the period by month and what became of them on `today`; the
    /// value of the unredeemed parts of the open ones; and, of the people with a held
    /// start coaching in the period (by first language), those who enrolled in a
    /// language course paid with a voucher and those who completed one.
    pub async fn voucher_figures(&self, p: &Period, today: jiff::civil::Date) -> Result<VoucherFigures> {
        let today = today.to_string();
        let state = "CASE WHEN EXISTS (SELECT 1 FROM redemptions x WHERE x.voucher_id = v.id) THEN 'redeemed' \
               WHEN v.revoked_at IS NOT NULL THEN 'revoked' WHEN v.expires_on < $3 THEN 'expired' ELSE 'open' END";
        let by_month_sql = format!(
            "SELECT m, st, COUNT(*) AS n FROM (SELECT substr(v.issued_on, 1, 7) AS m, {state} AS st FROM vouchers v \
             WHERE v.issued_on >= $1 AND v.issued_on <= $2) x GROUP BY m, st"
        );
        let by_month = sqlx::query(sqlx::AssertSqlSafe(by_month_sql))
            .bind(p.from_text())
            .bind(p.to_text())
            .bind(today.clone())
            .fetch_all(&self.read);
        let outstanding = sqlx::query(
            "SELECT CAST(COALESCE(SUM(pt.value_cents), 0) AS BIGINT) AS c FROM vouchers v \
             JOIN voucher_parts pt ON pt.voucher_id = v.id \
             WHERE v.issued_on >= $1 AND v.issued_on <= $2 AND v.revoked_at IS NULL AND v.expires_on >= $3 \
               AND NOT EXISTS (SELECT 1 FROM redemptions x WHERE x.voucher_id = v.id AND x.part = pt.part)",
        )
        .bind(p.from_text())
        .bind(p.to_text())
        .bind(today)
        .fetch_one(&self.read);
        let progressed = |statuses: &str| {
            format!(
                "EXISTS (SELECT 1 FROM vouchers v JOIN redemptions x ON x.voucher_id = v.id \
                   JOIN course_progress cp ON cp.redemption_id = x.id \
                   WHERE v.person_id = c.person_id AND cp.status IN ({statuses}))"
            )
        };
        let courses_sql = format!(
            "SELECT lang, COUNT(*) AS n, COUNT(CASE WHEN started = 1 THEN 1 END) AS s, \
               COUNT(CASE WHEN completed = 1 THEN 1 END) AS d FROM ( \
               SELECT c.person_id, COALESCE(l.language, '') AS lang, \
                 CASE WHEN {started} THEN 1 ELSE 0 END AS started, \
                 CASE WHEN {completed} THEN 1 ELSE 0 END AS completed \
               FROM (SELECT DISTINCT person_id FROM appointments \
                     WHERE kind = 'start' AND status = 'held' AND starts_at >= $1 AND starts_at < $2 \
                       AND person_id IS NOT NULL) c \
               LEFT JOIN person_languages l ON l.person_id = c.person_id AND l.rank = 0) x \
             GROUP BY lang",
            // Any report of progress means the person was enrolled (dropping out later
            // does not undo having started).
            started = progressed("'enrolled', 'completed', 'dropped'"),
            completed = progressed("'completed'"),
        );
        let courses = sqlx::query(sqlx::AssertSqlSafe(courses_sql))
            .bind(p.from_text())
            .bind(p.end_exclusive_text())
            .fetch_all(&self.read);
        let (by_month, outstanding, courses) = tokio::try_join!(by_month, outstanding, courses)?;
        let mut f = VoucherFigures { outstanding_cents: n(&outstanding, "c")?, ..Default::default() };
        for r in &by_month {
            let e = f.by_month.entry(r.try_get("m")?).or_default();
            let v = n(r, "n")?;
            match r.try_get::<String, _>("st")?.as_str() {
                "redeemed" => e.redeemed += v,
                "revoked" => e.revoked += v,
                "expired" => e.expired += v,
                _ => e.open += v,
            }
        }
        for r in &courses {
            f.courses_by_language.insert(
                r.try_get("lang")?,
                CourseCounts { coached: n(r, "n")?, started: n(r, "s")?, completed: n(r, "d")? },
            );
        }
        Ok(f)
    }

    /// Desk and hotline contacts recorded in the period (UTC days), grouped by channel,
    /// language, interpreting, booked appointment and topics.
    pub async fn desk_figures(&self, p: &Period) -> Result<DeskFigures> {
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
        let mut f = DeskFigures::default();
        for r in &rows {
            let key = DeskKey {
                channel: r.try_get("channel")?,
                language: r.try_get("language")?,
                interpreter: r.try_get::<i64, _>("i")? != 0,
                appointment_booked: r.try_get::<i64, _>("b")? != 0,
                topics: r.try_get("topics")?,
            };
            *f.groups.entry(key).or_default() += n(r, "n")?;
        }
        Ok(f)
    }

    /// Survey answers about sessions on days of the period, grouped by the session's
    /// topic, the answer's language and the answers; and the missing topics written.
    pub async fn satisfaction_figures(&self, p: &Period) -> Result<SatisfactionFigures> {
        let groups = sqlx::query(
            "SELECT t.slug AS topic, a.language AS language, a.satisfied AS sat, a.helped AS helped, \
               a.recommend AS rec, COUNT(*) AS n \
             FROM survey_answers a JOIN sessions s ON s.id = a.session_id JOIN topics t ON t.id = s.topic_id \
             WHERE s.starts_on >= $1 AND s.starts_on <= $2 \
             GROUP BY t.slug, a.language, a.satisfied, a.helped, a.recommend",
        )
        .bind(p.from_text())
        .bind(p.to_text())
        .fetch_all(&self.read);
        let missing = sqlx::query(
            "SELECT a.missing_topic AS k, COUNT(*) AS n \
             FROM survey_answers a JOIN sessions s ON s.id = a.session_id \
             WHERE s.starts_on >= $1 AND s.starts_on <= $2 AND a.missing_topic IS NOT NULL \
             GROUP BY a.missing_topic",
        )
        .bind(p.from_text())
        .bind(p.to_text())
        .fetch_all(&self.read);
        let (groups, missing) = tokio::try_join!(groups, missing)?;
        let mut f = SatisfactionFigures::default();
        for r in &groups {
            let key = SurveyKey {
                topic: r.try_get("topic")?,
                language: r.try_get("language")?,
                satisfied: r.try_get::<i64, _>("sat")?.clamp(0, 5) as u8,
                helped: r.try_get::<i64, _>("helped")? != 0,
                recommend: r.try_get::<i64, _>("rec")? != 0,
            };
            *f.groups.entry(key).or_default() += n(r, "n")?;
        }
        for r in &missing {
            *f.missing.entry(r.try_get("k")?).or_default() += n(r, "n")?;
        }
        Ok(f)
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
