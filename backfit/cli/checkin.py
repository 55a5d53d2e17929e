"""`backfit checkin`: a pain check-in that applies to every session of the next 7 days.

TRAINING §4: 0–2 (and not worse) progresses as usual; 3–4, or "same" at 3 or more, holds the
load of spinal-loading lifts; 5–6 or "worse" takes 10 % off them and holds everything else;
7 or more means no loaded spinal work, trunk endurance only, and the clinician text. A red-flag
answer (`--red-flag`) stops all loading and shows the urgent-care text.

Example::

    $ backfit checkin 8 --trend worse --at 2026-05-06T20:00
    check-in 8/10, worse, saved for 2026-05-06 20:00: applies until 2026-05-13 20:00 or a newer one
"""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta

from backfit.cli._log_args import parse_at
from backfit.cli._shared import example, open_store, print_json
from backfit.core.errors import ValidationError
from backfit.core.rules import CHECKIN_CARRY_DAYS, CHECKIN_TRUNK_ONLY_FROM
from backfit.core.training import CLINICIAN_TEXT, URGENT_CARE_TEXT
from backfit.core.training.checkin import TRENDS
from backfit.services.checkins import record_checkin
from backfit.services.database import DEFAULT_PROFILE
from backfit.services.profiles import ensure_profile

EXAMPLE = "backfit checkin 8 --trend worse --at 2026-05-06T20:00"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "checkin",
        parents=[common],
        help="record a pain check-in (0–10), carried forward 7 days",
        description=__doc__.split("\n\n")[0],
        epilog=example(EXAMPLE),
    )
    parser.add_argument("pain", metavar="PAIN", help="back pain right now, 0 (none) to 10")
    parser.add_argument("--trend", choices=TRENDS, help="compared with last time")
    parser.add_argument(
        "--red-flag",
        action="store_true",
        help="a red flag: seek urgent care (bladder/bowel, saddle numbness, leg weakness, fever, "
        "trauma)",
    )
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="whose check-in (default: me)")
    parser.add_argument("--at", metavar="ISO", help="when, e.g. 2026-05-06T20:00 (default: now)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def _score(text: str) -> int:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value != int(value) or not 0 <= value <= 10:
        raise ValidationError(f"Pain is a whole number from 0 to 10, not {text!r}.", field="pain")
    return int(value)


def run(args: argparse.Namespace) -> int:
    score = _score(args.pain)
    when = parse_at(args.at, datetime.now()).replace(second=0, microsecond=0)
    with open_store(args) as store:
        profile = ensure_profile(store, args.profile)
        check = record_checkin(
            store, profile.name, score, trend=args.trend, red_flag=args.red_flag, at=when
        )
    until = when + timedelta(days=CHECKIN_CARRY_DAYS)
    texts = []
    if check.red_flag:
        texts.append(URGENT_CARE_TEXT)
    elif score >= CHECKIN_TRUNK_ONLY_FROM:
        texts.append(CLINICIAN_TEXT)
    if args.json:
        print_json(
            {**check.to_json(), "until": until.isoformat(timespec="minutes"), "texts": texts}
        )
        return 0
    trend = f", {check.trend}" if check.trend else ""
    print(
        f"check-in {score}/10{trend} saved for {when:%Y-%m-%d %H:%M}: applies until "
        f"{until:%Y-%m-%d %H:%M} or a newer one"
    )
    for text in texts:
        print(text)
    return 0
