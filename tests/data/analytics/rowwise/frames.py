"""Plain-Python aggregation helpers and the frames the figures are handed on in.

The figures are computed in Python from the lifter's rollup rows (read once, `data`), because
each DuckDB statement has a fixed planning cost of a few ms that dwarfs aggregating a few
thousand rows. The frames keep the dtypes DuckDB's `.df()` gave them before, so the charts and
the pages see the same columns: an integer column is nullable (`Int32`/`Int64`) only when it
holds a missing value, a text column is pandas' string dtype once it holds a string.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

Kind = Literal["date", "str", "float", "bool", "int32", "int64"]
_NULLABLE: dict[str, Any] = {"int32": pd.Int32Dtype(), "int64": pd.Int64Dtype()}


def column(kind: Kind, values: Sequence[Any]) -> Any:
    """`values` as a column of `kind`, with DuckDB's `.df()` dtypes."""
    if kind == "date":
        return np.array(values, dtype="datetime64[us]")
    if kind == "float":
        return np.array(values, dtype="float64")
    if kind == "bool":
        return np.array(values, dtype="bool")
    if kind in _NULLABLE:
        if any(v is None for v in values):
            return pd.array(values, dtype=_NULLABLE[kind])
        return np.array(values, dtype=kind)
    if all(v is None for v in values):
        return np.array(values, dtype=object)
    return list(values)  # text: pandas infers its string dtype


def frame(columns: dict[str, tuple[Kind, Sequence[Any]]]) -> pd.DataFrame:
    """A frame of the named columns, each `(kind, values)`."""
    return pd.DataFrame({name: column(kind, values) for name, (kind, values) in columns.items()})


def top(values: Iterable[Any]) -> Any:
    """The greatest of the known values, or None (SQL `max`)."""
    known = [v for v in values if v is not None]
    return max(known) if known else None


def total(values: Iterable[Any]) -> Any:
    """The sum of the known values, or None when there are none (SQL `sum`)."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def nulls_last(value: str | None) -> tuple[bool, str]:
    """A sort key that puts None after every text (DuckDB's default `ASC NULLS LAST`)."""
    return (value is None, value or "")


def nulls_first(value: str | None) -> tuple[bool, str]:
    """A sort key that puts None before every text (`NULLS FIRST`)."""
    return (value is not None, value or "")
