-- More of individual coaching (issue 4).
--
-- 1. Messages by SMS as well as e-mail: each outbox message has a channel; for SMS
--    `to_address` is the phone number and the text is `body`. Still one message of each
--    kind per appointment (the channel is chosen per person: e-mail where they gave an
--    address and agreed to messages, else SMS where they gave a phone number and agreed).
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email','sms'));

-- 2. Invitations to the follow-up coaching, at most one per person and due date (the
--    period: two years after the permit), whatever the concurrency: the primary key
--    refuses a second one, and the message is queued only in the transaction that wrote
--    the invitation. Replaces follow_up_invitations (one row per person, overwritten on
--    every click, so a second click sent a second e-mail); its rows are carried over.
CREATE TABLE follow_up_invites (
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    due_on      TEXT NOT NULL,
    invited_at  TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('email','sms','letter')),
    invited_by  TEXT,
    PRIMARY KEY (person_id, due_on)
);
INSERT INTO follow_up_invites (person_id, due_on, invited_at, channel, invited_by)
SELECT i.person_id,
       COALESCE(CASE WHEN substr(p.permit_issued_on, 6, 5) = '02-29'
                     THEN CAST(CAST(substr(p.permit_issued_on, 1, 4) AS INTEGER) + 2 AS TEXT) || '-03-01'
                     ELSE CAST(CAST(substr(p.permit_issued_on, 1, 4) AS INTEGER) + 2 AS TEXT) || substr(p.permit_issued_on, 5, 6)
                END, substr(i.invited_at, 1, 10)),
       i.invited_at, i.channel, i.invited_by
FROM follow_up_invitations i JOIN people p ON p.id = i.person_id;
DROP TABLE follow_up_invitations;

-- 3. Where each kind of coaching is offered. A kind without rows here is offered at
--    every place (as before); with rows, only at those places. The coordinator sets
--    them together with the kind's duration.
CREATE TABLE appointment_kind_places (
    kind      TEXT NOT NULL REFERENCES appointment_kinds(kind),
    place_id  TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, place_id)
);
