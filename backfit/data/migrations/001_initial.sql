-- BackFit schema, version 1.
-- Weights are kg. Foreign keys are enforced in code, not by DuckDB: DuckDB's FK checks reject
-- some legal updates of referenced rows, and the lifter's file must never become unwritable.

CREATE TABLE profiles (
    name          VARCHAR PRIMARY KEY,
    unit          VARCHAR NOT NULL DEFAULT 'kg' CHECK (unit IN ('kg', 'lb')),
    bodyweight_kg DOUBLE,
    created_at    TIMESTAMP NOT NULL DEFAULT current_localtimestamp()
);

-- Free-form per-profile settings (plate inventory, cable step, ...), JSON text values.
CREATE TABLE profile_settings (
    profile VARCHAR NOT NULL,
    key     VARCHAR NOT NULL,
    value   VARCHAR NOT NULL,
    PRIMARY KEY (profile, key)
);

-- Exercises the lifter created explicitly; catalog ids need no row here.
CREATE TABLE custom_exercises (
    profile    VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    PRIMARY KEY (profile, name)
);

CREATE TABLE workouts (
    id          VARCHAR PRIMARY KEY,
    profile     VARCHAR NOT NULL,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    title       VARCHAR,
    note        VARCHAR,
    pain_score  INTEGER CHECK (pain_score BETWEEN 0 AND 10),
    pain_trend  VARCHAR CHECK (pain_trend IN ('better', 'same', 'worse')),
    routine_version INTEGER,
    routine_day INTEGER,
    source      VARCHAR NOT NULL
);

CREATE SEQUENCE sets_id_seq;
CREATE TABLE sets (
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
    -- Stable key of an imported set (source, workout start, exercise, position): re-imports
    -- skip rows whose key exists. NULL for sets typed in by hand.
    import_key    VARCHAR UNIQUE,
    created_at    TIMESTAMP NOT NULL DEFAULT current_localtimestamp()
);

-- Every "Train this" stores a new version; the active routine is the newest one.
CREATE TABLE routines (
    profile    VARCHAR NOT NULL,
    version    INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    query      VARCHAR NOT NULL,
    plan_json  VARCHAR NOT NULL,
    PRIMARY KEY (profile, version)
);

-- Read-only progress links for a coach; revoked links keep their row for the record.
CREATE TABLE share_tokens (
    token      VARCHAR PRIMARY KEY,
    profile    VARCHAR NOT NULL,
    label      VARCHAR,
    created_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    revoked_at TIMESTAMP
);

-- The public face of the log (DESIGN §3). Column names, order and types are a contract.
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
