"""TRAINING §3: the pull-up ladder, which rungs a lifter gets and each rung's reason.

The rungs follow the lifter's strict pull-ups and equipment; every rung's dose stays inside the
lifter's max (`prescription.pull_up_dose` shapes it, `pull_up_doable` checks it), and weighted
sets are only chosen when they fit. `ladder.share_the_ladder` then puts a two-rung ladder's
both rungs into the fitted week.
"""

from __future__ import annotations

from backfit.core import rules
from backfit.core.goals import Goals, leading_goal
from backfit.core.routine.prescription import Dose, prescribe


def strict(n: int) -> str:
    """The count agrees: "1 strict pull-up", "8 strict pull-ups"."""
    return f"{n} strict pull-up" if n == 1 else f"{n} strict pull-ups"


def weighted_fits(goals: Goals) -> bool:
    """TRAINING §3: weighted sets only when their top reps + RIR stay below the max strict reps
    (a loaded set must be harder than a bodyweight one)."""
    rx = prescribe(goals, "pull_up", "weighted")
    assert rx.reps is not None
    return rx.reps[1] + rx.rir + rules.PULL_UP_WEIGHTED_MARGIN <= goals.pullups


def pull_up_doable(goals: Goals, exercise: str, variant: str, rx: Dose) -> bool:
    """True when a lifter with `goals.pullups` strict reps can do this dose (§3): every
    exercise but the pull-up, assisted sets and negatives always (the help or the lowering
    scales); bodyweight pull-ups at top reps + RIR ≤ the max; weighted ones below it."""
    if exercise != "pull_up" or variant not in ("bodyweight", "weighted") or rx.reps is None:
        return True
    margin = rules.PULL_UP_WEIGHTED_MARGIN if variant == "weighted" else 0
    return rx.reps[1] + rx.rir + margin <= goals.pullups


def rung_why(goals: Goals, variant: str, ladder_why: str) -> str:
    """The ladder's reason as one rung tells it: a week may hold only one of a two-rung ladder
    (its pull-up sets go where the minutes allow), so a rung never speaks for the other."""
    n = goals.pullups
    if n == 0 and variant in ("band_assisted", "machine_assisted"):
        return "0 strict pull-ups: assisted sets build the first rep"
    if n == 0 and variant == "negative":
        return "0 strict pull-ups: slow 3–5 s negatives build the first rep"
    if 1 <= n < rules.PULL_UPS_FOR_BODYWEIGHT and variant == "negative":
        return f"{strict(n)} (1–4): slow negatives build more"
    if 1 <= n < rules.PULL_UPS_FOR_BODYWEIGHT and variant == "bodyweight":
        kind = "singles" if n < 3 else "singles and doubles"
        return f"{strict(n)} (1–4): {kind} build more, each set inside your max"
    return ladder_why


def pull_up_ladder(goals: Goals) -> tuple[tuple[str, ...], str]:
    """TRAINING §3: the pull-up variants for these goals and equipment, and the rung's reason.

    0 strict reps: assisted (machine or band, whichever exists) and negatives when a bar exists;
    1–4: negatives and low-rep bodyweight sets; 5–12: bodyweight; > 12, or strength-led with ≥ 8:
    weighted, when the weighted sets fit inside the max (`weighted_fits`), else bodyweight. Never
    assisted from 5 strict reps. Empty when there is neither bar nor machine, and from 5 strict
    reps without a bar (the assisted machine is past).
    """
    owned = goals.equipment
    bar = "pullup_bar" in owned
    n = goals.pullups
    assisted = (
        "machine_assisted"
        if "assisted_machine" in owned
        else "band_assisted"
        if bar and "bands" in owned
        else None
    )
    strength_led = goals.dominant("strength")
    if n >= rules.PULL_UPS_FOR_BODYWEIGHT:
        if not bar:
            return (), f"{strict(n)} but no bar"
        if n >= rules.PULL_UPS_FOR_WEIGHTED or (
            n >= rules.PULL_UPS_FOR_WEIGHTED_STRENGTH and strength_led
        ):
            lead = "leads" if leading_goal(goals) == "strength" else "ties for the lead"
            why = "more than 12" if n >= rules.PULL_UPS_FOR_WEIGHTED else f"strength {lead} and 8+"
            if weighted_fits(goals):
                return ("weighted",), f"{strict(n)} ({why}): weighted pull-ups"
            rx = prescribe(goals, "pull_up", "weighted")
            assert rx.reps is not None
            return ("bodyweight",), (
                f"{strict(n)} ({why}), but a weighted set of {rx.reps[1]} @ RIR {rx.rir} needs "
                f"more than {n}: bodyweight sets inside your max"
            )
        return ("bodyweight",), f"{strict(n)} (5–12): bodyweight sets inside your max"
    if n == 0:
        variants = tuple(v for v in (assisted, "negative" if bar else None) if v)
        return variants, "0 strict pull-ups: assisted sets and 3–5 s negatives build the first rep"
    if not bar:
        if "assisted_machine" in owned:
            return ("machine_assisted",), f"{strict(n)}, no bar: the assisted machine"
        return (), f"{strict(n)} but no bar"
    return ("negative", "bodyweight"), (
        f"{strict(n)} (1–4): negatives and singles or doubles build more"
    )
