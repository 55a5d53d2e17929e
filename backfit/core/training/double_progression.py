"""What to lift next: double progression with the 2-for-2 rule (TRAINING §3–§5).

* Each exercise has a rep range [lo, hi] (or a hold) and a target RIR. When every working set
  reaches hi in two consecutive sessions at the same load, the load goes up to the next loadable
  weight of the lifter's kit (`equipment`) and reps go back to lo. A set at hi below the target
  RIR still counts: the lifter did the reps.
* Assisted pull-ups shed the machine-step multiple nearest 5 % of the effective load. Bodyweight
  pull-ups climb one ladder (`rules.PULL_UP_RUNG`): assisted → negatives → low-rep bodyweight
  (1–4) → bodyweight (5–12) → weighted, whose first load comes from the bodyweight e1RM; a
  failed step (a set at 0 reps) or three misses step back down with a concrete target.
* Three consecutive sessions below lo *at the same load*: deload to 90 %, rounded down to a
  loadable weight. The streak then starts again from zero at the new load.
* Holds never pass 10 s; they progress by one more hold per round up to 8, then a round.
* A "same load" target is the load lifted, to the gram; targets are in the lifter's unit.
* A pain check-in in force (`checkin`) and a planned lighter week (`lighter_week`) adjust the
  plain target afterwards (`adjustments`), and every target a check-in changed says so in its
  `why`. Which sessions count, and on which rung, is `history`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from backfit.core.rules import (
    DELOAD_FACTOR,
    FAILED_LADDER_REPS,
    FIRST_WEIGHTED_REPS_CAP,
    HOLDS_PER_ROUND_MAX,
    LADDER_DOWN_ASSIST_SHARE,
    MAX_HOLD_S,
    MISSES_BEFORE_DELOAD,
    NEGATIVE_LOWERING_S,
    PULL_UP_LOW_REP_REPS,
    PULL_UP_LOW_REP_REST_S,
    PULL_UP_LOW_REP_RIR,
    PULL_UP_LOW_REP_SETS,
    PULL_UP_RUNG,
    SESSIONS_AT_TOP_TO_PROGRESS,
)
from backfit.core.training.adjustments import lighter, with_pain
from backfit.core.training.checkin import (
    PainCheck,
)
from backfit.core.training.e1rm import epley, epley_load
from backfit.core.training.equipment import (
    ASSISTED,
    Inventory,
    Loads,
    assist_step,
    default_equipment,
)
from backfit.core.training.history import (
    best_reps,
    follow_ladder,
    holds_states,
    min_reps,
    rung_of,
    same_load_run,
    same_variant,
    top_assistance,
    top_weight,
)
from backfit.core.training.prescriptions import Prescription, default_prescription
from backfit.core.training.records import SessionRecord, Target
from backfit.core.training.steps import EPS, format_load, load_type
from backfit.core.units import Unit

#: The low-rep bodyweight rung (TRAINING §3: 1–4 strict reps → singles to fours, 3–6 sets).
LOW_REP_PULL_UP = Prescription(
    "pull_up",
    "bodyweight",
    PULL_UP_LOW_REP_SETS,
    PULL_UP_LOW_REP_REPS,
    None,
    PULL_UP_LOW_REP_RIR,
    PULL_UP_LOW_REP_REST_S,
)


def next_target(
    rx: Prescription,
    history: Sequence[SessionRecord],
    *,
    pain: PainCheck | None = None,
    inventory: Inventory | None = None,
    unit: Unit | None = None,
    bodyweight_kg: float | None = None,
    lighter_week: bool = False,
) -> Target:
    """Today's target from the prescription and past sessions (oldest first).

    `inventory` is the lifter's kit in the unit they log in (default: a common gym in `unit`);
    `pain` is the check-in in force, `lighter_week` whether today falls in a planned lighter
    week. Sessions logged in a lighter week (`SessionRecord.light`) never count.
    """
    inventory = inventory or default_equipment(unit or "kg")
    sessions = [s for s in history if s.working and not s.light]
    rx = follow_ladder(rx, sessions)
    key = rung_of(rx.exercise, rx.variant, sessions[-1] if same_variant(rx, sessions) else None)
    if key == "bodyweight_low":
        rx = LOW_REP_PULL_UP
    streak = [s for s in sessions if rung_of(rx.exercise, s.variant, s) == key]
    plan = Plan(rx, streak, sessions, inventory, bodyweight_kg)
    target = plan.plain()
    if pain is not None and pain.given:
        target = with_pain(plan, target, pain)
    if lighter_week and target.action != "stop":
        target = lighter(plan, target)
    return replace(
        target,
        unit=inventory.unit,
        checkin=pain if pain is not None and pain.given else None,
        loadable=plan.is_loadable(target),
    )


# --- the plan for one exercise ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    rx: Prescription
    streak: list[SessionRecord]
    sessions: list[SessionRecord]  # every variant, for steps down the ladder
    inventory: Inventory
    bodyweight_kg: float | None

    # -- helpers

    @property
    def unit(self) -> Unit:
        return self.inventory.unit

    @property
    def load(self) -> str:
        if self.rx.exercise == "pull_up" and self.rx.variant == "weighted":
            return "bodyweight"  # plates on a belt or a dumbbell between the feet
        return load_type(self.rx.exercise, self.rx.variant)

    @property
    def loads(self) -> Loads:
        return Loads(self.load, self.inventory)

    def fmt(self, kg: float) -> str:
        return format_load(kg, self.unit)

    def target(self, rx: Prescription | None = None, /, **fields: Any) -> Target:
        rx = rx or self.rx
        base: dict[str, Any] = {
            "exercise": rx.exercise,
            "variant": rx.variant,
            "sets": rx.sets,
            "reps": rx.reps,
            "target_reps": rx.reps[0] if rx.reps else None,
            "weight_kg": None,
            "assistance_kg": None,
            "hold_s": None if rx.reps else min(rx.hold_s or MAX_HOLD_S, MAX_HOLD_S),
            "rir": rx.rir if rx.reps else None,
            "rest_s": rx.rest_s,
            "unit": self.unit,
        }
        base.update(fields)
        return Target(**base)

    def bodyweight(self) -> float | None:
        if self.streak:
            known = [s.bodyweight_kg for s in self.streak[-1].working if s.bodyweight_kg]
            if known:
                return known[-1]
        return self.bodyweight_kg

    def is_loadable(self, target: Target) -> bool:
        """On the kit, or exactly what the lifter lifted last time (a "same load" target)."""
        last = self.streak[-1] if self.streak else None
        load = self.load if target.variant == self.rx.variant else None
        if target.weight_kg is not None:
            lifted = last is not None and abs(top_weight(last) - target.weight_kg) < EPS
            kind = load or load_type(target.exercise, target.variant)
            if target.exercise == "pull_up" and target.variant == "weighted":
                kind = "bodyweight"
            if not lifted and not Loads(kind, self.inventory).is_loadable(target.weight_kg):
                return False
        if target.assistance_kg is not None:
            before = top_assistance(last) if last is not None else None
            lifted = before is not None and abs(before - target.assistance_kg) < EPS
            if not lifted and not Loads("assisted", self.inventory).is_loadable(
                target.assistance_kg
            ):
                return False
        return True

    # -- the plain target (no pain, no lighter week)

    def plain(self) -> Target:
        if self.rx.reps is None:
            return self.holds()
        if not self.streak:
            return self.start()
        return self.reps()

    def start(self) -> Target:
        rx = self.rx
        if rx.reps is None:
            why = f"first time: {rx.sets} holds of {min(rx.hold_s or 10, 10)} s with good form"
        else:
            why = f"first time: {_first_dose(load_type(rx.exercise, rx.variant), rx)}"
        return self.target(why=why, action="start")

    def holds(self) -> Target:
        rx = self.rx
        hold_s = min(rx.hold_s or MAX_HOLD_S, MAX_HOLD_S)
        start = max(1, min(rx.sets, HOLDS_PER_ROUND_MAX))

        def done(session: SessionRecord) -> int:
            return sum(1 for s in session.working if (s.duration_s or 0.0) >= hold_s - EPS)

        def reached(count: int) -> tuple[int, int]:
            best = (1, start)
            for rounds, holds in holds_states(start):
                if rounds * holds > count:
                    return best
                best = (rounds, holds)
            raise AssertionError("unreachable")  # pragma: no cover

        def state_target(state: tuple[int, int], why: str, action: str) -> Target:
            rounds, holds = state
            return self.target(
                sets=rounds * holds,
                hold_s=hold_s,
                rounds=rounds,
                holds_per_round=holds,
                why=why,
                action=action,
            )

        if not self.streak:
            why = (
                f"first time: {start} holds of {hold_s} s with good form; holds never pass "
                f"{MAX_HOLD_S} s, more holds come instead"
            )
            return state_target((1, start), why, "start")
        counts = [done(s) for s in self.streak[-SESSIONS_AT_TOP_TO_PROGRESS:]]
        state = reached(counts[-1])
        both = len(counts) == SESSIONS_AT_TOP_TO_PROGRESS and min(counts) >= state[0] * state[1]
        if both and counts[-1] >= start:
            states = holds_states(start)
            for candidate in states:
                if candidate == state:
                    break
            new = next(states)
            more = "one more round" if new[0] > state[0] else "one more hold per round"
            why = f"every {hold_s}-s hold done twice in a row ({state[0] * state[1]}): {more}"
            return state_target(new, why, "increase")
        rounds, holds = state
        why = (
            f"{rounds} round{'s' if rounds > 1 else ''} of {holds} holds of {hold_s} s; do them "
            f"all twice in a row to earn one more (holds stay at {MAX_HOLD_S} s at most)"
        )
        return state_target(state, why, "repeat")

    def reps(self) -> Target:
        rx = self.rx
        assert rx.reps is not None
        lo, hi = rx.reps
        last = self.streak[-1]
        run = same_load_run(self.streak)
        keep = self.keep(last)
        if (
            rx.exercise == "pull_up"
            and PULL_UP_RUNG.get(rx.variant or "", 0) >= 1
            and min_reps(last) <= FAILED_LADDER_REPS
        ):
            return self.ladder_down(f"a set at {FAILED_LADDER_REPS} reps last time")
        # Trailing misses at this load; every third one deloads, so the count starts again
        # from zero even where a deload cannot change the load (no load, the empty bar).
        misses = 0
        for session in reversed(run):
            if not self.missed(session):
                break
            misses += 1
        if misses and misses % MISSES_BEFORE_DELOAD == 0:
            return self.deload(last)
        two = run[-SESSIONS_AT_TOP_TO_PROGRESS:]
        if len(two) == SESSIONS_AT_TOP_TO_PROGRESS and all(self.hit_top(s) for s in two):
            return self.increase(last, two)
        if self.missed(last):
            why = f"a set fell below {lo} reps last time: same load, aim for {lo} on every set"
            return self.target(**keep, target_reps=lo, why=why, action="repeat")
        if self.hit_top(last):
            why = f"every set hit {hi} reps once: repeat to make it two in a row, then load goes up"
            return self.target(**keep, target_reps=hi, why=why, action="repeat")
        reps = min(hi, min_reps(last) + 1)
        why = f"same load, add a rep: aim for {reps} on every set (range {lo}–{hi})"
        return self.target(**keep, target_reps=reps, why=why, action="reps")

    def keep(self, last: SessionRecord) -> dict[str, float | None]:
        """The load actually lifted last time: a "same load" target is never rounded."""
        weight = top_weight(last)
        return {
            "weight_kg": weight if weight > EPS else None,
            "assistance_kg": top_assistance(last),
        }

    def missed(self, session: SessionRecord) -> bool:
        assert self.rx.reps is not None
        return any((s.reps or 0) < self.rx.reps[0] for s in session.working)

    def hit_top(self, session: SessionRecord) -> bool:
        """Every prescribed set at hi reps or more; RIR below target still counts (§4)."""
        assert self.rx.reps is not None
        work = session.working
        return len(work) >= self.rx.sets and all((s.reps or 0) >= self.rx.reps[1] for s in work)

    def twice(self, two: list[SessionRecord]) -> str:
        assert self.rx.reps is not None
        hi, rir = self.rx.reps[1], self.rx.rir
        at_rir = all(s.rir is None or s.rir >= rir for x in two for s in x.working)
        if at_rir:
            return f"all sets hit {hi} reps at RIR {rir} twice in a row"
        return f"all sets hit {hi} reps twice in a row (below RIR {rir} counts: you did the reps)"

    # -- up

    def increase(self, last: SessionRecord, two: list[SessionRecord]) -> Target:
        rx = self.rx
        twice = self.twice(two)
        if self.load in ASSISTED:
            return self.less_assistance(last, twice)
        weight = top_weight(last)
        if self.load == "bodyweight" and weight <= EPS:
            if rx.exercise == "pull_up":
                if rx == LOW_REP_PULL_UP:
                    return self.ladder_up("bodyweight", twice)
                ups = {"negative": "bodyweight_low", "bodyweight": "weighted"}
                rung = ups.get(rx.variant or "")
                if rung is not None:
                    return self.ladder_up(rung, twice)
            plate = self.loads.smallest_positive()
            if plate is None:
                why = f"{twice}: slow the lowering to 3 s (no plate in your kit to hold)"
                return self.target(target_reps=rx.reps[1] if rx.reps else None, why=why,
                                   action="repeat")  # fmt: skip
            why = f"{twice}: hold {self.fmt(plate)} (a plate or a dumbbell)"
            return self.target(weight_kg=plate, why=why, action="increase")
        up = self.loads.next_up(weight)
        if up is None:
            why = f"{twice}, at the heaviest load your kit makes: add a set or slow the tempo"
            return self.target(**self.keep(last), target_reps=rx.reps[1] if rx.reps else None,
                               why=why, action="repeat")  # fmt: skip
        why = f"{twice}: +{self.fmt(up - weight)}"
        return self.target(weight_kg=up, why=why, action="increase")

    def less_assistance(self, last: SessionRecord, twice: str) -> Target:
        assist = top_assistance(last)
        if assist is None:
            lighter = "the next lighter band" if self.load == "band" else "less assistance"
            return self.target(why=f"{twice}: move to {lighter}", action="increase")
        bodyweight = self.bodyweight()
        effective = None if bodyweight is None else bodyweight - assist
        drop = assist_step(self.inventory, effective)
        less = assist - drop
        if less <= EPS:
            return self.ladder_up("negative", f"{twice} with the lightest assistance")
        loads = Loads("assisted", self.inventory)
        rounded = loads.round_up(less)
        less = rounded if rounded < assist - EPS else loads.round_down(less)
        share = "" if effective is None else f" (about 5 % of the {self.fmt(effective)} you move)"
        why = f"{twice}: −{self.fmt(assist - less)} assistance{share}"
        return self.target(assistance_kg=less, why=why, action="increase")

    def ladder_up(self, rung: str, because: str) -> Target:
        """One rung up the pull-up ladder (TRAINING §3), with a concrete first target."""
        if rung == "negative":
            rx = default_prescription("pull_up", "negative")
            assert rx.reps is not None
            why = f"{because}: move up to negatives, {rx.sets} × {rx.reps[0]} slow lowerings"
            return self.target(rx, why=why, action="ladder")
        if rung == "bodyweight_low":
            rx = LOW_REP_PULL_UP
            lo, hi = PULL_UP_LOW_REP_REPS
            why = (
                f"{because}: move up to strict pull-ups, {rx.sets} sets of {lo}–{hi} reps "
                f"(singles to fours), aim {lo} on every set"
            )
            return self.target(rx, why=why, action="ladder")
        if rung == "bodyweight":
            rx = default_prescription("pull_up", "bodyweight")
            assert rx.reps is not None
            why = f"{because}: move up to full sets, {rx.sets} × {rx.reps[0]}–{rx.reps[1]}"
            return self.target(rx, why=why, action="ladder")
        return self.first_weighted(because)

    def first_weighted(self, because: str) -> Target:
        """Weighted pull-ups start from the bodyweight e1RM, rounded down to a loadable weight."""
        rx = default_prescription("pull_up", "weighted")
        assert rx.reps is not None
        lo = rx.reps[0]
        loads = Loads("bodyweight", self.inventory)
        bodyweight = self.bodyweight()
        last = self.streak[-1]
        if bodyweight is None:
            plate = loads.smallest_positive()
            why = (
                f"{because}: move up to weighted pull-ups (log your bodyweight for a better start)"
            )
            return self.target(rx, weight_kg=plate, why=why, action="ladder")
        best = max(
            last.working, key=lambda s: min((s.reps or 0) + (s.rir or 0), FIRST_WEIGHTED_REPS_CAP)
        )
        r = min((best.reps or 0) + (best.rir or 0.0), FIRST_WEIGHTED_REPS_CAP)
        e1rm = epley(bodyweight, max(1, int(r))) or bodyweight
        total = epley_load(e1rm, lo + rx.rir)
        added = loads.round_down(total - bodyweight)
        if added <= EPS:
            added = loads.smallest_positive() or 0.0
        why = (
            f"{because}: move up to weighted pull-ups; your bodyweight e1RM of "
            f"{self.fmt(e1rm)} gives +{self.fmt(added)} for {lo} reps at RIR {rx.rir}"
        )
        return self.target(rx, weight_kg=added or None, why=why, action="ladder")

    # -- down

    def deload(self, last: SessionRecord) -> Target:
        rx = self.rx
        assert rx.reps is not None
        lo = rx.reps[0]
        three = f"three sessions in a row below {lo} reps at this load"
        restart = "the count starts again at the new load"
        if self.load in ASSISTED:
            assist = top_assistance(last)
            if assist is None:
                why = f"{three}: use the next stronger band and rebuild"
                return self.target(why=why, action="deload")
            bodyweight = self.bodyweight()
            effective = None if bodyweight is None else bodyweight - assist
            more = Loads("assisted", self.inventory).round_up(
                assist + assist_step(self.inventory, effective)
            )
            why = f"{three}: +{self.fmt(more - assist)} assistance and rebuild; {restart}"
            return self.target(assistance_kg=more, why=why, action="deload")
        weight = top_weight(last)
        if weight <= EPS:
            if rx.exercise == "pull_up":
                return self.ladder_down(three)
            why = f"{three}: take an easier variant or fewer reps for a week, then rebuild"
            return self.target(target_reps=lo, why=why, action="deload")
        lighter = self.loads.round_down(weight * DELOAD_FACTOR)
        if (
            rx.exercise == "pull_up"
            and rx.variant == "weighted"
            and (lighter <= EPS or lighter >= weight - EPS)
        ):
            down = default_prescription("pull_up", "bodyweight")
            why = f"{three}: drop the added load and rebuild with bodyweight pull-ups"
            return self.target(down, why=why, action="deload")
        if lighter >= weight - EPS:
            why = f"{three}, at the lightest load your kit makes: aim for {lo} with more rest"
            return self.target(weight_kg=weight, target_reps=lo, why=why, action="repeat")
        why = f"{three}: deload to 90 % ({self.fmt(lighter)}) and build back up; {restart}"
        return self.target(weight_kg=lighter, why=why, action="deload")

    def ladder_down(self, because: str) -> Target:
        """One rung down the pull-up ladder, with a target taken from the lifter's own log."""
        rx = self.rx
        if rx.variant == "weighted":
            down = default_prescription("pull_up", "bodyweight")
            aim = self.last_reps("bodyweight", down)
            why = f"{because}: back to bodyweight pull-ups, aim {aim} on every set"
            return self.target(down, target_reps=aim, why=why, action="ladder_down")
        if rx.variant == "bodyweight" and rx != LOW_REP_PULL_UP:
            lo, hi = PULL_UP_LOW_REP_REPS
            aim = max(lo, min(hi, best_reps(self.streak[-1]))) if self.streak else lo
            sets = LOW_REP_PULL_UP.sets
            why = f"{because}: back to low-rep sets, {sets} × {lo}–{hi}, aim {aim}"
            return self.target(LOW_REP_PULL_UP, target_reps=aim, why=why, action="ladder_down")
        if rx.variant == "bodyweight":
            down = default_prescription("pull_up", "negative")
            aim = self.last_reps("negative", down)
            why = f"{because}: back to negatives, {down.sets} × {aim} slow lowerings"
            return self.target(down, target_reps=aim, why=why, action="ladder_down")
        # negatives → assisted, at the assistance last used (or a share of bodyweight)
        assisted = [s for s in self.sessions if PULL_UP_RUNG.get(s.variant or "", -1) == 0]
        variant = assisted[-1].variant if assisted else "machine_assisted"
        down = default_prescription("pull_up", variant)
        assist = top_assistance(assisted[-1]) if assisted else None
        bodyweight = self.bodyweight()
        if assist is None and bodyweight is not None and variant == "machine_assisted":
            assist = Loads("assisted", self.inventory).round_up(
                bodyweight * LADDER_DOWN_ASSIST_SHARE
            )
        help_text = f" with {self.fmt(assist)} assistance" if assist is not None else ""
        first = down.reps[0] if down.reps else None
        why = f"{because}: back to assisted pull-ups{help_text}, aim {first} on every set"
        return self.target(down, assistance_kg=assist, target_reps=first, why=why,
                           action="ladder_down")  # fmt: skip

    def last_reps(self, variant: str, rx: Prescription) -> int:
        assert rx.reps is not None
        lo, hi = rx.reps
        done = [s for s in self.sessions if s.variant == variant and min_reps(s) >= lo]
        return max(lo, min(hi, min_reps(done[-1]))) if done else lo


def _first_dose(load: str, rx: Prescription) -> str:
    """What a first session asks for, in the terms of the load: a weight to pick, an assistance
    or a band to pick, or the lifter's own body (a negative is the slow lowering, TRAINING §3)."""
    assert rx.reps is not None
    lo, hi = rx.reps
    spare = f"with about {rx.rir} reps left in reserve"
    if rx.exercise == "pull_up" and rx.variant == "negative":
        slow = "–".join(str(s) for s in NEGATIVE_LOWERING_S)
        return f"jump or step to the top and lower for {slow} s, {lo}–{hi} times {spare}"
    if rx.exercise == "pull_up" and rx.variant == "weighted":
        return f"pick the added weight that lets you do {lo}–{hi} reps {spare}; start light"
    if load == "assisted":
        return f"pick the assistance that lets you do {lo}–{hi} reps {spare}; less is progress"
    if load == "band":
        return f"pick the band that lets you do {lo}–{hi} reps {spare}"
    if load == "bodyweight":
        return f"your bodyweight, {lo}–{hi} reps {spare}"
    return f"pick a load you can lift {lo}–{hi} times {spare}; start light"
