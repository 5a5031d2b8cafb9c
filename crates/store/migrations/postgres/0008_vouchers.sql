-- Passport and language-course vouchers (issue 6): passports and their stamps, voucher
-- rules (frozen once used), vouchers and their parts, the providers' standing history
-- and courses, redemptions (one per part), course progress, invoices and credit notes
-- (immutable once issued). Money is integer cents; dates are YYYY-MM-DD text.

ALTER TABLE providers ADD COLUMN supplier_ref TEXT;
ALTER TABLE providers ADD COLUMN address TEXT;

-- Approvals and suspensions, newest row wins; the history is never rewritten.
CREATE TABLE provider_standings (
    id                 TEXT PRIMARY KEY,
    provider_id        TEXT NOT NULL REFERENCES providers(id),
    standing           TEXT NOT NULL CHECK (standing IN ('approved','suspended','not_approved')),
    quality_signed_on  TEXT,
    reason             TEXT,
    at                 TEXT NOT NULL,
    by_id              TEXT,
    CHECK (standing <> 'approved' OR quality_signed_on IS NOT NULL)
);
CREATE INDEX provider_standings_provider ON provider_standings(provider_id, id);

CREATE TABLE passports (
    id          TEXT PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    issued_at   TEXT NOT NULL,
    issued_by   TEXT,
    ended_at    TEXT,
    end_reason  TEXT CHECK (end_reason IN ('lost','damaged','merged')),
    CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
-- One live passport per person: a replacement ends the old one in the same transaction.
CREATE UNIQUE INDEX passports_live ON passports(person_id) WHERE ended_at IS NULL;

CREATE TABLE passport_stamps (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    source_ref   TEXT NOT NULL,
    attended_on  TEXT NOT NULL,
    topic        TEXT NOT NULL,
    language     TEXT NOT NULL,
    venue        TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    UNIQUE (person_id, source_ref)
);

CREATE TABLE voucher_rules (
    id                       TEXT PRIMARY KEY,
    name                     TEXT NOT NULL,
    valid_from               TEXT NOT NULL UNIQUE,
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
    created_by               TEXT
);

CREATE TABLE vouchers (
    id              TEXT PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    person_id       TEXT REFERENCES people(id) ON DELETE SET NULL,
    rule_id         TEXT NOT NULL REFERENCES voucher_rules(id),
    ordinal         BIGINT,
    certificate     BIGINT NOT NULL,
    value_cents     BIGINT NOT NULL CHECK (value_cents > 0),
    issued_on       TEXT NOT NULL,
    expires_on      TEXT NOT NULL,
    earliest_start  TEXT NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('attendance','manual')),
    source_ref      TEXT,
    issue_reason    TEXT,
    issued_at       TEXT NOT NULL,
    issued_by       TEXT,
    revoked_at      TEXT,
    revoked_by      TEXT,
    revoke_reason   TEXT
);
-- One voucher per person and earning step, however often the attendance is reported.
CREATE UNIQUE INDEX vouchers_step ON vouchers(person_id, ordinal);
CREATE INDEX vouchers_rule ON vouchers(rule_id, issued_on);
CREATE INDEX vouchers_issued ON vouchers(issued_on);

CREATE TABLE voucher_parts (
    voucher_id   TEXT NOT NULL REFERENCES vouchers(id),
    part         BIGINT NOT NULL CHECK (part >= 1),
    value_cents  BIGINT NOT NULL CHECK (value_cents > 0),
    PRIMARY KEY (voucher_id, part)
);

