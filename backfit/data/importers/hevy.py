"""Hevy's CSV export (`workouts.csv`), from kg and lb accounts.

One row per set: `title`, `start_time` and `end_time` like `12 Feb 2025, 18:30`,
`exercise_title`, `exercise_notes`, `set_index` from 0, `set_type` (warmup, normal, dropset,
failure), `weight_kg` or `weight_lbs`, `reps`, `distance_km` or `distance_miles`,
`duration_seconds`, `rpe`. Sets keep the file's order within each exercise.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from backfit.core.errors import ValidationError
from backfit.core.units import KG_PER_LB
from backfit.data.importers._model import ParsedImport
from backfit.data.importers._sessions import Keep, build
from backfit.data.importers._text import Table
from backfit.data.importers._values import RowErrors, blank_to_none, dates, numbers
from backfit.data.importers.names import Mapped

REQUIRED = ("start_time", "exercise_title", "set_type")
_DATE_FORMATS = (
    "%d %b %Y, %H:%M",
    "%d %b %Y, %H:%M:%S",
    "%d %b %Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
)
_KINDS = {
    "warmup": "warmup",
    "warm_up": "warmup",
    "normal": "working",
    "dropset": "drop",
    "drop_set": "drop",
    "failure": "failure",
}
_DISTANCE_UNITS = {"km": "km", "miles": "mi", "mi": "mi", "meters": "m", "m": "m"}


def matches(header: tuple[str, ...]) -> bool:
    lowered = {h.strip().lower() for h in header}
    return all(r in lowered for r in REQUIRED)


def parse(
    table: Table,
    *,
    profile: str,
    unit: str | None = None,
    mapping: Mapping[str, Mapped] | None = None,
    name: str = "the file",
    keep: Keep = False,
) -> ParsedImport:
    """Hevy rows → BackFit frames. The weight column's name says the account's unit."""
    del unit  # Hevy always names its unit in the header.
    columns = {
        h.strip().lower(): table.frame[i] for i, h in reversed(list(enumerate(table.header)))
    }
    if not matches(table.header):
        raise ValidationError(f"{name} lacks Hevy's start_time, exercise_title or set_type column.")
    count = len(table.frame)
    empty = pd.Series([""] * count, dtype="str")

    def text(column: str) -> pd.Series:
        return columns.get(column, empty)

    errors = RowErrors(lambda: table.lines)
    set_type = text("set_type").str.strip().str.lower()
    kind = set_type.map(_KINDS)
    errors.add(
        kind.isna(),
        lambda i: (
            f"set_type {text('set_type').iloc[i]!r} is not warmup, normal, dropset or failure"
        ),
    )
    started = dates(text("start_time"), _DATE_FORMATS, errors, "start_time")
    ended = text("end_time")
    finished = dates(ended, _DATE_FORMATS, RowErrors(lambda: table.lines), "end_time")
    if "weight_lbs" in columns:
        weight = numbers(text("weight_lbs"), errors, "weight_lbs") * KG_PER_LB
    else:
        weight = numbers(text("weight_kg"), errors, "weight_kg")
    note = blank_to_none(text("exercise_notes"))
    # Distance has no column in the set log: it goes into the note with its unit.
    for column in [c for c in columns if c.startswith("distance_")]:
        unit_label = _DISTANCE_UNITS.get(column.removeprefix("distance_"), column[9:])
        distance = numbers(text(column), errors, column)
        has = distance.fillna(0) > 0
        label = "distance " + text(column).str.strip() + " " + unit_label
        note = note.where(~has, note.fillna("").str.cat(label, sep="\n").str.strip())
    rows = pd.DataFrame(
        {
            "started_at": started,
            "finished_at": finished.where(ended.str.strip() != ""),
            "title": blank_to_none(text("title")),
            "workout_note": blank_to_none(text("description")),
            "name": text("exercise_title"),
            "kind": kind,
            "reps": numbers(text("reps"), errors, "reps"),
            "weight_kg": weight,
            "seconds": numbers(text("duration_seconds"), errors, "duration_seconds"),
            "rpe": numbers(text("rpe"), errors, "rpe"),
            "note": note,
        }
    )
    return build(
        rows,
        format="hevy",
        source="hevy",
        profile=profile,
        total_rows=count,
        skipped={},
        errors=errors,
        name=name,
        mapping=mapping,
        keep=keep,
        unit="lb" if "weight_lbs" in columns else "kg",
    )
