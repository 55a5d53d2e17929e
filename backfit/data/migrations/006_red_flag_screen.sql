-- BackFit schema, version 6: the once-per-profile red-flag screen (TRAINING §6, NG59).
-- Before the first plan with any pain share the Goals page asks the urgent-care questions;
-- the answers are kept so they are asked once. `answers` is a JSON object question id → bool;
-- `any_yes` is true when one answer was yes (then no plan is shown, only the urgent-care text).
CREATE TABLE red_flag_screens (
    profile     VARCHAR PRIMARY KEY,
    answered_at TIMESTAMP NOT NULL,
    answers     VARCHAR NOT NULL,
    any_yes     BOOLEAN NOT NULL
);
