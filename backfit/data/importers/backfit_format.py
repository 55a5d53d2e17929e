"""BackFit's own exports: the `set_log` columns as CSV or Parquet (see `backfit.exporters`).

Values are taken as they are — a 0 kg weight stays 0, a source stays `manual` — so an export
imported into an empty database gives back the identical `set_log`. Rows land in the profile
being imported into; the file's `profile` column is informational.
"""

from __future__ import annotations

import io
import math
from datetime import datetime

import numpy as np
import pandas as pd

from backfit.core import catalog
from backfit.core.csv_cells import unescape_cell
from backfit.core.errors import ValidationError
from backfit.core.rules import MAX_RIR
from backfit.core.validation import local_wall_clock, name_problem, note_problem
from backfit.data.importers._model import ParsedImport
from backfit.data.importers._text import Table
from backfit.data.importers._values import (
    RowErrors,
    blank_to_none,
    flag,
    flag_times,
    numbers,
    parse_distinct,
)
from backfit.data.importers.names import MAX_CUSTOM_NAME
from backfit.data.sets import KINDS, SOURCES

COLUMNS = (
    "profile", "workout_id", "performed_at", "exercise", "variant", "set_index", "kind", "reps",
    "weight_kg", "assistance_kg", "bodyweight_kg", "rir", "duration_s", "note", "source",
)  # fmt: skip
REQUIRED = ("workout_id", "performed_at", "exercise", "set_index")
_NUMBERS = ("set_index", "reps", "weight_kg", "assistance_kg", "bodyweight_kg", "rir", "duration_s")
# Column → (low, high) as the `sets` table's CHECK constraints say (migration 008): a set the
# lifter kept past the rules' bounds (150 reps) comes back from our own export unchanged.
_RANGES = {
    "reps": (0, math.inf),
    "weight_kg": (0, math.inf),
    "assistance_kg": (0, math.inf),
    "rir": (0, MAX_RIR),
    "duration_s": (0, 86400),
}


def _wall_clock(text: str) -> datetime:
    """A `performed_at` cell as local wall-clock time, converted as the validator says."""
    try:
        return local_wall_clock(datetime.fromisoformat(text.strip()), None)
    except ValidationError as exc:  # an offset that changes the day: a bad value of this row
        raise ValueError(str(exc)) from None


def matches(header: tuple[str, ...]) -> bool:
    lowered = {h.strip().lower() for h in header}
    return all(r in lowered for r in REQUIRED)


def parse_csv(table: Table, *, profile: str, name: str = "the file", **_: object) -> ParsedImport:
    """A BackFit CSV export → frames."""
    columns = {
        h.strip().lower(): table.frame[i] for i, h in reversed(list(enumerate(table.header)))
    }
    errors = RowErrors(lambda: table.lines)
    typed: dict[str, pd.Series] = {}
    for column in COLUMNS:
        if column not in columns:
            continue
        values = columns[column]
        if column in _NUMBERS:
            typed[column] = numbers(values, errors, column)
        elif column == "performed_at":
            stamps = parse_distinct(values, _wall_clock)
            typed[column] = pd.to_datetime(stamps, errors="coerce").astype("datetime64[us]")

            def not_a_date(i: int, v: pd.Series = values) -> str:
                return f"performed_at {v.iloc[i]!r} is not a date and time"

            errors.add(typed[column].isna(), not_a_date)
        else:
            # Our CSV export quotes formula-leading cells (backfit.core.csv_cells); undo it.
            typed[column] = blank_to_none(parse_distinct(values, unescape_cell))
    return _frames(pd.DataFrame(typed), table.lines, errors, profile=profile, name=name)


