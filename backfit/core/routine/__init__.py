"""`generate_routine(goals)`: the explained weekly back routine (TRAINING §1–3, §6).

Pure and deterministic: the same `Goals` always give the identical `Routine`, which is what lets
a shared link (`Routine.query`) rebuild a plan exactly. The steps, one module each:

1. `selection`: pick variants per pattern from owned equipment, the leading goal, the graded
   spinal-load rules and the pull-up ladder (§3), each with the rule that picked it.
2. `scheduling`: place patterns on days (48 h between hard sessions of one pattern and between
   erector-heavy days; heavy and light hinge days; trunk block at pain share ≥ 50 %).
3. `fitting`: fill each day's minutes with sets (planned at a pain-monotone set time), up to the
   band's top; warm-up of about 10 % and stretching.
4. `spinal`: the week's spinal-load index; `notes`: what the plan could not do, and red flags.

`draft` holds the mutable days the steps edit; `generate` runs the steps in order.
"""

from backfit.core.routine.draft import WEEKDAY_NAMES, estimate_minutes
from backfit.core.routine.generate import generate_routine
from backfit.core.routine.scheduling import WEEK_LAYOUT
from backfit.core.routine.selection import PURPOSE, SHARES
from backfit.core.routine.spinal import spinal_load_index

__all__ = [
    "PURPOSE",
    "SHARES",
    "WEEKDAY_NAMES",
    "WEEK_LAYOUT",
    "estimate_minutes",
    "generate_routine",
    "spinal_load_index",
]
