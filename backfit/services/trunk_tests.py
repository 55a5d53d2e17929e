"""McGill trunk-endurance tests: record a result, report ratios and flags (TRAINING §5)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from backfit.core.training.endurance import TEST_NAMES, TrunkResult, report
from backfit.data.store import Store
from backfit.data.trunk_tests import save_test, trunk_results


def record_test(store: Store, profile: str, test: str, seconds: float, at: datetime) -> TrunkResult:
    return save_test(store, profile, test, seconds, at)


def trunk_report(store: Store, profile: str) -> dict[str, Any]:
    """Latest seconds against McGill's norms, the ratios, the flags and the extra work."""
    return report(trunk_results(store, profile))


def trunk_history(store: Store, profile: str) -> list[dict[str, Any]]:
    """Every result as rows for the Progress chart: test, name, seconds, at."""
    return [
        {"test": r.test, "name": TEST_NAMES[r.test], "seconds": r.seconds, "at": r.at}
        for r in trunk_results(store, profile)
    ]
