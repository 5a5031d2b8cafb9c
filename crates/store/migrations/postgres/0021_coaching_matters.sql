-- Individual coaching, finishing (issue 4): the coordinator keeps two short translatable
-- lists — the matters of individual modules (recognition of foreign qualifications, …)
-- and the topics a coaching covers (housing, work, health, …).
--
-- ONE table for both lists (`list` says which): both have the same shape (a stable slug,
-- active or not, an order, a title per language with English required), the same pages
-- and the same rules (never deleted once used, only deactivated); two tables would
-- duplicate every query. A slug is unique within its list.
CREATE TABLE coaching_items (
    id          TEXT PRIMARY KEY,
    list        TEXT NOT NULL CHECK (list IN ('matter','topic')),
    slug        TEXT NOT NULL,
    active      BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort        BIGINT NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    UNIQUE (list, slug)
);

-- The title of an item per language; English is required (the store refuses an item
-- without it), the other languages fall back to English.
CREATE TABLE coaching_item_titles (
    item_id   TEXT NOT NULL REFERENCES coaching_items(id) ON DELETE CASCADE,
    language  TEXT NOT NULL,
    title     TEXT NOT NULL,
    PRIMARY KEY (item_id, language)
);

-- The matter of an individual module, on its appointment. NULL for the other kinds (the
-- CHECK), and NULL on individual modules booked before the list existed; new bookings of
-- an individual module must name an active matter (rule in domain::coaching).
ALTER TABLE appointments ADD COLUMN matter_id TEXT REFERENCES coaching_items(id);
ALTER TABLE appointments ADD CONSTRAINT appointments_matter_kind CHECK (matter_id IS NULL OR kind = 'individual_module');
CREATE INDEX appointments_matter ON appointments(matter_id);

-- The topics covered, chosen from the list. The free-text column `appointments.topics`
-- stays: it is now "other topics" (old records keep their text there).
CREATE TABLE appointment_topics (
    appointment_id  TEXT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    item_id         TEXT NOT NULL REFERENCES coaching_items(id),
    PRIMARY KEY (appointment_id, item_id)
);
CREATE INDEX appointment_topics_item ON appointment_topics(item_id);

-- The seed: the matter the issue names, and the topics the issue names (the coordinator
-- adds more, renames and translates them). Translations by the development team: need
-- review by a native speaker like the .ftl files.
INSERT INTO coaching_items (id, list, slug, active, sort, created_at) VALUES
    ('6f1c0d2e-0021-4000-8000-000000000001', 'matter', 'recognition', 1, 10, '2026-12-07T00:00:00Z'),
    ('6f1c0d2e-0021-4000-8000-000000000101', 'topic', 'housing', 1, 10, '2026-12-07T00:00:00Z'),
    ('6f1c0d2e-0021-4000-8000-000000000102', 'topic', 'work', 1, 20, '2026-12-07T00:00:00Z'),
    ('6f1c0d2e-0021-4000-8000-000000000103', 'topic', 'health', 1, 30, '2026-12-07T00:00:00Z'),
    ('6f1c0d2e-0021-4000-8000-000000000104', 'topic', 'language', 1, 40, '2026-12-07T00:00:00Z'),
    ('6f1c0d2e-0021-4000-8000-000000000105', 'topic', 'school', 1, 50, '2026-12-07T00:00:00Z'),
    ('6f1c0d2e-0021-4000-8000-000000000106', 'topic', 'authorities', 1, 60, '2026-12-07T00:00:00Z');
