"""Goals → sets, reps, effort and rest for one exercise (TRAINING §2), and the pull-up ladder (§3).

Each goal slider weights its row of the TRAINING §2 table; numbers are blended with exact
fractions and rounded half-up, so the result moves monotonically with the sliders: strength has
the fewest reps, the lowest RIR and the longest rest, so raising it never raises reps or RIR;
pain prevention has the highest RIR, so raising it never lowers RIR. Pain-dominant plans then
floor spinal loading at RIR 3 (TRAINING §2, §6).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction
from math import floor

from backfit.core import rules
from backfit.core.goals import Goals
from backfit.core.rules import Emphasis, Level

Role = str  # "vertical_pull" | "horizontal_pull" | "hinge" | "extension"
MAIN_ROLES: frozenset[str] = frozenset({"vertical_pull", "horizontal_pull", "hinge"})
#: Exercises (and variants) that load the spine: RIR ≥ 3 when pain prevention dominates.
SPINE_LOADING: frozenset[tuple[str, str | None]] = frozenset(
    {("deadlift", None), ("row", "barbell"), ("back_extension", None)}
)


@dataclass(frozen=True, slots=True)
class Dose:
    """What one exercise gets: up to `sets_max` sets of `reps` (or a hold) @ `rir`, `rest_s`."""

    sets_max: int
    reps: tuple[int, int] | None
    hold_s: int | None
    rir: int
    rest_s: int


def strength_emphasis(role: Role, level: Level) -> Emphasis:
    """TRAINING §2 strength rows: main lifts 3–5 × 3–6 @ RIR 1–3, 2–5 min; novices 2–3 × 8–12."""
    if role not in MAIN_ROLES:
        return rules.STRENGTH_ACCESSORY
    if level == "novice":
        return rules.STRENGTH_MAIN_NOVICE
    if level == "advanced":
        return replace(rules.STRENGTH_MAIN, rir=rules.STRENGTH_MAIN_ADVANCED_RIR)
    return rules.STRENGTH_MAIN


def posture_emphasis(role: Role) -> Emphasis:
    """TRAINING §2 posture row: 2–4 × 10–15 @ RIR 2–3, 60–90 s."""
    return rules.POSTURE


def pain_emphasis(role: Role) -> Emphasis:
    """TRAINING §2 pain-prevention rows (McGill; defaults): RIR ≥ 3, light, 2–3 sets."""
    return rules.PAIN_EXTENSION if role == "extension" else rules.PAIN_LOADED


def _round(value: Fraction) -> int:
    """Round half up: monotone, and free of float ties."""
    return floor(value + Fraction(1, 2))


def _weights(goals: Goals) -> tuple[Fraction, Fraction, Fraction]:
    total = goals.posture + goals.pain + goals.strength
    return (
        Fraction(goals.posture, total),
        Fraction(goals.pain, total),
        Fraction(goals.strength, total),
    )


def blend(goals: Goals, role: Role) -> Emphasis:
    """The slider-weighted mix of the three emphases for a role (exact, then rounded)."""
    rows = (posture_emphasis(role), pain_emphasis(role), strength_emphasis(role, goals.level))
    weights = _weights(goals)

    def mix(pick: Callable[[Emphasis], int]) -> Fraction:
        return sum((w * pick(row) for w, row in zip(weights, rows, strict=True)), Fraction(0))

    lo = _round(mix(lambda r: r.reps[0]))
    hi = max(lo + 2, _round(mix(lambda r: r.reps[1])))
    rest = _round(mix(lambda r: r.rest_s) / 15) * 15
    return Emphasis(
        sets_max=_round(mix(lambda r: r.sets_max)),
        reps=(lo, hi),
        rir=_round(mix(lambda r: r.rir)),
        rest_s=rest,
    )


def loads_spine(exercise: str, variant: str) -> bool:
    return (exercise, None) in SPINE_LOADING or (exercise, variant) in SPINE_LOADING


def prescribe(goals: Goals, exercise: str, variant: str, role: Role) -> Dose:
    """Sets cap, reps or hold, RIR and rest for one exercise under these goals.

    Variant rules: negatives are 3–5 slow reps (TRAINING §3); the floor back extension is a
    10-second hold (McGill's "holds ≤ 10 s"). Everything else takes the blend.
    """
    mix = blend(goals, role)
    rir = mix.rir
    if goals.dominant("pain") and loads_spine(exercise, variant):
        rir = max(rir, rules.PAIN_RIR_FLOOR)
    reps: tuple[int, int] | None = mix.reps
    hold_s: int | None = None
    if exercise == "pull_up" and variant == "negative":
        reps = rules.NEGATIVE_REPS
    elif exercise == "back_extension" and variant == "floor":
        reps, hold_s = None, rules.MAX_HOLD_S
    return Dose(
        sets_max=max(rules.MIN_SETS_PER_EXERCISE, mix.sets_max),
        reps=reps,
        hold_s=hold_s,
        rir=rir,
        rest_s=mix.rest_s,
    )


def pull_up_variant(goals: Goals) -> tuple[str | None, str]:
    """TRAINING §3 ladder: the pull-up variant for these goals and equipment, and why.

    Returns (None, reason) when the equipment allows no pull-up at all.
    """
    owned = goals.equipment
    bar = "pullup_bar" in owned
    assisted = (
        "machine_assisted"
        if "assisted_machine" in owned
        else "band_assisted"
        if bar and "bands" in owned
        else None
    )
    n = goals.pullups
    if not bar:
        if assisted is None:
            return None, "no pull-up bar or assisted machine"
        return assisted, f"{n} strict pull-ups; no bar, so the assisted machine"
    strength_led = goals.dominant("strength") and goals.strength > 0
    if n >= rules.PULL_UPS_FOR_WEIGHTED or (
        n >= rules.PULL_UPS_FOR_WEIGHTED_STRENGTH and strength_led
    ):
        return "weighted", f"{n} strict pull-ups: add load"
    if n >= rules.PULL_UPS_FOR_BODYWEIGHT:
        return "bodyweight", f"{n} strict pull-ups: bodyweight sets"
    if assisted is not None:
        return assisted, f"{n} strict pull-ups: assisted sets in range build the first reps"
    return "negative", f"{n} strict pull-ups: slow 3–5 s negatives build the first reps"
