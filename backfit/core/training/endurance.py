"""McGill's trunk-endurance tests: ratios against the healthy norms, and the flags (TRAINING §5).

Four timed holds to failure: extensor (Biering-Sørensen), flexor (60° sit), side bridge left
and right. McGill 1999 (healthy means, men / women): extensor 161 / 185 s, flexor 136 / 134 s,
side bridge right 95 / 75 s, left 99 / 78 s. The ratios between them matter more than the
seconds: flexor/extensor above 1.0, a side bridge above 0.75 of the extensor, or right/left
outside 0.95–1.05 flags a weak direction, which gets extra trunk work until the next test.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from backfit.core.errors import ValidationError
from backfit.core.rules import (
    ENDURANCE_NORMS_S,
    ENDURANCE_TESTS,
    FLEXOR_EXTENSOR_MAX,
    MAX_TEST_SECONDS,
    SIDE_BALANCE_BAND,
    SIDE_EXTENSOR_MAX,
)

TEST_NAMES: Mapping[str, str] = {
    "extensor": "Extensor hold (Biering-Sørensen)",
    "flexor": "Flexor hold (60° sit)",
    "side_left": "Side bridge, left",
    "side_right": "Side bridge, right",
}
#: A ratio's key (as in `backfit test --json`) → the words a page shows for it.
RATIO_NAMES: Mapping[str, str] = {
    "flexor/extensor": "Flexor ÷ extensor hold",
    "side_right/extensor": "Right side bridge ÷ extensor hold",
    "side_left/extensor": "Left side bridge ÷ extensor hold",
    "side_right/side_left": "Right ÷ left side bridge",
}
#: The trunk work that a flagged direction gets more of (McGill big 3).
EXTRA_WORK: Mapping[str, str] = {
    "extensor": "bird_dog",
    "flexor": "mcgill_curl_up",
    "side_left": "side_bridge",
    "side_right": "side_bridge",
}


@dataclass(frozen=True, slots=True)
class TrunkResult:
    """One timed hold to failure."""

    test: str
    seconds: float
    at: datetime


@dataclass(frozen=True, slots=True)
class Flag:
    """A ratio outside McGill's healthy range, and the direction that needs the work."""

    ratio: str
    value: float
    limit: str
    weak: str

    def describe(self) -> str:
        """ "Right ÷ left side bridge is 1.40 (above 1.05): more Side bridge, left" """
        return (
            f"{RATIO_NAMES[self.ratio]} is {self.value:.2f} ({self.limit}): "
            f"more {TEST_NAMES[self.weak]}"
        )


def check_test(test: str, seconds: float) -> tuple[str, float]:
    """A test name and seconds as stored; one clear sentence for anything else."""
    if test not in ENDURANCE_TESTS:
        raise ValidationError(
            f"Unknown test {test!r}: pick one of {', '.join(ENDURANCE_TESTS)}.", field="test"
        )
    if not 1 <= seconds <= MAX_TEST_SECONDS:
        raise ValidationError(
            f"A test hold lasts between 1 and {MAX_TEST_SECONDS:g} seconds.", field="seconds"
        )
    return test, float(seconds)


def latest(results: Iterable[TrunkResult]) -> dict[str, TrunkResult]:
    """The newest result of each test."""
    found: dict[str, TrunkResult] = {}
    for result in sorted(results, key=lambda r: r.at):
        found[result.test] = result
    return found


def ratios(current: Mapping[str, TrunkResult]) -> dict[str, float]:
    """The McGill ratios that the current results allow."""
    seconds = {t: r.seconds for t, r in current.items()}
    out: dict[str, float] = {}
    ext = seconds.get("extensor")
    if ext:
        if "flexor" in seconds:
            out["flexor/extensor"] = seconds["flexor"] / ext
        for side in ("side_right", "side_left"):
            if side in seconds:
                out[f"{side}/extensor"] = seconds[side] / ext
    if seconds.get("side_left") and "side_right" in seconds:
        out["side_right/side_left"] = seconds["side_right"] / seconds["side_left"]
    return out


def flags(current: Mapping[str, TrunkResult]) -> list[Flag]:
    """Ratios outside the healthy range, each naming the weak direction."""
    found: list[Flag] = []
    for name, value in ratios(current).items():
        if name == "flexor/extensor" and value > FLEXOR_EXTENSOR_MAX:
            found.append(Flag(name, value, f"above {FLEXOR_EXTENSOR_MAX:g}", "extensor"))
        elif name.endswith("/extensor") and name != "flexor/extensor" and value > SIDE_EXTENSOR_MAX:
            found.append(Flag(name, value, f"above {SIDE_EXTENSOR_MAX:g}", "extensor"))
        elif name == "side_right/side_left":
            low, high = SIDE_BALANCE_BAND
            if value < low:
                found.append(Flag(name, value, f"below {low:g}", "side_right"))
            elif value > high:
                found.append(Flag(name, value, f"above {high:g}", "side_left"))
    return found


def extra_trunk_work(current: Mapping[str, TrunkResult]) -> tuple[str, ...]:
    """Exercise ids to add for the flagged directions, until the next test (routine engine)."""
    ids: list[str] = []
    for flag in flags(current):
        extra = EXTRA_WORK[flag.weak]
        if extra not in ids:
            ids.append(extra)
    return tuple(ids)


def report(results: Iterable[TrunkResult]) -> dict[str, Any]:
    """Latest seconds against the norms, the ratios and the flags, as JSON-ready data."""
    current = latest(results)
    tests = []
    for test in ENDURANCE_TESTS:
        men, women = ENDURANCE_NORMS_S[test]
        result = current.get(test)
        tests.append(
            {
                "test": test,
                "name": TEST_NAMES[test],
                "seconds": result.seconds if result else None,
                "at": result.at.isoformat(timespec="minutes") if result else None,
                "norm_s": {"men": men, "women": women},
                "of_norm": (
                    None
                    if result is None
                    else {
                        "men": round(result.seconds / men, 2),
                        "women": round(result.seconds / women, 2),
                    }
                ),
            }
        )
    return {
        "tests": tests,
        "ratios": {k: round(v, 2) for k, v in ratios(current).items()},
        "flags": [
            {
                "ratio": f.ratio,
                "value": round(f.value, 2),
                "limit": f.limit,
                "weak": f.weak,
                "text": f.describe(),
            }
            for f in flags(current)
        ],
        "extra_work": list(extra_trunk_work(current)),
    }
