-- The information desk and hotline (R4, R15) and its knowledge base (R11).
--
-- Knowledge articles keep every version of every language, like the brochure's
-- chapters: a new version is written as number = the version the editor started from + 1
-- under the primary key, so two editors saving at once cannot both win; the states
-- (current, outdated, published) come from `domain::translations`.
--
-- A desk contact is anonymous unless the person agreed to have it linked to their
-- record (`person_id`, set to NULL by erasure). Searches that found nothing keep the
-- query text only, counted per day and language: no person, no agent.
-- Queue ticket numbers are unique per day (unique index); they are handed out by an
-- atomic counter per day (`queue_days`, one UPSERT … RETURNING), so concurrent takers
-- never wait for each other's retries.

CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    source_language  TEXT NOT NULL,
    topics           TEXT NOT NULL,
    owner_id         TEXT REFERENCES staff_users(id),
    review_on        TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE article_versions (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    language    TEXT NOT NULL,
    number      BIGINT NOT NULL CHECK (number >= 1),
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    checklist   TEXT NOT NULL,
    minor       BIGINT NOT NULL DEFAULT 0,
    made_from   BIGINT,
    stage       TEXT NOT NULL CHECK (stage IN ('draft','final','discussed','in_translation','in_review','published')),
    created_at  TEXT NOT NULL,
    created_by  TEXT REFERENCES staff_users(id),
    PRIMARY KEY (article_id, language, number)
);

CREATE TABLE article_referrals (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entry_id    TEXT NOT NULL REFERENCES directory_entries(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, entry_id)
);

CREATE TABLE synonym_groups (
    id          TEXT PRIMARY KEY,
    terms       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT REFERENCES staff_users(id)
);

CREATE TABLE desk_contacts (
    id                  TEXT PRIMARY KEY,
    channel             TEXT NOT NULL CHECK (channel IN ('walk_in','phone','email')),
    language            TEXT NOT NULL,
    interpreter         TEXT NOT NULL CHECK (interpreter IN ('none','on_site','phone')),
    topics              TEXT NOT NULL,
    appointment_booked  BIGINT NOT NULL DEFAULT 0,
    duration_seconds    BIGINT NOT NULL CHECK (duration_seconds >= 0 AND duration_seconds <= 86400),
    person_id           TEXT REFERENCES people(id) ON DELETE SET NULL,
    agent_id            TEXT REFERENCES staff_users(id),
    created_at          TEXT NOT NULL
);
CREATE INDEX desk_contacts_created ON desk_contacts(created_at);
CREATE INDEX desk_contacts_person ON desk_contacts(person_id);

CREATE TABLE desk_contact_articles (
    contact_id  TEXT NOT NULL REFERENCES desk_contacts(id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, article_id)
);

CREATE TABLE desk_contact_referrals (
    contact_id  TEXT NOT NULL REFERENCES desk_contacts(id) ON DELETE CASCADE,
    entry_id    TEXT NOT NULL REFERENCES directory_entries(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, entry_id)
);

CREATE TABLE search_misses (
    query     TEXT NOT NULL,
    language  TEXT NOT NULL,
    day       TEXT NOT NULL,
    count     BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (query, language, day)
);

CREATE TABLE queue_days (
    day          TEXT PRIMARY KEY,
    last_number  BIGINT NOT NULL
);

CREATE TABLE queue_tickets (
    id          TEXT PRIMARY KEY,
    day         TEXT NOT NULL,
    number      BIGINT NOT NULL CHECK (number >= 1),
    language    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    called_at   TEXT,
    served_by   TEXT REFERENCES staff_users(id),
    UNIQUE (day, number)
);
CREATE INDEX queue_tickets_waiting ON queue_tickets(day, language, called_at);

CREATE TABLE interpreting_requests (
    id          TEXT PRIMARY KEY,
    language    TEXT NOT NULL,
    mode        TEXT NOT NULL CHECK (mode IN ('on_site','phone')),
    starts_at   TEXT NOT NULL,
    minutes     BIGINT NOT NULL CHECK (minutes > 0 AND minutes <= 480),
    status      TEXT NOT NULL CHECK (status IN ('open','booked','cancelled','done')),
    created_by  TEXT REFERENCES staff_users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX interpreting_requests_open ON interpreting_requests(status, starts_at);
