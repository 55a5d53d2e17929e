"""Which exercises and variants, why, and how much each movement matters (TRAINING §2–3).

A variant is picked per movement from owned equipment, the leading goal and the pull-up ladder
(§3). The slider-weighted shares below say how much of the week each movement gets and how
important it is when a day must be trimmed; the same numbers explain each exercise in one line.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from backfit.core import catalog
from backfit.core.goals import GOAL_LABELS, GOAL_NAMES, Goals
from backfit.core.routine.draft import Choices, Slot
from backfit.core.routine.prescription import prescribe, pull_up_variant

#: Share of the weekly sets each goal gives each movement (each goal's column sums to 1).
#: Posture favours rows (§2: at least as many rows as vertical pulls), pain prevention favours
#: back-extension endurance (McGill), strength favours the heavy hinge and pulls.
SHARES: dict[str, tuple[Fraction, Fraction, Fraction]] = {
    #                  posture          pain             strength
    "vertical_pull": (Fraction(25, 100), Fraction(20, 100), Fraction(30, 100)),
    "horizontal_pull": (Fraction(45, 100), Fraction(25, 100), Fraction(25, 100)),
    "hinge": (Fraction(10, 100), Fraction(20, 100), Fraction(35, 100)),
    "extension": (Fraction(20, 100), Fraction(35, 100), Fraction(10, 100)),
}
#: Why a movement serves a goal, for the one-line reasons.
PURPOSE: dict[str, dict[str, str]] = {
    "vertical_pull": {
        "posture": "wide lats and a strong upper back",
        "pain": "balanced upper-back strength",
        "strength": "lat and grip strength",
    },
    "horizontal_pull": {
        "posture": "shoulder blades pulled back, upper-back endurance",
        "pain": "a braced, neutral spine under load",
        "strength": "heavy horizontal pulling",
    },
    "hinge": {
        "posture": "posterior-chain strength",
        "pain": "a safe hip hinge with light load",
        "strength": "the biggest whole-back strength lift",
    },
    "extension": {
        "posture": "spinal-erector endurance",
        "pain": "lower-back endurance, which protects against pain",
        "strength": "erector work that supports heavy lifts",
    },
}


def choose_exercises(goals: Goals, notes: list[str], *, allow_conventional: bool = True) -> Choices:
    """Movement → [(exercise, variant, variant reason)], only what the equipment allows."""
    owned = goals.equipment
    chosen: Choices = {}
    vertical: list[tuple[str, str, str]] = []
    pull_variant, ladder = pull_up_variant(goals)
    if pull_variant is not None:
        vertical.append(("pull_up", pull_variant, ladder))
    if catalog.available_variants("lat_pulldown", owned):
        vertical.append(("lat_pulldown", "cable", "cable stack, easy to load in small steps"))
    if vertical:
        chosen["vertical_pull"] = vertical
    else:
        notes.append(
            "Skipped vertical pulls: they need a pull-up bar, an assisted machine or a cable."
        )

    if goals.dominant("pain"):
        row_order = ("dumbbell", "cable", "barbell")
        row_reason = "supported, easy on the lower back"
    elif goals.dominant("strength"):
        row_order = ("barbell", "dumbbell", "cable")
        row_reason = "loads heavy"
    else:
        row_order = ("cable", "dumbbell", "barbell")
        row_reason = "steady tension for the upper back"
    row = _first_available("row", row_order, owned)
    if row:
        chosen["horizontal_pull"] = [("row", row, row_reason)]
    else:
        notes.append("Skipped rows: they need a barbell, dumbbells or a cable.")

    if goals.dominant("pain"):
        dl_order: tuple[str, ...] = ("trap_bar", "romanian")
        dl_reason = "hip-dominant, easier on the lower back"
    elif goals.dominant("strength") and allow_conventional:
        dl_order = ("conventional", "trap_bar", "romanian")
        dl_reason = "the heaviest pull"
    elif goals.dominant("strength"):
        dl_order = ("trap_bar", "romanian")
        dl_reason = "a lighter hinge: with pain prevention on, the time left suits it better"
    else:
        dl_order = ("romanian", "trap_bar", "conventional")
        dl_reason = "hamstrings and erectors through a long range"
    deadlift = _first_available("deadlift", dl_order, owned)
    if deadlift:
        chosen["hinge"] = [("deadlift", deadlift, dl_reason)]
    else:
        notes.append("Skipped deadlifts: they need a barbell or a trap bar.")

    extension = _first_available("back_extension", ("bench_45", "machine", "ball", "floor"), owned)
    chosen["extension"] = [("back_extension", extension, "")]
    return chosen


def _first_available(exercise: str, preference: tuple[str, ...], owned: frozenset[str]) -> str:
    ids = {v.id for v in catalog.available_variants(exercise, owned)}
    return next((v for v in preference if v in ids), "")


def goal_share(goals: Goals, movement: str, ignore: tuple[str, ...] = ()) -> Fraction:
    """The movement's share of the week, weighted by the goal sliders (not yet normalised).

    Goals in `ignore` still count in the total but add nothing to this movement's share.
    """
    total = goals.posture + goals.pain + goals.strength
    weights = [Fraction(0 if g in ignore else getattr(goals, g), total) for g in GOAL_NAMES]
    return sum((w * s for w, s in zip(weights, SHARES[movement], strict=True)), Fraction(0))


def priority(goals: Goals, movement: str, ignore: tuple[str, ...] = ()) -> int:
    """How much the movement matters to these goals: higher is trimmed later."""
    return int(goal_share(goals, movement, ignore) * 1000)


def by_priority(goals: Goals, movements: Iterable[str]) -> list[str]:
    """Most important first, ties by name."""
    return sorted(movements, key=lambda m: (-priority(goals, m), m))


def _reason(goals: Goals, movement: str, exercise: str, variant: str, extra: str) -> str:
    """One line naming the goal(s) behind the exercise, strongest first."""
    contributions = sorted(
        (
            (Fraction(getattr(goals, g)) * SHARES[movement][i], g)
            for i, g in enumerate(GOAL_NAMES)
            if getattr(goals, g) > 0
        ),
        key=lambda c: (-c[0], GOAL_NAMES.index(c[1])),
    )
    top = [c for c in contributions if c[0] * 2 >= contributions[0][0]][:2]
    parts = [f"{GOAL_LABELS[g]} ({PURPOSE[movement][g]})" for _, g in top]
    line = "For " + " and ".join(parts)
    name = catalog.exercise(exercise).variant(variant).name
    if extra:
        line += f"; {name.lower()}: {extra}"
    return line + "."


def make_slot(goals: Goals, movement: str, choice: tuple[str, str, str], sets: int) -> Slot:
    """A slot for one chosen exercise, capped at its prescription's most sets."""
    exercise, variant, extra = choice
    rx = prescribe(goals, exercise, variant, movement)
    # Raising pain prevention must never keep a heavy conventional pull that a trim would
    # otherwise drop (TRAINING §2), so pain adds nothing to that slot's priority.
    ignore = ("pain",) if variant == "conventional" else ()
    return Slot(
        movement=movement,
        exercise=exercise,
        variant=variant,
        rx=rx,
        sets=min(sets, rx.sets_max),
        priority=priority(goals, movement, ignore),
        why=_reason(goals, movement, exercise, variant, extra),
    )
