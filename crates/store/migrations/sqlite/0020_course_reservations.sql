-- Seat reservations with the provider (issue 12, "where the provider allows it").
--
-- courses.reservations_allowed: the provider's per-course flag (portal, upsertCourse).
-- A reservation takes a seat at once: the store decrements courses.seats_left with a
-- conditional UPDATE (... WHERE seats_left > 0) in the reservation's transaction, and the
-- CHECK (seats_left >= 0) from 0011 is the last guard, so open reservations plus
-- enrolments never exceed the seats the provider offered, whatever runs concurrently.
-- A declined or cancelled reservation gives its seat back. A reservation needs a known
-- number of seats (the domain refuses the flag without one).
-- Personal: which person asked for which course; erased with the person (the open
-- ones give their seat back first).
ALTER TABLE courses ADD COLUMN reservations_allowed BIGINT NOT NULL DEFAULT 0
    CHECK (reservations_allowed IN (0,1));
CREATE TABLE course_reservations (
    id            TEXT PRIMARY KEY,
    course_id     TEXT NOT NULL REFERENCES courses(id),
    person_id     TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    status        TEXT NOT NULL CHECK (status IN ('requested','confirmed','declined','cancelled')),
    requested_by  TEXT,
    requested_at  TEXT NOT NULL,
    answered_by   TEXT,
    answered_at   TEXT
);
-- One open reservation per person and course.
CREATE UNIQUE INDEX course_reservations_open ON course_reservations(course_id, person_id)
    WHERE status IN ('requested','confirmed');
CREATE INDEX course_reservations_person ON course_reservations(person_id);
