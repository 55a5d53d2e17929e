"""Column parsers shared by every format: numbers, dates and durations, and the error list.

Each parser works on the distinct values of a column (sessions repeat their date, weights repeat
their plates), so a 100,000-row file costs a few hundred Python calls, not 100,000. A value that
does not parse is recorded against its line in `RowErrors`; nothing raises until the whole file
has been checked, so the lifter sees every problem at once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

from backfit.core.errors import ValidationError
from backfit.core.validation import SET_TIME_PROBLEM, set_time_window

MAX_LISTED_ERRORS = 10
INVALID, IMPLAUSIBLE = "invalid", "implausible"


class RowErrors:
    """Rows set aside from one file: line → [(kind, reason), …], reported together.

    A row is *invalid* when it cannot be read as a set (not a number, not a date, an unknown set
    type) and *implausible* when it reads but lies outside the plausible bounds of
    `backfit.core.rules` (reps over 100, a load over the ceiling). Neither stops the file: the
    rows are quarantined with their line and reason and the rest imports (issue #12);
    `raise_if_any` is the all-or-nothing of `--strict` and of BackFit's own files.
    """

    def __init__(self, lines: Callable[[], pd.Series]) -> None:
        # Called only when a row is flagged: finding line numbers costs a pass in Python.
        self._lines = lines
        self.found: dict[int, list[tuple[str, str]]] = {}

    def lines(self) -> pd.Series:
        """The line each row of the frame being checked starts on."""
        return self._lines()

    def add(self, mask: pd.Series, reason: Callable[[int], str] | str, kind: str = INVALID) -> None:
        """Flag every row where `mask` is true; `reason` may depend on the row position."""
        positions = np.flatnonzero(mask.to_numpy(dtype=bool, na_value=False))
        if not len(positions):
            return
        lines = self.lines().to_numpy()
        for position in positions:
            text = reason(int(position)) if callable(reason) else reason
            self.found.setdefault(int(lines[position]), []).append((kind, text))

    def invalid_lines(self) -> set[int]:
        return {line for line, issues in self.found.items() if any(k == INVALID for k, _ in issues)}

    def implausible_lines(self) -> set[int]:
        return set(self.found) - self.invalid_lines()

    def raise_if_any(self, name: str, lines: set[int] | None = None) -> None:
        """All-or-nothing: one sentence naming the first rows (of `lines`, default all)."""
        chosen = sorted(self.found if lines is None else lines & set(self.found))
        if not chosen:
            return
        details = "; ".join(
            f"line {line}: {'; '.join(why for _, why in self.found[line])}"
            for line in chosen[:MAX_LISTED_ERRORS]
        )
        more = len(chosen) - MAX_LISTED_ERRORS
        tail = f"; and {more} more" if more > 0 else ""
        raise ValidationError(
            f"{name} was not imported: {len(chosen)} row(s) set aside — {details}{tail}.",
            field="file",
        )


def parse_distinct(values: pd.Series, parse: Callable[[str], Any]) -> pd.Series:
    """`parse` applied to each distinct value once; values it rejects (ValueError) become NaN."""
    codes, uniques = pd.factorize(values)
    parsed = []
    for value in uniques:
        try:
            parsed.append(parse(value))
        except (ValueError, OverflowError):
            parsed.append(np.nan)
    result = pd.Series([*parsed, np.nan], dtype=object).take(codes)  # code -1 is a missing value
    return result.set_axis(values.index)


def _number(text: str) -> float:
    text = text.strip()
    if not text:
        return math.nan
    if "," in text and "." not in text:  # decimal comma (German exports)
        text = text.replace(",", ".")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def numbers(values: pd.Series, errors: RowErrors, label: str) -> pd.Series:
    """Floats (NaN for blank); anything else is an invalid row."""
    codes, uniques = pd.factorize(values)
    parsed = np.full(len(uniques) + 1, np.nan)  # the last slot is for missing values (code -1)
    bad = np.zeros(len(uniques) + 1, dtype=bool)
    for position, value in enumerate(uniques):
        try:
            parsed[position] = _number(value)
        except (ValueError, OverflowError):
            bad[position] = True
    errors.add(
        pd.Series(bad[codes], index=values.index),
        lambda i: f"{label} {values.iloc[i]!r} is not a number",
    )
    return pd.Series(parsed[codes], index=values.index)


def blank_to_none(values: pd.Series) -> pd.Series:
    """Text kept verbatim, with empty strings as missing values."""
    return values.where(values != "", None)


def dates(values: pd.Series, formats: Iterable[str], errors: RowErrors, label: str) -> pd.Series:
    """Timestamps from the first format that fits each distinct value (ISO 8601 last)."""
    codes, distinct = pd.factorize(values.str.strip())
    uniques = pd.Series(distinct, dtype="str")
    parsed = pd.Series(pd.NaT, index=uniques.index, dtype="datetime64[us]")
    for fmt in (*formats, "ISO8601"):
        missing = parsed.isna()
        if not missing.any():
            break
        attempt = pd.to_datetime(uniques[missing], format=fmt, errors="coerce")
        parsed[missing] = attempt.astype("datetime64[us]")
    stamps = pd.Series(
        np.append(parsed.to_numpy(), np.datetime64("NaT", "us"))[codes], index=values.index
    )
    errors.add(stamps.isna(), lambda i: f"{label} {values.iloc[i]!r} is not a date and time")
    return stamps


_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$")
_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})\s*$")


def _duration(text: str) -> float:
    text = text.strip()
    if not text:
        return math.nan
    try:
        return _number(text)
    except ValueError:
        pass
    if match := _CLOCK.match(text):
        hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
        return float(hours * 3600 + minutes * 60 + seconds)
    match = _DURATION.match(text)
    if not match or not any(match.groups()):
        raise ValueError(text)
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return float(hours * 3600 + minutes * 60 + seconds)


def durations(values: pd.Series) -> pd.Series:
    """Seconds from `1h 4m`, `52m`, `3120`, `1:04:00`; unreadable durations become NaN.

    A session's duration only sets `finished_at`, so an odd value is not worth rejecting a file.
    """
    return parse_distinct(values, _duration).astype("float64")


def flag(
    values: pd.Series, problem: Callable[[Any], str | None], errors: RowErrors, label: str
) -> None:
    """Record every row whose value the shared validator (`backfit.core.validation`) rejects.

    `problem` runs once per distinct value; missing values are not checked.
    """
    codes, uniques = pd.factorize(values)
    reasons = [problem(value) for value in uniques] + [None]  # the last is code -1: missing
    bad = np.array([reason is not None for reason in reasons], dtype=bool)[codes]
    errors.add(pd.Series(bad, index=values.index), lambda i: f"{label}: {reasons[codes[i]]}")


def outside_set_time_window(values: pd.Series, now: datetime) -> pd.Series:
    """True where a set time is outside the validator's window (`set_time_window`).

    The whole column in one comparison, with the validator's own bounds: the row-by-row twin
    is `performed_at_problem` (a property test holds the two equal). Missing times are not
    flagged (they are reported as unreadable dates).
    """
    earliest, latest = set_time_window(now)
    stamps = values.to_numpy(dtype="datetime64[us]")  # NaT compares False
    outside = (stamps < np.datetime64(earliest, "us")) | (stamps > np.datetime64(latest, "us"))
    return pd.Series(outside, index=values.index)


def flag_times(values: pd.Series, errors: RowErrors, label: str, now: datetime) -> None:
    """Record every row whose set time is outside the validator's 1970–tomorrow window."""
    errors.add(outside_set_time_window(values, now), f"{label}: {SET_TIME_PROBLEM}")
