"""The one validator of what a lifter records: the Log form, the CLI and every importer use it.

Pure (stdlib and `core` only; the clock and the local time zone are passed in). Each check has
two faces: `*_problem(value) -> str | None` says what is wrong, for the importers that collect
every bad row of a file before refusing it; `check_*` raises `ValidationError` with the same
sentence, for a form field or a CLI option. The bounds are TRAINING's, from `core.rules`.

Rules (issue #14, finding 8):
* a set's time lies between 1 January 1970 and tomorrow (`now` + 1 day);
* notes are at most `MAX_NOTE_LENGTH` characters and hold no control characters (tab and line
  breaks aside), so nothing stored can ring a terminal's bell or rewrite its screen;
* a time with a UTC offset is converted to the local time zone (a set's time is local wall-clock
  time, DESIGN §3); when that conversion would move it to another calendar day than the one
  written, it is refused, because a set's session is its local day.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from typing import Literal

from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.core.rules import (
    BODYWEIGHT_RANGE_KG,
    EARLIEST_SET_YEAR,
    LATEST_SET_DAYS_AHEAD,
    MAX_ASSISTANCE_KG,
    MAX_NOTE_LENGTH,
    MAX_REPS,
    MAX_RIR,
    MAX_SET_SECONDS,
    MAX_WEIGHT_KG,
)

Kind = Literal["warmup", "working", "drop", "failure"]
KINDS: tuple[str, ...] = ("warmup", "working", "drop", "failure")
EARLIEST_SET = datetime(EARLIEST_SET_YEAR, 1, 1)
_ALLOWED_CONTROLS = frozenset("\t\n\r")


@dataclass(frozen=True, slots=True)
class SetEntry:
    """One set as typed: weights already in kg."""

    exercise: str
    variant: str | None = None
    reps: int | None = None
    weight_kg: float | None = None
    assistance_kg: float | None = None
    rir: float | None = None
    duration_s: float | None = None
    kind: Kind = "working"
    note: str | None = None
    bodyweight_kg: float | None = None


# --- single values -----------------------------------------------------------------------------


def has_control_characters(text: str) -> bool:
    """True when `text` holds a control character other than tab and line breaks (ESC, BEL…)."""
    return any(unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS for ch in text)


def note_problem(note: str | None) -> str | None:
    """What is wrong with a note, or None (a missing note is fine)."""
    if note is None:
        return None
    if len(note) > MAX_NOTE_LENGTH:
        return f"a note has at most {MAX_NOTE_LENGTH:,} characters"
    if has_control_characters(note):
        return "a note cannot contain control characters"
    return None


def name_problem(name: str) -> str | None:
    """What is wrong with a shown name (an exercise, a session title), or None."""
    if has_control_characters(name) or any(ch in name for ch in "\n\r\t"):
        return "a name cannot contain control characters"
    return None


def set_time_window(now: datetime) -> tuple[datetime, datetime]:
    """The earliest and latest time a set may have (both allowed), given `now` (naive local).

    One definition for `performed_at_problem` and for the importers' whole-column check.
    """
    return EARLIEST_SET, now + timedelta(days=LATEST_SET_DAYS_AHEAD)


#: What `performed_at_problem` says of a time outside `set_time_window`.
SET_TIME_PROBLEM = f"a set's time must be between {EARLIEST_SET_YEAR} and tomorrow"


def performed_at_problem(when: datetime, now: datetime) -> str | None:
    """What is wrong with a set's time, or None. `when` and `now` are naive local times."""
    earliest, latest = set_time_window(now)
    if when < earliest or when > latest:
        return SET_TIME_PROBLEM
    return None


def check_note(note: str | None, field: str = "note") -> str | None:
    """The note as stored (blank becomes None), or `ValidationError`."""
    if problem := note_problem(note):
        raise ValidationError(_sentence(problem), field=field)
    return note if note is not None and note.strip() else None


def check_performed_at(when: datetime, now: datetime, field: str = "at") -> datetime:
    if problem := performed_at_problem(when, now):
        raise ValidationError(_sentence(problem), field=field)
    return when


