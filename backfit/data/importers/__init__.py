"""Bring your history: Strong, Hevy and BackFit files into the set log, losslessly and safely.

    summary = import_file(store, Path("strong.csv").read_bytes(), profile="me")

The file is read whole, its format detected from the header, every row validated, and only then
are the new sets written in one transaction (`Store.write` + `backfit.bulk.insert_frames`).
Anything wrong — unknown format, empty, binary or oversize file, invalid rows (listed by line) —
raises `ValidationError` with one clear sentence and leaves the database unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping

from backfit.core.errors import BackfitError, ValidationError
from backfit.data.importers import backfit_format, hevy, strong
from backfit.data.importers._apply import ReportProgress, preview, write
from backfit.data.importers._model import ImportSummary, ParsedImport
from backfit.data.importers._text import MAX_BYTES, PARQUET_MAGIC, check_bytes, decode, read_table
from backfit.data.importers.names import Mapped, catalog_choices, choice, map_name
from backfit.data.profiles import clean_name
from backfit.data.store import Store

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "ImportSummary",
    "Mapped",
    "ParsedImport",
    "catalog_choices",
    "choice",
    "detect_format",
    "import_file",
    "map_name",
    "parse_file",
    "preview",
]

FORMATS = ("auto", "strong", "hevy", "backfit")
_DETECTORS = (
    ("hevy", hevy.matches),
    ("backfit", backfit_format.matches),
    ("strong", strong.matches),
)


def detect_format(header: tuple[str, ...]) -> str | None:
    """`strong`, `hevy` or `backfit` from a CSV header, or None when it is none of them."""
    for name, matches in _DETECTORS:
        if matches(header):
            return name
    return None


def parse_file(
    data: bytes,
    *,
    profile: str = "me",
    format: str = "auto",
    unit: str = "kg",
    mapping: Mapping[str, Mapped] | None = None,
    name: str = "The file",
) -> ParsedImport:
    """Read and validate a whole export. Pure apart from the bytes given: no database access.

    `unit` is the weight unit for Strong layouts that do not name one; `mapping` overrides the
    catalog mapping of source exercise names.
    """
    if format not in FORMATS:
        raise ValidationError(f"The format is one of {', '.join(FORMATS)}.", field="format")
    if unit not in ("kg", "lb"):
        raise ValidationError("The unit is kg or lb.", field="unit")
    profile = clean_name(profile)
    check_bytes(data, name)
    try:
        if data.startswith(PARQUET_MAGIC):
            if format not in ("auto", "backfit"):
                raise ValidationError(f"{name} is a Parquet file, not a {format} export.")
            return backfit_format.parse_parquet(data, profile=profile, name=name)
        table = read_table(decode(data, name), name)
        detected = detect_format(table.header)
        if detected is None:
            raise ValidationError(
                f"{name} is not a Strong, Hevy or BackFit export: its header starts "
                f"{', '.join(table.header[:4])!r}.",
                field="file",
            )
        if format != "auto" and format != detected:
            raise ValidationError(f"{name} looks like a {detected} export, not {format}.")
        table.check_widths(name)
        parse = {
            "strong": strong.parse,
            "hevy": hevy.parse,
            "backfit": backfit_format.parse_csv,
        }[detected]
        return parse(table, profile=profile, unit=unit, mapping=mapping, name=name)
    except BackfitError:
        raise
    except Exception as exc:  # a parser bug must still leave one clear sentence, not a trace
        raise ValidationError(f"{name} could not be read: {type(exc).__name__}: {exc}.") from exc


def import_file(
    store: Store,
    data: bytes,
    *,
    profile: str = "me",
    format: str = "auto",
    unit: str = "kg",
    mapping: Mapping[str, Mapped] | None = None,
    dry_run: bool = False,
    progress: ReportProgress | None = None,
    name: str = "The file",
) -> ImportSummary:
    """Parse, validate and (unless `dry_run`) write a file's new sets in one transaction."""
    parsed = parse_file(data, profile=profile, format=format, unit=unit, mapping=mapping, name=name)
    if progress:
        progress(0.0, f"Read {parsed.rows:,} rows; writing…")
    profile = clean_name(profile)
    if dry_run:
        return preview(store, parsed, profile)
    return write(store, parsed, profile, progress)
