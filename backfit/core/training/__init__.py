"""What to lift next: double progression with the 2-for-2 rule, and PRs (TRAINING §3–§5).

A pure engine: a prescription and the lifter's past sessions go in, a `Target` comes out. No
clock, no database; `backfit.data.workouts` gathers the inputs. The parts:

* `steps`: load types, the smallest loadable step per equipment, rounding to loadable weights.
* `prescriptions`: sets × reps @ RIR with rest, the catalog defaults and the pull-up ladder.
* `records`: the sets and sessions the engine reads, the pain check-in, the `Target` it returns.
* `double_progression`: `next_target`, the decision itself (repeat, add reps, load up, climb
  the ladder, deload, or freeze for pain).
* `prs`: `find_prs`, because "how does this session compare with the ones before it?" is the
  same kind of question.

Import from `backfit.core.training`; the submodules are its layout, not its interface.
"""

from backfit.core.training.double_progression import next_target
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
    PainCheck,
    SessionRecord,
    SetRecord,
    Target,
    dose_text,
)
from backfit.core.training.steps import is_loadable, load_type, round_down, round_up, step_for

__all__ = [
    "COUNTED_KINDS",
    "PR",
    "PROGRESSION_KINDS",
    "Action",
    "PRKind",
    "PainCheck",
    "Prescription",
    "SessionRecord",
    "SetRecord",
    "Target",
    "default_prescription",
    "default_variant",
    "dose_text",
    "find_prs",
    "is_loadable",
    "load_type",
    "next_target",
    "round_down",
    "round_up",
    "step_for",
]
