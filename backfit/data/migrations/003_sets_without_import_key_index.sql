-- BackFit schema, version 3: `sets` without the UNIQUE index on import_key.
-- Keeping that index up to date was a third of the cost of importing a 100,000-row file (the
-- INSERT and its COMMIT). Duplicate imports are prevented instead by the importer's anti-join,
-- run in the same write transaction as the INSERT while a process-wide lock keeps imports one
-- at a time (backfit/importers/_apply.py); only one process can write a DuckDB file.
-- DuckDB cannot drop a constraint in place, so the table is rebuilt: every column, default
-- and CHECK of 001 and 002 in the same order, ids kept, the id sequence untouched.

CREATE TABLE sets_v3 (
    id            BIGINT PRIMARY KEY DEFAULT nextval('sets_id_seq'),
    profile       VARCHAR NOT NULL,
    workout_id    VARCHAR NOT NULL,
    performed_at  TIMESTAMP NOT NULL,
    exercise      VARCHAR NOT NULL,
    variant       VARCHAR,
    set_index     INTEGER NOT NULL CHECK (set_index >= 1),
    kind          VARCHAR NOT NULL DEFAULT 'working'
                  CHECK (kind IN ('warmup', 'working', 'drop', 'failure')),
    reps          INTEGER CHECK (reps BETWEEN 0 AND 100),
    weight_kg     DOUBLE CHECK (weight_kg BETWEEN 0 AND 500),
    assistance_kg DOUBLE CHECK (assistance_kg BETWEEN 0 AND 200),
    bodyweight_kg DOUBLE CHECK (bodyweight_kg > 0),
    rir           DOUBLE CHECK (rir BETWEEN 0 AND 10),
    duration_s    DOUBLE CHECK (duration_s BETWEEN 0 AND 86400),
    note          VARCHAR,
    source        VARCHAR NOT NULL
                  CHECK (source IN ('manual', 'strong', 'hevy', 'csv', 'backfit')),
    -- Stable key of an imported set (source, workout start, exercise, position); NULL for sets
    -- typed in by hand. Unique by the importer's anti-join, not by an index.
    import_key    VARCHAR,
    created_at    TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    client_key    VARCHAR
);

INSERT INTO sets_v3
SELECT id, profile, workout_id, performed_at, exercise, variant, set_index, kind, reps,
       weight_kg, assistance_kg, bodyweight_kg, rir, duration_s, note, source, import_key,
       created_at, client_key
FROM sets;

DROP VIEW set_log;
DROP TABLE sets;
ALTER TABLE sets_v3 RENAME TO sets;

-- The public face of the log (DESIGN §3), exactly as in 001.
CREATE VIEW set_log AS
SELECT
    profile,
    workout_id,
    performed_at,
    exercise,
    variant,
    set_index,
    kind,
    reps,
    weight_kg,
    assistance_kg,
    bodyweight_kg,
    rir,
    duration_s,
    note,
    source
FROM sets;
