"""From a format's rows to BackFit's `workouts` and `sets` frames (shared by Strong and Hevy).

A format module hands over one row per set with these columns, already in BackFit units:
`started_at`, `finished_at`, `title`, `workout_note`, `name` (as in the file), `kind`, `reps`,
`weight_kg`, `seconds`, `rpe`, `note`. This module maps names, moves assisted weight to
`assistance_kg`, turns holds into `duration_s`, RPE into RIR (rir = 10 − rpe), numbers sets
within each session and builds the stable duplicate key. Every check runs on whole columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import numpy as np
import pandas as pd
import pyarrow as pa

from backfit.core.rules import MAX_ASSISTANCE_KG, MAX_REPS, MAX_WEIGHT_KG, RPE_MAX
from backfit.core.validation import name_problem, note_problem
from backfit.data.importers._model import ParsedImport
from backfit.data.importers._values import RowErrors, flag, flag_times
from backfit.data.importers.names import MAX_CUSTOM_NAME, Mapped, map_name

MAX_DURATION_S = 86400.0


def by_code(values: list[object], codes: np.ndarray, index: pd.Index) -> pd.Series:
    """`values[code]` per row as text (None → missing): a column from its few distinct values.

    Arrow's `take` builds the column in C++, several times faster than an object array.
    """
    column = pa.array(values, pa.large_string()).take(pa.array(codes))
    text = pd.array(column, dtype="str")  # type: ignore[call-overload]  # stubs omit Arrow input
    return pd.Series(text, index=index)


def cumcount(*codes: np.ndarray) -> np.ndarray:
    """1, 2, 3… within each group of equal integer codes, in row order."""
    key = np.zeros(len(codes[0]), dtype="int64")
    for column in codes:
        key = key * (int(column.max(initial=0)) + 1) + column
    return pd.Series(key).groupby(key, sort=False).cumcount().to_numpy() + 1


def build(
    rows: pd.DataFrame,
    *,
    format: str,
    source: str,
    profile: str,
    total_rows: int,
    skipped: dict[str, int],
    errors: RowErrors,
    name: str,
    mapping: Mapping[str, Mapped] | None = None,
) -> ParsedImport:
    """Validate every row, then the frames `insert_frames` takes. Invalid rows raise together."""
    names = rows["name"].str.strip()
    errors.add(names.eq(""), "the exercise name is blank")
    too_long = names.str.len().gt(MAX_CUSTOM_NAME)
    errors.add(too_long, f"the exercise name is longer than {MAX_CUSTOM_NAME} characters")

    # Every name, session and exercise is handled once through integer codes: the rows only
    # index into the distinct values (100,000 sets have a few hundred of each).
    name_codes, distinct_names = pd.factorize(names)
    targets = {n: (mapping or {}).get(n) or map_name(n) for n in distinct_names}
    mapped = [targets[n] for n in distinct_names]
    exercise = by_code([m.exercise for m in mapped], name_codes, names.index)
    variant = by_code([m.variant for m in mapped], name_codes, names.index)
    assisted = pd.Series(
        np.array([m.assisted for m in mapped], dtype=bool)[name_codes], index=names.index
    )

    reps, seconds, rpe = rows["reps"], rows["seconds"], rows["rpe"]
    weight = rows["weight_kg"].where(rows["weight_kg"] != 0)  # 0 or blank: no external load
    duration = seconds.where(seconds > 0)
    # A hold is logged as 0 reps and N seconds: its reps are not a count.
    reps = reps.where(~(duration.notna() & reps.fillna(0).eq(0)))

    errors.add(
        reps.notna() & ((reps % 1 != 0) | (reps < 0) | (reps > MAX_REPS)),
        lambda i: f"reps {rows['reps'].iloc[i]:g} is not a whole number from 0 to {MAX_REPS}",
    )
    errors.add(weight < 0, "the weight is negative")
    errors.add(
        ~assisted & (weight > MAX_WEIGHT_KG),
        lambda i: f"weight {weight.iloc[i]:g} kg is over {MAX_WEIGHT_KG:g} kg",
    )
    errors.add(
        assisted & (weight > MAX_ASSISTANCE_KG),
        lambda i: f"assistance {weight.iloc[i]:g} kg is over {MAX_ASSISTANCE_KG:g} kg",
    )
    errors.add((rpe < 0) | (rpe > 10), lambda i: f"RPE {rpe.iloc[i]:g} is not between 0 and 10")
    errors.add(
        duration > MAX_DURATION_S, lambda i: f"{seconds.iloc[i]:g} seconds is more than a day"
    )
    # The shared validator, as for a set typed in (#14, finding 8).
    now = datetime.now()
    flag_times(rows["started_at"], errors, "the date", now)
    flag(rows["note"], note_problem, errors, "the note")
    flag(rows["workout_note"], note_problem, errors, "the workout note")
    flag(names, name_problem, errors, "the exercise name")
    flag(rows["title"], name_problem, errors, "the workout name")
    errors.raise_if_any(name)

    session_codes, starts = pd.factorize(rows["started_at"])
    ids = f"{source}:{profile}:" + pd.DatetimeIndex(starts).strftime("%Y-%m-%dT%H:%M:%S")
    workout = by_code(list(ids), session_codes, rows.index)
    exercise_codes = pd.factorize(np.array([m.exercise for m in mapped], dtype=object))[0][
        name_codes
    ]
    position = cumcount(session_codes, name_codes)  # of this name in the session
    sets = pd.DataFrame(
        {
            "profile": profile,
            "workout_id": workout,
            "performed_at": rows["started_at"],
            "exercise": exercise,
            "variant": variant,
            "set_index": cumcount(session_codes, exercise_codes).astype("int32"),
            "kind": rows["kind"],
            "reps": reps.astype("Int32"),
            "weight_kg": weight.where(~assisted),
            "assistance_kg": weight.where(assisted),
            "bodyweight_kg": np.nan,
            "rir": RPE_MAX - rpe,
            "duration_s": duration,
            "note": rows["note"],
            "source": source,
            # `source:profile:start:position:name`, the start as in the workout id. Name last
            # so a ':' inside it cannot make two keys equal.
            "import_key": workout
            + ":"
            + pd.Series(position, index=rows.index).astype(str)
            + ":"
            + names,
        }
    )
    first = np.zeros(len(rows), dtype=bool)
    first[np.unique(session_codes, return_index=True)[1]] = True
    workouts = pd.DataFrame(
        {
            "id": workout[first],
            "profile": profile,
            "started_at": rows["started_at"][first],
            "finished_at": rows["finished_at"][first],
            "title": rows["title"][first],
            "note": rows["workout_note"][first],
            "source": source,
        }
    ).reset_index(drop=True)
    unmapped = sorted({n for n, m in targets.items() if not m.in_catalog})
    return ParsedImport(
        format=format,
        rows=total_rows,
        sets=sets.reset_index(drop=True),
        workouts=workouts,
        skipped=skipped,
        unmapped=unmapped,
        names=targets,
    )