INSERT INTO coaching_item_titles (item_id, language, title) VALUES
    ('6f1c0d2e-0021-4000-8000-000000000001', 'en', 'Recognition of foreign qualifications'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'sv', 'Erkännande av utländsk utbildning och yrkeserfarenhet'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'de', 'Anerkennung ausländischer Berufsabschlüsse'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'ar', 'الاعتراف بالمؤهلات الأجنبية'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'fa', 'به رسمیت شناختن مدارک تحصیلی و حرفه‌ای خارجی'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'uk', 'Визнання іноземних кваліфікацій'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'ru', 'Признание иностранных квалификаций'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'tr', 'Yabancı mesleki yeterliliklerin tanınması'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'so', 'Aqoonsiga shahaadooyinka dibadda'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'ti', 'ምፍላጥ ወጻኢ ብቕዓታት'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'es', 'Reconocimiento de titulaciones extranjeras'),
    ('6f1c0d2e-0021-4000-8000-000000000001', 'fr', 'Reconnaissance des qualifications étrangères'),
    ('6f1c0d2e-0021-4000-8000-000000000101', 'en', 'Housing'),
    ('6f1c0d2e-0021-4000-8000-000000000101', 'sv', 'Bostad'),
    ('6f1c0d2e-0021-4000-8000-000000000101', 'de', 'Wohnen'),
    ('6f1c0d2e-0021-4000-8000-000000000101', 'ar', 'السكن'),
    ('6f1c0d2e-0021-4000-8000-000000000101', 'uk', 'Житло'),
    ('6f1c0d2e-0021-4000-8000-000000000101', 'es', 'Vivienda'),
    ('6f1c0d2e-0021-4000-8000-000000000101', 'fr', 'Logement'),
    ('6f1c0d2e-0021-4000-8000-000000000102', 'en', 'Work'),
    ('6f1c0d2e-0021-4000-8000-000000000102', 'sv', 'Arbete'),
    ('6f1c0d2e-0021-4000-8000-000000000102', 'de', 'Arbeit'),
    ('6f1c0d2e-0021-4000-8000-000000000102', 'ar', 'العمل'),
    ('6f1c0d2e-0021-4000-8000-000000000102', 'uk', 'Робота'),
    ('6f1c0d2e-0021-4000-8000-000000000102', 'es', 'Trabajo'),
    ('6f1c0d2e-0021-4000-8000-000000000102', 'fr', 'Travail'),
    ('6f1c0d2e-0021-4000-8000-000000000103', 'en', 'Health'),
    ('6f1c0d2e-0021-4000-8000-000000000103', 'sv', 'Hälsa'),
    ('6f1c0d2e-0021-4000-8000-000000000103', 'de', 'Gesundheit'),
    ('6f1c0d2e-0021-4000-8000-000000000103', 'ar', 'الصحة'),
    ('6f1c0d2e-0021-4000-8000-000000000103', 'uk', 'Здоров’я'),
    ('6f1c0d2e-0021-4000-8000-000000000103', 'es', 'Salud'),
    ('6f1c0d2e-0021-4000-8000-000000000103', 'fr', 'Santé'),
    ('6f1c0d2e-0021-4000-8000-000000000104', 'en', 'Language courses'),
    ('6f1c0d2e-0021-4000-8000-000000000104', 'sv', 'Språkkurser'),
    ('6f1c0d2e-0021-4000-8000-000000000104', 'de', 'Sprachkurse'),
    ('6f1c0d2e-0021-4000-8000-000000000104', 'ar', 'دورات اللغة'),
    ('6f1c0d2e-0021-4000-8000-000000000104', 'uk', 'Мовні курси'),
    ('6f1c0d2e-0021-4000-8000-000000000104', 'es', 'Cursos de idiomas'),
    ('6f1c0d2e-0021-4000-8000-000000000104', 'fr', 'Cours de langue'),
    ('6f1c0d2e-0021-4000-8000-000000000105', 'en', 'School and childcare'),
    ('6f1c0d2e-0021-4000-8000-000000000105', 'sv', 'Skola och förskola'),
    ('6f1c0d2e-0021-4000-8000-000000000105', 'de', 'Schule und Kinderbetreuung'),
    ('6f1c0d2e-0021-4000-8000-000000000105', 'ar', 'المدرسة ورعاية الأطفال'),
    ('6f1c0d2e-0021-4000-8000-000000000105', 'uk', 'Школа і догляд за дітьми'),
    ('6f1c0d2e-0021-4000-8000-000000000105', 'es', 'Escuela y cuidado infantil'),
    ('6f1c0d2e-0021-4000-8000-000000000105', 'fr', 'École et garde d’enfants'),
    ('6f1c0d2e-0021-4000-8000-000000000106', 'en', 'Authorities and residence'),
    ('6f1c0d2e-0021-4000-8000-000000000106', 'sv', 'Myndigheter och uppehållstillstånd'),
    ('6f1c0d2e-0021-4000-8000-000000000106', 'de', 'Behörden und Aufenthalt'),
    ('6f1c0d2e-0021-4000-8000-000000000106', 'ar', 'الدوائر الرسمية والإقامة'),
    ('6f1c0d2e-0021-4000-8000-000000000106', 'uk', 'Установи та перебування'),
    ('6f1c0d2e-0021-4000-8000-000000000106', 'es', 'Administración y residencia'),
    ('6f1c0d2e-0021-4000-8000-000000000106', 'fr', 'Administrations et séjour');
