"""From a format's rows to BackFit's `workouts` and `sets` frames (shared by Strong and Hevy).

A format module hands over one row per set with these columns, already in BackFit units:
`started_at`, `finished_at`, `title`, `workout_note`, `name` (as in the file), `kind`, `reps`,
`weight_kg`, `seconds`, `rpe`, `note`. This module maps names, moves assisted weight to
`assistance_kg`, turns holds into `duration_s`, RPE into RIR (rir = 10 − rpe), numbers sets
within each session and builds the stable duplicate key. Every check runs on whole columns.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from backfit.importers._model import ParsedImport
from backfit.importers._values import RowErrors
from backfit.importers.names import MAX_CUSTOM_NAME, Mapped, map_name

MAX_REPS = 100
MAX_WEIGHT_KG = 500.0
MAX_ASSISTANCE_KG = 200.0
MAX_DURATION_S = 86400.0


def workout_id(source: str, profile: str, started_at: pd.Series) -> pd.Series:
    """`strong:me:2024-03-04T18:02:11`: the same session always gets the same id."""
    return f"{source}:{profile}:" + iso_seconds(started_at)


def iso_seconds(stamps: pd.Series) -> pd.Series:
    """`2024-03-04T18:02:11` per row, formatting each distinct session start once."""
    codes, uniques = pd.factorize(stamps)
    text = pd.Series(pd.DatetimeIndex(uniques).strftime("%Y-%m-%dT%H:%M:%S"), dtype="str")
    return pd.Series(text.to_numpy()[codes], index=stamps.index, dtype="str")


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

    targets = {n: (mapping or {}).get(n) or map_name(n) for n in pd.unique(names)}
    exercise = names.map({n: m.exercise for n, m in targets.items()})
    variant = names.map({n: m.variant for n, m in targets.items()})
    assisted = names.map({n: m.assisted for n, m in targets.items()}).astype(bool)

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
    errors.raise_if_any(name)

    workout = workout_id(source, profile, rows["started_at"])
    stamps = iso_seconds(rows["started_at"])
    position = names.groupby([workout, names], sort=False).cumcount() + 1
    sets = pd.DataFrame(
        {
            "profile": profile,
            "workout_id": workout,
            "performed_at": rows["started_at"],
            "exercise": exercise,
            "variant": variant,
            "set_index": (exercise.groupby([workout, exercise], sort=False).cumcount() + 1).astype(
                "int32"
            ),
            "kind": rows["kind"],
            "reps": reps.astype("Int32"),
            "weight_kg": weight.where(~assisted),
            "assistance_kg": weight.where(assisted),
            "bodyweight_kg": np.nan,
            "rir": 10 - rpe,
            "duration_s": duration,
            "note": rows["note"],
            "source": source,
            # Name last so a ':' inside it cannot make two keys equal.
            "import_key": f"{source}:{profile}:"
            + stamps
            + ":"
            + position.astype(str)
            + ":"
            + names,
        }
    )
    first = ~workout.duplicated()
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
