"""`backfit restore IN.zip`: put the profiles of a backup back (docs/deploy.md).

Example::

    $ backfit restore /var/backups/backfit/2026-12-01.zip
    restored ana: 6 sets (backup of 2026-12-01T03:30:00)
    $ backfit restore /var/backups/backfit/2026-12-01.zip --profile ana   # only ana's rows

A restore replaces only the profiles in the file (or `--profile`), each in one transaction,
and leaves everyone else alone; a one-profile backup is never restored under another name.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from backfit.cli._shared import example, open_store
from backfit.core.errors import ValidationError

EXAMPLE = "backfit restore backfit-backup.zip"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "restore",
        parents=[common],
        help="restore the profiles in a backup .zip",
        description="Replace the rows of the profiles in IN.zip (or of --profile) with its rows.",
        epilog=example(EXAMPLE),
    )
    parser.add_argument("file", metavar="IN.zip", help="a backup made by `backfit backup`")
    parser.add_argument("--profile", help="restore only this profile")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from backfit.services import backups  # loads Arrow: only when restoring

    path = Path(args.file)
    if not path.is_file():
        raise ValidationError(f"There is no file {path}.", field="file")
    data = path.read_bytes()
    with open_store(args) as store:
        if backups.is_server_backup(data):
            infos = backups.restore_server(store, data, only=args.profile)
        else:
            owner = backups.inspect(data).profile
            infos = [backups.restore_for(store, args.profile or owner, data)]
    for info in infos:
        print(f"restored {info.profile}: {info.sets} sets (backup of {info.created_at})")
    return 0
