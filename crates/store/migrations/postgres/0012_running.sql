-- Running the service (R12–R16): saved planner scenarios, the toolkit's 17 set-up steps
-- as a tracker, the working group (organisations with one steady representative and one
-- substitute, meetings, decisions and action items), and the index the reports need.

-- A named set of planner inputs (domain::planning::PlanInputs as JSON); the figures are
-- computed from it whenever it is shown, so a change of the rules never leaves a stale plan.
CREATE TABLE plan_scenarios (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    inputs      TEXT NOT NULL,
    created_by  TEXT REFERENCES staff_users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- One row per step of the toolkit (1 political support … 17 public kick-off); titles,
-- checklists and risks are texts of the catalogue (report-step-<n>-…).
CREATE TABLE setup_steps (
    number      BIGINT PRIMARY KEY CHECK (number BETWEEN 1 AND 17),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','done','not_needed')),
    owner       TEXT,
    due_on      TEXT,
    notes       TEXT,
    updated_at  TEXT,
    updated_by  TEXT REFERENCES staff_users(id)
);
INSERT INTO setup_steps (number) VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14),(15),(16),(17);

CREATE TABLE working_group_organisations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE working_group_members (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL REFERENCES working_group_organisations(id) ON DELETE CASCADE,
    role             TEXT NOT NULL CHECK (role IN ('representative','substitute')),
    name             TEXT NOT NULL,
    email            TEXT,
    joined_at        TEXT NOT NULL,
    left_at          TEXT
);
-- One steady representative and one substitute per organisation at a time.
CREATE UNIQUE INDEX working_group_members_one ON working_group_members(organisation_id, role) WHERE left_at IS NULL;

CREATE TABLE working_group_meetings (
    id          TEXT PRIMARY KEY,
    held_on     TEXT NOT NULL,
    agenda      TEXT NOT NULL,
    minutes     TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX working_group_meetings_held ON working_group_meetings(held_on);

-- Decisions and action items of a meeting (an action has an owner and a due date).
CREATE TABLE working_group_items (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES working_group_meetings(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('decision','action')),
    text        TEXT NOT NULL,
    owner       TEXT,
    due_on      TEXT,
    done_at     TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX working_group_items_meeting ON working_group_items(meeting_id);

-- The reports read people by the date their permit was issued, with the columns they
-- group by in the index itself (no table lookups for a year of permits).
CREATE INDEX people_permit_report ON people(permit_issued_on, eu_citizen, birth_year, district, id);
-- Coaching held per person and kind, for "had a start coaching" and the follow-ups.
CREATE INDEX appointments_person_kind ON appointments(person_id, kind, status, starts_at);
