"""The shared validator (#14 finding 8) and formula-safe CSV cells (finding 4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backfit.core.csv_cells import FORMULA_STARTS, escape_cell, unescape_cell
from backfit.core.errors import ValidationError
from backfit.core.validation import (
    check_note,
    check_performed_at,
    local_wall_clock,
    note_problem,
    performed_at_problem,
)

NOW = datetime(2025, 6, 2, 18, 0)


@pytest.mark.parametrize(
    "when",
    [
        datetime(1, 1, 1),
        datetime(1900, 1, 1),
        datetime(1969, 12, 31, 23, 59),
        datetime(2999, 1, 1),
        NOW + timedelta(days=1, seconds=1),
    ],
)
def test_times_outside_1970_to_tomorrow_are_refused(when: datetime) -> None:
    assert performed_at_problem(when, NOW)
    with pytest.raises(ValidationError, match="1970 and tomorrow"):
        check_performed_at(when, NOW)


@pytest.mark.parametrize("when", [datetime(1970, 1, 1), NOW, NOW + timedelta(days=1)])
def test_times_inside_the_window_pass(when: datetime) -> None:
    assert check_performed_at(when, NOW) == when


@pytest.mark.parametrize("note", ["x" * 2001, "bell\x07", "\x1b[2J", "nul\x00", "del\x7f"])
def test_bad_notes_are_refused(note: str) -> None:
    assert note_problem(note)
    with pytest.raises(ValidationError):
        check_note(note)


@pytest.mark.parametrize("note", ["x" * 2000, "two\nlines", "tab\there", "💪 Zoë", "\r\n"])
def test_good_notes_pass(note: str) -> None:
    assert note_problem(note) is None


def test_an_offset_is_converted_to_local_time_on_the_same_day() -> None:
    local = timezone(timedelta(hours=2))
    when = datetime(2025, 6, 2, 18, 0, tzinfo=UTC)
    assert local_wall_clock(when, local) == datetime(2025, 6, 2, 20, 0)
    assert local_wall_clock(datetime(2025, 6, 2, 18), local) == datetime(2025, 6, 2, 18)


def test_an_offset_that_moves_the_set_to_another_day_is_refused() -> None:
    when = datetime(2025, 6, 2, 1, 0, tzinfo=timezone(timedelta(hours=14)))
    with pytest.raises(ValidationError, match="another day"):
        local_wall_clock(when, UTC)


@pytest.mark.parametrize(
    "cell", ['=HYPERLINK("http://x")', "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]
)
def test_formula_cells_are_quoted(cell: str) -> None:
    escaped = escape_cell(cell)
    assert escaped.startswith("'") and not escaped.startswith(FORMULA_STARTS)
    assert unescape_cell(escaped) == cell


@given(st.text())
def test_every_cell_round_trips_and_none_starts_a_formula(text: str) -> None:
    escaped = escape_cell(text)
    assert not escaped.startswith(FORMULA_STARTS)
    assert unescape_cell(escaped) == text
