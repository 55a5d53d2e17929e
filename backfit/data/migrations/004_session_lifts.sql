-- BackFit schema, version 4: rollups kept at write time (backfit/data/rollups.py, issue #16).
-- One row per lifter × session × day × lift with what the Progress page draws, so the page
-- reads hundreds of rows instead of every set. Every write path refreshes the rows of the
-- sessions it touched in its own transaction; `backfit rollups --rebuild` recomputes them all.
-- No key or index: rows are replaced by delete + insert in one transaction (a UNIQUE index
-- would reject that in DuckDB), and the lifter's rows are found by zone maps (rows laid out
-- by profile and day). Derived data: not part of a backup.

CREATE TABLE session_lifts (
    profile        VARCHAR NOT NULL,
    workout_id     VARCHAR NOT NULL,
    day            DATE NOT NULL,      -- the sets' calendar day
    exercise       VARCHAR NOT NULL,
    variant        VARCHAR,            -- the lift's variant; NULL for pull-ups (one ladder)
    sets           BIGINT NOT NULL,    -- every set, warm-ups too
    working_sets   BIGINT NOT NULL,    -- kind <> 'warmup'
    tonnage_kg     DOUBLE NOT NULL,    -- Σ reps × effective load of working sets
    e1rm_kg        DOUBLE,             -- best working-set e1RM (TRAINING §5) and its set:
    e1rm_reps      INTEGER,
    e1rm_load_kg   DOUBLE,
    e1rm_rir       DOUBLE,
    reps           BIGINT,             -- Σ reps of working sets
    best_reps      INTEGER,
    hold_s         DOUBLE,             -- Σ and max seconds of working holds (no reps)
    longest_hold_s DOUBLE,
    max_load_kg    DOUBLE,             -- heaviest effective load of a working set
    rung           INTEGER,            -- pull-ups only: highest ladder rung (TRAINING §3),
    net_kg         DOUBLE,             -- most added weight − assistance,
    net_best_reps  INTEGER             -- and most reps where that is known
);

-- Backfill from the sets already logged: the text of rollups.ROWS at version 4, in its ORDER.
INSERT INTO session_lifts
    WITH f AS (
    SELECT profile, workout_id, performed_at, CAST(performed_at AS DATE) AS day, exercise,
           variant, kind, reps, weight_kg, assistance_kg, bodyweight_kg, rir, duration_s,
           kind <> 'warmup' AS working,
           CASE WHEN exercise <> 'pull_up' THEN weight_kg WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL ELSE bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END AS load_kg,
    CASE
        WHEN reps IS NULL OR reps < 1 OR variant IS NOT DISTINCT FROM 'negative' THEN NULL
        WHEN exercise = 'pull_up' AND variant IS NOT DISTINCT FROM 'band_assisted'
             AND assistance_kg IS NULL THEN NULL
        WHEN (CASE WHEN exercise <> 'pull_up' THEN weight_kg WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL ELSE bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END) IS NULL OR (CASE WHEN exercise <> 'pull_up' THEN weight_kg WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL ELSE bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END) <= 0 OR (reps + coalesce(rir, 0)) > 10 THEN NULL
        WHEN (reps + coalesce(rir, 0)) = 1 THEN (CASE WHEN exercise <> 'pull_up' THEN weight_kg WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL ELSE bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END)
        ELSE (CASE WHEN exercise <> 'pull_up' THEN weight_kg WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL ELSE bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END) * (1 + (reps + coalesce(rir, 0)) / 30.0)
    END AS e1rm_kg,
           CASE WHEN exercise = 'pull_up' THEN NULL ELSE variant END AS lift_variant,
           CASE WHEN exercise = 'pull_up' THEN
    CASE WHEN variant IS NOT DISTINCT FROM 'negative' THEN 1
         WHEN coalesce(assistance_kg, 0) > 0
              OR variant IN ('band_assisted', 'machine_assisted')
              THEN 0
         WHEN coalesce(weight_kg, 0) > 0 THEN 3
         ELSE 2 END END AS rung,
           CASE WHEN exercise = 'pull_up' THEN
    CASE WHEN variant IS NOT DISTINCT FROM 'negative' THEN NULL
         WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL
         ELSE coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END END AS net_kg
    FROM sets WHERE true),
    g AS (
        SELECT profile, workout_id, day, exercise, lift_variant AS variant,
               count(*) AS sets,
               count(*) FILTER (working) AS working_sets,
               coalesce(sum(reps * load_kg) FILTER (working AND load_kg > 0), 0) AS tonnage_kg,
               max(struct_pack(e := e1rm_kg, r := reps, l := load_kg, i := rir))
                   FILTER (working AND e1rm_kg IS NOT NULL) AS best,
               sum(reps) FILTER (working) AS reps,
               max(reps) FILTER (working) AS best_reps,
               sum(duration_s) FILTER (working AND reps IS NULL) AS hold_s,
               max(duration_s) FILTER (working AND reps IS NULL) AS longest_hold_s,
               max(load_kg) FILTER (working) AS max_load_kg,
               max(rung) FILTER (working) AS rung,
               max(net_kg) FILTER (working) AS net_kg,
               max(reps) FILTER (working AND net_kg IS NOT NULL) AS net_best_reps
        FROM f GROUP BY ALL
    )
    SELECT profile, workout_id, day, exercise, variant, sets, working_sets, tonnage_kg,
           best.e AS e1rm_kg, best.r AS e1rm_reps, best.l AS e1rm_load_kg, best.i AS e1rm_rir,
           reps, best_reps, hold_s, longest_hold_s, max_load_kg, rung, net_kg, net_best_reps
    FROM g
ORDER BY profile, day, workout_id, exercise, variant NULLS FIRST;
