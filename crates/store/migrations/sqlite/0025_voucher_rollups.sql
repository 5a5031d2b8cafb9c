-- The voucher report rolled up by month like the others (issue 9: every report of the
-- dashboard under 1 s on 1,000,000 people). Its second table counts each person once,
-- in the month of their first held start coaching (`people.first_start_coaching_at`,
-- migration 0018), with how far they got with a language course
-- (`people.course_reached`, migration 0024). This index answers the live part (the
-- current month) and the roll-up job's months without reading the register.
CREATE INDEX people_first_start ON people(first_start_coaching_at, course_reached, id)
    WHERE first_start_coaching_at IS NOT NULL;
