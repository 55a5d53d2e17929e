"""Whole-column checks of the importers agree with the one validator (core/validation.py).

Where an importer checks a whole column at once instead of calling the validator per value,
the bounds come from the validator itself and these properties hold the two equal.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from backfit.core.validation import performed_at_problem
from backfit.data.importers._values import RowErrors, flag_times, outside_set_time_window

# Around the bounds (1970, tomorrow) as well as anywhere a date can be.
NEAR = st.sampled_from([datetime(1969, 12, 31, 23, 59, 59), datetime(1970, 1, 1)])
TIMES = st.one_of(st.datetimes(min_value=datetime(1, 1, 1)), NEAR)
NOWS = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(9000, 1, 1))


@settings(max_examples=300, deadline=None)
@given(st.lists(TIMES, max_size=20), NOWS, st.data())
def test_the_window_check_is_the_validators(
    times: list[datetime], now: datetime, data: st.DataObject
) -> None:
    # Times right at tomorrow's edge, a microsecond either side of it.
    edge = now + timedelta(days=1)
    times = [
        *times,
        *data.draw(st.lists(st.sampled_from([edge, edge + timedelta(microseconds=1)]))),
    ]
    values = pd.Series(times, dtype="datetime64[us]")
    flagged = outside_set_time_window(values, now).tolist()
    assert flagged == [performed_at_problem(t, now) is not None for t in times]


def test_flagged_times_carry_the_validators_sentence() -> None:
    values = pd.Series([datetime(1963, 8, 12, 7), datetime(2024, 3, 4), pd.NaT])
    errors = RowErrors(lambda: pd.Series([2, 3, 4]))
    flag_times(values.astype("datetime64[us]"), errors, "the date", datetime(2025, 1, 1))
    problem = performed_at_problem(datetime(1963, 8, 12, 7), datetime(2025, 1, 1))
    assert errors.found == {2: [("invalid", f"the date: {problem}")]}
