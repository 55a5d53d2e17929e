"""The frames the figures are handed on in, and small helpers for values in Python.

The figures are computed from the lifter's rollup rows (read once as columns, `data`), because
each DuckDB statement has a fixed planning cost of a few ms that dwarfs aggregating a few
thousand rows. The frames keep the dtypes DuckDB's `.df()` gave them before, so the charts and
the pages see the same columns: an integer column is nullable (`Int32`/`Int64`) only when it
holds a missing value, a text column is pandas' string dtype once it holds a string.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Literal

import numpy as np
import pandas as pd

Kind = Literal["date", "str", "float", "bool", "int32", "int64"]
_NULLABLE: dict[str, Any] = {"int32": pd.Int32Dtype(), "int64": pd.Int64Dtype()}
#: The dtype pandas infers for a column of text (its string dtype, with NaN for a missing value).
TEXT: Any = pd.Series(["text"]).dtype
_EPOCH = date(1970, 1, 1).toordinal()


def column(kind: Kind, values: Sequence[Any] | np.ndarray) -> Any:
    """`values` as a column of `kind`, with DuckDB's `.df()` dtypes.

    `values` is a list, or a numpy column (`columns`): dates as day numbers, integers as
    float64 with NaN where unknown. Dates go through their day numbers and text is given its
    dtype rather than inferred: numpy converts `datetime.date` objects one by one, ten times
    slower.
    """
    if kind == "date":
        if isinstance(values, np.ndarray) and values.dtype.kind == "i":
            days = values
        elif None in values:
            return np.array(values, dtype="datetime64[us]")  # NaT for a missing day
        else:
            days = np.fromiter((d.toordinal() for d in values), dtype="int64", count=len(values))
            days = days - _EPOCH
        return days.astype("datetime64[D]").astype("datetime64[us]")
    if kind == "float":
        return np.array(values, dtype="float64")
    if kind == "bool":
        return np.array(values, dtype="bool")
    if isinstance(values, np.ndarray) and values.dtype.kind in "iub" and kind in _NULLABLE:
        return values.astype(kind)
    if kind in _NULLABLE:
        if isinstance(values, np.ndarray) and values.dtype.kind == "f":
            unknown = np.isnan(values)
            if unknown.any():
                return pd.arrays.IntegerArray(np.where(unknown, 0, values).astype(kind), unknown)
            return values.astype(kind)
        if any(v is None for v in values):
            return pd.array(values, dtype=_NULLABLE[kind])
        return np.array(values, dtype=kind)
    if all(v is None for v in values):
        return np.array(values, dtype=object)
    return pd.array(values, dtype=TEXT)


def frame(columns: dict[str, tuple[Kind, Sequence[Any] | np.ndarray]]) -> pd.DataFrame:
    """A frame of the named columns, each `(kind, values)`.

    The columns are made here for this frame only, so the frame may keep them as they are
    (`copy=False`: half the time of copying them into blocks).
    """
    made = {name: column(kind, values) for name, (kind, values) in columns.items()}
    return pd.DataFrame(made, copy=False)


def top(values: Iterable[Any]) -> Any:
    """The greatest of the known values, or None (SQL `max`)."""
    known = [v for v in values if v is not None]
    return max(known) if known else None
