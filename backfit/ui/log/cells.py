"""Small shared helpers of the Log page: names, input modes, frame cells and typed entries."""

from __future__ import annotations

from typing import Any, Literal

import pandas as pd

from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.core.training import Target, load_type
from backfit.core.units import Unit, from_kg, to_kg
from backfit.services.logging import SetEntry

#: Which inputs a set needs: seconds, reps + assistance, reps + added weight, or reps + weight.
Mode = Literal["hold", "assisted", "bodyweight", "weighted"]


def mode(target: Target) -> Mode:
    if target.reps is None:
        return "hold"
    load = load_type(target.exercise, target.variant)
    if load in ("assisted", "band"):
        return "assisted"
    if load == "bodyweight":
        return "bodyweight"
    return "weighted"


def exercise_name(exercise: str, variant: str | None) -> str:
    """The variant's catalog name ("Romanian deadlift"), or the custom exercise as typed."""
    if catalog.is_catalog_exercise(exercise) and variant:
        try:
            return catalog.exercise(exercise).variant(variant).name
        except KeyError:
            pass
    return exercise


#: The set kinds as the lifter reads them (stored ids: DESIGN §3 `kind`).
KIND_NAMES: dict[str, str] = {
    "working": "Working",
    "warmup": "Warm-up",
    "drop": "Drop set",
    "failure": "To failure",
}


def typed_reps(reps: float | None) -> int | None:
    """The Reps field as a whole number of at least 1, or a `ValidationError` saying why.

    The form's number input cannot hold text; an empty field (letters typed into it leave it
    empty) and 0 or fractional reps are refused with a sentence and log nothing (issue #13);
    out-of-range counts get the same sentence as anywhere else, from `validate_entry`.
    """
    if reps is None:
        raise ValidationError(
            "Type the reps as a whole number, e.g. 8: nothing was logged.", field="reps"
        )
    if reps != int(reps):
        raise ValidationError(
            f"{reps:g} reps is not a whole number: log the reps you completed (e.g. "
            f"{int(reps)}) and note the partial one. Nothing was logged.",
            field="reps",
        )
    if reps == 0:
        raise ValidationError(
            "0 reps is not a set: type at least 1 rep. Nothing was logged.", field="reps"
        )
    return int(reps)


def value(x: Any) -> Any:
    """A frame cell as a plain value: None for NULL (NaN, pd.NA, NaT)."""
    return None if x is None or pd.isna(x) else x


def as_int(x: Any) -> int | None:
    return None if value(x) is None else int(x)


def as_float(x: Any) -> float | None:
    return None if value(x) is None else float(x)


def display(kg: float | None, unit: Unit) -> float | None:
    """A kg cell in the lifter's unit, for a number input (two decimals)."""
    if kg is None or value(kg) is None:
        return None
    return round(from_kg(kg, unit), 2)


def entry_from_inputs(
    exercise: str,
    variant: str | None,
    unit: Unit,
    *,
    reps: Any,
    weight: float | None,
    assist: float | None,
    rir: float | None,
    seconds: float | None,
    kind: Any,
    bodyweight_kg: float | None,
    note: str | None = None,
) -> SetEntry:
    """A set from the form's inputs (in `unit`); `log_set`/`update_set` validate it."""
    return SetEntry(
        exercise=exercise,
        variant=variant,
        reps=reps,
        weight_kg=to_kg(weight, unit) if weight else None,
        assistance_kg=to_kg(assist, unit) if assist is not None else None,
        rir=rir,
        duration_s=seconds,
        kind=kind,
        bodyweight_kg=bodyweight_kg,
        note=note.strip() if note and note.strip() else None,
    )
