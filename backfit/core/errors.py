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


class DatabaseDamaged(BackfitError):
    """The database file fails DuckDB's checksums (a bad disk, a copy cut short)."""

    def __init__(self, location: str) -> None:
        super().__init__(
            f"The database at {location} is damaged (its checksums do not match), so nothing "
            "was read or written; restore your latest backup into a new database (--db or "
            "BACKFIT_DB)."
        )
        self.location = location


class StorageFull(BackfitError):
    """A write hit a full disk or a file-size limit; the transaction was rolled back."""

    def __init__(self, location: str) -> None:
        super().__init__(
            f"The disk holding {location} is full (or a file-size limit was reached), so "
            "nothing was saved; free some space and try again."
        )
        self.location = location
