"""Which sessions of a lifter's history count for the next target, and on which rung.

Pull-ups follow the lifter up and down the ladder (TRAINING §3); bodyweight pull-ups under 5
reps are their own low-rep rung; a streak restarts at a new load; holds progress by count.
"""

from __future__ import annotations

from collections.abc import Iterator

from backfit.core.rules import HOLDS_PER_ROUND_MAX, PULL_UP_RUNG, PULL_UPS_FOR_BODYWEIGHT
from backfit.core.training.prescriptions import Prescription, default_prescription
from backfit.core.training.records import SessionRecord
from backfit.core.training.steps import EPS


def same_variant(rx: Prescription, sessions: list[SessionRecord]) -> bool:
    return bool(sessions) and sessions[-1].variant == rx.variant


def follow_ladder(rx: Prescription, sessions: list[SessionRecord]) -> Prescription:
    """Pull-ups: follow the lifter to the rung they trained last (up or down the ladder)."""
    if rx.exercise != "pull_up" or not sessions:
        return rx
    latest = sessions[-1].variant or ""
    if latest in PULL_UP_RUNG and PULL_UP_RUNG[latest] != PULL_UP_RUNG.get(rx.variant or "", -1):
        return default_prescription("pull_up", latest)
    return rx


def best_reps(session: SessionRecord) -> int:
    return max((s.reps or 0) for s in session.working)


def min_reps(session: SessionRecord) -> int:
    return min((s.reps or 0) for s in session.working)


def rung_of(exercise: str, variant: str | None, session: SessionRecord | None) -> str:
    """The variant, except that bodyweight pull-ups under 5 reps are the low-rep rung."""
    if exercise == "pull_up" and variant == "bodyweight" and session is not None:
        added = max((s.weight_kg or 0.0) for s in session.working)
        if added <= EPS and best_reps(session) < PULL_UPS_FOR_BODYWEIGHT:
            return "bodyweight_low"
    return variant or ""


def top_weight(session: SessionRecord) -> float:
    return max((s.weight_kg or 0.0) for s in session.working)


def top_assistance(session: SessionRecord) -> float | None:
    values = [s.assistance_kg for s in session.working if s.assistance_kg is not None]
    return max(values) if values else None


def load_key(session: SessionRecord) -> tuple[float, float]:
    return (round(top_weight(session), 3), round(top_assistance(session) or -1.0, 3))


def same_load_run(streak: list[SessionRecord]) -> list[SessionRecord]:
    """The trailing sessions at the last session's load: the streak restarts at a new load."""
    run: list[SessionRecord] = []
    for session in reversed(streak):
        if run and load_key(session) != load_key(run[0]):
            break
        run.insert(0, session)
    return run


def holds_states(start: int) -> Iterator[tuple[int, int]]:
    """(rounds, holds per round): one more hold per round up to 8, then one more round."""
    rounds = 1
    while True:
        for holds in range(start, HOLDS_PER_ROUND_MAX + 1):
            yield rounds, holds
        rounds += 1