def local_wall_clock(when: datetime, local: tzinfo | None) -> datetime:
    """A naive local time: an aware `when` converted to `local`, refused if its day changes.

    `local` None means the machine's zone (`datetime.astimezone()`); tests pass a fixed zone.
    Raises `ValidationError` naming both times.
    """
    if when.tzinfo is None:
        return when
    converted = when.astimezone(local).replace(tzinfo=None)
    if converted.date() != when.date():
        raise ValidationError(
            f"{when.isoformat()} is {converted:%Y-%m-%d %H:%M} in this computer's time zone, "
            "another day; give the local time without an offset.",
            field="at",
        )
    return converted


def _sentence(problem: str) -> str:
    return problem[0].upper() + problem[1:] + "."


# --- a whole set -------------------------------------------------------------------------------


def validate_entry(
    entry: SetEntry, *, performed_at: datetime, now: datetime, custom: frozenset[str] = frozenset()
) -> SetEntry:
    """The entry, cleaned, or `ValidationError` for the first field out of bounds."""
    exercise = entry.exercise.strip()
    if catalog.is_catalog_exercise(exercise):
        check_variant(exercise, entry.variant)
    elif exercise not in custom:
        raise ValidationError(
            f"Unknown exercise {exercise!r}: pick one of {', '.join(catalog.EXERCISE_IDS)}, or "
            "create it as a custom exercise first.",
            field="exercise",
        )
    if entry.kind not in KINDS:
        raise ValidationError(f"The set kind is one of {', '.join(KINDS)}.", field="kind")
    reps = entry.reps
    if reps is not None and (
        isinstance(reps, bool) or int(reps) != reps or not 0 <= reps <= MAX_REPS
    ):
        raise ValidationError(f"Reps must be a whole number from 0 to {MAX_REPS}.", field="reps")
    _check_range(
        entry.weight_kg, 0, MAX_WEIGHT_KG, f"Weight must be between 0 and {MAX_WEIGHT_KG:g} kg.",
        "weight",
    )  # fmt: skip
    _check_range(
        entry.assistance_kg,
        0,
        MAX_ASSISTANCE_KG,
        f"Assistance must be between 0 and {MAX_ASSISTANCE_KG:g} kg.",
        "assistance",
    )
    _check_range(
        entry.rir, 0, MAX_RIR, f"RIR (reps in reserve) must be between 0 and {MAX_RIR:g}.", "rir"
    )
    _check_range(
        entry.duration_s,
        0,
        MAX_SET_SECONDS,
        f"Seconds must be between 0 and {MAX_SET_SECONDS:g}.",
        "seconds",
    )
    low, high = BODYWEIGHT_RANGE_KG
    _check_range(
        entry.bodyweight_kg,
        low,
        high,
        f"Bodyweight must be between {low:g} and {high:g} kg.",
        "bodyweight",
    )
    if entry.reps is None and entry.duration_s is None:
        raise ValidationError("Enter the reps, or the seconds for a timed hold.", field="reps")
    if performed_at > now + timedelta(days=LATEST_SET_DAYS_AHEAD):
        raise ValidationError("A set cannot be logged later than tomorrow.", field="at")
    check_performed_at(performed_at, now)
    return replace(
        entry,
        exercise=exercise,
        reps=None if entry.reps is None else int(entry.reps),
        note=check_note(entry.note),
    )


def check_variant(exercise: str, variant: str | None) -> str | None:
    """A catalog exercise's variant, or `ValidationError` naming the ones it has."""
    if variant is not None and variant not in catalog.exercise(exercise).variant_ids:
        options = ", ".join(catalog.exercise(exercise).variant_ids)
        raise ValidationError(
            f"{catalog.exercise(exercise).name} has no variant {variant!r}; pick one of {options}.",
            field="variant",
        )
    return variant


def _check_range(value: float | None, low: float, high: float, message: str, field: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not math.isfinite(value) or not low <= value <= high:
        raise ValidationError(message, field=field)
