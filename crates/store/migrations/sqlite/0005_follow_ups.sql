-- Invitations to the follow-up coaching after two years of residence (R5): when and how
-- each person was last invited (e-mail where consented, else a printed letter).

CREATE TABLE follow_up_invitations (
    person_id   TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    invited_at  TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('email','letter')),
    invited_by  TEXT
);
