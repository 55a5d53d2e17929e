"""`generate_routine(goals)`: the explained weekly back routine (TRAINING §1–3, §6).

Pure and deterministic: the same `Goals` always give the identical `Routine`, which is what lets
a shared link (`Routine.query`) rebuild a plan exactly. The steps, one module each:

1. `selection`: pick a variant per movement from owned equipment, goals and the pull-up ladder
   (§3), and say in one line why each exercise is there.
2. `scheduling`: split the level's weekly working sets (§2: novice 8–12, intermediate 10–20,
   advanced 14–22) across the four movements by slider-weighted shares, and spread them over
   the days, heavy lifts first, deadlifts at most twice a week on days at least 48 h apart.
3. `fitting`: fit every day into its minutes (reps × 4 s or hold + rest, plus warm-up and
   stretching), dropping the lowest-priority work first, then refill days if the band allows.
4. `notes`: every step that cannot do what the goals ask says so in `Routine.notes`.

`draft` holds the mutable days the steps edit; `generate` runs the steps in order.
"""

from backfit.core.routine.draft import WEEKDAY_NAMES, estimate_minutes
from backfit.core.routine.fitting import HEAVY_FIRST, OPTIONAL_WARMUP
from backfit.core.routine.generate import generate_routine
from backfit.core.routine.scheduling import WEEK_LAYOUT
from backfit.core.routine.selection import PURPOSE, SHARES

__all__ = [
    "HEAVY_FIRST",
    "OPTIONAL_WARMUP",
    "PURPOSE",
    "SHARES",
    "WEEKDAY_NAMES",
    "WEEK_LAYOUT",
    "estimate_minutes",
    "generate_routine",
]
