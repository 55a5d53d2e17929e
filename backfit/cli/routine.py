"""`backfit routine`: the weekly back routine for your goals, as the app shows it.

Example::

    $ backfit routine --posture 70 --pain 40 --strength 30 --level novice --days 3 \\
          --minutes 45 --equipment pullup_bar,bands,dumbbells --pullups 2 --json
    {"query": "posture=70&pain=40&strength=30&level=novice&days=3&minutes=45&eq=...", ...}

`--trunk-focus extensor,side_left` adds the extra trunk work of TRAINING §5 for those
directions (the Goals page fills it in from your latest trunk test); the query then carries it.
`--train` also saves the plan as the active routine of `--profile` (the app's *Train this*), so
`backfit next` and the Log page follow it; a profile whose red-flag screen had a "yes" gets no
plan saved (TRAINING §6).
Without `--json` it prints the plan as Markdown. `query` opens the same plan in the app
(`http://localhost:8501/routine?<query>`). The options are those of DESIGN §5; a bad value is one
line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse

from backfit.cli._shared import example, open_store, print_json
from backfit.core.errors import ValidationError
from backfit.core.goals import (
    TRUNK_DIRECTIONS,
    Goals,
    parse_equipment_option,
    parse_trunk_focus_option,
)
from backfit.core.routine import generate_routine
from backfit.core.routine.markdown import routine_markdown
from backfit.core.routine.model import Routine
from backfit.core.rules import LEVELS
from backfit.services.database import DEFAULT_PROFILE
from backfit.services.profiles import clean_name
from backfit.services.routines import train_routine

EXAMPLE = "backfit routine --posture 70 --pain 40 --days 3 --equipment pullup_bar,dumbbells"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "routine",
        parents=[common],
        epilog=example(EXAMPLE),
        help="print the weekly back routine for your goals",
        description="Build the weekly back routine for your goals: sets, reps, effort and rest for "
        "each exercise, the days, and why.",
    )
    defaults = Goals()
    parser.add_argument("--posture", type=int, default=defaults.posture, metavar="0-100")
    parser.add_argument("--pain", type=int, default=defaults.pain, metavar="0-100")
    parser.add_argument("--strength", type=int, default=defaults.strength, metavar="0-100")
    parser.add_argument("--level", choices=LEVELS, default=defaults.level)
    parser.add_argument("--days", type=int, default=defaults.days, metavar="1-6")
    parser.add_argument("--minutes", type=int, default=defaults.minutes, metavar="20-120")
    parser.add_argument(
        "--equipment",
        default=",".join(sorted(defaults.equipment)),
        metavar="LIST",
        help="comma list of equipment ids, or none",
    )
    parser.add_argument("--pullups", type=int, default=0, metavar="N", help="max strict pull-ups")
    parser.add_argument(
        "--trunk-focus",
        default="none",
        metavar="DIRS",
        help="extra trunk work for the directions a trunk test flagged: comma "
        f"list of {', '.join(TRUNK_DIRECTIONS)}, or none (the default)",
    )
    parser.add_argument(
        "--train",
        action="store_true",
        help="also save it as the active routine of --profile: what `backfit next` and the Log "
        "page follow (the app's Train this)",
    )
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="whose routine (default: me)")
    parser.add_argument(
        "--json", action="store_true", help="print JSON (the documented routine shape)"
    )
    parser.set_defaults(run=run)


def goals_from_args(args: argparse.Namespace) -> Goals:
    """Goals from the options, validated (a `ValidationError` becomes one line, exit 2)."""
    equipment = parse_equipment_option(args.equipment)
    return Goals(
        posture=args.posture,
        pain=args.pain,
        strength=args.strength,
        level=args.level,
        days=args.days,
        minutes=args.minutes,
        equipment=equipment,
        pullups=args.pullups,
        trunk_focus=parse_trunk_focus_option(args.trunk_focus),
    ).validated()


def run(args: argparse.Namespace) -> int:
    try:
        goals = goals_from_args(args)
    except ValidationError as exc:
        if exc.field == "goals":
            raise
        option = {"eq": "equipment", "trunk": "trunk-focus"}.get(exc.field or "", exc.field)
        raise ValidationError(f"--{option}: {exc}", field=exc.field) from exc
    routine = generate_routine(goals)
    version = _train(args, routine) if args.train else None
    if args.json:
        payload = routine.to_json()
        if version is not None:
            payload["version"] = version
        print_json(payload)
    else:
        print(routine_markdown(routine), end="")
        if version is not None:
            print(f"\nSaved as the active routine of profile {args.profile!r} (version {version}).")
    return 0


def _train(args: argparse.Namespace, routine: Routine) -> int:
    with open_store(args) as store:
        return train_routine(store, clean_name(args.profile), routine)
