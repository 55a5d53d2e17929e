"""From a format's rows to BackFit's `workouts` and `sets` frames (shared by Strong and Hevy).

A format module hands over one row per set with these columns, already in BackFit units:
`started_at`, `finished_at`, `title`, `workout_note`, `name` (as in the file), `kind`, `reps`,
`weight_kg`, `seconds`, `rpe`, `note`. This module maps names, moves assisted weight to
`assistance_kg`, turns holds into `duration_s`, RPE into RIR (rir = 10 − rpe; RPE 0 or blank is
"not recorded"), sets aside invalid and implausible rows (quarantine), and numbers the sets
within each session. Every check runs on whole columns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from backfit.core.rules import (
    MAX_ASSISTANCE_KG,
    MAX_REPS,
    MAX_SET_DURATION_S,
    MAX_WEIGHT_KG,
    RPE_MAX,
    RPE_RANGE,
)
from backfit.core.validation import name_problem, note_problem
from backfit.data.importers._model import ParsedImport
from backfit.data.importers._values import IMPLAUSIBLE, RowErrors, flag, flag_times
from backfit.data.importers.names import MAX_CUSTOM_NAME, Mapped, map_name


def by_code(values: list[object], codes: np.ndarray, index: pd.Index) -> pd.Series:
    """`values[code]` per row as text (None → missing): a column from its few distinct values.

    Arrow's `take` builds the column in C++, several times faster than an object array.
    """
    column = pa.array(values, pa.large_string()).take(pa.array(codes))
    text = pd.array(column, dtype="str")  # type: ignore[call-overload]  # stubs omit Arrow input
    return pd.Series(text, index=index)


def cumcount(*codes: np.ndarray) -> np.ndarray:
    """1, 2, 3… within each group of equal integer codes, in row order.

    A stable sort brings each group together in row order; a row's number is its place after
    its group's first row (numpy throughout: a pandas groupby cost twice as much).
    """
    key = np.zeros(len(codes[0]), dtype="int64")
    for column in codes:
        key = key * (int(column.max(initial=0)) + 1) + column
    order = np.argsort(key, kind="stable")
    grouped = key[order]
    starts = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])
    lengths = np.diff(np.r_[starts, len(key)])
    numbers = np.empty(len(key), dtype="int64")
    numbers[order] = np.arange(1, len(key) + 1) - np.repeat(starts, lengths)
    return numbers


def _per_distinct(values: pd.Series, change: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """`change` applied to the distinct values only (a session's title repeats on every set)."""
    codes, distinct = pd.factorize(values, use_na_sentinel=False)
    return change(pd.Series(distinct, dtype=values.dtype)).take(codes).set_axis(values.index)


def _joined(workout: pd.Series, position: np.ndarray, names: pd.Series) -> pd.Series:
    """`workout:position:name` per row, joined in one pass of Arrow's C++."""
    text = pa.large_string()
    key = pc.binary_join_element_wise(
        pa.array(workout).cast(text),
        pa.array(position).cast(text),
        pa.array(names).cast(text),
        pa.scalar(":", text),
    )
    return pd.Series(pd.array(key, dtype="str"), index=workout.index)


Keep = bool | frozenset[int]  # True: keep every implausible row; else the lines to keep


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
    keep: Keep = False,
    unit: str | None = None,
    pounds_hint: bool = False,
) -> ParsedImport:
    """Check every row, set aside the invalid and implausible ones, then build the frames.

    Invalid rows never import; implausible rows import only when kept (`keep`). Quarantined
    rows are left out before sets are numbered, so the kept sets number 1, 2, 3… as usual.
    """
    names = rows["name"].str.strip()
    errors.add(names.eq(""), "the exercise name is blank")
    too_long = names.str.len().gt(MAX_CUSTOM_NAME)
    errors.add(too_long, f"the exercise name is longer than {MAX_CUSTOM_NAME} characters")

    # Every name is mapped once through integer codes: 100,000 sets have a few hundred names.
    name_codes, distinct_names = pd.factorize(names)
    targets = {n: (mapping or {}).get(n) or map_name(n) for n in distinct_names}
    mapped = [targets[n] for n in distinct_names]
    assisted = pd.Series(
        np.array([m.assisted for m in mapped], dtype=bool)[name_codes], index=names.index
    )
    reps, seconds = rows["reps"], rows["seconds"]
    # Assisted exercises: the weight is the help. Some apps write it as a negative load.
    weight = rows["weight_kg"].where(~assisted, rows["weight_kg"].abs())
    weight = weight.where(weight != 0)  # 0 or blank: no external load
    duration = seconds.where(seconds > 0)
    # A hold is logged as 0 reps and N seconds: its reps are not a count.
    reps = reps.where(~(duration.notna() & reps.fillna(0).eq(0)))
    _check(errors, rows, reps, weight, assisted, seconds, duration, pounds_hint)

    # The shared validator, as for a set typed in (#14, finding 8): such rows are invalid.
    now = datetime.now()
    flag_times(rows["started_at"], errors, "the date", now)
    flag(rows["note"], note_problem, errors, "the note")
    flag(rows["workout_note"], note_problem, errors, "the workout note")
    flag(names, name_problem, errors, "the exercise name")
    # A title broken over lines is still the title: one line of it, not a row set aside.
    rows["title"] = _per_distinct(
        rows["title"], lambda titles: titles.str.replace(r"[\r\n\t]+", " ", regex=True)
    )
    flag(rows["title"], name_problem, errors, "the workout name")
    kept: tuple[int, ...] = ()
    if errors.found:
        implausible = errors.implausible_lines()
        kept_lines = implausible if keep is True else (implausible & set(keep or ()))
        kept = tuple(sorted(kept_lines))
        set_aside = set(errors.found) - kept_lines
        if set_aside:
            take = ~errors.lines().isin(set_aside).to_numpy()
            rows = rows[take].reset_index(drop=True)
            names, reps, weight, duration, assisted = (
                c[take].reset_index(drop=True) for c in (names, reps, weight, duration, assisted)
            )
            name_codes, distinct_names = pd.factorize(names)
            mapped = [targets[n] for n in distinct_names]
    issues = dict(errors.found)

    exercise = by_code([m.exercise for m in mapped], name_codes, names.index)
    variant = by_code([m.variant for m in mapped], name_codes, names.index)
    rpe = rows["rpe"].where(rows["rpe"] > 0)  # RPE 0 or blank: not recorded (TRAINING §4)
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
            # Where the set came from (`source:profile:start:position:name`); duplicates are
            # found by content (`_duplicates.py`), this only records provenance.
            "import_key": _joined(workout, position, names),
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
    unmapped = sorted({n for n, m in targets.items() if not m.in_catalog and n})
    return ParsedImport(
        format=format,
        rows=total_rows,
        sets=sets.reset_index(drop=True),
        workouts=workouts,
        skipped=skipped,
        unmapped=unmapped,
        names=targets,
        unit=unit,
        issues=issues,
        kept=kept,
    )


