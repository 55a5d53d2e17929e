"""A small database with two lifters, built through the library (no fixture files needed)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from backfit.data import sharing
from backfit.data.profiles import ensure_profile, update_profile
from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store

NOW = datetime(2026, 11, 30, 18, 0)
SETS = {"ana": 6, "ben": 4}


def make_two_lifters(path: Path) -> None:
    """ana (6 sets on two days, a coach link, lb) and ben (4 sets)."""
    with Store.open(str(path)) as store:
        for profile, count in SETS.items():
            ensure_profile(store, profile)
            for number in range(count):
                day = NOW - timedelta(days=number % 2, minutes=number)
                entry = SetEntry("row", "cable", reps=8 + number, weight_kg=40.0 + number)
                log_set(store, profile, entry, performed_at=day, now=NOW)
        update_profile(store, "ana", unit="lb")
        sharing.create_link(store, "ana", "Coach Sam")
