"""The import rules as properties over generated messy files (issue #16, item 4).

Hypothesis draws a short history, writes it as a Strong export (any app language, so commas
as decimal separators; kg or lb; with or without a unit column) or a Hevy one (kg or lb
account), spoils a few rows with real-world typos, and imports it. What lands, what is set
aside and what counts as a duplicate are then compared with what the rules say, worked out
here from the history itself (not from the importer):

* every spoiled row is quarantined on its line, `invalid` or `implausible` as its typo is,
  and every other row lands once, in kg, assistance as assistance, holds as durations;
* a rejected import (`strict`) leaves the database exactly as it was;
* re-importing the file adds nothing, and a fixed, edited re-export adds exactly the
  forgotten warm-up and the rows that were set aside.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backfit.core.errors import ValidationError
from backfit.core.units import KG_PER_LB
from backfit.data.importers import ImportSummary, import_file, map_name
from backfit.data.store import Store
from tests.fixtures.generated_exports import (
    LANGUAGES,
    Set,
    edited,
    hevy_csv,
    history,
    in_unit,
    strong_csv,
    with_typos,
)

Content = tuple[object, ...]

# Typos real exports carry: (column, text, kind of row it makes). Columns are named as in
# Strong's classic layout or Hevy's header; `_column` finds their position in a file.
STRONG_TYPOS = (
    ("reps", "877777", "implausible"),
    ("reps", "2.5", "invalid"),
    ("weight", "6O", "invalid"),
    ("weight", "9999", "implausible"),
    ("set_order", "?", "invalid"),
    ("rpe", "11", "invalid"),
    ("date", "31/31/2020 25:00", "invalid"),
    ("date", "1963-08-12 07:00:00", "invalid"),  # before 1970
)
HEVY_TYPOS = (
    ("reps", "877777", "implausible"),
    ("weight", "6O", "invalid"),
    ("weight", "9999", "implausible"),
    ("set_type", "superset?", "invalid"),
    ("rpe", "11", "invalid"),
)


@dataclass(frozen=True)
class Case:
    """A history and how it is exported and spoiled (`spoiled`: record number → typo)."""

    sets: list[Set]
    format: str
    language: str
    unit: str
    unit_column: bool
    spoiled: dict[int, tuple[str, str, str]]
    edited_session: int


@st.composite
def files(draw: st.DrawFn) -> Case:
    """A history and how it is exported and spoiled."""
    sets = history(seed=draw(st.integers(0, 10_000)), sessions=draw(st.integers(2, 8)))
    format = draw(st.sampled_from(["strong", "hevy"]))
    typos = STRONG_TYPOS if format == "strong" else HEVY_TYPOS
    spoiled = draw(
        st.dictionaries(st.integers(0, len(sets) - 1), st.sampled_from(typos), max_size=4)
    )
    return Case(
        sets=sets,
        format=format,
        language=draw(st.sampled_from(sorted(LANGUAGES))),
        unit=draw(st.sampled_from(["kg", "lb"])),
        unit_column=draw(st.booleans()),
        spoiled=spoiled,
        edited_session=draw(st.integers(0, 1)),
    )


def export(case: Case, sets: list[Set]) -> bytes:
    if case.format == "hevy":
        return hevy_csv(sets, unit=case.unit)
    return strong_csv(
        sets,
        language=case.language,
        unit=case.unit,
        unit_column=case.unit_column,
    )


def _column(case: Case, name: str) -> int:
    if case.format == "hevy":
        hevy = {"set_type": 8, "weight": 9, "reps": 10, "rpe": 13}
        return hevy[name]
    strong = {"date": 0, "set_order": 4, "weight": 5, "reps": 6, "rpe": 11}
    position = strong[name]
    if case.unit_column:  # `Weight Unit` before Reps, `Distance Unit` before Seconds
        position += (position >= 6) + (position >= 8)
    return position


def spoil(case: Case, data: bytes) -> bytes:
    return with_typos(
        data,
        {row: {_column(case, column): text} for row, (column, text, _) in case.spoiled.items()},
    )


def record_lines(data: bytes) -> list[int]:
    """The line each record after the header starts on, by the stdlib reader."""
    text = data.decode()
    delimiter = (
        ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(reader)
    lines, previous = [], reader.line_num
    for _ in reader:
        lines.append(previous + 1)
        previous = reader.line_num
    return lines


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def expected(case: Case, sets: list[Set]) -> Counter[Content]:
    """What the rules say lands for `sets` (in file order), as the `content` multiset."""
    source, unit = case.format, case.unit
    out: Counter[Content] = Counter()
    for s in in_unit(sets, unit):
        start: datetime = s["start"]
        if source == "hevy":
            start = start.replace(second=0)  # Hevy writes minutes only
        mapped = map_name(s["name"])
        weight = s["weight"] * (KG_PER_LB if unit == "lb" else 1.0) or None
        hold = s["seconds"] > 0
        # Hevy leaves a zero count blank; a hold's 0 reps are no count (both formats).
        reps = None if hold or (source == "hevy" and not s["reps"]) else s["reps"]
        out[
            (
                f"{source}:me:{start:%Y-%m-%dT%H:%M:%S}",
                mapped.exercise,
                s["kind"],
                reps,
                None if mapped.assisted else _round(weight),
                _round(weight) if mapped.assisted else None,
                float(s["seconds"]) if hold else None,
            )
        ] += 1
    return out


def content(store: Store) -> Counter[Content]:
    """The stored sets as a multiset of what a lifter would call "the same set"."""
    with store.read() as cur:
        rows = cur.execute(
            "SELECT workout_id, exercise, kind, reps, round(weight_kg, 3),"
            " round(assistance_kg, 3), round(duration_s, 3) FROM set_log WHERE profile = 'me'"
        ).fetchall()
    return Counter(rows)


def snapshot(store: Store) -> tuple[object, ...]:
    with store.read() as cur:
        tables = ("profiles", "custom_exercises", "workouts", "sets", "session_lifts")
        every = "SELECT COLUMNS(lambda c: c <> 'created_at') FROM {}"
        return tuple(sorted(map(repr, cur.execute(every.format(t)).fetchall())) for t in tables)


def _import(store: Store, case: Case, data: bytes, *, strict: bool = False) -> ImportSummary:
    """Import as the lifter would: the unit is asked only of a Strong file that names none."""
    unit = None if case.format == "hevy" or case.unit_column else case.unit
    return import_file(store, data, unit=unit, strict=strict)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files())
def test_an_import_lands_what_the_rules_say(case: Case) -> None:
    sets, spoiled = case.sets, case.spoiled
    clean = export(case, sets)
    data = spoil(case, clean)
    lines = record_lines(data)
    kept_sets = [s for i, s in enumerate(sets) if i not in spoiled]
    store = Store.open(":memory:")

    # A rejected import changes nothing.
    before = snapshot(store)
    if spoiled:
        with pytest.raises(ValidationError):
            _import(store, case, data, strict=True)
        assert snapshot(store) == before

    summary = _import(store, case, data)
    assert {q.line: q.kind for q in summary.quarantined} == {
        lines[row]: kind for row, (_, _, kind) in spoiled.items()
    }
    assert content(store) == expected(case, kept_sets)
    assert summary.sets_added == len(kept_sets)

    # The same file again: nothing new, every set a duplicate.
    again = _import(store, case, data)
    assert (again.sets_added, again.duplicates) == (0, len(kept_sets))

    # A fixed, edited re-export: the forgotten warm-up and the rows set aside, nothing else.
    more, _ = edited(sets, session=case.edited_session)
    later = _import(store, case, export(case, more))
    assert later.sets_added == 1 + len(spoiled)
    assert content(store) == expected(case, more)
