-- BackFit schema, version 5: pain check-ins that carry forward, and trunk-endurance tests.
-- A check-in used to live only on its session's row (workouts.pain_score), so it was ignored
-- by the next session; now each one is its own dated row, and the latest of the last 7 days
-- applies to every session until a newer one (TRAINING §4). Session check-ins stay where they
-- are and count too. Tests are McGill's timed holds to failure (TRAINING §5).

CREATE TABLE checkins (
    profile    VARCHAR NOT NULL,
    given_at   TIMESTAMP NOT NULL,
    pain_score INTEGER CHECK (pain_score BETWEEN 0 AND 10),
    pain_trend VARCHAR CHECK (pain_trend IN ('better', 'same', 'worse')),
    red_flag   BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    PRIMARY KEY (profile, given_at)
);

CREATE TABLE trunk_tests (
    profile    VARCHAR NOT NULL,
    tested_at  TIMESTAMP NOT NULL,
    test       VARCHAR NOT NULL
               CHECK (test IN ('extensor', 'flexor', 'side_left', 'side_right')),
    seconds    DOUBLE NOT NULL CHECK (seconds > 0 AND seconds <= 900),
    created_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp(),
    PRIMARY KEY (profile, test, tested_at)
);
