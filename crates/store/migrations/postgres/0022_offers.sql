-- Other welcome vouchers (issue 12): one machinery, several kinds. An offer (a city
-- tour, a museum or pool entry, a public-transport trial ticket, or a language course
-- of one provider) has an issuer (an approved provider organisation, which redeems at
-- its own desk through the provider portal), a title per language, and earning rules
-- that are rows of `voucher_rules` with `offer_id` set (NULL = the language-course
-- programme as before), so issuing, freezing and versioning stay one mechanism. Offer
-- vouchers are rows of `vouchers`/`voucher_parts`/`redemptions` like every voucher.
-- PostgreSQL changes the constraints in place (the SQLite file rebuilds two tables).
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

-- 1. voucher_rules: one rule per lineage and day (the programme's lineage is offer_id NULL).
ALTER TABLE voucher_rules DROP CONSTRAINT voucher_rules_valid_from_key;
ALTER TABLE voucher_rules ADD COLUMN offer_id TEXT REFERENCES offers(id);
ALTER TABLE voucher_rules ADD COLUMN validity_days BIGINT CHECK (validity_days >= 1);
-- An offer's rule counts its validity in days; the programme's in months.
ALTER TABLE voucher_rules ADD CONSTRAINT voucher_rules_validity CHECK ((offer_id IS NULL) = (validity_days IS NULL));
CREATE UNIQUE INDEX voucher_rules_lineage ON voucher_rules(COALESCE(offer_id, ''), valid_from);

-- 2. vouchers: the offer follows from the rule; one voucher per person, lineage and step.
ALTER TABLE vouchers ADD COLUMN offer_id TEXT REFERENCES offers(id);
DROP INDEX vouchers_step;
CREATE UNIQUE INDEX vouchers_step ON vouchers(person_id, COALESCE(offer_id, ''), ordinal);
CREATE INDEX vouchers_offer ON vouchers(offer_id) WHERE offer_id IS NOT NULL;

-- 3. redemptions: a course only for language courses; the ID check where the offer is
-- non-transferable (the store decides, the column records what was done).
ALTER TABLE redemptions ALTER COLUMN course_id DROP NOT NULL;
ALTER TABLE redemptions DROP CONSTRAINT redemptions_id_checked_check;
ALTER TABLE redemptions ADD CONSTRAINT redemptions_id_checked CHECK (id_checked IN (0,1));
ALTER TABLE redemptions ADD COLUMN offer_kind TEXT NOT NULL DEFAULT 'language_course'
    CHECK (offer_kind IN ('language_course','city_tour','museum','pool','transport_trial','other'));
ALTER TABLE redemptions ADD CONSTRAINT redemptions_course CHECK ((course_id IS NULL) = (offer_kind <> 'language_course'));
-- A language course is always paid for the holder in person (R7).
ALTER TABLE redemptions ADD CONSTRAINT redemptions_language_id CHECK (offer_kind <> 'language_course' OR id_checked = 1);
