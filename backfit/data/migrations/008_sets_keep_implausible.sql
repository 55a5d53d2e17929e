-- BackFit schema, version 8: `sets` keeps what the lifter chose to keep.
-- Imports set implausible rows aside (reps over 100, a load over the rules' ceiling; issue #12)
-- and the lifter may keep them as they are: a genuine 150-rep band set, a 550 kg leg-press
-- sled. The upper bounds of reps, weight_kg and assistance_kg therefore move out of the table
-- and into `backfit.core.rules` (checked by the form, the CLI and the importers, which ask
-- before storing past them); the lower bounds, RIR and duration stay as hard checks.
-- DuckDB cannot drop a constraint in place, so the table is rebuilt as in 003: every column,
-- default and remaining CHECK in the same order, ids kept, the id sequence untouched.

CREATE TABLE sets_v7 (
    id            BIGINT PRIMARY KEY DEFAULT nextval('sets_id_seq'),
    profile       VARCHAR NOT NULL,
    workout_id    VARCHAR NOT NULL,
    performed_at  TIMESTAMP NOT NULL,
    exercise      VARCHAR NOT NULL,
    variant       VARCHAR,
    set_index     INTEGER NOT NULL CHECK (set_index >= 1),
    kind          VARCHAR NOT NULL DEFAULT 'working'
                  CHECK (kind IN ('warmup', 'working', 'drop', 'failure')),
    reps          INTEGER CHECK (reps >= 0),
    weight_kg     DOUBLE CHECK (weight_kg >= 0),
    assistance_kg DOUBLE CHECK (assistance_kg >= 0),
    bodyweight_kg DOUBLE CHECK (bodyweight_kg > 0),
    rir           DOUBLE CHECK (rir BETWEEN 0 AND 10),
    duration_s    DOUBLE CHECK (duration_s BETWEEN 0 AND 86400),
    note          VARCHAR,
    source        VARCHAR NOT NULL
                  CHECK (source IN ('manual', 'strong', 'hevy', 'csv', 'backfit')),
    -- Where an imported set came from (source, workout start, position, name); NULL for sets
    -- typed in by hand. Duplicates are found by content, not by this key (see importers).
    import_key    VARCHAR,
    created_at    TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    client_key    VARCHAR
);

INSERT INTO sets_v7
SELECT id, profile, workout_id, performed_at, exercise, variant, set_index, kind, reps,
       weight_kg, assistance_kg, bodyweight_kg, rir, duration_s, note, source, import_key,
       created_at, client_key
FROM sets;

DROP VIEW set_log;
DROP TABLE sets;
ALTER TABLE sets_v7 RENAME TO sets;

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
