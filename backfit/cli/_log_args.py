"""Options shared by `backfit log` and `backfit next`: profile, unit and `--at` time."""

from __future__ import annotations

import argparse
from datetime import datetime

from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.core.units import Unit
from backfit.core.validation import check_performed_at, local_wall_clock
from backfit.services.database import DEFAULT_PROFILE, Store
from backfit.services.logging import custom_exercises
from backfit.services.profiles import Profile, clean_name, get_profile


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--unit", choices=("kg", "lb"), help="unit of weights typed and shown (default: profile's)"
    )
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="whose log (default: me)")
    parser.add_argument("--at", metavar="ISO", help="when, e.g. 2026-05-04T18:30 (default: now)")


def parse_at(text: str | None, now: datetime) -> datetime:
    """`--at` as a naive local timestamp, checked by the shared validator.

    An aware time (`…+02:00`) is converted to this computer's time zone; one whose conversion
    would land on another calendar day is refused rather than moved silently (README).
    """
    if text is None:
        return now
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"--at {text!r} is not an ISO date or time, e.g. 2026-05-04T18:30.", field="at"
        ) from None
    try:
        return check_performed_at(local_wall_clock(when, None), now)
    except ValidationError as exc:
        raise ValidationError(f"--at: {exc}", field="at") from None


def profile_and_unit(store: Store, args: argparse.Namespace) -> tuple[Profile, Unit]:
    """The profile to write to and the unit to show; nothing is written here.

    A new profile is created by the write itself (`log_set`), after its input passed the
    validator, so a refused set leaves no profile behind.
    """
    name = clean_name(args.profile)
    profile = get_profile(store, name) or Profile(name)
    return profile, args.unit or profile.unit


def existing_profile_and_unit(store: Store, args: argparse.Namespace) -> tuple[Profile, Unit]:
    """For read commands: the profile as stored, never created (#14: reads never write).

    The default profile of a fresh database reads as an empty one; any other unknown name is
    refused, since a typo would otherwise print targets for nobody.
    """
    name = clean_name(args.profile)
    profile = get_profile(store, name)
    if profile is None:
        if name != DEFAULT_PROFILE:
            raise ValidationError(f"There is no profile {name!r}.", field="profile")
        profile = Profile(name)
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
