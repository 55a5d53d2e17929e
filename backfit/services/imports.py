"""Bring a Strong, Hevy or BackFit export in: parse and preview it, then confirm it.

The Data page parses once, shows the preview (`preview`), lets the lifter map unknown names,
then writes (`import_file`); `backfit import` does the same in one call, `--dry-run` stopping
after the preview. Heavy: pandas and Arrow load with this module, so commands import it late.
"""

from __future__ import annotations

from backfit.data.importers import (
    FORMATS,
    MAX_BYTES,
    ImportSummary,
    Mapped,
    ParsedImport,
    catalog_choices,
    choice,
    import_file,
    parse_file,
    preview,
)

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "ImportSummary",
    "Mapped",
    "ParsedImport",
    "catalog_choices",
    "choice",
    "import_file",
    "parse_file",
    "preview",
]
