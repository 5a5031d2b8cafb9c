-- Individual coaching (R1, R3, R5): places, counsellors with their languages, kinds and
-- working hours, absences, appointment kinds with their durations, appointments.
-- Appointment times are UTC text like every other time (the web layer converts from and
-- to the city's time zone). No double booking: every appointment reserves one row per
-- 15-minute unit for its counsellor and for its person, under unique keys, in the same
-- transaction; a second overlapping booking fails on the key, whatever the concurrency.

CREATE TABLE places (
    id                TEXT PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    address           TEXT NOT NULL,
    transit           TEXT,
    issues_permits    BIGINT NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL
);

CREATE TABLE counsellors (
    staff_id    TEXT PRIMARY KEY REFERENCES staff_users(id),
    created_at  TEXT NOT NULL
);

CREATE TABLE counsellor_languages (
    staff_id  TEXT NOT NULL REFERENCES counsellors(staff_id) ON DELETE CASCADE,
    language  TEXT NOT NULL,
    level     TEXT NOT NULL CHECK (level IN ('native','fluent')),
    PRIMARY KEY (staff_id, language)
);

CREATE TABLE counsellor_kinds (
    staff_id  TEXT NOT NULL REFERENCES counsellors(staff_id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('start','follow_up','individual_module','desk_follow_up')),
    PRIMARY KEY (staff_id, kind)
);

CREATE TABLE counsellor_hours (
    id         TEXT PRIMARY KEY,
    staff_id   TEXT NOT NULL REFERENCES counsellors(staff_id) ON DELETE CASCADE,
    weekday    BIGINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    from_time  TEXT NOT NULL,
    to_time    TEXT NOT NULL,
    place_id   TEXT NOT NULL REFERENCES places(id),
    CHECK (from_time < to_time)
);
CREATE INDEX counsellor_hours_staff ON counsellor_hours(staff_id);

CREATE TABLE counsellor_absences (
    id         TEXT PRIMARY KEY,
    staff_id   TEXT NOT NULL REFERENCES counsellors(staff_id) ON DELETE CASCADE,
    from_date  TEXT NOT NULL,
    to_date    TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (reason IN ('holiday','sick','other')),
    CHECK (from_date <= to_date)
);
CREATE INDEX counsellor_absences_staff ON counsellor_absences(staff_id, to_date);

CREATE TABLE appointment_kinds (
    kind     TEXT PRIMARY KEY CHECK (kind IN ('start','follow_up','individual_module','desk_follow_up')),
    minutes  BIGINT NOT NULL CHECK (minutes BETWEEN 15 AND 240)
);
INSERT INTO appointment_kinds (kind, minutes) VALUES
    ('start', 60), ('follow_up', 45), ('individual_module', 60), ('desk_follow_up', 30);

CREATE TABLE appointments (
    id                  TEXT PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    person_id           TEXT REFERENCES people(id) ON DELETE SET NULL,
    counsellor_id       TEXT NOT NULL REFERENCES counsellors(staff_id),
    place_id            TEXT NOT NULL REFERENCES places(id),
    kind                TEXT NOT NULL REFERENCES appointment_kinds(kind),
    starts_at           TEXT NOT NULL,
    ends_at             TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('booked','held','no_show','cancelled')),
    language            TEXT,
    interpreter_needed  BIGINT NOT NULL DEFAULT 0,
    booked_via          TEXT NOT NULL CHECK (booked_via IN ('staff','public')),
    booked_by           TEXT,
    cancel_token_hash   TEXT UNIQUE,
    topics              TEXT,
    handed_out          TEXT,
    referrals           TEXT,
    childcare_needed    BIGINT NOT NULL DEFAULT 0,
    notes               TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK (starts_at < ends_at)
);
CREATE INDEX appointments_counsellor ON appointments(counsellor_id, starts_at);
CREATE INDEX appointments_person ON appointments(person_id, starts_at);
CREATE INDEX appointments_starts ON appointments(starts_at);

-- One row per 15-minute unit a live appointment occupies.
CREATE TABLE counsellor_units (
    counsellor_id   TEXT NOT NULL,
    unit_start      TEXT NOT NULL,
    appointment_id  TEXT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    PRIMARY KEY (counsellor_id, unit_start)
);
CREATE INDEX counsellor_units_appointment ON counsellor_units(appointment_id);

CREATE TABLE person_units (
    person_id       TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    unit_start      TEXT NOT NULL,
    appointment_id  TEXT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, unit_start)
);
CREATE INDEX person_units_appointment ON person_units(appointment_id);
