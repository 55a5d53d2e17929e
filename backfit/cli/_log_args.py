"""Options shared by `backfit log` and `backfit next`: profile, unit and `--at` time."""

from __future__ import annotations

import argparse
from datetime import datetime

from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.core.units import Unit
from backfit.services.database import DEFAULT_PROFILE, Store
from backfit.services.logging import custom_exercises
from backfit.services.profiles import Profile, ensure_profile


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--unit", choices=("kg", "lb"), help="unit of weights typed and shown (default: profile's)"
    )
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="whose log (default: me)")
    parser.add_argument("--at", metavar="ISO", help="when, e.g. 2026-05-04T18:30 (default: now)")


def parse_at(text: str | None, now: datetime) -> datetime:
    """`--at` as a naive local timestamp; an aware time is converted to local time first."""
    if text is None:
        return now
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"--at {text!r} is not an ISO date or time, e.g. 2026-05-04T18:30.", field="at"
        ) from None
    if when.tzinfo is not None:
        when = when.astimezone().replace(tzinfo=None)
    return when


def profile_and_unit(store: Store, args: argparse.Namespace) -> tuple[Profile, Unit]:
    profile = ensure_profile(store, args.profile)
    return profile, args.unit or profile.unit


def check_exercise(store: Store, profile: str, exercise: str) -> str:
    exercise = exercise.strip()
    if catalog.is_catalog_exercise(exercise) or exercise in custom_exercises(store, profile):
        return exercise
    raise ValidationError(
        f"Unknown exercise {exercise!r}: pick one of {', '.join(catalog.EXERCISE_IDS)}, or "
        "create it as a custom exercise first.",
        field="exercise",
    )
