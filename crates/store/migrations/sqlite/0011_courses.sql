-- The course catalogue and the finder (issue 12). `courses` (from 0008, referenced by
-- redemptions) grows by columns; it is never rebuilt. The course type is a column of its
-- own (standard, literacy for people who cannot yet read and write, second-script for
-- people who read another script) so the CEFR level CHECK stays as it is.
-- weekdays: ISO day numbers as digits, e.g. '135' = Monday, Wednesday, Friday.
-- Times are local 'HH:MM'. Booleans are 0/1. seats_left NULL = not told.
-- explain_languages: ISO 639-1 codes separated by commas, e.g. 'ar,fa'.
ALTER TABLE courses ADD COLUMN kind TEXT NOT NULL DEFAULT 'standard'
    CHECK (kind IN ('standard','literacy','second_script'));
ALTER TABLE courses ADD COLUMN ends_on TEXT;
ALTER TABLE courses ADD COLUMN weekdays TEXT NOT NULL DEFAULT '';
ALTER TABLE courses ADD COLUMN starts_at TEXT;
ALTER TABLE courses ADD COLUMN ends_at TEXT;
ALTER TABLE courses ADD COLUMN district TEXT NOT NULL DEFAULT '';
ALTER TABLE courses ADD COLUMN transit TEXT;
ALTER TABLE courses ADD COLUMN voucher_accepted BIGINT NOT NULL DEFAULT 0 CHECK (voucher_accepted IN (0,1));
ALTER TABLE courses ADD COLUMN childcare BIGINT NOT NULL DEFAULT 0 CHECK (childcare IN (0,1));
ALTER TABLE courses ADD COLUMN target_group TEXT NOT NULL DEFAULT 'all'
    CHECK (target_group IN ('all','women','youth','parents'));
ALTER TABLE courses ADD COLUMN seats_left BIGINT CHECK (seats_left >= 0);
ALTER TABLE courses ADD COLUMN explain_languages TEXT NOT NULL DEFAULT '';
ALTER TABLE courses ADD COLUMN how_to_enrol TEXT;
ALTER TABLE courses ADD COLUMN updated_at TEXT;
UPDATE courses SET updated_at = created_at WHERE updated_at IS NULL;
-- The public catalogue reads current courses by start date.
CREATE INDEX courses_starts ON courses(starts_on);
