"""McGill trunk-endurance test results, one row per timed hold (TRAINING §5)."""

from __future__ import annotations

from datetime import datetime

import duckdb

from backfit.core.training.endurance import TrunkResult, check_test
from backfit.data.profiles import ensure_profile
from backfit.data.store import Store


def save_test(store: Store, profile: str, test: str, seconds: float, at: datetime) -> TrunkResult:
    test, seconds = check_test(test, seconds)
    ensure_profile(store, profile)

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO trunk_tests (profile, tested_at, test, seconds) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (profile, test, tested_at) DO UPDATE SET seconds = excluded.seconds",
            [profile, at, test, seconds],
        )

    store.write(work)
    return TrunkResult(test, seconds, at)


def trunk_results(store: Store, profile: str) -> list[TrunkResult]:
    """Every result of the profile, oldest first."""
    with store.read() as cur:
        rows = cur.execute(
            "SELECT test, seconds, tested_at FROM trunk_tests WHERE profile = ?"
            " ORDER BY tested_at, test",
            [profile],
        ).fetchall()
    return [TrunkResult(test, float(seconds), at) for test, seconds, at in rows]
