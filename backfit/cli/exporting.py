"""`backfit export`: the set log as CSV or Parquet, or a full backup of the profile as .zip.

Example::

    $ backfit export log.csv
    wrote 40 sets to log.csv
    $ backfit export log.parquet --profile anna
    $ backfit export backup.zip          # every table's rows of the profile, for Data → Restore

`backfit import log.csv` into an empty database gives back the identical `set_log`.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from pathlib import Path

from backfit.cli._shared import example, open_store
from backfit.core.errors import ValidationError
from backfit.services.database import DEFAULT_PROFILE
from backfit.services.profiles import clean_name, get_profile

EXAMPLE = "backfit export log.csv"

_SUFFIXES = {".csv": "csv", ".parquet": "parquet", ".zip": "backup"}


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export",
        parents=[common],
        epilog=example(EXAMPLE),
        help="export the set log as CSV or Parquet, or a backup .zip",
        description="Write the profile's set_log to OUT (.csv or .parquet), or a backup (.zip).",
    )
    parser.add_argument("out", metavar="OUT", help="OUT.csv, OUT.parquet or OUT.zip")
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="whose log to export")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from backfit.services import backups  # loads Arrow: only when exporting

    out = Path(args.out)
    kind = _SUFFIXES.get(out.suffix.lower())
    if kind is None:
        raise ValidationError(f"{out.name}: export to a .csv, .parquet or .zip file.", field="out")
    if not out.parent.is_dir():
        raise ValidationError(f"{out.parent} is not a directory.", field="out")
    profile = clean_name(args.profile)
    with open_store(args) as store:
        if get_profile(store, profile) is None:
            raise ValidationError(f"There is no profile {profile!r}.", field="profile")
        if kind == "backup":
            data = backups.backup(store, profile, now=datetime.now())
        else:
            data = backups.export_set_log(store, profile, kind)
        count = len(backups.set_log_frame(store, profile))
    # Write beside the target, then rename: a crash never leaves half a file under OUT's name.
    partial = out.with_name(f".{out.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, out)
    print(f"wrote {count} sets to {out}" + (" (full backup)" if kind == "backup" else ""))
    return 0
