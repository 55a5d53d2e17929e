"""Goals → sets, reps, effort and rest for one exercise (TRAINING §2), pull-ups inside the max (§3).

Each goal slider weights its row of the TRAINING §2 table; numbers are blended with exact
fractions and rounded half-up, so the result moves monotonically with the sliders: strength has
the fewest reps and the lowest RIR, so raising it never raises reps or RIR; pain prevention has
the highest RIR, so raising it never lowers RIR. The graded spinal-load rules then only ever
raise RIR or narrow reps as the pain share p grows (§2):

- p ≥ 0.20: a high-load variant at RIR ≥ 3;
- p ≥ 0.35: a moderate-load variant at RIR ≥ 3 and 8–12 reps;
- pain-dominant plans keep every spine-loading lift at RIR ≥ 3.

Two rules keep a lift inside its own row whatever the small shares (§2, defaults):

- a main lift of a strength-led plan (non-novice) stays within 3–6 reps: its top is cut at 6 and
  its bottom at 4 at most. Strength only starts to lead as strength rises (and stops as pain or
  posture rise), and the cut only lowers reps, so raising strength still never raises reps; the
  safety rules above still widen a moderate lift to 8–12 from p ≥ 0.35. The planned set time
  (`budget_seconds`) is priced from the rows, not from the cut set, so sets never move with it;
- a row that cannot be loaded (inverted and table rows) blends strength's own row for it, 8–12
  reps, so it is never dosed as a 3–6-rep lift; strength still has that blend's fewest reps and
  lowest RIR, so every argument above holds for it.

The light day of two hinge days (`light_day`) is never harder than the heavy one: at least its
RIR + 1 and no fewer reps, each a max of two doses that move with the sliders as above.

`budget_seconds` is the time the week is planned with: the set's time with pain's share priced at
the slowest row of the table, so it never falls as pain rises and never undercounts the real set.
That is what keeps the number of sets (and the spinal-load index) monotone in pain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache
from math import floor

from backfit.core import catalog, rules
from backfit.core.goals import Goals
from backfit.core.routine.session_time import session_work_seconds
from backfit.core.rules import Emphasis, Level

Role = str  # "main" | "unloaded" (rows that cannot be loaded) | "accessory" | "light" | "trunk"


@dataclass(frozen=True, slots=True)
class Dose:
    """What one exercise gets: up to `sets_max` sets of `reps` (or a hold) @ `rir`, `rest_s`."""

    sets_max: int
    reps: tuple[int, int] | None
    hold_s: int | None
    rir: int
    rest_s: int
    sets_min: int = rules.MIN_SETS_PER_EXERCISE
    holds: tuple[int, ...] | None = None


def pain_share(goals: Goals) -> Fraction:
    return Fraction(goals.pain, goals.posture + goals.pain + goals.strength)


def strength_emphasis(role: Role, level: Level) -> Emphasis:
    """TRAINING §2 strength rows: main lifts 3–5 × 3–6 @ RIR 1–3, 2–5 min; novices 2–3 × 8–12.
    A row that cannot be loaded keeps the level's sets and effort at 8–12 reps, 2 min rest."""
    if role == "unloaded":
        main = strength_emphasis("main", level)
        return replace(main, reps=rules.UNLOADED_ROW_REPS, rest_s=rules.UNLOADED_ROW_REST_S)
    if role != "main":
        return rules.STRENGTH_ACCESSORY
    if level == "novice":
        return rules.STRENGTH_MAIN_NOVICE
    if level == "advanced":
        return replace(rules.STRENGTH_MAIN, rir=rules.STRENGTH_MAIN_ADVANCED_RIR)
    return rules.STRENGTH_MAIN


def pain_emphasis(role: Role) -> Emphasis:
    """TRAINING §2 pain-prevention rows: hinge and rows 2–3 × 8–12 @ RIR ≥ 3 (defaults)."""
    return rules.PAIN_EXTENSION if role == "accessory" else rules.PAIN_LOADED


