-- The desk's two narrower or wider duties (issue 8): the desk lead (desk agent plus the
-- figures, the gaps, the synonyms and the articles) and the partner call centre's agent
-- (contacts, knowledge search and queue only; never people's records). staff_users has
-- a CHECK on role and many foreign keys point at it, so it is not rebuilt: a duty column
-- refines role 'desk', and only a desk account may hold one.
ALTER TABLE staff_users ADD COLUMN desk_duty TEXT;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_desk_duty
    CHECK (desk_duty IS NULL OR (desk_duty IN ('lead','partner') AND role = 'desk'));
