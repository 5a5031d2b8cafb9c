-- Content (R6, R9, R11, R16): the directory of authorities and services, the welcome
-- brochure's chapters with every version of every language, and the editions frozen
-- for print. No data about service users lives here; `verified_by` and `created_by`
-- name the staff member responsible.
--
-- Versions are numbered per chapter and language; a new version is written as
-- number = the version the editor started from + 1, under the primary key, so two
-- editors saving at once cannot both win (the second gets a conflict, nothing is lost).
-- An edition copies the chosen versions' text in one INSERT … SELECT: later edits never
-- change it.

CREATE TABLE directory_entries (
    id           TEXT PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    address      TEXT NOT NULL,
    phone        TEXT,
    email        TEXT,
    website      TEXT,
    hours        TEXT NOT NULL,
    languages    TEXT NOT NULL,
    topics       TEXT NOT NULL,
    step_free    BIGINT NOT NULL DEFAULT 0,
    verified_on  TEXT NOT NULL,
    verified_by  TEXT REFERENCES staff_users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE directory_texts (
    entry_id  TEXT NOT NULL REFERENCES directory_entries(id) ON DELETE CASCADE,
    language  TEXT NOT NULL,
    name      TEXT NOT NULL,
    transit   TEXT,
    PRIMARY KEY (entry_id, language)
);

CREATE TABLE chapters (
    id               TEXT PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    position         BIGINT NOT NULL,
    source_language  TEXT NOT NULL,
    reviewed_on      TEXT NOT NULL,
    created_at       TEXT NOT NULL
);

CREATE TABLE chapter_versions (
    chapter_id  TEXT NOT NULL REFERENCES chapters(id) ON DELETE CASCADE,
    language    TEXT NOT NULL,
    number      BIGINT NOT NULL CHECK (number >= 1),
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    minor       BIGINT NOT NULL DEFAULT 0,
    made_from   BIGINT,
    stage       TEXT NOT NULL CHECK (stage IN ('draft','final','discussed','in_translation','in_review','published')),
    created_at  TEXT NOT NULL,
    created_by  TEXT REFERENCES staff_users(id),
    PRIMARY KEY (chapter_id, language, number)
);

CREATE TABLE editions (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    directory_json  TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT REFERENCES staff_users(id)
);

CREATE TABLE edition_chapters (
    edition_id   TEXT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    language     TEXT NOT NULL,
    position     BIGINT NOT NULL,
    slug         TEXT NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    version      BIGINT NOT NULL,
    made_from    BIGINT,
    PRIMARY KEY (edition_id, language, position)
);
