-- The voucher report at the size of a city (issue 9: every report of the dashboard
-- under 1 s on 1,000,000 people). "Share of the people coached who started a language
-- course, and who completed one" probed, for each person coached in the period, their
-- vouchers, redemptions and course progress reports (three indexes per person; 3 s for
-- the 76,000 people coached in a year of the generated city). The furthest a person
-- got is kept on their row instead, by the vouchers area in the same transaction as
-- the progress report (Store::report_progress) and on a merge of two records:
--   0 = no course progress reported, 1 = started (enrolled or dropped), 2 = completed.
-- Progress reports are never changed or removed, so the value only grows.
ALTER TABLE people ADD COLUMN course_reached BIGINT NOT NULL DEFAULT 0
    CHECK (course_reached IN (0, 1, 2));
UPDATE people SET course_reached = (
    SELECT MAX(CASE WHEN cp.status = 'completed' THEN 2 ELSE 1 END)
    FROM vouchers v JOIN redemptions x ON x.voucher_id = v.id
    JOIN course_progress cp ON cp.redemption_id = x.id
    WHERE v.person_id = people.id)
WHERE id IN (SELECT v.person_id FROM vouchers v JOIN redemptions x ON x.voucher_id = v.id
    JOIN course_progress cp ON cp.redemption_id = x.id WHERE v.person_id IS NOT NULL);
