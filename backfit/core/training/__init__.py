"""What to lift next: double progression with the 2-for-2 rule, and PRs (TRAINING §3–§5).

A pure engine: a prescription and the lifter's past sessions go in, a `Target` comes out. No
clock, no database; `backfit.data.workouts` gathers the inputs. The parts:

* `steps`: load types, the smallest loadable step per equipment, rounding to loadable weights.
* `prescriptions`: sets × reps @ RIR with rest, the catalog defaults and the pull-up ladder.
* `equipment`: the lifter's kit (dumbbells, plates, bar, stack and assist steps) and its loads.
* `checkin`: the pain check-in carried forward 7 days and its graded response (TRAINING §4).
* `lighter_week`: the planned lighter week every 4–6 weeks of training.
* `endurance`: McGill's trunk-endurance tests, ratios and flags (TRAINING §5).
* `records`: the sets and sessions the engine reads and the `Target` it returns.
* `double_progression`: `next_target`, the decision itself (repeat, add reps, load up, climb
  the ladder, deload, or freeze for pain).
* `prs`: `find_prs`, because "how does this session compare with the ones before it?" is the
  same kind of question.

Import from `backfit.core.training`; the submodules are its layout, not its interface.
"""

from backfit.core.training.checkin import (
    CLINICIAN_TEXT,
    URGENT_CARE_TEXT,
    PainCheck,
    in_force,
    is_spinal,
    trunk_endurance_names,
)
from backfit.core.training.double_progression import LOW_REP_PULL_UP, next_target
from backfit.core.training.equipment import (
    Inventory,
    Loads,
    assist_step,
    default_equipment,
    make_equipment,
    parse_weights,
)
from backfit.core.training.lighter_week import is_lighter_week, week_of
from backfit.core.training.prescriptions import (
    Prescription,
    default_prescription,
    default_variant,
)
from backfit.core.training.prs import PR, PRKind, find_prs
from backfit.core.training.records import (
    COUNTED_KINDS,
    PROGRESSION_KINDS,
    Action,
    SessionRecord,
    SetRecord,
    Target,
    dose_text,
)
from backfit.core.training.steps import is_loadable, load_type, round_down, round_up, step_for

__all__ = [
    "CLINICIAN_TEXT",
    "COUNTED_KINDS",
    "LOW_REP_PULL_UP",
    "PR",
    "PROGRESSION_KINDS",
    "URGENT_CARE_TEXT",
    "Action",
    "Inventory",
    "Loads",
    "PRKind",
    "PainCheck",
    "Prescription",
    "SessionRecord",
    "SetRecord",
    "Target",
    "assist_step",
    "default_equipment",
    "default_prescription",
    "default_variant",
    "dose_text",
    "find_prs",
    "in_force",
    "is_lighter_week",
    "is_loadable",
    "is_spinal",
    "load_type",
    "make_equipment",
    "next_target",
    "parse_weights",
    "round_down",
    "round_up",
    "step_for",
    "trunk_endurance_names",
    "week_of",
]
