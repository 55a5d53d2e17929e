"""Which patterns go on which day (TRAINING §2).

Hard work on one pattern (hinge, horizontal pull, vertical pull) is 48 h apart, and so are the
erector-heavy days (hinge or bent-over row). Each pattern takes the spaced set of days that
keeps the week most even; two hinge days are one heavy and one light, the light one never
harder than the heavy one (`prescription.light_day`: its RIR + 1 or more, no fewer reps). Back
extensions, light upper-back work and trunk drills carry no 48-hour rule and fill the other days,
so every day has at least two exercises. The schedule does not depend on pain except through
the number of hinge days, which only falls as pain rises.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from itertools import combinations

from backfit.core import catalog, rules
from backfit.core.goals import Goals
from backfit.core.routine.draft import Day, Slot
from backfit.core.routine.prescription import (
    budget_seconds,
    light_day,
    pain_share,
    prescribe,
    row_sets_max,
)
from backfit.core.routine.pull_ups import pull_up_doable
from backfit.core.routine.selection import (
    Choice,
    allocation_weight,
    reason,
    rows_up_to_this_pain,
)

#: Training days spread over the week for each days-per-week count (0 = Monday).
WEEK_LAYOUT: dict[int, tuple[int, ...]] = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 4, 5),
    6: (0, 1, 2, 3, 4, 5),
}
#: TRAINING §2: 48 h between hard sessions of one pattern, in whole days.
MIN_GAP_DAYS = rules.HOURS_BETWEEN_HARD_SESSIONS // rules.HOURS_PER_DAY
LIGHT_PERCENT = f"{rules.LIGHT_HINGE_LOAD:.0%}".rstrip("%")
#: What the light hinge day's why adds: the same lift at ~85 %, or a lighter variant.
_LIGHT_SAME = f"; light day, about {LIGHT_PERCENT} % of the heavy day's load, RIR + 1."
_LIGHT_VARIANT = "; light day, at the heavy day's RIR + 1 or more."
#: ... and, for a light-day hinge left alone (`_alone_why`), what it says instead.
_ALONE = "the week's heavy hinge day kept no deadlift sets."


def gap(a: int, b: int) -> int:
    """Days between two weekdays, round the week (Saturday → Monday is 2)."""
    d = abs(a - b) % 7
    return min(d, 7 - d)


def spaced(weekdays: tuple[int, ...] | list[int]) -> bool:
    return all(gap(a, b) >= MIN_GAP_DAYS for a, b in combinations(weekdays, 2))


def day_minimum(goals: Goals) -> int:
    """TRAINING §2: the fewest working sets a day needs: 4 for a novice, 5 for a trained lifter
    (a main lift at 3 of its 3–5 sets plus an accessory at 2). Only the level enters, so the
    days trained never move with the sliders."""
    if goals.level == "novice":
        return rules.MIN_SETS_PER_DAY
    return rules.MIN_SETS_PER_TRAINED_DAY


def training_days(goals: Goals) -> int:
    """The days actually trained: as many as given, unless days × the day's minimum sets would
    pass the level's weekly band (TRAINING §2); then the most days that fit it."""
    top = rules.WEEKLY_SETS_BAND[goals.level][1]
    return max(1, min(goals.days, top // day_minimum(goals)))


def hinge_day_count(goals: Goals) -> int:
    """Twice a week (one heavy, one light) when strength is at least posture and there are 3+
    days; else once. Pain does not add hinge days; it lightens them (graded safety)."""
    if goals.days >= 3 and goals.strength >= goals.posture and goals.strength > 0:
        return rules.MAX_DEADLIFT_DAYS
    return 1


def make_slot(
    goals: Goals,
    choice: Choice,
    *,
    heavy: Choice | None = None,
    easy: bool = False,
    plan_sides: int = 1,
) -> Slot:
    """The slot of one choice; `heavy` makes it the light hinge day after that heavy one."""
    rx = prescribe(goals, choice.exercise, choice.variant, easy=easy)
    if heavy is not None:
        rx = light_day(rx, prescribe(goals, heavy.exercise, heavy.variant))
    if choice.group == "horizontal_pull" and rx.sets_max < row_sets_max(goals):
        rx = replace(rx, sets_max=row_sets_max(goals))  # a band row is the week's row here
    sides = catalog.exercise(choice.exercise).variant(choice.variant).sides
    why = reason(goals, choice)
    if easy:
        why = why[:-1] + "; easy session at RIR ≥ 3, so it never counts as a hard day."
    if heavy is not None:
        why = why[:-1] + (_LIGHT_SAME if heavy == choice else _LIGHT_VARIANT)
    return Slot(
        exercise=choice.exercise,
        variant=choice.variant,
        pattern=choice.pattern,
        group=choice.group,
        rx=rx,
        budget_s=budget_seconds(goals, choice.exercise, choice.variant, max(sides, plan_sides)),
        weight=float(allocation_weight(goals, choice.group)),
        why=why,
    )


def _pick_days(
    layout: tuple[int, ...], days: list[Day], count: int, avoid: set[int], erector: bool
) -> tuple[int, ...]:
    """The `count` (or fewer) spaced day indexes that keep the week most even."""
    best: tuple[int, ...] = ()
    best_key: tuple[int, ...] | None = None
    n = len(layout)
    for size in range(min(count, n), 0, -1):
        for combo in combinations(range(n), size):
            weekdays = [layout[i] for i in combo]
            if not spaced(weekdays):
                continue
            if erector:
                union = sorted({*weekdays, *(layout[i] for i in avoid)})
                if not spaced(union):
                    continue
            widest = min((gap(a, b) for a, b in combinations(weekdays, 2)), default=7)
            key = (sum(len(days[i].slots) for i in combo), -widest, *combo)
            if best_key is None or key < best_key:
                best, best_key = combo, key
        if best:
            return best
    return best


def schedule(goals: Goals, choices: dict[str, list[Choice]]) -> list[Day]:
    """Place every pattern on its days; every day gets at least two exercises."""
    layout = WEEK_LAYOUT[goals.days]
    days = [Day(weekday) for weekday in layout]
    erector: set[int] = set()
    # Every row these goals would take at a lower pain: a bent-over one keeps the erector
    # spacing, a one-arm one keeps its time planned, so pain never frees days or minutes.
    reachable = rows_up_to_this_pain(goals)
    row_sides = max((catalog.exercise(e).variant(v).sides for e, v in reachable), default=1)
    if "hinge" in choices:
        picked = _pick_days(layout, days, hinge_day_count(goals), set(), erector=True)
        heavy, *rest = choices["hinge"]
        for n, index in enumerate(picked):
            if n == 0:
                days[index].slots.append(make_slot(goals, heavy))
                days[index].hinge_note = "Heavy hinge day."
            else:
                lighter = rest[0] if rest else heavy
                slot = make_slot(goals, lighter, heavy=heavy)
                slot.why_alone = _alone_why(goals, lighter, slot, variant=bool(rest))
                days[index].slots.append(slot)
                days[index].hinge_note = "Light hinge day (48 h or more after the heavy one): " + (
                    "a lighter variant."
                    if rest
                    else f"about {round(rules.LIGHT_HINGE_LOAD * 100)} % load."
                )
            erector.add(index)
    for pattern in ("horizontal_pull", "vertical_pull"):
        if pattern not in choices:
            continue
        options = choices[pattern]
        heavy_row = pattern == "horizontal_pull" and any(
            catalog.spinal_load(e, v) == "high" for e, v in reachable
        )
        sides = row_sides if pattern == "horizontal_pull" else 1
        picked = _pick_days(layout, days, len(layout), erector if heavy_row else set(), heavy_row)
        for n, index in enumerate(picked):
            if pattern == "vertical_pull":
                pulls = [c for c in options if c.exercise == "pull_up"]
                other = [c for c in options if c.exercise != "pull_up"]
                today = pulls if (n % 2 == 0 or not other) and pulls else other
                for choice in today:
                    days[index].slots.append(make_slot(goals, choice))
            else:
                choice = options[n % len(options)]
                slot = make_slot(goals, choice, plan_sides=sides)
                # The row a lower pain makes bent-over counts to the erectors' ~10 sets a
                # session too, as it keeps the erector spacing (pain never frees either).
                slot.erector = heavy_row
                days[index].slots.append(slot)
            if heavy_row:
                erector.add(index)
    _fill_days(goals, choices, days, row_sides)
    _spares(goals, choices, days)
    _trunk_block(goals, days)
    return days


def _alone_why(goals: Goals, choice: Choice, slot: Slot, *, variant: bool) -> str:
    """The light hinge day's why for a week whose heavy hinge day kept no sets (its minutes or
    its share of the band went elsewhere): the same dose, told without a heavy day beside it."""
    if variant:
        why = reason(goals, replace(choice, rule=choice.rule.removeprefix(_LIGHTER_PREFIX)))
        if slot.rx == prescribe(goals, choice.exercise, choice.variant):
            return why
        # Its dose is still the light day's (set before fitting): RIR + 1 on the heavy lift's.
        return why[:-1] + f"; a light-day dose (the heavy lift's RIR + 1): {_ALONE}"
    return slot.why.replace(
        _LIGHT_SAME,
        f"; a light-day dose (about {LIGHT_PERCENT} % of a heavy day's load, RIR + 1): {_ALONE}",
    )


_LIGHTER_PREFIX = "light hinge day: "


def _sides(choice: Choice) -> int:
    return catalog.exercise(choice.exercise).variant(choice.variant).sides


def _easy_choices(goals: Goals, choices: dict[str, list[Choice]]) -> list[Choice]:
    """Low-load pulls that can go on any day at RIR ≥ 3 (an easy session is never hard)."""
    easy = [
        c
        for c in choices.get("vertical_pull", []) + choices.get("horizontal_pull", [])
        if catalog.spinal_load(c.exercise, c.variant) == "low"
        # a pull-up set at RIR ≥ 3 the lifter's max allows (TRAINING §3: 1–3 strict reps has none)
        and pull_up_doable(
            goals, c.exercise, c.variant, prescribe(goals, c.exercise, c.variant, easy=True)
        )
    ]
    table = Choice(
        "inverted_row",
        "table",
        "horizontal_pull",
        "horizontal_pull",
        "bodyweight row under a sturdy table, no equipment needed",
    )
    if not any(c.exercise == "inverted_row" for c in easy):
        easy.append(table)
    return easy


def _fill_days(
    goals: Goals, choices: dict[str, list[Choice]], days: list[Day], row_sides: int
) -> None:
    """Back extensions on the days without a hinge; an easy pull where a day has no pull (rows
    first when posture is at least strength, so rows can lead); light upper-back work where
    posture asks for it or a day still has one exercise."""
    hinge_days = {i for i, d in enumerate(days) if any(s.pattern == "hinge" for s in d.slots)}
    extension = choices["extension"][0]
    light = choices["light"]
    easy = _easy_choices(goals, choices)
    rows_first = goals.posture > 0 and goals.posture >= goals.strength
    if rows_first:
        easy.sort(key=lambda c: c.pattern != "horizontal_pull")
    for i, day in enumerate(days):
        if i not in hinge_days or len(days) == 1:
            slot = make_slot(goals, extension)
            if slot.trunk:
                # The extensor bird-dog (no bench, machine or ball) leaves a short session's
                # minutes to its two lifts; the trunk block (pain share ≥ 50 %) still comes.
                if goals.minutes >= rules.SHORT_SESSION_MINUTES:
                    slot.sets = len(rules.TRUNK_ROUNDS)
                    day.trunk.append(slot)
            else:
                day.slots.append(slot)
        pulls = {s.pattern for s in day.slots if s.group in ("vertical_pull", "horizontal_pull")}
        wanted = {"horizontal_pull"} if rows_first and "vertical_pull" in pulls else set()
        if not pulls:
            wanted = {"horizontal_pull" if rows_first else easy[0].pattern} if easy else set()
        for choice in easy:
            if choice.pattern in wanted and choice.pattern not in pulls:
                # An easy row keeps the time of the one-arm row a lower pain would choose.
                sides = row_sides if choice.pattern == "horizontal_pull" else 1
                day.slots.append(make_slot(goals, choice, easy=True, plan_sides=sides))
                pulls.add(choice.pattern)
        wants_light = rows_first
        for k in range(len(light)):
            if not (wants_light and k == 0) and len(day.slots) >= rules.MIN_EXERCISES_PER_DAY:
                break
            choice = light[(i + k) % len(light)]
            if any(s.exercise == choice.exercise for s in day.slots):
                continue
            day.slots.append(make_slot(goals, choice))


def _spares(goals: Goals, choices: dict[str, list[Choice]], days: list[Day]) -> None:
    """Light upper-back work a short day can take when its next lift does not fit (§2)."""
    floor = Choice("prone_ytw", "floor", "horizontal_pull", "light", "light, never makes a "
                   "session hard; fits a short session")  # fmt: skip
    for day in days:
        here = {s.exercise for s in day.slots}
        options = [c for c in [*choices["light"], floor] if c.exercise not in here]
        day.spare = [make_slot(goals, c) for c in options[:1]]


def trunk_block(goals: Goals) -> bool:
    """TRAINING §2: a trunk-endurance block every training day from a pain share of 0.50."""
    return bool(pain_share(goals) >= Fraction(str(rules.PAIN_SHARE_TRUNK_DAILY)))


def _trunk_block(goals: Goals, days: list[Day]) -> None:
    """p ≥ 0.50: the McGill big 3 close every training day (TRAINING §2)."""
    if not trunk_block(goals):
        return
    side = "knees" if goals.level == "novice" else "feet"
    drills = (
        Choice("bird_dog", "standard", "trunk", "trunk", "holds of 10 s, descending rounds"),
        Choice("side_bridge", side, "trunk", "trunk", "holds of 10 s each side, descending rounds"),
        Choice("mcgill_curl_up", "standard", "trunk", "trunk", "holds of 10 s, descending rounds"),
    )
    p = round(float(pain_share(goals)) * 100)
    for day in days:
        day.trunk = []  # the block's bird-dog replaces the extensor bird-dog
        for choice in drills:
            slot = make_slot(goals, choice)
            slot.why = slot.why[:-1] + f"; pain share {p} % ≥ 50 %: trunk block every day."
            slot.sets = len(rules.TRUNK_ROUNDS)
            day.trunk.append(slot)
        day.why.append(f"Trunk block (McGill big 3): pain share {p} % ≥ 50 %.")
