-- Outgoing e-mail (confirmations with an iCalendar file, reminders the day before,
-- invitations): written in the same transaction as what causes it, sent by a worker
-- that retries with back-off; nothing is lost when the mail server is down. One message
-- of each kind per appointment.

CREATE TABLE outbox (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('confirmation','reminder','invitation')),
    appointment_id   TEXT REFERENCES appointments(id) ON DELETE SET NULL,
    person_id        TEXT REFERENCES people(id) ON DELETE CASCADE,
    to_address       TEXT NOT NULL,
    subject          TEXT NOT NULL,
    body             TEXT NOT NULL,
    ics              TEXT,
    language         TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending','sent','failed')),
    attempts         BIGINT NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT,
    UNIQUE (appointment_id, kind)
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