def _rows(goals: Goals, role: Role) -> tuple[Emphasis, Emphasis, Emphasis]:
    rows = (rules.POSTURE, pain_emphasis(role), strength_emphasis(role, goals.level))
    if goals.minutes >= rules.SHORT_SESSION_MINUTES:
        return rows
    # A short session rests at the low end of each row's range (TRAINING §2 table).
    strength = (
        rules.SHORT_REST_STRENGTH_MAIN_S
        if role in ("main", "unloaded")
        else rules.SHORT_REST_STRENGTH_ACCESSORY_S
    )
    posture, pain, strong = rows
    return (
        replace(posture, rest_s=min(posture.rest_s, rules.SHORT_REST_S)),
        replace(pain, rest_s=min(pain.rest_s, rules.SHORT_REST_S)),
        replace(strong, rest_s=min(strong.rest_s, strength)),
    )


def _mix(
    goals: Goals, rows: tuple[Emphasis, ...], pick: Callable[[Emphasis], int], unit: int = 1
) -> int:
    """The slider-weighted mean of `pick(row)` in steps of `unit`, rounded half up.

    Exact integer arithmetic (no float ties): monotone in every slider.
    """
    sliders = (goals.posture, goals.pain, goals.strength)
    num = sum(s * pick(row) for s, row in zip(sliders, rows, strict=True))
    den = sum(sliders) * unit
    return (2 * num + den) // (2 * den)


def blend(goals: Goals, role: Role) -> Emphasis:
    """The slider-weighted mix of the three emphases for a role (exact, then rounded)."""
    rows = _rows(goals, role)
    lo = _mix(goals, rows, lambda r: r.reps[0])
    hi = max(lo + 2, _mix(goals, rows, lambda r: r.reps[1]))
    return Emphasis(
        sets_max=_mix(goals, rows, lambda r: r.sets_max),
        reps=(lo, hi),
        rir=_mix(goals, rows, lambda r: r.rir),
        rest_s=_mix(goals, rows, lambda r: r.rest_s, 15) * 15,
    )


def role_of(exercise: str) -> Role:
    ex = catalog.exercise(exercise)
    if ex.family == "trunk":
        return "trunk"
    if ex.light:
        return "light"
    if ex.movement == "extension":
        return "accessory"
    if ex.movement == "horizontal_pull" and all(v.load == "bodyweight" for v in ex.variants):
        return "unloaded"  # inverted and table rows: harder by raising the feet, not by load
    return "main"


def strength_led(goals: Goals) -> bool:
    """Strength is above both other sliders: a tie is not led by strength (the safer goal's
    reps count as much), so the 3–6 cut below never decides a split plan."""
    return goals.strength > goals.posture and goals.strength > goals.pain


def strength_led_reps(goals: Goals, role: Role, reps: tuple[int, int]) -> tuple[int, int]:
    """TRAINING §2: a small share never drags a strength-led main lift (non-novice) out of
    3–6 reps. Only ever lowers reps, and only once strength leads, so it stays monotone."""
    if role != "main" or goals.level == "novice" or not strength_led(goals):
        return reps
    lo, hi = rules.STRENGTH_LED_MAIN_REPS
    top = min(reps[1], hi)
    return (max(lo, min(reps[0], top - 2)), top)


def main_sets_max(goals: Goals, role: Role) -> int:
    """The set cap of a role: posture and strength alone (pain only when it is the only goal),
    so raising pain never frees sets that could move to spine-loading work (TRAINING §2)."""
    caps = replace(goals, pain=0) if goals.posture + goals.strength else goals
    return blend(caps, role).sets_max


def row_sets_max(goals: Goals) -> int:
    """The set cap of the week's row, whichever exercise takes it (a band row too): posture's
    row (2–4 sets) never caps it below strength's (3–5), so raising posture never lowers the
    horizontal-pull sets (TRAINING §2)."""
    sets_max = main_sets_max(goals, "main")
    if goals.strength > 0:
        sets_max = max(sets_max, strength_emphasis("main", goals.level).sets_max)
    return sets_max


