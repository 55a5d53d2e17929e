"""`backfit backup OUT.zip`: the operator's scheduled backups (docs/deploy.md).

Example::

    $ backfit backup /var/backups/backfit/2026-12-01.zip
    backed up 12 profiles, 48211 sets to /var/backups/backfit/2026-12-01.zip
    $ backfit backup ana.zip --profile ana         # one lifter, the same zip as Data → Backup

Without `--profile` a backup holds every profile (a server backup, for `backfit restore`).
DuckDB lets one process open a file: stop the app first (docs/deploy.md shows a systemd timer
that does).
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path

from backfit.cli._shared import example, open_store
from backfit.core.errors import ValidationError

EXAMPLE = "backfit backup backfit-backup.zip"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "backup",
        parents=[common],
        help="write every profile (or one) to a backup .zip",
        description="Write a backup zip of every profile, or of one with --profile.",
        epilog=example(EXAMPLE),
    )
    parser.add_argument("out", metavar="OUT.zip", help="the backup file to write")
    parser.add_argument("--profile", help="back up only this profile")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from backfit.services import backups  # loads Arrow: only when backing up

    out = Path(args.out)
    if out.suffix.lower() != ".zip":
        raise ValidationError(f"{out.name}: a backup is a .zip file.", field="out")
    if not out.parent.is_dir():
        raise ValidationError(f"{out.parent} is not a directory.", field="out")
    with open_store(args) as store:
        if args.profile is not None:
            data = backups.backup_for(store, args.profile, now=datetime.now())
            infos = [backups.inspect(data)]
        else:
            data = backups.backup_server(store, now=datetime.now())
            infos = [backups.inspect(part) for part in backups.server_parts(data).values()]
    # Write beside the target, then rename: a crash never leaves half a file under OUT's name.
    partial = out.with_name(f".{out.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, out)
    sets = sum(info.sets for info in infos)
    profiles = f"{len(infos)} profile{'s' * (len(infos) != 1)}"
    print(f"backed up {profiles}, {sets} set{'s' * (sets != 1)} to {out}")
    return 0
