"""Bring your history: import preview → confirm, run by the Data page and `backfit import`.

Heavy: pandas and Arrow load with this module, so commands import it late.

    request = ImportRequest(data, name="strong.csv", profile="me", unit=None)
    summary = preview(store, request)        # nothing written; summary.quarantined lists rows
    request = replace(request, drop=frozenset({812}), keep=frozenset({77}))
    summary = confirm(store, request)        # one transaction

The lifter's decisions travel in the request: the unit of a Strong file without one, name
mappings, fixes to quarantined rows (`edits`, line → {header: text}), rows to drop, implausible
rows to keep, and `strict` (all or nothing). Preview and confirm parse the same bytes with the
same decisions, so what is confirmed is exactly what was previewed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from backfit.core.units import KG_PER_LB
from backfit.data import importers
from backfit.data.importers import (
    ImportSummary,
    Mapped,
    ParsedImport,
    Quarantined,
    UnitNeeded,
    UnknownFormat,
)
from backfit.data.location import is_local_file
from backfit.data.profiles import chosen_unit, clean_name
from backfit.data.store import Store

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "ImportRequest",
    "ImportSummary",
    "Mapped",
    "ParsedImport",
    "Quarantined",
    "UnitNeeded",
    "UnknownFormat",
    "catalog_choices",
    "choice",
    "confirm",
    "dry_run_store",
    "heaviest_sets",
    "import_file",
    "parse",
    "parse_file",
    "preview",
    "unit_for",
]

FORMATS = importers.FORMATS
import_file = importers.import_file  # the library call (`backfit.import_file`)
parse_file = importers.parse_file
choice = importers.choice
catalog_choices = importers.catalog_choices
MAX_BYTES = importers.MAX_BYTES


@dataclass(frozen=True)
class ImportRequest:
    """A file and everything the lifter decided about it."""

    data: bytes
    name: str = "The file"
    profile: str = "me"
    format: str = "auto"
    unit: str | None = None
    mapping: Mapping[str, Mapped] = field(default_factory=dict)
    keep: bool | frozenset[int] = False
    strict: bool = False
    edits: Mapping[int, Mapping[str, str]] = field(default_factory=dict)
    drop: frozenset[int] = frozenset()

    def arguments(self) -> dict[str, object]:
        return {
            "profile": self.profile,
            "format": self.format,
            "unit": self.unit,
            "mapping": dict(self.mapping),
            "name": self.name,
            "keep": self.keep,
            "strict": self.strict,
            "edits": dict(self.edits),
            "drop": self.drop,
        }


def unit_for(store: Store, profile: str, given: str | None) -> str | None:
    """The unit to read files without one: the one given, else the profile's chosen unit."""
    return given or chosen_unit(store, clean_name(profile))


def parse(request: ImportRequest) -> ParsedImport:
    """The file read and checked with the request's decisions (no database)."""
    return importers.parse_file(request.data, **request.arguments())  # type: ignore[arg-type]


def preview(
    store: Store, request: ImportRequest, parsed: ParsedImport | None = None
) -> ImportSummary:
    """What confirming would do; writes nothing. `parsed` is `parse(request)` if already done."""
    return importers.preview(store, parsed or parse(request), clean_name(request.profile))


def confirm(
    store: Store, request: ImportRequest, progress: importers.ReportProgress | None = None
) -> ImportSummary:
    """Write the request's new sets in one transaction."""
    return importers.import_file(store, request.data, progress=progress, **request.arguments())  # type: ignore[arg-type]


def dry_run_store(location: str) -> Store:
    """A store a dry run may read without writing anything, not even a new file or a migration.

    An existing file opens read-only; a database that does not exist yet is an empty one in
    memory (what the import would be compared with).
    """
    if is_local_file(location) and not Path(location).expanduser().exists():
        return Store.open(":memory:")
    return Store.open(location, read_only=True)


def heaviest_sets(request: ImportRequest, count: int = 5) -> pd.DataFrame:
    """The file's heaviest sets read both ways, for the lifter to say which unit it is in.

    Columns: exercise, reps, `as kg` and `as lb` (with its kg value) — a 135 that is a bench in
    pounds reads obviously wrong as 135 kg next to the lifter's other numbers.
    """
    parsed = importers.parse_file(
        request.data,
        profile=request.profile,
        format=request.format,
        unit="kg",
        name=request.name,
        keep=True,
    )
    sets = parsed.sets.dropna(subset=["weight_kg"])
    top = sets.nlargest(count, "weight_kg")
    names = {m.exercise: n for n, m in parsed.names.items()}
    return pd.DataFrame(
        {
            "exercise": [names.get(e, e) for e in top["exercise"]],
            "reps": top["reps"].astype("Int64").to_numpy(),
            "as kg": [f"{w:g} kg" for w in top["weight_kg"]],
            "as lb": [f"{w:g} lb = {w * KG_PER_LB:.1f} kg" for w in top["weight_kg"]],
        }
    )
