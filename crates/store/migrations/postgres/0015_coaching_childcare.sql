-- Childcare at individual coaching (issue 4): when booking, the person says how many of
-- their children need care during the appointment and how old they are, so staff can
-- arrange it (the planning list per day and place). Columns on appointments, as for
-- module registrations (0006): no table is rebuilt. The ages are personal data: cleared
-- when the person is erased (the count stays for the figures), exported with the person.
ALTER TABLE appointments ADD COLUMN children_count BIGINT NOT NULL DEFAULT 0 CHECK (children_count BETWEEN 0 AND 10);
ALTER TABLE appointments ADD COLUMN children_ages TEXT;