CREATE TABLE courses (
    id           TEXT PRIMARY KEY,
    provider_id  TEXT NOT NULL REFERENCES providers(id),
    title        TEXT NOT NULL,
    language     TEXT NOT NULL,
    level        TEXT NOT NULL CHECK (level IN ('A1','A2','B1','B2','C1','C2')),
    starts_on    TEXT NOT NULL,
    price_cents  BIGINT NOT NULL CHECK (price_cents >= 0),
    place        TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX courses_provider ON courses(provider_id, starts_on);

-- A voucher part is redeemed at most once: the primary key is the guard.
CREATE TABLE redemptions (
    id            TEXT NOT NULL UNIQUE,
    voucher_id    TEXT NOT NULL,
    part          BIGINT NOT NULL,
    provider_id   TEXT NOT NULL REFERENCES providers(id),
    course_id     TEXT NOT NULL REFERENCES courses(id),
    amount_cents  BIGINT NOT NULL CHECK (amount_cents > 0),
    redeemed_on   TEXT NOT NULL,
    redeemed_at   TEXT NOT NULL,
    redeemed_by   TEXT NOT NULL,
    id_checked    BIGINT NOT NULL CHECK (id_checked = 1),
    PRIMARY KEY (voucher_id, part),
    FOREIGN KEY (voucher_id, part) REFERENCES voucher_parts(voucher_id, part)
);
CREATE INDEX redemptions_provider ON redemptions(provider_id, redeemed_on);

CREATE TABLE course_progress (
    id             TEXT PRIMARY KEY,
    redemption_id  TEXT NOT NULL REFERENCES redemptions(id),
    status         TEXT NOT NULL CHECK (status IN ('enrolled','completed','dropped')),
    level_reached  TEXT CHECK (level_reached IN ('A1','A2','B1','B2','C1','C2')),
    reported_on    TEXT NOT NULL,
    reported_at    TEXT NOT NULL,
    reported_by    TEXT NOT NULL
);
CREATE INDEX course_progress_redemption ON course_progress(redemption_id, id);

CREATE TABLE invoices (
    id            TEXT PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN ('invoice','credit_note')),
    provider_id   TEXT NOT NULL REFERENCES providers(id),
    period_from   TEXT NOT NULL,
    period_to     TEXT NOT NULL,
    corrects_id   TEXT REFERENCES invoices(id),
    note          TEXT,
    total_cents   BIGINT NOT NULL,
    currency      TEXT NOT NULL,
    issued_on     TEXT NOT NULL,
    issued_at     TEXT NOT NULL,
    issued_by     TEXT,
    CHECK ((kind = 'credit_note') = (corrects_id IS NOT NULL))
);
CREATE INDEX invoices_provider ON invoices(provider_id, period_from);

CREATE TABLE invoice_lines (
    invoice_id     TEXT NOT NULL REFERENCES invoices(id),
    line_no        BIGINT NOT NULL,
    redemption_id  TEXT NOT NULL REFERENCES redemptions(id),
    voucher_code   TEXT NOT NULL,
    part           BIGINT NOT NULL,
    course_title   TEXT NOT NULL,
    redeemed_on    TEXT NOT NULL,
    amount_cents   BIGINT NOT NULL CHECK (amount_cents <> 0),
    PRIMARY KEY (invoice_id, line_no)
);
-- A redemption is invoiced once and credited at most once.
CREATE UNIQUE INDEX invoice_lines_invoiced ON invoice_lines(redemption_id) WHERE amount_cents > 0;
CREATE UNIQUE INDEX invoice_lines_credited ON invoice_lines(redemption_id) WHERE amount_cents < 0;

-- Issued invoices never change; corrections are credit notes.
CREATE FUNCTION invoices_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'invoices are immutable';
END;
$$;
CREATE TRIGGER invoices_no_change BEFORE UPDATE OR DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION invoices_immutable();
CREATE TRIGGER invoice_lines_no_change BEFORE UPDATE OR DELETE ON invoice_lines
    FOR EACH ROW EXECUTE FUNCTION invoices_immutable();
CREATE TRIGGER invoices_no_truncate BEFORE TRUNCATE ON invoices
    FOR EACH STATEMENT EXECUTE FUNCTION invoices_immutable();
CREATE TRIGGER invoice_lines_no_truncate BEFORE TRUNCATE ON invoice_lines
    FOR EACH STATEMENT EXECUTE FUNCTION invoices_immutable();
-- A rule that has issued a voucher is frozen: a new version replaces it.
CREATE FUNCTION voucher_rules_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM vouchers WHERE rule_id = OLD.id) THEN
        RAISE EXCEPTION 'voucher rule in use';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER voucher_rules_frozen BEFORE UPDATE OR DELETE ON voucher_rules
    FOR EACH ROW EXECUTE FUNCTION voucher_rules_frozen();