def parse_parquet(
    data: bytes, *, profile: str, name: str = "the file", **_: object
) -> ParsedImport:
    """A BackFit Parquet export → frames."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(io.BytesIO(data))
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise ValidationError(
            f"{name} is not a readable Parquet file ({exc}).", field="file"
        ) from None
    missing = [c for c in REQUIRED if c not in table.column_names]
    if missing:
        raise ValidationError(
            f"{name} is a Parquet file without BackFit's {', '.join(missing)} column(s).",
            field="file",
        )
    frame = table.select([c for c in COLUMNS if c in table.column_names]).to_pandas()
    lines = pd.Series(np.arange(2, len(frame) + 2), dtype="int64")  # as if a CSV with a header
    errors = RowErrors(lambda: lines)
    typed: dict[str, pd.Series] = {}
    try:
        for column in frame.columns:
            values = frame[column]
            if column in _NUMBERS:
                typed[column] = pd.to_numeric(values, errors="raise").astype("float64")
            elif column == "performed_at":
                typed[column] = pd.to_datetime(values).astype("datetime64[us]")
            else:
                typed[column] = values.astype(object).where(values.notna(), None)
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            f"{name} has a column of the wrong type ({exc}).", field="file"
        ) from None
    return _frames(pd.DataFrame(typed), lines, errors, profile=profile, name=name)


def _frames(
    typed: pd.DataFrame, lines: pd.Series, errors: RowErrors, *, profile: str, name: str
) -> ParsedImport:
    count = len(typed)
    if count and not all(c in typed for c in REQUIRED):
        raise ValidationError(
            f"{name} lacks BackFit's {', '.join(REQUIRED)} columns.", field="file"
        )

    def column(key: str, default: object = None) -> pd.Series:
        return typed[key] if key in typed else pd.Series([default] * count, dtype=object)

    exercise = column("exercise").fillna("").astype(str).str.strip()
    variant = column("variant")
    kind = column("kind").fillna("working")
    source = column("source").fillna("backfit")
    workout = column("workout_id").fillna("").astype(str)
    set_index = column("set_index")
    errors.add(workout.eq(""), "workout_id is blank")
    errors.add(exercise.eq(""), "exercise is blank")
    errors.add(
        exercise.str.len().gt(MAX_CUSTOM_NAME),
        f"exercise is longer than {MAX_CUSTOM_NAME} characters",
    )
    errors.add(
        ~kind.isin(KINDS), lambda i: f"kind {kind.iloc[i]!r} is not one of {', '.join(KINDS)}"
    )
    errors.add(~source.isin(SOURCES), lambda i: f"source {source.iloc[i]!r} is not known")
    errors.add(
        set_index.isna() | (set_index % 1 != 0) | (set_index < 1),
        "set_index is not a whole number from 1",
    )
    errors.add(
        pd.Series(
            [
                v is not None
                and catalog.is_catalog_exercise(e)
                and v not in catalog.exercise(e).variant_ids
                for e, v in zip(exercise, variant, strict=True)
            ],
            dtype=bool,
        ),
        lambda i: f"{exercise.iloc[i]} has no variant {variant.iloc[i]!r}",
    )
    for key, (low, high) in _RANGES.items():
        values = column(key, np.nan).astype("float64")

        def out_of_range(
            i: int, k: str = key, v: pd.Series = values, lo: float = low, hi: float = high
        ) -> str:
            return f"{k} {v.iloc[i]:g} is not {lo}–{hi}"

        errors.add(values.notna() & ((values < low) | (values > high)), out_of_range)
    reps = column("reps", np.nan).astype("float64")
    errors.add(reps.notna() & (reps % 1 != 0), "reps is not a whole number")
    bodyweight = column("bodyweight_kg", np.nan).astype("float64")
    errors.add(bodyweight <= 0, "bodyweight_kg is not positive")
    # The shared validator, as for a set typed in (#14, finding 8).
    if count:
        flag_times(typed["performed_at"], errors, "performed_at", datetime.now())
    flag(column("note"), note_problem, errors, "note")
    flag(exercise, name_problem, errors, "exercise")
    row_key = workout + "\x1f" + exercise + "\x1f" + set_index.astype(str)
    errors.add(row_key.duplicated(), "repeats an earlier row's workout_id, exercise and set_index")
    errors.raise_if_any(name)

    sets = pd.DataFrame(
        {
            "profile": profile,
            "workout_id": workout,
            "performed_at": typed["performed_at"]
            if count
            else pd.Series([], dtype="datetime64[us]"),
            "exercise": exercise,
            "variant": variant,
            "set_index": set_index.astype("int32"),
            "kind": kind,
            "reps": reps.astype("Int32"),
            "weight_kg": column("weight_kg", np.nan).astype("float64"),
            "assistance_kg": column("assistance_kg", np.nan).astype("float64"),
            "bodyweight_kg": bodyweight,
            "rir": column("rir", np.nan).astype("float64"),
            "duration_s": column("duration_s", np.nan).astype("float64"),
            "note": column("note"),
            "source": source,
            "import_key": f"backfit:{profile}:"
            + workout
            + ":"
            + set_index.astype("int64").astype(str)
            + ":"
            + exercise,
        }
    )
    starts = sets.groupby("workout_id", sort=False).agg(
        started_at=("performed_at", "min"), source=("source", "first")
    )
    workouts = pd.DataFrame(
        {
            "id": starts.index.astype(str),
            "profile": profile,
            "started_at": starts["started_at"].to_numpy(),
            "source": starts["source"].to_numpy(),
        }
    )
    # Custom names in our own file are the lifter's choice already: nothing is "unmapped".
    return ParsedImport(format="backfit", rows=count, sets=sets, workouts=workouts)
