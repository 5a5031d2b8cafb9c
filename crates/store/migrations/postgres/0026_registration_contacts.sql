-- The registrations that still hold contact details (storage limitation: the daily job
-- `purge_module_contacts` clears them once their session is over). Only those rows are
-- in this index, so the job — which runs at every start of `welcomedesk serve` and then
-- nightly, on the single SQLite writer — reads the few registrations it has to clear
-- instead of every registration of every past session (1.8 s of the writer held on a
-- city of 200,000, growing with the register; issue 10). The job's WHERE clause repeats
-- this condition word for word, which SQLite needs to use a partial index.
CREATE INDEX registrations_contact ON registrations(session_id)
    WHERE contact_name IS NOT NULL OR contact_phone IS NOT NULL OR contact_email IS NOT NULL
    OR children_ages IS NOT NULL;
