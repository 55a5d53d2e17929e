"""Pain check-ins as dated rows, and the ones a session's row carries (TRAINING §4)."""

from __future__ import annotations

from datetime import datetime, timedelta

import duckdb

from backfit.core.errors import ValidationError
from backfit.core.rules import CHECKIN_CARRY_DAYS
from backfit.core.training.checkin import TRENDS, PainCheck
from backfit.data.profiles import ensure_profile
from backfit.data.store import Store


def save_checkin(
    store: Store,
    profile: str,
    at: datetime,
    *,
    score: int | None,
    trend: str | None = None,
    red_flag: bool = False,
) -> PainCheck:
    """Store one check-in (a newer one at the same minute replaces it)."""
    if score is not None and (
        isinstance(score, bool) or int(score) != score or not 0 <= score <= 10
    ):
        raise ValidationError("Pain is a whole number from 0 to 10.", field="pain")
    if trend is not None and trend not in TRENDS:
        raise ValidationError("Pain is better, same or worse than last time.", field="trend")
    ensure_profile(store, profile)

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO checkins (profile, given_at, pain_score, pain_trend, red_flag)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile, given_at) DO UPDATE SET"
            " pain_score = excluded.pain_score, pain_trend = excluded.pain_trend,"
            " red_flag = excluded.red_flag",
            [profile, at, score, trend, red_flag],
        )

    store.write(work)
    return PainCheck(score, trend, at, red_flag)  # type: ignore[arg-type]


def recent_checkins(store: Store, profile: str, now: datetime) -> list[PainCheck]:
    """Check-ins of the last 7 days up to `now`: dated rows and the sessions' own check-ins."""
    since = now - timedelta(days=CHECKIN_CARRY_DAYS)
    with store.read() as cur:
        rows = cur.execute(
            "SELECT given_at, pain_score, pain_trend, red_flag FROM checkins"
            " WHERE profile = ? AND given_at BETWEEN ? AND ?"
            " UNION ALL SELECT started_at, pain_score, pain_trend, false FROM workouts"
            " WHERE profile = ? AND started_at BETWEEN ? AND ?"
            " AND (pain_score IS NOT NULL OR pain_trend IS NOT NULL)",
            [profile, since, now, profile, since, now],
        ).fetchall()
    return [PainCheck(score, trend, at, bool(flag)) for at, score, trend, flag in rows]
