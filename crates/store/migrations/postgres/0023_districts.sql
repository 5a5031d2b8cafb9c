-- The city's districts and which neighbour which (issue 12): the course finder's
-- distance is "same district > neighbouring district > elsewhere". The coordinator
-- keeps the list on /staff/districts (API listDistricts / updateDistrict).
-- No personal data.
CREATE TABLE districts (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- The name as compared (trimmed, lower case): one district per name.
    name_key    TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
-- One row per neighbouring pair, the smaller id first: the relation is symmetric by
-- construction (A neighbours B exactly when B neighbours A) and never reflexive.
CREATE TABLE district_neighbours (
    district_a  TEXT NOT NULL REFERENCES districts(id) ON DELETE CASCADE,
    district_b  TEXT NOT NULL REFERENCES districts(id) ON DELETE CASCADE,
    PRIMARY KEY (district_a, district_b),
    CHECK (district_a < district_b)
);
CREATE INDEX district_neighbours_b ON district_neighbours(district_b);
-- The public catalogue's generation: every write that changes what the public course
-- list and finder show (a course saved, a seat reserved or given back, a provider's
-- standing or name, the districts) adds one in its own transaction. Each web node keeps
-- the catalogue in memory and reloads it when the number moved (checked every 2 s).
CREATE TABLE catalogue_generation (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    generation  BIGINT NOT NULL
);
INSERT INTO catalogue_generation (id, generation) VALUES (1, 0);
