-- Other welcome vouchers (issue 12): one machinery, several kinds. An offer (a city
-- tour, a museum or pool entry, a public-transport trial ticket, or a language course
-- of one provider) has an issuer (an approved provider organisation, which redeems at
-- its own desk through the provider portal), a title per language, and earning rules
-- that are rows of `voucher_rules` with `offer_id` set (NULL = the language-course
-- programme as before), so issuing, freezing and versioning stay one mechanism. Offer
-- vouchers are rows of `vouchers`/`voucher_parts`/`redemptions` like every voucher.
--
-- Two SQLite rebuilds, both inside the migration's transaction (all or nothing):
-- * `voucher_rules`: its `valid_from` was UNIQUE on its own (an automatic index, which
--   cannot be dropped); rules per offer need uniqueness per lineage instead.
-- * `redemptions`: `course_id` becomes NULL for offers that are not language courses
--   (`offer_kind` says which), and `id_checked` may be 0 where the offer is transferable.
-- Both tables are parents of foreign keys (`vouchers.rule_id`; `course_progress` and
-- `invoice_lines.redemption_id`). `foreign_keys` cannot be switched off inside a
-- transaction, so the checks are deferred to the commit instead, and each table is
-- rebuilt under its own name: rows copied aside, the table dropped (its children count
-- as dangling for a moment), made again with the same name and the rows copied back
-- (which resolves every child again: the commit fails if a single one stays dangling).
-- Renaming a new table into place is not used: renaming would rewrite the children's
-- references to the copy. Triggers and indexes of both tables are made again by name.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE offers (
    id                  TEXT PRIMARY KEY,
    kind                TEXT NOT NULL
        CHECK (kind IN ('language_course','city_tour','museum','pool','transport_trial','other')),
    issuer_provider_id  TEXT NOT NULL REFERENCES providers(id),
    non_transferable    BIGINT NOT NULL CHECK (non_transferable IN (0,1)),
    active              BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    created_at          TEXT NOT NULL,
    created_by          TEXT,
    updated_at          TEXT NOT NULL
);
CREATE INDEX offers_issuer ON offers(issuer_provider_id);

-- The offer's title per language; English is required (the source language).
CREATE TABLE offer_titles (
    offer_id  TEXT NOT NULL REFERENCES offers(id),
    lang      TEXT NOT NULL,
    title     TEXT NOT NULL CHECK (length(title) >= 1),
    PRIMARY KEY (offer_id, lang)
);

-- 1. voucher_rules, rebuilt with `offer_id` and `validity_days`.
CREATE TABLE voucher_rules_copy AS SELECT * FROM voucher_rules;
DROP TABLE voucher_rules;
CREATE TABLE voucher_rules (
    id                       TEXT PRIMARY KEY,
    name                     TEXT NOT NULL,
    valid_from               TEXT NOT NULL,
    first_after              BIGINT NOT NULL CHECK (first_after >= 1),
    further_every            BIGINT NOT NULL CHECK (further_every >= 0),
    max_vouchers             BIGINT NOT NULL CHECK (max_vouchers >= 1),
    value_cents              BIGINT NOT NULL CHECK (value_cents > 0),
    value_cents_certificate  BIGINT NOT NULL CHECK (value_cents_certificate > 0),
    parts                    BIGINT NOT NULL CHECK (parts >= 1),
    validity_months          BIGINT NOT NULL CHECK (validity_months >= 1),
    level_min                TEXT NOT NULL CHECK (level_min IN ('A1','A2','B1','B2','C1','C2')),
    level_max                TEXT NOT NULL CHECK (level_max IN ('A1','A2','B1','B2','C1','C2')),
    start_weeks_before       BIGINT NOT NULL CHECK (start_weeks_before >= 0),
    created_at               TEXT NOT NULL,
    created_by               TEXT,
    offer_id                 TEXT REFERENCES offers(id),
    validity_days            BIGINT CHECK (validity_days >= 1),
    -- An offer's rule counts its validity in days; the programme's in months.
    CHECK ((offer_id IS NULL) = (validity_days IS NULL))
);
INSERT INTO voucher_rules (id, name, valid_from, first_after, further_every, max_vouchers, value_cents,
                           value_cents_certificate, parts, validity_months, level_min, level_max,
                           start_weeks_before, created_at, created_by)
    SELECT id, name, valid_from, first_after, further_every, max_vouchers, value_cents,
           value_cents_certificate, parts, validity_months, level_min, level_max,
           start_weeks_before, created_at, created_by
    FROM voucher_rules_copy;
DROP TABLE voucher_rules_copy;
-- One rule per lineage and day (the programme's lineage is offer_id NULL).
CREATE UNIQUE INDEX voucher_rules_lineage ON voucher_rules(COALESCE(offer_id, ''), valid_from);
CREATE TRIGGER voucher_rules_frozen BEFORE UPDATE ON voucher_rules
WHEN EXISTS (SELECT 1 FROM vouchers WHERE rule_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'voucher rule in use');
END;
CREATE TRIGGER voucher_rules_frozen_delete BEFORE DELETE ON voucher_rules
WHEN EXISTS (SELECT 1 FROM vouchers WHERE rule_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'voucher rule in use');
END;

-- 2. vouchers: the offer follows from the rule; one voucher per person, lineage and step.
ALTER TABLE vouchers ADD COLUMN offer_id TEXT REFERENCES offers(id);
DROP INDEX vouchers_step;
CREATE UNIQUE INDEX vouchers_step ON vouchers(person_id, COALESCE(offer_id, ''), ordinal);
CREATE INDEX vouchers_offer ON vouchers(offer_id) WHERE offer_id IS NOT NULL;

-- 3. redemptions, rebuilt: a course only for language courses; the ID check where the
-- offer is non-transferable (the store decides, the column records what was done).
CREATE TABLE redemptions_copy AS SELECT * FROM redemptions;
DROP TABLE redemptions;
CREATE TABLE redemptions (
    id            TEXT NOT NULL UNIQUE,
    voucher_id    TEXT NOT NULL,
    part          BIGINT NOT NULL,
    provider_id   TEXT NOT NULL REFERENCES providers(id),
    course_id     TEXT REFERENCES courses(id),
    amount_cents  BIGINT NOT NULL CHECK (amount_cents > 0),
    redeemed_on   TEXT NOT NULL,
    redeemed_at   TEXT NOT NULL,
    redeemed_by   TEXT NOT NULL,
    id_checked    BIGINT NOT NULL CHECK (id_checked IN (0,1)),
    offer_kind    TEXT NOT NULL DEFAULT 'language_course'
        CHECK (offer_kind IN ('language_course','city_tour','museum','pool','transport_trial','other')),
    PRIMARY KEY (voucher_id, part),
    FOREIGN KEY (voucher_id, part) REFERENCES voucher_parts(voucher_id, part),
    CHECK ((course_id IS NULL) = (offer_kind <> 'language_course')),
    -- A language course is always paid for the holder in person (R7).
    CHECK (offer_kind <> 'language_course' OR id_checked = 1)
);
INSERT INTO redemptions (id, voucher_id, part, provider_id, course_id, amount_cents, redeemed_on, redeemed_at,
                         redeemed_by, id_checked, offer_kind)
    SELECT id, voucher_id, part, provider_id, course_id, amount_cents, redeemed_on, redeemed_at,
           redeemed_by, id_checked, 'language_course'
    FROM redemptions_copy;
DROP TABLE redemptions_copy;
CREATE INDEX redemptions_provider ON redemptions(provider_id, redeemed_on);
