"""The frame of each day once its sets are fitted (TRAINING §1): a warm-up of about 10 % of the
session (3–10 min), ramp sets before a heavy loaded first lift, and stretches for what the day
worked. Its minutes were kept aside before any set was placed (`session_time`)."""

from __future__ import annotations

from dataclasses import replace

from backfit.core import catalog, rules
from backfit.core.goals import Goals
from backfit.core.routine.draft import Day
from backfit.core.routine.model import WarmupStep
from backfit.core.routine.session_time import stretch_count, stretch_plan, warmup_minutes

#: The loads whose first heavy lift gets ramp sets (TRAINING §1).
_LOADS_WEIGHT = ("barbell", "dumbbell", "cable", "machine")


def frame(goals: Goals, day: Day) -> None:
    """Warm-up of about 10 % of the session, ramp sets before a heavy loaded first lift, and
    stretches for what the day worked (TRAINING §1)."""
    total = warmup_minutes(goals)
    by_id = {w.id: w for w in catalog.WARMUP}
    ordered = day.ordered()
    first = ordered[0] if ordered else None
    ramp = (
        first is not None
        and not first.trunk
        and catalog.exercise(first.exercise).variant(first.variant).load in _LOADS_WEIGHT
        and first.rx.rir <= rules.RAMP_MAX_RIR
        and first.rx.reps is not None
        and first.rx.reps[1] <= rules.RAMP_MAX_REPS
    )
    extras: list[tuple[str, int]] = []
    if ramp:
        extras.append(("ramp_sets", rules.RAMP_MINUTES))
    for item in ("cat_camel", "band_pull_apart"):
        left = total - sum(m for _, m in extras) - rules.MOBILITY_MINUTES
        if left >= rules.MIN_CARDIO_MINUTES:
            extras.append((item, rules.MOBILITY_MINUTES))
    general = total - sum(m for _, m in extras)
    day.warmup = [WarmupStep(by_id["general"].name, general)] + [
        WarmupStep(by_id[i].name, m) for i, m in extras
    ]
    worked = {m for s in ordered for m in catalog.exercise(s.exercise).muscles}
    stretches = {s.id: s for s in catalog.STRETCHES}
    wanted = ["lat_stretch", "childs_pose"]
    if "hamstrings" in worked:
        wanted.append("hamstring")
    if goals.pain > 0 and "erector spinae" in worked:
        wanted.append("knee_to_chest")
    if goals.posture > 0:
        wanted.append("doorway_pec")
    wanted += [s.id for s in catalog.STRETCHES if s.id not in wanted]
    hold, sets = stretch_plan(goals)
    day.stretches = [
        replace(stretches[i], hold_s=hold, sets=sets) for i in wanted[: stretch_count(goals)]
    ]
