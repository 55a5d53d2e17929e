"""`backfit import`: bring a Strong, Hevy or BackFit export into the set log.

Example::

    $ backfit import strong.csv --unit lb --dry-run
    strong export, 18 rows: 17 sets to add, 0 duplicates, weights in lb (2024-03-04 – 2024-03-07)
    set aside 1 row: line 12 (implausible): 877777 reps is over 100 (a typo?)
    kept as custom exercises: Plank
    dry run: nothing was written
    $ backfit import strong.csv --unit lb --json
    {"format": "strong", "rows": 18, "sets_added": 17, ..., "unit": "lb",
     "quarantined": [{"line": 12, "kind": "implausible", "reason": "...", "row": {...}}]}

The whole file is checked first. Rows that cannot be sets (invalid) or are outside the rules'
bounds (implausible) are set aside and reported with their line; the rest is written in one
transaction. `--keep-implausible` imports implausible rows as they are; `--strict` refuses the
whole file instead (all or nothing). A file that is not an export, or a Strong file without a
unit column and no `--unit` (nor a unit chosen in the profile), is one line on stderr (exit 2)
and nothing changes. Importing the same file again adds only sets that are not there yet.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from backfit.cli._shared import example, open_store, print_json
from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.services.database import DEFAULT_PROFILE, locate
from backfit.services.profiles import clean_name

if TYPE_CHECKING:
    from backfit.services.imports import Mapped

EXAMPLE = "backfit import strong.csv --unit kg --dry-run"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help="import a Strong, Hevy or BackFit CSV/Parquet export",
        description="Import a Strong, Hevy or BackFit export; re-importing adds only new sets. "
        "Rows that cannot be sets or are implausible are set aside and listed by line.",
        epilog=example(EXAMPLE),
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
        help="weight unit of Strong files without a unit column (default: the unit chosen "
        "in the profile; without either such a file is refused)",
    )
    parser.add_argument(
        "--keep-implausible",
        action="store_true",
        help="import implausible rows (e.g. over 100 reps) as they are instead of setting "
        "them aside",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="all or nothing: refuse the file if any row would be set aside",
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
    location = locate(cli_db=args.db)
    # A dry run writes nothing at all: no new database file, no migration of an old one.
    opened = imports.dry_run_store(location) if args.dry_run else open_store(args)
    with opened as store:
        request = imports.ImportRequest(
            data,
            name=path.name,
            profile=profile_name,
            format=args.format,
            unit=imports.unit_for(store, profile_name, args.unit),
            mapping=mapping,
            keep=args.keep_implausible,
            strict=args.strict,
        )
        summary = (
            imports.preview(store, request) if args.dry_run else imports.confirm(store, request)
        )
    if args.json:
        print_json(summary.to_json())
        return 0
    dates = f" ({summary.first} – {summary.last})" if summary.first else ""
    verb = "to add" if summary.dry_run else "added"
    unit = f", weights in {summary.unit}" if summary.unit else ""
    print(
        f"{summary.format} export, {summary.rows} rows: {summary.sets_added} sets {verb}, "
        f"{summary.duplicates} duplicates{unit}{dates}"
    )
    if summary.quarantined:
        rows = len(summary.quarantined)
        print(f"set aside {rows} row{'s' if rows != 1 else ''} (not imported):")
        for row in summary.quarantined[:20]:
            print(f"  line {row.line} ({row.kind}): {row.reason}")
        if rows > 20:
            print(f"  … and {rows - 20} more (--json lists them all)")
        if any(r.kind == "implausible" for r in summary.quarantined):
            print("  --keep-implausible imports the implausible ones as they are")
    if summary.kept:
        print(f"kept {len(summary.kept)} implausible row(s) as they are")
    if summary.skipped:
        print("skipped: " + ", ".join(f"{n} {k}" for k, n in summary.skipped.items()))
    if summary.unmapped:
        print("kept as custom exercises: " + ", ".join(summary.unmapped))
    if summary.dry_run:
        print("dry run: nothing was written")
    return 0
