"""`backfit equipment`: the kit every target is loadable on.

The loadable kit rules are TRAINING §4.
Without an option it prints the kit; each option changes one part and keeps the rest. Weights
are in `--unit` (default: the profile's); a kit is kept per unit, because a 20 kg plate is not
a 44.09 lb plate.

Example::

    $ backfit equipment --dumbbells 2.5,5,7.5,10,12.5,15,17.5,20
    $ backfit equipment --plates 20x2,10x2,5x2,2.5x2,1.25x2 --bar 20 --stack-step 5
    $ backfit equipment --assist-step 1 --json
"""

from __future__ import annotations

import argparse
from datetime import datetime

from backfit.cli._log_args import parse_at, profile_and_unit
from backfit.cli._shared import example, open_store, print_json
from backfit.core.training import Inventory, parse_weights, week_of
from backfit.core.training.plates import format_plates
from backfit.services.database import DEFAULT_PROFILE
from backfit.services.equipment import (
    get_equipment,
    get_lighter_week_every,
    set_lighter_week_every,
    set_lighter_week_skipped,
    update_equipment,
)

EXAMPLE = "backfit equipment --dumbbells 2.5,5,7.5,10,12.5,15 --assist-step 1"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "equipment",
        parents=[common],
        help="show or change your kit (dumbbells, plates, bar, stack and assist steps)",
        description=__doc__.split("\n\n")[0],
        epilog=example(EXAMPLE),
    )
    parser.add_argument("--dumbbells", metavar="LIST", help="the dumbbells you own, e.g. 2,4,6,8")
    parser.add_argument("--plates", metavar="LIST", help="plate pairs as size×pairs, e.g. 20x2")
    parser.add_argument("--bar", type=float, metavar="W", help="bar weight")
    parser.add_argument("--stack-step", type=float, metavar="W", help="cable stack step")
    parser.add_argument("--assist-step", type=float, metavar="W", help="assisted machine step")
    parser.add_argument(
        "--lighter-week-every",
        type=int,
        metavar="N",
        help="a planned lighter week every N (4–6) weeks of training",
    )
    parser.add_argument(
        "--skip-lighter-week",
        metavar="DATE",
        help="train as usual in the lighter week that holds DATE (ISO, e.g. 2026-06-01)",
    )
    parser.add_argument("--unit", choices=("kg", "lb"), help="unit of the kit (default: profile's)")
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="whose kit (default: me)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile, unit = profile_and_unit(store, args)
        changes = {
            "dumbbells": parse_weights(args.dumbbells) if args.dumbbells is not None else None,
            "plates": args.plates,
            "bar": args.bar,
            "stack_step": args.stack_step,
            "assist_step": args.assist_step,
        }
        if any(v is not None for v in changes.values()):
            kit = update_equipment(store, profile.name, unit=unit, **changes)
        else:
            kit = get_equipment(store, profile.name, unit)
        if args.lighter_week_every is not None:
            set_lighter_week_every(store, profile.name, args.lighter_week_every)
        if args.skip_lighter_week is not None:
            day = parse_at(args.skip_lighter_week, datetime.now())
            set_lighter_week_skipped(store, profile.name, week_of(day), True)
        every = get_lighter_week_every(store, profile.name)
    if args.json:
        print_json({**kit.to_json(), "lighter_week_every": every})
        return 0
    print(describe(kit))
    print(f"lighter week: every {every} weeks of training")
    return 0


def describe(kit: Inventory) -> str:
    u = kit.unit
    return "\n".join(
        [
            f"dumbbells ({u}): {', '.join(f'{w:g}' for w in kit.dumbbells) or 'none'}",
            f"bar: {kit.bar:g} {u}; plates (size×pairs, {u}): "
            f"{format_plates(kit.plate_inventory) or 'none'}",
            f"cable stack step: {kit.stack_step:g} {u}",
            f"assisted machine step: {kit.assist_step:g} {u}",
        ]
    )
