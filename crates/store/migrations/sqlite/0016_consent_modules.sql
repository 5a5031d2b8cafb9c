-- Consent purpose `modules` (issue 5): registering for a group information module is
-- consented for its own purpose, not under `basic`.
--
-- SQLite cannot change a CHECK constraint in place, so `consents` is rebuilt, safely:
-- * nothing refers to `consents` (no foreign key points at it, no trigger or view reads
--   it), so dropping the old table breaks no reference; its own foreign key to `people`
--   (ON DELETE CASCADE) is declared again, and `foreign_keys` stays ON throughout;
-- * every row is copied column by column, ids unchanged, inside the migration's
--   transaction (all or nothing);
-- * both indexes are made again under their names: the partial unique `consents_live`
--   (one live consent per person and purpose) and `consents_person` (0013).
CREATE TABLE consents_new (
    id             TEXT PRIMARY KEY,
    person_id      TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    purpose        TEXT NOT NULL CHECK (purpose IN ('basic','profile','share_immigration','reminders','surveys','modules')),
    given_at       TEXT NOT NULL,
    given_by       TEXT,
    channel        TEXT NOT NULL,
    text_version   TEXT NOT NULL,
    text_language  TEXT NOT NULL,
    withdrawn_at   TEXT,
    withdrawn_by   TEXT
);
INSERT INTO consents_new (id, person_id, purpose, given_at, given_by, channel, text_version, text_language,
                          withdrawn_at, withdrawn_by)
    SELECT id, person_id, purpose, given_at, given_by, channel, text_version, text_language, withdrawn_at, withdrawn_by
    FROM consents;
DROP TABLE consents;
ALTER TABLE consents_new RENAME TO consents;
CREATE UNIQUE INDEX consents_live ON consents(person_id, purpose) WHERE withdrawn_at IS NULL;
CREATE INDEX consents_person ON consents(person_id);
