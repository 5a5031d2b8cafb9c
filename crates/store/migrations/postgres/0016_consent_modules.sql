-- Consent purpose `modules` (issue 5): registering for a group information module is
-- consented for its own purpose, not under `basic`. PostgreSQL changes the CHECK in
-- place (the rows stay; the new constraint is validated against them).
ALTER TABLE consents DROP CONSTRAINT consents_purpose_check;
ALTER TABLE consents ADD CONSTRAINT consents_purpose_check
    CHECK (purpose IN ('basic','profile','share_immigration','reminders','surveys','modules'));
