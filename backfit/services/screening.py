"""The red-flag screen before a plan with any pain share (TRAINING §6): one use case for the
Goals page (and anything else that shows a plan)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from backfit.core.catalog import RED_FLAG_QUESTIONS, URGENT_CARE
from backfit.core.goals import Goals
from backfit.data.red_flags import RedFlagScreen, get_screen, save_screen
from backfit.data.store import Store

__all__ = [
    "RED_FLAG_QUESTIONS",
    "URGENT_CARE",
    "PlanGate",
    "plan_gate",
    "record_screen",
]


@dataclass(frozen=True, slots=True)
class PlanGate:
    """What the page may show: "plan", "ask" (the questions first) or "urgent" (no plan)."""

    state: str
    screen: RedFlagScreen | None


def plan_gate(store: Store, profile: str, goals: Goals) -> PlanGate:
    """A plan with any pain share needs the screen answered once, and no "yes" in it."""
    screen = get_screen(store, profile)
    if screen is not None and screen.any_yes:
        return PlanGate("urgent", screen)
    if goals.pain > 0 and screen is None:
        return PlanGate("ask", None)
    return PlanGate("plan", screen)


def record_screen(store: Store, profile: str, answers: dict[str, bool], now: datetime) -> None:
    save_screen(store, profile, answers, now)
