"""Every number of `TRAINING.md`, once, named after its rule.

The routine and progression engines, the analytics, the validators and the pages import these;
none of them writes a training number of its own. Change a rule here, with its source, and in
`TRAINING.md` (the section is named on each block); the tests that pin the rules follow.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Literal

Level = Literal["novice", "intermediate", "advanced"]
Movement = Literal["hinge", "vertical_pull", "horizontal_pull", "extension", "trunk"]
Pattern = Literal["hinge", "horizontal_pull", "vertical_pull", "extension", "trunk"]

# --- §2 Goals → prescription ------------------------------------------------------------------

#: Each goal slider runs from 0 to 100; at least one must be above 0.
SLIDER_RANGE: Final = (0, 100)

#: Training levels, least trained first (NSCA: novice < 6 months, intermediate 6–24 months).
LEVELS: Final[tuple[Level, ...]] = ("novice", "intermediate", "advanced")

#: The back's movement patterns, in the order a day is built (heavy hinge first).
MOVEMENTS: Final[tuple[Movement, ...]] = (
    "hinge",
    "vertical_pull",
    "horizontal_pull",
    "extension",
    "trunk",
)

#: Weekly back working sets per level, (low, high) (Schoenfeld 2017; RP: MEV ≈ 10, MAV 14–22).
WEEKLY_SETS_BAND: Final[Mapping[str, tuple[int, int]]] = MappingProxyType(
    {"novice": (8, 12), "intermediate": (10, 20), "advanced": (14, 22)}
)
#: Where inside the band a week lands before days and minutes trim it (**default**).
WEEKLY_SETS_DEFAULT: Final[Mapping[str, int]] = MappingProxyType(
    {"novice": 12, "intermediate": 16, "advanced": 20}
)
#: No more than ~10 sets for one muscle group in one session (IUSCA).
MAX_SETS_PER_MUSCLE_SESSION: Final = 10
#: The fewest sets an exercise gets when it is in a day at all (**default**).
MIN_SETS_PER_EXERCISE: Final = 2
#: Deadlift at most twice a week.
MAX_DEADLIFT_DAYS: Final = 2
#: Session time: each rep takes about 4 s.
SECONDS_PER_REP: Final = 4
#: When pain prevention leads, spine-loading lifts stay at RIR ≥ 3 (**default**).
PAIN_RIR_FLOOR: Final = 3


@dataclass(frozen=True, slots=True)
class Emphasis:
    """One row of the §2 emphasis table: up to `sets_max` sets of `reps` @ `rir`, `rest_s`."""

    sets_max: int
    reps: tuple[int, int]
    rir: int
    rest_s: int


#: Strength, main lifts: 3–5 × 3–6 @ RIR 1–3 (RIR 1 for advanced), 2–5 min (ACSM, NSCA).
STRENGTH_MAIN: Final = Emphasis(sets_max=5, reps=(3, 6), rir=2, rest_s=180)
STRENGTH_MAIN_ADVANCED_RIR: Final = 1
#: Strength, main lifts for novices: 2–3 × 8–12 (ACSM, NSCA).
STRENGTH_MAIN_NOVICE: Final = Emphasis(sets_max=3, reps=(8, 12), rir=2, rest_s=120)
#: Strength, accessories: 2–3 × 6–10 @ RIR 2–3, 1.5–2 min (NSCA).
STRENGTH_ACCESSORY: Final = Emphasis(sets_max=3, reps=(6, 10), rir=2, rest_s=105)
#: Posture (upper-back endurance and hypertrophy): 2–4 × 10–15 @ RIR 2–3, 60–90 s (ACSM).
POSTURE: Final = Emphasis(sets_max=4, reps=(10, 15), rir=2, rest_s=75)
#: Pain prevention, hinge and rows: 2–3 × 8–12 @ RIR ≥ 3, 60–120 s (**default**).
PAIN_LOADED: Final = Emphasis(sets_max=3, reps=(8, 12), rir=3, rest_s=90)
#: Pain prevention, back extensions: light endurance sets (**default**, after McGill).
PAIN_EXTENSION: Final = Emphasis(sets_max=3, reps=(10, 15), rir=3, rest_s=60)
#: Light upper-back accessories (band pull-aparts, face pulls, Y-T-W, band rows): easy sets that
#: never make a session hard (**default**, after ACSM's posture row).
LIGHT_ACCESSORY: Final = Emphasis(sets_max=3, reps=(12, 20), rir=3, rest_s=45)
#: Hinges, bent-over rows and loaded back extensions stay at 12 reps or fewer (**default**).
MAX_REPS_SPINAL_LOADING: Final = 12
#: A small share never drags a strength-led main lift out of 3–6 reps (non-novice; **default**).
STRENGTH_LED_MAIN_REPS: Final = STRENGTH_MAIN.reps
#: Rows that cannot be loaded (inverted and table rows; band rows are light work anyway) stay at
#: 8 reps or more whatever the goals: they get harder by raising the feet, not by fewer reps, so
#: strength's row for them is 8–12 with 2 min rest (**default**).
UNLOADED_ROW_MIN_REPS: Final = 8
UNLOADED_ROW_REPS: Final = (UNLOADED_ROW_MIN_REPS, 12)
UNLOADED_ROW_REST_S: Final = 120
#: Negatives are 3–5 slow reps (§3); extensor holds last 10 s at the most (McGill).
NEGATIVE_REPS: Final = (3, 5)
MAX_HOLD_S: Final = 10

# --- §2 Spinal-load safety, graded by the pain share p (**default**, monotone by construction) --

#: p ≥ 0.20: high-load variants only at RIR ≥ 3, and none for novices.
PAIN_SHARE_HIGH_LOAD_RIR3: Final = 0.20
#: p ≥ 0.35: no high-load variants; moderate ones at RIR ≥ 3 and 8–12 reps.
PAIN_SHARE_NO_HIGH_LOAD: Final = 0.35
PAIN_MODERATE_REPS: Final = (8, 12)
#: p ≥ 0.50: a trunk-endurance block (McGill big 3, about 5–8 min) on every training day.
PAIN_SHARE_TRUNK_DAILY: Final = 0.50
TRUNK_BLOCK_MINUTES: Final = (5, 8)
#: The RIR at or above which spinal loading counts as "gentle" (the floor the rules above set).
PAIN_SAFE_RIR: Final = 3
#: Spinal-load index = Σ sets × class weight × RIR multiplier (§2).
SPINAL_LOAD_WEIGHT: Final[Mapping[str, int]] = MappingProxyType(
    {"high": 3, "moderate": 2, "low": 1, "none": 0}
)
#: × 1.2 at RIR ≤ 1, × 0.8 at RIR ≥ 3, else × 1.
SPINAL_LOAD_RIR_HARD: Final = 1
SPINAL_LOAD_RIR_HARD_FACTOR: Final = 1.2
SPINAL_LOAD_RIR_EASY: Final = 3
SPINAL_LOAD_RIR_EASY_FACTOR: Final = 0.8

# --- §2 Weekly structure --------------------------------------------------------------------

#: Each day uses at least this share of its minutes unless the week is at the band's top.
MIN_MINUTES_USED: Final = 0.70
#: Every training day: at least 2 exercises and 4 working sets (trunk holds not counted).
MIN_EXERCISES_PER_DAY: Final = 2
MIN_SETS_PER_DAY: Final = 4
#: A trained lifter's day (intermediate, advanced): a main lift at 3 of the 3–5 sets of the §2
#: table plus an accessory at 2, so at least 5 working sets (**default**).
MIN_SETS_PER_TRAINED_DAY: Final = 5
#: Weekly sets are never above the band's top (§2): when days × the day's minimum sets would pass
#: it, the engine trains on fewer days (at most top // minimum, **default**) and says so.
#: Hours between hard sessions (RIR ≤ 2) of one pattern, and between erector-heavy days (NSCA).
HOURS_BETWEEN_HARD_SESSIONS: Final = 48
HOURS_PER_DAY: Final = 24
#: A session is hard for a pattern when one of its sets is at RIR ≤ this.
HARD_RIR: Final = 2
#: The light day of two hinge days: a lighter variant or about 85 % of the load (NSCA), and never
#: harder than the heavy day: at least its RIR + 1 and no fewer reps (**default**).
LIGHT_HINGE_LOAD: Final = 0.85
LIGHT_HINGE_RIR_ABOVE_HEAVY: Final = 1
#: Sessions shorter than this rest at the low end of each row's range, so a short day is still
#: 2 exercises and 4 working sets (§2; **default**): strength main lifts 2 min, strength
#: accessories 90 s, posture and pain-prevention work 60 s.
SHORT_SESSION_MINUTES: Final = 30
SHORT_REST_STRENGTH_MAIN_S: Final = 120
SHORT_REST_STRENGTH_ACCESSORY_S: Final = 90
SHORT_REST_S: Final = 60
#: §2 session time, as planned: what rounding a blended set's reps (half a rep × 4 s) and rest
#: (to 15 s) may add to its exact time, per side, so the plan never undercounts a set.
SET_TIME_ROUNDING_S: Final = 10
#: ~1 minute changeover per exercise (§2 session time).
CHANGEOVER_S: Final = 60
#: Where in the band a week lands: days × minutes at or above this reach the band's top
#: (**default**: 5 days of 60 minutes).
BAND_TOP_DAY_MINUTES: Final = 300

# --- §1 Warm-up and trunk holds -------------------------------------------------------------

#: Warm-up ≈ 10 % of the session, at least 3 and at most 10 minutes (**default**).
WARMUP_SHARE: Final = 0.10
WARMUP_MINUTES: Final = (3, 10)
#: Ramp sets only before a loaded lift at RIR ≤ 2 and ≤ 8 reps; they take about 2 minutes of
#: the warm-up; cat–camel and pull-aparts a minute each while the easy cardio keeps 2 (**default**).
RAMP_MAX_RIR: Final = 2
RAMP_MAX_REPS: Final = 8
RAMP_MINUTES: Final = 2
MOBILITY_MINUTES: Final = 1
MIN_CARDIO_MINUTES: Final = 2
#: Stretches per session by its minutes: (from minutes, stretches), 2 × 30 s each (**default**).
STRETCHES_BY_MINUTES: Final = ((0, 2), (40, 3), (60, 4))
STRETCH_PLAN: Final = (30, 2)
#: Sessions under `SHORT_SESSION_MINUTES` hold each stretch 20 s (still inside ACSM's 10–30 s).
SHORT_STRETCH_HOLD_S: Final = 20
#: Trunk endurance (McGill): holds of 8–10 s, descending rounds per side, 10–20 s between holds.
TRUNK_HOLD_S: Final = 10
TRUNK_REST_S: Final = 10
TRUNK_ROUNDS: Final = (2, 1)

# --- §3 Pull-up ladder --------------------------------------------------------------------------

#: The ladder's rungs, easiest first: assisted (band or machine) → negatives → bodyweight →
#: weighted. One ladder for the progression engine and for the Progress chart.
PULL_UP_RUNGS: Final[tuple[str, ...]] = ("assisted", "negative", "bodyweight", "weighted")
#: Each pull-up variant's rung (band and machine are two ways up the same first rung; a chin-up
#: is the bodyweight rung with an underhand grip).
PULL_UP_RUNG: Final[Mapping[str, int]] = MappingProxyType(
    {
        "band_assisted": 0,
        "machine_assisted": 0,
        "negative": 1,
        "bodyweight": 2,
        "chin_up": 2,
        "weighted": 3,
    }
)
#: Max strict reps from which a lifter trains bodyweight pull-ups, never assisted (5–12).
PULL_UPS_FOR_BODYWEIGHT: Final = 5
#: More than 12 strict reps → weighted; strength-led lifters go weighted from 8.
PULL_UPS_FOR_WEIGHTED: Final = 13
PULL_UPS_FOR_WEIGHTED_STRENGTH: Final = 8
#: 1–4 strict reps: low-rep bodyweight sets, singles or doubles, 3–6 sets.
LOW_REP_PULL_UPS: Final = (1, 2)
LOW_REP_PULL_UP_SETS: Final = (3, 6)
#: Every pull-up set is one the lifter can do (TRAINING §3, **default**): its top reps + RIR
#: never pass the max strict reps. The 1–4 rung's singles and doubles stop at RIR
#: `PULL_UP_LOW_REP_RIR` (1), or at the max less one rep (a 1-rep lifter's single is RIR 0); the
#: 1–4 ladder's negatives share that RIR, so one day's pull-up block keeps one RIR.
PULL_UP_DOABLE_MIN_REPS: Final = 1
#: Bodyweight sets are about half to two-thirds of the max strict reps (TRAINING §3,
#: **default**: a coach's usual), at an RIR that leaves the top set inside the max.
PULL_UP_SET_SHARE: Final = (Fraction(1, 2), Fraction(2, 3))
#: Weighted pull-ups only when even the weighted rep range's top plus its RIR stays below the max
#: strict reps by this much (TRAINING §3, **default**: a weighted set must be harder than a
#: bodyweight one), else bodyweight sets.
PULL_UP_WEIGHTED_MARGIN: Final = 1
#: Negatives lower over 3–5 s.
NEGATIVE_LOWERING_S: Final = (3, 5)

# --- §4 Progression -----------------------------------------------------------------------------

#: Sessions in a row at the top of the range before the load goes up (NSCA 2-for-2).
SESSIONS_AT_TOP_TO_PROGRESS: Final = 2
#: Sessions in a row below the range before a deload, and how much load a deload keeps.
MISSES_BEFORE_DELOAD: Final = 3
DELOAD_FACTOR: Final = 0.9
#: Holds never last longer than `MAX_HOLD_S` (McGill's 10-s ceiling); they progress by count.
#: Holds progress by one more hold per round up to this many, then by one more round (McGill).
HOLDS_PER_ROUND_MAX: Final = 8
#: Smallest loadable step per load type, (kg, lb) (ACSM 2–10 %; cable is user-settable).
LOAD_STEPS: Final[Mapping[str, tuple[float, float]]] = MappingProxyType(
    {
        "barbell": (2.5, 5.0),
        "dumbbell": (2.0, 5.0),
        "cable": (2.5, 5.0),
        "machine": (2.5, 5.0),
        "assisted": (5.0, 10.0),
        "band": (5.0, 10.0),
        "bodyweight": (2.5, 5.0),  # a plate held to the chest, or a belt
    }
)
#: Default dumbbell racks when the lifter has not listed theirs: kg 1–10 by 1 then 12.5–50 by
#: 2.5; lb 5–100 by 5 (**default**: a common commercial rack).
DEFAULT_DUMBBELLS: Final[Mapping[str, tuple[float, ...]]] = MappingProxyType(
    {
        "kg": tuple(float(w) for w in range(1, 11)) + tuple(10 + 2.5 * i for i in range(1, 17)),
        "lb": tuple(float(w) for w in range(5, 105, 5)),
    }
)
#: Assisted pull-up machine counterweight step, (kg, lb) (**default**; the lifter sets theirs).
DEFAULT_ASSIST_STEP: Final = (2.5, 5.0)
#: Assistance step: the loadable step nearest this share of the effective load, at least one
#: machine step (TRAINING §4).
ASSIST_STEP_SHARE: Final = 0.05
#: A set at hi reps counts as reached whatever its RIR (TRAINING §4: the lifter did the reps).
#: The low-rep bodyweight rung of the pull-up ladder (TRAINING §3, 1–4 strict reps): singles to
#: fours, 3–6 sets (**default**: 4 sets of 1–4, RIR 1, 2 min).
PULL_UP_LOW_REP_SETS: Final = 4
PULL_UP_LOW_REP_REPS: Final = (1, 4)
PULL_UP_LOW_REP_RIR: Final = 1
PULL_UP_LOW_REP_REST_S: Final = 120
#: A first weighted pull-up target comes from the bodyweight e1RM at the new range's lo reps;
#: sets above `MAX_REPS_FOR_ESTIMATE` reps count as that many (an underestimate: a safe start).
FIRST_WEIGHTED_REPS_CAP: Final = 10
#: Stepping down from negatives with no assisted session on record: this share of bodyweight
#: as machine assistance (**default**, rounded up to the machine's step).
LADDER_DOWN_ASSIST_SHARE: Final = 1 / 3
#: A failed ladder step: a working set at this many reps or fewer on the new rung (TRAINING §4).
FAILED_LADDER_REPS: Final = 0

#: Planned lighter week every N weeks of training, N configurable 4–6 (Bell/Rogerson 2024):
#: about half the sets (rounded up) at RIR ≥ 4, same exercises, never more load than last time.
LIGHTER_WEEK_EVERY: Final = 5
LIGHTER_WEEK_EVERY_RANGE: Final = (4, 6)
LIGHTER_WEEK_SET_SHARE: Final = 0.5
LIGHTER_WEEK_MIN_RIR: Final = 4

#: Pain check-in (TRAINING §4 table): carried forward this many days until a newer one.
CHECKIN_CARRY_DAYS: Final = 7
#: Scores up to this (and not "worse") progress as usual.
CHECKIN_PROGRESS_MAX: Final = 2
#: From this score (or "same" at it or above) spinal-loading lifts hold their load.
CHECKIN_HOLD_FROM: Final = 3
#: From this score (or "worse") spinal-loading lifts drop 10 % (or one hinge-ladder step) and
#: everything else holds.
CHECKIN_REDUCE_FROM: Final = 5
CHECKIN_REDUCE_FACTOR: Final = 0.9
#: From this score: no loaded spinal work, trunk endurance only, and the clinician text (§6).
CHECKIN_TRUNK_ONLY_FROM: Final = 7
#: One step down the hinge ladder when pain asks for it (TRAINING §4), lightest last.
HINGE_LADDER: Final[tuple[tuple[str, str], ...]] = (
    ("deadlift", "conventional"),
    ("deadlift", "trap_bar"),
    ("deadlift", "romanian"),
    ("back_extension", "bench_45"),
    ("bird_dog", "standard"),
)
#: The trunk-endurance work (McGill big 3) that replaces spinal loading at check-in ≥ 7.
TRUNK_ENDURANCE_IDS: Final[tuple[str, ...]] = ("bird_dog", "side_bridge", "mcgill_curl_up")
#: At a check-in of 7/10 or more each of them is a target of its own: from the lifter's last
#: trunk sets, else this starting dose, one round of the routine's holds (sum of
#: `TRUNK_ROUNDS`) of `TRUNK_HOLD_S` (§4 holds rule; **default**, McGill).
TRUNK_START_HOLDS: Final = sum(TRUNK_ROUNDS)
#: The spinal-load classes (the catalog's `Variant.spinal_load`, TRAINING §1) whose lifts the
#: check-in table treats as spinal-loading; back extensions count too when loaded.
SPINAL_CLASSES: Final[frozenset[str]] = frozenset({"high", "moderate"})
#: Back extensions are moderate spinal load when loaded (TRAINING §1).
SPINAL_MODERATE_WHEN_LOADED: Final[frozenset[str]] = frozenset({"back_extension"})
#: RPE ↔ RIR: rir = RPE_MAX − rpe (Zourdos 2016, Helms 2016).
RPE_MAX: Final = 10.0

# --- §1 Warm-up and stretching -------------------------------------------------------------------

#: Static stretches: holds of 10–30 s, 2–4 times each (ACSM).
STRETCH_HOLD_S: Final = (10, 30)
STRETCH_SETS: Final = (2, 4)

#: Ramp sets before the first heavy lift: (fraction of the working load, reps).
WARMUP_RAMP: Final[tuple[tuple[float, int], ...]] = ((0.4, 5), (0.6, 3), (0.8, 2))

# --- §5 Estimated 1RM ---------------------------------------------------------------------------

#: No Epley estimate above this many reps (NSCA; Reynolds 2006).
MAX_REPS_FOR_ESTIMATE: Final = 10

#: Trunk-endurance tests (McGill 1999, timed holds to failure), healthy means in s (men, women).
ENDURANCE_TESTS: Final[tuple[str, ...]] = ("extensor", "flexor", "side_left", "side_right")
ENDURANCE_NORMS_S: Final[Mapping[str, tuple[float, float]]] = MappingProxyType(
    {"extensor": (161.0, 185.0), "flexor": (136.0, 134.0), "side_right": (95.0, 75.0),
     "side_left": (99.0, 78.0)}
)  # fmt: skip
#: Flags: flexor/extensor above this; either side bridge/extensor above this; right/left side
#: bridge outside this band.
FLEXOR_EXTENSOR_MAX: Final = 1.0
SIDE_EXTENSOR_MAX: Final = 0.75
SIDE_BALANCE_BAND: Final = (0.95, 1.05)
#: A flag adds trunk work for the weak direction until the next test (§5): one more drill of
#: McGill's descending rounds of 10-s holds (§4: never longer than `MAX_HOLD_S`) for that
#: direction, after the main work, on every training day whose minutes it fits (**default**).
TRUNK_FOCUS_ROUNDS: Final = (2, 1)
TRUNK_FOCUS_HOLD_S: Final = 10
#: The longest timed hold a test accepts, in s (a plausibility bound, **default**).
MAX_TEST_SECONDS: Final = 900.0

# --- Plausible bounds of a logged set (the form, the importers and the CLI share them) ----------

BODYWEIGHT_RANGE_KG: Final = (20.0, 400.0)
MAX_REPS: Final = 100
MAX_WEIGHT_KG: Final = 500.0
MAX_ASSISTANCE_KG: Final = 200.0
MAX_RIR: Final = 10.0
#: A timed hold or set typed in by hand lasts at most an hour.
MAX_SET_SECONDS: Final = 3600.0
#: Notes (a set's, a session's) hold at most this many characters, typed or imported.
MAX_NOTE_LENGTH: Final = 2000
#: No set is dated before this year (a year-1 or 1900 date is a broken export, not history).
EARLIEST_SET_YEAR: Final = 1970
#: Nor later than this many days after now ("tomorrow", for a lifter ahead of UTC).
LATEST_SET_DAYS_AHEAD: Final = 1

# --- Plausible bounds of an imported set (TRAINING §4–§5 act on these sets; **default**) --------
# A row past these is *implausible*: set aside with its line for the lifter to fix, keep or drop
# (issue #12), never refused with the whole file. The bounds above (MAX_REPS, MAX_WEIGHT_KG,
# MAX_ASSISTANCE_KG) are the same ceilings; what follows is what no set can be at all (invalid).

#: A hold or a set lasts at most a day (a longer duration is a typo, not a set).
MAX_SET_DURATION_S: Final = 86400.0
#: RPE is recorded from 1 to 10; 0 or blank means "not recorded" (TRAINING §4).
RPE_RANGE: Final = (0.0, 10.0)
