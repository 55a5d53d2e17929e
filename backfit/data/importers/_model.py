"""What an import produces: the parsed file, and the summary shown before and after writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from backfit.core.errors import ValidationError
from backfit.data.importers.names import Mapped


class UnitNeeded(ValidationError):
    """A Strong layout without a unit column, imported without saying kg or lb.

    Reading it as kg silently turns an lb lifter's 135 lb bench into 135 kg (issue #12), so the
    importer asks instead: the CLI says `--unit`, the Data page offers a kg/lb choice.
    """

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} has no unit column; pass --unit kg or --unit lb.", field="unit")


class UnknownFormat(ValidationError):
    """A header that is none of the exports BackFit knows.

    A Strong export in a language BackFit has no header words for lands here too; it imports
    by position once the lifter says it is Strong (the CLI's `--format strong`, the Data
    page's button), so the sentence names that way out.
    """

    def __init__(self, name: str, header: tuple[str, ...]) -> None:
        super().__init__(
            f"{name} is not a Strong, Hevy or BackFit export: its header starts "
            f"{', '.join(header[:4])!r} (a Strong export in another language: import it with "
            "--format strong).",
            field="file",
        )


@dataclass(frozen=True)
class Quarantined:
    """A row set aside: its line in the file, why, and its fields as the file has them.

    `kind` is `invalid` (cannot be a set: fix it or drop it) or `implausible` (reads, but is
    outside the rules' bounds: fix, keep as it is, or drop).
    """

    line: int
    kind: str
    reason: str
    row: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "kind": self.kind, "reason": self.reason, "row": self.row}


@dataclass(frozen=True)
class ParsedImport:
    """A whole file, validated and shaped as BackFit rows, not yet compared with the database.

    `sets` holds what will be imported; `quarantined` what was set aside (not in `sets`);
    `kept` the implausible rows the lifter chose to keep (in `sets`).
    """

    format: str
    rows: int
    sets: pd.DataFrame
    workouts: pd.DataFrame
    skipped: dict[str, int] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)
    names: dict[str, Mapped] = field(default_factory=dict)
    unit: str | None = None
    issues: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    kept: tuple[int, ...] = ()
    quarantined: tuple[Quarantined, ...] = ()

    @property
    def first(self) -> date | None:
        return None if self.sets.empty else self.sets["performed_at"].min().date()

    @property
    def last(self) -> date | None:
        return None if self.sets.empty else self.sets["performed_at"].max().date()


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, with `dry_run`, would do). `to_json` is the DESIGN §5 contract."""

    format: str
    rows: int
    sets_added: int
    duplicates: int
    skipped: dict[str, int]
    unmapped: list[str]
    workouts_added: int
    first: date | None
    last: date | None
    profile: str
    dry_run: bool
    unit: str | None = None
    quarantined: tuple[Quarantined, ...] = ()
    kept: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "rows": self.rows,
            "sets_added": self.sets_added,
            "duplicates": self.duplicates,
            "skipped": dict(self.skipped),
            "unmapped": list(self.unmapped),
            "workouts_added": self.workouts_added,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "profile": self.profile,
            "dry_run": self.dry_run,
            "unit": self.unit,
            "quarantined": [q.to_json() for q in self.quarantined],
            "kept": list(self.kept),
        }
