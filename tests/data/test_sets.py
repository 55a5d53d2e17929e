"""Validation of a typed set: out-of-range input is refused and nothing is written."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backfit.core.errors import ValidationError
from backfit.data.sets import (
    SetEntry,
    create_custom_exercise,
    delete_set,
    get_set,
    last_set,
    log_set,
    update_set,
    validate_entry,
    workout_sets,
)
from backfit.data.store import Store
from tests.helpers import count_sets

NOW = datetime(2026, 5, 4, 18, 30)


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (SetEntry("row", "cable", reps=101), "reps"),
        (SetEntry("row", "cable", reps=-1), "reps"),
        (SetEntry("row", "cable", reps=5, weight_kg=500.5), "weight"),
        (SetEntry("row", "cable", reps=5, weight_kg=float("nan")), "weight"),
        (SetEntry("pull_up", "machine_assisted", reps=5, assistance_kg=201), "assistance"),
        (SetEntry("row", "cable", reps=5, rir=11), "rir"),
        (SetEntry("back_extension", "floor", duration_s=3601), "seconds"),
        (SetEntry("row", "kettlebell", reps=5), "variant"),
        (SetEntry("kettlebell_swing", None, reps=5), "exercise"),
        (SetEntry("row", "cable"), "reps"),
    ],
)
def test_out_of_range_fields_are_named(entry: SetEntry, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_entry(entry, performed_at=NOW, now=NOW)
    assert caught.value.field == field
    assert str(caught.value).endswith(".")


def test_a_set_later_than_tomorrow_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_entry(SetEntry("row", reps=5), performed_at=NOW + timedelta(days=2), now=NOW)
    assert caught.value.field == "at"


@given(
    reps=st.one_of(st.none(), st.integers(-1000, 1000)),
    weight=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    rir=st.one_of(st.none(), st.floats(-20, 20)),
)
def test_validation_accepts_exactly_the_documented_ranges(
    reps: int | None, weight: float | None, rir: float | None
) -> None:
    entry = SetEntry("row", "barbell", reps=reps, weight_kg=weight, rir=rir)
    valid = (
        reps is not None
        and 0 <= reps <= 100
        and (weight is None or (weight == weight and 0 <= weight <= 500))
        and (rir is None or 0 <= rir <= 10)
    )
    try:
        validate_entry(entry, performed_at=NOW, now=NOW)
    except ValidationError:
        assert not valid
    else:
        assert valid


def test_a_rejected_set_writes_nothing(store: Store) -> None:
    log_set(store, "me", SetEntry("row", "cable", reps=10), performed_at=NOW, now=NOW)
    with pytest.raises(ValidationError):
        log_set(store, "me", SetEntry("row", "cable", reps=1000), performed_at=NOW, now=NOW)
    assert count_sets(store) == 1


def test_sets_on_one_day_share_a_session_and_number_per_exercise(store: Store) -> None:
    first = log_set(store, "me", SetEntry("row", "cable", reps=10), performed_at=NOW, now=NOW)
    later = NOW + timedelta(minutes=5)
    second = log_set(store, "me", SetEntry("row", "cable", reps=9), performed_at=later, now=NOW)
    other = log_set(store, "me", SetEntry("deadlift", reps=5), performed_at=later, now=NOW)
    next_day = log_set(
        store, "me", SetEntry("row", reps=5), performed_at=NOW + timedelta(days=1), now=NOW
    )
    assert first.workout_id == second.workout_id == other.workout_id != next_day.workout_id
    assert (first.set_index, second.set_index, other.set_index, next_day.set_index) == (1, 2, 1, 1)


def test_a_set_joins_the_first_session_started_that_day(store: Store) -> None:
    """Two sessions on one day (an import and a later one): a logged set joins the earlier."""
    day = NOW.replace(hour=0, minute=0)
    store.write(
        lambda cur: cur.executemany(
            "INSERT INTO workouts (id, profile, started_at, source) VALUES (?, 'me', ?, 'manual')",
            [["noon", day.replace(hour=12)], ["dawn", day.replace(hour=7)],
             ["yesterday", day - timedelta(hours=1)], ["tomorrow", day + timedelta(days=1)]],
        )
    )  # fmt: skip
    store.write(lambda cur: cur.execute("INSERT INTO profiles (name) VALUES ('me')"))
    logged = log_set(store, "me", SetEntry("row", "cable", reps=10), performed_at=NOW, now=NOW)
    assert logged.workout_id == "dawn"


def test_custom_exercises_must_be_created_first(store: Store) -> None:
    with pytest.raises(ValidationError):
        log_set(store, "me", SetEntry("Face Pull (Cable)", reps=15), performed_at=NOW, now=NOW)
    create_custom_exercise(store, "me", "  Face Pull (Cable) ")
    logged = log_set(store, "me", SetEntry("Face Pull (Cable)", reps=15), performed_at=NOW, now=NOW)
    assert logged.set_index == 1


# --- editing, deleting, idempotent logging -------------------------------------------------------


def test_same_client_key_logs_once(store: Store) -> None:
    entry = SetEntry("row", "cable", reps=10, weight_kg=40.0)
    first = log_set(store, "me", entry, performed_at=NOW, now=NOW, client_key="tok-1")
    again = log_set(store, "me", entry, performed_at=NOW, now=NOW, client_key="tok-1")
    other = log_set(store, "me", entry, performed_at=NOW, now=NOW, client_key="tok-2")
    assert first == again and other.id != first.id
    assert count_sets(store) == 2


def test_update_changes_the_set_and_rejects_bad_values_unchanged(store: Store) -> None:
    logged = log_set(store, "me", SetEntry("row", "cable", reps=10), performed_at=NOW, now=NOW)
    update_set(store, "me", logged.id, SetEntry("row", "cable", reps=12, weight_kg=45.0), now=NOW)
    assert (
        get_set(store, "me", logged.id)["reps"],
        get_set(store, "me", logged.id)["weight_kg"],
    ) == (
        12,
        45.0,
    )
    with pytest.raises(ValidationError):
        update_set(store, "me", logged.id, SetEntry("row", "cable", reps=500), now=NOW)
    assert get_set(store, "me", logged.id)["reps"] == 12
    with pytest.raises(ValidationError):
        update_set(store, "me", 9999, SetEntry("row", "cable", reps=5), now=NOW)


def test_delete_removes_one_set_and_renumbers(store: Store) -> None:
    ids = [
        log_set(store, "me", SetEntry("row", "cable", reps=r), performed_at=NOW, now=NOW).id
        for r in (10, 9, 8)
    ]
    assert delete_set(store, "me", ids[0]) is True
    assert delete_set(store, "me", ids[0]) is False
    frame = workout_sets(store, "me", get_set(store, "me", ids[1])["workout_id"])
    assert list(frame["reps"]) == [9, 8] and list(frame["set_index"]) == [1, 2]
    assert last_set(store, "me", "row", "cable")["reps"] == 8


def test_another_profile_cannot_edit_or_delete(store: Store) -> None:
    logged = log_set(store, "me", SetEntry("row", "cable", reps=10), performed_at=NOW, now=NOW)
    assert delete_set(store, "you", logged.id) is False
    with pytest.raises(ValidationError):
        update_set(store, "you", logged.id, SetEntry("row", "cable", reps=1), now=NOW)
    assert get_set(store, "me", logged.id)["reps"] == 10
