"""`backfit import`: bring a Strong, Hevy or BackFit export into the set log.

Example::

    $ backfit import strong.csv --dry-run
    strong export, 18 rows: 18 sets to add, 0 duplicates (2024-03-04 – 2024-03-07)
    kept as custom exercises: Plank
    dry run: nothing was written
    $ backfit import strong.csv --json
    {"format": "strong", "rows": 18, "sets_added": 18, "duplicates": 0, "skipped": {}, ...}

The whole file is checked first and written in one transaction: a bad row, an unknown format or
an oversize file is one line on stderr (exit 2) and nothing changes. Importing the same file
again adds only sets that are not there yet.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from backfit.cli._shared import example, open_store, print_json
from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.services.database import DEFAULT_PROFILE
from backfit.services.profiles import clean_name, get_profile

EXAMPLE = "backfit import strong.csv --unit kg --dry-run"

if TYPE_CHECKING:
    from backfit.services.imports import Mapped


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        epilog=example(EXAMPLE),
        help="import a Strong, Hevy or BackFit CSV/Parquet export",
        description="Import a Strong, Hevy or BackFit export; re-importing adds only new sets.",
    )
    parser.add_argument("file", metavar="FILE", help="the exported .csv or .parquet file")
    # Literal choices so that `backfit --help` does not load pandas and Arrow.
    parser.add_argument("--format", choices=("auto", "strong", "hevy", "backfit"), default="auto")
    parser.add_argument("--dry-run", action="store_true", help="show what would happen only")
    parser.add_argument("--profile", default=DEFAULT_PROFILE, help="whose log to import into")
    parser.add_argument(
        "--unit",
        choices=("kg", "lb"),
        default=None,
        help="weight unit of Strong files that do not name one (default: the profile's)",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="NAME=EXERCISE[/VARIANT]",
        help='map a source exercise name, e.g. "Face Pull (Cable)=row/cable" (repeatable)',
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(run=run)


def parse_maps(items: list[str]) -> dict[str, Mapped]:
    """`NAME=exercise/variant` options → mapping overrides."""
    from backfit.services.imports import choice

    mapping: dict[str, Mapped] = {}
    for item in items:
        name, sep, target = item.rpartition("=")
        exercise, _, variant = target.partition("/")
        if not sep or not name.strip() or not catalog.is_catalog_exercise(exercise):
            raise ValidationError(
                f"--map {item!r}: use NAME=EXERCISE[/VARIANT] with an exercise from "
                f"{', '.join(catalog.EXERCISE_IDS)}.",
                field="map",
            )
        try:
            mapping[name.strip()] = choice(exercise, variant or None)
        except KeyError:
            variants = ", ".join(catalog.exercise(exercise).variant_ids)
            raise ValidationError(
                f"--map {item!r}: {exercise} has the variants {variants}.", field="map"
            ) from None
    return mapping


def read_file(path: Path) -> bytes:
    from backfit.services.imports import MAX_BYTES

    if not path.is_file():
        raise ValidationError(f"{path} does not exist or is not a file.", field="file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(
            f"{path.name} is {size / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_BYTES // 1024 // 1024} MB.",
            field="file",
        )
    return path.read_bytes()


def run(args: argparse.Namespace) -> int:
    from backfit.services import imports

    path = Path(args.file)
    mapping = parse_maps(args.map)
    profile_name = clean_name(args.profile)
    data = read_file(path)
    with open_store(args) as store:
        profile = get_profile(store, profile_name)
        unit = args.unit or (profile.unit if profile else "kg")
        summary = imports.import_file(
            store,
            data,
            profile=profile_name,
            format=args.format,
            unit=unit,
            mapping=mapping,
            dry_run=args.dry_run,
            name=path.name,
        )
    if args.json:
        print_json(summary.to_json())
        return 0
    dates = f" ({summary.first} – {summary.last})" if summary.first else ""
    verb = "to add" if summary.dry_run else "added"
    print(
        f"{summary.format} export, {summary.rows} rows: {summary.sets_added} sets {verb}, "
        f"{summary.duplicates} duplicates{dates}"
    )
    if summary.skipped:
        print("skipped: " + ", ".join(f"{n} {k}" for k, n in summary.skipped.items()))
    if summary.unmapped:
        print("kept as custom exercises: " + ", ".join(summary.unmapped))
    if summary.dry_run:
        print("dry run: nothing was written")
    return 0
