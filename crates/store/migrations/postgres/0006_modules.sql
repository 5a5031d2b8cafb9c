-- Group information modules (issue 5; R2, R13, R15, R16): topics with their texts per
-- language, venues and rooms, the trainer pool, sessions (one by one or as a series),
-- registrations with a waiting list, attendance, anonymous surveys and topic requests.
--
-- Times are UTC text like every other time; `starts_on` is the session's date in the
-- city's time zone (filters, Saturdays, trainer absences and attendance facts use it).
--
-- Invariants held by the database:
-- * never overbooked: `confirmed` is changed only by a conditional
--   `UPDATE … WHERE confirmed < capacity` inside the registering transaction, and
--   CHECK (confirmed <= capacity) refuses anything else; the same for childcare places;
-- * arrival order: `arrivals` is a per-session counter taken in the same transaction,
--   UNIQUE (session_id, position);
-- * at most one live registration per person and session (partial unique index);
-- * an attendance is never counted twice: UNIQUE (session_id, person_id), and the same
--   for registrations and walk-ins.

CREATE TABLE topics (
    id          TEXT PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE topic_texts (
    topic_id     TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    language     TEXT NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    PRIMARY KEY (topic_id, language)
);

CREATE TABLE venues (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    address             TEXT NOT NULL,
    district            TEXT NOT NULL,
    transit_advice      TEXT NOT NULL,
    step_free           BIGINT NOT NULL DEFAULT 0,
    childcare_possible  BIGINT NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL
);

CREATE TABLE rooms (
    id        TEXT PRIMARY KEY,
    venue_id  TEXT NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    capacity  BIGINT NOT NULL CHECK (capacity > 0),
    UNIQUE (venue_id, name)
);

CREATE TABLE trainers (
    id                     TEXT PRIMARY KEY,
    name                   TEXT NOT NULL,
    email                  TEXT,
    staff_id               TEXT REFERENCES staff_users(id),
    max_per_month          BIGINT NOT NULL CHECK (max_per_month BETWEEN 0 AND 100),
    fee_cents              BIGINT NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
    knows_origin_countries TEXT NOT NULL DEFAULT '',
    active                 BIGINT NOT NULL DEFAULT 1,
    created_at             TEXT NOT NULL
);

CREATE TABLE trainer_languages (
    trainer_id  TEXT NOT NULL REFERENCES trainers(id) ON DELETE CASCADE,
    language    TEXT NOT NULL,
    PRIMARY KEY (trainer_id, language)
);

CREATE TABLE trainer_topics (
    trainer_id  TEXT NOT NULL REFERENCES trainers(id) ON DELETE CASCADE,
    topic_id    TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (trainer_id, topic_id)
);

-- When a trainer can work: weekday 1 = Monday … 7 = Sunday, city civil times HH:MM;
-- to_time 00:00 means until midnight.
CREATE TABLE trainer_hours (
    id          TEXT PRIMARY KEY,
    trainer_id  TEXT NOT NULL REFERENCES trainers(id) ON DELETE CASCADE,
    weekday     BIGINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    from_time   TEXT NOT NULL,
    to_time     TEXT NOT NULL
);
CREATE INDEX trainer_hours_trainer ON trainer_hours(trainer_id);

CREATE TABLE trainer_absences (
    id          TEXT PRIMARY KEY,
    trainer_id  TEXT NOT NULL REFERENCES trainers(id) ON DELETE CASCADE,
    from_date   TEXT NOT NULL,
    to_date     TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (reason IN ('sick','holiday','other')),
    created_at  TEXT NOT NULL,
    CHECK (from_date <= to_date)
);
CREATE INDEX trainer_absences_trainer ON trainer_absences(trainer_id, from_date);

CREATE TABLE sessions (
    id                 TEXT PRIMARY KEY,
    topic_id           TEXT NOT NULL REFERENCES topics(id),
    language           TEXT NOT NULL,
    venue_id           TEXT NOT NULL REFERENCES venues(id),
    room_id            TEXT REFERENCES rooms(id),
    starts_at          TEXT NOT NULL,
    ends_at            TEXT NOT NULL,
    starts_on          TEXT NOT NULL,
    capacity           BIGINT NOT NULL CHECK (capacity BETWEEN 20 AND 50),
    childcare_places   BIGINT NOT NULL DEFAULT 0 CHECK (childcare_places >= 0),
    confirmed          BIGINT NOT NULL DEFAULT 0,
    childcare_booked   BIGINT NOT NULL DEFAULT 0,
    arrivals           BIGINT NOT NULL DEFAULT 0,
    trainer_id         TEXT REFERENCES trainers(id),
    backup_trainer_id  TEXT REFERENCES trainers(id),
    status             TEXT NOT NULL CHECK (status IN ('planned','published','cancelled','held')),
    series_id          TEXT,
    survey_token       TEXT NOT NULL UNIQUE,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (confirmed >= 0 AND confirmed <= capacity),
    CHECK (childcare_booked >= 0 AND childcare_booked <= childcare_places),
    CHECK (trainer_id IS NULL OR backup_trainer_id IS NULL OR trainer_id <> backup_trainer_id)
);
CREATE INDEX sessions_starts ON sessions(starts_on, starts_at);
CREATE INDEX sessions_language ON sessions(language, starts_on);
CREATE INDEX sessions_trainer ON sessions(trainer_id, starts_on);
CREATE INDEX sessions_backup ON sessions(backup_trainer_id, starts_on);
CREATE INDEX sessions_series ON sessions(series_id);

CREATE TABLE registrations (
    id                 TEXT PRIMARY KEY,
    session_id         TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    person_id          TEXT REFERENCES people(id) ON DELETE SET NULL,
    contact_name       TEXT,
    contact_phone      TEXT,
    contact_email      TEXT,
    language           TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('confirmed','waiting','cancelled')),
    position           BIGINT NOT NULL,
    children_count     BIGINT NOT NULL DEFAULT 0 CHECK (children_count BETWEEN 0 AND 10),
    children_ages      TEXT,
    via                TEXT NOT NULL CHECK (via IN ('staff','public')),
    cancel_token_hash  TEXT UNIQUE,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (session_id, position)
);
CREATE UNIQUE INDEX registrations_live_person ON registrations(session_id, person_id)
    WHERE person_id IS NOT NULL AND status <> 'cancelled';
