"""`backfit test`: a McGill trunk-endurance test (a timed hold to failure), with the ratios.

TRAINING §5: extensor (Biering-Sørensen), flexor (60° sit), side bridge left and right. After
each result it prints the latest seconds against McGill's healthy norms, the ratios and any
flag (flexor/extensor > 1.0, side bridge/extensor > 0.75, right/left outside 0.95–1.05).

Example::

    $ backfit test extensor --seconds 120 --at 2026-05-04T18:00
    $ backfit test flexor --seconds 130 --json
"""

from __future__ import annotations

import argparse
from datetime import datetime

from backfit.cli._log_args import parse_at
from backfit.cli._shared import example, open_store, print_json
from backfit.core.rules import ENDURANCE_TESTS
from backfit.services.database import DEFAULT_PROFILE
from backfit.services.profiles import ensure_profile
from backfit.services.trunk_tests import record_test, trunk_report

EXAMPLE = "backfit test extensor --seconds 120 --at 2026-05-04T18:00"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "test",
        parents=[common],
        help="record a trunk-endurance test and see the McGill ratios",
        description=__doc__.split("\n\n")[0],
        epilog=example(EXAMPLE),
    )
    parser.add_argument("test", choices=ENDURANCE_TESTS, metavar="|".join(ENDURANCE_TESTS))
    parser.add_argument("--seconds", type=float, required=True, help="how long you held, 1–900")
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="whose test (default: me)")
    parser.add_argument("--at", metavar="ISO", help="when, e.g. 2026-05-04T18:00 (default: now)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    when = parse_at(args.at, datetime.now()).replace(microsecond=0)
    with open_store(args) as store:
        profile = ensure_profile(store, args.profile)
        record_test(store, profile.name, args.test, args.seconds, when)
        report = trunk_report(store, profile.name)
    if args.json:
        print_json(report)
        return 0
    for row in report["tests"]:
        if row["seconds"] is None:
            print(f"{row['name']}: not tested yet")
            continue
        norm = row["norm_s"]
        share = row["of_norm"]
        print(
            f"{row['name']}: {row['seconds']:g} s ({share['men']:.0%} of the men's mean "
            f"{norm['men']:g} s, {share['women']:.0%} of the women's {norm['women']:g} s)"
        )
    for name, value in report["ratios"].items():
        print(f"{name}: {value:.2f}")
    for flag in report["flags"]:
        print(f"flag: {flag['text']}")
    if not report["flags"] and report["ratios"]:
        print("no flags: the ratios are within McGill's healthy ranges")
    return 0
