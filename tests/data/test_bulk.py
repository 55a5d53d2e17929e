from datetime import datetime

import duckdb
import pandas as pd
import pytest

from backfit.data.bulk import insert_frames
from backfit.data.store import Store
from tests.helpers import count_sets

AT = datetime(2024, 1, 1, 10, 0)


def _sets(n: int, reps: int = 10) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "profile": ["me"] * n,
            "workout_id": ["w1"] * n,
            "performed_at": [AT] * n,
            "exercise": ["row"] * n,
            "set_index": list(range(1, n + 1)),
            "reps": [reps] * n,
            "source": ["backfit"] * n,
        }
    )


def test_frames_land_with_defaults(store: Store) -> None:
    workouts = pd.DataFrame(
        {"id": ["w1"], "profile": ["me"], "started_at": [AT], "source": ["csv"]}
    )
    assert store.write(lambda cur: insert_frames(cur, workouts=workouts, sets=_sets(3))) == 3
    with store.read() as cur:
        kinds = cur.execute("SELECT DISTINCT kind FROM set_log").fetchall()
    assert kinds == [("working",)]


def test_a_bad_row_rolls_back_the_whole_batch(store: Store) -> None:
    # Negative reps break the table's CHECK (migration 008 dropped only the upper bounds).
    bad = pd.concat([_sets(5), _sets(1, reps=-1)], ignore_index=True)
    with pytest.raises(duckdb.ConstraintException):
        store.write(lambda cur: insert_frames(cur, sets=bad))
    assert count_sets(store) == 0
