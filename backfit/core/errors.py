"""Errors BackFit shows to people: each carries one sentence that says what to do."""

from __future__ import annotations


class BackfitError(Exception):
    """An error whose message is fit to show as is (CLI stderr, a page's error box)."""


class ValidationError(BackfitError):
    """Input was rejected before anything was written.

    `field` names the form field or CLI option at fault so the UI can show the message next to it.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class DatabaseLocked(BackfitError):
    """Another process holds the DuckDB file's write lock."""

    def __init__(self, location: str, pid: int | None, program: str | None) -> None:
        who = f"process {pid}" if pid is not None else "another process"
        if program:
            who += f" ({program})"
        super().__init__(
            f"BackFit is already open in {who} on {location}; close it or use --db "
            "(or BACKFIT_DB) to pick another database."
        )
        self.location = location
        self.pid = pid