@lru_cache(maxsize=4096)
def prescribe(goals: Goals, exercise: str, variant: str, *, easy: bool = False) -> Dose:
    """Sets cap, reps or hold, RIR and rest for one exercise under these goals.

    `easy`: the 48-hour rule's easy session, at RIR ≥ 3 so it never counts as a hard day (§2).
    """
    role = role_of(exercise)
    if role == "trunk":
        return Dose(
            sets_max=len(rules.TRUNK_ROUNDS),
            reps=None,
            hold_s=rules.TRUNK_HOLD_S,
            rir=rules.PAIN_SAFE_RIR,
            rest_s=rules.TRUNK_REST_S,
            sets_min=len(rules.TRUNK_ROUNDS),
            holds=rules.TRUNK_ROUNDS,
        )
    if role == "light":
        e = rules.LIGHT_ACCESSORY
        return Dose(e.sets_max, e.reps, None, e.rir, e.rest_s)
    mix = blend(goals, role)
    reps, rir = strength_led_reps(goals, role, mix.reps), mix.rir
    # The set cap follows posture and strength alone (pain only when it is the only goal), so
    # raising pain never frees sets that could move to spine-loading work (TRAINING §2).
    sets_max = main_sets_max(goals, role)
    if catalog.exercise(exercise).movement == "horizontal_pull":
        sets_max = row_sets_max(goals)
    load = catalog.spinal_load(exercise, variant)
    p = pain_share(goals)
    if load in ("high", "moderate"):
        hi = min(reps[1], rules.MAX_REPS_SPINAL_LOADING)
        reps = (min(reps[0], hi - 2), hi)
        if goals.dominant("pain"):
            rir = max(rir, rules.PAIN_RIR_FLOOR)
    if load == "high" and p >= Fraction(str(rules.PAIN_SHARE_HIGH_LOAD_RIR3)):
        rir = max(rir, rules.PAIN_SAFE_RIR)
    if load == "moderate" and p >= Fraction(str(rules.PAIN_SHARE_NO_HIGH_LOAD)):
        rir = max(rir, rules.PAIN_SAFE_RIR)
        reps = (max(reps[0], rules.PAIN_MODERATE_REPS[0]), rules.PAIN_MODERATE_REPS[1])
    sets_min = rules.MIN_SETS_PER_EXERCISE
    if easy:
        rir = max(rir, rules.PAIN_SAFE_RIR)
    if exercise == "pull_up":
        reps, rir = pull_up_dose(goals, variant, reps, rir, easy=easy)
        if variant == "bodyweight" and goals.pullups < rules.PULL_UPS_FOR_BODYWEIGHT:
            sets_min, sets_max = rules.LOW_REP_PULL_UP_SETS
    return Dose(
        sets_max=max(sets_min, sets_max),
        reps=reps,
        hold_s=None,
        rir=rir,
        rest_s=mix.rest_s,
        sets_min=sets_min,
    )


def light_day(own: Dose, heavy: Dose) -> Dose:
    """TRAINING §2: the light one of two hinge days (the same lift at ~85 % load, or a lighter
    variant) is never harder than the heavy one: at least the heavy day's RIR + 1 and no fewer
    reps. Each part is the max of the two doses, so it moves with the sliders as they do."""
    assert own.reps is not None and heavy.reps is not None
    reps = (max(own.reps[0], heavy.reps[0]), max(own.reps[1], heavy.reps[1]))
    rir = max(own.rir, heavy.rir + rules.LIGHT_HINGE_RIR_ABOVE_HEAVY)
    return replace(own, reps=reps, rir=rir)


def set_seconds(rx: Dose, sides: int) -> int:
    """One set's real time (TRAINING §2): reps × 4 s (or the holds) per side, plus rest."""
    if rx.holds is not None:
        return 0  # trunk drills are timed as a whole: `drill_seconds`
    work = rx.reps[1] * rules.SECONDS_PER_REP if rx.reps is not None else rx.hold_s or 0
    return work * sides + rx.rest_s


def drill_seconds(rx: Dose, sides: int) -> int:
    """A trunk drill: every hold of every round, per side, with the rest after it."""
    assert rx.holds is not None
    return sum(rx.holds) * sides * ((rx.hold_s or 0) + rx.rest_s)


