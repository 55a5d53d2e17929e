"""The once-per-profile red-flag screen (TRAINING §6), in `red_flag_screens` (migration 006)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import duckdb

from backfit.core.catalog import RED_FLAG_QUESTIONS
from backfit.core.errors import ValidationError
from backfit.data.profiles import ensure_profile
from backfit.data.store import Store

QUESTION_IDS = tuple(q for q, _ in RED_FLAG_QUESTIONS)


@dataclass(frozen=True, slots=True)
class RedFlagScreen:
    answered_at: datetime
    answers: dict[str, bool]

    @property
    def any_yes(self) -> bool:
        return any(self.answers.values())


def get_screen(store: Store, profile: str) -> RedFlagScreen | None:
    with store.read() as cur:
        row = cur.execute(
            "SELECT answered_at, answers FROM red_flag_screens WHERE profile = ?", [profile]
        ).fetchone()
    if row is None:
        return None
    return RedFlagScreen(row[0], {k: bool(v) for k, v in json.loads(row[1]).items()})


def save_screen(store: Store, profile: str, answers: dict[str, bool], now: datetime) -> None:
    """Store (or replace) the profile's answers; every question must be answered yes or no."""
    if set(answers) != set(QUESTION_IDS) or not all(isinstance(v, bool) for v in answers.values()):
        raise ValidationError("Answer every red-flag question with yes or no.", field="red_flags")
    ensure_profile(store, profile)
    payload = json.dumps({q: answers[q] for q in QUESTION_IDS})

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO red_flag_screens (profile, answered_at, answers, any_yes)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (profile) DO UPDATE SET"
            " answered_at = excluded.answered_at, answers = excluded.answers,"
            " any_yes = excluded.any_yes",
            [profile, now, payload, any(answers.values())],
        )

    store.write(work)
