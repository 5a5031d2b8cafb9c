-- The register of service users (R1, R10): basic data with consent, languages in order
-- of preference, consents per purpose, optional profile data, blocking keys for the
-- duplicate search, and anonymous erasure records.

CREATE TABLE people (
    id                    TEXT PRIMARY KEY,
    full_name             TEXT NOT NULL,
    latin_name            TEXT,
    birth_year            BIGINT NOT NULL,
    birth_month           BIGINT,
    birth_day             BIGINT,
    citizenship           TEXT NOT NULL,
    eu_citizen            BIGINT NOT NULL,
    address               TEXT,
    district              TEXT,
    phone                 TEXT,
    email                 TEXT,
    certificate_required  BIGINT NOT NULL DEFAULT 0,
    permit_issued_on      TEXT,
    document_language     TEXT NOT NULL,
    source                TEXT NOT NULL CHECK (source IN ('clerk','desk','import','public')),
    import_key            TEXT UNIQUE,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    last_contact_at       TEXT NOT NULL
);
CREATE INDEX people_birth ON people(birth_year, birth_month, birth_day);
CREATE INDEX people_last_contact ON people(last_contact_at);

CREATE TABLE person_languages (
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    rank        BIGINT NOT NULL,
    language    TEXT NOT NULL,
    PRIMARY KEY (person_id, rank),
    UNIQUE (person_id, language)
);
CREATE INDEX person_languages_language ON person_languages(language);

CREATE TABLE consents (
    id             TEXT PRIMARY KEY,
    person_id      TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    purpose        TEXT NOT NULL CHECK (purpose IN ('basic','profile','share_immigration','reminders','surveys')),
    given_at       TEXT NOT NULL,
    given_by       TEXT,
    channel        TEXT NOT NULL,
    text_version   TEXT NOT NULL,
    text_language  TEXT NOT NULL,
    withdrawn_at   TEXT,
    withdrawn_by   TEXT
);
-- At most one live consent per person and purpose: a second "give" is a conflict.
CREATE UNIQUE INDEX consents_live ON consents(person_id, purpose) WHERE withdrawn_at IS NULL;

CREATE TABLE profiles (
    person_id        TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    education_level  TEXT,
    profession       TEXT,
    qualifications   TEXT,
    language_level   TEXT,
    updated_at       TEXT NOT NULL
);

-- The birth year sits in the key's index so that the intake's duplicate check (which
-- always knows the year) reads only the few people of that year sharing a key.
CREATE TABLE name_keys (
    key         TEXT NOT NULL,
    birth_year  BIGINT NOT NULL,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (key, birth_year, person_id)
);
CREATE INDEX name_keys_person ON name_keys(person_id);

-- That a record was erased, when and why: no identity, for the reports.
CREATE TABLE erasures (
    id         TEXT PRIMARY KEY,
    erased_at  TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (reason IN ('request','retention','consent_withdrawn','merge'))
);
