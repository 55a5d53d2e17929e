"""`backfit progress`: estimated 1RM per lift and weekly volume, for a terminal or a script.

Example::

    $ backfit progress --exercise deadlift
    254 sets in 21 sessions, 2024-03-04 to 2024-05-30 (profile me)
    lift                        best e1RM  latest e1RM  working sets
    Conventional deadlift        125.9 kg     121.0 kg            36
    ...
    $ backfit progress --json | jq '.weekly[-1]'
    {"week": "2024-05-27", "working_sets": 10, "tonnage_kg": 5230.0, "sessions": 3}

`--json` prints the DESIGN §5 `progress` shape (fields may be added, never renamed). Weights in
the JSON are kg; the table uses the profile's unit.
"""

from __future__ import annotations

import argparse
from typing import Any

from backfit.cli._shared import example, open_store, print_json, terminal_text
from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.core.units import format_weight, from_kg
from backfit.services.database import DEFAULT_PROFILE, Store
from backfit.services.logging import custom_exercises
from backfit.services.profiles import get_profile

EXAMPLE = "backfit progress --exercise deadlift"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "progress",
        parents=[common],
        epilog=example(EXAMPLE),
        help="show estimated 1RM per lift and weekly volume",
    )
    parser.add_argument("--exercise", metavar="ID", help="only this exercise (e.g. deadlift)")
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="whose progress (default: me)")
    parser.add_argument(
        "--json", action="store_true", help="print JSON (the documented progress shape)"
    )
    parser.set_defaults(run=run)


def progress_json(store: Store, profile: str, exercise: str | None = None) -> dict[str, Any]:
    """The `backfit progress --json` document for `profile` (only `exercise`, if given)."""
    from backfit.services import progress as figures  # pandas loads only when it runs

    overview = figures.overview(store, profile, exercise)
    document: dict[str, Any] = {
        "profile": profile,
        "exercise": exercise,
        "sets": overview.sets,
        "working_sets": overview.working_sets,
        "sessions": overview.sessions,
        "first": overview.first.isoformat() if overview.first else None,
        "last": overview.last.isoformat() if overview.last else None,
        "exercises": [],
        "weekly": [],
    }
    if overview.first is None or overview.last is None:
        return document
    window = figures.Window(overview.first, overview.last)
    with figures.open_profile(store, profile, exercise) as data:
        lifts = figures.lift_summary(data)
        weekly = figures.weekly_volume(data, window, grain="week")
    document["exercises"] = [
        {
            "exercise": row["exercise"],
            "variant": _none(row["variant"]),
            "lift": figures.lift_name(row["exercise"], _none(row["variant"])),
            "best_e1rm_kg": _kg(row["best_e1rm_kg"]),
            "latest_e1rm_kg": _kg(row["latest_e1rm_kg"]),
            "working_sets": int(row["working_sets"]),
        }
        # Records rather than itertuples: pandas-stubs type a tuple row's cells as any scalar.
        for row in lifts.to_dict("records")
    ]
    document["weekly"] = [
        {
            "week": row["period"].date().isoformat(),
            "working_sets": int(row["working_sets"]),
            "tonnage_kg": round(float(row["tonnage_kg"]), 1),
            "sessions": int(row["sessions"]),
        }
        for row in weekly.to_dict("records")
    ]
    return document


def _none(value: Any) -> Any:
    return None if value is None or value != value else value  # NaN / NA → None


def _kg(value: Any) -> float | None:
    value = _none(value)
    return None if value is None else round(float(value), 1)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = get_profile(store, args.profile)
        if profile is None and args.profile != DEFAULT_PROFILE:
            raise ValidationError(f"There is no profile called {args.profile!r}.", field="profile")
        exercise = args.exercise
        if exercise is not None and not (
            catalog.is_catalog_exercise(exercise)
            or exercise in custom_exercises(store, args.profile)
        ):
            raise ValidationError(
                f"Unknown exercise {exercise!r}: pick one of {', '.join(catalog.EXERCISE_IDS)} "
                "or one of your custom exercises.",
                field="exercise",
            )
        document = progress_json(store, args.profile, exercise)
    if args.json:
        print_json(document)
        return 0
    unit = profile.unit if profile is not None else "kg"
    if not document["sets"]:
        print(f"No sets yet for {args.profile}: log one with `backfit log EXERCISE --reps N`.")
        return 0
    print(
        f"{document['sets']} sets in {document['sessions']} sessions, "
        f"{document['first']} to {document['last']} (profile {args.profile})"
    )
    print(f"{'lift':<34} {'best e1RM':>10} {'latest e1RM':>12} {'working sets':>13}")
    for lift in document["exercises"]:
        print(
            f"{terminal_text(lift['lift']):<34} {format_weight(lift['best_e1rm_kg'], unit):>10} "
            f"{format_weight(lift['latest_e1rm_kg'], unit):>12} {lift['working_sets']:>13}"
        )
    print()
    print(f"{'week':<11} {'sets':>5} {'tonnage':>12}")
    for week in document["weekly"][-8:]:
        print(
            f"{week['week']:<11} {week['working_sets']:>5} "
            f"{round(from_kg(week['tonnage_kg'], unit)):>9,} {unit}"
        )
    return 0
