"""`backfit next`: what to lift next time, from the progression engine.

The progression rules are TRAINING §4.
Uses the active routine's prescription for the exercise, or the catalog default when there is
none; sessions before today count. Targets are loadable on your kit (`backfit equipment`) and in
the unit you log the exercise in; the pain check-in in force (`backfit checkin`, 7 days) and a
planned lighter week adjust them, and `why` says so.

Example::

    $ backfit next deadlift
    deadlift (conventional): 3 × 3–6 @ 102.5 kg, RIR 2, rest 180 s
      all sets hit 6 reps at RIR 2 twice in a row: +2.5 kg
    $ backfit next deadlift --json
    {"exercise": "deadlift", "variant": "conventional", "sets": 3, "reps": [3, 6],
     "weight_kg": 102.5, "assistance_kg": null, "hold_s": null, "rir": 2, "why": "..."}
    $ backfit next --json        # every exercise of the active routine (or that you trained)

`--json` is the DESIGN §5 object plus `target_reps`, `rest_s`, `action`, `frozen`, `unit`,
`weight` and `assistance` (in `unit`), `rounds` and `holds_per_round` (holds), `instead`,
`deload_week`, `checkin` (the check-in in force, or null) and `loadable`. Without EXERCISE,
a check-in of 7/10 or more adds an entry for each trunk-endurance exercise a frozen lift names
in `instead` (holds from your last trunk sets, or the starting dose; TRAINING §4).
"""

from __future__ import annotations

import argparse
from datetime import datetime

from backfit.cli._log_args import add_common, check_exercise, existing_profile_and_unit, parse_at
from backfit.cli._shared import example, open_store, print_json
from backfit.core import catalog
from backfit.core.training import Target, dose_text
from backfit.core.units import Unit
from backfit.core.validation import check_variant
from backfit.services.targets import exercises_to_target, next_for, with_trunk_targets

EXAMPLE = "backfit next deadlift --json"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "next",
        parents=[common],
        epilog=example(EXAMPLE),
        help="print the next targets",
        description=__doc__.split("\n\n")[0],
    )
    parser.add_argument(
        "exercise", metavar="EXERCISE", nargs="?", help="one exercise (default: all)"
    )
    parser.add_argument("--variant", help="a variant other than the routine's")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_common(parser)
    parser.set_defaults(run=run)


def describe(target: Target, unit: Unit) -> str:
    """Two lines: the exercise and its dose, then why."""
    variant = f" ({target.variant})" if target.variant else ""
    unit = target.unit or unit
    rir = f", RIR {target.rir}" if target.rir is not None and target.sets else ""
    week = " [lighter week]" if target.deload_week else ""
    return (
        f"{target.exercise}{variant}: {dose_text(target, unit)}{rir}, rest {target.rest_s} s"
        f"{week}\n  {target.why}"
    )


def run(args: argparse.Namespace) -> int:
    now = datetime.now()
    with open_store(args) as store:
        profile, unit = existing_profile_and_unit(store, args)
        forced = args.unit  # else each exercise's target is in the unit it is logged in
        when = parse_at(args.at, now)
        asked: list[tuple[str, str | None]]
        if args.exercise is not None:
            asked = [(check_exercise(store, profile.name, args.exercise), None)]
        else:
            asked = exercises_to_target(store, profile.name)
        if args.variant is not None:  # the same check `log` makes, for each exercise asked about
            for name, _ in asked:
                if catalog.is_catalog_exercise(name):
                    check_variant(name, args.variant)
            asked = list(dict.fromkeys((name, args.variant) for name, _ in asked))
        targets = [
            next_for(store, profile.name, name, variant, now=when, unit=forced)
            for name, variant in asked
        ]
        if args.exercise is None:  # a check-in of 7+ makes the trunk work targets of its own
            targets = with_trunk_targets(store, profile.name, targets, now=when, unit=forced)
    if args.json:
        payloads = [t.to_json() for t in targets]
        print_json(payloads[0] if args.exercise is not None else payloads)
        return 0
    for target in targets:
        print(describe(target, unit))
    return 0