@lru_cache(maxsize=4096)
def budget_seconds(goals: Goals, exercise: str, variant: str, sides: int) -> int:
    """The set time the week is planned with: never below the real one, never falling in pain.

    Pain's weight is priced at the slowest row of the table for each of reps and rest, so raising
    pain can only raise it; the real set (`set_seconds`) blends pain's own, faster row.
    """
    role = role_of(exercise)
    if role in ("trunk", "light"):
        return set_seconds(prescribe(goals, exercise, variant), sides)
    rows = _rows(goals, role)
    slow = Emphasis(
        sets_max=0,
        reps=(max(r.reps[0] for r in rows), max(r.reps[1] for r in rows)),
        rir=0,
        rest_s=max(r.rest_s for r in rows),
    )
    worst = (rows[0], slow, rows[2])
    # Each row's whole set time, blended exactly (no rounding of reps and rest apart): a set at
    # posture's row is no slower than at strength's, so the plan's set time moves smoothly
    # with the sliders, plus the rounding the real set may add.
    sliders = (goals.posture, goals.pain, goals.strength)
    times = [r.reps[1] * rules.SECONDS_PER_REP * sides + r.rest_s for r in worst]
    num = sum(w * t for w, t in zip(sliders, times, strict=True))
    exact = -(-num // sum(sliders)) + rules.SET_TIME_ROUNDING_S * sides
    if pain_share(goals) >= Fraction(str(rules.PAIN_SHARE_NO_HIGH_LOAD)):
        rest = _mix(goals, worst, lambda r: r.rest_s, 15) * 15
        exact = max(exact, rules.PAIN_MODERATE_REPS[1] * rules.SECONDS_PER_REP * sides + rest)
    real = set_seconds(prescribe(goals, exercise, variant), sides)
    if goals.minutes < rules.SHORT_SESSION_MINUTES:
        # A short session rests less, but is planned no denser than the shortest normal one
        # (its set time in proportion to the minutes for work), so more minutes never give
        # fewer sets across the short-session line (TRAINING §2).
        normal = replace(goals, minutes=rules.SHORT_SESSION_MINUTES)
        work = session_work_seconds(goals.minutes), session_work_seconds(normal.minutes)
        line = budget_seconds(normal, exercise, variant, sides) * work[0]
        exact = max(exact, -(-line // work[1]))
    return max(real, exact)


def low_rep_rir(pullups: int) -> int:
    """The 1–4 rung's RIR: `PULL_UP_LOW_REP_RIR`, or the max less one rep (a 1-rep lifter's
    single is RIR 0), so a single always fits inside the max (TRAINING §3, **default**)."""
    return max(0, min(rules.PULL_UP_LOW_REP_RIR, pullups - rules.PULL_UP_DOABLE_MIN_REPS))


def pull_up_dose(
    goals: Goals, variant: str, reps: tuple[int, int], rir: int, *, easy: bool = False
) -> tuple[tuple[int, int], int]:
    """TRAINING §3: pull-up reps and RIR a lifter with `goals.pullups` strict reps can do.

    Bodyweight sets end at about two-thirds of the max and start at about half of it (never
    above the blend's range), at the blend's RIR or the reps left to the max, whichever is less:
    top reps + RIR ≤ the max. Up to 10 strict reps the top is two-thirds of the max whatever the
    sliders (the blend's top is never below 6), so the RIR only ever binds where the reps are
    fixed, and the dose stays monotone: raising strength never raises reps or RIR, raising pain
    never lowers RIR. The 1–4 rung is singles or doubles at `low_rep_rir`; the 1–4 ladder's
    negatives take that RIR too. An easy session (RIR ≥ 3) takes fewer reps instead; weighted
    sets are only chosen when they fit (`weighted_fits`), and an easy one trims its reps.
    """
    n = goals.pullups
    ladder_1_4 = 1 <= n < rules.PULL_UPS_FOR_BODYWEIGHT
    if variant == "negative":
        if ladder_1_4 and not easy:
            rir = low_rep_rir(n)
        return rules.NEGATIVE_REPS, rir
    least = rules.PULL_UP_DOABLE_MIN_REPS
    if variant == "bodyweight" and n < rules.PULL_UPS_FOR_BODYWEIGHT:
        rir = rir if easy else low_rep_rir(n)
        lo, hi = rules.LOW_REP_PULL_UPS
        return (lo, max(lo, min(hi, n - rir))), rir
    if variant == "bodyweight":
        half, two_thirds = rules.PULL_UP_SET_SHARE
        hi = min(reps[1], floor(n * two_thirds))
        if easy:
            hi = min(hi, n - rir)
        lo = max(least, min(reps[0], floor(n * half), hi - 1))
        return (lo, hi), min(rir, n - hi)
    if variant == "weighted" and easy:
        hi = max(least, min(reps[1], n - rir - rules.PULL_UP_WEIGHTED_MARGIN))
        return (max(least, min(reps[0], hi - 1)), hi), rir
    return reps, rir