def _check(
    errors: RowErrors,
    rows: pd.DataFrame,
    reps: pd.Series,
    weight: pd.Series,
    assisted: pd.Series,
    seconds: pd.Series,
    duration: pd.Series,
    pounds_hint: bool,
) -> None:
    """Flag invalid rows (cannot be a set) and implausible ones (outside the rules' bounds)."""
    rpe = rows["rpe"]
    errors.add(
        reps.notna() & ((reps % 1 != 0) | (reps < 0)),
        lambda i: f"reps {rows['reps'].iloc[i]:g} is not a whole number",
    )
    errors.add(
        reps > MAX_REPS,
        lambda i: f"{rows['reps'].iloc[i]:g} reps is over {MAX_REPS} (a typo?)",
        IMPLAUSIBLE,
    )
    errors.add(weight < 0, "the weight is negative")
    hint = "; if this file is in pounds, import it with --unit lb" if pounds_hint else ""
    errors.add(
        ~assisted & (weight > MAX_WEIGHT_KG),
        lambda i: f"weight {weight.iloc[i]:g} kg is over {MAX_WEIGHT_KG:g} kg{hint}",
        IMPLAUSIBLE,
    )
    errors.add(
        assisted & (weight > MAX_ASSISTANCE_KG),
        lambda i: f"assistance {weight.iloc[i]:g} kg is over {MAX_ASSISTANCE_KG:g} kg{hint}",
        IMPLAUSIBLE,
    )
    low, high = RPE_RANGE
    errors.add((rpe < low) | (rpe > high), lambda i: f"RPE {rpe.iloc[i]:g} is not between 0 and 10")
    errors.add(seconds < 0, "the seconds are negative")
    errors.add(
        duration > MAX_SET_DURATION_S,
        lambda i: f"{seconds.iloc[i]:g} seconds is more than a day",
    )
