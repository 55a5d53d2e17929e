"""What an import produces: the parsed file, and the summary shown before and after writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from backfit.data.importers.names import Mapped


@dataclass(frozen=True)
class ParsedImport:
    """A whole file, validated and shaped as BackFit rows, not yet compared with the database."""

    format: str
    rows: int
    sets: pd.DataFrame
    workouts: pd.DataFrame
    skipped: dict[str, int] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)
    names: dict[str, Mapped] = field(default_factory=dict)

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
        }
