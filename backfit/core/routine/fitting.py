"""Sets for every slot, fitted into each day (TRAINING §2); `framing` then adds the warm-up and
the stretches around them.

Each day's minutes are fixed first for the parts that do not depend on the sliders: a warm-up of
about 10 % (3–10 min), stretching by session length, and the trunk block when pain asks for it.
Working sets then fill the rest, planned at `budget_seconds` (never below the real set time and
never falling as pain rises). Each day walks one fixed sequence of additions: first the
horizontal pulls up to the day's row floor (`row_floor`), then a second exercise at its fewest
sets, then one set at a time to the other exercise furthest below its goal weight, until the day
is full, the week reaches the band's top, or a muscle group has ~10 sets in the session. More
days or minutes therefore mean more sets, up to the band's top.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from math import ceil

from backfit.core import rules
from backfit.core.goals import Goals
from backfit.core.routine.caps import cap_hit, day_caps, fits_caps, muscle_sets
from backfit.core.routine.draft import Day, Slot, Stop
from backfit.core.routine.prescription import budget_seconds
from backfit.core.routine.selection import allocation_weight
from backfit.core.routine.session_time import session_work_seconds


def budget(goals: Goals, day: Day) -> int:
    """Seconds left for working sets once warm-up, stretching and trunk drills are counted."""
    return session_work_seconds(goals.minutes) - sum(s.real_seconds() for s in day.trunk)


def _planned(day: Day) -> int:
    return sum(s.planned_seconds() for s in day.slots if not s.trunk)


def _posture_led(goals: Goals) -> bool:
    """Rows are kept ahead of vertical pulls whenever posture is at least strength: that covers
    every posture-led plan (TRAINING §2) and does not switch off as pain rises."""
    return goals.posture > 0 and goals.posture >= goals.strength


def allocate(goals: Goals, days: list[Day], band: tuple[int, int]) -> None:
    """Give every slot its sets; drop the slots that got none.

    Monotone in pain by construction: each day walks a fixed sequence of set additions that
    does not depend on pain (the rows to their floor, the day's second exercise at its fewest
    sets, then one set at a time to the exercise furthest below its weight, within its share of
    the band's top and the caps), and stops at the first addition that does not fit its
    minutes. Pain only makes sets longer (`budget_seconds`) and minutes shorter (the trunk
    block), so every exercise keeps a prefix of the same sequence: raising pain never adds a set
    anywhere.

    Monotone in posture for the horizontal pulls by construction (TRAINING §2): their sets are
    placed before any other pattern, as the start of a fixed sequence (`_row_steps`) cut at the
    row floor, which only rises with posture, and at the minutes left after room for the
    slowest other exercise; as posture rises the pulls only join (a row on more days, light
    work at the end of the sequence), their sets only get quicker and their caps never fall,
    and the other exercises only leave or get quicker. The other patterns never add a
    horizontal set afterwards; the one exception, the light work `_light_fallback` gives a day
    left with one exercise (and the vertical pull that may follow it where the rows did not fit
    beside it), is outside this argument (20,000-pair scans find no pair where it lowers the
    horizontal sets, nor one where it breaks the pain rules).

    The ~10-sets cap counts an erector-heavy row (a bent-over row, `Slot.erector`) to the
    erectors as well as the upper back (TRAINING §2). Whether the row counts is the schedule's
    erector-spacing flag: a high-load row among the rows chosen at any pain up to this one, which
    is the row chosen at pain 0 (pain only moves the row away from the bent-over one), so it is
    a pain-independent cap like the others. The rows are placed before any erector set and never
    pass the row cap (5), so this cap only ever stops a hinge or back-extension set, never a
    horizontal one, and a day's second exercise always opens (5 + 2 sets): the posture argument
    above is unchanged.
    """
    caps = day_caps(goals, len(days), band)
    covered: set[str] = set()
    posture = _posture_led(goals)
    for day, cap in zip(days, caps, strict=True):
        covered |= _fill_day(goals, day, cap, covered, posture)
    for day in days:
        day.slots = [s for s in day.slots if s.sets > 0 or s.trunk]


def _fill_day(goals: Goals, day: Day, cap: int, covered: set[str], posture: bool) -> set[str]:
    """One day's fixed sequence: rows to the row floor, then the day's other exercises.

    The sequence does not depend on pain, and a set that does not fit its minutes closes the
    day (pain can only shorten the sequence). The rows stop short of the time the slowest other
    exercise needs at its fewest sets, so whichever opens next fits; if they stop there, that
    opener is the day's last addition.
    """
    left = budget(goals, day)
    lifts = [s for s in day.slots if not s.trunk]
    pulls = sorted(
        (s for s in lifts if s.pattern == "horizontal_pull"), key=lambda s: s.group == "light"
    )
    others = [s for s in lifts if s.pattern != "horizontal_pull"]
    reserve = max((s.planned_seconds(s.rx.sets_min) for s in others), default=0)
    firsts = 1 if others else rules.MIN_EXERCISES_PER_DAY
    # Pulls the day needs for its 2 exercises whatever their weight (the others are too few).
    needed = pulls[: max(0, rules.MIN_EXERCISES_PER_DAY - len(others))]
    target = max(row_floor(goals, pulls, others, cap), sum(s.rx.sets_min for s in needed))
    if not pulls and day.spare and _short_for_two(goals, day, others):
        # A day without rows whose minutes may not hold two other exercises opens with light
        # upper-back work (TRAINING §2: 2 exercises a day), decided at the slowest pricing so
        # that neither a higher posture nor a higher pain changes it (where a day can be
        # without rows, below strength, its other exercises do not change with posture).
        pulls = day.spare[:1]
        day.slots.append(pulls[0])
        target = pulls[0].rx.sets_min
    plan = _row_plan(day, pulls, target, firsts, cap)
    tight = _fill_rows(day, pulls, plan, firsts, left, reserve)
    # The other exercises that open the day (patterns the week has not covered yet first, then
    # weight), chosen from the plan before any set is placed, so pain never changes them.
    planned = sum(plan)
    first_rows = min((p.rx.sets_min for p, n in zip(pulls, plan, strict=True) if n), default=0)
    openers: list[Slot] = []
    for slot in sorted(
        others, key=lambda s: (s.group in covered, -s.weight, s.exercise, s.variant)
    ):
        if len(openers) + min(1, planned) >= rules.MIN_EXERCISES_PER_DAY:
            break
        taken = planned + sum(o.rx.sets_min for o in openers)
        if posture and slot.pattern == "vertical_pull" and slot.rx.sets_min > first_rows:
            continue  # a vertical pull never leads the rows
        room = 0 if taken else rules.MIN_SETS_PER_EXERCISE  # ... and the first leaves room
        if taken + slot.rx.sets_min + room <= cap:
            openers.append(slot)
    closed = tight
    blocked: Slot | None = None
    for slot in openers:
        if posture and slot.pattern == "vertical_pull" and _vertical_would_lead(day, slot):
            closed = True  # the rows were cut short: a vertical pull never leads them
            day.stop = Stop(("rows_lead",), slot.exercise, slot.variant)
            blocked = slot
            break
        result = _try(day, slot, slot.rx.sets_min, left, cap)
        if result == "time":
            closed = True
            break
    if not closed:
        while _step(day, others, left, cap, posture) == "added":
            pass
    if len(day.working()) < rules.MIN_EXERCISES_PER_DAY:
        light = _light_fallback(day, left, cap)
        if light is not None and blocked is not None and not _vertical_would_lead(day, blocked):
            # The rows did not fit beside the vertical pull kept for the day, so the light
            # upper-back work stands in for them and the vertical pull follows it at its
            # fewest sets (2 exercises and 4 sets a day, TRAINING §2); the day closes there.
            _try(day, blocked, blocked.rx.sets_min, left, cap)
    return {s.group for s in openers if s.sets > 0} | {s.group for s in pulls if s.sets > 0}


def _short_for_two(goals: Goals, day: Day, others: list[Slot]) -> bool:
    """Whether the day's two slowest other exercises at their fewest sets might not fit its
    minutes, priced at the slowest sets any posture and pain could give them (posture 0, pain
    100) and with the longest trunk block: the same answer whatever the posture and the pain,
    so neither slider changes the day's sequence through it."""
    slow = replace(goals, posture=0, pain=rules.SLIDER_RANGE[1])
    times = sorted(
        (
            s.rx.sets_min * budget_seconds(slow, s.exercise, s.variant, s.sides)
            + rules.CHANGEOVER_S
            for s in others
        ),
        reverse=True,
    )
    room = budget(goals, day) + sum(s.real_seconds() for s in day.trunk)
    return sum(times[:2]) > room - rules.TRUNK_BLOCK_MINUTES[1] * 60


def row_floor(goals: Goals, pulls: list[Slot], others: list[Slot], cap: int) -> int:
    """TRAINING §2: the day's horizontal-pull sets, fixed before the other patterns fill up.

    The horizontal share of the day's weights (rows and light upper-back work over every lift
    of the day) of the day's sets, or every set the other lifts cannot hold; never more than
    leaves a second exercise its fewest sets. Non-decreasing in posture.
    """
    if not pulls:
        return 0
    if not others:
        return cap
    weights = {s.group: allocation_weight(goals, s.group) for s in pulls + others}
    mine = sum((weights[s.group] for s in pulls), Fraction(0))
    total = mine + sum((weights[s.group] for s in others), Fraction(0))
    share = ceil(mine * cap / total)
    room = cap - _OTHER_CAP * len(others)
    if _posture_led(goals):  # a vertical pull that opens after the rows never leads them
        share = max([share] + [s.rx.sets_min for s in others if s.pattern == "vertical_pull"])
    return min(cap - rules.MIN_SETS_PER_EXERCISE, max(share, room))


_OTHER_CAP = max(rules.POSTURE.sets_max, rules.STRENGTH_MAIN.sets_max)


def _row_steps(pulls: list[Slot], firsts: int) -> list[tuple[int, int]]:
    """The horizontal pulls' fixed sequence of additions, (pull, sets): the first `firsts` open
    at their fewest sets, then each in turn (the row first, then light work) opens and rises to
    its most sets. A pull that joins only adds steps at the end."""
    steps = [(i, s.rx.sets_min) for i, s in enumerate(pulls[:firsts])]
    for i, slot in enumerate(pulls):
        if i >= firsts:
            steps.append((i, slot.rx.sets_min))
        steps += [(i, 1)] * (slot.rx.sets_max - slot.rx.sets_min)
    return steps


def _row_plan(day: Day, pulls: list[Slot], target: int, firsts: int, cap: int) -> list[int]:
    """The sets each pull gets: the longest start of `_row_steps` within the row floor, the
    day's share of the band and ~10 upper-back sets a session."""
    room = min(target, cap, rules.MAX_SETS_PER_MUSCLE_SESSION - muscle_sets(day, "upper back"))
    plan = [0] * len(pulls)
    for i, add in _row_steps(pulls, firsts):
        if sum(plan) + add > room:
            break
        plan[i] += add
    return plan


def _fill_rows(
    day: Day, pulls: list[Slot], plan: list[int], firsts: int, left: int, kept: int
) -> bool:
    """Place the row plan in the order of `_row_steps`; True when the next set would pass
    `left` less the `kept` seconds of the next exercise (the rows stop there, so the rows keep
    a start of the same sequence)."""
    for i, add in _row_steps(pulls, firsts):
        slot = pulls[i]
        if slot.sets + add > plan[i]:
            break  # the plan is a start of the steps: every later step is past it too
        extra = slot.planned_seconds(slot.sets + add) - slot.planned_seconds()
        if _planned(day) + extra > left - kept:
            room = left - _planned(day)
            day.stop = Stop(
                ("time",), slot.exercise, slot.variant, add, extra, left_s=room, kept_s=kept
            )
            return True
        slot.sets += add
    return False


def _light_fallback(day: Day, left: int, cap: int) -> Slot | None:
    """A day with one lift (its equipment allows no other, or its next lift does not fit the
    minutes) takes a light upper-back exercise as its second (TRAINING §2: 2 exercises a day):
    the day's own light work if the rows left it out, else a spare one.
    Light work is low spinal load at RIR 3, the least a set can add to the index, and
    pain-independent: where raising pain squeezes a lift out, the light sets that take its place
    never add load or index."""
    own = [s for s in day.slots if s.group == "light" and s.sets == 0]
    for slot in own + day.spare:
        if slot.sets == 0 and _try(day, slot, slot.rx.sets_min, left, cap) == "added":
            if slot not in day.slots:
                day.slots.append(slot)
            return slot
    return None


def _try(day: Day, slot: Slot, add: int, left: int, cap: int) -> str:
    """Add `add` sets: "added", "cap" (a pain-independent cap says no: try another), or
    "time" (the minutes are full: the day closes, so pain can only shorten the sequence)."""
    if day.sets() + add > cap or not fits_caps(day, slot, add):
        return "cap"
    extra = slot.planned_seconds(slot.sets + add) - slot.planned_seconds()
    if _planned(day) + extra > left:
        room = left - _planned(day)
        day.stop = Stop(("time",), slot.exercise, slot.variant, add, extra, left_s=room)
        return "time"
    slot.sets += add
    return "added"


def _step(day: Day, lifts: list[Slot], left: int, cap: int, posture: bool) -> str:
    """The next addition of the fixed sequence: the open exercise furthest below its weight."""
    open_ = [
        s
        for s in lifts
        if fits_caps(day, s, s.rx.sets_min if s.sets == 0 else 1)
        and day.sets() + (s.rx.sets_min if s.sets == 0 else 1) <= cap
        and not (posture and s.pattern == "vertical_pull" and _vertical_would_lead(day, s))
    ]
    if not open_ or day.sets() >= cap:
        day.stop = _cap_stop(day, lifts, cap, posture)
        return "cap"
    slot = min(open_, key=lambda s: (s.sets / max(s.weight, 1e-9), -s.weight, s.exercise))
    return _try(day, slot, slot.rx.sets_min if slot.sets == 0 else 1, left, cap)


def _cap_stop(day: Day, lifts: list[Slot], cap: int, posture: bool) -> Stop:
    """Which caps closed a day that still had minutes (read only; for the notes)."""
    if day.sets() >= cap:
        return Stop(("share",))
    causes = []
    full = []
    for s in lifts:
        add = s.rx.sets_min if s.sets == 0 else 1
        hit = cap_hit(day, s, add)
        if hit is not None:
            causes.append(hit)
            if hit == "most":
                full.append((s.exercise, s.variant))
        elif day.sets() + add > cap:
            causes.append("share_next")
        else:
            causes.append("rows_lead")
    if any(s.pattern == "horizontal_pull" and 0 < s.sets < s.rx.sets_max for s in day.slots):
        causes.append("rows_share")
    return Stop(tuple(dict.fromkeys(causes)) or ("most",), full=tuple(full))


def _vertical_would_lead(day: Day, slot: Slot) -> bool:
    """Posture-led days never let vertical pulls pass rows (TRAINING §2)."""
    add = slot.rx.sets_min if slot.sets == 0 else 1
    rows = sum(s.sets for s in day.working() if s.pattern == "horizontal_pull")
    verticals = sum(s.sets for s in day.working() if s.pattern == "vertical_pull")
    return verticals + add > rows
