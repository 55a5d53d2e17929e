"""`backfit log`: record one set from the command line (weights in kg or lb, stored in kg).

Sets logged on the same calendar day (by `--at`, default now) belong to one session.

Example::

    $ backfit log deadlift --variant conventional --reps 5 --weight 100 --rir 2
    logged deadlift (conventional) set 1: 5 reps × 100 kg @ RIR 2
    $ backfit log pull_up --variant machine_assisted --reps 8 --assist 25
    $ backfit log back_extension --variant floor --seconds 10
    $ backfit log row --variant barbell --reps 8 --weight 135 --unit lb --at 2026-05-04T18:30
"""

from __future__ import annotations

import argparse
from datetime import datetime

from backfit.cli._log_args import add_common, check_exercise, parse_at, profile_and_unit
from backfit.cli._shared import example, open_store, print_json
from backfit.core.training import default_variant
from backfit.core.units import Unit, format_weight, to_kg
from backfit.services.logging import KINDS, SetEntry, log_set

EXAMPLE = "backfit log deadlift --variant conventional --reps 5 --weight 100 --rir 2"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "log",
        parents=[common],
        epilog=example(EXAMPLE),
        help="log one set",
        description=__doc__.split("\n\n")[0],
    )
    parser.add_argument("exercise", metavar="EXERCISE", help="catalog id or custom exercise")
    parser.add_argument("--variant", help="e.g. conventional, machine_assisted, cable")
    parser.add_argument("--reps", type=int, help="whole number 0–100")
    parser.add_argument("--weight", type=float, help="added load (0–500 kg)")
    parser.add_argument("--assist", type=float, help="assistance (0–200 kg)")
    parser.add_argument("--rir", type=float, help="reps in reserve, 0–10")
    parser.add_argument("--seconds", type=float, help="hold time, 0–3600")
    parser.add_argument(
        "--bodyweight",
        type=float,
        metavar="W",
        help="your bodyweight today, for pull-ups (default: the profile's)",
    )
    parser.add_argument("--kind", choices=KINDS, default="working")
    parser.add_argument("--note", help="free text")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    now = datetime.now()
    with open_store(args) as store:
        profile, unit = profile_and_unit(store, args)
        exercise = check_exercise(store, profile.name, args.exercise)
        entry = SetEntry(
            exercise=exercise,
            variant=args.variant or default_variant(exercise),
            reps=args.reps,
            weight_kg=None if args.weight is None else to_kg(args.weight, unit),
            assistance_kg=None if args.assist is None else to_kg(args.assist, unit),
            rir=args.rir,
            duration_s=args.seconds,
            kind=args.kind,
            note=args.note,
            bodyweight_kg=_bodyweight(args, profile.bodyweight_kg, unit)
            if exercise == "pull_up"
            else None,
        )
        logged = log_set(store, profile.name, entry, performed_at=parse_at(args.at, now), now=now)
    if args.json:
        print_json(
            {
                "id": logged.id,
                "workout_id": logged.workout_id,
                "set_index": logged.set_index,
                "performed_at": logged.performed_at.isoformat(),
                "exercise": entry.exercise,
                "variant": entry.variant,
            }
        )
        return 0
    parts = []
    if entry.reps is not None:
        parts.append(f"{entry.reps} reps")
    if entry.weight_kg is not None:
        parts.append(f"× {format_weight(entry.weight_kg, unit, digits=2)}")
    if entry.assistance_kg is not None:
        parts.append(f"with {format_weight(entry.assistance_kg, unit, digits=2)} assistance")
    if entry.duration_s is not None:
        parts.append(f"{entry.duration_s:g} s")
    if entry.rir is not None:
        parts.append(f"@ RIR {entry.rir:g}")
    variant = f" ({entry.variant})" if entry.variant else ""
    print(f"logged {entry.exercise}{variant} set {logged.set_index}: {' '.join(parts)}")
    return 0


def _bodyweight(args: argparse.Namespace, profile_kg: float | None, unit: Unit) -> float | None:
    """Pull-ups count bodyweight in their effective load (TRAINING §3, §5)."""
    return to_kg(args.bodyweight, unit) if args.bodyweight is not None else profile_kg
