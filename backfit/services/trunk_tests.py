"""McGill trunk-endurance tests: record a result, report ratios and flags (TRAINING §5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from backfit.core.goals import TRUNK_DIRECTIONS
from backfit.core.training.endurance import TEST_NAMES, TrunkResult, flags, latest, report
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


@dataclass(frozen=True, slots=True)
class TrunkFocus:
    """The extra trunk work the profile's latest tests ask for (TRAINING §5)."""

    directions: frozenset[str]
    #: When the newest of the latest results was taken (None without tests).
    tested_at: datetime | None
    #: One sentence per flag: the ratio, its value and the limit.
    flags: tuple[str, ...]

    def names(self) -> str:
        """ "Extensor hold (Biering-Sørensen), Side bridge, left" in link order."""
        return ", ".join(TEST_NAMES[d] for d in TRUNK_DIRECTIONS if d in self.directions)


def default_trunk_focus(store: Store, profile: str) -> TrunkFocus:
    """The weak directions of the latest trunk tests: what `Goals.trunk_focus` defaults to when
    the lifter opens Goals or Routine for their own profile, until the next test clears it."""
    current = latest(trunk_results(store, profile))
    found = flags(current)
    return TrunkFocus(
        directions=frozenset(f.weak for f in found),
        tested_at=max((r.at for r in current.values()), default=None),
        flags=tuple(f.describe() for f in found),
    )
