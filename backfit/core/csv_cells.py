"""CSV cells that never start a formula, and back again (OWASP "CSV Injection").

A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`). OWASP's advice is to prefix such a cell with a
single quote, which spreadsheets show as text. To keep our own export round-trippable, a cell
that already starts with a quote is prefixed too, so `unescape_cell` (run by BackFit's importer)
only ever removes the one quote `escape_cell` added.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def escape_cell(text: str) -> str:
    """`text` as a CSV cell that a spreadsheet shows as text, never runs."""
    if text.startswith(FORMULA_STARTS) or text.startswith(QUOTE):
        return QUOTE + text
    return text


def unescape_cell(text: str) -> str:
    """The text `escape_cell` was given (a cell it did not change comes back as it is)."""
    if text.startswith(QUOTE) and text[1:].startswith((*FORMULA_STARTS, QUOTE)):
        return text[1:]
    return text
