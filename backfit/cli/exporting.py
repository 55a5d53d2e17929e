"""`backfit export`: the set log as CSV or Parquet, or a full backup of the profile as .zip.

Example::

    $ backfit export log.csv
    wrote 40 sets to log.csv
    $ backfit export log.parquet --profile anna
    $ backfit export backup.zip          # every table's rows of the profile, for Data → Restore
    $ backfit export log.csv --force     # replace an existing log.csv

`backfit import log.csv` into an empty database gives back the identical `set_log`. An existing
OUT is never replaced without `--force`; a failed write (a full disk, a folder that cannot be
written) is one sentence and leaves neither OUT nor a partial file behind.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
from datetime import datetime
from pathlib import Path

from backfit.cli._shared import example, open_store
from backfit.core.errors import BackfitError, ValidationError
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
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from backfit.services import backups  # loads Arrow: only when exporting

    out = Path(args.out)
    kind = _SUFFIXES.get(out.suffix.lower())
    if kind is None:
        raise ValidationError(f"{out.name}: export to a .csv, .parquet or .zip file.", field="out")
    if out.is_dir():
        raise ValidationError(f"{out} is a directory; name a file to export to.", field="out")
    if not out.parent.is_dir():
        raise ValidationError(
            f"{out.parent} is not a directory; create it first or export elsewhere.", field="out"
        )
    if (out.exists() or out.is_symlink()) and not args.force:
        raise ValidationError(
            f"{out} already exists; pass --force to replace it, or pick another name.",
            field="out",
        )
    if not os.access(out.parent, os.W_OK):
        raise ValidationError(f"{out.parent} cannot be written to; export elsewhere.", field="out")
    profile = clean_name(args.profile)
    with open_store(args) as store:
        if get_profile(store, profile) is None:
            raise ValidationError(f"There is no profile {profile!r}.", field="profile")
        if kind == "backup":
            data = backups.backup(store, profile, now=datetime.now())
        else:
            data = backups.export_set_log(store, profile, kind)
        count = len(backups.set_log_frame(store, profile))
    _write_atomically(out, data)
    print(f"wrote {count} sets to {out}" + (" (full backup)" if kind == "backup" else ""))
    return 0


def _write_atomically(out: Path, data: bytes) -> None:
    """Write beside the target, then rename: OUT is either the whole new file or untouched.

    Any failure (a full disk, a file-size limit, permissions) removes the partial file and
    becomes one sentence.
    """
    partial = out.with_name(f".{out.name}.partial")
    try:
        with partial.open("wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise BackfitError(
                f"The disk is full (or a file-size limit was reached) writing {out}; nothing "
                "was written, free some space and try again."
            ) from None
        raise BackfitError(
            f"Could not write {out} ({exc.strerror or exc}); nothing was written."
        ) from None