CREATE INDEX registrations_waiting ON registrations(session_id, status, position);
CREATE INDEX registrations_person ON registrations(person_id);

CREATE TABLE attendances (
    id               TEXT PRIMARY KEY,
    session_id       TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    person_id        TEXT REFERENCES people(id) ON DELETE SET NULL,
    registration_id  TEXT REFERENCES registrations(id) ON DELETE SET NULL,
    walk_in_key      TEXT,
    walk_in_name     TEXT,
    walk_in_phone    TEXT,
    checked_in_at    TEXT NOT NULL,
    checked_in_by    TEXT,
    UNIQUE (session_id, person_id),
    UNIQUE (session_id, registration_id),
    UNIQUE (session_id, walk_in_key)
);
CREATE INDEX attendances_person ON attendances(person_id);

-- Anonymous: no person, no registration, no time of day (only the session).
CREATE TABLE survey_answers (
    id             TEXT PRIMARY KEY,
    session_id     TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    language       TEXT NOT NULL,
    satisfied      BIGINT NOT NULL CHECK (satisfied BETWEEN 1 AND 5),
    helped         BIGINT NOT NULL CHECK (helped IN (0, 1)),
    recommend      BIGINT NOT NULL CHECK (recommend IN (0, 1)),
    missing_topic  TEXT
);
CREATE INDEX survey_answers_session ON survey_answers(session_id);

-- What participants say is missing, counted per language (normalised text as key).
CREATE TABLE topic_requests (
    language     TEXT NOT NULL,
    request_key  TEXT NOT NULL,
    example      TEXT NOT NULL,
    requested    BIGINT NOT NULL DEFAULT 0,
    last_at      TEXT NOT NULL,
    PRIMARY KEY (language, request_key)
);

-- Messages about a registration (moved up from the waiting list, trainer changed).
ALTER TABLE outbox ADD COLUMN registration_id TEXT REFERENCES registrations(id) ON DELETE SET NULL;
