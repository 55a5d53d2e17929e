"""Strong's CSV exports, in every layout we know (see ../shared/samples/README.md).

Layouts differ in delimiter (comma or semicolon), quoting, column order, which columns exist
(`Workout #`, `RPE`, `Notes`, `Weight Unit`, `Workout Duration`…), units in headers
(`Weight (kg)`, `Duration (sec)`) and language (German headers with decimal commas; the words
of each language are in `strong_words.py`). So columns are found by name, and only `Date`,
`Exercise Name` and `Set Order` are required; by position only when the lifter says a file of
unknown words is Strong's (`by_position`). Rows whose Set Order is `Rest Timer` or `Note` are
not sets: they are counted in `skipped`, and a Note's text is kept on the first set of that
exercise in the session.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace

import numpy as np
import pandas as pd
import pyarrow as pa

from backfit.core.errors import ValidationError
from backfit.core.units import KG_PER_LB
from backfit.data.importers._model import ParsedImport, UnitNeeded
from backfit.data.importers._sessions import Keep, build
from backfit.data.importers._text import Table
from backfit.data.importers._values import (
    RowErrors,
    blank_to_none,
    dates,
    durations,
    numbers,
    parse_distinct,
)
from backfit.data.importers.names import Mapped
from backfit.data.importers.strong_words import COLUMNS, KINDS, LB_WORDS, NOT_SETS, NOTE_MARKERS

REQUIRED = ("date", "exercise", "set_order")
# The classic layout's columns in order. The English, German and French real exports all keep
# it, so a translation BackFit does not know yet is read by position when the lifter says it
# is a Strong export (`--format strong`).
CLASSIC = (
    "Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
    "Distance", "Seconds", "Notes", "Workout Notes", "RPE",
)  # fmt: skip
_UNIT = re.compile(r"^(?P<name>.*?)\s*\((?P<unit>[^()]*)\)\s*$")
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
)


def _plain(text: str) -> str:
    """Lowercase, accents dropped, typographic apostrophes as ', single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("`", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def split_header(header: str) -> tuple[str, str | None]:
    """`Weight (kg)` → (`weight`, `kg`); `Exercise Name` → (`exercise name`, None)."""
    match = _UNIT.match(header)
    if match:
        return _plain(match["name"]), _plain(match["unit"])
    return _plain(header), None


def by_position(table: Table, name: str) -> Table:
    """`table` with the classic English header, for a Strong export in an unknown language."""
    if len(table.header) != len(CLASSIC):
        raise ValidationError(
            f"{name} has {len(table.header)} columns and a header BackFit does not know; a "
            f"Strong export has {len(CLASSIC)}. Export it from Strong in English and import "
            "that.",
            field="file",
        )
    return replace(table, header=CLASSIC)


def matches(header: tuple[str, ...]) -> bool:
    found = {COLUMNS.get(split_header(h)[0]) for h in header}
    return all(r in found for r in REQUIRED)


def parse(
    table: Table,
    *,
    profile: str,
    unit: str | None = None,
    mapping: Mapping[str, Mapped] | None = None,
    name: str = "the file",
    keep: Keep = False,
) -> ParsedImport:
    """Strong rows → BackFit frames. `unit` is the weight unit when the file does not say.

    A layout without a unit column or unit in the weight header needs `unit` (`UnitNeeded`
    otherwise): nothing is read as kg by default.
    """
    columns: dict[str, pd.Series] = {}
    header_units: dict[str, str | None] = {}
    for position, header in enumerate(table.header):
        base, header_unit = split_header(header)
        ours = COLUMNS.get(base)
        if ours and ours not in columns:
            columns[ours] = table.frame[position]
            header_units[ours] = header_unit
    if not all(r in columns for r in REQUIRED):
        raise ValidationError(f"{name} lacks Strong's Date, Exercise Name or Set Order column.")
    count = len(table.frame)
    # A missing column reads as blanks (built in Arrow: a list of 100,000 "" cost ~10 ms).
    blanks = pa.repeat(pa.scalar("", pa.large_string()), count)
    empty = pd.Series(pd.array(blanks, dtype="str"))  # type: ignore[call-overload]  # stubs omit Arrow input

    def text(column: str) -> pd.Series:
        return columns.get(column, empty)

    file_unit = _file_unit(header_units.get("weight"), columns.get("weight_unit"))
    if file_unit is None and unit is None and "weight" in columns:
        raise UnitNeeded(name)
    errors = RowErrors(lambda: table.lines)
    order, lowered, not_set, kind = _set_orders(text("set_order"))
    is_set = not_set.isna()
    errors.add(
        is_set & kind.isna(), lambda i: f"Set Order {order.iloc[i]!r} is not a set number or W/D/F"
    )

    started = dates(text("date"), _DATE_FORMATS, errors, "date")
    seconds_of_session = durations(text("duration"))
    if header_units.get("duration") in ("min", "minutes"):
        seconds_of_session = seconds_of_session * 60
    weight = numbers(text("weight"), errors, "weight")
    weight = weight * _weight_factor(header_units.get("weight"), text("weight_unit"), unit or "kg")
    reps = numbers(text("reps"), errors, "reps")
    seconds = numbers(text("seconds"), errors, "seconds")
    rpe = numbers(text("rpe"), errors, "RPE")
    distance = numbers(text("distance"), errors, "distance")

    note = blank_to_none(text("notes"))
    # Distance has no column in the set log; keep it, with its unit, in the note.
    has_distance = distance.fillna(0) > 0
    if has_distance.any():
        unit_column = text("distance_unit").str.strip()
        distance_unit = unit_column.where(unit_column != "", header_units.get("distance") or "")
        # Strong's classic layout names no distance unit at all: say so rather than guess.
        distance_unit = distance_unit.where(distance_unit != "", "(unit not in the file)")
        label = "distance " + text("distance").str.strip() + " " + distance_unit
        note = note.where(~has_distance, note.fillna("").str.cat(label, sep="\n").str.strip())

    rows = pd.DataFrame(
        {
            "started_at": started,
            "finished_at": started + pd.to_timedelta(seconds_of_session, unit="s"),
            "title": blank_to_none(text("title")),
            "workout_note": blank_to_none(text("workout_notes")),
            "name": text("exercise"),
            "kind": kind,
            "reps": reps,
            "weight_kg": weight,
            "seconds": seconds,
            "rpe": rpe,
            "note": note,
        }
    )
    rows = _attach_exercise_notes(rows, lowered.isin(NOTE_MARKERS), is_set)
    skipped = {str(k): int(v) for k, v in not_set.value_counts().sort_index().items()}
    return build(
        rows if is_set.all() else rows[is_set.to_numpy()].reset_index(drop=True),
        format="strong",
        source="strong",
        profile=profile,
        total_rows=count,
        skipped=skipped,
        errors=_only_sets(errors, table, is_set),
        name=name,
        mapping=mapping,
        keep=keep,
        unit=file_unit or unit,
        pounds_hint=file_unit is None and unit == "kg",
    )


