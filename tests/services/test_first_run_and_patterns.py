"""Demo data, the remembered profile and movement patterns, against real DuckDB files."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from backfit.core.errors import ValidationError
from backfit.data.sets import SetEntry, create_custom_exercise, log_set
from backfit.data.store import Store
from backfit.services import first_run, patterns


def test_demo_is_a_marked_year_that_deletes_whole(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "d.duckdb")) as store:
        at = datetime(2026, 11, 30, 18, 0)
        log_set(
            store, "me", SetEntry("deadlift", "conventional", 5, 100.0), performed_at=at, now=at
        )
        written = first_run.create_demo(store, date(2026, 12, 1))
        assert written > 1000
        assert first_run.DEMO_PROFILE in first_run.list_profiles(store)
        with store.read() as cur:
            first, last = cur.execute(
                "SELECT min(performed_at)::DATE, max(performed_at)::DATE FROM sets"
                " WHERE profile = ?",
                [first_run.DEMO_PROFILE],
            ).fetchone()
        assert (last - first).days > 300 and last <= date(2026, 12, 1)
        first_run.delete_demo(store)
        assert first_run.list_profiles(store) == ["me"]
        assert store.counts()["sets"] == 1  # the lifter's own set is untouched


def test_last_used_profile_is_remembered(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "p.duckdb")) as store:
        assert first_run.last_used_profile(store) is None
        for name in ("alice", "zed"):
            log_set(store, name, SetEntry("row", "dumbbell", 8, 20.0),
                    performed_at=datetime(2026, 1, 5), now=datetime(2026, 1, 5))  # fmt: skip
        first_run.remember_profile(store, "zed")
        assert first_run.last_used_profile(store) == "zed"


def test_custom_exercise_patterns(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "x.duckdb")) as store:
        create_custom_exercise(store, "me", "Face Pull (Cable)")
        assert patterns.custom_patterns(store, "me") == {"Face Pull (Cable)": "other"}
        patterns.set_exercise_pattern(store, "me", "Face Pull (Cable)", "horizontal_pull")
        assert patterns.custom_patterns(store, "me") == {"Face Pull (Cable)": "horizontal_pull"}
        assert patterns.custom_patterns(store, "other") == {}
        assert patterns.pattern_of("deadlift", {}) == "hinge"
        with pytest.raises(ValidationError):
            patterns.set_exercise_pattern(store, "me", "deadlift", "other")
        with pytest.raises(ValidationError):
            patterns.set_exercise_pattern(store, "me", "Face Pull (Cable)", "push")


def test_a_classified_custom_lift_moves_from_other_lifts_into_back_work(tmp_path: Path) -> None:
    """The back filter reads the rollup rows with the lifter's patterns, at read time."""
    from backfit.data import analytics

    with Store.open(str(tmp_path / "b.duckdb")) as store:
        create_custom_exercise(store, "me", "Face Pull (Cable)")
        at = datetime(2026, 3, 2, 18, 0)
        for entry in (SetEntry("row", "dumbbell", 8, 20.0),
                      SetEntry("Face Pull (Cable)", None, 12, 15.0)):  # fmt: skip
            log_set(store, "me", entry, performed_at=at, now=at)
        window = analytics.Window(date(2026, 3, 1), date(2026, 3, 8))
        before = analytics.overview(store, "me").version

        def figures() -> tuple[dict[str, int], list[str]]:
            with analytics.open_profile(store, "me") as data:
                balance = analytics.balance(data, window)
                other = analytics.other_lifts(data, window)
            return dict(zip(balance.movement, balance.working_sets, strict=True)), list(
                other.exercise
            )

        balance, other = figures()
        assert balance["horizontal_pull"] == 1 and other == ["Face Pull (Cable)"]
        patterns.set_exercise_pattern(store, "me", "Face Pull (Cable)", "horizontal_pull")
        balance, other = figures()
        assert balance["horizontal_pull"] == 2 and other == []
        assert analytics.overview(store, "me").version != before  # the page cache key moves
