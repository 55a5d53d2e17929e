-- BackFit schema, version 9: back focus and the remembered profile.
-- A custom exercise (an imported "Face Pull (Cable)", one created by hand) gets a movement
-- pattern when the lifter picks one; without a row it is "other" and never counts as back work.
-- Catalog exercises need no row: their pattern is in backfit/core/catalog.py.
CREATE TABLE exercise_patterns (
    profile  VARCHAR NOT NULL,
    exercise VARCHAR NOT NULL,
    movement VARCHAR NOT NULL
             CHECK (movement IN ('vertical_pull', 'horizontal_pull', 'hinge', 'extension', 'other')),
    PRIMARY KEY (profile, exercise)
);

-- Settings of this database rather than of one profile (the profile last used in the app).
CREATE TABLE app_settings (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