def _set_orders(values: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """Per row: the Set Order as written (stripped), lowered, the kind of non-set row it marks
    (rest timer, note; NaN for a set) and the set's kind (NaN when it is none we know).

    Worked out once per distinct value (a file has a handful: numbers, W, D, F, markers) and
    spread to the rows by their codes, so 100,000 rows cost a factorize and four takes.
    """
    codes, distinct = pd.factorize(values, use_na_sentinel=False)
    order = pd.Series(distinct, dtype="str").str.strip()
    lowered = parse_distinct(order, _plain).astype("str")
    not_set = lowered.map(NOT_SETS)
    kind = lowered.map(KINDS).where(~order.str.fullmatch(r"\d+"), "working")
    by_row = [c.take(codes).set_axis(values.index) for c in (order, lowered, not_set, kind)]
    return by_row[0], by_row[1], by_row[2], by_row[3]


def _file_unit(header_unit: str | None, unit_column: pd.Series | None) -> str | None:
    """`kg`, `lb` or `mixed` when the file names its weight unit; None when it does not."""
    named: set[str] = set()
    if header_unit:
        named.add("lb" if header_unit in LB_WORDS else "kg")
    if unit_column is not None:
        for value in pd.unique(unit_column.str.strip().str.lower()):
            if value:
                named.add("lb" if value in LB_WORDS else "kg")
    if not named:
        return None
    return named.pop() if len(named) == 1 else "mixed"


def _weight_factor(header_unit: str | None, unit_column: pd.Series, default: str) -> pd.Series:
    """kg per file unit, per row: the `Weight Unit` column, else the header, else `default`."""
    fallback = header_unit or default
    codes, distinct = pd.factorize(unit_column, use_na_sentinel=False)  # "kg", "lbs", ""
    written = pd.Series(distinct, dtype="str").str.strip()
    units = written.str.lower().where(written != "", fallback)
    factor = np.where(units.isin(LB_WORDS), KG_PER_LB, 1.0)
    return pd.Series(factor[codes], index=unit_column.index)


def _attach_exercise_notes(
    rows: pd.DataFrame, is_note: pd.Series, is_set: pd.Series
) -> pd.DataFrame:
    """A `Note` row's text goes onto the first set of its exercise in that session."""
    if not is_note.any():
        return rows
    rows = rows.copy()
    key = rows["started_at"].astype(str) + "\x1f" + rows["name"]
    first_set = key.where(is_set).drop_duplicates().dropna()
    first_index = pd.Series(first_set.index, index=first_set.to_numpy())
    for position in np.flatnonzero(is_note.to_numpy()):
        text = rows.at[position, "note"]  # a note is text or missing (NaN/None)
        target = first_index.get(key.iloc[position])
        if not isinstance(text, str) or target is None:
            continue
        existing = rows.at[target, "note"]
        rows.at[target, "note"] = f"{text}\n{existing}" if isinstance(existing, str) else text
    return rows


def _only_sets(errors: RowErrors, table: Table, is_set: pd.Series) -> RowErrors:
    """Errors found so far stand; later checks run on set rows, numbered by their own lines."""
    narrowed = RowErrors(lambda: table.lines[is_set.to_numpy()].reset_index(drop=True))
    narrowed.found = errors.found
    return narrowed
