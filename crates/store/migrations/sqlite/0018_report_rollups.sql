-- Reports over a city-sized register (issue 9: the dashboard under 1 s on 1,000,000
-- people and 10,000,000 attendances).
--
-- 1. The day of a person's first held start coaching and first held follow-up, kept by
--    the coaching area in the same transaction as the outcome (Store::record_outcome),
--    so "had a start coaching" and "days from permit to coaching" are read from the
--    person's row (and the covering index below) instead of probing the appointments
--    once per person.
ALTER TABLE people ADD COLUMN first_start_coaching_at TEXT;
ALTER TABLE people ADD COLUMN first_follow_up_at TEXT;
UPDATE people SET
    first_start_coaching_at = (SELECT MIN(a.starts_at) FROM appointments a
        WHERE a.person_id = people.id AND a.kind = 'start' AND a.status = 'held'),
    first_follow_up_at = (SELECT MIN(a.starts_at) FROM appointments a
        WHERE a.person_id = people.id AND a.kind = 'follow_up' AND a.status = 'held')
WHERE id IN (SELECT person_id FROM appointments WHERE status = 'held' AND person_id IS NOT NULL);
DROP INDEX people_permit_report;
CREATE INDEX people_permit_report ON people(permit_issued_on, eu_citizen, birth_year, district,
    first_start_coaching_at, first_follow_up_at, id);

-- 2. Monthly roll-ups: the additive cells of a report (a key and up to ten counts) for
--    one month of its date axis, written by the roll-up job (Store::refresh_report_months)
--    for the months before the current one. A report over a period sums the cells of
--    the rolled-up months and computes the rest (partial and current months) live.
CREATE TABLE report_months (
    report        TEXT NOT NULL,
    month         TEXT NOT NULL,
    refreshed_at  TEXT NOT NULL,
    PRIMARY KEY (report, month)
);
CREATE TABLE report_cells (
    report  TEXT NOT NULL,
    month   TEXT NOT NULL,
    k       TEXT NOT NULL,
    c0      BIGINT NOT NULL DEFAULT 0,
    c1      BIGINT NOT NULL DEFAULT 0,
    c2      BIGINT NOT NULL DEFAULT 0,
    c3      BIGINT NOT NULL DEFAULT 0,
    c4      BIGINT NOT NULL DEFAULT 0,
    c5      BIGINT NOT NULL DEFAULT 0,
    c6      BIGINT NOT NULL DEFAULT 0,
    c7      BIGINT NOT NULL DEFAULT 0,
    c8      BIGINT NOT NULL DEFAULT 0,
    c9      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (report, month, k)
);
