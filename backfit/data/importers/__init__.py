"""Bring your history: Strong, Hevy and BackFit files into the set log, losslessly and safely.

    summary = import_file(store, Path("strong.csv").read_bytes(), profile="me")

The file is read whole, its format detected from the header, every row checked, and only then
are the new sets written in one transaction (`Store.write` + `backfit.bulk.insert_frames`).
Rows that cannot be sets or are implausible are quarantined with their line and reason (the
summary's `quarantined`), and the rest imports; `strict=True` refuses instead. A file that is
not an export (unknown format, empty, binary, oversize) raises `ValidationError` with one clear
sentence and leaves the database unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from backfit.core.errors import BackfitError, ValidationError
from backfit.data.importers import backfit_format, hevy, strong
from backfit.data.importers._apply import ReportProgress, preview, write
from backfit.data.importers._model import (
    ImportSummary,
    ParsedImport,
    Quarantined,
    UnitNeeded,
    UnknownFormat,
)
from backfit.data.importers._sessions import Keep
from backfit.data.importers._text import (
    MAX_BYTES,
    MAX_MISFIT_ROWS,
    PARQUET_MAGIC,
    Table,
    check_bytes,
    decode,
    read_table,
)
from backfit.data.importers._values import IMPLAUSIBLE, INVALID, RowErrors
from backfit.data.importers.names import Mapped, catalog_choices, choice, map_name
from backfit.data.profiles import clean_name
from backfit.data.store import Store

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "ImportSummary",
    "Mapped",
    "ParsedImport",
    "Quarantined",
    "ReportProgress",
    "UnitNeeded",
    "UnknownFormat",
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
    unit: str | None = None,
    mapping: Mapping[str, Mapped] | None = None,
    name: str = "The file",
    keep: Keep = False,
    strict: bool = False,
    edits: Mapping[int, Mapping[str, str]] | None = None,
    drop: Iterable[int] = (),
) -> ParsedImport:
    """Read and check a whole export. Pure apart from the bytes given: no database access.

    `unit` is the weight unit for Strong layouts that do not name one (without it such a file
    raises `UnitNeeded`); `mapping` overrides the catalog mapping of source exercise names.
    Rows that cannot be sets (invalid) or are outside the rules' bounds (implausible) are set
    aside in `quarantined`; `keep` keeps implausible ones (True: all; else their lines), and
    `strict` refuses the file instead when any row would be set aside. `edits` (line →
    {header: text}) and `drop` (lines) are the lifter's fixes, applied before parsing.
    A file that is not an export at all, or none of whose rows is a set, is refused whole.
    """
    if format not in FORMATS:
        raise ValidationError(f"The format is one of {', '.join(FORMATS)}.", field="format")
    if unit not in (None, "kg", "lb"):
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
        if detected is None and format == "strong":  # a language we do not know yet
            table, detected = strong.by_position(table, name), "strong"
        if detected is None:
            raise UnknownFormat(name, table.header)
        if format != "auto" and format != detected:
            raise ValidationError(f"{name} looks like a {detected} export, not {format}.")
        if detected == "backfit":
            table.check_widths(name)  # our own files are all or nothing
            return backfit_format.parse_csv(table, profile=profile, name=name)
        table.check_widths(name, tolerated=MAX_MISFIT_ROWS)  # a few, not a file of them
        revised = table.revised(edits or {}, drop)
        # A row with too many or too few fields is set aside like any unreadable row, unless
        # the lifter has fixed it (an edit gives it the header's fields).
        fixed, dropped = set(edits or {}), set(drop)
        misfits = {
            line: f"{count} fields, expected {len(table.header)}"
            for line, count in table.wrong_widths
            if line not in fixed and line not in dropped
        }
        parse = {"strong": strong.parse, "hevy": hevy.parse}[detected]
        parsed = parse(
            revised.revised({}, misfits) if misfits else revised,
            profile=profile,
            unit=unit,
            mapping=mapping,
            name=name,
            keep=keep,
        )
        if misfits:
            issues = {line: [(INVALID, why)] for line, why in misfits.items()}
            parsed = replace(parsed, issues={**parsed.issues, **issues})
        return _quarantine(parsed, revised, name=name, strict=strict)
    except BackfitError:
        raise
    except Exception as exc:  # a parser bug must still leave one clear sentence, not a trace
        raise ValidationError(f"{name} could not be read: {type(exc).__name__}: {exc}.") from exc


def _quarantine(parsed: ParsedImport, table: Table, *, name: str, strict: bool) -> ParsedImport:
    """The set-aside rows with their line, reason and fields; refusals for strict or hopeless."""
    set_aside = sorted(set(parsed.issues) - set(parsed.kept))
    if not set_aside:
        return parsed
    if strict:
        errors = RowErrors(lambda: table.lines)
        errors.found = parsed.issues
        errors.raise_if_any(name, set(set_aside))
    if parsed.sets.empty:
        first = set_aside[0]
        raise ValidationError(
            f"{name} was not imported: none of its rows is a set it can read — line {first}: "
            f"{'; '.join(why for _, why in parsed.issues[first])}.",
            field="file",
        )
    quarantined = tuple(
        Quarantined(
            line=line,
            kind=IMPLAUSIBLE if all(k == IMPLAUSIBLE for k, _ in parsed.issues[line]) else INVALID,
            reason="; ".join(why for _, why in parsed.issues[line]),
            row=row,
        )
        for line, row in zip(set_aside, table.records(set_aside), strict=True)
    )
    return replace(parsed, quarantined=quarantined)


def import_file(
    store: Store,
    data: bytes,
    *,
    profile: str = "me",
    format: str = "auto",
    unit: str | None = None,
    mapping: Mapping[str, Mapped] | None = None,
    dry_run: bool = False,
    progress: ReportProgress | None = None,
    name: str = "The file",
    keep: Keep = False,
    strict: bool = False,
    edits: Mapping[int, Mapping[str, str]] | None = None,
    drop: Iterable[int] = (),
) -> ImportSummary:
    """Parse, check and (unless `dry_run`) write a file's new sets in one transaction."""
    parsed = parse_file(
        data,
        profile=profile,
        format=format,
        unit=unit,
        mapping=mapping,
        name=name,
        keep=keep,
        strict=strict,
        edits=edits,
        drop=drop,
    )
    if progress:
        progress(0.0, f"Read {parsed.rows:,} rows; writing…")
    profile = clean_name(profile)
    if dry_run:
        return preview(store, parsed, profile)
    return write(store, parsed, profile, progress)
